"""pytest-django hooks shared by the whole suite."""

from django.core.cache import caches

import pytest


@pytest.fixture(autouse=True)
def _empty_caches():
    """Start every test with empty caches.

    Wagtail keeps the site root paths and image renditions in the cache; a test's pages
    and renditions are rolled back with its transaction, so their cached copies must go too.
    """
    for cache in caches.all():
        cache.clear()
    yield
