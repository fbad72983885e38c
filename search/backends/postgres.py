"""The CJK database backend on PostgreSQL full text (English stemmed by its `english` configuration)."""

from django.contrib.postgres.search import SearchQuery, SearchQueryField
from django.db.models import Value

from modelsearch.backends.database.postgres import postgres
from modelsearch.index import RelatedFields
from modelsearch.query import And, Not, Or, PlainText

from search.analysis import index_text
from search.backends.base import CJKQueryMixin, extra_search_fields, using_indexer
from search.query import Phrase, WholeWord

# How much more a whole-word match of a one-syllable Korean word weighs than the syllable:
# enough for a whole word in the body (weight D) to outrank the syllable in a title (A).
WHOLE_WORD_BOOST = 100.0


class PostgresObjectIndexer(postgres.ObjectIndexer):
    def __init__(self, obj, backend):
        super().__init__(obj, backend)
        self.search_fields = [*self.search_fields, *extra_search_fields(obj)]

    def prepare_field(self, obj, field):
        if isinstance(field, RelatedFields):
            yield from super().prepare_field(obj, field)
            return
        for current_field, weight, value in super().prepare_field(obj, field):
            yield current_field, weight, index_text(value)


class PostgresIndex(postgres.PostgresIndex):
    add_items = using_indexer(postgres.PostgresIndex.add_items, PostgresObjectIndexer)


class RawTSQuery(Value):
    """A whole tsquery as one parameter: `('a' & 'b') | 'c'`."""

    _output_field = SearchQueryField()

    def __init__(self, text):
        super().__init__(text, output_field=SearchQueryField())


def tsquery_text(query, *, invert=False):
    """The text of a tsquery for a query of PlainText, And, Or and Not, or None if empty.

    Upstream combines one Django expression per token (`lexemes &= lexeme`), a tree as
    deep as the query has tokens, compiled recursively: about 150 CJK characters (one
    token per character pair) reached Python's recursion limit, a 500. The same query
    written out as text is flat, whatever its length. Remove when modelsearch builds
    flat tsqueries.
    """
    if isinstance(query, PlainText):
        words = [f"'{_escape(word)}'" for word in query.query_string.split() if word]
        if not words:
            return None
        if isinstance(query, Phrase) and not invert:
            return _group(" <-> ".join(words), len(words))
        if invert:
            words = [f"!{word}" for word in words]
        operator = " & " if (query.operator == "and") != invert else " | "
        return _group(operator.join(words), len(words))
    if isinstance(query, Not):
        return tsquery_text(query.subquery, invert=not invert)
    if isinstance(query, (And, Or)):
        parts = [part for part in (tsquery_text(sub, invert=invert) for sub in query.subqueries) if part]
        if not parts:
            return None
        operator = " & " if isinstance(query, And) != invert else " | "
        return _group(operator.join(parts), len(parts))
    return None


def _group(text, count):
    return f"({text})" if count > 1 else text


def _escape(word):
    return word.replace("\\", "\\\\").replace("'", "''")


class FlatQueryCompiler(postgres.PostgresSearchQueryCompiler):
    def build_tsquery_content(self, query, config=None, invert=False):
        if isinstance(query, (PlainText, And, Or, Not)):
            text = tsquery_text(query, invert=invert)
            if text is not None:
                return SearchQuery(RawTSQuery(text), search_type="raw", config=config)
        return super().build_tsquery_content(query, config=config, invert=invert)

    def build_tsrank(self, vector, query, config=None, boost=1.0):
        if isinstance(query, WholeWord):
            boost *= WHOLE_WORD_BOOST
        return super().build_tsrank(vector, query, config=config, boost=boost)


class CJKPostgresSearchBackend(CJKQueryMixin, postgres.PostgresSearchBackend):
    index_class = PostgresIndex
    query_compiler_class = FlatQueryCompiler

    def __init__(self, params):
        super().__init__({"SEARCH_CONFIG": "english", **params})
