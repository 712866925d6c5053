"""Dates in languages other than English, found with dateparser's locale data.

The English tagger hands non-English blocks here. Month and weekday names and relative words
("gestern", "la semana pasada", "去年") come from dateparser's locale tables; the patterns that
put them together (day month year, CJK 年月日, numeric dates) are ours, so that every match has
exact offsets and a known granularity. ``dateparser.search.search_dates`` then runs as a second
pass for what the patterns miss; its matches are noisy ("Am 3", "ayer y"), so they are kept only
when they pass :func:`plausible` and are normalised by parsing them against two different bases
(a result that moves with the base is relative). Nothing is ever anchored to today's date.
"""

from __future__ import annotations

import logging
import re
from dataclasses import replace
from datetime import date, datetime

from ..model import Timex
from ._ml_context import in_context
from ._ml_patterns import Reading, Tables, ambiguous, find_readings, tables
from ._ml_resolve import resolve

__all__ = ["plausible", "tag_multilingual"]

logger = logging.getLogger(__name__)

# Two arbitrary bases: an expression that parses to different dates against them is relative.
_BASE_A = datetime(2001, 1, 10)
_BASE_B = datetime(2013, 7, 20)
_FALLBACK_CONFIDENCE = 0.45
_parsers: dict[tuple[str, datetime], object] = {}
# What may stand between a weekday and its date: "Freitag, den 3. März", "mardi 3 mars".
_WEEKDAY_GAP = re.compile(r"[\s,]*(?:\w{1,3}\s+)?", re.IGNORECASE)


def tag_multilingual(
    text: str,
    language: str,
    published: date | None,
    document: str = "",
    start: int = 0,
    end: int | None = None,
    *,
    search: bool = True,
) -> list[Timex]:
    """Find the dates written in ``language`` in ``text[start:end]``.

    Parameters
    ----------
    text
        The whole document text; offsets of the result index into it.
    language
        ISO 639-1 code ("de", "fr", "ja", "zh", ...) or a dateparser locale ("zh-Hant").
    published
        Publication date that relative and year-less dates are resolved against; when None they
        are returned unanchored (``span`` None, value such as "XXXX-03-03").
    document
        Document id stored on each Timex.
    start, end
        The stretch of ``text`` to read (a block); default the whole text.
    search
        Also run ``dateparser.search.search_dates`` for forms the patterns miss ("marzo 3 de
        2025"). It finds few more dates and costs about 40 times the patterns' time (some
        0.1 s per 3 KB block instead of a few milliseconds); False skips it.

    Returns
    -------
    list of Timex
        Sorted by offset, not overlapping; empty for an unsupported language.

    Examples
    --------
    >>> found = tag_multilingual("Am 3. März 2025 und gestern.", "de", date(2025, 3, 5))
    >>> [(t.text, t.value) for t in found]
    [('3. März 2025', '2025-03-03'), ('gestern', '2025-03-04')]
    >>> [(t.value, t.anchor.value) for t in tag_multilingual("昨日、2025年3月", "ja", None)]
    [('XXXX-XX-XX', 'unanchored'), ('2025-03', 'absolute')]
    """
    stop = len(text) if end is None else max(0, min(end, len(text)))
    begin = max(0, min(start, stop))
    table = tables(language)
    if table is None:
        logger.debug("no dateparser locale for language %r; no dates read", language)
        return []
    region = text[begin:stop]
    readings = [in_context(r, region, table) for r in find_readings(region, table)]
    if search:
        extra = _search_dates(region, table, published)
        readings += [r for r in extra if not _overlaps(r, readings)]
    timexes = []
    for reading in _join_weekdays(_non_overlapping(readings), region):
        try:
            timex = resolve(reading, published)
        except (ValueError, OverflowError):  # shifted out of the calendar (year 1 or 9999)
            continue
        if timex is None:
            continue
        timexes.append(_place(timex, region, begin, document, language))
    return timexes


def plausible(candidate: str, table: Tables) -> bool:
    """Whether a dateparser match looks like a date, not a bare number or a stray word.

    A digit plus a month name or a year/month/day marker, or a known relative word, is needed.
    """
    if table.durations is not None and table.durations[0].fullmatch(candidate.strip()):
        return False  # "10 Jahre" counts years (a duration or an age), it names no date
    has_digit = any(c.isdigit() for c in candidate)
    if has_digit and (table.month_re.search(candidate) or table.marker_re.search(candidate)):
        return True
    return bool(table.relative_re.search(candidate))


def _worth_parsing(region: str, start: int, end: int, table: Tables) -> bool:
    """Whether a dateparser match adds something the patterns did not already judge.

    Relative words and CJK digit dates are fully covered by the patterns, which also reject
    the traps ("esta mañana" = this morning, "3日間" = for three days); only the rest is parsed.
    """
    candidate = region[start:end]
    if not plausible(candidate, table):
        return False
    word = " ".join(candidate.lower().split())
    return word not in table.relative and not ambiguous(word, region, start, table)


def _place(timex: Timex, region: str, begin: int, document: str, language: str) -> Timex:
    """Move a region-relative Timex to full-text offsets."""
    return replace(
        timex,
        document=document,
        start_char=timex.start_char + begin,
        end_char=timex.end_char + begin,
        text=region[timex.start_char : timex.end_char],
        language=language,
    )


def _overlaps(reading: Reading, others: list[Reading]) -> bool:
    return any(reading.start < o.end and o.start < reading.end for o in others)


def _non_overlapping(readings: list[Reading]) -> list[Reading]:
    """Longest (then most confident) readings win; returned in text order."""
    chosen: list[Reading] = []
    for reading in sorted(readings, key=lambda r: (r.start - r.end, -r.confidence, r.start)):
        if not _overlaps(reading, chosen):
            chosen.append(reading)
    return sorted(chosen, key=lambda r: r.start)


def _join_weekdays(readings: list[Reading], region: str) -> list[Reading]:
    """Fold a weekday into the date right after it ("martes 3 de marzo de 2026" is one date)."""
    joined: list[Reading] = []
    for reading in readings:
        last = joined[-1] if joined else None
        if (
            last is not None
            and last.weekday is not None
            and last.day is None
            and last.direction == reading.direction == 0
            and reading.day is not None
            and _WEEKDAY_GAP.fullmatch(region, last.end, reading.start)
        ):
            joined[-1] = replace(reading, start=last.start, weekday=last.weekday)
        else:
            joined.append(reading)
    return joined


def _parser(code: str, base: datetime):
    """A DateDataParser per (locale, base), built once: construction is the slow part."""
    key = (code, base)
    if key not in _parsers:
        from dateparser import DateDataParser

        _parsers[key] = DateDataParser(languages=[code], settings=_settings(base))
    return _parsers[key]


def _settings(base: datetime) -> dict:
    return {
        "RELATIVE_BASE": base,
        "PREFER_DATES_FROM": "past",
        "RETURN_AS_TIMEZONE_AWARE": False,
        "PREFER_DAY_OF_MONTH": "first",
        "RETURN_TIME_AS_PERIOD": True,
    }


def _search_dates(region: str, table: Tables, published: date | None) -> list[Reading]:
    """Second pass: dateparser's own search, filtered and located left to right."""
    from dateparser.search import search_dates

    readings: list[Reading] = []
    if table.cjk:
        return readings
    try:
        found = search_dates(region, languages=[table.code], settings=_settings(_BASE_A)) or []
    except Exception:  # noqa: BLE001 - dateparser bugs on odd input must not lose the document
        logger.debug("dateparser.search_dates failed on a %s block", table.code, exc_info=True)
        return readings
    cursor = 0
    for matched, _ in found:
        at = region.find(matched, cursor)
        if at < 0:
            continue
        cursor = at + len(matched)
        core = table.core_span(matched)
        if core is None or not _worth_parsing(region, at + core[0], at + core[1], table):
            continue
        try:
            reading = _parse_fallback(region[at + core[0] : at + core[1]], table, published)
        except Exception:  # noqa: BLE001 - as above
            logger.debug("dateparser could not parse %r", matched, exc_info=True)
            continue
        if reading is not None:
            readings.append(reading.moved(at + core[0]))
    return readings


def _parse_fallback(candidate: str, table: Tables, published: date | None) -> Reading | None:
    """Normalise a dateparser match; relative when the result moves with the base."""
    a = _parser(table.code, _BASE_A).get_date_data(candidate)
    b = _parser(table.code, _BASE_B).get_date_data(candidate)
    if a.date_obj is None or b.date_obj is None:
        return None
    period = a.period or "day"
    relative = _truncate(a.date_obj, period) != _truncate(b.date_obj, period)
    # A relative result is kept as its offset from base A ("-1 week"), applied to `published`
    # later, so no parser is built per publication date.
    base = _BASE_A.date() if relative and published is not None else None
    return Reading.from_parse(
        len(candidate), a.date_obj, period, relative, _FALLBACK_CONFIDENCE, base
    )


def _truncate(value: datetime, period: str) -> tuple:
    fields = (value.year, value.month, value.day, value.hour, value.minute)
    depth = {"year": 1, "month": 2, "week": 3, "day": 3}.get(period, 5)
    return fields[:depth]
