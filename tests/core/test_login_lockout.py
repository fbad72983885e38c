"""The login lockout (django-axes): after five failures of one user name from one address, that
pair is refused with a 429 in the visitor's language until the cool-off ends or an
administrator runs `axes_reset`; on the admin login and the login page of private sections."""

from datetime import timedelta
from io import StringIO

from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.core.management import call_command
from django.test import override_settings
from django.utils import translation

from axes.models import AccessAttempt

from tests.base import SiteTestCase

PASSWORD = "the-right-password"
LOCKED_OUT_TITLE = "Too many failed logins"


class LoginLockoutTests(SiteTestCase):
    login_url = "/admin/login/"
    success_url = "/admin/"

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        get_user_model().objects.create_superuser("editor", "editor@example.org", PASSWORD)
        get_user_model().objects.create_superuser("other", "other@example.org", PASSWORD)

    def log_in(self, password, username="editor", address="203.0.113.5", **extra):
        return self.client.post(
            self.login_url, {"username": username, "password": password}, REMOTE_ADDR=address, **extra
        )

    def fail(self, times, **kwargs):
        for _attempt in range(times):
            response = self.log_in("wrong-password", **kwargs)
            self.assertIn(response.status_code, (200, 429))

    def assertLoggedIn(self, response):
        self.assertRedirects(response, self.success_url, fetch_redirect_response=False)

    def assertLockedOut(self, response, language_code="en"):
        self.assertEqual(response.status_code, 429)
        with translation.override(language_code):
            title = translation.gettext(LOCKED_OUT_TITLE)
        self.assertContains(response, title, status_code=429)
        self.assertContains(response, f'lang="{language_code}"', status_code=429)
        self.assertEqual(response["Retry-After"], "900")
        self.assertNotIn("_auth_user_id", self.client.session)

    def test_four_failures_then_the_right_password_logs_in(self):
        self.fail(4)
        self.assertLoggedIn(self.log_in(PASSWORD))

    def test_five_failures_then_the_right_password_is_refused_with_429(self):
        self.fail(5)
        self.assertLockedOut(self.log_in(PASSWORD, HTTP_ACCEPT_LANGUAGE="en"))

    def test_the_lockout_page_is_in_the_visitors_language(self):
        self.fail(5)
        for code in ("ja", "zh-hant", "ko"):
            with self.subTest(language=code):
                self.assertLockedOut(self.log_in(PASSWORD, HTTP_ACCEPT_LANGUAGE=code), code)

    def test_the_lockout_is_kept_in_the_database_not_the_cache(self):
        self.fail(5)
        cache.clear()
        self.assertLockedOut(self.log_in(PASSWORD, HTTP_ACCEPT_LANGUAGE="en"))

    def test_only_the_pair_of_user_name_and_address_is_locked(self):
        self.fail(5)
        self.assertLoggedIn(self.log_in(PASSWORD, address="198.51.100.7"))
        self.client.logout()
        self.assertLoggedIn(self.log_in(PASSWORD, username="other"))

    def test_the_lockout_ends_after_the_cool_off(self):
        self.fail(5)
        AccessAttempt.objects.update(attempt_time=AccessAttempt.objects.get().attempt_time - timedelta(minutes=16))
        self.assertLoggedIn(self.log_in(PASSWORD))

    def test_axes_reset_lifts_the_lockout(self):
        self.fail(5)
        self.assertEqual(self.log_in(PASSWORD).status_code, 429)
        call_command("axes_reset", stdout=StringIO())
        self.assertLoggedIn(self.log_in(PASSWORD))

    @override_settings(TRUSTED_PROXY_COUNT=1)
    def test_behind_a_proxy_each_client_is_counted_by_its_own_address(self):
        proxy = "10.0.0.2"
        self.fail(5, address=proxy, HTTP_X_FORWARDED_FOR="203.0.113.5")
        # What the attacker writes before its own address changes nothing.
        forged = self.log_in(PASSWORD, address=proxy, HTTP_X_FORWARDED_FOR="192.0.2.1, 203.0.113.5")
        self.assertEqual(forged.status_code, 429)
        # Another visitor behind the same proxy logs in.
        self.assertLoggedIn(self.log_in(PASSWORD, address=proxy, HTTP_X_FORWARDED_FOR="198.51.100.7"))


class PrivateSectionLoginLockoutTests(LoginLockoutTests):
    """The login page that restricted pages send visitors to, under each language prefix."""

    login_url = "/ja/_util/login/"
    success_url = "/ja/"

    def log_in(self, password, username="editor", address="203.0.113.5", **extra):
        return self.client.post(
            self.login_url,
            {"username": username, "password": password, "next": "/ja/"},
            REMOTE_ADDR=address,
            **extra,
        )

    def test_the_lockout_page_is_in_the_visitors_language(self):
        self.fail(5)
        for code in ("ja", "en", "ko"):
            with self.subTest(language=code):
                self.login_url = f"/{code}/_util/login/"
                self.assertLockedOut(self.log_in(PASSWORD), code)

    def test_five_failures_then_the_right_password_is_refused_with_429(self):
        self.fail(5)
        self.assertLockedOut(self.log_in(PASSWORD), "ja")

    def test_the_lockout_is_kept_in_the_database_not_the_cache(self):
        self.fail(5)
        cache.clear()
        self.assertLockedOut(self.log_in(PASSWORD), "ja")
