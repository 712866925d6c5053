"""The self-contained HTML report: the plotly timeline, a detail panel, event and document tables.

One file that opens offline: plotly.js is inlined once (or loaded from its CDN for a small file),
the data and the figure are embedded as JSON in ``<script type="application/json">`` elements,
and a small script of our own (``assets/script/``) builds everything else with ``textContent``,
never with ``innerHTML``, so article text cannot run as code.
"""

from __future__ import annotations

import html
import json
import logging
import os
import re
from importlib import resources

from plotly.io.json import to_json_plotly
from plotly.offline import get_plotlyjs, get_plotlyjs_version

from ..errors import RenderError
from ..model import Timeline
from .data import report_data
from .figure import figure_from_data
from .graph import graph_figure_from_data
from .keydates import key_dates as key_date_rows

__all__ = ["embed_json", "pack", "render_html", "write_html"]

logger = logging.getLogger(__name__)

PLOTLYJS_MODES = ("inline", "cdn")
CDN_URL = "https://cdn.plot.ly/plotly-{version}.min.js"
# Above this many events in view, the page draws counted clusters (per lane and day, week, month,
# quarter or year) instead of single events; zooming in brings the single events back.
DENSE_EVENTS = 3000
_SLOT = re.compile(r"@@([A-Z]+)@@")
# In a JSON string these escapes mean the same characters, and none of them can end a <script>.
_JSON_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028",
                 "\u2029": "\\u2029"}


def embed_json(text: str) -> str:
    """JSON text made safe inside a ``<script>`` element (no ``</script``, no ``<!--``).

    >>> embed_json('{"t": "</script><!--"}')
    '{"t": "\\\\u003c/script\\\\u003e\\\\u003c!--"}'
    """
    return re.sub("[<>&\u2028\u2029]", lambda m: _JSON_ESCAPES[m.group()], text)


EVENT_FIELDS = ("id", "title", "start", "end", "granularity", "confidence", "sources", "actors",
                "kind", "mentions", "time_text", "modality", "value", "mod", "vague",
                "disagreements")
# Rarest last: a row stops at its last given field, so common fields come first.
MENTION_FIELDS = ("doc", "text", "trigger", "time", "anchor", "participants", "time_source",
                  "time_text", "start", "end", "modality", "undated")


def _rows(records: list[dict], fields: tuple[str, ...]) -> list[list]:
    """Records as rows in ``fields`` order, trailing empty cells cut (about half the bytes)."""
    rows = []
    for record in records:
        row = [record.get(f) for f in fields]
        while row and row[-1] is None:
            row.pop()
        rows.append(row)
    return rows


def _own_time_words(mentions: list[dict]) -> str | None:
    for m in mentions:
        if "time" in m and "start" not in m:
            return m["text"][m["time"][0]:m["time"][1]]
    return None


def _one_per_bar(trace: dict) -> None:
    """Keep one entry per drawn bar: the segments of a fading bar repeat its event and lane,
    and the page cuts them again from the event (``shading.segments``)."""
    cd, y = trace.get("customdata") or [], trace.get("y") or []
    keep = [j for j in range(len(cd)) if j == 0 or (cd[j], y[j]) != (cd[j - 1], y[j - 1])]
    if len(keep) < len(cd):
        for key in ("customdata", "y"):
            trace[key] = [trace[key][j] for j in keep]
        if isinstance(trace.get("marker", {}).get("color"), list):
            trace["marker"]["color"] = [trace["marker"]["color"][j] for j in keep]


def _figure_json(fig, recomputed: tuple[str, ...] = ("x", "base", "hovertext")) -> str:
    """The figure without what the page recomputes from the events (positions on the time axis,
    shades, segments of fading bars, hover labels): about a third of the bytes of a big report."""
    spec = fig.to_plotly_json()
    for trace in spec["data"]:
        kind = trace.get("meta", {}).get("kind")
        if kind in ("point", "bar", "relation", "node"):
            for key in recomputed:
                trace.pop(key, None)
        if kind in ("point", "bar") and "x" in recomputed:
            if isinstance(trace.get("marker", {}).get("opacity"), list):
                trace["marker"].pop("opacity")
            if trace.get("type") == "bar":
                _one_per_bar(trace)
    return to_json_plotly(spec)


def _flat_participants(mentions: list[dict], roles: dict[str, int]) -> list[dict]:
    """Participants as ``[role index, name, role index, name...]`` (a third of the bytes)."""
    out = []
    for m in mentions:
        if m.get("participants"):
            flat: list = []
            for role, name in m["participants"]:
                flat += [roles.setdefault(role, len(roles)), name]
            m = dict(m, participants=flat)
        out.append(m)
    return out


def pack(data: dict) -> dict:
    """The report data with events and mentions as rows under a field list (the page unpacks).

    Participants become a flat list of role indexes (into ``roles``) and names.

    >>> event = {"id": "e1", "title": "T", "mentions": [{"doc": 0, "text": "S."}]}
    >>> pack({"events": [event]})["events"]["rows"]
    [['e1', 'T', None, None, None, None, None, None, None, [[0, 'S.']]]]
    >>> m = {"doc": 0, "text": "S.", "participants": [["agent", "Kim"], ["location", "Lima"]]}
    >>> packed = pack({"events": [{"id": "e1", "title": "T", "mentions": [m]}]})
    >>> packed["events"]["rows"][0][-1][0][-1], packed["roles"]
    ([0, 'Kim', 1, 'Lima'], ['agent', 'location'])
    """
    events = []
    roles: dict[str, int] = {}
    for event in data["events"]:
        mentions = event.get("mentions", [])
        event = dict(event, mentions=_rows(_flat_participants(mentions, roles), MENTION_FIELDS))
        # Defaults the page restores: a single day ends where it starts, modality is asserted,
        # the date words are those of the first mention dated like the event.
        if event.get("end") == event.get("start"):
            event["end"] = None
        if event.get("modality") == "asserted":
            event["modality"] = None
        if event.get("time_text") and event["time_text"] == _own_time_words(mentions):
            event["time_text"] = None
        events.append(event)
    return dict(data, roles=list(roles),
                events={"fields": list(EVENT_FIELDS), "mention_fields": list(MENTION_FIELDS),
                        "rows": _rows(events, EVENT_FIELDS)})


def _asset(name: str) -> str:
    return resources.files(__package__).joinpath("assets", name).read_text(encoding="utf-8")


# The page's script, in the order its parts run (each uses what the parts before it define).
SCRIPT_PARTS = ("core", "plot", "colour", "graph", "panel", "filters", "tables")


def page_script() -> str:
    """The report page's script: its parts (``assets/script/*.js``) inside one strict function."""
    parts = [_asset(f"script/{name}.js") for name in SCRIPT_PARTS]
    return '(function () {\n  "use strict";\n\n' + "\n".join(parts) + "})();\n"


def _plotlyjs_tag(plotlyjs: str) -> str:
    if plotlyjs == "cdn":
        url = CDN_URL.format(version=get_plotlyjs_version())
        return f'<script src="{url}" charset="utf-8"></script>'
    return f'<script charset="utf-8">{get_plotlyjs()}</script>'


def _shown(title: str) -> str:
    """The "(400 of 5000 events)" part of a graph title, if any."""
    found = re.search(r" \(\d+ of \d+ events\)$", title or "")
    return found.group() if found else ""


def render_html(
    tl: Timeline, plotlyjs: str = "inline", title: str | None = None,
    key_dates: int | None = None,
) -> str:
    """The report as one HTML string.

    Parameters
    ----------
    tl
        The timeline to report; every document appears in the page with its status.
    plotlyjs
        ``"inline"`` embeds plotly.js (about 4.8 MB, works offline); ``"cdn"`` loads it from
        cdn.plot.ly (a small file that needs the network to show the plot).
    title
        The page title; ``"Timeline"`` by default.
    key_dates
        How many "key dates" (the most salient days, one sentence each, from
        :func:`timeline.summarize.summarize`) to show above the filters: None shows 8 to 12 when
        the corpus has at least 20 readable documents, 0 shows none, a number that many at most.

    Returns
    -------
    str

    Raises
    ------
    RenderError
        If ``plotlyjs`` is not ``"inline"`` or ``"cdn"``, or ``key_dates`` is negative.

    Examples
    --------
    >>> page = render_html(Timeline(), plotlyjs="cdn", title="Empty")
    >>> page.startswith("<!DOCTYPE html>"), "<title>Empty</title>" in page
    (True, True)
    """
    if plotlyjs not in PLOTLYJS_MODES:
        raise RenderError(f"unknown plotlyjs {plotlyjs!r}; use one of: {', '.join(PLOTLYJS_MODES)}")
    from .. import __version__

    data = report_data(tl, title=title)
    fig = figure_from_data(data, lanes="actor", hover=False)
    fig.update_layout(title=None, margin={"t": 50})  # the page has its own heading
    graph = graph_figure_from_data(data, hover=False)
    shown = _shown(graph.layout.title.text)  # the tab names the view; say only what is left out
    graph.update_layout(title={"text": shown.strip(" ()") if shown else None}, margin={"t": 30})
    data["dense"] = DENSE_EVENTS
    data["key_dates"] = key_date_rows(tl, key_dates)
    slots = {
        "TITLE": html.escape(data["title"]),
        "VERSION": html.escape(__version__),
        "CSS": _asset("report.css"),
        "PLOTLYJS": _plotlyjs_tag(plotlyjs),
        "DATA": embed_json(json.dumps(pack(data), ensure_ascii=False, separators=(",", ":"))),
        "FIGURE": embed_json(_figure_json(fig)),
        "GRAPH": embed_json(_figure_json(graph, recomputed=("hovertext",))),
        "JS": page_script(),
    }
    # One pass, so that text put into a slot is never searched for further slots.
    return _SLOT.sub(lambda m: slots[m.group(1)], _asset("report.html"))


def write_html(
    tl: Timeline, path: str | os.PathLike, plotlyjs: str = "inline", title: str | None = None,
    key_dates: int | None = None,
) -> None:
    """Write the report to ``path`` (UTF-8); see :func:`render_html`.

    Raises
    ------
    RenderError
        If the file cannot be written, or ``plotlyjs`` is unknown.
    """
    page = render_html(tl, plotlyjs=plotlyjs, title=title, key_dates=key_dates)
    try:
        # errors="replace": a lone surrogate from a badly decoded article must not lose the report
        with open(path, "w", encoding="utf-8", errors="replace") as handle:
            handle.write(page)
    except OSError as err:
        raise RenderError(f"{path}: cannot write the report ({err.strerror}). "
                          "Check that the folder exists and is writable.") from err
    logger.info("wrote %s (%d bytes)", path, len(page.encode("utf-8")))
