"""Signal receivers of the core app."""

from django.contrib.auth.models import Group, Permission
from django.db.models.signals import post_save

from wagtail.models import GroupPagePermission, Page

from core.roles import translator_page_permissions_grant


def grant_translators_new_home_page(sender, instance, created, raw=False, **kwargs):
    """A new language's home page (the root of its tree) opens it to that language's translators."""
    if not created or raw or not isinstance(instance, Page) or instance.depth != 2:
        return
    translator_page_permissions_grant(
        home_page=instance,
        group_model=Group,
        permission_model=Permission,
        group_page_permission_model=GroupPagePermission,
    )


def connect():
    post_save.connect(grant_translators_new_home_page, dispatch_uid="core.grant_translators_new_home_page")
