"""The cluster backends send CJK analysis settings, mappings and queries (no server: a fake transport)."""

from django.test import SimpleTestCase, TestCase

from wagtail.models import Page

from elastic_transport import ApiResponseMeta, HttpHeaders, NodeConfig

from config.settings.search import search_backends
from core.models import Area
from industries.models import PickleMakerPage
from search.backends.elasticsearch import (
    CJKElasticsearch8SearchBackend,
    CJKElasticsearch9SearchBackend,
    CJKOpenSearch2SearchBackend,
    CJKOpenSearch3SearchBackend,
)
from search.models import SynonymGroup

EMPTY_RESULTS = {"hits": {"total": {"value": 0}, "hits": []}, "acknowledged": True}

EXPECTED_ANALYSIS = {
    "analyzer": {
        "ngram_analyzer": {"type": "custom", "tokenizer": "standard", "filter": ["asciifolding", "lowercase", "ngram"]},
        "edgengram_analyzer": {
            "type": "custom",
            "tokenizer": "standard",
            "filter": ["asciifolding", "lowercase", "edgengram"],
        },
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
    "tokenizer": {
        "ngram_tokenizer": {"type": "ngram", "min_gram": 3, "max_gram": 15},
        "edgengram_tokenizer": {"type": "edge_ngram", "min_gram": 2, "max_gram": 15, "side": "front"},
    },
    "filter": {
        "ngram": {"type": "ngram", "min_gram": 3, "max_gram": 15},
        "edgengram": {"type": "edge_ngram", "min_gram": 1, "max_gram": 15},
        "cjk_bigram_index": {"type": "cjk_bigram", "output_unigrams": True},
        "cjk_bigram_search": {"type": "cjk_bigram", "output_unigrams": False},
        "english_possessive": {"type": "stemmer", "language": "possessive_english"},
        "english_stemmer": {"type": "stemmer", "language": "english"},
        "site_synonyms": {
            "type": "synonym_graph",
            "lenient": True,
            "synonyms": ["アニメ, アニメーション, anime", "たくあん, 沢庵, takuan"],
        },
    },
}


def record_elasticsearch(backend):
    """Replace the client's transport: record each request, answer as an empty cluster would."""
    calls = []

    def perform_request(method, target, *, body=None, **kwargs):
        calls.append((method, target, body))
        meta = ApiResponseMeta(
            status=200,
            http_version="1.1",
            headers=HttpHeaders({"x-elastic-product": "Elasticsearch"}),
            duration=0.0,
            node=NodeConfig("http", "search.test", 9200),
        )
        return meta, EMPTY_RESULTS

    backend.es.transport.perform_request = perform_request
    return calls


def record_opensearch(backend):
    calls = []

    def perform_request(method, url, params=None, body=None, **kwargs):
        calls.append((method, url, body))
        return EMPTY_RESULTS

    backend.es.transport.perform_request = perform_request
    return calls


BACKENDS = [
    (CJKElasticsearch8SearchBackend, record_elasticsearch),
    (CJKElasticsearch9SearchBackend, record_elasticsearch),
    (CJKOpenSearch2SearchBackend, record_opensearch),
    (CJKOpenSearch3SearchBackend, record_opensearch),
]


class ClusterBackendTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        SynonymGroup.objects.all().delete()  # these tests bring their own groups, not the shipped ones
        SynonymGroup.objects.create(name="takuan", terms="たくあん\n沢庵\nTakuan")
        SynonymGroup.objects.create(name="anime", terms="アニメ, アニメーション, anime")
        SynonymGroup.objects.create(name="alone", terms="ひとつ")  # one word: no rule

    def backends(self):
        for backend_class, record in BACKENDS:
            backend = backend_class({"URLS": ["http://search.test:9200"], "INDEX_PREFIX": "nerima_"})
            yield backend_class.__name__, backend, record(backend)

    def test_index_is_created_with_cjk_analysis_and_the_synonyms(self):
        for name, backend, calls in self.backends():
            with self.subTest(backend=name):
                backend.get_index_for_model(Page).put()
                method, target, body = calls[-1]
                self.assertEqual((method, target.split("?")[0]), ("PUT", "/nerima_wagtailcore_page"))
                self.assertEqual(body, {"settings": {"analysis": EXPECTED_ANALYSIS, "index": {"max_ngram_diff": 12}}})
                # The backend's own settings are left as configured, for the next index.
                self.assertEqual(backend.settings["settings"]["analysis"]["filter"].get("site_synonyms"), None)

    def test_text_fields_use_the_default_cjk_analyzer(self):
        for name, backend, calls in self.backends():
            with self.subTest(backend=name):
                backend.get_index_for_model(Page).add_model(PickleMakerPage)
                method, target, body = calls[-1]
                self.assertEqual((method, target.split("?")[0]), ("PUT", "/nerima_wagtailcore_page/_mapping"))
                properties = body["properties"]
                self.assertEqual(properties["title"], {"type": "text", "copy_to": ["_all_text", "_all_text_boost_2_0"]})
                self.assertEqual(
                    properties["industries_picklemakerpage__process"], {"type": "text", "copy_to": "_all_text"}
                )
                self.assertEqual(properties["industries_picklemakerpage__area_id_filter"], {"type": "long"})
                self.assertEqual(properties["_all_text"], {"type": "text"})

    def test_area_names_and_every_text_field_are_indexed(self):
        """What the database backends index (search.backends.database.model_extra_search_fields)."""
        for name, backend, calls in self.backends():
            with self.subTest(backend=name):
                backend.get_index_for_model(Page).add_model(PickleMakerPage)
                properties = calls[-1][2]["properties"]
                for field in ("area_name", "access", "tour_availability"):
                    self.assertEqual(
                        properties[f"industries_picklemakerpage__{field}"], {"type": "text", "copy_to": "_all_text"}
                    )
                mapping = backend.mapping_class(PickleMakerPage)
                area = Area(name="大泉")
                document = mapping.get_document(PickleMakerPage(title="x", area=area, access="大泉学園駅から5分"))
                self.assertEqual(document["industries_picklemakerpage__area_name"], "大泉")
                self.assertEqual(document["industries_picklemakerpage__access"], "大泉学園駅から5分")

    def test_query_body(self):
        for name, backend, calls in self.backends():
            with self.subTest(backend=name):
                list(backend.search("沢庵 pickles", Page.objects.filter(pk__in=[1, 2])))
                method, target, body = calls[-1]
                self.assertEqual((method, target.split("?")[0]), ("POST", "/nerima_wagtailcore_page/_search"))
                self.assertEqual(
                    body["query"],
                    {
                        "bool": {
                            "must": {
                                "multi_match": {
                                    "query": "沢庵 pickles",
                                    "fields": ["_all_text", "_all_text_boost_2_0^2.0"],
                                }
                            },
                            "filter": [
                                {"match": {"_django_content_type": "wagtailcore.Page"}},
                                {"terms": {"id_filter": [1, 2]}},
                            ],
                        }
                    },
                )


class SearchSettingsTests(SimpleTestCase):
    def test_database_search_without_a_url(self):
        self.assertEqual(
            search_backends([], "elasticsearch8", "nerima_"), {"default": {"BACKEND": "search.backends.database"}}
        )

    def test_engine_chosen_by_name(self):
        expected = {
            "elasticsearch8": "search.backends.elasticsearch.CJKElasticsearch8SearchBackend",
            "elasticsearch9": "search.backends.elasticsearch.CJKElasticsearch9SearchBackend",
            "opensearch2": "search.backends.elasticsearch.CJKOpenSearch2SearchBackend",
            "opensearch3": "search.backends.elasticsearch.CJKOpenSearch3SearchBackend",
        }
        for engine, backend in expected.items():
            with self.subTest(engine=engine):
                config = search_backends(["https://user:pw@search.example:9200"], engine, "nerima_")["default"]
                self.assertEqual(config["BACKEND"], backend)
                self.assertEqual(config["URLS"], ["https://user:pw@search.example:9200"])

    def test_unknown_engine_is_a_clear_error(self):
        from django.core.exceptions import ImproperlyConfigured

        with self.assertRaisesMessage(ImproperlyConfigured, "SEARCH_ENGINE must be one of"):
            search_backends(["http://search.test:9200"], "solr", "nerima_")
