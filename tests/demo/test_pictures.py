"""The demo's pictures: described in every language, no two alike, and none shown twice on one page."""

import dataclasses
import hashlib
import io
from collections import Counter
from html.parser import HTMLParser
from io import StringIO
from pathlib import PurePosixPath
from unittest import mock
from urllib.parse import urlsplit

from django.conf import settings
from django.core.management import call_command
from django.test import SimpleTestCase, TestCase

from wagtail.images import get_image_model
from wagtail.models import Page

from PIL import Image as PillowImage

from demo.images import render
from demo.loader import load_demo_data
from demo.specs import ImageSpec, T
from demo.validation import validate
from tests.demo.test_seed_demo import fast_avif_encoding

DATA = load_demo_data()
ALT_LANGUAGES = [code for code, _name in settings.LANGUAGES]

PALETTE = ("#ffffff", "#000000", "#888888", "#444444", "#cccccc")


class PictureUnits(HTMLParser):
    """The images a page shows, one set of image URLs per picture.

    A <picture> (its <source> elements and its <img>) is one picture whatever the number of
    formats and sizes it offers; an <img> outside a <picture> is one too.
    """

    def __init__(self):
        super().__init__()
        self.units = []
        self._open = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "picture":
            self._open = set()
        elif tag in ("img", "source"):
            urls = {candidate.split()[0] for candidate in (attrs.get("srcset") or "").split(",") if candidate.strip()}
            urls |= {attrs["src"]} if attrs.get("src") else set()
            if self._open is not None:
                self._open |= urls
            elif urls:
                self.units.append(urls)

    def handle_endtag(self, tag):
        if tag == "picture" and self._open is not None:
            self.units.append(self._open)
            self._open = None


def picture_units(html):
    parser = PictureUnits()
    parser.feed(html)
    return parser.units


def render_tiny(spec):
    """The demo picture at a tenth of its size: every rendition of it is then quick to encode."""
    width, height = spec.size
    return render(dataclasses.replace(spec, size=(width // 10, height // 10)))


def media_file_names(urls):
    """The file names of the uploaded images and renditions among `urls` (not the static ones)."""
    paths = (urlsplit(url).path for url in urls)
    return {PurePosixPath(path).name for path in paths if path.startswith(settings.MEDIA_URL)}


def pixels(spec):
    """The picture's decoded pixels, so two encodings of one drawing still count as the same picture."""
    return PillowImage.open(io.BytesIO(render(spec))).tobytes()


class DemoPictureSpecTests(SimpleTestCase):
    def test_every_picture_is_described_in_every_language(self):
        for spec in DATA.images:
            for code in ALT_LANGUAGES:
                with self.subTest(image=spec.key, language=code):
                    self.assertGreater(len(spec.alt.get(code, "").strip()), 8)

    def test_no_two_pictures_share_a_description(self):
        for code in ALT_LANGUAGES:
            descriptions = Counter(spec.alt[code] for spec in DATA.images)
            self.assertEqual([text for text, count in descriptions.items() if count > 1], [], code)

    def test_a_picture_without_alt_text_in_every_language_is_refused(self):
        undescribed = ImageSpec(
            "no-korean", T({"ja": "日本語の説明", "en": "An English description"}), "street", PALETTE
        )
        problems = validate(dataclasses.replace(DATA, images=[*DATA.images, undescribed]))
        self.assertEqual(problems, ["?: image 'no-korean': alt text lacks ['ko', 'zh-hans', 'zh-hant']"])

    def test_no_two_pictures_are_identical(self):
        small = [dataclasses.replace(spec, size=(240, 160)) for spec in DATA.images]
        by_pixels = Counter(hashlib.sha256(pixels(spec)).hexdigest() for spec in small)
        self.assertEqual(len(by_pixels), len(DATA.images))

    def test_the_same_key_draws_the_same_picture(self):
        spec = dataclasses.replace(DATA.images[0], size=(240, 160))
        self.assertEqual(pixels(spec), pixels(spec))


class DemoPagesShowEachPictureOnceTests(TestCase):
    maxDiff = None

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        with mock.patch("demo.builder.render", render_tiny):
            call_command("seed_demo", stdout=StringIO(), stderr=StringIO(), verbosity=0)

    def test_the_header_picture_is_described_in_the_pages_language(self):
        shop = next(spec for spec in DATA.pages if spec.key == "miyakoya")
        picture = next(spec for spec in DATA.images if spec.key == shop.fields["main_image"].key)
        with fast_avif_encoding():
            for code in ALT_LANGUAGES:
                with self.subTest(language=code):
                    html = self.client.get(f"/{code}/industries/miyakoya/").content.decode()
                    header = html[html.index('class="page-header') :]
                    self.assertIn(f'alt="{picture.alt[code]}"', header[: header.index("</header>")])

    def test_no_page_shows_the_same_picture_twice_in_any_language(self):
        pages = Page.objects.live().filter(depth__gt=1).select_related("locale").order_by("path")
        self.assertGreater(pages.count(), 5 * 60)
        shown = {}  # page URL: the original image of each picture it shows
        with fast_avif_encoding():
            for page in pages:
                response = self.client.get(page.get_url())
                self.assertEqual(response.status_code, 200, page.get_url())
                shown[page.get_url()] = picture_units(response.content.decode())
        originals = self.originals_by_file_name()
        repeated = {}
        for url, units in shown.items():
            # A set per picture: its formats and sizes are one showing of one image.
            per_picture = [{originals[name] for name in media_file_names(unit)} for unit in units]
            counts = Counter(title for titles in per_picture for title in titles)
            titles = sorted(title for title, count in counts.items() if count > 1)
            if titles:
                repeated[url] = titles
        self.assertEqual(repeated, {})
        self.assertTrue(any(len(units) >= 3 for units in shown.values()), "no page shows several pictures")

    @staticmethod
    def originals_by_file_name():
        """{file name of an original or of one of its renditions: the original's title}."""
        names = {}
        for image in get_image_model().objects.prefetch_related("renditions"):
            names[PurePosixPath(image.file.name).name] = image.title
            names.update({PurePosixPath(rendition.file.name).name: image.title for rendition in image.renditions.all()})
        return names
