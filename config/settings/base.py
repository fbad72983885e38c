"""Settings shared by every environment. Production-safe: DEBUG off, no secret defaults.

Each integration (PostgreSQL, Redis, a search cluster, SMTP, object storage) switches on only
when its environment variable is set; without any, the site runs on SQLite, database search,
a local-memory cache and local media.
"""

from pathlib import Path

import dj_database_url

from config.env import env_bool, env_int, env_list, env_smtp, env_str

BASE_DIR = Path(__file__).resolve().parent.parent.parent

DEBUG = False
SECRET_KEY = env_str("SECRET_KEY")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "core",
    "home",
    "industries",
    "crafts",
    "anime",
    "tourism",
    "search",
    "demo",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.frontend_cache",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.api.v2",
    "rest_framework",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "django_tasks",
    "django_tasks_db",
    "taggit",
    "axes",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Compresses HTML for browsers that accept gzip (with Django's BREACH padding); Varnish stores
    # the compressed copy. Static files come compressed from whitenoise, which this skips.
    "django.middleware.gzip.GZipMiddleware",
    "core.content_security.ContentSecurityPolicyMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "core.http_cache.FrontCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, as django-axes requires: it turns a locked-out login into its 429 page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "core.context_processors.site_chrome",
            ],
        },
    },
]

# Database: SQLite (WAL, IMMEDIATE transactions so concurrent writers queue) unless DATABASE_URL is set.
# Connections are kept DATABASE_CONN_MAX_AGE seconds on both engines. For SQLite that is safe:
# a gunicorn sync worker serves one request at a time on one thread, and runserver's threads
# each get their own connection, closed when the thread ends; a connection holds no snapshot
# between requests (autocommit), so it never blocks writers or WAL checkpoints. Reopening one
# cost about 1.4 ms per request (the file open and the PRAGMAs of init_command, which still
# run once per new connection). A finite age rather than forever, so a database file replaced
# on disk is picked up within a minute.
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 60),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"]["OPTIONS"] = {
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
    }

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Cache: Redis when REDIS_URL is set, otherwise this process's memory (production without
# Redis uses the database instead, config/settings/production.py). The cache holds
# presentation only (navigation, footer, language links, renditions): who may see a page is
# read from the database on every request.
# Sessions live in the database; with Redis they are also cached there (cached_db), so any
# process reads a session another one wrote, and a Redis outage only costs speed.
REDIS_URL = env_str("REDIS_URL")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "core.redis_cache.CircuitBreakerRedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "nerima",
            # An unreachable Redis is a cache miss, quickly, not an error page.
            "OPTIONS": {"IGNORE_EXCEPTIONS": True, "SOCKET_CONNECT_TIMEOUT": 1, "SOCKET_TIMEOUT": 1},
        }
    }
    # The breaker logs an outage once when it opens; a traceback per ignored call would flood the log.
    DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = False
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# After a Redis call fails on the connection, this process leaves Redis alone for this long.
REDIS_CIRCUIT_OPEN_SECONDS = env_int("REDIS_CIRCUIT_OPEN_SECONDS", 30)

# Proxies in front of gunicorn that append to X-Forwarded-For (Varnish: 1; a TLS proxy before
# it: 2). The visitor's address, for rate limits and login lockouts, is read through them.
TRUSTED_PROXY_COUNT = env_int("TRUSTED_PROXY_COUNT", 0)

# Languages: Japanese is the source; every public URL carries one of these prefixes.
LANGUAGE_CODE = "ja"
LANGUAGES = [
    ("ja", "日本語"),
    ("en", "English"),
    ("zh-hans", "简体中文"),
    ("zh-hant", "繁體中文"),
    ("ko", "한국어"),
]
WAGTAIL_I18N_ENABLED = True
# Pages may be restricted to signed-in users or groups, never behind a shared password: a
# password travels by mail and chat, outlives the people it was given to, and cannot be
# withdrawn from one person (core/migrations/0003 turned existing ones into login restrictions).
WAGTAIL_PRIVATE_PAGE_OPTIONS = {"SHARED_PASSWORD": False}
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
TIME_ZONE = "Asia/Tokyo"
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = Path(env_str("STATIC_ROOT", str(BASE_DIR / "var" / "static")))
STATICFILES_DIRS = [BASE_DIR / "static"]
# css/site.css, the one stylesheet, is joined from static/css/bundle.txt's files by its own finder.
STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
    "core.css_bundle.CssBundleFinder",
]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env_str("MEDIA_ROOT", str(BASE_DIR / "var" / "media")))
# Local media is served by the front server; SERVE_MEDIA lets Django serve it on one box.
SERVE_MEDIA = env_bool("SERVE_MEDIA", False)

# Media: S3-compatible object storage when a bucket is named, otherwise files in MEDIA_ROOT.
AWS_STORAGE_BUCKET_NAME = env_str("AWS_STORAGE_BUCKET_NAME")
if AWS_STORAGE_BUCKET_NAME:
    MEDIA_STORAGE = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": AWS_STORAGE_BUCKET_NAME,
            "endpoint_url": env_str("AWS_S3_ENDPOINT_URL"),
            "region_name": env_str("AWS_S3_REGION_NAME"),
            "access_key": env_str("AWS_ACCESS_KEY_ID"),
            "secret_key": env_str("AWS_SECRET_ACCESS_KEY"),
            "custom_domain": env_str("AWS_S3_CUSTOM_DOMAIN"),
            # Images are public (the bucket policy grants reading); two uploads never share a name.
            "querystring_auth": False,
            "file_overwrite": False,
            "default_acl": None,
        },
    }
else:
    MEDIA_STORAGE = {"BACKEND": "django.core.files.storage.FileSystemStorage"}
STORAGES = {
    "default": MEDIA_STORAGE,
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# Documents are always served by Wagtail's document view, never from /media/ or the bucket:
# it checks the collection's privacy, sends every file as an attachment (a browser never
# renders an uploaded HTML or SVG file as a page of this site), with a CSP of default-src 'none'.
# Only the listed kinds of file may be uploaded, up to WAGTAILDOCS_MAX_UPLOAD_SIZE.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILDOCS_INLINE_CONTENT_TYPES = []
WAGTAILDOCS_BLOCK_EMBEDDED_CONTENT = True
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "xlsx", "pptx", "odt", "ods", "odp", "csv", "txt"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = env_int("DOCUMENT_MAX_UPLOAD_MB", 20) * 1024 * 1024
# Images: a small file can decode to a huge bitmap (a 12 KB PNG of 100 megapixels); both are capped.
WAGTAILIMAGES_MAX_UPLOAD_SIZE = env_int("IMAGE_MAX_UPLOAD_MB", 10) * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
# Every image needs a description (its fallback alt text) before it is saved.
WAGTAILIMAGES_IMAGE_FORM_BASE = "core.image_forms.DescribedImageForm"

# Email: SMTP when EMAIL_URL is set (smtp://user:password@host:587), otherwise printed to the console.
SMTP = env_smtp("EMAIL_URL")
if SMTP:
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    EMAIL_HOST, EMAIL_PORT, EMAIL_HOST_USER, EMAIL_HOST_PASSWORD, EMAIL_USE_TLS, EMAIL_USE_SSL = SMTP
    EMAIL_TIMEOUT = 10
else:
    EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "no-reply@localhost")

WAGTAIL_SITE_NAME = "Nerima Industry & Tourism"
WAGTAILADMIN_BASE_URL = env_str("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILIMAGES_FORMAT_CONVERSIONS = {"bmp": "png", "webp": "webp"}
WAGTAIL_ENABLE_UPDATE_CHECK = False
from config.settings.search import WAGTAILSEARCH_BACKENDS  # noqa: E402, F401 (database search, or SEARCH_URL's cluster)

# Background work (emails, index updates) runs through django-tasks; on one machine it runs at once.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}

# Tour sign-ups: days after its session that a sign-up is deleted (purge_tour_signups),
# and sign-up posts allowed per client address in ten minutes (0: no limit).
TOUR_SIGNUP_RETENTION_DAYS = env_int("TOUR_SIGNUP_RETENTION_DAYS", 30)
TOUR_SIGNUP_RATE_LIMIT = env_int("TOUR_SIGNUP_RATE_LIMIT", 10)
# Confirmed registrants get a reminder email this many hours before their session.
TOUR_SIGNUP_REMINDER_HOURS = env_int("TOUR_SIGNUP_REMINDER_HOURS", 48)
# A sign-up posted sooner than this after its form was rendered is taken for a bot's.
TOUR_SIGNUP_MIN_SECONDS = env_int("TOUR_SIGNUP_MIN_SECONDS", 3)
# Requests to the JSON API (/api/v2/) per client address: "<n>/second|minute|hour|day"; "0": no limit.
API_RATE_LIMIT = env_str("API_RATE_LIMIT", "120/minute")

# Machine translation in wagtail-localize's editor: off unless a service is configured.
# DEEPL_API_KEY selects DeepL (a key ending in ":fx" uses DeepL's free API); otherwise
# LIBRETRANSLATE_URL selects a LibreTranslate server (LIBRETRANSLATE_API_KEY if it needs one).
DEEPL_API_KEY = env_str("DEEPL_API_KEY")
LIBRETRANSLATE_URL = env_str("LIBRETRANSLATE_URL")
if DEEPL_API_KEY:
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "wagtail_localize.machine_translators.deepl.DeepLTranslator",
        "OPTIONS": {"AUTH_KEY": DEEPL_API_KEY},
    }
elif LIBRETRANSLATE_URL:
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "wagtail_localize.machine_translators.libretranslate.LibreTranslator",
        "OPTIONS": {"LIBRETRANSLATE_URL": LIBRETRANSLATE_URL, "API_KEY": env_str("LIBRETRANSLATE_API_KEY", "")},
    }

# The front cache: s-maxage on anonymous page views (FRONT_CACHE_TTL), and whom to purge on publish.
from config.settings.front_cache import *  # noqa: E402, F403

# The map: tile server and its credit (MAP_TILE_URL, MAP_TILE_ATTRIBUTION).
from config.settings.maps import *  # noqa: E402, F403

# Content-Security-Policy, Permissions-Policy and the login lockout (django-axes).
from config.settings.security import *  # noqa: E402, F403
