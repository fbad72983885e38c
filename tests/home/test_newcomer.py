"""What a newcomer meets on `make run`: every demo account listed, emailed links on the served
port, and a way to see the site's own 404 page on the development server."""

import importlib
import io
import os
import shutil
import subprocess
from pathlib import Path

from django.core.management import call_command
from django.test import SimpleTestCase, override_settings
from django.urls import NoReverseMatch, clear_url_caches, reverse

import config.urls
from demo.accounts import DEMO_ROLE_ACCOUNTS
from demo.builder import ensure_demo_admin
from tests.base import SiteTestCase

ROOT = Path(__file__).resolve().parents[2]
MAKE = shutil.which("make")
# The Makefile's own defaults, whatever the shell running the tests has set.
MAKE_ENV = {name: value for name, value in os.environ.items() if name not in {"HOST", "PORT", "WAGTAILADMIN_BASE_URL"}}


class DemoAccountListTests(SiteTestCase):
    def test_every_demo_account_is_printed_with_its_password(self):
        ensure_demo_admin()
        out = io.StringIO()
        with override_settings(WAGTAILADMIN_BASE_URL="http://127.0.0.1:8123"):
            call_command("demo_accounts", stdout=out)
        lines = out.getvalue().splitlines()
        self.assertEqual(lines[0].split()[:2], ["Admin:", "http://127.0.0.1:8123/admin/"])
        listed = {line.split()[0]: line.split()[1] for line in lines[1:]}
        self.assertEqual(set(listed), {"admin", *DEMO_ROLE_ACCOUNTS})
        self.assertEqual(set(listed.values()), {"nerima-demo"})

    def test_without_demo_data_it_says_how_to_get_it(self):
        out = io.StringIO()
        call_command("demo_accounts", stdout=out)
        self.assertIn("seed_demo", out.getvalue())


class MakeRunTests(SimpleTestCase):
    def make_run(self, *variables):
        # -n prints the recipe without running it.
        result = subprocess.run(  # noqa: S603 (fixed arguments, the repository's Makefile)
            [MAKE, "-n", "run", *variables], cwd=ROOT, capture_output=True, text=True, check=True, env=MAKE_ENV
        )
        return result.stdout.splitlines()

    def test_links_in_emails_point_at_the_port_being_served(self):
        lines = self.make_run("PORT=8123")
        runserver = next(line for line in lines if "runserver" in line)
        self.assertIn("WAGTAILADMIN_BASE_URL=http://127.0.0.1:8123 ", runserver)
        self.assertTrue(runserver.endswith("runserver 127.0.0.1:8123"))

    def test_a_server_on_every_interface_links_to_the_loopback_address(self):
        runserver = next(line for line in self.make_run("HOST=0.0.0.0", "PORT=9000") if "runserver" in line)
        self.assertIn("WAGTAILADMIN_BASE_URL=http://127.0.0.1:9000 ", runserver)

    def test_the_demo_accounts_are_printed_before_serving(self):
        lines = self.make_run()
        commands = [line.split("manage.py ")[-1].split()[0] for line in lines if "manage.py" in line]
        self.assertEqual(commands[-3:], ["seed_demo", "demo_accounts", "runserver"])


class NotFoundPreviewTests(SiteTestCase):
    """Under DEBUG, /<lang>/__404__/ shows templates/404.html with the 404 status."""

    def setUp(self):
        super().setUp()
        self.enterContext(override_settings(DEBUG=True))
        self.reload_urls()
        self.addCleanup(self.reload_urls)

    @staticmethod
    def reload_urls():
        clear_url_caches()
        importlib.reload(config.urls)

    def test_the_sites_own_404_page(self):
        response = self.client.get("/en/__404__/")
        self.assertEqual(response.status_code, 404)
        self.assertTemplateUsed(response, "404.html")
        self.assertContains(response, "Page not found", status_code=404)

    def test_the_route_is_absent_without_debug(self):
        self.assertEqual(reverse("not_found_preview"), "/ja/__404__/")
        with override_settings(DEBUG=False):
            self.reload_urls()
            with self.assertRaises(NoReverseMatch):
                reverse("not_found_preview")
