"""The Porter (1980) suffix-stripping stemmer, as published, for ROUGE's ``-m`` option.

ROUGE-1.5.5 stems words of more than three letters with Porter's algorithm; the tilse toolkit
turns that option on. This is the algorithm of the paper (M. F. Porter, "An algorithm for suffix
stripping", Program 14(3), 1980), step by step, with none of the later departures (``-bli``,
``-logi``). Words are expected in lower case.

>>> [stem(w) for w in ["caresses", "ponies", "relational", "hopping", "generalizations"]]
['caress', 'poni', 'relat', 'hop', 'gener']
"""

from __future__ import annotations

from functools import lru_cache

__all__ = ["stem"]

_VOWELS = frozenset("aeiou")

_STEP2 = (
    ("ational", "ate"), ("tional", "tion"), ("enci", "ence"), ("anci", "ance"), ("izer", "ize"),
    ("abli", "able"), ("alli", "al"), ("entli", "ent"), ("eli", "e"), ("ousli", "ous"),
    ("ization", "ize"), ("ation", "ate"), ("ator", "ate"), ("alism", "al"), ("iveness", "ive"),
    ("fulness", "ful"), ("ousness", "ous"), ("aliti", "al"), ("iviti", "ive"), ("biliti", "ble"),
)
_STEP3 = (
    ("icate", "ic"), ("ative", ""), ("alize", "al"), ("iciti", "ic"), ("ical", "ic"), ("ful", ""),
    ("ness", ""),
)
_STEP4 = (
    "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ion", "ou",
    "ism", "ate", "iti", "ous", "ive", "ize",
)


def _consonant(word: str, i: int) -> bool:
    ch = word[i]
    if ch in _VOWELS:
        return False
    if ch == "y":
        return i == 0 or not _consonant(word, i - 1)
    return True


def _measure(stem_: str) -> int:
    """Porter's m: the number of vowel-consonant sequences in ``[C](VC)^m[V]``."""
    m, previous_vowel = 0, False
    for i in range(len(stem_)):
        vowel = not _consonant(stem_, i)
        if previous_vowel and not vowel:
            m += 1
        previous_vowel = vowel
    return m


def _has_vowel(stem_: str) -> bool:
    return any(not _consonant(stem_, i) for i in range(len(stem_)))


def _double_consonant(word: str) -> bool:
    return len(word) >= 2 and word[-1] == word[-2] and _consonant(word, len(word) - 1)


def _cvc(word: str) -> bool:
    """*o: the stem ends consonant-vowel-consonant, the last not w, x or y."""
    n = len(word)
    return (
        n >= 3 and _consonant(word, n - 3) and not _consonant(word, n - 2)
        and _consonant(word, n - 1) and word[-1] not in "wxy"
    )


def _step1(word: str) -> str:
    if word.endswith("sses") or word.endswith("ies"):
        word = word[:-2]
    elif word.endswith("s") and not word.endswith("ss"):
        word = word[:-1]
    cleanup = False
    if word.endswith("eed"):
        if _measure(word[:-3]) > 0:
            word = word[:-1]
    elif word.endswith("ed") and _has_vowel(word[:-2]):
        word, cleanup = word[:-2], True
    elif word.endswith("ing") and _has_vowel(word[:-3]):
        word, cleanup = word[:-3], True
    if cleanup:
        if word.endswith(("at", "bl", "iz")):
            word += "e"
        elif _double_consonant(word) and word[-1] not in "lsz":
            word = word[:-1]
        elif _measure(word) == 1 and _cvc(word):
            word += "e"
    if word.endswith("y") and _has_vowel(word[:-1]):
        word = word[:-1] + "i"
    return word


def _replace(word: str, rules: tuple[tuple[str, str], ...], min_measure: int) -> str:
    """Apply the rule with the longest matching suffix, if its stem is long enough."""
    best = max((r for r in rules if word.endswith(r[0])), key=lambda r: len(r[0]), default=None)
    if best is None:
        return word
    stem_ = word[: -len(best[0])]
    return stem_ + best[1] if _measure(stem_) > min_measure else word


def _step4(word: str) -> str:
    suffix = max((s for s in _STEP4 if word.endswith(s)), key=len, default=None)
    if suffix is None:
        return word
    stem_ = word[: -len(suffix)]
    if suffix == "ion" and not stem_.endswith(("s", "t")):
        return word
    return stem_ if _measure(stem_) > 1 else word


def _step5(word: str) -> str:
    if word.endswith("e"):
        m = _measure(word[:-1])
        if m > 1 or (m == 1 and not _cvc(word[:-1])):
            word = word[:-1]
    if word.endswith("ll") and _measure(word) > 1:
        word = word[:-1]
    return word


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """The Porter stem of a lower-case word; words of one or two letters are returned as they are.

    >>> stem("happiness"), stem("sky"), stem("agreed"), stem("controll")
    ('happi', 'sky', 'agre', 'control')
    """
    if len(word) <= 2:
        return word
    word = _step1(word)
    word = _replace(word, _STEP2, 0)
    word = _replace(word, _STEP3, 0)
    word = _step4(word)
    return _step5(word)
