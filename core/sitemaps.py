"""The sitemap and robots.txt: what search engines may crawl, in every language.

`/sitemap.xml` lists every live, public page of every language tree, on the public origin
(core/public_urls.py), with the time it was last published. Each entry names all of the
page's language versions as `xhtml:link` alternates (itself included, so the links are
reciprocal) and the Japanese original as `x-default`. Pages that show the Japanese original
(aliases, and translations started but never published: `core.i18n.shows_original`) are left
out, as are their alternates: their canonical page is the original, which is listed.

One query for the pages, whatever their number (a sitemap holds up to 50,000 URLs: 10,000
pages in each of the five languages).
"""

from collections import defaultdict

from django.conf import settings
from django.db.models import Q
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from wagtail.models import Page, Site

from core.i18n import shows_original, source_language
from core.public_urls import page_public_url, public_url
from core.view_restrictions import public_q


def sitemap_page_list(site):
    """The live, public pages of every language tree of the site that are not Japanese
    originals shown in another language, with their locales."""
    root = site.root_page
    roots = Page.objects.filter(translation_key=root.translation_key).values_list("path", flat=True)
    in_any_tree = Q(*[Q(path__startswith=path) for path in roots], _connector=Q.OR)
    pages = (
        Page.objects.live()
        .filter(in_any_tree, public_q(), alias_of__isnull=True)
        .select_related("locale")
        .order_by("path", "locale__language_code")
    )
    return [page for page in pages if not shows_original(page)]


def sitemap_entries(site, request=None):
    """One entry per page: its URL, lastmod and alternates ({"code", "url"}, x-default last)."""
    pages = sitemap_page_list(site)
    languages = [code for code, _name in settings.LANGUAGES]
    versions = defaultdict(dict)
    for page in pages:
        page.public_url = page_public_url(page, request)
        if page.public_url:
            versions[page.translation_key][page.locale.language_code] = page.public_url
    entries = []
    for page in pages:
        if not page.public_url:
            continue
        urls = versions[page.translation_key]
        alternates = [{"code": code, "url": urls[code]} for code in languages if code in urls]
        if source_language() in urls:
            alternates.append({"code": "x-default", "url": urls[source_language()]})
        entries.append(
            {
                "url": page.public_url,
                "language": page.locale.language_code,
                "lastmod": w3c_datetime(page.last_published_at),
                # A page in one language only has no alternates to name.
                "alternates": alternates if len(urls) > 1 else [],
            }
        )
    languages_order = {code: index for index, code in enumerate(languages)}
    entries.sort(key=lambda entry: (languages_order.get(entry["language"], len(languages)), entry["url"]))
    return entries


def w3c_datetime(value):
    """2026-12-08T07:48:38+09:00: the sitemap protocol's W3C datetime, to the second, in Tokyo time."""
    if value is None:
        return ""
    return timezone.localtime(value).replace(microsecond=0).isoformat()


def sitemap(request):
    site = Site.find_for_request(request) or Site.objects.filter(is_default_site=True).first()
    entries = sitemap_entries(site, request) if site else []
    body = render_to_string("core/sitemap.xml", {"entries": entries})
    return HttpResponse(body, content_type="application/xml; charset=utf-8")


def robots_disallowed_paths():
    """The URL prefixes crawlers should leave alone: the admin, and in every language the
    search pages and the tour sign-up pages (forms, status and cancel links, the list request)."""
    paths = [reverse("wagtailadmin_home")]
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            signup = reverse("tourism:session_signup", kwargs={"session_id": 0})
            status = reverse("tourism:signup_status", kwargs={"token": "0"})
            paths += [
                reverse("search"),
                signup[: signup.index("/0/") + 1],
                status[: status.index("/0/") + 1],
                reverse("tourism:signup_list_request"),
            ]
    return paths


def robots_txt(request):
    body = render_to_string(
        "core/robots.txt",
        {"disallowed": robots_disallowed_paths(), "sitemap_url": public_url(reverse("sitemap"))},
    )
    return HttpResponse(body, content_type="text/plain; charset=utf-8")
