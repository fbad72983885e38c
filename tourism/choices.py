from django.db import models
from django.utils.translation import pgettext_lazy


class TourSignupStatus(models.TextChoices):
    HELD = "held", pgettext_lazy("tour sign-up status", "Awaiting email confirmation")
    CONFIRMED = "confirmed", pgettext_lazy("tour sign-up status", "Confirmed")
    WAITLISTED = "waitlisted", pgettext_lazy("tour sign-up status", "Waitlisted")
    CANCELLED = "cancelled", pgettext_lazy("tour sign-up status", "Cancelled")


# The sign-ups that take seats: a hold counts against capacity until it is confirmed or released.
SEAT_TAKING_STATUSES = (TourSignupStatus.CONFIRMED, TourSignupStatus.HELD)


class SignupEmailKind(models.TextChoices):
    SIGNUP = "signup", pgettext_lazy("sign-up email", "Sign-up")
    CONFIRMATION = "confirmation", pgettext_lazy("sign-up email", "Address confirmed")
    PROMOTION = "promotion", pgettext_lazy("sign-up email", "Seats came free")
    CANCELLATION = "cancellation", pgettext_lazy("sign-up email", "Cancellation")
    REMINDER = "reminder", pgettext_lazy("sign-up email", "Reminder")


class EmailDeliveryState(models.TextChoices):
    QUEUED = "queued", pgettext_lazy("email delivery", "Queued")
    SENDING = "sending", pgettext_lazy("email delivery", "Sending")
    SENT = "sent", pgettext_lazy("email delivery", "Sent")
    RETRYING = "retrying", pgettext_lazy("email delivery", "Failed, will retry")
    FAILED = "failed", pgettext_lazy("email delivery", "Not delivered")
