"""One sign-up from start to end, in the browser: a visitor signs up in English and confirms by
the emailed link, is reminded two days before, an organizer checks the party in by the code
from the email and writes to everyone, and the visitor cancels by the link in the email."""

import datetime
import re
import time
from urllib.parse import urlsplit

from django.conf import settings

import pytest

from tourism.models import TourPage, TourSignup
from tourism.services import tour_signup_reminders_queue

pytestmark = pytest.mark.browser


def path_in(message, pattern):
    return urlsplit(re.search(rf"http\S+{pattern}", message.body).group(0)).path


def test_sign_up_confirm_reminder_check_in_message_and_cancel(tab, demo_site, mailoutbox, log_in_as_organizer):
    page = tab.page
    tour = TourPage.objects.get(title="沢庵づくり見学", locale__language_code="ja")
    session = tour.sessions.get()

    # Sign up in English; the seats are held until the address is confirmed.
    tab.goto("/en/" + tour.get_url().split("/", 2)[2])
    page.get_by_role("link", name="Sign up").first.click()
    form_shown = time.monotonic()
    page.get_by_label("Your name").fill("Alex Example")
    page.get_by_label("Email address").fill("alex@example.com")
    page.get_by_label("Number of people, you included").select_option("2")
    page.get_by_label("I have read the privacy notice and agree to it.").check()
    time.sleep(max(0, settings.TOUR_SIGNUP_MIN_SECONDS + 0.5 - (time.monotonic() - form_shown)))
    page.get_by_role("button", name="Sign up").click()
    page.wait_for_url(re.compile(r"/en/tours/sessions/\d+/sign-up/sent/$"))

    # Confirm by the link in the first email; the confirmation carries the check-in code.
    tab.goto(path_in(mailoutbox[0], "/confirm/"))
    page.get_by_role("button", name="Confirm my sign-up").click()
    page.wait_for_url(re.compile(r"/en/tours/sign-ups/[^/]+/$"))
    assert page.get_by_role("heading", level=1).inner_text() == "Your sign-up is confirmed"
    confirmation = mailoutbox[-1]
    signup = TourSignup.objects.get(email="alex@example.com")
    assert signup.checkin_code in confirmation.body
    assert "check-in.png" in [name for name, _content, _type in confirmation.attachments]

    # Two days before the session the worker's reminder goes out, once, in English.
    sent = len(mailoutbox)
    two_days_before = session.starts_at - datetime.timedelta(hours=47)
    tour_signup_reminders_queue(now=two_days_before)
    tour_signup_reminders_queue(now=two_days_before)
    reminders = [message for message in mailoutbox[sent:] if message.to == ["alex@example.com"]]
    assert len(reminders) == 1
    assert "tour.ics" in [name for name, _content, _type in reminders[0].attachments]
    cancel_path = path_in(reminders[0], "/cancel/")

    # (Once the organizer is signed in, Wagtail's userbar logs its own accessibility checks.)
    assert tab.console_errors == []

    # The organizer checks the party in by the code the visitor shows.
    log_in_as_organizer(tour.get_parent().specific)
    tab.goto(f"/admin/tour_sessions/checkin/{session.pk}/")
    page.locator("#checkin-code").fill(signup.checkin_code.lower())
    page.locator("#checkin-code").press("Enter")
    page.locator("[data-checkin-status]").filter(has_text="Alex Example").wait_for()
    deadline = time.monotonic() + 10
    while not TourSignup.objects.get(pk=signup.pk).checked_in_at and time.monotonic() < deadline:
        time.sleep(0.2)
    assert TourSignup.objects.get(pk=signup.pk).checked_in_at is not None

    # The organizer writes to everyone signed up; the visitor gets the English version.
    sent = len(mailoutbox)
    tab.goto(f"/admin/tour_sessions/message/{session.pk}/")
    page.locator("[name=subject_ja]").fill("集合場所の変更")
    page.locator("[name=body_ja]").fill("正門ではなく東門に集合してください。")
    page.locator("[name=subject_en]").fill("New meeting point")
    page.locator("[name=body_en]").fill("Please meet at the east gate, not the main gate.")
    page.locator("main form button[type=submit]").click()
    page.wait_for_url(re.compile(r"/admin/tour_sessions/$"))
    to_visitor = [message for message in mailoutbox[sent:] if message.to == ["alex@example.com"]]
    assert len(to_visitor) == 1
    assert "New meeting point" in to_visitor[0].subject
    assert "east gate" in to_visitor[0].body
    assert "東門" not in to_visitor[0].body

    # The visitor cancels by the link in the reminder.
    tab.goto(cancel_path)
    page.get_by_role("button", name="Yes, cancel my sign-up").click()
    page.wait_for_url(re.compile(r"/en/tours/sign-ups/[^/]+/$"))
    assert page.get_by_role("heading", level=1).inner_text() == "Your sign-up is cancelled"
    assert TourSignup.objects.get(pk=signup.pk).status == "cancelled"
