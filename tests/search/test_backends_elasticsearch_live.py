"""Against a real Elasticsearch/OpenSearch cluster: runs only when SEARCH_URL is set.

    SEARCH_URL=http://127.0.0.1:9200 SEARCH_ENGINE=elasticsearch8 .venv/bin/pytest tests/search/test_backends_elasticsearch_live.py

Each run uses its own index prefix and deletes its indexes afterwards.
"""

import os
import unittest
import uuid

from django.test import override_settings
from django.utils import translation

from wagtail.search.backends import get_search_backend

from config.settings.search import search_backends
from industries.factories import IndustriesIndexPageFactory, ShopPageFactory
from search.models import SynonymGroup
from search.selectors import page_search
from tests.base import SiteTestCase

SEARCH_URL = os.environ.get("SEARCH_URL", "")
LIVE_SEARCH = search_backends(
    [url.strip() for url in SEARCH_URL.split(",") if url.strip()],
    os.environ.get("SEARCH_ENGINE", "elasticsearch8"),
    f"nerima_test_{uuid.uuid4().hex[:8]}_",
)


@unittest.skipUnless(SEARCH_URL, "set SEARCH_URL to run the search cluster tests")
@override_settings(WAGTAILSEARCH_BACKENDS={"default": {**LIVE_SEARCH["default"], "AUTO_UPDATE": False}})
class LiveClusterTests(SiteTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        SynonymGroup.objects.all().delete()  # these tests bring their own groups, not the shipped ones
        SynonymGroup.objects.create(name="takuan", terms="たくあん\n沢庵\ntakuan")
        index = IndustriesIndexPageFactory(parent=cls.home)
        cls.takuan = ShopPageFactory(
            parent=index, slug="takuan", title="白石商店", listing_summary="昔ながらの沢庵をつくっています。"
        )
        cls.takumi = ShopPageFactory(
            parent=index, slug="takumi", title="染めの工房", listing_summary="江戸の匠が染める工房。"
        )
        cls.english = ShopPageFactory(
            parent=index, slug="deli", title="Oak Deli", listing_summary="Pickled daikon, sold by weight."
        )

    def setUp(self):
        from django.core.management import call_command

        call_command("update_index", verbosity=0)
        get_search_backend().refresh_indexes()

    def tearDown(self):
        backend = get_search_backend()
        prefix = LIVE_SEARCH["default"]["INDEX_PREFIX"]
        for name in backend.es.indices.get(index=f"{prefix}*"):
            backend.es.indices.delete(index=name)

    def found(self, query):
        with translation.override("ja"):
            return {page.slug for page in page_search(query)}

    def test_cjk_words_inside_sentences_single_characters_and_stems(self):
        self.assertIn("takuan", self.found("沢庵"))
        self.assertIn("takumi", self.found("匠"))
        self.assertIn("deli", self.found("pickles"))

    def test_synonyms_and_width(self):
        self.assertIn("takuan", self.found("たくあん"))
        self.assertIn("deli", self.found("ＤＡＩＫＯＮ"))
