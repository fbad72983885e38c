"""django-redis with a circuit breaker: a hung or unreachable Redis costs one timeout, not one per call.

Each cache call waits up to its socket timeout (1 s) for Redis. A page makes dozens of cache
calls, so a paused Redis stalled one page for 45 s. After a call fails on the connection, this
process stops asking Redis for REDIS_CIRCUIT_OPEN_SECONDS and every cache call is an instant
miss (IGNORE_EXCEPTIONS turns the error into one); the first call after that tries Redis again.
"""

import logging
import threading
import time

from django.conf import settings

from django_redis.cache import RedisCache
from django_redis.exceptions import ConnectionInterrupted
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import ResponseError

logger = logging.getLogger(__name__)


class CircuitBreaker:
    def __init__(self, open_seconds):
        self.open_seconds = open_seconds
        self.open_until = 0.0
        self._lock = threading.Lock()

    @property
    def is_open(self):
        return time.monotonic() < self.open_until

    def trip(self):
        with self._lock:
            if self.is_open:
                return
            self.open_until = time.monotonic() + self.open_seconds
        logger.warning("Redis did not answer: the cache is bypassed for %s s", self.open_seconds)

    def reset(self):
        self.open_until = 0.0


class _GuardedClient:
    """Forwards every call to django-redis's client unless the breaker is open."""

    def __init__(self, client, breaker):
        self._client = client
        self._breaker = breaker

    def __getattr__(self, name):
        attribute = getattr(self._client, name)
        # Closing touches no socket, and must release connections even while the breaker is open.
        if not callable(attribute) or name == "close":
            return attribute

        def guarded(*args, **kwargs):
            if self._breaker.is_open:
                # Raised "from" a connection error, as django-redis expects of its own.
                try:
                    raise RedisConnectionError("circuit open")
                except RedisConnectionError as cause:
                    raise ConnectionInterrupted(connection=None) from cause
            try:
                return attribute(*args, **kwargs)
            except ConnectionInterrupted as interrupted:
                # A command Redis refused is not an outage; a connection error or timeout is.
                if not isinstance(interrupted.__cause__, ResponseError):
                    self._breaker.trip()
                raise

        return guarded


class CircuitBreakerRedisCache(RedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self.breaker = CircuitBreaker(settings.REDIS_CIRCUIT_OPEN_SECONDS)
        self._guarded_client = None

    @property
    def client(self):
        if self._guarded_client is None:
            self._guarded_client = _GuardedClient(super().client, self.breaker)
        return self._guarded_client
