"""The sign-ups' periodic work: email retries, releasing unconfirmed holds, passing on unclaimed
offers and the daily purge
(core.periodic schedules them).

The emails themselves are sent by tourism.email_delivery.deliver_signup_emails.
"""

import datetime

from django.conf import settings

from core.periodic import periodic_task
from tourism.email_delivery import signup_email_deliver, signup_emails_due
from tourism.services import (
    tour_signup_holds_release,
    tour_signup_offers_expire,
    tour_signup_purge,
    tour_signup_reminders_queue,
)


@periodic_task(every=datetime.timedelta(minutes=5))
def retry_signup_emails():
    for email_id in signup_emails_due():
        signup_email_deliver(email_id=email_id)


@periodic_task(every=datetime.timedelta(minutes=5))
def release_expired_holds():
    """Seats held for addresses nobody confirmed in time go to the waitlist."""
    return tour_signup_holds_release()


@periodic_task(every=datetime.timedelta(minutes=5))
def expire_seat_offers():
    """Seats offered and not claimed in time are offered to the next party on the waitlist."""
    return tour_signup_offers_expire()


@periodic_task(every=datetime.timedelta(minutes=15))
def send_session_reminders():
    """Reminders TOUR_SIGNUP_REMINDER_HOURS before each session, once per sign-up."""
    return tour_signup_reminders_queue()


@periodic_task(every=datetime.timedelta(days=1))
def purge_expired_signups():
    """Sign-ups are kept TOUR_SIGNUP_RETENTION_DAYS after their session, then deleted."""
    return tour_signup_purge(days=settings.TOUR_SIGNUP_RETENTION_DAYS)
