"""The event graph as a plotly network: events as nodes, relations as links, laid out by force.

The timeline shows when; this view shows what hangs together (chains of causes and responses,
clusters around one actor). The force layout is numpy's (networkx's Fruchterman-Reingold), which
stays quick up to a few hundred nodes, so a larger graph is cut down to its best-connected events.
"""

from __future__ import annotations

import networkx as nx
import plotly.graph_objects as go

from ..model import Timeline
from .data import report_data
from .figure import MODALITY_STYLE, RELATION_STYLE, hover_text

__all__ = ["graph_figure"]

MAX_NODES = 400  # networkx switches to a scipy-only layout at 500 nodes


def _subgraph(data: dict, max_nodes: int) -> list[int]:
    """The indices of the events to draw: all of them, or the best-connected ``max_nodes``."""
    count = len(data["events"])
    if count <= max_nodes:
        return list(range(count))
    degree = [0] * count
    for source, target, kind, _, _ in data["relations"]:
        weight = 0.25 if kind == "shares_actor" else 1.0
        degree[source] += weight
        degree[target] += weight
    ranked = sorted(range(count), key=lambda i: (-degree[i], -data["events"][i]["confidence"], i))
    return sorted(ranked[:max_nodes])


def graph_figure(tl: Timeline, max_nodes: int = MAX_NODES) -> go.Figure:
    """The events and their relations as a network figure.

    Parameters
    ----------
    tl
        The timeline to draw.
    max_nodes
        At most this many events are drawn (the ones with the most relations); at most 400.

    Returns
    -------
    plotly.graph_objects.Figure
        One node trace per modality and one link trace per relation type; each node's
        ``customdata`` is its index in ``tl.events``.

    Examples
    --------
    >>> len(graph_figure(Timeline()).data)
    0
    """
    data = report_data(tl)
    keep = _subgraph(data, min(max_nodes, MAX_NODES))
    graph = nx.Graph()
    graph.add_nodes_from(keep)
    kept = set(keep)
    links: dict[str, list[tuple[int, int]]] = {}
    for source, target, kind, confidence, _ in data["relations"]:
        if source in kept and target in kept:
            links.setdefault(kind, []).append((source, target))
            graph.add_edge(source, target, weight=confidence)
    pos = {i: (round(float(x), 4), round(float(y), 4))
           for i, (x, y) in (nx.spring_layout(graph, seed=0) if len(graph) else {}).items()}

    traces = []
    for kind, pairs in sorted(links.items()):
        colour, dash = RELATION_STYLE.get(kind, ("#777777", "solid"))
        x, y = [], []
        for source, target in pairs:
            x += [pos[source][0], pos[target][0], None]
            y += [pos[source][1], pos[target][1], None]
        traces.append(go.Scatter(
            x=x, y=y, mode="lines", line={"color": colour, "width": 1, "dash": dash},
            opacity=0.6, hoverinfo="skip", name="→ " + kind.replace("_", " "),
            visible="legendonly" if kind == "shares_actor" else True,
        ))
    for modality, (colour, symbol, _) in MODALITY_STYLE.items():
        nodes = [i for i in keep if data["events"][i]["modality"] == modality]
        if not nodes:
            continue
        traces.append(go.Scatter(
            x=[pos[i][0] for i in nodes], y=[pos[i][1] for i in nodes],
            customdata=nodes, mode="markers", name=modality, hoverinfo="text",
            hovertext=[hover_text(data["events"][i], data["documents"]) for i in nodes],
            marker={"color": colour, "symbol": symbol, "line": {"width": 1},
                    "size": [8 + 3 * min(len(data["events"][i]["mentions"]), 4) for i in nodes]},
        ))
    fig = go.Figure(data=traces)
    total = len(data["events"])
    shown = f" ({len(keep)} of {total} events)" if len(keep) < total else ""
    fig.update_layout(
        title={"text": "Event graph" + shown}, template="plotly_white", hovermode="closest",
        xaxis={"visible": False}, yaxis={"visible": False, "scaleanchor": "x"},
        legend={"title": {"text": "modality / relation"}}, height=700,
    )
    return fig
