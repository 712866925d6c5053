"""The typed core model: plain frozen dataclasses that flow from one pipeline stage to the next.

    sources -ingest-> Document -temporal-> Timex -events-> EventMention -link-> Event + Relation

Every annotation is a span (character offsets into ``Document.text``) plus what was read from it,
so each dot on a timeline can be traced back to the words that put it there.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date
from enum import Enum

__all__ = [
    "Anchor",
    "Block",
    "DocStatus",
    "Document",
    "Event",
    "EventMention",
    "Granularity",
    "Modality",
    "Relation",
    "RelationType",
    "TimeSpan",
    "Timex",
    "Timeline",
    "TimexType",
    "stable_id",
]


class Granularity(str, Enum):
    """How precise a calendar interval is; ordered from finest to coarsest."""

    TIME = "time"
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    SEASON = "season"
    QUARTER = "quarter"
    HALF = "half"
    YEAR = "year"
    DECADE = "decade"
    CENTURY = "century"

    @property
    def rank(self) -> int:
        """0 for the finest granularity; larger is vaguer."""
        return _GRANULARITY_RANK[self]


_GRANULARITY_RANK = {g: i for i, g in enumerate(Granularity)}


class TimexType(str, Enum):
    """The TimeML type of a temporal expression."""

    DATE = "DATE"
    TIME = "TIME"
    DURATION = "DURATION"
    SET = "SET"


class Anchor(str, Enum):
    """What a temporal expression was resolved against."""

    ABSOLUTE = "absolute"  # the text says the calendar date itself ("March 3, 2025")
    PUBLISHED = "published"  # relative to the publication date ("yesterday", "on Friday")
    PREVIOUS = "previous"  # relative to the last time mentioned ("the same day", "that month")
    UNANCHORED = "unanchored"  # relative, but there was nothing to resolve it against
    NONE = "none"  # not a point in time (durations, sets)


class DocStatus(str, Enum):
    OK = "ok"
    EMPTY = "empty"
    ERROR = "error"


class Modality(str, Enum):
    """Whether the text says an event happened, or something weaker."""

    ASSERTED = "asserted"  # it happened / is happening
    PLANNED = "planned"  # ordered, planned, expected, scheduled, will
    HYPOTHETICAL = "hypothetical"  # may, could, would, if
    NEGATED = "negated"  # did not happen, denied


class RelationType(str, Enum):
    BEFORE = "before"
    AFTER = "after"
    INCLUDES = "includes"
    OVERLAPS = "overlaps"
    CAUSES = "causes"
    RESPONDS_TO = "responds_to"
    SHARES_ACTOR = "shares_actor"


def stable_id(*parts: object, length: int = 12) -> str:
    """A short deterministic id from content, so repeated runs give identical outputs."""
    digest = hashlib.blake2b("\x1f".join(str(p) for p in parts).encode("utf-8"), digest_size=16)
    return digest.hexdigest()[:length]


@dataclass(frozen=True, slots=True)
class Block:
    """A stretch of a document's text in one language; boilerplate blocks are not read for events.

    Ingest marks, for example, a Japanese "related articles" list under an English article as a
    ``boilerplate`` block in language ``ja``, so that its dates are read as Japanese (or not at all)
    and never misread as English.
    """

    start: int
    end: int
    language: str | None
    boilerplate: bool = False


@dataclass(frozen=True, slots=True)
class Document:
    """One article as read: its text and what we know about where and when it was published.

    ``published_from`` says where the publication date came from: ``"metadata"`` (the document's
    own fields), ``"path"`` (a date in its path or file name), ``"default"`` (the ``published``
    given by the user for undated inputs), or ``None`` when it has none.
    """

    id: str
    path: str
    text: str = ""
    title: str | None = None
    published: date | None = None
    published_from: str | None = None
    language: str | None = None
    source: str | None = None  # the outlet: "Reuters", "bbc.co.uk"
    url: str | None = None
    status: DocStatus = DocStatus.OK
    error: str | None = None
    blocks: tuple[Block, ...] = ()
    warnings: tuple[str, ...] = ()  # problems that did not stop the reading (an unreadable date)

    @property
    def ok(self) -> bool:
        return self.status is DocStatus.OK


@dataclass(frozen=True, slots=True)
class TimeSpan:
    """The calendar meaning of a date: an inclusive ``[start, end]`` interval and how precise it is.

    ``value`` is the TimeML value ("2025-Q4", "2026", "2022-02-24"); ``mod`` the TimeML modifier
    ("START", "MID", "END", "APPROX", "LESS_THAN", "MORE_THAN") or None.
    """

    start: date
    end: date
    granularity: Granularity
    value: str
    mod: str | None = None

    def __post_init__(self) -> None:
        if self.start > self.end:
            raise ValueError(f"TimeSpan start {self.start} is after its end {self.end}")

    def __repr__(self) -> str:
        mod = f" {self.mod}" if self.mod else ""
        return f"TimeSpan({self.value}{mod}: {self.start}..{self.end}, {self.granularity.value})"

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def overlaps(self, other: TimeSpan) -> bool:
        return self.start <= other.end and other.start <= self.end

    def contains(self, other: TimeSpan) -> bool:
        return self.start <= other.start and other.end <= self.end


@dataclass(frozen=True, slots=True)
class Timex:
    """A temporal expression found in a document's text, with its normalised meaning.

    ``value``/``mod`` are always the TimeML annotation ("P3Y" for a duration, "XXXX-XX-XX" for an
    unanchored date); ``span`` is the calendar interval, or None when the expression is not a point
    in time or could not be anchored.
    """

    document: str
    start_char: int
    end_char: int
    text: str
    type: TimexType
    value: str
    mod: str | None = None
    span: TimeSpan | None = None
    anchor: Anchor = Anchor.ABSOLUTE
    confidence: float = 1.0
    language: str = "en"

    def __repr__(self) -> str:
        mod = f" {self.mod}" if self.mod else ""
        where = f"{self.start_char}-{self.end_char}"
        span = (
            f"{self.span.start}..{self.span.end} {self.span.granularity.value}"
            if self.span
            else "-"
        )
        return (
            f"Timex({self.text!r} @{where}: {self.type.value} {self.value}{mod}, {span}, "
            f"{self.anchor.value}, {self.confidence:.2f})"
        )


@dataclass(frozen=True, slots=True)
class EventMention:
    """One statement in one sentence that something happened, was done, or is planned.

    ``start_char``/``end_char`` delimit the sentence (``text``); ``trigger_start``/``trigger_end``
    the word that names the happening. ``time`` is the interval the event is dated to and
    ``time_source`` says why: ``"text"`` (a temporal expression in the text, ``timex``),
    ``"reported"`` (no expression; dated to the publication date) or ``"none"``.
    """

    id: str
    document: str
    sentence: int
    start_char: int
    end_char: int
    text: str
    trigger: str
    trigger_start: int
    trigger_end: int
    title: str
    actors: tuple[str, ...] = ()
    timex: Timex | None = None
    time: TimeSpan | None = None
    time_source: str = "none"
    modality: Modality = Modality.ASSERTED
    confidence: float = 0.5
    # Who or what took part, by role, where the sentence says: (("agent", "Kim Jong Un"),
    # ("patient", "munitions factories"), ("location", "Pyongyang")).
    participants: tuple[tuple[str, str], ...] = ()

    @property
    def time_text(self) -> str | None:
        return self.timex.text if self.timex is not None else None


@dataclass(frozen=True, slots=True)
class Event:
    """A real-world happening: one or more mentions (possibly from several sources) merged.

    ``time`` is the most precise interval compatible with its mentions; ``disagreements`` lists, in
    words, any mention whose date does not fit it, instead of hiding the conflict.
    """

    id: str
    title: str
    mentions: tuple[EventMention, ...]
    time: TimeSpan | None = None
    actors: tuple[str, ...] = ()
    modality: Modality = Modality.ASSERTED
    confidence: float = 0.5
    disagreements: tuple[str, ...] = ()

    @property
    def documents(self) -> tuple[str, ...]:
        """Ids of the documents that report this event, in order of first mention."""
        return tuple(dict.fromkeys(m.document for m in self.mentions))

    @property
    def time_text(self) -> str | None:
        """The date words of the mention that gave the event its time."""
        for mention in self.mentions:
            if mention.timex is not None and mention.time == self.time:
                return mention.timex.text
        return next((m.time_text for m in self.mentions if m.time_text), None)


@dataclass(frozen=True, slots=True)
class Relation:
    """A typed, evidenced link between two events (``same_as`` is a merge, never an edge)."""

    source: str
    target: str
    type: RelationType
    confidence: float
    evidence: str = ""


class Timeline:
    """The result of a build: documents, their temporal expressions, events and relations.

    The methods users call from a notebook live here and delegate to the stage modules, so this
    class stays a thin, explorable facade:

    >>> tl = Timeline()
    >>> len(tl.events), tl.graph.number_of_nodes()
    (0, 0)
    """

    def __init__(
        self,
        documents: list[Document] | None = None,
        timexes: list[Timex] | None = None,
        events: list[Event] | None = None,
        relations: list[Relation] | None = None,
        dropped_relations: list[Relation] | None = None,
    ) -> None:
        self.documents = list(documents or [])
        self.timexes = list(timexes or [])
        self.events = list(events or [])
        self.relations = list(relations or [])
        # found but left out to keep ``before`` consistent; each one's evidence says why
        self.dropped_relations = list(dropped_relations or [])
        self._graph = None

    def __repr__(self) -> str:
        failed = sum(1 for d in self.documents if d.status is DocStatus.ERROR)
        return (
            f"<Timeline: {len(self.documents)} documents ({failed} failed), "
            f"{len(self.timexes)} timexes, {len(self.events)} events, "
            f"{len(self.relations)} relations>"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Timeline):
            return NotImplemented
        return (
            self.documents == other.documents
            and self.timexes == other.timexes
            and self.events == other.events
            and self.relations == other.relations
            and self.dropped_relations == other.dropped_relations
        )

    @property
    def mentions(self) -> list[EventMention]:
        return [m for e in self.events for m in e.mentions]

    @property
    def graph(self):  # -> networkx.MultiDiGraph
        """The events and relations as a networkx ``MultiDiGraph`` keyed by event id."""
        if self._graph is None:
            from .link import to_graph

            self._graph = to_graph(self.events, self.relations)
        return self._graph

    def document(self, document_id: str) -> Document:
        """The document with this id; KeyError naming the id when there is none."""
        for doc in self.documents:
            if doc.id == document_id:
                return doc
        raise KeyError(f"no document with id {document_id!r} in this timeline")

    def event(self, event_id: str) -> Event:
        """The event with this id; KeyError naming the id when there is none."""
        for event in self.events:
            if event.id == event_id:
                return event
        raise KeyError(f"no event with id {event_id!r} in this timeline")

    def figure(self, lanes: str = "actor"):  # -> plotly.graph_objects.Figure
        """The interactive plotly timeline; ``lanes`` is ``"actor"`` or ``"source"``."""
        from .render import figure

        return figure(self, lanes=lanes)

    def graph_figure(self, max_nodes: int = 400):  # -> plotly.graph_objects.Figure
        """The events and actors as a network (networkx layout), coloured by time."""
        from .render import graph_figure

        return graph_figure(self, max_nodes=max_nodes)

    def to_html(
        self,
        path,
        plotlyjs: str = "inline",
        title: str | None = None,
        key_dates: int | None = None,
    ) -> None:
        """Write the self-contained HTML report (``plotlyjs="cdn"`` for a small file).

        ``key_dates``: None shows a strip of key dates for corpora of 20 documents or more, 0
        hides it, N shows N dates.
        """
        from .render import write_html

        write_html(self, path, plotlyjs=plotlyjs, title=title, key_dates=key_dates)

    def to_dict(self) -> dict:
        from .export import to_dict

        return to_dict(self)

    def to_json(self, path=None) -> str | None:
        """The ``timeline/1`` JSON; written to ``path`` if given, else returned as a string."""
        from .export import to_json

        return to_json(self, path)

    def to_csv(self, path) -> None:
        from .export import write_csv

        write_csv(self, path)

    def to_graphml(self, path) -> None:
        from .export import write_graphml

        write_graphml(self, path)

    def query(
        self,
        actor=None,
        since=None,
        until=None,
        text=None,
        source=None,
        min_confidence: float | None = None,
        modality=None,
        relation=None,
    ) -> Timeline:
        """A new timeline with the events that match every filter; this one is not changed.

        ``actor``/``source`` take a name or a list (any matches); ``since``/``until`` a date or
        ``"YYYY"``, ``"YYYY-MM"``, ``"YYYY-MM-DD"`` (a year means all of it). See
        :func:`timeline.explore.query`.
        """
        from .explore import query

        return query(
            self,
            actor=actor,
            since=since,
            until=until,
            text=text,
            source=source,
            min_confidence=min_confidence,
            modality=modality,
            relation=relation,
        )

    def neighbours(self, event_id: str, types=None, direction: str = "both"):
        """``(Relation, Event)`` pairs linked to one event (``direction``: out, in, both)."""
        from .explore import neighbours

        return neighbours(self, event_id, types=types, direction=direction)

    def path(self, a: str, b: str, types=None, directed: bool = False) -> list[Event]:
        """The shortest chain of related events from ``a`` to ``b`` (both included)."""
        from .explore import path

        return path(self, a, b, types=types, directed=directed)

    def to_pandas(self):  # -> tuple[pandas.DataFrame, pandas.DataFrame]
        """The events and the relations as two DataFrames (needs ``timeline-builder[pandas]``)."""
        from .explore import to_pandas

        return to_pandas(self)

    def table(self, limit: int | None = None) -> str:
        """The events as a plain-text table (start, end, title, actors, sources, confidence)."""
        from .explore import format_table

        return format_table(self, limit=limit)

    def to_timelinejs(self, path=None, title: str | None = None) -> dict | None:
        """Knight Lab TimelineJS JSON; written to ``path`` if given, else returned as a dict."""
        from .export import to_timelinejs, write_timelinejs

        if path is None:
            return to_timelinejs(self, title=title)
        write_timelinejs(self, path, title=title)
        return None

    def summarize(
        self,
        max_dates: int = 10,
        sentences_per_date: int = 1,
        query=None,
        since: date | None = None,
        until: date | None = None,
    ) -> Timeline:
        """The key dates of this timeline as a new timeline: one event per date.

        Each event's mentions are the chosen sentences, with their documents and offsets;
        consecutive dates are linked ``before``. ``timeline.summarize.summarize`` gives the same
        selection as a ``Summary`` (the ``timeline-summary/1`` JSON). See
        :func:`timeline.summarize.summarize_timeline`.
        """
        from .summarize import summarize_timeline

        return summarize_timeline(
            self, max_dates, sentences_per_date, query=query, since=since, until=until
        )

    def to_node_link(self, path) -> None:
        """Write the event graph as networkx node-link JSON (d3.js, ``nx.node_link_graph``)."""
        from .export import write_node_link

        write_node_link(self, path)
