"""A party may wait for any session of a tour: it is placed in whichever future session frees
seats first, and leaves the waitlist it joined."""

import datetime
import time

from django.utils import timezone

from tests.tourism.signups import SignupTestCase
from tourism.factories import TourSessionFactory
from tourism.forms import form_rendered_at_token
from tourism.models import TourSignup
from tourism.selectors import tour_signup_waitlist_position
from tourism.services import tour_session_cancel, tour_session_capacity_change, tour_signup_cancel


class AnySessionTestCase(SignupTestCase):
    capacity = 2

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        later = cls.session.starts_at + datetime.timedelta(days=7)
        cls.other = TourSessionFactory(
            tour=cls.tour, capacity=2, starts_at=later, ends_at=later + datetime.timedelta(hours=2)
        )

    def fill(self, session):
        return self.sign_up(2, session=session)


class TourSignupAnySessionTests(AnySessionTestCase):
    def test_a_party_waiting_for_any_session_is_placed_where_seats_free_first(self):
        self.fill(self.session)
        seated_other = self.fill(self.other)
        flexible = self.sign_up(2, any_session=True)
        self.assertEqual((flexible.status, flexible.any_session), ("waitlisted", True))
        tour_signup_cancel(signup=seated_other)
        flexible.refresh_from_db()
        self.assertEqual((flexible.session, flexible.status), (self.other, "confirmed"))
        self.assertFalse(self.session.signups.filter(status="waitlisted").exists(), "it left the first waitlist")
        self.assertEqual(TourSignup.objects.filter(email=flexible.email).count(), 1, "it appears once")

    def test_a_party_waiting_for_its_own_session_only_stays_there(self):
        self.fill(self.session)
        seated_other = self.fill(self.other)
        waiting = self.sign_up(2)
        tour_signup_cancel(signup=seated_other)
        waiting.refresh_from_db()
        self.assertEqual((waiting.session, waiting.status), (self.session, "waitlisted"))

    def test_the_line_is_served_in_the_order_people_joined(self):
        self.fill(self.session)
        seated_other = self.fill(self.other)
        flexible = self.sign_up(2, any_session=True)
        local = self.sign_up(2, session=self.other)
        tour_signup_cancel(signup=seated_other)
        flexible.refresh_from_db()
        local.refresh_from_db()
        self.assertEqual((flexible.status, local.status), ("confirmed", "waitlisted"))

    def test_a_session_that_has_started_keeps_its_flexible_party(self):
        self.fill(self.other)
        past = timezone.now() - datetime.timedelta(hours=1)
        flexible = self.sign_up(1, session=self.other, any_session=True, join_waitlist=True)
        type(self.other).objects.filter(pk=self.other.pk).update(
            starts_at=past, ends_at=past + datetime.timedelta(hours=3)
        )
        seated = self.fill(self.session)
        tour_signup_cancel(signup=seated)
        flexible.refresh_from_db()
        self.assertEqual(flexible.session, self.other)

    def test_an_address_already_signed_up_there_is_skipped(self):
        seated = self.fill(self.session)
        self.fill(self.other)
        flexible = self.sign_up(1, session=self.other, email="both@example.org", any_session=True)
        self.sign_up(1, email="both@example.org")  # waitlisted here as well, joined later
        tour_signup_cancel(signup=seated)
        flexible.refresh_from_db()
        self.assertEqual(flexible.session, self.other)

    def test_in_offer_mode_the_flexible_party_is_offered_the_seats(self):
        type(self.tour).objects.filter(pk=self.tour.pk).update(promotion_mode="offer")
        self.fill(self.session)
        seated_other = self.fill(self.other)
        flexible = self.sign_up(2, any_session=True)
        tour_signup_cancel(signup=seated_other)
        flexible.refresh_from_db()
        self.assertEqual((flexible.session, flexible.status), (self.other, "offered"))
        self.assertIsNone(tour_signup_waitlist_position(signup=flexible))

    def test_cancelling_a_placed_party_frees_seats_in_the_session_it_moved_to(self):
        self.fill(self.session)
        seated_other = self.fill(self.other)
        flexible = self.sign_up(2, any_session=True)
        next_in_other = self.sign_up(2, session=self.other)
        tour_signup_cancel(signup=seated_other)
        stale = TourSignup.objects.get(pk=flexible.pk)
        stale.session = self.session  # as read before it was moved
        tour_signup_cancel(signup=stale)
        next_in_other.refresh_from_db()
        self.assertEqual(next_in_other.status, "confirmed")

    def test_a_cancelled_session_takes_nobody_from_the_other_sessions(self):
        self.fill(self.session)
        self.fill(self.other)
        flexible = self.sign_up(1, session=self.other, any_session=True)
        tour_session_cancel(
            session=self.session, texts={"subject_ja": "中止", "body_ja": "雨天のため中止します。"}, user=None
        )
        tour_session_capacity_change(session=self.session, capacity=5)
        flexible.refresh_from_db()
        self.assertEqual((flexible.session, flexible.status), (self.other, "waitlisted"))


class AnySessionFormTests(AnySessionTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.translate(cls.home, "en")
        cls.translate(cls.index, "en")
        cls.translate(cls.tour, "en")

    def test_a_full_session_offers_the_any_session_box_and_records_the_choice(self):
        self.fill(self.session)
        url = f"/en/tours/sessions/{self.session.pk}/sign-up/"
        response = self.get(url)
        self.assertContains(response, 'name="any_session"')
        response = self.client.post(
            url,
            {
                "name": "Alex Example",
                "email": "alex@example.com",
                "party_size": "1",
                "language": "en",
                "consent": "on",
                "any_session": "on",
                "rendered_at": form_rendered_at_token(time.time() - 10),
            },
        )
        self.assertRedirects(response, f"/en/tours/sessions/{self.session.pk}/sign-up/sent/")
        signup = TourSignup.objects.get(email="alex@example.com")
        self.assertEqual((signup.status, signup.any_session), ("waitlisted", True))
