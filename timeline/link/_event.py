"""Turning merged mentions into one :class:`Event`: its time, title, actors and conflicts."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from datetime import date

from ..model import Event, EventMention, Granularity, TimeSpan, stable_id

_SOURCE_RANK = {"text": 0, "reported": 1}


def describe_span(span: TimeSpan) -> str:
    """A short human form of an interval: ``2025-12-26``, ``2025-10-01..2025-12-31 (2025-Q4)``."""
    if span.start == span.end:
        return span.start.isoformat()
    return f"{span.start.isoformat()}..{span.end.isoformat()} ({span.value})"


def quoted_title(event: Event) -> str:
    """An event as named in a sentence: its title in quotation marks."""
    return f"“{event.title}”"


def _precision_key(m: EventMention) -> tuple:
    assert m.time is not None
    return (
        _SOURCE_RANK.get(m.time_source, 0),
        m.time.granularity.rank,
        m.time.days,
        -m.confidence,
    )


def choose_time(mentions: Sequence[EventMention]) -> tuple[TimeSpan | None, EventMention | None]:
    """The most precise interval among the mentions (text beats reported; a day beats a quarter).

    Where the text-dated intervals all intersect on a single day that no mention names alone
    ("that week" and "late in the month" meeting on the 26th), that day is taken.
    """
    dated = [m for m in mentions if m.time is not None]
    if not dated:
        return None, None
    best = min(dated, key=_precision_key)
    text = [m.time for m in dated if m.time_source != "reported"]
    if best.time_source == "reported":
        # Only publication dates: the earliest report is the tightest bound on when it happened.
        earliest = min((m for m in dated), key=lambda m: (m.time.start, _precision_key(m)))
        return earliest.time, earliest
    lo = max(t.start for t in text)
    hi = min(t.end for t in text)
    if lo == hi and best.time.days > 1 and best.time.start <= lo <= best.time.end:
        return TimeSpan(lo, hi, Granularity.DAY, lo.isoformat()), None
    return best.time, best


def _fits(m: EventMention, chosen: TimeSpan) -> bool:
    if m.time is None:
        return True
    if m.time_source == "reported":
        return m.time == chosen
    return m.time.contains(chosen)


def disagreements(mentions: Sequence[EventMention], chosen: TimeSpan | None,
                  origin: EventMention | None,
                  outlets: Mapping[str, str] | None = None) -> tuple[str, ...]:
    """One sentence per mention whose date does not contain the chosen one.

    Each sentence names the mention's outlet from ``outlets`` (document id -> name), or says
    "Source <document id>" when the document is not in it.
    """
    if chosen is None:
        return ()
    if origin is not None and origin.time_text:
        why = f"from '{origin.time_text}'"
    elif origin is not None and origin.time_source == "reported":
        why = "from the earliest publication date"
    else:
        why = "where the sources' dates intersect"
    notes = []
    for m in mentions:
        if _fits(m, chosen):
            continue
        words = f" '{m.time_text}'" if m.time_text else ""
        who = (outlets or {}).get(m.document) or f"Source {m.document}"
        notes.append(
            f"{who} dates it to {describe_span(m.time)} ({m.time_source}{words}); "
            f"chosen {describe_span(chosen)} {why}"
        )
    return tuple(dict.fromkeys(notes))


def _title_key(m: EventMention) -> tuple:
    return (-m.confidence, m.time is None, -len(m.actors))


def combined_confidence(mentions: Sequence[EventMention]) -> float:
    """Noisy-or over the documents (each counted once, at its most confident mention)."""
    per_document: dict[str, float] = {}
    for m in mentions:
        per_document[m.document] = max(per_document.get(m.document, 0.0), m.confidence)
    doubt = 1.0
    for value in per_document.values():
        doubt *= 1.0 - min(max(value, 0.0), 1.0) * 0.9
    return round(min(0.99, 1.0 - doubt), 3)


def make_event(mentions: Sequence[EventMention],
               outlets: Mapping[str, str] | None = None) -> Event:
    """One event from mentions already judged to report the same happening.

    ``outlets`` (document id -> outlet name) names the sources in the disagreement notes.
    """
    time, origin = choose_time(mentions)
    best = min(mentions, key=_title_key)
    counts = Counter(a for m in mentions for a in m.actors)
    first_seen = {a: k for k, a in enumerate(dict.fromkeys(a for m in mentions for a in m.actors))}
    actors = tuple(sorted(counts, key=lambda a: (-counts[a], first_seen[a])))
    return Event(
        id=stable_id(*sorted(m.id for m in mentions)),
        title=best.title,
        mentions=tuple(mentions),
        time=time,
        actors=actors,
        modality=mentions[0].modality,
        confidence=combined_confidence(mentions),
        disagreements=disagreements(mentions, time, origin, outlets),
    )


def event_sort_key(event: Event) -> tuple:
    """Events in time order (undated last), ties broken by id."""
    if event.time is None:
        return (1, date.max, date.max, event.id)
    return (0, event.time.start, event.time.end, event.id)
