from django.db import models
from django.utils.translation import pgettext_lazy


class TourSignupStatus(models.TextChoices):
    CONFIRMED = "confirmed", pgettext_lazy("tour sign-up status", "Confirmed")
    WAITLISTED = "waitlisted", pgettext_lazy("tour sign-up status", "Waitlisted")
    CANCELLED = "cancelled", pgettext_lazy("tour sign-up status", "Cancelled")
