"""Structured logs: one JSON object per line, each tagged with the id of the request it belongs to.

A request is logged by its method, path, status and duration only. The query string is left
out (search terms and links in emails can carry personal data) and so are request bodies, so
nothing a visitor types into a form reaches the logs. Secrets in a path (a sign-up's signed
link, a password-reset token) are replaced by their name: a link copied from the log must not
cancel anybody's sign-up.
"""

import json
import logging
import re
import time
import uuid
from contextvars import ContextVar
from datetime import UTC, datetime

REQUEST_ID_HEADER = "X-Request-ID"
# An incoming id (from the load balancer) is kept when it is short and plain, so one id follows a request.
VALID_REQUEST_ID = re.compile(r"[A-Za-z0-9._:-]{1,128}")
# Successful health probes arrive every few seconds and tell nothing.
QUIET_PATHS = {"/healthz", "/readyz"}
REQUEST_FIELDS = ("method", "path", "status", "duration_ms")
# URL arguments that are credentials: whoever has the path can act with it.
SECRET_URL_ARGUMENTS = ("token", "uidb64")

current_request_id = ContextVar("current_request_id", default=None)
logger = logging.getLogger("nerima.request")


def loggable_path(request):
    path = request.path
    match = getattr(request, "resolver_match", None)
    for name in SECRET_URL_ARGUMENTS:
        if match and (value := match.kwargs.get(name)):
            path = path.replace(str(value), f"<{name}>")
    return path


def request_id_for(request):
    incoming = request.headers.get(REQUEST_ID_HEADER, "")
    return incoming if VALID_REQUEST_ID.fullmatch(incoming) else uuid.uuid4().hex


class RequestLogMiddleware:
    """Gives each request an id (X-Request-ID, echoed in the response) and logs it once answered."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request.request_id = request_id_for(request)
        token = current_request_id.set(request.request_id)
        started = time.perf_counter()
        try:
            response = self.get_response(request)
            response[REQUEST_ID_HEADER] = request.request_id
            if not (request.path in QUIET_PATHS and response.status_code < 400):
                fields = {
                    "request_id": request.request_id,
                    "method": request.method,
                    "path": loggable_path(request),
                    "status": response.status_code,
                    "duration_ms": round((time.perf_counter() - started) * 1000, 1),
                }
                logger.info("%(method)s %(path)s %(status)s", fields, extra=fields)
            return response
        finally:
            current_request_id.reset(token)


class JsonFormatter(logging.Formatter):
    """Formats a record as one line of JSON: time, level, logger, message, request id, request fields.

    Only these named fields are written, never the whole record, whose `extra` may hold the
    request itself (django.request puts it there).
    """

    def format(self, record):
        entry = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        if request_id := getattr(record, "request_id", None) or current_request_id.get():
            entry["request_id"] = request_id
        entry.update({name: getattr(record, name) for name in REQUEST_FIELDS if hasattr(record, name)})
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        return json.dumps(entry, ensure_ascii=False, default=str)
