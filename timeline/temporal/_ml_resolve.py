"""Turn a multilingual :class:`Reading` into a Timex: calendar interval, TimeML value, anchor.

Relative and year-less readings are resolved against the publication date only; without one they
stay unanchored ("XXXX-03-03", span None), never dated to today.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta

from ..model import Anchor, Granularity, TimeSpan, Timex, TimexType
from ._ml_patterns import Reading
from .normalize import span_of
from .relative import season_year

_UNANCHORED = {"day": "XXXX-XX-XX", "week": "XXXX-WXX", "month": "XXXX-XX", "year": "XXXX"}


def resolve(reading: Reading, published: date | None) -> Timex | None:
    """The Timex of a reading (the caller fills in text and document); None if impossible."""
    if reading.season is not None:
        return _season(reading, published)
    if reading.duration is not None:  # a stretch of time, not a place on the calendar
        return Timex(document="", start_char=reading.start, end_char=reading.end, text="",
                     type=TimexType.DURATION, value=reading.duration, anchor=Anchor.NONE,
                     confidence=round(reading.confidence, 2))
    if reading.weekday is not None and reading.day is None:
        if published is None:
            return _timex(
                reading, _clock(f"XXXX-WXX-{reading.weekday + 1}", reading), None, Anchor.UNANCHORED
            )
        back = (published.weekday() - reading.weekday) % 7
        if reading.direction < 0:
            back = back or 7  # "lundi dernier" said on a Monday is a week ago
        elif reading.direction > 0:
            back = -((reading.weekday - published.weekday()) % 7 or 7)
        return _timex(reading, None, _day(published - timedelta(days=back)), Anchor.PUBLISHED)
    if reading.unit is not None:
        if published is None or reading.shift is None:
            value = _clock(_UNANCHORED[reading.unit], reading)
            return _timex(reading, value, None, Anchor.UNANCHORED)
        return _timex(
            reading, None, _shifted(published, reading.shift, reading.unit), Anchor.PUBLISHED
        )
    year, anchor = reading.year, Anchor.ABSOLUTE
    month, day = reading.month, reading.day
    if year is None:
        if published is None:
            return _timex(reading, _partial(reading), None, Anchor.UNANCHORED)
        anchor = Anchor.PUBLISHED
        found = _nearest(published, month, day, reading.weekday, reading.direction)
        if found is None:
            return None
        year, month = found
    try:
        if day is not None and month is not None:
            span = _day(date(year, month, day))
        elif month is not None:
            span = _month(year, month)
        else:
            span = _year(year)
    except ValueError:  # 31 February, year 0
        return None
    return _timex(reading, None, span, anchor)


def _clock(value: str, reading: Reading) -> str:
    """Append the time of day, if the reading has one, to a TimeML date value."""
    if reading.hour is None:
        return value
    return f"{value}T{reading.hour:02d}:{reading.minute or 0:02d}"


def _season(reading: Reading, published: date | None) -> Timex | None:
    """"Sommer 2024" (absolute), "l'été dernier" (the last one), "im Sommer" (this year's)."""
    if reading.year is not None:
        value, anchor = f"{reading.year:04d}-{reading.season}", Anchor.ABSOLUTE
    elif published is None:
        return _timex(reading, f"XXXX-{reading.season}", None, Anchor.UNANCHORED)
    else:
        rel = {-1: "last", 1: "next"}.get(reading.direction, "this")
        year = season_year(reading.season, published, rel, None)
        value, anchor = f"{year:04d}-{reading.season}", Anchor.PUBLISHED
    return _timex(reading, value, span_of(value, None), anchor)


def _timex(reading: Reading, value: str | None, span: TimeSpan | None, anchor: Anchor) -> Timex:
    timed = reading.hour is not None
    if span is not None and timed and span.granularity is Granularity.DAY:
        span = TimeSpan(span.start, span.end, Granularity.TIME, _clock(span.value, reading))
    if value is None and span is not None:
        value = span.value
    if reading.mod is not None and span is not None:  # "fines de marzo": the last third
        span = span_of(span.value, reading.mod) or span
    confidence = reading.confidence if span is not None else min(reading.confidence, 0.4)
    return Timex(
        document="",
        start_char=reading.start,
        end_char=reading.end,
        text="",
        type=TimexType.TIME if timed else TimexType.DATE,
        value=value or "XXXX-XX-XX",
        mod=reading.mod,
        span=span,
        anchor=anchor,
        confidence=round(confidence, 2),
    )


def _partial(reading: Reading) -> str:
    """TimeML value of a year-less date read without a publication date."""
    month = f"{reading.month:02d}" if reading.month else "XX"
    value = f"XXXX-{month}"
    if reading.day is not None:
        value += f"-{reading.day:02d}"
    return _clock(value, reading)


def _nearest(
    published: date,
    month: int | None,
    day: int | None,
    weekday: int | None = None,
    direction: int = 0,
) -> tuple[int, int] | None:
    """Year and month of a year-less date: the occurrence nearest the publication date.

    A weekday written with the date ("lunes 3 de marzo") picks the year whose date falls on it;
    a direction word ("3 mars dernier", "im vergangenen März") keeps it on that side.
    """
    options = []
    for delta in (-1, 0, 1):
        if month is not None:
            year, mon = published.year + delta, month
        else:  # a bare day of the month (CJK "26日"): this month, the one before or after
            total = published.year * 12 + published.month - 1 + delta
            year, mon = divmod(total, 12)
            mon += 1
        try:
            when = date(year, mon, day or 1)
        except ValueError:
            continue
        if day is None:
            offset = (year * 12 + mon) - (published.year * 12 + published.month)
            wrong_side = offset * direction <= 0 if direction else False
        else:
            offset = (when - published).days
            wrong_side = offset * direction < 0
        miss = weekday is not None and when.weekday() != weekday
        options.append((wrong_side, miss, abs(offset), year, mon))
    if not options:
        return None
    *_, year, mon = min(options)
    return year, mon


def _shifted(published: date, shift: int, unit: str) -> TimeSpan:
    if unit == "day":
        return _day(published + timedelta(days=shift))
    if unit == "week":
        monday = published - timedelta(days=published.weekday()) + timedelta(weeks=shift)
        iso = monday.isocalendar()
        value = f"{iso[0]}-W{iso[1]:02d}"
        return TimeSpan(monday, monday + timedelta(days=6), Granularity.WEEK, value)
    if unit == "month":
        year, month = divmod(published.year * 12 + published.month - 1 + shift, 12)
        return _month(year, month + 1)
    return _year(published.year + shift)


def _day(when: date) -> TimeSpan:
    return TimeSpan(when, when, Granularity.DAY, when.isoformat())


def _month(year: int, month: int) -> TimeSpan:
    last = calendar.monthrange(year, month)[1]
    return TimeSpan(
        date(year, month, 1), date(year, month, last), Granularity.MONTH, f"{year:04d}-{month:02d}"
    )


def _year(year: int) -> TimeSpan:
    return TimeSpan(date(year, 1, 1), date(year, 12, 31), Granularity.YEAR, f"{year:04d}")
