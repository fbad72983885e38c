"""Query budgets of the anime pages: a warm render stays within budget, however long its listings."""

from anime.factories import AnimeIndexPageFactory, AnimeStudioPageFactory
from home.factories import StoryFeaturedProfileFactory, StoryIndexPageFactory, StoryPageFactory
from tests.base import QueryBudgetTestCase, image_blocks
from tourism.factories import TourismIndexPageFactory, TourPageFactory

# Queries of a warm render, per page and language (see QueryBudgetTestCase for what they are made of).
BUDGET = {
    "index": {"ja": 11, "en": 12, "ko": 12},  # the map's list of studios: one query
    "studio": {"ja": 13, "en": 14, "ko": 14},
}


class AnimeQueryBudgetTests(QueryBudgetTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.translate(cls.home, "en")
        cls.index = AnimeIndexPageFactory(parent=cls.home, body=image_blocks(cls.photos))
        cls.tourism = TourismIndexPageFactory(parent=cls.home)
        cls.story_index = StoryIndexPageFactory(parent=cls.home)
        for page in (cls.index, cls.tourism, cls.story_index):
            cls.translate(page, "en")
        cls.studio = AnimeStudioPageFactory(
            parent=cls.index, slug="studio", main_image=cls.photo(0), gallery=image_blocks(cls.photos)
        )
        cls.translate(cls.studio, "en")
        for number in range(2):
            cls.add_items(number, translate=number == 1)

    @classmethod
    def add_items(cls, number, translate=False):
        """A studio on the index, and a tour and a story about the studio."""
        items = [
            AnimeStudioPageFactory(parent=cls.index, main_image=cls.photo(number)),
            TourPageFactory(parent=cls.tourism, host=cls.studio, main_image=cls.photo(number)),
            StoryPageFactory(parent=cls.story_index, hero_image=cls.photo(number)),
        ]
        StoryFeaturedProfileFactory(story=items[2], profile=cls.studio)
        for item in items if translate else ():
            cls.translate(item, "en")

    def grow(self):
        for number in range(18):
            self.add_items(number)

    def test_anime_index_page(self):
        self.assertQueryBudget({f"/{code}/anime/": budget for code, budget in BUDGET["index"].items()}, grow=self.grow)

    def test_anime_studio_page(self):
        self.assertQueryBudget(
            {f"/{code}/anime/studio/": budget for code, budget in BUDGET["studio"].items()}, grow=self.grow
        )
