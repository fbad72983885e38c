"""Purging the front cache (Varnish, a CDN) when what a cached page shows changes.

Wagtail's frontend_cache app purges a page's own URL when it is published or unpublished.
A page also shows in its other language versions, in its ancestors' listings (up to the home
page of every language), in the story feeds and in the sitemap; a deleted or moved page
leaves its old URLs behind; snippets and site settings show on every page. The receivers
below purge all of those, once the transaction that made the change commits (so a request
cannot put the old version back between the purge and the commit).

A site-wide change is one BAN for Varnish (VarnishBackend below: HTTPBackend can only PURGE
single URLs), and the URL of every live page, in every language, for the other backends.
"""

import logging
from urllib.error import URLError
from urllib.parse import urlsplit, urlunsplit
from urllib.request import Request, urlopen

from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.db.models.signals import post_delete, post_save, pre_delete
from django.dispatch import receiver
from django.urls import reverse

from wagtail import __version__ as wagtail_version
from wagtail.contrib.frontend_cache.backends import HTTPBackend
from wagtail.contrib.frontend_cache.utils import PurgeBatch, get_backends
from wagtail.contrib.settings.models import BaseSiteSetting
from wagtail.models import Locale, Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move, pre_page_move
from wagtail.snippets.models import get_snippet_models

logger = logging.getLogger(__name__)

# A site-wide purge through a CDN sends every live page's URL; past this many pages the
# rest is left to expire (FRONT_CACHE_TTL).
SITE_PURGE_MAX_PAGES = 5000


class VarnishBackend(HTTPBackend):
    """Wagtail's HTTPBackend (PURGE of one URL), plus a BAN of everything (deploy/varnish/default.vcl)."""

    def ban_all(self):
        url = urlunsplit((self.cache_scheme, self.cache_netloc, "/", "", ""))
        user_agent = f"Wagtail-frontendcache/{wagtail_version}"
        request = Request(url, method="BAN", headers={"User-Agent": user_agent})  # noqa: S310 (FRONT_CACHE_URL)
        try:
            urlopen(request, timeout=10)  # noqa: S310
        except URLError as error:
            logger.error("Couldn't ban everything from %s: %s", urlsplit(url).netloc, error)


def front_cache_configured():
    """Whether any backend is set up; without one, the receivers do not even work out what to purge."""
    return bool(
        getattr(settings, "WAGTAILFRONTENDCACHE", None) or getattr(settings, "WAGTAILFRONTENDCACHE_LOCATION", None)
    )


# What to purge


def site_urls(site):
    """The URLs outside the pages that list them: the story feeds in every language, and the sitemap."""
    root = site.root_url
    paths = [reverse("sitemap")]
    for code, _name in settings.LANGUAGES:
        paths += [reverse(name, kwargs={"language_code": code}) for name in ("story_feed_rss", "story_feed_atom")]
    return [root + path for path in paths]


def page_family(page):
    """Every language version of the page and of each of its ancestors below the root, in one query."""
    keys = [page.translation_key, *page.get_ancestors().filter(depth__gt=1).values_list("translation_key", flat=True)]
    return Page.objects.filter(translation_key__in=keys).specific(defer=True)


def page_purge_batch(page, *, site_lists=True):
    """A PurgeBatch of what shows the page: its family (above), with the feeds and sitemap if `site_lists`."""
    batch = PurgeBatch()
    batch.add_page(page)
    batch.add_pages(page_family(page))
    site = page.get_site()
    if site_lists and site is not None:
        batch.add_urls(site_urls(site))
    return batch


def purge_on_commit(batch):
    """Purge the batch's URLs once the current transaction commits (at once outside one)."""
    if batch.urls:
        transaction.on_commit(batch.purge, robust=True)


def page_purge(page):
    """Purge what shows the page once the transaction commits (publish, unpublish)."""
    purge_on_commit(page_purge_batch(page))


def site_purge():
    """Purge every page: one BAN for Varnish, every live page's URL for the other backends."""
    backends = get_backends()
    rest = []
    for name, backend in backends.items():
        if isinstance(backend, VarnishBackend):
            backend.ban_all()
        else:
            rest.append(name)
    if not rest:
        return
    batch = PurgeBatch()
    pages = Page.objects.live().filter(depth__gt=1).order_by("depth", "path")
    batch.add_pages(pages.specific(defer=True)[:SITE_PURGE_MAX_PAGES])
    for site in Site.objects.all():
        batch.add_urls(site_urls(site))
    batch.purge(backends=rest)


def subtree_purge_batch(page):
    """The page and everything below it, in every language: what a view restriction on it covers."""
    paths = Page.objects.filter(translation_key=page.translation_key).values_list("path", flat=True)
    subtree = Page.objects.filter(Q(*[Q(path__startswith=path) for path in paths], _connector=Q.OR))
    batch = PurgeBatch()
    batch.add_pages(subtree.specific(defer=True))
    return batch


# When


@receiver(page_published, dispatch_uid="core.front_cache.page_published")
@receiver(page_unpublished, dispatch_uid="core.front_cache.page_unpublished")
def purge_published_page(sender, instance, **kwargs):
    if front_cache_configured():
        page_purge(instance)


@receiver(pre_page_move, dispatch_uid="core.front_cache.pre_page_move")
@receiver(post_page_move, dispatch_uid="core.front_cache.post_page_move")
def purge_moved_page(sender, instance, **kwargs):
    """Before a move: the old URLs of the page and its descendants, and the old parents' listings;
    after it, the same at the new place."""
    if not front_cache_configured():
        return
    batch = page_purge_batch(instance)
    batch.add_pages(instance.get_descendants().live().specific(defer=True))
    purge_on_commit(batch)


@receiver(pre_delete, sender=Page, dispatch_uid="core.front_cache.page_deleted")
def purge_deleted_page(sender, instance, **kwargs):
    """A deleted page's URL and the listings that showed it; computed before its row goes.

    Deleting a subtree sends this for every page in it (the base Page rows).
    """
    if front_cache_configured():
        purge_on_commit(page_purge_batch(instance))


@receiver(post_save, sender=PageViewRestriction, dispatch_uid="core.front_cache.restriction_saved")
@receiver(post_delete, sender=PageViewRestriction, dispatch_uid="core.front_cache.restriction_deleted")
def purge_restricted_subtree(sender, instance, raw=False, **kwargs):
    """A new restriction must take the public copies of the pages it covers out of the cache."""
    if raw or not front_cache_configured():
        return
    page = Page.objects.filter(pk=instance.page_id).first()
    if page is not None:
        purge_on_commit(subtree_purge_batch(page))


def shown_on_every_page(instance):
    """Snippets, site settings, sites and locales feed the header, footer and labels of every page."""
    return isinstance(instance, (*get_snippet_models(), BaseSiteSetting, Site, Locale))


@receiver(post_save, dispatch_uid="core.front_cache.site_wide_saved")
@receiver(post_delete, dispatch_uid="core.front_cache.site_wide_deleted")
def purge_site_on_change(sender, instance, created=False, raw=False, **kwargs):
    # Site settings are created with their defaults the first time a page reads them:
    # that changes nothing a visitor sees.
    if raw or (created and isinstance(instance, BaseSiteSetting)) or not shown_on_every_page(instance):
        return
    if not front_cache_configured():
        return
    transaction.on_commit(site_purge, robust=True)
