"""The database backend finds CJK words inside sentences, readings, variants and English stems."""

import types

from django.test import override_settings
from django.utils import translation

from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from industries.factories import IndustriesIndexPageFactory, ShopPageFactory
from search.models import SynonymGroup
from tests.base import SiteTestCase

CJK_SEARCH = {"default": {"BACKEND": "search.backends.database", "AUTO_UPDATE": False}}


def global_names(code):
    """The names a function's code (its comprehensions included) looks up."""
    nested = (const for const in code.co_consts if isinstance(const, types.CodeType))
    return {*code.co_names, *(name for inner in nested for name in global_names(inner))}


@override_settings(WAGTAILSEARCH_BACKENDS=CJK_SEARCH)
class DatabaseBackendTests(SiteTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        index = IndustriesIndexPageFactory(parent=cls.home)
        texts = {
            "takuan": ("白石商店", "練馬大根を天日で干した昔ながらの沢庵をつくっています。"),
            "tsukemono": ("青木商店", "季節の漬物と佃煮を量り売りしています。"),
            "anime": ("スタジオ練馬", "テレビアニメーションの背景美術を手がける制作会社です。"),
            "takumi": ("染めの工房", "江戸の匠が手ぬぐいを染める工房。"),
            "chinese": ("练马腌菜店", "用米糠腌制的练马萝卜腌菜。"),
            "korean": ("네리마 가게", "네리마 무로 만든 단무지를 팝니다."),
            "english": ("Oak Street Deli", "Pickled daikon and other pickles, sold by weight."),
            "halfwidth": ("ﾀﾞｲｺﾝ市場", "ＮＥＲＩＭＡ　ＤＡＩＫＯＮの直売所。"),
        }
        cls.pages = {
            key: ShopPageFactory(parent=index, slug=key, title=title, listing_summary=summary)
            for key, (title, summary) in texts.items()
        }
        SynonymGroup.objects.all().delete()  # these tests bring their own groups, not the shipped ones
        SynonymGroup.objects.create(name="anime", terms="アニメ\nアニメーション\nanime")
        with override_settings(WAGTAILSEARCH_BACKENDS=CJK_SEARCH):
            backend = get_search_backend()
            for page in cls.pages.values():
                backend.add(page)

    def found(self, query, language="ja"):
        with translation.override(language):
            return {page.slug for page in Page.objects.search(query)}

    def test_upstream_still_builds_its_indexers_by_the_name_we_rebind(self):
        # search.backends.base.using_indexer rebinds upstream's `ObjectIndexer` name; if an
        # upgrade renames it, pages would be indexed without CJK tokens and this fails first.
        index = get_search_backend().get_index_for_model(type(self.pages["takuan"]))
        upstream_add_items = type(index).__mro__[1].add_items
        self.assertIn("ObjectIndexer", global_names(upstream_add_items.__code__))
        self.assertIsNot(type(index).add_items, upstream_add_items)

    def test_words_inside_sentences(self):
        cases = {
            "沢庵": "takuan",
            "大根": "takuan",
            "漬物": "tsukemono",
            "腌菜": "chinese",
            "萝卜": "chinese",
            "단무지": "korean",
            "手ぬぐい": "takumi",
        }
        for query, slug in cases.items():
            with self.subTest(query=query):
                self.assertIn(slug, self.found(query))

    def test_single_character_word(self):
        self.assertEqual(self.found("匠"), {"takumi"})

    def test_readings_and_spelling_variants(self):
        for query, slug in {
            "たくあん": "takuan",
            "漬け物": "tsukemono",
            "だいこん": "takuan",
            "アニメ": "anime",
        }.items():
            with self.subTest(query=query):
                self.assertIn(slug, self.found(query))

    def test_english_stems(self):
        for query in ("pickle", "pickles", "pickled", "PICKLING"):
            with self.subTest(query=query):
                self.assertEqual(self.found(query, "en"), {"english"})

    def test_full_and_half_width(self):
        self.assertIn("halfwidth", self.found("nerima daikon"))
        self.assertIn("halfwidth", self.found("ダイコン"))

    def test_words_not_in_any_page_find_nothing(self):
        for query in ("寿司", "ramen", "김치", "🥒"):
            with self.subTest(query=query):
                self.assertEqual(self.found(query), set())

    def test_all_words_must_match(self):
        self.assertEqual(self.found("沢庵 大根"), {"takuan"})
        self.assertEqual(self.found("沢庵 단무지"), set())
