"""The shared page fields: what a card shows and where the map link goes.

Unsaved pages, but a new Page looks up its default locale, so these are TestCases."""

from django.test import TestCase

from wagtail.images.models import Image

from industries.models import ShopPage, SupportProgramPage


class CardTests(TestCase):
    def test_card_image_prefers_the_listing_image(self):
        listing, main = Image(pk=1), Image(pk=2)
        self.assertIs(ShopPage(listing_image=listing, main_image=main).card_image, listing)
        self.assertIs(ShopPage(main_image=main).card_image, main)
        self.assertIsNone(ShopPage().card_image)
        self.assertIsNone(SupportProgramPage().card_image)

    def test_card_summary_prefers_the_listing_summary(self):
        self.assertEqual(
            ShopPage(listing_summary="一覧", search_description="検索", introduction="紹介").card_summary, "一覧"
        )
        self.assertEqual(ShopPage(search_description="検索", introduction="紹介").card_summary, "検索")
        self.assertEqual(ShopPage(introduction="紹介").card_summary, "紹介")


class MapUrlTests(TestCase):
    def test_needs_both_coordinates(self):
        self.assertEqual(ShopPage(latitude="35.737000").map_url, "")
        self.assertEqual(
            ShopPage(latitude="35.737000", longitude="139.654000").map_url,
            "https://www.openstreetmap.org/?mlat=35.737000&mlon=139.654000#map=17/35.737000/139.654000",
        )
