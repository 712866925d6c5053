"""The compact, JSON-ready view of a timeline that the figure and the report page are drawn from.

Every string here is raw text (escaping is the job of whoever displays it); offsets of the trigger
and of the date words are relative to the mention's sentence, so the page can highlight them
without ever parsing HTML.
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from urllib.parse import urlsplit

from ..lexicon import event_class
from ..model import DocStatus, Document, Event, EventMention, Timeline, TimeSpan

__all__ = ["event_kind", "report_data", "safe_url"]

logger = logging.getLogger(__name__)

# A date is drawn as uncertain (lighter) when it has a modifier ("early 2026", "about a year ago",
# "before March": fuzzy edges) or when it was not read from date words in the text at all.
VAGUE_SOURCES = frozenset({"reported"})
POINT_GRANULARITIES = frozenset({"time", "day"})

_CONTROL = re.compile(r"[\x00-\x20\x7f]")


def safe_url(url: str | None) -> str | None:
    """The URL if it is a plain http(s) link, else None (``javascript:`` and friends are dropped).

    >>> safe_url("https://example.org/a?b=1"), safe_url("javascript:alert(1)"), safe_url("ftp://x")
    ('https://example.org/a?b=1', None, None)
    >>> safe_url(" jav\\tascript:alert(1)") is None
    True
    """
    if not url:
        return None
    url = url.strip()
    if _CONTROL.search(url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return url


def is_point(span: TimeSpan) -> bool:
    """Whether a span is drawn as a point (a day or finer) rather than as a bar."""
    return span.granularity.value in POINT_GRANULARITIES and span.start == span.end


def is_vague(event: Event) -> bool:
    """Whether an event's date is approximate: a modifier, or no date words behind it."""
    if event.time is None:
        return False
    if event.time.mod:
        return True
    sources = {m.time_source for m in event.mentions if m.time == event.time}
    return bool(sources) and sources <= VAGUE_SOURCES


def _span_in_sentence(
    sentence: str, offset: int, start: int | None, end: int | None, words: str | None
) -> list[int] | None:
    """Offsets of ``words`` relative to the sentence, whether given absolute or relative."""
    if not words:
        return None
    if start is not None and end is not None:
        for shift in (offset, 0):
            s, e = start - shift, end - shift
            if 0 <= s <= e <= len(sentence) and sentence[s:e] == words:
                return [s, e]
    found = sentence.find(words)
    return [found, found + len(words)] if found >= 0 else None


def _mention_data(
    mention: EventMention, doc_index: dict[str, int], event_time: TimeSpan | None
) -> dict:
    """A mention; its dates are given only where they differ from the event's."""
    sentence = mention.text or ""
    data: dict = {"doc": doc_index.get(mention.document, -1), "text": sentence}
    trigger = _span_in_sentence(
        sentence, mention.start_char, mention.trigger_start, mention.trigger_end, mention.trigger
    )
    if trigger:
        data["trigger"] = trigger
    timex = mention.timex
    if timex is not None:
        where = _span_in_sentence(sentence, mention.start_char, timex.start_char, timex.end_char,
                                  timex.text)
        if where:
            data["time"] = where
        else:  # the date words are in another sentence: give them as words
            data["time_text"] = timex.text
        data["anchor"] = timex.anchor.value
    if mention.time is not None and mention.time != event_time:
        data["start"] = mention.time.start.isoformat()
        data["end"] = mention.time.end.isoformat()
    elif mention.time is None and event_time is not None:
        data["undated"] = True  # the event got its date from another mention
    if mention.time_source != "text":
        data["time_source"] = mention.time_source
    if mention.modality.value != "asserted":
        data["modality"] = mention.modality.value
    if mention.participants:
        data["participants"] = [[role, name] for role, name in mention.participants]
    return data


def event_kind(event: Event) -> str | None:
    """The event's class (``visit``, ``order``...): the commonest class of its mentions' triggers.

    >>> m = EventMention(id="m", document="d", sentence=0, start_char=0, end_char=9,
    ...                  text="He toured", trigger="toured", trigger_start=3, trigger_end=9,
    ...                  title="He toured")
    >>> event_kind(Event(id="e", title="He toured", mentions=(m,)))
    'visit'
    """
    kinds = Counter(event_class(m.trigger) for m in event.mentions if m.trigger)
    return min(kinds, key=lambda k: (-kinds[k], k)) if kinds else None


def _event_data(event: Event, doc_index: dict[str, int]) -> dict:
    data: dict = {"id": event.id, "title": event.title}
    kind = event_kind(event)
    if kind:
        data["kind"] = kind
    span = event.time
    if span is not None:
        data.update(start=span.start.isoformat(), end=span.end.isoformat(),
                    granularity=span.granularity.value)
        if span.value != data["start"]:
            data["value"] = span.value
        if span.mod:
            data["mod"] = span.mod
        if is_vague(event):
            data["vague"] = True
    data["modality"] = event.modality.value
    if event.actors:
        data["actors"] = list(event.actors)
    data["sources"] = [doc_index[d] for d in event.documents if d in doc_index]
    data["confidence"] = round(float(event.confidence), 2)
    if event.time_text:
        data["time_text"] = event.time_text
    if event.disagreements:
        data["disagreements"] = list(event.disagreements)
    data["mentions"] = [_mention_data(m, doc_index, span) for m in event.mentions]
    return data


def _document_data(doc: Document) -> dict:
    data: dict = {"id": doc.id, "path": doc.path, "status": doc.status.value}
    for key in ("title", "source", "language", "error", "published_from"):
        value = getattr(doc, key)
        if value:
            data[key] = value
    if doc.published is not None:
        data["published"] = doc.published.isoformat()
    if doc.warnings:  # problems that did not stop the reading: shown, never dropped
        data["warnings"] = list(doc.warnings)
    url = safe_url(doc.url)
    if url:
        data["url"] = url
    return data


def document_label(doc: dict) -> str:
    """How a document is named in lanes and lists: its outlet, else its title, else its file name
    (the full path stays in the documents list)."""
    path = doc.get("path")
    name = re.split(r"[\\/]", path)[-1] if path else None
    return doc.get("source") or doc.get("title") or name or doc.get("id", "?")


def _summary(tl: Timeline, events: list[dict], documents: list[dict]) -> dict:
    statuses = Counter(d.status for d in tl.documents)
    dated = [e for e in events if "start" in e]
    return {
        "documents": len(tl.documents),
        "ok": statuses[DocStatus.OK],
        "empty": statuses[DocStatus.EMPTY],
        "failed": statuses[DocStatus.ERROR],
        "events": len(events),
        "dated": len(dated),
        "undated": len(events) - len(dated),
        "relations": len(tl.relations),
        "first": min((e["start"] for e in dated), default=None),
        "last": max((e["end"] for e in dated), default=None),
        "sources": sorted({document_label(d) for d in documents if d["status"] == "ok"}),
    }


def report_data(tl: Timeline, title: str | None = None) -> dict:
    """The compact per-event structure the report page embeds (and the figure is built from).

    Documents are listed once and referred to by index; relations are ``[source index, target
    index, type, confidence, evidence]``. To stay small, keys are left out when they say nothing
    new: an undated event has no ``start``; ``value`` only when it is not the start date; a
    mention's ``start``/``end`` only when they differ from its event's (``undated`` when it has
    none), its ``time_text`` only when the date words are not in its sentence (else ``time``
    gives their offsets), its ``participants`` (``[role, name]`` pairs) only when it has some.

    Examples
    --------
    >>> data = report_data(Timeline())
    >>> data["summary"]["events"], data["events"], data["documents"]
    (0, [], [])
    """
    documents = [_document_data(d) for d in tl.documents]
    doc_index = {d.id: i for i, d in enumerate(tl.documents)}
    events = [_event_data(e, doc_index) for e in tl.events]
    event_index = {e.id: i for i, e in enumerate(tl.events)}
    relations = []
    for rel in tl.relations:
        if rel.source in event_index and rel.target in event_index:
            relations.append([event_index[rel.source], event_index[rel.target], rel.type.value,
                              round(float(rel.confidence), 2), rel.evidence])
        else:
            logger.warning("relation %s -> %s names an unknown event", rel.source, rel.target)
    return {
        "title": title or "Timeline",
        "summary": _summary(tl, events, documents),
        "documents": documents,
        "events": events,
        "relations": relations,
    }
