"""The visitor's sign-up pages: form, errors in the visitor's language, status, cancel link."""

from django.core import mail
from django.test import Client, override_settings
from django.utils import translation

from tests.tourism.signups import SignupTestCase
from tourism.emails import cancel_token
from tourism.models import TourSignup
from tourism.services import confirmed_seats


class SignupViewTestCase(SignupTestCase):
    capacity = 4

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.translate(cls.home, "en")
        cls.translate(cls.index, "en")
        cls.tour_en = cls.translate(cls.tour, "en", title="Pickle factory tour")

    def form_url(self, code="en", session=None):
        return f"/{code}/tours/sessions/{(session or self.session).pk}/sign-up/"

    def post(self, code="en", **changes):
        data = {
            "name": "Alex Example",
            "email": "alex@example.com",
            "party_size": "2",
            "language": code,
            "consent": "on",
            **changes,
        }
        return self.client.post(self.form_url(code), {key: value for key, value in data.items() if value is not None})

    def error_texts(self, response):
        return [node.get_text(" ", strip=True) for node in self.soup(response).select(".signup-form__error")]


class SignupFormTests(SignupViewTestCase):
    def test_the_tour_page_shows_seats_left_and_links_to_the_form(self):
        self.add_signup(3)
        response = self.get("/en/tourism/tour/")
        cell = self.soup(response).select_one("[data-seats-left]")
        self.assertEqual(cell["data-seats-left"], "1")
        self.assertContains(response, f'href="{self.form_url()}"')

    def test_the_form_defaults_to_the_page_language_and_states_the_privacy_notice(self):
        response = self.get(self.form_url("en"))
        html = self.soup(response)
        self.assertEqual(html.select_one("select[name=language] option[selected]")["value"], "en")
        self.assertEqual(
            [option["value"] for option in html.select("select[name=party_size] option")], ["1", "2", "3", "4"]
        )
        notice = html.select_one(".signup-form__privacy").get_text(" ", strip=True)
        for words in ("Purpose", "Who sees them", "deleted: 30 days after the tour"):
            self.assertIn(words, notice)
        self.assertContains(response, "Pickle factory tour")

    def test_a_sign_up_is_confirmed_and_emailed_in_the_chosen_language(self):
        with self.captureOnCommitCallbacks(execute=True):
            response = self.post("en")
        signup = TourSignup.objects.get()
        self.assertRedirects(response, f"/en/tours/sign-ups/{cancel_token(signup)}/")
        self.assertEqual((signup.status, signup.party_size, signup.language), ("confirmed", 2, "en"))
        self.assertIsNotNone(signup.consented_at)
        self.assertEqual(len(mail.outbox), 1)
        self.assertIn("Pickle factory tour", mail.outbox[0].subject)
        status = self.get(response.url)
        self.assertEqual(self.soup(status).select_one("[data-status]")["data-status"], "confirmed")

    def test_errors_are_shown_in_the_visitors_language_with_the_input_kept(self):
        response = self.post("ja", email="not-an-address", consent=None)
        self.assertEqual(response.status_code, 200)
        with translation.override("ja"):
            expected = [
                translation.gettext("Please enter a valid email address, for example name@example.com."),
                translation.gettext("Please agree to the privacy notice, or we cannot take your sign-up."),
            ]
        self.assertEqual(self.error_texts(response), expected)
        html = self.soup(response)
        self.assertEqual(html.select_one("input[name=name]")["value"], "Alex Example")
        self.assertEqual(html.select_one("input[name=email]")["value"], "not-an-address")
        self.assertFalse(TourSignup.objects.exists())

    def test_a_party_larger_than_the_tour_allows_is_refused(self):
        response = self.post(party_size="9")
        self.assertEqual(self.error_texts(response), ["A sign-up can be for 1 to 4 people."])
        self.assertFalse(TourSignup.objects.exists())

    def test_a_full_session_offers_the_waitlist_with_the_position(self):
        self.add_signup(3)
        self.add_signup(2, status="waitlisted")
        response = self.post()
        self.assertIn("waitlist at position 2", self.error_texts(response)[0])
        self.assertIsNotNone(self.soup(response).select_one("input[name=join_waitlist]"))
        self.assertEqual(self.soup(response).select_one("input[name=email]")["value"], "alex@example.com")
        response = self.post(join_waitlist="on")
        signup = TourSignup.objects.get(email="alex@example.com")
        self.assertEqual(signup.status, "waitlisted")
        status = self.get(response.url)
        self.assertIn("number 2 on the waitlist", self.soup(status).select_one("[data-status]").get_text())

    def test_the_same_email_twice_is_refused_politely(self):
        self.post()
        response = self.post(email="ALEX@example.com")
        self.assertEqual(response.status_code, 200)
        self.assertIn("already signed up", self.error_texts(response)[0])
        self.assertEqual(TourSignup.objects.count(), 1)

    def test_a_closed_session_shows_why_and_takes_no_sign_up(self):
        type(self.session).objects.filter(pk=self.session.pk).update(signups_closed=True)
        self.assertContains(self.get(self.form_url()), "Sign-ups for this session are closed.")
        response = self.post()
        self.assertEqual(response.status_code, 200)
        self.assertFalse(TourSignup.objects.exists())

    def test_the_honeypot_stores_nothing(self):
        response = self.post(website="http://spam.example")
        self.assertEqual(response.status_code, 200)
        self.assertFalse(TourSignup.objects.exists())

    @override_settings(TOUR_SIGNUP_RATE_LIMIT=2)
    def test_posts_are_rate_limited_per_client_address(self):
        for number in range(2):
            self.post(email=f"person{number}@example.com", party_size="1")
        response = self.post(email="third@example.com")
        self.assertEqual(response.status_code, 429)
        self.assertIn("Too many sign-ups", self.error_texts(response)[0])
        self.assertEqual(TourSignup.objects.count(), 2)
        other_client = self.client.post(
            self.form_url(),
            {"name": "B", "email": "b@example.com", "party_size": "1", "language": "en", "consent": "on"},
            REMOTE_ADDR="10.0.0.2",
        )
        self.assertEqual(other_client.status_code, 302)

    def test_posts_need_the_csrf_token(self):
        client = Client(enforce_csrf_checks=True)
        response = client.post(self.form_url(), {"name": "A", "email": "a@example.com", "party_size": "1"})
        self.assertEqual(response.status_code, 403)
        self.assertFalse(TourSignup.objects.exists())

    def test_an_unknown_session_is_not_found(self):
        self.get("/en/tours/sessions/999999/sign-up/", status=404)


class SignupCancelTests(SignupViewTestCase):
    def test_the_cancel_link_asks_first_then_frees_the_seats_and_promotes(self):
        signup = self.add_signup(4, language="en")
        waiting = self.add_signup(2, status="waitlisted", language="ko", email="waiting@example.com")
        url = f"/en/tours/sign-ups/{cancel_token(signup)}/cancel/"
        self.get(url)
        signup.refresh_from_db()
        self.assertEqual(signup.status, "confirmed", "a GET must not cancel")
        with self.captureOnCommitCallbacks(execute=True):
            response = self.client.post(url)
        self.assertRedirects(response, f"/en/tours/sign-ups/{cancel_token(signup)}/")
        signup.refresh_from_db()
        waiting.refresh_from_db()
        self.assertEqual((signup.status, waiting.status), ("cancelled", "confirmed"))
        self.assertEqual(confirmed_seats(self.session), 2)
        self.assertEqual(sorted(message.to[0] for message in mail.outbox), [signup.email, "waiting@example.com"])

    def test_a_tampered_link_gets_a_clear_message(self):
        signup = self.add_signup(1)
        token = cancel_token(signup)
        for bad in (token[:-2] + "xx", "nonsense", token.replace(str(signup.public_id)[:4], "0000")):
            with self.subTest(bad):
                response = self.client.post(f"/en/tours/sign-ups/{bad}/cancel/")
                self.assertContains(response, "This link does not work", status_code=404)
        signup.refresh_from_db()
        self.assertEqual(signup.status, "confirmed")
