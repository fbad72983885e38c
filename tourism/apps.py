from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TourismConfig(AppConfig):
    name = "tourism"
    verbose_name = _("Fairs and tours")

    def ready(self):
        from tourism import (
            front_cache,  # noqa: F401  (purges tour pages when sessions change)
            tasks,  # noqa: F401  (registers the periodic tasks)
        )
