"""What every page shows around its content (navigation, footer, language links,
breadcrumbs, translation notices), kept in the cache. Presentation only: who may see a page,
which page a URL names and seats left are read from the database on every request.

Building the chrome costs about six queries; it changes only when a page is published,
unpublished, moved or deleted, a view restriction or site changes, or the contact office or
site settings are edited. Entries are keyed by a site-wide version token that each of those
changes replaces (core/signals.py). Every process shares the cache (Redis, or the database in
production without Redis), so each sees the change on its next request. The token is random
rather than a counter: if the cache evicts it, the next one cannot meet entries left from an
earlier token.
"""

from uuid import uuid4

from django.core.cache import cache
from django.db import transaction

VERSION_KEY = "presentation:version"
# Entries are replaced on every change anyway; the timeout only bounds stale memory.
ENTRY_TIMEOUT = 60 * 60


def presentation_version(request=None):
    """The current version token, read once per request."""
    version = getattr(request, "presentation_version", None)
    if version is None:
        version = cache.get(VERSION_KEY)
        if version is None:
            version = uuid4().hex
            if not cache.add(VERSION_KEY, version, timeout=None):
                version = cache.get(VERSION_KEY, version)
        if request is not None:
            request.presentation_version = version
    return version


def presentation_changed():
    """Retire every cached entry: now, and again once the surrounding transaction commits.

    The second time matters under concurrency: another process may rebuild an entry from
    the data as it was before the commit, in between.
    """
    cache.set(VERSION_KEY, uuid4().hex, timeout=None)
    transaction.on_commit(lambda: cache.set(VERSION_KEY, uuid4().hex, timeout=None))


def presentation_cached(request, key, build):
    """The cached value for `key` (a tuple), built by `build()` when missing.

    Previews show unsaved changes and are never cached.
    """
    if getattr(request, "is_preview", False):
        return build()
    cache_key = "presentation:{}:{}".format(presentation_version(request), ":".join(str(part) for part in key))
    value = cache.get(cache_key)
    if value is None:
        value = build()
        cache.set(cache_key, value, ENTRY_TIMEOUT)
    return value
