from django import template

from core.place_map import map_settings as _map_settings

register = template.Library()


@register.simple_tag
def map_settings():
    """The tile server and its credit, for the map's data attributes."""
    return _map_settings()
