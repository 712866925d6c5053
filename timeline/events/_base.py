"""Shared pieces of the event reader: word classes, tokens, triggers and one sentence's view."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field

from ..actors import ActorSpan
from ..lexicon import CUES, EVENT_NOUN_FORMS, TRIGGER_WORDS, verb_form, verb_forms_of
from ..model import Document, Modality, Timex

# Word classes (the lists live in timeline/data/cues.txt).
AUX = CUES["auxiliary"] | {"n't", "n\u2019t", "ca", "wo"}
BE = frozenset("be is are was were been being am 's 're".split())
HAVE = frozenset("has have had having 've 'd".split())
MODALS_HYP = CUES["modal_hypothetical"]
HYP_WORDS = CUES["hypothetical"]
NEGATION = CUES["negation"] | {"n't", "n\u2019t"}
NEG_VERBS = CUES["negating_verbs"]
PLAN_GOVERNORS = CUES["planned_governors"]
BELIEF = CUES["belief"]
PLANNED_ADJ = CUES["planned_adjectives"]
HYP_ADJ = CUES["hypothetical_adjectives"]
LIGHT = CUES["light_verbs"]
IMPACT = CUES["impact_verbs"]
REPORTING = CUES["reporting"]
NOUNS = EVENT_NOUN_FORMS
FUTURE = frozenset("will shall 'll wo".split())
DETERMINERS = frozenset(
    "a an the this that these those its his her their our my your some any each every no "
    "another such which what whose".split()
)
POSSESSIVES = frozenset("its his her their our my your".split())
PRONOUNS = frozenset("he she they it we i you who".split())
PERSON_PRONOUNS = frozenset("he she".split())
RELATIVES = frozenset("who which that whom".split())
STOP_PREP = frozenset(
    "with to for in on at from by during since after before as amid despite while when that "
    "which who whom because following over under until into onto than via toward towards "
    "through across near within without against about including like per between among "
    "if unless whether where although though so but or according".split()
)
SUBORDINATORS = frozenset(
    "if when while because although though unless whether after before since once as until "
    "where whereas".split()
)
KEEP_PREP = frozenset("to with against on of between".split())
CLAUSE_BREAK = frozenset(";:()\u2014\u2013".split()) | {"--"}
PARTICLES = frozenset("up down out off in over back on away".split())
QUOTES = frozenset(['"', "\u201c", "\u201d", "``", "''"])
# Verbs that say how another event went, not what happened: "the strike began", "talks collapsed".
ASPECTUAL = frozenset("start end suspend resume postpone cancel crash".split())
REPORT_EVENTS = frozenset("report disclose reveal confirm claim".split())
SPEECH_EVENTS = frozenset("announce declare proclaim warn urge pledge vow promise".split())
# Words that say when, not what: an object phrase for a title stops at them ("this", "last" and
# "next" only before a period: "this week", not "this plan").
MONTHS = frozenset(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec".split()
)
TIME_WORDS = (
    frozenset(
        "today yesterday tomorrow tonight earlier later ago recently "
        "monday tuesday wednesday thursday friday saturday sunday morning afternoon evening".split()
    )
    | MONTHS
)
_TIME_DETERMINERS = frozenset("this last next every".split())
_PERIODS = (
    frozenset(
        "week month year quarter weekend morning afternoon evening night spring summer autumn fall "
        "winter season time day decade century".split()
    )
    | TIME_WORDS
)


def time_word(sent: Sentence, j: int) -> bool:
    """True when token ``j`` starts a time phrase the tagger may have missed ("last week")."""
    low = sent.low(j)
    if low in MONTHS:  # "in March", not "the march ended"
        return sent.toks[j].text[0].isupper() and not (low == "may" and j == 0)
    if low in TIME_WORDS:
        return True
    return low in _TIME_DETERMINERS and sent.low(j + 1) in _PERIODS


COLLECTIVE_PLURALS = frozenset(
    "police people personnel military staff cattle many several few both others all some".split()
)
ADVERBS = frozenset(
    "also already still just recently reportedly then now further directly again later there "
    "here abroad together home overnight itself himself herself themselves soon even never not "
    "n't once first jointly personally formally officially almost nearly yet".split()
)
# Words that can start a mention: a sentence with none of them is skipped at once.
REPORT_FORMS = verb_forms_of(REPORT_EVENTS)
CANDIDATES = TRIGGER_WORDS | REPORT_FORMS  # a light verb needs an event noun, which is in there

LOWER_WORD = re.compile(r"\b[a-z]+(?:-[a-z]+)*\b")
CAP_WORD = re.compile(r"\b[A-Z][a-z]+(?:-[a-z]+)*\b")
# One simple pattern (fast); the rare special cases are mended in tokenize().
_WORD = re.compile(r"\w+(?:[-'\u2019.,]\w+)*|--|``|''|[^\s\w]")
_ABBREVIATIONS = frozenset(
    "Mr Mrs Ms Dr St Gen Sen Rep Gov Lt Col Capt Prof Jr Sr Co Corp Inc Ltd Bros".split()
)
_DOTTED = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]$")  # "U.S" before its final full stop
_CONTRACTION = re.compile(
    r"(?i)^(.+?)(n['\u2019]t|(?<=^he)['\u2019]s|(?<=^she)['\u2019]s|(?<=^it)['\u2019]s"
    r"|(?<=^that)['\u2019]s|(?<=^there)['\u2019]s|(?<=^who)['\u2019]s|(?<=^what)['\u2019]s"
    r"|['\u2019](?:ll|d|re|ve))$"
)


@dataclass(slots=True)
class Tok:
    start: int
    end: int
    text: str
    low: str
    quoted: bool = False


@dataclass(slots=True)
class Trigger:
    """A word (or words) that names a happening, and what the rules found out about it."""

    first: int  # token index of the trigger's first word
    last: int  # token index of its last word (phrasal verbs)
    lemma: str  # verb lemma, or noun singular
    noun: bool
    tense: str  # "past", "present", "base", "ing", "pp", "noun"
    passive: bool = False
    governor: int | None = None  # token index of "ordered" in "ordered them to build"
    agent: ActorSpan | None = None
    subject: str | None = None  # a non-actor subject phrase for the title
    modality: Modality = Modality.ASSERTED
    modal_word: str | None = None
    extra: dict = field(default_factory=dict)


@dataclass(slots=True)
class Context:
    """What one sentence may need from the ones before it (for "he", "it", "the country")."""

    doc: Document
    last_person: ActorSpan | None = None
    last_agent: ActorSpan | None = None  # the last country or organisation named
    last_of_kind: dict = field(default_factory=dict)  # kind -> the last actor of that kind


def tokenize(text: str, s: int, e: int) -> list[Tok]:
    """Word and punctuation tokens of ``text[s:e]``; words inside quotation marks are marked.

    "didn't" gives "did" + "n't" and "he's" "he" + "'s"; "U.S." and "Mr." keep their full stop;
    "$" joins the number after it.
    """
    toks: list[Tok] = []
    for m in _WORD.finditer(text, s, e):
        start, end = m.span()
        word = m.group()
        if "'" in word or "\u2019" in word:
            parts = _CONTRACTION.match(word)
            if parts:
                cut = start + len(parts.group(1))
                toks.append(Tok(start, cut, parts.group(1), parts.group(1).lower()))
                rest = parts.group(2)
                toks.append(Tok(cut, end, rest, rest.lower().replace("\u2019", "'")))
                continue
        elif (
            word == "."
            and toks
            and toks[-1].end == start
            and (toks[-1].text in _ABBREVIATIONS or _DOTTED.match(toks[-1].text))
        ):
            prev = toks[-1]  # "U.S." and "Mr." end with their full stop
            toks[-1] = Tok(prev.start, end, prev.text + ".", prev.low + ".")
            continue
        elif toks and toks[-1].text == "$" and word[0].isdigit() and start - toks[-1].end <= 1:
            prev = toks[-1]  # "$ 42" -> "$42"
            text_ = text[prev.start : end].replace(" ", "")
            toks[-1] = Tok(prev.start, end, text_, text_)
            continue
        toks.append(Tok(start, end, word, word.lower().replace("\u2019", "'")))
    marks = [t for t in toks if t.text in QUOTES]
    # A sentence that closes a quotation opened in an earlier one: everything before is quoted.
    inside = bool(marks) and (
        marks[0].text in ("\u201d", "''")
        or len(marks) % 2 == 1
        and marks[-1] is toks[-1]
        or len(marks) % 2 == 1
        and len(toks) > 1
        and marks[-1] is toks[-2]
    )
    for tok in toks:
        if tok.text in QUOTES:
            inside = not inside if tok.text == '"' else tok.text in ("\u201c", "``")
            tok.quoted = True
        else:
            tok.quoted = inside
    return toks


def adverb(low: str) -> bool:
    return low in ADVERBS or (low.endswith("ly") and len(low) > 4 and low not in ("rally", "italy"))


def possessive(low: str) -> bool:
    return low in POSSESSIVES or low.endswith(("'s", "\u2019s"))


def verbal(low: str) -> bool:
    """True for a finite-looking verb form or an auxiliary (not a participle used as adjective)."""
    if low in AUX:
        return True
    form = verb_form(low)
    return form is not None and bool(form.tags & {"past", "s"}) and low not in NOUNS


def reporting(low: str) -> bool:
    form = verb_form(low)
    return form is not None and form.lemma in REPORTING and bool(form.tags & {"past", "s"})


class Sentence:
    """The tokens of one sentence with the actors and timexes that cover them."""

    def __init__(
        self,
        ctx: Context,
        index: int,
        s: int,
        e: int,
        actors: list[ActorSpan],
        timexes: list[Timex],
    ) -> None:
        self.ctx = ctx
        self.index = index
        self.start, self.end = s, e
        self.text = ctx.doc.text
        self.toks = tokenize(self.text, s, e)
        n = len(self.toks)
        self.starts = [t.start for t in self.toks]
        self.actor_at: list[ActorSpan | None] = [None] * n
        for actor in actors:
            for k in range(bisect_left(self.starts, actor.start), n):
                if self.toks[k].start >= actor.end:
                    break
                self.actor_at[k] = actor
        self.timex_at: list[Timex | None] = [None] * n
        for timex in timexes:
            for k in range(bisect_left(self.starts, timex.start_char), n):
                if self.toks[k].start >= timex.end_char:
                    break
                self.timex_at[k] = timex
        self.actors = actors
        self.timexes = timexes
        self._headline_case: bool | None = None

    @property
    def headline_case(self) -> bool:
        """True for a title-cased line ("Kim Orders Missile Boost"): capitals say nothing there."""
        if self._headline_case is None:
            words = [t.text for t in self.toks if len(t.text) > 3 and t.text[0].isalpha()]
            self._headline_case = (
                len(words) >= 3
                and sum(w[0].isupper() for w in words) >= 0.7 * len(words)
                and self.text[self.end - 1] not in ".!?"
            )
        return self._headline_case

    def low(self, k: int) -> str:
        return self.toks[k].low if 0 <= k < len(self.toks) else ""

    def prev_word(self, k: int) -> int:
        """Index of the nearest token before ``k`` that is not an adverb (-1 if none)."""
        j = k - 1
        while j >= 0 and adverb(self.toks[j].low):
            j -= 1
        return j

    def next_word(self, k: int) -> int:
        """Index of the first token from ``k`` on that is not an adverb or a quotation mark."""
        while k < len(self.toks) and (adverb(self.toks[k].low) or self.toks[k].text in QUOTES):
            k += 1
        return k

    def token_at(self, char: int) -> int:
        """Index of the token that starts at or after character offset ``char``."""
        return bisect_left(self.starts, char)
