"""Image alt text is written per use and per language, and never falls back to the file name."""

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
