"""Organizers' messages to a session's attendees, each in their own language, and cancelling a session."""

from django.core import mail
from django.utils import translation

from wagtail.models import ModelLogEntry

from tests.tourism.signups import SignupTestCase
from tests.tourism.test_organizers import OrganizerTestCase
from tourism.models import TourSessionMessage
from tourism.services import TourSignupError, tour_session_cancel, tour_session_message_send

TEXTS = {
    "subject_ja": "集合場所の変更",
    "body_ja": "集合場所は北門に変わりました。",
    "subject_en": "New meeting point",
    "body_en": "We now meet at the north gate.",
    "subject_ko": "",
    "body_ko": "",
}


class TourSessionMessageTests(SignupTestCase):
    capacity = 3

    def setUp(self):
        self.confirmed_en = self.add_signup(1, language="en")
        self.held_ko = self.add_signup(1, status="held", language="ko")
        self.offered_ja = self.add_signup(1, status="offered", language="ja")
        self.waiting_zh = self.add_signup(2, status="waitlisted", language="zh-hans")
        self.cancelled = self.add_signup(1, status="cancelled", language="en")

    def sent_to(self, signup):
        (message,) = [message for message in mail.outbox if message.to == [signup.email]]
        return message

    def test_everyone_signed_up_gets_it_in_their_language_or_japanese_with_english(self):
        with self.captureOnCommitCallbacks(execute=True):
            message = tour_session_message_send(session=self.session, texts=TEXTS, user=None)
        self.assertEqual(message.recipient_count, 4)
        self.assertEqual(len(mail.outbox), 4, "not the cancelled sign-up")
        english = self.sent_to(self.confirmed_en)
        self.assertEqual(english.subject, "New meeting point")
        self.assertIn("north gate", english.body)
        self.assertNotIn("北門", english.body)
        japanese = self.sent_to(self.offered_ja)
        self.assertEqual(japanese.subject, "集合場所の変更")
        self.assertNotIn("north gate", japanese.body)
        for fallback in (self.sent_to(self.held_ko), self.sent_to(self.waiting_zh)):
            self.assertEqual(fallback.subject, "集合場所の変更 / New meeting point")
            self.assertLess(fallback.body.index("北門"), fallback.body.index("north gate"), "English below Japanese")
        with translation.override("ko"):
            intro = translation.gettext("A message from the organizers of your tour:")
        self.assertIn(intro, self.sent_to(self.held_ko).body, "the frame is in the registrant's language")

    def test_cancelling_closes_the_session_cancels_everyone_and_tells_them(self):
        with self.captureOnCommitCallbacks(execute=True):
            tour_session_cancel(session=self.session, texts=TEXTS, user=None)
        self.session.refresh_from_db()
        self.assertTrue(self.session.signups_closed)
        self.assertIsNotNone(self.session.cancelled_at)
        self.assertEqual(set(self.statuses()), {"cancelled"}, "nobody is promoted into a cancelled session")
        self.assertEqual(len(mail.outbox), 4, "one message each, no separate cancellation email")
        with translation.override("en"):
            notice = translation.gettext("This session has been cancelled, and your sign-up with it.")
        self.assertIn(notice.split(",")[0], self.sent_to(self.confirmed_en).body)
        with self.assertRaises(TourSignupError):
            self.sign_up(1)
        with self.assertRaises(TourSignupError):
            tour_session_cancel(session=self.session, texts=TEXTS, user=None)


class OrganizerMessageTests(OrganizerTestCase):
    def url(self, action, key):
        return f"/admin/tour_sessions/{action}/{self.session[key].pk}/"

    def test_an_organizer_messages_their_own_session_and_it_is_logged(self):
        self.login("a")
        form = self.get(self.url("message", "a"))
        self.assertContains(form, 'name="body_ja"')
        with translation.override("ja"):
            self.assertContains(form, f"{translation.gettext('Subject')} (日本語)")
        with self.captureOnCommitCallbacks(execute=True):
            response = self.client.post(self.url("message", "a"), TEXTS)
        self.assertRedirects(response, "/admin/tour_sessions/")
        self.assertEqual(sorted(message.to[0] for message in mail.outbox)[0], "person-a@example.com")
        self.assertEqual(len(mail.outbox), 2, "the confirmed and the waitlisted sign-up")
        sent = TourSessionMessage.objects.get()
        self.assertEqual((sent.sent_by, sent.recipient_count), (self.organizer["a"], 2))
        entry = ModelLogEntry.objects.get(action="tourism.message")
        self.assertEqual((entry.user, entry.data), (self.organizer["a"], {"recipients": 2}))
        page = self.get(self.url("message", "a"))
        self.assertContains(page, "organizer-a")
        self.assertContains(page, "集合場所の変更")

    def test_japanese_is_required(self):
        self.login("a")
        response = self.client.post(self.url("message", "a"), {**TEXTS, "body_ja": ""})
        self.assertEqual(response.status_code, 400)
        self.assertFalse(mail.outbox)

    def test_another_fairs_organizer_can_neither_message_nor_cancel(self):
        self.login("b")
        for action in ("message", "cancel"):
            self.assertNotFound(self.client.get(self.url(action, "a")), self.url(action, "a"))
            self.assertNotFound(self.client.post(self.url(action, "a"), TEXTS), self.url(action, "a"))
        self.assertFalse(mail.outbox)
        self.session["a"].refresh_from_db()
        self.assertIsNone(self.session["a"].cancelled_at)

    def test_cancelling_from_the_admin_needs_a_message(self):
        self.login("a")
        response = self.client.post(self.url("cancel", "a"), {**TEXTS, "subject_ja": ""})
        self.assertEqual(response.status_code, 400)
        self.session["a"].refresh_from_db()
        self.assertIsNone(self.session["a"].cancelled_at)
        with self.captureOnCommitCallbacks(execute=True):
            self.client.post(self.url("cancel", "a"), TEXTS)
        self.session["a"].refresh_from_db()
        self.assertIsNotNone(self.session["a"].cancelled_at)
        self.assertEqual(len(mail.outbox), 2)
        self.assertTrue(ModelLogEntry.objects.filter(action="tourism.cancel_session").exists())


class MessageTranslationTests(SignupTestCase):
    def test_a_partial_language_needs_both_subject_and_body(self):
        from tourism.admin_views import TourSessionMessageForm

        form = TourSessionMessageForm({**TEXTS, "subject_ko": "안내"})
        self.assertFalse(form.is_valid())
        self.assertIn("body_ko", form.errors)
