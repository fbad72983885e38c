"""Print the demo accounts that exist and where to log in (`make run` calls it before serving)."""

from django.conf import settings
from django.core.management.base import BaseCommand

from demo.accounts import demo_account_list


class Command(BaseCommand):
    help = "List the demo accounts (username, password, role) and the admin's address."

    def handle(self, *args, **options):
        accounts = demo_account_list()
        if not accounts:
            self.stdout.write("No demo accounts: run `manage.py seed_demo` under the development settings.")
            return
        self.stdout.write(
            f"Admin: {settings.WAGTAILADMIN_BASE_URL.rstrip('/')}/admin/  (demo accounts, local use only)"
        )
        width = max(len(username) for username, _password, _role in accounts)
        for username, password, role in accounts:
            self.stdout.write(f"  {username:<{width}}  {password:<16}  {role}")
