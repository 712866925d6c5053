"""Tests of the plotly figure and the HTML report, on timelines built by hand."""

from __future__ import annotations

import dataclasses
import importlib
import importlib.util
import json
import random
import re
import shutil
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st
from plotly.offline import get_plotlyjs

from timeline.errors import RenderError
from timeline.lexicon import event_class
from timeline.model import (
    Anchor,
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
    stable_id,
)
from timeline.render import (
    figure,
    graph_figure,
    keydates,
    render_html,
    report_data,
    safe_url,
    write_html,
    write_image,
)
from timeline.render.figure import MAX_LANES, figure_from_data
from timeline.render.keydates import key_dates_count
from timeline.render.report import MENTION_FIELDS, embed_json
from timeline.render.shading import (
    colour_of,
    colour_scheme,
    confidence_colour,
    moment,
    segments,
)

# ---------------------------------------------------------------- factories


def make_doc(name: str, text: str = "", **kw) -> Document:
    return Document(id=name, path=f"{name}.txt", text=text, **kw)


def make_event(
    title: str,
    doc: str = "d1",
    span: TimeSpan | None = None,
    actors: tuple[str, ...] = (),
    sentence: str | None = None,
    trigger: str | None = None,
    time_words: str | None = None,
    offset: int = 100,
    **kw,
) -> Event:
    """An event with one mention whose offsets are absolute in a document, as the pipeline makes."""
    sentence = sentence or f"{title} {time_words or ''}.".replace(" .", ".")
    trigger = trigger or title.split()[-1]
    t0 = offset + sentence.index(trigger)
    timex = None
    if time_words:
        x0 = offset + sentence.index(time_words)
        timex = Timex(doc, x0, x0 + len(time_words), time_words, TimexType.DATE,
                      span.value if span else "XXXX", span=span, anchor=Anchor.PUBLISHED)
    mention = EventMention(
        id=stable_id(title, doc), document=doc, sentence=0, start_char=offset,
        end_char=offset + len(sentence), text=sentence, trigger=trigger, trigger_start=t0,
        trigger_end=t0 + len(trigger), title=title, actors=actors, timex=timex, time=span,
        time_source="text" if timex else ("reported" if span else "none"),
    )
    return Event(id=stable_id(title), title=title, mentions=(mention,), time=span, actors=actors,
                 **kw)


def day(iso: str) -> TimeSpan:
    return TimeSpan(date.fromisoformat(iso), date.fromisoformat(iso), Granularity.DAY, iso)


Q4 = TimeSpan(date(2025, 10, 1), date(2025, 12, 31), Granularity.QUARTER, "2025-Q4")
EARLY_2026 = TimeSpan(date(2026, 1, 1), date(2026, 4, 30), Granularity.YEAR, "2026", mod="START")


def small_timeline() -> Timeline:
    """Four documents (one empty, one failed): a day, a quarter, "early next year", an undated."""
    docs = [
        make_doc("d1", title="Port deal signed", source="Harbour Times",
                 published=date(2025, 12, 27), url="https://example.org/port"),
        make_doc("d2", title="Budget talks", source="Capital Post", published=date(2025, 12, 29)),
        make_doc("d3", status=DocStatus.EMPTY),
        make_doc("d4", status=DocStatus.ERROR, error="d4.txt: not valid UTF-8"),
    ]
    events = [
        make_event("Ministry signed deal", "d1", day("2025-12-24"), ("Ministry", "PortCo"),
                   trigger="signed", time_words="on December 24", confidence=0.9),
        make_event("Council approved budget", "d2", Q4, ("Council",),
                   time_words="in the fourth quarter"),
        make_event("Ministry plans expansion", "d1", EARLY_2026, ("Ministry",),
                   time_words="early next year", modality=Modality.PLANNED),
        make_event("Union protested", "d2", None, ("Union",), confidence=0.3),
    ]
    relations = [Relation(events[1].id, events[0].id, RelationType.BEFORE, 0.7, "earlier")]
    return Timeline(documents=docs, events=events, relations=relations)


@pytest.fixture
def small() -> Timeline:
    return small_timeline()


def synthetic_timeline(n: int, seed: int = 7) -> Timeline:
    """``n`` events over 200 documents and 60 actors, a third of them intervals, some undated."""
    rng = random.Random(seed)
    docs = [make_doc(f"doc{i}", title=f"Article number {i} about regional affairs",
                     source=f"Outlet {i % 12}", published=date(2025, 1, 1) + timedelta(days=i),
                     url=f"https://news.example.org/2025/article-{i}") for i in range(200)]
    actors = [f"Actor {chr(65 + i % 26)}{i}" for i in range(60)]
    grains = [Granularity.DAY] * 6 + [Granularity.MONTH, Granularity.QUARTER, Granularity.WEEK]
    events = []
    for i in range(n):
        start = date(2024, 1, 1) + timedelta(days=rng.randrange(900))
        grain = rng.choice(grains)
        length = {Granularity.DAY: 0, Granularity.WEEK: 6, Granularity.MONTH: 29,
                  Granularity.QUARTER: 90}[grain]
        span = TimeSpan(start, start + timedelta(days=length), grain, start.isoformat())
        if rng.random() < 0.05:
            span = None
        who = tuple(rng.sample(actors, rng.choice([1, 1, 2])))
        filler = " ".join(rng.choice(["officials", "said", "the", "new", "plan", "would", "cover",
                                      "northern", "districts", "after", "weeks", "of", "talks"])
                          for _ in range(18))
        sentence = f"{who[0]} announced measure {i} on the date given, {filler}."
        events.append(make_event(f"{who[0]} announced measure {i}", f"doc{i % 200}", span, who,
                                 sentence=sentence, trigger="announced",
                                 time_words="on the date given" if span else None,
                                 confidence=round(rng.random(), 2)))
    relations = [Relation(events[i].id, events[i + 1].id, RelationType.BEFORE, 0.6)
                 for i in range(0, n - 1, 10)]
    return Timeline(documents=docs, events=events, relations=relations)


def dated_corpus(n_docs: int, hostile: str = "") -> Timeline:
    """``n_docs`` articles with text, each naming one of four days in March 2025 in a sentence
    (with its temporal expression, as the temporal stage gives it) and reporting one event."""
    docs, timexes, events = [], [], []
    topics = ["harbour budget", "port strike", "grain exports", "river dredging"]
    for i in range(n_docs):
        when = day(f"2025-03-{3 + 2 * (i % 4):02d}")
        words = f"on March {when.start.day}"
        sentence = (f"Officials in district {i} said the council debated the {topics[i % 4]} "
                    f"{words}{hostile}.")
        text = f"{sentence} Residents waited for the vote in the rain outside the hall."
        docs.append(make_doc(f"k{i}", text=text, title=f"Article {i}", source=f"Outlet {i % 3}",
                             published=date(2025, 3, 10 + i % 5)))
        event = make_event(f"Council debated {topics[i % 4]} {i}", f"k{i}", when, ("Council",),
                           sentence=sentence, trigger="debated", time_words=words, offset=0)
        events.append(event)
        timexes.append(event.mentions[0].timex)
    return Timeline(documents=docs, timexes=timexes, events=events)


@pytest.fixture(scope="module")
def big() -> Timeline:
    return synthetic_timeline(5000)


def traces(fig, lanes: str, kind: str | None = None) -> list[dict]:
    return [t for t in fig.to_dict()["data"]
            if t["meta"]["lanes"] == lanes and (kind is None or t["meta"]["kind"] == kind)]


def lane_names(fig, lanes: str) -> list[str]:
    button = next(b for b in fig.layout.updatemenus[0].buttons if b.label == f"Lanes by {lanes}")
    return button.args[1]["yaxis.ticktext"]


def plotted(fig, lanes: str, kind: str) -> dict[int, list[float]]:
    """Event index -> the y positions (lane + jitter) it is drawn at, for one kind of trace."""
    where: dict[int, list[float]] = {}
    for t in traces(fig, lanes, kind):
        for i, y in zip(t["customdata"], t["y"], strict=False):
            if i is not None:
                where.setdefault(i, []).append(y)
    return where


# ---------------------------------------------------------------- figure


def test_figure_draws_day_events_as_points_and_intervals_as_bars(small):
    fig = figure(small)
    points, bars = plotted(fig, "actor", "point"), plotted(fig, "actor", "bar")
    assert set(points) == {0}
    assert set(bars) == {1, 2}
    bar = next(t for t in traces(fig, "actor", "bar") if 1 in t["customdata"])
    k = bar["customdata"].index(1)
    assert bar["base"][k] == "2025-10-01"
    # A quarter is vague: its segments, end to end, cover the whole quarter, end day included.
    pieces = [x for i, x in zip(bar["customdata"], bar["x"], strict=True) if i == 1]
    assert sum(pieces) == 92 * 86_400_000


def test_figure_puts_an_event_with_two_actors_in_both_actor_lanes(small):
    fig = figure(small)
    names = lane_names(fig, "actor")
    lanes = sorted(round(y) for y in plotted(fig, "actor", "point")[0])
    assert [names[i] for i in lanes] == sorted(["Ministry", "PortCo"], key=names.index)


def test_figure_lanes_by_source_use_the_outlet(small):
    fig = figure(small, lanes="source")
    names = lane_names(fig, "source")
    assert set(names) == {"Harbour Times", "Capital Post"}
    assert names[round(plotted(fig, "source", "point")[0][0])] == "Harbour Times"
    assert all(t.get("visible") is not False for t in traces(fig, "source"))
    assert all(t["visible"] is False for t in traces(fig, "actor"))


def test_figure_lanes_by_kind_use_the_event_class_of_the_trigger(small):
    fig = figure(small, lanes="kind")
    names = lane_names(fig, "kind")
    assert names[round(plotted(fig, "kind", "point")[0][0])] == event_class("signed") == "sign"
    assert report_data(small)["events"][0]["kind"] == "sign"
    assert "(no kind)" not in names  # every event here has a trigger


def test_figure_leaves_undated_events_off_the_axis(small):
    fig = figure(small)
    drawn = {i for t in fig.to_dict()["data"] for i in t["customdata"] if i is not None}
    assert 3 not in drawn
    assert "Union" not in lane_names(fig, "actor")


@pytest.mark.parametrize(
    ("index", "expected"),
    [
        (0, ["Ministry signed deal", "“on December 24”", "2025-12-24 (day)", "Harbour Times",
             "confidence 0.9"]),
        (1, ["Council approved budget", "2025-10-01 – 2025-12-31 (quarter)", "Capital Post"]),
        (2, ["early next year", "(year, START)", "planned"]),
    ],
    ids=["point", "quarter", "vague-planned"],
)
def test_figure_hover_shows_title_date_words_interval_and_sources(small, index, expected):
    fig = figure(small)
    texts = [h for t in traces(fig, "actor") if t["meta"]["kind"] != "relation"
             for i, h in zip(t["customdata"], t["hovertext"], strict=False) if i == index]
    assert texts
    for part in expected:
        assert part in texts[0]


def test_figure_has_range_slider_lane_switch_and_relation_trace(small):
    fig = figure(small)
    assert fig.layout.xaxis.rangeslider.visible is True
    labels = [b.label for b in fig.layout.updatemenus[0].buttons]
    assert labels == ["Lanes by actor", "Lanes by source", "Lanes by kind"]
    relation = traces(fig, "actor", "relation")
    assert [t["name"] for t in relation] == ["→ before"]
    assert relation[0]["customdata"] == [1, 0, None]


def bar_pieces(fig, index: int) -> list[tuple[int, float]]:
    """(width in ms, opacity) of each bar segment drawn for one event in its first actor lane."""
    trace = next(t for t in traces(fig, "actor", "bar") if index in t["customdata"])
    opacity = trace["marker"]["opacity"]
    rows = [(x, opacity[k] if isinstance(opacity, list) else opacity, y)
            for k, (i, x, y) in enumerate(zip(trace["customdata"], trace["x"], trace["y"],
                                               strict=True)) if i == index]
    return [(x, o) for x, o, y in rows if y == rows[0][2]]


VAGUE_SPANS = {
    "early 2026": TimeSpan(date(2026, 1, 1), date(2026, 4, 30), Granularity.MONTH, "2026",
                           mod="START"),
    "about March": TimeSpan(date(2025, 3, 1), date(2025, 3, 31), Granularity.MONTH, "2025-03",
                            mod="APPROX"),
    "the third quarter": TimeSpan(date(2025, 7, 1), date(2025, 9, 30), Granularity.QUARTER,
                                  "2025-Q3"),
    "last summer": TimeSpan(date(2025, 6, 21), date(2025, 9, 22), Granularity.SEASON, "2025-SU"),
    "the 1990s": TimeSpan(date(1990, 1, 1), date(1999, 12, 31), Granularity.DECADE, "199"),
    "before March": TimeSpan(date(2025, 2, 1), date(2025, 2, 28), Granularity.MONTH, "2025-03",
                             mod="BEFORE"),
}
PRECISE_SPANS = {
    "in March": TimeSpan(date(2025, 3, 1), date(2025, 3, 31), Granularity.MONTH, "2025-03"),
    "that week": TimeSpan(date(2025, 3, 3), date(2025, 3, 9), Granularity.WEEK, "2025-W10"),
    "from 3 to 10 March": TimeSpan(date(2025, 3, 3), date(2025, 3, 10), Granularity.DAY,
                                   "2025-03-03"),
}


def one_event_timeline(span: TimeSpan) -> Timeline:
    """One event dated by date words (here just "then") to ``span``."""
    event = make_event("Talks held", "d1", span, ("Council",), time_words="then")
    return Timeline(documents=[make_doc("d1", published=date(2025, 12, 27))], events=[event])


@pytest.mark.parametrize("span", VAGUE_SPANS.values(), ids=VAGUE_SPANS.keys())
def test_vague_interval_fades_towards_both_ends_around_a_solid_core(span):
    pieces = bar_pieces(figure(one_event_timeline(span)), 0)
    opacities = [o for _, o in pieces]
    assert len(pieces) == 5
    assert opacities == opacities[::-1]  # symmetric
    assert opacities[0] < opacities[1] < opacities[2]  # lighter and lighter towards the ends
    days = (span.end - span.start).days + 1
    assert sum(x for x, _ in pieces) == days * 86_400_000  # still the whole interval
    assert pieces[2][0] > days * 86_400_000 / 2  # the core is most of it


@pytest.mark.parametrize("span", PRECISE_SPANS.values(), ids=PRECISE_SPANS.keys())
def test_precise_interval_is_one_solid_bar(span):
    pieces = bar_pieces(figure(one_event_timeline(span)), 0)
    assert pieces == [(((span.end - span.start).days + 1) * 86_400_000, 0.9)]


def test_interval_dated_only_by_publication_fades():
    tl = one_event_timeline(PRECISE_SPANS["that week"])
    mention = dataclasses.replace(tl.events[0].mentions[0], time_source="reported")
    tl.events[0] = dataclasses.replace(tl.events[0], mentions=(mention,))
    assert len(bar_pieces(figure(tl), 0)) == 5


def test_vague_point_is_lighter_than_a_precise_one(small):
    tl = small
    reported = dataclasses.replace(tl.events[0].mentions[0], time_source="reported")
    tl.events.append(dataclasses.replace(tl.events[0], id="e-reported", mentions=(reported,)))
    fig = figure(tl)
    opacity = {}
    for t in traces(fig, "actor", "point"):
        for k, i in enumerate(t["customdata"]):
            value = t["marker"]["opacity"]
            opacity[i] = value[k] if isinstance(value, list) else value
    assert opacity[len(tl.events) - 1] < opacity[0]


@pytest.fixture
def webgl_bars(monkeypatch) -> Timeline:
    """A vague and a precise interval, drawn as WebGL bars (the threshold lowered to one)."""
    monkeypatch.setattr(importlib.import_module("timeline.render.figure"), "GL_BARS", 1)
    tl = one_event_timeline(VAGUE_SPANS["early 2026"])
    tl.events.append(make_event("Port closed", "d1", PRECISE_SPANS["that week"], ("Council",),
                                time_words="that week"))
    return tl


def test_fading_bars_stay_in_few_webgl_traces_when_many(webgl_bars):
    bars = traces(figure(webgl_bars), "actor", "bar")
    assert {t["type"] for t in bars} == {"scattergl"}
    assert sorted(t["opacity"] for t in bars) == [0.2, 0.5, 0.9]  # one trace per shade
    solid = next(t for t in bars if t["opacity"] == 0.9)
    assert solid["x"][solid["customdata"].index(1):][:2] == ["2025-03-03", "2025-03-10"]
    assert [i for i in solid["customdata"] if i is not None] == [0, 0, 1, 1]


def test_webgl_bars_carry_a_dot_in_each_event_colour(webgl_bars):
    """WebGL lines take one colour per trace; the dot in a bar's middle shows the event's own."""
    tl = webgl_bars
    (dots,) = [t for t in traces(figure(tl, colour="confidence"), "actor", "point")
               if t["meta"].get("mid")]
    assert dots["type"] == "scattergl" and dots["mode"] == "markers"
    assert sorted(dots["customdata"]) == [0, 1]
    assert dots["x"][dots["customdata"].index(1)] == "2025-03-06"  # the week's middle day
    assert isinstance(dots["marker"]["color"], list) and len(dots["marker"]["color"]) == 2
    lines = traces(figure(tl, colour="confidence"), "actor", "bar")
    assert {t["line"]["color"] for t in lines} == {"#777777"}  # the lines stay neutral


@given(first=st.dates(date(1900, 1, 1), date(2100, 1, 1)), length=st.integers(0, 40_000),
       grain=st.sampled_from([g.value for g in Granularity]), mod=st.sampled_from([None, "START"]))
def test_segments_tile_the_interval_end_to_end(first, length, grain, mod):
    event = {"start": first.isoformat(), "end": (first + timedelta(days=length)).isoformat(),
             "granularity": grain, "mod": mod}
    pieces = segments(event)
    assert pieces[0][0] == 0 and pieces[-1][1] == (length + 1) * 86_400
    assert all(a[1] == b[0] for a, b in zip(pieces, pieces[1:], strict=False))
    assert all(lo < hi for lo, hi, _ in pieces)
    assert moment(event["start"], pieces[-1][1]) == (first + timedelta(days=length + 1)).isoformat()


@pytest.mark.parametrize("colour", ["modality", "confidence", "kind"])
def test_every_colour_mode_colours_every_drawn_event(small, colour):
    data = report_data(small)
    fig = figure_from_data(data, colour=colour)
    scheme = fig.layout.meta["colours"]
    assert scheme["modes"] == ["modality", "confidence", "kind"]
    assert fig.layout.meta["colour"] == colour
    for t in traces(fig, "actor", "point") + traces(fig, "actor", "bar"):
        colours = t["marker"]["color"]
        if colour == "modality":
            assert colours == scheme["modality"][t["name"]]
        else:
            assert len(colours) == len(t["customdata"])
            assert all(re.fullmatch("#[0-9a-f]{6}", c, re.IGNORECASE) for c in colours)


def test_confidence_colours_darken_with_confidence(small):
    fig = figure_from_data(report_data(small), colour="confidence")
    points = traces(fig, "actor", "point")[0]
    low = confidence_colour(0.1)
    assert points["marker"]["color"][0] == confidence_colour(0.9)
    lum = [sum(int(c[k:k + 2], 16) for k in (1, 3, 5)) for c in (confidence_colour(0.9), low)]
    assert lum[0] < lum[1]  # darker for surer events: reads in greyscale


def test_kind_colours_pool_the_rarest_kinds_as_other():
    events = [{"start": "2025-01-01", "kind": f"k{n}"} for n in range(10) for _ in range(10 - n)]
    scheme = colour_scheme(events, {})
    assert list(scheme["kind"]) == [f"k{n}" for n in range(7)]  # the commonest seven
    assert len(set(scheme["kind"].values())) == 7
    event = {"kind": "k9", "confidence": 0.5}
    assert colour_of(event, "kind", scheme, "asserted") == scheme["other"]


def test_unknown_colour_mode_is_an_error(small):
    with pytest.raises(RenderError, match="unknown colour 'rainbow'"):
        figure_from_data(report_data(small), colour="rainbow")


@pytest.mark.parametrize(
    ("spans", "view", "slider"),
    [
        ([day("2025-01-01")], ("2024-12-25", "2025-01-09"), ("2024-12-25", "2025-01-09")),
        ([day(f"2026-03-{d:02d}") for d in range(1, 21)] + [EARLY_2026, Q4],
         ("2026-01-23", "2026-04-25"), ("2025-09-24", "2026-05-08")),
        ([day(f"2026-03-{d:02d}") for d in range(1, 21)]
         + [TimeSpan(date(1990, 1, 1), date(1999, 12, 31), Granularity.DECADE, "199")],
         ("2026-02-22", "2026-03-28"), ("1988-12-01", "2027-04-21")),
    ],
    ids=["lone-day", "spread-story", "one-far-outlier"],
)
def test_figure_first_view_skips_far_outliers_but_slider_spans_all(spans, view, slider):
    events = [make_event(f"Event {i} happened", span=s) for i, s in enumerate(spans)]
    layout = figure(Timeline(documents=[make_doc("d1")], events=events)).layout.xaxis
    assert tuple(layout.range) == view
    assert tuple(layout.rangeslider.range) == slider


def test_figure_puts_events_without_actor_in_the_bottom_lane():
    events = [make_event("Storm hit", span=day("2025-01-02")),
              make_event("Mayor spoke", span=day("2025-01-03"), actors=("Mayor",)),
              make_event("Rain fell", span=day("2025-01-04"))]
    assert lane_names(figure(Timeline(events=events)), "actor") == ["Mayor", "(no actor)"]


def test_figure_draws_causal_links_and_keeps_order_links_in_the_legend():
    a, b, c = (make_event(f"{n} happened", span=day(f"2025-01-0{i}")) for i, n in
               enumerate(["Strike", "Ruling", "March"], 1))
    relations = [Relation(a.id, b.id, RelationType.BEFORE, 0.8),
                 Relation(c.id, b.id, RelationType.RESPONDS_TO, 0.7),
                 Relation(a.id, c.id, RelationType.SHARES_ACTOR, 0.5)]
    fig = figure(Timeline(events=[a, b, c], relations=relations))
    shown = {t["name"]: t.get("visible", True) for t in traces(fig, "actor", "relation")}
    assert shown == {"→ before": "legendonly", "→ responds to": True,
                     "→ shares actor": "legendonly"}


def graph_nodes(fig, kind: str) -> list:
    return [c for t in fig.to_dict()["data"] if t["meta"]["kind"] == kind for c in t["customdata"]]


def test_graph_figure_has_a_node_per_event_and_per_actor_and_a_trace_per_relation_type(small):
    fig = graph_figure(small)
    assert sorted(graph_nodes(fig, "node")) == [0, 1, 2, 3]
    assert sorted(graph_nodes(fig, "actor")) == ["Council", "Ministry", "PortCo", "Union"]
    links = [t.name for t in fig.data if t.meta["kind"] == "link"]
    assert links == ["actor of", "→ before"]
    actor_of = next(t for t in fig.data if t.name == "actor of")
    assert len(actor_of.x) == 3 * 5  # Ministry twice, PortCo, Council, Union: one segment each


def test_graph_figure_colours_dated_events_by_date_and_undated_grey(small):
    fig = graph_figure(small)
    dated = [t for t in fig.data if t.meta["kind"] == "node" and "undated" not in t.name]
    days = {i: c for t in dated for i, c in zip(t.customdata, t.marker.color, strict=True)}
    assert days[0] == date(2025, 12, 24).toordinal()
    assert days[1] < days[0] < days[2]  # a quarter by its middle, "early 2026" after Christmas
    undated = next(t for t in fig.data if t.meta["kind"] == "node" and "undated" in t.name)
    assert list(undated.customdata) == [3] and undated.marker.coloraxis is None
    assert fig.layout.coloraxis.colorbar.ticktext[0] < fig.layout.coloraxis.colorbar.ticktext[-1]


def test_graph_figure_puts_events_linked_to_nothing_in_a_row_below_the_rest():
    a, b, c, d = (make_event(f"{n} happened", span=day(f"2025-01-0{i}")) for i, n in
                  enumerate(["Strike", "Ruling", "Storm", "Flood"], 1))
    tl = Timeline(events=[a, b, c, d], relations=[Relation(a.id, b.id, RelationType.CAUSES, 0.8)])
    where = {i: y for t in graph_figure(tl).data if t.meta["kind"] == "node"
             for i, y in zip(t.customdata, t.y, strict=True)}
    assert where[2] == where[3] < min(where[0], where[1])


def test_graph_figure_keeps_the_best_connected_events_when_too_many(big):
    fig = graph_figure(big, max_nodes=50)
    assert len(graph_nodes(fig, "node")) == 50
    assert len(graph_nodes(fig, "actor")) <= 60
    assert "50 of 5000" in fig.layout.title.text


def test_figure_rejects_unknown_lanes(small):
    with pytest.raises(RenderError, match="actor, source, kind"):
        figure(small, lanes="colour")


def test_figure_escapes_lane_names_for_plotly_markup():
    tl = Timeline(documents=[make_doc("d1")],
                  events=[make_event("X met", span=day("2025-01-01"), actors=("<b>Evil</b>",))])
    assert lane_names(figure(tl), "actor") == ["&lt;b&gt;Evil&lt;/b&gt;"]


def test_figure_of_many_events_stays_a_few_webgl_traces(big):
    fig = figure(big)
    data = traces(fig, "actor")
    assert len(data) <= 12
    assert {t["type"] for t in data if t["meta"]["kind"] == "point"} == {"scattergl"}
    assert {t["type"] for t in data if t["meta"]["kind"] == "bar"} <= {"scattergl", "bar"}
    assert len(lane_names(fig, "actor")) == MAX_LANES  # 60 actors: the rarest pooled in one lane
    assert lane_names(fig, "actor")[-1] == "(other actors)"


# ---------------------------------------------------------------- data


def test_report_data_gives_highlight_offsets_relative_to_the_sentence(small):
    mention = report_data(small)["events"][0]["mentions"][0]
    s0, s1 = mention["trigger"]
    t0, t1 = mention["time"]
    assert mention["text"][s0:s1] == "signed"
    assert mention["text"][t0:t1] == "on December 24"
    assert mention["doc"] == 0


def test_event_reported_by_two_outlets_keeps_both_mentions_and_both_source_lanes(small):
    first = make_event("Ministry signed deal", "d1", day("2025-12-24"), trigger="signed",
                       time_words="on December 24")
    second = make_event("Ministry signed deal", "d2", Q4, time_words="in the fourth quarter")
    third = make_event("Ministry signed deal", "d2", None, sentence="The deal was signed.",
                       trigger="signed")
    merged = Event(id="e1", title="Ministry signed deal", time=first.time,
                   mentions=first.mentions + second.mentions + third.mentions)
    tl = Timeline(documents=small.documents, events=[merged])
    data = report_data(tl)["events"][0]
    assert data["sources"] == [0, 1]
    one, two, three = data["mentions"]
    assert "start" not in one and (two["start"], two["end"]) == ("2025-10-01", "2025-12-31")
    assert three["undated"] is True and three["time_source"] == "none"
    assert set(lane_names(figure(tl), "source")) == {"Harbour Times", "Capital Post"}
    assert len(plotted(figure(tl, lanes="source"), "source", "point")[0]) == 2


@pytest.mark.parametrize(
    ("url", "kept"),
    [("https://example.org/a", True), ("http://example.org", True), ("javascript:alert(1)", False),
     ("JAVASCRIPT:alert(1)", False), ("data:text/html,<script>", False), ("//example.org", False),
     ("java\nscript:alert(1)", False), ("", False), (None, False)],
    ids=["https", "http", "javascript", "upper", "data", "scheme-relative", "newline", "empty",
         "none"],
)
def test_safe_url_keeps_only_http_links(url, kept):
    assert (safe_url(url) is not None) is kept


# ---------------------------------------------------------------- HTML


def script_blocks(page: str) -> dict[str, str]:
    return dict(re.findall(r'<script type="application/json" id="([\w-]+)">(.*?)</script>', page,
                           flags=re.S))


def page_data(page: str) -> dict:
    """The embedded data with events and mentions unpacked from rows (as the page script does)."""
    data = json.loads(script_blocks(page)["timeline-data"])
    table = data["events"]
    events = [dict(zip(table["fields"], row, strict=False)) for row in table["rows"]]
    fields = table["mention_fields"]
    for event in events:
        event["mentions"] = [dict(zip(fields, m, strict=False)) for m in event["mentions"]]
        for mention in event["mentions"]:
            flat = mention.get("participants") or []
            if flat:
                mention["participants"] = [[data["roles"][r], name]
                                           for r, name in zip(flat[::2], flat[1::2], strict=True)]
    return dict(data, events=events)


def test_report_inlines_plotlyjs_once_and_loads_nothing_from_the_network(small):
    page = render_html(small)
    assert page.count("plotly.js v") == 1
    assert page.count(get_plotlyjs()[:2000]) == 1
    assert not re.search(r"<script[^>]+src=", page)
    assert not re.search(r"<link[^>]+href=", page)


def test_report_from_cdn_is_small_and_loads_plotly_from_cdn(small):
    page = render_html(small, plotlyjs="cdn")
    assert len(page.encode()) < 200_000
    assert re.search(r'<script src="https://cdn\.plot\.ly/plotly-[\d.]+\.min\.js"', page)


def test_report_rejects_unknown_plotlyjs_mode(small):
    with pytest.raises(RenderError, match="inline, cdn"):
        render_html(small, plotlyjs="local")


def test_report_embeds_data_that_round_trips(small):
    page = render_html(small, plotlyjs="cdn", title="Port & budget")
    data = page_data(page)
    assert data["title"] == "Port & budget"
    assert [e["title"] for e in data["events"]] == [e.title for e in small.events]
    assert [e.get("start") for e in data["events"]] == ["2025-12-24", "2025-10-01", "2026-01-01",
                                                        None]
    assert data["events"][1]["end"] == "2025-12-31"
    fig = json.loads(script_blocks(page)["timeline-figure"])
    assert all("hovertext" not in t and "x" not in t for t in fig["data"])  # rebuilt in the page


def test_report_lists_every_document_with_its_status(small):
    data = page_data(render_html(small, plotlyjs="cdn"))
    assert [(d["id"], d["status"]) for d in data["documents"]] == [
        ("d1", "ok"), ("d2", "ok"), ("d3", "empty"), ("d4", "error")]
    assert data["documents"][3]["error"] == "d4.txt: not valid UTF-8"
    assert data["summary"] | {"sources": None} == data["summary"] | {
        "documents": 4, "ok": 2, "empty": 1, "failed": 1, "events": 4, "dated": 3, "undated": 1,
        "first": "2025-10-01", "last": "2026-04-30", "sources": None}


def test_report_lists_the_warnings_of_a_document():
    doc = make_doc("d1", warnings=("front matter: unreadable date 'soon'; used the folder's",))
    data = page_data(render_html(Timeline(documents=[doc]), plotlyjs="cdn"))
    assert data["documents"][0]["warnings"] == list(doc.warnings)
    assert "warnings" not in page_data(render_html(Timeline(documents=[make_doc("d2")]),
                                                   plotlyjs="cdn"))["documents"][0]


HOSTILE = "<script>alert(1)</script><!-- <img src=x onerror=alert(2)>"


def hostile_timeline() -> Timeline:
    doc = make_doc("evil", title=HOSTILE, source="</script><b>Outlet</b>",
                   url="javascript:alert(3)", published=date(2025, 1, 2))
    event = make_event(f"Mayor resigned {HOSTILE}", "evil", day("2025-01-01"), (HOSTILE,),
                       sentence=f"The mayor resigned {HOSTILE} on January 1.", trigger="resigned",
                       time_words="on January 1")
    return Timeline(documents=[doc], events=[event])


def test_report_escapes_hostile_article_text():
    page = render_html(hostile_timeline(), plotlyjs="cdn", title=HOSTILE)
    assert "<script>alert" not in page
    assert "<img" not in page
    assert "javascript:" not in page
    blocks = script_blocks(page)
    assert set(blocks) == {"timeline-data", "timeline-figure", "timeline-graph"}  # none cut short
    for block in blocks.values():
        assert "</script" not in block.lower() and "<!--" not in block
    data = page_data(page)
    assert "url" not in data["documents"][0]
    assert data["events"][0]["mentions"][0]["text"].count(HOSTILE) == 1  # kept, as data


def test_report_script_builds_the_page_without_innerhtml():
    from timeline.render.report import page_script

    script = page_script()
    assert "innerHTML" not in script and "insertAdjacentHTML" not in script
    assert "document.write" not in script


def test_embed_json_output_still_parses_to_the_same_value():
    value = {"a": "</script> <!-- & \u2028 >"}
    text = embed_json(json.dumps(value, ensure_ascii=False))
    assert json.loads(text) == value
    assert "<" not in text and "\u2028" not in text


def test_write_html_writes_the_page_and_reports_bad_paths(small, tmp_path):
    out = tmp_path / "report.html"
    write_html(small, out, plotlyjs="cdn")
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    with pytest.raises(RenderError, match="cannot write"):
        write_html(small, tmp_path / "missing" / "report.html", plotlyjs="cdn")


def test_report_of_5000_events_stays_under_2_mb_beyond_plotlyjs(big):
    page = render_html(big, plotlyjs="cdn")
    size = len(page.encode("utf-8"))
    print(f"report of 5,000 synthetic events without plotly.js: {size / 1e6:.2f} MB")
    assert size < 2_000_000


# ---------------------------------------------------------------- participants and key dates


def with_participants(event: Event, participants: tuple[tuple[str, str], ...]) -> Event:
    mention = event.mentions[0]
    fields = {f: getattr(mention, f) for f in mention.__slots__}
    return Event(id=event.id, title=event.title, time=event.time, actors=event.actors,
                 mentions=(EventMention(**(fields | {"participants": participants})),))


def test_report_embeds_participants_as_role_name_pairs_only_when_there_are_some(small):
    who = (("agent", "Ministry"), ("patient", "the port deal"), ("location", "Lima"))
    tl = Timeline(documents=small.documents,
                  events=[with_participants(small.events[0], who), small.events[1]])
    page = render_html(tl, plotlyjs="cdn")
    data = page_data(page)
    assert data["events"][0]["mentions"][0]["participants"] == [list(p) for p in who]
    assert "participants" not in report_data(tl)["events"][1]["mentions"][0]
    rows = json.loads(script_blocks(page)["timeline-data"])["events"]["rows"]
    mention_row = rows[0][EVENT_FIELD_MENTIONS][0]
    assert None not in mention_row  # the common fields come first: no padding before them
    assert len(mention_row) == MENTION_FIELDS.index("participants") + 1


EVENT_FIELD_MENTIONS = 9  # "mentions" in timeline.render.report.EVENT_FIELDS


@pytest.mark.parametrize(
    ("documents", "asked", "expected"),
    [(19, None, 0), (20, None, 8), (150, None, 9), (600, None, 12), (3000, None, 12),
     (5, 3, 3), (600, 0, 0)],
    ids=["too-few", "threshold", "150-docs", "600-docs", "capped", "asked-small", "off"],
)
def test_key_dates_count_scales_with_the_corpus_unless_asked(documents, asked, expected):
    tl = Timeline(documents=[make_doc(f"d{i}", text="Some text.") for i in range(documents)])
    assert key_dates_count(tl, asked) == expected


def test_key_dates_are_left_out_automatically_when_summarising_would_be_slow(monkeypatch):
    tl = dated_corpus(30)
    assert key_dates_count(tl, None) == 8
    monkeypatch.setattr(keydates, "AUTO_MAX_CHARACTERS", 1000)
    assert key_dates_count(tl, None) == 0
    assert key_dates_count(tl, 5) == 5  # asked for: computed whatever it costs


@pytest.mark.parametrize("bad", [-1, 2.5, True, "8"], ids=["negative", "float", "bool", "string"])
def test_key_dates_rejects_anything_but_none_or_a_count(small, bad):
    with pytest.raises(RenderError, match="key_dates"):
        render_html(small, plotlyjs="cdn", key_dates=bad)


def test_report_of_a_large_corpus_opens_with_key_dates_each_with_a_sentence_of_its_source():
    tl = dated_corpus(24)
    rows = page_data(render_html(tl, plotlyjs="cdn"))["key_dates"]
    assert 1 <= len(rows) <= 8
    assert [r[0] for r in rows] == sorted(r[0] for r in rows)
    named = {"2025-03-03", "2025-03-05", "2025-03-07", "2025-03-09"}
    assert named <= {r[0] for r in rows}  # the days the articles name come first
    for _day, index, sentence in rows:
        assert sentence in tl.documents[index].text


@pytest.mark.parametrize(("documents", "asked", "shown"), [(12, None, 0), (24, 0, 0), (24, 2, 2),
                                                            (12, 3, 3)],
                         ids=["small-corpus", "off", "two", "asked-on-small"])
def test_key_dates_follow_the_parameter(documents, asked, shown):
    rows = page_data(render_html(dated_corpus(documents), plotlyjs="cdn", key_dates=asked))
    assert len(rows["key_dates"]) == shown


def test_key_date_sentences_are_embedded_as_data_not_markup():
    page = render_html(dated_corpus(20, hostile=" " + HOSTILE), plotlyjs="cdn", key_dates=3)
    assert "<script>alert" not in page and "<img" not in page
    assert any(HOSTILE in r[2] for r in page_data(page)["key_dates"])  # kept, as data


# ---------------------------------------------------------------- static images


def can_export_images() -> bool:
    return (importlib.util.find_spec("kaleido") is not None
            and any(map(shutil.which, ["chromium", "chromium-browser", "google-chrome"])))


@pytest.mark.skipif(not can_export_images(), reason="needs kaleido and Chrome/Chromium")
def test_write_image_exports_an_svg_with_the_lanes_and_no_buttons(small, tmp_path):
    out = tmp_path / "timeline.svg"
    write_image(small, out, width=900)
    svg = out.read_text(encoding="utf-8")
    assert svg.startswith("<svg") and 'width="900"' in svg
    assert "Ministry" in svg and "PortCo" in svg
    assert "Lanes by" not in svg  # the on-screen controls are left out


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [({"path": "out.gif"}, "unknown image format 'gif'"),
     ({"path": "out", "format": "bmp"}, "unknown image format 'bmp'"),
     ({"path": "out.png", "view": "map"}, "timeline, graph")],
    ids=["extension", "format", "view"],
)
def test_write_image_rejects_unknown_formats_and_views(small, tmp_path, kwargs, message):
    kwargs["path"] = tmp_path / kwargs["path"]
    with pytest.raises(RenderError, match=message):
        write_image(small, **kwargs)
