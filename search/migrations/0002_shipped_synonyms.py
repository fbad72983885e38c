"""Install the shipped synonym dictionary (search/synonyms.txt) on every database.

The file is data that ships with the code; the reading and installing is written out here
rather than imported from search.dictionary, so later changes to that module never change
what this migration does. Groups whose name exists are skipped (editors' changes stay).
"""

from pathlib import Path

from django.db import migrations

DICTIONARY_FILE = Path(__file__).resolve().parent.parent / "synonyms.txt"


def install_dictionary(apps, schema_editor):
    SynonymGroup = apps.get_model("search", "SynonymGroup")
    groups = {}
    for line in DICTIONARY_FILE.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            name, terms = line.split(":", 1)
            groups[name.strip()] = "\n".join(term.strip() for term in terms.split("|") if term.strip())
    existing = set(SynonymGroup.objects.filter(name__in=groups).values_list("name", flat=True))
    SynonymGroup.objects.bulk_create(
        SynonymGroup(name=name, terms=terms) for name, terms in groups.items() if name not in existing
    )


class Migration(migrations.Migration):
    dependencies = [("search", "0001_synonym_group")]

    operations = [migrations.RunPython(install_dictionary, migrations.RunPython.noop)]
