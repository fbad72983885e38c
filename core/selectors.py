"""Queries shared across sections: cards, reverse links, navigation.

Listings are evaluated here, not in templates, so each costs a fixed number of
queries however many items it shows: one query per listing (card images joined
in), plus one query for the renditions of every image on the page
(`prefetch_renditions`). Wagtail uses prefetched `renditions` when present.
"""

from collections import defaultdict
from itertools import chain

from django.contrib.contenttypes.models import ContentType
from django.db.models import Q, prefetch_related_objects
from django.db.models.functions import Substr

from wagtail.blocks import StreamValue, StructValue
from wagtail.blocks.list_block import ListValue
from wagtail.images.models import AbstractImage
from wagtail.models import Page, PageViewRestriction

from core.chrome import chrome_cached
from core.i18n import active_language, in_visitor_language, localize_all, source_language


def public_q():
    """Pages outside any private section, as a plain condition on their tree path.

    The paths of restricted pages come from the cache (`restricted_path_list`), so a listing
    joins nothing for privacy, and asks nothing at all while no page is private. (Wagtail's
    `PageQuerySet.public()` queries the restrictions on each call; a NOT EXISTS subquery per
    row measured seconds per search on 10,000 pages.)
    """
    condition = Q()
    for path in restricted_path_list():
        condition &= ~Q(path__startswith=path)
    return condition


def live_pages(model):
    """Public, live pages of a type in the visitor's language (or their Japanese originals)."""
    return in_visitor_language(model.objects.live().filter(public_q()))


def card_fields(model):
    """The foreign keys a card of this page type shows: its locale and its card image."""
    fields = ["locale"]
    if hasattr(model, "card_image"):
        fields.append("listing_image")
        if getattr(model, "main_image_field", None):
            fields.append(model.main_image_field)
    return fields


def with_card_images(queryset, *image_fields):
    """A page queryset with each page's locale and card images joined in."""
    return queryset.select_related(*card_fields(queryset.model), *image_fields)


def card_list(queryset):
    """Evaluate a listing of one page type, with what its cards need, in one query."""
    return list(with_card_images(queryset))


def specific_cards(pages):
    """The same pages as specific pages with their card images, in order.

    One query per page type, with the card images joined (Wagtail's `.specific()` would
    load each card image separately).
    """
    ids_by_type = defaultdict(list)
    for page in pages:
        ids_by_type[page.content_type_id].append(page.pk)
    specific = {}
    for content_type_id, ids in ids_by_type.items():
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        if model is not None:
            specific.update({page.pk: page for page in card_list(model.objects.filter(pk__in=ids))})
    return [specific[page.pk] for page in pages if page.pk in specific]


def localized_page_list(page_ids):
    """The live, public pages with these ids, in the same order and one query, each in the visitor's
    language where a live translation exists, else its Japanese original. Pages that are missing
    or unpublished are left out."""
    page_ids = [pk for pk in page_ids if pk]
    if not page_ids:
        return []
    active, source = active_language(), source_language()
    chosen_keys = Page.objects.filter(pk__in=page_ids).values("translation_key")
    rows = list(
        Page.objects.live()
        .filter(public_q())
        .filter(Q(pk__in=page_ids) | Q(translation_key__in=chosen_keys, locale__language_code__in={active, source}))
        .select_related("locale")
    )
    by_pk = {page.pk: page for page in rows}
    versions = defaultdict(dict)
    for page in rows:
        versions[page.translation_key][page.locale.language_code] = page
    localized = []
    for pk in page_ids:
        if pk in by_pk:
            page = by_pk[pk]
            language_versions = versions[page.translation_key]
            localized.append(language_versions.get(active) or language_versions.get(source) or page)
    return localized


def localized_card_list(page_ids):
    """Cards for pages chosen by id, of any type: localized, specific, with their images."""
    return specific_cards(localized_page_list(page_ids))


def chosen_page_list(pages):
    """Pages an editor linked to (loaded with their locale), in order, each in the visitor's language
    where a live translation exists, else its Japanese original; unpublished ones are left out.
    No query when they are all in the visitor's language already."""
    return [page for page in localize_all(pages) if page.live]


def chosen_card_list(pages):
    """Cards for linked pages of any type: localized, specific, with their images."""
    return specific_cards(chosen_page_list(pages))


def reverse_link_list(model, lookup, page, *, order_by=("title",)):
    """Pages of `model` whose `lookup` page field points at any language version of `page`."""
    pages = live_pages(model).filter(**{f"{lookup}__translation_key": page.translation_key})
    return card_list(pages.distinct().order_by(*order_by))


def load_related(page, *fields):
    """Load a page's foreign keys (its images, snippets, linked pages and locale) in one query.

    `fields` are `select_related` paths ("area__locale"). Only values that match the page
    in hand are copied, so a preview of unsaved changes keeps its own.
    """
    if page.pk is None:
        return page
    stored = type(page).objects.select_related(*fields).filter(pk=page.pk).first()
    if stored is None:
        return page
    for name in dict.fromkeys(field.split("__")[0] for field in fields):
        attname = page._meta.get_field(name).attname
        if getattr(stored, attname) == getattr(page, attname):
            setattr(page, name, getattr(stored, name))
    return page


def is_loaded(obj, path):
    """Whether following the select_related `path` from `obj` needs no query."""
    name, _sep, rest = path.partition("__")
    field = obj._meta.get_field(name)
    if getattr(obj, field.attname) is None:
        return True
    if name not in obj._state.fields_cache:
        return False
    related = obj._state.fields_cache[name]
    return not rest or related is None or is_loaded(related, rest)


def load_page(page, *fields):
    """Make sure the page being served has what it shows of itself: its locale, its images
    (header, listing, social), its `serve_related` and the given foreign keys. The router
    (core/serving.py) loads them with the page; a preview or a page loaded elsewhere costs
    one query. Returns its images, for `prefetch_renditions`."""
    image_fields = ["listing_image", "social_image"]
    if page.main_image_field:
        image_fields.append(page.main_image_field)
    fields = [*type(page).serve_select_related(), *fields]
    if not all(is_loaded(page, field) for field in fields):
        load_related(page, *fields)
    return [getattr(page, field) for field in image_fields]


def restricted_path_list():
    """Tree paths of the pages with a view restriction (private sections), cached."""
    return chrome_cached(
        None, ("restricted",), lambda: list(PageViewRestriction.objects.values_list("page__path", flat=True))
    )


def stream_images(*stream_values):
    """The images inside StreamField values (image blocks, galleries, products), for `prefetch_renditions`.

    A StreamValue keeps the blocks it has loaded, so the template renders these same image objects.
    """
    images = []
    pending = list(stream_values)
    while pending:
        value = pending.pop()
        if isinstance(value, AbstractImage):
            images.append(value)
        elif isinstance(value, StreamValue):
            pending.extend(child.value for child in value)
        elif isinstance(value, StructValue):
            pending.extend(value.values())
        elif isinstance(value, list | tuple | ListValue):
            pending.extend(value)
    return images


def prefetch_renditions(*groups):
    """Fetch the renditions of every image in `groups` in one query.

    A group is a list of images or of pages (whose card image is used). Call it once,
    at the end of `get_context`, with every listing and image the page shows.
    """
    images = []
    for item in chain.from_iterable(groups):
        image = getattr(item, "card_image", item)
        if isinstance(image, AbstractImage):
            images.append(image)
    prefetch_related_objects(images, "renditions")


def home_child_list(home_page, queryset):
    """Children of the home page from `queryset`, in one query: the Japanese home page's
    children, in their order, each in the visitor's language where a live translation exists."""
    if home_page is None:
        return []
    active, source = active_language(), source_language()
    home_paths = Page.objects.filter(translation_key=home_page.translation_key).values("path")
    candidates = (
        queryset.live()
        .filter(public_q(), depth=home_page.depth + 1, locale__language_code__in={active, source})
        .annotate(parent_path=Substr("path", 1, len(home_page.path)))
        .filter(parent_path__in=home_paths)
        .select_related("locale")
        .order_by("path")
    )
    originals, translated = [], {}
    for page in candidates:
        if page.locale.language_code == source:
            originals.append(page)
        if page.locale.language_code == active:
            translated[page.translation_key] = page
    return [translated.get(page.translation_key, page) for page in originals]


def navigation_page_list(home_page):
    """The top navigation: the home page's children shown in menus."""
    return home_child_list(home_page, Page.objects.in_menu())
