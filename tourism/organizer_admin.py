"""Where fair organizers start in the admin, and what the tour chooser offers them.

Wagtail opens the Pages menu and explorer at the common ancestor of the pages a user may
edit. An organizer may edit every language version of their fair, so that is the root of
all trees, with its warning that pages added there have no URL. Here the menu, the explorer's
root address and the tour chooser of a new session open at the organizer's fair instead
(tourism.organizers.organizer_start_page). Wagtail's explorer already lists only the pages a
user may edit and the pages above them; the tour chooser lists only the tours a session can
be saved with (the user's own, in Japanese) and the pages leading to them.
"""

from django.db.models import Q
from django.shortcuts import redirect
from django.urls import resolve

from wagtail.admin.ui.sidebar import PageExplorerMenuItem as PageExplorerMenuItemComponent
from wagtail.admin.wagtail_hooks import ExplorerMenuItem
from wagtail.admin.widgets import AdminPageChooser
from wagtail.models import Page

from tourism.models import TourPage
from tourism.organizers import choosable_tours_for_user, organizer_start_page

TOUR_PAGE_TYPE = f"{TourPage._meta.app_label}.{TourPage._meta.model_name}"


class FairExplorerMenuItem(ExplorerMenuItem):
    """Wagtail's Pages menu item, opening at an organizer's fair."""

    def render_component(self, request):
        start_page = organizer_start_page(request.user)
        if start_page is None:
            return super().render_component(request)
        return PageExplorerMenuItemComponent(
            self.name,
            self.label,
            self.url,
            start_page.pk,
            icon_name=self.icon_name,
            classname=self.classname,
        )


def main_menu_with_fair_explorer(request, menu_items):
    menu_items[:] = [
        FairExplorerMenuItem(item.label, item.url, name=item.name, icon_name=item.icon_name, order=item.order)
        if item.name == "explorer"
        else item
        for item in menu_items
    ]


def explore_root(request):
    """/admin/pages/: an organizer goes to their fair, everyone else to Wagtail's root listing."""
    start_page = organizer_start_page(request.user) if request.user.is_authenticated else None
    if start_page is not None:
        return redirect("wagtailadmin_explore", start_page.pk)
    # Wagtail's own view, with its decorators (admin access, no caching); the URL module is
    # named, not imported, because importing it builds the admin URLs before every hook is in.
    return resolve("/pages/", urlconf="wagtail.admin.urls").func(request)


def tour_chooser_pages(pages, request):
    """In a tour chooser, only the tours the user can attach sessions to, and their ancestors."""
    if request.GET.get("page_type", "").lower() != TOUR_PAGE_TYPE:
        return pages
    paths = choosable_tours_for_user(request.user).values_list("path", flat=True)
    ancestor_paths = {path[:end] for path in paths for end in range(Page.steplen, len(path), Page.steplen)}
    return pages.filter(Q(path__in=paths) | Q(path__in=ancestor_paths))


class TourChooser(AdminPageChooser):
    """A page chooser that opens at `start_page` while nothing is chosen."""

    def __init__(self, *args, start_page, **kwargs):
        super().__init__(*args, **kwargs)
        self.start_page = start_page

    def get_js_init_options(self, id_, name, value_data):
        options = super().get_js_init_options(id_, name, value_data)
        options.setdefault("parentId", self.start_page.pk)
        return options
