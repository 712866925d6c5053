"""Anchoring: which way a relative expression points (tense) and what it is relative to.

News reports mostly tell what has happened: a bare "Friday" in "the minister said Friday" is the
last Friday before the publication date, while "will meet Friday" is the next one. The tense is
read from the nearest cue word around the expression, within its sentence.

Relative expressions are resolved against the publication date, as TimeML does, except:

- anaphora ("that day", "the following week", "a day later") take the last date mentioned;
- in a *story* -- a long text most of whose years lie well before its publication and which
  hardly names a weekday, such as a history of a war -- month-days, months and seasons take the
  year the story has reached, not the publication year (and, read as a narrative, weekdays the
  day it has reached);
- financial comparisons ("a year ago") after a fiscal quarter take that quarter a year back.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date

from ..model import Granularity
from ..text import is_abbreviation
from .normalize import RANK, Point
from .words import (
    AMBIGUOUS_PASTS,
    DEFERRED_VERBS,
    FUTURE_CUES,
    PAST_CUES,
    PRESENT_BE,
    SCHEDULED_PRESENT,
    TIME_ZONE,
)

__all__ = ["Context", "sentence_ends", "tense_at"]

STORY_REACH = 10_000  # characters over which a year written out still sets the story's year
LOCAL_REACH = 300  # characters over which a past year just written out dates "on April 9"
PAST_YEARS = 4  # how far back a year must lie to date what follows (news names recent years)
STORY_MIN_CHARS = 5_000  # a history is longer than a news report (WikiWars: 7,800 and up) ...
STORY_MAX_NEWS_DAYS = 1  # ... and names no weekdays, "this week" or "yesterday" (news that
# recalls history: most name some)
QUARTER_REACH = 400  # characters over which "a year ago" compares with the quarter just named

_TOKEN = re.compile(r"[A-Za-z'](?:[A-Za-z'-]*[A-Za-z])?")  # "lower-than-expected" is one word
# a full stop before a capital ends a sentence, but not "9:30 a.m. ET on Monday"
_SENTENCE_END = re.compile(
    rf"[.!?][\"'”’)]*\s+(?=[A-Z\"'`“‘(])(?!{TIME_ZONE}\b)|\n")
# "at 9 a.m. Wednesday", "at 5 p.m. March 9": the day of the time, not a new sentence
_DAY_AFTER_TIME = re.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|(?:Jan|Feb|Mar|Apr|May|"
                             r"Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d")
_EVENT_FOR = re.compile(r"\b(?:meeting|vote|hearing|session|rally|ceremony|summit|game|match|"
                        r"appointment|conference|briefing|election|referendum|deadline)\s+(?:(?:set|"
                        r"scheduled|planned|slated|called)\s+)?for\s+(?:\d{1,2}(?:[:.]\d\d)?\s*"
                        r"(?:[ap]\.?m\.?)?\s+)?$", re.IGNORECASE)
# "were pushed back to June", "has been reset to 1:52 a.m. EDT Sunday": the new date is ahead of
# the putting off
PUT_OFF_TO = re.compile(rf"\b(?:{'|'.join(sorted(DEFERRED_VERBS))})\s+(?:back\s+|off\s+)?"
                        r"(?:to|until|till)\s+(?:\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?)?\s*"
                        r"(?:[A-Z]{2,4}\s+)?)?$")
# "canceled classes through Thursday", "more rain through Sunday": a stretch that runs to a day
# still ahead (not "the market rallied through Friday")
_THROUGH = re.compile(r"(?:\b(?P<verb>[a-z]+)\s+)?\b(?:through|thru)\s+$", re.IGNORECASE)
_EARLIEST = re.compile(r"\bas (?:soon|early) as\s+(?:on\s+)?$", re.IGNORECASE)
# "the vote is on Friday" (not "today is Sunday", "it is Sunday": a day named, not assigned)
_IS_ON = re.compile(r"(?<!\b[iI]t )(?<!\b[tT]oday )\b(?:is|are)\s+(?:at\s+(?:about\s+|around\s+)?"
                    r"(?:\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?)?|noon|midnight)\s+)?(?:on\s+)?$")
_PROSPECTIVE = frozenset(
    "planning going due scheduled expected expecting set slated poised".split())
_PLAN_OBJECTS = frozenset("to a an the for".split())
_QUOTE_END = re.compile(r"''|\u201d|\"")
_ASIDE = re.compile(r",\s+(?:(?:saying|adding|noting|warning|claiming|insisting|explaining|"
                    r"stressing|arguing)\b|(?:\w+\s+){0,2}(?:said|says|told|reported|added)\b)")
_THAT = re.compile(r"\s*,?\s*that\b")
# "On Thursday, Ozawa, who heads the party, ...": a relative clause tells of its noun
_RELATIVE_OPEN = re.compile(r",\s+(?:(?:with|to|for|from|by|of)\s+)?(?:which|who|whom)\s")
_APPOSITIVE = re.compile(r",\s+(?:[a-z]+ly\s+)?(?:[a-z]{3,}ed|set|held|made|built|shut|cut|put|won|"
                         r"lost|seen|given|taken|known|told|sold|paid|kept|left|brought|struck|"
                         r"found|led|met|sent|spent|hit|begun|run)\s")  # ", reached in the early
# hours", ", originally set for 2:14 a.m. Saturday,"
_RELATIVE_CLAUSE = re.compile(r",\s+(?:which|who)\s[^,]*,")
_AND_WHETHER = re.compile(r"\s(?:and|but)\s+(?:whether|if)\b")  # "... on Sunday and whether he
# can play will be known today": a question of its own
# "But at 10 a.m. Saturday, 26 months after the visitors filed out, the doors will open": a date
# that opens its sentence, before a comma, takes the main clause's tense (not the aside's)
_FRONTED = re.compile(r"\s*(?:(?:and|but|so)\s+)?(?:(?:on|at|by|early|late)\s+)?"
                      r"\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?)\s*", re.I)
_CLAUSE_OPENS = re.compile(r"\b(?:and|but)\s+(?:(?:on|in|at|by|during|early|late)\s+)?$")
# "by autumn and Baxter has said": a new subject (not "Friday and Saturday", "May and June")
_AND_SUBJECT = re.compile(r"\s(?:and|but)\s+(?=[A-Z][a-z])(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|"
                          r"Sun)day|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)")
# "began at midnight on Sunday and will last 48 hours": a second predicate, with its own tense
_AND_AUXILIARY = re.compile(r"\s(?:and|but)\s+(?:will|would|is|are|has|have|was|were|had|may|"
                            r"might|could|should|can|said|says|told|added|warned|noted|stressed|"
                            r"cautioned|insisted)\b")  # (and "... in January and said she
# hopes", "... through the fall, but warned that": a saying, a predicate of its own)
_SINCE_CLAUSE = re.compile(r"\b[sS]ince\s+(?:he|she|it|they|we|I|the|his|her|its|their)\b[^,;.]*$")
_SINCE = re.compile(r"\b(?:since|ever since)\s+(?:the\s+)?$", re.IGNORECASE)
_BE_AHEAD = frozenset({"will", "shall", "to"})
_GO = frozenset({"go", "goes", "went", "going", "gone", "press", "pressed", "pressing"})
_PAST_VERB = re.compile(r"^[a-z]{3,}ed$")
_NOT_PAST = frozenset({"need", "speed", "seed", "feed", "indeed", "proceed", "succeed", "exceed",
                       "red", "bed", "shed", "weed", "breed", "bleed", "greed", "embed"})


def sentence_ends(text: str) -> Iterator[re.Match]:
    """The sentence ends of ``text``: not the full stop of "Roe vs. Wade" or "Dr. Slepian", but
    that of "at 10 p.m. The next day" (a time zone after it is handled by the pattern)."""
    for match in _SENTENCE_END.finditer(text):
        clock = text.endswith(("a.m", "p.m"), 0, match.start())
        if clock and _DAY_AFTER_TIME.match(text, match.end()):
            continue
        if match.group() == "\n" or clock or not is_abbreviation(text, match.start()):
            yield match


def _cue(token: str) -> str | None:
    word = token.lower()
    if word in FUTURE_CUES:
        return "future"
    if word in PAST_CUES:
        return "past"
    return None


def past_form(word: str) -> bool:
    """Whether a lower-case word looks like a past tense or participle ("rallied", not "need")."""
    return bool(_PAST_VERB.match(word)) and word not in _NOT_PAST


def _ed_cue(token: str) -> str | None:
    if past_form(token.lower()) and not token[0].isupper():
        return "past"
    return None


def in_headline(text: str, start: int) -> bool:
    """Whether ``start`` lies in a line written in title case ("Talks To Resume Next Week"), where
    capitals say nothing about names."""
    low = max(0, start - HEADLINE_REACH)
    first = text.rfind("\n", low, start) + 1
    if first == 0 and low > 0:
        return False  # a line this long is no headline (and the search stays local)
    last = text.find("\n", start, start + HEADLINE_REACH)
    if last < 0 and start + HEADLINE_REACH < len(text):
        return False
    line = text[first:last if last >= 0 else len(text)].strip()
    words = _WORD.findall(line)
    if len(words) < 3 or line.endswith("."):
        return False
    return sum(w[0].isupper() for w in words) >= 0.75 * len(words)


_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")
HEADLINE_REACH = 200  # characters: a headline is a short line
_HEADLINE_AHEAD = re.compile(r"\b(?:to|will|set to|plans?|expected)\b", re.IGNORECASE)


def tense_at(text: str, start: int, end: int) -> str | None:
    """``"past"``, ``"future"`` or None: the nearest tense cue around ``text[start:end]``.

    >>> s = "The minister will visit Paris on Friday."
    >>> tense_at(s, s.index("Friday"), s.index("Friday") + 6)
    'future'
    >>> s = "The minister visited Paris on Friday."
    >>> tense_at(s, s.index("Friday"), s.index("Friday") + 6)
    'past'
    """
    left_edge = max(0, start - 120)
    left = text[left_edge:start]
    if _IS_ON.search(left, max(0, len(left) - 40)):  # (anchored at the end: read its tail)
        return "future"  # "the vote is on Friday": a date the present assigns is still ahead
    tail = max(0, len(left) - 60)  # (the patterns below end where the date starts)
    through = _THROUGH.search(left, tail)
    if _EARLIEST.search(left) or _EVENT_FOR.search(left, tail) or PUT_OFF_TO.search(
            left, tail) or (through and not past_form((through["verb"] or "").lower())):
        return "future"  # "as soon as Tuesday", "as early as next week": a date not yet reached;
        # "has called a meeting for 7 p.m. Tuesday": the date an event is set for
    if _SINCE.search(left) or _SINCE_CLAUSE.search(left):
        return "past"  # "on patrol since March", "since he took over on July 31", whatever
        # the plans that follow
    ends = [m.end() for m in sentence_ends(left)]
    if ends:
        left = left[ends[-1]:]
    if (_CLAUSE_OPENS.search(left) or _FRONTED.fullmatch(left)) and text.startswith(",", end):
        main = _main_clause_tense(text, end)  # "... to be extended, and on Sunday, the group
        if main:  # gave": the clause the date opens, not the one before "and"
            return main
    right = text[end:end + 80]
    stop = next(sentence_ends(right), None)
    if stop:
        right = right[:stop.start()]
    quote = _QUOTE_END.search(right)
    if quote:  # "... this summer,'' said Rice": the reporting verb is not the quote's tense
        right = right[:quote.start()]
    relative = _RELATIVE_OPEN.search(left) or _APPOSITIVE.search(left)
    if relative and "," not in left[relative.end():]:  # "TDH, which evacuated staff Sunday, has
        right = right.split(",", 1)[0]  # suspended operations until January", "The deal,
        # reached early on Sunday, ends ...": the clause ends at its comma
    possessive = text.startswith(("'s", "\u2019s"), end)  # "Saturday's concert, which will be
    # broadcast": the clause tells of the dated event itself
    aside = _ASIDE.search(right) or _AND_WHETHER.search(right) or (
        None if possessive else _RELATIVE_OPEN.search(right)) or _AND_SUBJECT.search(right) or (
        _AND_AUXILIARY.search(right))
    # "... by autumn and Baxter has said ...": a new clause; "a new cabinet on Sunday, which
    # faces ...": a clause about the noun
    if aside:  # "rebuffed it on Tuesday, saying inspectors will not visit": another clause
        right = right[:aside.start()]
    ahead_of = _AHEAD_OF.search(right)
    if ahead_of:  # "declared an emergency Tuesday night ahead of the storm": what the date came
        right = right[:ahead_of.start()]  # before tells nothing of the date's own tense
    if _THAT.match(right):  # "said in Jayapura Wednesday that the army will ...": the date is
        right = ""  # the saying's
    before = _TOKEN.findall(left)[-12:]
    after = _TOKEN.findall(right)  # read the first six; the rest only as their context
    auxiliary = [t.lower() for t in before[:-1] if not t.lower().endswith("ly")][-1:]
    governing = before and _VERB_ON_DATE.search(left, max(0, len(left) - 30))
    if governing and past_form(before[-1]) and before[-1] not in FUTURE_CUES and not (
            set(auxiliary) & _PARTICIPLE_AFTER):
        return "past"  # "the agency conceded Tuesday": the verb that governs the date, however
        # far a cue reaches ("will not carry traffic until mid-2018, ... conceded Tuesday")
    reach = min(len(after), 6)
    # Alternate outwards: nearest word first, left side winning ties (the verb usually precedes);
    # cue words first, and only then the weaker "-ed" ending ("preferred shares" is no verb).
    for cue in (_cue, _ed_cue):
        for distance in range(max(len(before) - 1, reach)):
            if distance < len(before) - 1:
                found = _in_context(cue, before, len(before) - 1 - distance)
                if found:
                    return found
            if distance < reach:
                found = _in_context(cue, after, distance, before_date=False)
                if found:
                    return found
    if in_headline(text, start):  # "Port Reopens On Monday": a headline's present is past news;
        line = text[text.rfind("\n", 0, start) + 1:start]  # "Port To Reopen On Monday" is ahead
        return "future" if _HEADLINE_AHEAD.search(line) else "past"
    if len(before) <= 2:  # "In January, a week after the anniversary, a bombing killed ...":
        return _main_clause_tense(text, end)  # a date put first is read with the main verb
    if _BY_DEADLINE.search(left, max(0, len(left) - 30)):
        return "future"  # "power back for 90 percent of customers by 11 p.m. Wednesday": a
        # deadline, with no tense nearer, is still ahead
    return None


def _main_clause_tense(text: str, end: int) -> str | None:
    """The first tense cue of the rest of the sentence after ``end``."""
    rest = text[end:end + 300]
    stop = next(sentence_ends(rest), None)
    rest = rest[:stop.start()] if stop else rest
    # "On Thursday, Ozawa, who heads the opposition, promised ...": the main verb, not the aside
    tokens = _TOKEN.findall(_RELATIVE_CLAUSE.sub(",", rest))
    for cue in (_cue, _ed_cue):
        for i in range(len(tokens)):
            found = _in_context(cue, tokens, i)
            if found:
                return found
    return None


def _in_context(cue, tokens: list[str], i: int, before_date: bool = True) -> str | None:
    """The tense ``tokens[i]`` cues, read with the word before it: a participle after "is",
    "are" or "be" is a present or future passive ("elections are held on July 20"), and "is to"
    or "are to" speaks of what is planned ("he is to visit Taiwan Wednesday"); a plan after "had"
    ("had been due to expire") lies in the past."""
    found = cue(tokens[i])
    previous = tokens[i - 1].lower() if i > 0 else ""
    if found == "future" and tokens[i].lower() == "planned" and (
            i + 1 >= len(tokens) or tokens[i + 1].lower() not in _PLAN_OBJECTS):
        return None  # "as (previously) planned" looks back; "planned to leave" looks ahead
    if found == "future" and tokens[i].lower() == "set" and (
            i + 1 >= len(tokens) or tokens[i + 1].lower() not in ("to", "for")):
        return None  # "the record high set on Aug. 6": not "set to expire", "set for May"
    if found == "future" and tokens[i].lower() in ("plan", "plans") and (
            i + 1 >= len(tokens) or tokens[i + 1].lower() != "to"):
        return None  # "plans to sign" looks ahead; "over his plans for the exchange" does not
    if found == "future" and tokens[i].lower() in SCHEDULED_PRESENT and (
            previous in _DETERMINERS or i > 1 and tokens[i - 2].lower() in _DETERMINERS
            and tokens[i - 1][:1].isupper() or previous.endswith(("'s", "\u2019s"))):
        return None  # "told his French hosts Tuesday", "her baby's face", "Sunday's play": a
        # noun (not "al-Hakim hosts Bush Monday")
    if found == "future" and tokens[i].lower() in _NOUN_OR_VERB and (
            previous in _BARE_BEFORE or tokens[i][:1].isupper()):
        return None  # "the first group to face the job market", "Saturday Play": an infinitive
        # or a name, not a schedule ("Parma host Inter on Wednesday")
    if found is None and tokens[i].lower() in _SCHEDULE_PHRASES and (
            _SCHEDULE_PHRASES[tokens[i].lower()] & {tokens[i + 1].lower() if i + 1 < len(
                tokens) else "", "*"}) and previous not in _DETERMINERS and previous != "to" and (
            previous not in _BE or tokens[i].lower() != "open"):
        return "future"  # "voters head to the polls on Sunday", "leaders meet in Brussels on
        # Thursday", "the law takes effect in January" (not "the head of state", "difficult to
        # meet demand")
    if found == "future" and tokens[i].lower() == "going" and (
            i + 1 >= len(tokens) or tokens[i + 1].lower() != "to"):
        return None  # "going to sign" looks ahead; "going into the winter", "going well" do not
    if found == "future" and tokens[i].lower() in ("hope", "hopes", "will") and (
            previous in _DETERMINERS) and (tokens[i].lower() != "will" or i + 1 >= len(tokens)
                                           or tokens[i + 1].lower() in _AFTER_WILL_NOUN):
        return None  # "in the hope of understanding", "the will of the people": nouns (not
        # "the 62 will be read", whose number the tokens leave out)
    if found == "future" and tokens[i].lower() == "due" and not _due_ahead(tokens, i):
        return None  # "stopped working due to power failure": a cause, not a schedule
    if found == "future" and tokens[i].lower() == "ahead" and (
            previous in _GO or i + 1 >= len(tokens) or tokens[i + 1].lower() != "of"):
        return None  # "ahead of Sunday's vote"; not "decided on Friday to go ahead with the
        # programme", "Labour steady at 16 points ahead"
    if found == "past" and previous == "to":
        return None  # "destined to hit us this winter": an infinitive, not a past
    if found == "past" and cue is _ed_cue and previous in _ADJECTIVE_AFTER - {"to"}:
        return None  # "the mutated form could spread", "90 percent of affected customers by
        # Wednesday": an adjective, not a verb
    if found == "past" and previous.endswith("ly") and i > 1 and (
            tokens[i - 2].lower() in _ADJECTIVE_AFTER):
        return None  # "sales of newly built homes for July on Friday": an adjective
    if found == "past":
        aux = i - 1  # where the participle's auxiliary would stand
        if previous in ("and", "or") and i > 1 and past_form(tokens[i - 2].lower()):
            aux = i - 3  # "will be presented and played on Friday": the first one's auxiliary
        if aux > 0 and tokens[aux].lower().endswith("ly"):  # "are virtually deserted"
            aux -= 1
        auxiliary = tokens[aux].lower() if aux >= 0 else ""
        if auxiliary in PRESENT_BE:
            if auxiliary == "be" and aux > 0 and tokens[aux - 1].lower() in _BE_AHEAD:
                return "future"  # "will be presented on Friday", "is to be signed Monday"
            return None
    if found == "past" and tokens[i].lower() in ("was", "were") and i + 1 < len(tokens) and (
            tokens[i + 1].lower() in _PROSPECTIVE) and (
            tokens[i + 1].lower() != "set" or tokens[i + 2:i + 3] in (["to"], ["for"])):
        return "future"  # "were planning to drive", "was due to arrive": a plan, still ahead
        # (not "a plan was set in action on Sunday")
    if found == "future" and tokens[i].lower() == "until" and _lasted(tokens[max(0, i - 10):i]):
        return None  # "has been kept secret until Tuesday": a state that lasted, not a plan
    if found == "future" and "had" in (t.lower() for t in tokens[max(0, i - 4):i]):
        return "past"  # "it had been due to expire Friday": a plan seen from the past
    if tokens[i].lower() in _FORECAST and i + 1 < len(tokens) and tokens[i + 1].lower() in (
            "for", "to") and not (tokens[i].lower() == "forecast" and _DETERMINERS.intersection(
                t.lower() for t in tokens[max(0, i - 2):i])):
        return "future"  # "an outbreak predicted for the autumn", "destined to hit us" (not
        # "raised its revenue forecast for the year": a noun)
    if found is None and tokens[i].lower() == "to" and previous in ("is", "are"):
        return "future"
    if found is None and before_date and tokens[i].lower() in ("could", "might", "should") and (
            i + 1 < len(tokens) and tokens[i + 1].lower() not in _NOT_AHEAD_AFTER_MODAL):
        return "future"  # "the party could lose its majority in Sunday's vote", "sales should
        # recover in the second half" (not "could not
        # attend on Sunday", "might have seen", nor a modal after the date: "shops on Monday
        # to buy whatever they could")
    if found is None and tokens[i].lower() in AMBIGUOUS_PASTS and i > 0:
        subject = tokens[i - 2].lower() if previous.endswith("ly") and i > 1 else previous
        if subject in ("who", "which"):
            return "past"  # "Prodi, who narrowly beat Berlusconi in April": not "who beats"
    return found


_BY_DEADLINE = re.compile(r"\bby\s+(?:\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?)?\s+)?$")
_VERB_ON_DATE = re.compile(r"\b[a-z]{4,}ed\s+(?:on\s+)?$")  # "conceded Tuesday", "announced on"
# words before a participle that make it no finite past: "will be released", "stay closed",
# "a crowded June"
_PARTICIPLE_AFTER = frozenset(
    "be been being is are am was were will would could should may might must can to and or "
    "stay stays stayed remain remains remained keep keeps kept get gets got become becomes "
    "the a an his her its their our my your this that these those of for with in on from by"
    .split())
_AFTER_WILL_NOUN = frozenset("of to and or is was has".split())
_NOT_AHEAD_AFTER_MODAL = frozenset("not n't have never only hardly barely also be".split())
_NOUN_OR_VERB = frozenset("host play face".split())
# "to face", "couldn't play": an infinitive, which tells no schedule of its own
_BARE_BEFORE = frozenset("to can could couldn't cannot can't did didn't not would wouldn't may "
                         "might must should".split())
_AHEAD_OF = re.compile(r"\b(?:ahead|in advance) of\b", re.I)
_BE = frozenset("is are was were be being been 's am".split())
_EFFECT = frozenset("effect office place power".split())
_ANY = frozenset(["*"])  # any next word
_SCHEDULE_PHRASES = {  # presents that tell a schedule by the word after them
    "head": frozenset("to into for back home".split()),
    "meet": frozenset("in on at with separately again later".split()),
    "takes": _EFFECT, "take": _EFFECT,  # "the law takes effect in January"
    "open": frozenset("at on".split()),  # "doors open at 7 p.m. on Friday"
    "await": _ANY, "awaits": _ANY, "awaiting": _ANY,  # "Iraq await them in Friday's final"
}
_DETERMINERS = frozenset("the a an his her its their our my your whose this that these those "
                         "s".split())
BEFORE_ADJECTIVE = _DETERMINERS - {"this", "that", "s"}  # "the mutated form" (not "that merged")
_ADJECTIVE_AFTER = BEFORE_ADJECTIVE | frozenset("of for with in on from by to".split())
_FORECAST = frozenset("predicted forecast projected destined tipped billed".split())
_PAST_STATE = frozenset("was were wasn't weren't did didn't".split())


def _lasted(tokens: list[str]) -> bool:
    """Whether words before "until" tell of a state that lasted ("has been kept secret", "had
    remained closed"), not of a plan put off ("have been postponed until the fall") nor a time
    left ("have until Thursday")."""
    words = [t.lower() for t in tokens]
    if DEFERRED_VERBS.intersection(words):
        return False
    if "remained" in words or "stayed" in words:
        return True
    state = next((i for i, w in enumerate(words) if w in _PAST_STATE), None)
    if state is not None and words[state + 1:state + 2] != ["to"] and not (
            _PROSPECTIVE.intersection(words[state + 1:state + 3])):
        return True  # "it was just a flu until Friday", "didn't hear of it until Friday"; not
        # "were to continue until Thursday"
    return any(w in ("has", "have", "had") and i + 1 < len(words) and (
        words[i + 1] == "been" or past_form(words[i + 1])) for i, w in enumerate(words))


_DUE_VERBS = frozenset(  # "due to arrive": what is scheduled; "due to the rain": a cause
    """be have arrive start begin meet hold take open return resume expire end make sign attend
    announce release publish vote report travel fly go come appear face play close finish deliver
    submit retire testify speak address decide rule hear give present launch host join step
    stand sail depart land complete conclude leave visit graduate enter pay expand""".split())


def _due_ahead(tokens: list[str], i: int) -> bool:
    """Whether "due" at ``tokens[i]`` schedules ("is due to arrive", "due on Monday") rather
    than explains ("due to bad weather", "due largely to", "due in part to")."""
    following = [t.lower() for t in tokens[i + 1:i + 3]]
    if not following:
        return True
    if following[0].endswith("ly") or following == ["in", "part"]:
        return False
    if i > 0 and tokens[i - 1].lower() in _BE:
        return True
    if following[0] != "to":
        return True
    return len(following) > 1 and following[1] in _DUE_VERBS


@dataclass(slots=True)
class Context:
    """What relative expressions are resolved against while walking through one text."""

    published: date | None
    reference: Point | None = None  # the last date mentioned, for "that day", "a year earlier"
    explicit: bool = False  # whether that date was written out with its year
    last_quarter: Point | None = None  # the last fiscal quarter mentioned ("a year ago" -> Q-4)
    last_quarter_at: int = -10_000
    story: bool = False  # the text tells a story years away from its publication (history)
    narrative: bool = False  # the reader said so: dates follow the story up to its publication
    era: str | None = None  # "BC" or "AD" when the text writes its years with an era
    position: int = 0  # where in the text the expression being resolved starts
    reference_at: int = 0
    setting: bool = False  # whether the text moved to the reference time (see ``remember``)
    bc_year: int | None = None  # the last year before Christ the text named ("480 BC")
    bc_at: int = -STORY_REACH
    weekdays: dict[int, date] = field(default_factory=dict)  # a weekday a tense cue dated
    year_unit: Point | None = None  # the last "this year", "last year" (news), and where
    year_unit_at: int = -10_000
    years_named: list[tuple[int, int]] = field(default_factory=list)  # (offset, year), in order
    day_first: bool = False  # the text writes its dates day first ("29/04/2024", "4th November")

    def remember(self, point: Point, explicit: bool, offset: int, setting: bool = False) -> None:
        """Make ``point`` the reference time. ``setting``: the text moved to that time ("In
        2003,", "on March 20, 2003") rather than naming a year in passing ("since 1980", "his
        1987 Chevrolet")."""
        if explicit:
            self.bc_year = None  # "in 1066": the story has left the years before Christ
        self.note_quarter(point, offset)
        if RANK[point.granularity] <= RANK[Granularity.YEAR]:
            # "September 17" read in the story's year keeps the story going
            same_story = self.explicit and self.reference is not None and (
                point.start.year == self.reference.start.year)
            self.reference, self.explicit = point, explicit or same_story
            self.setting = setting or (same_story and self.setting)
            self.reference_at = offset

    def note_quarter(self, point: Point, offset: int) -> None:
        """Keep a fiscal quarter for the comparisons that follow ("a year earlier"), whether or
        not it moves the reference time ("the latest quarter" does not)."""
        if point.granularity is Granularity.QUARTER:
            self.last_quarter, self.last_quarter_at = point, offset

    def quarter_near(self, offset: int, window: int = QUARTER_REACH) -> Point | None:
        """The quarter mentioned shortly before ``offset``, if any (financial comparisons)."""
        if self.last_quarter is not None and offset - self.last_quarter_at <= window:
            return self.last_quarter
        return None

    @property
    def narrative_year(self) -> int | None:
        """The year of the story being told, when it is not the publication year.

        History ("In 1939 ... on September 17") reads month-day dates in the year last written
        out, not in the year of publication.
        """
        if self.reference is None or not self.explicit or not self.story:
            return None
        if self.position - self.reference_at > STORY_REACH:
            return None
        year = self.reference.start.year
        recent = 0 if self.narrative else 2
        if self.published is not None and year > self.published.year - recent:
            return None  # plans for 2030 do not make "April" April 2030
        return year

    @property
    def bc_year_near(self) -> int | None:
        """The year before Christ a story has reached, while no later date has been named."""
        if self.bc_year is None or self.position - self.bc_at > STORY_REACH:
            return None
        return self.bc_year

    @property
    def year_just_written(self) -> int | None:
        """A past year written out just before ("In 2003 ... On April 9"), which month-days
        and months that follow take over the publication year."""
        if self.reference is None or not self.setting or self.published is None:
            return None
        if self.position - self.reference_at > LOCAL_REACH:
            return None
        year = self.reference.start.year
        return year if year <= self.published.year - PAST_YEARS else None

    def read_story(self, years: list[int], news_days: int = 0, length: int = STORY_MIN_CHARS
                   ) -> None:
        """Decide whether month-day dates follow the story's years rather than the publication.

        News mentions other years in passing ("since 1980 ... in September" is this September);
        a history mentions many years, mostly years well before its publication date. It is also
        long, and hardly ever dates by the days around its telling: a report that names
        ``news_days`` ("said on Friday", "this week", "yesterday") or is shorter than
        :data:`STORY_MIN_CHARS` is news that recalls history, not a history.
        """
        if self.published is None:
            self.story = bool(years)
            return
        far = sum(1 for year in years if year <= self.published.year - 3)
        self.story = len(years) >= 5 and far * 3 > 2 * len(years) and (
            news_days <= STORY_MAX_NEWS_DAYS and length >= STORY_MIN_CHARS)
