"""Two real app processes without Redis never serve each other's stale state.

Two gunicorn instances run `config.settings.production` on free local ports against the test
database, without REDIS_URL: the presentation cache is then the database's (DatabaseCache), and
who may see a page is read from the database on every request. A session started on one is
valid on the other; a publish, an unpublish and a new view restriction made through one show
on the very next request to the other, in the page and in the navigation of every page.

Runs only on PostgreSQL; skipped on SQLite. The data is committed (TransactionTestCase), so
the processes see it; they are killed whatever happens.
"""

import json
import os
import re
import secrets
import signal
import socket
import subprocess
import sys
import tempfile
import time
import unittest
from pathlib import Path
from urllib.parse import quote

from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import PBKDF2PasswordHasher
from django.db import connection
from django.test import TransactionTestCase

from wagtail.models import Page

import requests

from home.factories import StandardPageFactory
from tests.base import site_with_language_trees

PROJECT_DIR = Path(__file__).resolve().parents[2]
START_TIMEOUT_SECONDS = 90
# config.settings.production names the cookies with the __Host- prefix.
SESSION_COOKIE = "__Host-sessionid"
CSRF_COOKIE = "__Host-csrftoken"
EDITOR, PASSWORD = "editor", "two-process-password"


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def database_url():
    """The URL of the test database this test runs on, for the app processes."""
    db = connection.settings_dict
    credentials = quote(db["USER"] or "", safe="")
    if db["PASSWORD"]:
        credentials += ":" + quote(db["PASSWORD"], safe="")
    return f"postgres://{credentials}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"


def csrf_token(html):
    return re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)


class AppProcess:
    """One gunicorn instance (one worker) on its own port, logging to a file."""

    def __init__(self, environment, workdir, name):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log_path = Path(workdir) / f"{name}.log"
        with self.log_path.open("wb") as log:
            self.process = subprocess.Popen(  # noqa: S603 (our own interpreter and config)
                [sys.executable, "-m", "gunicorn", "-c", "config/gunicorn.py"],
                cwd=PROJECT_DIR,
                env={**environment, "PORT": str(self.port), "WEB_CONCURRENCY": "1"},
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )

    def wait_until_ready(self, deadline):
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise AssertionError(f"gunicorn exited early:\n{self.log_path.read_text()}")
            try:
                if requests.get(f"{self.url}/healthz", timeout=5).status_code == 200:
                    return
            except requests.RequestException:  # refused until bound, slow while the worker boots
                pass
            time.sleep(0.3)
        raise AssertionError(f"gunicorn did not answer in time:\n{self.log_path.read_text()}")

    def stop(self):
        """Stop the master and its worker: they share the session started for them."""
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait()

    def get(self, path, cookies=None):
        return requests.get(self.url + path, cookies=cookies, allow_redirects=False, timeout=30)

    def post(self, path, data, cookies):
        return requests.post(self.url + path, data=data, cookies=cookies, allow_redirects=False, timeout=30)


class TwoProcessTests(TransactionTestCase):
    @classmethod
    def setUpClass(cls):
        if connection.vendor != "postgresql":
            raise unittest.SkipTest("needs PostgreSQL: run with DATABASE_URL=postgres://...")
        super().setUpClass()
        workdir = tempfile.TemporaryDirectory(prefix="nerima-two-processes-")
        cls.addClassCleanup(workdir.cleanup)
        environment = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "DJANGO_SETTINGS_MODULE": "config.settings.production",
            "SECRET_KEY": secrets.token_urlsafe(50),
            "ALLOWED_HOSTS": "127.0.0.1",
            "WAGTAILADMIN_BASE_URL": "http://127.0.0.1",
            "DATABASE_URL": database_url(),
            # Each request closes its connection, so nothing holds the test database afterwards.
            "DATABASE_CONN_MAX_AGE": "0",
            "SECURE_SSL_REDIRECT": "false",
            "STATIC_ROOT": str(Path(workdir.name) / "static"),
            "MEDIA_ROOT": str(Path(workdir.name) / "media"),
            "HOST": "127.0.0.1",
        }
        for command in (["collectstatic", "--noinput", "-v0"], ["createcachetable"]):
            done = subprocess.run(  # noqa: S603 (our own interpreter and manage.py)
                [sys.executable, "manage.py", *command],
                cwd=PROJECT_DIR,
                env=environment,
                capture_output=True,
                text=True,
                timeout=300,
            )
            assert done.returncode == 0, done.stderr
        cls.first, cls.second = [AppProcess(environment, workdir.name, name) for name in ("first", "second")]
        for app in (cls.first, cls.second):
            cls.addClassCleanup(app.stop)
        deadline = time.monotonic() + START_TIMEOUT_SECONDS
        for app in (cls.first, cls.second):
            app.wait_until_ready(deadline)

    def setUp(self):
        # Site root paths and presentation cached by an earlier run point at rows that are gone.
        with connection.cursor() as cursor:
            cursor.execute("DELETE FROM django_cache")
        _locales, site = site_with_language_trees()
        self.home = site.root_page.specific
        # The processes use Django's default hasher, not the fast one of the test settings.
        password = PBKDF2PasswordHasher().encode(PASSWORD, PBKDF2PasswordHasher().salt())
        get_user_model().objects.create(username=EDITOR, password=password, is_superuser=True, is_staff=True)

    def sign_in(self, app):
        """Sign in through the admin's login form; returns the session and CSRF cookies."""
        form = app.get("/admin/login/")
        cookies = {CSRF_COOKIE: form.cookies[CSRF_COOKIE]}
        data = {"csrfmiddlewaretoken": csrf_token(form.text), "username": EDITOR, "password": PASSWORD}
        response = app.post("/admin/login/", data, cookies)
        self.assertEqual(response.status_code, 302, response.text[:500])
        return {**cookies, SESSION_COOKIE: response.cookies[SESSION_COOKIE], CSRF_COOKIE: response.cookies[CSRF_COOKIE]}

    def admin_post(self, app, path, cookies, data=None):
        """POST an admin form as the signed-in editor, with the CSRF token."""
        data = {"csrfmiddlewaretoken": cookies[CSRF_COOKIE], **(data or {})}
        return app.post(path, data, cookies)

    # One test, so that pytest-xdist never splits it across workers that would share the cache table.
    def test_sessions_publishing_unpublishing_and_restrictions_are_shared(self):
        page = StandardPageFactory(parent=self.home, title="町工場めぐり", slug="factory-tours", show_in_menus=True)
        StandardPageFactory(parent=self.home, title="アクセス", slug="access", show_in_menus=True)
        home_before = self.second.get("/ja/")  # fills the second process's presentation cache
        self.assertEqual(home_before.status_code, 200)
        self.assertIn("町工場めぐり", home_before.text)
        with connection.cursor() as cursor:
            cursor.execute("SELECT count(*) FROM django_cache")
            self.assertGreater(cursor.fetchone()[0], 0, "the processes do not share the database cache")

        # A session started on the first process is valid on the second.
        self.assertEqual(self.second.get("/admin/").status_code, 302)  # signed out: sent to the login form
        cookies = self.sign_in(self.first)
        dashboard = self.second.get("/admin/?next=taro%40example.jp", cookies={SESSION_COOKIE: cookies[SESSION_COOKIE]})
        self.assertEqual(dashboard.status_code, 200)
        self.assertIn(EDITOR, dashboard.text)

        # A change published through the first process is served by the second at once,
        # in the page itself and in the navigation of every page, in every language.
        page.title = "オープンファクトリー"
        page.save_revision()
        publish_url = f"/admin/bulk/wagtailcore/page/publish/?id={page.pk}"
        published = self.admin_post(self.first, publish_url, cookies)
        self.assertEqual(published.status_code, 302, published.text[:500])
        for home_url in ("/ja/", "/en/"):
            home_after = self.second.get(home_url)
            self.assertIn("オープンファクトリー", home_after.text)
            self.assertNotIn("町工場めぐり", home_after.text)
        self.assertIn("オープンファクトリー", self.second.get("/ja/factory-tours/").text)
        self.assertIn("オープンファクトリー", self.second.get("/en/factory-tours/").text)

        # A view restriction set through the first process: the second asks for a login at once,
        # for the page in every language, and leaves it out of the navigation.
        access = Page.objects.get(slug="access", locale__language_code="ja")
        self.assertEqual(self.second.get("/ko/access/").status_code, 200)
        restricted = self.admin_post(
            self.first, f"/admin/pages/{access.pk}/privacy/", cookies, {"restriction_type": "login"}
        )
        self.assertEqual(restricted.status_code, 200, restricted.text[:500])
        for url in ("/ja/access/", "/ko/access/"):
            self.assertEqual(self.second.get(url).status_code, 302, url)
        self.assertNotIn("アクセス", self.second.get("/ja/").text)

        # Unpublished through the first process: gone from the second at once, in every language.
        unpublished = self.admin_post(self.first, f"/admin/pages/{page.pk}/unpublish/", cookies)
        self.assertEqual(unpublished.status_code, 302, unpublished.text[:500])
        for url in ("/ja/factory-tours/", "/en/factory-tours/"):
            self.assertEqual(self.second.get(url).status_code, 404, url)
        self.assertNotIn("オープンファクトリー", self.second.get("/en/").text)

        # Both processes log JSON lines only; a request's line has its id and no query string.
        for app in (self.first, self.second):
            log = app.log_path.read_text()
            entries = [json.loads(line) for line in log.splitlines()]
            self.assertNotIn("taro", log)
        [entry] = [entry for entry in entries if entry.get("request_id") == dashboard.headers["X-Request-ID"]]
        self.assertEqual((entry["method"], entry["path"], entry["status"]), ("GET", "/admin/", 200))
