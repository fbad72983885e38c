"""Structured opening hours: which days a place opens and from when to when, in Tokyo time.

Stored on the page as a list of `{"day": 0–6 (Monday–Sunday), "opens": "HH:MM", "closes":
"HH:MM"}`, one entry per opening range (a day may have two, around a lunch break); a day with
no entry is a regular closed day. Holidays and other exceptions stay free text beside it.

- `parse_opening_hours` reads the free text of before ("10:00〜19:00", closed "日曜日、祝日"),
  for the data migration; it returns None for anything it does not recognise.
- `opening_hours_rows` is the week shown to visitors, day names in their language.
- `opening_hours_specification` is the same week for schema.org.
- `is_open_at` is the "open now" rule; static/js/components/opening-hours.js applies the same
  rule in the browser, where the time is the visitor's own (a page is cached, a clock is not).
"""

import re
from zoneinfo import ZoneInfo

from django.core.exceptions import ValidationError
from django.utils.dates import WEEKDAYS
from django.utils.translation import gettext_lazy as _

TOKYO = ZoneInfo("Asia/Tokyo")
DAYS = range(7)
# schema.org's day names, Monday first like Python's weekday().
SCHEMA_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_TIME = re.compile(r"^([01]?\d|2[0-3]):([0-5]\d)$")


def normalise_time(text):
    """ "9:30" → "09:30"; None unless it is a time of day."""
    match = _TIME.match((text or "").strip())
    return f"{int(match[1]):02d}:{match[2]}" if match else None


def opening_hours_validate(entries):
    """Raise ValidationError unless `entries` is a list of valid, non-overlapping ranges."""
    if not isinstance(entries, list):
        raise ValidationError(_("Opening hours must be a list of days and times."))
    by_day = {}
    for entry in entries:
        if not isinstance(entry, dict) or entry.get("day") not in DAYS:
            raise ValidationError(_("Each opening time needs a day of the week."))
        opens, closes = normalise_time(entry.get("opens")), normalise_time(entry.get("closes"))
        if opens is None or closes is None:
            raise ValidationError(_("Write opening and closing times as hours and minutes, for example 10:00."))
        if closes <= opens:
            raise ValidationError(
                _("%(day)s: the closing time must be after the opening time.") % {"day": WEEKDAYS[entry["day"]]}
            )
        by_day.setdefault(entry["day"], []).append((opens, closes))
    for day, ranges in by_day.items():
        ranges.sort()
        if any(later[0] < earlier[1] for earlier, later in zip(ranges, ranges[1:], strict=False)):
            raise ValidationError(_("%(day)s: the opening times overlap.") % {"day": WEEKDAYS[day]})


def sorted_entries(entries):
    return sorted(entries or [], key=lambda entry: (entry["day"], entry["opens"]))


def opening_hours_rows(entries):
    """Seven rows, Monday first: {"day": 0–6, "name": the day in the active language,
    "ranges": [(opens, closes), ...]} (no ranges: closed)."""
    ranges = {day: [] for day in DAYS}
    for entry in sorted_entries(entries):
        ranges[entry["day"]].append((entry["opens"], entry["closes"]))
    return [{"day": day, "name": WEEKDAYS[day], "ranges": ranges[day]} for day in DAYS]


def opening_hours_specification(entries):
    """schema.org OpeningHoursSpecification nodes: days sharing the same hours grouped."""
    groups = {}
    for entry in sorted_entries(entries):
        groups.setdefault((entry["opens"], entry["closes"]), []).append(SCHEMA_DAYS[entry["day"]])
    return [
        {"@type": "OpeningHoursSpecification", "dayOfWeek": days, "opens": opens, "closes": closes}
        for (opens, closes), days in groups.items()
    ]


def is_open_at(entries, moment):
    """Whether the place is open at `moment` (an aware datetime), by the Tokyo clock."""
    local = moment.astimezone(TOKYO)
    now = f"{local.hour:02d}:{local.minute:02d}"
    return any(entry["day"] == local.weekday() and entry["opens"] <= now < entry["closes"] for entry in entries or [])


# The free text of before: "10:00〜19:00", "9:30–18:30", "10:00-12:00、13:00-18:00".
_RANGE = re.compile(r"(\d{1,2}:\d{2})\s*[〜~～\-–—－ー]\s*(\d{1,2}:\d{2})")
_JAPANESE_DAYS = {"月": 0, "火": 1, "水": 2, "木": 3, "金": 4, "土": 5, "日": 6}
_ENGLISH_DAYS = {name.lower(): day for day, name in enumerate(SCHEMA_DAYS)}


def parse_opening_hours(hours_text, closed_text=""):
    """Entries for the free-text hours and closed days, or None if the hours do not parse.

    The hours must be nothing but one or two time ranges (applied to every day); weekdays
    named in the closed text ("日曜日、祝日", "Wednesdays and New Year") are taken out. What
    else the closed text says (holidays) stays in the free-text note.
    """
    text = (hours_text or "").strip()
    ranges = _RANGE.findall(text)
    if not ranges or len(ranges) > 2 or _RANGE.sub("", text).strip(" 、,/・") != "":
        return None
    ranges = [(normalise_time(opens), normalise_time(closes)) for opens, closes in ranges]
    if any(opens is None or closes is None or closes <= opens for opens, closes in ranges):
        return None
    closed = closed_weekdays(closed_text)
    entries = [
        {"day": day, "opens": opens, "closes": closes} for day in DAYS if day not in closed for opens, closes in ranges
    ]
    try:
        opening_hours_validate(entries)
    except ValidationError:
        return None
    return entries


def closed_weekdays(text):
    """The weekdays a closed-days text names: 日曜日 / 水曜 / Sundays / Wednesday."""
    text = text or ""
    days = {_JAPANESE_DAYS[match] for match in re.findall(r"([月火水木金土日])曜", text)}
    days |= {day for name, day in _ENGLISH_DAYS.items() if name in text.lower()}
    return days
