"""Local development: DEBUG on, a fixed throwaway secret, any local host."""

import contextlib

from config.env import env_str

from .base import *  # noqa: F403

DEBUG = True
SECRET_KEY = env_str("SECRET_KEY", "dev-only-insecure-secret-key")
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "[::1]", "testserver"]
DEMO_ADMIN_ALLOWED = True

# An optional, git-ignored local.py overrides anything above.
with contextlib.suppress(ImportError):
    from .local import *  # noqa: F403
