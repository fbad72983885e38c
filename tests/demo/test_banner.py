"""The demo banner tells every visitor, in their language, that the businesses are fictional."""

from core.models import SiteSettings
from tests.base import LANGUAGE_CODES, SiteTestCase

# The word for "fictional" in each language's banner.
FICTIONAL = {"ja": "架空", "en": "fictional", "zh-hans": "虚构", "zh-hant": "虛構", "ko": "가상"}


class DemoBannerTests(SiteTestCase):
    def banner(self, language_code):
        return self.soup(self.get(f"/{language_code}/")).find(class_="demo-banner")

    def test_the_banner_says_the_businesses_are_fictional_in_every_language(self):
        site_settings = SiteSettings.for_site(self.site)
        site_settings.demo_content = True
        site_settings.save()
        self.assertEqual(set(FICTIONAL), set(LANGUAGE_CODES))
        for code, word in FICTIONAL.items():
            with self.subTest(language=code):
                self.assertIn(word, self.banner(code).get_text())

    def test_no_banner_without_demo_content(self):
        self.assertIsNone(self.banner("ja"))
