"""What a page tells other sites about itself in its head: schema.org JSON-LD
(core/structured_data.py) and the sharing card (Open Graph, Twitter).

`{% page_meta page as meta %}` works out, once per render, the page's URL on the public origin,
its sharing image (a 1200×630 rendition, prefetched with the page's images), the language of
its text and the visitor's, and takes the ward office and the breadcrumb trail from the cached
presentation: no query on a warm render.
"""

import json

from django import template
from django.core.serializers.json import DjangoJSONEncoder
from django.urls import reverse
from django.utils.safestring import mark_safe
from django.utils.translation import gettext

from wagtail.models import Page

from core.i18n import active_language, content_language
from core.presentation_cache import presentation_cached
from core.public_urls import page_public_url, public_url
from core.structured_data import PageMeta, breadcrumb_list, json_ld, local_time
from core.templatetags.core_tags import _site_chrome, _trail

register = template.Library()

# The sharing image: the size Open Graph and Twitter cards ask for, as a JPEG every network reads.
SHARING_IMAGE_FILTER = "fill-1200x630|format-jpeg"


def page_description(page, *preferred):
    """The first of `preferred` texts, else the page's summary, else a sentence about the site."""
    for text in (*preferred, page.card_summary, getattr(page, "hero_text", "")):
        if text:
            return str(text)
    return gettext("The people, shops, crafts and studios of Nerima City, Tokyo.")


def sharing_image(page):
    """The page's sharing image: its social image, else its card image."""
    return page.social_image if page.social_image_id else page.card_image


@register.simple_tag(takes_context=True)
def page_meta(context, page):
    request = context.get("request")
    chrome = _site_chrome(request)
    url = page_public_url(page, request) if page.pk else ""
    image = sharing_image(page)
    rendition = image.get_rendition(SHARING_IMAGE_FILTER) if image is not None else None
    trail = presentation_cached(request, ("breadcrumbs", page.pk), lambda: _trail(page, request)) if page.pk else []
    crumbs = [{"title": crumb["title"], "url": public_url(crumb["url"])} for crumb in trail]
    meta = PageMeta(
        url=url,
        language=content_language(page),
        visitor_language=active_language(),
        description=page_description(page, page.search_description),
        image=public_url(rendition.url) if rendition else "",
        rendition=rendition,
        image_alt=image.default_alt_text if image is not None else "",
        home_url=public_url(chrome["home_url"]),
        search_url=public_url(reverse("search")),
        office=chrome["office"],
        # Below the home page (a new page's preview may have no depth yet).
        breadcrumbs=[*crumbs, {"title": page.title, "url": url}] if (page.depth or 0) > 2 else [],
        context=context.flatten(),
    )
    return meta


@register.inclusion_tag("components/feed-links.html", takes_context=True)
def feed_links(context):
    """The feeds in the visitor's language, for feed readers and calendar apps: the stories (RSS,
    Atom), every tour session (iCalendar) and, on a page that has one, its own calendar (a fair's)."""
    code = active_language()
    stories = gettext("Stories from Nerima")
    feeds = [
        {"type": "application/rss+xml", "title": stories, "url": reverse("story_feed_rss", args=[code])},
        {"type": "application/atom+xml", "title": stories, "url": reverse("story_feed_atom", args=[code])},
        {"type": "text/calendar", "title": gettext("Factory tours in Nerima"), "url": tour_calendar_url()},
    ]
    page = context.get("page")
    calendar_url = getattr(page, "calendar_url", "")
    if calendar_url:
        feeds.append({"type": "text/calendar", "title": page.title, "url": calendar_url})
    return {"feeds": feeds}


@register.filter(name="public_url")
def public_url_filter(path):
    """A path on the public origin, for the head's canonical and hreflang links (as in the sitemap)."""
    return public_url(path)


@register.simple_tag
def tour_calendar_url():
    """The iCalendar feed of every tour session, in the visitor's language."""
    return reverse("tour_calendar", kwargs={"language_code": active_language()})


@register.simple_tag
def session_calendar_url(session):
    """The calendar file of one tour session in the visitor's language ("Add to calendar")."""
    return reverse("session_calendar", kwargs={"language_code": active_language(), "session_id": session.pk})


def json_script(document):
    """JSON inside a <script> element: `<`, `>` and `&` escaped, so no text can close it."""
    text = json.dumps(document, cls=DjangoJSONEncoder, ensure_ascii=False, separators=(",", ":"))
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return mark_safe(f'<script type="application/ld+json">{text}</script>')  # noqa: S308 (escaped above)


@register.simple_tag
def structured_data(page, meta):
    """The page's JSON-LD: what it is (`structured_data`), and its breadcrumb trail."""
    if not isinstance(page, Page) or not hasattr(page, "structured_data"):
        return ""
    document = json_ld([*page.structured_data(meta), breadcrumb_list(meta)])
    return json_script(document) if document else ""


# Open Graph locales (language_TERRITORY) of the site's languages.
OG_LOCALES = {"ja": "ja_JP", "en": "en_US", "zh-hans": "zh_CN", "zh-hant": "zh_TW", "ko": "ko_KR"}


@register.simple_tag
def sharing_card(page, meta, versions):
    """What a shared link shows: title, description, canonical URL, locales and the 1200×630 image.

    `versions` are the page's language versions (core_tags.language_versions); the card's URL
    is the canonical one, so an alias shares its Japanese original.
    """
    urls = {version["code"]: version["url"] for version in versions if version["translated"]}
    rendition = meta.rendition
    # Stories are articles, with a date and an author; every other page is a website page.
    is_article = hasattr(page, "author") and hasattr(page, "date")
    card = {
        "site_name": gettext("Nerima Industry & Tourism"),
        "type": "article" if is_article else "website",
        "title": page.seo_title or page.title,
        "description": page_description(page, page.social_text, page.search_description),
        "url": public_url(urls.get(meta.language, "")) or meta.url,
        "locale": OG_LOCALES.get(meta.language, meta.language),
        "alternate_locales": [OG_LOCALES.get(code, code) for code in urls if code != meta.language],
        "image": rendition
        and {
            "url": public_url(rendition.url),
            "width": rendition.width,
            "height": rendition.height,
            "alt": meta.image_alt,
        },
    }
    if is_article:
        card["published_time"] = page.date.isoformat()
        modified = page.last_published_at
        card["modified_time"] = local_time(modified) if modified else page.date.isoformat()
    return card
