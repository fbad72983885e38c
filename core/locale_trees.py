"""Every language tree holds every page, through wagtail-localize's locale synchronisation.

en, zh-hans, zh-hant and ko are synchronised from ja (LocaleSynchronization rows, made by
core/migrations/0003). A Japanese page that is not translated into a language has an alias
there: a copy that Wagtail keeps in step with the original, at the same path under that
language's home page. Translating converts the alias in place (wagtail-localize), so its URL
never changes. Wagtail's router then finds every page in the visitor's tree, and listings,
feeds and search are plain queries in the visitor's locale.

wagtail-localize makes the aliases when an editor creates a page in the admin (its
`after_create_page` hook) and when a synchronisation is saved. This module covers the rest:

- `locale_trees_synchronise()` after every `migrate` (core/signals.py) and after a page is
  deleted in the admin (core/wagtail_hooks.py): a database from before the synchronisation,
  pages created by code and a deleted translation's place get aliases; translations are kept.
- `page_aliases_create(page)` for code that creates pages one by one (the factories).
- `language_versions_to_cascade()`, the admin hook that moves or deletes every version of a
  Japanese page with it and unpublishes its translations (Wagtail unpublishes aliases itself).
- `alias_slugs_follow()`: a new slug reaches the aliases, so the paths stay the same everywhere.
"""

from django.db.models import Exists, OuterRef

from wagtail.models import Locale, Page
from wagtail_localize.models import LocaleSynchronization
from wagtail_localize.synctree import PageIndex, create_aliases_for_new_page, synchronize_tree


def locale_trees_synchronise():
    """Alias every page that is missing from a synchronised tree; returns how many trees changed."""
    changed = 0
    page_index = None
    for synchronisation in LocaleSynchronization.objects.select_related("locale", "sync_from"):
        if not _pages_missing_from(synchronisation.locale, synchronisation.sync_from):
            continue
        if page_index is None:
            page_index = PageIndex.from_database().sort_by_tree_position()
        # One index of the source pages serves every tree (as `manage.py sync_locale_trees` does).
        synchronize_tree(synchronisation.sync_from, synchronisation.locale, page_index=page_index)
        changed += 1
    return changed


def _pages_missing_from(locale, source_locale):
    in_locale = Page.objects.filter(locale=locale, translation_key=OuterRef("translation_key"))
    return (
        Page.objects.filter(locale=source_locale, depth__gt=1, alias_of__isnull=True)
        .exclude(Exists(in_locale))
        .exists()
    )


def page_aliases_create(page):
    """Aliases of a newly created page in every tree synchronised from its locale (as the admin makes them)."""
    create_aliases_for_new_page(page)


def alias_slugs_follow(page):
    """Give the aliases of a page whose slug changed the same slug, so every language keeps the
    same path (Wagtail leaves an alias's slug alone, so that an alias may sit beside its
    original). Saving them records redirects from their old addresses, as for the original."""
    for alias in Page.objects.filter(alias_of=page).exclude(slug=page.slug).specific():
        alias.slug = page.slug
        alias.save(clean=False)


def language_versions_to_cascade(pages, action):
    """For Wagtail's `construct_translated_pages_to_cascade_actions` hook.

    Moving or deleting a page in the source language moves or deletes all its versions;
    unpublishing it unpublishes its translations. Actions on a translation stay with it.
    """
    if action not in ("move", "delete", "unpublish"):
        return {}
    source_locale = Locale.get_default()
    cascade = {}
    for page in pages:
        if page.locale_id != source_locale.pk:
            continue
        versions = Page.objects.translation_of(page, inclusive=False)
        cascade[page] = versions.filter(alias_of__isnull=True) if action == "unpublish" else versions
    return cascade
