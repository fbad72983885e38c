"""Every language tree holds every page: creating, translating, moving, unpublishing and
deleting a Japanese page, and completing the trees of a database made before synchronisation."""

from django.urls import reverse

from wagtail.models import Page
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from core.locale_trees import locale_trees_synchronise
from home.factories import StandardPageFactory
from home.models import StandardPage
from industries.factories import IndustriesIndexPageFactory, ShopPageFactory
from tests.base import LANGUAGE_CODES, SiteTestCase
from tests.core.localized import localize

OTHER_LANGUAGES = LANGUAGE_CODES[1:]


def versions_of(page):
    """{language code: (page, is an alias)} for every version of the page."""
    return {
        version.locale.language_code: version
        for version in Page.objects.filter(translation_key=page.translation_key).select_related("locale")
    }


class LocaleTreeTestCase(SiteTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.superuser = cls.create_superuser()
        cls.index = IndustriesIndexPageFactory(parent=cls.home, slug="industries")
        cls.other_index = StandardPageFactory(parent=cls.home, slug="about", title="練馬について")

    def setUp(self):
        self.client.force_login(self.superuser)


class CreatingTests(LocaleTreeTestCase):
    def test_a_page_created_in_the_admin_has_an_alias_in_every_language_at_once(self):
        data = nested_form_data(
            {
                "title": "区役所のご案内",
                "slug": "city-office",
                "introduction": "",
                "body": streamfield([("paragraph", rich_text("<p>本文</p>"))]),
                "action-publish": "publish",
            }
        )
        url = reverse("wagtailadmin_pages:add", args=("home", "standardpage", self.home.pk))
        response = self.client.post(url, data)
        self.assertEqual(response.status_code, 302, response.content[:2000])
        page = StandardPage.objects.get(slug="city-office", locale__language_code="ja")
        versions = versions_of(page)
        self.assertEqual(set(versions), set(LANGUAGE_CODES))
        self.client.logout()
        for code in OTHER_LANGUAGES:
            with self.subTest(language=code):
                self.assertEqual(versions[code].alias_of_id, page.pk)
                self.assertTrue(versions[code].live)
                self.assertShowsOriginal(self.get(f"/{code}/city-office/"), page, code)

    def test_translating_converts_the_alias_in_place_and_keeps_its_url(self):
        shop = ShopPageFactory(parent=self.index, slug="tsukemono-ya", title="漬物屋")
        alias = versions_of(shop)["en"]
        url = alias.get_url()
        self.assertEqual(url, "/en/industries/tsukemono-ya/")

        translation = localize(shop, self.locales["en"])

        self.assertEqual(translation.pk, alias.pk)
        self.assertIsNone(translation.alias_of_id)
        self.assertEqual(translation.get_url(), url)
        self.client.logout()
        self.assertShowsTranslation(self.get(url), translation, "en")


class AdminActionsFollowTheOriginalTests(LocaleTreeTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.shop = ShopPageFactory(parent=cls.index, slug="senbei", title="せんべい屋")
        cls.translation = cls.translate(cls.shop, "en")

    def test_moving_a_japanese_page_moves_every_version(self):
        page = StandardPageFactory(parent=self.home, slug="access", title="アクセス")
        self.translate(page, "en")
        destination = StandardPageFactory(parent=self.home, slug="archive", title="アーカイブ")
        # The destination exists in every tree before the page moves there.
        self.assertEqual(set(versions_of(destination)), set(LANGUAGE_CODES))
        response = self.client.post(reverse("wagtailadmin_pages:move_confirm", args=(page.pk, destination.pk)))
        self.assertEqual(response.status_code, 302)
        self.client.logout()
        for code, version in versions_of(page).items():
            with self.subTest(language=code):
                parent = version.get_parent()
                self.assertEqual((parent.translation_key, parent.locale), (destination.translation_key, version.locale))
                self.get(f"/{code}/archive/access/")

    def test_unpublishing_a_japanese_page_unpublishes_every_version(self):
        response = self.client.post(reverse("wagtailadmin_pages:unpublish", args=(self.shop.pk,)))
        self.assertEqual(response.status_code, 302)
        self.client.logout()
        for code, version in versions_of(self.shop).items():
            with self.subTest(language=code):
                self.assertFalse(version.live)
                self.get(f"/{code}/industries/senbei/", status=404)

    def test_deleting_a_japanese_page_deletes_every_version(self):
        response = self.client.post(reverse("wagtailadmin_pages:delete", args=(self.shop.pk,)))
        self.assertEqual(response.status_code, 302)
        self.assertEqual(versions_of(self.shop), {})
        self.client.logout()
        for code in LANGUAGE_CODES:
            self.get(f"/{code}/industries/senbei/", status=404)

    def test_a_deleted_translation_gives_way_to_the_original_alias(self):
        response = self.client.post(reverse("wagtailadmin_pages:delete", args=(self.translation.pk,)))
        self.assertEqual(response.status_code, 302)
        versions = versions_of(self.shop)
        self.assertEqual(set(versions), set(LANGUAGE_CODES))
        self.assertEqual(versions["en"].alias_of_id, self.shop.pk)
        self.client.logout()
        self.assertShowsOriginal(self.get("/en/industries/senbei/"), self.shop, "en")


class SynchronisingAnExistingDatabaseTests(SiteTestCase):
    """A database in the shape it had before synchronisation: pages created by code, some translated."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.index = IndustriesIndexPageFactory(parent=cls.home, slug="industries", locale_aliases=False)
        cls.shop = ShopPageFactory(parent=cls.index, slug="miso", title="味噌屋", locale_aliases=False)
        cls.index_en = cls.translate(cls.index, "en")
        cls.shop_en = cls.translate(cls.shop, "en")
        cls.shop_ko = cls.translate(cls.shop, "ko")  # its parent gets a Korean alias on the way

    def test_missing_pages_get_aliases_and_every_translation_is_kept(self):
        before = {
            version.pk: (version.title, version.latest_revision_id, version.url_path)
            for version in (self.index_en, self.shop_en, self.shop_ko)
        }
        self.assertGreater(locale_trees_synchronise(), 0)

        for page in (self.index, self.shop):
            versions = versions_of(page)
            with self.subTest(page=page.slug):
                self.assertEqual(set(versions), set(LANGUAGE_CODES))
        for pk, state in before.items():
            version = Page.objects.get(pk=pk)
            self.assertEqual((version.title, version.latest_revision_id, version.url_path), state)
            self.assertIsNone(version.alias_of_id)
        self.assertEqual(versions_of(self.shop)["zh-hans"].alias_of_id, self.shop.pk)
        for code in OTHER_LANGUAGES:
            self.get(f"/{code}/industries/miso/")

        # A second run finds nothing to do.
        count = Page.objects.count()
        self.assertEqual(locale_trees_synchronise(), 0)
        self.assertEqual(Page.objects.count(), count)
