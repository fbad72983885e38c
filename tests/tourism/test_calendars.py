"""iCalendar feeds of tour sessions (site-wide, per fair, per session) in every language,
read back with `icalendar`; the feeds linked from every page; "Add to calendar" links."""

from django.test import override_settings

from wagtail.models import PageViewRestriction

import icalendar

from industries.factories import IndustriesIndexPageFactory, ShopPageFactory
from tests.base import LANGUAGE_CODES, SiteTestCase
from tourism.choices import TourSignupStatus
from tourism.emails import cancel_token
from tourism.factories import (
    FairPageFactory,
    TourismIndexPageFactory,
    TourPageFactory,
    TourSessionFactory,
    TourSignupFactory,
)

ORIGIN = "https://www.example.org"


def events_of(response):
    """{UID: VEVENT} of a calendar response, after checking it is one."""
    assert response["Content-Type"] == "text/calendar; charset=utf-8", response["Content-Type"]
    calendar = icalendar.Calendar.from_ical(response.content)
    return calendar, {str(event["UID"]): event for event in calendar.walk("VEVENT")}


@override_settings(WAGTAILADMIN_BASE_URL=ORIGIN)
class TourCalendarTests(SiteTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.translate(cls.home, "en")
        index = TourismIndexPageFactory(parent=cls.home, slug="tourism")
        cls.translate(index, "en")
        cls.fair = FairPageFactory(parent=index, slug="fair")
        cls.translate(cls.fair, "en")
        cls.tour = TourPageFactory(parent=cls.fair, slug="tour", meeting_point="工場正門前")
        cls.translate(cls.tour, "en", title="Radish factory tour", meeting_point="Factory main gate")
        cls.session = TourSessionFactory(tour=cls.tour)
        cls.moved = TourSessionFactory(tour=cls.tour, meeting_point="駅前")
        cls.other_tour = TourPageFactory(parent=index, slug="other", title="別の見学会")
        cls.other_session = TourSessionFactory(tour=cls.other_tour)
        cls.private_tour = TourPageFactory(parent=index, slug="private")
        PageViewRestriction.objects.create(page=cls.private_tour, restriction_type=PageViewRestriction.LOGIN)
        cls.private_session = TourSessionFactory(tour=cls.private_tour)
        cls.draft_tour = TourPageFactory(parent=index, slug="draft", live=False)
        cls.draft_session = TourSessionFactory(tour=cls.draft_tour)

    def uid(self, session):
        return f"tour-session-{session.pk}@tours.nerima"

    def test_site_wide_feed_in_english_with_stable_uids_and_tokyo_time(self):
        calendar, events = events_of(self.get("/feeds/en/tours.ics"))
        self.assertEqual(set(events), {self.uid(self.session), self.uid(self.moved), self.uid(self.other_session)})
        self.assertEqual(str(calendar["X-WR-CALNAME"]), "Factory tours in Nerima")
        timezones = [str(tz["TZID"]) for tz in calendar.walk("VTIMEZONE")]
        self.assertEqual(timezones, ["Asia/Tokyo"])
        event = events[self.uid(self.session)]
        self.assertEqual(str(event["SUMMARY"]), "Radish factory tour")
        self.assertEqual(str(event["LOCATION"]), "Factory main gate")
        self.assertEqual(str(events[self.uid(self.moved)]["LOCATION"]), "駅前")
        self.assertEqual(str(event["URL"]), f"{ORIGIN}/en/tourism/fair/tour/")
        self.assertIn(f"{ORIGIN}/en/tourism/fair/tour/", str(event["DESCRIPTION"]))
        start = event["DTSTART"]
        self.assertEqual(start.params["TZID"], "Asia/Tokyo")
        self.assertEqual(start.dt, self.session.starts_at)
        self.assertEqual(event["DTEND"].dt, self.session.ends_at)
        # An untranslated tour is its Japanese original, linked under the feed's language.
        other = events[self.uid(self.other_session)]
        self.assertEqual((str(other["SUMMARY"]), str(other["URL"])), ("別の見学会", f"{ORIGIN}/en/tourism/other/"))
        # The same UIDs on the next fetch and in every language.
        for code in LANGUAGE_CODES:
            with self.subTest(language=code):
                self.assertEqual(set(events_of(self.get(f"/feeds/{code}/tours.ics"))[1]), set(events))

    def test_japanese_feed_is_in_japanese(self):
        _calendar, events = events_of(self.get("/feeds/ja/tours.ics"))
        event = events[self.uid(self.session)]
        self.assertEqual((str(event["SUMMARY"]), str(event["LOCATION"])), (self.tour.title, "工場正門前"))
        self.assertEqual(str(event["URL"]), f"{ORIGIN}/ja/tourism/fair/tour/")

    def test_fair_feed_lists_only_its_own_tours(self):
        calendar, events = events_of(self.get("/feeds/en/fairs/fair/tours.ics"))
        self.assertEqual(set(events), {self.uid(self.session), self.uid(self.moved)})
        self.assertEqual(str(calendar["X-WR-CALNAME"]), f"{self.fair.title} [en]")
        self.get("/feeds/en/fairs/no-such-fair/tours.ics", status=404)

    def test_one_session_for_add_to_calendar(self):
        _calendar, events = events_of(self.get(f"/feeds/ko/tours/sessions/{self.session.pk}.ics"))
        self.assertEqual(list(events), [self.uid(self.session)])
        for session in (self.private_session, self.draft_session):
            with self.subTest(session=session.pk):
                self.get(f"/feeds/en/tours/sessions/{session.pk}.ics", status=404)

    def test_unknown_language_is_not_found(self):
        self.get("/feeds/xx/tours.ics", status=404)

    def test_no_visitor_data_in_a_feed(self):
        TourSignupFactory(session=self.session, name="Hanako Private", email="hanako@example.com")
        content = self.get("/feeds/en/tours.ics").content.decode()
        self.assertNotIn("Hanako", content)
        self.assertNotIn("hanako@example.com", content)

    def test_each_session_and_the_fair_link_their_calendar(self):
        html = self.soup(self.get("/en/tourism/fair/tour/"))
        links = {a["href"] for a in html.select("a.session-table__calendar")}
        self.assertEqual(
            links, {f"/feeds/en/tours/sessions/{session.pk}.ics" for session in (self.session, self.moved)}
        )
        fair = self.soup(self.get("/en/tourism/fair/"))
        self.assertIsNotNone(fair.find("a", href="/feeds/en/fairs/fair/tours.ics"))
        self.assertIsNotNone(
            fair.find("link", rel="alternate", type="text/calendar", href="/feeds/en/fairs/fair/tours.ics")
        )
        index = self.soup(self.get("/en/tourism/"))
        self.assertIsNotNone(index.find("a", href="/feeds/en/tours.ics"))

    def test_the_confirmation_page_offers_the_session_to_calendars(self):
        confirmed = TourSignupFactory(session=self.session, language="en")
        waitlisted = TourSignupFactory(session=self.session, language="en", status=TourSignupStatus.WAITLISTED)
        page = self.soup(self.get(f"/en/tours/sign-ups/{cancel_token(confirmed)}/"))
        self.assertIsNotNone(page.find("a", href=f"/feeds/en/tours/sessions/{self.session.pk}.ics"))
        page = self.soup(self.get(f"/en/tours/sign-ups/{cancel_token(waitlisted)}/"))
        self.assertIsNone(page.find("a", href=f"/feeds/en/tours/sessions/{self.session.pk}.ics"))


class FeedLinkTests(SiteTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.translate(cls.home, "ko")
        ShopPageFactory(parent=IndustriesIndexPageFactory(parent=cls.home), slug="shop")

    def test_every_page_links_the_feeds_in_its_language(self):
        for url in ("/ko/", "/ko/industries/shop/", "/ko/search/?q=x", "/ko/no-such-page/"):
            with self.subTest(url=url):
                response = self.client.get(url)
                links = {
                    (link["type"], link["href"])
                    for link in self.soup(response).find_all("link", rel="alternate")
                    if not link.get("hreflang")
                }
                self.assertEqual(
                    links,
                    {
                        ("application/rss+xml", "/feeds/ko/stories/"),
                        ("application/atom+xml", "/feeds/ko/stories/atom/"),
                        ("text/calendar", "/feeds/ko/tours.ics"),
                    },
                )
