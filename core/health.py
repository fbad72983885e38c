"""Health endpoints for load balancers and orchestrators.

/healthz says the process answers (it touches nothing else); /readyz says whether the parts a
page needs answer: the database, the cache and, when one is configured, the search cluster.
Answers name each part and its status only: no host, URL, version or error text is shown.
"""

import base64
import logging
import urllib.request
import uuid
from urllib.parse import unquote, urlsplit, urlunsplit

from django.conf import settings
from django.core.cache import cache
from django.db import DatabaseError, connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

logger = logging.getLogger(__name__)

SEARCH_TIMEOUT_SECONDS = 1


@never_cache
@require_safe
def healthz(request):
    return JsonResponse({"status": "ok"})


@never_cache
@require_safe
def readyz(request):
    checks = {"database": database_is_ready(), "cache": cache_is_ready()}
    if search_urls := cluster_urls():
        checks["search"] = search_is_ready(search_urls)
    ready = all(checks.values())
    return JsonResponse(
        {
            "status": "ok" if ready else "unavailable",
            "checks": {part: "ok" if ok else "unavailable" for part, ok in checks.items()},
        },
        status=200 if ready else 503,
    )


def database_is_ready():
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except DatabaseError:
        logger.warning("readyz: the database does not answer", exc_info=True)
        return False
    return True


def cache_is_ready():
    # A round trip: django-redis turns a Redis outage into misses (IGNORE_EXCEPTIONS), so a
    # value written must be read back. Each probe has its own key: processes share the cache.
    token = uuid.uuid4().hex
    key = f"readyz:{token}"
    cache.set(key, token, timeout=10)
    kept = cache.get(key) == token
    cache.delete(key)
    if not kept:
        logger.warning("readyz: the cache does not keep a value")
    return kept


def cluster_urls():
    """The Elasticsearch/OpenSearch URLs of the default search backend; empty for database search."""
    urls = settings.WAGTAILSEARCH_BACKENDS.get("default", {}).get("URLS", [])
    return [urls] if isinstance(urls, str) else list(urls)


def search_is_ready(urls):
    """The cluster answers when one of its URLs answers its root with a success."""
    for url in urls:
        try:
            with urllib.request.urlopen(cluster_root_request(url), timeout=SEARCH_TIMEOUT_SECONDS) as response:  # noqa: S310 (http(s) URL from settings)
                if response.status < 300:
                    return True
        except (OSError, ValueError):
            continue
    logger.warning("readyz: the search cluster does not answer")
    return False


def cluster_root_request(url):
    """A GET of the cluster's root, with the credentials a URL may carry as basic auth."""
    parts = urlsplit(url)
    host = parts.netloc.rpartition("@")[2]
    request = urllib.request.Request(urlunsplit((parts.scheme, host, parts.path or "/", "", "")), method="GET")  # noqa: S310
    if parts.username:
        credentials = f"{unquote(parts.username)}:{unquote(parts.password or '')}".encode()
        request.add_header("Authorization", f"Basic {base64.b64encode(credentials).decode()}")
    return request
