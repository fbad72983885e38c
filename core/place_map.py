"""The places a map shows, as a list: one place on a profile, a section's places on its index.

The list is the map's source: templates/components/place-map.html renders each place as a list
item carrying its coordinates, and static/js/components/place-map.js puts a marker on the map
for each item it finds. Places without coordinates have no marker, so they are not listed here
(the section's card lists still show them).
"""

from dataclasses import dataclass

from django.conf import settings
from django.utils.functional import Promise

from core.i18n import localize_snippets
from core.selectors import live_pages


@dataclass(frozen=True)
class MapPlace:
    page: object
    kind: str  # the filter's value, e.g. "shops"
    kind_label: str | Promise
    area: object  # an Area in the visitor's language where translated, or None

    @property
    def latitude(self):
        return self.page.latitude

    @property
    def longitude(self):
        return self.page.longitude


@dataclass(frozen=True)
class SectionMap:
    """A section index's map: its places after the filter, and the filter's choices."""

    places: list
    areas: list  # (value, name), every area a place of the section is in
    kinds: list  # (value, label), only when the section has more than one kind
    active_area: str
    active_kind: str

    @property
    def filtered(self):
        return bool(self.active_area or self.active_kind)


def map_settings():
    """What the map script needs from settings, for data attributes."""
    return {"tile_url": settings.MAP_TILE_URL, "tile_attribution": settings.MAP_TILE_ATTRIBUTION}


def has_coordinates(page):
    return page.latitude is not None and page.longitude is not None


def profile_place(page, area):
    """A profile's own place, or None without coordinates."""
    if not has_coordinates(page):
        return None
    return MapPlace(page=page, kind="", kind_label="", area=area)


def section_map(request, kinds):
    """The places of a section index, filtered by ?area= (an area's translation key) and ?kind=.

    `kinds` is a list of (value, label, page model). Unknown filter values show every place,
    as an empty choice does: the form then shows "all", so the page never claims a filter it
    did not apply.
    """
    places = []
    for value, label, model in kinds:
        pages = live_pages(model).filter(latitude__isnull=False, longitude__isnull=False)
        for page in pages.select_related("locale", "area", "area__locale").order_by("title"):
            places.append(MapPlace(page=page, kind=value, kind_label=label, area=page.area))
    stored_areas = list({place.area for place in places if place.area is not None})
    localized = dict(zip(stored_areas, localize_snippets(stored_areas), strict=True))
    places = [
        MapPlace(page=place.page, kind=place.kind, kind_label=place.kind_label, area=localized.get(place.area))
        for place in places
    ]
    area_choices = sorted(
        {str(place.area.translation_key): place.area.name for place in places if place.area}.items(),
        key=lambda choice: choice[1],
    )
    kind_choices = [(value, label) for value, label, _model in kinds] if len(kinds) > 1 else []
    active_area = _choice(request.GET.get("area", ""), area_choices)
    active_kind = _choice(request.GET.get("kind", ""), kind_choices)
    places = [
        place
        for place in places
        if (not active_area or (place.area and str(place.area.translation_key) == active_area))
        and (not active_kind or place.kind == active_kind)
    ]
    places.sort(key=lambda place: str(place.page.title))
    return SectionMap(
        places=places, areas=area_choices, kinds=kind_choices, active_area=active_area, active_kind=active_kind
    )


def _choice(value, choices):
    return value if value in {choice for choice, _label in choices} else ""
