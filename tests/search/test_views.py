"""The search page: results in the visitor's language, and no error page whatever is typed."""

from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext

from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from core.factories import AreaFactory
from industries.factories import IndustriesIndexPageFactory, PickleMakerPageFactory, ShopPageFactory
from tests.base import SiteTestCase

ODD_QUERIES = [
    '"',
    '""',
    '"daikon',
    'daikon"',
    "'",
    "(",
    ")",
    "daikon)",
    "AND",
    "OR NOT",
    "daikon AND",
    "NEAR(daikon",
    "*",
    "daikon*",
    "-",
    "+daikon",
    "title:daikon",
    "^",
    "\\",
    "%",
    "_",
    ";",
    "--",
    "' OR 1=1 --",
    "\u3000",
    "漬物",
    "ＤＡＩＫＯＮ",
    "🥒",
    "<script>alert(1)</script>",
    "daikon " * 50,
    "x" * 10000,
    "大" * 5000,
    "",
    "   ",
    "\ufffd\ufffd",
    "NOT daikon",
    "daikon -pickles",
    "漬物 OR 沢庵",
    "NEAR(漬物 沢庵)",
    "{}[]<>|&!~",
]


CJK_SEARCH = {"default": {"BACKEND": "search.backends.database", "AUTO_UPDATE": False}}


@override_settings(WAGTAILSEARCH_BACKENDS=CJK_SEARCH)
class SearchTests(SiteTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.translate(cls.home, "en")
        index = IndustriesIndexPageFactory(parent=cls.home)
        cls.translate(index, "en")
        cls.translated = ShopPageFactory(parent=index, slug="translated", title="Daikon pickles")
        cls.translated_en = cls.translate(cls.translated, "en")
        cls.japanese_only = ShopPageFactory(parent=index, slug="japanese-only", title="Daikon market")
        ShopPageFactory(parent=index, slug="closed", title="Daikon closed", live=False)
        # Search auto-update is off in tests: index the pages (and their aliases) here.
        with override_settings(WAGTAILSEARCH_BACKENDS=CJK_SEARCH):
            backend = get_search_backend()
            for page in Page.objects.live().filter(depth__gt=2).specific():
                backend.add(page)

    def results(self, language_code, query):
        response = self.get(f"/{language_code}/search/", data={"q": query})
        return response, {item["page"].pk for item in response.context["items"]}

    def test_japanese_visitors_find_japanese_pages(self):
        _response, found = self.results("ja", "daikon")
        self.assertEqual(found, {self.translated.pk, self.japanese_only.pk})

    def test_other_visitors_find_translations_and_untranslated_originals(self):
        response, found = self.results("en", "daikon")
        self.assertEqual(found, {self.translated_en.pk, self.version(self.japanese_only, "en").pk})
        self.assertContains(response, 'href="/en/industries/japanese-only/"')

    def test_odd_queries_never_fail(self):
        for code in ("ja", "en"):
            for query in ODD_QUERIES:
                with self.subTest(language=code, query=query[:40]):
                    self.results(code, query)

    def test_nul_character_never_fails(self):
        """SQLite's FTS5 and PostgreSQL both refuse NUL characters in a query."""
        for code in ("ja", "en"):
            for query in ("\x00", "daikon\x00"):
                self.results(code, query)

    def test_odd_page_numbers_never_fail(self):
        for page in ("abc", "0", "-1", "999", "1.5", "9" * 400, "\x00"):
            with self.subTest(page=page):
                self.get("/en/search/", data={"q": "daikon", "page": page})

    def test_invalid_utf8_in_the_url_never_fails(self):
        for code in ("ja", "en"):
            response = self.client.get(f"/{code}/search/?q=%FF%FE%C3%28daikon&page=%FF")
            self.assertEqual(response.status_code, 200)

    def test_empty_query_shows_the_form(self):
        response = self.get("/en/search/")
        self.assertFalse(response.context["items"])
        self.assertContains(response, 'type="search"')


@override_settings(WAGTAILSEARCH_BACKENDS=CJK_SEARCH)
class SearchResultPageTests(SiteTestCase):
    """What each result shows, the filters, pagination and the help when nothing is found."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.translate(cls.home, "en")
        index = IndustriesIndexPageFactory(parent=cls.home)
        cls.translate(index, "en")
        cls.oizumi = AreaFactory(name="大泉", locale=cls.locales["ja"])
        cls.nerima = AreaFactory(name="練馬", locale=cls.locales["ja"])
        image = cls.image()
        cls.makers = [
            PickleMakerPageFactory(
                parent=index,
                slug=f"maker-{number}",
                title=f"漬物店 {number}",
                listing_summary="昔ながらの沢庵を樽で漬けています。 1 < 2 & 3",
                listing_image=image,
                area=cls.oizumi if number % 2 else cls.nerima,
            )
            for number in range(12)
        ]
        cls.shop = ShopPageFactory(parent=index, slug="shop", title="八百屋", listing_summary="沢庵も売っています。")
        cls.maker_en = cls.translate(cls.makers[0], "en", listing_summary="Takuan pickled in barrels.")
        with override_settings(WAGTAILSEARCH_BACKENDS=CJK_SEARCH):
            backend = get_search_backend()
            for page in Page.objects.live().filter(depth__gt=2).specific():
                backend.add(page)

    def search(self, language_code="ja", **params):
        return self.get(f"/{language_code}/search/", data=params)

    def test_results_show_kind_area_image_and_marked_excerpt(self):
        response = self.search(q="沢庵 漬物", section="pickles")
        item = self.soup(response).select_one(".search-result")
        self.assertTrue(item.select_one(".search-result__kind").get_text(strip=True))
        self.assertIn(item.select_one(".search-result__area").get_text(strip=True), {"大泉", "練馬"})
        self.assertIsNotNone(item.select_one("img, picture"))
        self.assertEqual(item.select_one(".search-result__title mark").get_text(), "漬物")
        excerpt = item.select_one(".search-result__excerpt")
        self.assertEqual(excerpt.select_one("mark").get_text(), "沢庵")
        # Text from the page is escaped; only our <mark> is markup.
        self.assertIn("1 &lt; 2 &amp; 3", str(excerpt))

    def test_translations_first_then_japanese_originals_labelled(self):
        response = self.search("en", q="沢庵")
        items = response.context["items"]
        self.assertEqual(response.context["results"].paginator.count, 13)  # 1 translation, 12 originals
        self.assertEqual(items[0]["page"].pk, self.maker_en.pk)
        self.assertFalse(items[0]["japanese_original"])
        self.assertTrue(all(item["japanese_original"] for item in items[1:]))
        # The Japanese page that has an English translation is not shown to English visitors.
        self.assertNotIn(self.makers[0].pk, {item["page"].pk for item in items})
        self.assertContains(response, "Japanese original")

    def test_translation_found_in_the_visitors_language(self):
        response = self.search("en", q="takuan")
        items = response.context["items"]
        # First the translation; then the Japanese originals, which say 沢庵 (the dictionary's takuan).
        self.assertEqual(items[0]["page"].pk, self.maker_en.pk)
        self.assertTrue(all(item["japanese_original"] for item in items[1:]))

    def test_section_filter(self):
        response = self.search(q="沢庵", section="shops")
        self.assertEqual([item["page"].pk for item in response.context["items"]], [self.shop.pk])

    def test_area_filter(self):
        response = self.search(q="沢庵", area=str(self.oizumi.pk))
        found = {item["page"].pk for item in response.context["items"]}
        self.assertEqual(response.context["results"].paginator.count, 6)
        self.assertTrue(found <= {maker.pk for maker in self.makers[1::2]})

    def test_unknown_filters_are_ignored(self):
        response = self.search(q="沢庵", section="nonsense", area="x' OR 1=1")
        self.assertEqual(response.context["results"].paginator.count, 13)

    def test_pagination(self):
        first = self.search(q="沢庵")
        second = self.search(q="沢庵", page="2")
        self.assertEqual(len(first.context["items"]), 10)
        self.assertEqual(len(second.context["items"]), 3)
        pages = {item["page"].pk for item in first.context["items"]} | {
            item["page"].pk for item in second.context["items"]
        }
        self.assertEqual(len(pages), 13)

    def test_queries_do_not_grow_with_the_results(self):
        def count(**params):
            with CaptureQueriesContext(connection) as queries:
                self.search(**params)
            return len(queries)

        count(q="沢庵", section="pickles")  # renders (and creates) the image renditions once
        self.assertEqual(count(q="沢庵", section="pickles"), count(q="沢庵", section="pickles", page="2"))

    def test_nothing_found_suggests_a_spelling_and_the_sections(self):
        response = self.search(q="漬物后")
        self.assertContains(response, "nothing-found-heading")
        response = self.search(q="漬物店x")
        self.assertIn("漬物店", " ".join(response.context["spellings"]))
        self.assertTrue(response.context["browse_pages"])

    def test_browsing_a_section_or_an_area_without_a_term(self):
        response = self.search(section="pickles")
        self.assertEqual(response.context["results"].paginator.count, 12)
        self.assertContains(response, "この条件のページ 12件")
        response = self.search(area=str(self.oizumi.pk))
        self.assertEqual(response.context["results"].paginator.count, 6)
        self.assertTrue(
            {item["page"].pk for item in response.context["items"]} <= {maker.pk for maker in self.makers[1::2]}
        )
        response = self.search("en", section="shops")  # the Japanese original, labelled
        self.assertEqual([item["page"].pk for item in response.context["items"]], [self.version(self.shop, "en").pk])

    def test_a_long_query_says_it_was_shortened_in_the_visitors_language(self):
        response = self.search("ko", q="沢庵 " * 100)
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "앞의 200자만 검색했습니다")
        self.assertNotContains(self.search("ko", q="沢庵"), "앞의 200자만")

    def test_nothing_found_with_filters_offers_all_sections(self):
        response = self.search(q="沢庵", section="anime")
        self.assertEqual(response.context["unfiltered_count"], 13)
        self.assertContains(response, "?q=%E6%B2%A2%E5%BA%B5")


@override_settings(WAGTAILSEARCH_BACKENDS=CJK_SEARCH)
class SuggestTests(SiteTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.translate(cls.home, "en")
        index = IndustriesIndexPageFactory(parent=cls.home)
        cls.translate(index, "en")
        cls.maker = PickleMakerPageFactory(parent=index, slug="maker", title="白石漬物店")
        cls.maker_en = cls.translate(cls.maker, "en", title="Shiraishi Pickles")
        cls.takuan = PickleMakerPageFactory(parent=index, slug="takuan", title="沢庵の吉岡")
        cls.takuan_ko = cls.translate(cls.takuan, "ko", title="요시오카 단무지")
        with override_settings(WAGTAILSEARCH_BACKENDS=CJK_SEARCH):
            backend = get_search_backend()
            for page in (cls.maker, cls.maker_en, cls.takuan, cls.takuan_ko):
                backend.add(page)

    def suggested(self, language_code, query):
        response = self.get(f"/{language_code}/search/suggest/", data={"q": query})
        return [suggestion["title"] for suggestion in response.json()["suggestions"]]

    def test_suggests_by_prefix_in_every_language(self):
        self.assertEqual(self.suggested("en", "Shira")[0], "Shiraishi Pickles")
        self.assertEqual(self.suggested("ja", "白")[0], "白石漬物店")
        self.assertIn("沢庵の吉岡", self.suggested("ja", "たく"))  # たく → たくあん → 沢庵
        self.assertIn("沢庵の吉岡", self.suggested("ja", "タク"))
        self.assertIn("요시오카 단무지", self.suggested("ko", "단무"))
        self.assertIn("요시오카 단무지", self.suggested("ko", "요시"))

    def test_suggests_titles_in_the_visitors_language(self):
        response = self.get("/ja/search/suggest/", data={"q": "漬物"})
        self.assertEqual(response["Content-Type"], "application/json")
        self.assertEqual(
            response.json()["suggestions"][0], {"title": "白石漬物店", "url": "/ja/industries/maker/", "lang": "ja"}
        )
        response = self.get("/en/search/suggest/", data={"q": "pickle"})
        self.assertEqual([s["title"] for s in response.json()["suggestions"]], ["Shiraishi Pickles"])

    def test_is_cacheable_and_never_fails(self):
        response = self.get("/en/search/suggest/", data={"q": '"(' * 500})
        self.assertEqual(response.json()["suggestions"], [])
        self.assertIn("max-age=300", response["Cache-Control"])
        self.assertEqual(self.get("/en/search/suggest/").json()["suggestions"], [])
