"""Normalisation of relative expressions: quarters, seasons, "last week", "two years ago", times of
day, holidays. Durations, sets and vague references are in ``durations``."""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from ..model import Anchor, Granularity, TimeSpan
from .anchor import tense_at
from .durations import _unit_key, duration_value
from .filters import SEASON_LINKED, word_before
from .normalize import RANK, Point, shift, span_of, unit_start
from .resolve import (
    _PAST_ACT_AT,
    _PAST_ACT_ON_HOLIDAY,
    DUR,
    MONTHS,
    PLACEHOLDER,
    SAME_SENTENCE_REACH,
    TENSE_SLACK_DAYS,
    UNIT_GRANULARITY,
    VAGUE_VALUE,
    D,
    Resolution,
    T,
    _mod,
    _nearest_year,
    _past_act,
    _relative,
    _year,
    lean_to_tense,
    number,
    would_before,
)
from .words import APPROX_MODS, DAY_PARTS, ORDINALS, SEASON_START, SEASONS, WEEKDAYS

G = Granularity


def _quarter_of(day: date) -> int:
    return (day.month - 1) // 3 + 1


def _last_complete_quarter(pub: date) -> date:
    return shift(G.QUARTER, unit_start(G.QUARTER, pub), -1)


_YEAR_ENDED = re.compile(r"\s+(?:that\s+|which\s+)?(?:ended|ending|ends)\b", re.I)


def quarter(text, cand, ctx):
    half = cand.groups["unit"].lower() == "half"
    n = ORDINALS.get(cand.groups["ord"].lower(), 1)
    if n == -1:
        n = 2 if half else 4
    if n > (2 if half else 4):
        return None
    return _part_of_year(text, cand, ctx, n, half)


def qshort(text, cand, ctx):
    """ "Q3", "H1 2026", "Q1 next year": the quarter or half its words would name."""
    letter, n = cand.groups["q"][0].upper(), int(cand.groups["q"][1])
    return _part_of_year(text, cand, ctx, n, half=letter == "H")


def _part_of_year(text, cand, ctx, n: int, half: bool):
    """The n-th quarter or half: of the year written, of the year "last year's" or "next year"
    names, else of the publication's year (the one before when it has not begun yet and the
    tense does not look ahead)."""
    g = cand.groups
    year = _year(g.get("year"), ctx.published)
    yref = (g.get("yref") or "").lower()
    anchor, confidence = Anchor.ABSOLUTE, 0.9
    if year is None and yref[:4].isdigit():
        year = int(yref[:4])
    pub = ctx.published
    if year is None:
        offset = -1 if ("ago" in yref or "earlier" in yref or yref.startswith("last")
                        or (g.get("yrel") or "").lower() == "last") else 0
        if yref.startswith("next") or (g.get("yrel") or "").lower() == "next":
            offset = 1
        if pub is None:
            value = f"XXXX-{'H' if half else 'Q'}{n}"
            return Resolution(D, value, _mod(cand, D), Anchor.UNANCHORED, 0.3)
        year = pub.year + offset
        anchor, confidence = Anchor.PUBLISHED, 0.75
        of_the_year = text[cand.start:cand.end].lower().endswith("the year")
        if not yref and not g.get("yrel") and not of_the_year:  # "the second half of the
            # year": this one, begun or not
            start_month = (6 * (n - 1) if half else 3 * (n - 1)) + 1
            # "sales should recover in the second half", "would hire in the second half",
            # "deliver by the third quarter": a part of the year not yet begun that is looked to
            future = tense_at(text, cand.start, cand.end) == "future" or would_before(
                text, cand.start) or word_before(text, cand.start) == "by"
            if date(year, start_month, 1) > pub and not future:
                year -= 1
    granularity = G.HALF if half else G.QUARTER
    point = Point(granularity, date(year, (6 if half else 3) * (n - 1) + 1, 1))
    return Resolution(D, point.value, _mod(cand, D), anchor, confidence, point)


def season(text, cand, ctx):
    g = cand.groups
    code = SEASONS[g["season"].lower()]
    rel = (g.get("rel") or "").lower().rstrip("-")
    rel = {"the past": "this past", "the coming": "this coming"}.get(rel, rel)
    mod = {"early": "START", "late": "END", "mid": "MID"}.get(rel) or _mod(cand, D)
    year = _year(g.get("year"), ctx.published)
    anchor = Anchor.ABSOLUTE
    shared = _SHARED_SEASON_YEAR.match(text, cand.end)
    if year is None and shared and not rel.startswith(("this", "last", "next")):
        year = int(shared["year"])  # "the spring and early summer of 1943"
    if year is None:
        pub = ctx.published
        if rel in ("that", "the same", "that same", "this same") and ctx.reference is not None:
            year, anchor = ctx.reference.start.year, Anchor.PREVIOUS
        elif not rel and _follows_a_season(text, cand.start, ctx):
            ref = ctx.reference.start  # "in autumn and winter": the winter after that autumn
            year = ref.year if SEASON_START[code] >= ref.month else ref.year + 1
            anchor = Anchor.PREVIOUS
        elif rel in ("the following", "the next", "the previous") and ctx.reference is not None:
            ref = ctx.reference.start
            anchor = Anchor.PREVIOUS
            if rel == "the previous":
                year = ref.year if SEASON_START[code] < ref.month else ref.year - 1
            else:
                year = ref.year if SEASON_START[code] > ref.month else ref.year + 1
        elif (ctx.narrative_year or ctx.year_just_written) and rel in (
                "", "the", "early", "late", "mid"):
            year, anchor = ctx.narrative_year or ctx.year_just_written, Anchor.PREVIOUS
        elif pub is None:
            return Resolution(D, f"XXXX-{code}", mod, Anchor.UNANCHORED, 0.3)
        else:
            anchor = Anchor.PUBLISHED
            yrel = (g.get("yrel") or "").lower()
            if yrel:
                year = pub.year + {"last": -1, "next": 1}.get(yrel, 0)
            else:
                tense = tense_at(text, cand.start, cand.end) if rel not in (
                    "last", "this past", "next", "this coming") else None
                if tense is None and not ctx.story and (word_before(text, cand.start) == "by" or (
                        _APPROACHING.search(text, max(0, cand.start - 50), cand.start))):
                    tense = "future"  # "ready by winter", "as we head into the winter"
                if tense == "past" and not ctx.story and would_before(text, cand.start):
                    tense = "future"  # "a decision, she said, would be made in the autumn"
                year = season_year(code, pub, rel, tense)
    point = Point(G.SEASON, date(year, SEASON_START[code], 1), season=code)
    return Resolution(D, point.value, mod, anchor, 0.8 if anchor is not Anchor.ABSOLUTE else 0.9,
                      point)


_APPROACHING = re.compile(r"\b(?:head|heads|heading|go|goes|going|move|moves|moving|come|"
                          r"comes|coming|enter|enters|entering)\s+(?:into|to|towards?)\b"
                          r"[^.,;]{0,30}$", re.IGNORECASE)
_SHARED_SEASON_YEAR = re.compile(
    r"\s+(?:and|or|to|through|until)\s+(?:the\s+)?(?:early\s+|late\s+|mid-?)?"
    r"(?:spring|summer|autumn|fall|winter),?\s+(?:of\s+)?(?P<year>(?:1[0-9]|20)\d\d)\b",
    re.IGNORECASE)


def _follows_a_season(text: str, start: int, ctx) -> bool:
    """Whether the season at ``start`` is named in one breath with the season just dated."""
    ref = ctx.reference
    near = ref is not None and ref.granularity is G.SEASON and 0 <= start - ctx.reference_at < 40
    return near and bool(SEASON_LINKED.search(text, max(0, start - 20), start))


def season_year(code: str, pub: date, rel: str, tense: str | None) -> int:
    """The year (of its first month) of the season meant, seen from the publication date.

    Winter runs from December into the next year, so in January "this winter" began last year.
    """
    now = pub.year * 12 + pub.month - 1
    first = SEASON_START[code] - 1
    latest = now - (now - first) % 12  # the start of the latest season of this kind begun
    current = now - latest < 3
    if rel in ("last", "this past"):
        chosen = latest - 12 if current else latest
    elif rel == "this coming" and now == latest:  # "the coming winter months" on 14 December
        chosen = latest
    elif rel in ("next", "this coming"):
        chosen = latest + 12
    elif current:
        chosen = latest
    elif tense == "past" and (rel != "this" or latest // 12 == pub.year or (
            code == "WI" and now - latest <= 6)):
        chosen = latest  # not "this autumn" told in the past in June, nor "this winter" in
        # November: the one still ahead
    elif tense == "future":
        chosen = latest + 12
    elif rel == "this":  # "this fall" said in March, or in November: the one of this year
        return pub.year
    else:  # "this summer", "in the spring": the nearer one, the coming one on a tie
        chosen = latest if now - (latest + 2) < latest + 12 - now else latest + 12
    return chosen // 12


_DEICTIC_DAYS = {"today": 0, "yesterday": -1, "tomorrow": 1, "tonight": 0, "overnight": 0}


# "For nearly seven decades, those gears went into watches. Today, more than half ...",
# "Millbrook had 5,800 residents in 1970; today it has about 3,100": a clause that "today" opens
# in contrast with years long past is the present age, not the day of publication
_CLAUSE_BEFORE = re.compile(r"(?:^|[.;:!?]\s*|\b(?:and|but)\s+)$")
_LONG_PAST = re.compile(r"\b(?:(?:1[5-9]|20)\d\d|decades?|centur(?:y|ies)|generations?)\b", re.I)
# "This week Neil MacGregor describes ... 1450 and 1600. Today he is with": a day in a series
_RECENT = re.compile(r"\b(?:(?:this|last|next) (?:week|month)|yesterday|tomorrow|"
                     r"(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b", re.I)
_PROGRESSIVE = re.compile(r"\b(?:is|are|am)\s+(?:\w+ly\s+)?\w+ing\b")  # "is crying again"


def _nowadays(text: str, cand, published: date | None) -> bool:
    """Whether "today" opens a clause set against years long past: the present age."""
    edge = max(0, cand.start - 200)
    before = text[edge:cand.start]
    opens = _CLAUSE_BEFORE.search(before.rstrip(" \"'`\u201c"))
    if opens is None:
        return False
    clause = text[edge + opens.end():cand.start + 100]  # its own tense, not the one before
    if tense_at(clause, cand.start - edge - opens.end(), cand.end - edge - opens.end()) == (
            "past") or _PROGRESSIVE.search(clause):
        return False  # what happened or is happening today: the day itself
    stop = max(before.rfind(". ", 0, opens.start()), before.rfind(".\n", 0, opens.start()))
    previous = before[max(0, stop):opens.start()]  # the sentence or clause just before
    return _LONG_PAST.search(previous) is not None and _RECENT.search(previous) is None and (
        "said" not in previous) and not (published and _anniversary(previous, published))


def _anniversary(previous: str, published: date) -> bool:
    """Whether ``previous`` names the month and day of publication in another year: "Troops left
    on November 7, 1917. Today ..." told on 7 November is that day's anniversary."""
    month = published.strftime("%B")
    return re.search(rf"\b(?:{month}|{month[:3]}\.?)\s+{published.day}\b|\b{published.day}\s+"
                     rf"{month}\b", previous) is not None


def deictic(text, cand, ctx):
    g = cand.groups
    word = g["word"].lower()
    pre = (g.get("pre") or "").lower()
    if word in VAGUE_VALUE:
        value = VAGUE_VALUE[word]
        return Resolution(D, value, None, Anchor.PUBLISHED, 0.6)
    part = g.get("part")
    if word in ("tonight", "overnight"):
        part = part or "night"
    suffix = f"T{DAY_PARTS[part.lower()]}" if part else None
    kind = T if part else D
    mod = {"early": "START", "late": "END", "later": "END", "earlier": "START"}.get(pre) or _mod(
        cand, kind)
    if word == "today" and not part and not pre and _nowadays(text, cand, ctx.published):
        return Resolution(D, "PRESENT_REF", None, Anchor.PUBLISHED, 0.6)
    if ctx.published is None:
        return Resolution(kind, "XXXX-XX-XX" + (suffix or ""), mod, Anchor.UNANCHORED, 0.3)
    shift_days = _DEICTIC_DAYS[word]
    if word == "overnight" and not pre and tense_at(text, cand.start, cand.end) == "past":
        shift_days = -1  # "rain that crossed the province overnight coated power lines": the
        # night before the report, as "last night"
    day = ctx.published + timedelta(days=shift_days)
    point = Point(G.TIME if part else G.DAY, day, part=suffix)
    return Resolution(kind, point.value, mod, Anchor.PUBLISHED, 0.95, point)


def daypart(text, cand, ctx):
    """"this morning", "last night", "the following evening", "mid-afternoon (yesterday)"."""
    g = cand.groups
    rel = g["rel"].lower()
    suffix = "T" + DAY_PARTS[g["part"].lower()]
    mod = "MID" if rel == "mid" else None
    dayword = (g.get("dayword") or "").lower()
    if dayword and rel in ("the", "mid"):  # "the morning yesterday", "mid-afternoon today"
        res = _relative(ctx, G.DAY, {"yesterday": -1, "today": 0, "tomorrow": 1}[dayword],
                        kind=T, cand=cand, confidence=0.8)
    elif rel == "mid":  # "by mid-afternoon": that part of the day being told, its middle
        res = _relative(ctx, G.DAY, 0, previous=True, kind=T, confidence=0.6)
    else:
        offset = {"this": 0, "last": -1, "tomorrow": 1, "yesterday": -1, "that": 0,
                  "the next": 1, "the following": 1, "the previous": -1, "the": 0}[rel]
        previous = rel in ("that", "the next", "the following", "the previous", "the")
        res = _relative(ctx, G.DAY, offset, previous=previous, kind=T, cand=cand,
                        confidence=0.85 if not previous else 0.6)
    mod = mod or res.mod
    if res.point is not None and RANK[res.point.granularity] > RANK[G.DAY]:
        # "the morning" after "in 1994" names no day: in news it is the morning of the report
        if ctx.published is not None and not (ctx.story or ctx.narrative):
            res = _relative(ctx, G.DAY, 0, kind=T, confidence=0.5)
        else:
            return Resolution(T, "XXXX-XX-XX" + suffix, mod, Anchor.UNANCHORED, 0.3)
    if res.point is None:
        return Resolution(T, res.value + suffix, mod, res.anchor, min(res.confidence, 0.3))
    point = Point(G.TIME, res.point.start, part=suffix)
    return Resolution(T, point.value, mod, res.anchor, res.confidence, point)


_REL_OFFSET = {"this": 0, "current": 0, "the current": 0, "last": -1, "past": -1,
               "the past": -1, "this past": -1, "the last": -1, "next": 1, "the next": 1,
               "the coming": 1, "coming": 1, "this coming": 1, "previous": -1, "the previous": -1,
               "the preceding": -1, "the prior": -1, "the following": 1, "following": 1,
               "the same": 0, "that same": 0, "this same": 0, "that": 0, "the latest": 0,
               "latest": 0, "the year-ago": 0, "the year-earlier": 0}
_ANAPHORIC = frozenset({"previous", "the previous", "the preceding", "the prior", "the following",
                        "following", "the same", "that same", "this same", "that"})


def relunit(text, cand, ctx):
    g = cand.groups
    rel = g["rel"].lower()
    unit = g["unit"].lower()
    if rel not in _REL_OFFSET:
        return None  # "the first year", "the final day": not a date by themselves
    if unit == "fortnight":  # "the next fortnight", "the past fortnight": two weeks, which no
        return Resolution(DUR, "P2W", _mod(cand, DUR), Anchor.NONE, 0.6)  # calendar unit names
    if unit == "season":  # sports: "last season" is reported under the year it ends in
        return _relative(ctx, G.YEAR, _REL_OFFSET[rel], cand=cand, confidence=0.4)
    pub = ctx.published
    if unit == "weekend":
        offset = _REL_OFFSET[rel]
        res = _relative(ctx, G.WEEK, offset, previous=rel in _ANAPHORIC, cand=cand)
        return _weekend(res)
    granularity = UNIT_GRANULARITY[unit]
    offset = _REL_OFFSET[rel]
    if rel in ("the latest", "latest") and unit in ("quarter", "period"):
        offset = -1
    if rel in ("the year-ago", "the year-earlier"):
        base = _reference_quarter(ctx, cand.start)
        if base is None:
            return Resolution(D, PLACEHOLDER[G.QUARTER], None, Anchor.UNANCHORED, 0.3)
        point = Point(G.QUARTER, shift(G.YEAR, base, -1))
        return Resolution(D, point.value, _mod(cand, D), Anchor.PUBLISHED, 0.6, point)
    if unit == "quarter" and rel == "this" and not ctx.story and (
            tense_at(text, cand.start, cand.end) == "past"
            or text.startswith(("'s", "\u2019s"), cand.end) and ctx.quarter_near(cand.start)):
        # results told in the past: "exports rose 0.8 percent in this quarter", "This quarter's
        # loss included": the quarter reported (not the one under way)
        base = _reference_quarter(ctx, cand.start)
        if base is not None:
            point = Point(G.QUARTER, base)
            return Resolution(D, point.value, _mod(cand, D), Anchor.PUBLISHED, 0.6, point)
    if unit == "period" and rel in ("this", "that", "the same"):
        # the quarter just reported, or in a story the time it has reached ("the first 10
        # months of this year, up from the same period last year": this year)
        ref = ctx.quarter_near(cand.start) or ctx.reference or ctx.year_unit
        if ref is not None:
            return Resolution(D, ref.value, _mod(cand, D), Anchor.PREVIOUS, 0.4, ref)
    if unit == "period" and rel in _ANAPHORIC and ctx.reference is not None:
        granularity = ctx.reference.granularity if ctx.reference.granularity in (
            G.QUARTER, G.HALF, G.YEAR, G.MONTH) else G.QUARTER
    anaphoric = rel in _ANAPHORIC or (rel == "the next" and (unit == "day" or ctx.story)) or (
        rel == "this" and unit != "period" and (
            ctx.narrative or ctx.story and unit == "day"))  # a history's year; its "this day"
    if anaphoric and rel not in ("that", "the same") and ctx.reference is None and pub:
        anaphoric = False
    confidence = 0.6 if anaphoric else 0.85
    return _relative(ctx, granularity, offset, previous=anaphoric, cand=cand,
                     confidence=confidence)


def _weekend(res: Resolution) -> Resolution:
    if res.point is None:
        return Resolution(res.type, "XXXX-WXX-WE", res.mod, res.anchor, res.confidence)
    return Resolution(res.type, res.point.value + "-WE", res.mod, res.anchor, res.confidence,
                      res.point)


def _reference_quarter(ctx, offset: int) -> date | None:
    """The quarter a financial comparison is about: the one just mentioned, else the last
    complete quarter before publication (results are reported after the quarter ends)."""
    near = ctx.quarter_near(offset)
    if near is not None:
        return near.start
    if ctx.published is not None:
        return _last_complete_quarter(ctx.published)
    return None


def unitrel(text, cand, ctx):
    """"the year before", "the day after", "the week earlier": one unit from the last date
    named (or from the publication date when none was)."""
    g = cand.groups
    granularity = UNIT_GRANULARITY[g["unit"].lower()]
    step = -1 if g["adv"].lower() in ("before", "earlier") else 1
    return _relative(ctx, granularity, step, previous=True, cand=cand, confidence=0.6)


_IS_NOW = re.compile(r"\b(?:it's|it is|is|this is|marks|marking|enters|entered)\s+$", re.I)


def nth_day(text, cand, ctx):
    """"the second day of the offensive", "his first day in office": a day counted from the start
    of something the text tells. "It is the second day" is today; otherwise the day lies in
    the period the story has reached, and only that period is known ("1998-10-XX")."""
    if ctx.published is not None and not ctx.story and _IS_NOW.search(
            text, max(0, cand.start - 20), cand.start):
        point = Point(G.DAY, ctx.published)
        return Resolution(D, point.value, _mod(cand, D), Anchor.PUBLISHED, 0.6, point)
    if ctx.bc_year_near is not None:  # a story before Christ: its year is all we know
        return Resolution(D, f"BC{ctx.bc_year_near:04d}-XX-XX", _mod(cand, D), Anchor.PREVIOUS,
                          0.3)
    ref = ctx.reference
    if ref is None or ref.granularity is G.DECADE or ref.granularity is G.CENTURY:
        return Resolution(D, "XXXX-XX-XX", _mod(cand, D), Anchor.UNANCHORED, 0.3)
    if ref.granularity in (G.DAY, G.TIME, G.MONTH, G.WEEK):
        month = Point(G.MONTH, ref.start.replace(day=1))
        value, span = f"{month.value}-XX", span_of(month.value)
    else:
        value, span = f"{ref.start.year:04d}-XX-XX", span_of(ref.value)
    return Resolution(D, value, _mod(cand, D), Anchor.PREVIOUS, 0.3, None, span)


_TOLD_REACH = 400  # characters over which a date just told sets the month of "the end of the
# month" told in the past


def the_unit(text, cand, ctx):
    unit = cand.groups["unit"].lower()
    det = text[cand.start:cand.end].split()[0].lower()
    pub = ctx.published
    if unit == "weekend":
        if pub is None:
            return Resolution(D, "XXXX-WXX-WE", None, Anchor.UNANCHORED, 0.3)
        acted = _past_act(text, cand.start, _PAST_ACT_AT)  # "agreed at the weekend"
        tense = "past" if acted else tense_at(text, cand.start, cand.end)
        offset = 0 if (pub.weekday() >= 5 or tense == "future") else -1
        return _weekend(_relative(ctx, G.WEEK, offset, cand=cand, confidence=0.7))
    if unit == "year" and _YEAR_ENDED.match(text, cand.end):  # "the fiscal year (that) ended
        return Resolution(DUR, "P1Y", None, Anchor.NONE, 0.6)  # March 31": TimeBank's duration
    granularity = {"quarter": G.QUARTER, "month": G.MONTH, "week": G.WEEK, "day": G.DAY,
                   "decade": G.DECADE, "century": G.CENTURY}.get(unit, G.YEAR)
    ref = ctx.reference
    if unit == "day":
        if ref is not None and ref.granularity in (G.DAY, G.TIME):
            point = Point(G.DAY, ref.start)
            return Resolution(D, point.value, _mod(cand, D), Anchor.PREVIOUS, 0.5, point)
        return _relative(ctx, G.DAY, 0, cand=cand, confidence=0.5)
    if unit == "quarter" and det == "the":
        base = _reference_quarter(ctx, cand.start)
        if base is None:
            return Resolution(D, "XXXX-QX", _mod(cand, D), Anchor.UNANCHORED, 0.3)
        point = Point(G.QUARTER, base)
        return Resolution(D, point.value, _mod(cand, D), Anchor.PUBLISHED, 0.6, point)
    if det == "that" and ref is not None and RANK[ref.granularity] <= RANK[granularity]:
        point = Point(granularity, unit_start(granularity, ref.start))
        return Resolution(D, point.value, _mod(cand, D), Anchor.PREVIOUS, 0.6, point)
    if det == "the" and unit == "year" and ctx.narrative_year is not None:
        point = Point(G.YEAR, date(ctx.narrative_year, 1, 1))
        return Resolution(D, point.value, _mod(cand, D), Anchor.PREVIOUS, 0.5, point)
    if det == "the" and unit == "month" and ref is not None and ref.granularity in (
            G.DAY, G.TIME, G.MONTH) and (ctx.narrative_year or ctx.year_just_written or (
            cand.part_mod and 0 <= ctx.position - ctx.reference_at <= _TOLD_REACH
            and tense_at(text, cand.start, cand.end) == "past")):
        # a story's "by the end of the month" is the month it has reached (also news telling
        # the past: "On Oct. 7, gunmen stormed ... By the end of the month, the town was empty")
        point = Point(G.MONTH, unit_start(G.MONTH, ref.start))
        return Resolution(D, point.value, _mod(cand, D), Anchor.PREVIOUS, 0.5, point)
    if pub is None:
        return Resolution(D, PLACEHOLDER[granularity], _mod(cand, D), Anchor.UNANCHORED, 0.3)
    return _relative(ctx, granularity, 0, cand=cand, confidence=0.6)


def partof(text, cand, ctx):
    """"the first week of May", "the last day of 2024", "the first month of the year"."""
    g = cand.groups
    n = ORDINALS[g["ord"].lower()]
    unit = g["unit"].lower()
    if g.get("mon"):
        if not g["mon"][0].isupper():
            return None
        month = MONTHS[g["mon"].lower().rstrip(".")]
        year = _year(g.get("year"), ctx.published)
        if year is None:
            if ctx.published is None:
                return None
            year = ctx.narrative_year or _nearest_year(month, 15, ctx, tense_at(
                text, cand.start, cand.end))
        first, container = date(year, month, 1), G.MONTH
    elif g.get("year2"):
        first, container = date(int(g["year2"]), 1, 1), G.YEAR
    else:
        which, what = g["the"].lower().split()
        container = G.YEAR if what == "year" else G.MONTH
        base = _relative(ctx, container, {"the": 0, "this": 0, "next": 1, "last": -1}[which])
        if base.point is None:
            return None
        first = base.point.start
    last = shift(container, first, 1) - timedelta(days=1)
    anchor = Anchor.ABSOLUTE if (g.get("year") or g.get("year2")) else Anchor.PUBLISHED
    if unit == "month":
        if container is not G.YEAR:
            return None
        start = shift(G.MONTH, first, n - 1) if n > 0 else date(first.year, 12, 1)
        point = Point(G.MONTH, start)
    elif unit == "day":
        point = Point(G.DAY, first + timedelta(days=n - 1) if n > 0 else last)
    else:
        # Weeks of a month or year are counted as ISO counts weeks of a year: the first is the one
        # holding the first Thursday ("the second week of February 2026" is 9-15 February).
        if n > 0:
            thursday = first + timedelta(days=(3 - first.weekday()) % 7 + 7 * (n - 1))
        else:
            thursday = last - timedelta(days=(last.weekday() - 3) % 7)
        point = Point(G.WEEK, unit_start(G.WEEK, thursday))
        if unit == "weekend":
            return _weekend(Resolution(D, point.value, None, anchor, 0.7, point))
    return Resolution(D, point.value, _mod(cand, D), anchor, 0.75, point)


def yearend(text, cand, ctx):
    """"year-end", "year's end": the end of the publication year."""
    if ctx.published is None:
        return Resolution(D, "XXXX", None, Anchor.UNANCHORED, 0.3)
    point = Point(G.YEAR, date(ctx.published.year, 1, 1))
    return Resolution(D, point.value, cand.approx and "APPROX", Anchor.PUBLISHED, 0.6, point)


def yearperiod(text, cand, ctx):
    """"the 1988 period", "the 1988 third quarter": a quarter of an explicit year."""
    g = cand.groups
    year = int(g["year"])
    half = g["unit"].lower() == "half"
    if g.get("ord"):
        n = ORDINALS[g["ord"].lower()]
    else:
        base = _reference_quarter(ctx, cand.start)
        if base is None or half:
            return None
        n = _quarter_of(base)
    if n > (2 if half else 4):
        return None
    granularity = G.HALF if half else G.QUARTER
    point = Point(granularity, date(year, (6 if half else 3) * (n - 1) + 1, 1))
    return Resolution(D, point.value, _mod(cand, D), Anchor.ABSOLUTE, 0.7, point)


def yearago(text, cand, ctx):
    unit = (cand.groups.get("unit") or "").lower()
    if unit in ("quarter", "period") or (not unit and ctx.quarter_near(cand.start)):
        base = _reference_quarter(ctx, cand.start)
        if base is None:
            return Resolution(D, "XXXX-QX", None, Anchor.UNANCHORED, 0.3)
        point = Point(G.QUARTER, shift(G.YEAR, base, -1))
        return Resolution(D, point.value, None, Anchor.PUBLISHED, 0.6, point)
    return _relative(ctx, G.YEAR, -1, cand=cand, confidence=0.6)


_AGO_GRANULARITY = {"second": G.DAY, "minute": G.DAY, "hour": G.DAY, "day": G.DAY,
                    "night": G.DAY, "week": G.WEEK, "weekend": G.WEEK, "fortnight": G.WEEK,
                    "month": G.MONTH, "quarter": G.QUARTER, "year": G.YEAR, "decade": G.DECADE,
                    "century": G.CENTURY, "trading day": G.DAY, "business day": G.DAY,
                    "session": G.DAY, "season": G.YEAR, "millennium": G.CENTURY}


_THAN = re.compile(r"\s+than\b")


def ago(text, cand, ctx):
    g = cand.groups
    n = number(g.get("num2") or g["num"])  # "four or five years ago": as far back as it may be
    key = _unit_key(g["unit"])
    if g.get("half") and n is not None:
        n += 0.5
    if n is not None and n % 1 and key in ("decade", "century"):  # "a quarter of a century
        n, key = n * (10 if key == "decade" else 100), "year"  # later": 25 years on
    if n is not None and n % 1 and key in ("year", "month"):
        # "a year and a half ago": 18 months back; "a month and a half ago": six weeks back
        n, key = (round(n * 12), "month") if key == "year" else (round(n * 4), "week")
    direction = g["dir"].lower()
    backwards = direction in ("ago", "earlier", "back", "previously", "before")
    if g.get("this") and key == "year" and n is not None and n == int(n) and ctx.published:
        # "three years ago this week": this week (month) of the year so many years back
        unit = G.WEEK if g["this"].lower() == "week" else G.MONTH
        then = ctx.published.replace(year=ctx.published.year - int(n), day=min(
            ctx.published.day, 28))
        point = Point(unit, unit_start(unit, then))
        return Resolution(D, point.value, _mod(cand, D), Anchor.PUBLISHED, 0.7, point)
    if direction in ("later", "earlier") and _THAN.match(text, cand.end):
        # "two months later than usual", "a week earlier than planned": a difference, no date
        return Resolution(DUR, duration_value(n, g["unit"]), _mod(cand, DUR), Anchor.NONE, 0.6)
    if n is None and key in ("hour", "minute", "second"):
        n = 0  # "several hours later", "a few minutes ago": the same day as the time counted from
    if n is None:
        value = "PAST_REF" if backwards else "FUTURE_REF"
        return Resolution(D, value, _mod(cand, D), Anchor.PUBLISHED, 0.5)
    granularity = _AGO_GRANULARITY.get(key, G.DAY)
    count = int(n)
    if key in ("year", "quarter") and count == 1 and ctx.quarter_near(cand.start) and not (
            ctx.reference is not None and ctx.reference.granularity is G.MONTH
            and ctx.reference_at > ctx.last_quarter_at):  # not "in October from a year earlier"
        base = ctx.quarter_near(cand.start).start
        step = -4 if key == "year" else -1
        point = Point(G.QUARTER, shift(G.QUARTER, base, step if backwards else -step))
        return Resolution(D, point.value, _mod(cand, D), Anchor.PREVIOUS, 0.6, point)
    if key == "week":
        granularity, count = G.DAY, count * 7
    elif key == "fortnight":
        granularity, count = G.DAY, count * 14
    if key in ("decade", "century"):  # "two decades earlier" names a decade ("194"), no finer
        return _relative(ctx, granularity, -count if backwards else count, cand=cand,
                         previous=ctx.reference is not None and direction in ("earlier", "later"),
                         confidence=0.6)
    if key in ("hour", "minute", "second") or count == 0:
        count = 0
    # "a day later" continues the story from the last date; "a year earlier" in a report more
    # often compares with the publication date, unless a date was written out in full.
    # "prices rose in August from a year ago", "... from 12 months earlier": that month back
    compared = direction == "earlier" or direction == "ago" and key == "year" and word_before(
        text, cand.start) in ("from", "than", "over")
    month_compared = compared and key in ("month", "year") and ctx.reference is not None and (
        ctx.reference.granularity is G.MONTH
        and 0 <= cand.start - ctx.reference_at <= SAME_SENTENCE_REACH)
    anaphoric = ctx.reference is not None and (direction == "later" or month_compared or (
        direction == "earlier"
        and (ctx.explicit or ctx.narrative_year is not None or ctx.published is None
             # "1.9647 a day earlier" after "late Wednesday": the day before that one
             or key in ("day", "week") and ctx.reference.granularity in (G.DAY, G.TIME))))
    if key == "week" and not anaphoric:  # "two weeks ago" names a week: 2025-W08
        granularity, count = G.WEEK, int(n)
    if anaphoric and key == "year" and ctx.reference.granularity is G.QUARTER:
        granularity = G.QUARTER
        count *= 4
    elif anaphoric and RANK[ctx.reference.granularity] < RANK[granularity] and (
            ctx.reference.granularity not in (G.SEASON, G.HALF)):  # no "2023-None" seasons
        granularity = ctx.reference.granularity if key != "week" else G.DAY
        if granularity is G.TIME:
            granularity = G.DAY
        if key == "year" and granularity is G.DAY:  # "a year earlier" than 29 February 1992
            return _years_from_day(ctx, -count if backwards else count, cand)
        count = _convert(count, key, granularity)
    res = _relative(ctx, granularity, -count if backwards else count, previous=anaphoric,
                    cand=cand, confidence=0.6 if anaphoric else 0.8)
    if res.point is not None and res.mod and not anaphoric and ctx.published is not None:
        res = _approximate_span(res, ctx.published, n, key, backwards, cand.approx)
    return res


_BOUNDS = {"LESS_THAN": (0, 1), "EQUAL_OR_LESS": (0, 1), "MORE_THAN": (-1, 0),
           "EQUAL_OR_MORE": (-1, 0), "APPROX": (-1, 1)}


def _approximate_span(res: Resolution, published: date, n: float, unit: str,
                      backwards: bool, words: str | None) -> Resolution:
    """"nearly four years ago" lies between four and three years before publication: the span
    says so, although the TimeML value keeps the year four years back."""
    meaning = APPROX_MODS.get(words or "", res.mod)
    if words in ("nearly", "almost"):
        meaning = "LESS_THAN"
    bounds = _BOUNDS.get(meaning or "")
    granularity = {"year": G.YEAR, "month": G.MONTH, "week": G.WEEK, "day": G.DAY,
                   "decade": G.DECADE}.get(unit)
    if bounds is None or granularity is None:
        return res
    step = {G.DECADE: (G.YEAR, 10)}.get(granularity, (granularity, 1))
    sign = -1 if backwards else 1
    ends = sorted(shift(step[0], published, sign * step[1] * int(n - b)) for b in bounds)
    if granularity is G.WEEK:
        ends = sorted(published + timedelta(weeks=sign * int(n - b)) for b in bounds)
    span = TimeSpan(ends[0], ends[1], res.point.granularity, res.value, res.mod)
    return Resolution(res.type, res.value, res.mod, res.anchor, res.confidence, res.point, span)


def _years_from_day(ctx, years: int, cand) -> Resolution:
    """The same day ``years`` years from the day last named (28 February for a 29th)."""
    day = ctx.reference.start
    year = day.year + years
    moved = day.replace(year=year, day=min(day.day, calendar.monthrange(year, day.month)[1]))
    point = Point(G.DAY, moved)
    return Resolution(D, point.value, _mod(cand, D), Anchor.PREVIOUS, 0.6, point)


def _convert(count: int, unit: str, granularity: Granularity) -> int:
    """``count`` units expressed in units of ``granularity`` (years to months, weeks to days)."""
    per = {("year", G.MONTH): 12, ("year", G.DAY): 365, ("month", G.DAY): 30, ("week", G.DAY): 7,
           ("year", G.WEEK): 52, ("month", G.WEEK): 4, ("quarter", G.MONTH): 3,
           ("year", G.QUARTER): 4}
    return count * per.get((unit, granularity), 1)


def clock(text, cand, ctx):
    g = cand.groups
    hour = int(g["h"])
    minute = int(g.get("mi") or 0)
    ampm = (g.get("ampm") or "").lower().replace(".", "")
    if ampm == "pm" and hour < 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    if hour > 24:
        return None
    return _time_on_day(text, f"T{hour:02d}:{minute:02d}", cand, ctx)


_PART_AFTER = re.compile(r"\s+(?:[A-Z][a-z]+day\s+|(?:last|this|that)\s+)?"
                         r"(?P<part>morning|afternoon|evening|night)\b", re.I)


def oclock(text, cand, ctx):
    """"5 o'clock": the hour of the working day it most often means (seven to eleven in the
    morning, one to six in the afternoon) unless the words say which ("eight o'clock at
    night")."""
    g = cand.groups
    hour = int(number(g["h"]))
    part = (g.get("part") or "").lower()
    later = _PART_AFTER.match(text, cand.end)  # "one o'clock Wednesday morning"
    part = part or (later["part"].lower() if later else "")
    if part and not part.endswith("morning") and hour < 12:
        hour += 12
    elif not part and 1 <= hour <= 6:
        hour += 12
    return _time_on_day(text, f"T{hour:02d}:00", cand, ctx)


_NAMED_TIMES = {"midnight": "T24:00", "noon": "T12:00", "midday": "T12:00", "dawn": "TMO",
                "daybreak": "TMO", "sunrise": "TMO", "dusk": "TEV", "sunset": "TEV",
                "nightfall": "TEV"}


def noon(text, cand, ctx):
    return _time_on_day(text, _NAMED_TIMES[cand.groups["word"].lower()], cand, ctx)


def milclock(text, cand, ctx):
    """"0600 hours": military time."""
    return _time_on_day(text, f"T{cand.groups['h']}:{cand.groups['mi']}", cand, ctx)


CLOCK_REACH = 250  # characters over which a day named before a clock time still dates it


def _time_on_day(text: str, suffix: str, cand, ctx) -> Resolution:
    """A clock time on the day just mentioned (in the same stretch of text), else on the
    publication date: a day named paragraphs earlier does not carry over ("The quake hit on
    September 6. ... Rescuers arrived at 10 a.m." is read on the day of publication), nor does a
    day still to come when the time is told in the past ("would meet on Tuesday. ... the
    meeting, which began at 11 a.m.")."""
    mod = _mod(cand, T)
    ref = ctx.reference
    day, anchor = ctx.published, Anchor.PUBLISHED
    near = ctx.position - ctx.reference_at <= CLOCK_REACH or ctx.narrative_year is not None
    if ref is not None and ref.granularity in (G.DAY, G.TIME) and near and not (
            ctx.published is not None and ref.start > ctx.published and not ctx.story
            and tense_at(text, cand.start, cand.end) == "past"):
        day, anchor = ref.start, Anchor.PREVIOUS
    if day is None:
        return Resolution(T, suffix, mod, Anchor.UNANCHORED, 0.4)
    point = Point(G.TIME, day, part=suffix)
    return Resolution(T, point.value, mod, anchor, 0.75, point)


def easter(year: int) -> date:
    """Western Easter Sunday (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    leap = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * leap) // 451
    month, day = divmod(h + leap - 7 * m + 114, 31)
    return date(year, month, day + 1)


def _holiday_date(name: str, year: int) -> date:
    if name.startswith("christmas"):
        return date(year, 12, 24 if name.endswith("eve") else 25)
    if name.startswith("new year"):
        return date(year, 12, 31) if name.endswith("eve") else date(year, 1, 1)
    if name == "halloween":
        return date(year, 10, 31)
    if name.startswith("valentine"):
        return date(year, 2, 14)
    if name.startswith("boxing"):
        return date(year, 12, 26)
    if name.startswith("thanksgiving"):  # the fourth Thursday of November (United States)
        return _nth_weekday(year, 11, 3, 4)
    if name in ("black friday", "cyber monday"):  # the shopping days after Thanksgiving
        return _nth_weekday(year, 11, 3, 4) + timedelta(days=1 if name[0] == "b" else 4)
    if name.startswith("election"):  # United States: the Tuesday after the first Monday of Nov.
        return _nth_weekday(year, 11, 0, 1) + timedelta(days=1)
    if name.startswith("labor"):  # United States: the first Monday of September
        return _nth_weekday(year, 9, 0, 1)
    if name.startswith("memorial"):  # United States: the last Monday of May
        last = _nth_weekday(year, 5, 0, 5)
        return last if last.month == 5 else _nth_weekday(year, 5, 0, 4)
    if name.startswith(("veterans", "armistice", "remembrance")):
        return date(year, 11, 11)
    fixed = {"fourth of july": (7, 4), "bastille day": (7, 14), "may day": (5, 1)}
    if name in fixed or "patrick" in name:
        return date(year, *fixed.get(name, (3, 17)))
    if name.startswith("mother"):  # United States: the second Sunday of May
        return _nth_weekday(year, 5, 6, 2)
    if name.startswith("father"):  # the third Sunday of June
        return _nth_weekday(year, 6, 6, 3)
    if name.startswith("martin"):  # the third Monday of January
        return _nth_weekday(year, 1, 0, 3)
    if name.startswith("president"):  # the third Monday of February
        return _nth_weekday(year, 2, 0, 3)
    sunday = easter(year)
    before_easter = {"good friday": 2, "maundy thursday": 3, "palm sunday": 7, "ash wednesday": 46}
    if name in before_easter:
        return sunday - timedelta(days=before_easter[name])
    return sunday + timedelta(days=1) if name.endswith("monday") else sunday


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    """The n-th ``weekday`` (0 = Monday) of a month; n = 5 may run into the next month."""
    first = date(year, month, 1)
    return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))


HOLIDAY_NEAR_DAYS = 60
_HOLIDAY_YEAR = re.compile(r"\s+(?:in|of)\s+(?P<year>(?:1[0-9]|20)\d\d)\b(?!\s*(?:%|percent))")


def holiday(text, cand, ctx):
    """"Christmas", "New Year's Day 2024", "Easter": fixed and movable feasts."""
    g = cand.groups
    name = " ".join(g["name"].lower().split())
    later_year = _HOLIDAY_YEAR.match(text, cand.end)
    if g.get("year") or later_year:  # "Christmas 1963", "on Christmas Eve in 2000"
        year, anchor = int(g.get("year") or later_year["year"]), Anchor.ABSOLUTE
    elif ctx.narrative_year is not None:
        year, anchor = ctx.narrative_year, Anchor.PREVIOUS
    elif ctx.published is not None:
        pub, anchor = ctx.published, Anchor.PUBLISHED
        days = [_holiday_date(name, y) for y in (pub.year - 1, pub.year, pub.year + 1)]
        if name in ("easter week", "holy week"):  # a week has begun once its Monday has passed
            days = [day - timedelta(days=6) for day in days]
        acted = _past_act(text, cand.start, _PAST_ACT_ON_HOLIDAY)  # "exploded on Christmas
        # Eve", "celebrated the New Year": firmly past
        tense = "past" if acted else tense_at(text, cand.start, cand.end)
        if tense is not None:  # as for months, a noisy cue does not send a holiday days away to
            # another year ("flights ... who volunteered, with a Christmas break" on 19 Dec.)
            day = lean_to_tense(days, pub, tense, 366 if acted else TENSE_SLACK_DAYS)
        else:  # no tense: this year's, unless one is near ("over New Year" on 27 Dec.)
            nearest = min(days, key=lambda d: abs((d - pub).days))
            day = nearest if abs((nearest - pub).days) <= HOLIDAY_NEAR_DAYS else days[1]
        year = day.year
    else:
        return None
    if name in ("easter week", "holy week"):  # the week that ends on Easter Sunday
        point = Point(G.WEEK, easter(year) - timedelta(days=6))
    else:
        point = Point(G.DAY, _holiday_date(name, year))
    return Resolution(D, point.value, _mod(cand, D), anchor, 0.75, point)


def new_year(text, cand, ctx):
    """"in the new year": the year about to begin, or in its first two months the one just
    begun."""
    pub = ctx.published
    if pub is None:
        return Resolution(D, "XXXX", _mod(cand, D), Anchor.UNANCHORED, 0.3)
    point = Point(G.YEAR, date(pub.year if pub.month <= 2 else pub.year + 1, 1, 1))
    return Resolution(D, point.value, _mod(cand, D), Anchor.PUBLISHED, 0.6, point)


def same_period(text, cand, ctx):
    """"the same period of 1996", "the corresponding period last year": the quarter just
    reported (or the month, for "the same month a year earlier"), in that year or a year before
    it; the year itself when neither was named."""
    g = cand.groups
    unit = g["unit"].lower()
    quarter = ctx.quarter_near(cand.start) if unit != "month" else None
    ref = ctx.reference
    month = ref if ref is not None and ref.granularity is G.MONTH and (
        unit == "month" or g.get("year")) else None  # (not the October that ends "from January
    # to October ... up from the same period last year": the period is the ten months)
    base = quarter or month
    year = _year(g.get("year"), ctx.published)
    if year is None:
        if base is None and ctx.published is None:
            return None
        year = (base.start.year if base is not None else ctx.published.year) - 1
    if quarter is not None:
        point = Point(G.QUARTER, date(year, quarter.start.month, 1))
    elif month is not None:
        point = Point(G.MONTH, date(year, month.start.month, 1))
    else:
        point = Point(G.YEAR, date(year, 1, 1))
    return Resolution(D, point.value, _mod(cand, D), Anchor.ABSOLUTE, 0.7, point)


def from_day(text, cand, ctx):
    """"a week from Friday", "a year from today": a day counted from a day named (a weekday is
    the coming one, as the phrase looks ahead)."""
    g = cand.groups
    n = number(g["num"])
    pub = ctx.published
    if n is None or n % 1 or pub is None:
        return Resolution(D, "XXXX-XX-XX", _mod(cand, D), Anchor.UNANCHORED, 0.3)
    base_word = g["base"].lower()
    if base_word in _DEICTIC_DAYS:
        base = pub + timedelta(days=_DEICTIC_DAYS[base_word])
    else:
        base = pub + timedelta(days=(WEEKDAYS[base_word] - pub.weekday()) % 7)
    unit = g["unit"].lower()
    steps = int(n) * (2 if unit == "fortnight" else 1)
    day = shift(UNIT_GRANULARITY["week" if unit == "fortnight" else unit], base, steps)
    point = Point(G.DAY, day)
    return Resolution(D, point.value, _mod(cand, D), Anchor.PUBLISHED, 0.8, point)


def dayoff(text, cand, ctx):
    """"the day before yesterday" (two days back), "the day after tomorrow" (two ahead)."""
    step = -1 if cand.groups["dir"].lower() == "before" else 1
    base = -1 if cand.groups["word"].lower() == "yesterday" else 1
    return _relative(ctx, G.DAY, base + step, confidence=0.9)


# ------------------------------------------------------------------ stories before Christ


_BC_UNIT_YEARS = {"year": 1, "decade": 10, "century": 100}
_BC_DAY_KINDS = frozenset({"ago", "the_unit", "relunit", "unitrel", "nthday"})


def before_christ(text, cand, res: Resolution, ctx) -> Resolution | None:
    """``res`` read in a story told before Christ: "in mid-August" after "480 BC" is BC0480-08,
    "14 years later" after "445 BC" is BC0431, "the following winter" BC0479-WI, "the next day"
    BC0480-XX-XX.

    Years count down before Christ, so an offset forward (``_REL_OFFSET``) is a year less.
    Calendar intervals stop at year 1: such values have no span. None when ``res`` is not a
    relative month, season or year of such a story.
    """
    year = ctx.bc_year_near
    if year is None or res.point is None or res.anchor not in (Anchor.PUBLISHED,
                                                               Anchor.PREVIOUS):
        return None
    g = cand.groups
    rel = (g.get("rel") or "").lower().rstrip("-")
    years = _BC_UNIT_YEARS.get(_unit_key(g["unit"])) if cand.kind == "ago" else None
    if years:  # "14 years later", "a decade earlier"
        n = number(g.get("num"))
        if n is None or g["dir"].lower() not in ("later", "earlier"):
            return None
        year += -int(n * years) if g["dir"].lower() == "later" else int(n * years)
        value = f"BC{year:04d}"
    elif cand.kind in _BC_DAY_KINDS and res.point.granularity in (G.DAY, G.TIME):
        value = f"BC{year:04d}-XX-XX"  # "the next day", "that day": some day of the story's year
    elif cand.kind == "relunit" and res.point.granularity is G.YEAR and rel in _REL_OFFSET:
        year -= _REL_OFFSET[rel]  # "the following year"
        value = f"BC{year:04d}"
    elif cand.kind == "month" and not g.get("yref") and rel in ("", "that"):
        value = f"BC{year:04d}-{res.point.start.month:02d}"
    elif cand.kind == "season" and not g.get("year"):
        year -= _REL_OFFSET.get(rel, 0)  # "the following winter"
        value = f"BC{year:04d}-{res.point.season}"
    else:
        return None
    if year < 1:
        return None
    return Resolution(res.type, value, res.mod, Anchor.PREVIOUS, min(res.confidence, 0.6))
