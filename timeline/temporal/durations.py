"""Normalisation of amounts of time and of repetitions: durations ("three years" -> P3Y), sets
("every week" -> P1W) and vague references ("recently" -> PAST_REF, "recent weeks" -> PXW)."""

from __future__ import annotations

from ..model import Anchor
from .filters import word_before as _word_before
from .resolve import DUR, MONTHS, SET, SET_ADVERBS, VAGUE_VALUE, D, Resolution, _mod, number
from .words import DAY_PARTS, SEASONS, UNITS, WEEKDAYS


def _unit_key(unit: str) -> str:
    u = unit.lower()
    if u in ("centuries",):
        return "century"
    if u == "millennia":
        return "millennium"
    return u[:-1] if u.endswith("s") and u[:-1] in UNITS else u


def duration_value(n: float | None, unit: str) -> str:
    """The TimeML duration value: ``P3Y``, ``PT5H``, ``P2W``, ``PXM`` for a vague count."""
    key = _unit_key(unit)
    letter, is_time = UNITS.get(key, ("D", False))
    if key == "decade" and n is not None:
        n, letter = n * 10, "Y"
    elif key == "century" and n is not None:
        n, letter = n * 100, "Y"
    elif key == "millennium" and n is not None:
        n, letter = n * 1000, "Y"
    elif key == "quarter" and n is not None and n != int(n):
        n, letter = n * 3, "M"  # "one and a half quarters": P4.5M reads better than P1.5Q
    elif key == "fortnight" and n is not None:
        n = n * 2
    elif key == "decade":
        letter = "DE"
    elif key == "century":
        letter = "CE"
    prefix = "PT" if is_time else "P"
    if n is None:
        return f"{prefix}X{letter}"
    whole, rest = int(n), n - int(n)
    smaller = _SMALLER.get((letter, is_time))
    if rest and smaller:  # "2 1/2 years" -> P2Y6M, "a minute and a half" -> PT1M30S
        factor, small_letter, small_is_time = smaller
        part = rest * factor
        if part == int(part):
            head = f"{whole}{letter}" if whole else ""
            if small_is_time and not is_time:
                return f"P{head}T{int(part)}{small_letter}"
            return f"{prefix}{head}{int(part)}{small_letter}"
    if rest:
        return f"{prefix}{n:g}{letter}"
    return f"{prefix}{whole}{letter}"


# The next smaller unit, for fractions: (letter, is a time unit) -> (factor, letter, is time)
_SMALLER = {("Y", False): (12, "M", False), ("M", False): (30, "D", False),
            ("W", False): (7, "D", False), ("D", False): (24, "H", True),
            ("H", True): (60, "M", True), ("M", True): (60, "S", True)}


_SOMEDAY_BEFORE = frozenset("will would could might may can shall he she they we i you it".split())


def duration(text, cand, ctx):
    g = cand.groups
    if text[cand.start:cand.end].lower() == "one day" and _word_before(text, cand.start) in (
            _SOMEDAY_BEFORE):
        return Resolution(D, "FUTURE_REF", None, Anchor.PUBLISHED, 0.4)  # "will one day be"
    n = number(g.get("num"))
    if n is not None and g.get("half"):
        n += 0.5
    return Resolution(DUR, duration_value(n, g["unit"]), _mod(cand, DUR), Anchor.NONE, 0.8)


_PAIR_LETTER = {"year": "Y", "month": "M", "day": "D", "hour": "H", "minute": "M", "second": "S"}


def duration_pair(text, cand, ctx):
    """"seven hours and 10 minutes" -> PT7H10M: one duration, its units in order (checked by
    ``filters.pair_in_order``)."""
    g = cand.groups
    parts = [(g[f"unit{i}"].lower().rstrip("s"), number(g[f"num{i}"]))
             for i in ("", "2", "3", "4") if g.get(f"unit{i}")]
    if any(n is None or n != int(n) for _, n in parts):
        return None  # "a few hours and 10 minutes"
    date_part = "".join(f"{int(n)}{_PAIR_LETTER[u]}" for u, n in parts if u in ("year", "month",
                                                                                  "day"))
    time_part = "".join(f"{int(n)}{_PAIR_LETTER[u]}" for u, n in parts if u in ("hour", "minute",
                                                                                  "second"))
    value = "P" + date_part + (f"T{time_part}" if time_part else "")
    return Resolution(DUR, value, _mod(cand, DUR), Anchor.NONE, 0.8)


def durrange(text, cand, ctx):
    n = number(cand.groups.get("num2"))
    return Resolution(DUR, duration_value(n, cand.groups["unit"]), _mod(cand, DUR), Anchor.NONE,
                      0.7)


def bareplural(text, cand, ctx):
    return Resolution(DUR, duration_value(None, cand.groups["unit"]), None, Anchor.NONE, 0.6)


def set_(text, cand, ctx):
    g = cand.groups
    if g.get("units"):  # "every 72 hours": PT72H; "every few years": PXY
        return Resolution(SET, duration_value(number(g["num"]), g["units"]), None, Anchor.NONE,
                          0.75)
    unit = g["unit"].lower()
    every_other = "other" in text[cand.start:cand.end].lower()
    if g.get("mon"):
        if not g["mon"][0].isupper():
            return None
        day = f"-{int(g['mday']):02d}" if g.get("mday") else ""  # "every Aug. 17"
        return Resolution(SET, f"XXXX-{MONTHS[g['mon'].lower().rstrip('.')]:02d}{day}", None,
                          Anchor.NONE, 0.8)
    if unit in WEEKDAYS:
        return Resolution(SET, f"XXXX-WXX-{WEEKDAYS[unit] + 1}", None, Anchor.NONE, 0.8)
    if unit in SEASONS:
        return Resolution(SET, f"XXXX-{SEASONS[unit]}", None, Anchor.NONE, 0.8)
    if unit in DAY_PARTS:
        return Resolution(SET, f"XXXX-XX-XXT{DAY_PARTS[unit]}", None, Anchor.NONE, 0.7)
    n = 2 if every_other else 1
    value = "P1Q" if unit == "quarter" and n == 1 else duration_value(n, unit)
    return Resolution(SET, value, None, Anchor.NONE, 0.8)


def setadv(text, cand, ctx):
    word = cand.groups["word"].lower()
    return Resolution(SET, SET_ADVERBS[word], None, Anchor.NONE, 0.6)


def setfreq(text, cand, ctx):
    return Resolution(SET, duration_value(1, cand.groups["unit"]), None, Anchor.NONE, 0.7)


def vague(text, cand, ctx):
    word = " ".join(cand.groups["word"].lower().split())
    anchor = Anchor.PUBLISHED if ctx.published else Anchor.UNANCHORED
    value = VAGUE_VALUE.get(word)
    if value is None:
        first, _, rest = word.partition(" ")
        if first == "recent":  # "in recent years": an unspecified stretch up to now
            return Resolution(DUR, duration_value(None, word.rsplit(" ", 1)[-1]), None,
                              Anchor.NONE, 0.5)
        if first == "coming" or word.startswith("the coming") or word.endswith(" ahead"):
            return Resolution(D, "FUTURE_REF", None, anchor, 0.5)  # "in the coming months"
        if word.endswith(" ago") or word.startswith(("the past", "the last")):
            value = "PAST_REF"
        elif first == "future":
            value = "FUTURE_REF"
        else:
            value = "PRESENT_REF"
    return Resolution(D, value, None, Anchor.PUBLISHED if ctx.published else Anchor.UNANCHORED,
                      0.5)
