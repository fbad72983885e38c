from django.db.models.functions import Substr
from django.utils import timezone

from core.i18n import localize_all
from core.selectors import card_list, live_pages
from tourism.models import FairPage, TourPage, TourSession


def tours_hosted_by(page):
    """Tours whose host is any language version of `page`, in the visitor's language."""
    return card_list(live_pages(TourPage).filter(host__translation_key=page.translation_key).order_by("title"))


def tour_list_for_fair(fair):
    """Tours under any language version of the fair, in the visitor's language."""
    fair_paths = FairPage.objects.filter(translation_key=fair.translation_key).values("path")
    tour_keys = (
        TourPage.objects.filter(depth=fair.depth + 1)
        .annotate(parent_path=Substr("path", 1, len(fair.path)))
        .filter(parent_path__in=fair_paths)
        .values("translation_key")
    )
    return card_list(live_pages(TourPage).filter(translation_key__in=tour_keys).order_by("title"))


def session_list_for_tour(tour):
    """Upcoming sessions of a tour; sessions belong to every language version of it."""
    return list(
        TourSession.objects.filter(tour__translation_key=tour.translation_key, starts_at__gt=timezone.now()).order_by(
            "starts_at"
        )
    )


def upcoming_tour_session_list(*, limit):
    """The next sessions across all live tours, each with its tour page in the visitor's language."""
    sessions = list(
        TourSession.objects.filter(starts_at__gt=timezone.now(), tour__live=True)
        .select_related("tour__locale")
        .order_by("starts_at")[:limit]
    )
    tours = localize_all([session.tour for session in sessions])
    for session, tour in zip(sessions, tours, strict=True):
        session.localized_tour = tour
    return sessions
