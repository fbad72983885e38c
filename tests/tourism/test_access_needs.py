"""Access needs: asked on the sign-up form, seen by the tour's organizers alone, gone with the sign-up."""

from django.core import mail

from tests.tourism.test_views import SignupViewTestCase
from tourism.models import TourSignup
from tourism.services import tour_signup_erase, tour_signup_purge

NEEDS = "Wheelchair user; Japanese sign language please"


class AccessNeedsFormTests(SignupViewTestCase):
    def test_the_form_takes_access_needs_and_links_the_accessibility_statement(self):
        html = self.soup(self.get(self.form_url("en")))
        field = html.select_one("textarea[name=access_needs]")
        self.assertFalse(field.has_attr("required"))
        self.assertIn("access_needs_helptext", field["aria-describedby"])
        self.assertIsNotNone(html.select_one('a[href="/en/accessibility/"]'))
        self.assertIsNotNone(self.soup(self.get(self.form_url("ko"))).select_one('a[href="/ko/accessibility/"]'))

    def test_the_needs_are_stored_but_never_emailed_or_shown_to_the_visitor(self):
        with self.captureOnCommitCallbacks(execute=True):
            self.assertEqual(self.post(access_needs=f"  {NEEDS} ").status_code, 302)
        self.assertEqual(TourSignup.objects.get().access_needs, NEEDS)
        (message,) = mail.outbox
        self.assertNotIn("Wheelchair user", message.body)
        self.assertNotContains(self.get(self.status_link(message)), "Wheelchair user")

    def test_needs_longer_than_500_characters_get_a_message_not_an_error_page(self):
        response = self.post(access_needs="x" * 501)
        self.assertEqual(response.status_code, 200)
        self.assertFalse(TourSignup.objects.exists())
        self.assertTrue(self.error_texts(response))


class AccessNeedsPurgeTests(SignupViewTestCase):
    def test_erasing_and_purging_take_the_needs_with_the_sign_up(self):
        erased = self.add_signup(1, access_needs=NEEDS)
        tour_signup_erase(signup=erased)
        self.assertFalse(TourSignup.objects.filter(access_needs=NEEDS).exists())
        self.add_signup(1, access_needs=NEEDS)
        self.session.__class__.objects.filter(pk=self.session.pk).update(
            starts_at=self.session.starts_at.replace(year=2000), ends_at=self.session.ends_at.replace(year=2000)
        )
        self.assertEqual(tour_signup_purge(days=30), 1)
        self.assertFalse(TourSignup.objects.filter(access_needs=NEEDS).exists())
