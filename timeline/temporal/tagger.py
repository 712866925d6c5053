"""The English tagger: candidates (``recognize``), precision rules (``filters``), then one
normalising function per kind of candidate (``resolve``, ``relative``, ``durations``), applied in
text order so that anaphora ("that day") see the dates before them."""

from __future__ import annotations

import logging
import re
from datetime import date, timedelta

from ..model import Anchor, Granularity, TimeSpan, Timex, TimexType
from ..text import unwrap
from . import durations as dur
from . import relative as rel
from .anchor import Context, tense_at
from .filters import plausible, word_before
from .normalize import RANK, Point, span_of, unit_start
from .recognize import BY_TRIGGER, Candidate, find_candidates
from .resolve import (
    Resolution,
    _bare_year,
    _century,
    _decade,
    _dotted,
    _era,
    _fiscal,
    _iso,
    _isomonth,
    _month,
    _month_day,
    _month_rel,
    _month_year,
    _ordinal_day,
    _short_year,
    _slash,
    _weekday,
    _word_year,
    day_range_parts,
    nine_eleven,
    would_before,
    year_range_parts,
)
from .words import DAY_PARTS, MONTHS, WEEKDAYS

__all__ = ["tag_english"]

logger = logging.getLogger(__name__)

HANDLERS = {
    "iso": _iso, "isomonth": _isomonth, "slash": _slash, "dotted": _dotted, "mdy": _month_day,
    "dmy": _month_day, "nineeleven": nine_eleven,
    "monthyear": _month_year, "monthrel": _month_rel, "month": _month, "weekday": _weekday,
    "year": _bare_year, "fiscal": _fiscal, "era": _era,
    "shortyear": _short_year,
    "parthead": lambda text, cand, ctx: None, "weekhead": lambda text, cand, ctx: None,
    "dayoff": rel.dayoff, "ordday": _ordinal_day, "wordyear": _word_year, "decade": _decade,
    "century": _century, "quarter": rel.quarter, "qshort": rel.qshort, "season": rel.season,
    "deictic": rel.deictic, "daypart": rel.daypart, "relunit": rel.relunit,
    "yearago": rel.yearago, "yearperiod": rel.yearperiod, "yearend": rel.yearend,
    "partof": rel.partof, "the_unit": rel.the_unit, "unitrel": rel.unitrel, "ago": rel.ago,
    "fromday": rel.from_day, "sameperiod": rel.same_period,
    "nthday": rel.nth_day, "newyear": rel.new_year,
    "duration": dur.duration,
    "durrange": dur.durrange, "durpair": dur.duration_pair, "bareplural": dur.bareplural,
    "clock": rel.clock, "oclock": rel.oclock,
    "clock24": rel.clock, "clocktz": rel.clock, "noon": rel.noon, "milclock": rel.milclock,
    "set": dur.set_, "holiday": rel.holiday, "setadv": dur.setadv, "setfreq": dur.setfreq,
    "vague": dur.vague,
}
# Heads read together with the day that follows them: "5 p.m. Nov. 9", "the night of 9 November",
# "the week of March 3".
TIME_KINDS = frozenset({"clock", "clock24", "clocktz", "noon", "parthead", "milclock", "oclock",
                        "weekhead"})
DAY_KINDS = frozenset({"weekday", "mdy", "dmy", "iso", "deictic", "slash"})
_MAX_GAP = 4
RANGE_KINDS = frozenset({"yearrange", "erarange"})
YEAR_KINDS = frozenset({"iso", "year", "yearrange", "mdy", "dmy", "monthyear", "fiscal", "quarter"})
# Expressions that move the reference time for later anaphora ("that day", "a year later").
REMEMBER_KINDS = frozenset({"iso", "slash", "mdy", "dmy", "monthyear", "monthrel", "month",
                            "weekday", "year", "era", "fiscal", "wordyear", "quarter", "qshort",
                            "season", "deictic", "yearperiod", "partof", "yearrange", "holiday",
                            "dayoff", "ordday", "clock", "oclock", "noon", "shortyear", "fromday"})


def _resolve(text: str, cand: Candidate, ctx: Context) -> Resolution | None:
    try:
        res = HANDLERS[cand.kind](text, cand, ctx)
        if res is not None and ctx.bc_year is not None:
            res = rel.before_christ(text, cand, res, ctx) or res
        return res
    except (ValueError, OverflowError, KeyError) as err:
        logger.debug("cannot normalise %r (%s): %s", text[cand.start:cand.end], cand.kind, err)
        return None


def _time_with_day(text: str, time: Candidate, day: Candidate, ctx: Context) -> Resolution | None:
    """"5 p.m. Nov. 9", "noon Thursday": the time on the day that follows it."""
    day_res = _resolve(text, day, ctx)
    if day_res is None or day_res.point is None or day_res.type not in (
            TimexType.DATE, TimexType.TIME) or day_res.point.granularity not in (
            Granularity.DAY, Granularity.TIME):
        return None
    if time.kind == "weekhead":
        point = Point(Granularity.WEEK, unit_start(Granularity.WEEK, day_res.point.start))
        return Resolution(TimexType.DATE, point.value, None, day_res.anchor,
                          min(day_res.confidence, 0.8), point)
    if time.kind in ("parthead", "weekday"):
        suffix = "T" + DAY_PARTS[time.groups["part"].lower()]
        clock = Resolution(TimexType.TIME, suffix)
    else:
        clock = _resolve(text, time, Context(published=day_res.point.start))
        if clock is None or clock.point is None:
            return None
        suffix = clock.value[10:]
    point = Point(Granularity.TIME, day_res.point.start, part=suffix)
    confidence = min(day_res.confidence, 0.9)
    return Resolution(TimexType.TIME, point.value, clock.mod, day_res.anchor, confidence, point)


# "3:42 a.m. local time on September 5", "10 p.m. on Tuesday night": the time takes the date
# that follows it, but the two stay separate expressions, as TimeML tags them.
_ON_GAP = re.compile(r"\)?[\s,]*(?:(?:local|[A-Z][a-z]+)\s+time[\s,]*)?on\s+")  # "5:34 AM
# Baghdad time on March 20, 2003"
_OPEN_PAREN = re.compile(r"\s*\(\s*")  # "9:05 a.m. (3:05 GMT) Tuesday": the local time's day
_TIME_TO = re.compile(r"\s*(?:to|until|till|and|-|\u2013)\s*")
_BRACKETED = re.compile(r"\s*\([^()]{1,25}\)[\s,]*(?:on\s+)?")  # "12:30 pm (2030 GMT) Friday"
_PART_GAP = re.compile(r"[\s,]*(?:on\s+)?", re.IGNORECASE)
_DATED_KINDS = frozenset({"mdy", "dmy", "iso", "slash"})
_CLOCK_KINDS = frozenset({"clock", "clock24", "clocktz", "oclock"})


def _day_follows(text: str, end: int, day_start: int) -> bool:
    """Whether the day starting at ``day_start`` dates the time ending at ``end``."""
    gap = text[end:day_start]
    return bool(_ON_GAP.fullmatch(gap) or _BRACKETED.fullmatch(gap)) or (
        len(gap) <= _MAX_GAP and not gap.strip(" ,)"))


def _merge_times(text: str, cands: list[Candidate]
                 ) -> list[tuple[Candidate, Candidate | None, bool]]:
    """Each candidate with the day its time of day falls on, and whether the two make one
    expression ("5 p.m. Nov. 9") or two ("5 p.m. on Nov. 9")."""
    out: list[tuple[Candidate, Candidate | None, bool]] = []
    i = 0
    while i < len(cands):
        cand = cands[i]
        nxt = cands[i + 1] if i + 1 < len(cands) else None
        after = cands[i + 2] if i + 2 < len(cands) else None
        if (nxt is not None and after is not None and cand.kind in TIME_KINDS
                and nxt.kind in TIME_KINDS and after.kind in DAY_KINDS
                and (_OPEN_PAREN.fullmatch(text, cand.end, nxt.start)
                     or _TIME_TO.fullmatch(text, cand.end, nxt.start))
                and _day_follows(text, nxt.end, after.start)):
            out.append((cand, after, False))  # the time in brackets (or the end of a range of
            # times: "from 11 a.m. to 3 p.m. on Monday") is read next, with the day
            i += 1
            continue
        if nxt is not None and cand.kind in TIME_KINDS and nxt.kind in DAY_KINDS:
            if nxt.start - cand.end <= _MAX_GAP and not text[cand.end:nxt.start].strip(" ,"):
                out.append((cand, nxt, True))
                i += 2
                continue
            if cand.kind != "weekhead" and _day_follows(text, cand.end, nxt.start):
                out.append((cand, nxt, False))
                i += 1
                continue
        if (nxt is not None and cand.kind in ("weekday", "mdy", "dmy")
                and not cand.groups.get("part") and nxt.kind in _CLOCK_KINDS
                and text[cand.end:nxt.start] == ", "):
            out.append((nxt, cand, True))  # "all matches Sunday, 3 p.m.", "Nov. 3, 5 p.m.": one
            i += 2
            continue
        if (nxt is not None and cand.kind == "weekday" and cand.groups.get("part")
                and nxt.kind in _DATED_KINDS and _PART_GAP.fullmatch(text, cand.end, nxt.start)):
            out.append((cand, nxt, False))  # "Friday morning, September 5": that Friday
            i += 1
            continue
        out.append((cand, None, False))
        i += 1
    return out


def _timex(document: str, text: str, start: int, end: int, res: Resolution,
           published: date | None) -> Timex:
    span = None
    if res.span is not None:
        span = res.span
    elif res.value == "PRESENT_REF" and published is not None:  # "now": the day of the report
        span = TimeSpan(published, published, Granularity.DAY, res.value)
    elif res.type in (TimexType.DATE, TimexType.TIME) and res.anchor is not Anchor.UNANCHORED:
        span = span_of(res.value, res.mod)
    return Timex(
        document=document, start_char=start, end_char=end, text=text[start:end], type=res.type,
        value=res.value, mod=res.mod, span=span, anchor=res.anchor,
        confidence=round(res.confidence, 2), language="en",
    )


_CAPITALS = re.compile(r"\b[A-Z]{2,}\b")
# Time words written in capitals in headlines ("TALKS RESUME NEXT MARCH") are read as if written
# normally: names of months and days with a capital, the others in lower case.
_TIME_WORDS = frozenset(w for w in BY_TRIGGER if w.isalpha() and w not in ("bce", "ad")) | {
    "am", "pm", "ago", "later", "earlier", "week", "weeks", "month", "months", "year", "years",
    "day", "days", "quarter", "morning", "afternoon", "evening", "night"}
_NAMES = frozenset(MONTHS) | frozenset(WEEKDAYS) | {"christmas", "easter", "halloween"}


def _title_case_capitals(text: str) -> str:
    """``text`` with time words written in capitals re-cased; same length, so offsets hold."""
    if not _CAPITALS.search(text):
        return text

    def recase(match: re.Match) -> str:
        word = match.group().lower()
        if word not in _TIME_WORDS:
            return match.group()
        return word.capitalize() if word in _NAMES else word

    return _CAPITALS.sub(recase, text)


_BC_VALUE = re.compile(r"BC(\d{4})(?:-|$)")


def _note_before_christ(ctx: Context, res: Resolution, offset: int) -> None:
    """Remember "480 BC", or "the following year" read from it, as the year a story has
    reached before Christ."""
    found = _BC_VALUE.match(res.value)
    if found and (res.anchor is Anchor.ABSOLUTE or res.value == found.group(0)):
        ctx.bc_year, ctx.bc_at = int(found.group(1)), offset


_SETTING_WORDS = frozenset("in during by early late mid until throughout".split())
_FULL_DATE_KINDS = frozenset({"iso", "mdy", "dmy", "monthyear"})
# a date after these is named in passing: "the August 1988 cease-fire", "since September 1986"
_IN_PASSING = frozenset("the a an its their his her since than".split())


def _fronted(text: str, start: int) -> bool:
    """Whether the phrase ending at ``start`` opens its sentence ("In 1977", "Early in 1977")."""
    before = text[max(0, start - 40):start].rstrip()
    cut = max(before.rfind(". "), before.rfind("\n"), before.rfind('" '), before.rfind("; "))
    words = before[cut + 1:].split() if cut >= 0 else before.split()
    return 0 < len(words) <= 3 and words[0][:1].isupper()


def _sets_the_time(text: str, cand: Candidate) -> bool:
    """Whether an absolute date moves the story to its time: "In 2003,", "On March 20, 2003",
    a heading "2005:" -- not a year named in passing ("since 1980", "the 1987 model")."""
    if not cand.groups.get("year") and cand.kind != "iso":
        return False
    if cand.kind in _FULL_DATE_KINDS and cand.kind != "monthyear":  # a day: "On March 20, 2003"
        return word_before(text, cand.start) not in _IN_PASSING  # not "the August 4, 1988 truce"
    if cand.kind not in ("year", "monthyear"):
        return False
    if text.startswith(":", cand.end):
        return True
    if word_before(text, cand.start) not in _SETTING_WORDS:
        return False
    # "In 1977, ..." or "In August 1990 ..." opens a scene; "went missing in 1977." and
    # "invaded Kuwait in August 1990, and ..." name the time in passing
    return _fronted(text, cand.start)


Part = tuple[int, int, Resolution]  # start, end (offsets into the region), what it means


def _read(region: str, cand: Candidate, day: Candidate | None, joined: bool, ctx: Context
          ) -> tuple[list[Part], Candidate]:
    """The expressions one candidate makes, and the candidate that names their date.

    Usually one; a range ("1861-1865", "April 6-7", "May 4 and 5") makes one per year or day,
    as TimeML marks them; a time read with its day ("5 p.m. Nov. 9") is one expression dated by
    the day.
    """
    if cand.kind in RANGE_KINDS:
        return year_range_parts(region, cand, ctx), cand
    first = cand.start
    if day is not None:
        res = _time_with_day(region, cand, day, ctx)
        first, stop = (min(cand.start, day.start), max(cand.end, day.end)) if joined else (
            cand.start, cand.end)
        if res is None:
            res, stop = _resolve(region, cand, ctx), cand.end
        elif not joined and cand.kind == "parthead":
            return [], cand  # "the night of" alone is no expression
        elif joined and cand.kind == "weekhead" and "end" in region[cand.start:cand.end].lower():
            # "the week ending Aug. 3": two expressions, as TimeBank marks "the quarter ended
            # Sept. 30", the week being the one that day closes
            day_res = _resolve(region, day, ctx)
            if day_res is not None:
                head_end = cand.start + region[cand.start:cand.end].lower().index("week") + 4
                return [(cand.start, head_end, res), (day.start, day.end, day_res)], day
        elif joined and cand.kind == "parthead" and (day.groups.get("day0")
                                                      or day.groups.get("day2")):
            parts = _part_of_first_day(region, day, res, ctx)  # "the night of 3-4 May"
            if parts:
                return [(cand.start, parts[0][1], parts[0][2]), parts[1]], day
    else:
        res, stop = _resolve(region, cand, ctx), cand.end
    if res is None:
        return [], cand
    if day is None and cand.kind in ("mdy", "dmy"):
        parts = day_range_parts(region, cand, res)
        if parts:
            return parts, cand
    return [(first, stop, res)], (day if day is not None and joined else cand)


def _part_of_first_day(region: str, day: Candidate, res: Resolution, ctx: Context) -> list[Part]:
    """"the night of 3-4 May 1904": the night of the 3rd, then 4 May, as TimeML marks them
    (``res`` is the part of the day read on the range's last day); [] for a single day."""
    day_res = _resolve(region, day, ctx)
    parts = day_range_parts(region, day, day_res) if day_res is not None else []
    if len(parts) != 2 or parts[0][2].point is None or res.point is None:
        return []
    first = Point(Granularity.TIME, parts[0][2].point.start, part=res.point.part)
    night = Resolution(TimexType.TIME, first.value, res.mod, res.anchor, res.confidence, first)
    return [(parts[0][0], parts[0][1], night), parts[1]]


_BACKGROUND = re.compile(r"\bhad (?:been |already )?[a-z]+(?:ed|en|ne|wn|id|ld|ght)\b[^.;!?]*"
                         r"\b(?:before|since|after|until|when)\b[^.;!?]*$")
_UNTIL_EVENT = re.compile(r"\b(?:until|till)\s+(?:the\s+)?[^.,;]{0,40}\b(?:in|on)\s+$")
_COMPARED = re.compile(
    r"\b(?:(?:same as|than|versus|vs\.?|against)\s+(?:(?:in|during|for)\s+)?"
    r"|(?:compared (?:with|to)|up from|down from|from)\b(?:[^.;:]|(?<=\d)\.(?=\d)){0,50}"
    r"\b(?:in|during|for)\s+)$",
    re.IGNORECASE)
_BACK_TO_TODAY = re.compile(r"(?i)today|yesterday|tomorrow|tonight")


def _remember(ctx: Context, region: str, res: Resolution, named: Candidate, offset: int) -> None:
    """Move the reference time to what ``named`` said, for the anaphora that follow.

    Only dates remember (not durations or sets), and a story's time is not reset by a date read
    against the publication day ("at 3:00 a.m." in a history).
    """
    if res.point is not None and named.kind in ("relunit", "the_unit") and (
            res.anchor is not Anchor.PREVIOUS):
        ctx.note_quarter(res.point, offset)  # "the latest quarter" (not a year-ago quarter)
    if named.kind == "relunit" and res.point is not None and not ctx.story and (
            res.anchor is Anchor.PUBLISHED and res.point.granularity is Granularity.YEAR):
        ctx.year_unit, ctx.year_unit_at = res.point, offset  # "this year ... up on the
        return  # previous year" (it leaves the reference, "April 2004 ... April 28", alone)
    next_day = named.kind == "relunit" and res.anchor is Anchor.PREVIOUS and (
        res.point is not None and res.point.granularity is Granularity.DAY)  # "the next day at
    # noon": the story moves on a day
    if named.kind in ("mdy", "dmy") and res.point is not None and _PERIOD_ENDED.search(
            region, max(0, named.start - 40), named.start) and _ends_a_quarter(res.point.start):
        # "net income rose in the three months ended Dec. 31 from ... in the year-earlier
        # period": the quarter that day closes is the one reported
        start = unit_start(Granularity.QUARTER, res.point.start)
        ctx.note_quarter(Point(Granularity.QUARTER, start), offset)
    if res.point is None or (named.kind not in REMEMBER_KINDS and not next_day) or (
            res.anchor not in (Anchor.ABSOLUTE, Anchor.PUBLISHED, Anchor.PREVIOUS)):
        return
    if ctx.story and ctx.explicit and res.anchor is Anchor.PUBLISHED:
        if ctx.narrative or not _BACK_TO_TODAY.fullmatch(region[named.start:named.end]):
            return
        # news that told its history comes back to the day of the report: "Today ..."
        ctx.remember(res.point, False, offset)
        return
    if named.kind in RANGE_KINDS:  # "from 1861 to 1865", not "during his 1973-1990 regime"
        ctx.remember(res.point, True, offset,
                     setting=word_before(region, named.start) not in _IN_PASSING | {"of"})
        return
    if word_before(region, named.start) == "since":
        return  # "its lowest level since Sept. 25 ... during the day": a date named in passing
    if named.kind == "deictic" and named.groups["word"].lower() == "overnight":
        return  # "rain that fell overnight ... said at 3 p.m.": the report's day goes on
    if res.point.granularity is Granularity.QUARTER and _COMPARED.search(
            region, max(0, named.start - 80), named.start):
        return  # "8.8 percent in the third quarter, the same as in the second quarter. ...
        # during the quarter": the quarter reported, not the one compared with
    line_start = region.rfind("\n", max(0, offset - 120), offset) + 1
    if _BACKGROUND.search(region, max(line_start, offset - 120), offset):
        return  # "had given notice before the walkout began on February 9": background
    setting = _sets_the_time(region, named)
    if ctx.story and ctx.explicit and _UNTIL_EVENT.search(region, max(0, offset - 60), offset):
        return  # "an assault that lasted until the fall of Budapest in February 1945": an end
    if ctx.story and _flash_forward(res.point, ctx, offset):
        return  # "In November 2008, protesters burned an effigy" told in the year 2003
    if ctx.story and not setting and named.kind == "year" and _ahead_of_the_story(
            region, named, res.point, ctx):
        return  # "On 10 March 1975 ... exposed for a campaign planned in 1976 ... on 11 March"
    ctx.remember(res.point, res.anchor is Anchor.ABSOLUTE, offset, setting=setting)


_PERIOD_ENDED = re.compile(r"\b(?:three months|period)\s+(?:that\s+)?(?:ended|ending)\s+"
                           r"(?:on\s+)?$", re.I)


def _ends_a_quarter(day: date) -> bool:
    """Whether ``day`` is the last of a calendar quarter (March 31, June 30, ...)."""
    following = day + timedelta(days=1)
    return following.day == 1 and following.month in (1, 4, 7, 10)


def _writes_day_first(text: str, cands: list[Candidate]) -> bool:
    """Whether the text writes numeric dates day first: one of them cannot be month first
    ("29/04/2024"), or, when none says, it writes its named dates day first ("on 4th November")
    more often than month first ("on November 4")."""
    slashes = [(int(c.groups["a"]), int(c.groups["b"])) for c in cands if c.kind == "slash"]
    if any(a > 12 for a, _ in slashes):
        return True
    if any(b > 12 for _, b in slashes):
        return False
    named = [c.kind for c in cands if c.kind in ("dmy", "mdy")]
    return named.count("dmy") > named.count("mdy")


FLASH_FORWARD_YEARS = 3


def _flash_forward(point: Point, ctx: Context, offset: int) -> bool:
    """Whether a date years past the story's is an aside the story returns from ("In November
    2008, protesters burned an effigy" in a 2003 passage): the next year the text names lies
    nearer the story's year than this one."""
    ref = ctx.reference
    if ref is None or not ctx.explicit or point.start.year - ref.start.year < FLASH_FORWARD_YEARS:
        return False
    following = next((year for at, year in ctx.years_named if at > offset), None)
    return following is not None and abs(following - ref.start.year) < abs(
        following - point.start.year)


def _ahead_of_the_story(text: str, named: Candidate, point: Point, ctx: Context) -> bool:
    """Whether a year named in passing is a plan seen from the story's day, not a move of it."""
    ref = ctx.reference
    if ref is None or not ctx.explicit or point.start.year <= ref.start.year or (
            RANK[ref.granularity] >= RANK[Granularity.YEAR]):
        return False
    return tense_at(text, named.start, named.end) == "future" or bool(
        would_before(text, named.start))


def _years_named(cands: list[Candidate]) -> list[tuple[int, int]]:
    """Where the text writes out a four-digit year, and which."""
    years = []
    for cand in cands:
        if cand.kind in YEAR_KINDS:
            year = cand.groups.get("year") or cand.groups.get("y") or ""
            if len(year) == 4 and year.isdigit():
                years.append((cand.start, int(year)))
    return years


def _news_day(cand: Candidate) -> bool:
    """Whether ``cand`` dates by the days around the telling, as news does and histories do not:
    a weekday, "this week", "last weekend", "yesterday"."""
    g = cand.groups
    if cand.kind == "relunit":
        return (g["rel"] or "").lower() in ("this", "last", "next") and g["unit"].lower() in (
            "week", "weekend")
    return cand.kind == "weekday" or cand.kind == "deictic" and g["word"].lower() in (
        "yesterday", "tomorrow")


def tag_english(text: str, published: date | None = None, document: str = "", start: int = 0,
                end: int | None = None, narrative: bool | None = None) -> list[Timex]:
    """Tag English ``text[start:end]``; offsets are into the whole ``text``.

    ``narrative``: True reads the text as a story told in its own time (a history), False as
    news about the days around ``published``, None decides from the years the text names, its
    length and the days around its telling it names (:meth:`Context.read_story`)."""
    end = len(text) if end is None else end
    region = text[start:end] if (start or end != len(text)) else text
    region = unwrap(_title_case_capitals(region))  # cues are read across wrapped lines
    cands = find_candidates(region, keep=lambda c: plausible(region, c))
    ctx = Context(published=published)
    ctx.years_named = _years_named(cands)
    ctx.day_first = _writes_day_first(region, cands)
    if narrative is None:
        ctx.read_story([year for _, year in ctx.years_named], sum(map(_news_day, cands)),
                       len(region))
    else:
        ctx.story, ctx.narrative = narrative, narrative
    eras = {(c.groups.get("era") or "AD").upper()[:1] for c in cands
            if c.kind in ("era", "erarange")}
    if not eras:  # "in 480" is a year only where the text writes "480 BC" somewhere
        cands = [c for c in cands if c.kind != "shortyear"]
    ctx.era = "BC" if eras == {"B"} else None
    timexes: list[Timex] = []
    for cand, day, joined in _merge_times(region, cands):
        ctx.position = cand.start
        parts, named = _read(region, cand, day, joined, ctx)
        for part_start, part_end, res in parts:
            timexes.append(_timex(document, text, start + part_start, start + part_end, res,
                                  published))
            _note_before_christ(ctx, res, part_start)
        if parts:  # the first part moves the reference time ("1861" of "1861-1865"), the last
            # day of a range of days ("the events of 1 and 2 April ... the following day")
            last_day = len(parts) > 1 and all(
                p[2].point is not None and p[2].point.granularity is Granularity.DAY
                for p in parts)
            _remember(ctx, region, parts[-1 if last_day else 0][2], named, cand.start)
    return timexes
