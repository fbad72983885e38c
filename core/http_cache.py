"""Cache-Control for the front cache (Varnish or a CDN): which responses may be shared.

A response is marked `public, max-age=0, s-maxage=FRONT_CACHE_TTL` only when it is the same
for every visitor: an anonymous GET or HEAD of a public page, a story feed or the sitemap,
answered 200 without a cookie and without caching headers of its own. Browsers revalidate
every time (max-age=0); the shared cache keeps it until the TTL ends or a publish purges it
(core/front_cache.py). Everything else gets nothing, and the front cache does not store it.

- Only 200: a 404 for an unknown path would fill the cache with what scanners ask for, and
  redirects are cheap; neither is worth a purge rule.
- Anonymous is read from the request's cookies: a request with a session cookie is never
  marked, so the session is not loaded to find out (it may be an editor, or a signed-in
  member reading a login-restricted page).
- Restricted pages: Wagtail's own `check_view_restrictions` hook adds never-cache headers
  (`private, no-store`) to every response of a page with a view restriction, whoever asks,
  and a response with Cache-Control already set is left alone.
- A response that rendered a CSRF token is personal even when the visitor already had the
  cookie (no Set-Cookie then), so it is not marked either. `Vary: Cookie` is no sign: every
  page asks whether the visitor is logged in (the user bar), which touches the empty session.
"""

from django.conf import settings
from django.utils.cache import patch_cache_control

# The views whose anonymous responses are the same for everyone: Wagtail's page view, the
# story feeds (home/urls.py), the sitemap and robots.txt (config/urls.py).
CACHEABLE_URL_NAMES = frozenset({"wagtail_serve", "story_feed_rss", "story_feed_atom", "sitemap", "robots_txt"})


def is_shareable(request, response):
    """Whether a front cache may keep this response and give it to every visitor."""
    match = getattr(request, "resolver_match", None)
    return (
        request.method in ("GET", "HEAD")
        and response.status_code == 200
        and match is not None
        and match.url_name in CACHEABLE_URL_NAMES
        and not getattr(request, "is_preview", False)
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and not response.cookies
        and not response.has_header("Cache-Control")
        and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
        and not getattr(response, "streaming", False)
    )


class FrontCacheMiddleware:
    """Marks shareable responses for the front cache; FRONT_CACHE_TTL seconds (0: never).

    Sits right after SecurityMiddleware, so it sees the cookies and Vary headers that the
    session, CSRF and locale middleware add on the way out.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        ttl = settings.FRONT_CACHE_TTL
        if ttl > 0 and is_shareable(request, response):
            patch_cache_control(response, public=True, max_age=0, s_maxage=ttl)
        return response
