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
