"""Queries shared across sections: cards, reverse links, navigation."""

from django.db.models import Prefetch

from wagtail.images import get_image_model
from wagtail.models import Page

from core.i18n import in_visitor_language, localize_all


def with_card_images(queryset, *image_fields):
    """Fetch each listed page's card images and their renditions with the page, not one by one."""
    image_fields = ("listing_image", *image_fields)
    renditions = get_image_model().objects.prefetch_related("renditions")
    return queryset.select_related("locale").prefetch_related(
        *[Prefetch(field, queryset=renditions) for field in image_fields]
    )


def live_pages(model):
    """Public, live pages of a type in the visitor's language (or their Japanese originals)."""
    return in_visitor_language(model.objects.live().public())


def reverse_link_list(model, lookup, page, *image_fields):
    """Pages of `model` whose `lookup` page field points at any language version of `page`."""
    return with_card_images(
        live_pages(model).filter(**{f"{lookup}__translation_key": page.translation_key}), *image_fields
    )


def navigation_page_list(home_page):
    """The top navigation: the home page's children that are shown in menus."""
    if home_page is None:
        return []
    children = home_page.get_children().live().public().in_menu().select_related("locale")
    return localize_all(list(children))


def home_page_for(request):
    from wagtail.models import Site

    site = Site.find_for_request(request)
    if site is None:
        return None
    root = Page.objects.filter(pk=site.root_page_id).select_related("locale").first()
    return localize_all([root])[0] if root else None
