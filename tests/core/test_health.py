"""/healthz and /readyz: fast, never cached, naming each part's status and nothing else.

Parts are taken down for real where that can be done here: Redis and the search cluster are
pointed at a closed local port. The database is made to fail by patching the cursor of every
connection (the probe runs in a thread of its own, with a connection of its own).
"""

import base64
import socket
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer
from unittest import mock

from django.contrib.auth import get_user_model
from django.db import OperationalError
from django.db.backends.base.base import BaseDatabaseWrapper
from django.test import SimpleTestCase, override_settings

from tests.base import SiteTestCase


def closed_port():
    """A local port nothing listens on: connecting to it is refused at once."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def redis_cache_at(port):
    return {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": f"redis://127.0.0.1:{port}/5",
            "OPTIONS": {"IGNORE_EXCEPTIONS": True, "SOCKET_CONNECT_TIMEOUT": 1, "SOCKET_TIMEOUT": 1},
        }
    }


def search_cluster_at(url):
    return {"default": {"BACKEND": "wagtail.search.backends.elasticsearch8", "URLS": [url]}}


class FakeClusterHandler(BaseHTTPRequestHandler):
    """Answers the cluster root like Elasticsearch, and remembers the credentials it was sent."""

    authorizations = []

    def do_GET(self):
        type(self).authorizations.append(self.headers.get("Authorization"))
        body = b'{"tagline": "You Know, for Search"}'
        self.send_response(200 if self.path == "/" else 404)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


class HealthzTests(SimpleTestCase):
    """A SimpleTestCase: any database query would fail the test."""

    def test_answers_without_touching_the_database(self):
        response = self.client.get("/healthz")

        self.assertEqual(response.status_code, 200)
        self.assertEqual(response.json(), {"status": "ok"})

    def test_is_never_cached(self):
        response = self.client.get("/healthz")

        self.assertIn("no-store", response["Cache-Control"])


class ReadyzTests(SiteTestCase):
    def assert_unavailable(self, response, failed_part):
        self.assertEqual(response.status_code, 503)
        self.assertEqual(response.json()["status"], "unavailable")
        self.assertEqual(response.json()["checks"][failed_part], "unavailable")

    def test_health_lives_outside_the_language_prefix(self):
        self.assertEqual(self.client.get("/ja/healthz", follow=True).status_code, 404)
        self.assertEqual(self.client.get("/ja/readyz", follow=True).status_code, 404)

    def test_ready_when_database_and_cache_answer(self):
        response = self.client.get("/readyz")

        self.assertEqual(response.status_code, 200)
        self.assertEqual(response.json(), {"status": "ok", "checks": {"database": "ok", "cache": "ok"}})
        self.assertIn("no-store", response["Cache-Control"])

    def test_database_down(self):
        failure = OperationalError('connection to server at "db.internal" (10.0.0.5) failed')
        with (
            mock.patch.object(BaseDatabaseWrapper, "cursor", side_effect=failure),
            self.assertLogs("core.health", "WARNING"),
        ):
            response = self.client.get("/readyz")

        self.assert_unavailable(response, "database")
        self.assertEqual(response.json()["checks"]["cache"], "ok")
        self.assertNotIn(b"db.internal", response.content)

    def test_redis_down(self):
        port = closed_port()
        with override_settings(CACHES=redis_cache_at(port)), self.assertLogs("core.health", "WARNING"):
            response = self.client.get("/readyz")

        self.assert_unavailable(response, "cache")
        self.assertEqual(response.json()["checks"]["database"], "ok")
        self.assertNotIn(str(port).encode(), response.content)

    def test_search_cluster_unreachable(self):
        url = f"http://elastic:s3cret@127.0.0.1:{closed_port()}"
        with (
            override_settings(WAGTAILSEARCH_BACKENDS=search_cluster_at(url)),
            self.assertLogs("core.health", "WARNING"),
        ):
            response = self.client.get("/readyz")

        self.assert_unavailable(response, "search")
        self.assertEqual(response.json()["checks"], {"database": "ok", "cache": "ok", "search": "unavailable"})
        self.assertNotIn(b"s3cret", response.content)
        self.assertNotIn(b"127.0.0.1", response.content)

    def test_search_cluster_answering_with_the_credentials_of_its_url(self):
        server = HTTPServer(("127.0.0.1", 0), FakeClusterHandler)
        FakeClusterHandler.authorizations = []
        thread = threading.Thread(target=server.serve_forever, daemon=True)
        thread.start()
        self.addCleanup(server.server_close)
        self.addCleanup(server.shutdown)
        url = f"http://elastic:s%40cret@127.0.0.1:{server.server_port}"

        with override_settings(WAGTAILSEARCH_BACKENDS=search_cluster_at(url)):
            response = self.client.get("/readyz")

        self.assertEqual(response.status_code, 200)
        self.assertEqual(response.json()["checks"]["search"], "ok")
        self.assertEqual(FakeClusterHandler.authorizations, [f"Basic {base64.b64encode(b'elastic:s@cret').decode()}"])


@override_settings(SESSION_ENGINE="django.contrib.sessions.backends.cached_db")
class RedisDownTests(SiteTestCase):
    """With Redis gone, pages are served uncached and sessions come from the database."""

    def test_public_page_still_served(self):
        with override_settings(CACHES=redis_cache_at(closed_port())):
            response = self.client.get(self.home.url)

        self.assertEqual(response.status_code, 200)
        self.assertContains(response, self.home.title)

    def test_editor_can_still_sign_in(self):
        get_user_model().objects.create_superuser("editor", "editor@example.org", "a-long-password")
        with override_settings(CACHES=redis_cache_at(closed_port())):
            # Through the login form: the login lockout (django-axes) keeps its count in the database.
            signed_in = self.client.post("/admin/login/", {"username": "editor", "password": "a-long-password"})
            response = self.client.get("/admin/")

        self.assertRedirects(signed_in, "/admin/", fetch_redirect_response=False)
        self.assertEqual(response.status_code, 200)
