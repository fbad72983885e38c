"""Excerpts of a result with the visitor's words marked, escaped safely."""

import re

from django.utils.html import escape, strip_tags
from django.utils.safestring import mark_safe

from modelsearch.index import SearchField

from search import analysis

EXCERPT_LENGTH = 160
_LATIN_WORD = re.compile(r"^[a-z0-9]+$")


def highlight_pattern(terms):
    """A regex matching any of the terms in text: CJK terms as they are, English words by stem."""
    parts = []
    for term in sorted({analysis.normalize(term) for term in terms if term.strip()}, key=len, reverse=True):
        for word in term.split():
            if _LATIN_WORD.match(word):
                parts.append(rf"\b{re.escape(analysis.light_stem(word))}\w*")
            elif len(word) >= 1:
                parts.append(re.escape(word))
    if not parts:
        return None
    return re.compile("|".join(parts), re.IGNORECASE)


def excerpt(page, pattern):
    """A short passage of the page around the first matched word, with <mark> on each match."""
    texts = [page.card_summary, *_searchable_texts(page)]
    texts = [" ".join(strip_tags(text).split()) for text in texts if text]
    if not texts:
        return ""
    text = texts[0]
    first = None
    if pattern is not None:
        for candidate in texts:
            first = next(_matches(candidate, pattern), None)
            if first:
                text = candidate
                break
    start = 0
    if first and first[0] > EXCERPT_LENGTH // 2:
        start = first[0] - EXCERPT_LENGTH // 3
    passage = text[start : start + EXCERPT_LENGTH]
    prefix = "…" if start else ""
    suffix = "…" if start + EXCERPT_LENGTH < len(text) else ""
    return mark_safe(prefix + mark(passage, pattern) + suffix)  # noqa: S308 - mark() escapes every piece


def mark(text, pattern):
    """Escape `text`, wrapping each match of `pattern` in <mark>: safe HTML."""
    if pattern is None:
        return escape(text)
    pieces, last = [], 0
    for start, end in _matches(text, pattern):
        pieces.append(escape(text[last:start]))
        pieces.append(f"<mark>{escape(text[start:end])}</mark>")
        last = end
    pieces.append(escape(text[last:]))
    return mark_safe("".join(pieces))  # noqa: S308 - every piece of text is escaped


def _matches(text, pattern):
    """(start, end) in `text` of each match of `pattern` in its normalised form.

    Characters are normalised one by one, so each position maps back to the original
    even where NFKC changes the length (… becomes ...).
    """
    normalized, origin = [], []
    for index, char in enumerate(text):
        folded = analysis.normalize(char)
        normalized.append(folded)
        origin.extend([index] * len(folded))
    origin.append(len(text))
    for match in pattern.finditer("".join(normalized)):
        if match.end() > match.start():
            yield origin[match.start()], origin[match.end() - 1] + 1


def _searchable_texts(page):
    texts = []
    for field in page.get_search_fields():
        if isinstance(field, SearchField) and field.field_name != "title":
            value = field.get_value(page)
            if isinstance(value, (list, tuple)):
                texts.extend(str(item) for item in value)
            elif value:
                texts.append(str(value))
    return texts
