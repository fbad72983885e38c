"""core.i18n: choosing between the visitor's language and the Japanese original, in bulk."""

from django.test import SimpleTestCase
from django.utils import translation

from core.factories import TopicFactory
from core.i18n import in_visitor_language, localize, localize_all, url_in_language
from core.models import Topic
from industries.factories import IndustriesIndexPageFactory, ShopPageFactory
from industries.models import ShopPage
from tests.base import SiteTestCase


def translate_snippet(snippet, locale, **fields):
    translated = snippet.copy_for_translation(locale)
    for field, value in fields.items():
        setattr(translated, field, value)
    translated.save()
    return translated


class InVisitorLanguageTests(SiteTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.translate_into(cls.home, "en", "ko")
        index = IndustriesIndexPageFactory(parent=cls.home)
        cls.translate_into(index, "en", "ko")
        cls.shop = ShopPageFactory(parent=index)
        cls.shop_en = cls.translate(cls.shop, "en")
        cls.shop_ko = cls.translate(cls.shop, "ko")
        cls.japanese_only = ShopPageFactory(parent=index)
        cls.korean_too = ShopPageFactory(parent=index)
        cls.korean_too_ko = cls.translate(cls.korean_too, "ko")
        cls.topic = TopicFactory()
        cls.topic_en = translate_snippet(cls.topic, cls.locales["en"], name="Pickles")

    def shops(self, language_code):
        with translation.override(language_code):
            return set(in_visitor_language(ShopPage.objects.all()))

    def test_japanese_sees_japanese(self):
        self.assertEqual(self.shops("ja"), {self.shop, self.japanese_only, self.korean_too})

    def test_translations_replace_their_originals(self):
        self.assertEqual(self.shops("en"), {self.shop_en, self.japanese_only, self.korean_too})
        self.assertEqual(self.shops("ko"), {self.shop_ko, self.japanese_only, self.korean_too_ko})

    def test_language_without_translations_sees_the_originals(self):
        self.assertEqual(self.shops("zh-hant"), self.shops("ja"))

    def test_snippets(self):
        with translation.override("en"):
            self.assertEqual(list(in_visitor_language(Topic.objects.all())), [self.topic_en])
        with translation.override("ko"):
            self.assertEqual(list(in_visitor_language(Topic.objects.all())), [self.topic])


class LocalizeTests(SiteTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.translate_into(cls.home, "en", "ko")
        index = IndustriesIndexPageFactory(parent=cls.home)
        cls.translate_into(index, "en", "ko")
        cls.shop = ShopPageFactory(parent=index)
        cls.shop_en = cls.translate(cls.shop, "en")
        cls.shop_ko_draft = cls.translate(cls.shop, "ko", publish=False)
        cls.other = ShopPageFactory(parent=index)
        cls.topic = TopicFactory()
        cls.topic_en = translate_snippet(cls.topic, cls.locales["en"], name="Pickles")

    def test_prefers_the_visitors_language(self):
        with translation.override("en"):
            self.assertEqual(
                localize_all([self.shop, self.other, self.topic]), [self.shop_en, self.other, self.topic_en]
            )

    def test_falls_back_to_the_japanese_original(self):
        with translation.override("zh-hans"):
            self.assertEqual(localize_all([self.shop_en, self.topic_en]), [self.shop, self.topic])

    def test_ignores_draft_translations(self):
        with translation.override("ko"):
            self.assertEqual(localize(self.shop), self.shop)

    def test_keeps_specific_pages_specific(self):
        with translation.override("en"):
            self.assertIsInstance(localize(self.shop), ShopPage)

    def test_one_query_per_model(self):
        shops = [self.shop, self.other] * 5
        with translation.override("en"), self.assertNumQueries(2):
            localize_all([*shops, self.topic])

    def test_no_query_for_objects_known_to_be_in_the_visitors_language(self):
        shops = list(ShopPage.objects.filter(pk__in=[self.shop.pk, self.other.pk]).select_related("locale"))
        with translation.override("ja"), self.assertNumQueries(0):
            self.assertEqual(localize_all([*shops, None]), shops)


class UrlInLanguageTests(SimpleTestCase):
    def test_swaps_the_language_prefix(self):
        cases = [
            ("/ja/industries/shop/", "en", "/en/industries/shop/"),
            ("/zh-hans/", "ko", "/ko/"),
            ("https://example.org/zh-hant/crafts/?page=2", "ja", "https://example.org/ja/crafts/?page=2"),
            ("/en/search/?q=/ja/", "ko", "/ko/search/?q=/ja/"),
        ]
        for url, code, expected in cases:
            with self.subTest(url=url):
                self.assertEqual(url_in_language(url, code), expected)
