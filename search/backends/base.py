"""What every search backend of the site shares: the fields indexed beyond a model's own
search_fields, the query rewriting of the database backends, and their indexer hook.

The vendor modules (`sqlite`, `postgres`, `elasticsearch`) build on this one and never on
each other; `database` only picks the vendor module for the default database.
"""

import functools
import types

from django.db import models
from django.utils import translation

from wagtail.fields import StreamField
from wagtail.models import Page

from modelsearch.index import SearchField
from modelsearch.query import MatchAll

from search.query import build_query
from search.selectors import synonym_map


class AreaNameField(SearchField):
    """The name of a page's area, so "大泉 漬物" finds the pickle makers of Oizumi."""

    def __init__(self):
        super().__init__("area_name")

    def get_value(self, obj):
        area = getattr(obj, "area", None)
        return area.name if area is not None else ""

    def get_definition_model(self, cls):
        return cls._meta.get_field("area").model


# Text fields that hold codes or contacts, not words a visitor searches for.
_UNSEARCHED_FIELD_TYPES = (models.SlugField, models.URLField, models.EmailField)
_UNSEARCHED_FIELD_NAMES = {"phone"}


def extra_search_fields(obj):
    """What the index holds beyond the model's search_fields: its area's name, and every
    other text field of a page type (access, opening hours, tour availability, ...), so a
    word is found wherever an editor wrote it. The same for every backend, clusters too."""
    return model_extra_search_fields(type(obj))


def model_extra_search_fields(model):
    fields = [AreaNameField()] if any(field.name == "area" for field in model._meta.concrete_fields) else []
    if issubclass(model, Page):
        indexed = {field.field_name for field in model.get_search_fields()}
        fields += [SearchField(name) for name in _other_text_fields(model) if name not in indexed]
    return fields


@functools.cache
def _other_text_fields(model):
    """The text fields a page type adds to Wagtail's Page (not Page's own, not choices or codes)."""
    return [
        field.name
        for field in model._meta.concrete_fields
        if field.model is not Page
        and isinstance(field, (models.CharField, models.TextField, StreamField))
        and not isinstance(field, _UNSEARCHED_FIELD_TYPES)
        and not field.choices
        and field.name not in _UNSEARCHED_FIELD_NAMES
    ]


def using_indexer(function, indexer_class):
    """`function` (an upstream `Index.add_items`) with its `ObjectIndexer` bound to ours.

    modelsearch 1.3 has no public hook for the indexer class: each database backend's
    `add_items` builds `ObjectIndexer(obj, backend)` from its module's global name, and the
    indexer is where a value becomes indexed text. Rather than copy `add_items` (and miss
    upstream's fixes), the same code runs with that one name rebound. The public place for
    such a hook is upstream's consistent Index/Backend API work (wagtail/django-modelsearch
    pull request #22, open). `tests/search/test_backends_database.py` fails when upstream's
    `add_items` stops using that name, so an upgrade cannot silently index untokenised text.
    """
    namespace = {**function.__globals__, "ObjectIndexer": indexer_class}
    return types.FunctionType(function.__code__, namespace, function.__name__, function.__defaults__)


class CJKQueryMixin:
    """Rewrite string queries into the index's tokens, with synonyms and readings."""

    stems_in_python = False

    def search(self, query, model_or_queryset, fields=None, operator=None, order_by_relevance=True):
        if isinstance(query, str):
            query = build_query(
                query,
                synonyms=synonym_map(),
                stem=self.stems_in_python,
                japanese=translation.get_language() == "ja",
            )
            if query is None:
                # Nothing searchable was typed (only punctuation or emoji): no results.
                model_or_queryset = _as_queryset(model_or_queryset).none()
                query = MatchAll()
        return super().search(query, model_or_queryset, fields=fields, order_by_relevance=order_by_relevance)


def _as_queryset(model_or_queryset):
    return model_or_queryset if hasattr(model_or_queryset, "model") else model_or_queryset.objects.all()
