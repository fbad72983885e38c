"""core.selectors: listings, linked pages, navigation and images in a fixed number of queries."""

from django.utils import translation

from wagtail.models import Page, PageViewRestriction

from anime.factories import AnimeIndexPageFactory, AnimeStudioPageFactory
from anime.models import AnimeStudioPage
from core.selectors import (
    card_list,
    chosen_page_list,
    live_pages,
    load_page,
    localized_card_list,
    navigation_page_list,
    prefetch_renditions,
    restricted_path_list,
    stream_images,
)
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

    def test_only_live_public_pages(self):
        with translation.override("ja"):
            self.assertEqual(list(live_pages(ShopPage)), [self.public])

    def test_private_sections_cost_no_extra_query(self):
        restricted_path_list()  # the private sections' paths are read once, then cached
        with translation.override("ja"), self.assertNumQueries(1):
            list(live_pages(ShopPage))


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
            shops = card_list(ShopPage.objects.order_by("pk"))
            prefetch_renditions(shops)
        with self.assertNumQueries(0):
            for shop in shops:
                self.assertEqual(shop.locale.language_code, "ja")
                self.assertEqual(len(shop.card_image.get_renditions(*CARD_SPECS)), 2)

    def test_listing_image_comes_before_the_main_image(self):
        with self.assertNumQueries(1):
            [maker] = card_list(PickleMakerPage.objects.all())
            self.assertEqual(maker.card_image, self.maker.listing_image)

    def test_chosen_pages_of_mixed_types_keep_their_order(self):
        chosen = [self.studio.pk, self.maker.pk, self.shops[1].pk, self.shops[0].pk]
        restricted_path_list()  # the private sections' paths are read once, then cached
        with translation.override("ja"), self.assertNumQueries(4):
            cards = localized_card_list(chosen)
            self.assertEqual([card.pk for card in cards], chosen)
            self.assertEqual([type(card) for card in cards], [AnimeStudioPage, PickleMakerPage, ShopPage, ShopPage])
            self.assertEqual(cards[2].card_image, self.shops[1].main_image)

    def test_chosen_pages_leave_out_unpublished_ones(self):
        self.shops[0].unpublish()
        pages = list(Page.objects.filter(pk__in=[self.shops[0].pk, self.shops[1].pk]).order_by("pk"))
        with translation.override("ja"):
            self.assertEqual(chosen_page_list(pages), [pages[1]])
            self.assertEqual([card.pk for card in localized_card_list([page.pk for page in pages])], [pages[1].pk])


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
        cls.tourism.unpublish()

    def test_menu_pages_in_japanese_order_and_the_visitors_language(self):
        restricted_path_list()  # the private sections' paths are read once, then cached
        with translation.override("en"), self.assertNumQueries(1):
            pages = navigation_page_list(self.home)
        self.assertEqual([page.pk for page in pages], [self.industries_en.pk, self.crafts.pk])

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
