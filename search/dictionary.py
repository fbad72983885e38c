"""The synonym groups every installation starts with (synonyms.txt), installed by a data migration.

Each group holds names of one and the same thing in the site's five languages: its
Japanese spellings and reading, its romanisation, its English name or gloss, its Chinese
(simplified and traditional) and Korean names, and the Hangul of the Japanese loanword.
Reviewed by one rule: a group links names of the same thing, never a broader and a
narrower term (職人 "artisan" and 名工 "certified master" are two groups; 漬物 "pickles"
and 沢庵 "takuan" are two groups), and never a word with another common meaning that a
search would drag in (そば "near", わし "I" are left out of their groups).

Editors change, add and delete groups in the admin (Search synonyms); installing skips a
group whose name exists, so their changes are kept. A change here reaches existing
databases only through a new data migration that calls `install` again.
"""

from pathlib import Path

DICTIONARY_FILE = Path(__file__).with_name("synonyms.txt")


def read_groups(path=DICTIONARY_FILE):
    """{name: [terms]} from the dictionary file: `name: term | term | ...` a line."""
    groups = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, terms = line.split(":", 1)
        groups[name.strip()] = [term.strip() for term in terms.split("|") if term.strip()]
    return groups


GROUPS = read_groups()


def install(synonym_group_model):
    """Create the groups whose name does not exist yet; return how many were created.

    The cached synonym map is left alone: inside a migration the cache may be a database table
    not created yet. After `migrate` the search app clears the map (search/apps.py)."""
    existing = set(synonym_group_model.objects.filter(name__in=GROUPS).values_list("name", flat=True))
    missing = [
        synonym_group_model(name=name, terms="\n".join(terms)) for name, terms in GROUPS.items() if name not in existing
    ]
    synonym_group_model.objects.bulk_create(missing)
    return len(missing)
