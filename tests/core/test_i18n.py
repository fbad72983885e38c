"""core.i18n: the language of a page's text, snippets in the visitor's language, language prefixes."""

from django.test import SimpleTestCase
from django.utils import translation

from core.factories import TopicFactory
from core.i18n import (
    content_language,
    localize_snippet,
    localize_snippets,
    shows_original,
    snippets_in_language,
    url_in_language,
)
from core.models import Topic
from industries.factories import IndustriesIndexPageFactory, ShopPageFactory
from tests.base import SiteTestCase, translate_snippet


class ContentLanguageTests(SiteTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        index = IndustriesIndexPageFactory(parent=cls.home)
        cls.shop = ShopPageFactory(parent=index)
        cls.shop_en = cls.translate(cls.shop, "en")
        cls.shop_ko_draft = cls.translate(cls.shop, "ko", publish=False)

    def test_an_original_and_a_translation_are_in_their_own_language(self):
        self.assertEqual((content_language(self.shop), content_language(self.shop_en)), ("ja", "en"))

    def test_an_alias_shows_the_japanese_original(self):
        alias = self.version(self.shop, "zh-hant")
        self.assertTrue(shows_original(alias))
        self.assertEqual(content_language(alias), "ja")

    def test_a_translation_never_published_still_shows_the_original(self):
        self.assertTrue(shows_original(self.shop_ko_draft))
        self.assertEqual(content_language(self.shop_ko_draft), "ja")
        self.shop_ko_draft.get_latest_revision().publish()
        self.assertEqual(content_language(self.version(self.shop, "ko")), "ko")


class SnippetTests(SiteTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.topic = TopicFactory()
        cls.topic_en = translate_snippet(cls.topic, cls.locales["en"], name="Pickles")
        cls.other = TopicFactory()

    def test_snippets_in_the_visitors_language_or_the_japanese_original(self):
        with translation.override("en"):
            self.assertEqual(set(snippets_in_language(Topic.objects.all())), {self.topic_en, self.other})
        with translation.override("ko"):
            self.assertEqual(set(snippets_in_language(Topic.objects.all())), {self.topic, self.other})

    def test_localize_prefers_the_visitors_language_in_one_query_per_model(self):
        with translation.override("en"), self.assertNumQueries(1):
            self.assertEqual(localize_snippets([self.topic, self.other, None]), [self.topic_en, self.other])
        with translation.override("zh-hans"):
            self.assertEqual(localize_snippet(self.topic_en), self.topic)

    def test_no_query_for_snippets_known_to_be_in_the_visitors_language(self):
        topics = list(Topic.objects.filter(locale__language_code="ja").select_related("locale"))
        with translation.override("ja"), self.assertNumQueries(0):
            self.assertEqual(localize_snippets(topics), topics)


class UrlInLanguageTests(SimpleTestCase):
    def test_swaps_the_language_prefix(self):
        cases = [
            ("/ja/search/?q=shop", "en", "/en/search/?q=shop"),
            ("/zh-hans/", "ko", "/ko/"),
            ("https://example.org/zh-hant/search/?page=2", "ja", "https://example.org/ja/search/?page=2"),
            ("/en/search/?q=/ja/", "ko", "/ko/search/?q=/ja/"),
        ]
        for url, code, expected in cases:
            with self.subTest(url=url):
                self.assertEqual(url_in_language(url, code), expected)
