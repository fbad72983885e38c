"""A visitor signs up for a tour in English, confirms and cancels by the emailed links; an organizer exports their sign-ups."""

import re
import time
from urllib.parse import urlsplit

from django.conf import settings

import pytest

from tourism.factories import FairPageFactory, TourPageFactory, TourSessionFactory, TourSignupFactory
from tourism.models import TourismIndexPage, TourPage

pytestmark = pytest.mark.browser


def english_path(page):
    return "/en/" + page.get_url().split("/", 2)[2]


def seats_left(page):
    return int(page.locator("[data-seats-left]").first.get_attribute("data-seats-left"))


def test_sign_up_in_english_confirm_get_the_calendar_file_and_cancel_by_the_links(tab, demo_site, mailoutbox):
    page = tab.page
    tour = TourPage.objects.get(title="沢庵づくり見学", locale__language_code="ja")
    tab.goto(english_path(tour))
    before = seats_left(page)

    page.get_by_role("link", name="Sign up").first.click()
    form_shown = time.monotonic()
    page.get_by_label("Your name").fill("Alex Example")
    page.get_by_label("Email address").fill("alex@example.com")
    page.get_by_label("Number of people, you included").select_option("2")
    assert page.get_by_label("Language for our emails").input_value() == "en"
    page.get_by_label("I have read the privacy notice and agree to it.").check()
    # A post sooner than TOUR_SIGNUP_MIN_SECONDS after the form appeared is taken for a bot's.
    time.sleep(max(0, settings.TOUR_SIGNUP_MIN_SECONDS + 0.5 - (time.monotonic() - form_shown)))
    page.get_by_role("button", name="Sign up").click()
    page.wait_for_url(re.compile(r"/en/tours/sessions/\d+/sign-up/sent/$"))
    assert page.get_by_role("heading", level=1).inner_text() == "Thank you for signing up"

    # The first email asks to confirm the address; the seats are held meanwhile.
    assert len(mailoutbox) == 1
    confirm_url = re.search(r"http\S+/confirm/", mailoutbox[0].body).group(0)
    tab.goto(urlsplit(confirm_url).path)
    page.get_by_role("button", name="Confirm my sign-up").click()
    page.wait_for_url(re.compile(r"/en/tours/sign-ups/[^/]+/$"))
    assert page.get_by_role("heading", level=1).inner_text() == "Your sign-up is confirmed"

    assert len(mailoutbox) == 2
    message = mailoutbox[1]
    assert message.to == ["alex@example.com"]
    name, content, _mimetype = message.attachments[0]
    assert name == "tour.ics"
    assert "TZID=Asia/Tokyo" in content
    cancel_url = re.search(r"http\S+/cancel/", message.body).group(0)
    assert urlsplit(cancel_url).path.startswith("/en/tours/sign-ups/")

    tab.goto(english_path(tour))
    assert seats_left(page) == before - 2

    tab.goto(urlsplit(cancel_url).path)
    page.get_by_role("button", name="Yes, cancel my sign-up").click()
    page.wait_for_url(re.compile(r"/en/tours/sign-ups/[^/]+/$"))
    assert page.get_by_role("heading", level=1).inner_text() == "Your sign-up is cancelled"

    tab.goto(english_path(tour))
    assert seats_left(page) == before
    assert tab.console_errors == []


def test_an_organizer_exports_only_their_own_sign_ups(tab, demo_site, log_in_as_organizer):
    page = tab.page
    own_tour = TourPage.objects.get(title="沢庵づくり見学", locale__language_code="ja")
    TourSignupFactory(session=own_tour.sessions.get(), email="own-visitor@example.com")
    other_fair = FairPageFactory(
        parent=TourismIndexPage.objects.get(locale__language_code="ja"), title="よそのフェア", slug="other-fair"
    )
    other_session = TourSessionFactory(tour=TourPageFactory(parent=other_fair, title="よその見学"))
    TourSignupFactory(session=other_session, email="other-visitor@example.com")
    log_in_as_organizer(own_tour.get_parent().specific)

    tab.goto("/admin/tour_signups/")
    listing = page.locator("main").inner_text()
    assert "own-visitor@example.com" in listing
    assert "other-visitor@example.com" not in listing

    export = page.request.get(tab.base_url + "/admin/tour_signups/?export=csv")
    assert export.ok
    assert "own-visitor@example.com" in export.text()
    assert "other-visitor@example.com" not in export.text()


def test_the_sign_up_form_with_errors_has_no_axe_violations(tab, demo_site):
    from axe_playwright_python.sync_playwright import Axe

    from tests.browser.test_accessibility import describe

    page = tab.page
    tab.goto(english_path(TourPage.objects.get(title="沢庵づくり見学", locale__language_code="ja")))
    page.get_by_role("link", name="Sign up").first.click()
    page.get_by_label("Email address").fill("not-an-address")
    page.get_by_role("button", name="Sign up").click()
    assert page.locator(".signup-form__error").count() >= 2

    violations = Axe().run(page).response["violations"]
    assert violations == [], describe(violations)
