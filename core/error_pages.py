"""The site's own 404 page at a fixed address, for development.

With DEBUG on (the development server), Django answers an unknown URL with its technical
404 page, not templates/404.html. `/<lang>/__404__/` renders the site's page instead, with
the 404 status, through the same view Django uses in production. It is routed only under
DEBUG; production shows that page for every unknown URL anyway.
"""

from django.http import Http404
from django.views.defaults import page_not_found


def not_found_preview(request):
    return page_not_found(request, Http404())
