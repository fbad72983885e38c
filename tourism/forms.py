"""The visitor's sign-up form: only what the tour needs, plus consent and two bot traps.

A bot gives itself away by filling the hidden honeypot field, or by posting sooner after the
form was rendered than a person can fill it in (TOUR_SIGNUP_MIN_SECONDS; the render time is
signed into the form, so it cannot be forged or left out).
"""

import time

from django import forms
from django.conf import settings
from django.core import signing
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class SignupListRequestForm(forms.Form):
    """Self-service without an account: the list of one's sign-ups, sent to the address itself."""

    email = forms.EmailField(
        label=_("Email address"),
        max_length=254,
        error_messages={"invalid": _("Please enter a valid email address, for example name@example.com.")},
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["email"].widget.attrs["autocomplete"] = "email"


class TourSignupPartyForm(forms.Form):
    """Self-service from the emailed link: fewer people are coming."""

    party_size = forms.TypedChoiceField(label=_("Number of people now coming, you included"), coerce=int)

    def __init__(self, *args, current_party_size, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["party_size"].choices = [(size, str(size)) for size in range(1, current_party_size)]
        self.fields["party_size"].error_messages["invalid_choice"] = _("Choose from 1 to %(max)s people.") % {
            "max": current_party_size - 1
        }


RENDERED_AT_SALT = "tourism.signup-form.rendered-at"


def form_rendered_at_token(timestamp=None):
    return signing.dumps(int(time.time() if timestamp is None else timestamp), salt=RENDERED_AT_SALT)


class TourSignupForm(forms.Form):
    name = forms.CharField(label=_("Your name"), max_length=100)
    email = forms.EmailField(
        label=_("Email address"),
        max_length=254,
        help_text=_("We send the confirmation and the cancel link here."),
        error_messages={"invalid": _("Please enter a valid email address, for example name@example.com.")},
    )
    party_size = forms.TypedChoiceField(label=_("Number of people, you included"), coerce=int)
    language = forms.ChoiceField(
        label=pgettext_lazy("sign-up form", "Language for our emails"), choices=settings.LANGUAGES
    )
    access_needs = forms.CharField(
        label=_("Access needs (optional)"),
        help_text=_(
            "For example a wheelchair, hearing support or help in your language. "
            "Only the tour's organizers see this, and it is deleted with your sign-up."
        ),
        max_length=500,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    consent = forms.BooleanField(
        label=_("I have read the privacy notice and agree to it."),
        error_messages={"required": _("Please agree to the privacy notice, or we cannot take your sign-up.")},
    )
    join_waitlist = forms.BooleanField(label=_("If there is not enough room, put me on the waitlist."), required=False)
    any_session = forms.BooleanField(
        label=_("Any session of this tour will do: give me the first seats that come free in any of its sessions."),
        required=False,
    )
    # Hidden from people (see tour_signup_form.html); bots that fill every field give themselves away.
    website = forms.CharField(label=_("Leave this field empty"), required=False)
    rendered_at = forms.CharField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, max_party_size, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["party_size"].choices = [(size, str(size)) for size in range(1, max_party_size + 1)]
        self.fields["party_size"].error_messages["invalid_choice"] = _("A sign-up can be for 1 to %(max)s people.") % {
            "max": max_party_size
        }
        for name in ("name", "email"):
            self.fields[name].widget.attrs["autocomplete"] = name
        self.fields["website"].widget.attrs.update({"autocomplete": "off", "tabindex": "-1"})
        if not self.is_bound:
            self.initial["rendered_at"] = form_rendered_at_token()

    @property
    def is_from_a_bot(self):
        if self.data.get("website"):
            return True
        try:
            rendered_at = signing.loads(self.data.get("rendered_at", ""), salt=RENDERED_AT_SALT)
        except signing.BadSignature:
            return True
        return time.time() - rendered_at < settings.TOUR_SIGNUP_MIN_SECONDS
