"""Queries shared across sections: cards, reverse links, navigation.

Listings are evaluated here, not in templates, so each costs a fixed number of
queries however many items it shows: one query per listing (card images joined
in), plus one query for the renditions of every image on the page
(`prefetch_renditions`). Wagtail uses prefetched `renditions` when present.
"""

from collections import defaultdict
from itertools import chain

from django.contrib.contenttypes.models import ContentType
from django.db.models import prefetch_related_objects

from wagtail.blocks import StreamValue, StructValue
from wagtail.blocks.list_block import ListValue
from wagtail.fields import StreamField
from wagtail.images.models import AbstractImage
from wagtail.models import Page

from core.i18n import active_language, is_loaded_in_language
from core.view_restrictions import public_q, restricted_paths


def live_pages(model):
    """Live, public pages of a type in the visitor's language tree: its translations, and the
    aliases that show Japanese originals not translated yet. Restrictions cover every language
    version and are read from the database once per request (core/view_restrictions.py)."""
    return model.objects.live().filter(public_q(), locale__language_code=active_language())


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


# Cards an index page shows of each of its listings at a time.
LISTING_PAGE_SIZE = 24


class ListingPage(list):
    """One page of a listing on an index page: its cards, and links to the pages around it.

    An index page shows several listings; `?list=<name>&page=<n>` pages one of them, the
    others show their first page. Read as one query of size + 1 rows (the extra row says
    whether a next page exists), so paging costs no count query.
    """

    def __init__(self, cards, *, name, number, size):
        super().__init__(cards[:size])
        self.number = number
        self.next_url = f"?list={name}&page={number + 1}" if len(cards) > size else ""
        self.previous_url = "" if number == 1 else f"?list={name}&page={number - 1}"


def listing_page(request, queryset, *, name, size=LISTING_PAGE_SIZE):
    """The page of the listing `name` the request asks for (the first unless ?list=name)."""
    number = 1
    if request is not None and request.GET.get("list") == name:
        try:
            number = max(1, min(int(request.GET.get("page", 1)), 10_000))
        except ValueError:
            number = 1
    start = (number - 1) * size
    # Cards show no StreamField: leaving them out narrows the widest query of an index page.
    cards = list(with_card_images(queryset).defer_streamfields()[start : start + size + 1])
    return ListingPage(cards, name=name, number=number, size=size)


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


def page_versions_in_language(pages):
    """The visitor's-language versions of pages an editor chose, live and public, in order, in one query.

    A page chooser stores the page chosen in the source; an alias and a synchronised
    translation keep pointing there. Every tree holds every page, so each has a version in
    the visitor's language (a draft or private one is left out).
    """
    pages = [page for page in pages if page is not None]
    if all(is_loaded_in_language(page, active_language()) for page in pages):
        # In the visitor's tree already (a Japanese visitor): no query but the request's restrictions.
        private = tuple(restricted_paths())
        return [page for page in pages if page.live and not page.path.startswith(private)]
    return pages_in_language_by_key([page.translation_key for page in pages])


def pages_in_language_by_key(translation_keys):
    keys = list(dict.fromkeys(translation_keys))
    if not keys:
        return []
    versions = live_pages(Page).filter(translation_key__in=keys).select_related("locale")
    by_key = {page.translation_key: page for page in versions}
    return [by_key[key] for key in keys if key in by_key]


def chosen_card_list(pages):
    """Cards for linked pages of any type: in the visitor's language, specific, with their images."""
    return specific_cards(page_versions_in_language(pages))


def chosen_card_list_by_id(page_ids):
    """Cards for pages chosen by id (a StreamField's page chooser stores ids), in order."""
    keys = dict(Page.objects.filter(pk__in=[pk for pk in page_ids if pk]).values_list("pk", "translation_key"))
    return specific_cards(pages_in_language_by_key(keys[pk] for pk in page_ids if pk in keys))


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
    if not field.is_cached(obj):
        return False
    related = getattr(obj, name)
    return not rest or related is None or is_loaded(related, rest)


def load_page(page, *fields):
    """Make sure the page being served has what it shows of itself: its locale, its images
    (header, listing, social), its `serve_related` and the given foreign keys, in one query
    (none when they are loaded already). Returns its images, for `prefetch_renditions`."""
    image_fields = ["listing_image", "social_image"]
    if page.main_image_field:
        image_fields.append(page.main_image_field)
    fields = [*type(page).serve_select_related(), *fields]
    if not all(is_loaded(page, field) for field in fields):
        load_related(page, *fields)
    return [getattr(page, field) for field in image_fields]


def stream_images(*stream_values):
    """The images inside StreamField values (image blocks, galleries, products), for `prefetch_renditions`.

    A StreamValue keeps the blocks it has loaded, so the template renders these same image objects.
    """
    return _stream_items(stream_values, AbstractImage)


def stream_pages(*stream_values):
    """The pages linked from StreamField values (link blocks, page choosers), in order."""
    return _stream_items(stream_values, Page)


def _stream_items(stream_values, kind):
    found = []
    pending = list(reversed(stream_values))
    while pending:
        value = pending.pop()
        if isinstance(value, kind):
            found.append(value)
        elif isinstance(value, StreamValue):
            pending.extend(reversed([child.value for child in value]))
        elif isinstance(value, StructValue):
            pending.extend(reversed(list(value.values())))
        elif isinstance(value, list | tuple | ListValue):
            pending.extend(reversed(list(value)))
    return found


def page_stream_values(page):
    """Every StreamField value of a page."""
    return [getattr(page, field.name) for field in page._meta.get_fields() if isinstance(field, StreamField)]


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
    """Live, public children of the home page (in the visitor's language) from `queryset`, in tree order."""
    if home_page is None:
        return []
    return list(queryset.live().filter(public_q()).child_of(home_page).select_related("locale").order_by("path"))


def navigation_page_list(home_page):
    """The top navigation: the home page's children shown in menus."""
    return home_child_list(home_page, Page.objects.in_menu())
