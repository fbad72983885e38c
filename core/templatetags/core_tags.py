"""Template tags for the page chrome and the visitor's language.

Page URLs, the language switcher, hreflang, the header, footer and breadcrumbs, and the
small helpers that mark Japanese originals (aliases, core/locale_trees.py) with `lang` and
label cards. Each tag runs a fixed number of queries, whatever the length of a listing.
"""

from django import template
from django.apps import apps
from django.conf import settings
from django.utils.encoding import iri_to_uri
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from wagtail.models import Page, Site

from core.i18n import active_language, content_language, localize_snippet, shows_original, url_in_language
from core.image_alt import image_alt_text
from core.models import ContactOffice, SiteSettings
from core.presentation_cache import presentation_cached
from core.selectors import (
    home_child_list,
    navigation_page_list,
    page_stream_values,
    page_versions_in_language,
    stream_pages,
)

register = template.Library()


@register.simple_tag(takes_context=True)
def visitor_url(context, page):
    """The URL of a page's version in the visitor's language.

    Pages from listings are in the visitor's tree already. A page an editor linked to in a
    StreamField is stored as the page chosen (usually the Japanese one): the first such link
    looks up the versions of every page the served page links to, in one query.
    """
    if page is None:
        return ""
    request = context.get("request")
    if not _in_visitor_tree(page, context.get("page")):
        page = _linked_page_versions(request, context.get("page")).get(page.translation_key) or page.localized
    return page.get_url(request=request) or ""


def _in_visitor_tree(page, current):
    """Whether `page` is in the visitor's language tree; the page being served always is."""
    if isinstance(current, Page) and current.locale_id:
        return page.locale_id == current.locale_id
    return page.locale.language_code == active_language()


def _linked_page_versions(request, current):
    """{translation_key: version in the visitor's language} of the pages `current` links to, once per request."""
    versions = getattr(request, "linked_page_versions", None)
    if versions is None:
        linked = stream_pages(*page_stream_values(current)) if isinstance(current, Page) else []
        versions = {version.translation_key: version for version in page_versions_in_language(linked)}
        if request is not None:
            request.linked_page_versions = versions
    return versions


def _view_name(request):
    match = getattr(request, "resolver_match", None)
    return match.url_name if match else ""


@register.simple_tag(takes_context=True)
def language_versions(context, page):
    """One entry per site language: where this page is in that language, and whether it is
    translated there (an alias shows the Japanese original).

    Pages outside the page tree (search) keep their path and query; anything else (a 404)
    leads to the home page. A page's versions are cached with the presentation.
    """
    request = context.get("request")
    current = active_language()
    if isinstance(page, Page) and page.pk:
        versions = presentation_cached(request, ("versions", page.pk), lambda: _page_versions(page, request))
    else:
        keep_path = request is not None and _view_name(request) not in ("", "wagtail_serve")
        versions = [
            {
                "code": code,
                "name": name,
                "url": url_in_language(request.get_full_path(), code) if keep_path else f"/{code}/",
                "translated": True,
            }
            for code, name in settings.LANGUAGES
        ]
    return [{**version, "current": version["code"] == current} for version in versions]


def _page_versions(page, request):
    versions = {
        version.locale.language_code: version
        for version in Page.objects.filter(translation_key=page.translation_key).live().select_related("locale")
    }
    return [
        {
            "code": code,
            "name": name,
            "url": versions[code].get_url(request=request) if code in versions else f"/{code}/",
            "translated": code in versions and not shows_original(versions[code]),
        }
        for code, name in settings.LANGUAGES
    ]


def _current_state(path, url):
    """aria-current for a navigation link: "page" on the page itself, "true" inside its section."""
    if not url:
        return ""
    if path == url:
        return "page"
    if path.startswith(url) and url.count("/") > 2:
        return "true"
    return ""


def _site_chrome(request):
    """What the header and footer show in the visitor's language, cached per site and language."""
    site = Site.find_for_request(request)
    key = ("site", site.pk if site else None, active_language())
    return presentation_cached(request, key, lambda: _build_site_chrome(request, site))


def _build_site_chrome(request, site):
    home = site.root_page.localized if site else None
    site_settings = SiteSettings.for_site(site) if site else None
    office = None
    if site_settings and site_settings.contact_office_id:
        office = localize_snippet(ContactOffice.objects.filter(pk=site_settings.contact_office_id).first())
    standard_pages = apps.get_model("home", "StandardPage").objects.all()
    return {
        "home_url": (home.get_url(request=request) if home else None) or f"/{active_language()}/",
        "nav": [
            {"title": nav_page.title, "url": nav_page.get_url(request=request) or ""}
            for nav_page in navigation_page_list(home)
        ],
        "demo_content": bool(site_settings and site_settings.demo_content),
        "office": office and {field: getattr(office, field) for field in OFFICE_FIELDS},
        "office_lang": _other_language(office),
        "footer_links": [
            {"title": page.title, "url": page.get_url(request=request), "lang": _other_language(page)}
            for page in home_child_list(home, standard_pages)
        ],
    }


# What the footer shows of the contact office.
OFFICE_FIELDS = ("name", "address", "phone", "email", "hours")


@register.inclusion_tag("navigation/header.html", takes_context=True)
def site_header(context):
    request = context["request"]
    chrome = _site_chrome(request)
    path = iri_to_uri(request.path)
    return {
        "home_url": chrome["home_url"],
        "nav_items": [{**item, "current": _current_state(path, item["url"])} for item in chrome["nav"]],
        "versions": language_versions(context, context.get("page")),
        "demo_content": chrome["demo_content"],
        "search_query": context.get("query", "") if _view_name(request) == "search" else "",
    }


@register.inclusion_tag("navigation/footer.html", takes_context=True)
def site_footer(context):
    """The contact office in the visitor's language and the standard pages under the home page."""
    chrome = _site_chrome(context["request"])
    return {"office": chrome["office"], "office_lang": chrome["office_lang"], "links": chrome["footer_links"]}


@register.inclusion_tag("navigation/breadcrumbs.html", takes_context=True)
def breadcrumbs(context, page):
    """The trail from the home page to `page`, in the page's own language tree."""
    request = context.get("request")
    if not isinstance(page, Page) or page.depth <= 2:
        return {"items": []}
    trail = presentation_cached(request, ("breadcrumbs", page.pk), lambda: _trail(page, request))
    return {"items": [*trail, {"title": page.title, "url": "", "lang": _other_language(page)}]}


def _trail(page, request):
    ancestors = page.get_ancestors().filter(depth__gt=1).select_related("locale")
    return [
        {
            "title": str(_("Home")) if ancestor.depth == 2 else ancestor.title,
            "url": ancestor.get_url(request=request),
            "lang": "" if ancestor.depth == 2 else _other_language(ancestor),
        }
        for ancestor in ancestors
    ]


def _language_of(obj):
    """The language an object's text is in: a page's content language, a snippet's locale."""
    if isinstance(obj, Page):
        return content_language(obj)
    return obj.locale.language_code


def _other_language(obj):
    """The object's language code when it differs from the visitor's, else ""."""
    if obj is None or not hasattr(obj, "locale"):
        return ""
    code = _language_of(obj)
    return code if code != active_language() else ""


@register.filter
def alt_text(image, written_for_this_use=""):
    """An image's alt text for this use (core.image_alt): never its title or file name."""
    return image_alt_text(image, written_for_this_use)


@register.filter
def content_lang(page):
    """The language code of the page's text (the Japanese original's for an alias)."""
    return content_language(page) if isinstance(page, Page) else ""


@register.filter
def is_untranslated(page):
    """True when the page shows its Japanese original because it is not translated into the visitor's language."""
    return isinstance(page, Page) and content_language(page) != active_language()


@register.filter
def lang_attr(obj, within=None):
    """` lang="ja"` for an object in another language than the text around it, else "".

    Outside the article the text around it is in the visitor's language; inside it, pass the
    page (`craft|lang_attr:page`), whose article may be a Japanese original.
    """
    if obj is None or not hasattr(obj, "locale"):
        return ""
    around = _language_of(within) if within is not None and hasattr(within, "locale") else active_language()
    code = _language_of(obj)
    return format_html(' lang="{}"', code) if code != around else ""


@register.simple_tag
def ui_lang(page):
    """` lang="en"` for interface text inside a Japanese original shown to an English visitor.

    The article of an untranslated page carries lang="ja"; labels and headings the site adds
    inside it are in the visitor's language and say so with this attribute.
    """
    if isinstance(page, Page) and content_language(page) != active_language():
        return format_html(' lang="{}"', active_language())
    return ""


@register.filter
def page_kind(page):
    """What a page is, in the visitor's language: Shop, Master craftsman, Story, ..."""
    if page is None:
        return ""
    model = page.specific_class if type(page) is Page else type(page)
    return getattr(model, "kind_label", "")


@register.simple_tag
def card_eyebrow(page, mode):
    """The small label above a card's title: the page's kind, or a story's section."""
    if mode == "kind":
        return page_kind(page)
    if mode == "section":
        display = getattr(page, "get_section_display", None)
        return display() if display else ""
    return ""


@register.simple_tag
def page_links(page_obj):
    """Page numbers for pagination, with None where a run of numbers is left out."""
    paginator = page_obj.paginator
    return [
        None if number == paginator.ELLIPSIS else number
        for number in paginator.get_elided_page_range(page_obj.number, on_each_side=1, on_ends=1)
    ]
