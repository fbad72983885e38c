"""Anime pages in every language, and a studio's tours and stories."""

from anime.factories import AnimeIndexPageFactory, AnimeStudioPageFactory
from home.factories import StoryFeaturedProfileFactory, StoryIndexPageFactory, StoryPageFactory
from tests.base import SiteTestCase
from tourism.factories import TourismIndexPageFactory, TourPageFactory


class AnimePagesRenderTests(SiteTestCase):
    """The index exists in ja, en, zh-hans and zh-hant; the studio in ja, en and zh-hans."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.translate_into(cls.home, "en", "zh-hans", "zh-hant")
        cls.index = AnimeIndexPageFactory(parent=cls.home)
        cls.indexes = cls.translate_into(cls.index, "en", "zh-hans", "zh-hant")
        cls.studio = AnimeStudioPageFactory(parent=cls.index, slug="studio", main_image=cls.image())
        cls.studios = cls.translate_into(cls.studio, "en", "zh-hans")

    def test_anime_index_page(self):
        self.assertRendersInEveryLanguage(self.indexes)

    def test_anime_studio_page(self):
        self.assertRendersInEveryLanguage(self.studios)


class AnimeListingTests(SiteTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.translate(cls.home, "en")
        cls.index = AnimeIndexPageFactory(parent=cls.home)
        cls.translate(cls.index, "en")
        cls.studio = AnimeStudioPageFactory(parent=cls.index, slug="studio")
        cls.studio_en = cls.translate(cls.studio, "en")
        cls.japanese_only = AnimeStudioPageFactory(parent=cls.index, slug="japanese-only")
        tourism = TourismIndexPageFactory(parent=cls.home)
        cls.tour = TourPageFactory(parent=tourism, host=cls.studio)
        stories = StoryIndexPageFactory(parent=cls.home)
        cls.story = StoryPageFactory(parent=stories)
        StoryFeaturedProfileFactory(story=cls.story, profile=cls.studio_en)

    def test_index_lists_studios_in_the_visitors_language(self):
        studios = self.get("/en/anime/").context["studios"]
        self.assertEqual(
            {studio.pk for studio in studios}, {self.studio_en.pk, self.version(self.japanese_only, "en").pk}
        )

    def test_studio_lists_its_tours_and_stories(self):
        for code in ("ja", "en"):
            with self.subTest(language=code):
                context = self.get(f"/{code}/anime/studio/").context
                self.assertEqual([tour.pk for tour in context["tours"]], [self.version(self.tour, code).pk])
                self.assertEqual([story.pk for story in context["stories"]], [self.version(self.story, code).pk])
