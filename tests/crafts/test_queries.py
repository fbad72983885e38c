"""Query budgets of the craft pages: a warm render stays within budget, however long its listings.

Each page starts with two of every item it lists (one of them translated into English) and
is measured in Japanese and English; the test then adds eighteen more and measures again.
"""

from crafts.factories import (
    CraftPageFactory,
    CraftsIndexPageFactory,
    MasterCraftsmanCraftFactory,
    MasterCraftsmanPageFactory,
)
from home.factories import StoryFeaturedProfileFactory, StoryIndexPageFactory, StoryPageFactory
from tests.base import QueryBudgetTestCase, image_blocks
from tourism.factories import TourismIndexPageFactory, TourPageFactory

# Queries of a warm render, per page and language (see QueryBudgetTestCase for what they are made of).
BUDGET = {
    "index": {"ja": 11, "en": 12, "ko": 12},  # the map's list of craftsmen: one query
    "craft": {"ja": 13, "en": 14, "ko": 14},
    "craftsman": {"ja": 14, "en": 16, "ko": 16},
}


class CraftsQueryBudgetTests(QueryBudgetTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.translate(cls.home, "en")
        cls.index = CraftsIndexPageFactory(parent=cls.home)
        cls.tourism = TourismIndexPageFactory(parent=cls.home)
        cls.story_index = StoryIndexPageFactory(parent=cls.home)
        for page in (cls.index, cls.tourism, cls.story_index):
            cls.translate(page, "en")
        gallery = image_blocks(cls.photos)
        cls.craft = CraftPageFactory(parent=cls.index, slug="craft", main_image=cls.photo(0), gallery=gallery)
        cls.craftsman = MasterCraftsmanPageFactory(
            parent=cls.index, slug="craftsman", portrait=cls.photo(1), works_gallery=gallery
        )
        cls.craftsman_links = [MasterCraftsmanCraftFactory(craftsman=cls.craftsman, craft=cls.craft)]
        cls.translate(cls.craft, "en")
        for number in range(2):
            translate = number == 1
            cls.add_craft(number, translate=translate)
            cls.add_craftsman(number, translate=translate)
            cls.add_tour(number, translate=translate)
            cls.add_story(number, translate=translate)
        cls.craftsman_en = cls.translate(cls.craftsman, "en")

    @classmethod
    def add_craft(cls, number, translate=False):
        """A craft on the index, certified for the craftsman."""
        craft = CraftPageFactory(parent=cls.index, main_image=cls.photo(number))
        MasterCraftsmanCraftFactory(craftsman=cls.craftsman, craft=craft)
        if translate:
            cls.translate(craft, "en")
        return craft

    @classmethod
    def add_craftsman(cls, number, translate=False):
        """A craftsman on the index, certified for the craft."""
        craftsman = MasterCraftsmanPageFactory(parent=cls.index, portrait=cls.photo(number))
        MasterCraftsmanCraftFactory(craftsman=craftsman, craft=cls.craft)
        if translate:
            cls.translate(craftsman, "en")

    @classmethod
    def add_tour(cls, number, translate=False):
        tour = TourPageFactory(parent=cls.tourism, host=cls.craftsman, main_image=cls.photo(number))
        if translate:
            cls.translate(tour, "en")

    @classmethod
    def add_story(cls, number, translate=False):
        story = StoryPageFactory(parent=cls.story_index, hero_image=cls.photo(number))
        StoryFeaturedProfileFactory(story=story, profile=cls.craft)
        StoryFeaturedProfileFactory(story=story, profile=cls.craftsman)
        if translate:
            cls.translate(story, "en")

    def assertPageBudget(self, page, path, grow):
        budget = BUDGET[page]
        self.assertQueryBudget({f"/{code}/crafts/{path}": budget[code] for code in budget}, grow=grow)

    def test_crafts_index_page(self):
        def grow():
            for number in range(18):
                self.add_craft(number)
                self.add_craftsman(number)

        self.assertPageBudget("index", "", grow)

    def test_craft_page(self):
        def grow():
            for number in range(18):
                self.add_craftsman(number)
                self.add_story(number)

        self.assertPageBudget("craft", "craft/", grow)

    def test_master_craftsman_page(self):
        def grow():
            for number in range(18):
                craft = self.add_craft(number)
                MasterCraftsmanCraftFactory(craftsman=self.craftsman_en, craft=craft)
                self.add_tour(number)
                self.add_story(number)

        self.assertPageBudget("craftsman", "craftsman/", grow)
