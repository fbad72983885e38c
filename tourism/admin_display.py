"""How sessions and sign-ups read in the admin and its exports: Tokyo time, words instead of codes.

Datetimes are stored in UTC; organizers plan in Tokyo time, so every admin string and every
exported cell shows a time in Asia/Tokyo. Status and language codes become their labels in
the admin user's language: "英語" for `en` in a Japanese admin, where the site's language
switcher says "English" (Django's own names would say "英語(米国)").
"""

import datetime
import zoneinfo

from django.utils import timezone
from django.utils.translation import pgettext_lazy

TOKYO = zoneinfo.ZoneInfo("Asia/Tokyo")

LANGUAGE_NAMES = {
    "ja": pgettext_lazy("language name", "Japanese"),
    "en": pgettext_lazy("language name", "English"),
    "zh-hans": pgettext_lazy("language name", "Simplified Chinese"),
    "zh-hant": pgettext_lazy("language name", "Traditional Chinese"),
    "ko": pgettext_lazy("language name", "Korean"),
}


def tokyo_time(value):
    """An aware datetime as a naive one in Tokyo time (spreadsheets hold no time zones)."""
    if isinstance(value, datetime.datetime) and timezone.is_aware(value):
        return timezone.localtime(value, TOKYO).replace(tzinfo=None)
    return value


def tokyo_time_text(value):
    return f"{timezone.localtime(value, TOKYO):%Y-%m-%d %H:%M}"


def language_name(code):
    """A language code as its name in the active language (the admin user's)."""
    return str(LANGUAGE_NAMES.get(code, code))
