"""`python manage.py run_periodic_tasks`: run every periodic task once, now.

For a site without a task worker (TASKS_BACKEND=immediate), from cron every few minutes:
`*/5 * * * * cd /srv/nerima && .venv/bin/python manage.py run_periodic_tasks`. With a worker,
nothing needs it: the worker runs them on their own schedule (core/periodic.py). Each task is
safe to run more often than its schedule.
"""

from django.core.management.base import BaseCommand

from core.periodic import PERIODIC_TASKS


class Command(BaseCommand):
    help = "Run every periodic task once (email retries, hold releases, reminders, the purge of old sign-ups)."

    def handle(self, *args, **options):
        for periodic in PERIODIC_TASKS:
            result = periodic.call()
            self.stdout.write(f"{periodic.name}: {result}")
