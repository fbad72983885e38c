"""Contracts of the anime pages: where they go, what goes under them, and creating,
editing and previewing them in the admin."""

from wagtail.models import Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from anime.choices import VisitorPolicy
from anime.factories import AnimeIndexPageFactory, AnimeStudioPageFactory
from anime.models import AnimeIndexPage, AnimeStudioPage
from core.factories import AreaFactory
from home.models import HomePage
from tests.base import SiteTestCase, image_blocks


class AnimePageRulesTestCase(SiteTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.superuser = cls.create_superuser()
        cls.photo = cls.image()

    def setUp(self):
        self.client.force_login(self.superuser)

    def gallery(self):
        image = {"image": self.photo.pk, "alt_text": "原画", "decorative": ""}
        return streamfield([("image", {"image": image, "caption": ""})])


class AnimeIndexPageRulesTests(AnimePageRulesTestCase):
    def form_data(self, **fields):
        return {
            "title": "アニメ",
            "introduction": "日本のテレビアニメ発祥の地。",
            "body": streamfield([("paragraph", rich_text("<p>練馬区には多くのスタジオがあります。</p>"))]),
            "comments": inline_formset([]),
            **fields,
        }

    def test_parent_page_types(self):
        self.assertAllowedParentPageTypes(AnimeIndexPage, {HomePage})

    def test_subpage_types(self):
        self.assertAllowedSubpageTypes(AnimeIndexPage, {AnimeStudioPage})

    def test_can_create_in_admin_once(self):
        self.assertCanCreate(self.home, AnimeIndexPage, nested_form_data(self.form_data(slug="anime")))
        self.assertTrue(AnimeIndexPage.objects.filter(slug="anime", live=True).exists())
        self.assertFalse(AnimeIndexPage.can_create_at(Page.objects.get(pk=self.home.pk)))

    def test_editable_and_previewable(self):
        index = AnimeIndexPageFactory(parent=self.home, body=image_blocks([self.photo]))
        self.assertEditableAndPreviewable(
            index, self.superuser, self.form_data(title="アニメのまち", body=self.gallery())
        )


class AnimeStudioPageRulesTests(AnimePageRulesTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.index = AnimeIndexPageFactory(parent=cls.home)
        cls.area = AreaFactory()

    def form_data(self, **fields):
        return {
            "title": "練馬アニメーション",
            "introduction": "1970年創業のスタジオです。",
            "main_image": self.photo.pk,
            "founded_year": "1970",
            "notable_works": streamfield(
                [("work", {"title": "大根ヒーロー", "year": "1998", "description": "練馬が舞台のシリーズ。"})]
            ),
            "visitor_policy": VisitorPolicy.TOURS,
            "visitor_information": "見学会でのみ公開しています。",
            "area": self.area.pk,
            "address": "東京都練馬区東大泉1-1-1",
            "access": "大泉学園駅から徒歩8分",
            "latitude": "35.750000",
            "longitude": "139.590000",
            "body": streamfield([]),
            "gallery": self.gallery(),
            "comments": inline_formset([]),
            **fields,
        }

    def test_parent_page_types(self):
        self.assertAllowedParentPageTypes(AnimeStudioPage, {AnimeIndexPage})

    def test_subpage_types(self):
        self.assertAllowedSubpageTypes(AnimeStudioPage, set())

    def test_can_create_in_admin(self):
        self.assertCanCreate(self.index, AnimeStudioPage, nested_form_data(self.form_data(slug="nerima-animation")))
        studio = AnimeStudioPage.objects.get(slug="nerima-animation", locale__language_code="ja")
        self.assertEqual((studio.visitor_policy, studio.notable_works[0].value["year"]), (VisitorPolicy.TOURS, 1998))

    def test_editable_and_previewable(self):
        studio = AnimeStudioPageFactory(
            parent=self.index, main_image=self.photo, area=self.area, gallery=image_blocks([self.photo])
        )
        self.assertEditableAndPreviewable(studio, self.superuser, self.form_data(title="大泉動画"))
