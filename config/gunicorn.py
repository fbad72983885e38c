"""gunicorn's settings for the production site: `gunicorn -c config/gunicorn.py`.

Workers come from WEB_CONCURRENCY, the address from HOST and PORT. gunicorn's own messages are
JSON lines like the site's; it writes no access log, since RequestLogMiddleware logs each
request without its query string.
"""

from config.env import env_int, env_str

wsgi_app = "config.wsgi:application"
bind = f"{env_str('HOST', '0.0.0.0')}:{env_int('PORT', 8000)}"  # noqa: S104 (in a container or behind a proxy)
workers = env_int("WEB_CONCURRENCY", 3)
# Recycle workers now and then, so a slow leak never grows for long.
max_requests = 1000
max_requests_jitter = 100
# The first view of a page may create its image renditions (AVIF encoding is slow).
timeout = 60
graceful_timeout = 20
# The proxy in front sets X-Forwarded-Proto; trust it from these addresses.
forwarded_allow_ips = env_str("FORWARDED_ALLOW_IPS", "127.0.0.1,::1")
accesslog = None
# No runtime control socket: several instances may share a machine, and nothing here uses it.
control_socket_disable = True
logconfig_dict = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"json": {"()": "core.request_logging.JsonFormatter"}},
    "handlers": {"stderr": {"class": "logging.StreamHandler", "formatter": "json"}},
    "root": {"handlers": ["stderr"], "level": "INFO"},
    "loggers": {
        "gunicorn.error": {"handlers": ["stderr"], "level": "INFO", "propagate": False},
        "gunicorn.access": {"handlers": [], "level": "CRITICAL", "propagate": False},
    },
}
