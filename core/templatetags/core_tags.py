"""Template tags for the visitor's language: page URLs, the language switcher, hreflang, navigation."""

from django import template
from django.conf import settings

from wagtail.models import Page

from core.i18n import active_language, page_url_for_visitor, source_language
from core.selectors import home_page_for, navigation_page_list

register = template.Library()


@register.simple_tag(takes_context=True)
def visitor_url(context, page):
    """A page's URL under the visitor's language prefix (the Japanese original if untranslated)."""
    if page is None:
        return ""
    return page_url_for_visitor(page, context.get("request")) or ""


@register.simple_tag(takes_context=True)
def language_versions(context, page):
    """One entry per site language: where this page is in that language, and whether it is translated.

    An untranslated language links to the Japanese original under that language's prefix,
    so the switcher never leads to a 404.
    """
    request = context.get("request")
    names = dict(settings.LANGUAGES)
    current = active_language()
    if page is None or not isinstance(page, Page):
        return [
            {"code": code, "name": names[code], "url": f"/{code}/", "translated": True, "current": code == current}
            for code in names
        ]
    translations = {
        version.locale.language_code: version
        for version in Page.objects.filter(translation_key=page.translation_key).live().select_related("locale")
    }
    fallback = translations.get(source_language(), page)
    versions = []
    for code, name in names.items():
        version = translations.get(code)
        target = version or fallback
        url = page_url_for_visitor(target, request, language_code=code)
        versions.append(
            {"code": code, "name": name, "url": url, "translated": version is not None, "current": code == current}
        )
    return versions


@register.inclusion_tag("navigation/header.html", takes_context=True)
def site_header(context):
    request = context["request"]
    home = home_page_for(request)
    return {
        "request": request,
        "home_page": home,
        "nav_pages": navigation_page_list(home),
        "page": context.get("page"),
        "versions": language_versions(context, context.get("page")),
        "active_language": active_language(),
    }


@register.filter
def is_untranslated(page):
    """True when the page is shown in its Japanese original because no translation exists yet."""
    return page is not None and page.locale.language_code != active_language()
