from django.db import models
from django.utils.translation import gettext_lazy as _


class CertificationStatus(models.TextChoices):
    ACTIVE = "active", _("Certified, working")
    EMERITUS = "emeritus", _("Certified, retired from work")
