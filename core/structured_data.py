"""schema.org JSON-LD for every page: what search engines and maps read of it.

Each page type says what it is through `BasePage.structured_data(meta)` (a list of nodes);
this module holds the pieces they share (the page node, address and coordinates, the ward
office as an organisation) and the breadcrumb trail every page below the home page gets.

`meta` (`PageMeta`) holds what the page's head has worked out already: its URL on the public
origin, its sharing image, the language of its text, the visitor's language and the ward
office. Nothing here runs a query: the office and the breadcrumb trail come from the cached
presentation (core/presentation_cache.py), everything else from the page and its context.
Seats left are read with the sessions, on every request. Visitors' personal data (sign-ups)
is never part of it.
"""

import re
from dataclasses import dataclass, field
from decimal import Decimal

from django.utils import timezone
from django.utils.translation import gettext as _

SCHEMA_CONTEXT = "https://schema.org"
EVENT_SCHEDULED = "https://schema.org/EventScheduled"
EVENT_CANCELLED = "https://schema.org/EventCancelled"
OFFLINE_ATTENDANCE = "https://schema.org/OfflineEventAttendanceMode"


@dataclass
class PageMeta:
    """What the head of a page knows about it, for structured data and sharing cards."""

    url: str
    language: str
    visitor_language: str
    description: str = ""
    image: str = ""
    # The sharing image's 1200×630 rendition and its alt text (for the sharing card).
    rendition: object = None
    image_alt: str = ""
    home_url: str = ""
    search_url: str = ""
    office: dict | None = None
    breadcrumbs: list = field(default_factory=list)
    context: dict = field(default_factory=dict)


def compact(value):
    """The value without empty strings, None, empty lists and empty objects, at any depth."""
    if isinstance(value, dict):
        items = ((key, compact(item)) for key, item in value.items())
        return {key: item for key, item in items if item not in ("", None, [], {})}
    if isinstance(value, list | tuple):
        items = (compact(item) for item in value)
        return [item for item in items if item not in ("", None, [], {})]
    if isinstance(value, Decimal):
        return float(value)
    return value


def page_node(page, meta, schema_type, **properties):
    """The node of a page: its type, name, URL, description, image and language, and `properties`."""
    return {
        "@type": schema_type,
        "@id": meta.url,
        "name": page.title,
        "url": meta.url,
        "description": meta.description,
        "image": [meta.image] if meta.image else [],
        "inLanguage": meta.language,
        **properties,
    }


def web_page(page, meta, schema_type="WebPage"):
    return page_node(page, meta, schema_type, isPartOf={"@type": "WebSite", "url": meta.home_url})


def postal_address(address):
    """A PostalAddress in Nerima; the street address as the editor wrote it."""
    if not address:
        return None
    return {
        "@type": "PostalAddress",
        "streetAddress": address,
        "addressLocality": _("Nerima City"),
        "addressRegion": _("Tokyo"),
        "addressCountry": "JP",
    }


def geo_coordinates(place):
    if place.latitude is None or place.longitude is None:
        return None
    return {"@type": "GeoCoordinates", "latitude": place.latitude, "longitude": place.longitude}


def location_properties(place):
    """address, geo and hasMap of a page with a location (core.models.LocationMixin)."""
    return {"address": postal_address(place.address), "geo": geo_coordinates(place), "hasMap": place.map_url}


def office_node(meta):
    """The ward office that runs the site, as an organisation, in the visitor's language."""
    office = meta.office or {}
    return {
        "@type": "GovernmentOrganization",
        "@id": meta.home_url + "#office",
        "name": office.get("name") or _("Nerima City"),
        "url": meta.home_url,
        "address": postal_address(office.get("address")),
        "telephone": office.get("phone"),
        "email": office.get("email"),
    }


def website_node(meta):
    """The site, with the search box search engines may show for it."""
    return {
        "@type": "WebSite",
        "@id": meta.home_url,
        "name": _("Nerima Industry & Tourism"),
        "url": meta.home_url,
        "inLanguage": meta.visitor_language,
        "publisher": office_node(meta),
        "potentialAction": {
            "@type": "SearchAction",
            "target": {"@type": "EntryPoint", "urlTemplate": meta.search_url + "?q={search_term_string}"},
            "query-input": "required name=search_term_string",
        },
    }


def breadcrumb_list(meta):
    """The trail from the home page to the page, with absolute URLs; None on the home page."""
    if len(meta.breadcrumbs) < 2:
        return None
    return {
        "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": position, "name": crumb["title"], "item": crumb["url"]}
            for position, crumb in enumerate(meta.breadcrumbs, start=1)
        ],
    }


def local_time(value):
    """2026-12-08T10:00:00+09:00: a moment in Tokyo time, to the second."""
    return timezone.localtime(value).replace(microsecond=0).isoformat()


_AMOUNT = re.compile(r"(?:[¥￥]\s*([\d,]+))|(?:([\d,]+)\s*円)")


def price_amount(text):
    """The price in yen written in a free-text price ("500円（試食つき）", "¥1,500"); 0 when it
    names none ("無料", "Free", empty)."""
    match = _AMOUNT.search(text or "")
    if match is None:
        return 0
    return int((match[1] or match[2]).replace(",", ""))


def json_ld(nodes):
    """One JSON-LD document for the page's nodes (a @graph when there are several)."""
    nodes = [compact(node) for node in nodes if node]
    if not nodes:
        return None
    if len(nodes) == 1:
        return {"@context": SCHEMA_CONTEXT, **nodes[0]}
    return {"@context": SCHEMA_CONTEXT, "@graph": nodes}
