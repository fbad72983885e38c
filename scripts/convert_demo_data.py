"""Convert the demo content from Python modules (home/demo/data/*.py) to the data files in demo/data/.

    .venv/bin/python scripts/convert_demo_data.py --from <checkout> --to demo/data/

<checkout> is a checkout whose home/demo/data/*.py (and home/demo/content.py, their
vocabulary) still hold the content. Its modules are imported, not this project's, and
every spec is written out generically (dataclass fields, texts in whatever languages they
have), so texts, pages, images or image fields added there come across unchanged. The
output is deterministic: running the script again on the same input rewrites the same files.

A one-off: once the Python data is gone, this script goes too.
"""

import argparse
import dataclasses
import importlib
import sys
from pathlib import Path

import yaml

# Pages deliberately left untranslated into one language, so a visitor can still meet the
# "Japanese original" notice (listed in docs/demo.md).
UNTRANSLATED = {
    "summer-festival-backstage": ["ko"],
    "koshoten-irohado": ["zh-hant"],
    "hikarigaoka-pictures": ["zh-hans"],
}

# Strings longer than this are written as folded block scalars.
LONG_TEXT = 90


class _Dumper(yaml.SafeDumper):
    """Block style throughout, nested lists indented under their key, tagged keys unquoted."""

    def increase_indent(self, flow=False, indentless=False):
        return super().increase_indent(flow, False)

    def choose_scalar_style(self):
        # PyYAML quotes every scalar with a local tag; `!image street-hidamari` needs no quotes.
        if self.event.tag and self.event.tag.startswith("!") and self.event.style is None:
            self.analysis = self.analysis or self.analyze_scalar(self.event.value)
            if self.analysis.allow_block_plain and not self.analysis.empty:
                return ""
        return super().choose_scalar_style()


def _str(dumper, value):
    style = ">" if len(value) > LONG_TEXT and "\n" not in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _str)


def plain(value):
    """The spec value as YAML-ready data: texts as language mappings, the rest as tagged nodes."""
    kind = type(value).__name__
    if kind == "T":
        return dict(value)
    if kind == "Ref":
        return Tagged(f"!{value.kind}", value.key)
    if kind == "Days":
        return Tagged("!days", value.days)
    if kind == "Stream":
        return Tagged("!stream", [{block.type: plain(block.value)} for block in value])
    if kind == "Items":
        return Tagged("!items", [plain(item) for item in value.values])
    if dataclasses.is_dataclass(value):
        return spec_fields(value)
    if isinstance(value, dict):
        return {key: plain(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [plain(item) for item in value]
    return value


@dataclasses.dataclass(frozen=True)
class Tagged:
    tag: str
    value: object


def _tagged(dumper, node):
    if isinstance(node.value, list):
        return dumper.represent_sequence(node.tag, node.value)
    return dumper.represent_scalar(node.tag, str(node.value))


_Dumper.add_representer(Tagged, _tagged)


class _CheckLoader(yaml.SafeLoader):
    """Reads the tags back as Tagged values, to check that the files say exactly what was converted."""


def _read_tagged(loader, tag, node):
    if isinstance(node, yaml.SequenceNode):
        return Tagged(tag, loader.construct_sequence(node, deep=True))
    value = loader.construct_scalar(node)
    return Tagged(tag, int(value) if tag == "!days" else value)


_CheckLoader.add_multi_constructor("!", lambda loader, suffix, node: _read_tagged(loader, f"!{suffix}", node))


def spec_fields(spec, skip=()):
    """Every dataclass field of the spec except those left at their default."""
    values = {}
    for spec_field in dataclasses.fields(spec):
        value = getattr(spec, spec_field.name)
        if spec_field.name in skip or _is_default(spec_field, value):
            continue
        values[spec_field.name] = plain(value)
    return values


def _is_default(spec_field, value):
    if spec_field.default is not dataclasses.MISSING:
        return value == spec_field.default
    if spec_field.default_factory is not dataclasses.MISSING:
        return value == spec_field.default_factory()
    return False


def page_entry(spec):
    entry = {"key": spec.key, "model": spec.model, "parent": spec.parent}
    if spec.key in UNTRANSLATED:
        entry["untranslated"] = UNTRANSLATED[spec.key]
    entry.update(spec_fields(spec, skip=("key", "model", "parent")))
    return entry


def module_of(spec, modules):
    """The name of the data module that declares the spec (in a list or on its own)."""
    for name, module in modules.items():
        for value in vars(module).values():
            if value is spec or (isinstance(value, list) and any(item is spec for item in value)):
                return name
    raise LookupError(f"no data module declares {spec.key!r}")


def snippet_kind(spec, snippets_module):
    """The snippets module's list holding the spec, e.g. SHOP_CATEGORIES -> "shop-categories"."""
    for name, value in vars(snippets_module).items():
        if name != "SNIPPETS" and isinstance(value, list) and any(item is spec for item in value):
            return name.lower().replace("_", "-")
    raise LookupError(f"no snippet list holds {spec.key!r}")


def grouped(specs, name_of):
    groups = {}
    for spec in specs:
        groups.setdefault(name_of(spec), []).append(spec)
    return groups


def convert(source, target):
    sys.path.insert(0, str(source))
    data = importlib.import_module("home.demo.data")
    names = sorted(path.stem for path in (source / "home/demo/data").glob("*.py") if path.stem != "__init__")
    modules = {name: importlib.import_module(f"home.demo.data.{name}") for name in names}
    page_modules = {name: module for name, module in modules.items() if name != "snippets"}

    keys = {spec.key for spec in data.PAGES}
    if unknown := sorted(set(UNTRANSLATED) - keys):
        raise SystemExit(f"UNTRANSLATED names pages that do not exist: {unknown}")
    files = {}
    pages = grouped([data.HOME, *data.PAGES], lambda spec: module_of(spec, page_modules))
    images = grouped(data.IMAGES, lambda spec: module_of(spec, page_modules))
    for section, specs in pages.items():
        files[f"{section}/pages.yaml"] = [page_entry(spec) for spec in specs]
    for section, specs in images.items():
        files[f"{section}/images.yaml"] = [spec_fields(spec) for spec in specs]
    snippets = grouped(data.SNIPPETS, lambda spec: snippet_kind(spec, modules["snippets"]))
    for kind, specs in snippets.items():
        (model,) = {spec.model for spec in specs}
        (lookup,) = {spec.lookup for spec in specs}
        items = [{"key": spec.key, "fields": plain(spec.fields)} for spec in specs]
        files[f"snippets/{kind}.yaml"] = {"model": model, "lookup": lookup, "items": items}
    files["index.yaml"] = {
        "sections": list(pages),
        "snippets": list(snippets),
        "contact_office": data.CONTACT_OFFICE,
    }

    for old in target.glob("**/*.yaml"):
        old.unlink()
    for name, content in files.items():
        path = target / name
        path.parent.mkdir(parents=True, exist_ok=True)
        text = yaml.dump(content, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=100)
        if yaml.load(text, Loader=_CheckLoader) != content:  # noqa: S506 (a SafeLoader)
            raise SystemExit(f"{name}: the YAML written does not read back the same")
        path.write_text(_HEADERS.get(Path(name).name, "") + text, encoding="utf-8")
        print(f"wrote {path}")


_HEADERS = {
    "index.yaml": "# Build order: sections in this order, each section's pages in file order (a page after\n"
    "# its parent and the pages it refers to). See docs/demo.md.\n",
}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--from", dest="source", type=Path, required=True, help="checkout holding home/demo/data/")
    parser.add_argument("--to", dest="target", type=Path, required=True, help="the data directory, demo/data/")
    arguments = parser.parse_args()
    convert(arguments.source.resolve(), arguments.target)


if __name__ == "__main__":
    main()
