"""The map on profiles and section indexes (core/place_map.py, static/js/components/place-map.js).

MAP_TILE_URL          tile server URL template, {z}/{x}/{y} (and {s}) as Leaflet expects;
                      default OpenStreetMap's standard tiles
MAP_TILE_ATTRIBUTION  the credit the tile server asks for, as HTML (a link is kept)

The tile server's origin is added to the page policy's img-src (config/settings/security.py).
"""

from urllib.parse import urlsplit

from config.env import env_str

__all__ = ["MAP_TILE_ATTRIBUTION", "MAP_TILE_URL"]

MAP_TILE_URL = env_str("MAP_TILE_URL", "https://tile.openstreetmap.org/{z}/{x}/{y}.png")
MAP_TILE_ATTRIBUTION = env_str(
    "MAP_TILE_ATTRIBUTION",
    '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors',
)


def tile_origin(url):
    """The origin tiles come from, for img-src: a {s} subdomain placeholder becomes a wildcard."""
    parts = urlsplit(url)
    if not parts.scheme or not parts.netloc:
        return ""
    return f"{parts.scheme}://{parts.netloc.replace('{s}', '*')}"
