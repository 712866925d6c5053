"""A summary as a :class:`~timeline.model.Timeline`: one event per key date, each traceable.

Every chosen sentence becomes an :class:`~timeline.model.EventMention` pointing at its document,
sentence and characters, so a summary can be rendered, exported, queried and reloaded like any
built timeline. What the source timeline knows about a sentence (its temporal expressions, the
triggers and actors of its events) is carried over; nothing is extracted again.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from datetime import date

from ..model import (
    Event,
    EventMention,
    Granularity,
    Modality,
    Relation,
    RelationType,
    Timeline,
    TimeSpan,
    Timex,
    stable_id,
)
from .core import DEFAULT_WEIGHTS, Weights, day_of, summarize
from .model import Summary, SummaryDate, SummarySentence

__all__ = ["headline", "summarize_timeline", "summary_timeline"]

HEADLINE_WORDS = 12
HEADLINE_SLACK = 2  # a sentence this many words over is kept whole rather than cut near its end
# A headline is cut after a word ending a clause, or before a word starting one.
_CLAUSE_END = re.compile(r"[;:]$")
_CLAUSE_START = frozenset({
    "after", "although", "because", "before", "but", "following", "though", "until", "when",
    "whereas", "while", "--", "\u2013", "\u2014",
})
# Words that open a leading phrase ("In a statement on Friday, ...", "After the vote, ..."): a
# headline leaves out such a phrase when a comma closes it within its first words.
_OPENERS = frozenset({
    "after", "amid", "as", "at", "before", "by", "despite", "during", "following", "for", "from",
    "in", "on", "since", "when", "while", "with", "within",
})
LEADING_WORDS = 10
# Words a hard cut must not end on.
_DANGLING = frozenset({
    "a", "an", "and", "at", "by", "for", "from", "in", "into", "of", "on", "or", "the", "to",
    "with", "its", "his", "her", "their",
})
_FIRST_WORD = re.compile(r"\w[\w'\u2019-]*")
EVIDENCE = "key dates in order"


def headline(sentence: str, max_words: int = HEADLINE_WORDS) -> str:
    """A short title from a sentence: at most ``max_words`` words, cut at a clause boundary.

    A short opening phrase closed by a comma ("In a statement on Friday,") is left out; the
    event carries the date. A sentence that fits, give or take two words, is then kept whole
    (without its final full stop).
    A longer one is cut before the last clause-opening word ("after", "when", a dash) or after
    the last semicolon or colon among its first ``max_words`` words, provided at least half of
    them are kept; else after the last such comma (not one closing an aside such as ", the city's
    mayor,"); otherwise after ``max_words`` words (less any dangling "of", "the"...), marked with
    an ellipsis. Empty only for a sentence with no words.

    Examples
    --------
    >>> headline("The dam near Tulln failed on March 3.")
    'The dam near Tulln failed on March 3'
    >>> headline("The dam near Tulln failed on March 3 after days of heavy rain and a storm surge.")
    'The dam near Tulln failed on March 3'
    >>> headline("After three days of rain, the dam near Tulln failed.")
    'The dam near Tulln failed'
    >>> headline("Ana Lee, the city's mayor, visited the flooded villages by boat on Tuesday "
    ...          "morning with a team of rescuers.")
    "Ana Lee, the city's mayor, visited the flooded villages by boat\u2026"
    """
    words = _without_opening_phrase(sentence.split())
    if len(words) <= max_words + HEADLINE_SLACK:
        return _tidy(" ".join(words))
    cuts = range(max_words, max(1, max_words // 2) - 1, -1)
    # A semicolon, colon or clause-opening word ends a clause more surely than a comma does.
    for keep in cuts:
        if words[keep].lower() in _CLAUSE_START or _CLAUSE_END.search(words[keep - 1]):
            return _tidy(" ".join(words[:keep]))
    for keep in cuts:
        if words[keep - 1].endswith(",") and not _closes_aside(words[:keep]):
            return _tidy(" ".join(words[:keep]))
    kept = words[:max_words]
    while len(kept) > 1 and kept[-1].lower() in _DANGLING:
        kept.pop()
    return _tidy(" ".join(kept)) + "\u2026"


def _without_opening_phrase(words: list[str]) -> list[str]:
    """The words after a short opening phrase ("In a report on Friday,"), if there is one."""
    if len(words) < 2 or words[0].lower() not in _OPENERS:
        return words
    for k, word in enumerate(words[:LEADING_WORDS]):
        rest = words[k + 1:]
        if word.endswith(",") and rest and not rest[0][:1].isdigit():  # not "On March 3, 2025,"
            return rest if len(rest) >= 3 else words
    return words


def _closes_aside(words: list[str]) -> bool:
    """Whether the comma ending ``words`` closes an aside a comma opened (an even comma count)."""
    return words[-1].endswith(",") and sum(w.endswith(",") for w in words) % 2 == 0


def _tidy(title: str) -> str:
    title = title.rstrip(" ,;:.-\u2013\u2014")
    return title[:1].upper() + title[1:]


def _day_span(day: date) -> TimeSpan:
    return TimeSpan(day, day, Granularity.DAY, day.isoformat())


def _first_word(text: str, offset: int) -> tuple[str, int, int]:
    """The sentence's first word and its document offsets (the whole text if it has none)."""
    found = _FIRST_WORD.search(text) or re.search(r"\S+", text)
    if found is None:
        return text, offset, offset + len(text)
    return found.group(), offset + found.start(), offset + found.end()


class _Source:
    """What the source timeline knows about each sentence, looked up by document."""

    def __init__(self, source: Timeline):
        self.documents = {d.id: d for d in source.documents}
        self.timexes: dict[str, list[Timex]] = defaultdict(list)
        for timex in source.timexes:
            self.timexes[timex.document].append(timex)
        for found in self.timexes.values():
            found.sort(key=lambda t: (t.start_char, t.end_char))
        self.mentions: dict[tuple[str, int], list[EventMention]] = defaultdict(list)
        for mention in source.mentions:
            self.mentions[mention.document, mention.sentence].append(mention)
        for found in self.mentions.values():
            found.sort(key=lambda m: (m.trigger_start, m.trigger_end))

    def timexes_in(self, s: SummarySentence) -> list[Timex]:
        return [t for t in self.timexes.get(s.document, ())
                if s.start_char <= t.start_char and t.end_char <= s.end_char]

    def mentions_in(self, s: SummarySentence) -> list[EventMention]:
        return [m for m in self.mentions.get((s.document, s.sentence_index), ())
                if s.start_char <= m.trigger_start and m.trigger_end <= s.end_char]


def _mention(s: SummarySentence, day: date, source: _Source) -> EventMention:
    """The mention of one summary sentence: its date words, else an event trigger, else a word."""
    timex = next((t for t in source.timexes_in(s) if day_of(t) == day), None)
    events = source.mentions_in(s)
    if timex is not None:
        trigger, start, end = timex.text, timex.start_char, timex.end_char
    elif events:
        first = events[0]
        trigger, start, end = first.trigger, first.trigger_start, first.trigger_end
    else:
        trigger, start, end = _first_word(s.text, s.start_char)
    return EventMention(
        id=stable_id("summary", day.isoformat(), s.document, s.sentence_index),
        document=s.document,
        sentence=s.sentence_index,
        start_char=s.start_char,
        end_char=s.end_char,
        text=s.text,
        trigger=trigger,
        trigger_start=start,
        trigger_end=end,
        title=headline(s.text) or day.isoformat(),
        actors=tuple(dict.fromkeys(a for m in events for a in m.actors)),
        timex=timex,
        time=_day_span(day),
        # "reported": a sentence chosen because its article was published about that day.
        time_source="text" if timex is not None else "reported",
        modality=events[0].modality if events else Modality.ASSERTED,
        confidence=round(min(1.0, max(0.0, s.score)), 4),
    )


def _event(entry: SummaryDate, top_score: float, source: _Source) -> Event:
    mentions = tuple(_mention(s, entry.date, source) for s in entry.sentences)
    sentence_ids = [f"{s.document}:{s.sentence_index}" for s in entry.sentences]
    first = entry.sentences[0].text if entry.sentences else ""
    return Event(
        id=stable_id("summary", entry.date.isoformat(), *sentence_ids),
        title=headline(first) or entry.date.isoformat(),
        mentions=mentions,
        time=_day_span(entry.date),
        actors=tuple(dict.fromkeys(a for m in mentions for a in m.actors)),
        confidence=round(entry.score / top_score, 4) if top_score > 0 else 0.0,
    )


def summary_timeline(summary: Summary, source: Timeline) -> Timeline:
    """The summary as a timeline of its key dates (what :meth:`Summary.to_timeline` returns).

    Parameters
    ----------
    summary
        The summary, as :func:`timeline.summarize.summarize` returned it.
    source
        The timeline that was summarised: its documents, temporal expressions and events give
        the documents, date words, triggers and actors of the result.

    Returns
    -------
    Timeline
        One event per date, in calendar order, ``before`` relations between consecutive dates;
        the documents cited and every input that could not be read; the temporal expressions of
        the cited sentences.

    Raises
    ------
    ValueError
        When the summary cites a document that ``source`` does not have.

    Examples
    --------
    >>> summary_timeline(Summary(), Timeline())
    <Timeline: 0 documents (0 failed), 0 timexes, 0 events, 0 relations>
    """
    lookup = _Source(source)
    cited = {s.document for d in summary.dates for s in d.sentences}
    missing = sorted(cited - set(lookup.documents))
    if missing:
        raise ValueError(
            f"the summary cites document {missing[0]!r}, which the source timeline does not "
            "have; pass the timeline that was summarised"
        )
    top = max((d.score for d in summary.dates), default=0.0)
    events = [_event(entry, top, lookup) for entry in sorted(summary.dates, key=lambda d: d.date)]
    relations = [
        Relation(a.id, b.id, RelationType.BEFORE, 1.0, EVIDENCE)
        for a, b in zip(events, events[1:], strict=False)
    ]
    timexes = list(dict.fromkeys(
        t for entry in summary.dates for s in entry.sentences for t in lookup.timexes_in(s)
    ))
    documents = [d for d in source.documents if d.id in cited or not d.ok]
    return Timeline(documents=documents, timexes=timexes, events=events, relations=relations)


def summarize_timeline(
    tl: Timeline,
    max_dates: int,
    sentences_per_date: int = 1,
    query: str | Sequence[str] | None = None,
    since: date | None = None,
    until: date | None = None,
    *,
    weights: Weights = DEFAULT_WEIGHTS,
) -> Timeline:
    """Summarise a timeline into a timeline of its key dates (``Timeline.summarize``).

    The same selection as :func:`timeline.summarize.summarize` (same parameters), returned as
    :func:`summary_timeline` builds it; call ``summarize`` for the ``timeline-summary/1`` object.

    Examples
    --------
    >>> summarize_timeline(Timeline(), max_dates=3).events
    []
    """
    summary = summarize(tl, max_dates, sentences_per_date, query=query, since=since, until=until,
                        weights=weights)
    return summary_timeline(summary, tl)
