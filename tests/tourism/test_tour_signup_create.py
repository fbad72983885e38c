import datetime

from django.core import mail
from django.utils import timezone

from tests.tourism.signups import SignupTestCase
from tourism.selectors import tour_signup_waitlist_position
from tourism.services import TourSessionFull, TourSignupError, seats_taken, tour_signup_confirm


class TourSignupCreateTests(SignupTestCase):
    capacity = 5

    def test_a_party_that_fits_is_confirmed(self):
        signup = self.sign_up(3)
        self.assertEqual(signup.status, "confirmed")
        self.assertEqual(seats_taken(self.session), 3)

    def test_a_party_of_three_with_two_seats_left_goes_to_the_waitlist(self):
        self.add_signup(3)
        signup = self.sign_up(3)
        self.assertEqual(signup.status, "waitlisted")
        self.assertEqual(tour_signup_waitlist_position(signup=signup), 1)
        self.assertEqual(seats_taken(self.session), 3)

    def test_a_smaller_party_still_takes_the_seats_left(self):
        self.add_signup(3)
        self.add_signup(4, status="waitlisted")
        self.assertEqual(self.sign_up(2).status, "confirmed")
        self.assertEqual(seats_taken(self.session), 5)

    def test_without_consent_to_the_waitlist_a_full_session_refuses_and_tells_the_position(self):
        self.add_signup(4)
        self.add_signup(2, status="waitlisted")
        with self.assertRaises(TourSessionFull) as raised:
            self.sign_up(2, join_waitlist=False)
        self.assertEqual((raised.exception.seats_left, raised.exception.position), (1, 2))
        self.assertEqual(self.session.signups.count(), 2)

    def test_waitlist_positions_follow_the_order_of_sign_up(self):
        self.add_signup(5)
        first, second = self.sign_up(1), self.sign_up(2)
        self.assertEqual(
            [tour_signup_waitlist_position(signup=signup) for signup in (first, second)],
            [1, 2],
        )

    def test_the_same_email_twice_is_refused_whatever_its_case(self):
        self.sign_up(1, email="Hanako@Example.com")
        with self.assertRaises(TourSignupError) as raised:
            self.sign_up(1, email="hanako@example.com ")
        self.assertEqual(raised.exception.code, "duplicate")
        self.assertEqual(self.session.signups.count(), 1)

    def test_after_cancelling_the_same_email_may_sign_up_again(self):
        self.add_signup(1, email="hanako@example.com", status="cancelled")
        self.assertEqual(self.sign_up(1, email="hanako@example.com").status, "confirmed")

    def test_party_size_is_between_one_and_the_tours_maximum(self):
        for size in (0, 5):
            with self.subTest(size=size), self.assertRaises(TourSignupError) as raised:
                self.sign_up(size)
            self.assertEqual(raised.exception.code, "party_size")

    def test_closed_past_and_expired_sessions_take_no_sign_ups(self):
        now = timezone.now()
        cases = {
            "closed": {"signups_closed": True},
            "deadline": {"signup_deadline": now - datetime.timedelta(minutes=1)},
            "past": {"starts_at": now - datetime.timedelta(hours=1), "ends_at": now + datetime.timedelta(hours=1)},
        }
        for code, changes in cases.items():
            with self.subTest(code):
                type(self.session).objects.filter(pk=self.session.pk).update(
                    **{"signups_closed": False, "signup_deadline": None, **changes}
                )
                with self.assertRaises(TourSignupError) as raised:
                    self.sign_up(1)
                self.assertEqual(raised.exception.code, code)
        self.assertFalse(self.session.signups.exists())

    def test_the_email_goes_out_after_commit_in_the_registrants_language_with_a_calendar_file(self):
        with self.captureOnCommitCallbacks(execute=True):
            signup = self.sign_up(2, email="visitor@example.com", language="en", confirm=False)
        with self.captureOnCommitCallbacks(execute=True):
            tour_signup_confirm(signup=signup)
        # The first email asks to confirm the address; the second, once confirmed, carries the calendar.
        self.assertEqual(len(mail.outbox), 2)
        self.assertIn("Please confirm your sign-up", mail.outbox[0].subject)
        self.assertEqual(mail.outbox[0].attachments, [])
        message = mail.outbox[1]
        self.assertEqual(message.to, ["visitor@example.com"])
        self.assertIn("Sign-up confirmed", message.subject)
        self.assertIn(f"/en/tours/sign-ups/{signup.public_id}:", message.body)
        (name, content, mimetype) = message.attachments[0]
        self.assertEqual(name, "tour.ics")
        self.assertTrue(mimetype.startswith("text/calendar"))
        start = timezone.localtime(self.session.starts_at, datetime.timezone(datetime.timedelta(hours=9)))
        self.assertIn(f"DTSTART;TZID=Asia/Tokyo:{start:%Y%m%dT%H%M%S}", content)
        self.assertIn("BEGIN:VTIMEZONE", content)

    def test_a_waitlisted_person_is_told_their_position_by_email_without_a_calendar_file(self):
        self.add_signup(5)
        with self.captureOnCommitCallbacks(execute=True):
            self.sign_up(1, language="ko")
        message = mail.outbox[0]
        self.assertIn("1", message.body)
        self.assertEqual(message.attachments, [])
