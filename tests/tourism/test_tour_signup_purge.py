import datetime
from io import StringIO
from unittest import mock

from django.core.management import call_command
from django.test import override_settings
from django.utils import timezone

from django_tasks.base import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from tests.tourism.signups import SignupTestCase
from tourism.factories import TourSessionFactory, TourSignupFactory
from tourism.models import TourSignup
from tourism.services import tour_signup_purge
from tourism.tasks import purge_expired_signups

DATABASE_QUEUE = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


class ExpiredSignupsTestCase(SignupTestCase):
    """Sign-ups of a session that ended 31 days ago, one that ended 29 days ago, and an upcoming one."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        now = timezone.now()

        def session_ended(days_ago):
            ends_at = now - datetime.timedelta(days=days_ago)
            return TourSessionFactory(tour=cls.tour, starts_at=ends_at - datetime.timedelta(hours=2), ends_at=ends_at)

        cls.old = TourSignupFactory(session=session_ended(31), email="old@example.com", name="Old Visitor")
        cls.recent = TourSignupFactory(session=session_ended(29))
        cls.upcoming = TourSignupFactory(session=cls.session)


class TourSignupPurgeTests(ExpiredSignupsTestCase):
    def test_deletes_only_sign_ups_of_sessions_that_ended_longer_ago(self):
        self.assertEqual(tour_signup_purge(days=30), 1)
        self.assertEqual(set(TourSignup.objects.values_list("pk", flat=True)), {self.recent.pk, self.upcoming.pk})

    @override_settings(TOUR_SIGNUP_RETENTION_DAYS=7)
    def test_the_command_uses_the_retention_setting_and_logs_no_personal_data(self):
        out = StringIO()
        with self.assertLogs("tourism.services", level="INFO") as logs:
            call_command("purge_tour_signups", stdout=out)
        self.assertIn("Deleted 2 sign-ups", out.getvalue())
        self.assertEqual(list(TourSignup.objects.values_list("pk", flat=True)), [self.upcoming.pk])
        for text in [out.getvalue(), *logs.output]:
            self.assertNotIn("old@example.com", text)
            self.assertNotIn("Old Visitor", text)


@override_settings(TASKS=DATABASE_QUEUE)
class ScheduledPurgeTests(ExpiredSignupsTestCase):
    """Nobody runs the command: after a deploy's `migrate`, the worker purges every day by itself."""

    def run_worker(self):
        # The worker drops connections left in a transaction; the test's own one must stay open.
        with mock.patch("django_tasks_db.management.commands.db_worker.close_old_connections"):
            call_command("db_worker", "--batch", "--no-startup-delay", verbosity=0)

    def waiting_purges(self):
        return DBTaskResult.objects.filter(task_path=purge_expired_signups.module_path, status=TaskResultStatus.READY)

    def test_the_worker_purges_expired_sign_ups_daily(self):
        call_command("migrate", verbosity=0)
        self.run_worker()
        self.assertEqual(set(TourSignup.objects.values_list("pk", flat=True)), {self.recent.pk, self.upcoming.pk})
        [next_run] = self.waiting_purges()
        self.assertAlmostEqual(
            next_run.run_after - timezone.now(), datetime.timedelta(days=1), delta=datetime.timedelta(minutes=5)
        )

        # A day later the recent session has passed the retention period too.
        TourSignup.objects.filter(pk=self.recent.pk).update(session=self.old.session_id)
        self.run_worker()
        self.assertTrue(TourSignup.objects.filter(pk=self.recent.pk).exists(), "not due yet")
        self.waiting_purges().update(run_after=timezone.now() - datetime.timedelta(seconds=1))
        self.run_worker()
        self.assertEqual(list(TourSignup.objects.values_list("pk", flat=True)), [self.upcoming.pk])
        self.assertEqual(self.waiting_purges().count(), 1, "one chain, not one per run")

    def test_migrating_again_does_not_start_a_second_chain(self):
        call_command("migrate", verbosity=0)
        call_command("migrate", verbosity=0)
        self.assertEqual(self.waiting_purges().count(), 1)
