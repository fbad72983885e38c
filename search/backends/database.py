"""Wagtail's database search backend (SQLite FTS5, PostgreSQL), made to find CJK words.

Settings: `{"BACKEND": "search.backends.database"}`. Text is indexed as the tokens of
search.analysis (CJK bigrams and characters, Sudachi's normalised forms, stemmed English
on SQLite; PostgreSQL stems English itself with its `english` configuration), and string
queries are rewritten by search.query with the editors' synonym groups.
"""

import functools
import types

from django.db import connection, models
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
    """Upstream `add_items` builds its indexers from a module-level `ObjectIndexer` name and
    offers no hook to change it; run the same code with that name bound to our indexer.
    Remove when modelsearch lets a backend choose its indexer class."""
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


def SearchBackend(params):
    """The backend for the default database, as Wagtail's own `database` module chooses."""
    # Each vendor's module is imported only on that vendor: modelsearch's SQLite module
    # looks up a model that exists only on SQLite.
    if connection.vendor == "postgresql":
        from search.backends.postgres import CJKPostgresSearchBackend

        return CJKPostgresSearchBackend(params)
    if connection.vendor == "sqlite":
        from search.backends.sqlite import CJKSQLiteSearchBackend

        return CJKSQLiteSearchBackend(params)
    raise NotImplementedError(f"CJK search supports SQLite and PostgreSQL, not {connection.vendor}.")
