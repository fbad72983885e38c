"""Query budgets of the industry pages: a warm render stays within budget, however long its listings.

Each page starts with two of every item it lists (one of them translated into English) and
is measured in Japanese and English; the test then adds eighteen untranslated items and
measures again.
"""

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
from tests.base import QueryBudgetTestCase, image_blocks
from tourism.factories import TourismIndexPageFactory, TourPageFactory

# Queries of a warm render, per page and language (see QueryBudgetTestCase for what they are made of).
BUDGET = {
    "index": {"ja": 15, "en": 16, "ko": 16},  # the map's list: one query per kind of place (3)
    "street": {"ja": 13, "en": 15, "ko": 15},
    "shop": {"ja": 13, "en": 17, "ko": 17},
    "maker": {"ja": 13, "en": 14, "ko": 14},
    "program": {"ja": 12, "en": 13, "ko": 13},
}


class IndustriesQueryBudgetTests(QueryBudgetTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.translate(cls.home, "en")
        cls.index = IndustriesIndexPageFactory(parent=cls.home)
        cls.translate(cls.index, "en")
        cls.tourism = TourismIndexPageFactory(parent=cls.home)
        cls.translate(cls.tourism, "en")
        cls.story_index = StoryIndexPageFactory(parent=cls.home)
        cls.translate(cls.story_index, "en")
        area = AreaFactory()
        gallery = image_blocks(cls.photos)
        cls.street = ShoppingStreetPageFactory(
            parent=cls.index, slug="street", area=area, main_image=cls.photo(0), gallery=gallery
        )
        cls.shop = ShopPageFactory(
            parent=cls.index,
            slug="shop",
            area=area,
            category=ShopCategoryFactory(),
            shopping_street=cls.street,
            main_image=cls.photo(1),
            gallery=gallery,
        )
        cls.maker = PickleMakerPageFactory(parent=cls.index, slug="maker", main_image=cls.photo(0), gallery=gallery)
        cls.program = SupportProgramPageFactory(parent=cls.index, slug="program", body=gallery)
        for page in (cls.street, cls.shop, cls.maker, cls.program):
            cls.translate(page, "en")
        for number in range(2):
            translate = number == 1
            cls.add_index_items(number, translate=translate)
            cls.add_member_shop(number, translate=translate)
            cls.add_tour(cls.shop, number, translate=translate)
            cls.add_tour(cls.maker, number, translate=translate)
            cls.add_story(number, translate=translate)

    @classmethod
    def add_index_items(cls, number, translate=False):
        items = [
            ShoppingStreetPageFactory(parent=cls.index, main_image=cls.photo(number)),
            ShopPageFactory(parent=cls.index, main_image=cls.photo(number)),
            PickleMakerPageFactory(parent=cls.index, listing_image=cls.photo(number)),
            SupportProgramPageFactory(parent=cls.index, listing_image=cls.photo(number)),
        ]
        for item in items if translate else ():
            cls.translate(item, "en")

    @classmethod
    def add_member_shop(cls, number, translate=False):
        shop = ShopPageFactory(parent=cls.index, shopping_street=cls.street, main_image=cls.photo(number))
        if translate:
            cls.translate(shop, "en")

    @classmethod
    def add_tour(cls, host, number, translate=False):
        tour = TourPageFactory(parent=cls.tourism, host=host, main_image=cls.photo(number))
        if translate:
            cls.translate(tour, "en")

    @classmethod
    def add_story(cls, number, translate=False):
        story = StoryPageFactory(parent=cls.story_index, hero_image=cls.photo(number))
        for profile in (cls.shop, cls.street, cls.maker, cls.program):
            StoryFeaturedProfileFactory(story=story, profile=profile)
        if translate:
            cls.translate(story, "en")

    def assertPageBudget(self, page, grow):
        budget = BUDGET[page]
        path = {"index": ""}.get(page, f"{page}/")
        self.assertQueryBudget({f"/{code}/industries/{path}": budget[code] for code in budget}, grow=grow)

    def test_industries_index_page(self):
        self.assertPageBudget("index", lambda: [self.add_index_items(number) for number in range(18)])

    def test_shopping_street_page(self):
        def grow():
            for number in range(18):
                self.add_member_shop(number)
                self.add_story(number)

        self.assertPageBudget("street", grow)

    def test_shop_page(self):
        def grow():
            for number in range(18):
                self.add_tour(self.shop, number)
                self.add_story(number)

        self.assertPageBudget("shop", grow)

    def test_pickle_maker_page(self):
        def grow():
            for number in range(18):
                self.add_tour(self.maker, number)
                self.add_story(number)

        self.assertPageBudget("maker", grow)

    def test_support_program_page(self):
        self.assertPageBudget("program", lambda: [self.add_story(number) for number in range(18)])
