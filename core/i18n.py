"""The visitor's language, and snippets in it.

Pages need nothing here: every language tree holds every page (core/locale_trees.py), so a
page query in the visitor's locale is complete, and an untranslated page is an alias whose
text is the Japanese original (`content_language`). Snippets (areas, topics, the contact
office) have no such trees: a snippet not translated yet is shown in Japanese.
"""

import re
from collections import defaultdict

from django.conf import settings
from django.db.models import Q
from django.utils import translation


def active_language():
    return translation.get_language() or settings.LANGUAGE_CODE


def source_language():
    return settings.LANGUAGE_CODE


def shows_original(page):
    """Whether a page in another language's tree shows the Japanese original's text: an alias,
    or an alias whose translation was started but never published (wagtail-localize converts
    the alias at once and keeps its copied text live until the translation is published)."""
    if page.alias_of_id:
        return True
    return (
        page.live_revision_id is None
        and page.latest_revision_id is not None
        and page.locale.language_code != source_language()
    )


def content_language(page):
    """The language a page's text is in: the Japanese original's for a page that shows it.

    Locale synchronisation aliases only pages of the source language (ja), so an alias's
    text is in the source language without looking at the page it aliases.
    """
    return source_language() if shows_original(page) else page.locale.language_code


def snippets_in_language(queryset):
    """A snippet queryset in the visitor's language: its translations, and the Japanese
    originals not translated into it yet."""
    active = active_language()
    if active == source_language():
        return queryset.filter(locale__language_code=active)
    translated_keys = queryset.filter(locale__language_code=active).values("translation_key")
    return queryset.filter(
        Q(locale__language_code=active)
        | (Q(locale__language_code=source_language()) & ~Q(translation_key__in=translated_keys))
    )


def localize_snippets(snippets):
    """Each snippet in the visitor's language where translated, else its Japanese original.

    One query per model, none for snippets whose loaded locale is already the visitor's.
    """
    snippets = [snippet for snippet in snippets if snippet is not None]
    active, source = active_language(), source_language()
    pending = defaultdict(set)
    for snippet in snippets:
        if not is_loaded_in_language(snippet, active):
            pending[type(snippet)].add(snippet.translation_key)
    found = {}
    for model, keys in pending.items():
        queryset = model.objects.filter(translation_key__in=keys, locale__language_code__in={active, source})
        for snippet in queryset.select_related("locale"):
            key = (model, snippet.translation_key)
            if snippet.locale.language_code == active or key not in found:
                found[key] = snippet
    return [found.get((type(snippet), snippet.translation_key), snippet) for snippet in snippets]


def localize_snippet(snippet):
    localized = localize_snippets([snippet])
    return localized[0] if localized else None


def is_loaded_in_language(obj, language_code):
    """Whether the object is known to be in that language, without a query for its locale."""
    field = obj._meta.get_field("locale")
    return field.is_cached(obj) and obj.locale.language_code == language_code


_LANGUAGE_PREFIX = re.compile(r"^(?P<origin>(?:https?://[^/]+)?)/(?P<lang>[a-z]{2}(?:-[a-z]+)?)/")


def url_in_language(url, language_code):
    """Swap the language prefix of a URL outside the page tree (search), keeping the rest."""
    return _LANGUAGE_PREFIX.sub(lambda m: f"{m['origin']}/{language_code}/", url, count=1)
