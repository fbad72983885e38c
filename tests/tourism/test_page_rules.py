"""Contracts of the fair and tour pages: where they go, what goes under them, and creating,
editing and previewing them in the admin."""

from wagtail.models import Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from home.models import HomePage
from industries.factories import IndustriesIndexPageFactory, ShopPageFactory
from tests.base import SiteTestCase
from tourism.factories import (
    FairPageFactory,
    FairParticipantFactory,
    TourismIndexPageFactory,
    TourPageFactory,
    TourSessionFactory,
)
from tourism.models import FairPage, TourismIndexPage, TourPage


class TourismPageRulesTestCase(SiteTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.superuser = cls.create_superuser()

    def setUp(self):
        self.client.force_login(self.superuser)


class TourismIndexPageRulesTests(TourismPageRulesTestCase):
    form_data = {"title": "フェア・見学会", "introduction": "ものづくりの現場へ。", "comments": inline_formset([])}

    def test_parent_page_types(self):
        self.assertAllowedParentPageTypes(TourismIndexPage, {HomePage})

    def test_subpage_types(self):
        self.assertAllowedSubpageTypes(TourismIndexPage, {FairPage, TourPage})

    def test_can_create_in_admin_once(self):
        self.assertCanCreate(self.home, TourismIndexPage, nested_form_data({**self.form_data, "slug": "tourism"}))
        self.assertTrue(TourismIndexPage.objects.filter(slug="tourism", live=True).exists())
        self.assertFalse(TourismIndexPage.can_create_at(Page.objects.get(pk=self.home.pk)))

    def test_editable_and_previewable(self):
        page = TourismIndexPageFactory(parent=self.home)
        self.assertEditableAndPreviewable(page, self.superuser, {**self.form_data, "title": "見学会"})


class TourismChildPageRulesTestCase(TourismPageRulesTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.index = TourismIndexPageFactory(parent=cls.home)
        cls.shop = ShopPageFactory(parent=IndustriesIndexPageFactory(parent=cls.home), main_image=cls.image())
        cls.photo = cls.image()


class FairPageRulesTests(TourismChildPageRulesTestCase):
    def form_data(self, **fields):
        return {
            "title": "ねりま産業フェア",
            "introduction": "区内の事業者が集まります。",
            "main_image": self.photo.pk,
            "start_date": "2026-11-14",
            "end_date": "2026-11-15",
            "venue": "練馬区立区民・産業プラザ",
            "area": "",
            "address": "東京都練馬区練馬1-17-1",
            "access": "練馬駅から徒歩1分",
            "latitude": "",
            "longitude": "",
            "body": streamfield([("paragraph", rich_text("<p>工場見学もあります。</p>"))]),
            "participant_links": inline_formset([{"business": self.shop.pk}]),
            "comments": inline_formset([]),
            **fields,
        }

    def test_parent_page_types(self):
        self.assertAllowedParentPageTypes(FairPage, {TourismIndexPage})

    def test_subpage_types(self):
        self.assertAllowedSubpageTypes(FairPage, {TourPage})

    def test_can_create_in_admin(self):
        self.assertCanCreate(self.index, FairPage, nested_form_data(self.form_data(slug="fair-2026")))
        fair = FairPage.objects.get(slug="fair-2026", locale__language_code="ja")
        self.assertEqual([link.business_id for link in fair.participant_links.all()], [self.shop.pk])

    def test_cannot_end_before_it_starts(self):
        data = nested_form_data(self.form_data(slug="fair-2026", start_date="2026-11-15", end_date="2026-11-14"))
        response = self.client.post(
            f"/admin/pages/add/tourism/fairpage/{self.index.pk}/", {**data, "action-publish": "publish"}
        )
        self.assertEqual(response.status_code, 200)
        self.assertIn("end_date", response.context["form"].errors)
        self.assertFalse(FairPage.objects.filter(slug="fair-2026").exists())

    def test_editable_and_previewable(self):
        fair = FairPageFactory(parent=self.index, main_image=self.photo)
        FairParticipantFactory(fair=fair, business=self.shop)
        TourPageFactory(parent=fair, host=self.shop)
        self.assertEditableAndPreviewable(fair, self.superuser, self.form_data(title="ねりま商工フェア"))


class TourPageRulesTests(TourismChildPageRulesTestCase):
    def form_data(self, **fields):
        return {
            "title": "沢庵工場見学",
            "introduction": "大根を干す現場を見学します。",
            "main_image": self.photo.pk,
            "host": self.shop.pk,
            "meeting_point": "工場正門前",
            "duration": "約90分",
            "price": "無料",
            "max_party_size": "4",
            "hold_hours": "24",
            "promotion_mode": "automatic",
            "offer_hours": "24",
            "minimum_age": "",
            "clothing": "歩きやすい靴で。",
            "photography": "工場内は撮影できません。",
            "accessibility": "段差があります。",
            "body": streamfield([]),
            "comments": inline_formset([]),
            **fields,
        }

    def test_parent_page_types(self):
        self.assertAllowedParentPageTypes(TourPage, {FairPage, TourismIndexPage})

    def test_subpage_types(self):
        self.assertAllowedSubpageTypes(TourPage, set())

    def test_can_create_in_admin_under_a_fair_and_the_index(self):
        fair = FairPageFactory(parent=self.index)
        for parent, slug in ((fair, "fair-tour"), (self.index, "tour")):
            with self.subTest(parent=parent.specific_class.__name__):
                self.assertCanCreate(parent, TourPage, nested_form_data(self.form_data(slug=slug)))
                self.assertEqual(TourPage.objects.child_of(parent).get(slug=slug).host_id, self.shop.pk)

    def test_editable_and_previewable(self):
        tour = TourPageFactory(parent=self.index, host=self.shop, main_image=self.photo)
        TourSessionFactory(tour=tour)
        self.assertEditableAndPreviewable(tour, self.superuser, self.form_data(title="漬物工場見学"))
