"""Linking: mentions of one happening merged into events, and the relations between events.

    EventMention (many sources) --merge--> Event --relate--> Relation --to_graph--> MultiDiGraph

Linking is the one global stage of the pipeline, so it is built to grow near-linearly: mentions
are compared only inside blocks (event class x actor, document, time window) and relations run
along per-actor and per-document lanes instead of over all pairs. Relations that would make
``before`` inconsistent (a cue the dates contradict, the weakest edge of a cycle) are left out,
and handed back with the reason when the caller asks for them.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import PurePath

import networkx as nx

from ..model import Document, Event, EventMention, Relation
from ._event import event_sort_key, make_event
from ._merge import MergeStats, cluster_mentions
from ._relations import relate

__all__ = ["MergeStats", "link", "outlet_names", "to_graph"]

logger = logging.getLogger(__name__)


def outlet_names(documents: Sequence[Document]) -> dict[str, str]:
    """What to call each document in a sentence: its outlet, else its title, else its file name.

    Examples
    --------
    >>> outlet_names([Document(id="d1", path="in/a.txt", text="", source="Reuters"),
    ...               Document(id="d2", path="in/b.txt", text="", title="Port closes"),
    ...               Document(id="d3", path="in/c.txt", text="")])
    {'d1': 'Reuters', 'd2': '“Port closes”', 'd3': 'c.txt'}
    """
    names = {}
    for doc in documents:
        if doc.source and doc.source.strip():
            names[doc.id] = doc.source.strip()
        elif doc.title and doc.title.strip():
            names[doc.id] = f"“{doc.title.strip()}”"
        elif PurePath(doc.path).name:
            names[doc.id] = PurePath(doc.path).name
    return names


def link(
    mentions: Sequence[EventMention],
    stats: MergeStats | None = None,
    documents: Sequence[Document] | None = None,
    dropped: list[Relation] | None = None,
) -> tuple[list[Event], list[Relation]]:
    """Merge mentions of the same happening into events and relate the events.

    Parameters
    ----------
    mentions
        Event mentions from any number of documents, in document order.
    stats
        If given, filled with how many pairs were compared (for benchmarks and tests).
    documents
        If given, the sources' dating disagreements name the outlet (see :func:`outlet_names`)
        instead of the document id.
    dropped
        If given, receives the relations found but left out so that the ``before`` relations
        stay consistent: a cue the dates contradict, the weakest edge of a ``before`` cycle.
        Each one's evidence gives the reason (``"dropped: would close a before-cycle with
        ...; lower confidence (0.40) than each of them. Evidence: ..."``).

    Returns
    -------
    events, relations
        Events in time order (undated last, ties by id), each keeping all its mentions;
        relations ordered by type, source and target. The same input gives the same output.

    Examples
    --------
    >>> link([])
    ([], [])
    """
    outlets = outlet_names(documents) if documents is not None else None
    groups = cluster_mentions(mentions, stats)
    events = sorted((make_event([mentions[i] for i in group], outlets) for group in groups),
                    key=event_sort_key)
    left_out: list[Relation] = []
    relations = relate(events, left_out)
    if dropped is not None:
        dropped.extend(left_out)
    logger.info("linked %d mentions into %d events and %d relations (%d dropped)",
                len(mentions), len(events), len(relations), len(left_out))
    return events, relations


def _iso(value) -> str | None:
    return value.isoformat() if value is not None else None


def to_graph(events: Sequence[Event], relations: Sequence[Relation]) -> nx.MultiDiGraph:
    """The events and relations as a networkx ``MultiDiGraph`` (a new graph; inputs untouched).

    Nodes are keyed by event id with ``title``, ``start``, ``end`` (ISO dates or None),
    ``granularity``, ``actors`` (list), ``sources`` (document ids), ``confidence`` and
    ``modality``; edges are keyed by relation type with ``type``, ``confidence``, ``evidence``.

    Examples
    --------
    >>> to_graph([], []).number_of_nodes()
    0
    """
    graph = nx.MultiDiGraph()
    for event in events:
        time = event.time
        graph.add_node(
            event.id,
            title=event.title,
            start=_iso(time.start) if time else None,
            end=_iso(time.end) if time else None,
            granularity=time.granularity.value if time else None,
            actors=list(event.actors),
            sources=list(event.documents),
            confidence=event.confidence,
            modality=event.modality.value,
        )
    for relation in relations:
        graph.add_edge(
            relation.source,
            relation.target,
            key=relation.type.value,
            type=relation.type.value,
            confidence=relation.confidence,
            evidence=relation.evidence,
        )
    return graph
