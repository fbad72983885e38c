"""Admin users in the editorial groups that core/migrations/0002 creates."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from core.roles import EDITORS, MODERATORS, translator_group_name


def user_in(group_name, username=None):
    username = username or group_name.lower().replace(" ", "-").replace("(", "").replace(")", "")
    user = get_user_model().objects.create_user(username=username, email=f"{username}@example.com", password="x")
    user.groups.add(Group.objects.get(name=group_name))
    return user


def editor():
    return user_in(EDITORS, "editor")


def moderator():
    return user_in(MODERATORS, "moderator")


def translator(language_code):
    return user_in(translator_group_name(language_code), f"translator-{language_code}")
