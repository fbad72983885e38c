"""Admin widgets shared by several page types."""

import json

from django import forms
from django.template.loader import render_to_string
from django.utils.dates import WEEKDAYS
from django.utils.safestring import mark_safe

from core.opening_hours import DAYS, normalise_time, sorted_entries

# Opening ranges a day can have in the widget: two, for a lunch break.
RANGES_PER_DAY = 2


class OpeningHoursWidget(forms.Widget):
    """The week as seven rows (Monday first), each with up to two opening ranges as time inputs.

    An empty row is a closed day. Posts become the JSON list of core/opening_hours.py; a time
    that is not one is kept as typed, so the field's validation names it.
    """

    template_name = "core/widgets/opening_hours.html"

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        if isinstance(value, str):
            try:
                value = json.loads(value or "[]")
            except ValueError:
                value = []
        by_day = {day: [] for day in DAYS}
        for entry in sorted_entries(value if isinstance(value, list) else []):
            by_day.get(entry.get("day"), []).append(entry)
        context["widget"]["days"] = [
            {
                "name": WEEKDAYS[day],
                "ranges": [
                    {
                        "prefix": f"{name}-{day}-{number}",
                        "opens": by_day[day][number]["opens"] if number < len(by_day[day]) else "",
                        "closes": by_day[day][number]["closes"] if number < len(by_day[day]) else "",
                    }
                    for number in range(RANGES_PER_DAY)
                ],
            }
            for day in DAYS
        ]
        return context

    def render(self, name, value, attrs=None, renderer=None):
        # Through the project's template engine: the form renderer only looks in apps'
        # template folders, and our templates live in templates/ (STYLE B5).
        return mark_safe(render_to_string(self.template_name, self.get_context(name, value, attrs)))  # noqa: S308

    def value_from_datadict(self, data, files, name):
        entries = []
        for day in DAYS:
            for number in range(RANGES_PER_DAY):
                opens = data.get(f"{name}-{day}-{number}-opens", "").strip()
                closes = data.get(f"{name}-{day}-{number}-closes", "").strip()
                if opens or closes:
                    entries.append(
                        {
                            "day": day,
                            "opens": normalise_time(opens) or opens,
                            "closes": normalise_time(closes) or closes,
                        }
                    )
        return json.dumps(entries)

    def value_omitted_from_data(self, data, files, name):
        return not any(key.startswith(f"{name}-") for key in data)
