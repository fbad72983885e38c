from django.apps import AppConfig


class TourismConfig(AppConfig):
    name = "tourism"
    verbose_name = "Fairs and tours"

    def ready(self):
        from tourism import (
            front_cache,  # noqa: F401  (purges tour pages when sessions change)
            tasks,  # noqa: F401  (registers the periodic tasks)
        )
