"""The page django-axes answers with when a user name and address pair is locked out."""

import math

from django.conf import settings
from django.shortcuts import render


def lockout_response(request, original_response=None, credentials=None):
    """429 Too Many Requests, in the visitor's language, saying how long the lock lasts.

    AXES_LOCKOUT_CALLABLE; axes calls it on the admin login and the login page of private
    sections alike.
    """
    minutes = math.ceil(settings.AXES_COOLOFF_TIME.total_seconds() / 60)
    response = render(request, "core/login_locked_out.html", {"cooloff_minutes": minutes}, status=429)
    # Browsers and clients may retry after the cool-off; never before.
    response["Retry-After"] = str(minutes * 60)
    return response
