"""The Porter (1980) stemmer for ROUGE's ``-m`` option, from the snowballstemmer package.

ROUGE-1.5.5 stems words of more than three letters with Porter's original algorithm, and the tilse
toolkit turns that option on. snowballstemmer's ``"porter"`` stemmer is that algorithm (not the
later "Porter2"/English one), so scores stay comparable with published ones.

>>> [stem(w) for w in ["caresses", "ponies", "relational", "hopping", "generalizations"]]
['caress', 'poni', 'relat', 'hop', 'gener']
"""

from __future__ import annotations

from functools import lru_cache

import snowballstemmer

__all__ = ["stem"]

_PORTER = snowballstemmer.stemmer("porter")


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """The Porter stem of a lower-case word; words of one or two letters are returned as they are.

    >>> stem("happiness"), stem("sky"), stem("agreed"), stem("controll")
    ('happi', 'sky', 'agre', 'control')
    """
    return word if len(word) <= 2 else _PORTER.stemWord(word)
