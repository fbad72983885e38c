"""`python manage.py seed_demo`: build the fictional demo site, in five languages.

Safe to run again: content that exists is left alone (see demo.builder).
"""

import time

from django.core.management.base import BaseCommand

from tqdm import tqdm

from demo.builder import DEMO_ADMIN_PASSWORD, DEMO_ADMIN_USERNAME, DemoBuilder, ensure_demo_admin
from demo.signups import DEMO_ORGANIZER_PASSWORD, DEMO_ORGANIZER_USERNAME, ensure_demo_organizer


class _RawWriter:
    """Lets tqdm redraw its bar through a command's output wrapper, which would add a newline per write."""

    def __init__(self, wrapper):
        self.wrapper = wrapper

    def write(self, text):
        self.wrapper.write(text, ending="")

    def flush(self):
        self.wrapper.flush()


class Command(BaseCommand):
    help = "Create the fictional demo content (shops, makers, crafts, studios, fairs, tours, stories) and its translations."

    def handle(self, *args, verbosity=1, **options):
        started = time.monotonic()
        builder = DemoBuilder()
        steps = builder.steps()
        with tqdm(
            total=len(steps), desc="Demo site", unit="step", file=_RawWriter(self.stderr), disable=verbosity < 1
        ) as bar:

            def advance(label):
                bar.set_postfix_str(label[:40], refresh=False)
                bar.update()

            created = builder.run(progress=advance)

        created = +created  # drop the zero counts
        if created:
            summary = ", ".join(f"{count} {kind}" for kind, count in sorted(created.items()))
            self.stdout.write(self.style.SUCCESS(f"Demo content created: {summary}."))
        else:
            self.stdout.write("Demo content already present: nothing changed.")

        admin = ensure_demo_admin()
        if admin == "created":
            self.stdout.write(
                self.style.WARNING(
                    f"Demo admin created: username {DEMO_ADMIN_USERNAME!r}, password {DEMO_ADMIN_PASSWORD!r} "
                    "(for local use only)."
                )
            )
        elif admin == "exists":
            self.stdout.write(f"Demo admin {DEMO_ADMIN_USERNAME!r} already exists: left unchanged.")
        else:
            self.stdout.write("No demo admin created: these settings do not allow it (DEMO_ADMIN_ALLOWED is off).")
        if ensure_demo_organizer() == "created":
            self.stdout.write(
                self.style.WARNING(
                    f"Demo fair organizer created: username {DEMO_ORGANIZER_USERNAME!r}, "
                    f"password {DEMO_ORGANIZER_PASSWORD!r} (for local use only)."
                )
            )
        self.stdout.write(f"Done in {time.monotonic() - started:.1f} s.")
