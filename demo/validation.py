"""Checks the demo data for contradictions before anything is written.

The loader (demo/loader.py) rejects what it cannot read; this finds what reads well but
cannot be built: a reference to a key that does not exist, a text missing a language the
page is translated into, a page listed before its parent. Each problem names the file
and the entry.
"""

from django.conf import settings

from wagtail.images import get_image_model

from demo.specs import SOURCE_LANGUAGE, Ref, T, values_in

REQUIRED_LANGUAGES = {SOURCE_LANGUAGE, "en"}
SITE_LANGUAGES = {code for code, _name in settings.LANGUAGES}


def validate(data):
    """The list of problems found in `data` (a demo.loader.DemoData); empty when it can be built."""
    problems = []
    keys = {
        "image": {spec.key for spec in data.images},
        "snippet": {spec.key for spec in data.snippets},
        "page": {data.home.key, *(spec.key for spec in data.pages)},
    }

    def where(kind, spec):
        return f"{data.file_of(kind, spec.key)}: {kind} {spec.key!r}"

    title_length = get_image_model()._meta.get_field("title").max_length
    problems += [
        f"{where('image', spec)}: title longer than {title_length} characters"
        for spec in data.images
        if len(spec.full_title) > title_length
    ]

    # A picture is described in every language, whichever pages show it.
    for spec in data.images:
        if missing := sorted(SITE_LANGUAGES - {code for code, text in spec.alt.items() if text.strip()}):
            problems.append(f"{where('image', spec)}: alt text lacks {missing}")

    for kind, specs in (("snippet", data.snippets), ("page", [data.home, *data.pages])):
        for spec in specs:
            content = [spec.fields, getattr(spec, "relations", {})]
            if not spec.languages >= REQUIRED_LANGUAGES:
                problems.append(f"{where(kind, spec)}: needs Japanese and English")
            for text in values_in(content, T):
                if missing := sorted(spec.languages - text.languages):
                    problems.append(f"{where(kind, spec)}: {text[SOURCE_LANGUAGE][:30]!r} lacks {missing}")
            for ref in values_in(content, Ref):
                if ref.key not in keys[ref.kind]:
                    problems.append(f"{where(kind, spec)}: unknown {ref.kind} {ref.key!r}")

    languages = {data.home.key: data.home.languages}
    seen = set()
    for spec in data.pages:
        later = {ref.key for ref in values_in([spec.fields, spec.relations], Ref) if ref.kind == "page"}
        later = (later & keys["page"]) - seen - {data.home.key}
        problems += [f"{where('page', spec)}: refers to {key!r}, which comes later" for key in sorted(later)]
        seen.add(spec.key)
        if spec.parent not in languages:
            problems.append(f"{where('page', spec)}: parent {spec.parent!r} must come before it")
            continue
        if not spec.languages <= languages[spec.parent]:
            problems.append(f"{where('page', spec)}: translated into languages its parent is not")
        languages[spec.key] = spec.languages
    return problems
