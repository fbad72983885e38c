from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from core.registry import (
    TOURS_HOSTED_BY,
    UPCOMING_TOUR_SESSIONS,
    SearchSection,
    register_listing,
    register_search_section,
)


class TourismConfig(AppConfig):
    name = "tourism"
    verbose_name = _("Fairs and tours")

    def ready(self):
        # Imported once the models are loaded.
        from tourism import (
            front_cache,  # noqa: F401  (purges tour pages when sessions change)
            tasks,  # noqa: F401  (registers the periodic tasks)
        )
        from tourism.selectors import tours_hosted_by, upcoming_tour_session_list

        register_listing(TOURS_HOSTED_BY, tours_hosted_by)
        register_listing(UPCOMING_TOUR_SESSIONS, upcoming_tour_session_list)
        tours = (self.get_model("TourPage"), self.get_model("FairPage"))
        register_search_section(
            SearchSection("tours", pgettext_lazy("search section", "Fairs and tours"), tours, position=60)
        )
