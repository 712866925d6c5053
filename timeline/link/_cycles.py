"""Keeping ``before`` acyclic: the weakest edge of each cycle is dropped, and says why."""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Iterable, Sequence

import networkx as nx

from ..model import Event, Relation, RelationType
from ._event import quoted_title

logger = logging.getLogger(__name__)

CYCLE_EDGES_SHOWN = 4  # edges of a broken cycle named in the dropped relation's reason


def _called(event_id: str, titles: dict[str, Event]) -> str:
    event = titles.get(event_id)
    return quoted_title(event) if event is not None else event_id


def _cycle_reason(weakest: Relation, cycle: list[Relation], titles: dict[str, Event]) -> str:
    """Why a ``before`` edge was dropped: the rest of its cycle and their confidences."""
    # the rest of the cycle, starting where the dropped edge ends
    at = cycle.index(weakest)
    rest = cycle[at + 1 :] + cycle[:at]
    shown = [
        f"{_called(r.source, titles)} before "
        f"{_called(r.target, titles)} ({r.confidence:.2f})"
        for r in rest[:CYCLE_EDGES_SHOWN]
    ]
    if len(rest) > CYCLE_EDGES_SHOWN:
        shown.append(f"{len(rest) - CYCLE_EDGES_SHOWN} more")
    lower = "lower" if all(weakest.confidence < r.confidence for r in rest) else "no higher"
    reason = (
        f"dropped: would close a before-cycle with {', '.join(shown)}; "
        f"{lower} confidence ({weakest.confidence:.2f}) than each of them"
    )
    return f"{reason}. Evidence: {weakest.evidence}" if weakest.evidence else reason


def _cycle_pass(
    succ: dict[str, dict[str, Relation]], nodes: list[str]
) -> list[tuple[Relation, list[Relation]]]:
    """One depth-first pass: each edge that closes a cycle removes that cycle's weakest edge.

    Returns the removed edges, each with the cycle it was on.
    """
    removed: list[tuple[Relation, list[Relation]]] = []
    state: dict[str, int] = {}  # 1 on the current path, 2 done
    for root in nodes:
        if root in state:
            continue
        path, edges = [root], []  # nodes on the current path, the edges between them
        state[root] = 1
        stack = [iter(sorted(succ[root]))]
        while stack:
            node = path[-1]
            nxt = next(stack[-1], None)
            if nxt is None:
                state[node] = 2
                path.pop()
                stack.pop()
                if edges:
                    edges.pop()
                continue
            if nxt not in succ[node]:
                continue  # removed while we were below it
            edge = succ[node][nxt]
            seen = state.get(nxt)
            if seen == 1:
                cycle = edges[path.index(nxt):] + [edge]
                if any(r.target not in succ[r.source] for r in cycle):
                    continue  # the path was cut earlier in this pass: not a cycle any more
                weakest = min(cycle, key=lambda r: (r.confidence, r.source, r.target))
                del succ[weakest.source][weakest.target]
                removed.append((weakest, cycle))
            elif seen is None:
                state[nxt] = 1
                path.append(nxt)
                edges.append(edge)
                stack.append(iter(sorted(succ[nxt])))
    return removed


def break_before_cycles(
    relations: Iterable[Relation],
    dropped: list[Relation] | None = None,
    events: Sequence[Event] = (),
) -> list[Relation]:
    """Drop the weakest ``before`` edge of each cycle, keep everything else.

    Only strongly connected parts of the ``before`` graph can hold a cycle. Each part gets
    depth-first passes in which every edge that closes a cycle removes that cycle's
    lowest-confidence edge, until no part is left: linear work per pass, and few passes.
    When ``dropped`` is given, each dropped edge is appended to it with the reason as its
    evidence (the rest of the cycle named by the titles of ``events``, when given).

    Examples
    --------
    >>> cycle = [Relation("a", "b", RelationType.BEFORE, 0.9),
    ...          Relation("b", "a", RelationType.BEFORE, 0.4)]
    >>> dropped = []
    >>> [(r.source, r.target) for r in break_before_cycles(cycle, dropped)]
    [('a', 'b')]
    >>> print(dropped[0].evidence)  # doctest: +NORMALIZE_WHITESPACE
    dropped: would close a before-cycle with a before b (0.90); lower confidence (0.40) than
    each of them
    """
    titles = {e.id: e for e in events}
    relations = list(relations)
    succ: dict[str, dict[str, Relation]] = defaultdict(dict)
    for r in relations:
        if r.type is RelationType.BEFORE:
            succ[r.source][r.target] = r
            succ.setdefault(r.target, {})
    cut: set[tuple[str, str]] = set()
    while True:
        graph = nx.DiGraph((u, v) for u, targets in succ.items() for v in targets)
        parts = [sorted(c) for c in nx.strongly_connected_components(graph) if len(c) > 1]
        if not parts:
            break
        for part in sorted(parts):
            members = set(part)
            local = {u: {v: r for v, r in succ[u].items() if v in members} for u in part}
            for r, cycle in _cycle_pass(local, part):
                del succ[r.source][r.target]
                cut.add((r.source, r.target))
                logger.info("dropped before %s -> %s (%.2f, %r): it closes a cycle",
                            r.source, r.target, r.confidence, r.evidence)
                if dropped is not None:
                    reason = _cycle_reason(r, cycle, titles)
                    dropped.append(Relation(r.source, r.target, r.type, r.confidence, reason))
    return [
        r for r in relations
        if not (r.type is RelationType.BEFORE and (r.source, r.target) in cut)
    ]
