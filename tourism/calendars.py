"""iCalendar feeds of tour sessions, outside the language prefix like the story feeds:

- `/feeds/<lang>/tours.ics`: every session of every live, public tour, site-wide;
- `/feeds/<lang>/fairs/<fair slug>/tours.ics`: the sessions of one fair's tours;
- `/feeds/<lang>/tours/sessions/<id>.ics`: one session, for "Add to calendar".

A feed is in one language: each event's summary, description, meeting point and link come
from the tour's version in that language's tree (a translation, or the alias showing the
Japanese original). Sessions from 30 days ago on are listed, so a subscribed calendar keeps
the recent past. UIDs name the session only (`tour-session-<id>@tours.nerima`), so an event
keeps its identity across refreshes, languages and feeds; times are Asia/Tokyo with its
VTIMEZONE. Nothing about who signed up is in them. A constant number of queries per feed.
"""

import datetime
from zoneinfo import ZoneInfo

from django.conf import settings
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404
from django.utils import timezone, translation
from django.utils.translation import gettext as _

import icalendar

from core.public_urls import page_public_url
from core.selectors import live_pages
from tourism.models import FairPage, TourPage, TourSession

TOKYO = ZoneInfo("Asia/Tokyo")
# How far back a feed keeps sessions that have happened.
PAST_DAYS = 30
UID_DOMAIN = "tours.nerima"


def session_uid(session):
    return f"tour-session-{session.pk}@{UID_DOMAIN}"


def session_event(session, tour, *, stamp):
    """One session as a VEVENT, with the text of `tour` (the tour in the feed's language)."""
    url = page_public_url(tour)
    event = icalendar.Event()
    event.add("uid", session_uid(session))
    event.add("dtstamp", stamp)
    event.add("dtstart", session.starts_at.astimezone(TOKYO))
    event.add("dtend", session.ends_at.astimezone(TOKYO))
    event.add("summary", tour.title)
    event.add("location", session.meeting_point or tour.meeting_point)
    event.add("description", "\n\n".join(part for part in (tour.introduction, url) if part))
    if url:
        event.add("url", url)
    event.add("status", "CONFIRMED")
    return event


def calendar_of(sessions, tours, *, name):
    """A VCALENDAR of `sessions`, each with its tour's version in {translation_key: tour}."""
    calendar = icalendar.Calendar()
    calendar.add("prodid", "-//Nerima Industry & Tourism//tour sessions//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", "Asia/Tokyo")
    calendar.add("refresh-interval", datetime.timedelta(hours=6), parameters={"VALUE": "DURATION"})
    calendar.add("x-published-ttl", "PT6H")
    stamp = timezone.now().replace(microsecond=0)
    for session in sessions:
        tour = tours.get(session.tour.translation_key)
        if tour is not None:
            calendar.add_component(session_event(session, tour, stamp=stamp))
    calendar.add_missing_timezones()
    return calendar


def calendar_response(calendar, filename):
    response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    return response


def tour_versions(tours):
    """{translation_key: tour} of live, public tours in the active language."""
    return {tour.translation_key: tour for tour in tours.select_related("locale")}


def session_list(tours):
    """Sessions of these tours (any language version of them) from PAST_DAYS ago on, by start."""
    since = timezone.now() - datetime.timedelta(days=PAST_DAYS)
    return list(
        TourSession.objects.filter(tour__translation_key__in=list(tours), starts_at__gte=since)
        .select_related("tour")
        .order_by("starts_at", "pk")
    )


def in_language(view):
    """Serve the view in the feed's language; an unknown language is a 404."""

    def wrapped(request, language_code, **kwargs):
        if language_code not in dict(settings.LANGUAGES):
            raise Http404("No such language.")
        with translation.override(language_code):
            return view(request, **kwargs)

    return wrapped


@in_language
def tour_calendar(request):
    """Every tour session on the site."""
    tours = tour_versions(live_pages(TourPage))
    calendar = calendar_of(session_list(tours), tours, name=_("Factory tours in Nerima"))
    return calendar_response(calendar, "tours.ics")


@in_language
def fair_tour_calendar(request, fair_slug):
    """The sessions of one fair's tours."""
    fair = get_object_or_404(live_pages(FairPage), slug=fair_slug)
    tours = tour_versions(live_pages(TourPage).child_of(fair))
    calendar = calendar_of(session_list(tours), tours, name=fair.title)
    return calendar_response(calendar, f"{fair.slug}.ics")


@in_language
def session_calendar(request, session_id):
    """One session, for "Add to calendar"."""
    session = get_object_or_404(TourSession.objects.select_related("tour"), pk=session_id)
    tours = tour_versions(live_pages(TourPage).filter(translation_key=session.tour.translation_key))
    if not tours:
        raise Http404("No such tour.")
    calendar = calendar_of([session], tours, name=next(iter(tours.values())).title)
    return calendar_response(calendar, f"tour-session-{session.pk}.ics")
