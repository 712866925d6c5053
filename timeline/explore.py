"""Exploring a built timeline from Python: filter it, walk its relations, hand it to pandas.

Every function takes a :class:`~timeline.model.Timeline` and returns new objects; none changes
its input, so a notebook can slice one build many ways::

    tl = timeline.build("articles/")
    russia = query(tl, actor="Russia", since="2022", until="2023")
    print(format_table(russia, limit=20))
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from datetime import date, timedelta
from pathlib import PurePath

import networkx as nx

from .errors import TimelineError
from .model import DocStatus, Event, Modality, Relation, RelationType, Timeline

__all__ = ["QueryError", "format_table", "neighbours", "path", "query", "to_pandas"]

logger = logging.getLogger(__name__)

TABLE_COLUMNS = ("start", "end", "title", "actors", "sources", "confidence")
_WIDTHS = {"start": 10, "end": 10, "title": 48, "actors": 28, "sources": 24, "confidence": 10}
_DATE = re.compile(r"^\s*(-?\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?\s*$")


class QueryError(TimelineError, ValueError):
    """A query cannot be answered as asked: an unknown event id, a malformed date or option."""


# --- query ---------------------------------------------------------------------------------------


def parse_bound(value: date | str, end: bool = False) -> date:
    """The first (or, with ``end``, last) day of a date written ``YYYY``, ``YYYY-MM`` or ISO.

    Examples
    --------
    >>> parse_bound("2022"), parse_bound("2023", end=True), parse_bound("2024-02", end=True)
    (datetime.date(2022, 1, 1), datetime.date(2023, 12, 31), datetime.date(2024, 2, 29))
    """
    if isinstance(value, date):
        return value
    match = _DATE.match(str(value))
    if match is None:
        raise QueryError(f"{value!r} is not a date; write it as YYYY, YYYY-MM or YYYY-MM-DD")
    year, month, day = (int(g) if g else None for g in match.groups())
    try:
        if day is not None:
            return date(year, month, day)
        if month is not None:
            first = date(year, month, 1)
            if not end:
                return first
            return (first.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
        return date(year, 12, 31) if end else date(year, 1, 1)
    except ValueError as err:
        raise QueryError(f"{value!r} is not a calendar date ({err})") from None


def _as_set(value: str | Iterable[str] | None) -> set[str] | None:
    """A one-or-many option as a set of case-folded strings (None when not given)."""
    if value is None:
        return None
    values = [value] if isinstance(value, str) else list(value)
    return {str(v).casefold() for v in values}


def _enum_set(kind, value, option: str) -> set | None:
    if value is None:
        return None
    values = [value] if isinstance(value, (str, kind)) else list(value)
    try:
        return {kind(v) for v in values}
    except ValueError:
        options = ", ".join(repr(m.value) for m in kind)
        raise QueryError(f"{option}: {value!r} is not one of {options}") from None


def _haystack(event: Event) -> str:
    parts = [event.title, *event.actors]
    for mention in event.mentions:
        parts += [mention.title, mention.text, *mention.actors]
    return " ".join(parts).casefold()


def query(
    tl: Timeline,
    actor: str | Iterable[str] | None = None,
    since: date | str | None = None,
    until: date | str | None = None,
    text: str | None = None,
    source: str | Iterable[str] | None = None,
    min_confidence: float | None = None,
    modality: Modality | str | Iterable[Modality | str] | None = None,
    relation: RelationType | str | Iterable[RelationType | str] | None = None,
) -> Timeline:
    """A new timeline with the events that match every given filter.

    Parameters
    ----------
    tl
        The timeline to filter; it is not changed.
    actor
        A canonical actor name, or several (any matches); case-insensitive.
    since, until
        Keep events whose interval overlaps ``[since, until]``. Dates or ``"YYYY"``,
        ``"YYYY-MM"``, ``"YYYY-MM-DD"`` strings; a year or month means all of it, so
        ``until="2023"`` reaches 2023-12-31. Undated events are dropped when either is given.
    text
        Words that must all occur (case-insensitive) in the title, actors or sentences.
    source
        An outlet name (``Document.source``), document id or part of a document path; or several.
    min_confidence
        Keep events at least this confident.
    modality
        Keep events with this modality (or any of several): ``"asserted"``, ``"planned"``...
    relation
        Keep events that take part in a relation of this type (or any of several).

    Returns
    -------
    Timeline
        The matching events; the relations whose both ends match; the documents those events
        cite plus every failed document (so a report still lists unread inputs); and the
        temporal expressions of the kept documents.

    Raises
    ------
    QueryError
        When a date, modality or relation type is malformed.

    Examples
    --------
    >>> query(Timeline(), actor="Russia", since="2022")
    <Timeline: 0 documents (0 failed), 0 timexes, 0 events, 0 relations>
    """
    actors = _as_set(actor)
    start = parse_bound(since) if since is not None else None
    end = parse_bound(until, end=True) if until is not None else None
    if start is not None and end is not None and start > end:
        raise QueryError(f"since ({start}) is after until ({end}); nothing could match")
    words = text.casefold().split() if text else []
    sources = _as_set(source)
    modalities = _enum_set(Modality, modality, "modality")
    types = _enum_set(RelationType, relation, "relation")
    related = None
    if types is not None:
        related = {end_ for r in tl.relations if r.type in types for end_ in (r.source, r.target)}
    documents = {d.id: d for d in tl.documents}

    def cites(event: Event) -> bool:
        for doc_id in event.documents:
            doc = documents.get(doc_id)
            names = {doc_id.casefold()}
            if doc is not None and doc.source:
                names.add(doc.source.casefold())
            if names & sources:
                return True
            path = doc.path.casefold() if doc is not None else ""
            if path and any(s in path for s in sources):
                return True
        return False

    def keep(event: Event) -> bool:
        if actors is not None and not actors & {a.casefold() for a in event.actors}:
            return False
        if start is not None or end is not None:
            if event.time is None:
                return False
            if start is not None and event.time.end < start:
                return False
            if end is not None and event.time.start > end:
                return False
        if min_confidence is not None and event.confidence < min_confidence:
            return False
        if modalities is not None and event.modality not in modalities:
            return False
        if related is not None and event.id not in related:
            return False
        if words:
            haystack = _haystack(event)
            if not all(w in haystack for w in words):
                return False
        return sources is None or cites(event)

    events = [e for e in tl.events if keep(e)]
    kept = {e.id for e in events}
    cited = {d for e in events for d in e.documents}
    docs = [d for d in tl.documents if d.id in cited or d.status is DocStatus.ERROR]
    doc_ids = {d.id for d in docs}
    result = Timeline(
        documents=docs,
        timexes=[t for t in tl.timexes if t.document in doc_ids],
        events=events,
        relations=[r for r in tl.relations if r.source in kept and r.target in kept],
        dropped_relations=[
            r for r in tl.dropped_relations if r.source in kept and r.target in kept
        ],
    )
    logger.info("query kept %d of %d events", len(events), len(tl.events))
    return result


# --- relations -----------------------------------------------------------------------------------


def _check_event(tl: Timeline, event_id: str) -> None:
    if not any(e.id == event_id for e in tl.events):
        raise QueryError(f"no event with id {event_id!r} in this timeline")


def neighbours(
    tl: Timeline,
    event_id: str,
    types: RelationType | str | Iterable[RelationType | str] | None = None,
    direction: str = "both",
) -> list[tuple[Relation, Event]]:
    """The events related to one event, each with the relation that links them.

    Parameters
    ----------
    event_id
        The event to start from.
    types
        Only relations of this type (or these types); all when None.
    direction
        ``"out"`` (the event is the relation's source), ``"in"`` (its target) or ``"both"``.

    Returns
    -------
    list of (Relation, Event)
        In the order of ``tl.relations``; the event is the other end of the relation.

    Raises
    ------
    QueryError
        When the event id is unknown, or a type or the direction is not valid.
    """
    if direction not in ("out", "in", "both"):
        raise QueryError(f"direction: {direction!r} is not one of 'out', 'in', 'both'")
    _check_event(tl, event_id)
    wanted = _enum_set(RelationType, types, "types")
    by_id = {e.id: e for e in tl.events}
    found = []
    for r in tl.relations:
        if wanted is not None and r.type not in wanted:
            continue
        if r.source == event_id and direction in ("out", "both"):
            other = r.target
        elif r.target == event_id and direction in ("in", "both"):
            other = r.source
        else:
            continue
        if other in by_id:
            found.append((r, by_id[other]))
    return found


def path(
    tl: Timeline,
    a: str,
    b: str,
    types: RelationType | str | Iterable[RelationType | str] | None = None,
    directed: bool = False,
) -> list[Event]:
    """The shortest chain of relations from event ``a`` to event ``b`` (both included).

    Relations are followed either way unless ``directed``; ``types`` limits which are followed.

    Raises
    ------
    QueryError
        When either id is unknown or no chain of relations links the two events.
    """
    _check_event(tl, a)
    _check_event(tl, b)
    wanted = _enum_set(RelationType, types, "types")
    graph = tl.graph
    if wanted is not None:
        keys = {t.value for t in wanted}
        graph = nx.subgraph_view(graph, filter_edge=lambda u, v, k: k in keys)
    if not directed:
        graph = graph.to_undirected(as_view=True)
    try:
        ids = nx.shortest_path(graph, a, b)
    except nx.NetworkXNoPath:
        kinds = f" of type {', '.join(sorted(t.value for t in wanted))}" if wanted else ""
        how = "directed " if directed else ""
        raise QueryError(f"no {how}path of relations{kinds} from {a!r} to {b!r}") from None
    by_id = {e.id: e for e in tl.events}
    return [by_id[i] for i in ids]


# --- tables --------------------------------------------------------------------------------------


def to_pandas(tl: Timeline):  # -> tuple[pandas.DataFrame, pandas.DataFrame]
    """The events and the relations as two pandas DataFrames.

    Event rows have the columns of :data:`timeline.export.EVENT_COLUMNS`, with ``start``/``end``
    as ``datetime64[s]`` (NaT when undated) and ``actors``, ``sources``, ``documents`` as lists.

    Raises
    ------
    ImportError
        When pandas is not installed (it is the optional extra ``timeline-builder[pandas]``).
    """
    try:
        import numpy as np
        import pandas as pd
    except ImportError as err:
        raise ImportError(
            "to_pandas needs pandas: pip install 'timeline-builder[pandas]'"
        ) from err
    from .export import EVENT_COLUMNS, RELATION_COLUMNS, event_rows, relation_rows

    rows = event_rows(tl)
    outlets = {d.id: d.source or d.path for d in tl.documents}
    for row, event in zip(rows, tl.events, strict=True):
        row["actors"] = list(event.actors)
        row["sources"] = list(dict.fromkeys(outlets.get(d, d) for d in event.documents))
        row["documents"] = list(event.documents)
    events = pd.DataFrame(rows, columns=list(EVENT_COLUMNS))
    for column, attr in (("start", "start"), ("end", "end")):
        days = np.array(
            [getattr(e.time, attr) if e.time else None for e in tl.events], dtype="datetime64[D]"
        )
        events[column] = pd.Series(days.astype("datetime64[s]"), index=events.index)
    relations = pd.DataFrame(relation_rows(tl), columns=list(RELATION_COLUMNS))
    return events, relations


def _cell(value: str, width: int) -> str:
    value = " ".join(value.split())
    return value if len(value) <= width else value[: width - 1] + "…"


def format_table(tl: Timeline, limit: int | None = None) -> str:
    """A plain-text table of the events (start, end, title, actors, sources, confidence).

    Examples
    --------
    >>> print(format_table(Timeline()))
    0 events
    """
    # the outlet, else the file name: the start of a long path says little in a narrow column
    outlets = {d.id: d.source or PurePath(d.path).name or d.path for d in tl.documents}
    shown = tl.events if limit is None else tl.events[: max(limit, 0)]
    rows = []
    for e in shown:
        rows.append({
            "start": e.time.start.isoformat() if e.time else "undated",
            "end": e.time.end.isoformat() if e.time else "",
            "title": e.title,
            "actors": ", ".join(e.actors),
            "sources": ", ".join(dict.fromkeys(outlets.get(d, d) for d in e.documents)),
            "confidence": f"{e.confidence:.2f}",
        })
    lines = []
    if rows:
        widths = {
            c: min(_WIDTHS[c], max(len(c), *(len(" ".join(r[c].split())) for r in rows)))
            for c in TABLE_COLUMNS
        }
        lines.append("  ".join(c.ljust(widths[c]) for c in TABLE_COLUMNS).rstrip())
        lines.append("  ".join("-" * widths[c] for c in TABLE_COLUMNS))
        for row in rows:
            cells = [_cell(row[c], widths[c]).ljust(widths[c]) for c in TABLE_COLUMNS]
            lines.append("  ".join(cells).rstrip())
    hidden = len(tl.events) - len(shown)
    noun = "event" if len(tl.events) == 1 else "events"
    lines.append(f"{len(tl.events)} {noun}" + (f" ({hidden} not shown)" if hidden else ""))
    return "\n".join(lines)
