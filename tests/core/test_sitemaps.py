"""The sitemap lists every language's pages on the public origin, with reciprocal language
alternates and the Japanese original as x-default; robots.txt names it and keeps crawlers out
of the admin, search and sign-up pages."""

import xml.etree.ElementTree as ET
from datetime import datetime

from django.test import override_settings

from wagtail.models import PageViewRestriction

from industries.factories import IndustriesIndexPageFactory, ShopPageFactory
from tests.base import LANGUAGE_CODES, SiteTestCase

NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9", "xhtml": "http://www.w3.org/1999/xhtml"}
ORIGIN = "https://www.example.org"


@override_settings(WAGTAILADMIN_BASE_URL=ORIGIN + "/")
class SitemapTests(SiteTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        for code in ("en", "ko"):
            cls.translate(cls.home, code)
        cls.industries = IndustriesIndexPageFactory(parent=cls.home, slug="industries")
        cls.translate(cls.industries, "en")
        cls.shop = ShopPageFactory(parent=cls.industries, slug="shop")
        cls.shop_en = cls.translate(cls.shop, "en")
        cls.shop_ko = cls.translate(cls.shop, "ko")
        cls.untranslated = ShopPageFactory(parent=cls.industries, slug="japanese-only")
        cls.draft = ShopPageFactory(parent=cls.industries, slug="draft", live=False)
        cls.secret = ShopPageFactory(parent=cls.industries, slug="secret")
        PageViewRestriction.objects.create(page=cls.secret, restriction_type=PageViewRestriction.LOGIN)

    def entries(self):
        response = self.get("/sitemap.xml")
        self.assertEqual(response["Content-Type"], "application/xml; charset=utf-8")
        root = ET.fromstring(response.content)  # noqa: S314 (the site's own response)
        entries = {}
        for url in root.findall("sm:url", NS):
            alternates = {link.get("hreflang"): link.get("href") for link in url.findall("xhtml:link", NS)}
            lastmod = url.find("sm:lastmod", NS)
            entries[url.find("sm:loc", NS).text] = {
                "alternates": alternates,
                "lastmod": lastmod.text if lastmod is not None else None,
            }
        return entries

    def test_each_pages_head_links_name_what_the_sitemap_names(self):
        # Requested on another host than the public origin: the head still names the origin.
        entries = self.entries()
        for url, entry in entries.items():
            path = url.removeprefix(ORIGIN)
            with self.subTest(path=path):
                html = self.soup(self.get(path, HTTP_HOST="localhost"))
                self.assertEqual(html.find("link", rel="canonical")["href"], url)
                alternates = {
                    link["hreflang"]: link["href"] for link in html.find_all("link", rel="alternate", hreflang=True)
                }
                # The sitemap names alternates only for pages in more than one language.
                if entry["alternates"]:
                    self.assertEqual(alternates, entry["alternates"])
                else:
                    self.assertEqual(set(alternates.values()), {url})

    def test_an_aliass_canonical_is_the_originals_url_on_the_public_origin(self):
        html = self.soup(self.get("/en/industries/japanese-only/", HTTP_HOST="localhost"))
        self.assertEqual(html.find("link", rel="canonical")["href"], f"{ORIGIN}/ja/industries/japanese-only/")

    def test_every_language_tree_is_listed_on_the_public_origin_without_aliases(self):
        urls = set(self.entries())
        self.assertTrue(all(url.startswith(ORIGIN + "/") for url in urls), urls)
        expected = {
            f"{ORIGIN}/ja/",
            f"{ORIGIN}/en/",
            f"{ORIGIN}/ko/",
            f"{ORIGIN}/ja/industries/",
            f"{ORIGIN}/en/industries/",
            f"{ORIGIN}/ja/industries/shop/",
            f"{ORIGIN}/en/industries/shop/",
            f"{ORIGIN}/ko/industries/shop/",
            f"{ORIGIN}/ja/industries/japanese-only/",
        }
        self.assertEqual(urls, expected)

    def test_alternates_are_reciprocal_with_x_default_to_the_japanese_original(self):
        entries = self.entries()
        shop_versions = {code: f"{ORIGIN}/{code}/industries/shop/" for code in ("ja", "en", "ko")}
        for code, url in shop_versions.items():
            with self.subTest(language=code):
                self.assertEqual(entries[url]["alternates"], {**shop_versions, "x-default": shop_versions["ja"]})
        # Every alternate is itself listed and points back.
        for url, entry in entries.items():
            for hreflang, href in entry["alternates"].items():
                with self.subTest(url=url, hreflang=hreflang):
                    self.assertIn(href, entries)
                    self.assertIn(url, entries[href]["alternates"].values())
        # A page with no translation has no alternates to name.
        self.assertEqual(entries[f"{ORIGIN}/ja/industries/japanese-only/"]["alternates"], {})

    def test_lastmod_is_the_last_publication(self):
        entry = self.entries()[f"{ORIGIN}/en/industries/shop/"]
        self.shop_en.refresh_from_db()
        self.assertRegex(entry["lastmod"], r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+09:00$")
        self.assertEqual(
            datetime.fromisoformat(entry["lastmod"]), self.shop_en.last_published_at.replace(microsecond=0)
        )

    def test_a_translation_started_but_never_published_is_left_out(self):
        self.translate(self.untranslated, "ko", publish=False)
        self.assertNotIn(f"{ORIGIN}/ko/industries/japanese-only/", self.entries())

    def test_the_sitemap_takes_a_constant_number_of_queries(self):
        self.get("/sitemap.xml")
        with self.assertNumQueries(4):
            self.get("/sitemap.xml")
        for number in range(5):
            self.translate(ShopPageFactory(parent=self.industries, slug=f"more-{number}"), "en")
        with self.assertNumQueries(4):
            self.get("/sitemap.xml")


@override_settings(WAGTAILADMIN_BASE_URL=ORIGIN)
class RobotsTxtTests(SiteTestCase):
    def test_names_the_sitemap_and_keeps_crawlers_out_of_admin_search_and_sign_ups(self):
        response = self.get("/robots.txt")
        self.assertEqual(response["Content-Type"], "text/plain; charset=utf-8")
        lines = response.content.decode().splitlines()
        self.assertEqual(lines[0], "User-agent: *")
        self.assertIn(f"Sitemap: {ORIGIN}/sitemap.xml", lines)
        disallowed = {line.removeprefix("Disallow: ") for line in lines if line.startswith("Disallow: ")}
        expected = {"/admin/"}
        for code in LANGUAGE_CODES:
            expected |= {
                f"/{code}/search/",
                f"/{code}/tours/sessions/",
                f"/{code}/tours/sign-ups/",
                f"/{code}/tours/my-sign-ups/",
            }
        self.assertEqual(disallowed, expected)
        self.assertNotIn("Disallow: /", lines)

    def test_robots_txt_and_the_sitemap_may_be_shared_by_the_front_cache(self):
        for url in ("/robots.txt", "/sitemap.xml"):
            with self.subTest(url=url):
                self.assertIn("s-maxage", self.get(url)["Cache-Control"])
