"""Querysets and lookups for search."""

from django.core.cache import cache

from search.models import SynonymGroup

SYNONYMS_CACHE_KEY = "search:synonyms"


def synonym_map():
    """Each synonym term → the other terms of its groups. Cached until a group changes."""
    synonyms = cache.get(SYNONYMS_CACHE_KEY)
    if synonyms is None:
        synonyms = {}
        for group in SynonymGroup.objects.only("terms"):
            terms = group.term_list
            for term in terms:
                synonyms.setdefault(term, [])
                synonyms[term] += [other for other in terms if other != term and other not in synonyms[term]]
        cache.set(SYNONYMS_CACHE_KEY, synonyms, None)
    return synonyms


def synonym_map_clear(**kwargs):
    cache.delete(SYNONYMS_CACHE_KEY)


def synonym_lines():
    """The groups as comma-separated lines, the Solr format Elasticsearch's synonym filter reads."""
    return [", ".join(terms) for terms in (group.term_list for group in SynonymGroup.objects.all()) if len(terms) > 1]
