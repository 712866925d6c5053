"""Precision rules: reject candidates that look like dates but are not.

"officials may visit" (modal), "protesters march" (verb), "a hot spring" (noun), "the second
time" (ordinal), "2026 missiles" or "Flight 1990" (numbers), "Jan" (a name). Each rule reads only
a few characters around the candidate, so it stays cheap.
"""

from __future__ import annotations

import re

from .anchor import in_headline, past_form, sentence_ends
from .recognize import Candidate
from .words import (
    AMBIGUOUS_MONTHS,
    DATE_PREPOSITIONS,
    DEFERRED_VERBS,
    IDENTIFIER_WORDS,
    MONTHS,
    NON_YEAR_FOLLOWERS,
    WEEKDAYS,
)

__all__ = ["plausible"]

_WORD_BEFORE = re.compile(r"([\w.$€£¥]+)[\s,]*$")
_WORD_AFTER = re.compile(r"^[\s,]*([\w.%$'-]+)")
_SEASON_PREPOSITIONS = frozenset(
    "in during by since until till over through throughout this last next early late mid "
    "of before after from the that each every all".split()
)
_THE_SEASON_BLOCKERS = frozenset("of in from to on at into and was is could would will may might "
                                 "has had were".split())  # "the fall could end all talk of"
# "the turn of the century" is a time; "the deal of the century" is praise
_PART_OF_CENTURY = frozenset("turn end start beginning middle half part rest course remainder "
                             "close dawn years decades quarter third".split())
FULL_MONTHS = frozenset({"january", "february", "march", "april", "may", "june", "july", "august",
                         "september", "october", "november", "december"})
MONTH_KINDS = frozenset({"month", "mdy", "dmy", "monthyear", "monthrel"})


_DAY_NEXT = re.compile(r"\s*[0-3]?\d(?:st|nd|rd|th)?\b(?![.,]?\d)")


def word_before(text: str, start: int) -> str:
    match = _WORD_BEFORE.search(text, max(0, start - 30), start)
    return match.group(1).lower() if match else ""


def word_after(text: str, end: int) -> str:
    match = _WORD_AFTER.match(text[end:end + 30])
    if not match:
        return ""
    word = match.group(1).lower()
    return word if len(word) < 2 or word in ("b.c.", "a.d.", "p.m.", "a.m.") else word.rstrip(".'-")


_PLANNED = "set scheduled planned slated due pencilled penciled earmarked booked timed expected"
_SCHEDULED_FOR = re.compile(  # "set for March", "postponed for March"
    rf"\b(?:{'|'.join(sorted({*_PLANNED.split(), *DEFERRED_VERBS}))})\s+for\s+$")
_NOT_NOUN_AFTER_MONTH = frozenset("on of to through against and or from in at by for with was is "
                                  "ended began".split())


def _month_ok(text: str, cand: Candidate) -> bool:
    word = (cand.groups.get("mon") or "").rstrip(".")
    lower = word.lower()
    if not word[:1].isupper():
        return False  # "may", "march", "dec" in running text are not months
    if cand.kind == "month" and cand.groups.get("rel") and _DAY_NEXT.match(text, cand.end):
        return False  # "last Oct. 23": the month-day rule takes "Oct. 23", read as past
    if cand.kind != "month" or cand.groups.get("rel"):
        return True
    # A month name alone: abbreviations and ambiguous words need a preposition before them.
    before = word_before(text, cand.start) or text[max(0, cand.start - 4):cand.start].lower()
    if before == "mid-":
        before = "mid"  # "around mid-March"
    if before in DATE_PREPOSITIONS and lower in FULL_MONTHS:
        return True
    if before == "for" and lower in FULL_MONTHS and _SCHEDULED_FOR.search(
            text, max(0, cand.start - 30), cand.start):
        return True  # "set for March", "scheduled for May" (not "voted for May")
    if lower not in FULL_MONTHS:
        return False  # "Jan", "Sept" alone: names or column headings, not dates
    after = word_after(text, cand.end)
    if lower in AMBIGUOUS_MONTHS or lower == "may":
        attributive = before == "the" and after.isalpha() and text[cand.end:].lstrip()[:1].islower(
            ) and after not in _NOT_NOUN_AFTER_MONTH  # "the March accession", not "the March on"
        if before not in DATE_PREPOSITIONS and not attributive:
            return False
    return not (lower == "march" and after in ("on", "to", "through", "against"))


_WEEKEND_NOUNS = frozenset("closure closures service services shift shifts edition editions "
                           "paper papers getaway getaways break breaks crowds traffic working "
                           "work job jobs".split())
_OCLOCK_NAMES = frozenset("news club show bulletin programme program".split())
_NUMBERED_THINGS = frozenset("code codes number numbers serial serials model models lot lots batch "
                             "batches item items part parts".split())
_IDENTIFIERS_FROM = re.compile(r"\b(?P<noun>[A-Za-z]+)\s+(?:from|between|numbered)\s+"
                               r"(?:\d+\s*(?:to|and|through|-)\s*)?$")


def _year_ok(text: str, cand: Candidate) -> bool:
    year = int(cand.groups["year"])
    for score in _SCORE.finditer(text, max(0, cand.start - 60), min(len(text), cand.end + 30)):
        if score.start("a") <= cand.start < score.end():
            return False  # "the bill passed 2013 to 1998": a vote or a score
    before = word_before(text, cand.start)
    after = word_after(text, cand.end)
    if before in IDENTIFIER_WORDS:
        return False
    listed = _IDENTIFIERS_FROM.search(text, max(0, cand.start - 30), cand.start)
    if listed and listed["noun"].lower() in _NUMBERED_THINGS:
        return False  # "heaters with codes from 1232 to 1438": numbers, not years
    if after in NON_YEAR_FOLLOWERS and not text.startswith(",", cand.end):
        return False  # "2003 troops" counts them; "In 2003, troops moved" is a year
    if _counted_noun(text, cand.end, after) and before not in _YEAR_DETERMINERS:
        return False  # "ordered 2026 containers" counts things; "the 2026 elections" is a year
    if after.startswith("%") or text[cand.start - 1:cand.start] in ("#", "$"):
        return False
    if cand.kind == "yearrange":
        return True  # "1861-1865": a range of four-digit years is a range of years
    if year < 1900 or year > 2040:
        parenthesised = text[cand.start - 1:cand.start] == "(" and text[cand.end:cand.end + 1] in (
            ")", ",", ";") and 1500 <= year  # "he stepped down (1880) after his first term"
        return parenthesised or before in DATE_PREPOSITIONS or before.endswith(("-", "mid")) or (
            after in ("bc", "b.c.", "ad", "a.d.", "ce", "bce"))
    return True


# Words before "<year> <plural noun>" that make the number a year used as an adjective.
_YEAR_DETERMINERS = DATE_PREPOSITIONS | frozenset(
    "the its their his her our your my whose this that these those a an".split())
_NOT_PLURAL_NOUNS = frozenset(
    "was has is its this thus as us yes less unless plus versus series news always perhaps "
    "whereas has does goes".split())


def _counted_noun(text: str, end: int, after: str) -> bool:
    """Whether the word after a number is a plural noun in lower case ("2026 containers")."""
    if len(after) < 4 or not after.endswith("s") or after.endswith(("ss", "'s", "us", "is")):
        return False
    following = text[end:end + 2].lstrip(" ")[:1]
    return following.islower() and after not in _NOT_PLURAL_NOUNS


def _season_ok(text: str, cand: Candidate) -> bool:
    g = cand.groups
    word = g["season"]
    after = word_after(text, cand.end)
    if word[0].isupper() and after[:1].isalpha() and text[cand.end:].lstrip()[:1].isupper():
        return False  # "Winter Olympics", "Spring Street"
    if g.get("year") or g.get("yrel"):
        return True
    rel = (g.get("rel") or "").lower()
    if rel == "the":  # "the fall of Saigon", "the fall in prices" are no season
        return word.lower() != "fall" or after not in _THE_SEASON_BLOCKERS or bool(
            _AND_SEASON.match(text, cand.end))  # "in the fall and winter"
    if rel:
        return True
    return word_before(text, cand.start) in _SEASON_PREPOSITIONS or bool(
        SEASON_LINKED.search(text, max(0, cand.start - 20), cand.start))  # "autumn and winter"


_AND_SEASON = re.compile(r"\s+(?:and|or)\s+(?:the\s+)?(?:spring|summer|autumn|winter)\b", re.I)
# A season named right before ("autumn and winter", "from summer to winter"): shared with the
# resolver, which reads the second season after the first
SEASON_LINKED = re.compile(r"\b(?:spring|summer|autumn|fall|winter)\s+(?:and|or|to|through)\s+$",
                           re.I)


_NUMBER_NEXT = re.compile(r"\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|"
                          r"few|a few)\s+(?!and\b|(?:year|month|week|day|decade|centur|"
                          r"season|summer|winter|spring|autumn|fall|hour|minute|quarter)\w*)"
                          r"[a-z]", re.I)  # (not "the past three summers": a time)
_COUNTED_BEFORE = re.compile(r"\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                             r"dozen|hundred|thousand|million)\s+(?:[a-z-]+\s+)?[a-z]+s\s+$")
_DAY_COMPOUNDS = frozenset("hike hikes trip trips pass passes job jobs care centre center school "
                           "student students ticket tickets return off nursery rate shift".split())
_BEFORE_HALF_UNIT = frozenset("for over within after in during than of nearly almost about past "
                              "last next another".split())
_RATE_OK_BEFORE = frozenset("for within over about nearly almost than least after in half up "
                            "only just barely roughly some around past last next".split())
_VAGUE_NUMBERS = frozenset({"a few", "few", "several", "some", "many", "a couple of", "couple of",
                            "hundreds of", "thousands of", "dozens of"})
_SET_ADVERB_NEXT = frozenset("and or but through since until from to in on at for by , . ; ) -- "
                             "basis".split())


# Nouns after "today's" that speak of the present age rather than of the day.
_GENERIC_TODAY = frozenset(
    "world youth society generation children young kids families economy market markets "
    "technology computers standards environment culture students workers consumers "
    "businesses companies women men people life".split())


def _closing_quote(text: str, end: int) -> bool:
    """A quote closes right after ``end`` (a full stop may come first), not an "'s"."""
    after = text[end:end + 3].lstrip(".,!?")
    return after[:1] in _QUOTES and not after[1:2].isalpha()


def _duration_ok(text: str, cand: Candidate) -> bool:
    g = cand.groups
    unit = g["unit"].lower()
    num = (g.get("num") or "").lower()
    if cand.start and text[cand.start - 1] in "/-–" and num[:1].isdigit():
        return False  # "2024/25 season", "3-4 days" read from the middle
    after = word_after(text, cand.end)
    if g["unit"][0].isupper() and text[cand.end:].lstrip(" '")[:1].isupper():
        return False  # "the Seven Years' War", "the Six-Day War": names
    if g["unit"] == "Seasons" and num[:1].isalpha():
        return False  # "the Four Seasons": a hotel, a concerto
    if g["unit"][0].isupper() and cand.start and (
            text[cand.start - 1] in _QUOTES and _closing_quote(text, cand.end)
            or _OWNER_NAME.search(text, max(0, cand.start - 20), cand.start)):
        return False  # CBS's ''60 Minutes'', "48 Hours": names of programmes
    share = after == "of" and unit.startswith("quarter") and num not in _VAGUE_NUMBERS
    if after == "old" or share:
        return False  # "52 years old" is an age; "a quarter of the market" a share
    if num[:1].isdigit() and len(num) == 4 and unit.startswith(("quarter", "period", "hour",
                                                               "season", "session")):
        return False  # "the 1988 quarter" is a date (rule yearperiod), "0600 hours" a time,
        # "the 2006 season" a year
    counted = unit == "seconds" and num not in ("a", "an")  # "eight seconds from death"
    if unit.startswith("second") and not counted and not num[:1].isdigit() and num not in (
            "two", "three", "four", "five", "ten", "few", "a few", "several", "thirty", "fifteen",
            "twenty"):
        return False  # "a second time", "the second round"
    if unit.startswith(("session", "season", "night")) and not g.get("det"):
        return num[:1].isdigit() or num not in ("a", "an", "some", "many")
    if num in ("half", "a half") and not g.get("det") and not cand.approx and word_before(
            text, cand.start) not in _BEFORE_HALF_UNIT:
        return False  # "hit a half-century", "his half-century": fifty runs, not years
    if num in ("a", "an") and unit == "day" and after in _DAY_COMPOUNDS:
        return False  # "a day hike", "a day pass": a kind of thing, not an amount of time
    if cand.kind == "duration" and num in ("a", "an") and not g.get("det") and not cand.approx:
        before = text[max(0, cand.start - 25):cand.start]
        if any(ch.isdigit() or ch in "$%" for ch in before) or _COUNTED_BEFORE.search(
                text, max(0, cand.start - 40), cand.start):  # "$1.76 a year", "700 seats a
            # week", "seven round trips a day": a rate
            return word_before(text, cand.start) in _RATE_OK_BEFORE
    if num in ("some", "many") and not unit.endswith("s"):
        return False
    return True


def _title_case(text: str, cand: Candidate) -> bool:
    words = text[cand.start:cand.end].split()
    if len(words) >= 2:
        return all(w[:1].isupper() for w in words) and cand.start > 0 and not _sentence_start(
            text, cand.start) or (words[-1][:1].isupper() and words[0][:1].isupper()
                                  and len(words) >= 2 and words[-1].lower() in ("week", "today"))
    return words[0][:1].isupper() and not _sentence_start(text, cand.start) and word_before(
        text, cand.start)[:1].isupper() if words else False


def _sentence_start(text: str, start: int) -> bool:
    before = text[max(0, start - 3):start].strip()
    return not before or before[-1] in '.!?"\'`\n:;(' or before.endswith("_")


_NOT_CURRENT = frozenset("account accounts affairs events flows flow of liabilities assets".split())
_SCORE = re.compile(r"\b(?:won|lost|beat|defeated|voted|passed|approved|rejected|vote of)"
                    r"(?:\s+[A-Za-z]+){0,3}?\s+(?P<a>\d{1,4})\s*(?:to|-|–)\s*\d{1,4}\b")
_SHORTYEAR_BEFORE = frozenset("in by until till since from of to and after before around circa "
                              "c. ca. between".split())
_ORDDAY_BEFORE = frozenset("on by until till since before after from".split())
_NTHDAY_OWNERS = frozenset("a his her its their our my your".split())
_CLOCK24_BEFORE = frozenset("at by until from after before around till to".split())
_BAREPLURAL_BEFORE = frozenset("for in over within".split())
_NO_NUMBER_BEFORE = "$£€¥#./:-,"
_OWNER_NAME = re.compile(r"\b[A-Z][\w.]*'s\s+$")  # "CBS's 60 Minutes"
_QUOTES = frozenset("\"'`\u201c\u2018")
_HYPHEN_PART = re.compile(r"\b(?:mid|early|late|end|start)-$", re.IGNORECASE)


def _digits_free_before(text: str, cand: Candidate) -> bool:
    """A number that starts a date must not continue another token ("1,500", "$2025", "3.1990")."""
    if cand.start == 0:
        return True
    previous = text[cand.start - 1]
    if previous.isalnum() or previous == "_":
        return False
    if previous in _NO_NUMBER_BEFORE:
        return previous == "-" and _HYPHEN_PART.search(text, max(0, cand.start - 7), cand.start)
    return True


_NEW_YEAR_FEASTS = frozenset("festival festivals holiday holidays celebration celebrations party "
                             "parties eve day break message address fireworks greetings "
                             "reception concert gala".split())
# Words before "daily" that make it a newspaper: "the financial daily", "a local daily"
_PAPER_WORDS = frozenset("financial business local national state-run state-owned official "
                         "leading popular independent economic regional english-language "
                         "mass-circulation tabloid conservative liberal sports evening morning "
                         "party government newspaper".split())


def _newspaper(text: str, cand: Candidate) -> bool:
    """Whether "daily" names a newspaper: capitalised in a name ("People's Daily"), next to one
    ("the Party daily Granma"), or after a word that describes papers ("the financial daily")."""
    word = text[cand.start:cand.end]
    if word.lower() != "daily":
        return False
    if word[0].isupper() and not _sentence_start(text, cand.start):
        return True
    if text[cand.end:cand.end + 2].strip()[:1].isupper():
        return True
    before = text[max(0, cand.start - 30):cand.start].split()
    if not before:
        return False
    named = before[-1][:1].isupper() and not _sentence_start(
        text, cand.start - len(before[-1]) - 1)
    return named or before[-1].lower() in _PAPER_WORDS


_HOLIDAY_THINGS = frozenset("tree trees card cards carol carols decoration decorations gift gifts "
                            "present presents light lights pudding cracker crackers stocking "
                            "stockings ornament ornaments song songs music egg eggs bunny "
                            "island islands spirit".split())
_STRAIN_NEXT = re.compile(r"\s?-?N\d")
_ADJECTIVE_USE = re.compile(r" (?P<next>[A-Za-z]+)\b")
# Words after "the future" that leave it a noun ("in the future and", "the future is")
_CLOSED_CLASS = frozenset(
    "and or but nor while we i you he she they it its to from can could will would may might "
    "must shall should is are was were be been being if when whenever as that this these those "
    "for in on at by with than so because which who whom whose where then has have had not no "
    "there here too also now remains lies looks seems depends a an the".split())
_BACK_PLACES = frozenset("home in at to from on into with inside there here together up down "
                         "out".split())
_NAME_AFTER_WEEKDAY = re.compile(
    r" (?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Morning|Afternoon|Evening|Night|"
    r"Noon|Midnight)\b|(?:January|February|March|April|June|July|August|September|October|"
    r"November|December)\b)[A-Z][a-z]+\b")
_SHARE_OF = re.compile(r"\s+of\s+(?:a|an|the|all|its|their|\d)", re.IGNORECASE)
_FATE_NEXT = frozenset({"of", "looks", "look", "seems", "seem", "belongs", "holds", "lies"})


_PAIR_ORDER = ("year", "month", "week", "day", "hour", "minute", "second")
_CLOCK_UNITS = frozenset({"hour", "minute", "second"})


def pair_in_order(text: str, cand: Candidate) -> bool:
    """Whether "seven hours and 10 minutes" names one amount: ever smaller units, no weeks (ISO
    8601 cannot write "P2W3D"), and "and" before the last unless all are clock units ("1 hour
    26 minutes"); not "two days and three years", nor the list "one year, 68 days or two
    months"."""
    units = [cand.groups[f"unit{i}"].lower().rstrip("s") for i in ("", "2", "3", "4")
             if cand.groups.get(f"unit{i}")]
    ranks = [_PAIR_ORDER.index(unit) for unit in units]
    return ranks == sorted(set(ranks)) and "week" not in units and (
        " and " in text[cand.start:cand.end] or _CLOCK_UNITS.issuperset(units))


_BUSINESS = re.compile(r"\b(?:sales|profits?|revenues?|earnings|growth|economy|economic|"
                       r"company|companies|firm|percent|billion|million|fiscal|demand|prices?|"
                       r"investment|output|production|hire|hiring|orders|margins?|quarter)\b", re.I)
_SPORT = re.compile(r"\b(?:match|game|goals?|scored?|minutes?|penalty|kick|striker|coach|"
                    r"team|points|lead|led|innings|league|cup|wicket|tries)\b", re.I)


def _business_half(text: str, cand: Candidate) -> bool:
    """Whether "the second half" without a year is a half-year: its sentence tells of a business
    ("sales should recover in the second half"), not of a match ("scored early in the second
    half")."""
    left = text[max(0, cand.start - 200):cand.start]
    right = text[cand.end:cand.end + 120]
    ends = [m.end() for m in sentence_ends(left)]
    stop = next(sentence_ends(right), None)
    sentence = left[ends[-1] if ends else 0:] + right[:stop.start() if stop else None]
    return bool(_BUSINESS.search(sentence)) and not _SPORT.search(sentence)


_WORD_AT_END = re.compile(r"([A-Za-z]+)\s+$")


def _name_before(text: str, start: int) -> bool:
    """Whether a capitalised word that does not open a sentence stands right before ``start``."""
    word = _WORD_AT_END.search(text, max(0, start - 30), start)
    return word is not None and word.group(1)[0].isupper() and not _sentence_start(
        text, word.start(1))


def plausible(text: str, cand: Candidate) -> bool:
    """False when the candidate is most likely not a temporal expression."""
    kind = cand.kind
    if text[cand.start:cand.end].lower().endswith("weekend") and word_after(
            text, cand.end) in _WEEKEND_NOUNS:
        return False  # "when the weekend closures coincide with matches": a kind of closure
    if kind == "oclock":  # "the six o'clock news", "the One O'Clock Club": a programme, a name
        following = word_after(text, cand.end)
        title = text[cand.start].isupper() and "O'C" in text[cand.start:cand.end] and not (
            _sentence_start(text, cand.start))  # "Low Tide, Six O'Clock", a painting
        return word_before(text, cand.start) != "the" and following not in _OCLOCK_NAMES and not (
            text[cand.end:cand.end + 2].strip()[:1].isupper() and following not in WEEKDAYS
            and following not in MONTHS) and not title
    if kind == "durpair":
        return pair_in_order(text, cand)
    if kind == "fromday" and not cand.groups.get("num"):
        return False  # "from Friday" alone: the weekday rule reads it
    if kind == "weekday" and cand.groups.get("plural") and _name_before(text, cand.start):
        return False  # "an early Happy Mondays session": a band
    if kind == "weekday" and text[max(0, cand.start - 7):cand.start].endswith(("Super ",
                                                                                "Bloody ")):
        return False  # "Super Tuesday" (a primary day), "Bloody Sunday": names, not this week's
    if kind == "weekday" and not cand.groups.get("part") and not cand.groups.get("rel") and (
            _NAME_AFTER_WEEKDAY.match(text, cand.end)) and (
            word_before(text, cand.start) in ("the", "a") or text.endswith("'s ", 0, cand.start)):
        return False  # "the Sunday Times", "this week's Sunday Worship": names (not "On Sunday
        # Israel's cabinet decided")
    if kind == "holiday" and not cand.groups.get("year") and (
            word_after(text, cand.end) in _HOLIDAY_THINGS):
        return False  # "a 'Christmas tree' bill", "Easter eggs": things, not days
    if kind in ("iso", "isomonth", "slash", "year", "yearrange") and not _digits_free_before(
            text, cand):
        return False
    if kind == "isomonth" and int(cand.groups["m"]) == (int(cand.groups["y"]) + 1) % 100:
        return False  # "2007-08" in running text is the season 2007-2008, not August 2007
    if kind in ("weekhead", "parthead"):  # "the week of March 3", not "within a week of"
        return text.startswith(("the ", "The ", "that ", "That "), cand.start)
    if kind == "shortyear":  # "in 480," -- kept only in texts that write eras (see tagger)
        after = word_after(text, cand.end)
        follows = text[cand.end:cand.end + 3].lstrip()[:1]
        return word_before(text, cand.start) in _SHORTYEAR_BEFORE and (
            not follows.isalnum() or after in ("and", "to", "or", "bc", "bce", "ad", "ce"))
    if kind == "ordday":  # "on the 15th", not "the 3rd floor" or "the 20th anniversary"
        after = text[cand.end:cand.end + 2].lstrip()[:1]
        return word_before(text, cand.start) in _ORDDAY_BEFORE and not after.isalnum()
    if kind == "newyear":  # "in the new year"; "the New Year" is the holiday
        return "new year" in text[cand.start:cand.end] and (
            word_after(text, cand.end) not in _NEW_YEAR_FEASTS)  # not "the new year festival"
    if kind == "nthday":  # "the second day (of the offensive)", "his first day in office"
        return text.startswith(("the ", "The "), cand.start) or word_before(
            text, cand.start) in _NTHDAY_OWNERS
    if kind == "clock24":
        return word_before(text, cand.start) in _CLOCK24_BEFORE or bool(cand.groups.get("tz"))
    if kind == "durrange" and re.fullmatch(r"(?:1[0-9]|20)\d\d", cand.groups["num"]):
        return False  # "the 2024-25 season": two years, not "2024 to 25 seasons"
    if kind == "durrange" and word_after(text, cand.end) == "old":
        return False  # "aged three to 11 years old": ages
    if kind == "bareplural":
        return word_before(text, cand.start) in _BAREPLURAL_BEFORE
    if kind in MONTH_KINDS:
        return _month_ok(text, cand)
    if kind in ("year", "yearrange"):
        return _year_ok(text, cand)
    if kind == "season":
        return _season_ok(text, cand)
    if kind in ("duration", "ago"):
        if kind == "ago" and cand.groups["dir"].lower() == "back" and (
                word_after(text, cand.end) in _BACK_PLACES):
            return False  # "after spending a week back home": a place, the duration stays
        if kind == "ago" and cand.groups["dir"].lower() in ("before", "after"):
            return False  # "two days before the vote": the duration rule keeps "two days"
        if kind == "ago" and cand.groups.get("half") and not cand.groups["unit"].lower(
                ).startswith(("year", "month")):
            return False  # "a minute and a half later": the duration rule keeps the duration
        return _duration_ok(text, cand)
    if kind == "noon" and cand.groups["word"][0].isupper() and not _sentence_start(
            text, cand.start):
        return False  # "Midnight Oil", "AFR Midnight Rambler": names
    if kind == "noon" and cand.groups["word"].lower() not in ("noon", "midnight", "midday"):
        return cand.groups["word"][0].islower() and word_before(text, cand.start) in (
            "at", "by", "before", "after", "until", "till", "from", "on", "the", "since", "around")
    if kind == "clock":  # "00:10 am" is ten past midnight; its "10 am" is no time of its own
        hour = int(cand.groups["h"])
        if cand.start >= 2 and text[cand.start - 1] in ":." and text[cand.start - 2].isdigit():
            return False
        return 1 <= hour <= 12 or hour == 0 and bool(cand.groups.get("mi"))
    if kind == "slash":  # month/day, or day/month when the first number cannot be a month
        a, b = int(cand.groups["a"]), int(cand.groups["b"])
        return (1 <= a <= 12 and 1 <= b <= 31) or (13 <= a <= 31 and 1 <= b <= 12)
    if kind == "dotted":  # not "version 1.2.2019"
        return 1 <= int(cand.groups["m"]) <= 12 and 1 <= int(cand.groups["d"]) <= 31 and (
            word_before(text, cand.start) not in IDENTIFIER_WORDS)
    if kind == "quarter" and cand.groups["unit"].lower() == "half":
        g = cand.groups  # "the second half" of a match is not a half-year without a year,
        # unless its sentence tells of a business ("would hire selectively in the second half")
        return bool(g.get("year") or g.get("yrel") or g.get("yref")) or "the year" in text[
            cand.start:cand.end].lower() or (_business_half(text, cand) and word_after(
                text, cand.end) != "of")  # not "the last half of the '80s"
    if kind == "qshort":  # not the flu strain "H1 N1", "the H1 gene"
        q = cand.groups["q"]
        if q[0] == "H" and not cand.groups.get("year") and (
                word_before(text, cand.start) not in ("in", "for", "during", "over")):
            return False
        return q[0].isupper() and not _STRAIN_NEXT.match(text, cand.end)
    if kind == "decade" and cand.groups.get("word"):
        return text[cand.start:cand.end].lower().startswith("the")
    if kind == "setadv" and _newspaper(text, cand):
        return False  # "People's Daily", "the Communist Party daily Granma", "the financial daily"
    if kind == "setadv":
        return word_before(text, cand.start) not in ("the", "a", "an", "its", "their", "his",
                                                     "her", "our", "average", "first") and (
            word_after(text, cand.end) in _SET_ADVERB_NEXT or not word_after(text, cand.end)
            or not text[cand.end:cand.end + 2].strip()[:1].isalpha())
    if kind == "the_unit" and cand.groups["unit"].lower() == "quarter" and (
            _SHARE_OF.match(text, cand.end)):
        return False  # "the quarter of a billion web users": a share
    if kind == "the_unit" and (text[cand.end:cand.end + 2].strip()[:1].isdigit() or (
            text.endswith("day of ", 0, cand.start))):
        return False  # "in the year 610" (the year rule reads it), "a day of the week"
    if kind == "the_unit" and text[cand.start:cand.end].split()[-1][:1].isupper() and not (
            _title_case(text, cand) or in_headline(text, cand.start)):
        return False  # "Finance Minister of the Year", "the Year of Disruption": names
    if kind in ("relunit", "deictic", "the_unit") and _title_case(text, cand) and not (
            in_headline(text, cand.start)):
        return False  # "ABC's This Week", "VOA Today": names of programmes
    if kind == "the_unit" and cand.groups["unit"].lower() == "century" and word_before(
            text, cand.start) == "of":
        before_of = text[max(0, cand.start - 40):cand.start].split()
        return len(before_of) >= 2 and before_of[-2].lower().strip(",") in _PART_OF_CENTURY
    if kind == "the_unit" and cand.groups["unit"].lower() == "day":
        # "later in the day", "for the day" -- not "the day of the vote", "the day he left"
        return word_before(text, cand.start) in ("in", "during", "for", "throughout") and (
            not text[cand.end:cand.end + 2].strip()[:1].isalpha())
    if kind == "deictic" and not cand.groups.get("part") and not cand.groups.get("pre"):
        word = cand.groups["word"].lower()
        if word == "now" and (word_before(text, cand.start) == "for" or _sentence_start(
                text, cand.start) and (text.startswith(",", cand.end) or word_after(
                    text, cand.end) == "for")):
            return False  # "Now, he says ...", "Now for the quiz", "for now": discourse
        if word == "today" and text.startswith("'s", cand.end) and (
                word_after(text, cand.end + 2) in _GENERIC_TODAY):
            return False  # "today's world", "today's youth": the present age, not a day
    if kind == "deictic" and cand.groups["word"].lower() == "overnight":
        after = text[cand.end:cand.end + 2].strip()[:1]
        following = word_after(text, cand.end)
        return not after.isalpha() or following in _SET_ADVERB_NEXT or past_form(following)
        # "crossed Nova Scotia overnight coated power lines": an adverb (not "overnight rates")
    if kind == "daypart" and cand.groups["rel"].lower() == "the":
        return cand.groups["part"].lower() in ("morning", "afternoon", "evening")
    if kind == "vague":
        word = cand.groups["word"].lower()
        if word == "current":
            return word_after(text, cand.end) not in _NOT_CURRENT
        if word == "the past" and _NUMBER_NEXT.match(text, cand.end):
            return False  # "each of the past two reporting periods": a count of periods follows
        if word in ("the future", "the past"):  # "the future of our peoples", "the future looks
            # bleak": a fate, not a time (TimeBank leaves both untagged); "the Future Economic
            # Development" is a name
            noun = text[cand.start:cand.end].split()[-1]
            following = _ADJECTIVE_USE.match(text, cand.end)
            if word == "the future" and following and word_before(text, cand.start) != "in" and (
                    following["next"].lower() not in _CLOSED_CLASS):
                return False  # "the future Prime Minister", "the future needs of": an adjective
            return word_after(text, cand.end) not in _FATE_NEXT and noun[:1].islower()
    return True
