"""config.settings.production: each variable switches the part it names; a missing one stops start-up.

Each case runs Python in a subprocess with a clean environment, as a deploy would: the
settings module reads the environment once, when it is imported.
"""

import json
import os
import secrets
import subprocess
import sys
import tempfile
from pathlib import Path

from django.test import SimpleTestCase

PROJECT_DIR = Path(__file__).resolve().parents[2]

# The variables README.md documents for a production deploy.
PRODUCTION_ENVIRONMENT = {
    "DJANGO_SETTINGS_MODULE": "config.settings.production",
    "ALLOWED_HOSTS": "www.nerima.test, nerima.test",
    "CSRF_TRUSTED_ORIGINS": "https://www.nerima.test",
    "WAGTAILADMIN_BASE_URL": "https://www.nerima.test",
    "DATABASE_URL": "postgres://nerima@127.0.0.1:5432/nerima",
    "DATABASE_CONN_MAX_AGE": "60",
    "REDIS_URL": "redis://127.0.0.1:6379/0",
    "EMAIL_URL": "smtp://nerima:mail%40password@smtp.nerima.test:587",
    "DEFAULT_FROM_EMAIL": "info@nerima.test",
    "MEDIA_ROOT": "/srv/nerima/media",
    "TASKS_BACKEND": "database",
}
OBJECT_STORAGE = {
    "AWS_STORAGE_BUCKET_NAME": "nerima-media",
    "AWS_S3_ENDPOINT_URL": "https://objects.nerima.test",
    "AWS_S3_REGION_NAME": "ap-northeast-1",
    "AWS_ACCESS_KEY_ID": "access-key",
    "AWS_SECRET_ACCESS_KEY": "secret-key",
    "AWS_S3_CUSTOM_DOMAIN": "media.nerima.test",
}
REQUIRED = ["SECRET_KEY", "ALLOWED_HOSTS", "WAGTAILADMIN_BASE_URL"]
# The map's default tile server, always allowed for images (config/settings/maps.py).
MAP_TILES = "https://tile.openstreetmap.org"

# Prints the settings the tests look at, as JSON.
SETTINGS_SNAPSHOT = """
import json
from django.conf import settings
print(json.dumps({
    "database": settings.DATABASES["default"]["ENGINE"],
    "cache": settings.CACHES["default"]["BACKEND"],
    "session": settings.SESSION_ENGINE,
    "media": settings.STORAGES["default"],
    "static": settings.STORAGES["staticfiles"]["BACKEND"],
    "email": {name: getattr(settings, name, None) for name in (
        "EMAIL_BACKEND", "EMAIL_HOST", "EMAIL_PORT", "EMAIL_HOST_USER", "EMAIL_HOST_PASSWORD",
        "EMAIL_USE_TLS", "EMAIL_USE_SSL")},
    "tasks": settings.TASKS["default"]["BACKEND"],
    "middleware": settings.MIDDLEWARE,
    "media_root": str(settings.MEDIA_ROOT),
}, default=str))
"""


def run(*args, timeout=120, **environment):
    """Run our interpreter in the project with only PATH and the given variables in its environment."""
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "PYTHONDONTWRITEBYTECODE": "1", **environment}
    return subprocess.run(  # noqa: S603 (fixed arguments, our own interpreter)
        [sys.executable, *args], cwd=PROJECT_DIR, env=env, capture_output=True, text=True, timeout=timeout
    )


def production_environment(**changes):
    environment = {**PRODUCTION_ENVIRONMENT, "SECRET_KEY": secrets.token_urlsafe(50), **changes}
    return {name: value for name, value in environment.items() if value is not None}


def minimal_environment(**changes):
    """Only the required variables: every optional part stays on its one-machine default."""
    keep = {"DJANGO_SETTINGS_MODULE", *REQUIRED}
    environment = {name: value for name, value in production_environment().items() if name in keep}
    return {**environment, **changes}


def snapshot(environment):
    """The settings that production builds from `environment` (imported only, no app loaded)."""
    result = run("-c", SETTINGS_SNAPSHOT, **environment)
    if result.returncode:
        raise AssertionError(result.stderr)
    return json.loads(result.stdout)


class DeployCheckTests(SimpleTestCase):
    def test_deploy_check_passes_without_warnings(self):
        result = run("manage.py", "check", "--deploy", "--fail-level", "WARNING", **production_environment())

        self.assertEqual(result.returncode, 0, result.stdout + result.stderr)
        self.assertIn("System check identified no issues (0 silenced).", result.stdout)

    def test_deploy_check_passes_with_object_storage(self):
        environment = production_environment(**OBJECT_STORAGE)
        result = run("manage.py", "check", "--deploy", "--fail-level", "WARNING", **environment)

        self.assertEqual(result.returncode, 0, result.stdout + result.stderr)

    def test_health_probes_over_plain_http_are_answered_while_pages_redirect_to_https(self):
        script = (
            "import django; django.setup()\n"
            "from django.core.management import call_command\n"
            "call_command('createcachetable')  # as migrate does\n"
            "from django.test import Client\n"
            "client = Client(HTTP_HOST='www.nerima.test')\n"
            "print([client.get(path).status_code for path in ('/healthz', '/readyz', '/ja/')])\n"
        )
        environment = production_environment(DATABASE_URL="sqlite://:memory:", REDIS_URL=None, LOG_LEVEL="ERROR")
        with tempfile.TemporaryDirectory() as static_root:
            result = run("-c", script, STATIC_ROOT=static_root, **environment)

        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertEqual(result.stdout.strip(), "[200, 200, 301]")

    def test_allowed_hosts_are_read_as_a_trimmed_list(self):
        script = "import django; django.setup(); from django.conf import settings; print(settings.ALLOWED_HOSTS)"
        result = run("-c", script, **production_environment())

        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertEqual(result.stdout.strip(), "['www.nerima.test', 'nerima.test']")


class DefaultsTests(SimpleTestCase):
    """With only the required variables, production runs on the one-machine parts."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.settings = snapshot(minimal_environment())

    def test_sqlite_database(self):
        self.assertEqual(self.settings["database"], "django.db.backends.sqlite3")

    def test_cache_shared_in_the_database_and_sessions_in_the_database(self):
        # Several processes must share the presentation cache: without Redis, a database table.
        self.assertEqual(self.settings["cache"], "django.core.cache.backends.db.DatabaseCache")
        self.assertEqual(self.settings["session"], "django.contrib.sessions.backends.db")

    def test_local_media(self):
        self.assertEqual(self.settings["media"]["BACKEND"], "django.core.files.storage.FileSystemStorage")
        self.assertTrue(self.settings["media_root"].endswith("var/media"))

    def test_emails_dropped_never_printed(self):
        self.assertEqual(self.settings["email"]["EMAIL_BACKEND"], "core.mail.UnconfiguredEmailBackend")

    def test_tasks_run_at_once(self):
        self.assertEqual(self.settings["tasks"], "django_tasks.backends.immediate.ImmediateBackend")

    def test_static_files_hashed_compressed_and_served_by_whitenoise(self):
        self.assertEqual(self.settings["static"], "whitenoise.storage.CompressedManifestStaticFilesStorage")
        middleware = self.settings["middleware"]
        self.assertEqual(
            middleware.index("whitenoise.middleware.WhiteNoiseMiddleware"),
            middleware.index("django.middleware.security.SecurityMiddleware") + 1,
        )

    def test_requests_are_logged_first(self):
        self.assertEqual(self.settings["middleware"][0], "core.request_logging.RequestLogMiddleware")


class VariableSwitchTests(SimpleTestCase):
    """Each variable, added to the required ones, switches the part it names."""

    def test_database_url_selects_postgresql(self):
        settings = snapshot(minimal_environment(DATABASE_URL=PRODUCTION_ENVIRONMENT["DATABASE_URL"]))
        self.assertEqual(settings["database"], "django.db.backends.postgresql")

    def test_redis_url_selects_redis_for_cache_and_sessions(self):
        settings = snapshot(minimal_environment(REDIS_URL=PRODUCTION_ENVIRONMENT["REDIS_URL"]))
        self.assertEqual(settings["cache"], "core.redis_cache.CircuitBreakerRedisCache")
        self.assertEqual(settings["session"], "django.contrib.sessions.backends.cached_db")

    def test_email_url_selects_smtp_with_starttls(self):
        settings = snapshot(minimal_environment(EMAIL_URL=PRODUCTION_ENVIRONMENT["EMAIL_URL"]))
        self.assertEqual(
            settings["email"],
            {
                "EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
                "EMAIL_HOST": "smtp.nerima.test",
                "EMAIL_PORT": 587,
                "EMAIL_HOST_USER": "nerima",
                "EMAIL_HOST_PASSWORD": "mail@password",
                "EMAIL_USE_TLS": True,
                "EMAIL_USE_SSL": False,
            },
        )

    def test_smtps_url_selects_implicit_tls_on_its_port(self):
        settings = snapshot(minimal_environment(EMAIL_URL="smtps://smtp.nerima.test"))
        self.assertEqual(settings["email"]["EMAIL_PORT"], 465)
        self.assertEqual((settings["email"]["EMAIL_USE_TLS"], settings["email"]["EMAIL_USE_SSL"]), (False, True))

    def test_tls_can_be_turned_off_for_a_local_relay(self):
        settings = snapshot(minimal_environment(EMAIL_URL="smtp://127.0.0.1:25?tls=false"))
        self.assertEqual(settings["email"]["EMAIL_PORT"], 25)
        self.assertEqual((settings["email"]["EMAIL_USE_TLS"], settings["email"]["EMAIL_USE_SSL"]), (False, False))

    def test_bucket_name_selects_object_storage(self):
        settings = snapshot(minimal_environment(**OBJECT_STORAGE))
        self.assertEqual(settings["media"]["BACKEND"], "storages.backends.s3.S3Storage")
        options = settings["media"]["OPTIONS"]
        self.assertEqual(options["bucket_name"], "nerima-media")
        self.assertEqual(options["endpoint_url"], "https://objects.nerima.test")
        self.assertEqual(options["region_name"], "ap-northeast-1")
        self.assertEqual(options["custom_domain"], "media.nerima.test")
        self.assertEqual((options["access_key"], options["secret_key"]), ("access-key", "secret-key"))

    def test_media_root_moves_local_media(self):
        settings = snapshot(minimal_environment(MEDIA_ROOT="/srv/nerima/media"))
        self.assertEqual(settings["media_root"], "/srv/nerima/media")

    def test_tasks_backend_database_queues_tasks(self):
        settings = snapshot(minimal_environment(TASKS_BACKEND="database"))
        self.assertEqual(settings["tasks"], "django_tasks_db.DatabaseBackend")


class MissingVariableTests(SimpleTestCase):
    def assert_one_line_error_naming(self, result, name):
        self.assertNotEqual(result.returncode, 0)
        self.assertNotIn("Traceback", result.stderr)
        lines = result.stderr.strip().splitlines()
        self.assertEqual(len(lines), 1, result.stderr)
        self.assertIn(name, lines[0])

    def test_a_missing_required_variable_is_named_in_one_line(self):
        for name in REQUIRED:
            with self.subTest(name=name):
                result = run("manage.py", "check", "--deploy", **production_environment(**{name: None}))
                self.assert_one_line_error_naming(result, name)

    def test_a_blank_required_variable_counts_as_missing(self):
        for name in REQUIRED:
            with self.subTest(name=name):
                result = run("manage.py", "check", "--deploy", **production_environment(**{name: "  "}))
                self.assert_one_line_error_naming(result, name)

    def test_a_malformed_variable_is_named_in_one_line(self):
        for name, value in {
            "EMAIL_URL": "mail.nerima.test",
            "TASKS_BACKEND": "celery",
            "DATABASE_CONN_MAX_AGE": "sixty",
        }.items():
            with self.subTest(name=name):
                result = run("manage.py", "check", **production_environment(**{name: value}))
                self.assert_one_line_error_naming(result, name)

    def test_the_public_origin_must_be_https_and_not_a_placeholder(self):
        for value in ("http://www.nerima.test", "https://example.com", "https://www.example.com", "http://example.org"):
            with self.subTest(value=value):
                result = run("manage.py", "check", **production_environment(WAGTAILADMIN_BASE_URL=value))
                self.assert_one_line_error_naming(result, "WAGTAILADMIN_BASE_URL")
        for value in ("https://www.nerima.test", "https://notexample.com", "http://127.0.0.1:8000", "http://localhost"):
            with self.subTest(value=value):
                result = run("manage.py", "check", **production_environment(WAGTAILADMIN_BASE_URL=value))
                self.assertEqual(result.returncode, 0, result.stderr)


class UnconfiguredEmailTests(SimpleTestCase):
    def test_without_a_mail_server_nothing_personal_is_printed(self):
        script = (
            "import django; django.setup()\n"
            "from django.core.mail import send_mail\n"
            "print('sent', send_mail('Your sign-up', 'Dear Taro, cancel: /tours/sign-ups/secret/', None, ['taro@example.jp']))\n"
        )
        result = run("-c", script, **minimal_environment())

        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertEqual(result.stdout.strip(), "sent 0")
        output = result.stdout + result.stderr
        for personal in ("taro@example.jp", "Taro", "secret"):
            self.assertNotIn(personal, output)
        self.assertIn("EMAIL_URL is not set", result.stderr)


class CookieAndHeaderTests(SimpleTestCase):
    """Over HTTPS, as a browser sees production: __Host- cookies and the security headers."""

    SCRIPT = (
        "import json, django\n"
        "from django.conf import settings\n"
        "# Hashed static names need collectstatic, which is not what this test is about.\n"
        "settings.STORAGES = {**settings.STORAGES, 'staticfiles': {\n"
        "    'BACKEND': 'django.contrib.staticfiles.storage.StaticFilesStorage'}}\n"
        "django.setup()\n"
        "from django.core.management import call_command\n"
        "call_command('migrate', verbosity=0)\n"
        "call_command('createcachetable')\n"
        "from django.contrib.auth import get_user_model\n"
        "get_user_model().objects.create_superuser('editor', 'editor@example.org', 'a-long-password')\n"
        "from django.test import Client\n"
        "client = Client(HTTP_HOST='www.nerima.test')\n"
        "form = client.get('/admin/login/', secure=True)\n"
        "token = form.cookies['__Host-csrftoken'].value\n"
        "login = client.post('/admin/login/', {'username': 'editor', 'password': 'a-long-password',\n"
        "    'csrfmiddlewaretoken': token}, secure=True)\n"
        "page = client.get('/ja/', secure=True)\n"
        "print(json.dumps({\n"
        "    'cookies': {name: {key: str(morsel[key]) for key in ('path', 'domain', 'secure', 'httponly', 'samesite')}\n"
        "        for response in (form, login) for name, morsel in response.cookies.items()},\n"
        "    'login_status': login.status_code,\n"
        "    'headers': dict(page.headers),\n"
        "}))\n"
    )

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        environment = production_environment(DATABASE_URL="sqlite://:memory:", REDIS_URL=None, LOG_LEVEL="ERROR")
        with tempfile.TemporaryDirectory() as static_root:
            # Migrating a database takes most of it: 45 s on a quiet 2-core machine.
            result = run("-c", cls.SCRIPT, timeout=600, STATIC_ROOT=static_root, **environment)
        if result.returncode:
            raise AssertionError(result.stderr)
        cls.result = json.loads(result.stdout.strip().splitlines()[-1])

    def test_session_and_csrf_cookies_carry_the_host_prefix(self):
        self.assertEqual(self.result["login_status"], 302)
        cookies = self.result["cookies"]
        self.assertEqual(set(cookies), {"__Host-csrftoken", "__Host-sessionid"})
        for name, morsel in cookies.items():
            with self.subTest(cookie=name):
                # What browsers require of a __Host- cookie, or they drop it.
                self.assertEqual(morsel["path"], "/")
                self.assertEqual(morsel["domain"], "")
                self.assertEqual(morsel["secure"], "True")
                self.assertEqual(morsel["samesite"], "Lax")
        self.assertEqual(cookies["__Host-sessionid"]["httponly"], "True")

    def test_pages_carry_the_security_headers(self):
        headers = self.result["headers"]
        self.assertEqual(headers["Strict-Transport-Security"], "max-age=31536000; includeSubDomains; preload")
        self.assertEqual(headers["X-Content-Type-Options"], "nosniff")
        self.assertEqual(headers["X-Frame-Options"], "DENY")
        self.assertEqual(headers["Referrer-Policy"], "same-origin")
        self.assertEqual(headers["Cross-Origin-Opener-Policy"], "same-origin")
        self.assertIn("script-src 'self';", headers["Content-Security-Policy"])
        self.assertIn("frame-ancestors 'none'", headers["Content-Security-Policy"])
        self.assertIn("camera=()", headers["Permissions-Policy"])


class SecurityVariableTests(SimpleTestCase):
    POLICY = (
        "import json\nfrom django.conf import settings\n"
        "print(json.dumps(settings.CONTENT_SECURITY_POLICY['DIRECTIVES']))\n"
    )

    def policy(self, **changes):
        result = run("-c", self.POLICY, **minimal_environment(**changes))
        if result.returncode:
            raise AssertionError(result.stderr)
        return json.loads(result.stdout)

    def test_extra_image_and_connect_origins_come_from_the_environment(self):
        # How a map adds its tile server without a code change.
        directives = self.policy(
            CSP_EXTRA_IMG_SRC="https://tile.example.org, https://a.tile.example.org",
            CSP_EXTRA_CONNECT_SRC="https://geocoder.example.org",
        )
        self.assertEqual(
            directives["img-src"],
            ["'self'", "data:", MAP_TILES, "https://tile.example.org", "https://a.tile.example.org"],
        )
        self.assertEqual(directives["connect-src"], ["'self'", "https://geocoder.example.org"])

    def test_images_in_object_storage_are_allowed_from_its_domain(self):
        directives = self.policy(**OBJECT_STORAGE)
        self.assertIn("https://media.nerima.test", directives["img-src"])
        self.assertEqual(self.policy()["img-src"], ["'self'", "data:", MAP_TILES])
