"""Organizers' check-in page and attendance dashboard: their own fair only, without JavaScript."""

import csv
import datetime
import io

from django.contrib.auth import get_user_model
from django.utils import timezone, translation

from tests.tourism.test_organizers import OrganizerTestCase
from tourism.admin_attendance import attendance_by_fair
from tourism.checkin import checkin_token
from tourism.factories import TourSessionFactory, TourSignupFactory
from tourism.models import TourSignup


def export(response):
    return b"".join(response.streaming_content).decode()


def checkin_url(session):
    return f"/admin/tour_sessions/checkin/{session.pk}/"


class CheckInPageTests(OrganizerTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        TourSignup.objects.filter(pk=cls.signup["a"].pk).update(
            checkin_code="ACD347", access_needs="車いすで参加します"
        )

    def test_the_page_lists_confirmed_parties_with_party_size_and_access_needs(self):
        self.login("a")
        response = self.get(checkin_url(self.session["a"]))
        self.assertContains(response, "Person A")
        self.assertContains(response, "車いすで参加します")
        self.assertContains(response, 'name="signup"', count=1)  # the waitlisted party has no button
        # The camera is allowed on this page only.
        self.assertIn("camera=(self)", response["Permissions-Policy"])
        self.assertIn("camera=()", self.get("/admin/tour_sessions/")["Permissions-Policy"])

    def test_another_fairs_session_is_not_found(self):
        self.login("a")
        url = checkin_url(self.session["b"])
        self.assertNotFound(self.client.get(url), url)
        self.assertNotFound(self.client.post(url, {"signup": self.signup["b"].pk}), url)
        self.assertIsNone(TourSignup.objects.get(pk=self.signup["b"].pk).checked_in_at)

    def test_ticking_a_name_checks_the_party_in_and_says_so(self):
        self.login("a")
        url = checkin_url(self.session["a"])
        response = self.client.post(url, {"signup": self.signup["a"].pk}, follow=True)
        signup = TourSignup.objects.get(pk=self.signup["a"].pk)
        self.assertEqual(signup.checked_in_by, self.organizer["a"])
        with translation.override("ja"):
            expected = translation.gettext("Checked in: %(name)s, party of %(size)s.") % {"name": "Person A", "size": 2}
        self.assertContains(response, expected)

    def test_typing_the_code_twice_says_when_the_party_already_arrived(self):
        self.login("a")
        url = checkin_url(self.session["a"])
        self.client.post(url, {"code": "acd-347"})
        arrived = timezone.localtime(TourSignup.objects.get(pk=self.signup["a"].pk).checked_in_at)
        response = self.client.post(url, {"code": "ACD347"}, headers={"Accept": "application/json"})
        self.assertEqual(response.status_code, 200)
        with translation.override("ja"):
            expected = translation.gettext("%(name)s was already checked in at %(time)s (party of %(size)s).") % {
                "name": "Person A",
                "time": f"{arrived:%H:%M}",
                "size": 2,
            }
        self.assertEqual(response.json(), {"ok": True, "message": expected, "signup": self.signup["a"].pk})

    def test_a_qr_code_of_another_fairs_session_is_refused_with_a_message(self):
        self.login("a")
        response = self.client.post(
            checkin_url(self.session["a"]),
            {"code": checkin_token(self.signup["b"])},
            headers={"Accept": "application/json"},
        )
        self.assertEqual(response.status_code, 400)
        with translation.override("ja"):
            self.assertEqual(response.json()["message"], translation.gettext("This code is for another session."))
        self.assertIsNone(TourSignup.objects.get(pk=self.signup["b"].pk).checked_in_at)

    def test_access_needs_and_arrival_are_in_the_organizers_listing_and_export_only(self):
        TourSignup.objects.filter(pk=self.signup["b"].pk).update(access_needs="手話通訳が必要")
        self.login("a")
        self.assertContains(self.get("/admin/tour_signups/"), "車いすで参加します")
        rows = list(csv.reader(io.StringIO(export(self.get("/admin/tour_signups/?export=csv")))))
        self.assertIn("車いすで参加します", [cell for row in rows for cell in row])
        self.assertNotIn("手話通訳が必要", self.get("/admin/tour_signups/").content.decode())


class AttendanceDashboardTests(OrganizerTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        now = timezone.now()
        past = TourSessionFactory(
            tour=cls.tour["a"], starts_at=now - datetime.timedelta(hours=5), ends_at=now - datetime.timedelta(hours=3)
        )
        TourSignupFactory(session=past, party_size=3, checked_in_at=now - datetime.timedelta(hours=5))
        TourSignupFactory(session=past, party_size=1)  # never came: a no-show
        TourSignupFactory(session=cls.session["a"], status="held")
        cls.past = past

    def get_dashboard(self):
        self.login("a")
        return self.get("/admin/tour-attendance/")

    def rows(self, response):
        return {session.pk: session for fair in response.context["fairs"] for session in fair["sessions"]}

    def test_counts_per_session_and_per_fair_in_one_query(self):
        organizer = get_user_model().objects.get(pk=self.organizer["a"].pk)
        # The user's page permissions, then one aggregate query for every session and count.
        with self.assertNumQueries(2):
            fairs = attendance_by_fair(organizer)
        response = self.get_dashboard()
        (fair,) = fairs
        self.assertEqual(fair["title"], "Fair A")
        rows = self.rows(response)
        past, upcoming = rows[self.past.pk], rows[self.session["a"].pk]
        self.assertEqual((past.confirmed_count, past.checked_in_count, past.no_show_count), (2, 1, 1))
        self.assertEqual(
            (upcoming.confirmed_count, upcoming.held_count, upcoming.waitlisted_count, upcoming.no_show_count),
            (1, 1, 1, 0),
        )
        self.assertEqual(
            fair["totals"],
            {"confirmed_count": 3, "held_count": 1, "waitlisted_count": 1, "checked_in_count": 1, "no_show_count": 1},
        )

    def test_only_their_own_fair_while_staff_see_every_fair(self):
        self.login("a")
        self.assertNotContains(self.get("/admin/tour-attendance/"), "Tour B")
        self.client.force_login(get_user_model().objects.create_superuser(username="staff", password="x"))
        response = self.get("/admin/tour-attendance/")
        self.assertEqual([fair["title"] for fair in response.context["fairs"]], ["Fair A", "Fair B"])

    def test_times_are_tokyo_time(self):
        self.login("a")
        response = self.get("/admin/tour-attendance/")
        tokyo = self.past.starts_at.astimezone(datetime.timezone(datetime.timedelta(hours=9)))
        self.assertContains(response, f"{tokyo:%Y-%m-%d %H:%M}")

    def test_the_session_listing_and_its_export_count_attendance(self):
        self.login("a")
        rows = list(csv.reader(io.StringIO(export(self.get("/admin/tour_sessions/?export=csv")))))
        with translation.override("ja"):
            header = rows[0]
            checked_in = header.index(translation.gettext("Checked in"))
            no_shows = header.index(translation.gettext("No-shows"))
        past_row = next(row for row in rows[1:] if row[checked_in] == "1")
        self.assertEqual(past_row[no_shows], "1")
