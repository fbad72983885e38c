"""The search page: results in the visitor's language, and no error page whatever is typed."""

from wagtail.search.backends import get_search_backend

from industries.factories import IndustriesIndexPageFactory, ShopPageFactory
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
]


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
        # Search auto-update is off in tests: index the pages here.
        backend = get_search_backend()
        for page in (cls.translated, cls.translated_en, cls.japanese_only):
            backend.add(page)

    def results(self, language_code, query):
        response = self.get(f"/{language_code}/search/", data={"q": query})
        return response, {page.pk for page in response.context["results"]}

    def test_japanese_visitors_find_japanese_pages(self):
        _response, found = self.results("ja", "daikon")
        self.assertEqual(found, {self.translated.pk, self.japanese_only.pk})

    def test_other_visitors_find_translations_and_untranslated_originals(self):
        response, found = self.results("en", "daikon")
        self.assertEqual(found, {self.translated_en.pk, self.japanese_only.pk})
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

    def test_empty_query_shows_the_form(self):
        response = self.get("/en/search/")
        self.assertFalse(response.context["results"])
        self.assertContains(response, 'type="search"')
