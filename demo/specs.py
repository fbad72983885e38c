"""What the demo data files are read into (demo/loader.py) and the builder works from.

A translatable text is a `T`: one string per language it is translated into, Japanese
(the source) always included. Pages, snippets and images are specs that refer to each
other by key, so the data stays plain data; the builder resolves the keys and creates
the objects.
"""

import datetime
from dataclasses import dataclass, field

SOURCE_LANGUAGE = "ja"


class T(dict):
    """One text in each language it is translated into, keyed by language code."""

    @property
    def languages(self):
        return frozenset(self)


@dataclass(frozen=True)
class Ref:
    """A reference to another demo object by its key: an image, a snippet or a page."""

    kind: str
    key: str


@dataclass(frozen=True)
class Days:
    """A date this many days from the day the command runs (negative: in the past)."""

    days: int

    def resolve(self, today):
        return today + datetime.timedelta(days=self.days)


# StreamField content -----------------------------------------------------------------


@dataclass(frozen=True)
class Block:
    """One block of a StreamField, by its block type."""

    type: str
    value: object


@dataclass(frozen=True)
class Items:
    """The value of a ListBlock; stored with item ids so translations can address each item."""

    values: tuple


class Stream(tuple):
    """The value of a StreamField: a sequence of blocks."""


# Specs -------------------------------------------------------------------------------


@dataclass(frozen=True)
class ImageSpec:
    """A generated illustration: what it shows (`alt`, in every language), and how to draw it.

    `motif` names the kind of scene (demo.images) and `subject` what is in it, where the
    motif draws several things (the goods in a shop window, the product of a still life).
    """

    key: str
    alt: T
    motif: str
    # Colours as "#rrggbb" strings, background first.
    palette: tuple
    subject: str = ""
    size: tuple = (1200, 800)

    @property
    def full_title(self):
        """The image's title in the library, and its fallback alt text (core.image_alt).

        An image is one object shared by every language version of a page, so it carries
        the source language and English; alt text written on a page is in its language.
        """
        return f"{self.alt['ja']} / {self.alt['en']}"


@dataclass(frozen=True)
class SnippetSpec:
    """A translatable snippet; `lookup` names the field that finds it again on a later run."""

    model: str
    key: str
    lookup: str
    fields: dict

    @property
    def languages(self):
        return self.fields["name"].languages


@dataclass(frozen=True)
class Session:
    """A tour session: this many days from today, at a Tokyo time, for so many minutes."""

    days: int
    start: str
    minutes: int
    capacity: int
    language: str = "ja"


@dataclass(frozen=True)
class PageSpec:
    """A page under the page with key `parent`; its key is also its slug, the same in every language."""

    model: str
    key: str
    parent: str | None
    fields: dict
    relations: dict = field(default_factory=dict)
    sessions: tuple = ()
    # Languages the page is deliberately left out of, so the "Japanese original" notice shows.
    untranslated: frozenset = frozenset()

    @property
    def slug(self):
        return self.key

    @property
    def languages(self):
        return self.fields["title"].languages - self.untranslated


def values_in(value, kind):
    """Every value of type `kind` (a T, a Ref) inside a spec's value, however deeply nested."""
    if isinstance(value, kind):
        yield value
    elif isinstance(value, Block):
        yield from values_in(value.value, kind)
    elif isinstance(value, Items):
        yield from values_in(value.values, kind)
    elif isinstance(value, dict):
        for item in value.values():
            yield from values_in(item, kind)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from values_in(item, kind)
