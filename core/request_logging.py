"""Structured logs: one JSON object per line, each tagged with the id of the request it belongs to.

A request is logged by its method, path, status and duration only. The query string is left
out (search terms and links in emails can carry personal data) and so are request bodies, so
nothing a visitor types into a form reaches the logs. Secrets in a path (a sign-up's signed
link, a password-reset token) are replaced by their name: a link copied from the log must not
cancel anybody's sign-up.
"""

import logging
import re
import time
import uuid
from contextvars import ContextVar
from datetime import UTC, datetime

import pythonjsonlogger.json

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


class JsonFormatter(pythonjsonlogger.json.JsonFormatter):
    """One line of JSON per record (python-json-logger): time, level, logger, message, request
    id, the request fields and any exception, in that order.

    Only these named fields are written, never the whole record, whose `extra` may hold the
    request itself (django.request puts it there).
    """

    FIELDS = ("time", "level", "logger", "message", "request_id", *REQUEST_FIELDS, "exception")

    def __init__(self):
        super().__init__(
            "%(levelname)s %(name)s %(message)s",
            rename_fields={"levelname": "level", "name": "logger", "exc_info": "exception"},
            json_ensure_ascii=False,
        )

    def add_fields(self, log_data, record, message_dict):
        super().add_fields(log_data, record, message_dict)
        log_data["time"] = datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds")
        log_data["request_id"] = getattr(record, "request_id", None) or current_request_id.get()

    def process_log_record(self, log_data):
        return {name: log_data[name] for name in self.FIELDS if log_data.get(name) is not None}
