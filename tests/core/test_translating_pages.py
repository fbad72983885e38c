"""Every page type goes through wagtail-localize: its texts are extracted, the translation
editor opens, PO files go out and come back, and every language version can be previewed."""

import importlib
import json

from django.apps import apps
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from wagtail.models import get_page_models
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

import polib

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
from tests.base import LANGUAGE_CODES, SiteTestCase
from tourism.factories import FairPageFactory, TourismIndexPageFactory, TourPageFactory

SITE_APPS = {"home", "industries", "crafts", "anime", "tourism"}
TARGETS = [code for code in LANGUAGE_CODES if code != "ja"]


def product(name, image=None):
    return {
        "type": "product",
        "value": {"name": name, "description": "米ぬかで漬けました。", "price": "¥650", "image": image},
    }


class TranslatingPagesTests(SiteTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.superuser = cls.create_superuser()
        photo = cls.image()
        industries = IndustriesIndexPageFactory(parent=cls.home)
        crafts = CraftsIndexPageFactory(parent=cls.home)
        anime = AnimeIndexPageFactory(parent=cls.home)
        tourism = TourismIndexPageFactory(parent=cls.home)
        stories = StoryIndexPageFactory(parent=cls.home)
        fair = FairPageFactory(parent=tourism)
        # A product without a photograph, beside one with: the empty image used to crash segment extraction.
        cls.shop = ShopPageFactory(parent=industries, products=[product("沢庵漬け"), product("べったら漬け", photo.pk)])
        cls.pages = [
            cls.home,
            StandardPageFactory(parent=cls.home),
            stories,
            StoryPageFactory(parent=stories),
            industries,
            ShoppingStreetPageFactory(parent=industries),
            cls.shop,
            PickleMakerPageFactory(parent=industries, products=[product("たくあん")]),
            SupportProgramPageFactory(parent=industries),
            crafts,
            CraftPageFactory(parent=crafts),
            MasterCraftsmanPageFactory(parent=crafts),
            anime,
            AnimeStudioPageFactory(parent=anime),
            tourism,
            fair,
            TourPageFactory(parent=fair),
        ]
        for page in cls.pages:
            source, _created = TranslationSource.update_or_create_from_instance(page)
            for code in TARGETS:
                translation, _created = Translation.objects.get_or_create(
                    source=source, target_locale=cls.locales[code]
                )
                translation.save_target(publish=False)

    def setUp(self):
        self.client.force_login(self.superuser)

    def translation_of(self, page, code):
        return Translation.objects.get(
            source=TranslationSource.objects.get_for_instance(page), target_locale=self.locales[code]
        )

    def test_every_page_type_is_covered(self):
        site_types = {model for model in get_page_models() if model._meta.app_label in SITE_APPS}
        self.assertEqual(site_types - {type(page) for page in self.pages}, set())

    def test_translation_editor_opens_for_every_page_type_and_language(self):
        for page in self.pages:
            for code in TARGETS:
                target = page.get_translation(self.locales[code])
                with self.subTest(page=type(page).__name__, language=code):
                    response = self.client.get(reverse("wagtailadmin_pages:edit", args=[target.pk]))
                    self.assertEqual(response.status_code, 200)
                    self.assertTemplateUsed(response, "wagtail_localize/admin/edit_translation.html")

    def test_product_without_photograph_is_translatable(self):
        source = TranslationSource.objects.get_for_instance(self.shop)
        product_names = set(source.stringsegment_set.values_list("string__data", flat=True))
        self.assertTrue({"沢庵漬け", "べったら漬け"} <= product_names)
        target = self.shop.get_translation(self.locales["en"]).specific
        self.assertIsNone(target.products[0].value["image"])
        self.assertEqual(target.products[1].value["image"], self.shop.products[1].value["image"])

    def test_every_language_version_previews(self):
        """The Japanese draft through Wagtail's draft view, translations through wagtail-localize's preview."""
        for page in self.pages:
            with self.subTest(page=type(page).__name__, language="ja"):
                response = self.client.get(reverse("wagtailadmin_pages:view_draft", args=[page.pk]))
                self.assertEqual(response.status_code, 200)
            for code in TARGETS:
                with self.subTest(page=type(page).__name__, language=code):
                    translation = self.translation_of(page, code)
                    response = self.client.get(reverse("wagtail_localize:preview_translation", args=[translation.pk]))
                    self.assertEqual(response.status_code, 200)

    def test_po_file_goes_out_and_comes_back(self):
        translation = self.translation_of(self.shop, "en")
        response = self.client.get(reverse("wagtail_localize:download_pofile", args=[translation.pk]))
        self.assertEqual(response.status_code, 200)
        po = polib.pofile(response.content.decode())
        entry = next(entry for entry in po if entry.msgid == "沢庵漬け")
        entry.msgstr = "Takuan pickles"
        upload = SimpleUploadedFile("shop-en.po", str(po).encode(), content_type="text/x-gettext-translation")
        response = self.client.post(
            reverse("wagtail_localize:upload_pofile", args=[translation.pk]), {"file": upload, "next": "/admin/"}
        )
        self.assertEqual(response.status_code, 302)
        self.assertTrue(StringTranslation.objects.filter(locale=self.locales["en"], data="Takuan pickles").exists())
        translation.save_target(publish=False)
        target = self.shop.get_translation(self.locales["en"]).specific
        self.assertEqual(target.get_latest_revision_as_object().products[0].value["name"], "Takuan pickles")


class ProductImageMigrationTests(SiteTestCase):
    def test_image_block_values_become_image_ids(self):
        """industries/migrations/0002 turns stored ImageBlock values (pages and revisions) into chooser values."""
        migration = importlib.import_module("industries.migrations.0002_product_image_chooser")
        photo = self.image()
        shop = ShopPageFactory(parent=IndustriesIndexPageFactory(parent=self.home))
        old = [
            {
                "type": "product",
                "id": "a",
                "value": {"name": "沢庵", "image": {"image": photo.pk, "alt_text": "沢庵", "decorative": False}},
            },
            {"type": "product", "id": "b", "value": {"name": "奈良漬", "image": None}},
        ]
        revision = shop.save_revision()
        type(shop).objects.filter(pk=shop.pk).update(products=old)
        revision.content["products"] = json.dumps(old)  # revisions keep StreamFields as JSON text
        revision.save(update_fields=["content"])

        migration.product_image_migration("ShopPage").code(apps, None)

        shop = type(shop).objects.get(pk=shop.pk)
        self.assertEqual(shop.products[0].value["image"], photo)
        self.assertIsNone(shop.products[1].value["image"])
        revision.refresh_from_db()
        self.assertEqual(json.loads(revision.content["products"])[0]["value"]["image"], photo.pk)
