"""Compile the UI translations under locale/ into the .mo files Django reads.

`manage.py compilemessages` needs GNU gettext's msgfmt, which a fresh machine may not
have; polib writes the same binary catalogues from Python. Like `msgfmt --check`, it
refuses a translation whose %-placeholders differ from the English message, because
Django would then show that message untranslated or fail to format it.

Usage: python scripts/compile_messages.py [LOCALE_DIR]   (default: ./locale)
"""

import re
import sys
from pathlib import Path

import polib

PLACEHOLDER = re.compile(r"%(?:\([^)]*\))?[#0 +-]*\d*(?:\.\d+)?[a-zA-Z%]")


def placeholders(text):
    return sorted(p for p in PLACEHOLDER.findall(text) if p != "%%")


def placeholder_errors(catalogue, po_path):
    errors = []
    for entry in catalogue.translated_entries():
        if "python-format" not in entry.flags:
            continue
        expected = placeholders(entry.msgid)
        translations = entry.msgstr_plural.values() if entry.msgid_plural else [entry.msgstr]
        for translation in translations:
            if placeholders(translation) != expected:
                errors.append(f"{po_path}:{entry.linenum}: placeholders of {entry.msgid!r} differ in {translation!r}")
    return errors


def compile_catalogues(locale_dir):
    po_paths = sorted(locale_dir.glob("*/LC_MESSAGES/*.po"))
    if not po_paths:
        print(f"No translations under {locale_dir}/: nothing to compile.")
        return 0
    errors = []
    for po_path in po_paths:
        try:
            catalogue = polib.pofile(str(po_path))
        except (OSError, ValueError) as exc:
            errors.append(f"{po_path}: {exc}")
            continue
        problems = placeholder_errors(catalogue, po_path)
        if problems:
            errors.extend(problems)
            continue
        catalogue.save_as_mofile(str(po_path.with_suffix(".mo")))
        print(
            f"{po_path}: {len(catalogue.translated_entries())} messages, {catalogue.percent_translated()}% translated"
        )
    for error in errors:
        print(error, file=sys.stderr)
    return 1 if errors else 0


if __name__ == "__main__":
    root = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent.parent / "locale"
    sys.exit(compile_catalogues(root))
