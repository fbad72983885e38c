"""A full session's form offers the waitlist for any session, and a seat offer is claimed from
the emailed link: both work without JavaScript and have no axe violations."""

import re

import pytest

from tourism.emails import cancel_token
from tourism.factories import TourSignupFactory
from tourism.models import TourPage, TourSession
from tourism.services import tour_signup_cancel

pytestmark = pytest.mark.browser


def axe_violations(page):
    from axe_playwright_python.sync_playwright import Axe

    from tests.browser.test_accessibility import describe

    violations = Axe().run(page).response["violations"]
    return violations, describe(violations)


def test_any_session_waitlist_and_claiming_an_offer(tab, demo_site, mailoutbox):
    page = tab.page
    tour = TourPage.objects.get(title="沢庵づくり見学", locale__language_code="ja")
    TourPage.objects.filter(pk=tour.pk).update(promotion_mode="offer")
    session = TourSession.objects.get(tour=tour)
    seated = TourSignupFactory(session=session, party_size=session.capacity)
    waiting = TourSignupFactory(session=session, party_size=1, status="waitlisted", language="en")

    tab.goto(f"/en/tours/sessions/{session.pk}/sign-up/")
    assert page.get_by_label(re.compile("Any session of this tour will do")).is_visible()
    violations, description = axe_violations(page)
    assert violations == [], description

    tour_signup_cancel(signup=seated)
    tab.goto(f"/en/tours/sign-ups/{cancel_token(waiting)}/claim/")
    violations, description = axe_violations(page)
    assert violations == [], description
    page.get_by_role("button", name="Take the seats").click()
    page.wait_for_url(re.compile(r"/en/tours/sign-ups/[^/]+/$"))
    assert page.get_by_role("heading", level=1).inner_text() == "Your sign-up is confirmed"
    assert tab.console_errors == []
