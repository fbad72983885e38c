"""Industry pages in every language, the index's listings, and the links between streets, shops, tours and stories."""

from django.utils import translation

from wagtail.models import PageViewRestriction

from core.factories import AreaFactory
from home.factories import StoryFeaturedProfileFactory, StoryIndexPageFactory, StoryPageFactory
from industries.factories import (
    IndustriesIndexPageFactory,
    PickleMakerPageFactory,
    ShopCategoryFactory,
    ShopPageFactory,
    ShoppingStreetPageFactory,
    SupportProgramPageFactory,
)
from tests.base import SiteTestCase, translate_snippet
from tourism.factories import TourismIndexPageFactory, TourPageFactory


class IndustryPagesRenderTests(SiteTestCase):
    """The index exists in ja, en, zh-hans and zh-hant; the pages under it in ja, en and zh-hans."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.translate_into(cls.home, "en", "zh-hans", "zh-hant")
        cls.index = IndustriesIndexPageFactory(parent=cls.home)
        cls.indexes = cls.translate_into(cls.index, "en", "zh-hans", "zh-hant")
        area = AreaFactory(name="練馬")
        cls.street = ShoppingStreetPageFactory(parent=cls.index, slug="street", area=area, main_image=cls.image())
        cls.shop = ShopPageFactory(
            parent=cls.index,
            slug="shop",
            area=area,
            category=ShopCategoryFactory(name="和菓子"),
            shopping_street=cls.street,
            main_image=cls.image(),
        )
        cls.maker = PickleMakerPageFactory(parent=cls.index, slug="maker", main_image=cls.image())
        cls.program = SupportProgramPageFactory(parent=cls.index, slug="program")
        cls.streets = cls.translate_into(cls.street, "en", "zh-hans")
        cls.shops = cls.translate_into(cls.shop, "en", "zh-hans")
        cls.makers = cls.translate_into(cls.maker, "en", "zh-hans")
        cls.programs = cls.translate_into(cls.program, "en", "zh-hans")

    def test_industries_index_page(self):
        self.assertRendersInEveryLanguage(self.indexes)

    def test_shopping_street_page(self):
        self.assertRendersInEveryLanguage(self.streets)

    def test_shop_page(self):
        self.assertRendersInEveryLanguage(self.shops)

    def test_pickle_maker_page(self):
        self.assertRendersInEveryLanguage(self.makers)

    def test_support_program_page(self):
        self.assertRendersInEveryLanguage(self.programs)


class IndustriesIndexListingTests(SiteTestCase):
    """The index lists each shop once: in the visitor's language, or its Japanese original."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.translate_into(cls.home, "en", "zh-hans")
        cls.index = IndustriesIndexPageFactory(parent=cls.home)
        cls.translate_into(cls.index, "en", "zh-hans")
        cls.everywhere = ShopPageFactory(parent=cls.index, slug="everywhere")
        cls.everywhere_en = cls.translate(cls.everywhere, "en")
        cls.everywhere_zh = cls.translate(cls.everywhere, "zh-hans")
        cls.japanese_only = ShopPageFactory(parent=cls.index, slug="japanese-only")
        cls.chinese_too = ShopPageFactory(parent=cls.index, slug="chinese-too")
        cls.chinese_too_zh = cls.translate(cls.chinese_too, "zh-hans")
        cls.draft_translation = ShopPageFactory(parent=cls.index, slug="draft-translation")
        cls.translate(cls.draft_translation, "en", publish=False)
        ShopPageFactory(parent=cls.index, slug="unpublished", live=False)
        private = ShopPageFactory(parent=cls.index, slug="private")
        PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)

    def listed(self, language_code):
        response = self.get(self.url_in(self.index, language_code))
        return response, {page.pk for page in response.context["shops"]}

    def test_japanese_lists_the_japanese_pages(self):
        _response, shops = self.listed("ja")
        expected = {self.everywhere.pk, self.japanese_only.pk, self.chinese_too.pk, self.draft_translation.pk}
        self.assertEqual(shops, expected)

    def test_english_lists_translations_and_untranslated_originals(self):
        response, shops = self.listed("en")
        expected = {
            self.everywhere_en.pk,
            *(self.version(page, "en").pk for page in (self.japanese_only, self.chinese_too, self.draft_translation)),
        }
        self.assertEqual(shops, expected)
        self.assertContains(response, self.everywhere_en.title)
        self.assertNotContains(response, f">{self.everywhere.title}<")

    def test_chinese_lists_its_own_translations(self):
        _response, shops = self.listed("zh-hans")
        expected = {
            self.everywhere_zh.pk,
            self.chinese_too_zh.pk,
            *(self.version(page, "zh-hans").pk for page in (self.japanese_only, self.draft_translation)),
        }
        self.assertEqual(shops, expected)

    def test_untranslated_cards_say_so_in_the_visitors_language(self):
        response, _shops = self.listed("en")
        with translation.override("en"):
            note = translation.gettext("Japanese original")
        card = self.soup(response).find("a", string=lambda text: text and self.japanese_only.title in text)
        self.assertIsNotNone(card)
        self.assertIn(note, card.find_parent("article").get_text())

    def test_cards_link_under_the_visitors_prefix(self):
        response, _shops = self.listed("ko")
        self.assertContains(response, 'href="/ko/industries/japanese-only/"')
        self.assertNotContains(response, 'href="/ja/industries/japanese-only/"')


class IndustryReverseLinkTests(SiteTestCase):
    """A street lists its shops; a shop lists the tours it hosts and the stories about it."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.translate(cls.home, "en")
        index = IndustriesIndexPageFactory(parent=cls.home)
        cls.translate(index, "en")
        cls.area = AreaFactory(name="石神井")
        cls.area_en = translate_snippet(cls.area, cls.locales["en"], name="Shakujii")
        cls.category = ShopCategoryFactory(name="茶")
        cls.category_en = translate_snippet(cls.category, cls.locales["en"], name="Tea")
        cls.street = ShoppingStreetPageFactory(parent=index, slug="street", area=cls.area)
        cls.street_en = cls.translate(cls.street, "en")
        cls.other_street = ShoppingStreetPageFactory(parent=index, slug="other-street")
        cls.shop = ShopPageFactory(
            parent=index, slug="shop", shopping_street=cls.street, category=cls.category, area=cls.area
        )
        cls.shop_en = cls.translate(cls.shop, "en")
        cls.member_of_translation = ShopPageFactory(parent=index, slug="member", shopping_street=cls.street_en)
        cls.elsewhere = ShopPageFactory(parent=index, slug="elsewhere", shopping_street=cls.other_street)
        cls.closed = ShopPageFactory(parent=index, slug="closed", shopping_street=cls.street, live=False)

        tourism = TourismIndexPageFactory(parent=cls.home)
        cls.translate(tourism, "en")
        cls.tour = TourPageFactory(parent=tourism, slug="tour", host=cls.shop)
        cls.tour_en = cls.translate(cls.tour, "en")
        cls.tour_of_translation = TourPageFactory(parent=tourism, slug="tour-2", host=cls.shop_en)
        TourPageFactory(parent=tourism, slug="other-tour", host=cls.elsewhere)

        stories = StoryIndexPageFactory(parent=cls.home)
        cls.story = StoryPageFactory(parent=stories, slug="story")
        StoryFeaturedProfileFactory(story=cls.story, profile=cls.shop)
        StoryFeaturedProfileFactory(story=StoryPageFactory(parent=stories), profile=cls.elsewhere)

    def context(self, page, language_code):
        return self.get(self.url_in(page, language_code)).context

    def test_street_lists_its_shops_in_the_visitors_language(self):
        for code, expected in (
            ("ja", {self.shop.pk, self.member_of_translation.pk}),
            ("en", {self.shop_en.pk, self.version(self.member_of_translation, "en").pk}),
        ):
            with self.subTest(language=code):
                shops = self.context(self.street, code)["member_shops"]
                self.assertEqual({shop.pk for shop in shops}, expected)

    def test_shop_lists_its_tours(self):
        for code, expected in (
            ("ja", {self.tour.pk, self.tour_of_translation.pk}),
            ("en", {self.tour_en.pk, self.version(self.tour_of_translation, "en").pk}),
        ):
            with self.subTest(language=code):
                tours = self.context(self.shop, code)["tours"]
                self.assertEqual({tour.pk for tour in tours}, expected)

    def test_shop_lists_the_stories_featuring_it(self):
        for code in ("ja", "en"):
            with self.subTest(language=code):
                stories = self.context(self.shop, code)["stories"]
                self.assertEqual([story.pk for story in stories], [self.version(self.story, code).pk])

    def test_shop_shows_its_street_category_and_area_in_the_visitors_language(self):
        response = self.get("/en/industries/shop/")
        context = response.context
        self.assertEqual(context["shopping_street"].pk, self.street_en.pk)
        self.assertEqual(context["category"], self.category_en)
        self.assertEqual(context["area"], self.area_en)
        self.assertContains(response, "Shakujii")
        self.assertContains(response, 'href="/en/industries/street/"')

    def test_unpublished_street_is_not_linked(self):
        self.street.unpublish()
        self.street_en.unpublish()
        self.assertIsNone(self.context(self.shop, "ja")["shopping_street"])
