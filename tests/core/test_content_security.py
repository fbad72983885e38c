"""Content-Security-Policy and Permissions-Policy headers: strict on the site, the admin's own policy
under /admin/, and the same header for every visitor so a cached page keeps a valid one."""

from csp.constants import NONE, SELF

from home.factories import StandardPageFactory
from tests.base import SiteTestCase


def policy(response):
    """The Content-Security-Policy header as {directive: [sources]}."""
    directives = {}
    for part in response["Content-Security-Policy"].split(";"):
        name, *sources = part.split()
        directives[name] = sources
    return directives


class SitePolicyTests(SiteTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.page = StandardPageFactory(parent=cls.home, title="練馬について", slug="about")

    def test_pages_forbid_inline_scripts_plugins_framing_and_foreign_forms(self):
        for url in ("/ja/", "/en/about/", "/ja/search/?q=漬物", "/ja/no-such-page/"):
            with self.subTest(url=url):
                directives = policy(self.client.get(url))
                self.assertEqual(directives["default-src"], [NONE])
                self.assertEqual(directives["script-src"], [SELF])
                self.assertEqual(directives["style-src"], [SELF])
                self.assertEqual(directives["object-src"], [NONE])
                self.assertEqual(directives["base-uri"], [SELF])
                self.assertEqual(directives["frame-ancestors"], [NONE])
                self.assertEqual(directives["form-action"], [SELF])

    def test_every_visitor_gets_the_same_header_so_a_cached_page_stays_valid(self):
        first, second = self.client.get("/ja/about/"), self.client.get("/ja/about/")
        self.assertIn("s-maxage", first["Cache-Control"])
        self.assertEqual(first["Content-Security-Policy"], second["Content-Security-Policy"])
        self.assertNotIn("nonce-", first["Content-Security-Policy"])

    def test_pages_carry_no_inline_script(self):
        # JSON data blocks are not executed and need no permission.
        for url in ("/ja/", "/en/about/", "/ko/search/?q=x"):
            with self.subTest(url=url):
                for script in self.soup(self.client.get(url)).find_all("script"):
                    self.assertTrue(
                        script.get("src") or script.get("type") in ("application/json", "application/ld+json"),
                        f"inline script on {url}: {str(script)[:200]}",
                    )
                for element in self.soup(self.client.get(url)).find_all(True):
                    handlers = [name for name in element.attrs if name.startswith("on")]
                    self.assertEqual(handlers, [], f"event handler attribute on {url}: {str(element)[:200]}")

    def test_powerful_features_are_denied(self):
        header = self.client.get("/ja/")["Permissions-Policy"]
        for feature in ("camera=()", "microphone=()", "geolocation=()", "payment=()", "usb=()"):
            self.assertIn(feature, header)


class AdminPolicyTests(SiteTestCase):
    def test_the_admin_has_its_own_policy_with_nothing_from_other_origins(self):
        self.client.force_login(self.create_superuser())
        directives = policy(self.client.get("/admin/"))
        # Wagtail's page editor runs inline scripts; still nothing from another origin.
        self.assertEqual(directives["script-src"], [SELF, "'unsafe-inline'"])
        self.assertEqual(directives["default-src"], [SELF])
        self.assertEqual(directives["object-src"], [NONE])
        # Wagtail frames its own previews; nothing else may frame the admin.
        self.assertEqual(directives["frame-ancestors"], [SELF])
        self.assertIn("'unsafe-inline'", directives["style-src"])

    def test_the_admin_policy_stays_in_the_admin(self):
        self.assertEqual(policy(self.client.get("/ja/"))["frame-ancestors"], [NONE])

    def test_a_preview_keeps_the_site_policy_and_may_be_framed_by_the_admin(self):
        page = StandardPageFactory(parent=self.home, title="下書き", slug="draft")
        self.client.force_login(self.create_superuser())
        data = {"title": "下書き", "slug": "draft", "introduction": "", "body-count": "0"}
        self.client.post(f"/admin/pages/{page.pk}/edit/preview/", data)
        directives = policy(self.client.get(f"/admin/pages/{page.pk}/edit/preview/"))
        self.assertEqual(directives["frame-ancestors"], [SELF])
        self.assertEqual(directives["style-src"], [SELF])
