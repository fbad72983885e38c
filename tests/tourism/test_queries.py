"""Query budgets of the fair and tour pages: a warm render stays within budget, however long its listings."""

from anime.factories import AnimeIndexPageFactory, AnimeStudioPageFactory
from crafts.factories import CraftsIndexPageFactory, MasterCraftsmanPageFactory
from home.factories import StoryFeaturedProfileFactory, StoryIndexPageFactory, StoryPageFactory
from industries.factories import IndustriesIndexPageFactory, PickleMakerPageFactory, ShopPageFactory
from tests.base import QueryBudgetTestCase, image_blocks
from tourism.factories import (
    FairPageFactory,
    FairParticipantFactory,
    TourismIndexPageFactory,
    TourPageFactory,
    TourSessionFactory,
)

# Queries of a warm render, per page and language (see QueryBudgetTestCase for what they are made of).
BUDGET = {
    "index": {"ja": 13, "en": 14, "ko": 14},  # the map's list of fairs: one query
    "fair": {"ja": 18, "en": 20, "ko": 20},
    "tour": {"ja": 15, "en": 17, "ko": 17},
}


class TourismQueryBudgetTests(QueryBudgetTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.translate(cls.home, "en")
        cls.index = TourismIndexPageFactory(parent=cls.home)
        cls.story_index = StoryIndexPageFactory(parent=cls.home)
        industries = IndustriesIndexPageFactory(parent=cls.home)
        crafts = CraftsIndexPageFactory(parent=cls.home)
        anime = AnimeIndexPageFactory(parent=cls.home)
        for page in (cls.index, cls.story_index, industries, crafts, anime):
            cls.translate(page, "en")
        # Businesses of each type that can take part in a fair.
        cls.businesses = [
            ShopPageFactory(parent=industries, main_image=cls.photo(0)),
            PickleMakerPageFactory(parent=industries, main_image=cls.photo(1)),
            MasterCraftsmanPageFactory(parent=crafts, portrait=cls.photo(0)),
            AnimeStudioPageFactory(parent=anime, main_image=cls.photo(1)),
        ]
        cls.translate(cls.businesses[0], "en")
        cls.fair = FairPageFactory(
            parent=cls.index, slug="fair", main_image=cls.photo(0), body=image_blocks(cls.photos)
        )
        for business in cls.businesses:
            FairParticipantFactory(fair=cls.fair, business=business)
        cls.fair_en = cls.translate(cls.fair, "en")
        cls.tour = TourPageFactory(
            parent=cls.fair, slug="tour", host=cls.businesses[0], main_image=cls.photo(1), body=image_blocks(cls.photos)
        )
        cls.translate(cls.tour, "en")
        for number in range(2):
            cls.add_items(number, translate=number == 1)

    @classmethod
    def add_items(cls, number, translate=False):
        """A fair and a tour on the index, a tour at the fair, a session of the tour, stories about both."""
        items = [
            FairPageFactory(parent=cls.index, main_image=cls.photo(number)),
            TourPageFactory(parent=cls.index, main_image=cls.photo(number)),
            TourPageFactory(parent=cls.fair, main_image=cls.photo(number)),
            StoryPageFactory(parent=cls.story_index, hero_image=cls.photo(number)),
        ]
        StoryFeaturedProfileFactory(story=items[3], profile=cls.fair)
        StoryFeaturedProfileFactory(story=items[3], profile=cls.tour)
        TourSessionFactory(tour=cls.tour)
        for item in items if translate else ():
            cls.translate(item, "en")

    def grow(self):
        for number in range(18):
            self.add_items(number)
            for fair in (self.fair, self.fair_en):
                FairParticipantFactory(fair=fair, business=self.businesses[number % len(self.businesses)])

    def assertPageBudget(self, page, path):
        budget = BUDGET[page]
        self.assertQueryBudget({f"/{code}/tourism/{path}": budget[code] for code in budget}, grow=self.grow)

    def test_tourism_index_page(self):
        self.assertPageBudget("index", "")

    def test_fair_page(self):
        self.assertPageBudget("fair", "fair/")

    def test_tour_page(self):
        self.assertPageBudget("tour", "fair/tour/")
