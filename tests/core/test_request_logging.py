"""Request logs: one JSON line per request with its id, method, path, status and duration, no personal data."""

import json
import logging
import os
import secrets
import subprocess
import sys
import tempfile
from pathlib import Path

from django.test import SimpleTestCase, modify_settings

from core.request_logging import JsonFormatter, current_request_id

PROJECT_DIR = Path(__file__).resolve().parents[2]
PERSONAL = {"name": "練馬 太郎", "email": "taro@example.jp"}


def formatted(records):
    return [json.loads(JsonFormatter().format(record)) for record in records]


@modify_settings(MIDDLEWARE={"prepend": "core.request_logging.RequestLogMiddleware"})
class RequestLogMiddlewareTests(SimpleTestCase):
    """Requests to /healthz (which touches no database) with a method or id that makes them worth a line."""

    def test_a_request_gets_an_id_echoed_in_the_response(self):
        with self.assertLogs("nerima.request", "INFO"):
            first = self.client.get("/healthz", HTTP_X_REQUEST_ID="")
            second = self.client.delete("/healthz")

        self.assertRegex(first["X-Request-ID"], r"^[0-9a-f]{32}$")
        self.assertNotEqual(first["X-Request-ID"], second["X-Request-ID"])

    def test_an_incoming_id_is_kept(self):
        response = self.client.post("/healthz", headers={"X-Request-ID": "lb-7f3a.42"})

        self.assertEqual(response["X-Request-ID"], "lb-7f3a.42")

    def test_an_unsafe_incoming_id_is_replaced(self):
        for unsafe in ("two words", "x" * 200, "id\u3000全角"):
            with self.subTest(unsafe=unsafe):
                response = self.client.post("/healthz", headers={"X-Request-ID": unsafe})
                self.assertRegex(response["X-Request-ID"], r"^[0-9a-f]{32}$")

    def test_one_line_with_method_path_status_duration_and_id(self):
        with self.assertLogs("nerima.request", "INFO") as logs:
            response = self.client.post("/healthz?email=taro%40example.jp", PERSONAL)

        [entry] = formatted(logs.records)
        self.assertEqual(
            {key: entry[key] for key in ("method", "path", "status", "request_id")},
            {
                "method": "POST",
                "path": "/healthz",
                "status": response.status_code,
                "request_id": response["X-Request-ID"],
            },
        )
        self.assertGreaterEqual(entry["duration_ms"], 0)

    def test_no_query_string_or_form_data_is_logged(self):
        with self.assertLogs("nerima.request", "INFO") as logs:
            self.client.post("/healthz?email=taro%40example.jp&q=%E7%B7%B4%E9%A6%AC", PERSONAL)

        line = JsonFormatter().format(logs.records[0])
        for value in ("taro", "example.jp", "練馬", "%E7", "email", "?"):
            self.assertNotIn(value, line)

    def test_successful_health_probes_are_not_logged(self):
        with self.assertNoLogs("nerima.request", "INFO"):
            self.client.get("/healthz")


class JsonFormatterTests(SimpleTestCase):
    def record(self, message, **extra):
        record = logging.LogRecord("nerima.test", logging.ERROR, __file__, 1, message, (), None)
        record.__dict__.update(extra)
        return record

    def test_a_record_is_one_line_of_json(self):
        try:
            raise ValueError("first line\nsecond line")
        except ValueError:
            record = self.record("failed", exc_info=sys.exc_info())

        line = JsonFormatter().format(record)

        self.assertNotIn("\n", line)
        entry = json.loads(line)
        self.assertEqual((entry["level"], entry["logger"], entry["message"]), ("ERROR", "nerima.test", "failed"))
        self.assertIn("ValueError: first line\nsecond line", entry["exception"])

    def test_only_named_fields_are_written(self):
        # django.request puts the request (and so its POST data) in a record's extra.
        record = self.record("Forbidden: /", request=PERSONAL, status_code=403)

        entry = json.loads(JsonFormatter().format(record))

        self.assertEqual(set(entry), {"time", "level", "logger", "message"})

    def test_records_inside_a_request_carry_its_id(self):
        token = current_request_id.set("req-1")
        try:
            entry = json.loads(JsonFormatter().format(self.record("inside")))
        finally:
            current_request_id.reset(token)

        self.assertEqual(entry["request_id"], "req-1")


class ProductionLoggingTests(SimpleTestCase):
    """The production settings themselves write the request line to stderr, and nothing else for it."""

    def test_production_writes_one_json_line_per_request(self):
        script = (
            "import django; django.setup()\n"
            "from django.test import Client\n"
            "Client(HTTP_HOST='www.example.org').post('/healthz?email=taro%40example.jp', "
            f"{PERSONAL!r}, secure=True)\n"
        )
        environment = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "DJANGO_SETTINGS_MODULE": "config.settings.production",
            "SECRET_KEY": secrets.token_urlsafe(50),
            "ALLOWED_HOSTS": "www.example.org",
            "WAGTAILADMIN_BASE_URL": "https://www.nerima.test",
            "DATABASE_URL": "sqlite://:memory:",
        }
        with tempfile.TemporaryDirectory() as static_root:
            result = subprocess.run(  # noqa: S603 (fixed arguments, our own interpreter)
                [sys.executable, "-c", script],
                cwd=PROJECT_DIR,
                env={**environment, "STATIC_ROOT": static_root},
                capture_output=True,
                text=True,
                timeout=120,
            )

        self.assertEqual(result.returncode, 0, result.stderr)
        [line] = result.stderr.strip().splitlines()
        entry = json.loads(line)
        self.assertEqual((entry["method"], entry["path"], entry["status"]), ("POST", "/healthz", 405))
        self.assertNotIn("taro", line)
