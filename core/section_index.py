"""The abstract index page of a section (industries, crafts, anime, tourism): its listings of
cards, paged one at a time, and the map of its places."""

from dataclasses import dataclass

from django.db import models
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.search import index

from core.models import BasePage
from core.place_map import section_map
from core.selectors import listing_page, live_pages, load_page, prefetch_renditions, stream_images


@dataclass(frozen=True)
class SectionListing:
    """One listing of a section index: the pages of one type, in the visitor's language tree."""

    name: str  # the context variable; with dashes, the ?list= and ?kind= value
    model: type
    order_by: tuple[str, ...] = ("title",)
    map_label: str | Promise = ""  # the filter's label when the map shows these pages

    @property
    def slug(self):
        return self.name.replace("_", "-")


class SectionIndexPage(BasePage):
    introduction = models.TextField(
        blank=True, verbose_name=_("introduction"), help_text=_("A short paragraph under the title.")
    )

    content_panels = [*BasePage.content_panels, FieldPanel("introduction")]
    search_fields = [*BasePage.search_fields, index.SearchField("introduction")]

    max_count_per_parent = 1
    schema_type = "CollectionPage"

    listings: tuple[SectionListing, ...] = ()
    # The StreamFields whose images the page shows: their renditions are fetched with the page's.
    image_streams = ()

    class Meta:
        abstract = True

    def get_context(self, request, *args, **kwargs):
        # One index per language tree: its translations and the aliases of untranslated originals.
        context = super().get_context(request, *args, **kwargs)
        images = load_page(self)
        cards = {
            listing.name: listing_page(
                request, live_pages(listing.model).order_by(*listing.order_by), name=listing.slug
            )
            for listing in self.listings
        }
        context.update(cards)
        streams = [getattr(self, name) for name in self.image_streams]
        prefetch_renditions(images, stream_images(*streams), *cards.values())
        mapped = [(listing.slug, listing.map_label, listing.model) for listing in self.listings if listing.map_label]
        context["section_map"] = section_map(request, mapped)
        return context
