"""Uploaded files under /media/ when Django serves MEDIA_ROOT itself (SERVE_MEDIA, one box).

Only image renditions are served here. Documents go through Wagtail's document view, which
checks their collection's privacy and sends them as attachments; original images (full size,
with the camera's metadata) are never public. Every response is marked so that a browser
neither guesses a script out of a file nor runs anything inside it.
"""

import posixpath

from django.conf import settings
from django.http import Http404
from django.views.static import serve

# Folders of MEDIA_ROOT that are never served from /media/.
PRIVATE_FOLDERS = ("documents/", "original_images/")
MEDIA_SECURITY_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Content-Security-Policy": "default-src 'none'; sandbox",
    "Cross-Origin-Resource-Policy": "same-origin",
}


def serve_media(request, path):
    # Normalised first, so "./" or "a/../" cannot walk around the check.
    if (posixpath.normpath(path).lstrip("/") + "/").startswith(PRIVATE_FOLDERS):
        raise Http404
    response = serve(request, path, document_root=settings.MEDIA_ROOT)
    for header, value in MEDIA_SECURITY_HEADERS.items():
        response[header] = value
    return response
