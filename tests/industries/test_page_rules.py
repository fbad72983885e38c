"""Contracts of the industry pages: where they go, what goes under them, and creating,
editing and previewing them in the admin."""

from wagtail.models import Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from core.factories import AreaFactory
from home.models import HomePage
from industries.factories import (
    IndustriesIndexPageFactory,
    PickleMakerPageFactory,
    ShopCategoryFactory,
    ShopPageFactory,
    ShoppingStreetPageFactory,
    SupportProgramPageFactory,
)
from industries.models import (
    IndustriesIndexPage,
    PickleMakerPage,
    ShopPage,
    ShoppingStreetPage,
    SupportProgramPage,
)
from tests.base import SiteTestCase, image_blocks


def image_block(image):
    return {"image": {"image": image.pk, "alt_text": image.title, "decorative": ""}, "caption": ""}


def location(area):
    return {
        "area": area.pk,
        "address": "東京都練馬区豊玉北5-1-1",
        "access": "練馬駅から徒歩5分",
        "latitude": "35.737000",
        "longitude": "139.654000",
    }


def business_profile(area, image):
    return {
        "introduction": "地元で愛される店です。",
        "main_image": image.pk,
        **location(area),
        "opening_hours": "10:00〜19:00",
        "closed_days": "水曜日",
        "phone": "03-0000-0000",
        "website": "https://example.com/",
        "accessibility_notes": "入口に段差があります。",
        "products": streamfield(
            [
                (
                    "product",
                    {
                        "name": "沢庵漬け",
                        "description": "米ぬかで漬けました。",
                        "price": "¥650",
                        "image": image.pk,
                    },
                )
            ]
        ),
        "body": streamfield([("paragraph", rich_text("<p>創業七十年の店です。</p>"))]),
        "gallery": streamfield([("image", image_block(image))]),
        "comments": inline_formset([]),
    }


class IndustriesPageRulesTestCase(SiteTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.superuser = cls.create_superuser()
        cls.index = IndustriesIndexPageFactory(parent=cls.home)
        cls.area = AreaFactory()
        cls.photo = cls.image()

    def setUp(self):
        self.client.force_login(self.superuser)


class IndustriesIndexPageRulesTests(SiteTestCase):
    form_data = {"title": "産業", "introduction": "練馬のしごと。", "comments": inline_formset([])}

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.superuser = cls.create_superuser()

    def setUp(self):
        self.client.force_login(self.superuser)

    def test_parent_page_types(self):
        self.assertAllowedParentPageTypes(IndustriesIndexPage, {HomePage})

    def test_subpage_types(self):
        self.assertAllowedSubpageTypes(
            IndustriesIndexPage, {ShoppingStreetPage, ShopPage, PickleMakerPage, SupportProgramPage}
        )

    def test_can_create_in_admin_once(self):
        self.assertCanCreate(self.home, IndustriesIndexPage, nested_form_data({**self.form_data, "slug": "industries"}))
        self.assertTrue(IndustriesIndexPage.objects.filter(slug="industries", live=True).exists())
        self.assertFalse(IndustriesIndexPage.can_create_at(Page.objects.get(pk=self.home.pk)))

    def test_editable_and_previewable(self):
        page = IndustriesIndexPageFactory(parent=self.home)
        self.assertEditableAndPreviewable(page, self.superuser, {**self.form_data, "title": "しごと"})


class ShoppingStreetPageRulesTests(IndustriesPageRulesTestCase):
    def form_data(self, **fields):
        return {
            "title": "練馬駅北口商店街",
            "introduction": "駅前から続く商店街です。",
            "main_image": self.photo.pk,
            **location(self.area),
            "character": rich_text("<p>昔ながらの八百屋と新しいカフェが並びます。</p>"),
            "regular_events": streamfield(
                [("event", {"name": "夏まつり", "when": "毎年8月", "description": "盆踊りと屋台。"})]
            ),
            "gallery": streamfield([("image", image_block(self.photo))]),
            "comments": inline_formset([]),
            **fields,
        }

    def test_parent_page_types(self):
        self.assertAllowedParentPageTypes(ShoppingStreetPage, {IndustriesIndexPage})

    def test_subpage_types(self):
        self.assertAllowedSubpageTypes(ShoppingStreetPage, set())

    def test_can_create_in_admin(self):
        self.assertCanCreate(self.index, ShoppingStreetPage, nested_form_data(self.form_data(slug="kitaguchi")))
        street = ShoppingStreetPage.objects.get(slug="kitaguchi", locale__language_code="ja")
        self.assertEqual((street.area, street.main_image), (self.area, self.photo))

    def test_editable_and_previewable(self):
        street = ShoppingStreetPageFactory(
            parent=self.index, area=self.area, main_image=self.photo, gallery=image_blocks([self.photo])
        )
        self.assertEditableAndPreviewable(street, self.superuser, self.form_data(title="南口商店街"))


class ShopPageRulesTests(IndustriesPageRulesTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.category = ShopCategoryFactory()
        cls.street = ShoppingStreetPageFactory(parent=cls.index)

    def form_data(self, **fields):
        return {
            "title": "大根屋",
            "category": self.category.pk,
            "shopping_street": self.street.pk,
            **business_profile(self.area, self.photo),
            **fields,
        }

    def test_parent_page_types(self):
        self.assertAllowedParentPageTypes(ShopPage, {IndustriesIndexPage})

    def test_subpage_types(self):
        self.assertAllowedSubpageTypes(ShopPage, set())

    def test_can_create_in_admin(self):
        self.assertCanCreate(self.index, ShopPage, nested_form_data(self.form_data(slug="daikon-ya")))
        shop = ShopPage.objects.get(slug="daikon-ya", locale__language_code="ja")
        self.assertEqual((shop.category, shop.shopping_street_id), (self.category, self.street.pk))
        self.assertEqual(shop.products[0].value["name"], "沢庵漬け")

    def test_editable_and_previewable(self):
        shop = ShopPageFactory(
            parent=self.index,
            area=self.area,
            category=self.category,
            shopping_street=self.street,
            main_image=self.photo,
            gallery=image_blocks([self.photo]),
        )
        self.assertEditableAndPreviewable(shop, self.superuser, self.form_data(title="かぶ屋"))


class PickleMakerPageRulesTests(IndustriesPageRulesTestCase):
    def form_data(self, **fields):
        return {
            "title": "練馬漬物",
            "founded_year": "1950",
            "process": rich_text("<ol><li>大根を干す</li><li>米ぬかで漬ける</li></ol>"),
            "where_to_buy": rich_text("<p>店頭と区内の直売所で。</p>"),
            "tour_availability": "冬の土曜日に見学できます。",
            **business_profile(self.area, self.photo),
            **fields,
        }

    def test_parent_page_types(self):
        self.assertAllowedParentPageTypes(PickleMakerPage, {IndustriesIndexPage})

    def test_subpage_types(self):
        self.assertAllowedSubpageTypes(PickleMakerPage, set())

    def test_can_create_in_admin(self):
        self.assertCanCreate(self.index, PickleMakerPage, nested_form_data(self.form_data(slug="tsukemono")))
        self.assertEqual(PickleMakerPage.objects.get(slug="tsukemono", locale__language_code="ja").founded_year, 1950)

    def test_editable_and_previewable(self):
        maker = PickleMakerPageFactory(parent=self.index, main_image=self.photo, process="<p>干す</p>")
        self.assertEditableAndPreviewable(maker, self.superuser, self.form_data(title="沢庵本舗"))


class SupportProgramPageRulesTests(IndustriesPageRulesTestCase):
    def form_data(self, **fields):
        return {
            "title": "創業支援セミナー",
            "introduction": "区内で開業する人のためのセミナーです。",
            "audience": rich_text("<p>区内で創業を考えている人</p>"),
            "offer": rich_text("<ul><li>専門家による無料相談</li></ul>"),
            "how_to_apply": rich_text("<ol><li>電話で予約する</li></ol>"),
            "contact": "商工観光課 03-0000-0000",
            "body": streamfield([("image", image_block(self.photo))]),
            "comments": inline_formset([]),
            **fields,
        }

    def test_parent_page_types(self):
        self.assertAllowedParentPageTypes(SupportProgramPage, {IndustriesIndexPage})

    def test_subpage_types(self):
        self.assertAllowedSubpageTypes(SupportProgramPage, set())

    def test_can_create_in_admin(self):
        self.assertCanCreate(self.index, SupportProgramPage, nested_form_data(self.form_data(slug="seminar")))
        self.assertTrue(SupportProgramPage.objects.filter(slug="seminar", live=True).exists())

    def test_editable_and_previewable(self):
        program = SupportProgramPageFactory(parent=self.index)
        self.assertEditableAndPreviewable(program, self.superuser, self.form_data(title="融資あっせん"))
