"""Signal receivers of the core app: retiring the cached chrome, opening new language trees to translators."""

from django.contrib.auth.models import Group, Permission
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from wagtail.models import GroupPagePermission, Locale, Page, PageViewRestriction, Site
from wagtail.signals import page_unpublished, post_page_move

from core.chrome import chrome_changed
from core.models import ContactOffice, SiteSettings
from core.roles import translator_page_permissions_grant

# What the cached chrome and routing facts (core/chrome.py) are built from. Saving any page
# counts: publishing, unpublishing and renaming all save it. Drafts save it too (a new
# latest revision), which costs nothing but a rebuild.
CHROME_MODELS = (Page, Site, Locale, PageViewRestriction, ContactOffice, SiteSettings)


@receiver(post_save, dispatch_uid="core.retire_chrome_on_save")
@receiver(post_delete, dispatch_uid="core.retire_chrome_on_delete")
def retire_chrome_on_change(sender, instance, created=False, **kwargs):
    # Site settings are created with their defaults the first time a page reads them,
    # while that page is building the chrome from those very defaults.
    if created and isinstance(instance, SiteSettings):
        return
    if isinstance(instance, CHROME_MODELS):
        chrome_changed()


@receiver(post_page_move, dispatch_uid="core.retire_chrome_on_move")
@receiver(page_unpublished, dispatch_uid="core.retire_chrome_on_unpublish")
def retire_chrome_on_page_event(sender, **kwargs):
    chrome_changed()


@receiver(post_save, dispatch_uid="core.grant_translators_new_home_page")
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
