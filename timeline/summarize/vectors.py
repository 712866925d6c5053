"""Sparse TF-IDF vectors as plain dicts: enough for centroids and cosines over a few thousand
sentences, with no numeric library."""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable

from .porter import stem
from .rouge import stop_words

__all__ = ["Vector", "add", "cosine", "idf_table", "normalize", "terms", "tfidf"]

Vector = dict[str, float]

_WORD = re.compile(r"[a-z][a-z0-9'-]*[a-z0-9]|[a-z]|\d+")


def terms(text: str) -> list[str]:
    """Stemmed content words: lower case, stop words and one-letter words out.

    >>> terms("Officials confirmed the first cases of swine flu.")
    ['offici', 'confirm', 'case', 'swine', 'flu']
    """
    stops = stop_words()
    words = (w.replace("'", "") for w in _WORD.findall(text.lower()))
    return [stem(w) for w in words if len(w) > 1 and w not in stops]


def idf_table(documents: Iterable[Iterable[str]]) -> tuple[dict[str, float], float]:
    """Smoothed IDF, ``log((1 + N) / (1 + df)) + 1``, and the value for unseen terms."""
    df: Counter = Counter()
    n = 0
    for doc_terms in documents:
        n += 1
        df.update(set(doc_terms))
    table = {t: math.log((1 + n) / (1 + c)) + 1 for t, c in df.items()}
    return table, math.log(1 + n) + 1


def normalize(vector: Vector) -> Vector:
    norm = math.sqrt(sum(v * v for v in vector.values()))
    return {t: v / norm for t, v in vector.items()} if norm else {}


def tfidf(doc_terms: Iterable[str], idf: dict[str, float], unseen: float) -> Vector:
    """The L2-normalised TF-IDF vector of a list of terms."""
    return normalize({t: c * idf.get(t, unseen) for t, c in Counter(doc_terms).items()})


def add(total: Vector, vector: Vector, weight: float = 1.0) -> None:
    """``total += weight * vector``, in place."""
    for t, v in vector.items():
        total[t] = total.get(t, 0.0) + weight * v


def cosine(a: Vector, b: Vector) -> float:
    """Dot product of two normalised vectors (iterating over the shorter).

    >>> round(cosine(normalize({"a": 1, "b": 1}), normalize({"a": 1})), 3)
    0.707
    """
    if len(a) > len(b):
        a, b = b, a
    return sum(v * b.get(t, 0.0) for t, v in a.items())
