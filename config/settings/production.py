"""Production: everything from the environment; a missing required variable stops start-up."""

import sys

from django.core.exceptions import ImproperlyConfigured

from config.env import env_bool, env_int, env_required

from .base import *  # noqa: F403

# A missing variable stops the process with one line naming it, not a settings traceback.
try:
    SECRET_KEY = env_required("SECRET_KEY")
    ALLOWED_HOSTS = [host.strip() for host in env_required("ALLOWED_HOSTS").split(",")]
except ImproperlyConfigured as exc:
    sys.exit(f"config.settings.production: {exc}")
DEMO_ADMIN_ALLOWED = False

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 60 * 60 * 24 * 365)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
# Wagtail's preview views allow same-origin framing themselves; nothing else may be framed.
X_FRAME_OPTIONS = "DENY"
