"""One glyph for the Japanese, traditional and simplified forms of the same character.

A Japanese page writes 江戸切子 and 練馬; a visitor in Taiwan types 江戶切子, one in China
练马. Text and queries are both folded to the simplified form, character by character, with
OpenCC's dictionaries (the data of `opencc-python-reimplemented`): Japanese forms to their
traditional form (JPVariants, reversed), then traditional to simplified (TSCharacters).

Only unambiguous folds are kept, so two different words never become one: a character is
left alone when its simplified form also stands for another character (麵 and 面 both
simplify to 面; 蔔 and 卜 to 卜), and a Japanese form that is also a Chinese character of
its own (芸, "rue", and the Japanese form of 藝) is not read as Japanese.
"""

import functools
from importlib import resources


def _read(name):
    """Each line of an OpenCC dictionary: a character and its candidates, best first."""
    text = resources.files("opencc").joinpath("dictionary", name).read_text(encoding="utf-8")
    for line in text.splitlines():
        source, _tab, targets = line.partition("\t")
        if len(source) == 1 and targets:
            yield source, targets.split(" ")


@functools.cache
def fold_table():
    """str.translate table: code point → the simplified form of the same character."""
    to_simplified = dict(_read("TSCharacters.txt"))
    from_simplified = dict(_read("STCharacters.txt"))
    chinese = to_simplified.keys() | from_simplified.keys()

    def simplified(char):
        targets = to_simplified.get(char)
        if not targets or len(targets) > 1:
            return char
        target = targets[0]
        return target if len(target) == 1 and len(from_simplified.get(target, [char])) == 1 else char

    table = {}
    for traditional in to_simplified:
        if (folded := simplified(traditional)) != traditional:
            table[ord(traditional)] = folded
    for traditional, japanese_forms in _read("JPVariants.txt"):
        for japanese in japanese_forms:
            if len(japanese) == 1 and japanese not in chinese:
                table[ord(japanese)] = simplified(traditional)
    return {code: folded for code, folded in table.items() if chr(code) != folded}


def fold(text):
    return text.translate(fold_table())
