"""Sending the sign-up emails, with retries, and a record of what went out.

Each email is a TourSignupEmail row, written in the same transaction as the change it tells
about, and sent by the task queue after the commit. A failed send is retried with growing
delays by a periodic task (retry_signup_emails), then marked "not delivered"; organizers see the
state of the latest email beside each sign-up. Log lines name emails and sign-ups by id only.
"""

import datetime
import logging
from functools import partial

from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from django_tasks import task

from tourism import emails
from tourism.choices import EmailDeliveryState
from tourism.models import TourSignup, TourSignupEmail

# Wait before attempt 2, 3, ...; after the last, the email is given up.
RETRY_DELAYS = [datetime.timedelta(minutes=minutes) for minutes in (1, 5, 30, 120, 360)]
# A send that started this long ago and never finished (the process died) is tried again.
STALE_SENDING = datetime.timedelta(minutes=15)
logger = logging.getLogger(__name__)


def signup_emails_queue(*, signups, kind, message=None):
    """Record one email of `kind` per sign-up (with the organizer's `message` for kind "message");
    the task queue sends them once the transaction commits."""
    created = TourSignupEmail.objects.bulk_create(
        [TourSignupEmail(signup=signup, kind=kind, message=message) for signup in signups]
    )
    if created:
        email_ids = [email.pk for email in created]
        transaction.on_commit(partial(deliver_signup_emails.enqueue, email_ids=email_ids), robust=True)
    return created


def _claim(email_id, now):
    """Mark the email as being sent, unless another worker has it or it has gone out already."""
    due = Q(state__in=[EmailDeliveryState.QUEUED, EmailDeliveryState.RETRYING])
    stale = Q(state=EmailDeliveryState.SENDING, updated_at__lt=now - STALE_SENDING)
    return TourSignupEmail.objects.filter(due | stale, pk=email_id).update(
        state=EmailDeliveryState.SENDING, updated_at=now
    )


def signup_email_deliver(*, email_id, now=None):
    """Send one email; returns its new state (None if it was not due)."""
    now = now or timezone.now()
    if not _claim(email_id, now):
        return None
    email = TourSignupEmail.objects.select_related("signup__session__tour", "message").get(pk=email_id)
    try:
        sent = emails.signup_email(email.signup, email.kind, message=email.message).send()
    except Exception as error:  # noqa: BLE001 (any failure of the mail server is retried)
        # The type only: an SMTP error's text can carry the address.
        logger.warning(
            "email %s for sign-up %s: attempt %s failed (%s)",
            email.pk,
            email.signup_id,
            email.attempts + 1,
            type(error).__name__,
        )
        sent = 0
    email.attempts += 1
    if sent:
        email.state, email.next_attempt_at = EmailDeliveryState.SENT, None
    elif email.attempts <= len(RETRY_DELAYS):
        email.state, email.next_attempt_at = EmailDeliveryState.RETRYING, now + RETRY_DELAYS[email.attempts - 1]
    else:
        email.state, email.next_attempt_at = EmailDeliveryState.FAILED, None
        logger.error("email %s for sign-up %s: given up after %s attempts", email.pk, email.signup_id, email.attempts)
    email.save(update_fields=["state", "attempts", "next_attempt_at", "updated_at"])
    return email.state


@task()
def deliver_signup_emails(*, email_ids):
    # An email whose sign-up was erased or purged before the task ran is gone with it.
    for email_id in email_ids:
        signup_email_deliver(email_id=email_id)


@task()
def send_signup_list(*, signup_ids, language):
    """The list of one address's sign-ups, asked for on the site (ids only in the queue)."""
    signups = list(
        TourSignup.objects.filter(pk__in=signup_ids).select_related("session__tour").order_by("session__starts_at")
    )
    if signups:
        emails.signup_list_email(signups, language).send()


def signup_emails_due(now=None):
    """Ids of the emails whose next attempt is due, and of sends that died half-way."""
    now = now or timezone.now()
    retry = Q(state=EmailDeliveryState.RETRYING, next_attempt_at__lte=now)
    stale = Q(state=EmailDeliveryState.SENDING, updated_at__lt=now - STALE_SENDING)
    return list(TourSignupEmail.objects.filter(retry | stale).values_list("pk", flat=True))
