from django.utils.translation import gettext_lazy as _

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from search.models import SynonymGroup


class SynonymGroupViewSet(SnippetViewSet):
    model = SynonymGroup
    icon = "search"
    menu_label = _("Search synonyms")
    list_display = ["name", "terms"]
    search_fields = ["name", "terms"]
    add_to_admin_menu = True


register_snippet(SynonymGroupViewSet)
