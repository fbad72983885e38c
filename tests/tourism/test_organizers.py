"""Fair organizers see and touch only their own fair's tours, sessions and sign-ups, by every route."""

import csv
import io

from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.utils import translation

from wagtail.models import ModelLogEntry

from openpyxl import load_workbook

from tests.base import SiteTestCase
from tourism.factories import (
    FairPageFactory,
    TourismIndexPageFactory,
    TourPageFactory,
    TourSessionFactory,
    TourSignupFactory,
)
from tourism.models import TourSignup
from tourism.organizers import fair_organizer_add


class OrganizerTestCase(SiteTestCase):
    """Two fairs, each with a tour, a session and sign-ups; organizer A runs fair A, B runs fair B."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.translate(cls.home, "en")
        index = TourismIndexPageFactory(parent=cls.home)
        cls.translate(index, "en")
        users = get_user_model().objects
        cls.fair = {}
        cls.tour = {}
        cls.session = {}
        cls.signup = {}
        cls.organizer = {}
        for key in ("a", "b"):
            cls.fair[key] = FairPageFactory(parent=index, slug=f"fair-{key}", title=f"Fair {key.upper()}")
            cls.translate(cls.fair[key], "en")
            cls.tour[key] = TourPageFactory(parent=cls.fair[key], slug=f"tour-{key}", title=f"Tour {key.upper()}")
            cls.session[key] = TourSessionFactory(tour=cls.tour[key], capacity=3)
            cls.signup[key] = TourSignupFactory(
                session=cls.session[key], name=f"Person {key.upper()}", email=f"person-{key}@example.com", party_size=2
            )
            TourSignupFactory(session=cls.session[key], party_size=2, status="waitlisted")
            cls.organizer[key] = users.create_user(username=f"organizer-{key}", password="x")
            fair_organizer_add(user=cls.organizer[key], fair=cls.fair[key])

    def login(self, key):
        self.client.force_login(self.organizer[key])

    def assertNotFound(self, response, url):
        """A 404; for a GET, Django's LocaleMiddleware first tries the path under /ja/ (itself a 404)."""
        if response.status_code == 302:
            self.assertEqual(response["Location"], f"/ja{url}")
            response = self.client.get(response["Location"])
        self.assertEqual(response.status_code, 404)


class OrganizerScopeTests(OrganizerTestCase):
    def test_the_sign_up_listing_shows_only_their_own(self):
        self.login("a")
        response = self.get("/admin/tour_signups/")
        self.assertContains(response, "person-a@example.com")
        self.assertNotContains(response, "person-b@example.com")
        self.assertNotContains(response, "Person B")

    def test_filtering_by_the_other_fairs_session_shows_nothing(self):
        self.login("a")
        response = self.client.get(f"/admin/tour_signups/?session={self.session['b'].pk}")
        self.assertNotContains(response, "person-b@example.com")
        self.assertNotContains(response, "Tour B")

    def test_csv_export_holds_only_their_own_sign_ups(self):
        self.login("a")
        response = self.get("/admin/tour_signups/?export=csv")
        rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
        emails = {row[2] for row in rows[1:]}
        self.assertIn("person-a@example.com", emails)
        self.assertEqual(len(rows), 3)
        self.assertNotIn("person-b@example.com", emails)

    def test_spreadsheet_export_holds_only_their_own_sign_ups(self):
        self.login("a")
        response = self.get("/admin/tour_signups/?export=xlsx")
        sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
        values = {cell.value for row in sheet.iter_rows() for cell in row}
        self.assertIn("person-a@example.com", values)
        self.assertNotIn("person-b@example.com", values)

    def test_the_other_fairs_sign_up_and_session_are_not_found_by_direct_url(self):
        self.login("a")
        other_signup, other_session = self.signup["b"], self.session["b"]
        for url in (
            f"/admin/tour_signups/erase/{other_signup.pk}/",
            f"/admin/tour_sessions/edit/{other_session.pk}/",
            f"/admin/tour_sessions/delete/{other_session.pk}/",
            f"/admin/tour_sessions/history/{other_session.pk}/",
            f"/admin/tour_sessions/usage/{other_session.pk}/",
            f"/admin/tour_sessions/close/{other_session.pk}/",
            f"/admin/tour_sessions/reopen/{other_session.pk}/",
        ):
            with self.subTest(url):
                self.assertNotFound(self.client.get(url), url)
                self.assertNotFound(self.client.post(url), url)
        self.assertTrue(TourSignup.objects.filter(pk=other_signup.pk).exists())
        other_session.refresh_from_db()
        self.assertFalse(other_session.signups_closed)

    def test_the_session_listing_shows_only_their_own_with_counts(self):
        self.login("a")
        response = self.get("/admin/tour_sessions/")
        self.assertContains(response, "Tour A")
        self.assertNotContains(response, "Tour B")

    def test_they_may_edit_pages_only_under_their_own_fair(self):
        self.login("a")
        self.get(f"/admin/pages/{self.tour['a'].pk}/edit/")
        self.assertEqual(self.client.get(f"/admin/pages/{self.tour['b'].pk}/edit/").status_code, 302)
        self.get(f"/admin/pages/add/tourism/tourpage/{self.fair['a'].pk}/")
        self.assertEqual(self.client.get(f"/admin/pages/add/tourism/tourpage/{self.fair['b'].pk}/").status_code, 302)

    def test_a_user_outside_the_groups_sees_no_sign_ups(self):
        self.client.force_login(get_user_model().objects.create_user(username="visitor", password="x"))
        self.assertNotEqual(self.client.get("/admin/tour_signups/").status_code, 200)


class ExportFormulaTests(OrganizerTestCase):
    """A visitor's name that looks like a formula stays text in both export formats."""

    HOSTILE_NAMES = ('=HYPERLINK("http://evil.example","Click")', "+1+2", "-2+3", "@SUM(1)", "\tTab", "\rReturn")

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        for number, name in enumerate(cls.HOSTILE_NAMES):
            TourSignupFactory(
                session=cls.session["a"], name=name, email=f"hostile{number}@example.com", status="waitlisted"
            )

    def exported_names(self, rows):
        return {row[1] for row in rows if row[2].startswith("hostile")}

    def test_csv_cells_never_start_a_formula(self):
        self.login("a")
        response = self.get("/admin/tour_signups/?export=csv")
        rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode(), newline="")))
        self.assertEqual(self.exported_names(rows), {"'" + name for name in self.HOSTILE_NAMES})

    def test_spreadsheet_cells_never_start_a_formula(self):
        self.login("a")
        response = self.get("/admin/tour_signups/?export=xlsx")
        sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
        rows = [[cell.value or "" for cell in row] for row in sheet.iter_rows()]
        # XLSX stores line breaks as \n.
        expected = {"'" + name.replace("\r", "\n") for name in self.HOSTILE_NAMES}
        self.assertEqual(self.exported_names(rows), expected)
        self.assertFalse([cell for row in sheet.iter_rows() for cell in row if cell.data_type == "f"])

    def test_ordinary_names_are_exported_as_typed(self):
        self.login("a")
        response = self.get("/admin/tour_signups/?export=csv")
        rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
        self.assertIn("Person A", {row[1] for row in rows})


class OrganizerActionTests(OrganizerTestCase):
    def test_close_and_reopen_their_session(self):
        self.login("a")
        session = self.session["a"]
        self.client.post(f"/admin/tour_sessions/close/{session.pk}/")
        session.refresh_from_db()
        self.assertTrue(session.signups_closed)
        self.client.post(f"/admin/tour_sessions/reopen/{session.pk}/")
        session.refresh_from_db()
        self.assertFalse(session.signups_closed)

    def test_the_confirmation_page_speaks_the_admin_language(self):
        self.login("a")
        with translation.override("ja"):
            response = self.get(f"/admin/tour_sessions/close/{self.session['a'].pk}/")
        buttons = [node.get_text(strip=True) for node in self.soup(response).select("main form .button")]
        self.assertEqual(buttons, ["受付を締め切る", "戻る"])

    def test_raising_capacity_in_the_edit_form_promotes_the_waitlist(self):
        self.login("a")
        session = self.session["a"]
        response = self.client.post(f"/admin/tour_sessions/edit/{session.pk}/", self.form_data(session, capacity=4))
        self.assertEqual(response.status_code, 302)
        self.assertEqual(set(session.signups.values_list("status", flat=True)), {"confirmed"})

    def test_capacity_below_the_confirmed_seats_is_refused(self):
        self.login("a")
        session = self.session["a"]
        response = self.client.post(f"/admin/tour_sessions/edit/{session.pk}/", self.form_data(session, capacity=1))
        self.assertEqual(response.status_code, 200)
        with translation.override(response.wsgi_request.LANGUAGE_CODE):
            message = translation.gettext(
                "%(taken)s seats are already confirmed: the capacity cannot be lower than that."
            ) % {"taken": 2}
        self.assertContains(response, message)
        session.refresh_from_db()
        self.assertEqual(session.capacity, 3)

    def test_erase_a_person_promotes_the_next(self):
        self.login("a")
        self.client.post(f"/admin/tour_signups/erase/{self.signup['a'].pk}/")
        self.assertFalse(TourSignup.objects.filter(pk=self.signup["a"].pk).exists())
        self.assertEqual(list(self.session["a"].signups.values_list("status", flat=True)), ["confirmed"])

    def test_erase_removes_the_person_from_every_session_of_theirs_and_records_it(self):
        person = "person-a@example.com"
        second_session = TourSessionFactory(tour=self.tour["a"], capacity=3)
        TourSignupFactory(session=second_session, name="Person A", email=person, party_size=1)
        elsewhere = TourSignupFactory(session=self.session["b"], name="Person A", email=person, party_size=1)
        self.login("a")
        confirm = self.get(f"/admin/tour_signups/erase/{self.signup['a'].pk}/")
        self.assertContains(confirm, "2")
        self.client.post(f"/admin/tour_signups/erase/{self.signup['a'].pk}/")
        self.assertEqual(list(TourSignup.objects.filter(email=person)), [elsewhere], "fair B's sign-up is not theirs")
        entries = ModelLogEntry.objects.filter(action="tourism.erase_person").order_by("object_id")
        self.assertEqual(
            [(entry.object_id, entry.data, entry.user) for entry in entries],
            sorted(
                [
                    (str(session.pk), {"signups": 1}, self.organizer["a"])
                    for session in (self.session["a"], second_session)
                ]
            ),
        )
        for entry in entries:
            self.assertNotIn("Person A", entry.label + str(entry.data))
            self.assertNotIn(person, entry.label + str(entry.data))
        history = self.get(f"/admin/tour_sessions/history/{second_session.pk}/")
        with translation.override("ja"):
            message = translation.gettext("Erased %(signups)s sign-ups of one person") % {"signups": 1}
        self.assertContains(history, message)

    def test_exports_are_recorded_with_format_and_row_count(self):
        self.login("a")
        b"".join(self.get("/admin/tour_signups/?export=csv").streaming_content)
        [entry] = ModelLogEntry.objects.filter(action="tourism.export")
        self.assertEqual(
            (entry.object_id, entry.user, entry.data),
            (str(self.session["a"].pk), self.organizer["a"], {"format": "csv", "rows": 2}),
        )
        self.assertNotIn("example.com", str(entry.data) + entry.label)
        with translation.override("ja"):  # the admin's language here
            message = translation.gettext("Exported %(rows)s sign-ups (%(format)s)") % {"rows": 2, "format": "csv"}
        self.assertContains(self.get(f"/admin/tour_sessions/history/{self.session['a'].pk}/"), message)

    @staticmethod
    def form_data(session, **changes):
        data = {
            "tour": session.tour_id,
            "starts_at": session.starts_at.strftime("%Y-%m-%d %H:%M"),
            "ends_at": session.ends_at.strftime("%Y-%m-%d %H:%M"),
            "capacity": session.capacity,
            "language": session.language,
            "meeting_point": "",
            "signup_deadline": "",
        }
        return {**data, **changes}


class FairOrganizerCommandTests(OrganizerTestCase):
    def test_the_command_makes_a_user_an_organizer_of_a_fair(self):
        user = get_user_model().objects.create_user(username="new-organizer", password="x")
        call_command("fair_organizer", "new-organizer", "fair-b", stdout=io.StringIO())
        self.client.force_login(user)
        response = self.get("/admin/tour_signups/")
        self.assertContains(response, "person-b@example.com")
        self.assertNotContains(response, "person-a@example.com")

    def test_unknown_users_and_fairs_are_reported(self):
        with self.assertRaises(CommandError):
            call_command("fair_organizer", "nobody", "fair-a", stdout=io.StringIO())
        with self.assertRaises(CommandError):
            call_command("fair_organizer", "organizer-a", "no-such-fair", stdout=io.StringIO())
