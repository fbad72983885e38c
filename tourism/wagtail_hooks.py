from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSet

from tourism.models import TourSession


class TourSessionViewSet(ModelViewSet):
    """Tour sessions are managed apart from page revisions, so seats never follow a revert."""

    model = TourSession
    icon = "date"
    menu_label = _("Tour sessions")
    add_to_admin_menu = True
    list_display = ["tour", "starts_at", "ends_at", "capacity", "language"]
    list_filter = ["language"]
    form_fields = ["tour", "starts_at", "ends_at", "capacity", "language", "meeting_point"]
    ordering = ["starts_at"]


@hooks.register("register_admin_viewset")
def register_tour_session_viewset():
    return TourSessionViewSet("tour_sessions")
