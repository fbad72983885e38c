"""Fair and tour pages in every language, their sessions, participants, tours and stories."""

import datetime

from django.utils import timezone, translation

from home.factories import StoryFeaturedProfileFactory, StoryIndexPageFactory, StoryPageFactory
from industries.factories import IndustriesIndexPageFactory, ShopPageFactory
from tests.base import SiteTestCase
from tourism.factories import (
    FairPageFactory,
    FairParticipantFactory,
    TourismIndexPageFactory,
    TourPageFactory,
    TourSessionFactory,
)
from tourism.selectors import session_list_for_tour, upcoming_tour_session_list


class TourismPagesRenderTests(SiteTestCase):
    """Index and fair exist in ja, en, zh-hans and zh-hant; the tour in ja, en and zh-hans."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.translate_into(cls.home, "en", "zh-hans", "zh-hant")
        cls.index = TourismIndexPageFactory(parent=cls.home)
        cls.indexes = cls.translate_into(cls.index, "en", "zh-hans", "zh-hant")
        shop = ShopPageFactory(parent=IndustriesIndexPageFactory(parent=cls.home), slug="shop")
        cls.fair = FairPageFactory(parent=cls.index, slug="fair", main_image=cls.image())
        FairParticipantFactory(fair=cls.fair, business=shop)
        cls.fairs = cls.translate_into(cls.fair, "en", "zh-hans", "zh-hant")
        cls.tour = TourPageFactory(parent=cls.fair, slug="tour", host=shop, main_image=cls.image())
        TourSessionFactory(tour=cls.tour)
        cls.tours = cls.translate_into(cls.tour, "en", "zh-hans")
        # The same fair without translations shows /<code>/tourism/<slug>/ through the Japanese index.
        cls.japanese_fair = FairPageFactory(parent=cls.index, slug="japanese-fair")

    def test_tourism_index_page(self):
        self.assertRendersInEveryLanguage(self.indexes)

    def test_fair_page(self):
        self.assertRendersInEveryLanguage(self.fairs)

    def test_untranslated_fair_page(self):
        self.assertRendersInEveryLanguage({"ja": self.japanese_fair})

    def test_tour_page(self):
        self.assertRendersInEveryLanguage(self.tours)


class TourSessionTests(SiteTestCase):
    """A tour's dated sessions are shared by every language version of the tour."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.translate_into(cls.home, "en", "ko")
        index = TourismIndexPageFactory(parent=cls.home)
        cls.translate_into(index, "en", "ko")
        cls.tour = TourPageFactory(parent=index, slug="tour")
        cls.tour_en = cls.translate(cls.tour, "en")
        cls.tour_ko = cls.translate(cls.tour, "ko")
        now = timezone.now().replace(microsecond=0)
        cls.later = TourSessionFactory(tour=cls.tour, starts_at=now + datetime.timedelta(days=20), language="en")
        cls.sooner = TourSessionFactory(tour=cls.tour_en, starts_at=now + datetime.timedelta(days=10))
        TourSessionFactory(tour=cls.tour, starts_at=now - datetime.timedelta(days=10))
        TourSessionFactory(tour=TourPageFactory(parent=index), starts_at=now + datetime.timedelta(days=30))

    def test_every_translation_lists_the_same_upcoming_sessions(self):
        expected = [self.sooner.pk, self.later.pk]
        for tour in (self.tour, self.tour_en, self.tour_ko):
            with self.subTest(language=tour.locale.language_code):
                self.assertEqual([session.pk for session in session_list_for_tour(tour)], expected)

    def test_tour_pages_show_the_sessions(self):
        for code in ("ja", "en", "ko", "zh-hans"):
            with self.subTest(language=code):
                response = self.get(f"/{code}/tourism/tour/")
                self.assertEqual(
                    [session.pk for session in response.context["sessions"]], [self.sooner.pk, self.later.pk]
                )
                self.assertContains(response, self.later.starts_at.astimezone().strftime("%Y-%m-%d"))

    def test_upcoming_sessions_link_to_the_tour_in_the_visitors_language(self):
        alias = self.version(self.tour, "zh-hant")
        for code, tour in (("ja", self.tour), ("en", self.tour_en), ("ko", self.tour_ko), ("zh-hant", alias)):
            with self.subTest(language=code), translation.override(code):
                sessions = upcoming_tour_session_list(limit=2)
                self.assertEqual([session.pk for session in sessions], [self.sooner.pk, self.later.pk])
                self.assertEqual({session.localized_tour.pk for session in sessions}, {tour.pk})


class FairContentTests(SiteTestCase):
    """A fair lists its participants, the tours under any language version of it, and its stories."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.translate(cls.home, "en")
        industries = IndustriesIndexPageFactory(parent=cls.home)
        cls.translate(industries, "en")
        cls.shop = ShopPageFactory(parent=industries, slug="shop", main_image=cls.image())
        cls.shop_en = cls.translate(cls.shop, "en")
        cls.maker = ShopPageFactory(parent=industries, slug="maker")
        closed = ShopPageFactory(parent=industries, slug="closed", live=False)
        index = TourismIndexPageFactory(parent=cls.home)
        cls.translate(index, "en")
        cls.fair = FairPageFactory(parent=index, slug="fair")
        for position, business in enumerate((cls.maker, closed, cls.shop)):
            FairParticipantFactory(fair=cls.fair, business=business, sort_order=position)
        cls.fair_en = cls.translate(cls.fair, "en")
        cls.tour = TourPageFactory(parent=cls.fair, slug="a-tour", title="A")
        cls.tour_en = cls.translate(cls.tour, "en")
        cls.tour_under_translation = TourPageFactory(parent=cls.fair_en, slug="b-tour", title="B")
        TourPageFactory(parent=index, slug="not-at-the-fair")
        stories = StoryIndexPageFactory(parent=cls.home)
        cls.story = StoryPageFactory(parent=stories)
        StoryFeaturedProfileFactory(story=cls.story, profile=cls.fair)

    def test_participants_in_order_in_the_visitors_language(self):
        context = self.get("/en/tourism/fair/").context
        maker_en = self.version(self.maker, "en")
        self.assertEqual([page.pk for page in context["participants"]], [maker_en.pk, self.shop_en.pk])
        self.assertEqual(context["participants"][1].main_image, self.shop.main_image)

    def test_tours_under_any_language_version_of_the_fair(self):
        for code, expected in (
            ("ja", [self.tour.pk]),
            ("en", [self.tour_en.pk, self.tour_under_translation.pk]),
        ):
            with self.subTest(language=code):
                tours = self.get(f"/{code}/tourism/fair/").context["tours"]
                self.assertEqual([tour.pk for tour in tours], expected)

    def test_stories_about_the_fair(self):
        stories = self.get("/en/tourism/fair/").context["stories"]
        self.assertEqual([story.pk for story in stories], [self.version(self.story, "en").pk])

    def test_tour_links_its_host_in_the_visitors_language(self):
        tour = TourPageFactory(parent=self.fair, slug="hosted", host=self.shop)
        for code, host in (("ja", self.shop), ("en", self.shop_en), ("ko", self.version(self.shop, "ko"))):
            with self.subTest(language=code):
                response = self.get(self.url_in(tour, code))
                self.assertEqual(response.context["host"].pk, host.pk)
                self.assertContains(response, f'href="/{code}/industries/shop/"')
