import datetime
from io import StringIO

from django.core.management import call_command
from django.test import override_settings
from django.utils import timezone

from tests.tourism.signups import SignupTestCase
from tourism.factories import TourSessionFactory, TourSignupFactory
from tourism.models import TourSignup
from tourism.services import tour_signup_purge


class TourSignupPurgeTests(SignupTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        now = timezone.now()

        def session_ended(days_ago):
            ends_at = now - datetime.timedelta(days=days_ago)
            return TourSessionFactory(tour=cls.tour, starts_at=ends_at - datetime.timedelta(hours=2), ends_at=ends_at)

        cls.old = TourSignupFactory(session=session_ended(31), email="old@example.com", name="Old Visitor")
        cls.recent = TourSignupFactory(session=session_ended(29))
        cls.upcoming = TourSignupFactory(session=cls.session)

    def test_deletes_only_sign_ups_of_sessions_that_ended_longer_ago(self):
        self.assertEqual(tour_signup_purge(days=30), 1)
        self.assertEqual(set(TourSignup.objects.values_list("pk", flat=True)), {self.recent.pk, self.upcoming.pk})

    @override_settings(TOUR_SIGNUP_RETENTION_DAYS=7)
    def test_the_command_uses_the_retention_setting_and_logs_no_personal_data(self):
        out = StringIO()
        with self.assertLogs("tourism.services", level="INFO") as logs:
            call_command("purge_tour_signups", stdout=out)
        self.assertIn("Deleted 2 sign-ups", out.getvalue())
        self.assertEqual(list(TourSignup.objects.values_list("pk", flat=True)), [self.upcoming.pk])
        for text in [out.getvalue(), *logs.output]:
            self.assertNotIn("old@example.com", text)
            self.assertNotIn("Old Visitor", text)
