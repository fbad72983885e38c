"""The visitor's sign-up pages: form, errors in the visitor's language, status, cancel link."""

import logging
import re
import time

from django.contrib.contenttypes.models import ContentType
from django.core import mail
from django.test import Client, modify_settings, override_settings
from django.utils import translation

from wagtail.models import ReferenceIndex

from tests.tourism.signups import SignupTestCase
from tourism.emails import cancel_token
from tourism.factories import TourSignupFactory
from tourism.forms import form_rendered_at_token
from tourism.models import TourSignup
from tourism.services import seats_taken

CONFIRM_LINK = re.compile(r"https?://\S+/tours/sign-ups/[^/\s]+/confirm/$", re.MULTILINE)
STATUS_LINK = re.compile(r"https?://\S+/tours/sign-ups/[^/\s]+/$", re.MULTILINE)


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

    def post(self, code="en", client=None, seconds_after_render=10, **changes):
        data = {
            "name": "Alex Example",
            "email": "alex@example.com",
            "party_size": "2",
            "language": code,
            "consent": "on",
            "rendered_at": form_rendered_at_token(time.time() - seconds_after_render),
            **changes,
        }
        data = {key: value for key, value in data.items() if value is not None}
        return (client or self.client).post(self.form_url(code), data)

    def sent_url(self, code="en"):
        return f"/{code}/tours/sessions/{self.session.pk}/sign-up/sent/"

    def status_link(self, message):
        """The status page's path, from the link in an email."""
        return "/" + STATUS_LINK.search(message.body).group().split("/", 3)[3]

    def error_texts(self, response):
        """The form's errors: those of no one field (in the summary at the top), then each field's."""
        selector = ".error-summary__message, .signup-form__error"
        return [node.get_text(" ", strip=True) for node in self.soup(response).select(selector)]


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

    def test_a_sign_up_holds_its_seats_until_the_emailed_link_confirms_it(self):
        with self.captureOnCommitCallbacks(execute=True):
            response = self.post("en")
        signup = TourSignup.objects.get()
        self.assertRedirects(response, self.sent_url())
        self.assertEqual((signup.status, signup.party_size, signup.language), ("held", 2, "en"))
        self.assertIsNotNone(signup.consented_at)
        self.assertEqual(seats_taken(self.session), 2, "a hold counts against capacity")
        [message] = mail.outbox
        self.assertIn("Pickle factory tour", message.subject)
        self.assertEqual(self.status_link(message), f"/en/tours/sign-ups/{cancel_token(signup)}/")
        confirm_path = "/" + CONFIRM_LINK.search(message.body).group().split("/", 3)[3]
        self.assertEqual(confirm_path, f"/en/tours/sign-ups/{cancel_token(signup)}/confirm/")

        self.assertContains(self.get(confirm_path), "Confirm my sign-up")
        signup.refresh_from_db()
        self.assertEqual(signup.status, "held", "a GET (a mail scanner) must not confirm")
        with self.captureOnCommitCallbacks(execute=True):
            self.assertRedirects(self.client.post(confirm_path), self.status_link(message))
        signup.refresh_from_db()
        self.assertEqual(signup.status, "confirmed")
        self.assertIsNotNone(signup.email_confirmed_at)
        self.assertEqual(len(mail.outbox), 2)
        self.assertIn("Sign-up confirmed", mail.outbox[1].subject)
        self.assertEqual(mail.outbox[1].attachments[0][0], "tour.ics")
        status = self.get(self.status_link(message))
        self.assertEqual(self.soup(status).select_one("[data-status]")["data-status"], "confirmed")

    def test_a_released_hold_says_so_on_the_confirm_page(self):
        signup = self.add_signup(2, status="cancelled", email_confirmed_at=None)
        response = self.get(f"/en/tours/sign-ups/{cancel_token(signup)}/confirm/")
        self.assertContains(response, "its seats were not confirmed in time")
        self.client.post(f"/en/tours/sign-ups/{cancel_token(signup)}/confirm/")
        signup.refresh_from_db()
        self.assertEqual(signup.status, "cancelled")

    def test_the_sent_page_says_where_the_details_went(self):
        response = self.get(self.sent_url())
        self.assertEqual(self.soup(response).select_one("[data-status]")["data-status"], "sent")
        self.assertContains(response, "Pickle factory tour")

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
        with self.captureOnCommitCallbacks(execute=True):
            self.post(join_waitlist="on")
        signup = TourSignup.objects.get(email="alex@example.com")
        self.assertEqual(signup.status, "waitlisted")
        status = self.get(self.status_link(mail.outbox[-1]))
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

    def test_a_filled_honeypot_gets_the_answer_of_a_sign_up_and_stores_nothing(self):
        with self.captureOnCommitCallbacks(execute=True):
            response = self.post(website="http://spam.example")
        self.assertRedirects(response, self.sent_url())
        self.assertFalse(TourSignup.objects.exists())
        self.assertEqual(mail.outbox, [])

    def test_a_post_sooner_than_a_person_can_type_is_treated_as_a_bot(self):
        for rendered_at in (form_rendered_at_token(time.time() - 1), "", "forged", None):
            with self.subTest(rendered_at=rendered_at):
                response = self.post(rendered_at=rendered_at)
                self.assertRedirects(response, self.sent_url())
        self.assertFalse(TourSignup.objects.exists())

    def test_an_incomplete_form_sent_at_once_shows_its_errors(self):
        response = self.post(email="not-an-address", seconds_after_render=0)
        self.assertEqual(response.status_code, 200)
        self.assertIn("Please enter a valid email address, for example name@example.com.", self.error_texts(response))

    def test_the_form_carries_its_signed_render_time(self):
        field = self.soup(self.get(self.form_url())).select_one("input[name=rendered_at]")
        self.assertEqual(field["type"], "hidden")
        self.assertEqual(self.post(rendered_at=field["value"]).status_code, 302)
        self.assertFalse(TourSignup.objects.exists(), "posted at once: taken for a bot")

    @override_settings(TOUR_SIGNUP_RATE_LIMIT=2)
    def test_posts_are_rate_limited_per_client_address(self):
        for number in range(2):
            self.post(email=f"person{number}@example.com", party_size="1")
        response = self.post(email="third@example.com")
        self.assertEqual(response.status_code, 429)
        self.assertIn("Too many sign-ups", self.error_texts(response)[0])
        self.assertEqual(TourSignup.objects.count(), 2)
        other_client = Client(REMOTE_ADDR="10.0.0.2")
        self.assertEqual(self.post(client=other_client, email="b@example.com", party_size="1").status_code, 302)
        self.assertEqual(TourSignup.objects.count(), 3)

    @override_settings(TOUR_SIGNUP_RATE_LIMIT=2, TRUSTED_PROXY_COUNT=1)
    def test_two_visitors_behind_one_proxy_are_limited_separately(self):
        def visitor(address):
            return Client(REMOTE_ADDR="10.9.9.9", HTTP_X_FORWARDED_FOR=address)

        for number in range(2):
            self.post(client=visitor("203.0.113.7"), email=f"first{number}@example.com", party_size="1")
        self.assertEqual(self.post(client=visitor("203.0.113.7"), email="first9@example.com").status_code, 429)
        # A visitor cannot escape the limit by writing their own X-Forwarded-For entry in front.
        spoofed = visitor("198.51.100.1, 203.0.113.7")
        self.assertEqual(self.post(client=spoofed, email="first8@example.com").status_code, 429)
        second = self.post(client=visitor("203.0.113.8"), email="second@example.com", party_size="1")
        self.assertEqual(second.status_code, 302)
        self.assertEqual(TourSignup.objects.count(), 3)

    @modify_settings(MIDDLEWARE={"prepend": "core.request_logging.RequestLogMiddleware"})
    def test_no_log_line_holds_a_sign_up_link(self):
        with self.assertLogs(level=logging.DEBUG) as logs:
            with self.captureOnCommitCallbacks(execute=True):
                self.post()
            status_path = self.status_link(mail.outbox[0])
            self.get(status_path)
            self.get(status_path + "cancel/")
            self.client.post(status_path + "cancel/")
        token = cancel_token(TourSignup.objects.get())
        self.assertEqual(TourSignup.objects.get().status, "cancelled")
        paths = [getattr(record, "path", "") for record in logs.records]
        self.assertIn("/en/tours/sign-ups/<token>/cancel/", paths)
        self.assertFalse([line for line in logs.output if token in line or token.split(":")[0] in line])

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
        self.assertEqual(seats_taken(self.session), 2)
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


class SignupPartyReduceTests(SignupViewTestCase):
    def party_url(self, signup):
        return f"/en/tours/sign-ups/{cancel_token(signup)}/party/"

    def test_fewer_people_free_seats_at_once_for_the_waitlist(self):
        signup = self.add_signup(4, language="en")
        waiting = self.add_signup(2, status="waitlisted", email="waiting@example.com")
        form = self.soup(self.get(f"/en/tours/sign-ups/{cancel_token(signup)}/")).select_one("form[action$='/party/']")
        self.assertEqual([option["value"] for option in form.select("option")], ["1", "2", "3"])
        with self.captureOnCommitCallbacks(execute=True):
            response = self.client.post(self.party_url(signup), {"party_size": "2"})
        self.assertRedirects(response, f"/en/tours/sign-ups/{cancel_token(signup)}/")
        signup.refresh_from_db()
        waiting.refresh_from_db()
        self.assertEqual((signup.party_size, waiting.status), (2, "confirmed"))
        self.assertEqual(seats_taken(self.session), 4)
        self.assertEqual([message.to for message in mail.outbox], [["waiting@example.com"]])

    def test_a_party_cannot_grow_and_a_cancelled_sign_up_cannot_change(self):
        signup = self.add_signup(2, language="en")
        response = self.client.post(self.party_url(signup), {"party_size": "3"})
        self.assertEqual(response.status_code, 400)
        self.assertEqual(self.error_texts(response), ["Choose from 1 to 1 people."])
        cancelled = self.add_signup(3, status="cancelled", email="gone@example.com")
        self.assertEqual(self.client.post(self.party_url(cancelled), {"party_size": "1"}).status_code, 400)
        signup.refresh_from_db()
        cancelled.refresh_from_db()
        self.assertEqual((signup.party_size, cancelled.party_size), (2, 3))

    def test_a_party_of_one_is_offered_no_change(self):
        signup = self.add_signup(1, language="en")
        self.assertIsNone(
            self.soup(self.get(f"/en/tours/sign-ups/{cancel_token(signup)}/")).select_one("form[action$='/party/']")
        )


class SignupListRequestTests(SignupViewTestCase):
    url = "/en/tours/my-sign-ups/"

    def test_the_list_goes_to_the_address_itself_and_the_page_tells_nothing(self):
        first = self.add_signup(2, email="alex@example.com", language="en")
        other_session = type(self.session).objects.create(
            tour=self.tour, starts_at=self.session.starts_at, ends_at=self.session.ends_at, capacity=5
        )
        second = TourSignupFactory(session=other_session, email="alex@example.com", status="waitlisted")
        self.add_signup(1, email="alex-old@example.com", status="cancelled")
        self.assertContains(self.get(self.form_url()), f'href="{self.url}"')
        with self.captureOnCommitCallbacks(execute=True):
            known = self.client.post(self.url, {"email": " ALEX@example.com "})
            unknown = self.client.post(self.url, {"email": "nobody@example.com"})
        self.assertEqual(self.soup(known).select_one("[data-status]")["data-status"], "list-sent")
        self.assertEqual(
            self.soup(known).select_one("main").get_text(), self.soup(unknown).select_one("main").get_text()
        )
        [message] = mail.outbox
        self.assertEqual(message.to, ["alex@example.com"])
        links = set(re.findall(r"https?://\S+/tours/sign-ups/[^/\s]+/", message.body))
        self.assertEqual(
            {link.split("/", 3)[3] for link in links},
            {f"{s.language}/tours/sign-ups/{cancel_token(s)}/" for s in (first, second)},
        )

    def test_a_bad_address_gets_a_message(self):
        response = self.client.post(self.url, {"email": "not-an-address"})
        self.assertEqual(response.status_code, 200)
        self.assertEqual(
            self.error_texts(response), ["Please enter a valid email address, for example name@example.com."]
        )
        self.assertEqual(mail.outbox, [])


class SignupCostTests(SignupViewTestCase):
    def test_a_sign_up_adds_nothing_to_the_content_usage_index(self):
        # The index lists where pages, snippets and images are used. A sign-up is none of
        # those; indexing it cost a lookup and an insert per save, and kept a row per person.
        with self.captureOnCommitCallbacks(execute=True):
            response = self.post("ja")
        self.assertEqual(response.status_code, 302)
        self.assertTrue(TourSignup.objects.exists())
        recorded = ReferenceIndex.objects.filter(content_type=ContentType.objects.get_for_model(TourSignup))
        self.assertFalse(recorded.exists())
