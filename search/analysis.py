"""Text analysis shared by indexing and querying: the same rules on both sides.

Database full-text engines split text on spaces and punctuation, so a run of Japanese,
Chinese or Korean characters becomes one long token and a word inside a sentence is
never found. Here text is normalised (NFKC folds full-width Latin and half-width kana,
then lower case, katakana as hiragana) and each CJK run becomes its overlapping character bigrams; at index
time each CJK character is also kept alone, so one-character words (匠) are found.
Latin words are kept whole and, where the database has no stemmer (SQLite), reduced by
a light English stemmer.

Japanese text also gets SudachiPy's normalised forms (たくあん → 沢庵, 漬物 → 漬け物),
measured to be cheap (about 60 µs per sentence) and to fold the common spelling variants.
"""

import functools
import re
import unicodedata

# Kana (without the ・ separator), CJK ideographs and Hangul; 々〆〇 count as ideographs.
_CJK = (
    "\u3005-\u3007\u3041-\u30fa\u30fc-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
    "\u1100-\u11ff\u3130-\u318f\uac00-\ud7af\U00020000-\U0002ffff"
)
_TOKEN = re.compile(rf"(?P<cjk>[{_CJK}]+)|(?P<word>(?:(?![{_CJK}])[^\W_])+)")
_KANA = re.compile("[\u3041-\u30fa\u30fc-\u30ff]")
_SPACE = re.compile(r"\s+")
MAX_TOKEN_LENGTH = 40
# Parts of speech that carry no meaning of their own in a query (particles, auxiliaries, symbols).
_FUNCTION_WORDS = {"助詞", "助動詞", "補助記号", "空白", "記号"}


# Katakana → hiragana, so ﾎｳｼﾞ茶, ホウジ茶 and ほうじ茶 meet (ー and ヷ-ヺ have no hiragana).
_KANA_FOLD = {code: code - 0x60 for code in range(0x30A1, 0x30F7)}


def nfkc(text):
    """Width-normalised, lower-case text: what SudachiPy reads and what a visitor sees."""
    return unicodedata.normalize("NFKC", text).lower()


def normalize(text):
    """The form text is indexed and matched in: NFKC, lower case, katakana as hiragana."""
    return nfkc(text).translate(_KANA_FOLD)


def has_kana(text):
    return bool(_KANA.search(text))


def index_tokens(text, *, stem=False):
    """The tokens a document is indexed under: CJK bigrams and single characters, words."""
    text = nfkc(text)
    tokens = list(_tokens(normalize(text), stem=stem, unigrams=True))
    if has_kana(text):
        for variant in japanese_variants(text):
            tokens.extend(_tokens(variant, stem=stem, unigrams=True))
    return tokens


def query_tokens(text, *, stem=False):
    """The tokens a query term must all match: CJK bigrams (one character alone stays), words."""
    return list(_tokens(normalize(text), stem=stem, unigrams=False))


def index_text(text, *, stem=False):
    return " ".join(index_tokens(text, stem=stem))


def _tokens(text, *, stem, unigrams):
    for match in _TOKEN.finditer(text):
        if match["word"]:
            word = match["word"][:MAX_TOKEN_LENGTH]
            yield light_stem(word) if stem else word
            continue
        run = match["cjk"]
        if len(run) == 1:
            yield run
            continue
        yield from (run[i : i + 2] for i in range(len(run) - 1))
        if unigrams:
            yield from run


def split_terms(text):
    """The words of a query, width-normalised (kana kept as typed, for SudachiPy)."""
    return [term for term in _SPACE.split(nfkc(text)) if term]


# Japanese: SudachiPy --------------------------------------------------------------------


@functools.cache
def _sudachi():
    from sudachipy import Dictionary, SplitMode

    return Dictionary(dict="core").tokenizer(), SplitMode.C


def _morphemes(text):
    tokenizer, mode = _sudachi()
    return tokenizer.tokenize(text[:2000], mode)


def japanese_variants(text):
    """Sudachi's normalised form of each word whose form differs from its normalised one."""
    variants = []
    for morpheme in _morphemes(text):
        surface, normalized = morpheme.surface(), normalize(morpheme.normalized_form())
        if len(surface) > 1 and normalized != normalize(surface):
            variants.append(normalized)
    return variants


def japanese_words(text):
    """The content words of a Japanese query, each with its normalised form."""
    words = []
    for morpheme in _morphemes(text):
        if morpheme.part_of_speech()[0] in _FUNCTION_WORDS:
            continue
        words.append((nfkc(morpheme.surface()), nfkc(morpheme.normalized_form())))
    return words


# English: a light stemmer (Porter's steps 1 and 5a) for databases without one ---------


def light_stem(word):
    """Fold English plurals and -ed/-ing forms: pickle, pickles, pickled, pickling → pickl."""
    if len(word) <= 3 or not word.isascii() or not word.isalpha():
        return word
    if word.endswith("sses") or word.endswith("ies"):
        word = word[:-2]
    elif word.endswith("s") and not word.endswith("ss") and not word.endswith("us"):
        word = word[:-1]
    if word.endswith("eed"):
        if _measure(word[:-3]) > 0:
            word = word[:-1]
    else:
        for suffix in ("ed", "ing"):
            stem = word[: -len(suffix)]
            if word.endswith(suffix) and _has_vowel(stem):
                word = _tidy_stem(stem)
                break
    if word.endswith("y") and _has_vowel(word[:-1]):
        word = word[:-1] + "i"
    if word.endswith("e"):
        stem = word[:-1]
        measure = _measure(stem)
        if measure > 1 or (measure == 1 and not _ends_cvc(stem)):
            word = stem
    return word


def _tidy_stem(stem):
    if len(stem) == 2 and stem.endswith("y"):  # dyed, dying → dye (as Snowball does)
        return stem + "e"
    if stem.endswith(("at", "bl", "iz")):
        return stem + "e"
    if len(stem) > 1 and stem[-1] == stem[-2] and stem[-1] not in "aeiouylsz":
        return stem[:-1]
    if _measure(stem) == 1 and _ends_cvc(stem):
        return stem + "e"
    return stem


def _is_consonant(word, i):
    char = word[i]
    if char in "aeiou":
        return False
    if char == "y":
        return i == 0 or not _is_consonant(word, i - 1)
    return True


def _measure(stem):
    """Porter's m: the number of vowel-consonant sequences."""
    pattern = "".join("c" if _is_consonant(stem, i) else "v" for i in range(len(stem)))
    return len(re.findall("v+c+", pattern))


def _has_vowel(stem):
    return any(not _is_consonant(stem, i) for i in range(len(stem)))


def _ends_cvc(stem):
    return (
        len(stem) >= 3
        and _is_consonant(stem, -3 % len(stem))
        and not _is_consonant(stem, len(stem) - 2)
        and _is_consonant(stem, len(stem) - 1)
        and stem[-1] not in "wxy"
    )
