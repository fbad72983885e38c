"""Query budgets of the editorial pages: a warm render stays within budget, however long its listings.

Each page starts with two of every item it lists (one of them translated into English) and
is measured in Japanese and English; the test then adds eighteen more and measures again.
"""

from anime.factories import AnimeIndexPageFactory, AnimeStudioPageFactory
from core.factories import TopicFactory
from crafts.factories import CraftsIndexPageFactory, MasterCraftsmanPageFactory
from home.factories import (
    StandardPageFactory,
    StoryFeaturedProfileFactory,
    StoryIndexPageFactory,
    StoryPageFactory,
    StoryTopicFactory,
)
from industries.factories import IndustriesIndexPageFactory, PickleMakerPageFactory, ShopPageFactory
from tests.base import QueryBudgetTestCase, image_blocks
from tourism.factories import TourismIndexPageFactory, TourPageFactory, TourSessionFactory

# Queries of a warm render, per page and language (see QueryBudgetTestCase for what they are made of).
BUDGET = {
    "home": {"ja": 16, "en": 17, "ko": 17},
    "standard": {"ja": 9, "en": 10, "ko": 10},
    # The pages the links choose are loaded in one query.
    "standard_with_links": {"ja": 10, "en": 12, "ko": 10},
    "story_index": {"ja": 11, "en": 12, "ko": 12},
    "story": {"ja": 18, "en": 20, "ko": 20},
}


class EditorialQueryBudgetTests(QueryBudgetTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        industries = IndustriesIndexPageFactory(parent=cls.home)
        crafts = CraftsIndexPageFactory(parent=cls.home)
        anime = AnimeIndexPageFactory(parent=cls.home)
        cls.story_index = StoryIndexPageFactory(parent=cls.home)
        cls.tourism = TourismIndexPageFactory(parent=cls.home)
        # Profiles of each type a story or the home page can feature.
        cls.profiles = [
            ShopPageFactory(parent=industries, main_image=cls.photo(0)),
            PickleMakerPageFactory(parent=industries, main_image=cls.photo(1)),
            MasterCraftsmanPageFactory(parent=crafts, portrait=cls.photo(0)),
            AnimeStudioPageFactory(parent=anime, main_image=cls.photo(1)),
        ]
        cls.home.body = image_blocks(cls.photos)
        cls.home.featured_profiles = [("profile", profile) for profile in cls.profiles]
        cls.home.save()
        cls.home_en = cls.translate(cls.home, "en")
        for page in (industries, crafts, anime, cls.story_index, cls.tourism):
            cls.translate(page, "en")
        cls.profiles[0] = cls.translate(cls.profiles[0], "en")

        cls.about = StandardPageFactory(parent=cls.home, slug="about", body=image_blocks(cls.photos))
        cls.about_en = cls.translate(cls.about, "en")
        cls.story = StoryPageFactory(
            parent=cls.story_index, slug="story", hero_image=cls.photo(0), body=image_blocks(cls.photos)
        )
        for profile in cls.profiles:
            StoryFeaturedProfileFactory(story=cls.story, profile=profile)
        for _number in range(2):
            StoryTopicFactory(story=cls.story, topic=TopicFactory())
        cls.story_en = cls.translate(cls.story, "en")
        cls.tour = TourPageFactory(parent=cls.tourism, slug="tour")
        cls.translate(cls.tour, "en")
        for number in range(2):
            cls.add_story(number, translate=number == 1)
            TourSessionFactory(tour=cls.tour)

    @classmethod
    def add_story(cls, number, translate=False):
        story = StoryPageFactory(parent=cls.story_index, hero_image=cls.photo(number))
        StoryTopicFactory(story=story, topic=TopicFactory())
        if translate:
            cls.translate(story, "en")

    def assertPageBudget(self, page, path, grow):
        budget = BUDGET[page]
        self.assertQueryBudget({f"/{code}/{path}": budget[code] for code in budget}, grow=grow)

    def test_home_page(self):
        def grow():
            for number in range(18):
                self.add_story(number)
                TourSessionFactory(tour=self.tour)
            # Eight profiles at most can be featured.
            for home in (self.home, self.home_en):
                home.featured_profiles = [("profile", profile) for profile in self.profiles * 2]
                home.save()

        self.assertPageBudget("home", "", grow)

    def test_standard_page(self):
        def grow():
            for page in (self.about, self.about_en):
                page.body = image_blocks(self.photos * 10)
                page.save()

        self.assertPageBudget("standard", "about/", grow)

    def test_standard_page_with_links(self):
        """Call-to-action blocks link under the visitor's prefix without a query per link."""
        call_to_action = {"type": "call_to_action", "value": {"text": "詳しく", "page": self.story.pk}}

        def add_links(count):
            for page in (self.about, self.about_en):
                page.body = [*image_blocks(self.photos), *[call_to_action] * count]
                page.save()

        add_links(2)
        self.assertPageBudget("standard_with_links", "about/", lambda: add_links(20))

    def test_story_index_page(self):
        self.assertPageBudget("story_index", "stories/", lambda: [self.add_story(number) for number in range(18)])

    def test_story_page(self):
        def grow():
            for story in (self.story, self.story_en):
                for number in range(18):
                    StoryTopicFactory(story=story, topic=TopicFactory())
                    StoryFeaturedProfileFactory(story=story, profile=self.profiles[number % len(self.profiles)])
                story.body = image_blocks(self.photos * 10)
                story.save()

        self.assertPageBudget("story", "stories/story/", grow)
