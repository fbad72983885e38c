"""Turn what a visitor typed into a search query the database backends can run.

Each word of the query must match (AND); a word matches through any of its variants
(OR): itself, the terms of an editor's synonym group that holds it, and SudachiPy's
normalised form. A Japanese word typed without spaces (大泉の漬物) matches either as a
whole or through its content words (大泉 AND 漬物). Every variant becomes the tokens the
index holds (see analysis.py), so quotes and operators typed by a visitor are plain text.
"""

import unicodedata

from modelsearch.query import And, Or, PlainText

from search import analysis

MAX_QUERY_LENGTH = 200
MAX_TERMS = 8


def clean_query(raw):
    """The query as shown back to the visitor: printable, single-spaced, of bounded length."""
    printable = "".join(" " if unicodedata.category(char) in ("Cc", "Cs") else char for char in raw)
    return " ".join(printable.split())[:MAX_QUERY_LENGTH]


def build_query(text, *, synonyms, stem=False, japanese=False):
    """The query object for `text`, or None when nothing in it can be searched for."""
    terms = analysis.split_terms(text)[:MAX_TERMS]
    parts = [_term_query(term, synonyms=synonyms, stem=stem, japanese=japanese) for term in terms]
    query = _all(parts)
    whole = " ".join(analysis.normalize(text).split())
    if len(terms) > 1 and whole in synonyms:
        # A multi-word synonym ("pickled radish") matches as a whole too.
        query = _any([query, *(_variant(term, stem=stem) for term in synonyms[whole])])
    return query


def _term_query(term, *, synonyms, stem, japanese):
    variants = [_variant(variant, stem=stem) for variant in _variants(term, synonyms, japanese=japanese)]
    query = _any(variants)
    if japanese or analysis.has_kana(term):
        words = analysis.japanese_words(term)
        if len(words) > 1 and all(_is_word(surface) for surface, _normalized in words):
            split = _all([_any([_variant(v, stem=stem) for v in _word_variants(w, synonyms)]) for w in words])
            query = _any([query, split])
    return query


def _is_word(surface):
    """Whether a piece of a Japanese query can stand as a word: a lone kana is more likely a
    mis-split of an unknown word (あにめ → あ/に/め) than a word."""
    return len(surface) > 1 or not analysis.has_kana(surface)


def _variants(term, synonyms, *, japanese):
    variants = [term, *synonyms.get(analysis.normalize(term), ())]
    if japanese or analysis.has_kana(term):
        words = analysis.japanese_words(term)
        if len(words) == 1:
            variants += _word_variants(words[0], synonyms)
    return list(dict.fromkeys(variants))


def _word_variants(word, synonyms):
    surface, normalized = word
    return list(
        dict.fromkeys(
            [
                surface,
                normalized,
                *synonyms.get(analysis.normalize(surface), ()),
                *synonyms.get(analysis.normalize(normalized), ()),
            ]
        )
    )


def _variant(text, *, stem):
    tokens = analysis.query_tokens(text, stem=stem)
    return PlainText(" ".join(tokens), operator="and") if tokens else None


def _any(queries):
    queries = _unique(queries)
    if not queries:
        return None
    return queries[0] if len(queries) == 1 else Or(queries)


def _all(queries):
    if any(query is None for query in queries):
        queries = [query for query in queries if query is not None]
    queries = _unique(queries)
    if not queries:
        return None
    return queries[0] if len(queries) == 1 else And(queries)


def _unique(queries):
    seen, unique = set(), []
    for query in queries:
        key = repr(_key(query))
        if query is not None and key not in seen:
            seen.add(key)
            unique.append(query)
    return unique


def _key(query):
    if query is None:
        return None
    if isinstance(query, PlainText):
        return ("text", query.query_string)
    return (type(query).__name__, [_key(sub) for sub in query.subqueries])


def highlight_terms(text, *, synonyms, japanese=False):
    """Every form of the query's words that can make a page match, to mark in excerpts."""
    terms = []
    for term in analysis.split_terms(text)[:MAX_TERMS]:
        terms += _variants(term, synonyms, japanese=japanese)
        if japanese or analysis.has_kana(term):
            for word in analysis.japanese_words(term):
                terms += _word_variants(word, synonyms)
    return list(dict.fromkeys(terms))
