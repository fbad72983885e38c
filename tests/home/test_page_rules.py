"""Contracts of the editorial pages: where they go, what goes under them, and creating,
editing and previewing them in the admin."""

from wagtail.models import Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from anime.models import AnimeIndexPage
from core.factories import TopicFactory
from crafts.models import CraftsIndexPage
from home.factories import (
    StandardPageFactory,
    StoryFeaturedProfileFactory,
    StoryIndexPageFactory,
    StoryPageFactory,
    StoryTopicFactory,
)
from home.models import HomePage, StandardPage, StoryIndexPage, StoryPage
from industries.factories import IndustriesIndexPageFactory, ShopPageFactory
from industries.models import IndustriesIndexPage
from tests.base import SiteTestCase, image_blocks
from tourism.models import TourismIndexPage


def body(image=None):
    blocks = [
        ("heading", {"text": "練馬の商店街", "level": "h2"}),
        ("paragraph", rich_text("<p>駅前から続く商店街です。</p>")),
        ("quote", {"text": "毎朝、大根の声を聞いています。", "attribution": "漬物職人"}),
    ]
    if image is not None:
        blocks.append(
            ("image", {"image": {"image": image.pk, "alt_text": "商店街", "decorative": ""}, "caption": "駅前"})
        )
    return streamfield(blocks)


class EditorialPageRulesTestCase(SiteTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.superuser = cls.create_superuser()

    def setUp(self):
        self.client.force_login(self.superuser)


class HomePageRulesTests(EditorialPageRulesTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.shop = ShopPageFactory(parent=IndustriesIndexPageFactory(parent=cls.home))

    def form_data(self, **fields):
        return {
            "title": "練馬のしごと・まち・観光",
            "hero_heading": "練馬のしごと・まち・観光",
            "hero_text": "商店街、漬物、伝統工芸、アニメ。",
            "hero_image": self.image().pk,
            "featured_profiles": streamfield([("profile", self.shop.pk)]),
            "body": body(self.image()),
            "comments": inline_formset([]),
            **fields,
        }

    def test_parent_page_types(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})

    def test_subpage_types(self):
        self.assertAllowedSubpageTypes(
            HomePage,
            {IndustriesIndexPage, CraftsIndexPage, AnimeIndexPage, TourismIndexPage, StoryIndexPage, StandardPage},
        )

    def test_only_one_home_page_per_parent(self):
        self.assertFalse(HomePage.can_create_at(self.home.get_parent()))

    def test_can_create_in_admin(self):
        root = self.home.get_parent()
        # Deleted as the admin deletes a Japanese page: with its versions in the other trees.
        Page.objects.filter(translation_key=self.home.translation_key).delete()
        self.assertCanCreate(
            root, HomePage, nested_form_data(self.form_data(slug="nerima", featured_profiles=streamfield([])))
        )
        self.assertTrue(HomePage.objects.child_of(root).filter(slug="nerima", live=True).exists())

    def test_editable_and_previewable(self):
        self.assertEditableAndPreviewable(self.home, self.superuser, self.form_data(title="練馬へようこそ"))


class StandardPageRulesTests(EditorialPageRulesTestCase):
    def form_data(self, **fields):
        return {
            "title": "このサイトについて",
            "introduction": "練馬区の産業と観光を紹介します。",
            "body": body(self.image()),
            "comments": inline_formset([]),
            **fields,
        }

    def test_parent_page_types(self):
        self.assertAllowedParentPageTypes(StandardPage, {HomePage, StandardPage})

    def test_subpage_types(self):
        self.assertAllowedSubpageTypes(StandardPage, {StandardPage})

    def test_can_create_in_admin(self):
        self.assertCanCreate(self.home, StandardPage, nested_form_data(self.form_data(slug="about")))
        self.assertTrue(StandardPage.objects.child_of(self.home).filter(slug="about", live=True).exists())

    def test_editable_and_previewable(self):
        page = StandardPageFactory(parent=self.home, body=image_blocks([self.image()]))
        self.assertEditableAndPreviewable(page, self.superuser, self.form_data(title="アクセス"))


class StoryIndexPageRulesTests(EditorialPageRulesTestCase):
    form_data = {"title": "ストーリー", "introduction": "練馬で働く人たちの話。", "comments": inline_formset([])}

    def test_parent_page_types(self):
        self.assertAllowedParentPageTypes(StoryIndexPage, {HomePage})

    def test_subpage_types(self):
        self.assertAllowedSubpageTypes(StoryIndexPage, {StoryPage})

    def test_can_create_in_admin_once(self):
        self.assertCanCreate(self.home, StoryIndexPage, nested_form_data({**self.form_data, "slug": "stories"}))
        self.assertTrue(StoryIndexPage.objects.child_of(self.home).filter(slug="stories", live=True).exists())
        self.assertFalse(StoryIndexPage.can_create_at(Page.objects.get(pk=self.home.pk)))

    def test_editable_and_previewable(self):
        page = StoryIndexPageFactory(parent=self.home)
        self.assertEditableAndPreviewable(page, self.superuser, {**self.form_data, "title": "練馬の話"})


class StoryPageRulesTests(EditorialPageRulesTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.story_index = StoryIndexPageFactory(parent=cls.home)
        industries = IndustriesIndexPageFactory(parent=cls.home)
        cls.shop = ShopPageFactory(parent=industries, slug="shop", main_image=cls.image())
        cls.topic = TopicFactory()

    def form_data(self, **fields):
        return {
            "title": "沢庵づくりの冬",
            "author": "商工観光課",
            "date": "2026-01-15",
            "section": "pickles",
            "hero_image": self.image().pk,
            "introduction": "大根を干す季節がやってきました。",
            "body": body(self.image()),
            "topic_links": inline_formset([{"topic": self.topic.pk}]),
            "featured_profile_links": inline_formset([{"profile": self.shop.pk}]),
            "comments": inline_formset([]),
            **fields,
        }

    def test_parent_page_types(self):
        self.assertAllowedParentPageTypes(StoryPage, {StoryIndexPage})

    def test_subpage_types(self):
        self.assertAllowedSubpageTypes(StoryPage, set())

    def test_can_create_in_admin(self):
        self.assertCanCreate(self.story_index, StoryPage, nested_form_data(self.form_data(slug="takuan-winter")))
        story = StoryPage.objects.get(slug="takuan-winter", locale__language_code="ja")
        self.assertTrue(story.live)
        self.assertEqual([link.topic for link in story.topic_links.all()], [self.topic])
        self.assertEqual([link.profile_id for link in story.featured_profile_links.all()], [self.shop.pk])

    def test_editable_and_previewable(self):
        story = StoryPageFactory(parent=self.story_index, hero_image=self.image())
        StoryTopicFactory(story=story, topic=self.topic)
        StoryFeaturedProfileFactory(story=story, profile=self.shop)
        self.assertEditableAndPreviewable(story, self.superuser, self.form_data(title="大根を干す"))
