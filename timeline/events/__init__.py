"""Event mentions: who did what, when, in which sentence.

A fast rule-based reader, no model. Each English body sentence is split into word tokens; a lexicon
of event verbs and nouns (:mod:`timeline.lexicon`) proposes triggers, and positional rules keep
those that state a happening (:mod:`._triggers`). For each, the rules find the agent, the
modality and the temporal expression that dates it (:mod:`._roles`), and write a headline-style
title (:mod:`._titles`). Reporting verbs ("said", "told") only introduce events; a report is the
event itself only when the sentence states nothing else. Quoted speech is not read for events.

Dating rule: the date in the same sentence nearest the trigger, preferring one attached by
"on/in/during/since/at/over"; an expression introduced by "for"/"by" after a past verb ("ordered an
expansion of production for 2026") is a goal, not the time of the act, so it is skipped and the
act is dated to the publication date (``time_source="reported"``). A sentence whose only date is
that of a report ("In a report on Friday, KCNA said Kim toured ...") dates the reported event. A
date on the other side of a relative pronoun or "that" belongs to the other clause ("blocked the
road on Tuesday over the pact that Chile signed last week": signed last week; "ruled on Tuesday
that the union met the rules": met is not dated Tuesday), and so does one across a semicolon,
", but" or ", while" ("had worked on it since 2025, but the signing was postponed"), unless a
past verb after "but"/"and" shares the subject of the dated one ("ruled on Tuesday that ..., but
ordered ...": one subject, one day); "since"
dates a perfect ("has shut the port since May") but never a simple past.
Without any date the publication day is used; without one, ``time`` is None.

Which words name the event: a light verb's event noun ("held talks", "announced job cuts", "the
deal was struck"); the disaster that "struck/hit/shook" ("an earthquake struck Peru"); an event
noun that is the subject of an aspectual verb ("the strike began") is told by the verb, of any
other verb ("the collapse on Monday killed four") it is an event of its own; a noun of the same
class as a verb of its sentence ("voted in local elections") is not a second mention. A
participle after its noun is an event when a day or week of its own follows ("the contract agreed
with the union over the weekend"). "The firm/the company" and "the country/the government" stand
for the last organisation or country named; "it" after "the government" in its sentence is the
government. A bare noun that did not happen ("without arrests") is dropped.

Modality: "not/never/n't", "denied/refused/failed", or "almost/nearly" right before the verb
("the signing was almost postponed"; not "nearly doubled") -> NEGATED; a modal (may, might, could,
would, can, should; not the month "May"), "if/unless", "likely", "is believed to" ->
HYPOTHETICAL; "will", a "to" governed by plan/expect/set/order/aim/... ("ordered officials to
build": the building is planned), a present or present-perfect verb after "before/until/once"
("before it signs", "once it has approved") or a date after publication with a non-past verb ->
PLANNED; else ASSERTED.

Participants (:mod:`._participants`): who or what took part, by role, where the sentence says
so: ``agent`` (the subject of an active verb, the by-phrase of a passive, the owner of an event
noun), ``patient`` (the object, the subject of a passive, "of X" after an event noun),
``recipient`` ("sold jets to India"), ``partner`` ("met with X", "signed with X") and
``location`` ("in Lyon", "40 km north of Lima"); actors by canonical name, other phrases as
written (at most six words, no leading article), nothing when the sentence names no one.

Confidence: 0.45, +0.15 for a past verb, +0.15 for a named agent, +0.15 for a date in the text,
-0.1 for an event noun, -0.1 when not asserted; a bare report ("KCNA reported ...") is 0.3.

Headlines (a first line without a final full stop) are read too; a headline event that the body
states again (same event class and a shared actor) is dropped, any other keeps 0.7 of its
confidence. At most three mentions per sentence, verbs with a named agent first.

The rules read English (boilerplate blocks are skipped). Text in other languages is not parsed:
each of its clauses that carries a date becomes a mention titled in the writer's words, with
confidence 0.3 (:mod:`._dated`), so that a Spanish or Chinese article still has its dated
statements on the timeline. spaCy is not used: the built-in rules run at a few hundred 3 KB
articles per second on one core.

>>> from datetime import date
>>> from timeline.model import Document
>>> text = "Kim Jong Un toured a tank factory."
>>> doc = Document("d1", "d1.txt", text=text, published=date(2025, 3, 7))
>>> [(m.title, m.time.value, m.time_source) for m in extract_events(doc, [])]
[('Kim Jong Un tours tank factory', '2025-03-07', 'reported')]
>>> extract_events(doc, [])[0].participants
(('agent', 'Kim Jong Un'), ('patient', 'tank factory'))
"""

from __future__ import annotations

import logging
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import replace

from ..actors import ActorSpan, document_actors, is_media
from ..lexicon import event_class
from ..model import (
    Document,
    EventMention,
    Granularity,
    Modality,
    TimeSpan,
    Timex,
    stable_id,
)
from ..text import sentence_spans, unwrap
from ._base import (
    ASPECTUAL,
    CANDIDATES,
    CAP_WORD,
    LOWER_WORD,
    REPORT_FORMS,
    SPEECH_EVENTS,
    STOP_PREP,
    Context,
    Sentence,
    Trigger,
    reporting,
    time_word,
)
from ._dated import dated_clauses
from ._participants import find_participants
from ._roles import choose_timex, find_agent, find_modality
from ._titles import headline, noun_title, trigger_span, verb_title
from ._triggers import noun_triggers, report_trigger, verb_triggers

__all__ = ["extract_events"]

logger = logging.getLogger(__name__)

MAX_PER_SENTENCE = 3


def extract_events(doc: Document, timexes: Sequence[Timex]) -> list[EventMention]:
    """Find the statements of events in a document's body text.

    English is read by the rules below; text in other languages gives one low-confidence mention
    per dated clause (:mod:`._dated`).

    Parameters
    ----------
    doc
        The document; boilerplate blocks are skipped.
    timexes
        The document's temporal expressions (from :mod:`timeline.temporal`), used to date events;
        durations, sets and expressions without a calendar span are not used.

    Returns
    -------
    list of EventMention
        In text order, at most three per sentence; an empty list when nothing is found.
    """
    text = doc.text or ""
    english, foreign = _regions(doc)
    if not text or not (english or foreign):
        return []
    plain = unwrap(text)  # a wrapped line ends no sentence and splits no name ("Rodrigo\nAlmonte")
    spans = sentence_spans(plain, unwrapped=True)
    dated = sorted(timexes, key=lambda t: t.start_char)
    actors = document_actors(plain, sorted(english + foreign))
    found = _english_events(doc, english, spans, dated, _within(actors, english))
    if foreign:  # read for their dated clauses only
        found += dated_clauses(doc, foreign, spans, dated, _within(actors, foreign))
        found.sort(key=lambda m: (m.start_char, m.trigger_start))
    return found


def _within(actors: list[ActorSpan], regions: list[tuple[int, int]]) -> list[ActorSpan]:
    return [a for a in actors if any(s <= a.start < e for s, e in regions)]


def _english_events(doc: Document, regions: list[tuple[int, int]],
                    spans: list[tuple[int, int]], dated: list[Timex], actors: list[ActorSpan]
                    ) -> list[EventMention]:
    if not regions:
        return []
    text = doc.text
    actor_starts = [a.start for a in actors]
    # Every expression is kept out of titles and subjects; only dated ones date events.
    timex_starts = [t.start_char for t in dated]
    ctx = Context(doc=doc)
    headline_end = _headline_end(text, spans)
    head: list[EventMention] = []
    body: list[EventMention] = []
    for index, (s, e) in enumerate(spans):
        if not any(rs <= s and e <= re_ for rs, re_ in regions):
            continue
        sent_actors = actors[bisect_left(actor_starts, s) : bisect_left(actor_starts, e)]
        lo, hi = bisect_left(timex_starts, s), bisect_left(timex_starts, e)
        sent_timexes = [t for t in dated[lo:hi] if t.end_char <= e]
        found = _sentence_mentions(ctx, index, s, e, sent_actors, sent_timexes)
        (head if s < headline_end else body).extend(found)
        people = [a for a in sent_actors if a.kind == "person"]
        if people:
            ctx.last_person = people[-1]
        others = [a for a in sent_actors if a.kind != "person"]
        if others:
            ctx.last_agent = others[0]
        for kind in {a.kind for a in others}:  # the first of each kind: most often the subject
            ctx.last_of_kind[kind] = next(a for a in others if a.kind == kind)
    return _merge_headline(head, body)


def _regions(doc: Document) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """The (start, end) stretches of the text to read, not boilerplate: English ones, read by
    the rules, and those in other languages, read for their dated clauses (:mod:`._dated`)."""
    if doc.blocks:
        blocks = [b for b in doc.blocks if not b.boilerplate and b.end > b.start]
        return ([(b.start, b.end) for b in blocks if _english(b.language or doc.language)],
                [(b.start, b.end) for b in blocks if not _english(b.language or doc.language)])
    whole = [(0, len(doc.text))]
    return (whole, []) if _english(doc.language) else ([], whole)


def _english(language: str | None) -> bool:
    return language is None or language.lower().replace("_", "-").split("-")[0] in ("en", "eng")


def _headline_end(text: str, spans: list[tuple[int, int]]) -> int:
    """End of the first line when it reads as a headline (no final stop, more text follows)."""
    if len(spans) < 2:
        return 0
    s, e = spans[0]
    line_end = text.find("\n", s)
    if line_end < 0 or e > line_end or text[e - 1] in ".!?" or e - s > 200:
        return 0
    return e


def _merge_headline(head: list[EventMention], body: list[EventMention]) -> list[EventMention]:
    """Drop headline events the body states again; keep the others at lower confidence."""
    kept = []
    for m in head:
        cls = event_class(m.trigger)
        repeated = any(
            event_class(b.trigger) == cls and (set(b.actors) & set(m.actors) or not m.actors)
            for b in body
        )
        if not repeated:
            kept.append(replace(m, confidence=round(m.confidence * 0.7, 3)))
    return kept + body


def _sentence_mentions(
    ctx: Context, index: int, s: int, e: int, actors: list[ActorSpan], timexes: list[Timex]
) -> list[EventMention]:
    text = ctx.doc.text
    if CANDIDATES.isdisjoint(LOWER_WORD.findall(text, s, e)) and not any(
        w.lower() in CANDIDATES for w in CAP_WORD.findall(text, s, e)
    ):
        return []  # no word of the lexicon: nothing to read
    sent = Sentence(ctx, index, s, e, actors, timexes)
    triggers = verb_triggers(sent)
    triggers += noun_triggers(sent, triggers)
    if not triggers and any(t.low in REPORT_FORMS for t in sent.toks):
        triggers = report_trigger(sent)
    triggers.sort(key=lambda t: t.first)
    for trig in triggers:
        find_agent(sent, trig, triggers)
        find_modality(sent, trig)
    triggers = [t for t in triggers if not t.extra.get("skip")]
    subjects = [
        t.extra["subject_span"]
        for t in triggers
        if "subject_span" in t.extra and event_class(t.lemma) in ASPECTUAL
    ]
    triggers = [  # "The summit in Geneva ended": one event, told by the verb (but "the
        # collapse of the bridge killed four" tells two)
        t for t in triggers if not (t.noun and any(a <= t.first < b for a, b in subjects))
    ]
    verb_classes = {event_class(t.lemma) for t in triggers if not t.noun}
    triggers = [  # "voted in local elections": the noun names the verb's own event
        t for t in triggers if not (t.noun and event_class(t.lemma) in verb_classes)
    ]
    mentions: list[EventMention] = []
    seen: set[tuple[str, str | None]] = set()
    for trig in _rank(sent, triggers):
        t_start, t_end = trigger_span(sent, trig)
        key = (event_class(text[t_start:t_end]), trig.agent.name if trig.agent else None)
        if key in seen:
            continue
        mention = _mention(sent, trig, triggers)
        if not (trig.noun or trig.agent or trig.subject or _has_object(sent, trig)):
            continue  # "Not tested": no reader could tell what happened
        if trig.lemma in SPEECH_EVENTS and not _has_object(sent, trig):
            continue  # "Costanera announced in 2024": announced what?
        if trig.noun and " " not in mention.title and trig.modality is not Modality.ASSERTED:
            continue  # "without arrests": a bare noun that did not happen tells a reader nothing
        seen.add(key)
        # participants only for the mentions kept: the rules above drop many candidates
        mentions.append(replace(mention, participants=find_participants(sent, trig, triggers)))
        if len(mentions) == MAX_PER_SENTENCE:
            break
    mentions.sort(key=lambda m: m.trigger_start)
    return mentions


def _has_object(sent: Sentence, trig: Trigger) -> bool:
    """True when words that can be an object follow the verb (not "in 2024", not ",")."""
    nxt = sent.next_word(trig.last + 1)
    if nxt >= len(sent.toks) or sent.timex_at[nxt] is not None:
        return False
    tok = sent.toks[nxt]
    return tok.text[0].isalnum() and tok.low not in STOP_PREP and not time_word(sent, nxt)


def _source(sent: Sentence, actor: ActorSpan) -> bool:
    """True for the source of a report, not a party to it: "KCNA said", "told AFP", "according
    to Reuters", or any news organisation."""
    if is_media(actor.name):
        return True
    k = sent.token_at(actor.start)
    after = sent.next_word(sent.token_at(actor.end))
    before = sent.low(sent.prev_word(k))
    return (
        reporting(sent.low(after))
        or before in ("told", "tells")
        or (before == "to" and sent.low(sent.prev_word(k) - 1) == "according")
    )


def _mention_actors(sent: Sentence, trig: Trigger, triggers: list[Trigger]) -> list[ActorSpan]:
    """The actors a mention lists: all of its sentence's, but an event noun without an owner
    leaves out the agents of the sentence's other events ("the ruling of March 3, which Varas
    convened talks after": not Varas's ruling)."""
    if not trig.noun or trig.agent is not None:
        return sent.actors
    others = {id(t.agent) for t in triggers if t is not trig and t.agent is not None}
    return [a for a in sent.actors if id(a) not in others]


def _rank(sent: Sentence, triggers: list[Trigger]) -> list[Trigger]:
    """Verbs with an agent first, then other verbs, then nouns; a bare "X announced" last."""

    def bare_speech(t: Trigger) -> bool:
        return t.lemma in SPEECH_EVENTS and (
            t.last + 1 >= len(sent.toks)
            or not sent.toks[t.last + 1].text[0].isalnum()
            or sent.timex_at[t.last + 1] is not None
        )

    ranked = sorted(
        triggers,
        key=lambda t: (bare_speech(t), t.noun, t.agent is None and t.subject is None, t.first),
    )
    if len(ranked) > 1:  # "..., the airline announced Friday": a report of the other event
        ranked = [t for t in ranked if not bare_speech(t)] or ranked[:1]
    return ranked


def _mention(sent: Sentence, trig: Trigger, triggers: list[Trigger]) -> EventMention:
    doc = sent.ctx.doc
    t_start, t_end = trigger_span(sent, trig)
    timex = choose_timex(sent, trig, triggers)
    if timex is not None:
        time, source = timex.span, "text"
    elif doc.published is not None:
        day = doc.published
        time, source = TimeSpan(day, day, Granularity.DAY, day.isoformat()), "reported"
    else:
        time, source = None, "none"
    if (
        trig.modality is Modality.ASSERTED
        and time is not None
        and doc.published is not None
        and time.start > doc.published
        and trig.tense not in ("past", "pp")
    ):
        trig.modality = Modality.PLANNED  # "the congress in early 2026", said in December 2025
    title = noun_title(sent, trig) if trig.noun else verb_title(sent, trig, triggers)
    names = [a.name for a in trig.extra.get("coagents", ())]  # "the US, Japan and South Korea"
    names += [trig.agent.name] if trig.agent is not None else []
    names += [a.name for a in _mention_actors(sent, trig, triggers) if not _source(sent, a)]
    confidence = 0.45
    confidence += 0.15 if trig.tense in ("past", "pp") else 0.0
    confidence += 0.15 if trig.agent is not None else 0.0
    confidence += 0.15 if source == "text" else 0.0
    confidence -= 0.1 if trig.noun else 0.0
    confidence -= 0.1 if trig.modality is not Modality.ASSERTED else 0.0
    if trig.extra.get("report"):
        confidence = 0.3
    return EventMention(
        id=stable_id(doc.id, t_start),
        document=doc.id,
        sentence=sent.index,
        start_char=sent.start,
        end_char=sent.end,
        text=sent.text[sent.start : sent.end],
        trigger=sent.text[t_start:t_end],
        trigger_start=t_start,
        trigger_end=t_end,
        title=headline(title),
        actors=tuple(dict.fromkeys(names)),
        timex=timex,
        time=time,
        time_source=source,
        modality=trig.modality,
        confidence=round(min(0.95, max(0.05, confidence)), 3),
    )
