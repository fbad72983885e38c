"""Signal receivers of the core app: view restrictions in every language, retiring the cached
presentation, the language trees after `migrate`, opening new language trees to translators."""

from django.contrib.auth.models import Group, Permission
from django.core.management import call_command
from django.core.signals import request_finished, request_started
from django.db.models.signals import m2m_changed, post_delete, post_migrate, post_save
from django.dispatch import receiver

from wagtail.models import GroupPagePermission, Locale, Page, PageViewRestriction, Site
from wagtail.signals import page_slug_changed, page_unpublished, post_page_move

from core import view_restrictions
from core.locale_trees import alias_slugs_follow, locale_trees_synchronise
from core.models import ContactOffice, SiteSettings
from core.periodic import schedule_periodic_tasks
from core.presentation_cache import presentation_changed
from core.roles import translator_page_permissions_grant
from core.view_restrictions import is_mirroring, view_restriction_mirror, view_restriction_unmirror

# What the cached presentation (core/presentation_cache.py) is built from. Saving any page
# counts: publishing, unpublishing and renaming all save it. Drafts save it too (a new
# latest revision), which costs nothing but a rebuild.
PRESENTATION_MODELS = (Page, Site, Locale, PageViewRestriction, ContactOffice, SiteSettings)


@receiver(post_save, dispatch_uid="core.retire_presentation_on_save")
@receiver(post_delete, dispatch_uid="core.retire_presentation_on_delete")
def retire_presentation_on_change(sender, instance, created=False, **kwargs):
    # Site settings are created with their defaults the first time a page reads them,
    # while that page is building the footer from those very defaults.
    if created and isinstance(instance, SiteSettings):
        return
    if isinstance(instance, PRESENTATION_MODELS):
        presentation_changed()


@receiver(post_page_move, dispatch_uid="core.retire_presentation_on_move")
@receiver(page_unpublished, dispatch_uid="core.retire_presentation_on_unpublish")
def retire_presentation_on_page_event(sender, **kwargs):
    presentation_changed()


request_started.connect(view_restrictions.request_started, dispatch_uid="core.restrictions_request_started")
request_finished.connect(view_restrictions.request_finished, dispatch_uid="core.restrictions_request_finished")


@receiver(post_save, sender=PageViewRestriction, dispatch_uid="core.mirror_view_restriction")
def mirror_view_restriction(sender, instance, raw=False, **kwargs):
    view_restrictions.restricted_paths_changed()
    if not raw and not is_mirroring():
        view_restriction_mirror(instance)


@receiver(m2m_changed, sender=PageViewRestriction.groups.through, dispatch_uid="core.mirror_view_restriction_groups")
def mirror_view_restriction_groups(sender, instance, action, reverse, **kwargs):
    if action in ("post_add", "post_remove", "post_clear") and not reverse and not is_mirroring():
        view_restriction_mirror(instance)


@receiver(post_delete, sender=PageViewRestriction, dispatch_uid="core.unmirror_view_restriction")
def unmirror_view_restriction(sender, instance, **kwargs):
    view_restrictions.restricted_paths_changed()
    if not is_mirroring():
        view_restriction_unmirror(instance.page_id)


@receiver(page_slug_changed, dispatch_uid="core.alias_slugs_follow")
def aliases_follow_a_new_slug(sender, instance, **kwargs):
    alias_slugs_follow(instance)


@receiver(post_migrate, dispatch_uid="core.after_migrate")
def after_migrate(sender, using="default", **kwargs):
    """Once every app has migrated: complete the language trees, create the cache table
    when the cache is the database (production without Redis), and start the worker's
    periodic tasks when tasks are queued in the database."""
    if sender.name != "core":
        return
    call_command("createcachetable", database=using, verbosity=0)
    locale_trees_synchronise()
    schedule_periodic_tasks()


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
