"""Visitor pages of the sign-ups: the form, the "email sent" page, the status page and the cancel page.

They only read and call tourism.services; every refusal comes back as a message in the
visitor's language on the same page, with what they typed kept. A sign-up leads to the "email
sent" page, and so does a post taken for a bot's, which stores nothing: the answer tells a bot
nothing about whether it was caught. The status and cancel links travel only by email.
"""

from django.conf import settings
from django.core import signing
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import get_language, ngettext
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from tourism.choices import TourSignupStatus
from tourism.email_delivery import send_signup_list
from tourism.emails import accessibility_statement_path, localized_tour, public_id_from_token
from tourism.forms import SignupListRequestForm, TourSignupForm, TourSignupPartyForm
from tourism.models import TourSession, TourSignup
from tourism.rate_limit import signup_posts_exceeded
from tourism.selectors import tour_signup_list_for_email, tour_signup_waitlist_position, with_seat_counts
from tourism.services import (
    TourSessionFull,
    TourSignupError,
    tour_signup_cancel,
    tour_signup_confirm,
    tour_signup_create,
    tour_signup_offer_claim,
    tour_signup_party_reduce,
)


def _full_message(full):
    if full.seats_left:
        seats = ngettext(
            "Only %(seats)s seat is left, not enough for your party.",
            "Only %(seats)s seats are left, not enough for your party.",
            full.seats_left,
        ) % {"seats": full.seats_left}
    else:
        seats = _("This session is full.")
    waitlist = _("You can join the waitlist at position %(position)s: tick the waitlist box and send the form again.")
    return f"{seats} {waitlist % {'position': full.position}}"


def _session_context(session):
    tour = localized_tour(session.tour, get_language())
    session.bookable = session.is_bookable()
    return {"session": session, "tour": tour, "retention_days": settings.TOUR_SIGNUP_RETENTION_DAYS}


@require_http_methods(["GET", "POST"])
def session_signup(request, session_id):
    session = get_object_or_404(
        with_seat_counts(TourSession.objects.filter(tour__live=True)).select_related("tour__locale"),
        pk=session_id,
    )
    context = _session_context(session)
    max_party_size = session.tour.max_party_size
    status = 200
    if request.method == "POST":
        form = TourSignupForm(request.POST, max_party_size=max_party_size)
        if signup_posts_exceeded(request):
            form.is_valid()
            form.add_error(None, _("Too many sign-ups have come from your connection. Please try again later."))
            status = 429
        elif form.is_valid() and form.is_from_a_bot:
            # Checked on a valid form only: a person who sends an incomplete form at once sees its errors.
            return redirect("tourism:signup_sent", session_id=session.pk)
        elif form.is_valid():
            try:
                tour_signup_create(
                    session=session,
                    name=form.cleaned_data["name"],
                    email=form.cleaned_data["email"],
                    party_size=form.cleaned_data["party_size"],
                    language=form.cleaned_data["language"],
                    join_waitlist=form.cleaned_data["join_waitlist"] or form.cleaned_data["any_session"],
                    any_session=form.cleaned_data["any_session"],
                    access_needs=form.cleaned_data["access_needs"],
                )
            except TourSessionFull as full:
                context["offer_waitlist"] = True
                form.add_error(None, _full_message(full))
            except TourSignupError as error:
                form.add_error("party_size" if error.code == "party_size" else None, error)
            else:
                return redirect("tourism:signup_sent", session_id=session.pk)
    else:
        form = TourSignupForm(initial={"language": get_language()}, max_party_size=max_party_size)
    context["form"] = form
    context["accessibility_url"] = accessibility_statement_path(get_language())
    context["offer_waitlist"] = context.get("offer_waitlist") or session.seats_left == 0
    return render(request, "tourism/tour_signup_form.html", context, status=status)


def signup_sent(request, session_id):
    session = get_object_or_404(
        TourSession.objects.filter(tour__live=True).select_related("tour__locale"), pk=session_id
    )
    return render(request, "tourism/tour_signup_sent.html", _session_context(session))


@require_http_methods(["GET", "POST"])
def signup_list_request(request):
    """Ask for the list of one's sign-ups. The answer is the same whether or not the address has
    any: the page tells nobody who has signed up; only the address itself receives the list."""
    form = SignupListRequestForm(request.POST or None)
    status = 200
    if request.method == "POST":
        if signup_posts_exceeded(request):
            form.is_valid()
            form.add_error(None, _("Too many sign-ups have come from your connection. Please try again later."))
            status = 429
        elif form.is_valid():
            signups = tour_signup_list_for_email(email=form.cleaned_data["email"])
            if signup_ids := list(signups.values_list("pk", flat=True)):
                send_signup_list.enqueue(signup_ids=signup_ids, language=get_language())
            return render(request, "tourism/tour_signup_list_request.html", {"sent": True})
    return render(request, "tourism/tour_signup_list_request.html", {"form": form}, status=status)


def _signup_from_token(token):
    try:
        public_id = public_id_from_token(token)
    except signing.BadSignature:
        return None
    return TourSignup.objects.select_related("session__tour__locale").filter(public_id=public_id).first()


def _invalid_link(request):
    return render(request, "tourism/tour_signup_invalid_link.html", status=404)


def _status_page(request, signup, token, party_form=None, status=200):
    context = _session_context(signup.session)
    if party_form is None and signup.party_size > 1 and signup.status != TourSignupStatus.CANCELLED:
        party_form = TourSignupPartyForm(current_party_size=signup.party_size)
    context.update(
        signup=signup,
        token=token,
        position=tour_signup_waitlist_position(signup=signup),
        party_form=party_form,
    )
    return render(request, "tourism/tour_signup_status.html", context, status=status)


def signup_status(request, token):
    signup = _signup_from_token(token)
    if signup is None:
        return _invalid_link(request)
    return _status_page(request, signup, token)


@require_http_methods(["POST"])
def signup_party_reduce(request, token):
    signup = _signup_from_token(token)
    if signup is None:
        return _invalid_link(request)
    form = TourSignupPartyForm(request.POST, current_party_size=signup.party_size)
    if form.is_valid():
        try:
            tour_signup_party_reduce(signup=signup, party_size=form.cleaned_data["party_size"])
        except TourSignupError as error:
            form.add_error("party_size", error)
        else:
            return redirect("tourism:signup_status", token=token)
    return _status_page(request, signup, token, party_form=form, status=400)


def _one_button_action(request, token, action, template):
    """A page behind an emailed link: GET shows the sign-up with one button (mail scanners
    follow links), POST does `action` and returns to the status page."""
    signup = _signup_from_token(token)
    if signup is None:
        return _invalid_link(request)
    if request.method == "POST":
        action(signup=signup)
        return redirect("tourism:signup_status", token=token)
    context = _session_context(signup.session)
    context.update(signup=signup, token=token)
    return render(request, template, context)


@require_http_methods(["GET", "POST"])
def signup_confirm(request, token):
    return _one_button_action(request, token, tour_signup_confirm, "tourism/tour_signup_confirm.html")


@require_http_methods(["GET", "POST"])
def signup_cancel(request, token):
    return _one_button_action(request, token, tour_signup_cancel, "tourism/tour_signup_cancel.html")


@require_http_methods(["GET", "POST"])
def signup_claim(request, token):
    """The link in an offer email: GET shows the offer with one button, POST claims the seats. An
    offer that has expired or was declined gets a page that says so, in the visitor's language."""
    signup = _signup_from_token(token)
    if signup is None:
        return _invalid_link(request)
    if request.method == "POST":
        try:
            tour_signup_offer_claim(signup=signup)
        except TourSignupError as error:
            signup.refresh_from_db()
            context = _session_context(signup.session)
            context.update(signup=signup, token=token, error=error.messages[0])
            return render(request, "tourism/tour_signup_claim.html", context, status=409)
        return redirect("tourism:signup_status", token=token)
    context = _session_context(signup.session)
    context.update(signup=signup, token=token)
    return render(request, "tourism/tour_signup_claim.html", context)
