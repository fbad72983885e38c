"""Image alt text is written per use and per language, and never falls back to the file name."""

import io

from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import translation

from wagtail.images import get_image_model
from wagtail.models import Collection
from wagtail_localize.models import TranslationSource

from PIL import Image as PILImage

from core.image_alt import image_alt_text
from industries.factories import IndustriesIndexPageFactory, ShopPageFactory
from tests.base import SiteTestCase


def gallery_image(image, alt_text, decorative=False):
    return {
        "type": "image",
        "value": {"image": {"image": image.pk, "alt_text": alt_text, "decorative": decorative}, "caption": ""},
    }


class ImageAltTextTests(SiteTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        # Wagtail's default alt text would be the title, which defaults to the uploaded file's name.
        cls.photo = cls.image(title="IMG_0042.jpg", description="")
        cls.described = cls.image(title="IMG_0043.jpg", description="木樽の並ぶ蔵 / Barrels in a storehouse")
        industries = IndustriesIndexPageFactory(parent=cls.home)
        cls.shop = ShopPageFactory(
            parent=industries,
            main_image=cls.described,
            gallery=[gallery_image(cls.photo, "干される練馬大根"), gallery_image(cls.described, "", decorative=True)],
        )
        cls.translate(
            cls.shop,
            "en",
            gallery=[gallery_image(cls.photo, "Nerima daikon hung to dry"), gallery_image(cls.described, "", True)],
        )

    def alts(self, language_code, selector):
        html = self.soup(self.get(self.url_in(self.shop, language_code)))
        return [img["alt"] for img in html.select(f"{selector} img")]

    def test_gallery_images_carry_the_alt_text_written_for_them_in_each_language(self):
        self.assertEqual(self.alts("ja", ".gallery"), ["干される練馬大根", ""])
        self.assertEqual(self.alts("en", ".gallery"), ["Nerima daikon hung to dry", ""])

    def test_the_header_image_falls_back_to_the_description_never_the_file_name(self):
        self.assertEqual(self.alts("ja", ".page-header"), ["木樽の並ぶ蔵 / Barrels in a storehouse"])
        self.shop.main_image = self.photo
        self.shop.save_revision().publish()
        alts = self.alts("ja", ".page-header")
        self.assertEqual(alts, [""])
        self.assertNotIn("IMG_0042", str(alts))

    def test_the_header_image_carries_the_alt_text_written_for_the_page_in_each_language(self):
        self.shop.main_image_alt = "店先に並ぶ沢庵の樽"
        self.shop.save_revision().publish()
        self.translate(self.shop, "ko", main_image_alt="가게 앞에 늘어선 단무지 통")
        self.assertEqual(self.alts("ja", ".page-header"), ["店先に並ぶ沢庵の樽"])
        self.assertEqual(self.alts("ko", ".page-header"), ["가게 앞에 늘어선 단무지 통"])

    def test_the_header_alt_text_is_a_string_translators_are_given(self):
        self.shop.main_image_alt = "店先に並ぶ沢庵の樽"
        self.shop.save_revision().publish()
        source, _created = TranslationSource.get_or_create_from_instance(self.shop)
        paths = set(source.stringsegment_set.values_list("context__path", flat=True))
        self.assertIn("main_image_alt", paths)


class ImageUploadNeedsADescriptionTests(SiteTestCase):
    """An uploaded image is never left with nothing to say but its file name."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.editor = cls.create_superuser()

    def setUp(self):
        self.client.force_login(self.editor)

    def upload(self, **fields):
        buffer = io.BytesIO()
        PILImage.new("RGB", (8, 8), "#b23a2e").save(buffer, "PNG")
        data = {
            "title": "IMG_0042.png",
            "file": SimpleUploadedFile("IMG_0042.png", buffer.getvalue()),
            "collection": Collection.get_first_root_node().pk,
            **fields,
        }
        with translation.override("ja"):
            return self.client.post("/admin/images/add/", data)

    def test_an_upload_without_a_description_is_refused_with_a_message(self):
        response = self.upload()
        self.assertEqual(response.status_code, 200)
        self.assertIn("description", response.context["form"].errors)
        self.assertFalse(get_image_model().objects.filter(title="IMG_0042.png").exists())

    def test_an_upload_with_a_description_is_saved_and_the_description_is_its_alt_text(self):
        response = self.upload(description="干される練馬大根")
        self.assertEqual(response.status_code, 302)
        image = get_image_model().objects.get(title="IMG_0042.png")
        self.assertEqual(image_alt_text(image), "干される練馬大根")
