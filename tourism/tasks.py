"""Background work of the sign-ups: their emails. Tasks take ids only, never personal data."""

from django_tasks import task

from tourism import emails
from tourism.models import TourSignup


def _send(signup_ids, kind):
    # A sign-up erased or purged before the task ran gets no email.
    for signup in TourSignup.objects.filter(pk__in=signup_ids).select_related("session__tour"):
        emails.signup_email(signup, kind).send()


@task()
def send_signup_emails(*, signup_ids):
    """The confirmation (or waitlist) email after a sign-up."""
    _send(signup_ids, "signup")


@task()
def send_promotion_emails(*, signup_ids):
    """A seat has come free: the waitlisted person is now confirmed."""
    _send(signup_ids, "promotion")


@task()
def send_cancellation_emails(*, signup_ids):
    _send(signup_ids, "cancellation")
