"""A deploy's `collectstatic` succeeds: every file a stylesheet or script refers to exists.

Production stores static files under hashed names (whitenoise's manifest storage), and its
post-processing refuses a file that refers to a missing one (a vendored library's source map,
an image a stylesheet names); the deploy would stop there.
"""

import tempfile

from django.core.management import call_command
from django.test import SimpleTestCase, override_settings

MANIFEST_STORAGE = {"BACKEND": "django.contrib.staticfiles.storage.ManifestStaticFilesStorage"}


class CollectStaticTests(SimpleTestCase):
    def test_collectstatic_with_hashed_names_finds_every_referenced_file(self):
        with tempfile.TemporaryDirectory() as static_root:
            storages = {"default": {"BACKEND": "django.core.files.storage.FileSystemStorage"}}
            with override_settings(STATIC_ROOT=static_root, STORAGES={**storages, "staticfiles": MANIFEST_STORAGE}):
                call_command("collectstatic", interactive=False, verbosity=0)
