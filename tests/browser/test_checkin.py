"""An organizer checks parties in on the check-in page: by code, by ticking a name, and with the connection lost."""

import re
import time

import pytest

from tourism.factories import TourSignupFactory
from tourism.models import TourPage, TourSignup

pytestmark = pytest.mark.browser


@pytest.fixture
def checkin(tab, demo_site, log_in_as_organizer):
    """The demo tour's session with two confirmed parties, and its check-in page open for its fair's organizer."""
    tour = TourPage.objects.get(title="沢庵づくり見学", locale__language_code="ja")
    session = tour.sessions.get()
    typed = TourSignupFactory(session=session, name="Code Visitor", party_size=3, checkin_code="ACD347")
    ticked = TourSignupFactory(session=session, name="Tick Visitor", party_size=2, checkin_code="KMN469")
    log_in_as_organizer(tour.get_parent().specific)
    page = tab.page
    tab.goto(f"/admin/tour_sessions/checkin/{session.pk}/")
    page.locator("[data-checkin-scanner]:not([hidden])").wait_for()  # the scanner script has run
    return typed, ticked


def arrived(signup, timeout=10):
    """Whether the sign-up is checked in, waiting up to `timeout` seconds for the page's request."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if TourSignup.objects.get(pk=signup.pk).checked_in_at:
            return True
        time.sleep(0.2)
    return False


def test_check_in_by_typed_code_and_by_ticking_a_name(tab, checkin):
    typed, ticked = checkin
    page = tab.page
    page.locator("#checkin-code").fill("acd-347")
    page.locator("#checkin-code").press("Enter")
    page.locator("[data-checkin-status]").filter(has_text="Code Visitor").wait_for()
    assert arrived(typed)
    assert page.locator("tr", has_text="Code Visitor").get_by_role("button").count() == 0

    row = page.locator("tr", has_text="Tick Visitor")
    row.get_by_role("button").click()
    row.get_by_role("button").wait_for(state="detached")  # the row now says when they arrived
    assert arrived(ticked)
    assert TourSignup.objects.get(pk=ticked.pk).checked_in_by.username == "organizer"
    assert tab.console_errors == []


def test_a_check_in_made_offline_is_sent_when_the_connection_comes_back(tab, checkin):
    _typed, ticked = checkin
    page = tab.page
    page.context.set_offline(True)
    page.locator("tr", has_text="Tick Visitor").get_by_role("button").click()
    pending = page.locator("[data-checkin-pending] li")
    pending.first.wait_for()
    assert pending.count() == 1
    assert "Tick Visitor" in pending.first.inner_text()
    assert not arrived(ticked, timeout=1)

    page.context.set_offline(False)
    assert arrived(ticked)
    page.locator("[data-checkin-scanner][data-pending='0']").wait_for()
    assert pending.count() == 0


def test_the_check_in_page_and_the_attendance_dashboard_have_no_axe_violations(tab, checkin):
    """Our content of the two screens (Wagtail's own admin chrome around it is Wagtail's)."""
    from axe_playwright_python.sync_playwright import Axe

    from tests.browser.test_accessibility import describe

    page = tab.page
    page.locator("#checkin-code").fill("nope")
    page.locator("#checkin-code").press("Enter")
    page.locator("[data-checkin-status]").filter(has_text=re.compile(r"\S")).wait_for()
    violations = Axe().run(page, context="main").response["violations"]
    assert violations == [], describe(violations)

    tab.goto("/admin/tour-attendance/")
    assert "沢庵づくり見学" in page.locator("main").inner_text()
    violations = Axe().run(page, context="main").response["violations"]
    assert violations == [], describe(violations)
