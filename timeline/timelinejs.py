"""Knight Lab's TimelineJS JSON: one slide per dated event, ready for a TimelineJS embed.

The format (https://timeline.knightlab.com/docs/json-format.html) is a ``title`` slide and a list
of ``events`` slides, each with a ``start_date`` (``{"year": 2026, "month": 3, "day": 3}``), an
optional ``end_date``, a ``text`` (``headline`` and HTML ``text``), a ``group`` row, a
``display_date`` and a ``unique_id``. A date is written only to the precision its granularity
warrants, so "2025-Q4" shows as October to December, not as 1 October.
"""

from __future__ import annotations

import html
import json
import os
from datetime import date
from typing import Any

from .model import DocStatus, Document, Event, Granularity, Modality, Timeline, TimeSpan

__all__ = ["to_timelinejs", "write_timelinejs"]

_MONTH_RANK = Granularity.HALF.rank
_DAY_RANK = Granularity.WEEK.rank
_EXACT = {Granularity.TIME, Granularity.DAY, Granularity.MONTH, Granularity.YEAR}
_SAFE_URL = ("http://", "https://")
_SEASONS = {"SP": "spring", "SU": "summer", "FA": "autumn", "AU": "autumn", "WI": "winter"}
_MOD_WORDS = {"START": "early", "MID": "mid", "END": "late", "APPROX": "about",
              "LESS_THAN": "before", "MORE_THAN": "after", "BEFORE": "before", "AFTER": "after"}


def _tljs_date(day: date, granularity: Granularity) -> dict[str, int]:
    out = {"year": day.year}
    if granularity.rank <= _MONTH_RANK:
        out["month"] = day.month
    if granularity.rank <= _DAY_RANK:
        out["day"] = day.day
    return out


def _display_date(span: TimeSpan) -> str:
    """Words for an interval TimelineJS cannot show by its fields alone ("late 2025-Q4")."""
    if span.granularity is Granularity.DECADE:
        text = f"{span.start.year}s"
    elif span.granularity is Granularity.CENTURY:
        text = f"{span.start.year}–{span.end.year}"
    elif span.granularity is Granularity.SEASON and span.value[-2:] in _SEASONS:
        text = f"{_SEASONS[span.value[-2:]]} {span.start.year}"
    elif span.granularity is Granularity.WEEK:
        text = f"week of {span.start.isoformat()}"
    else:
        text = span.value
    return f"{_MOD_WORDS.get(span.mod, '')} {text}".strip()


def _tljs_body(e: Event, documents: dict[str, Document]) -> str:
    """The slide text: every distinct sentence with its outlet, date and link, HTML-escaped."""
    parts = []
    if e.modality is not Modality.ASSERTED:
        parts.append(f"<p><strong>{html.escape(e.modality.value)}</strong></p>")
    seen = set()
    for m in e.mentions:
        sentence = " ".join(m.text.split())
        if (m.document, sentence) in seen:
            continue
        seen.add((m.document, sentence))
        doc = documents.get(m.document)
        outlet = html.escape((doc.source or doc.title or doc.path) if doc else m.document)
        if doc is not None and doc.url and doc.url.startswith(_SAFE_URL):
            outlet = f'<a href="{html.escape(doc.url)}">{outlet}</a>'
        when = f", {doc.published.isoformat()}" if doc is not None and doc.published else ""
        parts.append(f"<p>{html.escape(sentence)}<br><em>— {outlet}{when}</em></p>")
    details = []
    if e.time_text:
        details.append(f"Dated from “{html.escape(e.time_text)}”.")
    if e.actors:
        details.append("Actors: " + html.escape(", ".join(e.actors)) + ".")
    details.append(f"Confidence {e.confidence:.2f}.")
    details += [html.escape(d) for d in e.disagreements]
    parts.append("<p><small>" + " ".join(details) + "</small></p>")
    return "".join(parts)


def _tljs_slide(e: Event, documents: dict[str, Document], group: str | None) -> dict[str, Any]:
    span = e.time
    assert span is not None
    slide: dict[str, Any] = {"start_date": _tljs_date(span.start, span.granularity)}
    end = _tljs_date(span.end, span.granularity)
    if end != slide["start_date"]:
        slide["end_date"] = end
    slide["text"] = {"headline": html.escape(e.title), "text": _tljs_body(e, documents)}
    if group == "actor" and e.actors:
        slide["group"] = e.actors[0]
    elif group == "source" and e.documents:
        doc = documents.get(e.documents[0])
        slide["group"] = (doc.source or doc.path) if doc else e.documents[0]
    if span.granularity not in _EXACT or span.mod:
        slide["display_date"] = _display_date(span)
    slide["unique_id"] = e.id
    return slide


def to_timelinejs(
    tl: Timeline, title: str | None = None, group: str | None = "actor"
) -> dict[str, Any]:
    """The dated events in Knight Lab's TimelineJS JSON format (one slide per event).

    Each slide's text carries every sentence that reports the event with its outlet and date,
    HTML-escaped; ``group`` puts slides in rows by first ``"actor"``, first ``"source"`` or
    not at all (None). TimelineJS needs a start date, so undated events are left out and counted
    on the title slide, as are unread inputs.

    Examples
    --------
    >>> to_timelinejs(Timeline())["events"]
    []
    """
    if group not in ("actor", "source", None):
        raise ValueError(f"group: {group!r} is not one of 'actor', 'source', None")
    documents = {d.id: d for d in tl.documents}
    dated = [e for e in tl.events if e.time is not None]
    notes = [f"{len(dated)} dated events from {len(tl.documents)} documents."]
    undated = len(tl.events) - len(dated)
    if undated:
        notes.append(f"{undated} undated events are not shown.")
    failed = sum(1 for d in tl.documents if d.status is DocStatus.ERROR)
    if failed:
        notes.append(f"{failed} inputs could not be read.")
    return {
        "title": {"text": {"headline": html.escape(title or "Timeline"),
                           "text": "<p>" + " ".join(notes) + "</p>"}},
        "events": _unique_ids([_tljs_slide(e, documents, group) for e in dated]),
    }


def _unique_ids(slides: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Suffix repeated event ids: TimelineJS would otherwise rename them at random."""
    used: set[str] = set()
    for slide in slides:
        uid, n = slide["unique_id"], 1
        while uid in used:
            n += 1
            uid = f"{slide['unique_id']}-{n}"
        slide["unique_id"] = uid
        used.add(uid)
    return slides


def write_timelinejs(
    tl: Timeline, path: str | os.PathLike, title: str | None = None, group: str | None = "actor"
) -> None:
    """Write :func:`to_timelinejs` as UTF-8 JSON, ready for a TimelineJS embed."""
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(json.dumps(to_timelinejs(tl, title=title, group=group), ensure_ascii=False,
                           indent=1) + "\n")
