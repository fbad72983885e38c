"""Querysets and lookups for search."""

from collections.abc import Sequence

from django.core.cache import cache
from django.db.models import Case, IntegerField, Q, Value, When

from wagtail.models import Page

from search import analysis
from search.filters import candidate_page_ids
from search.models import SynonymGroup

SYNONYMS_CACHE_KEY = "search:synonyms"


def synonym_map():
    """Each synonym term, in the index's normal form → the other terms of its groups.
    Cached until a group changes."""
    synonyms = cache.get(SYNONYMS_CACHE_KEY)
    if synonyms is None:
        synonyms = {}
        for group in SynonymGroup.objects.only("terms"):
            terms = group.term_list
            for term in terms:
                others = synonyms.setdefault(analysis.normalize(term), [])
                others += [other for other in terms if other != term and other not in others]
        cache.set(SYNONYMS_CACHE_KEY, synonyms, None)
    return synonyms


def synonym_map_clear(**kwargs):
    cache.delete(SYNONYMS_CACHE_KEY)


def synonym_lines():
    """The groups as comma-separated lines, the Solr format Elasticsearch's synonym filter reads."""
    return [", ".join(terms) for terms in (group.term_list for group in SynonymGroup.objects.all()) if len(terms) > 1]


def page_search(query, *, section=None, area=None):
    """Search results in the visitor's language tree: translations first, then the aliases
    that show Japanese originals not translated yet, each by relevance.

    Two searches rather than one, so a translation a visitor can read is not outranked by
    an original that matches more of the synonyms (Japanese text holds more variants).
    """
    translations, aliases = candidate_page_ids(section=section, area=area)
    return ResultChain([Page.objects.filter(pk__in=ids).search(query) for ids in (translations, aliases)])


def page_browse(*, section=None, area=None):
    """Every page of a section or area, without a search term: translations first, then
    the Japanese originals not translated yet, each by title."""
    translations, aliases = candidate_page_ids(section=section, area=area)
    return ResultChain([Page.objects.filter(pk__in=ids).order_by("title", "pk") for ids in (translations, aliases)])


def title_suggestions(prefix, limit):
    """Pages whose title holds what a visitor has typed so far, or a word it is the start
    of in the synonym groups (たく → たくあん → 沢庵, takuan; Shira → Shiraishi): titles
    that start with it first. Matching is on titles, so a prefix of any length and script
    is found (the index holds whole words and character pairs)."""
    normalized = analysis.normalize(prefix)
    forms = {prefix, analysis.nfkc(prefix), normalized, _katakana(normalized)}
    completions = [key for key in synonym_map() if key.startswith(normalized) and key != normalized][:20]
    for key in completions:
        forms.update([key, _katakana(key), *synonym_map()[key]])
    forms = [form for form in forms if form.strip()]
    translations, aliases = candidate_page_ids()
    contains, starts = Q(), Q()
    for form in forms:
        contains |= Q(title__icontains=form)
        starts |= Q(title__istartswith=form)
    pages = []
    for ids in (translations, aliases):
        matches = (
            Page.objects.filter(pk__in=ids)
            .filter(contains)
            .annotate(starts=Case(When(starts, then=Value(0)), default=Value(1), output_field=IntegerField()))
            .order_by("starts", "title")[: limit - len(pages)]
        )
        pages += list(matches)
        if len(pages) >= limit:
            break
    return pages


def _katakana(text):
    return "".join(chr(ord(char) + 0x60) if "\u3041" <= char <= "\u3096" else char for char in text)


class ResultChain(Sequence):
    """Several search results read as one list, for a paginator: one count query per part,
    and one query per part a slice reaches."""

    def __init__(self, parts):
        self.parts = parts
        self._counts = None

    def counts(self):
        if self._counts is None:
            self._counts = [part.count() for part in self.parts]
        return self._counts

    def count(self):
        return sum(self.counts())

    def __len__(self):
        return self.count()

    def __getitem__(self, index):
        if not isinstance(index, slice):
            items = self[index : index + 1]
            if not items:
                raise IndexError(index)
            return items[0]
        start = index.start or 0
        stop = len(self) if index.stop is None else index.stop
        items, offset = [], 0
        for part, size in zip(self.parts, self.counts(), strict=True):
            low, high = max(start - offset, 0), min(stop - offset, size)
            if low < high:
                items.extend(part[low:high])
            offset += size
        return items
