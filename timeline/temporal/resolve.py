"""Normalisation: turn a recognised candidate into a TimeML type, value and mod, with its anchor.

One small function per kind of candidate. Relative expressions are resolved against the
publication date (``Context.published``) or, for anaphoric ones ("that day", "a year earlier"),
against the last date mentioned (``Context.reference``). Without a publication date, relative
expressions keep X placeholders ("XXXX-XX-XX") and no interval.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from ..model import Anchor, Granularity, TimeSpan, TimexType
from .anchor import BEFORE_ADJECTIVE, PUT_OFF_TO, Context, past_form, sentence_ends, tense_at
from .filters import word_before
from .normalize import RANK, Point, shift, unit_start
from .recognize import MONTH, Candidate
from .words import (
    APPROX_MODS,
    DAY_PARTS,
    FUTURE_CUES,
    MONTHS,
    NUMBERS,
    ORDINALS,
    PAST_CUES,
    PRESENT_BE,
    SCHEDULED_PRESENT,
    SEASON_START,
    SEASONS,
    WEEKDAYS,
)

__all__ = ["Resolution"]

G = Granularity
D, T, DUR, SET = TimexType.DATE, TimexType.TIME, TimexType.DURATION, TimexType.SET
UNIT_GRANULARITY = {"day": G.DAY, "night": G.DAY, "week": G.WEEK, "weekend": G.WEEK,
                    "month": G.MONTH, "quarter": G.QUARTER, "period": G.QUARTER, "year": G.YEAR,
                    "decade": G.DECADE, "century": G.CENTURY, "half": G.HALF}
PLACEHOLDER = {G.DAY: "XXXX-XX-XX", G.WEEK: "XXXX-WXX", G.MONTH: "XXXX-XX", G.QUARTER: "XXXX-QX",
               G.HALF: "XXXX-HX", G.YEAR: "XXXX", G.DECADE: "XXX", G.CENTURY: "XX",
               G.SEASON: "XXXX-XX", G.TIME: "XXXX-XX-XX"}
VAGUE = {"PAST_REF": ("recently", "more recently", "until recently", "lately",
                      "the past", "the recent past", "years ago", "months ago",
                      "weeks ago", "days ago", "long ago", "many years ago", "several years ago",
                      "some years ago", "recent"),
         "FUTURE_REF": ("the future", "the near future", "the distant future", "future", "coming",
                        "the coming", "the near term", "the short term", "the long term"),
         "PRESENT_REF": ("currently", "current", "nowadays", "the present", "at present",
                         "presently", "the time being", "now", "right now", "these days")}
VAGUE_VALUE = {w: v for v, words in VAGUE.items() for w in words}
SET_ADVERBS = {"daily": "P1D", "weekly": "P1W", "monthly": "P1M",
               "yearly": "P1Y", "hourly": "PT1H", "nightly": "P1D", "biweekly": "P2W",
               "bimonthly": "P2M", "biannually": "P6M", "semiannually": "P6M", "quarterly": "P3M"}
_DIGITS = re.compile(r"\d+(?:[.,]\d+)?")


@dataclass(frozen=True, slots=True)
class Resolution:
    """What a candidate means: TimeML type, value and mod, how it was anchored, how sure we are."""

    type: TimexType
    value: str
    mod: str | None = None
    anchor: Anchor = Anchor.ABSOLUTE
    confidence: float = 0.9
    point: Point | None = None  # the calendar unit, remembered as the reference for anaphora
    span: TimeSpan | None = None  # the interval, when it is not simply that of the value


# ------------------------------------------------------------------------------------ helpers


def number(words: str | None) -> float | None:
    """A count written in digits or words; None for vague counts ("several")."""
    if not words:
        return None
    w = words.lower().replace(",", "").strip()
    if w.endswith(" and a half"):
        base = number(w[:-len(" and a half")])
        return None if base is None else base + 0.5
    if w.endswith(" 1/2"):
        base = number(w[:-4])
        return None if base is None else base + 0.5
    if _DIGITS.fullmatch(w):
        return float(w)
    if w in NUMBERS:
        return float(NUMBERS[w])
    if w == "one and a half":
        return 1.5
    parts = re.split(r"[- ]", w)
    if len(parts) == 2 and parts[0] in NUMBERS and parts[1] in NUMBERS:
        return float(NUMBERS[parts[0]] + NUMBERS[parts[1]])
    return None


def _year2(two: str, published: date | None) -> int:
    """A two-digit year ('98, 04) read as the nearest century to the publication date."""
    yy = int(two.strip("'"))
    base = published.year if published else 2000
    century = base - base % 100
    candidates = [century - 100 + yy, century + yy, century + 100 + yy]
    return min(candidates, key=lambda y: (abs(y - base), -y))


def _year(text: str | None, published: date | None) -> int | None:
    if not text:
        return None
    if text.startswith("'") or len(text) == 2:
        return _year2(text, published)
    return int(text[:4])  # "1941-42" is read as its first year


def _day_number(text: str) -> int:
    word = text.lower().replace(" ", "-")
    if word in ORDINALS:
        return ORDINALS[word]
    return int(re.match(r"\d+", word).group(0))


def _mod(cand: Candidate, kind: TimexType) -> str | None:
    if cand.approx:
        mod = APPROX_MODS.get(cand.approx)
        if kind in (D, T) and mod in ("LESS_THAN", "MORE_THAN", "EQUAL_OR_MORE", "EQUAL_OR_LESS"):
            return "APPROX" if cand.approx in ("nearly", "almost") else mod
        return mod
    if cand.groups.get("orso") or cand.groups.get("orso2"):  # "two years or so", "two or so"
        return "APPROX"
    if cand.groups.get("ormore"):  # "20 minutes or more", "two decades or longer"
        return "EQUAL_OR_LESS" if cand.groups["ormore"].split()[-1] in ("less", "fewer") else (
            "EQUAL_OR_MORE")
    return cand.part_mod


def _relative(ctx: Context, granularity: Granularity, offset: int, *, previous: bool = False,
              confidence: float = 0.85, kind: TimexType = D, cand: Candidate | None = None
              ) -> Resolution:
    """The unit ``offset`` units away from the publication date (or, when ``previous``, from the
    last date mentioned).

    An anaphor finer than what it refers to cannot be made precise: "the same day" after "in the
    fourth quarter" is *some* day of that quarter. It then takes the previous expression's value
    and span (granularity QUARTER, not DAY), anchor PREVIOUS and a confidence of at most 0.4, so
    that the timeline shows the whole quarter as uncertain rather than inventing a day.
    """
    mod = _mod(cand, kind) if cand else None
    base, anchor = None, Anchor.PUBLISHED
    if previous and granularity is G.YEAR and ctx.year_unit is not None and (
            ctx.reference is None or ctx.year_unit_at > ctx.reference_at):
        base, anchor = ctx.year_unit.start, Anchor.PREVIOUS  # "this year ... the previous year"
    elif previous and ctx.reference is not None:
        base, anchor = ctx.reference.start, Anchor.PREVIOUS
        if RANK[ctx.reference.granularity] > RANK[granularity]:
            if offset == 0:  # "the same day" after "in the fourth quarter": a day in that quarter
                ref = ctx.reference
                return Resolution(kind, ref.value, mod, anchor, min(confidence, 0.4), ref)
            confidence = min(confidence, 0.4)  # "the following week" after "June 2024"
            if ctx.published is not None and not (ctx.story or ctx.narrative) and (
                    RANK[ctx.reference.granularity] >= RANK[G.SEASON]):
                # news: "ended the previous weekend" after "since early 2025" or "in the second
                # half of 2026" counts from the publication day, not from the start of 2025
                base, anchor = ctx.published, Anchor.PUBLISHED
    if base is None and ctx.published is not None:
        base = ctx.published
    if base is None:
        return Resolution(kind, PLACEHOLDER[granularity], mod, Anchor.UNANCHORED, 0.3)
    start = shift(granularity, unit_start(granularity, base), offset)
    point = Point(granularity, start)
    return Resolution(kind, point.value, mod, anchor, confidence, point)


def _absolute(granularity: Granularity, start: date, cand: Candidate, confidence: float,
              kind: TimexType = D, part: str | None = None) -> Resolution:
    point = Point(granularity, start, part=part)
    return Resolution(kind, point.value, _mod(cand, kind), Anchor.ABSOLUTE, confidence, point)


TENSE_SLACK_DAYS = 200
NO_TENSE_SLACK_DAYS = 30  # without a cue, news still leans to what has happened: May 5 over
# next May 5 when it is no more than a month further away


def _nearest_year(month: int, day: int, ctx: Context, tense: str | None,
                  certain: bool = False, firm: bool = False) -> int:
    """The year that puts month/day nearest the publication date, leaning the way the tense says.

    The tense wins only when its date is not much further away than the nearest one: tense cues
    are noisy ("the rights, which expire Nov. 21, can be exercised"). A ``certain`` direction
    ("last Oct. 23", "next March 3") always wins; a ``firm`` one ("rose in March") wins within
    a year but, unlike a certain one, stays inside a story's year.
    """
    story = ctx.narrative_year
    if story is None and not certain and tense != "future":
        story = ctx.year_just_written
    if story is not None:
        return story
    pub = ctx.published
    options = []
    for year in (pub.year - 1, pub.year, pub.year + 1):
        try:
            options.append(date(year, month, day))
        except ValueError:
            continue
    if not options:
        return pub.year
    slack = 366 if certain or firm else TENSE_SLACK_DAYS if tense else NO_TENSE_SLACK_DAYS
    return lean_to_tense(options, pub, tense, slack).year


def lean_to_tense(options: list[date], pub: date, tense: str | None, slack: int) -> date:
    """Of the candidate dates, the nearest to ``pub`` on the side the tense points to (the past
    when there is none: news mostly reports what has happened), if it is at most ``slack`` days
    further away than the nearest of all; else the nearest of all."""
    distance = lambda d: abs((d - pub).days)  # noqa: E731
    nearest = min(options, key=distance)
    if tense in ("past", None):
        preferred = [d for d in options if d <= pub + timedelta(days=1)]
    else:
        preferred = [d for d in options if d >= pub - timedelta(days=1)]
    if preferred:
        best = min(preferred, key=distance)
        if distance(best) <= distance(nearest) + slack:
            return best
    return nearest


def _referred_year(words: str, ctx: Context) -> int:
    """The year "of that year", "of the following year" points to, from the last date named."""
    step = {"the following": 1, "the next": 1, "the previous": -1}.get(words.lower(), 0)
    return ctx.reference.start.year + step


_STATED = {"last": "past", "next": "future"}


def _verb_before(prepositions: str, object_words: str = "") -> re.Pattern:
    """A word (and the word before it) right before the date's preposition, and perhaps an
    object between: the verb :func:`_past_act` checks."""
    return re.compile(rf"(?:\b(?P<aux>[a-z]+)\s+)?\b(?:[a-z]+-)?(?P<verb>[a-z]{{2,}})\s+"
                      rf"{object_words}(?:{prepositions})\s+$")


# "rose in March", "was elected on Nov. 3": a finite past verb right before the date's
# preposition; not "to be completed in March", "had been set to expire in May"
_PAST_ACT = _verb_before("in|on|during")
_PAST_ACT_AT = _verb_before("at|over|during|on")  # "governments agreed at the weekend"
# "the tariff, which took effect on Jan. 1", "took office in January": a past verb with the
# noun of a set phrase between it and the date's preposition
_PAST_ACT_IDIOM = _verb_before("in|on", r"(?:effect|place|office|power|charge|hold)\s+")
# "Hamas won the legislative elections in January": a past verb acting on what the month dates
_PAST_ACT_ON_OBJECT = _verb_before(
    "in|on|during", r"(?:the|a|an|its|their|his|her|(?:(?:almost|nearly|about|some|over)\s+)?"
    r"\d[\d,.]*)\s+(?:[a-z]+\s+){0,2}[a-z]+\s+")  # "killed almost 40 people during January's"
# "boycotted the January 30 election", "organized the January poll": a past verb acting on
# what the date dates (not "postponed the January election", which is still ahead)
_PAST_ACT_ON_THE = _verb_before("the")
_NOUN_AFTER = re.compile(r"\s+[a-z]{3,}\b")
# Past verbs of taking part in an event, which must have happened: not "called the May 23 polls
# a funeral", "announced the January 15 vote", "alleged the January 23 polls will be rigged"
_TOOK_PART = frozenset("boycotted contested won lost organized organised held monitored attended "
                       "witnessed survived marred rigged disrupted swept dominated".split())
_AHEAD_AFTER = re.compile(r"\s+(?:will|would|is|are|to)\b")
_NOT_FINITE_BEFORE = frozenset(
    "to be will would could should may might must can being been is are am not".split())


_VERB_AFTER = re.compile(r"\s+(?:[a-z]+ly\s+)?(?P<verb>[a-z]{3,})\b")
_SUBJECT_IN = re.compile(r"(?P<head>[A-Za-z]+),?\s+(?:in|during)\s+$")  # "its workforce, in April"
_TRADED_FOR = frozenset("delivery contract contracts futures options".split())  # "crude for
# delivery in January gained": the verb is the price's, the month a contract's


def _past_act_after(text: str, start: int, end: int) -> bool:
    """Whether the subject's finite past verb follows "in <month>" at once: "Iran in February
    stopped applying the protocol" (not "the talks in March are expected to")."""
    subject = _SUBJECT_IN.search(text, max(0, start - 30), start)
    after = _VERB_AFTER.match(text, end)
    if subject is None or after is None or subject["head"].lower() in _TRADED_FOR:
        return False
    verb = after["verb"]
    return verb not in FUTURE_CUES and (verb in PAST_CUES or past_form(verb))


# "the December tsunami", "February's killing of the premier", "the Jan. 13 incident": a date
# naming what cannot be scheduled names the past (unlike "the January poll", "April's election")
_HAPPENED_AFTER = re.compile(
    r"(?:'s)?\s+(?:[a-z]+\s+)?(?:killings?|assassination|murders?|massacre|slaying|bombings?|"
    r"(?:bomb\s+)?blasts?|explosions?|attacks?|crash|(?:earth)?quake|tsunami|floods?|invasion|coup|"
    r"shootings?|hijacking|kidnapping|abduction|riots|uprising|disaster|incident)\b")


# "a plot for a December attack", "warned of a December attack": one feared, still ahead
_FEARED = re.compile(r"\b(?:of|for|against|about|to|prevent|foil|thwart)\s+(?:a|an)\s+$")


# "hoped to give a report in May", "could transfer to Iraqi control in January", "looking
# forward to the visit in May": the clause looks ahead whatever its verb's tense
_AHEAD_IN_CLAUSE = re.compile(
    r"\b(?:(?:to|could|would|will|may|might|should|can|shall)\s+(?!be\b|the\b|a\b|an\b)[a-z]{2,}"
    r"|forward|ahead|upcoming)\b[^.;:!?]*$")


# "belongings which are being sold in December": still to happen
_PRESENT_PASSIVE = re.compile(
    r"\b(?:is|are|am|be|being)\s+(?:[a-z]+ly\s+)?[a-z]+\s+(?:in|during)\s+$")


def _past_in_month(text: str, start: int, end: int) -> bool:
    """Whether a month told in the past after "in" happened in it ("deposed by a rebel congress
    in June", said in April): it then lies in the past, however much nearer the next June is.
    Not a month's own event ("barred from voting in January's election"), which may be ahead."""
    before = text[max(0, start - 80):start]
    if _OPENING_IN.search(before):  # "In February, scientists said ...": the main clause's
        return not _SAID_ASIDE.match(text, end)  # tense is the month's (not the aside's in
        # "In June, the company said, it expects ...")
    head = _SUBJECT_IN.search(before)
    # (not after "is": "Since the vote is in January" is scheduled)
    return head is not None and head["head"].lower() not in _TRADED_FOR | PRESENT_BE and (
        _PRESENT_PASSIVE.search(before) is None) and (
        _AHEAD_IN_CLAUSE.search(before) is None) and not text.startswith("'s", end) and (
        _event_past(text, start))


# Verbs that report or judge rather than do: the past they give a sentence ("said he was
# confident of victory in June", "warned of a showdown in June") is the saying's, not the month's
_REPORTING = re.compile(r"\b(?:said|says|say|told|warned|announced|added|stated|noted|reported|"
                        r"claimed|predicted|insisted|argued|explained|urged|hoped|promised|"
                        r"pledged|vowed|threatened|proposed|called|expected)\b")
_PAST_STATES = frozenset("was were been had did".split())


def _event_past(text: str, start: int) -> bool:
    """Whether a past verb that tells of a deed (not a saying, not "was") stands in the sentence
    before a month, after any reporting verb: "ousted by a faction in June"."""
    sentence = text[max(0, start - 160):start]
    ends = [m.end() for m in sentence_ends(sentence)]
    sentence = sentence[ends[-1]:] if ends else sentence
    said = [m.end() for m in _REPORTING.finditer(sentence)]
    tokens = [t.lower() for t in _WORDS.findall(sentence[said[-1]:] if said else sentence)]
    return any((t in PAST_CUES or past_form(t)) and t not in _PAST_STATES | FUTURE_CUES and (
        i == 0 or tokens[i - 1] not in BEFORE_ADJECTIVE) for i, t in enumerate(tokens))


_WORDS = re.compile(r"[A-Za-z][a-z'-]*")  # (not after a determiner: "a rumoured launch in June")


_OPENING_IN = re.compile(r"(?:^|[.!?][\"'\u201d]*\s+|\n\s*)In\s+$")
_SAYS = r"(?:said|says|told|added|reported|announced)\b"  # a saying's verb, for the two below
_SAID_ASIDE = re.compile(rf",\s+(?:[\w.'-]+\s+){{1,4}}{_SAYS},")


def _stated_direction(text: str, start: int) -> str | None:
    """The direction words right before a date state outright: "last Oct. 23", "since March",
    "since the May curbs", "since his death on 25 June"."""
    if _SINCE_BEFORE.search(text, max(0, start - 70), start):
        return "past"
    return _STATED.get(word_before(text, start))


# "since March", "since the May curbs"; "since his death on 25 June", "since its historic win in
# the January polls", "Since taking office in January": an event that has happened (not after a
# sentence-initial "Since" with a subject, which can give a reason: "Since the vote is in
# January, ...")
_SINCE_BEFORE = re.compile(
    r"\b(?:[sS]ince\s+(?:the\s+)?|since\s+(?:the|his|her|its|their|a|an|he|she|it|they)\s+"
    r"(?:[a-z0-9][\w.'%-]*\s+){0,5}(?:on|in|during)\s+(?:the\s+)?"
    r"|[sS]ince\s+[a-z]+ing\s+(?:[a-z][\w'-]*\s+){0,4}(?:on|in|during)\s+(?:the\s+)?)$")


# "celebrated the New Year", "exploded on Christmas Eve": a holiday can be a verb's object
_PAST_ACT_ON_HOLIDAY = re.compile(
    r"(?:\b(?P<aux>[a-z]+)\s+)?\b(?:[a-z]+-)?(?!(?:the|in|on|during|over|for|at)\b)"
    r"(?P<verb>[a-z]{2,})\s+(?:(?:in|on|during|over|for|at)\s+)?(?:the\s+)?$")


def _past_act(text: str, start: int, pattern: re.Pattern = _PAST_ACT) -> bool:
    """Whether the date is the time of a finite past verb right before it: "rose in March"."""
    act = pattern.search(text, max(0, start - 40), start)
    return bool(act) and (act["aux"] or "") not in _NOT_FINITE_BEFORE and (
        act["verb"] not in FUTURE_CUES) and (act["verb"] in PAST_CUES or past_form(act["verb"]))


_SCHEDULED_IN = _verb_before("in")
_SCHEDULE_VERBS = SCHEDULED_PRESENT | frozenset("resume resumes expires expire".split())


def _scheduled_in(text: str, start: int) -> bool:
    """Whether a present of a schedule stands right before "in <month>": "starts in September",
    "opens in May" (not "did not start in May")."""
    act = _SCHEDULED_IN.search(text, max(0, start - 40), start)
    return act is not None and act["verb"] in _SCHEDULE_VERBS and (
        act["aux"] or "") not in _NOT_FINITE_BEFORE | _HABITUAL | {"did", "didn't", "never"}


# "a flu season that normally ends in February": what happens every year, not a date ahead
_HABITUAL = frozenset("normally usually typically generally often always traditionally".split())


def _past_act_on_the(text: str, start: int, end: int) -> bool:
    """Whether a past verb that takes part in the event the date names acts on it: "boycotted
    the January 30 election" (not "announced the January 15 vote", which may be ahead)."""
    act = _PAST_ACT_ON_THE.search(text, max(0, start - 40), start)
    noun = _NOUN_AFTER.match(text, end)
    return act is not None and act["verb"] in _TOOK_PART and (
        act["aux"] or "") not in _NOT_FINITE_BEFORE and noun is not None and not (
        _AHEAD_AFTER.match(text, noun.end()))


# "April and June 1955", "from March to May 2024", "Jan. 3 - Feb. 5, 2020": one year for both
_SHARED_YEAR = re.compile(
    rf"\s*,?\s*(?:(?:and|or|to|through|until|till)\b|[-\u2013/])\s*(?:early\s+|late\s+|mid-?)?"
    rf"(?P<mon>{MONTH})\s*(?:[0-3]?\d(?:st|nd|rd|th)?\b)?,?\s+(?P<year>(?:1[0-9]|20)\d\d)\b",
    re.IGNORECASE)


_RANGE_TO_MONTH = re.compile(  # "January to October", "Jan.-Oct." (their year is read later)
    rf"\s*(?:to|through|till|until|[-\u2013])\s*(?P<mon>{MONTH})\b(?!\s*[0-3]?\d\b)(?!,?\s+\d)",
    re.IGNORECASE)


_AND_MONTH = re.compile(rf"\s+and\s+(?P<mon>{MONTH})\b(?!\s*[0-3]?\d\b)(?!,?\s+\d)",
                        re.IGNORECASE)
_BETWEEN = re.compile(r"\bbetween\s+$", re.IGNORECASE)  # "between January and October"


def _shared_year(month: int, text: str, end: int) -> int | None:
    """The year written after the month a month is paired with (a year less when the pair
    crosses New Year: "November to February 2024")."""
    found = _SHARED_YEAR.match(text, end)
    if not found:
        return None
    second = MONTHS[found["mon"].lower().rstrip(".")]
    return int(found["year"]) - (1 if month > second else 0)


SAME_SENTENCE_REACH = 150  # characters over which a day just named dates the next one


# "the fiscal year ended June 30", "the quarter that ended on March 31": a period's past end
_ENDED_BEFORE = re.compile(r"\bended\s+(?:on\s+)?$")  # (not "will be closed Nov. 25")


_DAY_TO = re.compile(r"(?:\b\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\.?|\b[A-Z][a-z]+\.?\s+\d{1,2}"
                     r"(?:st|nd|rd|th)?)\s+(?:to|until|till|through)\s+$")
# "will run from", "will be held on", "will open in": the verb "will" governs, right before the
# date's preposition
_WILL_ACT = re.compile(r"\b(?:will|shall|'ll)\s+(?:be\s+)?[a-z]+\s+(?:from|on|in|until|till|"
                       r"through|between)\s+(?:the\s+)?$")


def _done_by_then(text: str, cand: Candidate) -> bool:
    """Whether the words around a month or month-day say what it dates has happened: "rose in
    March", "took effect on Jan. 1", "the February assassination", "boycotted the January 30
    election"; for a month also "won the elections in January", "Iran in February stopped"."""
    start, end = cand.start, cand.end
    return _past_act(text, start) or _past_act(text, start, _PAST_ACT_IDIOM) or bool(
        _ENDED_BEFORE.search(text, max(0, start - 20), start)) or (
        _HAPPENED_AFTER.match(text, end) and not _FEARED.search(text, max(0, start - 30), start)
    ) or _past_act_on_the(text, start, end) or cand.kind == "month" and (
        _past_act(text, start, _PAST_ACT_ON_OBJECT) or _past_act_after(text, start, end))


def _year_near(named: date, month: int, day: int) -> int:
    """The year in which ``month`` and ``day`` fall nearest to a day just named."""
    near = [date(y, month, min(day, 28)) for y in (named.year - 1, named.year, named.year + 1)]
    return min(near, key=lambda d: abs((d - named).days)).year


def _year_of(month: int, day: int, text: str, cand: Candidate, ctx: Context) -> int:
    """The year of a month or month-day written without one: the year of the month it is paired
    with ("April and June 1955"); a stated direction ("last Oct. 23") settles it; a past verb
    acting on the date ("rose in March") outweighs a nearer date ahead; else the tense around it
    leans, within a slack."""
    shared = _shared_year(month, text, cand.end)
    if shared is not None:
        return shared
    later = _RANGE_TO_MONTH.match(text, cand.end) or (
        _AND_MONTH.match(text, cand.end) if _BETWEEN.search(
            text, max(0, cand.start - 12), cand.start) else None)
    if later and cand.kind == "month" and ctx.narrative_year is None:
        # "from January to October" in news: the year October is in (a history's months follow
        # its story)
        second = MONTHS[later["mon"].lower().rstrip(".")]
        tense = tense_at(text, cand.start, later.end())
        return _nearest_year(second, 15, ctx, tense) - (1 if month > second else 0)
    said = _stated_direction(text, cand.start)
    if said:
        return _nearest_year(month, day, ctx, said, certain=True)
    if _done_by_then(text, cand):  # a month has begun once its first day has passed
        return _nearest_year(month, 1 if cand.kind == "month" else day, ctx, "past", firm=True)
    ref, gap = ctx.reference, ctx.position - ctx.reference_at
    if _DAY_TO.search(text, max(0, cand.start - 40), cand.start) and ref is not None and (
            ref.granularity in (G.DAY, G.TIME) and 0 <= gap <= 40):
        # "from 4th November to 22nd November", "from Dec. 30 to Jan. 3": the end of a range,
        # whatever the tense, near its start
        return _year_near(ref.start, month, day)
    if _WILL_ACT.search(text, max(0, cand.start - 40), cand.start):
        # "the examination will run from 4th November", said in December: next November, however
        # much nearer the last one is
        return _nearest_year(month, 1 if cand.kind == "month" else day, ctx, "future", firm=True)
    if cand.kind == "month" and _scheduled_in(text, cand.start):
        # "the new term starts in September", said in November: next September, however much
        # nearer the last one is
        return _nearest_year(month, 1, ctx, "future", firm=True)
    tense = tense_at(text, cand.start, cand.end)
    if tense != "future" and not ctx.story and would_before(text, cand.start):
        tense = "future"  # "said a service would take place on August 31": after the saying
    if tense is None and not ctx.story and word_before(text, cand.start) == "by":
        tense = "future"  # "90m doses by December": a deadline, still ahead
    if PUT_OFF_TO.search(text, max(0, cand.start - 40), cand.start):
        tense = "future"  # "were pushed back to June": the new date is ahead of the putting off
    if tense is None and ref is not None and ref.granularity in (G.DAY, G.TIME) and (
            0 <= gap <= SAME_SENTENCE_REACH) and next(
            sentence_ends(text[max(0, cand.start - gap):cand.start]), None) is None:
        # "ordained one bishop on April 30 and another on May 3": the year of the day just named
        return _year_near(ref.start, month, day)
    if cand.kind == "month" and tense == "past" and _past_in_month(text, cand.start, cand.end):
        return _nearest_year(month, 1, ctx, tense, firm=True)
    return _nearest_year(month, day, ctx, tense)


# ----------------------------------------------------------------------------- absolute dates


def _iso(text, cand, ctx):
    g = cand.groups
    day = date(int(g["y"]), int(g["m"]), int(g["d"]))
    if g.get("H"):
        part = f"T{g['H']}:{g['M']}" + (f":{g['S']}" if g.get("S") else "")
        return _absolute(G.TIME, day, cand, 0.98, T, part)
    return _absolute(G.DAY, day, cand, 0.98)


def _isomonth(text, cand, ctx):
    return _absolute(G.MONTH, date(int(cand.groups["y"]), int(cand.groups["m"]), 1), cand, 0.8)


def _slash(text, cand, ctx):
    """"3/14/2025" (month first, as in US news), or "14/03/2025" when the first number cannot
    be a month; "03/04/2025" is month first unless the text writes its dates day first."""
    g = cand.groups
    year = _year(g["y"], ctx.published)
    a, b = int(g["a"]), int(g["b"])
    month, day = (b, a) if a > 12 or (ctx.day_first and b <= 12) else (a, b)
    return _absolute(G.DAY, date(year, month, day), cand, 0.85 if a > 12 or b > 12 else 0.7)


def _dotted(text, cand, ctx):
    """"14.03.2025": day, month, year, as European writers dot them."""
    g = cand.groups
    return _absolute(G.DAY, date(int(g["y"]), int(g["m"]), int(g["d"])), cand, 0.85)


NINE_ELEVEN = date(2001, 9, 11)
_NINE_ELEVEN_AFTER = re.compile(r"(?:th)?,?\s+(?:2001\s+)?(?:terror(?:ist)?\s+|suicide\s+)?"
                                r"(?:attacks?|hijackings?|hijackers|strikes)\b", re.I)


def nine_eleven(text, cand, ctx):
    """"9/11" told after 2001 is the day of the attacks (before, a bare month-day, not tagged)."""
    if ctx.published is not None and ctx.published <= NINE_ELEVEN or word_before(
            text, cand.start) in ("another", "a", "an"):
        return None  # "another 9/11" is a kind of attack, not a day
    return _the_attacks(cand, 0.85)


def _the_attacks(cand: Candidate, confidence: float) -> Resolution:
    point = Point(G.DAY, NINE_ELEVEN)
    return Resolution(D, point.value, _mod(cand, D), Anchor.ABSOLUTE, confidence, point)


def _month_day(text, cand, ctx):
    g = cand.groups
    month = MONTHS[g["mon"].lower().rstrip(".")]
    day = _day_number(g["day"])
    year = _year(g.get("year"), ctx.published)
    if year is not None:
        return _with_range(_absolute(G.DAY, date(year, month, day), cand, 0.97), g)
    if g.get("yref") and ctx.reference is not None:  # "July 25 of that year"
        year = _referred_year(g["yref"], ctx)
        point = Point(G.DAY, date(year, month, day))
        return _with_range(Resolution(D, point.value, _mod(cand, D), Anchor.PREVIOUS, 0.8,
                                      point), g)
    if g.get("yrel") and ctx.published is not None:  # "Oct. 3 last year"
        year = ctx.published.year + {"last": -1, "this": 0, "next": 1}[g["yrel"].lower()]
        point = Point(G.DAY, date(year, month, day))
        return _with_range(Resolution(D, point.value, _mod(cand, D), Anchor.PUBLISHED, 0.9,
                                      point), g)
    if ctx.published is None and ctx.narrative_year is None:
        return Resolution(D, f"XXXX-{month:02d}-{day:02d}", _mod(cand, D), Anchor.UNANCHORED, 0.4)
    if (month, day) == (9, 11) and _NINE_ELEVEN_AFTER.match(text, cand.end) and (
            ctx.published is None or ctx.published > NINE_ELEVEN):
        return _the_attacks(cand, 0.9)  # "the Sept. 11 attacks": one day, whatever the year
        # the story is told in
    year = _year_of(month, day, text, cand, ctx)
    if g.get("wd"):  # "Tuesday 17 August": the year near it in which that day is a Tuesday
        fits = [y for y in (year, year - 1, year + 1) if _weekday_of(y, month, day) == (
            WEEKDAYS.get(g["wd"].lower().rstrip(".")))]
        year = fits[0] if fits else year
    point = Point(G.DAY, date(year, month, day))
    anchor = Anchor.PREVIOUS if ctx.narrative_year is not None else Anchor.PUBLISHED
    return _with_range(Resolution(D, point.value, _mod(cand, D), anchor, 0.85, point), g)


def _weekday_of(year: int, month: int, day: int) -> int | None:
    try:
        return date(year, month, day).weekday()
    except ValueError:  # 29 February
        return None


def _with_range(res: Resolution, groups: dict) -> Resolution:
    """"Nov. 18-19" read as one expression: the value is the first day, the span runs to the
    last (the tagger then writes each day as its own expression, see :func:`day_range_parts`)."""
    last = groups.get("day2")
    if not last or res.point is None or int(last) <= res.point.start.day:
        return res
    try:
        end = res.point.start.replace(day=int(last))
    except ValueError:
        return res
    span = TimeSpan(res.point.start, end, G.DAY, res.value, res.mod)
    return Resolution(res.type, res.value, res.mod, res.anchor, res.confidence, res.point, span)


_DAY_TAIL = re.compile(r"[-–]\s?([0-3]?\d)\b")
_AND_DAY = re.compile(r"\s+(?:and|or|&|to|through|until|till)\s+([0-3]?\d)(?:st|nd|rd|th)?\b"
                      r"(?:,?\s*((?:1[0-9]|20)\d\d)\b)?(?![\d.,:/-]\d|\s*(?:%|percent|pct|per\b|million|billion|thousand|"
                      r"hundred|times|points?\b|degrees|of\b|[A-Z][a-z]))")


def _day_of(res: Resolution, day: int) -> Resolution | None:
    """The same month and year as ``res`` on another day, or None when there is no such day."""
    if res.point is None or res.point.granularity is not G.DAY:
        return None
    try:
        point = Point(G.DAY, res.point.start.replace(day=day))
    except ValueError:
        return None
    return Resolution(res.type, point.value, res.mod, res.anchor, res.confidence, point)


def day_range_parts(text: str, cand: Candidate, res: Resolution
                    ) -> list[tuple[int, int, Resolution]]:
    """"April 6-7", "6-7 February", "May 4 and 5": each day its own expression, as TimeML marks
    them. Returns ``(start, end, resolution)`` for each day, or ``[]`` when ``cand`` names one."""
    g = cand.groups
    single = Resolution(res.type, res.value, res.mod, res.anchor, res.confidence, res.point)
    if g.get("day2"):  # "April 6-7": the first day, then the last
        tail = _DAY_TAIL.search(text, cand.start + len(g["mon"]), cand.end)
        other = _day_of(res, int(g["day2"]))
        if tail and other:
            return [(cand.start, tail.start(), single), (tail.start(1), cand.end, other)]
    if g.get("day0"):  # "6-7 February": the first day, then the last with its month
        other = _day_of(res, int(g["day0"]))
        if other and int(g["day0"]) < res.point.start.day:
            day_at = text.index(g["day"], cand.start + len(g["day0"]) + 1)
            return [(cand.start, cand.start + len(g["day0"]), other), (day_at, cand.end, single)]
    more = _AND_DAY.match(text, cand.end)
    if more and cand.kind == "mdy" and not g.get("year"):  # "May 4 and 5", "May 4 and 5, 1865"
        if more.group(2) and res.point is not None:  # the year written after both days
            try:
                point = Point(G.DAY, res.point.start.replace(year=int(more.group(2))))
            except ValueError:
                return []
            single = Resolution(res.type, point.value, res.mod, Anchor.ABSOLUTE, 0.95, point)
        other = _day_of(single, int(more.group(1)))
        if other and single.point is not None and other.point.start > single.point.start:
            return [(cand.start, cand.end, single), (more.start(1), more.end(), other)]
    return []


def _ordinal_day(text, cand, ctx):
    """"on the 15th": that day of the publication month (or the month before or after)."""
    day = _day_number(cand.groups["day"])
    pub = ctx.published
    if pub is None or not 1 <= day <= 31:
        return Resolution(D, f"XXXX-XX-{day:02d}", None, Anchor.UNANCHORED, 0.3)
    tense = tense_at(text, cand.start, cand.end)
    month_start = pub.replace(day=1)
    if tense == "past" and day > pub.day:
        month_start = shift(G.MONTH, month_start, -1)
    elif tense == "future" and day < pub.day:
        month_start = shift(G.MONTH, month_start, 1)
    point = Point(G.DAY, month_start.replace(day=day))
    return Resolution(D, point.value, _mod(cand, D), Anchor.PUBLISHED, 0.6, point)


def _month_year(text, cand, ctx):
    g = cand.groups
    month = MONTHS[g["mon"].lower().rstrip(".")]
    return _absolute(G.MONTH, date(_year(g["year"], ctx.published), month, 1), cand, 0.95)


def _month_rel(text, cand, ctx):
    g = cand.groups
    month = MONTHS[g["mon"].lower().rstrip(".")]
    offset = {"this": 0, "last": -1, "next": 1}[g["rel"].lower()]
    if ctx.published is None:
        return Resolution(D, f"XXXX-{month:02d}", _mod(cand, D), Anchor.UNANCHORED, 0.3)
    point = Point(G.MONTH, date(ctx.published.year + offset, month, 1))
    return Resolution(D, point.value, _mod(cand, D), Anchor.PUBLISHED, 0.9, point)


def _month(text, cand, ctx):
    g = cand.groups
    month = MONTHS[g["mon"].lower().rstrip(".")]
    rel = (g.get("rel") or "").lower()
    if g.get("yref") and ctx.reference is not None:  # "August of that year"
        point = Point(G.MONTH, date(_referred_year(g["yref"], ctx), month, 1))
        return Resolution(D, point.value, _mod(cand, D), Anchor.PREVIOUS, 0.8, point)
    if rel == "that" and ctx.reference is not None:
        point = Point(G.MONTH, date(ctx.reference.start.year, month, 1))
        return Resolution(D, point.value, _mod(cand, D), Anchor.PREVIOUS, 0.7, point)
    if rel in ("the following", "the next", "the previous") and ctx.reference is not None:
        # "settled the following March": the first March after the date just told
        ref = ctx.reference.start
        year = ref.year + (1 if month <= ref.month else 0) if rel != "the previous" else (
            ref.year - (1 if month >= ref.month else 0))
        point = Point(G.MONTH, date(year, month, 1))
        return Resolution(D, point.value, _mod(cand, D), Anchor.PREVIOUS, 0.7, point)
    pub = ctx.published
    if pub is None:
        if ctx.reference is not None and not rel:
            point = Point(G.MONTH, date(ctx.reference.start.year, month, 1))
            return Resolution(D, point.value, _mod(cand, D), Anchor.PREVIOUS, 0.6, point)
        return Resolution(D, f"XXXX-{month:02d}", _mod(cand, D), Anchor.UNANCHORED, 0.3)
    if rel == "this past":
        year = pub.year if month < pub.month else pub.year - 1
    elif rel == "last":
        # the latest such month, or the one a year before when that is this month or the last
        # ("last February" on March 1 is a year back: the month just ended is "last month")
        year = pub.year if month <= pub.month else pub.year - 1
        if (pub.month - month) % 12 <= 1 and word_before(text, cand.start) not in _PERIOD_END:
            year -= 1  # (but "the 12 months to last March" in April ended with it)
    elif rel in ("next", "this coming"):
        year = pub.year if month > pub.month else pub.year + 1
    elif rel == "this":
        year = pub.year
    else:
        year = _year_of(month, 15, text, cand, ctx)
    point = Point(G.MONTH, date(year, month, 1))
    anchor = Anchor.PREVIOUS if ctx.narrative_year is not None and not rel else Anchor.PUBLISHED
    return Resolution(D, point.value, _mod(cand, D), anchor, 0.8, point)


_PERIOD_END = frozenset("to ended ending".split())


# "would" up to eight words back, quoted words included ('would hire "selectively" in'), but not
# across a clause ("it would become a fight because observers late Wednesday were predicting")
_WOULD = re.compile(r"\bwould\b(?:\s+(?!(?:because|while|when|since|but|although|though|that|"
                    r"where|who|which)\b)[\"\u201c]?[\w'-]+[\"\u201d]?){0,8}\s+(?:on\s+)?$",
                    re.IGNORECASE)


def would_before(text: str, start: int) -> bool:
    """Whether "would" comes shortly before ``start`` ("said he would meet Bush on Thursday"):
    in news, a time ahead of the saying."""
    return bool(_WOULD.search(text, max(0, start - 70), start))
_WOULD_AFTER = re.compile(  # (not "on Monday, said talks would resume": the saying's "would")
    rf",\s+(?!(?:\w+\s+){{0,2}}{_SAYS})(?:\w+\s+){{1,3}}would\b")


_WEEK_AFTER = re.compile(
    r"(?:\s*(?:,|and|or|to|through|-)\s*(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day)*"
    r",?\s+(?P<rel>last|next|this) week\b", re.IGNORECASE)
_PAIRED_WEEKDAY = re.compile(
    r"\b(?P<wd>(?:mon|tues|wednes|thurs|fri|satur|sun)day)(?:\s+(?P<link>and|or|to|through|till|until|-)|,)"
    r"\s+(?:on\s+)?$", re.IGNORECASE)


def _weekday(text, cand, ctx):
    g = cand.groups
    weekday = WEEKDAYS[g["wd"].lower()]
    part = g.get("part")
    suffix = f"T{DAY_PARTS[part.lower()]}" if part else ""
    if g.get("plural") or g.get("plural2"):
        return Resolution(SET, f"XXXX-WXX-{weekday + 1}{suffix}", None, Anchor.NONE, 0.7)
    rel = (g.get("rel") or "").lower()
    pub = ctx.published
    kind = T if part else D
    mod = {"early": "START", "late": "END"}.get(rel) or _mod(cand, kind)
    ref = ctx.reference
    if rel in ("the previous", "the following"):  # the one before or after the day just named
        base = ref.start if ref is not None and ref.granularity in (G.DAY, G.TIME) else pub
        if base is None:
            return Resolution(kind, f"XXXX-WXX-{weekday + 1}{suffix}", mod, Anchor.UNANCHORED,
                              0.3)
        if rel == "the previous":
            day = base - timedelta(days=(base.weekday() - weekday) % 7 or 7)
        else:
            day = base + timedelta(days=(weekday - base.weekday()) % 7 or 7)
        point = Point(G.TIME if part else G.DAY, day, part=suffix or None)
        return Resolution(kind, point.value, mod, Anchor.PREVIOUS, 0.6, point)
    if ref is not None and ref.granularity in (G.DAY, G.TIME) and (
            (ctx.narrative and ctx.narrative_year is not None) or pub is None):
        # a story told day by day: "Monday" is the next Monday from the day just mentioned
        day = ref.start + timedelta(days=(weekday - ref.start.weekday()) % 7)
        point = Point(G.TIME if part else G.DAY, day, part=suffix or None)
        return Resolution(kind, point.value, mod, Anchor.PREVIOUS, 0.6, point)
    paired = _PAIRED_WEEKDAY.search(text, max(0, cand.start - 30), cand.start)
    if not rel and paired and ref is not None and ref.granularity in (G.DAY, G.TIME) and (
            ref.start.weekday() == WEEKDAYS[paired["wd"].lower()]) and (
            pub is None or weekday != pub.weekday()):  # (the publication day is itself)
        # "on Tuesday and Wednesday", "Monday or Tuesday", "made Friday and Thursday": the one
        # nearest the first; "from Friday to Monday": the next one after it
        step = (weekday - ref.start.weekday()) % 7 or 7
        between = text[max(0, paired.start() - 9):paired.start()].lower().endswith("between ")
        if step > 3 and (paired["link"] or ",").lower() in ("and", "or", ",") and not between:
            step -= 7
        day = ref.start + timedelta(days=step)
        point = Point(G.TIME if part else G.DAY, day, part=suffix or None)
        return Resolution(kind, point.value, mod, Anchor.PUBLISHED, 0.8, point)
    if pub is None:
        return Resolution(kind, f"XXXX-WXX-{weekday + 1}{suffix}", mod, Anchor.UNANCHORED, 0.3)
    week = _WEEK_AFTER.match(text, cand.end)
    if week and not rel:  # "on Wednesday to Friday last week": the days of that week
        step = {"last": -1, "next": 1}.get(week["rel"].lower(), 0)
        day = pub + timedelta(days=weekday - pub.weekday() + 7 * step)
        point = Point(G.TIME if part else G.DAY, day, part=suffix or None)
        return Resolution(kind, point.value, mod, Anchor.PUBLISHED, 0.8, point)
    delta = weekday - pub.weekday()
    if rel in ("last", "this past"):
        day = pub + timedelta(days=delta if delta < 0 else delta - 7)
    elif rel in ("next", "this coming"):
        day = pub + timedelta(days=delta if delta > 0 else delta + 7)
    elif delta == 0:
        day = pub
    else:
        # "the deal clinched on Tuesday": a past verb acting on the day outweighs a "will" further
        # off
        tense = "past" if _past_act(text, cand.start) else tense_at(text, cand.start, cand.end)
        if tense != "future" and not ctx.story and (
                would_before(text, cand.start)
                or tense is None and _WOULD_AFTER.match(text, cand.end)):
            tense = "future"  # "said he would meet Bush on Thursday", "On Thursday, Democrats
            # would elect their leaders": ahead of the saying
        if rel == "this" and tense is None:
            tense = "future" if delta > 0 else "past"
        named_again = weekday in ctx.weekdays and (
            tense is None or word_before(text, cand.start) == "the")
        if named_again:  # "Sunday's race", "after the Monday talks" again: the day it was
            day = ctx.weekdays[weekday]
        elif tense == "future":
            day = pub + timedelta(days=delta if delta > 0 else delta + 7)
        else:
            day = pub + timedelta(days=delta if delta < 0 else delta - 7)
        if tense is not None:
            ctx.weekdays.setdefault(weekday, day)
    point = Point(G.TIME if part else G.DAY, day, part=suffix or None)
    return Resolution(kind, point.value, mod, Anchor.PUBLISHED, 0.8, point)


def _bare_year(text, cand, ctx):
    year = int(cand.groups["year"])
    return _absolute(G.YEAR, date(year, 1, 1), cand, 0.7)


def _era(text, cand, ctx):
    """"480 BC" -> BC0480, "April 480 BC" -> BC0480-04, "the autumn of 481 BC" -> BC0481-FA
    (no calendar interval: dates before year 1 have none here)."""
    g = cand.groups
    year = int(g.get("year1") or g["year2"])
    era = (g.get("era") or "AD").upper().replace(".", "")
    if era.startswith("B"):
        month = MONTHS[g["mon"].lower().rstrip(".")] if g.get("mon") else None
        season = SEASONS[g["season"].lower()] if g.get("season") else None
        mod = {"early": "START", "mid": "MID", "late": "END"}.get((g.get("srel") or "").lower())
        value = f"BC{year:04d}" + (f"-{month:02d}" if month else f"-{season}" if season else "")
        return Resolution(D, value, mod or _mod(cand, D), Anchor.ABSOLUTE, 0.9)
    if year < 1:
        return None
    return _year_or_part(year, cand, 0.9)


def _year_or_part(year: int, cand: Candidate, confidence: float) -> Resolution:
    """The year, or the month or season of it that precedes it ("January nineteen ninety-seven",
    "the winter of nineteen ninety-four")."""
    g = cand.groups
    if g.get("mon"):
        return _absolute(G.MONTH, date(year, MONTHS[g["mon"].lower().rstrip(".")], 1), cand,
                         confidence)
    if g.get("season"):
        season = SEASONS[g["season"].lower()]
        mod = {"early": "START", "mid": "MID", "late": "END"}.get((g.get("srel") or "").lower())
        point = Point(G.SEASON, date(year, SEASON_START[season], 1), season=season)
        return Resolution(D, point.value, mod or _mod(cand, D), Anchor.ABSOLUTE, confidence,
                          point)
    return _absolute(G.YEAR, date(year, 1, 1), cand, confidence)


def range_end_year(year: int, written: str) -> int | None:
    """The last year of "1861-1865", "1939-45" or "2007-08", or None when it is no range.

    Two digits that could be a month ("2001-09") are a month unless they name the next year
    (a season or fiscal year that straddles two: "2007-08").
    """
    end = int(written)
    if len(written) == 2:
        end += year - year % 100
        if end <= year or end - year > 20 or (int(written) <= 12 and end != year + 1):
            return None
    return end if 0 < end - year <= 200 else None


_SEASON_OF_YEARS = re.compile(r"\s+(?:season|campaign|(?:financial|fiscal|school|academic|tax|"
                              r"budget|crop|marketing) year)\b", re.I)


def year_range_parts(text, cand, ctx) -> list[tuple[int, int, Resolution]]:
    """"1861-1865", "1939-45", "499-493 BC": each year its own expression, as TimeML marks them.

    Returns ``(start, end, resolution)`` for each year, offsets into ``text``.
    """
    g = cand.groups
    first, written = int(g["year"]), g["y2"]
    second_at = cand.start + text[cand.start:cand.end].index(written, len(g["year"]))
    if cand.kind == "erarange":
        last = int(written)
        bc = g["era"].upper().startswith("B")
        backwards = last < first  # years before Christ count down
        if not (0 < first <= 9999 and 0 < last <= 9999) or backwards != bc or last == first:
            return []
        values = [(cand.start, cand.start + len(g["year"]), first), (second_at, cand.end, last)]
        return [(a, b, Resolution(D, f"BC{y:04d}", None, Anchor.ABSOLUTE, 0.9) if bc else
                 _absolute(G.YEAR, date(y, 1, 1), cand, 0.9)) for a, b, y in values]
    last = range_end_year(first, written)
    if last is None:
        return []
    season = _SEASON_OF_YEARS.match(text, cand.end)
    if len(written) == 2 and last == first + 1 and (season or text[cand.end - 3] == "/"):
        # "the 2009-10 season", "the 2021/22 financial year": one season across two calendar
        # years, told by the year it starts in
        before = text[max(0, cand.start - 4):cand.start].lower()
        start = cand.start - 4 if before == "the " and season else cand.start
        end = season.end() if season else cand.end
        return [(start, end, _absolute(G.YEAR, date(first, 1, 1), cand, 0.8))]
    return [(cand.start, cand.start + len(g["year"]), _absolute(G.YEAR, date(first, 1, 1), cand,
                                                               0.9)),
            (second_at, second_at + len(written), _absolute(G.YEAR, date(last, 1, 1), cand,
                                                             0.9 if len(written) == 4 else 0.8))]


def _fiscal(text, cand, ctx):
    return _absolute(G.YEAR, date(_year(cand.groups["year"], ctx.published), 1, 1), cand, 0.85)


def _word_year(text, cand, ctx):
    g = cand.groups
    if g.get("tt"):
        year = 2000 + int(number(g["ty"]) or 0) if g.get("ty") else 2000
    else:
        century = 1900 if g["c"].lower() == "nineteen" else 1800
        rest = g["yy"].lower()
        rest = re.sub(r"^o[\s-]", "", rest)
        year = century if rest == "hundred" else century + int(number(rest) or 0)
    return _year_or_part(year, cand, 0.8)


_DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
                 "seventies": 7, "eighties": 8, "nineties": 9}


def _decade(text, cand, ctx):
    g = cand.groups
    if g.get("cent"):
        year = int(g["cent"]) * 100 + int(g["d"]) * 10
    else:
        digit = int(g["d2"]) if g.get("d2") else _DECADE_WORDS[g["word"].lower()]
        base = ctx.published.year if ctx.published else 2000
        year = 1900 + digit * 10
        if year + 100 <= base:
            year += 100
    return _absolute(G.DECADE, date(year, 1, 1), cand, 0.85)


def _century(text, cand, ctx):
    n = _day_number(cand.groups["n"])
    if cand.groups.get("era"):  # "the 5th century BC": 500-401 BC
        return Resolution(D, f"BC{n - 1:02d}", _mod(cand, D), Anchor.ABSOLUTE, 0.85)
    return _absolute(G.CENTURY, date(max(1, (n - 1) * 100), 1, 1), cand, 0.85)


def _short_year(text, cand, ctx):
    """"in 480": a three-digit year, in a text that counts years before Christ (or after)."""
    year = int(cand.groups["year"])
    if ctx.era == "BC":
        return Resolution(D, f"BC{year:04d}", _mod(cand, D), Anchor.PREVIOUS, 0.6)
    return _absolute(G.YEAR, date(year, 1, 1), cand, 0.6)
