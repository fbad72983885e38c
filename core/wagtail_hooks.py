from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from core.admin_views import TranslationStatusView
from core.locale_trees import language_versions_to_cascade, locale_trees_synchronise
from core.models import Area, ContactOffice, Topic


class AreaViewSet(SnippetViewSet):
    model = Area
    icon = "site"
    menu_label = _("Areas")
    list_display = ["name", "locale"]
    list_filter = ["locale"]
    search_fields = ["name"]


class TopicViewSet(SnippetViewSet):
    model = Topic
    icon = "tag"
    menu_label = _("Topics")
    list_display = ["name", "slug", "locale"]
    list_filter = ["locale"]
    search_fields = ["name"]


class ContactOfficeViewSet(SnippetViewSet):
    model = ContactOffice
    icon = "mail"
    menu_label = _("Contact offices")
    list_display = ["name", "phone", "locale"]
    list_filter = ["locale"]


class SharedSnippetsGroup(SnippetViewSetGroup):
    items = (AreaViewSet, TopicViewSet, ContactOfficeViewSet)
    menu_icon = "folder-open-inverse"
    menu_label = _("Shared content")
    menu_name = "shared-content"


register_snippet(SharedSnippetsGroup)


# Translation status: every page × every language, under Reports.


@hooks.register("register_admin_urls")
def register_translation_status_url():
    return [path("translation-status/", TranslationStatusView.as_view(), name="translation_status")]


@hooks.register("register_reports_menu_item")
def register_translation_status_menu_item():
    return MenuItem(
        _("Translation status"), reverse("translation_status"), icon_name="wagtail-localize-language", order=50
    )


# Moving, deleting or unpublishing a Japanese page takes its versions in the other trees along.
hooks.register("construct_translated_pages_to_cascade_actions", language_versions_to_cascade)


@hooks.register("after_delete_page")
def realias_deleted_translation(request, page):
    """A deleted translation leaves its tree without the page: the original's alias takes its place."""
    locale_trees_synchronise()
