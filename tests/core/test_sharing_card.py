"""Open Graph and Twitter cards on every page type: title, description, canonical URL on the
public origin, locale and alternates, and a 1200×630 image."""

from django.test import override_settings

from anime.factories import AnimeIndexPageFactory, AnimeStudioPageFactory
from crafts.factories import CraftPageFactory, CraftsIndexPageFactory, MasterCraftsmanPageFactory
from home.factories import StandardPageFactory, StoryIndexPageFactory, StoryPageFactory
from industries.factories import (
    IndustriesIndexPageFactory,
    PickleMakerPageFactory,
    ShopPageFactory,
    ShoppingStreetPageFactory,
    SupportProgramPageFactory,
)
from tests.base import SiteTestCase
from tourism.factories import FairPageFactory, TourismIndexPageFactory, TourPageFactory

ORIGIN = "https://www.example.org"
CARD_PROPERTIES = ("og:site_name", "og:type", "og:title", "og:description", "og:url", "og:locale")
TWITTER_NAMES = ("twitter:card", "twitter:title", "twitter:description")


@override_settings(WAGTAILADMIN_BASE_URL=ORIGIN)
class SharingCardTests(SiteTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        photo = cls.image(file__width=1600, file__height=1000, title="沢庵を干す様子")
        cls.translate(cls.home, "en")
        industries = IndustriesIndexPageFactory(parent=cls.home)
        cls.translate(industries, "en")
        cls.shop = ShopPageFactory(parent=industries, slug="shop", main_image=photo, listing_summary="大根の店")
        cls.translate(cls.shop, "en", title="Radish shop", listing_summary="A radish shop")
        cls.translate(cls.shop, "ko", title="무 가게", listing_summary="무 가게입니다")
        ShoppingStreetPageFactory(parent=industries, slug="street")
        PickleMakerPageFactory(parent=industries, slug="maker")
        SupportProgramPageFactory(parent=industries, slug="support")
        crafts = CraftsIndexPageFactory(parent=cls.home)
        CraftPageFactory(parent=crafts, slug="craft")
        MasterCraftsmanPageFactory(parent=crafts, slug="craftsman")
        anime = AnimeIndexPageFactory(parent=cls.home)
        AnimeStudioPageFactory(parent=anime, slug="studio")
        stories = StoryIndexPageFactory(parent=cls.home)
        cls.story = StoryPageFactory(parent=stories, slug="story", hero_image=photo)
        tourism = TourismIndexPageFactory(parent=cls.home)
        fair = FairPageFactory(parent=tourism, slug="fair")
        TourPageFactory(parent=fair, slug="tour")
        StandardPageFactory(parent=cls.home, slug="about")
        cls.paths = [
            "",
            "industries/",
            "industries/street/",
            "industries/shop/",
            "industries/maker/",
            "industries/support/",
            "crafts/",
            "crafts/craft/",
            "crafts/craftsman/",
            "anime/",
            "anime/studio/",
            "stories/",
            "stories/story/",
            "tourism/",
            "tourism/fair/",
            "tourism/fair/tour/",
            "about/",
        ]

    def card(self, url):
        html = self.soup(self.get(url))
        card = {}
        for meta in html.find_all("meta"):
            key = meta.get("property") or meta.get("name")
            if key and key.startswith(("og:", "twitter:", "article:")):
                card.setdefault(key, []).append(meta["content"])
        return {key: values if len(values) > 1 else values[0] for key, values in card.items()}

    def test_every_page_type_has_a_complete_card(self):
        for path in self.paths:
            for code in ("ja", "en"):
                with self.subTest(path=path, language=code):
                    card = self.card(f"/{code}/{path}")
                    for key in (*CARD_PROPERTIES, *TWITTER_NAMES):
                        self.assertTrue(card.get(key), f"{key} missing or empty")
                    self.assertTrue(card["og:url"].startswith(f"{ORIGIN}/"), card["og:url"])

    def test_translation_card_in_its_language_with_a_1200_by_630_image(self):
        card = self.card("/en/industries/shop/")
        self.assertEqual(card["og:title"], "Radish shop")
        self.assertEqual(card["og:description"], "A radish shop")
        self.assertEqual(card["og:url"], f"{ORIGIN}/en/industries/shop/")
        self.assertEqual(card["og:locale"], "en_US")
        self.assertEqual(sorted(card["og:locale:alternate"]), ["ja_JP", "ko_KR"])
        self.assertEqual(card["og:type"], "website")
        self.assertEqual((card["og:image:width"], card["og:image:height"]), ("1200", "630"))
        self.assertEqual(card["og:image:type"], "image/jpeg")
        self.assertEqual(card["og:image:alt"], "沢庵を干す様子")
        self.assertTrue(card["og:image"].startswith(f"{ORIGIN}/"))
        self.assertEqual(card["twitter:card"], "summary_large_image")
        self.assertEqual(card["twitter:image"], card["og:image"])
        self.assertEqual(card["og:site_name"], "Nerima Industry & Tourism")

    def test_an_untranslated_page_shares_its_japanese_original(self):
        card = self.card("/zh-hant/industries/shop/")
        self.assertEqual(card["og:url"], f"{ORIGIN}/ja/industries/shop/")
        self.assertEqual(card["og:locale"], "ja_JP")
        self.assertEqual(sorted(card["og:locale:alternate"]), ["en_US", "ko_KR"])

    def test_a_story_is_an_article_with_its_dates(self):
        card = self.card("/ja/stories/story/")
        self.assertEqual(card["og:type"], "article")
        self.assertEqual(card["article:published_time"], self.story.date.isoformat())
        self.assertIn("article:modified_time", card)

    def test_a_page_without_an_image_gets_the_small_card(self):
        card = self.card("/ja/about/")
        self.assertEqual(card["twitter:card"], "summary")
        self.assertNotIn("og:image", card)
