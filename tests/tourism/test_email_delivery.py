"""Sign-up emails: recorded with the change they tell about, retried with growing delays, their state shown to organizers."""

import datetime
import smtplib
from unittest import mock

from django.core import mail
from django.utils import timezone, translation

from tests.tourism.signups import SignupTestCase
from tourism.choices import EmailDeliveryState
from tourism.email_delivery import RETRY_DELAYS, signup_email_deliver, signup_emails_due
from tourism.models import TourSignupEmail
from tourism.services import tour_signup_cancel
from tourism.tasks import retry_signup_emails

SEND = "django.core.mail.message.EmailMessage.send"


def refused(*args, **kwargs):
    raise smtplib.SMTPRecipientsRefused({"taro@example.org": (550, b"mailbox unavailable taro@example.org")})


class EmailDeliveryTests(SignupTestCase):
    capacity = 4

    def sign_up_while_mail_fails(self, **kwargs):
        with (
            mock.patch(SEND, side_effect=refused),
            self.assertLogs("tourism.email_delivery", "WARNING"),
            self.captureOnCommitCallbacks(execute=True),
        ):
            return self.sign_up(1, confirm=False, **kwargs)

    def test_a_sign_up_records_its_email_as_sent(self):
        with self.captureOnCommitCallbacks(execute=True):
            signup = self.sign_up(2, confirm=False)
        email = signup.emails.get()
        self.assertEqual((email.kind, email.state, email.attempts), ("signup", "sent", 1))
        self.assertEqual([message.to for message in mail.outbox], [[signup.email]])

    def test_a_failed_send_is_retried_with_growing_delays_then_given_up(self):
        with mock.patch(SEND, side_effect=refused), self.assertLogs("tourism.email_delivery", "WARNING") as logs:
            with self.captureOnCommitCallbacks(execute=True):
                signup = self.sign_up(1, confirm=False)
            email = signup.emails.get()
            delays = []
            for _attempt in RETRY_DELAYS:
                email.refresh_from_db()
                self.assertEqual(email.state, "retrying")
                delays.append(email.next_attempt_at - email.updated_at)
                self.assertEqual(signup_emails_due(now=email.next_attempt_at - datetime.timedelta(seconds=1)), [])
                signup_email_deliver(email_id=email.pk, now=email.next_attempt_at)
        email.refresh_from_db()
        self.assertEqual((email.state, email.attempts), ("failed", len(RETRY_DELAYS) + 1))
        self.assertEqual(delays, sorted(delays))
        self.assertEqual(mail.outbox, [])
        # The log names the email and the error's type, never the address.
        self.assertFalse([line for line in logs.output if "taro@" in line or "mailbox" in line])
        self.assertIn("SMTPRecipientsRefused", logs.output[0])

    def test_the_periodic_task_sends_the_emails_that_are_due(self):
        signup = self.sign_up_while_mail_fails()
        TourSignupEmail.objects.update(next_attempt_at=timezone.now() - datetime.timedelta(seconds=1))
        retry_signup_emails.call()
        email = signup.emails.get()
        self.assertEqual((email.state, email.attempts), ("sent", 2))
        self.assertEqual(len(mail.outbox), 1)

    def test_an_email_is_sent_once_even_if_two_workers_pick_it(self):
        signup = self.sign_up_while_mail_fails()
        email = signup.emails.get()
        now = email.next_attempt_at
        self.assertEqual(signup_email_deliver(email_id=email.pk, now=now), "sent")
        self.assertIsNone(signup_email_deliver(email_id=email.pk, now=now))
        self.assertEqual(len(mail.outbox), 1)

    def test_a_send_that_died_half_way_is_tried_again_later(self):
        with self.captureOnCommitCallbacks(execute=False):
            signup = self.sign_up(1, confirm=False)
        email = signup.emails.get()
        started = timezone.now() - datetime.timedelta(hours=1)
        TourSignupEmail.objects.filter(pk=email.pk).update(state="sending", updated_at=started)
        self.assertEqual(signup_emails_due(), [email.pk])
        self.assertEqual(signup_email_deliver(email_id=email.pk), "sent")

    def test_promotion_and_cancellation_emails_are_recorded(self):
        with self.captureOnCommitCallbacks(execute=True):
            first = self.sign_up(self.capacity)
            waiting = self.sign_up(1)
        with self.captureOnCommitCallbacks(execute=True):
            tour_signup_cancel(signup=first)
        self.assertEqual(
            list(first.emails.values_list("kind", "state")),
            [("signup", "sent"), ("confirmation", "sent"), ("cancellation", "sent")],
        )
        self.assertEqual(list(waiting.emails.values_list("kind", "state")), [("signup", "sent"), ("promotion", "sent")])

    def test_organizers_see_the_state_of_the_latest_email(self):
        self.sign_up_while_mail_fails(email="failing@example.org")
        with self.captureOnCommitCallbacks(execute=True):
            self.sign_up(1, email="working@example.org", confirm=False)
        self.client.force_login(self.create_superuser())
        response = self.get("/admin/tour_signups/")
        rows = [row.get_text(" ", strip=True) for row in self.soup(response).select("tbody tr")]
        with translation.override("ja"):  # the admin's language here
            expected = {
                "failing@example.org": str(EmailDeliveryState.RETRYING.label),
                "working@example.org": str(EmailDeliveryState.SENT.label),
            }
        for address, state in expected.items():
            [row] = [row for row in rows if address in row]
            self.assertIn(state, row)
