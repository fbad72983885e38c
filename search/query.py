"""Turn what a visitor typed into a search query the database backends can run.

Each word of the query must match (AND); a word matches through any of its variants
(OR): itself, the terms of an editor's synonym group that holds it, and SudachiPy's
normalised form. A Japanese word typed without spaces (大泉の漬物) matches either as a
whole or through its content words (大泉 AND 漬物). Every variant becomes the tokens the
index holds (see analysis.py), so quotes and operators typed by a visitor are plain text.

Beyond the synonyms: a Korean word also matches without the particle or ending typed
after it (단무지를 → 단무지), and a one-syllable Korean word ranks pages where it stands
alone first; a hyphenated or open English compound also matches closed (e-mail, co working
→ email, coworking); a romanised place name matches with the suffix in English or in
Japanese (Shakujii-koen ↔ Shakujii Park, Nerima-eki ↔ Nerima Station); and a word typed
in kana alone (ねりまだいこん) also matches as the synonym-list words it is made of
(ねりま + だいこん). A query of several English words ranks the pages that have them as a
phrase first.
"""

import re
import unicodedata

from modelsearch.query import And, Or, PlainText

from search import analysis

MAX_QUERY_LENGTH = 200
MAX_TERMS = 8
# The English and Japanese suffixes of romanised place names that mean the same.
PLACE_SUFFIXES = {
    "koen": ["park"],
    "park": ["koen"],
    "eki": ["station"],
    "station": ["eki"],
    "dori": ["street", "doori"],
    "doori": ["street", "dori"],
    "street": ["dori", "doori"],
}
# Particles that may join the words of a Japanese query typed in kana (おおいずみのつけもの).
_KANA_PARTICLES = ("の", "と", "や")
_LATIN_TERM = re.compile(r"[a-z0-9-]+")


class Phrase(PlainText):
    """Words next to each other, in this order: ranks pages that have a query as a phrase."""


class WholeWord(PlainText):
    """A one-syllable Korean word standing alone (its whole-word token): ranked above the
    syllable inside longer words."""


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
    words = whole.split()
    if 1 < len(words) <= 3 and all(_LATIN_TERM.fullmatch(word) for word in words):
        # An open compound matches closed ("co working" → coworking), and the words as a
        # phrase rank first.
        tokens = analysis.query_tokens(" ".join(words), stem=stem)
        query = _any([query, _variant("".join(words).replace("-", ""), stem=stem), Phrase(" ".join(tokens))])
    return query


def _term_query(term, *, synonyms, stem, japanese):
    variants = [
        _variant(variant, stem=stem, whole_word_only=variant != term)
        for variant in _variants(term, synonyms, japanese=japanese)
    ]
    query = _any(variants)
    if japanese or analysis.has_kana(term):
        words = analysis.japanese_words(term)
        if len(words) > 1 and all(_is_word(surface) for surface, _normalized in words):
            split = _all([_any([_variant(v, stem=stem) for v in _word_variants(w, synonyms)]) for w in words])
            query = _any([query, split])
        pieces = kana_pieces(analysis.normalize(term), synonyms)
        if len(pieces) > 1:
            split = _all([_any([_variant(v, stem=stem) for v in [piece, *synonyms[piece]]]) for piece in pieces])
            query = _any([query, split])
    return query


def kana_pieces(term, synonyms):
    """A word typed in kana as the synonym-list words it is made of (ねりまだいこん →
    ねりま, だいこん), particles between them dropped; [] when it cannot be split so."""
    if len(term) < 4 or not all("\u3041" <= char <= "\u309f" or char == "ー" for char in term):
        return []
    # best[i]: the fewest pieces that spell term[:i], as a list (None: cannot be spelt).
    best = [[]] + [None] * len(term)
    for end in range(1, len(term) + 1):
        for start in range(end):
            if best[start] is None:
                continue
            piece = term[start:end]
            if piece in synonyms and len(piece) > 1:
                candidate = [*best[start], piece]
            elif piece in _KANA_PARTICLES and best[start]:
                candidate = best[start]
            else:
                continue
            if best[end] is None or len(candidate) < len(best[end]):
                best[end] = candidate
    return best[-1] or []


def _is_word(surface):
    """Whether a piece of a Japanese query can stand as a word: a lone kana is more likely a
    mis-split of an unknown word (あにめ → あ/に/め) than a word."""
    return len(surface) > 1 or not analysis.has_kana(surface)


def _variants(term, synonyms, *, japanese):
    variants = [term, *synonyms.get(analysis.normalize(term), ())]
    if analysis.is_hangul(term):
        stem = analysis.korean_stem(term)
        variants += [stem, *synonyms.get(stem, ())]
    normalized = analysis.normalize(term)
    if _LATIN_TERM.fullmatch(normalized):
        variants += _latin_variants(normalized, synonyms)
    if japanese or analysis.has_kana(term):
        words = analysis.japanese_words(term)
        if len(words) == 1:
            variants += _word_variants(words[0], synonyms)
    return list(dict.fromkeys(variants))


def _latin_variants(term, synonyms):
    """A hyphenated word closed up (e-mail → email), and a place name with its suffix in
    the other language (shakujii-koen → shakujii park, shakujiikoen → shakujii park)."""
    variants = []
    if "-" in term:
        closed = term.replace("-", "")
        variants += [closed, *synonyms.get(closed, ())]
    words = [token for token in analysis.query_tokens(term) if token]
    if len(words) > 1 and words[-1] in PLACE_SUFFIXES:
        variants += [" ".join([*words[:-1], other]) for other in PLACE_SUFFIXES[words[-1]]]
    return variants


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


def _variant(text, *, stem, whole_word_only=False):
    """The tokens of `text`, all required; a one-syllable Korean word also as a whole word,
    which ranks pages where it stands alone first (a synonym of one syllable, only so)."""
    tokens = analysis.query_tokens(text, stem=stem)
    if not tokens:
        return None
    if len(tokens) == 1 and len(tokens[0]) == 1 and analysis.is_hangul(tokens[0]):
        whole_word = WholeWord(tokens[0] + analysis.WHOLE_WORD_MARK)
        return whole_word if whole_word_only else Or([PlainText(tokens[0]), whole_word])
    return PlainText(" ".join(tokens), operator="and")


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
        return (type(query).__name__, query.query_string)
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
