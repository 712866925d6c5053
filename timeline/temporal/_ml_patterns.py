"""Date patterns for one language, built once from dateparser's locale tables.

A :class:`Tables` holds the month, weekday, number and relative words of one locale (plus the
few of ``_ml_words``) compiled into regular expressions; :func:`find_readings` runs them over a
text and returns :class:`Reading` objects (offsets plus the calendar fields or relative offset
read, and a direction word such as "dernier" if one stands next to a year-less date), which
``_ml_resolve`` turns into Timex objects.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from functools import lru_cache

from ._ml_words import (
    AGE_AFTER,
    AGE_BEFORE,
    AMBIGUOUS,
    CAPITALISED_MONTHS,
    CJK,
    DURATION_UNITS,
    FUTURE_CUES,
    IN_EXTRA,
    LINKS,
    MONTH_BEFORE,
    NUMBER_WORDS,
    PART_WORDS,
    PAST_CUES,
    SEASON_BEFORE,
    SEASON_WORDS,
    WEEKDAY_STOP,
    YEAR_SUFFIX,
)
from .durations import duration_value

UNITS = {"day", "week", "month", "year"}
DAY_MARK = r"[日일号號](?![間间간])"
_TIME_LATIN = re.compile(
    r"(?:\s*,?\s*(?:[^\W\d]{1,5}\s+){0,2}|T)"  # "um", "à", "a las", ISO "T"
    r"(?:(?P<hour>\d{1,2})[:h](?P<minute>\d{2})(?!\d)(?:\s*uhr\b)?"  # 14:30, 14h30
    r"|(?P<hour2>\d{1,2})(?:[.:](?P<minute2>\d{2}))?\s*uhr\b)",  # 14 Uhr, 14.30 Uhr
    re.IGNORECASE,
)
_TIME_CJK = re.compile(
    r"\s*(?P<pm>午前|午後|上午|下午|오전|오후)?\s*(?P<hour>\d{1,2})\s*[時时시点點](?:\s*(?P<minute>\d{1,2})\s*[分분])?"
)
_PM = {"午後", "下午", "오후"}


@dataclass(frozen=True, slots=True)
class Reading:
    """What one match says, before it is resolved: calendar fields or a relative offset.

    ``shift``/``unit`` mean "``shift`` units from the publication date"; ``unit`` without ``shift``
    is a relative expression whose offset was lost (resolved as unanchored).
    """

    start: int
    end: int
    confidence: float
    year: int | None = None
    month: int | None = None
    day: int | None = None
    hour: int | None = None
    minute: int | None = None
    shift: int | None = None
    unit: str | None = None
    weekday: int | None = None
    direction: int = 0  # -1: "dernier", "pasado"; +1: "prochain", "próximo"
    mod: str | None = None  # START / MID / END: "principios de", "Mitte", "fin" before a month
    duration: str | None = None  # a TimeML duration ("P3Y", "PT5H"): "drei Jahre", "5 horas"
    season: str | None = None  # SP / SU / FA / WI: "im Sommer 2024", "l'été dernier"

    def moved(self, by: int) -> Reading:
        return replace(self, start=self.start + by, end=self.end + by)

    @classmethod
    def from_parse(
        cls,
        length: int,
        parsed: datetime,
        period: str,
        relative: bool,
        confidence: float,
        base: date | None,
    ) -> Reading | None:
        """A reading from a dateparser result (``period`` is day/week/month/year/time).

        A relative result keeps its offset from the ``base`` it was parsed against; without a
        base (no publication date to apply it to) it is left unanchored.
        """
        unit = "day" if period == "time" else period
        if unit not in UNITS:
            return None
        if relative:
            if base is None:
                return cls(0, length, confidence, unit=unit)
            return cls(0, length, confidence, shift=_shift(parsed.date(), base, unit), unit=unit)
        fields = {"year": parsed.year}
        if unit in ("month", "week", "day"):
            fields["month"] = parsed.month
        if unit in ("week", "day"):
            fields["day"] = parsed.day
        if period == "time":
            fields.update(hour=parsed.hour, minute=parsed.minute)
        return cls(0, length, confidence, **fields)


def _shift(parsed: date, base: date, unit: str) -> int:
    """How many ``unit``s ``parsed`` lies from ``base`` (calendar units, not elapsed time)."""
    if unit == "day":
        return (parsed - base).days
    if unit == "week":
        monday = base - timedelta(days=base.weekday())
        return (parsed - timedelta(days=parsed.weekday()) - monday).days // 7
    if unit == "month":
        return (parsed.year - base.year) * 12 + parsed.month - base.month
    return parsed.year - base.year


@dataclass(frozen=True)
class Tables:
    """The compiled patterns of one dateparser locale."""

    code: str
    cjk: bool
    months: dict[str, int]
    weekdays: dict[str, int]
    relative: dict[str, tuple[int, str]]
    month_re: re.Pattern
    marker_re: re.Pattern
    relative_re: re.Pattern
    weekday_re: re.Pattern
    patterns: list[tuple[str, re.Pattern]] = field(default_factory=list)
    relative_num: list[tuple[re.Pattern, int, str]] = field(default_factory=list)
    ambiguous: tuple[str, re.Pattern] | None = None
    numbers: dict[str, int] = field(default_factory=dict)
    cues: tuple[re.Pattern, re.Pattern, re.Pattern] | None = None  # before, after, past
    durations: tuple[re.Pattern, dict[str, str], re.Pattern | None, re.Pattern | None] | None = (
        None)  # "N units", their English unit, age words before and after
    seasons: tuple[re.Pattern, dict[str, str], re.Pattern] | None = None  # pattern, codes, before

    def core_span(self, candidate: str) -> tuple[int, int] | None:
        """The stretch of a match from its first to its last date word or number."""
        spans = [
            m.span()
            for rx in (self.month_re, self.marker_re, self.relative_re, self.weekday_re, _DIGITS)
            for m in rx.finditer(candidate)
            if m.end() > m.start()
        ]
        if not spans:
            return None
        return min(s for s, _ in spans), max(e for _, e in spans)


_DIGITS = re.compile(r"\d+")
_NEVER = re.compile(r"(?!x)x")


def _body(words) -> str:
    """A regex alternation of words, longest first, with flexible spaces."""
    parts = sorted({w.lower() for w in words if w}, key=len, reverse=True)
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in parts) + ")"


def _alternation(words, cjk: bool) -> re.Pattern:
    """One pattern for a list of words, bounded by non-letters unless the script is CJK."""
    if not any(words):
        return _NEVER
    body = _body(words)
    if cjk:
        return re.compile(body, re.IGNORECASE)
    return re.compile(rf"(?<!\w){body}(?!\w)", re.IGNORECASE)


def _locale(language: str):
    from dateparser.languages.loader import default_loader

    for code in dict.fromkeys([language, language.split("-")[0].lower(), language.lower()]):
        try:
            return code, default_loader.get_locale(code)
        except (KeyError, ValueError):
            continue
    return None


@lru_cache(maxsize=64)
def tables(language: str) -> Tables | None:
    """The compiled tables of ``language``, or None when dateparser has no such locale."""
    found = _locale(language)
    if found is None:
        return None
    code, locale = found
    info = locale.info
    base = code.split("-")[0].lower()
    cjk = base in CJK
    names = (
        "january february march april may june july august september october november december"
    ).split()
    months = {}
    if not cjk:
        for number, name in enumerate(names, 1):
            for word in info.get(name, []):
                word = word.lower().rstrip(".")
                if len(word) >= 3 and not any(c.isdigit() for c in word):
                    months.setdefault(word, number)
    days = "monday tuesday wednesday thursday friday saturday sunday".split()
    weekdays = {}
    for number, name in enumerate(days):
        for word in info.get(name, []):
            word = word.lower()
            if len(word) >= (3 if cjk else 4) and word not in WEEKDAY_STOP:
                weekdays.setdefault(word, number)
    relative = {}
    for key, words in info.get("relative-type", {}).items():
        m = re.fullmatch(r"(in )?(\d+) (day|week|month|year)( ago)?", key)
        if m and (m.group(1) or m.group(4)):
            shift = int(m.group(2)) * (1 if m.group(1) else -1)
            for word in words:
                relative.setdefault(" ".join(word.lower().split()), (shift, m.group(3)))
    numbers = dict(NUMBER_WORDS.get(base, {}))
    for entry in info.get("simplifications", []):
        for word, value in entry.items():
            if value.isdigit() and re.fullmatch(r"[^\W\d_]+(?:'[^\W\d_]+)?", word):
                numbers.setdefault(word.lower(), int(value))
    count = rf"(\d{{1,3}}|{_body(numbers)})" if numbers else r"(\d{1,3})"
    relative_num = []
    for key, regexes in info.get("relative-type-regex", {}).items():
        m = re.fullmatch(r"(in )?\\1 (day|week|month|year)( ago)?", key)
        if not m:
            continue
        for rx in regexes:
            rx = rx.replace(r"(\d++[.,]?\d*+)", r"(\d{1,3})" if cjk else count)
            if "++" in rx or "*+" in rx or "(?>" in rx:  # Python 3.10's re has neither
                continue
            rx = rx.replace(" ", r"\s+")
            bounded = rf"(?<!\d){rx}" if cjk else rf"(?<!\w){rx}(?!\w)"
            relative_num.append(
                (re.compile(bounded, re.IGNORECASE), 1 if m.group(1) else -1, m.group(2))
            )
    year_words = [w for w in info.get("year", []) if len(w) >= 3]
    markers = "[年月日년월일号號]" if cjk else _alternation(year_words, False).pattern
    month_re = _alternation(months, cjk)
    ambiguous = None
    if base in AMBIGUOUS:
        word, before = AMBIGUOUS[base]
        ambiguous = (word, re.compile(rf"(?<!\w){before}", re.IGNORECASE))
    cues = None
    if base in PAST_CUES:
        both = f"{PAST_CUES[base]}|{FUTURE_CUES[base]}"
        cues = (
            re.compile(rf"(?<!\w)(?P<cue>{both})\s+$", re.IGNORECASE),
            re.compile(rf"\s+(?P<cue>{both})(?!\w)", re.IGNORECASE),
            re.compile(PAST_CUES[base], re.IGNORECASE),
        )
    durations = None
    if base in DURATION_UNITS:
        units = DURATION_UNITS[base]
        before, after = AGE_BEFORE.get(base), AGE_AFTER.get(base)
        durations = (
            re.compile(rf"(?<!\w){count}\s+({_body(units)})(?!\w)", re.IGNORECASE),
            units,
            re.compile(rf"(?<!\w)(?:{before})\s+$", re.IGNORECASE) if before else None,
            re.compile(rf"\s+(?:{after})(?!\w)", re.IGNORECASE) if after else None,
        )
    seasons = None
    if base in SEASON_WORDS:
        words = SEASON_WORDS[base]
        seasons = (
            re.compile(rf"(?<!\w)(?P<season>{_body(words)})(?:\s+(?:(?:de|del|di|do|da|van)\s+)?"
                       rf"(?P<year>\d{{4}}))?(?!\w)", re.IGNORECASE),
            words,
            re.compile(rf"(?<!\w)(?:{SEASON_BEFORE[base]})\s*$", re.IGNORECASE),
        )
    return Tables(
        code=code,
        cjk=cjk,
        months=months,
        weekdays=weekdays,
        relative=relative,
        month_re=month_re,
        marker_re=re.compile(markers, re.IGNORECASE),
        relative_re=_alternation(relative, cjk),
        weekday_re=_alternation(weekdays, cjk),
        patterns=_patterns(base, info, months, year_words, cjk),
        relative_num=relative_num,
        ambiguous=ambiguous,
        numbers=numbers,
        cues=cues,
        durations=durations,
        seasons=seasons,
    )


# Language-independent shapes: ISO-like "2025-03-03" / "2025/3/3", numeric "03.03.2025", CJK 年月日.
_ISO = (
    r"(?<![\d.,/-])(?P<year>\d{4})(?P<sep>[-/.])(?P<month>\d{1,2})(?P=sep)(?P<day>\d{1,2})"
    r"(?!\d|[.,/-]\d)"
)
_NUMERIC = (
    r"(?<![\d.,/-])(?P<a>\d{1,2})(?P<sep>[./-])(?P<b>\d{1,2})(?P=sep)(?P<year>\d{4})(?!\d|[.,/-]\d)"
)
_CJK_DAY = rf"\s*(?P<day>\d{{1,2}})\s*{DAY_MARK}"
_CJK_MONTH = r"(?P<month>\d{1,2})\s*[月월]"
_CJK = [
    rf"(?<!\d)(?P<year>\d{{4}})\s*[年년](?:\s*{_CJK_MONTH}(?:{_CJK_DAY})?)?",
    rf"(?<!\d){_CJK_MONTH}(?:{_CJK_DAY})?",
    rf"(?<![\d月월]){_CJK_DAY}",
]


def _patterns(base: str, info: dict, months, year_words, cjk: bool) -> list[tuple[str, re.Pattern]]:
    """The absolute-date patterns of a language, each named by how its groups are read."""
    found = [("ymd", re.compile(_ISO))]
    if cjk:
        return found + [("ymd", re.compile(p)) for p in _CJK]
    order = info.get("date_order", "DMY")
    found.append(("mdy" if order.startswith("M") else "dmy", re.compile(_NUMERIC)))
    suffix = YEAR_SUFFIX.get(base)
    ysuf = rf"(?:\s*(?:{suffix}))?" if suffix else ""
    shapes = []
    if months:
        mon = rf"(?P<mon>{_body(months)})\.?"
        year = rf"(?:\s*,?\s*{LINKS}(?P<year>\d{{4}})(?!\d){ysuf})"
        day = r"(?P<day>\d{1,2})"
        shapes.append(("ymd", rf"(?<!\w){day}(?:\.|er|º|°|ª)?\s*{LINKS}{mon}{year}?(?!\w)"))
        shapes.append(("ymd", rf"(?<!\w){mon}\s*,?\s*{LINKS}(?P<year>\d{{4}})(?!\d){ysuf}"))
        if order.startswith("M"):
            ordinal = r"(?:st|nd|rd|th)?"
            tail = r"(?:,?\s+(?P<year>\d{4}))?(?!\w)"
            shapes.append(("ymd", rf"(?<!\w){mon}\s+{day}{ordinal}{tail}"))
    if year_words:
        shapes.append(("year", rf"(?<!\w){_body(year_words)}\s+(?P<year>\d{{4}})(?!\d|[.,]\d)"))
    ins = [w for w in info.get("in", []) + IN_EXTRA.get(base, []) if len(w) <= 6]
    if ins:
        words = "|".join(re.escape(w) for w in sorted(set(ins), key=len, reverse=True))
        shapes.append(("in-year", rf"(?<!\w)(?:{words})\s+(?P<year>\d{{4}})(?![\w%]|[.,]\d)"))
        if months:
            extra = [MONTH_BEFORE.get(base), PAST_CUES.get(base), FUTURE_CUES.get(base)]
            before = "|".join([words, *filter(None, extra)])
            mon = rf"(?P<mon>{_body(months)})"
            shapes.append(("in-month", rf"(?<!\w)(?:{before})(?:\s+|-){mon}(?!\w)"))
    parts = PART_WORDS.get(base)
    if parts:  # "a mediados de 2024", "mi-2024", "Ende 2024": the year (context adds the part)
        words = "|".join(sorted((re.escape(w) for w in parts), key=len, reverse=True))
        shapes.append(("in-year", rf"(?<!\w)(?:{words})(?:\s+(?:de|del|di|d'|of|van))?(?:\s+|-)"
                                  rf"(?P<year>\d{{4}})(?![\w%]|[.,]\d)"))
    if suffix:
        shapes.append(("ymd", rf"(?<![\d\w])(?P<year>\d{{4}})\s*(?:{suffix})(?!\w)"))
    return found + [(kind, re.compile(p, re.IGNORECASE)) for kind, p in shapes]


# --- matching ----------------------------------------------------------------------------------

_CONFIDENCE = {"ymd": 0.95, "dmy": 0.85, "mdy": 0.85, "year": 0.8, "in-year": 0.6, "in-month": 0.6}


def find_readings(text: str, table: Tables) -> list[Reading]:
    """Every date-like match in ``text`` (overlaps included; the caller picks among them)."""
    readings = []
    for kind, pattern in table.patterns:
        for m in pattern.finditer(text):
            reading = _absolute(kind, m, table)
            if reading is not None:
                readings.append(reading)
    for m in table.relative_re.finditer(text):
        word = " ".join(m.group().lower().split())
        if word in table.relative and not ambiguous(word, text, m.start(), table):
            shift, unit = table.relative[word]
            readings.append(Reading(m.start(), m.end(), 0.85, shift=shift, unit=unit))
    for pattern, sign, unit in table.relative_num:
        for m in pattern.finditer(text):
            count = m.group(1)
            number = int(count) if count.isdigit() else table.numbers.get(count.lower())
            if number is not None:
                readings.append(Reading(m.start(), m.end(), 0.8, shift=sign * number, unit=unit))
    for m in table.weekday_re.finditer(text):
        weekday = table.weekdays.get(m.group().lower())
        if weekday is not None:
            readings.append(Reading(m.start(), m.end(), 0.55, weekday=weekday))
    readings = [_with_time(_directed(r, text, table), text, table.cjk) for r in readings]
    return readings + _durations(text, table) + _seasons(text, table)


def _seasons(text: str, table: Tables) -> list[Reading]:
    """"Sommer 2024", "im Sommer", "l'été dernier": seasons, with a year or a word that makes
    the bare season word one ("im", "en", "este")."""
    if table.seasons is None:
        return []
    pattern, codes, before = table.seasons
    found = []
    for m in pattern.finditer(text):
        year = int(m.group("year")) if m.group("year") else None
        if year is None and not before.search(text, max(0, m.start() - 12), m.start()):
            continue
        code = codes[m.group("season").lower()]
        reading = Reading(m.start(), m.end(), 0.8 if year else 0.65, year=year, season=code)
        found.append(_directed(reading, text, table) if year is None else reading)
    return found


def _durations(text: str, table: Tables) -> list[Reading]:
    """"drei Jahre", "trois semaines", "5 horas": durations, ages left out ("10 Jahre alt")."""
    if table.durations is None:
        return []
    pattern, units, age_before, age_after = table.durations
    found = []
    for m in pattern.finditer(text):
        count = m.group(1)
        number = int(count) if count.isdigit() else table.numbers.get(count.lower())
        if number is None or number == 0:
            continue
        if age_before is not None and age_before.search(text, max(0, m.start() - 20), m.start()):
            continue
        if age_after is not None and age_after.match(text, m.end()):
            continue
        value = duration_value(number, units[" ".join(m.group(2).lower().split())])
        found.append(Reading(m.start(), m.end(), 0.7, duration=value))
    return found


def _directed(reading: Reading, text: str, table: Tables) -> Reading:
    """Take in a direction word next to a year-less date or weekday ("lundi prochain")."""
    yearless = reading.year is None and (reading.month is not None or reading.season is not None)
    if table.cues is None or not (yearless or reading.weekday is not None):
        return reading
    before, after, past = table.cues
    found = before.search(text, max(0, reading.start - 24), reading.start)
    if found is not None:
        reading = replace(reading, start=found.start("cue"))
    else:
        found = after.match(text, reading.end)
        if found is None:
            return reading
        reading = replace(reading, end=found.end("cue"))
    return replace(reading, direction=-1 if past.fullmatch(found.group("cue")) else 1)


def _absolute(kind: str, m: re.Match, table: Tables) -> Reading | None:
    """Read the calendar fields of an absolute-pattern match; None when they are impossible."""
    groups = m.groupdict()
    year = int(groups["year"]) if groups.get("year") else None
    if kind in ("dmy", "mdy"):
        a, b = int(groups["a"]), int(groups["b"])
        day, month = (a, b) if kind == "dmy" else (b, a)
        confidence = _CONFIDENCE[kind] if max(a, b) > 12 or a == b else _CONFIDENCE[kind] - 0.1
    elif kind in ("year", "in-year"):
        lowest = 1900 if kind == "in-year" else 1000
        if year is None or not lowest <= year <= 2199:
            return None
        return Reading(m.start("year"), m.end("year"), _CONFIDENCE[kind], year=year)
    elif kind == "in-month":  # "im März", "fines de marzo": the month of the nearest year
        if groups["mon"][0].isupper() and table.code.split("-")[0] not in CAPITALISED_MONTHS:
            return None  # "Plaza de Mayo": a name, where months are written in lower case
        month = table.months.get(groups["mon"].lower())
        return Reading(m.start("mon"), m.end("mon"), _CONFIDENCE[kind], month=month)
    else:
        day = int(groups["day"]) if groups.get("day") else None
        if groups.get("mon"):
            month = table.months.get(groups["mon"].lower().rstrip("."))
        else:
            month = int(groups["month"]) if groups.get("month") else None
        confidence = _CONFIDENCE["ymd"]
    if month is not None and not 1 <= month <= 12:
        return None
    if day is not None and not 1 <= day <= 31:
        return None
    if year is None and month is None and day is None:
        return None
    end = m.end()
    if groups.get("mon") and m.end("mon") == end - 1:
        end -= 1  # the full stop after "3 mars." ends the sentence, not an abbreviation
    if year is None:
        # Year-less dates lean on the publication date; bare CJK days ("26日") the most.
        confidence -= 0.15 if month is not None else 0.35
    return Reading(m.start(), end, confidence, year=year, month=month, day=day)


def _with_time(reading: Reading, text: str, cjk: bool) -> Reading:
    """Extend a day reading over a following time of day ("3. März 2025 um 14:30 Uhr")."""
    if reading.day is None and reading.weekday is None and reading.unit != "day":
        return reading
    m = (_TIME_CJK if cjk else _TIME_LATIN).match(text, reading.end)
    if m is None and cjk:
        m = _TIME_LATIN.match(text, reading.end)
    if m is None:
        return reading
    found = m.groupdict()
    hour = int(found.get("hour") or found["hour2"])
    minute = int(found.get("minute") or found.get("minute2") or 0)
    if found.get("pm") in _PM and hour < 12:
        hour += 12
    if hour > 23 or minute > 59:
        return reading
    return replace(reading, end=m.end(), hour=hour, minute=minute)


def ambiguous(word: str, text: str, start: int, table: Tables) -> bool:
    """Whether a relative word is here an ordinary noun ("esta mañana" = this morning)."""
    if table.ambiguous is None or word != table.ambiguous[0]:
        return False
    return bool(table.ambiguous[1].search(text[max(0, start - 12) : start]))
