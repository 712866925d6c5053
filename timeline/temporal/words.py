"""Word tables of the English tagger: month and weekday names, numbers, units, parts, cue words.

Kept apart from the patterns (``recognize``) and the arithmetic (``normalize``) so they can be read
and extended without touching logic.
"""

from __future__ import annotations

from ..datafiles import data_lines

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12,
    "dec": 12,
}
# Month words that are also common English words: accepted only with a capital and some support.
AMBIGUOUS_MONTHS = frozenset({"may", "march", "mar", "jan", "jun", "sep", "dec", "aug"})

WEEKDAYS = {
    "monday": 0, "mon": 0, "tuesday": 1, "tues": 1, "tue": 1, "wednesday": 2, "wed": 2,
    "thursday": 3, "thurs": 3, "thu": 3, "friday": 4, "fri": 4, "saturday": 5, "sat": 5,
    "sunday": 6, "sun": 6,
}

NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90, "hundred": 100, "a hundred": 100, "one hundred": 100, "a thousand": 1000,
    "two thousand": 2000, "a dozen": 12, "half a": 0.5, "half an": 0.5, "a half": 0.5, "half": 0.5,
    "a couple of": 2, "a quarter of a": 0.25, "a quarter of an": 0.25, "three quarters of a": 0.75,
    "three quarters of an": 0.75, "three-quarters of a": 0.75, "three-quarters of an": 0.75,
    "a couple": 2, "couple of": 2, "both": 2,
}

ORDINALS = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
    "fifth": 5, "5th": 5, "sixth": 6, "6th": 6, "seventh": 7, "7th": 7, "eighth": 8, "8th": 8,
    "ninth": 9, "9th": 9, "tenth": 10, "10th": 10, "eleventh": 11, "twelfth": 12,
    "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17,
    "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "twenty-first": 21, "last": -1,
    "final": -1,
}

# Calendar units: TimeML duration letter, and whether it is a time (PT..) unit.
UNITS = {
    "second": ("S", True), "minute": ("M", True), "hour": ("H", True), "day": ("D", False),
    "night": ("D", False), "week": ("W", False), "weekend": ("WE", False),
    "fortnight": ("W", False),
    "month": ("M", False), "quarter": ("Q", False), "year": ("Y", False), "decade": ("DE", False),
    "century": ("CE", False), "millennium": ("ML", False), "trading day": ("D", False),
    "business day": ("D", False), "season": ("Y", False),  # news seasons are sports seasons
}

SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}  # the month each season starts in

# Parts of the day (TimeML T-values) and the hour each starts at, for the span.
DAY_PARTS = {
    "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI",
    "midday": "MI", "mid-afternoon": "AF", "mid afternoon": "AF", "mid-morning": "MO",
}

# Modifiers before a date and the TimeML mod they give.
PART_MODS = {
    "early": "START", "earlier": "START", "beginning of": "START", "start of": "START",
    "the beginning of": "START", "the start of": "START", "the early": "START",
    "mid": "MID", "mid-": "MID", "the mid-": "MID", "middle of": "MID", "the middle of": "MID",
    "the mid": "MID",
    "late": "END", "end-": "END", "start-": "START", "end of": "END", "the end of": "END",
    "the late": "END", "later": "END",
    "the close of": "END", "close of": "END",
}

# Approximation words before a quantity and the TimeML mod they give.
APPROX_MODS = {
    "about": "APPROX", "around": "APPROX", "some": "APPROX", "roughly": "APPROX",
    "approximately": "APPROX", "nearly": "APPROX", "almost": "LESS_THAN", "more than": "MORE_THAN",
    "over": "MORE_THAN", "less than": "LESS_THAN", "under": "LESS_THAN",
    "at least": "EQUAL_OR_MORE",
    "at most": "EQUAL_OR_LESS", "no more than": "EQUAL_OR_LESS", "up to": "EQUAL_OR_LESS",
    "just over": "MORE_THAN", "just under": "LESS_THAN", "well over": "MORE_THAN",
    "fewer than": "LESS_THAN", "close to": "APPROX", "some time": "APPROX",
}

# Words that make a bare year or a month name more likely to be a date when they come before it.
DATE_PREPOSITIONS = frozenset(
    "in on since until till by before after from to during through of early late mid "
    "last next this since throughout between and or until circa c. ca. around".split()
)

# The present of a scheduled event: "al-Hakim meets Bush on Monday", "the tournament starts on
# Sunday" (and, after a determiner, plural nouns: "his French hosts").
SCHEDULED_PRESENT = frozenset(
    "meets starts begins opens visits hosts faces resumes arrives travels heads launches "
    "resume ends closes runs goes host play face returns".split())  # "Bergvik host Fjellstad on
# Sunday", "the festival returns to Riverside Park Saturday"
# Tense cues read around a relative expression to decide past or future: verbs and auxiliaries,
# not other time words ("resumed Friday and ends next month": "next" says nothing of Friday).
FUTURE_CUES = frozenset(
    "will 'll shall going scheduled expected plans plan planning planned due set slated intends "
    "intend hopes hope ahead payable expire expires effective until expect expects expecting"
    .split()
    + ["threatening", "threatens"]  # "is threatening to cut supplies at 10:00 am Monday"
) | SCHEDULED_PRESENT
PRESENT_BE = frozenset("is are be am".split())  # "elections are held on July 20": ahead
# Verbs that put something off: what they act on is still ahead ("postponed the January vote").
DEFERRED_VERBS = frozenset(
    "postponed delayed deferred extended adjourned suspended put pushed moved rescheduled reset"
    .split())
AMBIGUOUS_PASTS = frozenset(  # simple pasts that are as often another word or the present
    "bore ground wound lay lit fell felt bid cast cost cut hit hurt let put quit read rid set shed "
    "shut spit split spread thrust upset beat fed bound bit".split())  # "the Fed", "a bit"


def _irregular_pasts() -> frozenset[str]:
    """The simple pasts of the irregular verbs the events stage lists ("heard", "sought")."""
    rows = (line.split() for line in data_lines("irregular_verbs.txt"))  # lemma past participle
    return frozenset(past for lemma, past, _ in rows if past != lemma) - AMBIGUOUS_PASTS


# Past forms that cue the past wherever they stand. The last three lines are regular verbs of
# news, listed so that they count as much as "planned to" at the same distance ("who arrived on
# Thursday to attend and planned to leave"); other "-ed" words count only when no cue is found.
PAST_CUES = frozenset(
    """
    was were had did said told announced reported been came went left met began ended rose
    fell took gave made got won lost sold
    bought paid held ran saw found struck fought led grew spent sent brought thought kept wrote
    spoke broke chose drove flew knew became stood began sank shot hit killed died
    arrived returned visited signed launched attacked arrested approved rejected voted claimed
    confirmed happened occurred received released resigned warned urged declared denied ordered
    captured stormed raided seized crashed exploded erupted collapsed
    """.split()
) | _irregular_pasts()

# Words after a number that show it is a count of things, not a year ("2026 missiles").
NON_YEAR_FOLLOWERS = frozenset(
    """
    percent per cent pct % troops soldiers people men women children deaths dead killed miles
    kilometers km meters feet tons tonnes barrels shares points dollars euros pounds yen cars
    units votes seats employees workers jobs members students pupils acres square hectares
    times kg pounds lbs missiles rockets aircraft planes ships tanks guns rifles civilians
    residents homes houses cases patients vehicles calories words pages copies gmt utc
    """.split()
)
# Words before a number that show it is a name or an identifier ("Flight 1990", "Windows 2000").
IDENTIFIER_WORDS = frozenset(
    """
    flight room rooms route highway interstate iso windows model models number no no. nos
    channel platform gate suite apartment building page pages line lines bus unit units
    section article chapter code version v. vol vol. volume issue item items exit road street
    st. avenue ave box office sector zone district precinct ward terminal car engine track
    batch lot serial squadron division regiment brigade battalion class grade level team
    resolution bill law act call caliber calibre $ us$ € £ ¥ rs http www phone tel fax
    """.split()
)

# A time zone written after a clock time: "6:10 p.m. AST", "15:45 CEST", "9 a.m. Pacific time"
TIME_ZONE = (r"(?:[A-Z]{1,2}[SD]?T|GMT|UTC|(?:Eastern|Central|Mountain|Pacific|Atlantic)"
             r"(?: Standard| Daylight)? [Tt]ime)")
