"""Exports: the timeline/1 JSON round-trip and its errors, CSV, graph formats, TimelineJS."""

from __future__ import annotations

import copy
import csv
import json
from datetime import date, timedelta

import networkx as nx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.errors import InputError, SchemaError
from timeline.export import (
    EVENT_COLUMNS,
    RELATION_COLUMNS,
    event_rows,
    from_dict,
    load,
    node_link_data,
    to_dict,
    to_json,
    to_timelinejs,
    write_csv,
    write_gexf,
    write_graphml,
    write_node_link,
    write_relations_csv,
    write_timelinejs,
)
from timeline.model import (
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

D = date.fromisoformat
TEXT = "Ministra Lopez visitó la fábrica el viernes. Lopez toured the plant on Friday.\nOther news"
FRIDAY = TimeSpan(D("2025-12-26"), D("2025-12-26"), Granularity.DAY, "2025-12-26")
S1, E1 = TEXT.index("Lopez toured"), TEXT.index("\n")
Q4 = TimeSpan(D("2025-10-01"), D("2025-12-31"), Granularity.QUARTER, "2025-Q4", "END")


def sample_timeline() -> Timeline:
    """Two documents (one failed), three timexes, two events, one relation: every field set."""
    doc = Document(
        id="d1", path="news/a.md", text=TEXT, title="Lopez tours plant", published=D("2025-12-27"),
        published_from="metadata", language="en", source="Outlet A", url="https://a.example/1",
        blocks=(Block(0, 44, "es"), Block(45, 79, "en"), Block(80, 90, "en", boilerplate=True)),
    )
    failed = Document(id="d2", path="news/b.html", status=DocStatus.ERROR, error="not HTML",
                      warnings=("front matter is not valid YAML; its fields are ignored",))
    friday = Timex("d1", 69, 78, "on Friday", TimexType.DATE, "2025-12-26", span=FRIDAY,
                   anchor=Anchor.PUBLISHED, confidence=0.9)
    viernes = Timex("d1", 33, 43, "el viernes", TimexType.DATE, "2025-12-26", span=FRIDAY,
                    anchor=Anchor.PUBLISHED, language="es")
    duration = Timex("d1", 0, 3, "Min", TimexType.DURATION, "P3Y", anchor=Anchor.NONE)
    inline = Timex("d9", 5, 12, "late Q4", TimexType.DATE, "2025-Q4", "END",
                   span=TimeSpan(Q4.start, Q4.end, Q4.granularity, "2025-Q4", None))
    visit = EventMention(
        id="m1", document="d1", sentence=1, start_char=S1, end_char=E1, text=TEXT[S1:E1],
        trigger="toured", trigger_start=52, trigger_end=58, title="Lopez toured the plant",
        actors=("Maria Lopez",), timex=friday, time=FRIDAY, time_source="text", confidence=0.8,
        participants=(("agent", "Maria Lopez"), ("patient", "plant")),
    )
    visita = EventMention(
        id="m2", document="d1", sentence=0, start_char=0, end_char=44, text=TEXT[:44],
        trigger="visitó", trigger_start=15, trigger_end=21, title="Lopez visitó la fábrica",
        actors=("Maria Lopez", "Ministerio"), timex=inline, time=Q4, time_source="text",
    )
    plan = EventMention(
        id="m3", document="d1", sentence=2, start_char=80, end_char=90, text="Other news",
        trigger="news", trigger_start=86, trigger_end=90, title="Other news",
        modality=Modality.PLANNED, time=FRIDAY, time_source="reported",
    )
    events = [
        Event("e1", "Lopez toured the plant", (visit, visita), FRIDAY, ("Maria Lopez",),
              confidence=0.91, disagreements=("Source d1 dates it to 2025-Q4; chosen Friday",)),
        Event("e2", "Other news", (plan,), None, (), Modality.PLANNED, 0.4),
    ]
    relations = [Relation("e1", "e2", RelationType.BEFORE, 0.7, "both reported in d1")]
    return Timeline([doc, failed], [friday, viernes, duration], events, relations)


def test_json_round_trip_gives_an_equal_timeline(tmp_path):
    tl = sample_timeline()
    path = tmp_path / "tl.json"
    assert to_json(tl, path) is None
    loaded = load(path)
    assert loaded == tl
    assert loaded.events[0].mentions[0].timex is loaded.timexes[0]  # a reference, not a copy


CYCLE_DROP = Relation(
    "e2", "e1", RelationType.BEFORE, 0.55,
    "dropped: would close a before-cycle with “Lopez toured the plant” before “Other news” "
    "(0.70); lower confidence (0.55) than each of them. Evidence: Lopez toured it after that.",
)


def test_dropped_relations_round_trip_with_their_reasons(tmp_path):
    tl = sample_timeline()
    tl.dropped_relations = [CYCLE_DROP]
    data = to_dict(tl)
    assert data["dropped_relations"] == [{
        "source": "e2", "target": "e1", "type": "before", "confidence": 0.55,
        "evidence": CYCLE_DROP.evidence,
    }]
    to_json(tl, tmp_path / "tl.json")
    loaded = load(tmp_path / "tl.json")
    assert loaded.dropped_relations == [CYCLE_DROP]
    assert loaded == tl
    assert loaded != sample_timeline()  # the dropped relations count in equality


def test_dropped_relations_are_omitted_when_none_and_old_files_still_load():
    data = to_dict(sample_timeline())
    assert "dropped_relations" not in data
    old = json.loads(json.dumps(data))  # a file written before the key existed
    assert from_dict(old) == sample_timeline()
    assert from_dict(old).dropped_relations == []


def test_a_malformed_dropped_relation_names_its_place():
    data = to_dict(sample_timeline())
    data["dropped_relations"] = [{"source": "e1", "type": "before", "confidence": 0.5}]
    with pytest.raises(SchemaError, match=r"dropped_relations\[0\]: missing field 'target'"):
        from_dict(data)


def test_json_is_deterministic_utf8_and_points_mentions_at_timexes(tmp_path):
    tl = sample_timeline()
    text = to_json(tl)
    assert text == to_json(sample_timeline())
    assert "visitó" in text  # not escaped
    to_json(tl, tmp_path / "tl.json")
    assert (tmp_path / "tl.json").read_text(encoding="utf-8") == text
    data = json.loads(text)
    first, second = data["events"][0]["mentions"]
    assert first["timex"] == 0
    assert second["timex"]["text"] == "late Q4"  # not among the timexes: carried inline
    assert data["events"][0]["start"] == "2025-12-26" and data["events"][1]["start"] is None


def test_json_has_every_field_of_the_contract():
    data = to_dict(sample_timeline())
    assert data["schema"] == "timeline/1"
    assert {"id", "path", "title", "published", "language", "status", "error"} <= set(
        data["documents"][0])
    assert {"document", "text", "start_char", "end_char", "type", "value", "mod", "start", "end",
            "granularity", "anchor"} <= set(data["timexes"][0])
    event = data["events"][0]
    assert {"id", "title", "start", "end", "granularity", "time_text", "actors", "confidence",
            "mentions"} <= set(event)
    assert {"document", "sentence", "start_char", "end_char", "text", "trigger", "trigger_start",
            "trigger_end", "time_text"} <= set(event["mentions"][0])
    assert set(data["relations"][0]) == {"source", "target", "type", "confidence", "evidence"}
    assert event["time_text"] == "on Friday" and event["outlets"] == ["Outlet A"]


def _broken(change) -> dict:
    data = to_dict(sample_timeline())
    change(data)
    return data


@pytest.mark.parametrize(
    "change, message",
    [
        (lambda d: d.update(schema="timeline/2"), "unsupported schema 'timeline/2'"),
        (lambda d: d.pop("schema"), "missing field 'schema'"),
        (lambda d: d.pop("events"), "timeline: missing field 'events'"),
        (lambda d: d["events"][0]["mentions"][1].pop("trigger"),
         "events[0].mentions[1]: missing field 'trigger'"),
        (lambda d: d["events"][0].update(granularity="dayz"),
         "events[0].granularity: 'dayz' is not one of 'time', 'day'"),
        (lambda d: d["documents"][0].update(published="27/12/2025"),
         "documents[0].published: '27/12/2025' is not an ISO date"),
        (lambda d: d["events"][0]["mentions"][0].update(timex=7),
         "events[0].mentions[0].timex: index 7 is outside 'timexes' (3)"),
        (lambda d: d["timexes"][1].update(start_char="33"),
         "timexes[1].start_char: expected int, found '33'"),
        (lambda d: d["events"][0].update(start="2026-01-01"),
         "events[0]: TimeSpan start 2026-01-01 is after its end 2025-12-26"),
        (lambda d: d["events"][0].update(actors=["Lopez", 3]),
         "events[0].actors[1]: expected str, found 3"),
        (lambda d: d["relations"][0].update(type="same_as"),
         "relations[0].type: 'same_as' is not one of"),
        (lambda d: d["events"][0]["mentions"][0]["participants"][1].pop("name"),
         "events[0].mentions[0].participants[1]: missing field 'name'"),
        (lambda d: d["events"][0]["mentions"][0].update(participants=[["agent", "Lopez"]]),
         "events[0].mentions[0].participants[0]: expected an object"),
    ],
    ids=["version", "no-schema", "no-events", "no-trigger", "bad-granularity", "bad-date",
         "bad-timex-index", "bad-int", "start-after-end", "bad-actor", "bad-relation",
         "participant-without-name", "participant-not-object"],
)
def test_schema_errors_say_where_and_what(change, message):
    with pytest.raises(SchemaError) as info:
        from_dict(_broken(change))
    assert message in str(info.value)


def test_load_names_the_file_in_errors(tmp_path):
    bad_json = tmp_path / "bad.json"
    bad_json.write_text("{not json", encoding="utf-8")
    with pytest.raises(InputError, match="bad.json.*not valid JSON"):
        load(bad_json)
    wrong = tmp_path / "wrong.json"
    wrong.write_text(json.dumps({"schema": "other"}), encoding="utf-8")
    with pytest.raises(SchemaError, match="wrong.json: unsupported schema 'other'"):
        load(wrong)
    with pytest.raises(InputError, match="missing.json"):
        load(tmp_path / "missing.json")


def test_participants_are_role_name_objects_omitted_when_empty():
    data = to_dict(sample_timeline())
    visit, visita = data["events"][0]["mentions"]
    assert visit["participants"] == [
        {"role": "agent", "name": "Maria Lopez"}, {"role": "patient", "name": "plant"},
    ]
    assert "participants" not in visita
    loaded = from_dict(data)
    assert loaded.events[0].mentions[0].participants == (
        ("agent", "Maria Lopez"), ("patient", "plant"),
    )
    assert loaded.events[0].mentions[1].participants == ()


def test_document_warnings_are_kept_and_omitted_when_there_are_none():
    ok, failed = to_dict(sample_timeline())["documents"]
    assert "warnings" not in ok
    assert failed["warnings"] == ["front matter is not valid YAML; its fields are ignored"]
    assert from_dict(to_dict(sample_timeline())).documents[1].warnings == tuple(failed["warnings"])
    broken = to_dict(sample_timeline())
    broken["documents"][1]["warnings"] = "oops"
    with pytest.raises(SchemaError, match=r"documents\[1\]\.warnings: expected list"):
        from_dict(broken)


def test_to_dict_does_not_share_state_with_the_timeline():
    tl = sample_timeline()
    data = to_dict(tl)
    snapshot = copy.deepcopy(data)
    data["events"][0]["actors"].append("x")
    assert to_dict(tl) == snapshot


# --- hypothesis: random small timelines round-trip ---------------------------------------------

_DAY0 = date(1990, 1, 1)
_words = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=12)
_maybe_words = st.none() | _words


@st.composite
def spans(draw) -> TimeSpan:
    start = _DAY0 + timedelta(days=draw(st.integers(0, 20_000)))
    end = start + timedelta(days=draw(st.integers(0, 400)))
    return TimeSpan(start, end, draw(st.sampled_from(Granularity)), draw(_words),
                    draw(st.none() | st.sampled_from(["START", "MID", "END", "APPROX"])))


_confidence = st.floats(0, 1, allow_nan=False)
_ROLES = ["agent", "patient", "recipient", "partner", "location"]
timexes = st.builds(
    Timex, document=_words, start_char=st.integers(0, 999), end_char=st.integers(0, 999),
    text=_words, type=st.sampled_from(TimexType), value=_words, mod=_maybe_words,
    span=st.none() | spans(), anchor=st.sampled_from(Anchor), confidence=_confidence,
    language=_words,
)


@st.composite
def timelines(draw) -> Timeline:
    docs = draw(st.lists(st.builds(
        Document, id=_words, path=_words, text=_words, title=_maybe_words,
        published=st.none() | st.dates(), published_from=_maybe_words, language=_maybe_words,
        source=_maybe_words, url=_maybe_words, status=st.sampled_from(DocStatus),
        error=_maybe_words, warnings=st.lists(_words, max_size=2).map(tuple),
        blocks=st.lists(st.builds(Block, st.integers(0, 99), st.integers(0, 99), _maybe_words,
                                  st.booleans()), max_size=2).map(tuple),
    ), max_size=3))
    found = draw(st.lists(timexes, max_size=4))
    refs = st.none() | timexes | (st.sampled_from(found) if found else st.none())
    mentions = st.builds(
        EventMention, id=_words, document=_words, sentence=st.integers(0, 99),
        start_char=st.integers(0, 999), end_char=st.integers(0, 999), text=_words,
        trigger=_words, trigger_start=st.integers(0, 999), trigger_end=st.integers(0, 999),
        title=_words, actors=st.lists(_words, max_size=3).map(tuple), timex=refs,
        time=st.none() | spans(), time_source=st.sampled_from(["text", "reported", "none"]),
        modality=st.sampled_from(Modality), confidence=_confidence,
        participants=st.lists(st.tuples(st.sampled_from(_ROLES), _words), max_size=3).map(tuple),
    )
    events = draw(st.lists(st.builds(
        Event, id=_words, title=_words, mentions=st.lists(mentions, min_size=1, max_size=3)
        .map(tuple), time=st.none() | spans(), actors=st.lists(_words, max_size=3).map(tuple),
        modality=st.sampled_from(Modality), confidence=_confidence,
        disagreements=st.lists(_words, max_size=2).map(tuple),
    ), max_size=3))
    relation = st.builds(
        Relation, _words, _words, st.sampled_from(RelationType), _confidence, _words,
    )
    relations = draw(st.lists(relation, max_size=3))
    dropped = draw(st.lists(relation, max_size=2))
    return Timeline(docs, found, events, relations, dropped)


@settings(max_examples=30, deadline=None)
@given(timelines())
def test_random_timelines_round_trip_through_json(tl):
    assert from_dict(json.loads(to_json(tl))) == tl


# --- CSV and graph formats ----------------------------------------------------------------------


def test_events_csv_has_one_row_per_event_with_the_documented_columns(tmp_path):
    path = tmp_path / "events.csv"
    write_csv(sample_timeline(), path)
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert tuple(rows[0]) == EVENT_COLUMNS
    assert len(rows) == 2
    visit, plan = rows
    assert visit["start"] == visit["end"] == "2025-12-26"
    assert visit["actors"] == "Maria Lopez" and visit["sources"] == "Outlet A"
    assert visit["n_mentions"] == "2" and visit["time_text"] == "on Friday"
    assert visit["sentence"] == TEXT[S1:E1]
    assert visit["participants"] == "agent:Maria Lopez;patient:plant"  # of the titled mention
    assert plan["start"] == "" and plan["modality"] == "planned" and plan["participants"] == ""


def test_events_csv_participants_come_from_one_mention_with_any():
    tl = sample_timeline()
    visit, visita = tl.events[0].mentions
    untitled = Event("e3", "Other title", (visita, visit), FRIDAY, ("Maria Lopez",))
    bare = Event("e4", "Lopez visitó la fábrica", (visita,), FRIDAY)
    rows = event_rows(Timeline(tl.documents, tl.timexes, [untitled, bare], []))
    assert [r["participants"] for r in rows] == ["agent:Maria Lopez;patient:plant", ""]


def test_relations_csv_names_both_events(tmp_path):
    path = tmp_path / "relations.csv"
    write_relations_csv(sample_timeline(), path)
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert tuple(rows[0]) == RELATION_COLUMNS
    assert rows == [{
        "source": "e1", "target": "e2", "type": "before", "confidence": "0.7",
        "evidence": "both reported in d1", "source_title": "Lopez toured the plant",
        "target_title": "Other news",
    }]


def test_graphml_parses_back_with_networkx(tmp_path):
    path = tmp_path / "tl.graphml"
    write_graphml(sample_timeline(), path)
    graph = nx.read_graphml(path, force_multigraph=True)
    assert set(graph.nodes) == {"e1", "e2"}
    assert graph.nodes["e1"]["start"] == "2025-12-26"
    assert graph.nodes["e1"]["sources"] == "d1"
    assert graph.nodes["e2"]["start"] == ""
    ((u, v, data),) = graph.edges(data=True)
    assert (u, v, data["type"], data["evidence"]) == ("e1", "e2", "before", "both reported in d1")


def test_gexf_parses_back_with_networkx(tmp_path):
    path = tmp_path / "tl.gexf"
    write_gexf(sample_timeline(), path)
    graph = nx.read_gexf(path)
    assert set(graph.nodes) == {"e1", "e2"}
    assert graph.nodes["e1"]["label"] == "Lopez toured the plant"
    assert graph.nodes["e1"]["start_date"] == "2025-12-26"
    ((u, v, data),) = graph.edges(data=True)
    assert (u, v, data["relation"], data["confidence"]) == ("e1", "e2", "before", 0.7)


# --- networkx node-link JSON --------------------------------------------------------------------


def _node_link_graph(data: dict) -> nx.MultiDiGraph:
    try:
        return nx.node_link_graph(data, edges="links")
    except TypeError:  # networkx < 3.4
        return nx.node_link_graph(data, link="links")


def test_node_link_json_round_trips_through_networkx(tmp_path):
    tl = sample_timeline()
    path = tmp_path / "graph.json"
    write_node_link(tl, path)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data == node_link_data(tl)
    graph = _node_link_graph(data)
    assert graph.is_directed() and graph.is_multigraph()
    assert dict(graph.nodes(data=True)) == dict(tl.graph.nodes(data=True))
    assert list(graph.edges(keys=True, data=True)) == list(tl.graph.edges(keys=True, data=True))
    assert graph.nodes["e2"]["start"] is None and graph.nodes["e1"]["actors"] == ["Maria Lopez"]


# --- TimelineJS ---------------------------------------------------------------------------------

# The fields Knight Lab documents for the TimelineJS3 JSON format
# (https://timeline.knightlab.com/docs/json-format.html): a top-level object, slides, dates, texts.
TLJS_TOP = {"events", "title", "eras", "scale"}
TLJS_SLIDE = {"start_date", "end_date", "text", "media", "group", "display_date", "background",
              "autolink", "unique_id"}
TLJS_DATE = {"year", "month", "day", "hour", "minute", "second", "millisecond", "display_date",
             "format"}
TLJS_TEXT = {"headline", "text"}


def _is_int(value) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _tljs_day(d: dict) -> date:
    return date(d["year"], d.get("month", 1), d.get("day", 1))


def assert_valid_timelinejs(data: dict) -> None:
    """Check a TimelineJS object against the documented fields, types and ranges."""
    assert set(data) <= TLJS_TOP and isinstance(data["events"], list)
    assert set(data["title"]) <= TLJS_SLIDE and set(data["title"]["text"]) <= TLJS_TEXT
    seen = set()
    for slide in data["events"]:
        assert set(slide) <= TLJS_SLIDE, set(slide) - TLJS_SLIDE
        for key in ("start_date", "end_date"):
            if key == "start_date" or key in slide:
                d = slide[key]
                assert set(d) <= TLJS_DATE and _is_int(d["year"])
                assert 1 <= d.get("month", 1) <= 12 and _is_int(d.get("month", 1))
                assert 1 <= d.get("day", 1) <= 31 and _is_int(d.get("day", 1))
                assert "day" not in d or "month" in d
        if "end_date" in slide:
            assert _tljs_day(slide["start_date"]) <= _tljs_day(slide["end_date"])
            assert slide["end_date"] != slide["start_date"]
        assert set(slide["text"]) <= TLJS_TEXT
        assert all(isinstance(v, str) for v in slide["text"].values())
        for key in ("group", "display_date", "unique_id"):
            assert isinstance(slide.get(key, ""), str)
        assert slide["unique_id"] not in seen
        seen.add(slide["unique_id"])
    json.dumps(data)  # plain JSON values only


def _tljs_timeline() -> Timeline:
    """The sample plus a late-quarter event, a decade and an HTML-looking title."""
    tl = sample_timeline()
    visit = tl.events[0].mentions[0]
    extra = [
        Event("e3", "Output <b>rises</b> & falls", (visit,), Q4, ("Ministerio",), confidence=0.5),
        Event("e4", "Port opened", (visit,), TimeSpan(D("1990-01-01"), D("1999-12-31"),
                                                      Granularity.DECADE, "199"), ()),
    ]
    return Timeline(tl.documents, tl.timexes, [*tl.events, *extra], tl.relations)


def test_timelinejs_follows_the_documented_format(tmp_path):
    tl = _tljs_timeline()
    data = to_timelinejs(tl, title="Ports & docks")
    assert_valid_timelinejs(data)
    assert [s["unique_id"] for s in data["events"]] == ["e1", "e3", "e4"]  # e2 is undated
    friday, quarter, decade = data["events"]
    assert friday["start_date"] == {"year": 2025, "month": 12, "day": 26}
    assert "end_date" not in friday and "display_date" not in friday
    assert quarter["start_date"] == {"year": 2025, "month": 10}
    assert quarter["end_date"] == {"year": 2025, "month": 12}
    assert quarter["display_date"] == "late 2025-Q4"
    assert decade["start_date"] == {"year": 1990} and decade["end_date"] == {"year": 1999}
    assert decade["display_date"] == "1990s"
    assert data["title"]["text"]["headline"] == "Ports &amp; docks"
    assert "1 undated events are not shown" in data["title"]["text"]["text"]
    assert "1 inputs could not be read" in data["title"]["text"]["text"]
    path = tmp_path / "tl.json"
    write_timelinejs(tl, path, title="Ports & docks")
    assert json.loads(path.read_text(encoding="utf-8")) == data


def test_timelinejs_text_escapes_html_and_cites_every_sentence_and_source():
    data = to_timelinejs(_tljs_timeline())
    friday, quarter, _ = data["events"]
    assert quarter["text"]["headline"] == "Output &lt;b&gt;rises&lt;/b&gt; &amp; falls"
    body = friday["text"]["text"]
    assert TEXT[S1:E1] in body and TEXT[:44] in body  # both mentions' sentences
    assert '<a href="https://a.example/1">Outlet A</a>, 2025-12-27' in body
    assert "Dated from “on Friday”" in body and "Source d1 dates it to 2025-Q4" in body
    assert friday["group"] == "Maria Lopez" and "group" not in data["events"][2]


def test_timelinejs_groups_by_source_or_not_at_all():
    tl = _tljs_timeline()
    assert {s["group"] for s in to_timelinejs(tl, group="source")["events"]} == {"Outlet A"}
    assert all("group" not in s for s in to_timelinejs(tl, group=None)["events"])
    with pytest.raises(ValueError, match="group: 'outlet'"):
        to_timelinejs(tl, group="outlet")


def test_timelinejs_drops_unsafe_links():
    tl = sample_timeline()
    doc = tl.documents[0]
    unsafe = Document(doc.id, doc.path, doc.text, source="<i>A</i>", url="javascript:alert(1)")
    tl = Timeline([unsafe], tl.timexes, tl.events, tl.relations)
    body = to_timelinejs(tl)["events"][0]["text"]["text"]
    assert "javascript:" not in body and "&lt;i&gt;A&lt;/i&gt;" in body


@settings(max_examples=30, deadline=None)
@given(timelines())
def test_random_timelines_give_valid_timelinejs(tl):
    data = to_timelinejs(tl)
    assert_valid_timelinejs(data)
    assert len(data["events"]) == sum(1 for e in tl.events if e.time is not None)


# --- load() given another export by mistake -----------------------------------------------------


@pytest.mark.parametrize(
    "write, message",
    [
        (write_timelinejs, r"tl\.json: missing field 'schema'.*this is a TimelineJS file"),
        (write_node_link, r"tl\.json: missing field 'schema'.*networkx node-link graph"),
    ],
    ids=["timelinejs", "node-link"],
)
def test_load_says_which_export_it_was_given_instead(tmp_path, write, message):
    path = tmp_path / "tl.json"
    write(sample_timeline(), path)
    with pytest.raises(SchemaError, match=message):
        load(path)


def test_the_examples_give_valid_timelinejs_and_node_link(examples, tmp_path):
    import timeline

    tl = timeline.build([examples])
    data = to_timelinejs(tl)
    assert_valid_timelinejs(data)
    assert len(data["events"]) == sum(1 for e in tl.events if e.time is not None) > 0
    write_node_link(tl, tmp_path / "g.json")
    graph = _node_link_graph(json.loads((tmp_path / "g.json").read_text(encoding="utf-8")))
    assert graph.number_of_nodes() == len(tl.events)
    assert graph.number_of_edges() == len(tl.relations)
