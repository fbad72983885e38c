"""Organizers on the day: the check-in page of a session, and the attendance dashboard.

Both are scoped like every sign-up screen (tourism.organizers): another fair's session is a
404. The check-in page works as plain forms (tick a party, or type its code); the scanner in
static/js/checkin-scanner.js adds the camera and a queue that survives a lost connection, and
posts to the same URL asking for JSON. Checking in goes through tourism.services.
"""

from django.core.exceptions import PermissionDenied
from django.http import JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.utils.formats import time_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView

from wagtail.admin import messages
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from tourism.choices import TourSignupStatus
from tourism.emails import TOKYO
from tourism.organizers import tour_session_list_for_user
from tourism.selectors import with_attendance_counts
from tourism.services import TourSignupError, tour_signup_check_in

# The check-in page reads QR codes with the phone's camera; every other page keeps it denied.
CAMERA_FOR_SELF = "camera=(self)"


def _checkin_result(signup, newly):
    arrived = time_format(signup.checked_in_at.astimezone(TOKYO), "H:i")  # Tokyo time, like the whole page
    if newly:
        text = _("Checked in: %(name)s, party of %(size)s.")
    else:
        text = _("%(name)s was already checked in at %(time)s (party of %(size)s).")
    return text % {"name": signup.name, "size": signup.party_size, "time": arrived}


class TourSessionCheckInView(WagtailAdminTemplateMixin, TemplateView):
    """The list of a session's confirmed parties, each with a check-in button, and a code field."""

    template_name = "tourism/admin/checkin.html"
    page_title = gettext_lazy("Check-in")
    header_icon = "tick"

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        if not request.user.has_perm("tourism.change_toursession"):
            raise PermissionDenied
        sessions = tour_session_list_for_user(request.user).select_related("tour")
        self.session = get_object_or_404(sessions, pk=kwargs["pk"])

    def get_page_subtitle(self):
        return str(self.session)

    def get_context_data(self, **kwargs):
        parties = self.session.signups.filter(status=TourSignupStatus.CONFIRMED).order_by("name", "pk")
        arrived = [party for party in parties if party.checked_in_at]
        return super().get_context_data(
            session=self.session,
            parties=parties,
            arrived_parties=len(arrived),
            arrived_people=sum(party.party_size for party in arrived),
            expected_people=sum(party.party_size for party in parties),
            **kwargs,
        )

    def get(self, request, *args, **kwargs):
        response = super().get(request, *args, **kwargs)
        response._permissions_policy_override = CAMERA_FOR_SELF  # read by django-permissions-policy
        return response

    def post(self, request, *args, **kwargs):
        signup_id = request.POST.get("signup")
        try:
            signup, newly = tour_signup_check_in(
                session=self.session,
                user=request.user,
                code=request.POST.get("code", ""),
                signup_id=int(signup_id) if signup_id and signup_id.isdigit() else None,
            )
        except TourSignupError as error:
            ok, text, status, signup = False, " ".join(error.messages), 400, None
        else:
            ok, text, status = True, _checkin_result(signup, newly), 200
        if request.headers.get("Accept") == "application/json":
            return JsonResponse({"ok": ok, "message": text, "signup": signup and signup.pk}, status=status)
        (messages.success if ok else messages.error)(request, text)
        return redirect(request.path)


class AttendanceDashboardView(WagtailAdminTemplateMixin, TemplateView):
    """Per session: confirmed, held, waitlisted, checked in and no-shows, with totals per fair (Tokyo time)."""

    template_name = "tourism/admin/attendance_dashboard.html"
    page_title = gettext_lazy("Tour attendance")
    header_icon = "table"

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        if not request.user.has_perm("tourism.view_toursession"):
            raise PermissionDenied

    def get_context_data(self, **kwargs):
        return super().get_context_data(fairs=attendance_by_fair(self.request.user), **kwargs)


ATTENDANCE_COUNTS = ("confirmed_count", "held_count", "waitlisted_count", "checked_in_count", "no_show_count")


def attendance_by_fair(user):
    """The user's sessions with their counts, grouped by fair with totals: one query."""
    sessions = with_attendance_counts(tour_session_list_for_user(user))
    sessions = sessions.select_related("tour").order_by("fair_title", "starts_at", "pk")
    fairs = {}
    for session in sessions:
        fair = fairs.setdefault(
            session.fair_id,
            {"title": session.fair_title, "sessions": [], "totals": dict.fromkeys(ATTENDANCE_COUNTS, 0)},
        )
        fair["sessions"].append(session)
        for count in ATTENDANCE_COUNTS:
            fair["totals"][count] += getattr(session, count)
    return list(fairs.values())
