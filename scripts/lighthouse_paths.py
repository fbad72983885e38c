"""Print one path per page type for scripts/lighthouse.sh: the first live Japanese page of each
type, then the search, a sign-up form and the 404 page. Reads the database of the settings in
DJANGO_SETTINGS_MODULE (default: development)."""

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")

import django

django.setup()

from wagtail.models import Page  # noqa: E402

from tourism.models import TourSession  # noqa: E402

seen = {}
for page in Page.objects.live().filter(depth__gt=1, locale__language_code="ja").specific().order_by("path"):
    seen.setdefault(type(page).__name__, page.url)
paths = [*seen.values(), "/ja/search/?q=%E6%BC%AC%E7%89%A9", "/ja/no-such-page/"]
if session := TourSession.objects.filter(tour__locale__language_code="ja").order_by("pk").first():
    paths.append(f"/ja/tours/sessions/{session.pk}/sign-up/")
print("\n".join(paths))
