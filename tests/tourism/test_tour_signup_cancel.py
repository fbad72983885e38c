from django.core import mail
from django.utils import translation

from tests.tourism.signups import SignupTestCase
from tourism.services import seats_taken, tour_signup_cancel


class TourSignupCancelTests(SignupTestCase):
    capacity = 5

    def test_cancelling_frees_the_seats(self):
        signup = self.add_signup(3)
        self.assertEqual(tour_signup_cancel(signup=signup), [])
        signup.refresh_from_db()
        self.assertEqual(signup.status, "cancelled")
        self.assertIsNotNone(signup.cancelled_at)
        self.assertEqual(seats_taken(self.session), 0)

    def test_promotion_skips_a_party_that_does_not_fit_and_takes_the_next_that_does(self):
        leaving = self.add_signup(2)
        self.add_signup(3)
        too_big = self.add_signup(4, status="waitlisted")
        fits = self.add_signup(2, status="waitlisted")
        later = self.add_signup(1, status="waitlisted")
        promoted = tour_signup_cancel(signup=leaving)
        self.assertEqual([signup.pk for signup in promoted], [fits.pk])
        too_big.refresh_from_db()
        later.refresh_from_db()
        self.assertEqual((too_big.status, later.status), ("waitlisted", "waitlisted"))
        self.assertEqual(seats_taken(self.session), 5)

    def test_promotion_takes_several_parties_in_order_while_seats_remain(self):
        leaving = self.add_signup(5)
        first, second, third = (self.add_signup(size, status="waitlisted") for size in (2, 3, 1))
        promoted = tour_signup_cancel(signup=leaving)
        self.assertEqual([signup.pk for signup in promoted], [first.pk, second.pk])
        self.assertEqual(seats_taken(self.session), 5)
        third.refresh_from_db()
        self.assertEqual(third.status, "waitlisted")

    def test_cancelling_a_waitlisted_sign_up_promotes_nobody(self):
        self.add_signup(4)
        self.add_signup(2, status="waitlisted")
        leaving = self.add_signup(1, status="waitlisted")
        self.assertEqual(tour_signup_cancel(signup=leaving), [])

    def test_cancelling_twice_changes_nothing(self):
        signup = self.add_signup(5)
        self.add_signup(1, status="waitlisted")
        tour_signup_cancel(signup=signup)
        self.assertEqual(tour_signup_cancel(signup=signup), [])
        self.assertEqual(seats_taken(self.session), 1)

    def test_each_promoted_person_gets_an_email_in_their_own_language(self):
        leaving = self.add_signup(5, language="ja", email="leaving@example.com")
        self.add_signup(2, status="waitlisted", language="en", email="first@example.com")
        self.add_signup(3, status="waitlisted", language="ko", email="second@example.com")
        with self.captureOnCommitCallbacks(execute=True):
            tour_signup_cancel(signup=leaving)
        by_address = {message.to[0]: message for message in mail.outbox}
        self.assertEqual(set(by_address), {"leaving@example.com", "first@example.com", "second@example.com"})
        self.assertIn("A seat is yours", by_address["first@example.com"].subject)
        self.assertIn("/en/tours/sign-ups/", by_address["first@example.com"].body)
        self.assertIn("/ko/tours/sign-ups/", by_address["second@example.com"].body)
        with translation.override("ko"):
            korean_subject = translation.gettext("A seat is yours: %(title)s") % {"title": self.tour.title}
        self.assertEqual(by_address["second@example.com"].subject, korean_subject)
        self.assertNotIn("A seat is yours", korean_subject)
        # The calendar file, and the QR code for check-in now that the seat is confirmed.
        attachment_names = sorted(name for name, _content, _type in by_address["second@example.com"].attachments)
        self.assertEqual(attachment_names, ["check-in.png", "tour.ics"])
