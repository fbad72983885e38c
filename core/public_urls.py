"""Absolute URLs on the site's public origin (WAGTAILADMIN_BASE_URL), for what other sites read.

Crawlers, maps and calendar apps keep the URLs they are given: the sitemap, robots.txt,
structured data, sharing cards and calendar feeds name the configured public origin, not
whichever host a request (or the Site record) happens to carry.
"""

from django.conf import settings


def public_origin():
    """The site's public origin, e.g. https://www.example.org (no trailing slash)."""
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/")


def public_url(path):
    """`path` (a URL path, or an absolute URL left as it is) on the public origin."""
    if not path:
        return ""
    if path.startswith(("http://", "https://")):
        return path
    return public_origin() + path


def page_public_url(page, request=None):
    """A page's URL on the public origin, or "" for a page outside every site."""
    parts = page.get_url_parts(request=request)
    return public_url(parts[2]) if parts else ""
