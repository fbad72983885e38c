import datetime
import importlib

from django.contrib.auth import get_user_model
from django.core import mail
from django.utils import timezone

from tests.tourism.signups import SignupTestCase
from tourism.checkin import CODE_ALPHABET, CODE_LENGTH, checkin_token
from tourism.factories import TourSessionFactory
from tourism.models import TourSignup
from tourism.services import TourSignupError, tour_signup_check_in, tour_signup_confirm


class TourSignupCheckInTests(SignupTestCase):
    capacity = 3

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.organizer = get_user_model().objects.create_user(username="organizer", password="x")

    def check_in(self, session=None, **kwargs):
        return tour_signup_check_in(session=session or self.session, user=self.organizer, **kwargs)

    def assertRefused(self, rule, **kwargs):
        with self.assertRaises(TourSignupError) as raised:
            self.check_in(**kwargs)
        self.assertEqual(raised.exception.code, rule)

    def test_every_sign_up_gets_a_short_unambiguous_code_unique_in_its_session(self):
        signups = [self.sign_up(1, join_waitlist=True) for _ in range(5)]
        codes = [signup.checkin_code for signup in signups]
        self.assertEqual(len(set(codes)), 5)
        for code in codes:
            self.assertEqual(len(code), CODE_LENGTH)
            self.assertLessEqual(set(code), set(CODE_ALPHABET))

    def test_a_typed_code_checks_the_party_in_as_typed_in_lower_case_with_a_dash(self):
        signup = self.sign_up(2)
        now = timezone.now()
        code = signup.checkin_code.lower()
        checked, newly = self.check_in(code=f" {code[:3]}-{code[3:]} ", now=now)
        self.assertEqual((checked.pk, newly), (signup.pk, True))
        signup.refresh_from_db()
        self.assertEqual(signup.checked_in_at, now)
        self.assertEqual(signup.checked_in_by, self.organizer)

    def test_a_scanned_token_and_a_ticked_row_check_in_too(self):
        scanned, ticked = self.sign_up(1), self.sign_up(1)
        self.assertTrue(self.check_in(code=checkin_token(scanned))[1])
        self.assertTrue(self.check_in(signup_id=ticked.pk)[1])
        self.assertEqual(TourSignup.objects.filter(checked_in_at__isnull=False).count(), 2)

    def test_checking_in_twice_keeps_the_first_time(self):
        signup = self.sign_up(1)
        first = timezone.now() - datetime.timedelta(minutes=10)
        self.check_in(code=signup.checkin_code, now=first)
        checked, newly = self.check_in(code=signup.checkin_code)
        self.assertFalse(newly)
        self.assertEqual(checked.checked_in_at, first)

    def test_a_code_of_another_session_is_refused(self):
        other_session = TourSessionFactory(tour=self.tour)
        other = self.sign_up(1, session=other_session)
        self.assertRefused("other_session", code=checkin_token(other))
        self.assertRefused("unknown", code=other.checkin_code)  # this session has no sign-ups at all
        self.assertRefused("unknown", signup_id=other.pk)
        self.assertIsNone(TourSignup.objects.get(pk=other.pk).checked_in_at)

    def test_a_forged_token_and_an_unknown_code_are_refused(self):
        signup = self.sign_up(1)
        self.assertRefused("bad_token", code=checkin_token(signup)[:-2] + "xx")
        self.assertRefused("unknown", code="AAAAAA" if signup.checkin_code != "AAAAAA" else "CCCCCC")

    def test_only_confirmed_sign_ups_check_in(self):
        held = self.sign_up(1, confirm=False)
        self.add_signup(3)
        waitlisted = self.sign_up(1)
        self.assertEqual(waitlisted.status, "waitlisted")
        cancelled = self.sign_up(1, confirm=False)
        TourSignup.objects.filter(pk=cancelled.pk).update(status="cancelled")
        for signup in (held, waitlisted, cancelled):
            self.assertRefused("not_confirmed", code=signup.checkin_code)
        self.assertFalse(TourSignup.objects.filter(checked_in_at__isnull=False).exists())


class CheckInEmailTests(SignupTestCase):
    def test_the_confirmation_email_carries_the_qr_code_and_the_short_code(self):
        with self.captureOnCommitCallbacks(execute=True):
            signup = self.sign_up(2, language="en", confirm=False)
        held_email = mail.outbox[0]
        self.assertNotIn("check-in.png", [name for name, _content, _type in held_email.attachments])
        self.assertNotIn(signup.checkin_code, held_email.body)
        with self.captureOnCommitCallbacks(execute=True):
            tour_signup_confirm(signup=signup)
        message = mail.outbox[1]
        attachments = {name: (content, mimetype) for name, content, mimetype in message.attachments}
        content, mimetype = attachments["check-in.png"]
        self.assertEqual(mimetype, "image/png")
        self.assertTrue(content.startswith(b"\x89PNG"))
        self.assertIn(f"check-in code: {signup.checkin_code}", message.body)

    def test_every_sign_up_email_links_the_accessibility_statement_in_the_registrants_language(self):
        with self.captureOnCommitCallbacks(execute=True):
            self.sign_up(1, language="ko", confirm=False)
        self.assertIn("/ko/accessibility/", mail.outbox[0].body)


class CheckInCodeBackfillTests(SignupTestCase):
    def test_sign_ups_made_before_codes_existed_get_one_unique_in_their_session(self):
        from django.apps import apps

        backfill = importlib.import_module("tourism.migrations.0006_signup_checkin_and_access_needs")
        other_session = TourSessionFactory(tour=self.tour)
        signups = [self.add_signup(1) for _ in range(4)] + [self.sign_up(1, session=other_session)]
        TourSignup.objects.update(checkin_code="")
        backfill.give_existing_signups_a_checkin_code(apps, None)
        codes = dict(TourSignup.objects.values_list("pk", "checkin_code"))
        self.assertTrue(all(codes[signup.pk] for signup in signups))
        self.assertEqual(len({codes[signup.pk] for signup in signups[:4]}), 4)
