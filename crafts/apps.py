from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from core.registry import SearchSection, register_search_section


class CraftsConfig(AppConfig):
    name = "crafts"
    verbose_name = _("Traditional crafts")

    def ready(self):
        crafts = (self.get_model("CraftPage"),)
        register_search_section(SearchSection("crafts", pgettext_lazy("search section", "Crafts"), crafts, position=30))
        craftsmen = (self.get_model("MasterCraftsmanPage"),)
        register_search_section(
            SearchSection("craftsmen", pgettext_lazy("search section", "Craftsmen"), craftsmen, position=40)
        )
