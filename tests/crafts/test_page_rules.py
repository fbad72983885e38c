"""Contracts of the craft pages: where they go, what goes under them, and creating,
editing and previewing them in the admin."""

from wagtail.models import Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from core.factories import AreaFactory
from crafts.choices import CertificationStatus
from crafts.factories import (
    CraftPageFactory,
    CraftsIndexPageFactory,
    MasterCraftsmanCraftFactory,
    MasterCraftsmanPageFactory,
)
from crafts.models import CraftPage, CraftsIndexPage, MasterCraftsmanPage
from home.models import HomePage
from tests.base import SiteTestCase, image_blocks


def gallery(image):
    return streamfield(
        [("image", {"image": {"image": image.pk, "alt_text": image.title, "decorative": ""}, "caption": "作品"})]
    )


class CraftsPageRulesTestCase(SiteTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.superuser = cls.create_superuser()

    def setUp(self):
        self.client.force_login(self.superuser)


class CraftsIndexPageRulesTests(CraftsPageRulesTestCase):
    form_data = {"title": "伝統工芸", "introduction": "受け継がれる技。", "comments": inline_formset([])}

    def test_parent_page_types(self):
        self.assertAllowedParentPageTypes(CraftsIndexPage, {HomePage})

    def test_subpage_types(self):
        self.assertAllowedSubpageTypes(CraftsIndexPage, {CraftPage, MasterCraftsmanPage})

    def test_can_create_in_admin_once(self):
        self.assertCanCreate(self.home, CraftsIndexPage, nested_form_data({**self.form_data, "slug": "crafts"}))
        self.assertTrue(CraftsIndexPage.objects.filter(slug="crafts", live=True).exists())
        self.assertFalse(CraftsIndexPage.can_create_at(Page.objects.get(pk=self.home.pk)))

    def test_editable_and_previewable(self):
        page = CraftsIndexPageFactory(parent=self.home)
        self.assertEditableAndPreviewable(page, self.superuser, {**self.form_data, "title": "匠の技"})


class CraftPageRulesTests(CraftsPageRulesTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.index = CraftsIndexPageFactory(parent=cls.home)
        cls.photo = cls.image()

    def form_data(self, **fields):
        return {
            "title": "東京染小紋",
            "introduction": "細かな模様を型紙で染めます。",
            "main_image": self.photo.pk,
            "history": rich_text("<p>江戸時代の武士の裃から。</p>"),
            "technique": rich_text("<ol><li>型紙を置く</li><li>糊を引く</li></ol>"),
            "where_to_see": rich_text("<p>区内の工房で。</p>"),
            "body": streamfield([]),
            "gallery": gallery(self.photo),
            "comments": inline_formset([]),
            **fields,
        }

    def test_parent_page_types(self):
        self.assertAllowedParentPageTypes(CraftPage, {CraftsIndexPage})

    def test_subpage_types(self):
        self.assertAllowedSubpageTypes(CraftPage, set())

    def test_can_create_in_admin(self):
        self.assertCanCreate(self.index, CraftPage, nested_form_data(self.form_data(slug="edo-komon")))
        self.assertTrue(CraftPage.objects.filter(slug="edo-komon", live=True).exists())

    def test_editable_and_previewable(self):
        craft = CraftPageFactory(parent=self.index, main_image=self.photo, gallery=image_blocks([self.photo]))
        self.assertEditableAndPreviewable(craft, self.superuser, self.form_data(title="江戸木目込人形"))


class MasterCraftsmanPageRulesTests(CraftsPageRulesTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.index = CraftsIndexPageFactory(parent=cls.home)
        cls.craft = CraftPageFactory(parent=cls.index)
        cls.photo = cls.image()
        cls.area = AreaFactory()

    def form_data(self, craft_links=None, **fields):
        if craft_links is None:
            craft_links = [{"craft": self.craft.pk}]
        return {
            "title": "練馬太郎",
            "name_reading": "ねりま たろう",
            "portrait": self.photo.pk,
            "introduction": "染物一筋五十年。",
            "certification_year": "2015",
            "certification_status": CertificationStatus.ACTIVE,
            "craft_links": inline_formset(craft_links, min=1),
            "workshop_name": "練馬染工房",
            "area": self.area.pk,
            "address": "東京都練馬区石神井町1-1-1",
            "access": "石神井公園駅から徒歩10分",
            "latitude": "",
            "longitude": "",
            "biography": rich_text("<p>十五歳で弟子入りしました。</p>"),
            "works_gallery": gallery(self.photo),
            "demonstrations": streamfield(
                [("demonstration", {"title": "型染め実演", "when": "毎月第2土曜日", "place": "工房"})]
            ),
            "body": streamfield([]),
            "comments": inline_formset([]),
            **fields,
        }

    def test_parent_page_types(self):
        self.assertAllowedParentPageTypes(MasterCraftsmanPage, {CraftsIndexPage})

    def test_subpage_types(self):
        self.assertAllowedSubpageTypes(MasterCraftsmanPage, set())

    def test_can_create_in_admin(self):
        self.assertCanCreate(self.index, MasterCraftsmanPage, nested_form_data(self.form_data(slug="nerima-taro")))
        craftsman = MasterCraftsmanPage.objects.get(slug="nerima-taro", locale__language_code="ja")
        self.assertEqual([link.craft_id for link in craftsman.craft_links.all()], [self.craft.pk])

    def test_needs_a_craft(self):
        response = self.client.post(
            f"/admin/pages/add/crafts/mastercraftsmanpage/{self.index.pk}/",
            {**nested_form_data(self.form_data(craft_links=[], slug="nerima-taro")), "action-publish": "publish"},
        )
        self.assertEqual(response.status_code, 200)
        self.assertFalse(MasterCraftsmanPage.objects.filter(slug="nerima-taro").exists())

    def test_editable_and_previewable(self):
        craftsman = MasterCraftsmanPageFactory(
            parent=self.index, portrait=self.photo, area=self.area, works_gallery=image_blocks([self.photo])
        )
        MasterCraftsmanCraftFactory(craftsman=craftsman, craft=self.craft)
        self.assertEditableAndPreviewable(craftsman, self.superuser, self.form_data(title="練馬花子"))
