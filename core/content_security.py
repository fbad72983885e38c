"""django-csp's middleware with a second policy for Wagtail's admin.

django-csp 4 has one policy per site (and per-view decorators, which Wagtail's admin views
don't carry); this picks settings.ADMIN_CONTENT_SECURITY_POLICY for paths under
settings.ADMIN_URL_PREFIXES and the site policy everywhere else. A view's own decorator or
a header already set on the response (e.g. a document download's) still wins.

A page preview is rendered from a fake request for the page's public URL, through this
middleware too (Wagtail's `make_preview_request`): it keeps the site policy, so the preview
shows what visitors would get, except that the admin may frame it.
"""

from django.conf import settings

from csp.constants import SELF
from csp.middleware import CSPMiddleware
from csp.utils import default_config


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if report_only or parts.config is not None:
            return parts
        if request.path_info.startswith(settings.ADMIN_URL_PREFIXES):
            parts.config = default_config(settings.ADMIN_CONTENT_SECURITY_POLICY["DIRECTIVES"])
        elif getattr(request, "is_preview", False):
            parts.replace = {**(parts.replace or {}), "frame-ancestors": [SELF]}
        return parts
