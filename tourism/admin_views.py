"""Admin screens of tour sessions and sign-ups, scoped to the tours each user may edit.

Every view that takes an id looks it up in the user's own scope (tourism.organizers), so
another fair's session or sign-up is a 404 by any route: listing, export, edit, history or
a typed URL. Writes go through tourism.services.
"""

from django import forms
from django.conf import settings
from django.contrib import messages
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied
from django.db.models import Count, OuterRef, Subquery
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django.views.generic import TemplateView

from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.views import generic
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.widgets.button import MenuItem
from wagtail.log_actions import log

import django_filters

from tourism.admin_display import language_name, tokyo_time, tokyo_time_text
from tourism.choices import TourSignupStatus
from tourism.models import TourPage, TourSession, TourSessionMessage, TourSignup, TourSignupEmail
from tourism.organizer_admin import TourChooser
from tourism.organizers import (
    organizer_start_page,
    tour_pages_for_user,
    tour_session_list_for_user,
    tour_signup_list_for_user,
)
from tourism.selectors import with_attendance_counts
from tourism.services import (
    TourSignupError,
    seats_taken,
    tour_session_cancel,
    tour_session_capacity_change,
    tour_session_close,
    tour_session_message_send,
    tour_session_reopen,
    tour_signup_erase_person,
)


def starts_at_in_tokyo(session):
    return tokyo_time_text(session.starts_at)


def language_in_admin_language(obj):
    return language_name(obj.language)


class ScopedObjectMixin:
    """Refuse (404) any id outside the user's scope before the view loads the object."""

    scope = None  # a function user -> queryset

    def setup(self, request, *args, **kwargs):
        pk = kwargs.get("pk")
        if pk is not None and not type(self).scope(request.user).filter(pk=unquote(str(pk))).exists():
            raise Http404
        super().setup(request, *args, **kwargs)


# Tour sessions ---------------------------------------------------------------------------


class TourSessionAdminForm(WagtailAdminModelForm):
    """Tours to choose from are the user's own; capacity changes go through the service (see EditView)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.for_user is not None and "tour" in self.fields:
            self.fields["tour"].queryset = tour_pages_for_user(self.for_user)
            start_page = organizer_start_page(self.for_user)
            if start_page is not None:
                self.fields["tour"].widget = TourChooser(target_models=[TourPage], start_page=start_page)

    def clean_tour(self):
        tour = self.cleaned_data["tour"]
        if tour is not None and tour.locale.language_code != "ja":
            raise forms.ValidationError(
                _("Choose the Japanese original of the tour; sessions belong to every version.")
            )
        return tour

    def clean_capacity(self):
        capacity = self.cleaned_data["capacity"]
        if self.instance.pk:
            taken = seats_taken(self.instance)
            if capacity < taken:
                raise forms.ValidationError(
                    _("%(taken)s seats are already confirmed: the capacity cannot be lower than that."),
                    params={"taken": taken},
                )
        return capacity


def _session_scope(user):
    return tour_session_list_for_user(user)


class TourSessionIndexView(generic.IndexView):
    def get_base_queryset(self):
        return with_attendance_counts(_session_scope(self.request.user)).select_related("tour")

    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        if not self.user_has_permission("change"):
            return buttons
        buttons.append(
            MenuItem(
                _("Sign-ups"),
                url=reverse("tour_signups:index") + f"?session={instance.pk}",
                icon_name="group",
                priority=5,
            )
        )
        buttons.append(
            MenuItem(
                _("Check-in"), url=reverse("tour_sessions:checkin", args=[instance.pk]), icon_name="tick", priority=6
            )
        )
        buttons.append(
            MenuItem(
                _("Message attendees"),
                url=reverse("tour_sessions:message", args=[instance.pk]),
                icon_name="mail",
                priority=16,
            )
        )
        if not instance.cancelled_at:
            buttons.append(
                MenuItem(
                    _("Cancel the session"),
                    url=reverse("tour_sessions:cancel", args=[instance.pk]),
                    icon_name="cross",
                    priority=17,
                )
            )
        action = "reopen" if instance.signups_closed else "close"
        label = _("Reopen sign-ups") if instance.signups_closed else _("Close sign-ups")
        buttons.append(
            MenuItem(label, url=reverse(f"tour_sessions:{action}", args=[instance.pk]), icon_name="lock", priority=15)
        )
        return buttons


class TourSessionEditView(ScopedObjectMixin, generic.EditView):
    scope = _session_scope

    def save_instance(self):
        """Save the other fields; a new capacity goes through the locking service, which promotes the waitlist."""
        capacity = self.form.cleaned_data["capacity"]
        instance = self.form.save(commit=False)
        instance.capacity = type(instance).objects.values_list("capacity", flat=True).get(pk=instance.pk)
        instance.save()
        if capacity != instance.capacity:
            try:
                promoted = tour_session_capacity_change(session=instance, capacity=capacity)
            except TourSignupError as error:
                messages.error(self.request, " ".join(error.messages))
            else:
                instance.capacity = capacity
                if promoted:
                    messages.success(
                        self.request,
                        _("%(count)s waitlisted sign-ups were confirmed.") % {"count": len(promoted)},
                    )
        return instance


class TourSessionDeleteView(ScopedObjectMixin, generic.DeleteView):
    scope = _session_scope


class TourSessionHistoryView(ScopedObjectMixin, generic.HistoryView):
    scope = _session_scope


class TourSessionUsageView(ScopedObjectMixin, generic.UsageView):
    scope = _session_scope


class ConfirmActionView(WagtailAdminTemplateMixin, TemplateView):
    """A confirmation page (GET) and the action itself (POST), on one object of the user's scope."""

    template_name = "tourism/admin/confirm_action.html"
    scope = None
    permission = None  # a Django permission codename the user needs
    back_url_name = None
    header_icon = "date"

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        if not request.user.has_perm(self.permission):
            raise PermissionDenied
        self.object = get_object_or_404(type(self).scope(request.user), pk=kwargs["pk"])

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            object=self.object,
            message=self.get_message(),
            button=self.button,
            back_url=reverse(self.back_url_name),
            **kwargs,
        )

    def get_page_subtitle(self):
        return str(self.object)

    def post(self, request, *args, **kwargs):
        messages.success(request, self.act())
        return redirect(self.back_url_name)


class TourSessionCloseView(ConfirmActionView):
    scope = _session_scope
    permission = "tourism.change_toursession"
    back_url_name = "tour_sessions:index"
    page_title = _("Close sign-ups")
    button = _("Close sign-ups")

    def get_message(self):
        return _("No new sign-ups will be taken. Cancellations still give seats to the waitlist.")

    def act(self):
        tour_session_close(session=self.object)
        return _("Sign-ups closed.")


class TourSessionReopenView(ConfirmActionView):
    scope = _session_scope
    permission = "tourism.change_toursession"
    back_url_name = "tour_sessions:index"
    page_title = _("Reopen sign-ups")
    button = _("Reopen sign-ups")

    def get_message(self):
        return _("Visitors can sign up again until the deadline.")

    def act(self):
        tour_session_reopen(session=self.object)
        return _("Sign-ups reopened.")


# Messages to attendees ---------------------------------------------------------------------


class TourSessionMessageForm(forms.ModelForm):
    """One message in up to five languages; Japanese is required, the others are sent to registrants
    of that language (the rest get Japanese with English below it)."""

    class Meta:
        model = TourSessionMessage
        fields = [
            f"{part}_{suffix}" for suffix in ("ja", "en", "zh_hans", "zh_hant", "ko") for part in ("subject", "body")
        ]
        labels = {
            f"{part}_{code.replace('-', '_')}": format_lazy("{} ({})", label, language)
            for code, language in settings.LANGUAGES
            for part, label in (("subject", _("Subject")), ("body", _("Message")))
        }
        widgets = {
            f"body_{suffix}": forms.Textarea(attrs={"rows": 5}) for suffix in ("ja", "en", "zh_hans", "zh_hant", "ko")
        }

    def clean(self):
        cleaned = super().clean()
        for suffix in ("en", "zh_hans", "zh_hant", "ko"):
            if bool(cleaned.get(f"subject_{suffix}")) != bool(cleaned.get(f"body_{suffix}")):
                self.add_error(f"body_{suffix}", _("Give both a subject and a message in this language, or neither."))
        return cleaned

    def texts(self):
        return {name: self.cleaned_data.get(name, "") for name in self.Meta.fields}


class TourSessionMessageView(ConfirmActionView):
    """Write and send a message to the people signed up for one session; the messages already
    sent are listed below (who, when, to how many)."""

    template_name = "tourism/admin/session_message.html"
    scope = _session_scope
    permission = "tourism.change_toursession"
    back_url_name = "tour_sessions:index"
    page_title = _("Message attendees")
    button = _("Send the message")

    def get_message(self):
        return _(
            "Everyone signed up for this session (confirmed, awaiting confirmation, offered seats or on the "
            "waitlist) receives the message by email, in their language if you wrote it in that language, "
            "else in Japanese with the English below it."
        )

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            form=kwargs.pop("form", None) or TourSessionMessageForm(),
            sent_messages=self.object.messages.select_related("sent_by"),
            **kwargs,
        )

    def post(self, request, *args, **kwargs):
        form = TourSessionMessageForm(request.POST)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form), status=400)
        try:
            result = self.act(form.texts())
        except TourSignupError as error:
            messages.error(request, " ".join(error.messages))
        else:
            log(self.object, self.log_action, user=request.user, data={"recipients": result.recipient_count})
            messages.success(
                request,
                ngettext(
                    "The message was sent to %(count)s sign-up.",
                    "The message was sent to %(count)s sign-ups.",
                    result.recipient_count,
                )
                % {"count": result.recipient_count},
            )
        return redirect(self.back_url_name)

    log_action = "tourism.message"

    def act(self, texts):
        return tour_session_message_send(session=self.object, texts=texts, user=self.request.user)


class TourSessionCancelView(TourSessionMessageView):
    """Call a session off: a required message, then the session closes and every sign-up is cancelled."""

    page_title = _("Cancel the session")
    button = _("Cancel the session and send the message")
    log_action = "tourism.cancel_session"

    def get_message(self):
        return _(
            "The session closes to sign-ups and every sign-up is cancelled, the waitlist included. "
            "Everyone receives your message by email; say why, and what happens next."
        )

    def act(self, texts):
        return tour_session_cancel(session=self.object, texts=texts, user=self.request.user)


# Sign-ups --------------------------------------------------------------------------------


def _signup_scope(user):
    return tour_signup_list_for_user(user)


class TourSignupFilterSet(WagtailFilterSet):
    session = django_filters.ModelChoiceFilter(
        label=_("Session"),
        queryset=lambda request: _session_scope(request.user).select_related("tour") if request else None,
    )
    status = django_filters.ChoiceFilter(label=_("Status"), choices=TourSignupStatus.choices)

    class Meta:
        model = TourSignup
        fields = ["session", "status", "language"]


# A spreadsheet runs a cell that starts with one of these as a formula (=HYPERLINK(...) and worse).
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value):
    """A visitor's text as a spreadsheet cell: a leading apostrophe keeps a formula-like value plain text."""
    if isinstance(value, str) and value.startswith(FORMULA_TRIGGERS):
        return "'" + value
    return value


class TourSignupIndexView(generic.IndexView):
    def as_spreadsheet(self, queryset, spreadsheet_format):
        """Every export is recorded in the history of each session it holds: who, when, which format, how many rows."""
        rows_by_session = dict(
            queryset.order_by().values_list("session").annotate(rows=Count("pk")).values_list("session", "rows")
        )
        for session in TourSession.objects.filter(pk__in=rows_by_session):
            data = {"format": spreadsheet_format, "rows": rows_by_session[session.pk]}
            log(session, "tourism.export", user=self.request.user, data=data)
        return super().as_spreadsheet(queryset, spreadsheet_format)

    def to_row_dict(self, item):
        """Words for codes and Tokyo time for UTC: the spreadsheet reads like the listing."""
        row = super().to_row_dict(item)
        row["status"] = item.get_status_display()
        row["language"] = language_name(item.language)
        return {field: tokyo_time(value) for field, value in row.items()}

    def preprocess_field_value(self, field, value, export_format):
        return spreadsheet_safe(super().preprocess_field_value(field, value, export_format))

    def get_base_queryset(self):
        latest_email = TourSignupEmail.objects.filter(signup=OuterRef("pk")).order_by("-created_at", "-pk")
        return (
            _signup_scope(self.request.user)
            .select_related("session__tour")
            .annotate(latest_email_state=Subquery(latest_email.values("state")[:1]))
        )

    def get_list_more_buttons(self, instance):
        if not self.user_has_permission("delete"):
            return []
        return [
            MenuItem(
                _("Erase this person"),
                url=reverse("tour_signups:erase", args=[instance.pk]),
                icon_name="bin",
                priority=30,
            )
        ]


class TourSignupEraseView(ConfirmActionView):
    """Erase a person: every sign-up with this email address in the organizer's sessions.

    Each erasure is recorded in the session's history (who, when, how many), without the person.
    """

    scope = _signup_scope
    permission = "tourism.delete_toursignup"
    back_url_name = "tour_signups:index"
    page_title = _("Erase a person")
    button = _("Erase for good")
    header_icon = "group"

    def get_message(self):
        count = _signup_scope(self.request.user).filter(email=self.object.email).count()
        return ngettext(
            "This person has %(count)s sign-up in your sessions. Their name and email address are deleted for "
            "good. If they held seats, the waitlist moves up and the promoted people are emailed.",
            "This person has %(count)s sign-ups in your sessions. Their names and email address are deleted for "
            "good. If they held seats, the waitlist moves up and the promoted people are emailed.",
            count,
        ) % {"count": count}

    def act(self):
        erased = tour_signup_erase_person(signup=self.object, scope=_signup_scope(self.request.user))
        for session, count in erased.items():
            log(session, "tourism.erase_person", user=self.request.user, data={"signups": count})
        total = sum(erased.values())
        return ngettext(
            "%(count)s sign-up of this person erased.", "%(count)s sign-ups of this person erased.", total
        ) % {"count": total}
