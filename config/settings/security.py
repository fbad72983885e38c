"""Browser-facing security: Content-Security-Policy, Permissions-Policy and the login lockout.

CSP_EXTRA_IMG_SRC      origins images may also come from; comma-separated (the map's tile
                       server, MAP_TILE_URL in config/settings/maps.py, is added by itself)
CSP_EXTRA_CONNECT_SRC  origins scripts may also fetch from (a map's tile or geocoding API)
LOGIN_FAILURE_LIMIT    failed logins of one user name from one address before a lockout (default 5)
LOGIN_COOLOFF_MINUTES  minutes a lockout lasts (default 15); `manage.py axes_reset` lifts all at once

The page policy has no nonce and no 'unsafe-inline' for scripts: every script is a static file
(templates/base.html), so the header is the same for every visitor and a page, its header
included, can be kept by Varnish (core/http_cache.py) and the fragment cache
(core/presentation_cache.py). A nonce would differ per request and not match a cached copy.
"""

from datetime import timedelta
from urllib.parse import urlsplit

from csp.constants import NONE, SELF, UNSAFE_INLINE

from config.env import env_int, env_list, env_str
from config.settings.maps import MAP_TILE_URL, tile_origin

__all__ = [
    "ADMIN_CONTENT_SECURITY_POLICY",
    "ADMIN_URL_PREFIXES",
    "AUTHENTICATION_BACKENDS",
    "AXES_CLIENT_IP_CALLABLE",
    "AXES_COOLOFF_TIME",
    "AXES_DISABLE_ACCESS_LOG",
    "AXES_VERBOSE",
    "AXES_FAILURE_LIMIT",
    "AXES_HANDLER",
    "AXES_HTTP_RESPONSE_CODE",
    "AXES_LOCKOUT_PARAMETERS",
    "AXES_LOCKOUT_CALLABLE",
    "AXES_RESET_ON_SUCCESS",
    "CONTENT_SECURITY_POLICY",
    "CSP_CONNECT_SRC",
    "CSP_IMG_SRC",
    "PERMISSIONS_POLICY",
    "WAGTAIL_GRAVATAR_PROVIDER_URL",
]


def media_origins():
    """Where uploaded images are served from when they live in object storage, not on this origin."""
    if not env_str("AWS_STORAGE_BUCKET_NAME"):
        return []
    if domain := env_str("AWS_S3_CUSTOM_DOMAIN"):
        return [f"https://{domain}"]
    if endpoint := env_str("AWS_S3_ENDPOINT_URL"):
        url = urlsplit(endpoint)
        return [f"{url.scheme}://{url.netloc}"]
    return ["https://*.amazonaws.com"]


# Lists a later feature extends by setting (or by the variables above), e.g. another image host:
# CSP_IMG_SRC += ["https://images.example.org"] in a settings module.
# The map's tile server (MAP_TILE_URL) is allowed without setting it twice.
CSP_IMG_SRC = [
    SELF,
    "data:",
    *media_origins(),
    *filter(None, [tile_origin(MAP_TILE_URL)]),
    *env_list("CSP_EXTRA_IMG_SRC"),
]
CSP_CONNECT_SRC = [SELF, *env_list("CSP_EXTRA_CONNECT_SRC")]

CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [NONE],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": CSP_IMG_SRC,
        "font-src": [SELF],
        "connect-src": CSP_CONNECT_SRC,
        "manifest-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "frame-ancestors": [NONE],
        "form-action": [SELF],
    }
}

# Wagtail 7.4's admin is not ready for a strict policy: its page editor and wagtail-localize's
# translation editor run inline scripts (in the page, and in form fragments jQuery inserts),
# and it writes style attributes and shows uploads from blob: URLs (the browser crawl in
# tests/browser/test_content_security.py lists them). Only signed-in staff reach it, its
# pages are never cached, and it still loads nothing from another origin, embeds no plugin
# and cannot be framed by another site. Page previews keep the site policy.
# core/content_security.py applies it under these prefixes.
ADMIN_URL_PREFIXES = ("/admin/",)
ADMIN_CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, UNSAFE_INLINE],
        "style-src": [SELF, UNSAFE_INLINE],
        "img-src": [*CSP_IMG_SRC, "blob:"],
        "font-src": [SELF, "data:"],
        "connect-src": CSP_CONNECT_SRC,
        "frame-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "frame-ancestors": [SELF],
        "form-action": [SELF],
    }
}
# The admin's avatars would come from gravatar.com: a third party told who edits, and one
# more origin in the policy. Wagtail shows its default avatar instead.
WAGTAIL_GRAVATAR_PROVIDER_URL = None

# Features no page of the site uses are denied to it and to anything it frames. A map that
# wants "locate me" adds PERMISSIONS_POLICY["geolocation"] = ["self"].
PERMISSIONS_POLICY = {
    "accelerometer": [],
    "autoplay": [],
    "browsing-topics": [],
    "camera": [],
    "display-capture": [],
    "encrypted-media": [],
    "fullscreen": ["self"],
    "geolocation": [],
    "gyroscope": [],
    "magnetometer": [],
    "microphone": [],
    "midi": [],
    "payment": [],
    "usb": [],
}

# Login lockout (django-axes) on the admin login and the login page of private sections:
# after LOGIN_FAILURE_LIMIT failures of one user name from one address, that pair is refused
# with a 429 until the cool-off ends. Attempts are kept in the database, so the lockout holds
# across processes and without Redis.
# Axes checks first; its AxesBackend also reads users back from sessions (ModelBackend's
# get_user), which test clients and Wagtail's test helpers need of the first backend.
AUTHENTICATION_BACKENDS = ["axes.backends.AxesBackend", "django.contrib.auth.backends.ModelBackend"]
AXES_HANDLER = "axes.handlers.database.AxesDatabaseHandler"
AXES_FAILURE_LIMIT = env_int("LOGIN_FAILURE_LIMIT", 5)
# User name and address together: one attacker cannot lock a known editor out from everywhere.
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_COOLOFF_TIME = timedelta(minutes=env_int("LOGIN_COOLOFF_MINUTES", 15))
AXES_RESET_ON_SUCCESS = True
AXES_HTTP_RESPONSE_CODE = 429
AXES_LOCKOUT_CALLABLE = "core.login_lockout.lockout_response"
# The visitor's address, not a proxy's (X-Forwarded-For through TRUSTED_PROXY_COUNT proxies, base.py).
AXES_CLIENT_IP_CALLABLE = "core.client_address.client_address"
# Failed attempts are needed for the lockout; a record of every successful login is not.
AXES_DISABLE_ACCESS_LOG = True
# Axes would log each failure and lockout with the user name and address (personal data), and
# a banner at start-up; the attempts themselves are in the database.
AXES_VERBOSE = False
