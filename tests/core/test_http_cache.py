"""FrontCacheMiddleware: which responses a shared cache may keep (core/http_cache.py)."""

from django.http import HttpResponse
from django.test import RequestFactory, override_settings
from django.urls import resolve
from django.utils import translation

from wagtail.models import PageViewRestriction

from core.http_cache import FrontCacheMiddleware
from home.factories import StandardPageFactory
from tests.base import SiteTestCase
from tourism.factories import TourismIndexPageFactory, TourPageFactory, TourSessionFactory

SHARED = "public, max-age=0, s-maxage=600"


@override_settings(FRONT_CACHE_TTL=600)
class FrontCacheMiddlewareTests(SiteTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.page = StandardPageFactory(parent=cls.home, slug="about")
        cls.page_url = cls.page.url

    def assertShared(self, response):
        self.assertEqual(response.get("Cache-Control"), SHARED)

    def assertNotShared(self, response):
        self.assertNotIn("s-maxage", response.get("Cache-Control", ""))
        self.assertNotIn("public", response.get("Cache-Control", ""))

    @staticmethod
    def page_request(path, method="get"):
        """A request for `path`, resolved as Django resolves it (in the language of its prefix)."""
        request = getattr(RequestFactory(), method)(path)
        with translation.override(path.split("/")[1]):
            request.resolver_match = resolve(path)
        return request

    def through_middleware(self, path, response, *, cookies=None, **attributes):
        """The middleware's answer for a GET of `path` that the view answered with `response`."""
        request = self.page_request(path)
        request.COOKIES.update(cookies or {})
        for name, value in attributes.items():
            setattr(request, name, value)
        return FrontCacheMiddleware(lambda request: response)(request)

    # Shared

    def test_an_anonymous_page_view_is_shared(self):
        self.assertShared(self.get(self.page_url))

    def test_a_page_in_another_language_is_shared(self):
        self.assertShared(self.get(self.url_in(self.page, "en")))

    def test_the_feeds_and_the_sitemap_are_shared(self):
        for url in ("/feeds/ja/stories/", "/feeds/en/stories/atom/", "/sitemap.xml"):
            with self.subTest(url=url):
                self.assertShared(self.get(url))

    def test_the_language_cookie_alone_changes_nothing(self):
        self.client.cookies["django_language"] = "en"
        self.assertShared(self.get(self.page_url))

    # Not shared

    def test_a_response_that_sets_a_cookie_is_not_shared(self):
        response = HttpResponse("page")
        response.set_cookie("django_language", "en")
        response = self.through_middleware(self.page_url, response, cookies={"django_language": "en"})
        self.assertNotShared(response)

    def test_the_same_response_without_the_cookie_would_be(self):
        self.assertShared(self.through_middleware(self.page_url, HttpResponse("page")))

    def test_a_logged_in_editor_gets_nothing_shared(self):
        self.client.force_login(self.create_superuser())
        self.assertNotShared(self.get(self.page_url))

    def test_a_request_with_a_session_is_not_shared(self):
        response = self.through_middleware(self.page_url, HttpResponse("page"), cookies={"sessionid": "abc"})
        self.assertNotShared(response)

    def test_a_preview_is_not_shared(self):
        self.assertNotShared(self.through_middleware(self.page_url, HttpResponse("page"), is_preview=True))

    def test_a_page_that_rendered_a_csrf_token_is_not_shared(self):
        request = self.page_request(self.page_url)
        request.META["CSRF_COOKIE_NEEDS_UPDATE"] = True
        self.assertNotShared(FrontCacheMiddleware(lambda request: HttpResponse("form"))(request))

    def test_a_view_that_set_its_own_cache_control_is_left_alone(self):
        response = HttpResponse("page")
        response["Cache-Control"] = "max-age=60"
        self.assertEqual(self.through_middleware(self.page_url, response)["Cache-Control"], "max-age=60")

    def test_errors_and_redirects_are_not_shared(self):
        self.assertNotShared(self.get("/ja/no-such-page/", status=404))
        self.assertNotShared(self.get("/", status=302))

    def test_the_admin_is_not_shared(self):
        self.assertNotShared(self.get("/admin/login/"))

    def test_search_is_not_shared(self):
        self.assertNotShared(self.get("/ja/search/?q=test"))

    def test_a_sign_up_form_is_not_shared(self):
        tour = TourPageFactory(parent=TourismIndexPageFactory(parent=self.home))
        session = TourSessionFactory(tour=tour)
        response = self.get(f"/ja/tours/sessions/{session.pk}/sign-up/")
        self.assertNotShared(response)

    def test_a_page_with_a_view_restriction_is_not_shared(self):
        PageViewRestriction.objects.create(page=self.page, restriction_type="password", password="secret")
        response = self.get(self.page_url)
        self.assertNotShared(response)
        self.assertIn("private", response["Cache-Control"])

    def test_below_a_restricted_page_neither(self):
        child = StandardPageFactory(parent=self.page, slug="inside")
        PageViewRestriction.objects.create(page=self.page, restriction_type="login")
        self.assertNotShared(self.get(child.url, status=302))

    def test_a_post_is_not_shared(self):
        request = self.page_request(self.page_url, "post")
        self.assertNotShared(FrontCacheMiddleware(lambda request: HttpResponse("page"))(request))

    @override_settings(FRONT_CACHE_TTL=0)
    def test_a_ttl_of_zero_shares_nothing(self):
        self.assertNotShared(self.get(self.page_url))
