"""Images say how wide they are shown (`sizes`), so a phone downloads the small rendition; pages travel compressed."""

import gzip

from django.template.loader import render_to_string

from bs4 import BeautifulSoup

from industries.factories import IndustriesIndexPageFactory, ShopPageFactory
from tests.base import SiteTestCase


def sizes_slots(html, selector):
    """The `sizes` of the first matching picture's sources, as [(media condition, length)], last slot ("", length)."""
    source = BeautifulSoup(html, "html.parser").select_one(f"{selector} source")
    slots = []
    for slot in (part.strip() for part in source["sizes"].split(",")):
        condition, _space, length = slot.rpartition(" ") if slot.startswith("(") else ("", "", slot)
        slots.append((condition, length))
    return slots


class ImageSizesTests(SiteTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.photo = cls.image(title="大根", description="干された大根")

    def render_slots(self, template, selector, **context):
        return sizes_slots(render_to_string(template, context), selector)

    def test_a_card_thumbnail_is_6_5rem_on_a_phone(self):
        slots = self.render_slots("components/card.html", ".card__media", image=self.photo, title="大根", url="/")
        # Below 40em the card is a row with a 6.5rem square (card.css), not the full width.
        self.assertEqual(slots[-1], ("", "6.5rem"))
        self.assertEqual(slots[0], ("(min-width: 64em)", "22rem"))

    def test_a_gallery_photo_is_half_the_width_on_a_phone(self):
        slots = self.render_slots("components/figure.html", "figure", image=self.photo, variant="gallery")
        self.assertEqual(slots[-1], ("", "calc(50vw - 1.5rem)"))


class CompressionTests(SiteTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.shop = ShopPageFactory(parent=IndustriesIndexPageFactory(parent=cls.home), title="大根堂")

    def test_pages_are_gzipped_for_browsers_that_accept_it(self):
        response = self.client.get(self.shop.url, headers={"accept-encoding": "gzip, br"})
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response["Content-Encoding"], "gzip")
        self.assertIn("Accept-Encoding", response["Vary"])
        self.assertIn("大根堂", gzip.decompress(response.content).decode())

    def test_plain_for_a_client_that_does_not(self):
        response = self.client.get(self.shop.url)
        self.assertFalse(response.has_header("Content-Encoding"))
