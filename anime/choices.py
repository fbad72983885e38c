from django.db import models
from django.utils.translation import gettext_lazy as _


class VisitorPolicy(models.TextChoices):
    NONE = "none", _("Not open to visitors")
    TOURS = "tours", _("On organised tours only")
    APPOINTMENT = "appointment", _("By appointment")
    OPEN = "open", _("Open to visitors")
