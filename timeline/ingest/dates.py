"""Publication dates: a strict parser for metadata values and the date-in-the-path rule.

Strict on purpose: a publication date anchors every relative date in the article ("yesterday",
"on Friday"), so a value we cannot read for certain is reported and dropped, never guessed. Only
full calendar days are accepted; "2025-03" or "2025" give no publication day.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from email.utils import parsedate_to_datetime
from pathlib import PurePath

from .tables import MONTHS

__all__ = ["date_from_path", "parse_date"]

_ISO = re.compile(
    r"(\d{4})([-/.])(\d{1,2})\2(\d{1,2})"  # 2025-03-03, 2025/3/3, 2025.03.03
    r"(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?\s*(?:Z|[+-]\d{2}:?\d{2}|UTC|GMT)?)?"
)
_COMPACT = re.compile(r"(\d{4})(\d{2})(\d{2})(?:T\d{2}:?\d{2}(?::?\d{2})?Z?)?")
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_WEEKDAY = r"(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?\s+)?"
_ORD = r"(?:st|nd|rd|th)?"
_TAIL = r"(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}.*)?"  # a time of day after the date is ignored
_MDY = re.compile(
    rf"{_WEEKDAY}({_MONTH})\.?\s+(\d{{1,2}}){_ORD},?\s+(\d{{4}}){_TAIL}", re.IGNORECASE
)
_DMY = re.compile(
    rf"{_WEEKDAY}(\d{{1,2}}){_ORD}\s+(?:of\s+)?({_MONTH})\.?,?\s+(\d{{4}}){_TAIL}", re.IGNORECASE
)

# Dates in paths: 2011-03-15 / 2011_03_15 / 2011.03.15, or 20130321 standing alone between
# non-digits; only years 19xx and 20xx, so ids and counters are not read as dates.
_PATH_DASHED = re.compile(r"(?<!\d)((?:19|20)\d{2})([-_.])(\d{2})\2(\d{2})(?!\d)")
_PATH_COMPACT = re.compile(r"(?<![\dA-Za-z])((?:19|20)\d{2})(\d{2})(\d{2})(?!\d)")
_YEAR_DIR = re.compile(r"(?:19|20)\d{2}")
_TWO_DIGITS = re.compile(r"\d{2}")


def _day(year: int | str, month: int | str, day: int | str) -> date | None:
    try:
        return date(int(year), int(month), int(day))
    except ValueError:
        return None


def parse_date(value: object) -> date | None:
    """Read a publication date from a metadata value; None when it is not certainly a day.

    Accepts ``date``/``datetime`` objects (YAML gives them), ISO 8601 forms (the date as
    written is kept, whatever the time zone), RFC 2822 (feeds, e-mail), and "March 3, 2025" /
    "3 March 2025" with optional weekday and time.

    >>> parse_date("2025-03-03T23:30:00-05:00")
    datetime.date(2025, 3, 3)
    >>> parse_date("Mon, 03 Mar 2025 10:00:00 GMT"), parse_date("March 3rd, 2025")
    (datetime.date(2025, 3, 3), datetime.date(2025, 3, 3))
    >>> parse_date("2025-03") is None, parse_date("next week") is None, parse_date(20250303)
    (True, True, None)
    """
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if not isinstance(value, str):
        return None
    text = value.strip()
    if not text or len(text) > 80:
        return None
    for pattern in (_ISO, _COMPACT):
        match = pattern.fullmatch(text)
        if match:
            groups = match.groups()
            year, month, day = (groups[0], groups[2], groups[3]) if pattern is _ISO else groups
            return _day(year, month, day)
    match = _MDY.fullmatch(text)
    if match:
        return _day(match.group(3), MONTHS[match.group(1).lower()], match.group(2))
    match = _DMY.fullmatch(text)
    if match:
        return _day(match.group(3), MONTHS[match.group(2).lower()], match.group(1))
    if re.match(r"^(?:[A-Za-z]{3},\s*)?\d{1,2}\s+[A-Za-z]{3}\s+\d{4}\s", text + " "):
        try:
            return parsedate_to_datetime(text).date()
        except (TypeError, ValueError, IndexError, OverflowError):
            return None
    return None


def date_from_path(path: str | PurePath) -> date | None:
    """The publication day written in a file's path, nearest the file name first; else None.

    >>> date_from_path("InputDocs/2009-04-27/156.htm.txt")
    datetime.date(2009, 4, 27)
    >>> date_from_path("nyt_20130321_budget.txt"), date_from_path("news/2013/03/21/x.html")
    (datetime.date(2013, 3, 21), datetime.date(2013, 3, 21))
    >>> date_from_path("reports/12345678.txt") is None, date_from_path("ids/20131399.txt") is None
    (True, True)
    """
    parts = PurePath(path).parts
    for index in range(len(parts) - 1, -1, -1):
        part = parts[index]
        for pattern in (_PATH_DASHED, _PATH_COMPACT):
            for match in pattern.finditer(part):
                groups = match.groups()
                year, month, day = (groups[0], groups[2], groups[3]) if len(groups) == 4 else groups
                found = _day(year, month, day)
                if found is not None:
                    return found
        # 2013/03/21/x.html: year, month and day as three folders.
        if index >= 2 and _TWO_DIGITS.fullmatch(part) and _TWO_DIGITS.fullmatch(parts[index - 1]):
            if _YEAR_DIR.fullmatch(parts[index - 2]):
                found = _day(parts[index - 2], parts[index - 1], part)
                if found is not None:
                    return found
    return None
