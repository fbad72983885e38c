"""The CJK database backend on SQLite FTS5 (English stemmed here, as FTS5 has no stemmer)."""

from modelsearch.backends.database.sqlite import sqlite
from modelsearch.index import RelatedFields

from search.analysis import index_text
from search.backends.database import CJKQueryMixin, extra_search_fields, using_indexer


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


class CJKSQLiteSearchBackend(CJKQueryMixin, sqlite.SQLiteSearchBackend):
    index_class = SQLiteIndex
    stems_in_python = True
