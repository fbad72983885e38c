"""How many sign-up posts one visitor's address may send: TOUR_SIGNUP_RATE_LIMIT per ten minutes.

The count lives in the shared cache. A cache that fails (Redis down or paused) must never fail a
sign-up: the limit is then skipped, with a warning in the log, and the sign-up goes ahead.
"""

import logging

from django.conf import settings
from django.core.cache import cache

from core.client_address import client_address

RATE_WINDOW_SECONDS = 600
logger = logging.getLogger(__name__)


def signup_posts_exceeded(request):
    limit = settings.TOUR_SIGNUP_RATE_LIMIT
    if not limit:
        return False
    key = f"tourism:signup-posts:{client_address(request)}"
    try:
        cache.add(key, 0, RATE_WINDOW_SECONDS)
        count = cache.incr(key)
    except ValueError:  # the key expired between add and incr
        return False
    except Exception:  # noqa: BLE001 (any cache failure: the sign-up matters more than the limit)
        logger.warning("Sign-up rate limit skipped: the cache failed", exc_info=True)
        return False
    # A cache that swallows its errors (django-redis with IGNORE_EXCEPTIONS) answers None.
    if not isinstance(count, int):
        logger.warning("Sign-up rate limit skipped: the cache did not answer")
        return False
    return count > limit
