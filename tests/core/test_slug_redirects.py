"""An editor changes a published page's slug: its old address redirects to the new one in every
language tree (wagtail.contrib.redirects creates the redirects once the publish commits)."""

from industries.factories import IndustriesIndexPageFactory, ShopPageFactory
from tests.base import SiteTestCase


class SlugChangeRedirectTests(SiteTestCase):
    def test_the_old_address_redirects_to_the_new_one_in_every_language(self):
        index = IndustriesIndexPageFactory(parent=self.home, slug="industries")
        shop = ShopPageFactory(parent=index, slug="old-slug", title="漬物の店")
        self.assertEqual(self.client.get("/ja/industries/old-slug/").status_code, 200)

        shop.slug = "new-slug"
        with self.captureOnCommitCallbacks(execute=True):
            shop.save_revision().publish()

        for language in ("ja", "en", "zh-hans", "zh-hant", "ko"):
            with self.subTest(language=language):
                response = self.client.get(f"/{language}/industries/old-slug/")
                self.assertRedirects(
                    response, f"/{language}/industries/new-slug/", status_code=301, fetch_redirect_response=False
                )
                self.assertEqual(self.client.get(f"/{language}/industries/new-slug/").status_code, 200)
