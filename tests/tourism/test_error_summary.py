"""After a failed sign-up the page says so first: 'Error:' in its title and a focused summary linking to each field."""

from django.utils import translation

from tests.tourism.test_views import SignupViewTestCase
from tourism.models import TourSignup


class SignupErrorSummaryTests(SignupViewTestCase):
    def summary(self, response):
        return self.soup(response).select_one("[data-error-summary]")

    def test_a_failed_submit_puts_error_in_the_title_and_a_focused_summary_at_the_top(self):
        for code in ("ja", "en", "ko"):
            with self.subTest(code):
                response = self.post(code, name="", email="not-an-address")
                html = self.soup(response)
                with translation.override(code):
                    prefix = translation.gettext("Error:")
                    heading = translation.gettext("There is a problem")
                self.assertTrue(html.title.get_text().startswith(f"{prefix} "), html.title.get_text())
                summary = html.select_one("[data-error-summary]")
                # Focused on load without a script, before the page's heading in reading order.
                self.assertTrue(summary.has_attr("autofocus"))
                self.assertEqual(summary["tabindex"], "-1")
                self.assertEqual(summary.find("h2").get_text(strip=True), heading)
                self.assertIs(html.select_one("main [data-error-summary], main h1"), summary)
                links = {link["href"]: link.get_text(" ", strip=True) for link in summary.select("a")}
                self.assertEqual(set(links), {"#id_name", "#id_email"})
                # Each link's target is the field itself, and the link names it.
                self.assertIsNotNone(html.select_one("input#id_name"))
                self.assertTrue(links["#id_email"].startswith(html.select_one("label[for=id_email]").get_text()))
        self.assertFalse(TourSignup.objects.exists())

    def test_an_error_of_no_one_field_is_listed_as_text(self):
        self.add_signup(self.capacity)
        response = self.post("en", join_waitlist=None)
        self.assertIn("waitlist", self.summary(response).select_one(".error-summary__message").get_text())

    def test_a_form_shown_for_the_first_time_has_no_summary_and_a_plain_title(self):
        response = self.get(self.form_url("en"))
        self.assertIsNone(self.summary(response))
        self.assertFalse(self.soup(response).title.get_text().startswith("Error:"))

    def test_the_confirmation_is_focused_so_it_is_announced(self):
        status = self.soup(self.get(self.sent_url())).select_one("[data-status=sent]")
        self.assertEqual(status["role"], "status")
        self.assertTrue(status.has_attr("autofocus"))
