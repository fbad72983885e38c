"""Organizers start at their own fair: the Pages menu, the explorer and the tour chooser."""

import json

from django.contrib.auth import get_user_model

from bs4 import BeautifulSoup

from tests.tourism.test_organizers import OrganizerTestCase


class OrganizerAdminTestCase(OrganizerTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.tour_a_en = cls.translate(cls.tour["a"], "en")

    def chooser_rows(self, url):
        """Titles of the pages a chooser response lists (the first row is the page being browsed)."""
        response = self.get(url)
        html = (
            json.loads(response.content)["html"] if response["Content-Type"] == "application/json" else response.content
        )
        soup = BeautifulSoup(html, "html.parser")
        return [row.select_one("td").get_text(" ", strip=True) for row in soup.select("tbody tr")]


class ExplorerStartTests(OrganizerAdminTestCase):
    def sidebar_explorer(self):
        soup = BeautifulSoup(self.get("/admin/").content, "html.parser")
        props = json.loads(soup.select_one("#wagtail-sidebar-props").string)
        items = props["modules"][2]["_args"][0]
        return next(item for item in items if item["_type"] == "wagtail.sidebar.PageExplorerMenuItem")

    def test_the_pages_menu_opens_at_their_fair(self):
        self.login("a")
        self.assertEqual(self.sidebar_explorer()["_args"][1], self.fair["a"].pk)

    def test_the_pages_screen_redirects_them_to_their_fair(self):
        self.login("a")
        response = self.client.get("/admin/pages/")
        self.assertRedirects(response, f"/admin/pages/{self.fair['a'].pk}/")

    def test_the_fairs_index_lists_only_their_fair(self):
        self.login("a")
        soup = BeautifulSoup(self.get(f"/admin/pages/{self.fair['a'].get_parent().pk}/").content, "html.parser")
        titles = {link.get_text(" ", strip=True) for link in soup.select("tbody .title a")}
        self.assertTrue(any("Fair A" in title for title in titles), titles)
        self.assertFalse(any("Fair B" in title for title in titles), titles)

    def test_other_users_keep_wagtails_start(self):
        self.client.force_login(self.create_superuser())
        self.assertEqual(self.client.get("/admin/pages/").status_code, 200)
        self.assertEqual(self.sidebar_explorer()["_args"][1], self.home.get_parent().pk)

    def test_anonymous_visitors_are_sent_to_the_login(self):
        response = self.client.get("/admin/pages/")
        self.assertEqual(response.status_code, 302)
        self.assertTrue(response["Location"].startswith("/admin/login/"))


class TourChooserTests(OrganizerAdminTestCase):
    def test_browsing_lists_only_their_fair_and_their_japanese_tours(self):
        self.login("a")
        index = self.fair["a"].get_parent()
        self.assertEqual(
            self.chooser_rows(f"/admin/choose-page/{index.pk}/?page_type=tourism.tourpage")[1:], ["Fair A"]
        )
        rows = self.chooser_rows(f"/admin/choose-page/{self.fair['a'].pk}/?page_type=tourism.tourpage")
        self.assertEqual(rows[1:], ["Tour A"])
        en_fair = self.version(self.fair["a"], "en")
        self.assertEqual(self.chooser_rows(f"/admin/choose-page/{en_fair.pk}/?page_type=tourism.tourpage")[1:], [])

    def test_other_choosers_are_left_alone(self):
        """Choosing a tour's host (a shop, a maker...) needs pages outside the fair."""
        self.login("a")
        rows = self.chooser_rows(f"/admin/choose-page/{self.fair['a'].get_parent().pk}/")
        self.assertIn("Fair B", rows)

    def test_a_new_sessions_tour_chooser_opens_at_their_fair_and_the_session_saves(self):
        self.login("a")
        soup = BeautifulSoup(self.get("/admin/tour_sessions/new/").content, "html.parser")
        chooser = soup.select_one("[data-w-page-chooser-options-value], #id_tour-chooser")
        self.assertIsNotNone(chooser)
        self.assertIn(f'"parentId": {self.fair["a"].pk}', str(soup))
        response = self.client.post(
            "/admin/tour_sessions/new/",
            {
                "tour": self.tour["a"].pk,
                "starts_at": "2030-05-18 10:00",
                "ends_at": "2030-05-18 12:00",
                "capacity": 8,
                "language": "ja",
                "meeting_point": "",
                "signup_deadline": "",
            },
        )
        self.assertEqual(response.status_code, 302)
        self.assertTrue(self.tour["a"].sessions.filter(capacity=8).exists())

    def test_a_superuser_sees_every_japanese_tour_and_no_translation(self):
        self.client.force_login(get_user_model().objects.create_superuser(username="root", password="x"))
        index = self.fair["a"].get_parent()
        self.assertEqual(
            self.chooser_rows(f"/admin/choose-page/{index.pk}/?page_type=tourism.tourpage")[1:], ["Fair A", "Fair B"]
        )
        en_fair = self.version(self.fair["a"], "en")
        self.assertEqual(self.chooser_rows(f"/admin/choose-page/{en_fair.pk}/?page_type=tourism.tourpage")[1:], [])
