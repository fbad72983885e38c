from django.apps import AppConfig
from django.db.models.signals import post_delete, post_migrate, post_save
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "search"
    verbose_name = _("Search")

    def ready(self):
        # Imported once the models are loaded.
        from search.models import SynonymGroup
        from search.selectors import synonym_map_clear

        post_save.connect(synonym_map_clear, sender=SynonymGroup, dispatch_uid="search-synonyms-saved")
        post_delete.connect(synonym_map_clear, sender=SynonymGroup, dispatch_uid="search-synonyms-deleted")
        # Groups installed by a migration (bulk, no signals) reach the cached map once migrate is
        # done, when a database cache has its table (core's post_migrate creates it first).
        post_migrate.connect(synonym_map_clear, sender=self, dispatch_uid="search-synonyms-migrated")
