"""The sign-up emails: text in the registrant's language, a calendar file, a signed cancel link."""

from zoneinfo import ZoneInfo

from django.conf import settings
from django.core import signing
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

import icalendar

from tourism.checkin import checkin_qr_png
from tourism.choices import TourSignupStatus
from tourism.selectors import tour_signup_waitlist_position

TOKYO = ZoneInfo("Asia/Tokyo")
CANCEL_SALT = "tourism.signup.cancel"
ACCESSIBILITY_STATEMENT_SLUG = "accessibility"


def cancel_token(signup):
    """An unguessable, signed token naming the sign-up: its random public id, signed with SECRET_KEY."""
    return signing.Signer(salt=CANCEL_SALT).sign(str(signup.public_id))


def public_id_from_token(token):
    """The public id inside a cancel token; raises signing.BadSignature if it was tampered with."""
    return signing.Signer(salt=CANCEL_SALT).unsign(token)


def signup_path(signup, view):
    """The sign-up's status or cancel page under the registrant's language prefix."""
    with translation.override(signup.language):
        return reverse(f"tourism:signup_{view}", kwargs={"token": cancel_token(signup)})


def accessibility_statement_path(language):
    """The site's accessibility statement: the standard page with this slug under each language's home page."""
    return f"/{language}/{ACCESSIBILITY_STATEMENT_SLUG}/"


def localized_tour(tour, language):
    """The tour page's version in `language`: its translation, or the alias that shows the
    Japanese original under that language's address (core/locale_trees.py)."""
    version = type(tour).objects.live().filter(translation_key=tour.translation_key, locale__language_code=language)
    return version.first() or tour


def public_url(path):
    """An absolute link for an email, on the site's public origin (WAGTAILADMIN_BASE_URL).

    Not the Site record's root URL: that stays http://localhost until someone edits it, and a
    link in an email has no request to take the host from.
    """
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def page_public_url(page):
    _site_id, _root_url, path = page.get_url_parts() or (None, None, None)
    return public_url(path) if path else ""


def calendar_file(signup, tour):
    session = signup.session
    calendar = icalendar.Calendar()
    calendar.add("prodid", "-//Nerima Industry & Tourism//tour sign-ups//EN")
    calendar.add("version", "2.0")
    calendar.add("method", "PUBLISH")
    event = icalendar.Event()
    event.add("uid", f"{signup.public_id}@tours.nerima")
    event.add("dtstamp", signup.created_at)
    event.add("dtstart", session.starts_at.astimezone(TOKYO))
    event.add("dtend", session.ends_at.astimezone(TOKYO))
    event.add("summary", tour.title)
    event.add("location", session.meeting_point or tour.meeting_point)
    if url := page_public_url(tour):
        event.add("url", url)
    calendar.add_component(event)
    calendar.add_missing_timezones()
    return calendar.to_ical()


def signup_list_email(signups, language):
    """One email to one address listing its sign-ups, each with its status link (a signed link)."""
    with translation.override(language), timezone.override(TOKYO):
        entries = [
            {
                "signup": signup,
                "tour": localized_tour(signup.session.tour, language),
                "status_url": public_url(signup_path(signup, "status")),
            }
            for signup in signups
        ]
        subject = render_to_string("emails/tourism/signup_list_subject.txt", {}).strip()
        body = render_to_string("emails/tourism/signup_list_body.txt", {"entries": entries})
    return EmailMessage(subject=subject, body=body, to=[signups[0].email])


def message_texts(message, language):
    """The organizer's message for a registrant: [(subject, body)] in their language if the organizer
    wrote it, else the Japanese followed by the English (when there is one)."""
    own = message.text_in(language)
    if own:
        return [own]
    return [text for text in (message.text_in("ja"), message.text_in("en")) if text]


def message_email(signup, message):
    """An organizer's message to one registrant, with the session it is about and their status link."""
    tour = localized_tour(signup.session.tour, signup.language)
    texts = message_texts(message, signup.language)
    with translation.override(signup.language), timezone.override(TOKYO):
        context = {
            "signup": signup,
            "session": signup.session,
            "tour": tour,
            "texts": texts,
            "cancelled": message.cancels_session,
            "status_url": public_url(signup_path(signup, "status")),
        }
        body = render_to_string("emails/tourism/message_body.txt", context)
    subject = " / ".join(subject for subject, _body in texts)
    return EmailMessage(subject=subject, body=body, to=[signup.email])


def signup_email(signup, kind, message=None):
    """The email of `kind` ("signup", "promotion", "offer", "cancellation", ...) for one sign-up, ready
    to send; kind "message" carries an organizer's `message`."""
    if kind == "message":
        return message_email(signup, message)
    tour = localized_tour(signup.session.tour, signup.language)
    with translation.override(signup.language), timezone.override(TOKYO):
        context = {
            "signup": signup,
            "session": signup.session,
            "tour": tour,
            "kind": kind,
            "confirmed": signup.status == TourSignupStatus.CONFIRMED,
            "held": signup.status == TourSignupStatus.HELD,
            "address_confirmed": signup.email_confirmed_at is not None,
            "confirm_url": public_url(signup_path(signup, "confirm")),
            "claim_url": public_url(signup_path(signup, "claim")),
            "offered": signup.status == TourSignupStatus.OFFERED,
            "position": tour_signup_waitlist_position(signup=signup),
            "status_url": public_url(signup_path(signup, "status")),
            "cancel_url": public_url(signup_path(signup, "cancel")),
            "tour_url": page_public_url(tour),
            "accessibility_url": public_url(accessibility_statement_path(signup.language)),
        }
        subject = render_to_string("emails/tourism/signup_subject.txt", context).strip()
        body = render_to_string("emails/tourism/signup_body.txt", context)
    message = EmailMessage(subject=subject, body=body, to=[signup.email])
    if signup.status == TourSignupStatus.CONFIRMED:
        message.attach("tour.ics", calendar_file(signup, tour), "text/calendar; charset=utf-8; method=PUBLISH")
        # The QR code to show at the tour; the text gives the same sign-up's short code to type.
        message.attach("check-in.png", checkin_qr_png(signup), "image/png")
    return message
