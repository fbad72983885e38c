"""Purging the front cache: what a publish, move, delete, restriction, snippet or seat change
purges (core/front_cache.py, tourism/front_cache.py), recorded by a fake backend."""

from django.conf import settings
from django.test import override_settings

from wagtail.contrib.frontend_cache.backends import BaseBackend
from wagtail.models import Page, PageViewRestriction

from core.factories import ContactOfficeFactory
from home.factories import StandardPageFactory
from tests.base import LANGUAGE_CODES, SiteTestCase
from tests.tourism.signups import SignupTestCase
from tourism import services

OTHER_LANGUAGES = [code for code in LANGUAGE_CODES if code != settings.LANGUAGE_CODE]
SITE_LISTS = {
    "http://localhost/sitemap.xml",
    *(f"http://localhost/feeds/{code}/stories/" for code in LANGUAGE_CODES),
    *(f"http://localhost/feeds/{code}/stories/atom/" for code in LANGUAGE_CODES),
}


class RecordingBackend(BaseBackend):
    """Remembers the URLs it is asked to purge (a new instance is made for every purge)."""

    purged = []

    def purge(self, url):
        self.purged.append(url)


@override_settings(WAGTAILFRONTENDCACHE={"recording": {"BACKEND": "tests.core.test_front_cache.RecordingBackend"}})
class PurgeTestCase(SiteTestCase):
    def setUp(self):
        super().setUp()
        RecordingBackend.purged.clear()

    @staticmethod
    def purged():
        return set(RecordingBackend.purged)

    @staticmethod
    def urls(*pages):
        """The full URL of each page in every language (its versions share its translation_key)."""
        keys = [page.translation_key for page in pages]
        return {version.get_full_url() for version in Page.objects.filter(translation_key__in=keys)}


class PagePurgeTests(PurgeTestCase):
    """A page two levels below the home page, translated into every language."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.section = StandardPageFactory(parent=cls.home, slug="section")
        cls.page = StandardPageFactory(parent=cls.section, slug="page")
        cls.other = StandardPageFactory(parent=cls.home, slug="other")
        for page in (cls.home, cls.section, cls.page):
            cls.translate_into(page, *OTHER_LANGUAGES)

    def test_the_page_has_a_version_at_its_own_url_in_every_language(self):
        self.assertEqual(self.urls(self.page), {f"http://localhost/{code}/section/page/" for code in LANGUAGE_CODES})

    def test_publishing_purges_every_version_its_parents_the_home_pages_the_feeds_and_sitemap(self):
        with self.captureOnCommitCallbacks(execute=True):
            self.page.save_revision().publish()
        expected = self.urls(self.page, self.section, self.home) | SITE_LISTS
        self.assertEqual(self.purged(), expected)
        self.assertNotIn(self.other.get_full_url(), self.purged())

    def test_publishing_a_translation_purges_the_original_too(self):
        english = self.page.get_translation(self.locales["en"])
        with self.captureOnCommitCallbacks(execute=True):
            english.save_revision().publish()
        self.assertLessEqual(self.urls(self.page, self.section, self.home), self.purged())

    def test_the_purge_waits_for_the_commit(self):
        with self.captureOnCommitCallbacks() as callbacks:
            self.page.save_revision().publish()
            # Wagtail's own receiver purges the page's URL at once; ours waits.
            self.assertEqual(self.purged(), {self.page.get_full_url()})
        for callback in callbacks:
            callback()
        self.assertIn("http://localhost/en/section/page/", self.purged())

    def test_unpublishing_purges_the_same(self):
        with self.captureOnCommitCallbacks(execute=True):
            self.page.unpublish()
        self.assertEqual(self.purged(), self.urls(self.page, self.section, self.home) | SITE_LISTS)

    def test_deleting_purges_the_page_and_its_listings(self):
        old_urls = self.urls(self.page, self.section, self.home)
        with self.captureOnCommitCallbacks(execute=True):
            self.page.delete()
        self.assertLessEqual(old_urls, self.purged())

    def test_moving_purges_the_old_and_the_new_place(self):
        old_urls = self.urls(self.page, self.section)
        with self.captureOnCommitCallbacks(execute=True):
            self.page.move(self.other, pos="last-child")
        self.assertLessEqual(old_urls, self.purged())
        self.assertIn("http://localhost/ja/other/page/", self.purged())
        self.assertIn(self.other.get_full_url(), self.purged())

    def test_a_new_view_restriction_purges_the_pages_it_covers_in_every_language(self):
        with self.captureOnCommitCallbacks(execute=True):
            PageViewRestriction.objects.create(page=self.section, restriction_type="login")
        self.assertEqual(self.purged(), self.urls(self.section, self.page))

    def test_a_snippet_shown_on_every_page_purges_every_page(self):
        with self.captureOnCommitCallbacks(execute=True):
            ContactOfficeFactory()
        self.assertLessEqual(self.urls(self.home, self.section, self.page, self.other) | SITE_LISTS, self.purged())

    def test_saving_a_draft_purges_nothing(self):
        with self.captureOnCommitCallbacks(execute=True):
            self.page.save_revision()
        self.assertEqual(self.purged(), set())

    @override_settings(WAGTAILFRONTENDCACHE={})
    def test_without_a_front_cache_nothing_is_sent(self):
        with self.captureOnCommitCallbacks(execute=True):
            self.page.save_revision().publish()
        self.assertEqual(self.purged(), set())


@override_settings(WAGTAILFRONTENDCACHE={"recording": {"BACKEND": "tests.core.test_front_cache.RecordingBackend"}})
class TourPagePurgeTests(SignupTestCase):
    """Seat changes purge the tour page in every language, and the index that lists its sessions."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        for page in (cls.home, cls.index, cls.tour):
            cls.translate(page, "en")

    def setUp(self):
        super().setUp()
        RecordingBackend.purged.clear()

    def tour_urls(self):
        return PurgeTestCase.urls(self.tour, self.index, self.home)

    def assertPurgesTourAfterCommit(self, change):
        with self.captureOnCommitCallbacks() as callbacks:
            change()
        self.assertNotIn("http://localhost/en/tourism/tour/", RecordingBackend.purged, "purged before the commit")
        for callback in callbacks:
            callback()
        self.assertEqual(set(RecordingBackend.purged), self.tour_urls())
        self.assertIn("http://localhost/en/tourism/tour/", RecordingBackend.purged)

    def test_a_sign_up(self):
        self.assertPurgesTourAfterCommit(lambda: self.sign_up(2))

    def test_a_cancellation(self):
        signup = self.add_signup(2)
        self.assertPurgesTourAfterCommit(lambda: services.tour_signup_cancel(signup=signup))

    def test_an_erasure(self):
        signup = self.add_signup(2)
        self.assertPurgesTourAfterCommit(lambda: services.tour_signup_erase(signup=signup))

    def test_a_capacity_change(self):
        self.assertPurgesTourAfterCommit(
            lambda: services.tour_session_capacity_change(session=self.session, capacity=3)
        )

    def test_closing_and_reopening(self):
        self.assertPurgesTourAfterCommit(lambda: services.tour_session_close(session=self.session))
        RecordingBackend.purged.clear()
        self.assertPurgesTourAfterCommit(lambda: services.tour_session_reopen(session=self.session))

    def test_a_refused_sign_up_purges_nothing(self):
        with self.captureOnCommitCallbacks(execute=True), self.assertRaises(services.TourSignupError):
            self.sign_up(9)
        self.assertEqual(RecordingBackend.purged, [])
