"""The one place that reads the process environment, with types and defaults.

Kept by hand rather than django-environ (0.14), which was measured against these rules and
breaks three of them:
- it reads a value that starts with "$" as the name of another variable: SECRET_KEY=$x3k...
  came back as None. Django's get_random_secret_key() starts one key in 50 with "$".
- a blank variable is not "unset": a blank DATABASE_CONN_MAX_AGE stops start-up with a
  traceback, and a blank SECURE_SSL_REDIRECT reads as False. Here a blank variable takes the default.
- its email_url reads smtp:// as an unencrypted connection; here smtp:// means STARTTLS
  unless ?tls=false says otherwise, so a password never crosses the network in clear by default.
The database URL is parsed by dj-database-url.
"""

import os
from typing import NamedTuple
from urllib.parse import parse_qs, unquote, urlsplit

from django.core.exceptions import ImproperlyConfigured


def env_str(name, default=None):
    value = os.environ.get(name, "").strip()
    return value or default


def env_bool(name, default=False):
    value = os.environ.get(name, "").strip().lower()
    if not value:
        return default
    return value in {"1", "true", "yes", "on"}


def env_int(name, default):
    value = env_str(name)
    if value is None:
        return default
    try:
        return int(value)
    except ValueError:
        raise ImproperlyConfigured(f"The environment variable {name} must be a whole number, not {value!r}.") from None


def env_list(name, default=()):
    value = os.environ.get(name, "")
    items = [item.strip() for item in value.split(",") if item.strip()]
    return items or list(default)


class SmtpServer(NamedTuple):
    host: str
    port: int
    user: str
    password: str
    use_tls: bool
    use_ssl: bool


def env_smtp(name):
    """An SMTP server from a URL, or None when the variable is unset.

    smtp://user:password@host:587 uses STARTTLS (add ?tls=false to turn it off);
    smtps://user:password@host:465 uses implicit TLS. User and password are percent-decoded.
    """
    value = env_str(name)
    if value is None:
        return None
    url = urlsplit(value)
    if url.scheme not in {"smtp", "smtps"} or not url.hostname:
        raise ImproperlyConfigured(f"The environment variable {name} must look like smtp://user:password@host:587.")
    implicit_tls = url.scheme == "smtps"
    starttls = parse_qs(url.query).get("tls", ["true"])[0].lower() in {"1", "true", "yes", "on"}
    return SmtpServer(
        host=url.hostname,
        port=url.port or (465 if implicit_tls else 587),
        user=unquote(url.username or ""),
        password=unquote(url.password or ""),
        use_tls=starttls and not implicit_tls,
        use_ssl=implicit_tls,
    )


def missing_variables(*names):
    """The names among `names` that are unset or blank, in order."""
    return [name for name in names if env_str(name) is None]
