"""gunicorn's settings for the production site: `gunicorn -c config/gunicorn.py`.

Workers come from WEB_CONCURRENCY, the address from HOST and PORT. gunicorn's own messages are
JSON lines like the site's; it writes no access log, since RequestLogMiddleware logs each
request without its query string.
"""

from config.env import env_int, env_str

wsgi_app = "config.wsgi:application"
bind = f"{env_str('HOST', '0.0.0.0')}:{env_int('PORT', 8000)}"  # noqa: S104 (in a container or behind a proxy)
workers = env_int("WEB_CONCURRENCY", 3)
# Workers are not recycled unless GUNICORN_MAX_REQUESTS asks for it (a worker then restarts after
# that many requests, plus up to 10 % jitter). Recycling every 1,000 requests cost about 2 s of
# CPU per restart (imports, the first renders) and p99 spikes of 1.2 s, and no leak was measured
# to justify it; set it only when one is, as a stopgap while the leak is found.
max_requests = env_int("GUNICORN_MAX_REQUESTS", 0)
max_requests_jitter = max_requests // 10
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
