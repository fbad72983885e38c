"""Querysets and lookups for search."""

from collections.abc import Sequence

from django.core.cache import cache

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
