"""Wagtail's database search backend (SQLite FTS5, PostgreSQL), made to find CJK words.

Settings: `{"BACKEND": "search.backends.database"}`. Text is indexed as the tokens of
search.analysis (CJK bigrams and characters, Sudachi's normalised forms, stemmed English
on SQLite; PostgreSQL stems English itself with its `english` configuration), and string
queries are rewritten by search.query with the editors' synonym groups. This module only
picks the vendor's backend (`search.backends.sqlite`, `search.backends.postgres`).
"""

from django.db import connection


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
