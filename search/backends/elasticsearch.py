"""Wagtail's Elasticsearch 8/9 and OpenSearch 2/3 backends with CJK analysis, no plugins.

Every text field is analysed by the index's `default` analyzer: width folding
(`cjk_width`: full-width Latin and half-width kana), lower case, then `cjk_bigram`, which
turns runs of Han, kana and Hangul into overlapping bigrams and keeps single characters
too, so one-character words (匠) are found; English words are stemmed. Queries go through
`default_search`: the same chain without unigrams, plus the editors' synonym groups as a
`synonym_graph` filter, read when the index is created (run `update_index` after changing
them). config/settings/search.py picks the class from SEARCH_ENGINE.
"""

from copy import deepcopy

from modelsearch.backends.elasticsearch8 import (
    Elasticsearch8Index,
    Elasticsearch8Mapping,
    Elasticsearch8SearchBackend,
    Elasticsearch8SearchQueryCompiler,
)
from modelsearch.backends.elasticsearch9 import (
    Elasticsearch9Index,
    Elasticsearch9Mapping,
    Elasticsearch9SearchBackend,
    Elasticsearch9SearchQueryCompiler,
)
from modelsearch.backends.opensearch3 import (
    OpenSearch3Index,
    OpenSearch3Mapping,
    OpenSearch3SearchBackend,
    OpenSearch3SearchQueryCompiler,
)
from modelsearch.utils import deep_update

from search.backends.base import model_extra_search_fields
from search.selectors import synonym_lines

CJK_ANALYSIS = {
    "settings": {
        "analysis": {
            "analyzer": {
                "default": {
                    "type": "custom",
                    "tokenizer": "standard",
                    "filter": ["cjk_width", "lowercase", "cjk_bigram_index", "english_possessive", "english_stemmer"],
                },
                "default_search": {
                    "type": "custom",
                    "tokenizer": "standard",
                    "filter": [
                        "cjk_width",
                        "lowercase",
                        "cjk_bigram_search",
                        "site_synonyms",
                        "english_possessive",
                        "english_stemmer",
                    ],
                },
            },
            "filter": {
                "cjk_bigram_index": {"type": "cjk_bigram", "output_unigrams": True},
                # Without unigrams: a filter that stacks tokens cannot precede a synonym filter.
                "cjk_bigram_search": {"type": "cjk_bigram", "output_unigrams": False},
                "english_possessive": {"type": "stemmer", "language": "possessive_english"},
                "english_stemmer": {"type": "stemmer", "language": "english"},
                "site_synonyms": {"type": "synonym_graph", "lenient": True, "synonyms": []},
            },
        }
    }
}


def index_settings(base_settings, synonyms):
    """The body sent to create an index: Wagtail's settings, CJK analysis and the synonyms."""
    settings = deep_update(deepcopy(base_settings), deepcopy(CJK_ANALYSIS))
    settings["settings"]["analysis"]["filter"]["site_synonyms"]["synonyms"] = list(synonyms)
    return settings


class CJKMappingMixin:
    """Index what the database backends index: the area's name and every other text field
    of a page type (search.backends.database.model_extra_search_fields), searched through
    `_all_text` like the model's own search fields."""

    def get_mapping(self):
        mapping = super().get_mapping()
        for field in model_extra_search_fields(self.model):
            name, field_mapping = self.get_field_mapping(field)
            if field_mapping.pop("include_in_all", False):
                field_mapping["copy_to"] = "_all_text"
            field_mapping.pop("boost", None)
            mapping["properties"][name] = field_mapping
        return mapping

    def get_document(self, obj):
        document = super().get_document(obj)
        # The extra fields are plain text (no related objects, no times), so the value goes in as it is.
        for field in model_extra_search_fields(self.model):
            document[self.get_field_column_name(field)] = field.get_value(obj)
        return document


class CJKElasticsearch8Mapping(CJKMappingMixin, Elasticsearch8Mapping):
    pass


class CJKElasticsearch9Mapping(CJKMappingMixin, Elasticsearch9Mapping):
    pass


class CJKOpenSearch3Mapping(CJKMappingMixin, OpenSearch3Mapping):
    pass


class CJKIndexMixin:
    def put(self):
        # The synonyms are read from the database now, not when the backend is loaded.
        configured = self.backend.settings
        self.backend.settings = index_settings(configured, synonym_lines())
        try:
            super().put()
        finally:
            self.backend.settings = configured


class CJKElasticsearch8Index(CJKIndexMixin, Elasticsearch8Index):
    pass


class CJKElasticsearch9Index(CJKIndexMixin, Elasticsearch9Index):
    pass


class CJKOpenSearch3Index(CJKIndexMixin, OpenSearch3Index):
    pass


class CJKElasticsearch8QueryCompiler(Elasticsearch8SearchQueryCompiler):
    mapping_class = CJKElasticsearch8Mapping


class CJKElasticsearch9QueryCompiler(Elasticsearch9SearchQueryCompiler):
    mapping_class = CJKElasticsearch9Mapping


class CJKOpenSearch3QueryCompiler(OpenSearch3SearchQueryCompiler):
    mapping_class = CJKOpenSearch3Mapping


class CJKElasticsearch8SearchBackend(Elasticsearch8SearchBackend):
    index_class = CJKElasticsearch8Index
    mapping_class = CJKElasticsearch8Mapping
    query_compiler_class = CJKElasticsearch8QueryCompiler


class CJKElasticsearch9SearchBackend(Elasticsearch9SearchBackend):
    index_class = CJKElasticsearch9Index
    mapping_class = CJKElasticsearch9Mapping
    query_compiler_class = CJKElasticsearch9QueryCompiler


class CJKOpenSearch2SearchBackend(OpenSearch3SearchBackend):
    """OpenSearch 2 servers, through modelsearch's OpenSearch 3 backend.

    modelsearch's OpenSearch 2 backend calls the client with positional arguments, which
    opensearch-py 3 (the client this project locks) rejects; the OpenSearch 3 backend's
    keyword calls work with 2.x servers too. Switch back if the OpenSearch 2 backend
    gains keyword calls.
    """

    index_class = CJKOpenSearch3Index
    mapping_class = CJKOpenSearch3Mapping
    query_compiler_class = CJKOpenSearch3QueryCompiler


class CJKOpenSearch3SearchBackend(OpenSearch3SearchBackend):
    index_class = CJKOpenSearch3Index
    mapping_class = CJKOpenSearch3Mapping
    query_compiler_class = CJKOpenSearch3QueryCompiler


BACKENDS = {
    "elasticsearch8": CJKElasticsearch8SearchBackend,
    "elasticsearch9": CJKElasticsearch9SearchBackend,
    "opensearch2": CJKOpenSearch2SearchBackend,
    "opensearch3": CJKOpenSearch3SearchBackend,
}
