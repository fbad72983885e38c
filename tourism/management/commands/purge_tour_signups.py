"""`python manage.py purge_tour_signups`: delete sign-ups a number of days after their session (run daily).

The number of days is TOUR_SIGNUP_RETENTION_DAYS (environment, default 30) unless --days is given.
Only counts are printed: no names or email addresses.
"""

from django.conf import settings
from django.core.management.base import BaseCommand

from tourism.services import tour_signup_purge


class Command(BaseCommand):
    help = "Delete the sign-ups of tour sessions that ended more than TOUR_SIGNUP_RETENTION_DAYS days ago."

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, default=None, help="Override TOUR_SIGNUP_RETENTION_DAYS.")

    def handle(self, *args, days=None, **options):
        days = settings.TOUR_SIGNUP_RETENTION_DAYS if days is None else days
        if days < 0:
            self.stderr.write("--days cannot be negative.")
            return
        deleted = tour_signup_purge(days=days)
        self.stdout.write(f"Deleted {deleted} sign-ups of sessions that ended more than {days} days ago.")
