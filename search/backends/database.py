"""Wagtail's database search backend (SQLite FTS5, PostgreSQL), made to find CJK words.

Settings: `{"BACKEND": "search.backends.database"}`. Text is indexed as the tokens of
search.analysis (CJK bigrams and characters, Sudachi's normalised forms, stemmed English
on SQLite; PostgreSQL stems English itself with its `english` configuration), and string
queries are rewritten by search.query with the editors' synonym groups.
"""

import types

from django.db import connection
from django.utils import translation

from modelsearch.backends.database.postgres import postgres
from modelsearch.backends.database.sqlite import sqlite
from modelsearch.index import RelatedFields, SearchField
from modelsearch.query import MatchAll

from search.analysis import index_text
from search.query import build_query
from search.selectors import synonym_map


class AreaNameField(SearchField):
    """The name of a page's area, so "大泉 漬物" finds the pickle makers of Oizumi."""

    def __init__(self):
        super().__init__("area_name")

    def get_value(self, obj):
        area = getattr(obj, "area", None)
        return area.name if area is not None else ""


def _extra_search_fields(obj):
    return [AreaNameField()] if hasattr(obj, "area_id") else []


class SQLiteObjectIndexer(sqlite.ObjectIndexer):
    def __init__(self, obj, backend):
        super().__init__(obj, backend)
        self.search_fields = [*self.search_fields, *_extra_search_fields(obj)]

    def prepare_field(self, obj, field):
        if isinstance(field, RelatedFields):  # its sub-fields come back through this method
            yield from super().prepare_field(obj, field)
            return
        for current_field, value in super().prepare_field(obj, field):
            yield current_field, index_text(value, stem=True)


class PostgresObjectIndexer(postgres.ObjectIndexer):
    def __init__(self, obj, backend):
        super().__init__(obj, backend)
        self.search_fields = [*self.search_fields, *_extra_search_fields(obj)]

    def prepare_field(self, obj, field):
        if isinstance(field, RelatedFields):
            yield from super().prepare_field(obj, field)
            return
        for current_field, weight, value in super().prepare_field(obj, field):
            yield current_field, weight, index_text(value)


def _using_indexer(function, indexer_class):
    """Upstream `add_items` builds its indexers from a module-level `ObjectIndexer` name and
    offers no hook to change it; run the same code with that name bound to our indexer.
    Remove when modelsearch lets a backend choose its indexer class."""
    namespace = {**function.__globals__, "ObjectIndexer": indexer_class}
    return types.FunctionType(function.__code__, namespace, function.__name__, function.__defaults__)


class SQLiteIndex(sqlite.SQLiteIndex):
    add_items = _using_indexer(sqlite.SQLiteIndex.add_items, SQLiteObjectIndexer)


class PostgresIndex(postgres.PostgresIndex):
    add_items = _using_indexer(postgres.PostgresIndex.add_items, PostgresObjectIndexer)


class CJKQueryMixin:
    """Rewrite string queries into the index's tokens, with synonyms and readings."""

    stems_in_python = False

    def search(self, query, model_or_queryset, fields=None, operator=None, order_by_relevance=True):
        if isinstance(query, str):
            query = build_query(
                query,
                synonyms=synonym_map(),
                stem=self.stems_in_python,
                japanese=translation.get_language() == "ja",
            )
            if query is None:
                # Nothing searchable was typed (only punctuation or emoji): no results.
                model_or_queryset = _as_queryset(model_or_queryset).none()
                query = MatchAll()
        return super().search(query, model_or_queryset, fields=fields, order_by_relevance=order_by_relevance)


def _as_queryset(model_or_queryset):
    return model_or_queryset if hasattr(model_or_queryset, "model") else model_or_queryset.objects.all()


class CJKSQLiteSearchBackend(CJKQueryMixin, sqlite.SQLiteSearchBackend):
    index_class = SQLiteIndex
    stems_in_python = True


class CJKPostgresSearchBackend(CJKQueryMixin, postgres.PostgresSearchBackend):
    index_class = PostgresIndex

    def __init__(self, params):
        super().__init__({"SEARCH_CONFIG": "english", **params})


def SearchBackend(params):
    """The backend for the default database, as Wagtail's own `database` module chooses."""
    if connection.vendor == "postgresql":
        return CJKPostgresSearchBackend(params)
    if connection.vendor == "sqlite":
        return CJKSQLiteSearchBackend(params)
    raise NotImplementedError(f"CJK search supports SQLite and PostgreSQL, not {connection.vendor}.")
