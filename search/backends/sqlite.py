"""The CJK database backend on SQLite FTS5 (English stemmed here, as FTS5 has no stemmer)."""

from django.db import connection
from django.db.models import Value

from modelsearch.backends.database.sqlite import sqlite
from modelsearch.backends.database.sqlite.query import (
    BM25,
    SearchQueryExpression,
    SearchQueryField,
    SQLiteFTSIndexEntry,
)
from modelsearch.index import RelatedFields
from modelsearch.query import And, Or, PlainText
from modelsearch.utils import get_descendants_content_types_pks

from search.analysis import index_text
from search.backends.base import CJKQueryMixin, extra_search_fields, using_indexer
from search.query import Phrase


class SQLiteObjectIndexer(sqlite.ObjectIndexer):
    def __init__(self, obj, backend):
        super().__init__(obj, backend)
        self.search_fields = [*self.search_fields, *extra_search_fields(obj)]

    def prepare_field(self, obj, field):
        if isinstance(field, RelatedFields):  # its sub-fields come back through this method
            yield from super().prepare_field(obj, field)
            return
        for current_field, value in super().prepare_field(obj, field):
            yield current_field, index_text(value, stem=True)


class SQLiteIndex(sqlite.SQLiteIndex):
    add_items = using_indexer(sqlite.SQLiteIndex.add_items, SQLiteObjectIndexer)


class RawFTSQuery(Value):
    """A whole FTS5 query as one parameter: `("a" AND "b") OR "c"`."""

    def __init__(self, text):
        super().__init__(text, output_field=SearchQueryField())

    def as_sql(self, compiler, connection):
        return "%s", [self.value]


def fts_query_text(query):
    """The FTS5 query for PlainText, Phrase, And and Or, as flat text (None if empty).

    Upstream combines one expression per token, a tree as deep as the query has tokens,
    compiled recursively (see search.backends.postgres.tsquery_text). Every token comes
    from search.analysis (letters and digits only) and is quoted anyway."""
    if isinstance(query, PlainText):
        words = [f'"{word.replace(chr(34), "")}"' for word in query.query_string.split()]
        if not words:
            return None
        if isinstance(query, Phrase):
            return " + ".join(words)
        operator = " AND " if query.operator == "and" else " OR "
        return _group(operator.join(words), len(words))
    if isinstance(query, (And, Or)):
        parts = [part for part in map(fts_query_text, query.subqueries) if part]
        if not parts:
            return None
        operator = " AND " if isinstance(query, And) else " OR "
        return _group(operator.join(parts), len(parts))
    return None


def _group(text, count):
    return f"({text})" if count > 1 else text


class FlatQueryCompiler(sqlite.SQLiteSearchQueryCompiler):
    def build_tsrank(self, vector, query, config=None, boost=1.0):
        """FTS5's bm25() scores the whole MATCH (every sub-query, phrases included) and is
        negative, lower for better matches. Upstream combines it per sub-query as if it
        were positive (And: (1 + bm25) × (1 + bm25) − 1), which turns the order of
        two-word queries upside down; the one bm25() is the rank."""
        return BM25() * boost if boost != 1.0 else BM25()

    def search(self, config, start, stop, score_field=None):
        """Match and rank in one joined query: the FTS table, its index entries and the pages.

        Upstream ranks with a correlated subquery that runs the full-text match again for
        every matching row, so a common word took 0.4 s at 10,000 pages. Here the match runs
        once and its bm25() (weighted by the title norm, as upstream) orders the join.
        Negated and unranked searches go upstream's way."""
        text = fts_query_text(self.query) if isinstance(self.query, (PlainText, And, Or)) else None
        if text is None or not self.order_by_relevance:
            return super().search(config, start, stop, score_field=score_field)
        quote = connection.ops.quote_name
        entry_table = SQLiteFTSIndexEntry._meta.get_field("index_entry").related_model._meta.db_table
        fts, entry = quote(SQLiteFTSIndexEntry._meta.db_table), quote(entry_table)
        model = self.queryset.model
        page_pk = f"{quote(model._meta.db_table)}.{quote(model._meta.pk.column)}"
        content_types = list(get_descendants_content_types_pks(model))
        columns = " ".join(self.fields or self.FTS_TABLE_FIELDS)
        score = score_field or "_score"
        queryset = self.queryset.extra(  # noqa: S610 - fixed SQL; the query text is a parameter
            select={score: f"bm25({fts}) * ({entry}.title_norm + 1.0)"},
            tables=[entry_table, SQLiteFTSIndexEntry._meta.db_table],
            where=[
                f"{fts} MATCH %s",
                f"{fts}.rowid = {entry}.id",
                f"{entry}.object_id = {page_pk}",
                f"{entry}.content_type_id IN ({', '.join(['%s'] * len(content_types))})",
            ],
            params=[f"{{{columns}}} : ({text})", *content_types],
        ).order_by(score, "-pk")
        return queryset[start:stop]

    def build_search_query_content(self, query, config=None):
        if isinstance(query, (PlainText, And, Or)):
            text = fts_query_text(query)
            if text is not None:
                return SearchQueryExpression(RawFTSQuery(text))
        return super().build_search_query_content(query, config=config)


class CJKSQLiteSearchBackend(CJKQueryMixin, sqlite.SQLiteSearchBackend):
    index_class = SQLiteIndex
    query_compiler_class = FlatQueryCompiler
    stems_in_python = True
