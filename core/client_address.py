"""The visitor's network address, as the site's own proxies saw it.

Behind Varnish (and a TLS proxy) every request reaches gunicorn from a proxy's address, so
REMOTE_ADDR alone would make one visitor's rate limit everybody's. Each proxy appends the
address it received the request from to X-Forwarded-For; with TRUSTED_PROXY_COUNT proxies in
front, the visitor's address is the entry that many places from the end. Entries further left
were written by the visitor and are never trusted.
"""

import ipaddress

from django.conf import settings


def _valid_address(value):
    try:
        return str(ipaddress.ip_address(value))
    except ValueError:
        return None


def client_address(request):
    remote_address = request.META.get("REMOTE_ADDR", "")
    trusted_proxies = settings.TRUSTED_PROXY_COUNT
    if not trusted_proxies:
        return remote_address
    forwarded = [entry.strip() for entry in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
    forwarded = [entry for entry in forwarded if entry]
    if not forwarded:
        return remote_address
    # Fewer entries than proxies: every entry was written by a trusted proxy; the first is the furthest out.
    recorded = forwarded[-trusted_proxies] if len(forwarded) >= trusted_proxies else forwarded[0]
    return _valid_address(recorded) or remote_address
