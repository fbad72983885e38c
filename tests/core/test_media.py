"""Uploaded files: documents only through Wagtail's document view, originals never public, limits on uploads."""

import importlib
import io

from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from django.urls import clear_url_caches

from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction

from PIL import Image

import config.urls
from tests.base import SiteTestCase

EVIL_HTML = b"<!doctype html><script>alert(document.cookie)</script>"


def png_bytes(width, height):
    buffer = io.BytesIO()
    Image.new("1", (width, height)).save(buffer, "PNG", optimize=True)
    return buffer.getvalue()


class MediaServedByDjangoTestCase(SiteTestCase):
    """SERVE_MEDIA=true, as in the one-box recipe and compose.yaml: the URLconf is rebuilt with it."""

    def setUp(self):
        super().setUp()
        serve_media = override_settings(SERVE_MEDIA=True)
        serve_media.enable()
        self.reload_urls()
        self.addCleanup(self.reload_urls)
        self.addCleanup(serve_media.disable)

    @staticmethod
    def reload_urls():
        importlib.reload(config.urls)
        clear_url_caches()

    @classmethod
    def document(cls, name, content, collection=None):
        return get_document_model().objects.create(
            title=name, file=ContentFile(content, name=name), collection=collection or Collection.get_first_root_node()
        )


class MediaTests(MediaServedByDjangoTestCase):
    def test_documents_are_not_served_from_media(self):
        document = self.document("notice.txt", b"hello")
        self.assertTrue(document.file.name.startswith("documents/"))
        self.assertEqual(self.client.get(f"/media/{document.file.name}").status_code, 404)

    def test_original_images_are_not_served_but_renditions_are(self):
        image = self.image()
        rendition = image.get_rendition("width-16")
        self.assertEqual(self.client.get(f"/media/{image.file.name}").status_code, 404)
        for disguise in ("./", ".//", "images/../", "/"):
            with self.subTest(disguise):
                self.assertEqual(self.client.get(f"/media/{disguise}{image.file.name}").status_code, 404)
        response = self.client.get(rendition.url)
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response["X-Content-Type-Options"], "nosniff")
        self.assertIn("sandbox", response["Content-Security-Policy"])
        self.assertIn("default-src 'none'", response["Content-Security-Policy"])

    def test_a_document_is_an_attachment_that_runs_nothing(self):
        document = self.document("notice.txt", EVIL_HTML)
        response = self.client.get(document.url)
        self.assertEqual(response.status_code, 200)
        self.assertTrue(response["Content-Disposition"].startswith("attachment"))
        self.assertEqual(response["Content-Security-Policy"], "default-src 'none'")
        self.assertEqual(response["X-Content-Type-Options"], "nosniff")

    def test_a_document_in_a_private_collection_needs_a_login(self):
        private = Collection.get_first_root_node().add_child(name="Members only")
        CollectionViewRestriction.objects.create(collection=private, restriction_type="login")
        document = self.document("members.pdf", b"%PDF-1.4 members", collection=private)
        response = self.client.get(document.url)
        self.assertEqual(response.status_code, 302)
        self.assertIn("login", response["Location"])
        self.assertEqual(self.client.get(f"/media/{document.file.name}").status_code, 404)


class UploadLimitTests(SiteTestCase):
    def setUp(self):
        super().setUp()
        self.client.force_login(self.create_superuser())

    def upload_document(self, name, content):
        return self.client.post(
            "/admin/documents/add/",
            {
                "title": name,
                "file": SimpleUploadedFile(name, content),
                "collection": Collection.get_first_root_node().pk,
            },
        )

    def test_only_listed_document_kinds_are_accepted(self):
        for name in ("evil.html", "evil.svg", "evil.js", "evil.HTML"):
            with self.subTest(name):
                response = self.upload_document(name, EVIL_HTML)
                self.assertEqual(response.status_code, 200)
                self.assertIn("file", response.context["form"].errors)
        self.assertFalse(get_document_model().objects.exists())
        self.upload_document("programme.pdf", b"%PDF-1.4")
        self.assertEqual(get_document_model().objects.get().title, "programme.pdf")

    @override_settings(WAGTAILDOCS_MAX_UPLOAD_SIZE=1024)
    def test_a_document_over_the_size_limit_is_refused(self):
        response = self.upload_document("large.pdf", b"%PDF-1.4" + b"0" * 2048)
        self.assertEqual(response.status_code, 200)
        self.assertIn("file", response.context["form"].errors)
        self.assertFalse(get_document_model().objects.exists())

    def test_a_100_megapixel_image_of_a_few_kilobytes_is_refused(self):
        bomb = png_bytes(10_000, 10_000)
        self.assertLess(len(bomb), 20_000)
        response = self.client.post(
            "/admin/images/add/",
            {
                "title": "bomb",
                "file": SimpleUploadedFile("bomb.png", bomb),
                "collection": Collection.get_first_root_node().pk,
            },
        )
        self.assertEqual(response.status_code, 200)
        self.assertIn("file", response.context["form"].errors)
        self.assertFalse(type(self.image()).objects.filter(title="bomb").exists())
