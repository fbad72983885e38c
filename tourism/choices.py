from django.db import models
from django.utils.translation import pgettext_lazy


class TourSignupStatus(models.TextChoices):
    HELD = "held", pgettext_lazy("tour sign-up status", "Awaiting email confirmation")
    CONFIRMED = "confirmed", pgettext_lazy("tour sign-up status", "Confirmed")
    WAITLISTED = "waitlisted", pgettext_lazy("tour sign-up status", "Waitlisted")
    OFFERED = "offered", pgettext_lazy("tour sign-up status", "Seats offered")
    CANCELLED = "cancelled", pgettext_lazy("tour sign-up status", "Cancelled")


# The sign-ups that take seats: a hold counts against capacity until it is confirmed or released,
# an offer until it is claimed, declined or expires.
SEAT_TAKING_STATUSES = (TourSignupStatus.CONFIRMED, TourSignupStatus.HELD, TourSignupStatus.OFFERED)


class PromotionMode(models.TextChoices):
    """How a tour fills freed seats from its waitlist."""

    AUTOMATIC = "automatic", pgettext_lazy("waitlist promotion", "Automatic: freed seats go to the waitlist at once")
    OFFER = "offer", pgettext_lazy("waitlist promotion", "Offer: freed seats are offered, to claim within a time limit")


class SignupEmailKind(models.TextChoices):
    SIGNUP = "signup", pgettext_lazy("sign-up email", "Sign-up")
    CONFIRMATION = "confirmation", pgettext_lazy("sign-up email", "Address confirmed")
    PROMOTION = "promotion", pgettext_lazy("sign-up email", "Seats came free")
    CANCELLATION = "cancellation", pgettext_lazy("sign-up email", "Cancellation")
    REMINDER = "reminder", pgettext_lazy("sign-up email", "Reminder")
    OFFER = "offer", pgettext_lazy("sign-up email", "Seats offered")
    MESSAGE = "message", pgettext_lazy("sign-up email", "Message from the organizers")


class EmailDeliveryState(models.TextChoices):
    QUEUED = "queued", pgettext_lazy("email delivery", "Queued")
    SENDING = "sending", pgettext_lazy("email delivery", "Sending")
    SENT = "sent", pgettext_lazy("email delivery", "Sent")
    RETRYING = "retrying", pgettext_lazy("email delivery", "Failed, will retry")
    FAILED = "failed", pgettext_lazy("email delivery", "Not delivered")
