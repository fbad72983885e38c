"""A reminder TOUR_SIGNUP_REMINDER_HOURS before the session, in the registrant's language, never twice."""

import datetime

from django.core import mail
from django.test import override_settings
from django.utils import timezone, translation

from tests.tourism.signups import SignupTestCase
from tourism.factories import TourSessionFactory
from tourism.services import tour_signup_reminders_queue
from tourism.tasks import send_session_reminders


@override_settings(TOUR_SIGNUP_REMINDER_HOURS=48)
class TourSignupReminderTests(SignupTestCase):
    capacity = 4

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        starts_at = timezone.now() + datetime.timedelta(days=10)
        cls.session = TourSessionFactory(
            tour=cls.tour, capacity=4, starts_at=starts_at, ends_at=starts_at + datetime.timedelta(hours=2)
        )

    def queue(self, hours_before):
        with self.captureOnCommitCallbacks(execute=True):
            return tour_signup_reminders_queue(now=self.session.starts_at - datetime.timedelta(hours=hours_before))

    def test_the_reminder_goes_out_once_in_the_registrants_language_with_the_calendar_and_cancel_link(self):
        signup = self.add_signup(2, language="ko")
        self.assertEqual(self.queue(49), 0, "not yet")
        self.assertEqual(self.queue(47), 1)
        self.assertEqual(self.queue(46), 0, "never twice")
        self.assertEqual(self.queue(1), 0)
        [message] = mail.outbox
        with translation.override("ko"):
            reminder = translation.gettext("Reminder: %(title)s on %(date)s").split(":")[0]
            meeting_point = translation.gettext("Meeting point")
        self.assertIn(reminder, message.subject)
        self.assertIn(meeting_point, message.body)
        self.assertIn("/ko/tours/sign-ups/", message.body)
        self.assertIn("/cancel/", message.body)
        self.assertEqual(message.attachments[0][0], "tour.ics")
        self.assertEqual(list(signup.emails.values_list("kind", "state")), [("reminder", "sent")])

    def test_only_confirmed_sign_ups_made_before_the_window_are_reminded(self):
        self.add_signup(1, status="waitlisted")
        self.add_signup(1, status="cancelled")
        self.add_signup(1, status="held", email_confirmed_at=None)
        self.assertEqual(self.queue(47), 0)
        late = self.add_signup(1)
        type(late).objects.filter(pk=late.pk).update(created_at=self.session.starts_at - datetime.timedelta(hours=30))
        self.assertEqual(self.queue(20), 0, "a sign-up made inside the window has just had its confirmation")

    def test_past_sessions_are_not_reminded(self):
        self.add_signup(1)
        with self.captureOnCommitCallbacks(execute=True):
            self.assertEqual(tour_signup_reminders_queue(now=self.session.starts_at + datetime.timedelta(minutes=1)), 0)

    def test_the_worker_sends_reminders_by_itself(self):
        signup = self.add_signup(1)
        type(signup).objects.filter(pk=signup.pk).update(created_at=timezone.now() - datetime.timedelta(days=3))
        type(self.session).objects.filter(pk=self.session.pk).update(
            starts_at=timezone.now() + datetime.timedelta(hours=24),
            ends_at=timezone.now() + datetime.timedelta(hours=26),
        )
        with self.captureOnCommitCallbacks(execute=True):
            self.assertEqual(send_session_reminders.call(), 1)
        self.assertEqual(len(mail.outbox), 1)
