from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AnimeConfig(AppConfig):
    name = "anime"
    verbose_name = _("Anime")
