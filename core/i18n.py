"""Showing content in the visitor's language, with the Japanese original as the fallback.

wagtail-localize and Wagtail's own `.localized` work one object at a time; listings
need the same rule for many objects in a constant number of queries, which is what
these helpers add.
"""

import re

from django.conf import settings
from django.db.models import Q
from django.utils import translation

from wagtail.models import Locale, Page


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
    """Return each object in the visitor's language where a live translation exists, in one query."""
    objects = [obj for obj in objects if obj is not None]
    if not objects:
        return []
    active = active_language()
    pending = [obj for obj in objects if obj.locale.language_code != active]
    if not pending:
        return objects
    is_page = isinstance(pending[0], Page)
    model = Page if is_page else type(pending[0])
    queryset = model.objects.filter(
        translation_key__in=[obj.translation_key for obj in pending],
        locale__language_code=active,
    ).select_related("locale")
    if is_page:
        queryset = queryset.live().specific()
    found = {obj.translation_key: obj for obj in queryset}
    return [found.get(obj.translation_key, obj) if obj.locale.language_code != active else obj for obj in objects]


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


def default_locale():
    return Locale.objects.get(language_code=source_language())
