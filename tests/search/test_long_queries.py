"""Pasted paragraphs: no query of any length is an error page, on either database.

Django builds PostgreSQL's full-text query as nested expressions, one level per token
combined, and compiles them recursively: a query of about 150 Japanese characters (one
token per character pair) once reached Python's recursion limit. Queries are flat now.
"""

from django.test import override_settings
from django.utils import translation

from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from industries.factories import IndustriesIndexPageFactory, ShopPageFactory
from tests.base import SiteTestCase

CJK_SEARCH = {"default": {"BACKEND": "search.backends.database", "AUTO_UPDATE": False}}

# About 200 characters of ordinary text in each language, as a visitor might paste it.
PARAGRAPHS = {
    "ja": (
        "練馬区の大泉学園駅から歩いて十分ほどの住宅街に、三代続く漬物店があります。店主は毎年十二月になると、"
        "近くの畑で育てた練馬大根を竹の竿に掛けて二週間ほど天日に干し、米ぬかと塩で杉の樽に漬け込みます。"
        "春先に樽を開けると、昔ながらの沢庵の香りが店の前の通りまで広がり、近所の人たちが列をつくります。"
        "見学は予約制で、平日の午前中に受け付けています。"
    ),
    "en": (
        "A ten-minute walk from Oizumi-gakuen Station, in a quiet residential street, a family has made pickles "
        "for three generations. Every December the owner hangs Nerima daikon on bamboo poles to dry in the sun "
        "for two weeks, then packs them in cedar barrels with rice bran and salt, and opens the barrels in spring."
    ),
    "zh-hans": (
        "从大泉学园站步行约十分钟的住宅区里，有一家传承三代的腌菜店。店主每年十二月把附近田里种的练马萝卜挂在竹竿上，"
        "在阳光下晒两个星期左右，然后用米糠和盐腌在杉木桶里。春天打开木桶时，传统泽庵的香味飘到店前的街道上，"
        "附近的居民都会排队购买。参观需要预约，只在工作日上午接待。店里还出售用当季蔬菜做的各种腌菜和小菜。"
    ),
    "zh-hant": (
        "從大泉學園站步行約十分鐘的住宅區裡，有一家傳承三代的醃菜店。店主每年十二月把附近田裡種的練馬蘿蔔掛在竹竿上，"
        "在陽光下曬兩個星期左右，然後用米糠和鹽醃在杉木桶裡。春天打開木桶時，傳統澤庵的香味飄到店前的街道上，"
        "附近的居民都會排隊購買。參觀需要預約，只在工作日上午接待。店裡還出售用當季蔬菜做的各種醃菜和小菜。"
    ),
    "ko": (
        "오이즈미가쿠엔역에서 걸어서 십 분 정도 걸리는 조용한 주택가에 삼대째 이어지는 절임 가게가 있습니다. "
        "주인은 매년 십이월이 되면 근처 밭에서 기른 네리마 무를 대나무 장대에 걸어 두 주 정도 햇볕에 말린 뒤 "
        "쌀겨와 소금으로 삼나무 통에 절입니다. 봄에 통을 열면 옛날 그대로의 단무지 향기가 가게 앞 거리까지 퍼집니다."
    ),
}


@override_settings(WAGTAILSEARCH_BACKENDS=CJK_SEARCH)
class LongQueryTests(SiteTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        index = IndustriesIndexPageFactory(parent=cls.home)
        cls.shop = ShopPageFactory(parent=index, slug="pasted", title="漬物店", listing_summary=PARAGRAPHS["ja"])
        with override_settings(WAGTAILSEARCH_BACKENDS=CJK_SEARCH):
            get_search_backend().add(cls.shop)

    def test_pasted_paragraphs_in_every_language_are_answered(self):
        for language, paragraph in PARAGRAPHS.items():
            for length in (150, 200, len(paragraph)):
                with self.subTest(language=language, length=length):
                    response = self.get(f"/{language}/search/", data={"q": paragraph[:length]})
                    self.assertEqual(response.status_code, 200)

    def test_a_pasted_sentence_finds_the_page_it_comes_from(self):
        with translation.override("ja"):
            found = list(Page.objects.search(PARAGRAPHS["ja"][:180]))
        self.assertEqual([page.pk for page in found], [self.shop.pk])

    def test_suggestions_answer_long_input(self):
        for language, paragraph in PARAGRAPHS.items():
            with self.subTest(language=language):
                response = self.get(f"/{language}/search/suggest/", data={"q": paragraph})
                self.assertEqual(response.status_code, 200)
