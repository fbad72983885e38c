"""The abstract page of a place visitors can go to: a shop, pickle maker, workshop, studio,
shopping street or fair.

A profile type declares its own fields (each with its own wording for editors) and says
which StreamFields hold its images and what other sections list on it; the location, the
translation policy, the search fields and the loading of its context are shared here.
"""

from wagtail.search import index

from core.i18n import localize_snippet
from core.models import BasePage, LocationMixin
from core.registry import STORIES_FEATURING, TOURS_HOSTED_BY, listing
from core.selectors import load_page, prefetch_renditions, stream_images


class ProfilePage(LocationMixin, BasePage):
    """A place with an area, an address and a map pin, and an introduction.

    Subclasses define `introduction` (and their main image, named by `main_image_field`).
    """

    override_translatable_fields = [
        *BasePage.override_translatable_fields,
        *LocationMixin.location_translatable_overrides,
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("introduction"),
        index.FilterField("area"),
    ]
    serve_related = ("area__locale",)

    # The StreamFields whose images the page shows: their renditions are fetched with the page's.
    image_streams = ()
    # What other sections list on the page (core.registry): context name -> listing.
    related_listings = {"tours": TOURS_HOSTED_BY, "stories": STORIES_FEATURING}

    class Meta:
        abstract = True

    def card_lists(self):
        """The lists of cards the page shows, by context name. Extend it for more lists."""
        return {name: listing(key, self) for name, key in self.related_listings.items()}

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        images = load_page(self)
        cards = self.card_lists()
        context.update(cards, area=localize_snippet(self.area))
        streams = [getattr(self, name) for name in self.image_streams]
        prefetch_renditions(images, stream_images(*streams), *cards.values())
        return context
