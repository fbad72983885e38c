"""Wagtail's router serves every public URL, in every language tree: translations, aliases of
untranslated originals, redirects after a slug change or a move, previews and "view live"."""

from django.test import override_settings
from django.urls import reverse

from wagtail.models import Page

from home.factories import StoryIndexPageFactory
from industries.factories import IndustriesIndexPageFactory, ShopPageFactory
from tests.base import LANGUAGE_CODES, SiteTestCase


class RoutingTests(SiteTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.industries = IndustriesIndexPageFactory(parent=cls.home, slug="industries")
        cls.translate(cls.home, "en")
        cls.translate(cls.industries, "en")
        cls.shop = ShopPageFactory(parent=cls.industries, slug="shop", title="漬物の店")
        cls.shop_ko = cls.translate(cls.shop, "ko", title="절임 가게")

    def test_each_level_of_a_path_is_served_in_every_language(self):
        for code in LANGUAGE_CODES:
            for path, page in (("", self.home), ("industries/", self.industries), ("industries/shop/", self.shop)):
                with self.subTest(language=code, path=path):
                    served = self.get(f"/{code}/{path}").context["page"]
                    self.assertEqual(
                        (served.translation_key, served.locale.language_code), (page.translation_key, code)
                    )

    def test_untranslated_pages_are_aliases_of_the_original_and_translations_are_themselves(self):
        self.assertShowsOriginal(self.get("/en/industries/shop/"), self.shop, "en")
        self.assertShowsOriginal(self.get("/zh-hant/industries/shop/"), self.shop, "zh-hant")
        self.assertShowsTranslation(self.get("/ko/industries/shop/"), self.shop_ko, "ko")

    @override_settings(WAGTAILADMIN_BASE_URL="http://testserver/")
    def test_an_alias_points_search_engines_at_the_original_and_real_translations(self):
        html = self.soup(self.get("/en/industries/shop/"))
        self.assertEqual(html.find("link", rel="canonical")["href"], "http://testserver/ja/industries/shop/")
        alternates = {link["hreflang"]: link["href"] for link in html.find_all("link", rel="alternate", hreflang=True)}
        self.assertEqual(
            alternates,
            {
                "ja": "http://testserver/ja/industries/shop/",
                "x-default": "http://testserver/ja/industries/shop/",
                "ko": "http://testserver/ko/industries/shop/",
            },
        )
        translated = self.soup(self.get("/ko/industries/shop/"))
        self.assertEqual(translated.find("link", rel="canonical")["href"], "http://testserver/ko/industries/shop/")

    def test_unknown_paths_and_drafts_are_not_found(self):
        ShopPageFactory(parent=self.industries, slug="draft", live=False)
        for url in ("/ja/industries/nothing/", "/en/industries/shop/extra/", "/ja/industries/draft/", "/ko/nope/"):
            with self.subTest(url=url):
                self.get(url, status=404)

    def test_a_deleted_page_is_gone_at_once(self):
        self.get("/ja/industries/shop/")
        Page.objects.filter(translation_key=self.shop.translation_key).delete()
        self.get("/ja/industries/shop/", status=404)
        self.get("/en/industries/shop/", status=404)


class EditorRoutingTests(SiteTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.superuser = cls.create_superuser()
        cls.industries = IndustriesIndexPageFactory(parent=cls.home, slug="industries")
        cls.stories = StoryIndexPageFactory(parent=cls.home, slug="stories")
        cls.shop = ShopPageFactory(parent=cls.industries, slug="daikon", title="大根の店")

    def setUp(self):
        self.client.force_login(self.superuser)

    def test_a_changed_slug_redirects_the_old_address_in_every_language(self):
        self.shop.slug = "nerima-daikon"
        # Wagtail records the change (and its redirects) once the transaction commits.
        with self.captureOnCommitCallbacks(execute=True):
            self.shop.save_revision(user=self.superuser).publish()
        self.client.logout()
        for code in LANGUAGE_CODES:
            with self.subTest(language=code):
                self.get(f"/{code}/industries/nerima-daikon/")
                self.assertRedirects(
                    self.client.get(f"/{code}/industries/daikon/"),
                    f"/{code}/industries/nerima-daikon/",
                    status_code=301,
                )

    def test_preview_and_view_live_use_the_page_own_address(self):
        alias = self.shop.get_translation(self.locales["en"])
        self.assertEqual(alias.url, "/en/industries/daikon/")
        response = self.client.get(reverse("wagtailadmin_pages:preview_on_edit", args=(self.shop.pk,)))
        self.assertEqual(response.status_code, 200)
        edit = self.client.get(reverse("wagtailadmin_pages:edit", args=(self.shop.pk,)))
        self.assertContains(edit, 'href="/ja/industries/daikon/"')
