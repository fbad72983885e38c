from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from core.registry import SearchSection, register_search_section


class IndustriesConfig(AppConfig):
    name = "industries"
    verbose_name = _("Industries")

    def ready(self):
        shops = (self.get_model("ShopPage"), self.get_model("ShoppingStreetPage"))
        register_search_section(SearchSection("shops", pgettext_lazy("search section", "Shops"), shops, position=10))
        pickles = (self.get_model("PickleMakerPage"),)
        register_search_section(
            SearchSection("pickles", pgettext_lazy("search section", "Pickle makers"), pickles, position=20)
        )
        support = (self.get_model("SupportProgramPage"),)
        register_search_section(
            SearchSection("support", pgettext_lazy("search section", "Business support"), support, position=80)
        )
