"""Organizers read Tokyo times and words, not UTC and codes, in the admin and its exports."""

import csv
import datetime
import io
import zoneinfo

from django.utils import translation

from bs4 import BeautifulSoup
from openpyxl import load_workbook

from tests.tourism.test_organizers import OrganizerTestCase
from tourism.choices import TourSignupStatus
from tourism.factories import TourSessionFactory, TourSignupFactory

TOKYO = zoneinfo.ZoneInfo("Asia/Tokyo")


class TokyoTimeTests(OrganizerTestCase):
    """A session at 10:00 in Tokyo (01:00 UTC), with an English-speaking waitlisted party."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        starts_at = datetime.datetime(2030, 5, 18, 10, 0, tzinfo=TOKYO)
        cls.morning = TourSessionFactory(
            tour=cls.tour["a"], starts_at=starts_at, ends_at=starts_at + datetime.timedelta(hours=2), language="en"
        )
        cls.signed_up_at = datetime.datetime(2030, 5, 1, 9, 30, tzinfo=TOKYO)
        signup = TourSignupFactory(
            session=cls.morning, email="morning@example.com", language="en", status=TourSignupStatus.WAITLISTED
        )
        # created_at is set on insert; the test needs a known time.
        type(signup).objects.filter(pk=signup.pk).update(created_at=cls.signed_up_at)

    def export_row(self, rows):
        header = rows[0]
        row = next(row for row in rows[1:] if "morning@example.com" in row)
        return dict(zip(header, row, strict=True))

    def expected_labels(self):
        with translation.override("ja"):
            return {"status": str(TourSignupStatus.WAITLISTED.label), "language": "英語"}

    def test_csv_export_shows_tokyo_times_and_labels(self):
        self.login("a")
        response = self.get("/admin/tour_signups/?export=csv")
        row = self.export_row(list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode()))))
        values = set(row.values())
        self.assertIn("Tour A 2030-05-18 10:00", values)
        self.assertIn("2030-05-01 09:30:00", values)
        labels = self.expected_labels()
        self.assertIn(labels["status"], values)
        self.assertIn(labels["language"], values)
        self.assertNotIn("waitlisted", values)
        self.assertNotIn("en", values)

    def test_spreadsheet_export_holds_tokyo_datetimes(self):
        self.login("a")
        response = self.get("/admin/tour_signups/?export=xlsx")
        sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
        rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
        values = set(self.export_row(rows).values())
        self.assertIn("Tour A 2030-05-18 10:00", values)
        self.assertIn(datetime.datetime(2030, 5, 1, 9, 30), values)
        self.assertIn(self.expected_labels()["status"], values)
        self.assertIn("英語", values)

    def test_the_session_listing_shows_tokyo_time_and_the_language_name(self):
        self.login("a")
        soup = BeautifulSoup(self.get("/admin/tour_sessions/").content, "html.parser")
        row = next(tr for tr in soup.select("tbody tr") if "2030-05-18" in tr.get_text())
        text = row.get_text(" ", strip=True)
        self.assertIn("2030-05-18 10:00", text)
        self.assertNotIn("01:00", text)
        self.assertIn("英語", text)

    def test_the_sign_up_listing_names_the_session_in_tokyo_time(self):
        self.login("a")
        soup = BeautifulSoup(self.get("/admin/tour_signups/").content, "html.parser")
        row = next(tr for tr in soup.select("tbody tr") if "morning@example.com" in tr.get_text())
        text = row.get_text(" ", strip=True)
        self.assertIn("Tour A 2030-05-18 10:00", text)
        self.assertIn(self.expected_labels()["status"], text)
        self.assertIn("英語", text)


class SessionClosedLabelTests(OrganizerTestCase):
    def test_the_closed_column_speaks_of_sign_ups_not_a_shop_holiday(self):
        self.login("a")
        soup = BeautifulSoup(self.get("/admin/tour_sessions/").content, "html.parser")
        headings = [th.get_text(" ", strip=True) for th in soup.select("thead th")]
        self.assertIn("受付終了", headings)
        self.assertNotIn("定休日", headings)
