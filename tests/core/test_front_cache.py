"""Purging the front cache: what a publish, move, delete, restriction, snippet or seat change
purges (core/front_cache.py, tourism/front_cache.py), recorded by a fake backend."""

import contextlib
import os
import shutil
import socket
import subprocess
import tempfile
import time
import unittest
from pathlib import Path

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.test import LiveServerTestCase, override_settings
from django.urls import path

from wagtail.contrib.frontend_cache.backends import BaseBackend
from wagtail.models import Locale, Page, PageViewRestriction

import requests

from config.urls import urlpatterns as site_urlpatterns
from core.factories import ContactOfficeFactory
from home.factories import StandardPageFactory
from home.models import StandardPage
from tests.base import LANGUAGE_CODES, SiteTestCase, site_with_language_trees, translate_page
from tests.tourism.signups import SignupTestCase
from tourism import services
from tourism.factories import TourismIndexPageFactory, TourPageFactory, TourSessionFactory

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


# Through a real Varnish: deploy/varnish/default.vcl in front of Django's live server.

VARNISHD = Path("/usr/sbin/varnishd")
PROJECT_DIR = Path(__file__).resolve().parents[2]
START_TIMEOUT_SECONDS = 30


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def shared_with_a_cookie(request):
    """A response that says it may be shared but sets a cookie: Varnish must never keep it."""
    response = HttpResponse("hello")
    response["Cache-Control"] = "public, max-age=0, s-maxage=600"
    response.set_cookie("django_language", "en")
    return response


def shared(request):
    response = HttpResponse(f"generated {time.monotonic_ns()}")
    response["Cache-Control"] = "public, max-age=0, s-maxage=600"
    return response


# The site's URLs plus the two views above (ROOT_URLCONF of VarnishTests).
urlpatterns = [
    path("varnish-test/cookie/", shared_with_a_cookie),
    path("varnish-test/shared/", shared),
    *site_urlpatterns,
]


class Varnish:
    """varnishd in the foreground on a free port, with the repository's VCL pointed at `backend_port`."""

    def __init__(self, backend_port):
        self.workdir = tempfile.mkdtemp(prefix="nerima-varnish-")
        environment = {**os.environ, "BACKEND_HOST": "127.0.0.1", "BACKEND_PORT": str(backend_port)}
        vcl = subprocess.run(  # noqa: S603 (the repository's own script)
            [PROJECT_DIR / "deploy/varnish/render-vcl"], env=environment, check=True, capture_output=True, text=True
        ).stdout
        vcl_path = Path(self.workdir) / "default.vcl"
        vcl_path.write_text(vcl)
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log_path = Path(self.workdir) / "varnishd.log"
        with self.log_path.open("wb") as log:
            self.process = subprocess.Popen(  # noqa: S603
                [
                    *(str(VARNISHD), "-F", "-a", f"127.0.0.1:{self.port}", "-f", str(vcl_path)),
                    *("-n", str(Path(self.workdir) / "state"), "-s", "malloc,32m"),
                    # No privilege separation: the test's private directory belongs to whoever runs it.
                    *("-j", "none"),
                ],
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        self.wait_until_listening()

    def wait_until_listening(self):
        deadline = time.monotonic() + START_TIMEOUT_SECONDS
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                break
            with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", self.port), timeout=1):
                return
            time.sleep(0.2)
        self.stop()
        raise AssertionError(f"varnishd did not start:\n{self.log_path.read_text()}")

    def stop(self):
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        shutil.rmtree(self.workdir, ignore_errors=True)


@override_settings(ROOT_URLCONF="tests.core.test_front_cache", FRONT_CACHE_TTL=600)
class VarnishTests(LiveServerTestCase):
    """Requests through Varnish to the live server; publishing purges Varnish (WAGTAILFRONTENDCACHE).

    The data is committed (a TransactionTestCase), so purges run as they do in production.
    Skipped without /usr/sbin/varnishd, failed instead when REQUIRE_VARNISH=1.
    """

    host = "127.0.0.1"

    @classmethod
    def setUpClass(cls):
        if not VARNISHD.exists():
            message = f"{VARNISHD} not found: apt-get install -y varnish"
            if os.environ.get("REQUIRE_VARNISH") == "1":
                raise AssertionError(message)
            raise unittest.SkipTest(message)
        super().setUpClass()
        cls.varnish = Varnish(cls.server_thread.port)
        cls.addClassCleanup(cls.varnish.stop)

    def setUp(self):
        super().setUp()
        self.enterContext(
            override_settings(
                WAGTAILFRONTENDCACHE={
                    "varnish": {"BACKEND": "core.front_cache.VarnishBackend", "LOCATION": self.varnish.url}
                }
            )
        )
        # The locales, home page and site of the migrations; built again once a test has flushed them.
        _locales, site = site_with_language_trees()
        self.home = site.root_page.specific
        self.page = StandardPageFactory(parent=self.home, slug="page", title="元のタイトル")
        cache.clear()

    def fetch(self, path, **headers):
        return requests.get(self.varnish.url + path, headers=headers, timeout=30, allow_redirects=False)

    def assertCached(self, path):
        """The path is fetched into the cache, then served from it."""
        self.fetch(path)
        response = self.fetch(path)
        self.assertEqual(response.status_code, 200, path)
        self.assertEqual(response.headers["X-Cache"], "HIT", path)
        return response

    def test_a_page_is_served_from_the_cache_the_second_time(self):
        first = self.fetch("/ja/page/")
        self.assertEqual((first.status_code, first.headers["X-Cache"]), (200, "MISS"))
        self.assertIn("s-maxage=600", first.headers["Cache-Control"])
        second = self.fetch("/ja/page/")
        self.assertEqual(second.headers["X-Cache"], "HIT")
        self.assertEqual(second.text, first.text)

    def test_a_response_that_sets_a_cookie_is_never_cached(self):
        for _attempt in range(3):
            response = self.fetch("/varnish-test/cookie/", Cookie="django_language=en")
            self.assertEqual(response.headers["X-Cache"], "MISS")
            self.assertIn("django_language=en", response.headers["Set-Cookie"])
        # The same rule without the cookie caches: the test above is not vacuous.
        self.assertCached("/varnish-test/shared/")

    def test_the_language_cookie_never_reaches_a_cached_page(self):
        responses = [self.fetch("/en/page/", Cookie="django_language=ko") for _attempt in range(2)]
        self.assertEqual([response.headers["X-Cache"] for response in responses], ["MISS", "HIT"])
        self.assertTrue(all("Set-Cookie" not in response.headers for response in responses))
        self.assertIn('lang="en"', responses[1].text)

    def test_a_request_with_a_session_or_csrf_cookie_is_passed(self):
        self.assertCached("/ja/page/")
        # Production names them __Host-sessionid and __Host-csrftoken.
        cookies = ("sessionid=abc", "csrftoken=abc", "django_language=en; sessionid=abc")
        for cookie in (*cookies, "__Host-sessionid=abc", "django_language=en; __Host-csrftoken=abc"):
            with self.subTest(cookie=cookie):
                self.assertEqual(self.fetch("/ja/page/", Cookie=cookie).headers["X-Cache"], "MISS")

    def test_what_django_does_not_mark_is_not_cached(self):
        for url in ("/ja/search/?q=page", "/", "/admin/login/", "/ja/no-such-page/", "/healthz"):
            with self.subTest(url=url):
                self.fetch(url)
                self.assertEqual(self.fetch(url).headers["X-Cache"], "MISS")

    def test_publishing_purges_the_page_in_every_language(self):
        for code in LANGUAGE_CODES:
            self.assertCached(f"/{code}/page/")
        page = StandardPage.objects.get(pk=self.page.pk)
        page.title = "新しいタイトル"
        page.save_revision().publish()
        for code in LANGUAGE_CODES:
            with self.subTest(language=code):
                self.assertEqual(self.fetch(f"/{code}/page/").headers["X-Cache"], "MISS")
        self.assertIn("新しいタイトル", self.fetch("/ja/page/").text)
        translate_page(page, Locale.objects.get(language_code="en"), title="New title")
        response = self.fetch("/en/page/")
        self.assertEqual(response.headers["X-Cache"], "MISS")
        self.assertIn("New title", response.text)

    def test_publishing_a_page_purges_the_home_pages_that_list_it(self):
        for code in LANGUAGE_CODES:
            self.assertCached(f"/{code}/")
        self.page.save_revision().publish()
        for code in LANGUAGE_CODES:
            with self.subTest(language=code):
                self.assertEqual(self.fetch(f"/{code}/").headers["X-Cache"], "MISS")

    def test_a_snippet_change_empties_the_cache(self):
        self.assertCached("/ja/page/")
        self.assertCached("/feeds/ja/stories/")
        ContactOfficeFactory()
        self.assertEqual(self.fetch("/ja/page/").headers["X-Cache"], "MISS")
        self.assertEqual(self.fetch("/feeds/ja/stories/").headers["X-Cache"], "MISS")

    def test_a_sign_up_changes_the_seats_left_on_the_tour_page(self):
        index = TourismIndexPageFactory(parent=self.home)
        tour = TourPageFactory(parent=index, slug="tour", max_party_size=4)
        session = TourSessionFactory(tour=tour, capacity=10)
        cached = self.assertCached("/ja/tourism/tour/")
        self.assertIn('data-seats-left="10"', cached.text)
        services.tour_signup_create(
            session=session, name="Taro", email="taro@example.org", party_size=3, language="ja", join_waitlist=False
        )
        response = self.fetch("/ja/tourism/tour/")
        self.assertEqual(response.headers["X-Cache"], "MISS")
        self.assertIn('data-seats-left="7"', response.text)
