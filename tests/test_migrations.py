from io import StringIO

from django.core.management import call_command
from django.test import TestCase


class MigrationsTests(TestCase):
    def test_no_model_change_is_missing_a_migration(self):
        output = StringIO()
        try:
            call_command("makemigrations", check=True, dry_run=True, interactive=False, stdout=output, stderr=output)
        except SystemExit:
            self.fail(f"Models have changes without a migration; run makemigrations:\n{output.getvalue()}")
