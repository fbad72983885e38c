"""Craft pages in every language, and the links between crafts, craftsmen, tours and stories."""

from crafts.factories import (
    CraftPageFactory,
    CraftsIndexPageFactory,
    MasterCraftsmanCraftFactory,
    MasterCraftsmanPageFactory,
)
from home.factories import StoryFeaturedProfileFactory, StoryIndexPageFactory, StoryPageFactory
from tests.base import SiteTestCase
from tourism.factories import TourismIndexPageFactory, TourPageFactory


class CraftPagesRenderTests(SiteTestCase):
    """The index exists in ja, en, zh-hans and zh-hant; the pages under it in ja, en and zh-hans."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.translate_into(cls.home, "en", "zh-hans", "zh-hant")
        cls.index = CraftsIndexPageFactory(parent=cls.home)
        cls.indexes = cls.translate_into(cls.index, "en", "zh-hans", "zh-hant")
        cls.craft = CraftPageFactory(parent=cls.index, slug="komon", main_image=cls.image())
        cls.craftsman = MasterCraftsmanPageFactory(parent=cls.index, slug="taro", portrait=cls.image())
        MasterCraftsmanCraftFactory(craftsman=cls.craftsman, craft=cls.craft)
        cls.crafts = cls.translate_into(cls.craft, "en", "zh-hans")
        cls.craftsmen = cls.translate_into(cls.craftsman, "en", "zh-hans")

    def test_crafts_index_page(self):
        self.assertRendersInEveryLanguage(self.indexes)

    def test_craft_page(self):
        self.assertRendersInEveryLanguage(self.crafts)

    def test_master_craftsman_page(self):
        self.assertRendersInEveryLanguage(self.craftsmen)


class CraftReverseLinkTests(SiteTestCase):
    """A craft lists its certified craftsmen; a craftsman lists crafts, tours and stories."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.translate(cls.home, "en")
        index = CraftsIndexPageFactory(parent=cls.home)
        cls.translate(index, "en")
        cls.craft = CraftPageFactory(parent=index, slug="komon")
        cls.craft_en = cls.translate(cls.craft, "en")
        cls.other_craft = CraftPageFactory(parent=index, slug="other")
        cls.taro = MasterCraftsmanPageFactory(parent=index, slug="taro", certification_year=2010)
        MasterCraftsmanCraftFactory(craftsman=cls.taro, craft=cls.craft, sort_order=0)
        MasterCraftsmanCraftFactory(craftsman=cls.taro, craft=cls.other_craft, sort_order=1)
        cls.taro_en = cls.translate(cls.taro, "en")
        cls.hanako = MasterCraftsmanPageFactory(parent=index, slug="hanako", certification_year=2020)
        MasterCraftsmanCraftFactory(craftsman=cls.hanako, craft=cls.craft_en)
        cls.jiro = MasterCraftsmanPageFactory(parent=index, slug="jiro")
        MasterCraftsmanCraftFactory(craftsman=cls.jiro, craft=cls.other_craft)
        for craftsman in (cls.hanako, cls.jiro):
            craftsman.save_revision().publish()  # as an editor would: the aliases take the links

        tourism = TourismIndexPageFactory(parent=cls.home)
        cls.tour = TourPageFactory(parent=tourism, slug="tour", host=cls.taro)
        stories = StoryIndexPageFactory(parent=cls.home)
        cls.story = StoryPageFactory(parent=stories)
        StoryFeaturedProfileFactory(story=cls.story, profile=cls.taro)
        cls.craft_story = StoryPageFactory(parent=stories)
        StoryFeaturedProfileFactory(story=cls.craft_story, profile=cls.craft)

    def context(self, page, language_code):
        return self.get(self.url_in(page, language_code)).context

    def test_craft_lists_its_craftsmen_once_each_by_certification_year(self):
        for code, expected in (
            ("ja", [self.taro.pk, self.hanako.pk]),
            ("en", [self.taro_en.pk, self.version(self.hanako, "en").pk]),
        ):
            with self.subTest(language=code):
                craftsmen = self.context(self.craft, code)["craftsmen"]
                self.assertEqual([craftsman.pk for craftsman in craftsmen], expected)

    def test_craft_lists_the_stories_featuring_it(self):
        stories = self.context(self.craft, "en")["stories"]
        self.assertEqual([story.pk for story in stories], [self.version(self.craft_story, "en").pk])

    def test_craftsman_lists_crafts_tours_and_stories(self):
        context = self.context(self.taro, "en")
        other_craft = self.version(self.other_craft, "en")
        self.assertEqual([craft.pk for craft in context["crafts"]], [self.craft_en.pk, other_craft.pk])
        self.assertEqual([tour.pk for tour in context["tours"]], [self.version(self.tour, "en").pk])
        self.assertEqual([story.pk for story in context["stories"]], [self.version(self.story, "en").pk])
