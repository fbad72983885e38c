"""The CJK database backend on PostgreSQL full text (English stemmed by its `english` configuration)."""

from modelsearch.backends.database.postgres import postgres
from modelsearch.index import RelatedFields

from search.analysis import index_text
from search.backends.database import CJKQueryMixin, extra_search_fields, using_indexer


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


class CJKPostgresSearchBackend(CJKQueryMixin, postgres.PostgresSearchBackend):
    index_class = PostgresIndex

    def __init__(self, params):
        super().__init__({"SEARCH_CONFIG": "english", **params})
