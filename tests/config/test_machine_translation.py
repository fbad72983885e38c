"""The machine-translation switch at the end of config/settings/base.py: off by default, on by environment."""

import importlib.util
import os
from pathlib import Path
from unittest import mock

from django.test import SimpleTestCase

BASE_SETTINGS = Path(__file__).resolve().parents[2] / "config" / "settings" / "base.py"
SERVICE_VARIABLES = ("DEEPL_API_KEY", "LIBRETRANSLATE_URL", "LIBRETRANSLATE_API_KEY")


def base_settings(**environment):
    """config.settings.base, evaluated afresh with these variables (and none of the services')."""
    clean = {name: value for name, value in os.environ.items() if name not in SERVICE_VARIABLES}
    with mock.patch.dict(os.environ, {**clean, **environment}, clear=True):
        spec = importlib.util.spec_from_file_location("base_settings_under_test", BASE_SETTINGS)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
    return module


class MachineTranslationSettingsTests(SimpleTestCase):
    def test_off_by_default(self):
        self.assertFalse(hasattr(base_settings(), "WAGTAILLOCALIZE_MACHINE_TRANSLATOR"))

    def test_deepl_with_its_key(self):
        translator = base_settings(DEEPL_API_KEY="secret:fx").WAGTAILLOCALIZE_MACHINE_TRANSLATOR
        self.assertEqual(translator["CLASS"], "wagtail_localize.machine_translators.deepl.DeepLTranslator")
        self.assertEqual(translator["OPTIONS"], {"AUTH_KEY": "secret:fx"})

    def test_libretranslate_with_its_url(self):
        translator = base_settings(
            LIBRETRANSLATE_URL="https://translate.example.org", LIBRETRANSLATE_API_KEY="k"
        ).WAGTAILLOCALIZE_MACHINE_TRANSLATOR
        self.assertEqual(translator["CLASS"], "wagtail_localize.machine_translators.libretranslate.LibreTranslator")
        self.assertEqual(translator["OPTIONS"], {"LIBRETRANSLATE_URL": "https://translate.example.org", "API_KEY": "k"})

    def test_deepl_wins_when_both_are_set(self):
        translator = base_settings(
            DEEPL_API_KEY="secret", LIBRETRANSLATE_URL="https://translate.example.org"
        ).WAGTAILLOCALIZE_MACHINE_TRANSLATOR
        self.assertIn("DeepL", translator["CLASS"])

    def test_blank_key_stays_off(self):
        self.assertFalse(hasattr(base_settings(DEEPL_API_KEY="  "), "WAGTAILLOCALIZE_MACHINE_TRANSLATOR"))
