"""What one section offers the others, so that no section app imports another.

Section apps import only core (docs/architecture.md). Where a page lists another section's
pages ("tours at this workshop", "stories about this shop") or the search page filters by
section, it asks this registry, which each section fills in its AppConfig.ready().
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.utils.functional import Promise

# The listings a section provides to the others, by name.
TOURS_HOSTED_BY = "tours_hosted_by"  # (page) -> tours whose host is the page (tourism)
STORIES_FEATURING = "stories_featuring"  # (page) -> stories about the page (home)
UPCOMING_TOUR_SESSIONS = "upcoming_tour_sessions"  # (limit=n) -> the next tour sessions (tourism)

_listings: dict[str, Callable[..., list]] = {}


def register_listing(name: str, listing: Callable[..., list]) -> None:
    _listings[name] = listing


def listing(name: str, *args, **kwargs) -> list:
    """What the listing registered under `name` returns; empty while no installed app provides it."""
    provider = _listings.get(name)
    return provider(*args, **kwargs) if provider else []


@dataclass(frozen=True)
class SearchSection:
    """A choice of the search page's section filter: the page types it finds."""

    key: str  # the value in the query string, e.g. "shops"
    label: str | Promise
    models: tuple[type, ...]
    position: int  # where the choice stands in the filter


_search_sections: dict[str, SearchSection] = {}


def register_search_section(section: SearchSection) -> None:
    _search_sections[section.key] = section


def search_sections() -> dict[str, SearchSection]:
    """The search page's sections by key, in the order the filter shows them."""
    return {section.key: section for section in sorted(_search_sections.values(), key=lambda s: s.position)}
