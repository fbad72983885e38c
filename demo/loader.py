"""Reads the demo data files (demo/data/, described in docs/demo.md) into the specs of demo/specs.py.

Besides plain YAML, the files use a few tags: `!image key`, `!snippet key` and `!page key`
refer to another demo object; `!days -3` is a date relative to the day of the run;
`!stream` is a StreamField (a list of `{block type: value}`) and `!items` a ListBlock's
value. A mapping whose keys are language codes, Japanese among them, is a translatable text.

A file that cannot be read as demo data raises DemoDataError naming the file and the entry.
"""

import dataclasses
from pathlib import Path

from django.conf import settings

import yaml

from demo.specs import SOURCE_LANGUAGE, Block, Days, ImageSpec, Items, PageSpec, Ref, Session, SnippetSpec, Stream, T

DATA_DIRECTORY = Path(__file__).resolve().parent / "data"
PAGE_ENTRIES = {"key", "model", "parent", "untranslated", "fields", "relations", "sessions"}


class DemoDataError(Exception):
    """The demo data cannot be read or contradicts itself (a missing key, a missing translation, ...)."""


@dataclasses.dataclass(frozen=True)
class DemoData:
    images: list
    snippets: list
    home: PageSpec
    pages: list
    contact_office: str  # key of the snippet the site settings point visitors to
    files: dict = dataclasses.field(default_factory=dict)  # (kind, key) -> the file that declares it

    def file_of(self, kind, key):
        return self.files.get((kind, key), "?")


class _Loader(yaml.SafeLoader):
    pass


def _ref(kind):
    return lambda loader, node: Ref(kind, loader.construct_scalar(node))


def _stream(loader, node):
    blocks = []
    for item in loader.construct_sequence(node, deep=True):
        if not isinstance(item, dict) or len(item) != 1:
            raise yaml.constructor.ConstructorError(
                None, None, "a !stream item is one {block type: value} mapping", node.start_mark
            )
        ((block_type, value),) = item.items()
        blocks.append(Block(block_type, value))
    return Stream(blocks)


for _kind in ("image", "snippet", "page"):
    _Loader.add_constructor(f"!{_kind}", _ref(_kind))
_Loader.add_constructor("!days", lambda loader, node: Days(int(loader.construct_scalar(node))))
_Loader.add_constructor("!stream", _stream)
_Loader.add_constructor("!items", lambda loader, node: Items(tuple(loader.construct_sequence(node, deep=True))))


def load_demo_data(directory=DATA_DIRECTORY, languages=None):
    """Every spec in the data files, in build order."""
    reader = _Reader(Path(directory), languages or frozenset(code for code, _name in settings.LANGUAGES))
    return reader.read()


class _Reader:
    def __init__(self, directory, languages):
        self.directory = directory
        self.languages = languages
        self.files = {}

    def read(self):
        index = self.load("index.yaml")
        images, pages, snippets = [], [], []
        for kind in index.get("snippets", []):
            snippets += self.snippets(f"snippets/{kind}.yaml")
        for section in index.get("sections", []):
            if (self.directory / section / "images.yaml").exists():
                images += self.images(f"{section}/images.yaml")
            pages += self.pages(f"{section}/pages.yaml")
        homes = [spec for spec in pages if spec.parent is None]
        if len(homes) != 1:
            raise DemoDataError(f"exactly one page needs `parent: null` (the home page), found {len(homes)}")
        if "contact_office" not in index:
            raise DemoDataError("index.yaml: no contact_office")
        return DemoData(
            images=images,
            snippets=snippets,
            home=homes[0],
            pages=[spec for spec in pages if spec is not homes[0]],
            contact_office=index["contact_office"],
            files=self.files,
        )

    def load(self, name):
        try:
            with (self.directory / name).open(encoding="utf-8") as file:
                return self.texts(yaml.load(file, Loader=_Loader))  # noqa: S506 (_Loader is a SafeLoader)
        except FileNotFoundError as error:
            raise DemoDataError(f"{name}: no such file in {self.directory}") from error
        except yaml.YAMLError as error:
            raise DemoDataError(f"{name}: {error}") from error

    def texts(self, value):
        """The loaded value with each language mapping as a T."""
        if isinstance(value, Stream):
            return Stream(Block(block.type, self.texts(block.value)) for block in value)
        if isinstance(value, Items):
            return Items(tuple(self.texts(item) for item in value.values))
        if isinstance(value, dict):
            if SOURCE_LANGUAGE in value and set(value) <= self.languages:
                return T(value)
            return {key: self.texts(item) for key, item in value.items()}
        if isinstance(value, list):
            return [self.texts(item) for item in value]
        return value

    def entries(self, name, entries, kind):
        if not isinstance(entries, list):
            raise DemoDataError(f"{name}: expected a list of {kind}s")
        for number, entry in enumerate(entries, start=1):
            if not isinstance(entry, dict) or "key" not in entry:
                raise DemoDataError(f"{name}: {kind} number {number} has no key")
            if (kind, entry["key"]) in self.files:
                raise DemoDataError(
                    f"{name}: duplicate {kind} key {entry['key']!r} (also in {self.files[kind, entry['key']]})"
                )
            self.files[kind, entry["key"]] = name
            yield entry

    def images(self, name):
        specs = []
        for entry in self.entries(name, self.load(name), "image"):
            values = {key: tuple(value) if isinstance(value, list) else value for key, value in entry.items()}
            try:
                specs.append(ImageSpec(**values))
            except TypeError as error:
                raise DemoDataError(f"{name}: image {entry['key']!r}: {error}") from error
        return specs

    def snippets(self, name):
        content = self.load(name)
        missing = {"model", "lookup", "items"} - set(content or {})
        if missing:
            raise DemoDataError(f"{name}: missing {sorted(missing)}")
        return [
            SnippetSpec(content["model"], entry["key"], content["lookup"], entry.get("fields", {}))
            for entry in self.entries(name, content["items"], "snippet")
        ]

    def pages(self, name):
        specs = []
        for entry in self.entries(name, self.load(name), "page"):
            where = f"{name}: page {entry['key']!r}"
            if unknown := sorted(set(entry) - PAGE_ENTRIES):
                raise DemoDataError(f"{where}: unknown entries {unknown} (expected {sorted(PAGE_ENTRIES)})")
            if missing := sorted({"model", "parent", "fields"} - set(entry)):
                raise DemoDataError(f"{where}: missing {missing}")
            untranslated = frozenset(entry.get("untranslated", []))
            if unknown := sorted(untranslated - self.languages):
                raise DemoDataError(f"{where}: untranslated into unknown languages {unknown}")
            try:
                sessions = tuple(Session(**session) for session in entry.get("sessions", []))
            except TypeError as error:
                raise DemoDataError(f"{where}: sessions: {error}") from error
            specs.append(
                PageSpec(
                    model=entry["model"],
                    key=entry["key"],
                    parent=entry["parent"],
                    fields=entry["fields"],
                    relations=entry.get("relations", {}),
                    sessions=sessions,
                    untranslated=untranslated,
                )
            )
        return specs
