"""The demo's search synonym groups: the shipped dictionary (search.dictionary).

A migration installs it on every database; the demo installs it again in case the
database was flushed since. Groups an editor changed are left alone.
"""

from search import dictionary
from search.models import SynonymGroup


def ensure_synonym_groups(created):
    created["synonym groups"] += dictionary.install(SynonymGroup)
