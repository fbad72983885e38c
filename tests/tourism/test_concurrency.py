"""Seats are never oversold under real concurrency, on the database the suite runs on.

On PostgreSQL the threads run in this process (each thread has its own connection, and
the session row lock serialises them). On SQLite they run in a child process against a
file copy of the test database, with the project's settings (WAL, IMMEDIATE transactions,
a 20 s busy timeout): the suite's own in-memory shared-cache database cannot make a
second writer wait.
"""

import json
import os
import sqlite3
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

from django.db import connection
from django.test import TransactionTestCase

from wagtail.models import Locale, Page

from tests.tourism import concurrency
from tourism.factories import TourPageFactory, TourSessionFactory, TourSignupFactory

PROJECT_ROOT = Path(__file__).resolve().parents[2]
THREADS = {"postgresql": 25, "sqlite": 50}


class ConcurrentSignupTests(TransactionTestCase):
    def setUp(self):
        locale, _created = Locale.objects.get_or_create(language_code="ja")
        root = Page.get_first_root_node() or Page.add_root(instance=Page(title="Root", slug="root", locale=locale))
        self.tour = TourPageFactory(parent=root, max_party_size=4)
        self.session = TourSessionFactory(tour=self.tour, capacity=30)

    def fill_with_a_waitlist(self):
        """30 confirmed people fill the session; 20 parties of 1 to 3 wait."""
        for _number in range(30):
            TourSignupFactory(session=self.session, party_size=1)
        for size in [2, 1, 3, 1, 2] * 4:
            TourSignupFactory(session=self.session, party_size=size, status="waitlisted")

    def run_scenario(self, scenario, count):
        threads = THREADS[connection.vendor]
        if connection.vendor != "sqlite":
            return concurrency.run(scenario, self.session.pk, count, threads)
        with tempfile.TemporaryDirectory() as directory:
            path = Path(directory) / "concurrency.sqlite3"
            target = sqlite3.connect(path)
            connection.ensure_connection()
            connection.connection.backup(target)
            target.execute("PRAGMA journal_mode=WAL")
            target.close()
            env = {
                **os.environ,
                "DATABASE_URL": f"sqlite:///{path}",
                "DJANGO_SETTINGS_MODULE": "config.settings.test",
            }
            child = subprocess.run(  # noqa: S603 (our own module, fixed arguments)
                [
                    sys.executable,
                    "-m",
                    "tests.tourism.concurrency",
                    scenario,
                    str(self.session.pk),
                    str(count),
                    str(threads),
                ],
                cwd=PROJECT_ROOT,
                env=env,
                capture_output=True,
                text=True,
                timeout=120,
                check=False,
            )
        self.assertEqual(child.returncode, 0, child.stderr[-3000:])
        return json.loads(child.stdout.strip().splitlines()[-1])

    def test_200_simultaneous_sign_ups_for_30_seats(self):
        outcome = self.run_scenario("signups", 200)
        self.assertEqual(outcome["errors"], [])
        # Each new sign-up holds its seat until its address is confirmed: holds count against capacity.
        self.assertEqual(Counter(outcome["results"]), {"held": 30, "waitlisted": 170})
        self.assertEqual(outcome["seats_taken"], 30)
        self.assertEqual(outcome["by_status"], {"held": 30, "waitlisted": 170})

    def test_cancellations_racing_sign_ups_never_exceed_capacity(self):
        self.fill_with_a_waitlist()
        outcome = self.run_scenario("race", 60)
        self.assertEqual(outcome["errors"], [])
        self.assertEqual(Counter(outcome["results"])["cancelled"], 15)
        self.assertLessEqual(outcome["seats_taken"], outcome["capacity"])
        self.assertEqual(sum(outcome["by_status"].values()), 30 + 20 + 60, "a sign-up was lost")
        self.assertEqual(outcome["by_status"]["cancelled"], 15)
        seats_left = outcome["capacity"] - outcome["seats_taken"]
        self.assertFalse(
            [size for size in outcome["waitlisted_sizes"] if size <= seats_left],
            "a waitlisted party that fits was left waiting",
        )

    def test_offers_claims_and_sign_ups_racing_never_oversell(self):
        type(self.tour).objects.filter(pk=self.tour.pk).update(promotion_mode="offer")
        self.fill_with_a_waitlist()
        outcome = self.run_scenario("offers", 60)
        self.assertEqual(outcome["errors"], [])
        results = Counter(outcome["results"])
        self.assertEqual(results["cancelled"], 15)
        self.assertGreater(results["confirmed"], 0, "some offers were claimed while the race ran")
        self.assertLessEqual(outcome["seats_taken"], outcome["capacity"])
        self.assertEqual(sum(outcome["by_status"].values()), 30 + 20 + 60, "a sign-up was lost")
        seats_left = outcome["capacity"] - outcome["seats_taken"]
        self.assertFalse(
            [size for size in outcome["waitlisted_sizes"] if size <= seats_left],
            "a waitlisted party that fits was left waiting",
        )
