from django.utils.translation import gettext_lazy as _

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from industries.models import ShopCategory


class ShopCategoryViewSet(SnippetViewSet):
    model = ShopCategory
    icon = "tag"
    menu_label = _("Shop categories")
    list_display = ["name", "locale"]
    list_filter = ["locale"]
    search_fields = ["name"]
    add_to_admin_menu = True


register_snippet(ShopCategoryViewSet)
