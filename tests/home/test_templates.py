"""The editorial pages render in every language: translated where they are, the Japanese original elsewhere."""

import datetime

from core.choices import Section
from core.factories import TopicFactory
from home.factories import (
    StandardPageFactory,
    StoryFeaturedProfileFactory,
    StoryIndexPageFactory,
    StoryPageFactory,
    StoryTopicFactory,
)
from industries.factories import IndustriesIndexPageFactory, ShopPageFactory
from tests.base import SiteTestCase
from tourism.factories import TourismIndexPageFactory, TourPageFactory, TourSessionFactory


class EditorialPagesRenderTests(SiteTestCase):
    """Home and story index exist in ja, en, zh-hans and zh-hant; the pages below them in ja, en and zh-hans.

    So /zh-hant/… shows a Japanese original through a translated parent (BasePage.route) and
    /ko/… through the Japanese home page.
    """

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.homes = cls.translate_into(cls.home, "en", "zh-hans", "zh-hant")
        cls.about = StandardPageFactory(parent=cls.home, slug="about", title="このサイトについて")
        cls.abouts = cls.translate_into(cls.about, "en", "zh-hans")
        cls.story_index = StoryIndexPageFactory(parent=cls.home)
        cls.story_indexes = cls.translate_into(cls.story_index, "en", "zh-hans", "zh-hant")
        cls.story = StoryPageFactory(parent=cls.story_index, slug="winter", hero_image=cls.image())
        cls.stories = cls.translate_into(cls.story, "en", "zh-hans")

    def test_home_page(self):
        self.assertRendersInEveryLanguage(self.homes)

    def test_standard_page(self):
        self.assertRendersInEveryLanguage(self.abouts)

    def test_story_index_page(self):
        self.assertRendersInEveryLanguage(self.story_indexes)

    def test_story_page(self):
        self.assertRendersInEveryLanguage(self.stories)

    def test_unknown_path_is_a_404_in_every_language(self):
        for code in ("ja", "en", "ko"):
            with self.subTest(language=code):
                self.get(f"/{code}/stories/no-such-story/", status=404)


class HomePageContentTests(SiteTestCase):
    """The home page's featured profiles, latest stories and upcoming tours, in the visitor's language."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        industries = IndustriesIndexPageFactory(parent=cls.home)
        cls.shop = ShopPageFactory(parent=industries, slug="shop", main_image=cls.image())
        cls.maker = ShopPageFactory(parent=industries, slug="untranslated")
        cls.unpublished = ShopPageFactory(parent=industries, slug="unpublished", live=False)
        cls.home.featured_profiles = [("profile", cls.maker), ("profile", cls.shop), ("profile", cls.unpublished)]
        cls.home.save()
        cls.translate(cls.home, "en")
        cls.translate(industries, "en")
        cls.shop_en = cls.translate(cls.shop, "en")
        story_index = StoryIndexPageFactory(parent=cls.home)
        cls.translate(story_index, "en")
        cls.old_story = StoryPageFactory(parent=story_index, date=datetime.date(2025, 1, 1))
        cls.new_stories = [StoryPageFactory(parent=story_index, date=datetime.date(2026, 3, day)) for day in (1, 2, 3)]
        cls.new_story_en = cls.translate(cls.new_stories[2], "en")
        tourism = TourismIndexPageFactory(parent=cls.home)
        cls.tour = TourPageFactory(parent=tourism, slug="tour")
        cls.session = TourSessionFactory(tour=cls.tour)

    def test_featured_profiles_keep_their_order_in_the_visitors_language(self):
        response = self.get("/en/")
        maker_en = self.version(self.maker, "en")
        self.assertEqual([page.pk for page in response.context["featured"]], [maker_en.pk, self.shop_en.pk])
        self.assertContains(response, self.shop_en.title)

    def test_latest_stories_are_the_three_newest_in_the_visitors_language(self):
        response = self.get("/en/")
        expected = [self.new_story_en.pk, *(self.version(story, "en").pk for story in self.new_stories[1::-1])]
        self.assertEqual([story.pk for story in response.context["latest_stories"]], expected)

    def test_upcoming_sessions_link_to_their_tour(self):
        response = self.get("/ko/")
        self.assertEqual([session.pk for session in response.context["upcoming_sessions"]], [self.session.pk])
        self.assertContains(response, 'href="/ko/tourism/tour/"')


class StoryIndexFilterTests(SiteTestCase):
    """Filtering by topic and section, and paging, never fail whatever the query string says."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.index = StoryIndexPageFactory(parent=cls.home)
        cls.pickles = TopicFactory(name="漬物", slug="pickles")
        cls.anime = TopicFactory(name="アニメ", slug="anime")
        cls.pickle_stories = [
            StoryPageFactory(parent=cls.index, section=Section.PICKLES, date=datetime.date(2026, 1, day))
            for day in range(1, 12)
        ]
        for story in cls.pickle_stories:
            StoryTopicFactory(story=story, topic=cls.pickles)
        cls.anime_story = StoryPageFactory(parent=cls.index, section=Section.ANIME, date=datetime.date(2026, 2, 1))
        StoryTopicFactory(story=cls.anime_story, topic=cls.anime)
        cls.url = cls.index.get_url()
        cls.per_page = cls.index.stories_per_page

    def stories(self, query):
        response = self.get(f"{self.url}?{query}")
        return response, [story.pk for story in response.context["stories"]]

    def test_first_page_shows_the_newest_stories(self):
        _response, shown = self.stories("")
        everything = [self.anime_story, *reversed(self.pickle_stories)]
        self.assertEqual(shown, [story.pk for story in everything[: self.per_page]])

    def test_filter_by_topic(self):
        _response, shown = self.stories("topic=anime")
        self.assertEqual(shown, [self.anime_story.pk])

    def test_filter_by_section(self):
        _response, shown = self.stories("section=anime")
        self.assertEqual(shown, [self.anime_story.pk])

    def test_filters_combine(self):
        _response, shown = self.stories("topic=anime&section=pickles")
        self.assertEqual(shown, [])

    def test_second_page(self):
        response, shown = self.stories("topic=pickles&page=2")
        self.assertEqual(shown, [story.pk for story in reversed(self.pickle_stories)][self.per_page :])
        self.assertEqual(response.context["page_of_stories"].number, 2)

    def canonical(self, query):
        return self.soup(self.get(f"{self.url}?{query}")).select_one("link[rel=canonical]")["href"]

    def test_each_page_of_the_index_is_its_own_canonical_page(self):
        self.assertTrue(self.canonical("").endswith(self.url))
        self.assertTrue(self.canonical("page=1").endswith(self.url))
        self.assertTrue(self.canonical("page=2").endswith(f"{self.url}?page=2"))
        # Filters do not make new canonical pages; a page past the end is the last page.
        self.assertTrue(self.canonical("topic=pickles&page=2").endswith(f"{self.url}?page=2"))
        self.assertTrue(self.canonical("page=99").endswith(f"{self.url}?page=2"))
        self.assertTrue(self.canonical("page=abc").endswith(self.url))

    def test_unknown_section_is_ignored(self):
        _response, shown = self.stories("section=gardening")
        self.assertEqual(len(shown), self.per_page)

    def test_unknown_topic_is_ignored(self):
        response, shown = self.stories("topic=gardening")
        self.assertEqual(len(shown), self.per_page)
        self.assertEqual(response.context["active_topic"], "")

    def test_bad_page_numbers_show_a_page_of_stories(self):
        last_page = 2
        cases = {
            "abc": 1,
            "": 1,
            "1.5": 1,
            "1e309": 1,
            "%00": 1,
            "0": last_page,
            "-1": last_page,
            "999": last_page,
            "9" * 400: last_page,
        }
        for value, expected_page in cases.items():
            with self.subTest(page=value):
                response, shown = self.stories(f"page={value}")
                self.assertEqual(response.context["page_of_stories"].number, expected_page)
                self.assertTrue(shown)

    def test_odd_filter_values_never_fail(self):
        for query in ("topic=%00", "section=%00", "topic=%27%22%3C", "topic=" + "x" * 5000, "topic[]=a&section[]=b"):
            with self.subTest(query=query):
                self.stories(query)


class StoryPageContentTests(SiteTestCase):
    """A story shows its topics and the profiles it features, in the visitor's language."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.translate(cls.home, "en")
        industries = IndustriesIndexPageFactory(parent=cls.home)
        cls.translate(industries, "en")
        cls.shop = ShopPageFactory(parent=industries, slug="shop")
        cls.shop_en = cls.translate(cls.shop, "en")
        cls.other_shop = ShopPageFactory(parent=industries, slug="other")
        index = StoryIndexPageFactory(parent=cls.home)
        cls.translate(index, "en")
        cls.story = StoryPageFactory(parent=index, slug="story")
        cls.topic = TopicFactory(name="商店街", slug="streets")
        StoryTopicFactory(story=cls.story, topic=cls.topic)
        StoryFeaturedProfileFactory(story=cls.story, profile=cls.other_shop, sort_order=0)
        StoryFeaturedProfileFactory(story=cls.story, profile=cls.shop, sort_order=1)
        cls.story_en = cls.translate(cls.story, "en")

    def test_featured_profiles_in_the_visitors_language(self):
        response = self.get("/en/stories/story/")
        self.assertEqual(response.context["page"].pk, self.story_en.pk)
        other_shop = self.version(self.other_shop, "en")
        self.assertEqual([page.pk for page in response.context["featured"]], [other_shop.pk, self.shop_en.pk])

    def test_topics_fall_back_to_japanese(self):
        response = self.get("/en/stories/story/")
        self.assertEqual(response.context["topics"], [self.topic])
        self.assertContains(response, "商店街")
