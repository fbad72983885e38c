"""A view restriction applies to every language version of a page, on every surface: the page,
listings, search results and suggestions, feeds and the sitemap; when set in the admin,
changed, removed, and for restrictions made before the language trees (core/migrations/0003)."""

import importlib

from django.contrib.auth.models import Group
from django.db import connection
from django.db.migrations.loader import MigrationLoader
from django.test import override_settings
from django.urls import reverse

from wagtail.models import Page, PageViewRestriction

from home.factories import StoryIndexPageFactory, StoryPageFactory
from industries.factories import IndustriesIndexPageFactory, ShopPageFactory
from tests.base import LANGUAGE_CODES, SiteTestCase

SEARCH = {"default": {"BACKEND": "search.backends.database", "AUTO_UPDATE": True}}


def restrictions_by_language(page):
    return {
        restriction.page.locale.language_code: restriction
        for restriction in PageViewRestriction.objects.filter(
            page__translation_key=page.translation_key
        ).select_related("page__locale")
    }


@override_settings(WAGTAILSEARCH_BACKENDS=SEARCH)
class RestrictionEverywhereTests(SiteTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.superuser = cls.create_superuser()
        cls.industries = IndustriesIndexPageFactory(parent=cls.home, slug="industries")
        cls.shop = ShopPageFactory(parent=cls.industries, slug="secret-shop", title="秘密のたくあん店")
        cls.shop_en = cls.translate(cls.shop, "en", title="Secret takuan shop")
        cls.stories = StoryIndexPageFactory(parent=cls.home, slug="stories")
        cls.story = StoryPageFactory(parent=cls.stories, slug="secret-story", title="秘密のたくあん物語")
        cls.translate(cls.story, "en", title="Secret takuan story")

    def set_privacy_in_admin(self, page, restriction_type, groups=()):
        self.client.force_login(self.superuser)
        response = self.client.post(
            reverse("wagtailadmin_pages:set_privacy", args=(page.pk,)),
            {"restriction_type": restriction_type, "groups": [group.pk for group in groups]},
        )
        self.assertEqual(response.status_code, 200, response.content[:500])
        self.client.logout()

    def visible(self, code):
        """Where the shop and the story show for an anonymous visitor in `code`."""
        index = self.get(f"/{code}/industries/").content.decode()
        stories = self.get(f"/{code}/stories/").content.decode()
        # A word of the title, so the query the page repeats is not the title itself.
        word = "Secret" if code == "en" else "秘密"
        results = " ".join(
            item["page"].title for item in self.get(f"/{code}/search/", data={"q": word}).context["items"]
        )
        suggestions = self.get(f"/{code}/search/suggest/", data={"q": word}).content.decode()
        feed = self.get(f"/feeds/{code}/stories/").content.decode()
        sitemap = self.get("/sitemap.xml").content.decode()
        title = {"ja": "秘密のたくあん", "en": "Secret takuan"}.get(code, "秘密のたくあん")
        return {
            "page": self.client.get(f"/{code}/industries/secret-shop/").status_code == 200,
            "listing": title in index,
            "story listing": title in stories,
            "search": title in results,
            "suggestions": title in suggestions,
            "feed": title in feed,
            "sitemap": f"/{code}/industries/secret-shop/" in sitemap,
        }

    def test_a_restriction_set_on_the_japanese_page_covers_every_language(self):
        for page in (self.shop, self.story):
            self.set_privacy_in_admin(page, PageViewRestriction.LOGIN)
        self.assertEqual(set(restrictions_by_language(self.shop)), set(LANGUAGE_CODES))
        for code in LANGUAGE_CODES:
            with self.subTest(language=code):
                response = self.client.get(f"/{code}/industries/secret-shop/")
                self.assertEqual(response.status_code, 302)
                self.assertIn("login", response["Location"])
                self.assertEqual([surface for surface, shown in self.visible(code).items() if shown], [])

    def test_a_restriction_set_on_a_translation_covers_the_original_and_the_aliases(self):
        self.set_privacy_in_admin(self.shop_en, PageViewRestriction.LOGIN)
        for code in LANGUAGE_CODES:
            with self.subTest(language=code):
                self.assertEqual(self.client.get(f"/{code}/industries/secret-shop/").status_code, 302)

    def test_a_changed_restriction_changes_everywhere_and_a_removed_one_goes_everywhere(self):
        members = Group.objects.create(name="Shop members")
        self.set_privacy_in_admin(self.shop, PageViewRestriction.LOGIN)
        self.set_privacy_in_admin(self.shop, PageViewRestriction.GROUPS, groups=[members])
        for code, restriction in restrictions_by_language(self.shop).items():
            with self.subTest(language=code):
                self.assertEqual(restriction.restriction_type, PageViewRestriction.GROUPS)
                self.assertEqual(list(restriction.groups.all()), [members])

        self.set_privacy_in_admin(self.shop, PageViewRestriction.NONE)
        self.assertEqual(restrictions_by_language(self.shop), {})
        for code in ("ja", "en", "ko"):
            with self.subTest(language=code):
                shown = self.visible(code)
                # The sitemap lists originals and translations; the Korean alias's canonical is the original.
                expected = {surface: not (surface == "sitemap" and code == "ko") for surface in shown}
                self.assertEqual(shown, expected)

    def test_a_shared_password_is_not_offered(self):
        self.client.force_login(self.superuser)
        form = self.client.get(reverse("wagtailadmin_pages:set_privacy", args=(self.shop.pk,)))
        self.assertNotContains(form, 'value="password"')


class RestrictionMigrationTests(SiteTestCase):
    """Restrictions made before the language trees, as core/migrations/0003 finds them."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.industries = IndustriesIndexPageFactory(parent=cls.home, slug="industries")
        cls.shop = ShopPageFactory(parent=cls.industries, slug="shop")
        cls.shop_en = cls.translate(cls.shop, "en")

    def test_restrictions_reach_every_version_and_passwords_become_logins(self):
        # As stored before: on the Japanese page only, one behind a shared password.
        PageViewRestriction.objects.bulk_create(
            [PageViewRestriction(page=self.shop, restriction_type=PageViewRestriction.PASSWORD, password="daikon")]
        )
        # The migration runs on historical models, which send none of the site's signals.
        historical_apps = MigrationLoader(connection).project_state(("core", "0002_editorial_roles")).apps
        migration = importlib.import_module("core.migrations.0003_language_trees_and_restrictions")
        migration.forwards(historical_apps, schema_editor=None)

        restrictions = restrictions_by_language(self.shop)
        self.assertEqual(set(restrictions), set(LANGUAGE_CODES))
        self.assertEqual({r.restriction_type for r in restrictions.values()}, {PageViewRestriction.LOGIN})
        self.assertEqual({r.password for r in restrictions.values()}, {""})
        for code in LANGUAGE_CODES:
            self.assertEqual(self.client.get(f"/{code}/industries/shop/").status_code, 302)
        self.assertFalse(Page.objects.filter(translation_key=self.shop.translation_key).public().exists())
