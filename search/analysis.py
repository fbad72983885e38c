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

Spellings that mean the same are folded on both sides: the Japanese, traditional and
simplified forms of a character (江戸 / 江戶, 練馬 / 练马; `glyph_variants`), ヶ, ケ, ヵ and が between two
ideographs (光ヶ丘, 光ケ丘, 光が丘), ノ and の (kana folding), Latin letters with
macrons or accents (kōen, café). Romanised place names lose their suffix as a separate
word (shakujiikoen → shakujii koen); hyphenated words are indexed joined too (e-mail →
email); irregular English plurals are indexed as their singular (women → woman).
Korean: words written with or without a space meet (체험학습 / 체험 학습: the index holds
the pair across each space), and a one-syllable word (무, alone or before a particle) is
also indexed as a whole-word token, so a one-syllable query ranks it above the syllable
inside longer words.
"""

import functools
import re
import unicodedata

from search import glyph_variants

# Kana (without the ・ separator), CJK ideographs and Hangul; 々〆〇 count as ideographs.
_CJK = (
    "\u3005-\u3007\u3041-\u30fa\u30fc-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
    "\u1100-\u11ff\u3130-\u318f\uac00-\ud7af\U00020000-\U0002ffff"
)
_TOKEN = re.compile(rf"(?P<cjk>[{_CJK}]+)|(?P<word>(?:(?![{_CJK}])[^\W_])+)")
_KANA = re.compile("[\u3041-\u30fa\u30fc-\u30ff]")
_IDEOGRAPH = "\u3005\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
# ヶ/ケ/ヵ/が between two ideographs: the connecting particle of place names (光ヶ丘 = 光が丘).
_PLACE_GA = re.compile(f"(?<=[{_IDEOGRAPH}])[ヶヵケが](?=[{_IDEOGRAPH}])")
_HANGUL_WORD = re.compile("[\uac00-\ud7af]+")
# A Hangul syllable at the end of a word, then spaces, then one at the start of the next.
_HANGUL_JUNCTION = re.compile("([\uac00-\ud7af])[ \t\n\r\u3000]+(?=([\uac00-\ud7af]))")
_HYPHENATED = re.compile(r"\b[a-z0-9]+(?:-[a-z0-9]+)+\b")
# Suffixes of romanised Japanese place names (Shakujiikoen, Nerimaeki, Ekodadori).
_PLACE_SUFFIXES = ("koen", "eki", "dori", "doori")
WHOLE_WORD_MARK = "0"
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
    """The form text is indexed and matched in: NFKC, lower case, katakana as hiragana,
    place-name particles, Latin accents and glyph variants folded."""
    folded = _PLACE_GA.sub("が", nfkc(text)).translate(_KANA_FOLD).translate(_LATIN_FOLD)
    return glyph_variants.fold(folded)


def _latin_fold():
    """ā → a, ō → o, é → e, ü → u: Latin letters with diacritics as their base letter."""
    fold = {}
    for code in [*range(0xC0, 0x250), *range(0x1E00, 0x1F00)]:
        base = unicodedata.normalize("NFD", chr(code))[0]
        if base.isascii() and base.isalpha() and base != chr(code):
            fold[code] = base
    return fold


_LATIN_FOLD = _latin_fold()

# Irregular English plurals, as their singular (Porter stemming leaves them apart).
IRREGULAR_PLURALS = {
    "women": "woman",
    "men": "man",
    "craftsmen": "craftsman",
    "craftswomen": "craftswoman",
    "businessmen": "businessman",
    "businesswomen": "businesswoman",
    "salesmen": "salesman",
    "fishermen": "fisherman",
    "tradesmen": "tradesman",
    "workmen": "workman",
    "children": "child",
    "leaves": "leaf",
    "knives": "knife",
    "wives": "wife",
    "lives": "life",
    "shelves": "shelf",
    "halves": "half",
    "loaves": "loaf",
    "calves": "calf",
    "wolves": "wolf",
    "thieves": "thief",
    "feet": "foot",
    "teeth": "tooth",
    "geese": "goose",
    "mice": "mouse",
    "oxen": "ox",
}

# Korean particles and endings that follow a word, longest first.
KOREAN_ENDINGS = sorted(
    {
        "이에요",
        "입니다",
        "합니다",
        "했습니다",
        "습니다",
        "에서는",
        "으로는",
        "에게서",
        "이라는",
        "하는",
        "하고",
        "해요",
        "했어요",
        "하기",
        "에서",
        "으로",
        "에게",
        "한테",
        "까지",
        "부터",
        "처럼",
        "보다",
        "이나",
        "이랑",
        "라는",
        "에는",
        "에도",
        "와",
        "과",
        "을",
        "를",
        "이",
        "가",
        "은",
        "는",
        "의",
        "에",
        "로",
        "도",
        "만",
        "랑",
        "나",
        "요",
    },
    key=len,
    reverse=True,
)


def korean_stem(word):
    """A Korean word without the particle or ending attached to it (단무지를 → 단무지), or
    the word itself; the stem keeps at least one syllable."""
    for ending in KOREAN_ENDINGS:
        if word.endswith(ending) and len(word) > len(ending):
            return word[: -len(ending)]
    return word


def is_hangul(text):
    return bool(text) and all("\uac00" <= char <= "\ud7af" for char in text)


def has_kana(text):
    return bool(_KANA.search(text))


def index_tokens(text, *, stem=False):
    """The tokens a document is indexed under: CJK bigrams and single characters, words."""
    text = nfkc(text)
    normalized = normalize(text)
    tokens = list(_tokens(normalized, stem=stem, unigrams=True))
    tokens += [first + second for first, second in _HANGUL_JUNCTION.findall(normalized)]
    tokens += [word + WHOLE_WORD_MARK for word in map(korean_stem, _HANGUL_WORD.findall(normalized)) if len(word) == 1]
    tokens += [_word(match.replace("-", ""), stem=stem) for match in _HYPHENATED.findall(normalized)]
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
            for suffix in _PLACE_SUFFIXES:
                if word.endswith(suffix) and len(word) - len(suffix) >= 4:
                    yield _word(word[: -len(suffix)], stem=stem)
                    word = suffix
                    break
            yield _word(word, stem=stem)
            continue
        run = match["cjk"]
        if len(run) == 1:
            yield run
            continue
        yield from (run[i : i + 2] for i in range(len(run) - 1))
        if unigrams:
            yield from run


def _word(word, *, stem):
    word = IRREGULAR_PLURALS.get(word, word)
    return light_stem(word) if stem else word


def split_terms(text):
    """The words of a query, width-normalised (kana kept as typed, for SudachiPy)."""
    return [term for term in _SPACE.split(nfkc(text)) if term]


# Japanese: SudachiPy --------------------------------------------------------------------


@functools.cache
def _sudachi():
    from sudachipy import Dictionary, SplitMode  # its dictionary loads only when Japanese is first analysed

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
    """Fold English plurals and -ed/-ing forms: pickle, pickles, pickled, pickling → pickl.

    Kept by hand rather than Snowball's English stemmer (snowballstemmer 3.1, the algorithm of
    PostgreSQL's `english` configuration), measured on the demo relevance set on SQLite: with
    Snowball the English-stem queries fell from 1.00 / 1.00 (recall@5 / MRR) to 0.95 / 0.96.
    It folds derivations too, so anime, animation and animators all become "anim" and the
    animators' pages sink below anime ones; and it stems dyed to "dy" but dyeing to "dye".
    Porter's inflectional steps alone keep those apart and together as a visitor means them.
    """
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
