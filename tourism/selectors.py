from django.db.models import Count, F, OuterRef, Q, Subquery, Sum, Value
from django.db.models.functions import Coalesce, Greatest, Left, Length
from django.utils import timezone

from core.selectors import card_list, live_pages, page_versions_in_language
from core.view_restrictions import public_q
from tourism.choices import SEAT_TAKING_STATUSES, TourSignupStatus
from tourism.models import FairPage, TourPage, TourSession, TourSignup

TAKING_SEATS = Q(signups__status__in=SEAT_TAKING_STATUSES)
CONFIRMED = Q(signups__status=TourSignupStatus.CONFIRMED)


def with_seat_counts(sessions):
    """Annotate sessions with seats_taken (confirmed and held) and seats_left (never below zero), in the same query."""
    return sessions.annotate(
        seats_taken=Coalesce(Sum("signups__party_size", filter=TAKING_SEATS), Value(0)),
        seats_left=Greatest(F("capacity") - F("seats_taken"), Value(0)),
    )


def with_signup_counts(sessions):
    """Seat counts plus the number of confirmed, held, waitlisted and cancelled sign-ups, for organizers."""
    return with_seat_counts(sessions).annotate(
        confirmed_count=Count("signups", filter=CONFIRMED),
        held_count=Count("signups", filter=Q(signups__status=TourSignupStatus.HELD)),
        waitlisted_count=Count("signups", filter=Q(signups__status=TourSignupStatus.WAITLISTED)),
        cancelled_count=Count("signups", filter=Q(signups__status=TourSignupStatus.CANCELLED)),
    )


def tours_hosted_by(page):
    """Tours whose host is any language version of `page`, in the visitor's language."""
    return card_list(live_pages(TourPage).filter(host__translation_key=page.translation_key).order_by("title"))


def tour_list_for_fair(fair):
    """The tours under the fair, in its language tree."""
    return card_list(live_pages(TourPage).child_of(fair).order_by("title"))


def session_list_for_tour(tour):
    """Upcoming sessions of a tour with their seats left; sessions belong to every language version of it."""
    now = timezone.now()
    sessions = list(
        with_seat_counts(
            TourSession.objects.filter(tour__translation_key=tour.translation_key, starts_at__gt=now)
        ).order_by("starts_at")
    )
    for session in sessions:
        session.bookable = session.is_bookable(now)
    return sessions


def upcoming_tour_session_list(*, limit):
    """The next sessions across all live, public tours, each with its tour page in the visitor's language."""
    now = timezone.now()
    sessions = list(
        with_seat_counts(
            TourSession.objects.filter(
                starts_at__gt=now, tour__in=TourPage.objects.live().filter(public_q()).values("pk")
            )
        )
        .select_related("tour")
        .order_by("starts_at")[:limit]
    )
    tours = {tour.translation_key: tour for tour in page_versions_in_language([s.tour for s in sessions])}
    sessions = [session for session in sessions if session.tour.translation_key in tours]
    for session in sessions:
        session.localized_tour = tours[session.tour.translation_key]
        session.bookable = session.is_bookable(now)
    return sessions


def tour_signup_list_for_email(*, email, now=None):
    """The active sign-ups of one address for sessions still to come, soonest first."""
    return (
        TourSignup.objects.filter(email=email.strip().lower(), session__ends_at__gt=now or timezone.now())
        .exclude(status=TourSignupStatus.CANCELLED)
        .order_by("session__starts_at")
    )


def tour_signup_waitlist_position(*, signup):
    """1 for the first in line; None unless the sign-up is waitlisted. The line is served by (created_at, id)."""
    if signup.status != TourSignupStatus.WAITLISTED:
        return None
    up_to_signup = Q(created_at__lt=signup.created_at) | Q(created_at=signup.created_at, pk__lte=signup.pk)
    return (
        TourSignup.objects.filter(session=signup.session_id, status=TourSignupStatus.WAITLISTED)
        .filter(up_to_signup)
        .count()
    )


def with_attendance_counts(sessions, *, now=None):
    """Sign-up counts plus checked_in_count and no_show_count (confirmed, the session over, never
    checked in), and the title of the fair the tour is under (empty for a tour outside a fair),
    all in the one query that lists the sessions."""
    now = now or timezone.now()
    arrived = Q(signups__status=TourSignupStatus.CONFIRMED, signups__checked_in_at__isnull=False)
    missing = Q(signups__status=TourSignupStatus.CONFIRMED, signups__checked_in_at__isnull=True, ends_at__lte=now)
    parent_path = Left(OuterRef("tour__path"), Length(OuterRef("tour__path")) - FairPage.steplen)
    fair = FairPage.objects.filter(path=parent_path)
    return with_signup_counts(sessions).annotate(
        checked_in_count=Count("signups", filter=arrived),
        checked_in_people=Coalesce(Sum("signups__party_size", filter=arrived), Value(0)),
        no_show_count=Count("signups", filter=missing),
        fair_title=Subquery(fair.values("title")[:1]),
        fair_id=Subquery(fair.values("pk")[:1]),
    )
