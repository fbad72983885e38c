"""Showing content in the visitor's language, with the Japanese original as the fallback.

wagtail-localize and Wagtail's own `.localized` work one object at a time; listings
need the same rule for many objects in a constant number of queries, which is what
these helpers add.
"""

import re
from collections import defaultdict

from django.conf import settings
from django.db.models import Q
from django.utils import translation

from wagtail.models import Page


def active_language():
    return translation.get_language() or settings.LANGUAGE_CODE


def source_language():
    return settings.LANGUAGE_CODE


def in_visitor_language(queryset):
    """Filter a page or snippet queryset to the visitor's language.

    Keeps the objects in the active locale, plus the Japanese originals that have
    no translation in it yet, so an untranslated page is never missing from a listing.
    """
    active = active_language()
    if active == source_language():
        return queryset.filter(locale__language_code=active)
    translated_keys = queryset.filter(locale__language_code=active).values("translation_key")
    return queryset.filter(
        Q(locale__language_code=active)
        | (Q(locale__language_code=source_language()) & ~Q(translation_key__in=translated_keys))
    )


def localize_all(objects):
    """Return each object in the visitor's language where a live translation exists, else its
    Japanese original (else the object itself).

    One query per model, none for objects whose loaded locale is already the visitor's.
    Pages are looked up as their own type, so specific pages stay specific.
    """
    objects = [obj for obj in objects if obj is not None]
    active, source = active_language(), source_language()
    pending = defaultdict(set)
    for obj in objects:
        if not _is_in_language(obj, active):
            pending[type(obj)].add(obj.translation_key)
    found = {}
    for model, keys in pending.items():
        queryset = model.objects.filter(
            translation_key__in=keys, locale__language_code__in={active, source}
        ).select_related("locale")
        if issubclass(model, Page):
            queryset = queryset.live()
        for obj in queryset:
            key = (model, obj.translation_key)
            if obj.locale.language_code == active or key not in found:
                found[key] = obj
    return [found.get((type(obj), obj.translation_key), obj) for obj in objects]


def _is_in_language(obj, language_code):
    """Whether the object is known to be in that language, without a query for its locale."""
    locale = obj._state.fields_cache.get("locale")
    return locale is not None and locale.language_code == language_code


def localize(obj):
    localized = localize_all([obj])
    return localized[0] if localized else None


_LANGUAGE_PREFIX = re.compile(r"^(?P<origin>(?:https?://[^/]+)?)/(?P<lang>[a-z]{2}(?:-[a-z]+)?)/")


def url_in_language(url, language_code):
    """Swap the language prefix of a public URL, keeping the rest of the path."""
    return _LANGUAGE_PREFIX.sub(lambda m: f"{m['origin']}/{language_code}/", url, count=1)


def page_url_for_visitor(page, request=None, language_code=None):
    """The URL of a page under the visitor's language prefix.

    A Japanese page without a translation is served under the visitor's prefix too
    (see BasePage.route), so the visitor keeps their language for the page chrome.
    """
    language_code = language_code or active_language()
    url = page.get_url(request=request)
    if url is None:
        return None
    return url_in_language(url, language_code)
