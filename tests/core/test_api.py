"""The read-only JSON API: pages by type and locale, never private or draft pages, images
outside restricted collections, CORS for GET, a rate limit."""

from django.core.cache import cache
from django.test import override_settings

from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

from industries.factories import IndustriesIndexPageFactory, ShopPageFactory
from tests.base import SiteTestCase


@override_settings(API_RATE_LIMIT="0")
class ApiTests(SiteTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.translate(cls.home, "en")
        industries = IndustriesIndexPageFactory(parent=cls.home)
        cls.translate(industries, "en")
        cls.shop = ShopPageFactory(parent=industries, slug="shop", title="大根の店")
        cls.translate(cls.shop, "en", title="Radish shop")
        cls.untranslated = ShopPageFactory(parent=industries, slug="plain", title="漬物の店")
        cls.secret = ShopPageFactory(parent=industries, slug="secret", title="秘密の店")
        PageViewRestriction.objects.create(page=cls.secret, restriction_type=PageViewRestriction.LOGIN)
        ShopPageFactory(parent=industries, slug="draft", title="下書きの店", live=False)
        cls.public_image = cls.image(title="public")
        private = Collection.get_first_root_node().add_child(name="Private")
        CollectionViewRestriction.objects.create(collection=private, restriction_type=CollectionViewRestriction.LOGIN)
        cls.image(title="private").__class__.objects.filter(title="private").update(collection=private)

    def titles(self, url):
        response = self.get(url)
        self.assertEqual(response["Content-Type"], "application/json")
        return sorted(item["title"] for item in response.json()["items"])

    def test_pages_by_type_and_locale_without_private_or_draft_pages(self):
        self.assertEqual(self.titles("/api/v2/pages/?type=industries.ShopPage&locale=en"), ["Radish shop", "漬物の店"])
        self.assertEqual(self.titles("/api/v2/pages/?type=industries.ShopPage&locale=ja"), ["大根の店", "漬物の店"])
        # Not found (LocaleMiddleware sends a 404 outside the language prefixes on to /ja/…, a 404 too).
        response = self.client.get(f"/api/v2/pages/{self.secret.pk}/", follow=True)
        self.assertEqual(response.status_code, 404)
        self.assertNotContains(response, "秘密の店", status_code=404)

    def test_a_signed_in_visitor_gets_the_same_public_answer(self):
        self.client.force_login(self.create_superuser())
        self.assertNotIn("秘密の店", self.titles("/api/v2/pages/?type=industries.ShopPage&locale=ja"))

    def test_images_outside_restricted_collections(self):
        self.assertEqual(self.titles("/api/v2/images/"), ["public"])

    def test_any_site_may_read_it_and_nothing_can_be_written(self):
        response = self.get("/api/v2/pages/")
        self.assertEqual(response["Access-Control-Allow-Origin"], "*")
        self.assertEqual(self.client.post("/api/v2/pages/", {}).status_code, 405)

    def test_rate_limit_per_client(self):
        cache.clear()
        with override_settings(API_RATE_LIMIT="3/minute"):
            statuses = [self.client.get("/api/v2/pages/").status_code for _ in range(4)]
        self.assertEqual(statuses, [200, 200, 200, 429])
