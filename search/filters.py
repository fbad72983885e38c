"""The search page's filters: by section and by area, as sets of candidate page ids."""

from django.db.models import Q
from django.utils.translation import pgettext_lazy

from wagtail.models import Page

from anime.models import AnimeStudioPage
from core.i18n import active_language, snippets_in_language
from core.models import Area
from core.view_restrictions import public_q
from crafts.models import CraftPage, MasterCraftsmanPage
from home.models import StoryPage
from industries.models import PickleMakerPage, ShopPage, ShoppingStreetPage, SupportProgramPage
from tourism.models import FairPage, TourPage

SECTIONS = {
    "shops": (pgettext_lazy("search section", "Shops"), (ShopPage, ShoppingStreetPage)),
    "pickles": (pgettext_lazy("search section", "Pickle makers"), (PickleMakerPage,)),
    "crafts": (pgettext_lazy("search section", "Crafts"), (CraftPage,)),
    "craftsmen": (pgettext_lazy("search section", "Craftsmen"), (MasterCraftsmanPage,)),
    "anime": (pgettext_lazy("search section", "Anime"), (AnimeStudioPage,)),
    "tours": (pgettext_lazy("search section", "Fairs and tours"), (TourPage, FairPage)),
    "stories": (pgettext_lazy("search section", "Stories"), (StoryPage,)),
    "support": (pgettext_lazy("search section", "Business support"), (SupportProgramPage,)),
}
# Page types with an area (LocationMixin).
AREA_MODELS = (ShopPage, ShoppingStreetPage, PickleMakerPage, MasterCraftsmanPage, AnimeStudioPage, FairPage)


def section_choices():
    return [(key, label) for key, (label, _models) in SECTIONS.items()]


def area_list():
    """The areas in the visitor's language (or their Japanese originals), by name."""
    return list(snippets_in_language(Area.objects.all()).order_by("name"))


def parse_area(raw, areas):
    """The chosen area among `areas`, or None for a missing or unknown id."""
    return next((area for area in areas if str(area.pk) == raw), None)


def candidate_page_ids(*, section=None, area=None):
    """The ids of the live, public pages of the visitor's language tree a search may find,
    filtered: its translations, and the aliases that show untranslated Japanese originals.

    Querysets of ids: the search backends only filter on indexed fields, so the rules
    that need joins are applied here, in subqueries.
    """
    pages = Page.objects.live().filter(public_q(), depth__gt=2, locale__language_code=active_language())
    pages = _filtered(pages, section=section, area=area)
    translations = pages.filter(alias_of__isnull=True).values_list("pk", flat=True)
    aliases = pages.filter(alias_of__isnull=False).values_list("pk", flat=True)
    return translations, aliases


def _filtered(pages, *, section, area):
    if section in SECTIONS:
        models = SECTIONS[section][1]
        pages = pages.filter(content_type__in=_content_types(models))
    if area is not None:
        models = [model for model in AREA_MODELS if section not in SECTIONS or model in SECTIONS[section][1]]
        in_area = Q(pk__in=[])
        for model in models:
            in_area |= Q(pk__in=model.objects.filter(area__translation_key=area.translation_key).values("pk"))
        pages = pages.filter(in_area)
    return pages


def _content_types(models):
    from django.contrib.contenttypes.models import ContentType

    return list(ContentType.objects.get_for_models(*models).values())
