"""Recognition: regular-expression rules that find candidate temporal expressions in English text.

Each rule is one compiled pattern with named groups and a ``kind`` that tells ``resolve`` how to
read it. All rules run over the text (each ``finditer`` is a single C-level scan), overlapping
candidates are settled longest first, and modifiers before a candidate ("early", "the end of",
"about", "more than") are folded into it afterwards. Extents follow TimeBank: determiners and
modifiers are part of the expression ("the third quarter", "nearly four years ago"), prepositions
are not ("on Friday" -> "Friday").
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass

from .words import APPROX_MODS, PART_MODS, TIME_ZONE

__all__ = ["Candidate", "find_candidates"]

F = re.IGNORECASE

MONTH = (r"(?:(?:january|february|march|april|may|june|july|august|september|october|november|"
         r"december)\b|(?:jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)(?:\.|\b))")
WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
WEEKDAY_ANY = WEEKDAY + r"|(?:mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\.?"
ORD_DAY = (r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|"
           r"twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|"
           r"nineteenth|twentieth|twenty[- ](?:first|second|third|fourth|fifth|sixth|seventh|"
           r"eighth|ninth)|thirtieth|thirty[- ]first)")
# "of that year", "of the same year", "of the following year": the year of the last date named
YEAR_REF = r"\s+of\s+(?P<yref>that|the same|the following|the next|the previous) year\b"
DAY = rf"(?:[0-3]?\d(?:st|nd|rd|th)?\b|{ORD_DAY}\b)"
YEAR = r"(?:(?:1[0-9]|20)\d\d(?:[-–/]\d\d(?![\d%]))?\b|'\d\d\b)"
SMALL = (r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
         r"fifteen|sixteen|seventeen|eighteen|nineteen)")
TENS = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
NUMBER = (rf"(?:(?:{SMALL}|\d+) and a half|\d+(?:[.,]\d+)?(?:\s+1/2)?|"
          rf"{TENS}(?:[- ](?:one|two|three|four|five|six|seven|eight|"
          rf"nine))?|{SMALL}|a hundred|one hundred|two thousand|a thousand|a dozen|a couple of|"
          r"a quarter of an?|three[- ]quarters of an?|"  # "a quarter of an hour"
          r"a couple|couple of|a few|several|few|many|some|a|an|half an?|one and a half|"
          # "the past half-century"
          r"(?:a\s+)?(?<![\w-])half(?=-(?:hour|day|year|decade|century)\b)|"
          r"hundreds of|thousands of|dozens of)")
UNIT = (r"(?:second|minute|hour|day|night|week|weekend|fortnight|month|quarter|year|decade|"
        r"century|centuries|millennium|millennia|trading day|business day|session|season)s?")
PART = r"(?:morning|afternoon|evening|night)"
REL = (r"(?:this past|this coming|this|last|next|the past|the last|the next|the coming|"
       r"the previous|the following|the preceding|the prior|previous|following|the current|"
       r"current|the latest|latest|the same|that same|this same|that|the year-ago|"
       r"the year-earlier|coming|past|"
       r"the first|the final)")
DIRECTION = r"(?:ago|earlier|later|from now|hence|back|previously|before|after)"
_THIS_UNIT = r"\s+(?:this|last|that|in\s+the)\s+(?:year|month|week|season|decade|century)\b"
PAIR_UNIT = r"(?:year|month|week|day|hour|minute|second)s?"
PAIR_NUMBER = (rf"(?:\d+|{TENS}(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|"
               rf"{SMALL}|a|an)")


def _pair_next(i: int) -> str:
    """The ``i``-th amount of a duration told in parts: ", 9 minutes", " and 48 seconds"."""
    return rf"(?:,?\s+and\s+|,\s*|\s+)(?P<num{i}>{PAIR_NUMBER})\s+(?P<unit{i}>{PAIR_UNIT})"


# Each rule: (kind, core pattern, prefix pattern or None). A core starts with a word or digit that
# every match must have, so the regex engine can skip quickly through text; optional words before
# it ("last", "the", "Saturday,") are read backwards by the prefix pattern, only where a core
# matched.
RULES: list[tuple[str, str, str | None]] = [
    ("iso", r"(?P<y>\d{4})-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?:[T ](?P<H>[0-2]\d):(?P<M>[0-5]\d)"
            r"(?::(?P<S>[0-5]\d)(?:\.\d+)?)?(?:Z|[+-][01]\d:?[0-5]\d)?)?(?![\w-])", None),
    ("isomonth", r"(?P<y>(?:1[5-9]|20)\d\d)-(?P<m>0[1-9]|1[0-2])(?![\w-]|/)", None),
    ("slash", r"(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)/(?P<y>\d{4}|\d\d)(?![\w/])", None),
    ("nineeleven", r"(?<![\w/.])9/11(?![\w/]|\.\d|\s*(?:%|percent))", None),
    ("dotted", r"(?<![\d.])(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)\.(?P<y>(?:1[89]|20)\d\d)(?![\w.]\d|\d)",
     None),
    ("mdy", rf"\b(?P<mon>{MONTH})\s*(?P<day>{DAY})(?:[-–](?P<day2>[0-3]?\d)\b)?"
            rf"(?:,?\s*(?P<year>{YEAR})|\s+(?P<yrel>last|this|next) year\b|{YEAR_REF})?"
            r"(?!\s*(?:%|percent|/|:\d)|-|\s*[-–]\s*\d(?!\d?[:.]\d\d))",  # not "May 3-2 win"
            # (but "Oct. 2 - 11:15 a.m.: she buys a map" is a day and a time); "August 31 --" is
     rf"\b(?P<wd>{WEEKDAY_ANY}),?\s+$"),  # a day
    ("dmy", rf"\b(?:(?P<day0>[0-3]?\d)(?:\s?[-–]\s?|\s+(?:to|and|until|through)\s+))?"
            rf"(?P<day>{DAY})\s+(?:of\s+)?(?P<mon>{MONTH})"
            rf"(?:,?\s*(?P<year>{YEAR})|"
            r"\s+(?P<yrel>last|this|next) year\b)?",
     rf"\b(?:(?P<wd>{WEEKDAY_ANY}),?\s+)?(?:the\s+)?$"),
    ("monthyear", rf"\b(?P<mon>{MONTH}),?\s*(?:of\s+)?(?P<year>{YEAR})", None),
    ("monthrel", rf"\b(?P<mon>{MONTH})\s+(?:of\s+)?(?P<rel>this|last|next) year\b", None),
    ("month", rf"\b(?P<mon>{MONTH})(?:{YEAR_REF})?",
     r"\b(?P<rel>this past|this coming|the following|the next|the previous|last|next|this|"
     r"that)\s+$"),
    ("weekday", rf"\b(?P<wd>{WEEKDAY})(?P<plural>s)?\b(?:\s+(?P<part>{PART})(?P<plural2>s)?\b)?",
     r"\b(?P<rel>this past|this coming|the previous|the following|last|next|this|that|early|"
     r"late)\s+$"),
    ("year", r"(?P<year>(?:1[0-9]|20)\d\d)(?!\w|%|[.,:/]\d|-\d)",
     r"\b(?:the\s+year\s+(?:of\s+)?|full[-\s]year\s+)$"),  # "the year 2007", "the year of
    # 2006", "full-year 2014": one expression
    ("yearrange", r"(?P<year>(?:1[0-9]|20)\d\d)\s?[-–/]\s?(?P<y2>(?:1[0-9]|20)\d\d|\d\d)"
                  r"(?![\w%]|[.,:/-]\d)", None),
    ("erarange", r"(?P<year>\d{1,4})(?:\s?[-–]\s?|\s+(?:to|until|and)\s+)(?P<y2>\d{1,4})\s*"
                 r"(?P<era>BCE|BC|B\.C\.(?:E\.)?|AD|"
                 r"A\.D\.|CE|C\.E\.)(?!\w)", None),
    ("era", r"\b(?:(?P<pre>AD|A\.D\.)\s*(?P<year1>\d{1,4})\b|(?P<year2>\d{1,4})\s*(?P<era>BCE|BC|"
            r"B\.C\.(?:E\.)?|AD|A\.D\.|CE|C\.E\.)(?![\w]))",
     rf"(?:\b(?P<mon>{MONTH})\s+|\b(?:the\s+)?(?:(?P<srel>early|late|mid)[\s-]+)?"
     r"(?P<season>spring|summer|autumn|fall|winter)\s+of\s+)$"),
    ("fiscal", r"\b(?:fiscal(?:\s+year)?\s+|FY\s?)(?P<year>(?:1[0-9]|20)\d\d\b|'?\d\d\b)", None),
    ("ordday", r"\bthe\s+(?P<day>[0-3]?\d(?:st|nd|rd|th))\b", None),
    ("dayoff", r"\bthe day (?P<dir>before|after) (?P<word>yesterday|tomorrow)\b", None),
    ("nthday", r"\b(?P<ord>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
               r"final|opening|closing)\s+(?P<unit>day|night)\b(?![-'])", r"\bthe\s+$"),
    ("weekhead", r"\bweek\s+(?:of|ending|ended)\b", r"\bthe\s+$"),  # "the week ending Nov. 1"
    ("wordyear", r"\b(?:(?P<c>nineteen|eighteen)[\s-]+(?P<yy>"
                 rf"{TENS}(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?|"
                 r"ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|"
                 r"nineteen|hundred|o[\s-](?:one|two|three|four|five|six|seven|eight|nine))"
                 r"|(?P<tt>two thousand)(?:\s+and)?(?:[\s-](?P<ty>one|two|three|four|five|six|"
                 r"seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
                 rf"seventeen|eighteen|nineteen|{TENS}(?:[\s-](?:one|two|three|four|five|six|seven|"
                 r"eight|nine))?))?)\b",
     rf"(?:\bthe\s+year|\b(?P<mon>{MONTH})|\b(?:the\s+)?(?:(?P<srel>early|late|mid)[\s-]+)?"
     r"(?P<season>spring|summer|autumn|fall|winter)\s+of)\s+$"),
    ("decade", r"(?:\b(?P<cent>1\d|20)(?P<d>\d)0|'(?P<d2>\d)0)'?s\b"
               r"|\b(?P<word>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b",
     r"\bthe\s+$"),
    ("century", rf"\b(?P<n>\d{{1,2}}(?:st|nd|rd|th)|{ORD_DAY})[\s-]+century\b"
                r"(?:\s+(?P<era>BCE|BC|B\.C\.?(?:E\.)?))?", r"\bthe\s+$"),
    ("shortyear", r"(?P<year>[1-9]\d\d)\b(?![%.,]\d|\s*[-–]\d)", None),
    ("quarter", rf"\b(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th|final|last)[\s-]+"
                rf"(?P<unit>quarter|half)(?P<plural>s)?\b(?![-\s]finals?\b)(?:,?\s+(?:of\s+)?"
                rf"(?:(?:fiscal\s+)?(?P<year>{YEAR})|(?P<yrel>this|last|next) year|the year\b))?",
     r"\b(?:(?P<det>the|this|a|an)\s+)?(?:(?P<yref>this year's|last year's|next year's|"
     r"(?:the\s+)?year-(?:ago|earlier)|comparable|flat|latest|(?:1[0-9]|20)\d\d(?:'s|\u2019s)?)\s+)?"
     r"(?:fiscal[\s-]+)?$"),
    ("qshort", r"\b(?P<q>Q[1-4]|H[12])(?:(?:\s+of\s+|\s+|/|-)?(?P<year>(?:19|20)\d\d)\b|"
               r",?\s+(?:of\s+)?(?P<yrel>this|last|next) year\b)?(?![\w-])", None),
    ("season", r"\b(?P<season>spring|summer|fall|autumn|winter)(?![\w-])(?:,?\s+(?:of\s+)?"
               rf"(?P<year>{YEAR})|\s+(?P<yrel>this|last|next) year\b)?",
     r"\b(?P<rel>this past|this coming|the past|the coming|the following|the next|the previous|"
     r"the same|that same|this same|the|this|last|next|that|early|late|mid-?)\s*$"),
    ("deictic", r"\b(?P<word>today|yesterday|tomorrow|tonight|now|nowadays|these days|"
                rf"overnight)\b(?:\s+(?P<part>{PART})\b)?",
     r"\b(?P<pre>early|late|later|earlier)\s+$"),
    ("daypart", rf"\b(?P<rel>this|last|tomorrow|yesterday|that|the next|the following|"
                rf"the previous|the|mid)[\s-]+(?P<part>{PART}|midday)\b"
                r"(?:\s+(?P<dayword>yesterday|today|tomorrow)\b)?", None),
    ("relunit", rf"\b(?P<rel>{REL})\s+(?P<fiscal>fiscal\s+)?(?P<unit>day|week|weekend|fortnight|"
                r"month|"
                r"quarter|year|decade|century|season|period)\b(?!-)", None),
    ("yearago", r"\byear-(?:ago|earlier)(?:\s+(?P<unit>quarter|"
                r"period|month|nine months|six months|half))?\b",
     r"\b(?:the\s+)?(?:comparable\s+)?$"),
    ("unitrel", r"\bthe\s+(?P<unit>day|week|month|year)\s+(?P<adv>before|after|earlier|later)\b"
                r"(?!\s+(?:the|a|an|his|her|its|their|this|that|he|she|it|they|we|[A-Z0-9]))",
     None),
    ("the_unit", r"\b(?:the|this|that)\s+(?:(?P<adj>fiscal|full|calendar|entire|whole)\s+)?"
                 r"(?P<unit>weekend|quarter|year|month|week|day|decade|century)\b(?!-|'(?!s\b))",
     None),
    ("yearend", r"\b(?:year[- ]end|year's end)\b", None),
    # "from 202 million in the same period of 1996"
    # "the corresponding period last year" (one expression in TimeBank, the quarter a year back)
    ("sameperiod", rf"\b(?:same|corresponding|comparable)\s+(?P<unit>period|quarter|month|time)"
                   rf"\s+(?:(?:of|in)\s+(?P<year>{YEAR})|(?:of\s+)?(?:last|the previous|the prior)"
                   r"\s+year\b|a year (?:earlier|ago|before)\b)", r"\bthe\s+$"),
    # "a week from Friday" (read from "from": numbers are too common a trigger)
    ("fromday", rf"\bfrom\s+(?P<base>today|tomorrow|yesterday|{WEEKDAY})\b",
     rf"\b(?P<num>{NUMBER})\s*(?P<unit>day|week|fortnight|month|year)s?\s+$"),
    ("ago", rf"\b(?P<num>{NUMBER})(?:(?:\s+(?:or|to)\s+|\s*[-\u2013]\s*)(?P<num2>{NUMBER}))?\s*"
            rf"(?P<unit>{UNIT})"
            rf"(?P<half>\s+and\s+a\s+half)?"
            rf"(?P<orso>\s+or\s+so)?\s+(?P<dir>{DIRECTION})\b"
            # not "stuck for nine hours earlier this year": "earlier" goes with "this year"
            rf"(?!(?<=earlier){_THIS_UNIT})(?!(?<=later){_THIS_UNIT})"
            r"(?:(?<=ago)\s+this\s+(?P<this>week|month))?",  # "three years ago this week"
     None),
    ("duration", rf"\b(?P<num>{NUMBER})(?P<orso2>\s+or\s+so)?"
                 rf"(?:\s+(?P<extra>more|additional|straight|consecutive|full))?"
                 rf"(?:\s*-\s*|\s+)(?P<unit>{UNIT})(?P<half>\s+and\s+a\s+half)?(?P<orso>\s+or\s+so)?"
                 r"(?P<ormore>\s+or\s+(?:more|longer|less|fewer))?(?![\w-])",
     r"\b(?P<det>the past|the last|the next|the first|the final|the coming|the previous|"
     r"the following|the remaining|the latest|the|another|an additional|an extra|past|next|last|"
     r"each of the past|each of the last)\s+$"),
    ("partof", rf"\b(?P<ord>first|second|third|fourth|last|final)\s+(?P<unit>week|weekend|day|"
               rf"month)\s+of\s+(?:(?P<mon>{MONTH})(?:,?\s*(?P<year>{YEAR}))?|(?P<year2>(?:1[0-9]|"
               r"20)\d\d)\b|(?P<the>(?:the|this|next|last) (?:year|month)\b))", r"\bthe\s+$"),
    # not "the 2007-2013 period": the end of a range of years
    ("yearperiod", r"(?<!\d[-–/])(?<!\d\s[-–]\s)\b(?P<year>(?:19|20)\d\d)\s+"
                   r"(?:(?P<ord>first|second|third|fourth)\s+)?(?P<unit>quarter|period|half)\b",
     r"\bthe\s+$"),
    # "seven hours and 10 minutes", "1 hour 26 minutes and 43 seconds": one amount of time
    ("durpair", rf"\b(?P<num>{PAIR_NUMBER})\s+(?P<unit>{PAIR_UNIT}){_pair_next(2)}"
                rf"(?:{_pair_next(3)})?(?:{_pair_next(4)})?\b"
                r"(?!\s+(?:old\b|(?:a|an|per|each)\s+(?:day|week|month|year)\b))",
     r"\b(?P<det>the past|the last|the next|the first|the|another)\s+$"),
    ("durrange", rf"\b(?P<num>{NUMBER})(?:\s+(?:to|or)\s+|\s*[-–]\s*)(?P<num2>{NUMBER})\s+"
                 rf"(?P<unit>{UNIT})\b",
     r"\b(?P<det>the past|the last|the next|the first|the coming)\s+$"),
    ("bareplural", r"\b(?P<unit>years|months|weeks|decades|days|centuries|hours|minutes)\b"
                   r"(?!\s+(?:of|ago|earlier|later|before|after)\b)", None),
    ("clock", r"\b(?P<h>[0-2]?\d)(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ampm>a\.m\.|p\.m\.|a\.m|p\.m|am\b|"
              rf"pm\b)(?:\s+(?P<tz>{TIME_ZONE}|local time)\b)?", None),
    # "5 o'clock", "eight o'clock in the morning"
    ("oclock", rf"\b(?P<h>1[0-2]|[1-9]|{SMALL})\s+o['\u2019]clock\b"
               r"(?:\s+(?P<part>in the (?:morning|afternoon|evening)|at night))?", None),
    ("clock24", r"\b(?P<h>[01]?\d|2[0-3]):(?P<mi>[0-5]\d)\b(?![:.]\d)"
                rf"(?:\s+(?P<tz>{TIME_ZONE}|local time|hours|hrs)\b)?", None),
    ("noon", r"\b(?P<word>noon|midnight|midday|dawn|dusk|daybreak|sunrise|sunset|nightfall)\b",
     None),
    ("milclock", r"(?P<h>[01]\d|2[0-3])(?P<mi>[0-5]\d)\s*(?:hours|hrs)\b", None),
    ("parthead", rf"\b(?P<part>{PART})\s+of\b", r"\b(?:the|that)\s+$"),
    ("holiday", r"\b(?P<name>Christmas(?: Eve| Day)?|(?<!Lunar )(?<!Chinese )(?<!Jewish )"
                r"(?<!Persian )(?<!Islamic )New Year(?:'s)?(?: Eve| Day)?|Halloween|"
                r"Valentine's Day|Thanksgiving(?: Day)?|Easter(?: Sunday| Monday| week)?|"
                r"Holy Week|Good Friday|Ash Wednesday|Palm Sunday|Maundy Thursday|"
                r"Fourth of July|St\.? Patrick's Day|Bastille Day|May Day|"
                r"Armistice Day|Remembrance Day|Mother's Day|Father's Day|"
                r"Boxing Day|Election Day|Labor Day|Memorial Day|Veterans Day|"
                r"Martin Luther King(?: Jr\.?)? Day|Presidents'? Day|Black Friday|Cyber Monday)"
                r"(?:,?\s+(?P<year>(?:1[0-9]|20)\d\d)\b)?", None),
    ("newyear", r"\bthe\s+new\s+year\b(?!'s)", None),
    ("set", rf"\b(?P<q>every|each)\s+(?:other\s+)?(?P<unit>(?:day|week|weekend|month|quarter|year|"
            rf"decade|morning|afternoon|evening|night|{WEEKDAY}|spring|summer|fall|autumn|"
            rf"winter|hour|minute)\b|(?P<mon>{MONTH})(?:\s*(?P<mday>[0-3]?\d)(?:st|nd|rd|th)?\b)?)"
            # "every 72 hours", "every six months": one repetition every so long
            rf"|\bevery\s+(?P<num>\d+|{SMALL}|{TENS}|a few|few)\s+"
            r"(?P<units>(?:second|minute|hour|day|"
            r"week|month|quarter|year|decade)s)\b", None),
    # Not "annually" ("rise 8% annually"): annotators mark it 2 times in 30 (TimeBank, TE3-Silver).
    ("setadv", r"\b(?P<word>daily|weekly|monthly|yearly|hourly|nightly|biweekly|"
               r"bimonthly|biannually|semiannually|quarterly)\b", None),
    ("setfreq", rf"\b(?P<freq>once|twice|(?:{SMALL}|\d+) times)\s+(?P<art>a|an|per)\s+"
                r"(?P<unit>day|week|month|year|quarter|decade|hour|minute)\b", None),
    # Not "previously": annotators mark it 3 times in 69 (TimeBank and TE3-Silver); nor
    # "soon" (5 in 42 of TimeBank, AQUAINT and WikiWars, 0 in 108 of TE3-Silver), "as soon as
    # possible" (1 in 21), "formerly" (0 in 17) or "the foreseeable future" (0 in 3).
    ("vague", r"\b(?P<word>recently|more recently|currently|nowadays|"
              r"the (?:past|last) (?:several |few )?(?:days|weeks|months|years|quarters|decades)"
              r"(?!\s+of\b)|"
              r"the past|the future|the near future|the distant future|the recent past|"
              r"the present|at present|presently|the time being|lately|"
              r"the (?:near|short|long) term|future (?:days|weeks|months|years|quarters)|"
              r"recent (?:days|weeks|months|years|quarters|decades)|"
              r"coming (?:days|weeks|months|years|quarters|decades)|current|"
              r"the coming (?:days|weeks|months|years|quarters|decades)|"
              r"the (?:days|weeks|months|years) ahead(?!\s+of\b)|"
              r"(?:many|several|some) years ago|years ago|months ago|weeks ago|days ago|"
              r"long ago|some time ago|a while ago)\b", None),
]


def initial_case_insensitive(pattern: str) -> str:
    """Let each literal word of ``pattern`` start with either case ("[mM]arch").

    Much faster than ``re.IGNORECASE``, which defeats the regex engine's first-character
    optimisation; it also keeps "may" and "March" apart from "MAY" and "MARCH" (all-capital
    headlines are rare in article bodies).

    >>> initial_case_insensitive("the (?P<rel>last|next) week")
    '[tT]he (?P<rel>[lL]ast|[nN]ext) [wW]eek'
    """
    out: list[str] = []
    i, n = 0, len(pattern)
    in_class = False
    previous_letter = False
    while i < n:
        ch = pattern[i]
        if ch == "\\":
            out.append(pattern[i:i + 2])
            i += 2
            previous_letter = False
            continue
        if in_class:
            in_class = ch != "]"
            out.append(ch)
        elif ch == "[":
            in_class = True
            out.append(ch)
        elif pattern.startswith("(?P<", i) or pattern.startswith("(?P=", i):
            close = pattern.index(">" if pattern[i + 3] == "<" else ")", i)
            out.append(pattern[i:close + 1])
            i = close + 1
            previous_letter = False
            continue
        elif ch.islower() and ch.isascii() and not previous_letter:
            out.append(f"[{ch}{ch.upper()}]")
        else:
            out.append(ch)
        previous_letter = ch.isalpha() and not in_class
        i += 1
    return "".join(out)


# Highest priority first when two candidates of the same length compete.
PRIORITY = {kind: i for i, (kind, _, _) in enumerate(RULES)}
# The words a core can start with ("#" is any token that starts with a digit). Rules are tried
# only where such a word starts, with ``match`` (one attempt) rather than a scan of the text.
_NUMBER_WORDS = ("# a an one two three four five six seven eight nine ten eleven twelve thirteen "
                 "fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty "
                 "sixty seventy eighty ninety couple few several many some half hundreds "
                 "thousands dozens")
_MONTH_WORDS = ("january february march april may june july august september october november "
                "december jan feb mar apr jun jul aug sept sep oct nov dec")
_ORDINAL_WORDS = ("first second third fourth fifth sixth seventh eighth ninth tenth eleventh "
                  "twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth "
                  "nineteenth twentieth twenty thirtieth thirty")
_TO_TWELVE = "# one two three four five six seven eight nine ten eleven twelve"
_REL_WORDS = "this last next the previous following current latest that coming past"
TRIGGERS = {
    "iso": "#", "isomonth": "#", "yearrange": "#", "erarange": "#", "shortyear": "#",
    "parthead": "morning afternoon evening night",
    "slash": "#", "dotted": "#", "nineeleven": "#", "mdy": _MONTH_WORDS,
    "dmy": "# " + _ORDINAL_WORDS,
    "monthyear": _MONTH_WORDS, "monthrel": _MONTH_WORDS, "month": _MONTH_WORDS,
    "weekday": "monday tuesday wednesday thursday friday saturday sunday mondays tuesdays "
               "wednesdays thursdays fridays saturdays sundays", "year": "#",
    "era": "# ad", "fiscal": "fiscal fy fy#", "dayoff": "the", "ordday": "the", "newyear": "the",
    "nthday": "first second third fourth fifth sixth seventh eighth ninth tenth final opening "
              "closing", "weekhead": "week",
    "wordyear": "nineteen eighteen two",
    "decade": "# twenties thirties forties fifties sixties seventies eighties nineties",
    "century": "# " + _ORDINAL_WORDS, "quarter": "# first second third fourth final last",
    "qshort": "q1 q2 q3 q4 h1 h2", "season": "spring summer fall autumn winter",
    "deictic": "today yesterday tomorrow tonight right now nowadays these overnight",
    "daypart": "this last tomorrow yesterday that the mid", "relunit": _REL_WORDS,
    "yearago": "year", "yearend": "year", "the_unit": "the this that", "unitrel": "the",
    "ago": _NUMBER_WORDS, "fromday": "from", "sameperiod": "same corresponding comparable",
    "duration": _NUMBER_WORDS, "partof": "first second third fourth last final",
    "yearperiod": "#", "durrange": _NUMBER_WORDS,
    "durpair": _NUMBER_WORDS.replace(" a an ", " an "),  # (not at every "a")
    "bareplural": "years months weeks decades days centuries hours minutes",
    "clock": "#", "clock24": "#", "oclock": _TO_TWELVE, "milclock": "#", "set": "every each",
    "holiday": "christmas new halloween valentine thanksgiving easter holy boxing good election "
               "fourth st patrick bastille may armistice remembrance mother father "
               "labor memorial veterans martin presidents president black cyber ash palm maundy",
    "noon": "noon midnight midday dawn dusk daybreak sunrise sunset nightfall",
    "setadv": "daily weekly monthly yearly hourly nightly biweekly bimonthly "
              "biannually semiannually quarterly",
    "setfreq": "once twice " + _TO_TWELVE,
    "vague": "recently more until currently nowadays the "
    "future at presently lately recent coming current many several some years months "
    "weeks days long",
}
APOSTROPHE_KINDS = frozenset({"decade", "mdy", "monthyear"})  # "the '90s"
_TOKEN = re.compile(r"[A-Za-z0-9]+")


def _core(pattern: str) -> str:
    """The core pattern without its leading word boundary: tokens start at word boundaries."""
    return pattern[2:] if pattern.startswith("\\b") else pattern


COMPILED = {
    kind: (re.compile(initial_case_insensitive(_core(core))),
           re.compile(initial_case_insensitive(prefix)) if prefix else None)
    for kind, core, prefix in RULES
}
BY_TRIGGER: dict[str, list[str]] = {}
for _kind, _words in TRIGGERS.items():
    for _word in _words.split():
        BY_TRIGGER.setdefault(_word, []).append(_kind)
_PREFIX_REACH = 40
# One pattern per trigger word that many rules share ("the", digits): the alternation of their
# cores, names dropped. Where it fails no rule can match, and the rules are not tried one by one
# (most tokens are no temporal expression: about 7% less tagging time, same output).
_GROUP_NAME = re.compile(r"\(\?P<\w+>")
GATES = {
    word: re.compile("|".join(f"(?:{_GROUP_NAME.sub('(?:', COMPILED[kind][0].pattern)})"
                              for kind in kinds))
    for word, kinds in BY_TRIGGER.items() if len(kinds) >= 3
}

_PART_WORDS = "|".join(sorted((re.escape(k) for k in PART_MODS), key=len, reverse=True))
_APPROX_WORDS = "|".join(sorted((re.escape(k) for k in APPROX_MODS), key=len, reverse=True))
PREFIX_PART = re.compile(rf"(?:\b|^)(?:by\s+)?(?P<w>{_PART_WORDS})(?:\s+|-|(?<=-))$", F)
PREFIX_APPROX = re.compile(rf"(?:\b|^)(?P<w>{_APPROX_WORDS})\s+$", F)
PART_KINDS = frozenset({"year", "fiscal", "wordyear", "decade", "century", "monthyear", "month",
                        "monthrel", "season", "relunit", "quarter", "qshort", "the_unit", "deictic",
                        "weekday", "mdy", "dmy", "nthday"})
AMOUNT_KINDS = frozenset({"duration", "durrange", "ago", "yearend"})
APPROX_KINDS = frozenset({"yearend", "duration", "ago", "clock", "clock24", "clocktz", "noon",
                          "mdy", "dmy",
                          "year", "monthyear", "the_unit", "relunit", "durrange"})


@dataclass(slots=True)
class Candidate:
    """A matched span, the rule that matched it, its groups, and any modifier folded in."""

    kind: str
    start: int
    end: int
    groups: dict[str, str | None]
    part_mod: str | None = None  # START / MID / END from "early", "the end of", ...
    approx: str | None = None  # "about", "more than", ... (the words; resolve maps to a mod)


def _select(found: list[Candidate]) -> list[Candidate]:
    """Non-overlapping candidates, longest first, then by rule priority."""
    found.sort(key=lambda c: (-(c.end - c.start), PRIORITY[c.kind], c.start))
    starts: list[int] = []  # the taken spans, sorted and disjoint
    ends: list[int] = []
    taken: list[Candidate] = []
    for cand in found:
        i = bisect.bisect_right(starts, cand.start)
        if i and ends[i - 1] > cand.start:
            continue  # overlaps the span that starts before it
        if i < len(starts) and starts[i] < cand.end:
            continue  # overlaps the span that starts after it
        starts.insert(i, cand.start)
        ends.insert(i, cand.end)
        taken.append(cand)
    taken.sort(key=lambda c: c.start)
    return taken


_DETERMINER = re.compile(r"(?:the|a|an|this)\s+", F)
_ADJECTIVAL = re.compile(r"[\w]-(?:quarter|half|year|month|week|day|hour|minute|ago|earlier)\b", F)


_LAST_AS_VERB = re.compile(r"\b(?:and|to|will|would|could|can|may|might|should|must|shall|'ll)"
                           r"\s+$", F)


def _drop_determiner(text: str, cand: Candidate) -> None:
    """TimeBank leaves the article out of adjectival forms: "a [third-quarter] loss"; "last" is
    the verb in "begin Jan. 10 and [last] six weeks"."""
    if cand.kind == "duration" and text[cand.start:cand.start + 5].lower() == "last " and (
            _LAST_AS_VERB.search(text, max(0, cand.start - 8), cand.start)):
        cand.start += 5
        cand.groups["det"] = None
        return
    if cand.kind not in ("quarter", "duration", "yearago") or cand.groups.get("unit") and (
            cand.kind == "yearago"):
        return
    det = _DETERMINER.match(text, cand.start, cand.end)
    if det and _ADJECTIVAL.search(text, cand.start, cand.end) and _ADJECTIVAL.search(
            text, cand.start, cand.end).end() == cand.end:
        cand.start = det.end()


def _extend(text: str, cand: Candidate, floor: int) -> None:
    """Fold a part-of modifier ("early", "the end of") and an approximation word into ``cand``."""
    window_start = max(floor, cand.start - 25)
    if cand.kind in PART_KINDS and not cand.groups.get("pre"):
        before = text[window_start:cand.start]
        match = PREFIX_PART.search(before)
        if match:
            word = match.group("w").lower()
            if not (word.startswith("later") or word.startswith("earlier")) or cand.kind in (
                    "relunit", "deictic", "the_unit"):
                cand.part_mod = PART_MODS[word if word in PART_MODS else word.rstrip("-").strip()]
                cand.start = window_start + match.start("w")
                window_start = max(floor, cand.start - 25)
    if cand.kind in APPROX_KINDS and not text.startswith(("the ", "The "), cand.start):
        before = text[window_start:cand.start]
        match = PREFIX_APPROX.search(before)
        if match and (cand.kind in AMOUNT_KINDS or APPROX_MODS.get(
                " ".join(match.group("w").lower().split())) == "APPROX"):
            # "about 11.45 p.m." (not "up to 3rd September": a point has no more or less)
            cand.approx = match.group("w").lower()
            cand.start = window_start + match.start("w")


def find_candidates(text: str, keep: Callable[[Candidate], bool] | None = None) -> list[Candidate]:
    """All candidate temporal expressions of ``text``, non-overlapping, in text order.

    ``keep`` (a precision filter) drops candidates before overlaps are settled, so that a
    rejected long reading leaves room for a shorter one.
    """
    found = []
    for token in _TOKEN.finditer(text):
        start = token.start()
        if start and (text[start - 1].isalnum() or text[start - 1] == "_"):
            continue  # "Flight42"-like runs
        word = token.group()
        key = "#" if word[0].isdigit() else word.lower()
        if key[:2] == "fy" and key[2:3].isdigit():
            key = "fy#"
        kinds = BY_TRIGGER.get(key)
        if not kinds:
            continue
        gate = GATES.get(key)
        if gate is not None and not gate.match(text, start) and not (
                start and text[start - 1] == "'"):  # ("'90s" is tried from the apostrophe)
            continue
        for kind in kinds:
            core, prefix = COMPILED[kind]
            m = core.match(text, start)
            if m is None and kind in APOSTROPHE_KINDS and start and text[start - 1] == "'":
                m = core.match(text, start - 1)
            if m is None:
                continue
            cand = Candidate(kind, m.start(), m.end(), m.groupdict())
            if prefix is not None:
                before = prefix.search(text, max(0, cand.start - _PREFIX_REACH), cand.start)
                if before is not None and before.start() < cand.start:
                    cand.start = before.start()
                    cand.groups.update({k: v for k, v in before.groupdict().items() if v})
            found.append(cand)
    if keep is not None:
        found = [c for c in found if keep(c)]
    chosen = _select(found)
    for cand in chosen:
        _drop_determiner(text, cand)
    previous_end = 0
    for cand in chosen:
        _extend(text, cand, previous_end)
        previous_end = cand.end
    return chosen
