"""Routing a public URL to its page in two queries.

Upstream gap: Wagtail's router (`Page.route_for_request`) looks up the site, its root page,
the active locale, the root page's translation and its specific page before our
`BasePage.route` runs its own lookup: six queries or more on every request. Here the site
and the url_path of its home page in each language come from the chrome cache
(core/chrome.py); one query finds the deepest live page the path names, in the visitor's
language or else in Japanese, and one loads it with what its template shows. The result is
left where Wagtail looks for it (`request._wagtail_route_for_request`, the site in
`request._wagtail_site`) and Wagtail's own serve view then runs its hooks (view
restrictions, on_serve_page) as usual. Remove this module once Wagtail routes a localized
URL in a constant, small number of queries itself.
"""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.http import Http404
from django.http.request import split_domain_port
from django.utils import translation

from wagtail import views as wagtail_views
from wagtail.models import Page, Site

from core.chrome import chrome_cached


def serve(request, path):
    """Wagtail's serve view, with the page found by `route_for_request` below."""
    if not hasattr(request, "_wagtail_route_for_request"):
        request._wagtail_route_for_request = route_for_request(request, path)
    return wagtail_views.serve(request, path)


def site_for_request(request):
    """The Wagtail site for the request's host, from the cache (Wagtail queries it every time)."""
    if not hasattr(request, "_wagtail_site"):
        hostname = split_domain_port(request._get_raw_host())[0]
        key = ("site", hostname, request.get_port())
        # A one-item list, so that "no site" is cached too.
        request._wagtail_site = chrome_cached(request, key, lambda: [Site._find_for_request(request)])[0]
    return request._wagtail_site


def home_url_paths(request, site):
    """{language code: url_path} of the site's live home page in each language."""

    def build():
        root_key = Page.objects.filter(pk=site.root_page_id).values("translation_key")
        homes = Page.objects.live().filter(translation_key__in=root_key)
        return dict(homes.values_list("locale__language_code", "url_path"))

    return chrome_cached(request, ("homes", site.pk), build)


def route_for_request(request, path):
    """(page, args, kwargs) for the public URL path, or None for a 404."""
    site = site_for_request(request)
    if site is None:
        return None
    homes = home_url_paths(request, site)
    # The visitor's language first; the Japanese original where no translation is live.
    home_paths = list(
        dict.fromkeys(filter(None, (homes.get(translation.get_language()), homes.get(settings.LANGUAGE_CODE))))
    )
    components = [component for component in path.split("/") if component]
    found = deepest_live_page(home_paths, components)
    if found is None:
        return None
    page, remaining = found
    try:
        return page.route(request, remaining)
    except Http404:
        return None


def deepest_live_page(home_paths, components):
    """The deepest live page the path names under one of the home paths, with the components
    left over for it to route (a routable page's sub-path), in two queries.

    The first home path wins a tie, so a translation is preferred to its original.
    """
    candidates = {
        home_path + "".join(f"{component}/" for component in components[:length]): (rank, len(components) - length)
        for rank, home_path in enumerate(home_paths)
        for length in range(len(components) + 1)
    }
    rows = Page.objects.live().filter(url_path__in=candidates).values_list("pk", "content_type_id", "url_path")
    best = min(rows, key=lambda row: candidates[row[2]][::-1], default=None)
    if best is None:
        return None
    pk, content_type_id, url_path = best
    model = ContentType.objects.get_for_id(content_type_id).model_class()
    queryset = model.objects.filter(pk=pk)
    if hasattr(model, "serve_select_related"):
        queryset = queryset.select_related(*model.serve_select_related())
    page = queryset.first()
    if page is None:
        return None
    leftover = candidates[url_path][1]
    return page, components[len(components) - leftover :]
