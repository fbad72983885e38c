"""The search page's filters: by section and by area, as sets of candidate page ids."""

from django.contrib.contenttypes.models import ContentType
from django.db.models import Q

from wagtail.models import Page

from core.i18n import active_language, snippets_in_language
from core.models import Area, LocationMixin
from core.registry import search_sections
from core.view_restrictions import public_q


def section_choices():
    return [(key, section.label) for key, section in search_sections().items()]


def area_models(sections):
    """The page types of `sections` that have an area (LocationMixin)."""
    models = (model for section in sections for model in section.models)
    return [model for model in dict.fromkeys(models) if issubclass(model, LocationMixin)]


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
    sections = search_sections()
    chosen = list(sections.values())
    if section in sections:
        chosen = [sections[section]]
        pages = pages.filter(content_type__in=_content_types(sections[section].models))
    if area is not None:
        in_area = Q(pk__in=[])
        for model in area_models(chosen):
            in_area |= Q(pk__in=model.objects.filter(area__translation_key=area.translation_key).values("pk"))
        pages = pages.filter(in_area)
    return pages


def _content_types(models):
    return list(ContentType.objects.get_for_models(*models).values())
