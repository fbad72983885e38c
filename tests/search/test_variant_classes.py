"""The classes of variants a visitor types that the text of a page does not spell the same
way: names across languages and scripts (the shipped dictionary), place names, Korean
spacing and particles, English compounds and plurals, kana readings of compounds, and the
Japanese, traditional and simplified forms of one character.

Run on SQLite and on PostgreSQL (DATABASE_URL); each test fails without the rule it is named after.
"""

from django.test import override_settings
from django.utils import translation

from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from industries.factories import IndustriesIndexPageFactory, ShopPageFactory
from search import dictionary
from search.models import SynonymGroup
from tests.base import SiteTestCase

CJK_SEARCH = {"default": {"BACKEND": "search.backends.database", "AUTO_UPDATE": False}}

TEXTS = {
    # Names across languages and scripts
    "doenjang": ("콩집", "직접 담근 된장과 간장을 팝니다."),
    "tofu-zh": ("豆香坊", "每天早上现做的豆腐。"),
    "tenugui-en": ("Indigo Cloth", "Hand towels dyed by hand, one colour at a time."),
    "kiriko-en": ("Glass Studio Mori", "Cut glass tumblers, engraved on a wheel."),
    # Glyph forms: Japanese, traditional and simplified
    "kiriko-ja": ("硝子工房", "江戸切子のグラスを一つずつ削っています。"),
    "masks-ja": ("お面の店", "縁日で売るお面を手で描いています。"),
    # Place names
    "hikari": ("光ヶ丘人形店", "駅前で雛人形を売っています。"),
    "inokashira": ("井の頭文具", "井の頭通り沿いの文具店。"),
    "shakujii-en": ("Lakeside Bakery", "Five minutes from Shakujii-kōen, by the pond."),
    "station-en": ("Kasuga Hardware", "Two minutes from Nerima Station."),
    "dori-en": ("Green Grocer", "A greengrocer on Fujimi-dōri since 1961."),
    # Korean
    "open-ko": ("학습 센터", "주말 체험 학습 프로그램을 운영합니다."),
    "closed-ko": ("공예 교실", "어린이 체험학습 안내."),
    "radish-ko": ("채소 가게", "무 절임과 배추를 팝니다."),
    "free-ko": ("무료 안내소", "무료 지도와 안내 책자를 드립니다."),
    # English
    "email-en": ("Print Shop", "Order by e-mail; a co-working space upstairs."),
    "women-en": ("Weavers' Guild", "Women weave silk here; the leaves of the mulberry feed the worms."),
    "phrase-en": ("Barrel Works", "Pickles aged in cedar barrels."),
    "apart-en": ("Timber Yard", "Cedar, cedar planks and cedar posts; old barrels, barrels for rain."),
    # Kana readings of compounds
    "daikon": ("青果店", "練馬大根を畑で干しています。"),
    "shotengai": ("駅前通り", "昔ながらの商店街にある八百屋です。"),
    "komon": ("染め工房", "江戸の小紋を型紙で染めています。"),
    "oizumi": ("大泉の店", "大泉で漬物をつくっています。"),
}


@override_settings(WAGTAILSEARCH_BACKENDS=CJK_SEARCH)
class VariantTests(SiteTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        dictionary.install(SynonymGroup)  # a flush by an earlier test may have removed them
        index = IndustriesIndexPageFactory(parent=cls.home)
        cls.pages = {
            slug: ShopPageFactory(parent=index, slug=slug, title=title, listing_summary=summary)
            for slug, (title, summary) in TEXTS.items()
        }
        with override_settings(WAGTAILSEARCH_BACKENDS=CJK_SEARCH):
            backend = get_search_backend()
            for page in cls.pages.values():
                backend.add(page)

    def ranked(self, query, language="ja"):
        with translation.override(language):
            return [page.slug for page in Page.objects.filter(depth__gt=3).search(query)]

    def assertFinds(self, cases, language="ja"):
        for query, slug in cases:
            with self.subTest(query=query):
                self.assertIn(slug, self.ranked(query, language))

    def test_names_across_languages_and_scripts(self):
        self.assertFinds([("味噌", "doenjang"), ("미소", "doenjang"), ("두부", "tofu-zh"), ("tofu", "tofu-zh")], "ko")
        self.assertFinds([("tenugui", "tenugui-en"), ("kiriko", "kiriko-en"), ("てぬぐい", "tenugui-en")], "en")

    def test_japanese_traditional_and_simplified_glyphs(self):
        self.assertFinds([("江戶切子", "kiriko-ja"), ("練馬", "daikon")], "zh-hant")
        self.assertFinds([("江户切子", "kiriko-ja"), ("练马", "daikon"), ("练马大根", "daikon")], "zh-hans")

    def test_glyphs_with_two_meanings_are_not_folded_together(self):
        # 麵 (noodles) simplifies to 面, which is also "mask": the fold would find masks.
        self.assertNotIn("masks-ja", self.ranked("麵", "zh-hant"))
        self.assertIn("masks-ja", self.ranked("面", "zh-hans"))

    def test_place_names(self):
        self.assertFinds([("光が丘", "hikari"), ("光ケ丘", "hikari"), ("井ノ頭", "inokashira")])
        self.assertFinds(
            [
                ("Shakujii Park", "shakujii-en"),
                ("Shakujii-koen", "shakujii-en"),
                ("shakujiikoen", "shakujii-en"),
                ("Shakujii", "shakujii-en"),
                ("Nerima-eki", "station-en"),
                ("Nerima eki", "station-en"),
                ("Fujimi Street", "dori-en"),
                ("Fujimi-dori", "dori-en"),
                ("fujimidōri", "dori-en"),
            ],
            "en",
        )

    def test_korean_spacing_and_particles(self):
        self.assertFinds(
            [("체험학습", "open-ko"), ("체험 학습", "closed-ko"), ("체험학습을", "open-ko"), ("배추를", "radish-ko")],
            "ko",
        )

    def test_korean_one_syllable_word_ranks_whole_words_first(self):
        ranked = self.ranked("무", "ko")
        self.assertEqual(ranked[0], "radish-ko")
        self.assertIn("free-ko", ranked)

    def test_english_compounds_and_irregular_plurals(self):
        self.assertFinds(
            [
                ("email", "email-en"),
                ("e-mail", "email-en"),
                ("coworking", "email-en"),
                ("co working", "email-en"),
                ("woman", "women-en"),
                ("leaf", "women-en"),
            ],
            "en",
        )

    def test_a_phrase_ranks_above_its_words_apart(self):
        self.assertEqual(self.ranked("cedar barrels", "en")[:2], ["phrase-en", "apart-en"])

    def test_kana_readings_of_compound_words(self):
        self.assertFinds(
            [
                ("ねりまだいこん", "daikon"),
                ("しょうてんがい", "shotengai"),
                ("こもん", "komon"),
                ("おおいずみのつけもの", "oizumi"),
            ]
        )
