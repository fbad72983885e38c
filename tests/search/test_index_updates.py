"""Search results follow the site: publish, unpublish, move and translate (index auto-update on)."""

from django.test import override_settings

from industries.factories import IndustriesIndexPageFactory, ShopPageFactory
from tests.base import SiteTestCase

AUTO_UPDATED_SEARCH = {"default": {"BACKEND": "search.backends.database", "AUTO_UPDATE": True}}


@override_settings(WAGTAILSEARCH_BACKENDS=AUTO_UPDATED_SEARCH)
class IndexUpdateTests(SiteTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.translate(cls.home, "en")
        cls.index = IndustriesIndexPageFactory(parent=cls.home, slug="industries")
        cls.translate(cls.index, "en")
        cls.other_index = IndustriesIndexPageFactory(parent=cls.home, slug="shops")
        cls.shop = ShopPageFactory(
            parent=cls.index, slug="shop", title="大根の店", listing_summary="練馬大根の直売所。"
        )

    def found(self, query, language="ja"):
        response = self.get(f"/{language}/search/", data={"q": query})
        return {item["page"].pk: item for item in response.context["items"]}

    def test_a_published_page_is_found(self):
        self.assertIn(self.shop.pk, self.found("大根"))

    def test_a_published_change_is_found_and_a_draft_is_not(self):
        self.shop.listing_summary = "沢庵の直売所。"
        self.shop.save_revision()
        self.assertNotIn(self.shop.pk, self.found("沢庵"))
        self.shop.get_latest_revision().publish()
        self.assertIn(self.shop.pk, self.found("沢庵"))

    def test_an_unpublished_page_is_no_longer_found(self):
        self.shop.unpublish()
        self.assertNotIn(self.shop.pk, self.found("大根"))

    def test_a_moved_page_is_found_at_its_new_address(self):
        self.shop.move(self.other_index, pos="last-child")
        results = self.found("大根")
        self.assertIn(self.shop.pk, results)
        response = self.get("/ja/search/", data={"q": "大根"})
        self.assertContains(response, 'href="/ja/shops/shop/"')

    def test_a_translation_is_found_once_published(self):
        translated = self.translate(
            self.shop, "en", title="Daikon stand", listing_summary="Nerima daikon, sold direct."
        )
        results = self.found("daikon", "en")
        self.assertEqual(list(results), [translated.pk])
        # The Japanese original is no longer shown to English visitors once translated.
        self.assertNotIn(self.shop.pk, self.found("大根", "en"))
