"""Structured opening hours: parsing the free text of before, validation, the week shown in
the visitor's language, open now by the Tokyo clock, schema.org, the admin widget and the
data migration."""

import datetime
import importlib
import json
import shutil
import subprocess
from pathlib import Path
from zoneinfo import ZoneInfo

from django.apps import apps
from django.conf import settings
from django.core.exceptions import ValidationError
from django.test import SimpleTestCase

from core.opening_hours import (
    closed_weekdays,
    is_open_at,
    opening_hours_specification,
    opening_hours_validate,
    parse_opening_hours,
)
from core.widgets import OpeningHoursWidget
from industries.factories import IndustriesIndexPageFactory, ShopPageFactory
from industries.models import ShopPage
from tests.base import SiteTestCase

TOKYO = ZoneInfo("Asia/Tokyo")
WEEKDAYS_10_TO_19 = [{"day": day, "opens": "10:00", "closes": "19:00"} for day in range(6)]


class ParseOpeningHoursTests(SimpleTestCase):
    def test_a_range_applies_to_every_day_but_the_closed_weekdays(self):
        self.assertEqual(parse_opening_hours("10:00〜19:00", "日曜日、祝日"), WEEKDAYS_10_TO_19)
        self.assertEqual(parse_opening_hours("10:00–19:00", "Sundays and public holidays"), WEEKDAYS_10_TO_19)

    def test_times_are_normalised_and_a_lunch_break_is_two_ranges(self):
        entries = parse_opening_hours("9:30-12:00、13:00-18:30", "水曜")
        self.assertEqual(
            [entry for entry in entries if entry["day"] == 0],
            [{"day": 0, "opens": "09:30", "closes": "12:00"}, {"day": 0, "opens": "13:00", "closes": "18:30"}],
        )
        self.assertFalse([entry for entry in entries if entry["day"] == 2])

    def test_text_with_more_than_times_is_left_alone(self):
        for text in ("平日 9:00〜17:00（直売所）", "8:00〜18:00（売り切れ次第終了）", "", "予約制", "19:00〜10:00"):
            with self.subTest(text=text):
                self.assertIsNone(parse_opening_hours(text, ""))

    def test_closed_weekdays(self):
        self.assertEqual(closed_weekdays("月曜日、火曜日"), {0, 1})
        self.assertEqual(closed_weekdays("祝日、元日"), set())
        self.assertEqual(closed_weekdays("Wednesdays and New Year's Day"), {2})


class OpeningHoursRulesTests(SimpleTestCase):
    def test_validation(self):
        opening_hours_validate(WEEKDAYS_10_TO_19)
        bad = [
            [{"day": 7, "opens": "10:00", "closes": "11:00"}],
            [{"day": 0, "opens": "25:00", "closes": "26:00"}],
            [{"day": 0, "opens": "18:00", "closes": "10:00"}],
            [{"day": 0, "opens": "10:00", "closes": "14:00"}, {"day": 0, "opens": "13:00", "closes": "18:00"}],
            "10:00-19:00",
        ]
        for entries in bad:
            with self.subTest(entries=entries), self.assertRaises(ValidationError):
                opening_hours_validate(entries)

    def test_open_now_by_the_tokyo_clock(self):
        monday_morning_tokyo = datetime.datetime(2026, 12, 7, 10, 0, tzinfo=TOKYO)
        self.assertTrue(is_open_at(WEEKDAYS_10_TO_19, monday_morning_tokyo))
        self.assertFalse(is_open_at(WEEKDAYS_10_TO_19, monday_morning_tokyo - datetime.timedelta(minutes=1)))
        self.assertFalse(is_open_at(WEEKDAYS_10_TO_19, monday_morning_tokyo.replace(hour=19)))
        # Sunday in Tokyo, whatever the server's clock says: 01:00 UTC on Monday is 10:00 in Tokyo.
        self.assertTrue(is_open_at(WEEKDAYS_10_TO_19, datetime.datetime(2026, 12, 7, 1, 0, tzinfo=datetime.UTC)))
        self.assertFalse(is_open_at(WEEKDAYS_10_TO_19, datetime.datetime(2026, 12, 6, 10, 0, tzinfo=TOKYO)))

    def test_schema_org_groups_days_with_the_same_hours(self):
        self.assertEqual(
            opening_hours_specification(WEEKDAYS_10_TO_19),
            [
                {
                    "@type": "OpeningHoursSpecification",
                    "dayOfWeek": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"],
                    "opens": "10:00",
                    "closes": "19:00",
                }
            ],
        )

    def test_the_widget_shows_the_week_and_reads_it_back(self):
        widget = OpeningHoursWidget()
        html = widget.render("weekly_hours", json.dumps(WEEKDAYS_10_TO_19))
        self.assertIn('name="weekly_hours-0-0-opens" value="10:00"', html)
        self.assertIn('name="weekly_hours-6-0-opens" value=""', html)
        data = {"weekly_hours-0-0-opens": "9:30", "weekly_hours-0-0-closes": "12:00"}
        data |= {"weekly_hours-0-1-opens": "13:00", "weekly_hours-0-1-closes": "18:00", "weekly_hours-3-0-opens": ""}
        self.assertEqual(
            json.loads(widget.value_from_datadict(data, {}, "weekly_hours")),
            [{"day": 0, "opens": "09:30", "closes": "12:00"}, {"day": 0, "opens": "13:00", "closes": "18:00"}],
        )


class OpeningHoursScriptTests(SimpleTestCase):
    """static/js/components/opening-hours.js says "open now" exactly when is_open_at does."""

    def test_the_browser_rule_matches_the_python_rule(self):
        node = shutil.which("node")
        if node is None:
            self.skipTest("node is not installed")
        module = Path(settings.BASE_DIR, "static/js/components/opening-hours.js").as_uri()
        entries = [*WEEKDAYS_10_TO_19, {"day": 6, "opens": "09:00", "closes": "12:00"}]
        start = datetime.datetime(2026, 12, 6, 23, 0, tzinfo=datetime.UTC)
        moments = [start + datetime.timedelta(minutes=37 * step) for step in range(300)]
        script = (
            f"const m = await import({json.dumps(module)});"
            f"const entries = {json.dumps(entries)};"
            f"const moments = {json.dumps([moment.isoformat() for moment in moments])};"
            "console.log(JSON.stringify(moments.map((moment) => m.isOpenAt(entries, new Date(moment)))));"
        )
        result = subprocess.run(  # noqa: S603 (a fixed script)
            [node, "--input-type=module", "-e", script], capture_output=True, text=True, check=True, timeout=60
        )
        self.assertEqual(json.loads(result.stdout), [is_open_at(entries, moment) for moment in moments])


class OpeningHoursPageTests(SiteTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.translate(cls.home, "ko")
        industries = IndustriesIndexPageFactory(parent=cls.home)
        cls.translate(industries, "ko")
        cls.shop = ShopPageFactory(
            parent=industries, slug="shop", weekly_hours=WEEKDAYS_10_TO_19, opening_hours="", closed_days="祝日"
        )
        cls.translate(cls.shop, "ko", closed_days="공휴일")

    def test_the_week_in_the_visitors_language_with_closed_days_and_the_open_now_data(self):
        html = self.soup(self.get("/ko/industries/shop/"))
        rows = [
            (row.th.get_text(strip=True), row.td.get_text(strip=True)) for row in html.select(".opening-hours__day")
        ]
        self.assertEqual(rows[0], ("월요일", "10:00–19:00"))
        self.assertEqual(rows[6][0], "일요일")
        self.assertEqual(len(rows), 7)
        status = html.select_one("[data-opening-hours]")
        self.assertEqual(json.loads(status["data-opening-hours"]), WEEKDAYS_10_TO_19)
        self.assertTrue(status.has_attr("hidden"), "shown only once the script has set it")
        self.assertTrue(status["data-open-text"] and status["data-closed-text"])
        self.assertIn("공휴일", html.get_text())

    def test_json_ld_has_the_opening_hours(self):
        html = self.soup(self.get("/ja/industries/shop/"))
        store = json.loads(html.find("script", type="application/ld+json").string)["@graph"][0]
        self.assertEqual(store["openingHoursSpecification"][0]["opens"], "10:00")

    def test_the_data_migration_structures_text_that_parses_and_keeps_the_rest(self):
        migration = importlib.import_module("industries.migrations.0003_weekly_hours")
        parsed = ShopPageFactory(
            parent=self.shop.get_parent(), weekly_hours=[], opening_hours="9:00〜18:00", closed_days="木曜日"
        )
        revision = parsed.save_revision()
        kept = ShopPageFactory(
            parent=self.shop.get_parent(), weekly_hours=[], opening_hours="8:00〜18:00（売り切れ次第終了）"
        )
        migration.weekly_hours_from_text(apps, None)
        parsed = ShopPage.objects.get(pk=parsed.pk)
        self.assertEqual(len(parsed.weekly_hours), 6)
        self.assertEqual((parsed.opening_hours, parsed.closed_days), ("", "木曜日"))
        revision.refresh_from_db()
        self.assertEqual(revision.as_object().weekly_hours, parsed.weekly_hours)
        kept = ShopPage.objects.get(pk=kept.pk)
        self.assertEqual((kept.weekly_hours, kept.opening_hours), ([], "8:00〜18:00（売り切れ次第終了）"))
