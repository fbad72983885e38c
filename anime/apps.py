from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from core.registry import SearchSection, register_search_section


class AnimeConfig(AppConfig):
    name = "anime"
    verbose_name = _("Anime")

    def ready(self):
        studios = (self.get_model("AnimeStudioPage"),)
        register_search_section(SearchSection("anime", pgettext_lazy("search section", "Anime"), studios, position=50))
