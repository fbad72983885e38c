"""Offer mode: freed seats are offered to the first waitlisted party that fits, to claim within
the tour's offer_hours; unclaimed or declined offers pass to the next party."""

import datetime
import re

from django.core import mail
from django.utils import timezone, translation

from tests.tourism.signups import SignupTestCase
from tourism.emails import cancel_token
from tourism.services import (
    TourSignupError,
    seats_taken,
    tour_session_capacity_change,
    tour_signup_cancel,
    tour_signup_holds_release,
    tour_signup_offer_claim,
    tour_signup_offers_expire,
    tour_signup_party_reduce,
)
from tourism.tasks import expire_seat_offers

CLAIM_LINK = re.compile(r"https?://\S+/tours/sign-ups/[^/\s]+/claim/$", re.MULTILINE)


class OfferTestCase(SignupTestCase):
    capacity = 4

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        type(cls.tour).objects.filter(pk=cls.tour.pk).update(promotion_mode="offer", offer_hours=6)
        cls.tour.refresh_from_db()

    def full_session_with_waitlist(self, *sizes, language="ja"):
        """A confirmed party of 4 fills the session; parties of `sizes` wait in that order."""
        seated = self.sign_up(4)
        waiting = [self.sign_up(size, language=language) for size in sizes]
        self.assertEqual({signup.status for signup in waiting}, {"waitlisted"})
        return seated, waiting

    def reload(self, *signups):
        for signup in signups:
            signup.refresh_from_db()


class TourSignupOfferTests(OfferTestCase):
    def test_a_freed_seat_is_offered_not_given_and_the_offer_counts_against_capacity(self):
        seated, (first, second) = self.full_session_with_waitlist(2, 2)
        before = timezone.now()
        tour_signup_cancel(signup=seated)
        self.reload(first, second)
        self.assertEqual((first.status, second.status), ("offered", "offered"))
        self.assertAlmostEqual(
            first.offer_expires_at - before, datetime.timedelta(hours=6), delta=datetime.timedelta(minutes=1)
        )
        self.assertEqual(seats_taken(self.session), 4, "offered seats are not free for anyone else")
        self.assertEqual(self.sign_up(1).status, "waitlisted")

    def test_the_automatic_mode_still_confirms_at_once(self):
        type(self.tour).objects.filter(pk=self.tour.pk).update(promotion_mode="automatic")
        seated, (waiting,) = self.full_session_with_waitlist(2)
        tour_signup_cancel(signup=seated)
        self.reload(waiting)
        self.assertEqual(waiting.status, "confirmed")

    def test_a_party_gets_all_its_seats_or_none(self):
        seated, (four, two) = self.full_session_with_waitlist(4, 2)
        tour_signup_party_reduce(signup=seated, party_size=2)
        self.reload(four, two)
        self.assertEqual((four.status, two.status), ("waitlisted", "offered"))

    def test_the_offer_email_is_in_the_registrants_language_with_claim_and_decline_links(self):
        seated, (waiting,) = self.full_session_with_waitlist(2, language="en")
        mail.outbox.clear()
        with self.captureOnCommitCallbacks(execute=True):
            tour_signup_cancel(signup=seated)
        (offer,) = [message for message in mail.outbox if message.to == [waiting.email]]
        self.assertIn("Seats offered to you", offer.subject)
        claim = CLAIM_LINK.search(offer.body).group()
        self.assertTrue(claim.endswith(f"/en/tours/sign-ups/{cancel_token(waiting)}/claim/"))
        self.assertIn(f"/en/tours/sign-ups/{cancel_token(waiting)}/cancel/", offer.body)
        self.assertNotIn("calendar", offer.body.lower(), "no seats are theirs yet")

    def test_claiming_in_time_confirms_the_seats(self):
        seated, (waiting,) = self.full_session_with_waitlist(2)
        tour_signup_cancel(signup=seated)
        claimed = tour_signup_offer_claim(signup=waiting)
        self.assertEqual((claimed.status, claimed.offer_expires_at), ("confirmed", None))
        self.assertIsNotNone(claimed.email_confirmed_at, "the claim link came by email, like the confirm link")

    def test_claiming_after_the_window_is_refused_and_the_seats_pass_on(self):
        seated, (first, second) = self.full_session_with_waitlist(4, 4)
        tour_signup_cancel(signup=seated)
        self.reload(first)
        with self.assertRaises(TourSignupError) as refused:
            tour_signup_offer_claim(signup=first, now=first.offer_expires_at + datetime.timedelta(seconds=1))
        self.assertEqual(refused.exception.code, "offer_expired")
        self.reload(first, second)
        self.assertEqual((first.status, second.status), ("cancelled", "offered"))

    def test_the_worker_passes_unclaimed_offers_to_the_next_party_that_fits(self):
        seated, (first, too_big, fits) = self.full_session_with_waitlist(3, 4, 1)
        tour_signup_party_reduce(signup=seated, party_size=1)
        self.reload(first, too_big, fits)
        self.assertEqual((first.status, too_big.status, fits.status), ("offered", "waitlisted", "waitlisted"))
        self.assertEqual(tour_signup_offers_expire(now=first.offer_expires_at - datetime.timedelta(seconds=1)), 0)
        self.assertEqual(tour_signup_offers_expire(now=first.offer_expires_at), 1)
        self.reload(first, too_big, fits)
        self.assertEqual((first.status, too_big.status, fits.status), ("cancelled", "waitlisted", "offered"))

    def test_the_periodic_task_expires_offers(self):
        seated, (waiting,) = self.full_session_with_waitlist(2)
        tour_signup_cancel(signup=seated)
        type(waiting).objects.filter(pk=waiting.pk).update(offer_expires_at=timezone.now())
        self.assertEqual(expire_seat_offers.call(), 1)
        self.reload(waiting)
        self.assertEqual(waiting.status, "cancelled")

    def test_declining_passes_the_seats_on_at_once(self):
        seated, (first, second) = self.full_session_with_waitlist(4, 4)
        tour_signup_cancel(signup=seated)
        self.reload(first)
        tour_signup_cancel(signup=first)
        self.reload(second)
        self.assertEqual(second.status, "offered")

    def test_an_offer_never_outlasts_the_session_start(self):
        soon = timezone.now() + datetime.timedelta(hours=2)
        type(self.session).objects.filter(pk=self.session.pk).update(
            starts_at=soon, ends_at=soon + datetime.timedelta(hours=1)
        )
        seated, (waiting,) = self.full_session_with_waitlist(2)
        tour_signup_cancel(signup=seated)
        self.reload(waiting)
        self.assertEqual(waiting.offer_expires_at, soon)

    def test_raising_the_capacity_and_releasing_holds_make_offers(self):
        seated, (first, second) = self.full_session_with_waitlist(2, 2)
        tour_session_capacity_change(session=self.session, capacity=6)
        self.reload(first, second)
        self.assertEqual((first.status, second.status), ("offered", "waitlisted"))
        held_session_signup = self.sign_up(1, confirm=False)  # waitlisted: the session is full with the offer
        self.assertEqual(held_session_signup.status, "waitlisted")
        type(first).objects.filter(pk=first.pk).update(status="held", hold_expires_at=timezone.now())
        tour_signup_holds_release()
        self.reload(second)
        self.assertEqual(second.status, "offered")


class OfferClaimPageTests(OfferTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.translate(cls.home, "en")
        cls.translate(cls.index, "en")
        cls.translate(cls.tour, "en", title="Pickle factory tour")

    def offered(self, language="en"):
        seated, (waiting,) = self.full_session_with_waitlist(2, language=language)
        tour_signup_cancel(signup=seated)
        waiting.refresh_from_db()
        return waiting, f"/{language}/tours/sign-ups/{cancel_token(waiting)}/claim/"

    def test_the_claim_link_asks_first_then_confirms(self):
        waiting, url = self.offered()
        response = self.get(url)
        self.assertContains(response, "Take the seats")
        self.assertContains(response, "Decline the offer")
        waiting.refresh_from_db()
        self.assertEqual(waiting.status, "offered", "a mail scanner following the link claims nothing")
        response = self.client.post(url)
        self.assertRedirects(response, f"/en/tours/sign-ups/{cancel_token(waiting)}/")
        waiting.refresh_from_db()
        self.assertEqual(waiting.status, "confirmed")

    def test_the_status_page_offers_the_claim_button(self):
        waiting, _url = self.offered()
        response = self.get(f"/en/tours/sign-ups/{cancel_token(waiting)}/")
        self.assertContains(response, "Seats are offered to you")
        self.assertContains(response, f'action="/en/tours/sign-ups/{cancel_token(waiting)}/claim/"')

    def test_claiming_too_late_says_so_in_the_visitors_language(self):
        waiting, url = self.offered(language="ko")
        type(waiting).objects.filter(pk=waiting.pk).update(offer_expires_at=timezone.now())
        response = self.client.post(url)
        self.assertEqual(response.status_code, 409)
        with translation.override("ko"):
            expected = translation.gettext(
                "This offer has expired or was declined: the seats have gone to the next person on the waitlist."
            )
        self.assertNotEqual(
            expected, "This offer has expired or was declined: the seats have gone to the next person on the waitlist."
        )
        self.assertContains(response, expected, status_code=409)
        waiting.refresh_from_db()
        self.assertEqual(waiting.status, "cancelled")

    def test_a_tampered_claim_link_is_refused(self):
        self.get("/en/tours/sign-ups/not-a-token/claim/", status=404)
