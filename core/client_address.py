"""The address of the client behind our own proxies, for rate limits and the login lockout.

Each proxy appends the address it received the request from to X-Forwarded-For, so only the
last TRUSTED_PROXY_COUNT entries were written by proxies we run; anything before them comes
from the client and may be forged. With TRUSTED_PROXY_COUNT = 0 (no proxy) the header is
ignored and REMOTE_ADDR is the client.
"""

from django.conf import settings


def client_address(request):
    """The client's IP address as our nearest trusted proxy saw it (a string, possibly empty)."""
    remote_addr = request.META.get("REMOTE_ADDR", "")
    trusted = getattr(settings, "TRUSTED_PROXY_COUNT", 0)
    if trusted <= 0:
        return remote_addr
    forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if part.strip()]
    # REMOTE_ADDR is the last proxy; the entry it appended (and those before it, up to the
    # trusted count) are the hops our proxies saw. Fewer entries than proxies: use the first.
    if len(forwarded) >= trusted:
        return forwarded[-trusted]
    return forwarded[0] if forwarded else remote_addr
