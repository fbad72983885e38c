from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel, ObjectList, PageChooserPanel
from wagtail.admin.ui.tables import BooleanColumn, Column
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.log_actions import LogFormatter

from tourism import admin_attendance, admin_views, organizer_admin
from tourism.models import TourSession, TourSignup


class TourSessionViewSet(ModelViewSet):
    """Tour sessions are managed apart from page revisions, so seats never follow a revert.

    Each user sees the sessions of the tours they may edit (tourism.organizers), with their
    sign-up counts; capacity changes go through the service that promotes the waitlist.
    """

    model = TourSession
    icon = "date"
    menu_label = _("Tour sessions")
    menu_order = 250
    add_to_admin_menu = True
    list_display = [
        "tour",
        Column("starts_at", label=_("Starts at (Tokyo time)"), accessor=admin_views.starts_at_in_tokyo),
        Column("language", label=_("Language"), accessor=admin_views.language_in_admin_language),
        "capacity",
        Column("confirmed_count", label=_("Confirmed")),
        Column("held_count", label=_("Awaiting confirmation")),
        Column("waitlisted_count", label=_("Waitlisted")),
        Column("cancelled_count", label=_("Cancelled")),
        Column("seats_left", label=_("Seats left")),
        Column("checked_in_count", label=_("Checked in")),
        Column("no_show_count", label=_("No-shows")),
        BooleanColumn("signups_closed", label=pgettext_lazy("tour session", "Sign-ups closed")),
        Column("cancelled_at", label=_("Cancelled on")),
    ]
    list_filter = ["language", "signups_closed"]
    list_export = [
        "tour",
        "starts_at",
        "capacity",
        "confirmed_count",
        "held_count",
        "waitlisted_count",
        "checked_in_count",
        "checked_in_people",
        "no_show_count",
    ]
    export_headings = {
        "confirmed_count": _("Confirmed"),
        "held_count": _("Awaiting confirmation"),
        "waitlisted_count": _("Waitlisted"),
        "checked_in_count": _("Checked in"),
        "checked_in_people": _("People checked in"),
        "no_show_count": _("No-shows"),
    }
    export_filename = "tour-attendance"
    ordering = ["starts_at"]
    copy_view_enabled = False
    index_view_class = admin_views.TourSessionIndexView
    edit_view_class = admin_views.TourSessionEditView
    delete_view_class = admin_views.TourSessionDeleteView
    history_view_class = admin_views.TourSessionHistoryView
    usage_view_class = admin_views.TourSessionUsageView
    edit_handler = ObjectList(
        [
            PageChooserPanel("tour", "tourism.TourPage"),
            FieldPanel("starts_at"),
            FieldPanel("ends_at"),
            FieldPanel("capacity"),
            FieldPanel("language"),
            FieldPanel("meeting_point"),
            FieldPanel("signup_deadline"),
        ],
        base_form_class=admin_views.TourSessionAdminForm,
    )

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("close/<int:pk>/", admin_views.TourSessionCloseView.as_view(), name="close"),
            path("reopen/<int:pk>/", admin_views.TourSessionReopenView.as_view(), name="reopen"),
            path("checkin/<int:pk>/", admin_attendance.TourSessionCheckInView.as_view(), name="checkin"),
            path("message/<int:pk>/", admin_views.TourSessionMessageView.as_view(), name="message"),
            path("cancel/<int:pk>/", admin_views.TourSessionCancelView.as_view(), name="cancel"),
        ]


class TourSignupViewSet(ModelViewSet):
    """Sign-ups, read-only: listed, filtered and exported (CSV, XLSX) within the user's scope, and erased.

    Visitors make and cancel sign-ups; the admin offers no add or edit form, so every change
    goes through tourism.services.
    """

    model = TourSignup
    icon = "group"
    menu_label = _("Tour sign-ups")
    menu_order = 251
    add_to_admin_menu = True
    list_display = [
        "name",
        "email",
        "party_size",
        "status",
        "email_delivery",
        Column("language", label=_("Language"), accessor=admin_views.language_in_admin_language),
        "session",
        "created_at",
        "checked_in_at",
        "access_needs",
    ]
    list_export = [
        "session",
        "name",
        "email",
        "party_size",
        "status",
        "language",
        "created_at",
        "cancelled_at",
        "email_delivery",
        "checked_in_at",
        "access_needs",
    ]
    export_headings = {
        "created_at": _("Signed up at (Tokyo time)"),
        "cancelled_at": _("Cancelled at (Tokyo time)"),
    }
    export_filename = "tour-signups"
    filterset_class = admin_views.TourSignupFilterSet
    search_fields = ["name", "email"]
    search_backend_name = None
    ordering = ["session__starts_at", "created_at", "pk"]
    copy_view_enabled = False
    index_view_class = admin_views.TourSignupIndexView

    def get_common_view_kwargs(self, **kwargs):
        # Only the listing and the erase action exist; no add, edit, delete, history or usage URLs.
        return super().get_common_view_kwargs(
            add_url_name=None,
            edit_url_name=None,
            delete_url_name=None,
            history_url_name=None,
            usage_url_name=None,
            **kwargs,
        )

    def get_urlpatterns(self):
        return [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
            path("erase/<int:pk>/", admin_views.TourSignupEraseView.as_view(), name="erase"),
        ]


@hooks.register("register_admin_viewset")
def register_tour_session_viewset():
    return TourSessionViewSet("tour_sessions")


@hooks.register("register_admin_viewset")
def register_tour_signup_viewset():
    return TourSignupViewSet("tour_signups")


@hooks.register("register_admin_urls")
def register_attendance_dashboard_url():
    return [
        path("tour-attendance/", admin_attendance.AttendanceDashboardView.as_view(), name="tour_attendance"),
    ]


@hooks.register("register_admin_menu_item")
def register_attendance_dashboard_menu_item():
    return AttendanceMenuItem(
        _("Tour attendance"), reverse("tour_attendance"), icon_name="table", name="tour-attendance", order=252
    )


class AttendanceMenuItem(MenuItem):
    """Shown to those who see tour sessions: organizers (their own fair) and staff."""

    def is_shown(self, request):
        return request.user.has_perm("tourism.view_toursession")


@hooks.register("register_log_actions")
def register_signup_log_actions(actions):
    """Erasures and exports in the audit log: counts only, never the people."""

    @actions.register_action("tourism.erase_person")
    class ErasePersonFormatter(LogFormatter):
        label = _("Erase a person's sign-ups")

        def format_message(self, log_entry):
            return _("Erased %(signups)s sign-ups of one person") % log_entry.data

    @actions.register_action("tourism.message")
    class MessageFormatter(LogFormatter):
        label = _("Message attendees")

        def format_message(self, log_entry):
            return _("Sent a message to %(recipients)s sign-ups") % log_entry.data

    @actions.register_action("tourism.cancel_session")
    class CancelSessionFormatter(LogFormatter):
        label = _("Cancel the session")

        def format_message(self, log_entry):
            return _("Cancelled the session and sent a message to %(recipients)s sign-ups") % log_entry.data

    @actions.register_action("tourism.export")
    class ExportFormatter(LogFormatter):
        label = _("Export sign-ups")

        def format_message(self, log_entry):
            return _("Exported %(rows)s sign-ups (%(format)s)") % log_entry.data


hooks.register("construct_main_menu", organizer_admin.main_menu_with_fair_explorer)
hooks.register("construct_page_chooser_queryset", organizer_admin.tour_chooser_pages)
