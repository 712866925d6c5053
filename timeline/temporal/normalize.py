"""Calendar arithmetic: units of time as (granularity, first day), TimeML values, and spans.

A resolved date is kept as a :class:`Point`: the granularity of the unit it names and the first
day of that unit ("March 2025" is ``Point(MONTH, 2025-03-01)``). Shifting by whole units and
writing the TimeML value are then simple, and the calendar interval (``TimeSpan``) is derived from
the value alone, so a value read from a gold file and one we produce get the same interval.

Convention for parts (``mod``): ``START`` is the first third of the unit ("early 2026" is January
to April), ``MID`` the middle third, ``END`` the last third; ``APPROX`` and the comparison mods
keep the whole unit.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from ..model import Granularity, TimeSpan

__all__ = ["RANK", "Point", "month_start", "shift", "span_of", "unit_start", "value_of"]

G = Granularity
RANK = {g: i for i, g in enumerate(Granularity)}  # finest first, as Granularity.rank
SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}
MIN_YEAR, MAX_YEAR = 1, 9999


@dataclass(frozen=True, slots=True)
class Point:
    """A calendar unit: its granularity and its first day (a Monday for weeks)."""

    granularity: Granularity
    start: date
    season: str | None = None  # "SP", "SU", "FA", "WI" for seasons
    part: str | None = None  # a time-of-day suffix ("T15:00", "TMO") for TIME values

    @property
    def value(self) -> str:
        return value_of(self)


def month_start(year: int, month: int) -> date:
    return date(year, month, 1)


def _add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise OverflowError(f"year {year} is outside the calendar")
    return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def unit_start(granularity: Granularity, day: date) -> date:
    """The first day of the unit of ``granularity`` that contains ``day``."""
    if granularity in (G.DAY, G.TIME):
        return day
    if granularity is G.WEEK:
        return day - timedelta(days=day.weekday())
    if granularity is G.MONTH:
        return day.replace(day=1)
    if granularity is G.QUARTER:
        return date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)
    if granularity is G.HALF:
        return date(day.year, 1 if day.month <= 6 else 7, 1)
    if granularity is G.YEAR:
        return date(day.year, 1, 1)
    if granularity is G.DECADE:
        return date(max(MIN_YEAR, day.year - day.year % 10), 1, 1)
    if granularity is G.CENTURY:
        return date(max(MIN_YEAR, day.year - day.year % 100), 1, 1)
    return day  # seasons are built explicitly


def shift(granularity: Granularity, start: date, n: int) -> date:
    """``start`` moved by ``n`` units of ``granularity``."""
    if n == 0:
        return start
    if granularity in (G.DAY, G.TIME):
        return start + timedelta(days=n)
    if granularity is G.WEEK:
        return start + timedelta(weeks=n)
    months = {G.MONTH: 1, G.QUARTER: 3, G.SEASON: 12, G.HALF: 6, G.YEAR: 12, G.DECADE: 120,
              G.CENTURY: 1200}[granularity]
    return _add_months(start, n * months)


def value_of(point: Point) -> str:
    """The TimeML value of a calendar unit.

    >>> value_of(Point(Granularity.WEEK, date(2025, 3, 10)))
    '2025-W11'
    >>> value_of(Point(Granularity.QUARTER, date(2025, 10, 1)))
    '2025-Q4'
    """
    d, g = point.start, point.granularity
    if g is G.TIME:
        return f"{d.isoformat()}{point.part or ''}"
    if g is G.DAY:
        return d.isoformat() + (point.part or "")
    if g is G.WEEK:
        year, week, _ = d.isocalendar()
        return f"{year:04d}-W{week:02d}"
    if g is G.MONTH:
        return f"{d.year:04d}-{d.month:02d}"
    if g is G.SEASON:
        return f"{d.year:04d}-{point.season}"
    if g is G.QUARTER:
        return f"{d.year:04d}-Q{(d.month - 1) // 3 + 1}"
    if g is G.HALF:
        return f"{d.year:04d}-H{1 if d.month <= 6 else 2}"
    if g is G.YEAR:
        return f"{d.year:04d}"
    if g is G.DECADE:
        return f"{d.year // 10:03d}"
    return f"{d.year // 100:02d}"


_VALUE = re.compile(
    r"^(?P<y>\d{4})(?:-(?:(?P<m>\d{2})(?:-(?P<d>\d{2}))?|W(?P<w>\d{2})(?:-WE)?|Q(?P<q>[1-4])"
    r"|H(?P<h>[12])|(?P<s>SP|SU|FA|WI)))?(?P<t>T[\w:.]+)?$"
)


def _granularity_span(value: str) -> tuple[date, date, Granularity] | None:
    if re.fullmatch(r"\d{3}", value):
        year = int(value) * 10
        return date(max(year, MIN_YEAR), 1, 1), date(year + 9, 12, 31), G.DECADE
    if re.fullmatch(r"\d{2}", value):
        year = int(value) * 100
        return date(max(year, MIN_YEAR), 1, 1), date(year + 99, 12, 31), G.CENTURY
    match = _VALUE.match(value)
    if not match:
        return None
    year = int(match["y"])
    if year < MIN_YEAR:
        return None
    if match["d"]:
        day = date(year, int(match["m"]), int(match["d"]))
        return day, day, G.TIME if match["t"] else G.DAY
    if match["m"]:
        month = int(match["m"])
        return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1]), G.MONTH
    if match["w"]:
        monday = date.fromisocalendar(year, int(match["w"]), 1)
        if value.endswith("-WE"):
            return monday + timedelta(days=5), monday + timedelta(days=6), G.WEEK
        return monday, monday + timedelta(days=6), G.WEEK
    if match["q"]:
        first = 3 * (int(match["q"]) - 1) + 1
        end = _add_months(date(year, first, 1), 3) - timedelta(days=1)
        return date(year, first, 1), end, G.QUARTER
    if match["h"]:
        first = 1 if match["h"] == "1" else 7
        return date(year, first, 1), date(year, first + 5, 30 if first == 1 else 31), G.HALF
    if match["s"]:
        a, b = SEASON_MONTHS[match["s"]]
        end_year = year + 1 if b < a else year
        return (date(year, a, 1), date(end_year, b, calendar.monthrange(end_year, b)[1]),
                G.SEASON)
    return date(year, 1, 1), date(year, 12, 31), G.YEAR


def span_of(value: str, mod: str | None = None) -> TimeSpan | None:
    """The calendar interval of a TimeML date value, or None for durations, sets and vague refs.

    >>> span = span_of("2026", "START")
    >>> span.start, span.end, span.granularity.value
    (datetime.date(2026, 1, 1), datetime.date(2026, 4, 30), 'year')
    >>> span_of("P3Y") is None
    True
    """
    try:
        return _span_of(value, mod)
    except (ValueError, OverflowError):  # a value at the edge of the calendar ("9999-Q4")
        return None


def _span_of(value: str, mod: str | None) -> TimeSpan | None:
    found = _granularity_span(value)
    if found is None:
        return None
    start, end, granularity = found
    if mod in ("START", "MID", "END") and end > start:
        days = (end - start).days + 1
        third = max(1, round(days / 3))
        if mod == "START":
            end = start + timedelta(days=third - 1)
        elif mod == "END":
            start = end - timedelta(days=third - 1)
        else:
            start, end = start + timedelta(days=third), end - timedelta(days=third)
        if mod == "START" and granularity in (G.YEAR, G.MONTH, G.QUARTER):
            end = _third_end(start, granularity, end)
        if mod == "END" and granularity in (G.YEAR, G.MONTH, G.QUARTER):
            start = _third_start(found[1], granularity, start)
        if mod == "MID" and granularity is G.YEAR:
            start, end = date(start.year, 5, 1), date(start.year, 8, 31)
    return TimeSpan(start=start, end=end, granularity=granularity, value=value, mod=mod)


def _third_end(start: date, granularity: Granularity, fallback: date) -> date:
    """Whole months for a year's first third (Jan-Apr); days for months."""
    if granularity is G.YEAR:
        return date(start.year, 4, 30)
    if granularity is G.QUARTER:
        return _add_months(start, 1) - timedelta(days=1)
    return fallback


def _third_start(end: date, granularity: Granularity, fallback: date) -> date:
    if granularity is G.YEAR:
        return date(end.year, 9, 1)
    if granularity is G.QUARTER:
        return end.replace(day=1)
    return fallback
