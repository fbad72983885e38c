"""config.settings.production: it starts only with its required variables, and then passes `check --deploy`.

Each case runs manage.py in a subprocess with a clean environment, as a deploy would.
"""

import os
import secrets
import subprocess
import sys
from pathlib import Path

from django.test import SimpleTestCase

PROJECT_DIR = Path(__file__).resolve().parents[2]

# The variables README.md documents for a production deploy.
PRODUCTION_ENVIRONMENT = {
    "DJANGO_SETTINGS_MODULE": "config.settings.production",
    "ALLOWED_HOSTS": "www.example.org, example.org",
    "CSRF_TRUSTED_ORIGINS": "https://www.example.org",
    "DATABASE_URL": "postgres://nerima@127.0.0.1:5432/nerima",
    "DATABASE_CONN_MAX_AGE": "60",
    "REDIS_URL": "redis://127.0.0.1:6379/0",
    "EMAIL_HOST": "smtp.example.org",
    "EMAIL_PORT": "587",
    "EMAIL_HOST_USER": "nerima",
    "EMAIL_HOST_PASSWORD": "mail-password",
    "EMAIL_USE_TLS": "true",
    "DEFAULT_FROM_EMAIL": "info@example.org",
    "MEDIA_ROOT": "/srv/nerima/media",
    "WAGTAILADMIN_BASE_URL": "https://www.example.org",
}
REQUIRED = ["SECRET_KEY", "ALLOWED_HOSTS"]


def manage(*args, **environment):
    """Run manage.py with only PATH and the given variables in its environment."""
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "PYTHONDONTWRITEBYTECODE": "1", **environment}
    return subprocess.run(  # noqa: S603 (fixed arguments, our own interpreter)
        [sys.executable, "manage.py", *args], cwd=PROJECT_DIR, env=env, capture_output=True, text=True, timeout=120
    )


def production_environment(**changes):
    environment = {**PRODUCTION_ENVIRONMENT, "SECRET_KEY": secrets.token_urlsafe(50), **changes}
    return {name: value for name, value in environment.items() if value is not None}


class DeployCheckTests(SimpleTestCase):
    def test_deploy_check_passes_without_warnings(self):
        result = manage("check", "--deploy", "--fail-level", "WARNING", **production_environment())

        self.assertEqual(result.returncode, 0, result.stdout + result.stderr)
        self.assertIn("System check identified no issues (0 silenced).", result.stdout)

    def test_allowed_hosts_are_read_as_a_trimmed_list(self):
        result = manage(
            "shell",
            "--no-imports",
            "-c",
            "from django.conf import settings; print(settings.ALLOWED_HOSTS)",
            **production_environment(),
        )

        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertEqual(result.stdout.strip(), "['www.example.org', 'example.org']")


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
                result = manage("check", "--deploy", **production_environment(**{name: None}))
                self.assert_one_line_error_naming(result, name)

    def test_a_blank_required_variable_counts_as_missing(self):
        for name in REQUIRED:
            with self.subTest(name=name):
                result = manage("check", "--deploy", **production_environment(**{name: "  "}))
                self.assert_one_line_error_naming(result, name)
