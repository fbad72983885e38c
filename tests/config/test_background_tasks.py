"""Background work: queued in the database with TASKS_BACKEND=database, run by `manage.py db_worker`."""

from unittest import mock

from django.core import mail
from django.core.management import call_command
from django.test import TestCase, override_settings

from django_tasks import task
from django_tasks.base import TaskResultStatus
from django_tasks_db.models import DBTaskResult

DATABASE_QUEUE = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


@task()
def send_welcome(address):
    mail.send_mail("Welcome", "Thank you for signing up.", "info@example.org", [address])
    return address


class ImmediateTaskTests(TestCase):
    def test_by_default_a_task_runs_in_the_request(self):
        result = send_welcome.enqueue("taro@example.jp")

        self.assertEqual(result.status, TaskResultStatus.SUCCESSFUL)
        self.assertEqual(len(mail.outbox), 1)
        self.assertFalse(DBTaskResult.objects.exists())


@override_settings(TASKS=DATABASE_QUEUE)
class DatabaseQueueTests(TestCase):
    def test_a_task_waits_in_the_queue_until_the_worker_runs_it(self):
        result = send_welcome.enqueue("taro@example.jp")

        self.assertEqual(result.status, TaskResultStatus.READY)
        self.assertEqual(mail.outbox, [])

        # The worker drops connections left in a transaction; the test's own one must stay open.
        with mock.patch("django_tasks_db.management.commands.db_worker.close_old_connections"):
            call_command("db_worker", "--batch", "--no-startup-delay", verbosity=0)

        result.refresh()
        self.assertEqual(result.status, TaskResultStatus.SUCCESSFUL)
        self.assertEqual(result.return_value, "taro@example.jp")
        self.assertEqual([message.to for message in mail.outbox], [["taro@example.jp"]])
