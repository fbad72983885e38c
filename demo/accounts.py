"""Demo accounts for the editorial roles, so each role can be tried on the demo site.

Made only where the settings allow the demo admin (development and tests, never production),
with the demo admin's published password.
"""

from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from core.roles import EDITORS, MODERATORS, TRANSLATOR_LANGUAGES, roles_install, translator_group_name

DEMO_ROLE_ACCOUNTS = {
    "editor": EDITORS,
    "moderator": MODERATORS,
    **{f"translator-{code}": translator_group_name(code) for code in TRANSLATOR_LANGUAGES},
}


def ensure_demo_role_accounts(password):
    """Create the missing role accounts; returns the usernames created (none if not allowed)."""
    if not getattr(settings, "DEMO_ADMIN_ALLOWED", False):
        return []
    roles_install(apps)
    user_model = get_user_model()
    created = []
    for username, group_name in DEMO_ROLE_ACCOUNTS.items():
        if user_model.objects.filter(username=username).exists():
            continue
        user = user_model.objects.create_user(username=username, email=f"{username}@example.com", password=password)
        user.groups.add(Group.objects.get(name=group_name))
        created.append(username)
    return created


def demo_account_list():
    """Every demo account that exists, as (username, password, what it is for), admin first.

    The builder imports this module, hence the imports inside.
    """
    from demo.builder import DEMO_ADMIN_PASSWORD, DEMO_ADMIN_USERNAME
    from demo.signups import DEMO_ORGANIZER_PASSWORD, DEMO_ORGANIZER_USERNAME

    accounts = [
        (DEMO_ADMIN_USERNAME, DEMO_ADMIN_PASSWORD, "superuser"),
        *((username, DEMO_ADMIN_PASSWORD, group_name) for username, group_name in DEMO_ROLE_ACCOUNTS.items()),
        (DEMO_ORGANIZER_USERNAME, DEMO_ORGANIZER_PASSWORD, "fair organizer"),
    ]
    existing = set(
        get_user_model().objects.filter(username__in=[row[0] for row in accounts]).values_list("username", flat=True)
    )
    return [row for row in accounts if row[0] in existing]
