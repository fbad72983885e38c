from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from core.registry import STORIES_FEATURING, SearchSection, register_listing, register_search_section


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Home and stories")

    def ready(self):
        # Imported once the models are loaded.
        from home.selectors import stories_featuring

        register_listing(STORIES_FEATURING, stories_featuring)
        stories = (self.get_model("StoryPage"),)
        register_search_section(
            SearchSection("stories", pgettext_lazy("search section", "Stories"), stories, position=70)
        )
