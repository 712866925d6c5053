"""Exports: the ``timeline/1`` JSON (the contract other tools read), CSV, GraphML, GEXF,
networkx node-link JSON and TimelineJS JSON.

The JSON keeps everything a :class:`~timeline.model.Timeline` holds, so that ``load`` gives back
an equal timeline: documents with their text and blocks, every temporal expression, every event
with all its mentions (each pointing at its temporal expression by index into ``timexes``, with
its ``participants`` as ``[{"role", "name"}]`` when it has any), the relations, and (only when
there are any) the ``dropped_relations`` left out to keep ``before`` consistent, with the reason
in their ``evidence``. Dates are ISO ``YYYY-MM-DD``; intervals are inclusive; unknowns are
``null``.
"""

from __future__ import annotations

import csv
import json
import os
from collections.abc import Iterable
from datetime import date
from enum import Enum
from typing import Any

import networkx as nx

from .errors import InputError, SchemaError
from .model import (
    Anchor,
    Block,
    DocStatus,
    Document,
    Event,
    EventMention,
    Granularity,
    Modality,
    Relation,
    RelationType,
    Timeline,
    TimeSpan,
    Timex,
    TimexType,
)
from .timelinejs import to_timelinejs, write_timelinejs

__all__ = [
    "SCHEMA",
    "EVENT_COLUMNS",
    "RELATION_COLUMNS",
    "event_rows",
    "from_dict",
    "load",
    "node_link_data",
    "relation_rows",
    "to_dict",
    "to_json",
    "to_timelinejs",
    "write_csv",
    "write_gexf",
    "write_graphml",
    "write_node_link",
    "write_relations_csv",
    "write_timelinejs",
]

SCHEMA = "timeline/1"
EVENT_COLUMNS = (
    "id", "start", "end", "granularity", "title", "actors", "sources", "documents",
    "n_mentions", "confidence", "modality", "time_text", "sentence", "participants",
)
RELATION_COLUMNS = (
    "source", "target", "type", "confidence", "evidence", "source_title", "target_title",
)
LIST_SEPARATOR = ";"


# --- to JSON -------------------------------------------------------------------------------------


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _span_fields(span: TimeSpan | None) -> dict[str, Any]:
    return {
        "start": _iso(span.start) if span else None,
        "end": _iso(span.end) if span else None,
        "granularity": span.granularity.value if span else None,
    }


def _document(doc: Document) -> dict[str, Any]:
    out = {
        "id": doc.id,
        "path": doc.path,
        "title": doc.title,
        "published": _iso(doc.published),
        "published_from": doc.published_from,
        "language": doc.language,
        "source": doc.source,
        "url": doc.url,
        "status": doc.status.value,
        "error": doc.error,
        "blocks": [
            {"start": b.start, "end": b.end, "language": b.language, "boilerplate": b.boilerplate}
            for b in doc.blocks
        ],
        "text": doc.text,
    }
    if doc.warnings:  # omitted when empty, so files from before the field stay identical
        out["warnings"] = list(doc.warnings)
    return out


def _timex(t: Timex) -> dict[str, Any]:
    out = {
        "document": t.document,
        "text": t.text,
        "start_char": t.start_char,
        "end_char": t.end_char,
        "type": t.type.value,
        "value": t.value,
        "mod": t.mod,
        **_span_fields(t.span),
        "anchor": t.anchor.value,
        "confidence": t.confidence,
        "language": t.language,
    }
    if t.span is not None and (t.span.value != t.value or t.span.mod != t.mod):
        out["span_value"], out["span_mod"] = t.span.value, t.span.mod
    return out


def _mention(m: EventMention, timex_index: dict[Timex, int]) -> dict[str, Any]:
    if m.timex is None:
        timex = None
    else:
        timex = timex_index.get(m.timex)
        if timex is None:
            timex = _timex(m.timex)  # not among the timeline's timexes: carried inline
    out = {
        "id": m.id,
        "document": m.document,
        "sentence": m.sentence,
        "start_char": m.start_char,
        "end_char": m.end_char,
        "text": m.text,
        "trigger": m.trigger,
        "trigger_start": m.trigger_start,
        "trigger_end": m.trigger_end,
        "title": m.title,
        "actors": list(m.actors),
        "modality": m.modality.value,
        "confidence": m.confidence,
        "time_text": m.time_text,
        "time_source": m.time_source,
        **_span_fields(m.time),
        "value": m.time.value if m.time else None,
        "mod": m.time.mod if m.time else None,
        "timex": timex,
    }
    if m.participants:  # omitted when empty, so files from before the field stay identical
        out["participants"] = [{"role": role, "name": name} for role, name in m.participants]
    return out


def _event(e: Event, timex_index: dict[Timex, int], outlets: dict[str, str]) -> dict[str, Any]:
    return {
        "id": e.id,
        "title": e.title,
        **_span_fields(e.time),
        "value": e.time.value if e.time else None,
        "mod": e.time.mod if e.time else None,
        "time_text": e.time_text,
        "actors": list(e.actors),
        "confidence": e.confidence,
        "modality": e.modality.value,
        "disagreements": list(e.disagreements),
        "sources": list(e.documents),
        "outlets": list(dict.fromkeys(outlets[d] for d in e.documents if d in outlets)),
        "mentions": [_mention(m, timex_index) for m in e.mentions],
    }


def _relation(r: Relation) -> dict[str, Any]:
    return {
        "source": r.source,
        "target": r.target,
        "type": r.type.value,
        "confidence": r.confidence,
        "evidence": r.evidence,
    }


def to_dict(tl: Timeline) -> dict[str, Any]:
    """The timeline as a ``timeline/1`` dictionary of plain JSON values.

    Examples
    --------
    >>> to_dict(Timeline())["schema"]
    'timeline/1'
    """
    timex_index: dict[Timex, int] = {}
    for k, t in enumerate(tl.timexes):
        timex_index.setdefault(t, k)
    outlets = {d.id: d.source for d in tl.documents if d.source}
    return {
        "schema": SCHEMA,
        "documents": [_document(d) for d in tl.documents],
        "timexes": [_timex(t) for t in tl.timexes],
        "events": [_event(e, timex_index, outlets) for e in tl.events],
        "relations": [_relation(r) for r in tl.relations],
        # left out to keep "before" consistent; the key is absent when nothing was dropped
        **({"dropped_relations": [_relation(r) for r in tl.dropped_relations]}
           if tl.dropped_relations else {}),
    }


def to_json(tl: Timeline, path: str | os.PathLike | None = None) -> str | None:
    """The ``timeline/1`` JSON text; written to ``path`` (UTF-8) and None returned when given.

    Examples
    --------
    >>> to_json(Timeline()).splitlines()[1]
    ' "schema": "timeline/1",'
    """
    text = json.dumps(to_dict(tl), ensure_ascii=False, indent=1) + "\n"
    if path is None:
        return text
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    return None


# --- from JSON -----------------------------------------------------------------------------------

_MISSING = object()


def _field(obj: Any, key: str, where: str, kinds: type | tuple[type, ...], default=_MISSING):
    """``obj[key]`` checked against ``kinds`` (None allowed only through ``default``)."""
    if not isinstance(obj, dict):
        raise SchemaError(f"{where}: expected an object, found {type(obj).__name__}")
    if key not in obj:
        if default is _MISSING:
            raise SchemaError(f"{where}: missing field {key!r}")
        return default
    value = obj[key]
    if value is None and default is not _MISSING:
        return default
    if kinds is float and isinstance(value, int) and not isinstance(value, bool):
        return float(value)
    if not isinstance(value, kinds) or (isinstance(value, bool) and kinds is not bool):
        names = kinds.__name__ if isinstance(kinds, type) else "/".join(k.__name__ for k in kinds)
        raise SchemaError(f"{where}.{key}: expected {names}, found {value!r}")
    return value


def _list(obj: Any, key: str, where: str) -> list:
    return _field(obj, key, where, list, default=[])


def _strings(obj: Any, key: str, where: str, default=_MISSING) -> tuple[str, ...]:
    values = _field(obj, key, where, list, default=default)
    for k, value in enumerate(values):
        if not isinstance(value, str):
            raise SchemaError(f"{where}.{key}[{k}]: expected str, found {value!r}")
    return tuple(values)


def _enum(kind: type[Enum], value: Any, where: str) -> Any:
    try:
        return kind(value)
    except ValueError:
        options = ", ".join(repr(member.value) for member in kind)
        raise SchemaError(f"{where}: {value!r} is not one of {options}") from None


def _date(value: Any, where: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except (TypeError, ValueError):
        raise SchemaError(f"{where}: {value!r} is not an ISO date (YYYY-MM-DD)") from None


def _span(obj: dict, where: str, value: str | None, mod: str | None) -> TimeSpan | None:
    start = _date(obj.get("start"), f"{where}.start")
    end = _date(obj.get("end"), f"{where}.end")
    if start is None and end is None:
        return None
    if start is None or end is None:
        raise SchemaError(f"{where}: 'start' and 'end' must both be dates or both be null")
    granularity = _enum(Granularity, _field(obj, "granularity", where, str), f"{where}.granularity")
    if value is None:
        value = start.isoformat() if start == end else f"{start.isoformat()}/{end.isoformat()}"
    try:
        return TimeSpan(start, end, granularity, value, mod)
    except ValueError as err:
        raise SchemaError(f"{where}: {err}") from None


def _read_document(obj: Any, where: str) -> Document:
    blocks = tuple(
        Block(
            start=_field(b, "start", f"{where}.blocks[{k}]", int),
            end=_field(b, "end", f"{where}.blocks[{k}]", int),
            language=_field(b, "language", f"{where}.blocks[{k}]", str, default=None),
            boilerplate=_field(b, "boilerplate", f"{where}.blocks[{k}]", bool, default=False),
        )
        for k, b in enumerate(_list(obj, "blocks", where))
    )
    return Document(
        id=_field(obj, "id", where, str),
        path=_field(obj, "path", where, str),
        text=_field(obj, "text", where, str, default=""),
        title=_field(obj, "title", where, str, default=None),
        published=_date(obj.get("published"), f"{where}.published"),
        published_from=_field(obj, "published_from", where, str, default=None),
        language=_field(obj, "language", where, str, default=None),
        source=_field(obj, "source", where, str, default=None),
        url=_field(obj, "url", where, str, default=None),
        status=_enum(DocStatus, _field(obj, "status", where, str), f"{where}.status"),
        error=_field(obj, "error", where, str, default=None),
        blocks=blocks,
        warnings=_strings(obj, "warnings", where, default=[]),
    )


def _read_timex(obj: Any, where: str) -> Timex:
    value = _field(obj, "value", where, str)
    mod = _field(obj, "mod", where, str, default=None)
    span_value = _field(obj, "span_value", where, str, default=value)
    span_mod = _field(obj, "span_mod", where, str, default=None) if "span_value" in obj else mod
    return Timex(
        document=_field(obj, "document", where, str),
        start_char=_field(obj, "start_char", where, int),
        end_char=_field(obj, "end_char", where, int),
        text=_field(obj, "text", where, str),
        type=_enum(TimexType, _field(obj, "type", where, str), f"{where}.type"),
        value=value,
        mod=mod,
        span=_span(obj, where, span_value, span_mod),
        anchor=_enum(Anchor, _field(obj, "anchor", where, str), f"{where}.anchor"),
        confidence=_field(obj, "confidence", where, float, default=1.0),
        language=_field(obj, "language", where, str, default="en"),
    )


def _read_participants(obj: Any, where: str) -> tuple[tuple[str, str], ...]:
    """``[{"role": "agent", "name": "Kim Jong Un"}, ...]`` as ``(role, name)`` pairs."""
    return tuple(
        (
            _field(p, "role", f"{where}.participants[{k}]", str),
            _field(p, "name", f"{where}.participants[{k}]", str),
        )
        for k, p in enumerate(_list(obj, "participants", where))
    )


def _read_mention(obj: Any, where: str, timexes: list[Timex]) -> EventMention:
    ref = obj.get("timex") if isinstance(obj, dict) else None
    if ref is None:
        timex = None
    elif isinstance(ref, int) and not isinstance(ref, bool):
        if not 0 <= ref < len(timexes):
            raise SchemaError(f"{where}.timex: index {ref} is outside 'timexes' ({len(timexes)})")
        timex = timexes[ref]
    else:
        timex = _read_timex(ref, f"{where}.timex")
    value = _field(obj, "value", where, str, default=None)
    return EventMention(
        id=_field(obj, "id", where, str),
        document=_field(obj, "document", where, str),
        sentence=_field(obj, "sentence", where, int),
        start_char=_field(obj, "start_char", where, int),
        end_char=_field(obj, "end_char", where, int),
        text=_field(obj, "text", where, str),
        trigger=_field(obj, "trigger", where, str),
        trigger_start=_field(obj, "trigger_start", where, int),
        trigger_end=_field(obj, "trigger_end", where, int),
        title=_field(obj, "title", where, str, default=""),
        actors=_strings(obj, "actors", where, default=[]),
        timex=timex,
        time=_span(obj, where, value, _field(obj, "mod", where, str, default=None)),
        time_source=_field(obj, "time_source", where, str, default="none"),
        modality=_enum(Modality, _field(obj, "modality", where, str, default="asserted"),
                       f"{where}.modality"),
        confidence=_field(obj, "confidence", where, float, default=0.5),
        participants=_read_participants(obj, where),
    )


def _read_event(obj: Any, where: str, timexes: list[Timex]) -> Event:
    mentions = tuple(
        _read_mention(m, f"{where}.mentions[{k}]", timexes)
        for k, m in enumerate(_field(obj, "mentions", where, list))
    )
    return Event(
        id=_field(obj, "id", where, str),
        title=_field(obj, "title", where, str),
        mentions=mentions,
        time=_span(obj, where, _field(obj, "value", where, str, default=None),
                   _field(obj, "mod", where, str, default=None)),
        actors=_strings(obj, "actors", where),
        modality=_enum(Modality, _field(obj, "modality", where, str, default="asserted"),
                       f"{where}.modality"),
        confidence=_field(obj, "confidence", where, float),
        disagreements=_strings(obj, "disagreements", where, default=[]),
    )


def _read_relation(obj: Any, where: str) -> Relation:
    return Relation(
        source=_field(obj, "source", where, str),
        target=_field(obj, "target", where, str),
        type=_enum(RelationType, _field(obj, "type", where, str), f"{where}.type"),
        confidence=_field(obj, "confidence", where, float),
        evidence=_field(obj, "evidence", where, str, default=""),
    )


def _what_is_it(data: dict[str, Any]) -> str:
    """Say what a JSON object without a schema looks like, for the other exports we write."""
    if isinstance(data.get("nodes"), list) and ("links" in data or "edges" in data):
        return (
            "this is a networkx node-link graph (written by --node-link), which holds no "
            "documents or sentences. Load the file written by `timeline build --json` instead, "
            "or read this one with networkx.node_link_graph."
        )
    events = data.get("events")
    if isinstance(events, list) and (
        isinstance(data.get("title"), dict)
        or any(isinstance(e, dict) and "start_date" in e for e in events)
    ):
        return (
            "this is a TimelineJS file (written by --timelinejs), which holds no documents or "
            "sentences. Load the file written by `timeline build --json` instead."
        )
    return "not a timeline export? Give a file written by `timeline build --json`."


def from_dict(data: dict[str, Any]) -> Timeline:
    """Rebuild a :class:`Timeline` from a ``timeline/1`` dictionary.

    Raises
    ------
    SchemaError
        When the schema name or version is not ``timeline/1`` or a field is missing or malformed;
        the message names the place (``events[3].mentions[0]: missing field 'trigger'``).

    Examples
    --------
    >>> from_dict({"schema": "timeline/1", "documents": [], "timexes": [], "events": [],
    ...            "relations": []})
    <Timeline: 0 documents (0 failed), 0 timexes, 0 events, 0 relations>
    >>> from_dict({"schema": "timeline/2"})  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    timeline.errors.SchemaError: unsupported schema 'timeline/2': ... reads 'timeline/1'. ...
    """
    if not isinstance(data, dict):
        raise SchemaError(f"a timeline must be a JSON object, found {type(data).__name__}")
    schema = data.get("schema")
    if schema is None:
        raise SchemaError(f"missing field 'schema' (expected {SCHEMA!r}): {_what_is_it(data)}")
    if schema != SCHEMA:
        raise SchemaError(
            f"unsupported schema {schema!r}: this version of timeline reads {SCHEMA!r}. "
            "Upgrade timeline or export the file again."
        )
    for key in ("documents", "timexes", "events", "relations"):
        _field(data, key, "timeline", list)
    documents = [_read_document(d, f"documents[{k}]") for k, d in enumerate(data["documents"])]
    timexes = [_read_timex(t, f"timexes[{k}]") for k, t in enumerate(data["timexes"])]
    events = [_read_event(e, f"events[{k}]", timexes) for k, e in enumerate(data["events"])]
    relations = [_read_relation(r, f"relations[{k}]") for k, r in enumerate(data["relations"])]
    dropped = [  # absent in files written before dropped relations were kept
        _read_relation(r, f"dropped_relations[{k}]")
        for k, r in enumerate(_list(data, "dropped_relations", "timeline"))
    ]
    return Timeline(documents=documents, timexes=timexes, events=events, relations=relations,
                    dropped_relations=dropped)


def load(path: str | os.PathLike) -> Timeline:
    """Read a timeline saved with :func:`to_json`.

    Raises
    ------
    InputError
        When the file cannot be read or is not JSON.
    SchemaError
        When it is JSON but not a ``timeline/1`` export (the message says where).
    """
    try:
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
    except OSError as err:
        raise InputError(f"cannot read ({err.strerror or err})", path=str(path)) from err
    except (json.JSONDecodeError, UnicodeDecodeError) as err:
        raise InputError(
            f"not valid JSON ({err}). Give a file written by `timeline build --json`.",
            path=str(path),
        ) from err
    try:
        return from_dict(data)
    except SchemaError as err:
        raise SchemaError(f"{path}: {err}") from err


# --- CSV -----------------------------------------------------------------------------------------


def _join(values: Iterable[str]) -> str:
    return LIST_SEPARATOR.join(values)


def _best_participants(e: Event) -> str:
    """``role:name;role:name`` of the mention that gave the event its title (else of the first
    mention that has participants): one sentence's roles, never a mix of sentences."""
    titled = [m for m in e.mentions if m.title == e.title and m.participants]
    best = titled or [m for m in e.mentions if m.participants]
    return _join(f"{role}:{name}" for role, name in best[0].participants) if best else ""


def event_rows(tl: Timeline) -> list[dict[str, Any]]:
    """One row per event with the columns of :data:`EVENT_COLUMNS`."""
    outlets = {d.id: d.source or d.path for d in tl.documents}
    rows = []
    for e in tl.events:
        first = e.mentions[0].text if e.mentions else ""
        rows.append({
            "id": e.id,
            **_span_fields(e.time),
            "title": e.title,
            "actors": _join(e.actors),
            "sources": _join(dict.fromkeys(outlets.get(d, d) for d in e.documents)),
            "documents": _join(e.documents),
            "n_mentions": len(e.mentions),
            "confidence": e.confidence,
            "modality": e.modality.value,
            "time_text": e.time_text or "",
            "sentence": " ".join(first.split()),
            "participants": _best_participants(e),
        })
    return rows


def _write_rows(path, columns: tuple[str, ...], rows: list[dict[str, Any]]) -> None:
    with open(path, "w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=columns)
        writer.writeheader()
        for row in rows:
            writer.writerow({k: "" if v is None else v for k, v in row.items()})


def write_csv(tl: Timeline, path: str | os.PathLike) -> None:
    """Write the events as CSV, one row per event (lists joined with ``;``)."""
    _write_rows(path, EVENT_COLUMNS, event_rows(tl))


def relation_rows(tl: Timeline) -> list[dict[str, Any]]:
    """One row per relation with the columns of :data:`RELATION_COLUMNS`."""
    titles = {e.id: e.title for e in tl.events}
    return [
        {
            "source": r.source,
            "target": r.target,
            "type": r.type.value,
            "confidence": r.confidence,
            "evidence": " ".join(r.evidence.split()),
            "source_title": titles.get(r.source, ""),
            "target_title": titles.get(r.target, ""),
        }
        for r in tl.relations
    ]


def write_relations_csv(tl: Timeline, path: str | os.PathLike) -> None:
    """Write the relations as CSV with the titles of both ends, for reading in a spreadsheet."""
    _write_rows(path, RELATION_COLUMNS, relation_rows(tl))


# --- graph formats -------------------------------------------------------------------------------


def _scalar(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return _join(str(v) for v in value)
    return value


def _flat_graph(tl: Timeline, rename: dict[str, str]) -> nx.MultiDiGraph:
    """The timeline graph with scalar attributes only (graph formats hold no lists or nulls)."""
    from .link import to_graph

    source = to_graph(tl.events, tl.relations)
    flat = nx.MultiDiGraph()
    for node, data in source.nodes(data=True):
        flat.add_node(node, **{rename.get(k, k): _scalar(v) for k, v in data.items()})
    for u, v, key, data in source.edges(keys=True, data=True):
        flat.add_edge(u, v, key=key, **{rename.get(k, k): _scalar(x) for k, x in data.items()})
    return flat


def write_graphml(tl: Timeline, path: str | os.PathLike) -> None:
    """Write the event graph as GraphML (lists joined with ``;``, unknown values empty)."""
    nx.write_graphml(_flat_graph(tl, {}), path)


def write_gexf(tl: Timeline, path: str | os.PathLike) -> None:
    """Write the event graph as GEXF for Gephi.

    GEXF reserves ``start``/``end`` (dynamic graphs) and an edge's ``type`` (directed or not),
    so those attributes are written as ``start_date``, ``end_date`` and ``relation``; nodes are
    labelled with the event title.
    """
    flat = _flat_graph(tl, {"start": "start_date", "end": "end_date", "type": "relation"})
    for node, data in flat.nodes(data=True):
        data["label"] = data.get("title") or node
    for u, v, key, data in flat.edges(keys=True, data=True):
        data["id"] = f"{u}-{v}-{key}"
        data["label"] = key
    nx.write_gexf(flat, path)


def node_link_data(tl: Timeline) -> dict[str, Any]:
    """The event graph as networkx node-link data (edges under ``"links"``), plain JSON values.

    Read it back with ``networkx.node_link_graph(data, edges="links")`` (``link="links"`` before
    networkx 3.4); it holds the graph only, not the documents and sentences (use the JSON export).

    Examples
    --------
    >>> sorted(node_link_data(Timeline()))
    ['directed', 'graph', 'links', 'multigraph', 'nodes']
    """
    from .link import to_graph

    graph = to_graph(tl.events, tl.relations)
    try:
        return nx.node_link_data(graph, edges="links")
    except TypeError:  # networkx < 3.4 names the keyword ``link``
        return nx.node_link_data(graph, link="links")


def write_node_link(tl: Timeline, path: str | os.PathLike) -> None:
    """Write the event graph as networkx node-link JSON (for d3.js or ``nx.node_link_graph``)."""
    _write_json(node_link_data(tl), path)


def _write_json(data: dict[str, Any], path: str | os.PathLike) -> None:
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(json.dumps(data, ensure_ascii=False, indent=1) + "\n")
