"""django-csp's middleware with a second policy for Wagtail's admin.

django-csp 4 has one policy per site (and per-view decorators, which Wagtail's admin views
don't carry); this picks settings.ADMIN_CONTENT_SECURITY_POLICY for paths under
settings.ADMIN_URL_PREFIXES and the site policy everywhere else. A view's own decorator or
a header already set on the response (e.g. a document download's) still wins.
"""

from django.conf import settings

from csp.middleware import CSPMiddleware
from csp.utils import default_config


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if not report_only and parts.config is None and request.path_info.startswith(settings.ADMIN_URL_PREFIXES):
            parts.config = default_config(settings.ADMIN_CONTENT_SECURITY_POLICY["DIRECTIVES"])
        return parts
