"""The week of opening hours on a profile (core/opening_hours.py)."""

import json

from django import template

from core.opening_hours import opening_hours_rows, sorted_entries

register = template.Library()


@register.inclusion_tag("components/opening-hours.html")
def opening_hours(entries, note="", ui_lang=""):
    """Seven rows with day names in the visitor's language and 24-hour times, the free-text
    note, and the "open now / closed now" line that static/js/components/opening-hours.js fills."""
    return {
        "rows": opening_hours_rows(entries),
        "entries_json": json.dumps(sorted_entries(entries), separators=(",", ":")),
        "note": note,
        "ui_lang": ui_lang,
    }
