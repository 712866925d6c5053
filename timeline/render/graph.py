"""The event graph as a plotly network: events and actors as nodes, laid out by force.

The timeline shows when; this view shows what hangs together (chains of causes and responses,
clusters of events around one actor). Events are coloured by date (viridis: it stays ordered in
greyscale) and shaped by modality; actors are grey squares linked to their events. The force
layout is networkx's Fruchterman-Reingold, quick up to a few hundred nodes, so a larger graph is
cut down to its best-connected events and busiest actors.
"""

from __future__ import annotations

from collections import Counter
from datetime import date

import networkx as nx
import plotly.graph_objects as go

from ..model import Timeline
from .data import report_data
from .figure import MODALITY_STYLE, RELATION_STYLE, _escape, hover_text, x_ranges

__all__ = ["graph_figure", "graph_figure_from_data"]

MAX_NODES = 400  # networkx switches to a scipy-only layout at 500 nodes
MAX_ACTORS = 60
ACTOR_COLOUR = "#666666"
UNDATED_COLOUR = "#BBBBBB"
EMPTY_DAY = date(2000, 1, 1).toordinal()  # the scale of a graph with no dated event


def _subgraph(data: dict, max_nodes: int) -> list[int]:
    """The indices of the events to draw: all of them, or the best-connected ``max_nodes``."""
    count = len(data["events"])
    if count <= max_nodes:
        return list(range(count))
    degree = [0.0] * count
    for source, target, kind, _, _ in data["relations"]:
        weight = 0.25 if kind == "shares_actor" else 1.0
        degree[source] += weight
        degree[target] += weight
    ranked = sorted(range(count), key=lambda i: (-degree[i], -data["events"][i]["confidence"], i))
    return sorted(ranked[:max_nodes])


def _midday(event: dict) -> int:
    """The day number (proleptic ordinal) an event is coloured by: the middle of its interval."""
    start, end = date.fromisoformat(event["start"]), date.fromisoformat(event["end"])
    return (start.toordinal() + end.toordinal()) // 2


def _colour_axis(events: list[dict]) -> dict:
    """A viridis scale over the dates the story is about (far outliers take the end colours),
    with its bar labelled by dates rather than day numbers."""
    view, _ = x_ranges(events)
    low, high = (date.fromisoformat(view[0]).toordinal(),
                 date.fromisoformat(view[1]).toordinal()) if view else (EMPTY_DAY, EMPTY_DAY + 1)
    high = max(high, low + 1)
    ticks = [round(low + (high - low) * k / 4) for k in range(5)]
    return {"colorscale": "Viridis", "cmin": low, "cmax": high,
            "colorbar": {"title": {"text": "date"}, "tickvals": ticks, "thickness": 12,
                         "ticktext": [date.fromordinal(t).isoformat() for t in ticks]}}


def _layout(graph: nx.Graph) -> dict:
    """Force layout of the linked nodes; events linked to nothing go in rows underneath, so they
    neither push the rest into a crowded middle nor leave empty space around it."""
    alone = sorted((n for n in graph if graph.degree(n) == 0), key=str)
    linked = graph.subgraph(n for n in graph if graph.degree(n) > 0)
    # A longer spring than the default spreads the crowded middle where the labels are.
    spring = 2.5 / max(len(linked), 1) ** 0.5
    layout = nx.spring_layout(linked, k=spring, iterations=80, seed=0) if len(linked) else {}
    pos = {node: (round(float(x), 4), round(float(y), 4)) for node, (x, y) in layout.items()}
    bottom = min((y for _, y in pos.values()), default=0.0) - 0.25
    per_row = max(8, int(len(alone) ** 0.5 * 2))
    for k, node in enumerate(alone):
        row, col = divmod(k, per_row)
        x = -1 + 2 * (col + 0.5) / per_row if len(alone) > 1 or pos else 0.0
        pos[node] = (round(x, 4), round(bottom - 0.15 * row, 4))
    return pos


def graph_figure_from_data(data: dict, max_nodes: int = MAX_NODES, hover: bool = True) -> go.Figure:
    """The network figure from :func:`~timeline.render.data.report_data` output.

    ``hover=False`` leaves the events' hover labels out (the report page builds them).
    """
    events = data["events"]
    keep = _subgraph(data, min(max_nodes, MAX_NODES))
    kept = set(keep)
    actor_count = Counter(a for i in keep for a in events[i].get("actors", []))
    actors = [a for a, _ in sorted(actor_count.items(), key=lambda kv: (-kv[1], kv[0]))]
    actors = actors[:MAX_ACTORS]
    graph = nx.Graph()
    graph.add_nodes_from(keep)
    graph.add_nodes_from(("actor", a) for a in actors)
    actor_links = []
    for i in keep:
        for a in events[i].get("actors", []):
            if a in actor_count and ("actor", a) in graph:
                graph.add_edge(i, ("actor", a), weight=0.5)
                actor_links.append((i, ("actor", a)))
    links: dict[str, list[tuple[int, int]]] = {}
    for source, target, kind, confidence, _ in data["relations"]:
        if source in kept and target in kept:
            links.setdefault(kind, []).append((source, target))
            if kind != "shares_actor":  # the actor nodes already pull those together
                graph.add_edge(source, target, weight=confidence)
    pos = _layout(graph)

    def segments(pairs):
        x, y = [], []
        for a, b in pairs:
            x += [pos[a][0], pos[b][0], None]
            y += [pos[a][1], pos[b][1], None]
        return x, y

    traces = []
    if actor_links:
        x, y = segments(actor_links)
        traces.append(go.Scatter(x=x, y=y, mode="lines", line={"color": "#CCCCCC", "width": 0.7},
                                 hoverinfo="skip", name="actor of", meta={"kind": "link"}))
    for kind, pairs in sorted(links.items()):
        colour, dash = RELATION_STYLE.get(kind, ("#777777", "solid"))
        x, y = segments(pairs)
        traces.append(go.Scatter(
            x=x, y=y, mode="lines", line={"color": colour, "width": 1.2, "dash": dash},
            opacity=0.7, hoverinfo="skip", name="→ " + kind.replace("_", " "),
            visible="legendonly" if kind == "shares_actor" else True, meta={"kind": "link"},
        ))
    if actors:
        traces.append(go.Scatter(
            x=[pos[("actor", a)][0] for a in actors], y=[pos[("actor", a)][1] for a in actors],
            customdata=actors, mode="markers+text", name="actor", hoverinfo="text",
            text=[_escape(a if len(a) <= 24 else a[:23] + "…") for a in actors],
            textposition="top center", textfont={"size": 10, "color": "#333333"},
            hovertext=[f"<b>{_escape(a)}</b><br>{actor_count[a]} events" for a in actors],
            marker={"color": ACTOR_COLOUR, "symbol": "square", "size": 9},
            meta={"kind": "actor"},
        ))
    for modality, (_, symbol, _) in MODALITY_STYLE.items():
        for dated in (True, False):
            nodes = [i for i in keep if (events[i]["modality"] == modality
                                         or modality == "asserted"
                                         and events[i]["modality"] not in MODALITY_STYLE)
                     and ("start" in events[i]) is dated]
            if not nodes:
                continue
            colour = [_midday(events[i]) for i in nodes] if dated else UNDATED_COLOUR
            traces.append(go.Scatter(
                x=[pos[i][0] for i in nodes], y=[pos[i][1] for i in nodes],
                customdata=nodes, mode="markers", hoverinfo="text",
                name=modality if dated else f"{modality}, undated",
                hovertext=[hover_text(events[i], data["documents"]) for i in nodes] if hover
                else None,
                marker={"color": colour, "coloraxis": "coloraxis" if dated else None,
                        "symbol": symbol, "line": {"width": 1, "color": "#333333"},
                        "size": [8 + 3 * min(len(events[i]["mentions"]), 4) for i in nodes]},
                meta={"kind": "node"},
            ))
    fig = go.Figure(data=traces)
    total = len(events)
    shown = f" ({len(keep)} of {total} events)" if len(keep) < total else ""
    fig.update_layout(
        title={"text": _escape(data.get("title") or "Event graph") + shown},
        template="plotly_white", hovermode="closest",
        coloraxis=_colour_axis([events[i] for i in keep]),
        xaxis={"visible": False}, yaxis={"visible": False, "scaleanchor": "x"},
        legend={"title": {"text": "node / link"}, "x": 0, "xanchor": "left", "y": 1,
                "yanchor": "top", "bgcolor": "rgba(255,255,255,0.7)"},
        height=700, margin={"l": 10, "r": 10, "t": 50, "b": 10},
    )
    return fig


def graph_figure(tl: Timeline, max_nodes: int = MAX_NODES) -> go.Figure:
    """The events, their actors and their relations as a network figure.

    Parameters
    ----------
    tl
        The timeline to draw.
    max_nodes
        At most this many events are drawn (the ones with the most relations); at most 400.
        At most 60 actors are drawn (the ones with the most events).

    Returns
    -------
    plotly.graph_objects.Figure
        Link traces (actor links, one per relation type), one actor trace, then event node
        traces (one per modality, dated and undated apart), coloured by date. Each event node's
        ``customdata`` is its index in ``tl.events``; each actor node's is the actor's name.

    Examples
    --------
    >>> len(graph_figure(Timeline()).data)
    0
    """
    return graph_figure_from_data(report_data(tl), max_nodes=max_nodes)
