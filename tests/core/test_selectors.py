"""core.selectors: listings, linked pages, navigation and images in a fixed number of queries."""

from django.utils import translation

from wagtail.models import Page, PageViewRestriction

from anime.factories import AnimeIndexPageFactory, AnimeStudioPageFactory
from anime.models import AnimeStudioPage
from core.selectors import (
    card_list,
    chosen_card_list_by_id,
    live_pages,
    load_page,
    navigation_page_list,
    page_versions_in_language,
    prefetch_renditions,
    stream_images,
)
from core.view_restrictions import request_finished, request_started
from crafts.factories import CraftsIndexPageFactory
from home.factories import StandardPageFactory
from industries.factories import IndustriesIndexPageFactory, PickleMakerPageFactory, ShopPageFactory
from industries.models import PickleMakerPage, ShopPage
from tests.base import SiteTestCase, image_blocks
from tourism.factories import TourismIndexPageFactory

CARD_SPECS = ("format-webp|fill-400x267", "format-jpeg|fill-800x534")


class LivePagesTests(SiteTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        index = IndustriesIndexPageFactory(parent=cls.home)
        cls.public = ShopPageFactory(parent=index)
        ShopPageFactory(parent=index, live=False)
        members = StandardPageFactory(parent=cls.home, slug="members")
        PageViewRestriction.objects.create(page=members, restriction_type=PageViewRestriction.LOGIN)
        cls.private = ShopPageFactory(parent=members)

    def test_only_live_public_pages_of_the_visitors_tree(self):
        for code in ("ja", "en"):
            with self.subTest(language=code), translation.override(code):
                self.assertEqual(list(live_pages(ShopPage)), [self.version(self.public, code)])

    def test_private_sections_are_read_once_per_request_and_never_kept_after_it(self):
        request_started()
        try:
            with translation.override("ja"), self.assertNumQueries(4):
                for _listing in range(3):
                    list(live_pages(ShopPage))  # the first listing also reads the restrictions
            PageViewRestriction.objects.create(page=self.public, restriction_type=PageViewRestriction.LOGIN)
            with translation.override("ja"):
                self.assertEqual(list(live_pages(ShopPage)), [], "a restriction made in this request")
        finally:
            request_finished()
        with translation.override("ja"), self.assertNumQueries(2):
            list(live_pages(ShopPage))  # outside a request, read afresh every time


class CardListTests(SiteTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        index = IndustriesIndexPageFactory(parent=cls.home)
        anime = AnimeIndexPageFactory(parent=cls.home)
        cls.shops = [ShopPageFactory(parent=index, main_image=cls.image()) for _number in range(3)]
        cls.maker = PickleMakerPageFactory(parent=index, listing_image=cls.image(), main_image=cls.image())
        cls.studio = AnimeStudioPageFactory(parent=anime)
        for page in (*cls.shops, cls.maker):
            page.card_image.get_renditions(*CARD_SPECS)

    def test_cards_come_with_their_images_locale_and_renditions(self):
        with self.assertNumQueries(2):
            shops = card_list(ShopPage.objects.filter(locale__language_code="ja").order_by("pk"))
            prefetch_renditions(shops)
        with self.assertNumQueries(0):
            for shop in shops:
                self.assertEqual(shop.locale.language_code, "ja")
                self.assertEqual(len(shop.card_image.get_renditions(*CARD_SPECS)), 2)

    def test_listing_image_comes_before_the_main_image(self):
        with self.assertNumQueries(1):
            [maker] = card_list(PickleMakerPage.objects.filter(locale__language_code="ja"))
            self.assertEqual(maker.card_image, self.maker.listing_image)

    def test_chosen_pages_of_mixed_types_keep_their_order_in_the_visitors_language(self):
        chosen = [self.studio, self.maker, self.shops[1], self.shops[0]]
        for code in ("ja", "ko"):
            with self.subTest(language=code), translation.override(code):
                cards = chosen_card_list_by_id([page.pk for page in chosen])
                self.assertEqual([card.pk for card in cards], [self.version(page, code).pk for page in chosen])
                self.assertEqual([type(card) for card in cards], [AnimeStudioPage, PickleMakerPage, ShopPage, ShopPage])
                self.assertEqual(cards[2].card_image, self.shops[1].main_image)

    def test_chosen_pages_leave_out_unpublished_and_private_ones(self):
        self.shops[0].unpublish()
        PageViewRestriction.objects.create(page=self.shops[2], restriction_type=PageViewRestriction.LOGIN)
        pages = list(Page.objects.filter(pk__in=[shop.pk for shop in self.shops]).select_related("locale"))
        for code in ("ja", "en"):
            with self.subTest(language=code), translation.override(code):
                versions = page_versions_in_language(pages)
                self.assertEqual([page.pk for page in versions], [self.version(self.shops[1], code).pk])


class NavigationTests(SiteTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.translate_into(cls.home, "en")
        cls.industries = IndustriesIndexPageFactory(parent=cls.home)
        cls.crafts = CraftsIndexPageFactory(parent=cls.home)
        cls.tourism = TourismIndexPageFactory(parent=cls.home)
        StandardPageFactory(parent=cls.home, show_in_menus=False)
        cls.industries_en = cls.translate(cls.industries, "en")
        cls.tourism_en = cls.translate(cls.tourism, "en")
        for page in (cls.tourism, cls.tourism_en):  # as the admin unpublishes a page and its translations
            page.unpublish()

    def test_menu_pages_of_the_visitors_tree_in_tree_order(self):
        home_en = self.version(self.home, "en")
        with translation.override("en"), self.assertNumQueries(2):  # the restrictions, the menu
            pages = navigation_page_list(home_en)
        self.assertEqual([page.pk for page in pages], [self.industries_en.pk, self.version(self.crafts, "en").pk])

    def test_japanese_menu(self):
        with translation.override("ja"):
            pages = navigation_page_list(self.home)
        self.assertEqual([page.pk for page in pages], [self.industries.pk, self.crafts.pk])


class PageImageTests(SiteTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        index = IndustriesIndexPageFactory(parent=cls.home)
        cls.photos = [cls.image(), cls.image(), cls.image()]
        cls.shop = ShopPageFactory(
            parent=index,
            main_image=cls.photos[0],
            gallery=image_blocks(cls.photos[1:]),
            products=[
                {
                    "type": "product",
                    "value": {
                        "name": "沢庵",
                        "image": cls.photos[2].pk,
                    },
                }
            ],
        )
        for photo in cls.photos:
            photo.get_renditions(*CARD_SPECS)

    def test_load_page_brings_locale_and_images_in_one_query(self):
        shop = ShopPage.objects.get(pk=self.shop.pk)
        with self.assertNumQueries(1):
            images = load_page(shop, "area__locale")
        with self.assertNumQueries(0):
            self.assertEqual(shop.locale.language_code, "ja")
            self.assertIn(self.photos[0], images)
            self.assertIsNone(shop.area)

    def test_load_page_keeps_unsaved_changes(self):
        shop = ShopPage.objects.get(pk=self.shop.pk)
        shop.main_image = self.photos[1]
        load_page(shop)
        self.assertEqual(shop.main_image, self.photos[1])

    def test_stream_images(self):
        shop = ShopPage.objects.get(pk=self.shop.pk)
        images = stream_images(shop.products, shop.body, shop.gallery)
        self.assertEqual(
            sorted(image.pk for image in images), sorted([self.photos[1].pk, self.photos[2].pk, self.photos[2].pk])
        )
        prefetch_renditions(images)
        with self.assertNumQueries(0):
            for block in shop.gallery:
                block.value["image"].get_renditions(*CARD_SPECS)
