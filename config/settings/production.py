"""Production: everything from the environment; a missing required variable stops start-up."""

import sys
from urllib.parse import urlsplit

from django.core.exceptions import ImproperlyConfigured

from config.env import env_bool, env_int, env_str, missing_variables

# A missing or malformed variable stops the process with one line naming it, not a settings traceback.
REQUIRED_VARIABLES = ("SECRET_KEY", "ALLOWED_HOSTS", "WAGTAILADMIN_BASE_URL")
if missing := missing_variables(*REQUIRED_VARIABLES):
    sys.exit(f"config.settings.production: missing environment variable(s): {', '.join(missing)}.")
try:
    from .base import *  # noqa: F403
except ImproperlyConfigured as exc:
    sys.exit(f"config.settings.production: {exc}")

DEMO_ADMIN_ALLOWED = False

# Links in emails, the sitemap and feeds are built on WAGTAILADMIN_BASE_URL: it must be the
# public HTTPS origin (plain http only for a trial run on this machine), never a placeholder.
PLACEHOLDER_DOMAINS = ("example.com", "example.net", "example.org")
LOOPBACK_HOSTS = ("localhost", "127.0.0.1", "::1")
public_origin = urlsplit(WAGTAILADMIN_BASE_URL)  # noqa: F405
public_host = public_origin.hostname or ""
if any(public_host == domain or public_host.endswith(f".{domain}") for domain in PLACEHOLDER_DOMAINS):
    sys.exit(f"config.settings.production: WAGTAILADMIN_BASE_URL names a placeholder domain ({public_host}).")
if public_origin.scheme != "https" and public_host not in LOOPBACK_HOSTS:
    sys.exit("config.settings.production: WAGTAILADMIN_BASE_URL must start with https:// (the public origin).")

# Without a mail server, emails are dropped with a warning, never printed with their personal data.
if not SMTP:  # noqa: F405
    EMAIL_BACKEND = "core.mail.UnconfiguredEmailBackend"

# Several app processes must share one cache, or one of them would keep showing a menu or a
# language link that a publish retired. Without Redis that shared cache is a database table
# (`manage.py createcachetable`, run by scripts/serve-prod), slower but never stale.
if not REDIS_URL:  # noqa: F405
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.db.DatabaseCache", "LOCATION": "django_cache"}}

# Background work: at once in the request, or queued in the database for `manage.py db_worker`.
TASKS_BACKENDS = {
    "immediate": "django_tasks.backends.immediate.ImmediateBackend",
    "database": "django_tasks_db.DatabaseBackend",
}
TASKS_BACKEND = env_str("TASKS_BACKEND", "immediate")
if TASKS_BACKEND not in TASKS_BACKENDS:
    sys.exit(f"config.settings.production: TASKS_BACKEND must be one of {', '.join(TASKS_BACKENDS)}.")
TASKS = {"default": {"BACKEND": TASKS_BACKENDS[TASKS_BACKEND]}}

# Static files: whitenoise serves them from every app process, with hashed, compressed names
# (collectstatic builds the manifest; a missing file fails the deploy, not a page).
after_security = MIDDLEWARE.index("django.middleware.security.SecurityMiddleware") + 1  # noqa: F405
MIDDLEWARE = [*MIDDLEWARE[:after_security], "whitenoise.middleware.WhiteNoiseMiddleware", *MIDDLEWARE[after_security:]]  # noqa: F405
STORAGES = {**STORAGES, "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"}}  # noqa: F405

# One JSON line per request (id, method, path, status, duration), first so it also times the rest.
MIDDLEWARE = ["core.request_logging.RequestLogMiddleware", *MIDDLEWARE]
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"json": {"()": "core.request_logging.JsonFormatter"}},
    "handlers": {"stderr": {"class": "logging.StreamHandler", "formatter": "json"}},
    "root": {"handlers": ["stderr"], "level": env_str("LOG_LEVEL", "INFO")},
    "loggers": {
        # Requests are logged once, by RequestLogMiddleware; Django's own 4xx lines would repeat them.
        "django.request": {"level": "ERROR"},
        "django.server": {"level": "ERROR"},
    },
}

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
# Load balancers probe the health endpoints over plain HTTP.
SECURE_REDIRECT_EXEMPT = [r"^healthz$", r"^readyz$"]
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 60 * 60 * 24 * 365)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
# The __Host- prefix makes browsers refuse these cookies unless they are Secure, for Path=/
# and without Domain, so a sibling subdomain or a plain-HTTP page cannot plant or overwrite
# them. deploy/varnish/default.vcl passes requests carrying either name.
SESSION_COOKIE_NAME = "__Host-sessionid"
CSRF_COOKIE_NAME = "__Host-csrftoken"
SESSION_COOKIE_DOMAIN = None
CSRF_COOKIE_DOMAIN = None
SESSION_COOKIE_PATH = "/"
CSRF_COOKIE_PATH = "/"
# Wagtail's preview views allow same-origin framing themselves; nothing else may be framed.
X_FRAME_OPTIONS = "DENY"
