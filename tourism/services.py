"""The sign-up rules: create, confirm, release holds, cancel, promote from the waitlist, change
capacity, close, erase, purge.

A new sign-up that fits holds its seats for the tour's `hold_hours` until the visitor follows
the link in our email (their address is then confirmed); holds not confirmed in time are
released to the waitlist. A waitlisted party promoted later is confirmed at once if its address
was confirmed, else it gets a hold of its own.

Every write that can move seats runs in one transaction that first locks the session row:
`SELECT ... FOR UPDATE` on PostgreSQL; on SQLite the settings open every transaction
IMMEDIATE (with a busy timeout), so writers queue instead of failing. Seats are counted
only after the lock is held, so two sign-ups can never both take the last seat.

Emails are recorded in the transaction and sent once it commits (tourism.email_delivery).
Log lines name sign-ups by id, never by name or email address.
"""

import datetime
import logging
from functools import partial

from django.conf import settings
from django.core import signing
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import F, Q, Sum
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from tourism.checkin import checkin_code_new, checkin_code_normalize, public_id_from_checkin_token
from tourism.choices import SEAT_TAKING_STATUSES, PromotionMode, SignupEmailKind, TourSignupStatus
from tourism.email_delivery import signup_emails_queue
from tourism.front_cache import tour_page_purge
from tourism.models import TourSession, TourSessionMessage, TourSignup

logger = logging.getLogger(__name__)


class TourSignupError(ValidationError):
    """A sign-up that the rules refuse; `code` tells which rule, the message is for the visitor."""


class TourSessionFull(TourSignupError):
    """The party does not fit; the visitor may join the waitlist at `position`."""

    def __init__(self, message, *, seats_left, position):
        super().__init__(message, code="full", params={"seats_left": seats_left, "position": position})
        self.seats_left = seats_left
        self.position = position


def _locked_session(session_id):
    return TourSession.objects.select_for_update().select_related("tour").get(pk=session_id)


def _locked_session_of(signup):
    """Lock the session the sign-up is in now and return (session, fresh sign-up): a party waiting
    for any session may have been moved to another session since it was read."""
    while True:
        session = _locked_session(signup.session_id)
        signup = TourSignup.objects.get(pk=signup.pk)
        if signup.session_id == session.pk:
            return session, signup


def seats_taken(session):
    """Seats of confirmed sign-ups and of holds awaiting confirmation."""
    taking = session.signups.filter(status__in=SEAT_TAKING_STATUSES)
    return taking.aggregate(seats=Sum("party_size"))["seats"] or 0


def _hold(signup, session, now):
    """Keep seats for `signup` until its address is confirmed: for the tour's hold_hours, at most until the start."""
    signup.status = TourSignupStatus.HELD
    signup.hold_expires_at = min(now + datetime.timedelta(hours=session.tour.hold_hours), session.starts_at)


def _waitlist(session):
    return session.signups.filter(status=TourSignupStatus.WAITLISTED).order_by("created_at", "pk")


def _waitlist_for_freed_seats(session, now):
    """Who may take seats freed in `session`, in the order they joined: its own waitlist, and the
    parties waiting for any session of the tour in its other sessions still to come (an address
    already signed up here is left out: one active sign-up per address and session)."""
    here = session.signups.exclude(status=TourSignupStatus.CANCELLED).values("email")
    elsewhere = TourSignup.objects.filter(
        any_session=True, session__tour_id=session.tour_id, session__starts_at__gt=now
    ).exclude(session=session)
    return (
        TourSignup.objects.filter(status=TourSignupStatus.WAITLISTED)
        .filter(Q(session=session) | Q(pk__in=elsewhere.exclude(email__in=here).values("pk")))
        .order_by("created_at", "pk")
    )


def _place(signup, session):
    """Move a waitlisted party to `session` if it is still waiting where we read it; False if another
    session took it first (the conditional update re-checks under the row lock)."""
    if signup.session_id == session.pk:
        return True
    # Check-in codes are unique per session: the party gets one that is free in its new session.
    code = checkin_code_new(set(session.signups.values_list("checkin_code", flat=True)))
    moved = TourSignup.objects.filter(
        pk=signup.pk, session_id=signup.session_id, status=TourSignupStatus.WAITLISTED
    ).update(session=session, checkin_code=code)
    if moved:
        signup.session, signup.checkin_code = session, code
    return bool(moved)


def _purge_tour_after_commit(tour):
    """The tour's pages show the seats left: purge them from the front cache once the change commits."""
    transaction.on_commit(partial(tour_page_purge, tour=tour), robust=True)


def _check_open(session, now):
    if session.cancelled_at:
        raise TourSignupError(_("This session has been cancelled."), code="session_cancelled")
    if session.starts_at <= now:
        raise TourSignupError(_("This session has already started or taken place."), code="past")
    if session.signups_closed:
        raise TourSignupError(_("Sign-ups for this session are closed."), code="closed")
    if session.signups_close_at <= now:
        raise TourSignupError(_("The sign-up deadline for this session has passed."), code="deadline")


def tour_signup_create(
    *, session, name, email, party_size, language, join_waitlist, any_session=False, access_needs="", now=None
):
    """Confirm the sign-up if the party fits, else put it on the waitlist (if the visitor agreed),
    for this session or, with `any_session`, for whichever session of the tour frees seats first.

    Every sign-up gets a check-in code unique in its session; only a confirmed one can check in.

    Raises TourSignupError (closed, past deadline, party too large, same email already signed
    up) or TourSessionFull (the party does not fit and `join_waitlist` is false).
    """
    now = now or timezone.now()
    email = email.strip().lower()
    with transaction.atomic():
        session = _locked_session(session.pk)
        _check_open(session, now)
        # Expired holds free their seats here too, so a site without a worker never keeps them.
        _release_expired_holds(session, now)
        _release_expired_offers(session, now)
        max_party_size = session.tour.max_party_size
        if not 1 <= party_size <= max_party_size:
            raise TourSignupError(
                _("A sign-up can be for 1 to %(max)s people."), code="party_size", params={"max": max_party_size}
            )
        active = session.signups.exclude(status=TourSignupStatus.CANCELLED)
        if active.filter(email=email).exists():
            raise TourSignupError(
                _("This email address is already signed up for this session. Your first sign-up stands."),
                code="duplicate",
            )
        seats_left = max(session.capacity - seats_taken(session), 0)
        if party_size <= seats_left:
            status = TourSignupStatus.HELD
        elif join_waitlist:
            status = TourSignupStatus.WAITLISTED
        else:
            raise TourSessionFull(
                _("There is not enough room for your party."),
                seats_left=seats_left,
                position=_waitlist(session).count() + 1,
            )
        try:
            with transaction.atomic():
                signup = TourSignup(
                    session=session,
                    name=name.strip(),
                    email=email,
                    party_size=party_size,
                    language=language,
                    consented_at=now,
                    status=status,
                    access_needs=access_needs.strip(),
                    checkin_code=checkin_code_new(set(session.signups.values_list("checkin_code", flat=True))),
                    any_session=any_session and status == TourSignupStatus.WAITLISTED,
                )
                if status == TourSignupStatus.HELD:
                    _hold(signup, session, now)
                signup.save()
        except IntegrityError as error:  # the unique constraint, should a writer slip past the lock
            raise TourSignupError(
                _("This email address is already signed up for this session. Your first sign-up stands."),
                code="duplicate",
            ) from error
        signup_emails_queue(signups=[signup], kind=SignupEmailKind.SIGNUP)
        _purge_tour_after_commit(session.tour)
    logger.info("sign-up %s for session %s: %s, party of %s", signup.pk, session.pk, status, party_size)
    return signup


def tour_session_waitlist_promote(*, session, now=None):
    """Give freed seats to waitlisted parties in order while seats remain, skipping any party that
    does not fit (all or none of a party). In the tour's automatic mode a party is confirmed if its
    address is confirmed, else held for the tour's hold_hours; in offer mode its seats are offered
    for the tour's offer_hours (tour_signup_offer_claim). Parties waiting for any session of the
    tour are moved here when placed.

    Call only inside a transaction that holds the session lock (the services below do).
    Returns the promoted sign-ups; each gets an email in their own language after commit.
    """
    now = now or timezone.now()
    if session.cancelled_at:
        return []
    offer = session.tour.promotion_mode == PromotionMode.OFFER
    seats_left = session.capacity - seats_taken(session)
    promoted = []
    for signup in _waitlist_for_freed_seats(session, now):
        if seats_left <= 0:
            break
        if signup.party_size <= seats_left and _place(signup, session):
            if offer:
                signup.status = TourSignupStatus.OFFERED
                signup.offer_expires_at = min(
                    now + datetime.timedelta(hours=session.tour.offer_hours), session.starts_at
                )
            elif signup.email_confirmed_at:
                signup.status = TourSignupStatus.CONFIRMED
            else:
                _hold(signup, session, now)
            signup.save(update_fields=["status", "hold_expires_at", "offer_expires_at"])
            seats_left -= signup.party_size
            promoted.append(signup)
    signup_emails_queue(signups=promoted, kind=SignupEmailKind.OFFER if offer else SignupEmailKind.PROMOTION)
    if promoted:
        logger.info(
            "session %s: %s sign-ups %s", session.pk, "offered" if offer else "promoted", [s.pk for s in promoted]
        )
    return promoted


def tour_signup_offer_claim(*, signup, now=None):
    """The visitor takes the seats offered to them, within the claim window. Following the emailed
    link proves the address, as the confirm link does, so the seats are confirmed at once.

    Raises TourSignupError (code "offer_expired") once the window has passed or the offer is gone;
    an expired offer found here is released to the next party in the same transaction.
    """
    now = now or timezone.now()
    with transaction.atomic():
        session, signup = _locked_session_of(signup)
        _release_expired_offers(session, now)
        signup.refresh_from_db()
        if signup.status == TourSignupStatus.OFFERED:
            signup.status, signup.offer_expires_at = TourSignupStatus.CONFIRMED, None
            signup.email_confirmed_at = signup.email_confirmed_at or now
            signup.save(update_fields=["status", "offer_expires_at", "email_confirmed_at"])
            signup_emails_queue(signups=[signup], kind=SignupEmailKind.CONFIRMATION)
            _purge_tour_after_commit(session.tour)
            logger.info("sign-up %s for session %s: offer claimed", signup.pk, session.pk)
    # Refused after the commit, so that an offer found expired here is passed on all the same.
    if signup.status != TourSignupStatus.CONFIRMED:
        raise TourSignupError(
            _("This offer has expired or was declined: the seats have gone to the next person on the waitlist."),
            code="offer_expired",
        )
    return signup


def _release_expired_offers(session, now):
    """Inside a transaction holding the session lock: offers not claimed in time lapse (the party
    leaves the waitlist) and their seats are offered to the next party that fits."""
    return _lapse(session, now, status=TourSignupStatus.OFFERED, expiry_field="offer_expires_at", what="offers expired")


def tour_signup_offers_expire(*, now=None):
    """Pass every offer not claimed in time to the next party, session by session; returns how many lapsed."""
    return _lapse_everywhere(
        now or timezone.now(), TourSignupStatus.OFFERED, "offer_expires_at", _release_expired_offers
    )


def tour_signup_cancel(*, signup, now=None):
    """Cancel a sign-up (repeating it changes nothing); a freed seat goes to the waitlist.

    Returns the sign-ups promoted in the same transaction.
    """
    now = now or timezone.now()
    with transaction.atomic():
        session, signup = _locked_session_of(signup)
        if signup.status == TourSignupStatus.CANCELLED:
            return []
        was_confirmed = signup.status in SEAT_TAKING_STATUSES
        signup.status = TourSignupStatus.CANCELLED
        signup.cancelled_at = now
        signup.save(update_fields=["status", "cancelled_at"])
        signup_emails_queue(signups=[signup], kind=SignupEmailKind.CANCELLATION)
        _purge_tour_after_commit(session.tour)
        logger.info("sign-up %s for session %s: cancelled", signup.pk, session.pk)
        return tour_session_waitlist_promote(session=session) if was_confirmed else []


def tour_signup_confirm(*, signup, now=None):
    """The visitor followed the link in our email: their address is confirmed, and held seats become theirs.

    Returns the sign-up as it now stands; a hold already released stays cancelled (the visitor
    may sign up again).
    """
    now = now or timezone.now()
    with transaction.atomic():
        session, signup = _locked_session_of(signup)
        if signup.status == TourSignupStatus.CANCELLED:
            return signup
        if not signup.email_confirmed_at:
            signup.email_confirmed_at = now
        if signup.status == TourSignupStatus.HELD:
            signup.status, signup.hold_expires_at = TourSignupStatus.CONFIRMED, None
            signup_emails_queue(signups=[signup], kind=SignupEmailKind.CONFIRMATION)
            _purge_tour_after_commit(session.tour)
        signup.save(update_fields=["status", "email_confirmed_at", "hold_expires_at"])
        logger.info("sign-up %s for session %s: address confirmed, %s", signup.pk, session.pk, signup.status)
        return signup


def _lapse(session, now, *, status, expiry_field, what):
    """Inside a transaction holding the session lock: cancel the sign-ups of `status` whose
    `expiry_field` has passed, and give their seats to the waitlist."""
    expired = session.signups.filter(status=status, **{f"{expiry_field}__lte": now})
    count = expired.update(status=TourSignupStatus.CANCELLED, cancelled_at=now)
    if count:
        logger.info("session %s: %s %s", session.pk, count, what)
        _purge_tour_after_commit(session.tour)
        tour_session_waitlist_promote(session=session, now=now)
    return count


def _lapse_everywhere(now, status, expiry_field, release):
    """Run `release` on every session with a sign-up of `status` past `expiry_field`, one locked
    transaction per session, in id order; returns how many lapsed."""
    expired = TourSignup.objects.filter(status=status, **{f"{expiry_field}__lte": now})
    lapsed = 0
    for session_id in sorted(set(expired.values_list("session_id", flat=True))):
        with transaction.atomic():
            lapsed += release(_locked_session(session_id), now)
    return lapsed


def _release_expired_holds(session, now):
    """Inside a transaction holding the session lock: cancel its expired holds and promote the waitlist."""
    return _lapse(
        session, now, status=TourSignupStatus.HELD, expiry_field="hold_expires_at", what="unconfirmed holds released"
    )


def tour_signup_holds_release(*, now=None):
    """Release every hold not confirmed in time, session by session, and promote each waitlist.

    Returns how many holds were released. No email: the address was never confirmed, so it may
    not be the visitor's.
    """
    return _lapse_everywhere(now or timezone.now(), TourSignupStatus.HELD, "hold_expires_at", _release_expired_holds)


def tour_signup_reminders_queue(*, now=None):
    """Queue a reminder for each confirmed sign-up whose session starts within TOUR_SIGNUP_REMINDER_HOURS.

    Each sign-up is claimed by setting reminder_queued_at where it is still empty, so a reminder
    is never queued twice, whoever runs this at the same time. Sign-ups made inside the window
    are left out: their confirmation is the reminder. Returns how many were queued.
    """
    now = now or timezone.now()
    window = datetime.timedelta(hours=settings.TOUR_SIGNUP_REMINDER_HOURS)
    due = TourSignup.objects.filter(
        status=TourSignupStatus.CONFIRMED,
        reminder_queued_at__isnull=True,
        session__starts_at__gt=now,
        session__starts_at__lte=now + window,
        created_at__lt=F("session__starts_at") - window,
    )
    queued = []
    for signup in due.select_related("session"):
        with transaction.atomic():
            if TourSignup.objects.filter(pk=signup.pk, reminder_queued_at__isnull=True).update(reminder_queued_at=now):
                signup_emails_queue(signups=[signup], kind=SignupEmailKind.REMINDER)
                queued.append(signup.pk)
    if queued:
        logger.info("reminders queued for sign-ups %s", queued)
    return len(queued)


def tour_signup_party_reduce(*, signup, party_size):
    """Fewer people are coming: the party shrinks (never grows: that would jump the waitlist) and
    the freed seats go to the waitlist at once. Returns the promoted sign-ups."""
    with transaction.atomic():
        session, signup = _locked_session_of(signup)
        if signup.status == TourSignupStatus.CANCELLED:
            raise TourSignupError(_("This sign-up is already cancelled."), code="cancelled")
        if not 1 <= party_size < signup.party_size:
            raise TourSignupError(
                _("Choose from 1 to %(max)s people."), code="party_size", params={"max": signup.party_size - 1}
            )
        signup.party_size = party_size
        signup.save(update_fields=["party_size"])
        logger.info("sign-up %s for session %s: party reduced to %s", signup.pk, session.pk, party_size)
        if signup.status not in SEAT_TAKING_STATUSES:
            return []
        _purge_tour_after_commit(session.tour)
        return tour_session_waitlist_promote(session=session)


def tour_signup_erase(*, signup):
    """Delete a person's sign-up for good (a data-protection request); a freed seat goes to the waitlist."""
    with transaction.atomic():
        session = _locked_session(signup.session_id)
        deleted, _rows = TourSignup.objects.filter(pk=signup.pk).delete()
        logger.info("sign-up %s for session %s: erased", signup.pk, session.pk)
        _purge_tour_after_commit(session.tour)
        return tour_session_waitlist_promote(session=session) if deleted else []


def tour_signup_erase_person(*, signup, scope):
    """Erase every sign-up of the person behind `signup` within `scope` (the sign-ups the caller
    may manage), for a data-protection request. Returns {session: sign-ups erased there}.

    Sessions are locked in id order, so two erasures running at once cannot deadlock.
    """
    erased = {}
    with transaction.atomic():
        for each in scope.filter(email=signup.email).select_related("session").order_by("session_id", "pk"):
            tour_signup_erase(signup=each)
            erased[each.session] = erased.get(each.session, 0) + 1
    return erased


def tour_session_capacity_change(*, session, capacity):
    """Set a session's capacity. Raising it promotes the waitlist; it never drops below the confirmed seats."""
    with transaction.atomic():
        session = _locked_session(session.pk)
        taken = seats_taken(session)
        if capacity < taken:
            raise TourSignupError(
                _("%(taken)s seats are already confirmed: the capacity cannot be lower than that."),
                code="below_confirmed",
                params={"taken": taken},
            )
        session.capacity = capacity
        session.save(update_fields=["capacity"])
        logger.info("session %s: capacity set to %s", session.pk, capacity)
        _purge_tour_after_commit(session.tour)
        return tour_session_waitlist_promote(session=session)


def _set_closed(session, closed):
    with transaction.atomic():
        session = _locked_session(session.pk)
        session.signups_closed = closed
        session.save(update_fields=["signups_closed"])
        logger.info("session %s: sign-ups %s", session.pk, "closed" if closed else "reopened")
        _purge_tour_after_commit(session.tour)
        return session


def tour_session_close(*, session):
    """Take no new sign-ups; cancellations still free seats for the waitlist."""
    return _set_closed(session, True)


def tour_session_reopen(*, session):
    return _set_closed(session, False)


def tour_signup_purge(*, days, now=None):
    """Delete the sign-ups of sessions that ended more than `days` days ago; returns how many."""
    cutoff = (now or timezone.now()) - datetime.timedelta(days=days)
    # No front-cache purge: pages list upcoming sessions only, so nothing they show changes.
    deleted, _rows = TourSignup.objects.filter(session__ends_at__lt=cutoff).delete()
    logger.info("purged %s sign-ups of sessions that ended before %s", deleted, cutoff.isoformat())
    return deleted


def _signup_for_checkin(session, code, signup_id):
    """The sign-up named by a ticked row (`signup_id`), a scanned token or a typed short code."""
    if signup_id is not None:
        found = TourSignup.objects.filter(session=session, pk=signup_id).first()
    else:
        try:
            public_id = public_id_from_checkin_token(code.strip())
        except signing.BadSignature:
            raise TourSignupError(_("This QR code is not one of ours."), code="bad_token") from None
        if public_id is not None:
            found = TourSignup.objects.filter(public_id=public_id).first()
            if found is not None and found.session_id != session.pk:
                raise TourSignupError(_("This code is for another session."), code="other_session")
        else:
            found = TourSignup.objects.filter(session=session, checkin_code=checkin_code_normalize(code)).first()
    if found is None:
        raise TourSignupError(_("No sign-up for this session has this code."), code="unknown")
    return found


def tour_signup_check_in(*, session, user, code="", signup_id=None, now=None):
    """Mark a confirmed party as arrived, by ticked row, scanned token or typed code.

    Returns (sign-up, newly): checking in twice changes nothing (the first time stands), so a
    queued check-in sent again after a lost connection is harmless. Refuses a code of another
    session and a sign-up that is not confirmed (waitlisted, awaiting confirmation, cancelled).
    """
    now = now or timezone.now()
    with transaction.atomic():
        session = _locked_session(session.pk)
        signup = _signup_for_checkin(session, code, signup_id)
        if signup.status != TourSignupStatus.CONFIRMED:
            raise TourSignupError(
                _("This sign-up is not confirmed (%(status)s): it cannot check in."),
                code="not_confirmed",
                params={"status": signup.get_status_display()},
            )
        if signup.checked_in_at:
            return signup, False
        signup.checked_in_at, signup.checked_in_by = now, user
        signup.save(update_fields=["checked_in_at", "checked_in_by"])
    logger.info("sign-up %s for session %s: checked in", signup.pk, session.pk)
    return signup, True


# Messages to attendees --------------------------------------------------------------------

# Who receives an organizer's message: everyone holding or waiting for seats.
MESSAGE_RECIPIENT_STATUSES = (*SEAT_TAKING_STATUSES, TourSignupStatus.WAITLISTED)


def tour_session_message_send(*, session, texts, user, now=None):
    """Record an organizer's message for `session` and email it to everyone signed up (confirmed,
    held, offered and waitlisted), each in their own language where the organizer wrote it.

    `texts` maps the message fields (subject_ja, body_ja, subject_en, ...) to their text.
    Returns the TourSessionMessage, with who sent it, when and to how many.
    """
    with transaction.atomic():
        session = _locked_session(session.pk)
        return _message_send(session, texts, user, cancels_session=False)


def _message_send(session, texts, user, *, cancels_session, signups=None):
    if signups is None:
        signups = list(session.signups.filter(status__in=MESSAGE_RECIPIENT_STATUSES))
    message = TourSessionMessage.objects.create(
        session=session, sent_by=user, cancels_session=cancels_session, recipient_count=len(signups), **texts
    )
    signup_emails_queue(signups=signups, kind=SignupEmailKind.MESSAGE, message=message)
    logger.info("session %s: message %s queued for %s sign-ups", session.pk, message.pk, len(signups))
    return message


def tour_session_cancel(*, session, texts, user, now=None):
    """The organizers call the session off: it closes to sign-ups, every active sign-up is
    cancelled (waitlist included, nobody is promoted) and everyone gets the organizer's message.

    Returns the TourSessionMessage. Cancelling a cancelled session is refused.
    """
    now = now or timezone.now()
    with transaction.atomic():
        session = _locked_session(session.pk)
        if session.cancelled_at:
            raise TourSignupError(_("This session is already cancelled."), code="session_cancelled")
        signups = list(session.signups.filter(status__in=MESSAGE_RECIPIENT_STATUSES))
        session.signups.filter(pk__in=[signup.pk for signup in signups]).update(
            status=TourSignupStatus.CANCELLED, cancelled_at=now, hold_expires_at=None, offer_expires_at=None
        )
        session.signups_closed, session.cancelled_at = True, now
        session.save(update_fields=["signups_closed", "cancelled_at"])
        _purge_tour_after_commit(session.tour)
        logger.info("session %s: cancelled by the organizers", session.pk)
        return _message_send(session, texts, user, cancels_session=True, signups=signups)
