"""Context words around a multilingual reading: part of a month and future direction.

"fines de marzo" is the end of March (mod END, the last third of the month), not the whole
month; "para el viernes" and "marcharán el viernes" speak of the coming Friday, not the last.
The words come from ``_ml_words``; a language without entries is left as read.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from ._ml_patterns import Reading, Tables
from ._ml_words import FUTURE_BEFORE, FUTURE_VERBS, PART_WORDS

__all__ = ["in_context"]

_PART_REACH = 30
_VERB_REACH = 60
_CLAUSE_END = re.compile(r"[.;!?]")


@lru_cache(maxsize=32)
def _patterns(base: str) -> tuple[re.Pattern | None, re.Pattern | None, re.Pattern | None]:
    parts = PART_WORDS.get(base)
    part_re = None
    if parts:
        words = "|".join(sorted((re.escape(w) for w in parts), key=len, reverse=True))
        part_re = re.compile(
            rf"(?<!\w)(?:(?:a|à|la|el|los|las|zu|am|im)\s+)?(?P<part>{words})"
            r"(?:\s+(?:de|del|di|d'|of|van))?(?:\s+|-)$", re.IGNORECASE)
    before = FUTURE_BEFORE.get(base)
    before_re = re.compile(rf"(?<!\w)(?:{before})\s+$", re.IGNORECASE) if before else None
    verbs = FUTURE_VERBS.get(base)
    verb_re = re.compile(rf"(?<!\w)(?:{verbs})(?!\w)", re.IGNORECASE) if verbs else None
    return part_re, before_re, verb_re


def in_context(reading: Reading, text: str, table: Tables) -> Reading:
    """``reading`` with a part-of-month (or of year) mod and a future direction read from the
    words before.

    >>> from ._ml_patterns import tables
    >>> read = in_context(Reading(9, 14, 0.6, month=3), "fines de marzo", tables("es"))
    >>> read.start, read.mod
    (0, 'END')
    >>> text = "marcha para el viernes"
    >>> in_context(Reading(15, 22, 0.55, weekday=4), text, tables("es")).direction
    1
    """
    base = table.code.split("-")[0].lower()
    part_re, before_re, verb_re = _patterns(base)
    partial = reading.month is not None or (reading.year is not None and reading.unit is None)
    if part_re is not None and partial and reading.day is None:
        found = part_re.search(text, max(0, reading.start - _PART_REACH), reading.start)
        if found is not None:
            mod = PART_WORDS[base][found.group("part").lower()]
            reading = replace(reading, start=found.start("part"), mod=mod)
    dated = reading.weekday is not None or (reading.year is None and reading.month is not None)
    if reading.direction or not dated or reading.unit is not None:
        return reading
    start = max(0, reading.start - _VERB_REACH)
    window = text[start:reading.start]
    ends = [m.end() for m in _CLAUSE_END.finditer(window)]
    clause_start = start + (ends[-1] if ends else 0)
    if before_re is not None and before_re.search(text, max(clause_start, reading.start - 24),
                                                  reading.start):
        return replace(reading, direction=1)
    if verb_re is not None and verb_re.search(text, clause_start, reading.start):
        return replace(reading, direction=1)
    return reading
