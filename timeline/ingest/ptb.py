"""Penn Treebank tokenised text (the Timeline17 benchmark files) back to ordinary punctuation.

Such files read ``Speaking in Geneva , an expert said `` it 's early '' -LRB- WHO -RRB- .``; the
temporal and event stages expect ``Speaking in Geneva, an expert said "it's early" (WHO).``. The
rewrite only touches spaces next to tokens PTB splits off, so words are never changed, and it
keeps the line structure (one sentence a line in those files).
"""

from __future__ import annotations

import re

from .tables import PTB_BRACKETS

__all__ = ["detokenize", "looks_tokenized"]

_MARKERS = re.compile(r"(?:^|\s)(?:``|''|-[LR][RSC]B-)(?=\s|$)")
_SPACED = re.compile(r"\w [,.](?=\s|$)", re.MULTILINE)
_PLAIN = re.compile(r"\w[,.](?=\s|$)", re.MULTILINE)

_RULES = [
    (re.compile(r"\\([/*])"), r"\1"),  # PTB escapes "/" and "*"
    (re.compile(r"(?<!\S)-([LR][RSC]B)-(?!\S)"), lambda m: PTB_BRACKETS[f"-{m.group(1)}-"]),
    # Opening quotes glue to the next word, closing ones to the previous.
    (re.compile(r"(?<!\S)``\s*"), '"'),
    (re.compile(r"\s*''(?!\S)"), '"'),
    (re.compile(r"(?<!\S)`(?!`)\s*"), "'"),
    # Contractions: "it 's", "do n't", "ca n't", "we 're", "gon na".
    (re.compile(r"(?<=\w) (n't|'s|'re|'ve|'ll|'d|'m)(?!\S)", re.IGNORECASE), r"\1"),
    (re.compile(r"\b(gon|wan) (na)\b", re.IGNORECASE), r"\1\2"),
    # Closing single quote, or the apostrophe of a plural possessive ("students ' books").
    (re.compile(r"(?<=\S) '(?!\S)"), "'"),
    # Punctuation that attaches to the word before it.
    (re.compile(r"(?<=\S) +([,;:!?%]|\.(?:\.\.)?)(?=\s|$|[\"')\]}])"), r"\1"),
    # Brackets: no space inside; currency before its number.
    (re.compile(r"([(\[{]) +"), r"\1"),
    (re.compile(r" +([)\]}])"), r"\1"),
    (re.compile(r"(?<!\S)([$£€#]) (?=\d)"), r"\1"),
    (re.compile(r"[ \t]+$", re.MULTILINE), ""),
]


def looks_tokenized(text: str) -> bool:
    """True when ``text`` is PTB-tokenised: bracket or quote tokens, or spaced-out punctuation.

    >>> looks_tokenized("Officials said -LRB- on Monday -RRB- that ..."), looks_tokenized("A, b.")
    (True, False)
    """
    sample = text[:20000]
    if _MARKERS.search(sample):
        return True
    spaced = len(_SPACED.findall(sample))
    return spaced >= 2 and spaced > 2 * len(_PLAIN.findall(sample))


def detokenize(text: str) -> str:
    """Undo PTB tokenisation: brackets, quotes, contractions and spaces before punctuation.

    >>> detokenize("Experts -LRB- at WHO -RRB- said `` it 's early '' , and they do n't know .")
    'Experts (at WHO) said "it\\'s early", and they don\\'t know.'
    """
    for pattern, replacement in _RULES:
        text = pattern.sub(replacement, text)
    return text
