"""The plotly timeline: events as points (a day) or bars (a week, a quarter, "early 2026") in lanes.

The figure holds one set of traces per lane mode (by actor, by source) and a plotly menu switches
between them, so a figure shown in a notebook has the same switch as the report. Traces are few
whatever the number of events: one per modality for points, one per modality for bars, one per
relation type; above a few thousand items they become WebGL traces. Every drawn vertex carries the
event's index in ``customdata`` (None between segments), which the report page uses for clicks,
hover text and filtering. A vague interval is drawn as a few segments in a row that fade towards
its ends, and colour can show the modality, the confidence or the kind (see :mod:`.shading`).
"""

from __future__ import annotations

import math
from collections import Counter
from datetime import date, timedelta
from functools import lru_cache

import plotly.graph_objects as go

from ..errors import RenderError
from ..model import Timeline, stable_id
from .data import POINT_GRANULARITIES, document_label, report_data
from .shading import COLOUR_MODES, colour_of, colour_scheme, moment, segments

__all__ = ["COLOUR_MODES", "LANE_MODES", "figure", "figure_from_data", "hover_text"]

LANE_MODES = ("actor", "source", "kind")
MAX_LANES = 30  # beyond this, the rarest lanes are pooled into one "other" lane
GL_POINTS = 1500  # a trace with more vertices than this is drawn with WebGL
GL_BARS = 2000  # more bars than this are drawn as thick WebGL line segments
DAY_MS = 86_400_000
# The traces are built here from checked data; plotly's per-value validation of their long arrays
# would take most of the time of a big report (20 s of 30 for 50,000 events), so it is skipped.
VALIDATE = False

# Okabe-Ito colours (safe for colour-blind readers) with distinct symbols and bar patterns, so the
# modalities stay apart in greyscale print.
MODALITY_STYLE = {
    "asserted": ("#0072B2", "circle", ""),
    "planned": ("#E69F00", "diamond", "."),
    "hypothetical": ("#CC79A7", "square-open", "x"),
    "negated": ("#D55E00", "x", "-"),
}
RELATION_STYLE = {
    "before": ("#555555", "solid"),
    "after": ("#555555", "solid"),
    "includes": ("#009E73", "dot"),
    "overlaps": ("#009E73", "dash"),
    "causes": ("#8B0000", "solid"),
    "responds_to": ("#8B0000", "dashdot"),
    "shares_actor": ("#AAAAAA", "dot"),
}
QUIET_RELATIONS = ("before", "after", "shares_actor")
OPACITY = {False: 0.9, True: 0.35}  # keyed by "is the date vague"
NO_LANE = {"actor": "(no actor)", "source": "(unknown source)", "kind": "(no kind)"}
OTHER_LANE = {"actor": "(other actors)", "source": "(other sources)", "kind": "(other kinds)"}


def _escape(text: str) -> str:
    """Escape text for plotly's pseudo-HTML (hover labels, tick labels)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def hover_text(event: dict, documents: list[dict]) -> str:
    """The hover label of an event (the report page builds the same label in assets/script/core.js).

    >>> ev = {"title": "Plant opened", "start": "2025-03-03", "end": "2025-03-03",
    ...       "granularity": "day", "value": "2025-03-03", "time_text": "March 3",
    ...       "sources": [0], "modality": "asserted", "confidence": 0.8}
    >>> hover_text(ev, [{"source": "Example News"}]).split("<br>")  # doctest: +NORMALIZE_WHITESPACE
    ['<b>Plant opened</b>', '“March 3”', '2025-03-03 (day)', 'Example News',
     'asserted · confidence 0.8']
    """
    lines = [f"<b>{_escape(event['title'])}</b>"]
    if event.get("time_text"):
        lines.append(f"“{_escape(event['time_text'])}”")
    if "start" in event:
        when = event["start"] if event["start"] == event["end"] else (
            f"{event['start']} – {event['end']}")
        detail = event["granularity"] + (f", {event['mod']}" if event.get("mod") else "")
        lines.append(f"{when} ({_escape(detail)})")
    else:
        lines.append("undated")
    names = list(dict.fromkeys(document_label(documents[i]) for i in event.get("sources", [])))
    if names:
        more = f" +{len(names) - 3} more" if len(names) > 3 else ""
        lines.append(_escape(", ".join(names[:3])) + more)
    lines.append(f"{event['modality']} · confidence {event['confidence']:g}")
    return "<br>".join(lines)


def _lane_names(event: dict, mode: str, documents: list[dict]) -> list[str]:
    if mode == "actor":
        names = event.get("actors") or []
    elif mode == "kind":
        names = [event["kind"]] if event.get("kind") else []
    else:
        names = [document_label(documents[i]) for i in event.get("sources", [])]
    return list(dict.fromkeys(names)) or [NO_LANE[mode]]


def _lanes(
    events: list[dict], mode: str, documents: list[dict]
) -> tuple[list[str], list[list[int]]]:
    """The lane names (busiest first) and, per dated event, the lane numbers it is drawn in."""
    per_event = [_lane_names(e, mode, documents) if "start" in e else [] for e in events]
    counts = Counter(name for names in per_event for name in names)
    ranked = [name for name, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]
    # Events without an actor (or source) get the bottom lane; the rarest names share the one above.
    unnamed = [NO_LANE[mode]] if NO_LANE[mode] in counts else []
    named = [name for name in ranked if name != NO_LANE[mode]]
    if len(named) + len(unnamed) > MAX_LANES:
        named = named[: MAX_LANES - 1 - len(unnamed)] + [OTHER_LANE[mode]]
    kept = named + unnamed
    index = {name: i for i, name in enumerate(kept)}
    other = index.get(OTHER_LANE[mode])
    rows = []
    for names in per_event:
        lanes = list(dict.fromkeys(index.get(name, other) for name in names))
        rows.append([lane for lane in lanes if lane is not None])
    return kept, rows


@lru_cache(maxsize=1 << 16)  # asked once per lane mode
def _jitter(event_id: str) -> float:
    """A stable offset within the lane, so events on the same day do not hide each other."""
    return round((int(stable_id(event_id, length=4), 16) / 0xFFFF - 0.5) * 0.6, 2)


def _style_key(event: dict) -> str:
    return event["modality"] if event["modality"] in MODALITY_STYLE else "asserted"


def _opacity(items) -> float | list[float]:
    """Vague dates lighter; one number when all are alike (it keeps big reports small)."""
    values = [OPACITY[bool(ev.get("vague"))] for _, ev, _ in items]
    return values[0] if len(set(values)) == 1 else values


def _colours(events, mode, scheme, modality) -> str | list[str]:
    """The trace's colour: one for the modality, else one per drawn item."""
    if mode == "modality":
        return scheme["modality"][modality]
    return [colour_of(ev, mode, scheme, modality) for ev in events]


def _point_trace(items, mode, modality, hover, paint) -> go.Scatter | go.Scattergl:
    _, symbol, _ = MODALITY_STYLE[modality]
    cls = go.Scattergl if len(items) > GL_POINTS else go.Scatter
    return cls(
        x=[ev["start"] for _, ev, _ in items],
        y=[y for _, _, y in items],
        customdata=[i for i, _, _ in items],
        hovertext=[hover[i] for i, _, _ in items] if hover else None,
        hoverinfo="text",
        mode="markers",
        marker={"color": paint([ev for _, ev, _ in items], modality), "symbol": symbol,
                "size": 9, "line": {"width": 1}, "opacity": _opacity(items)},
        name=modality, legendgroup=modality, meta={"lanes": mode, "kind": "point"},
        _validate=VALIDATE,
    )


def _bar_traces(items, mode, modality, hover, paint) -> list:
    """Bars as plotly bars (hover and click anywhere on them), or as WebGL lines when many.

    A vague interval is several bars (or line segments) in a row, one per segment of
    :func:`~timeline.render.shading.segments`, each with the event's index in ``customdata``.
    """
    _, _, pattern = MODALITY_STYLE[modality]
    meta = {"lanes": mode, "kind": "bar"}
    pieces = [(i, ev, lane, seg) for i, ev, lane in items for seg in segments(ev)]
    if len(items) <= GL_BARS:
        colour = paint([ev for _, ev, _, _ in pieces], modality)
        opacity = [seg[2] for *_, seg in pieces]
        return [go.Bar(
            base=[moment(ev["start"], seg[0]) for _, ev, _, seg in pieces],
            x=[(seg[1] - seg[0]) * 1000 for *_, seg in pieces],
            y=[lane for _, _, lane, _ in pieces],
            customdata=[i for i, _, _, _ in pieces],
            hovertext=[hover[i] for i, _, _, _ in pieces] if hover else None,
            hoverinfo="text", orientation="h", width=0.18,
            marker={"color": colour, "line": {"width": 0, "color": colour},
                    "opacity": opacity[0] if len(set(opacity)) == 1 else opacity,
                    "pattern": {"shape": pattern, "solidity": 0.4}},
            name=modality, legendgroup=modality, meta=meta, _validate=VALIDATE,
        )]
    # WebGL lines take one colour and one opacity per trace: one trace per opacity level, in
    # the modality's colour (or a neutral grey when colour says something per event), and a dot
    # in the middle of each bar that takes the event's own colour in every colour mode.
    colour = paint([], modality)
    colour = colour if isinstance(colour, str) else "#777777"
    _, symbol, _ = MODALITY_STYLE[modality]
    dots = go.Scattergl(  # drawn over the lines; the legend shows the lines (listed first)
        x=[_midpoint(ev) for _, ev, _ in items], y=[lane for _, _, lane in items],
        customdata=[i for i, _, _ in items],
        hovertext=[hover[i] for i, _, _ in items] if hover else None, hoverinfo="text",
        mode="markers", marker={"color": paint([ev for _, ev, _ in items], modality),
                                "symbol": symbol, "size": 7, "line": {"width": 1}},
        name=modality, legendgroup=modality,
        meta={"lanes": mode, "kind": "point", "mid": True}, _validate=VALIDATE,
    )
    traces = []
    for level in sorted({seg[2] for *_, seg in pieces}, reverse=True):
        x, y, custom, text = [], [], [], []
        for i, ev, lane, seg in pieces:
            if seg[2] != level:
                continue
            x += [moment(ev["start"], seg[0]), moment(ev["start"], seg[1]), None]
            y += [lane, lane, None]
            custom += [i, i, None]
            text += [hover[i], hover[i], None] if hover else []
        traces.append(go.Scattergl(
            x=x, y=y, customdata=custom, hovertext=text or None, hoverinfo="text",
            mode="lines", line={"color": colour, "width": 6}, opacity=level,
            name=modality, legendgroup=modality, meta=meta, _validate=VALIDATE,
        ))
    return [*traces, dots]


def _relation_traces(data, positions, mode) -> list:
    """One trace per relation type, from the middle of one event to the middle of the other."""
    by_type: dict[str, list] = {}
    for source, target, kind, _, _ in data["relations"]:
        if source in positions and target in positions:
            by_type.setdefault(kind, []).append((source, target))
    traces = []
    for kind, pairs in sorted(by_type.items()):
        colour, dash = RELATION_STYLE.get(kind, ("#777777", "solid"))
        x, y, custom = [], [], []
        for source, target in pairs:
            x += [positions[source][0], positions[target][0], None]
            y += [positions[source][1], positions[target][1], None]
            custom += [source, target, None]
        many = len(pairs) * 3 > GL_POINTS
        cls = go.Scattergl if many else go.Scatter
        marker = {} if many else {"symbol": "arrow", "angleref": "previous", "color": colour,
                                  "size": [0, 9, 0] * len(pairs)}
        traces.append(cls(
            x=x, y=y, customdata=custom, mode="lines" if many else "lines+markers",
            line={"color": colour, "width": 1, "dash": dash}, marker=marker or None, opacity=0.7,
            hoverinfo="skip", name="→ " + kind.replace("_", " "), legendgroup=f"rel-{kind}",
            meta={"lanes": mode, "kind": "relation"}, _validate=VALIDATE,
        ))
    return traces


def _midpoint(event: dict) -> str:
    start, end = date.fromisoformat(event["start"]), date.fromisoformat(event["end"])
    if event["granularity"] in POINT_GRANULARITIES:
        return event["start"]
    return (start + (end - start + timedelta(days=1)) / 2).isoformat()


def _mode_traces(data: dict, mode: str, hover: list[str] | None, paint):
    events, documents = data["events"], data["documents"]
    names, rows = _lanes(events, mode, documents)
    points: dict[str, list] = {}
    bars: dict[str, list] = {}
    positions: dict[int, tuple[str, float]] = {}
    for i, (ev, lanes) in enumerate(zip(events, rows, strict=False)):
        if "start" not in ev:
            continue  # undated: listed in the table, never put on the axis
        point = ev["granularity"] in POINT_GRANULARITIES and ev["start"] == ev["end"]
        group = points if point else bars
        jitter = _jitter(ev["id"])
        for lane in lanes:
            group.setdefault(_style_key(ev), []).append((i, ev, lane + jitter))
        if lanes:
            positions[i] = (_midpoint(ev), lanes[0] + jitter)
    traces = []
    for modality in MODALITY_STYLE:
        if modality in bars:
            traces += _bar_traces(bars[modality], mode, modality, hover, paint)
        if modality in points:
            traces.append(_point_trace(points[modality], mode, modality, hover, paint))
    traces += _relation_traces(data, positions, mode)
    return names, traces


def _padded(first: date, last: date) -> list[str]:
    """A range with a margin, at least two weeks wide (plotly zooms a lone day to milliseconds)."""
    pad = max(timedelta(days=7), (last - first) * 0.03)
    return [(first - pad).isoformat(), (last + pad).isoformat()]


def x_ranges(events: list[dict]) -> tuple[list[str] | None, list[str] | None]:
    """The first view and the range slider's span.

    The slider spans every dated event. The first view leaves out far outliers (midpoints beyond
    three interquartile ranges from the middle half, Tukey's "far out"), so that one "1990s"
    background event does not squash the weeks the story is about.
    """
    dated = [e for e in events if "start" in e]
    if not dated:
        return None, None
    spans = [(date.fromisoformat(e["start"]).toordinal(),
              date.fromisoformat(e["end"]).toordinal() + 1) for e in dated]
    full = (min(s for s, _ in spans), max(e for _, e in spans))
    middles = sorted((s + e) / 2 for s, e in spans)
    q1, q3 = middles[len(middles) // 4], middles[(3 * len(middles)) // 4]
    spread = 3 * max(q3 - q1, 7)  # a week at least, or a story told in one day hides the rest
    low, high = math.floor(q1 - spread), math.ceil(q3 + spread)
    kept = [(s, e) for s, e in spans if low <= (s + e) / 2 <= high]
    view = (max(low, min(s for s, _ in kept)), min(high, max(e for _, e in kept)))
    return _padded(*map(date.fromordinal, view)), _padded(*map(date.fromordinal, full))


def _axis(names: list[str]) -> dict:
    return {
        "yaxis.tickvals": list(range(len(names))),
        "yaxis.ticktext": [_escape(n if len(n) <= 32 else n[:31] + "…") for n in names],
        "yaxis.range": [len(names) - 0.5, -0.5],
        "height": max(360, 140 + 24 * len(names)),
    }


def figure_from_data(
    data: dict, lanes: str = "actor", hover: bool = True, colour: str = "modality"
) -> go.Figure:
    """The timeline figure from :func:`~timeline.render.data.report_data` output.

    ``hover=False`` leaves the hover labels out (the report page builds them from its data,
    which keeps the file small). ``colour`` is what colour shows: ``"modality"``,
    ``"confidence"`` or ``"kind"``; the figure's ``layout.meta["colours"]`` says what each colour
    means in each mode (the page's colour switch and legend are built from it), and
    ``layout.meta["lanes"]`` names the lanes of each mode (the page hides empty ones on filters).
    """
    if lanes not in LANE_MODES:
        raise RenderError(f"unknown lanes {lanes!r}; use one of: {', '.join(LANE_MODES)}")
    if colour not in COLOUR_MODES:
        raise RenderError(f"unknown colour {colour!r}; use one of: {', '.join(COLOUR_MODES)}")
    scheme = colour_scheme(data["events"], {m: style[0] for m, style in MODALITY_STYLE.items()})

    def paint(events: list[dict], modality: str) -> str | list[str]:
        return _colours(events, colour, scheme, modality)

    labels = [hover_text(e, data["documents"]) for e in data["events"]] if hover else None
    traces, axes, owners = [], {}, []
    for mode in LANE_MODES:
        names, mode_traces = _mode_traces(data, mode, labels, paint)
        axes[mode] = _axis(names)
        for trace in mode_traces:
            trace.visible = _initial_visibility(trace) if mode == lanes else False
            owners.append(mode)
        traces += mode_traces
    seen = set()
    for trace, owner in zip(traces, owners, strict=False):
        trace.showlegend = (owner, trace.legendgroup) not in seen
        seen.add((owner, trace.legendgroup))
    buttons = []
    for mode in LANE_MODES:
        visible = [_initial_visibility(t) if owner == mode else False
                   for t, owner in zip(traces, owners, strict=False)]
        buttons.append({"label": f"Lanes by {mode}", "method": "update",
                        "args": [{"visible": visible}, axes[mode]]})
    fig = go.Figure(data=traces, _validate=VALIDATE)
    axis = axes[lanes]
    view, span = x_ranges(data["events"])
    fig.update_layout(
        title={"text": _escape(data.get("title") or "Timeline")},
        meta={"colours": scheme, "colour": colour,
              "lanes": {mode: axes[mode]["yaxis.ticktext"] for mode in LANE_MODES}},
        template="plotly_white", hovermode="closest", barmode="overlay", height=axis["height"],
        margin={"l": 10, "r": 10, "t": 90, "b": 10},
        legend={"yanchor": "top", "y": 1, "x": 1.01, "xanchor": "left",
                "title": {"text": "modality / relation"}},
        xaxis={"type": "date", "range": view,
               "rangeslider": {"visible": True, "thickness": 0.06, "range": span},
               "rangeselector": {"buttons": [
                   {"count": 1, "label": "1m", "step": "month", "stepmode": "backward"},
                   {"count": 6, "label": "6m", "step": "month", "stepmode": "backward"},
                   {"count": 1, "label": "1y", "step": "year", "stepmode": "backward"},
                   {"step": "all", "label": "all"}], "y": 1.0, "yanchor": "bottom",
                   "x": 1, "xanchor": "right"}},
        yaxis={"tickmode": "array", "tickvals": axis["yaxis.tickvals"],
               "ticktext": axis["yaxis.ticktext"], "range": axis["yaxis.range"],
               "automargin": True, "zeroline": False, "fixedrange": True},
        updatemenus=[{"type": "buttons", "direction": "left", "buttons": buttons,
                      "x": 0, "xanchor": "left", "y": 1.0, "yanchor": "bottom",
                      "pad": {"b": 6}, "showactive": True,
                      "active": LANE_MODES.index(lanes)}],
    )
    return fig


def _initial_visibility(trace) -> bool | str:
    """Order and shared actors are many and the axis and lanes already show them: those links
    are listed in the legend (a click draws them); inclusion, overlap and cause are drawn."""
    quiet = {f"rel-{kind}" for kind in QUIET_RELATIONS}
    return "legendonly" if trace.legendgroup in quiet else True


def figure(tl: Timeline, lanes: str = "actor", colour: str = "modality") -> go.Figure:
    """The interactive timeline of a :class:`~timeline.model.Timeline`.

    Parameters
    ----------
    tl
        The timeline to draw; undated events are left off the axis (the report lists them).
    lanes
        ``"actor"`` (an event with two actors appears in both lanes), ``"source"`` (one lane
        per outlet) or ``"kind"`` (one lane per class of event: visit, order, attack...); the
        figure's buttons switch between them.
    colour
        What colour shows: ``"modality"`` (asserted, planned...), ``"confidence"`` (light to
        dark) or ``"kind"`` (the commonest kinds, the rest as "other"); symbols always show
        the modality. The report page has a switch between them.

    Returns
    -------
    plotly.graph_objects.Figure

    Raises
    ------
    RenderError
        If ``lanes`` is not one of ``"actor"``, ``"source"``, ``"kind"``, or ``colour`` not one
        of ``"modality"``, ``"confidence"``, ``"kind"``.

    Examples
    --------
    >>> fig = figure(Timeline())
    >>> len(fig.data), fig.layout.xaxis.rangeslider.visible
    (0, True)
    """
    return figure_from_data(report_data(tl), lanes=lanes, colour=colour)
