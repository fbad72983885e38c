"""The vocabulary the demo data modules are written in.

A translatable text is a `T`: one string per language it is translated into, Japanese
(the source) always included. Pages, snippets and images are declared as specs that
refer to each other by key, so the data modules stay plain data and import no models;
the builder resolves the keys and creates the objects.
"""

import datetime
from dataclasses import dataclass, field

SOURCE_LANGUAGE = "ja"
# Every demo picture is described in every site language, whichever pages use it.
ALT_LANGUAGES = ("ja", "en", "zh-hans", "zh-hant", "ko")


class T(dict):
    """One text in each language it is translated into, keyed by language code."""

    @property
    def languages(self):
        return frozenset(self)


def t(ja, en, zh_hans=None, zh_hant=None, ko=None):
    """A text in Japanese and English, and optionally in Chinese (both scripts) and Korean."""
    text = T({"ja": ja, "en": en})
    extra = {"zh-hans": zh_hans, "zh-hant": zh_hant, "ko": ko}
    if any(extra.values()) and not all(extra.values()):
        raise ValueError(f"Give all of zh-hans, zh-hant and ko, or none: {ja!r}")
    text.update({code: value for code, value in extra.items() if value})
    return text


@dataclass(frozen=True)
class Ref:
    """A reference to another demo object by its key: an image, a snippet or a page."""

    kind: str
    key: str


def image(key):
    return Ref("image", key)


def snippet_ref(key):
    return Ref("snippet", key)


def page_ref(key):
    return Ref("page", key)


@dataclass(frozen=True)
class Days:
    """A date this many days from the day the command runs (negative: in the past)."""

    days: int

    def resolve(self, today):
        return today + datetime.timedelta(days=self.days)


# StreamField content -----------------------------------------------------------------


@dataclass(frozen=True)
class Block:
    type: str
    value: object


@dataclass(frozen=True)
class Items:
    """The value of a ListBlock; stored with item ids so translations can address each item."""

    values: tuple


class Stream(tuple):
    """The value of a StreamField: a sequence of blocks."""


def stream(*blocks):
    return Stream(blocks)


def heading(text, level="h2"):
    return Block("heading", {"text": text, "level": level})


def paragraph(html):
    return Block("paragraph", html)


def picture(key, alt):
    """The value of a Wagtail ImageBlock: the image with alt text written for this context."""
    return {"image": image(key), "decorative": False, "alt_text": alt}


def image_block(key, alt, caption=""):
    return Block("image", {"image": picture(key, alt), "caption": caption})


def gallery(*images):
    """A gallery: (image key, alt text, caption) triples."""
    return stream(*(image_block(*item) for item in images))


def quote(text, attribution):
    return Block("quote", {"text": text, "attribution": attribution})


def facts(*pairs):
    return Block("facts", {"facts": Items(tuple({"label": label, "value": value} for label, value in pairs))})


def call_to_action(text, key):
    return Block("call_to_action", {"text": text, "page": page_ref(key)})


def product(name, description, price, image_key=None):
    return Block(
        "product",
        {
            "name": name,
            "description": description,
            "price": price,
            "image": image(image_key) if image_key else None,
        },
    )


def event(name, when, description):
    return Block("event", {"name": name, "when": when, "description": description})


def demonstration(title, when, place, description):
    return Block("demonstration", {"title": title, "when": when, "place": place, "description": description})


def work(title, year, description):
    return Block("work", {"title": title, "year": year, "description": description})


def featured(*keys):
    """The home page's featured profiles: a stream of page choosers."""
    return stream(*(Block("profile", page_ref(key)) for key in keys))


# Specs -------------------------------------------------------------------------------


@dataclass(frozen=True)
class ImageSpec:
    """A generated illustration: what it shows (`alt`, in every language), and how to draw it.

    `motif` names the kind of scene (home.demo.images) and `subject` what is in it, where the
    motif draws several things (the goods in a shop window, the product of a still life).
    """

    key: str
    alt: T
    motif: str
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

    @property
    def slug(self):
        return self.key

    @property
    def languages(self):
        return self.fields["title"].languages


def area(key, name, description):
    return SnippetSpec("core.Area", key, "name", {"name": name, "description": description})


def topic(key, name):
    return SnippetSpec("core.Topic", key, "slug", {"name": name, "slug": key})


def shop_category(key, name):
    return SnippetSpec("industries.ShopCategory", key, "name", {"name": name})


def contact_office(key, **fields):
    return SnippetSpec("core.ContactOffice", key, "name", fields)


def page(model, key, parent, *, relations=None, sessions=(), **fields):
    return PageSpec(model, key, parent, fields, relations or {}, tuple(sessions))


def illustration(key, alt, motif, palette, subject="", size=(1200, 800)):
    """A generated picture; `alt` is a t(...) in all five languages describing what it shows."""
    if len(alt) < len(ALT_LANGUAGES) or not all(alt.get(code) for code in ALT_LANGUAGES):
        raise ValueError(f"Give the alt text of image {key!r} in {', '.join(ALT_LANGUAGES)}")
    return ImageSpec(key, alt, motif, palette, subject, size)


def texts_in(value):
    """Every translatable text inside a spec's value, however deeply nested."""
    if isinstance(value, T):
        yield value
    elif isinstance(value, Block):
        yield from texts_in(value.value)
    elif isinstance(value, Items):
        for item in value.values:
            yield from texts_in(item)
    elif isinstance(value, dict):
        for item in value.values():
            yield from texts_in(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from texts_in(item)
