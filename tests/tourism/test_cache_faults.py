"""A failing Redis never fails a sign-up, and a hung one costs a page one timeout, not one per cache call.

A real redis-server of the test's own, on a free port, is stopped or paused (SIGSTOP); the
shared Redis of the machine is never touched.
"""

import os
import shutil
import signal
import socket
import subprocess
import time
import unittest

from django.core.cache import cache, caches
from django.test import override_settings

import redis

from tests.tourism.test_views import SignupViewTestCase
from tourism.models import TourSignup

REDIS_SERVER = shutil.which("redis-server")


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def redis_cache_settings(port):
    return {
        "default": {
            "BACKEND": "core.redis_cache.CircuitBreakerRedisCache",
            "LOCATION": f"redis://127.0.0.1:{port}/0",
            "OPTIONS": {"IGNORE_EXCEPTIONS": True, "SOCKET_CONNECT_TIMEOUT": 1, "SOCKET_TIMEOUT": 1},
        }
    }


@unittest.skipUnless(REDIS_SERVER, "redis-server is not installed (apt-get install -y redis-server)")
class RedisFaultTests(SignupViewTestCase):
    def setUp(self):
        super().setUp()
        self.port = free_port()
        self.server = subprocess.Popen(  # noqa: S603 (a fixed command line)
            [REDIS_SERVER, "--port", str(self.port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
            stdout=subprocess.DEVNULL,
        )
        self.addCleanup(self.stop_server)
        client = redis.Redis(port=self.port)
        for _ in range(50):
            try:
                client.ping()
                break
            except redis.ConnectionError:
                time.sleep(0.1)
        settings_override = override_settings(CACHES=redis_cache_settings(self.port), REDIS_CIRCUIT_OPEN_SECONDS=30)
        settings_override.enable()
        self.addCleanup(settings_override.disable)

    def stop_server(self):
        if self.server.poll() is None:
            os.kill(self.server.pid, signal.SIGCONT)
            self.server.kill()
            self.server.wait()

    def test_the_cache_is_redis_and_answers(self):
        cache.set("probe", 1)
        self.assertEqual(cache.get("probe"), 1)
        self.assertEqual(redis.Redis(port=self.port).dbsize(), 1)

    @override_settings(TOUR_SIGNUP_RATE_LIMIT=10)
    def test_a_sign_up_succeeds_with_redis_stopped(self):
        self.stop_server()
        with self.assertLogs("tourism.rate_limit", "WARNING"):
            response = self.post()
        self.assertRedirects(response, self.sent_url())
        self.assertEqual(TourSignup.objects.get().email, "alex@example.com")

    @override_settings(TOUR_SIGNUP_RATE_LIMIT=10)
    def test_a_sign_up_succeeds_with_redis_paused(self):
        os.kill(self.server.pid, signal.SIGSTOP)
        response = self.post()
        self.assertRedirects(response, self.sent_url())
        self.assertTrue(TourSignup.objects.exists())

    def test_a_paused_redis_costs_one_timeout_then_instant_misses(self):
        self.get("/en/tourism/tour/")  # warm the code paths
        os.kill(self.server.pid, signal.SIGSTOP)
        with self.assertLogs("core.redis_cache", "WARNING") as logs:
            started = time.monotonic()
            self.get("/en/tourism/tour/")
            self.get(self.form_url())
            elapsed = time.monotonic() - started
        # Dozens of cache calls: without the breaker each would wait its 1 s timeout. With it, one
        # timeout and the pages' own work (slow on a busy test machine).
        self.assertLess(elapsed, 6)
        self.assertEqual(len(logs.records), 1, "the outage is logged once, when the breaker opens")

    def test_the_breaker_closes_again_once_redis_is_back(self):
        os.kill(self.server.pid, signal.SIGSTOP)
        cache.get("probe")
        self.assertTrue(caches["default"].breaker.is_open)
        os.kill(self.server.pid, signal.SIGCONT)
        caches["default"].breaker.reset()  # as if REDIS_CIRCUIT_OPEN_SECONDS had passed
        cache.set("probe", 2)
        self.assertEqual(cache.get("probe"), 2)
