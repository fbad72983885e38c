from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CraftsConfig(AppConfig):
    name = "crafts"
    verbose_name = _("Traditional crafts")
