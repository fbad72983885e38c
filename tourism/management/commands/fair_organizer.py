"""`python manage.py fair_organizer`: set up fair organizers (see docs/organizers.md).

manage.py fair_organizer --setup               the shared "Fair organizers" group
manage.py fair_organizer <username> <fair>     make a user an organizer of a fair (by slug)
"""

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from tourism.models import FairPage
from tourism.organizers import fair_group_name, fair_organizer_add, organizers_group_ensure


class Command(BaseCommand):
    help = "Create the fair organizer groups, or make a user an organizer of one fair."

    def add_arguments(self, parser):
        parser.add_argument("username", nargs="?")
        parser.add_argument("fair_slug", nargs="?", help="The slug of the fair page (any language version).")
        parser.add_argument("--setup", action="store_true", help="Create or complete the shared group only.")

    def handle(self, *args, username=None, fair_slug=None, setup=False, **options):
        if setup:
            group = organizers_group_ensure()
            self.stdout.write(f"Group {group.name!r} is ready.")
            return
        if not (username and fair_slug):
            raise CommandError("Give a username and a fair slug, or --setup.")
        user = get_user_model().objects.filter(username=username).first()
        if user is None:
            raise CommandError(f"No user {username!r}: create the user first (Settings → Users).")
        fair = FairPage.objects.filter(slug=fair_slug).order_by("pk").first()
        if fair is None:
            raise CommandError(f"No fair page with the slug {fair_slug!r}.")
        fair_organizer_add(user=user, fair=fair)
        self.stdout.write(f"{username} now organizes {fair.title!r} (group {fair_group_name(fair)!r}).")
