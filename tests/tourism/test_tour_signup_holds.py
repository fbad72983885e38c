"""A new sign-up holds its seats until the visitor confirms their address; holds not confirmed in time go to the waitlist."""

import datetime
from io import StringIO

from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from tests.tourism.signups import SignupTestCase
from tourism.services import seats_taken, tour_signup_confirm, tour_signup_holds_release
from tourism.tasks import release_expired_holds


class TourSignupHoldTests(SignupTestCase):
    capacity = 4

    def test_a_new_sign_up_holds_its_seats_for_the_tours_hold_hours(self):
        type(self.tour).objects.filter(pk=self.tour.pk).update(hold_hours=2)
        before = timezone.now()
        signup = self.sign_up(3, confirm=False)
        self.assertEqual(signup.status, "held")
        self.assertAlmostEqual(
            signup.hold_expires_at - before, datetime.timedelta(hours=2), delta=datetime.timedelta(minutes=1)
        )
        self.assertEqual(seats_taken(self.session), 3)
        self.assertEqual(self.sign_up(2, confirm=False).status, "waitlisted", "holds count against capacity")

    def test_a_hold_never_outlasts_the_session_start(self):
        soon = timezone.now() + datetime.timedelta(hours=3)
        type(self.session).objects.filter(pk=self.session.pk).update(
            starts_at=soon, ends_at=soon + datetime.timedelta(hours=1)
        )
        self.session.refresh_from_db()
        self.assertEqual(self.sign_up(1, confirm=False).hold_expires_at, soon)

    def test_confirming_makes_the_seats_the_visitors(self):
        signup = tour_signup_confirm(signup=self.sign_up(2, confirm=False))
        self.assertEqual((signup.status, signup.hold_expires_at), ("confirmed", None))
        self.assertIsNotNone(signup.email_confirmed_at)
        self.assertEqual(seats_taken(self.session), 2)

    def test_expired_holds_are_released_and_the_next_party_promoted(self):
        held = self.sign_up(4, confirm=False)
        waiting_confirmed = self.sign_up(2)  # waitlisted, address confirmed
        waiting_unconfirmed = self.sign_up(2, confirm=False)
        self.assertEqual((waiting_confirmed.status, waiting_unconfirmed.status), ("waitlisted", "waitlisted"))

        self.assertEqual(tour_signup_holds_release(now=held.hold_expires_at - datetime.timedelta(seconds=1)), 0)
        after_expiry = held.hold_expires_at + datetime.timedelta(seconds=1)
        with self.captureOnCommitCallbacks(execute=True):
            self.assertEqual(tour_signup_holds_release(now=after_expiry), 1)
        for signup in (held, waiting_confirmed, waiting_unconfirmed):
            signup.refresh_from_db()
        self.assertEqual(held.status, "cancelled")
        self.assertEqual(waiting_confirmed.status, "confirmed", "a confirmed address gets the seats at once")
        self.assertEqual(waiting_unconfirmed.status, "held", "an unconfirmed one gets a hold of its own")
        self.assertEqual(waiting_unconfirmed.hold_expires_at, after_expiry + datetime.timedelta(hours=24))
        # The released address was never confirmed: it gets no email; the promoted ones do.
        self.assertEqual(
            sorted(message.to[0] for message in mail.outbox),
            sorted([waiting_confirmed.email, waiting_unconfirmed.email]),
        )

    def test_a_released_hold_cannot_be_confirmed_later(self):
        held = self.sign_up(4, confirm=False)
        tour_signup_holds_release(now=held.hold_expires_at + datetime.timedelta(seconds=1))
        self.assertEqual(tour_signup_confirm(signup=held).status, "cancelled")
        self.assertEqual(seats_taken(self.session), 0)

    def test_confirming_a_waitlisted_address_keeps_its_place(self):
        self.sign_up(4)
        waiting = tour_signup_confirm(signup=self.sign_up(1, confirm=False))
        self.assertEqual(waiting.status, "waitlisted")
        self.assertIsNotNone(waiting.email_confirmed_at)

    def test_the_worker_releases_expired_holds(self):
        held = self.sign_up(4, confirm=False)
        type(held).objects.filter(pk=held.pk).update(hold_expires_at=timezone.now() - datetime.timedelta(seconds=1))
        release_expired_holds.call()
        held.refresh_from_db()
        self.assertEqual(held.status, "cancelled")

    def test_without_a_worker_an_expired_hold_gives_way_to_the_next_sign_up(self):
        held = self.sign_up(4, confirm=False)
        type(held).objects.filter(pk=held.pk).update(hold_expires_at=timezone.now() - datetime.timedelta(seconds=1))
        newcomer = self.sign_up(2, confirm=False)
        held.refresh_from_db()
        self.assertEqual((held.status, newcomer.status), ("cancelled", "held"))

    def test_cron_can_run_every_periodic_task_at_once(self):
        held = self.sign_up(4, confirm=False)
        type(held).objects.filter(pk=held.pk).update(hold_expires_at=timezone.now() - datetime.timedelta(seconds=1))
        out = StringIO()
        call_command("run_periodic_tasks", stdout=out)
        held.refresh_from_db()
        self.assertEqual(held.status, "cancelled")
        self.assertIn("release_expired_holds: 1", out.getvalue())
