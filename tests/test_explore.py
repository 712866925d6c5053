"""Exploration: query filters, neighbours and paths, pandas frames, the plain-text table."""

from __future__ import annotations

import json
import sys
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.errors import TimelineError
from timeline.explore import (
    QueryError,
    format_table,
    neighbours,
    parse_bound,
    path,
    query,
    to_pandas,
)
from timeline.export import from_dict, to_dict, to_json
from timeline.model import (
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


def span(start: str, end: str | None = None, granularity=Granularity.DAY) -> TimeSpan:
    return TimeSpan(D(start), D(end or start), granularity, start)


def mention(doc: str, text: str, actors=()) -> EventMention:
    return EventMention(
        id=f"m-{doc}-{len(text)}", document=doc, sentence=0, start_char=0, end_char=len(text),
        text=text, trigger=text.split()[0], trigger_start=0, trigger_end=len(text.split()[0]),
        title=text, actors=actors,
    )


def event(eid, title, time, actors=(), docs=("d1",), text="Something happened there.",
          confidence=0.5, modality=Modality.ASSERTED) -> Event:
    return Event(eid, title, tuple(mention(d, text, actors) for d in docs), time, actors,
                 modality, confidence)


def sample() -> Timeline:
    """Six events over 2021-2024 from three outlets, one failed input, five relations."""
    documents = [
        Document("d1", "news/reuters/a.md", "x" * 40, source="Reuters"),
        Document("d2", "news/bbc/b.html", "x" * 40, source="BBC"),
        Document("d3", "news/bad.html", status=DocStatus.ERROR, error="not HTML"),
        Document("d4", "wire/2023-05-01.txt", "x" * 40),
    ]
    timexes = [Timex(d, 0, 4, "then", TimexType.DATE, "2022") for d in ("d1", "d2", "d4")]
    events = [
        event("e6", "Border exercise", span("2021-12-01", "2022-01-31", Granularity.MONTH),
              ("Belarus",), ("d2",)),
        event("e1", "Russia invades Ukraine", span("2022-02-24"), ("Russia", "Ukraine"),
              ("d1", "d2"), confidence=0.9),
        event("e2", "Sanctions announced", span("2022-03-01", "2022-03-31", Granularity.MONTH),
              ("European Union", "Russia"), ("d2",), confidence=0.7),
        event("e3", "Talks planned", span("2023-06-01", "2023-06-30", Granularity.MONTH),
              ("Ukraine",), ("d4",), confidence=0.4, modality=Modality.PLANNED),
        event("e4", "Ceasefire holds", span("2024-01-15"), (), ("d1",),
              text="The guns fell silent at dawn.", confidence=0.6),
        event("e5", "Report published", None, ("Russia",), ("d4",)),
    ]
    relations = [
        Relation("e2", "e1", RelationType.RESPONDS_TO, 0.8, "in response to"),
        Relation("e1", "e3", RelationType.BEFORE, 0.6),
        Relation("e3", "e4", RelationType.BEFORE, 0.6),
        Relation("e1", "e5", RelationType.SHARES_ACTOR, 0.5, "Russia"),
        Relation("e2", "e5", RelationType.SHARES_ACTOR, 0.5, "Russia"),
    ]
    return Timeline(documents, timexes, events, relations)


def ids(tl: Timeline) -> list[str]:
    return [e.id for e in tl.events]


@pytest.mark.parametrize(
    "filters, expected",
    [
        ({}, ["e6", "e1", "e2", "e3", "e4", "e5"]),
        ({"actor": "russia"}, ["e1", "e2", "e5"]),
        ({"actor": ["Belarus", "EUROPEAN UNION"]}, ["e6", "e2"]),
        ({"actor": "Russ"}, []),
        ({"since": "2022"}, ["e6", "e1", "e2", "e3", "e4"]),
        ({"until": "2022"}, ["e6", "e1", "e2"]),
        ({"since": "2022", "until": "2023"}, ["e6", "e1", "e2", "e3"]),
        ({"since": "2022-03", "until": "2022-03"}, ["e2"]),
        ({"since": date(2022, 2, 24), "until": "2022-02-24"}, ["e1"]),
        ({"since": "2022-02-25", "until": "2022-02-28"}, []),
        ({"text": "sanctions"}, ["e2"]),
        ({"text": "ukraine RUSSIA"}, ["e1"]),
        ({"text": "guns silent"}, ["e4"]),
        ({"source": "reuters"}, ["e1", "e4"]),
        ({"source": "d4"}, ["e3", "e5"]),
        ({"source": "news/bbc"}, ["e6", "e1", "e2"]),
        ({"source": ["Reuters", "wire/"]}, ["e1", "e3", "e4", "e5"]),
        ({"min_confidence": 0.65}, ["e1", "e2"]),
        ({"modality": "planned"}, ["e3"]),
        ({"modality": [Modality.PLANNED, "asserted"]}, ["e6", "e1", "e2", "e3", "e4", "e5"]),
        ({"relation": "responds_to"}, ["e1", "e2"]),
        ({"actor": "Russia", "since": "2022", "until": "2022", "min_confidence": 0.8}, ["e1"]),
        ({"actor": "Ukraine", "source": "BBC", "text": "invades"}, ["e1"]),
    ],
    ids=["none", "actor-case", "actor-any", "actor-exact", "since-year", "until-year",
         "year-range", "month", "date-and-day", "gap", "text", "text-all-words",
         "text-sentence", "outlet", "document-id", "path-part", "sources-any", "confidence",
         "modality", "modalities", "relation", "combined", "combined-text"],
)
def test_query_keeps_the_events_matching_every_filter(filters, expected):
    assert ids(query(sample(), **filters)) == expected


def test_query_keeps_relations_documents_and_timexes_of_the_kept_events():
    result = query(sample(), actor="Russia")
    assert [(r.source, r.target) for r in result.relations] == [
        ("e2", "e1"), ("e1", "e5"), ("e2", "e5")]
    # cited documents plus the failed input, in input order
    assert [d.id for d in result.documents] == ["d1", "d2", "d3", "d4"]
    result = query(sample(), source="Reuters")
    assert [d.id for d in result.documents] == ["d1", "d2", "d3"]  # e1 is also reported by d2
    assert {t.document for t in result.timexes} == {"d1", "d2"}
    assert result.relations == []


def test_query_never_changes_its_input_and_gives_a_valid_timeline():
    tl = sample()
    before = to_dict(tl)
    lists = [id(x) for x in (tl.documents, tl.timexes, tl.events, tl.relations)]
    result = query(tl, actor="Russia", since="2022")
    assert to_dict(tl) == before
    assert lists == [id(x) for x in (tl.documents, tl.timexes, tl.events, tl.relations)]
    assert result.events is not tl.events
    assert from_dict(json.loads(to_json(result))) == result
    assert set(result.graph.nodes) == {"e1", "e2"}


@pytest.mark.parametrize(
    "filters, message",
    [
        ({"since": "March 2022"}, "'March 2022' is not a date; write it as YYYY"),
        ({"until": "2022-13"}, "'2022-13' is not a calendar date"),
        ({"since": "2023", "until": "2022"}, "since (2023-01-01) is after until (2022-12-31)"),
        ({"modality": "maybe"}, "modality: 'maybe' is not one of 'asserted', 'planned'"),
        ({"relation": "same_as"}, "relation: 'same_as' is not one of 'before'"),
    ],
    ids=["words", "bad-month", "reversed", "modality", "relation"],
)
def test_query_rejects_malformed_options_with_a_clear_message(filters, message):
    with pytest.raises(QueryError) as info:
        query(sample(), **filters)
    assert message in str(info.value)
    assert isinstance(info.value, TimelineError)


@pytest.mark.parametrize(
    "text, end, expected",
    [("2022", False, "2022-01-01"), ("2022", True, "2022-12-31"),
     ("2024-02", True, "2024-02-29"), ("2023-02", True, "2023-02-28"),
     ("2022-12", True, "2022-12-31"), ("2022-12", False, "2022-12-01"),
     ("2022-02-24", True, "2022-02-24"), (" 1999-7 ", False, "1999-07-01")],
    ids=["year-start", "year-end", "leap-feb", "feb", "december", "month-start", "day", "padded"],
)
def test_parse_bound_reads_years_months_and_days(text, end, expected):
    assert parse_bound(text, end=end) == D(expected)


_days = st.integers(0, 30_000).map(lambda n: date(1950, 1, 1) + timedelta(days=n))


@settings(max_examples=60, deadline=None)
@given(start=_days, length=st.integers(0, 800), year=st.integers(1950, 2035))
def test_a_year_query_keeps_exactly_the_events_overlapping_that_year(start, length, year):
    time = TimeSpan(start, start + timedelta(days=length), Granularity.DAY, "x")
    tl = Timeline([Document("d1", "a.txt")], [], [event("e", "E", time)], [])
    kept = bool(query(tl, since=str(year), until=str(year)).events)
    assert kept == (time.start.year <= year <= time.end.year)


# --- neighbours and path ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "direction, types, expected",
    [
        ("both", None, [("responds_to", "e2"), ("before", "e3"), ("shares_actor", "e5")]),
        ("out", None, [("before", "e3"), ("shares_actor", "e5")]),
        ("in", None, [("responds_to", "e2")]),
        ("both", "before", [("before", "e3")]),
        ("both", [RelationType.BEFORE, "responds_to"], [("responds_to", "e2"), ("before", "e3")]),
    ],
    ids=["both", "out", "in", "one-type", "types"],
)
def test_neighbours_gives_each_relation_with_the_event_at_its_other_end(direction, types,
                                                                         expected):
    found = neighbours(sample(), "e1", types=types, direction=direction)
    assert [(r.type.value, e.id) for r, e in found] == expected
    assert all("e1" in (r.source, r.target) for r, _ in found)


def test_neighbours_of_an_isolated_event_is_empty_and_unknown_ids_are_named():
    assert neighbours(sample(), "e6") == []
    with pytest.raises(QueryError, match="no event with id 'nope'"):
        neighbours(sample(), "nope")
    with pytest.raises(QueryError, match="direction: 'up'"):
        neighbours(sample(), "e1", direction="up")


@pytest.mark.parametrize(
    "a, b, options, expected",
    [
        ("e2", "e4", {}, ["e2", "e1", "e3", "e4"]),
        ("e4", "e2", {}, ["e4", "e3", "e1", "e2"]),
        ("e2", "e4", {"directed": True}, ["e2", "e1", "e3", "e4"]),
        ("e5", "e3", {}, ["e5", "e1", "e3"]),
        ("e1", "e4", {"types": "before"}, ["e1", "e3", "e4"]),
        ("e1", "e1", {}, ["e1"]),
    ],
    ids=["undirected", "reverse", "directed", "via-actor", "typed", "self"],
)
def test_path_is_the_shortest_chain_of_relations(a, b, options, expected):
    assert [e.id for e in path(sample(), a, b, **options)] == expected


@pytest.mark.parametrize(
    "a, b, options, message",
    [
        ("e4", "e2", {"directed": True}, "no directed path of relations from 'e4' to 'e2'"),
        ("e2", "e4", {"types": ["before"]}, "no path of relations of type before from 'e2'"),
        ("e6", "e1", {}, "no path of relations from 'e6' to 'e1'"),
        ("e1", "zz", {}, "no event with id 'zz'"),
        ("e1", "e4", {"types": "later"}, "types: 'later' is not one of"),
    ],
    ids=["direction", "type", "isolated", "unknown", "bad-type"],
)
def test_path_explains_why_there_is_none(a, b, options, message):
    with pytest.raises(QueryError) as info:
        path(sample(), a, b, **options)
    assert message in str(info.value)


# --- pandas and the table -----------------------------------------------------------------------


def test_to_pandas_gives_typed_event_and_relation_frames():
    pd = pytest.importorskip("pandas")
    events, relations = to_pandas(sample())
    assert list(events["id"]) == ["e6", "e1", "e2", "e3", "e4", "e5"]
    assert str(events["start"].dtype).startswith("datetime64")
    assert events.loc[1, "start"] == pd.Timestamp("2022-02-24")
    assert events.loc[0, "end"] == pd.Timestamp("2022-01-31")
    assert pd.isna(events.loc[5, "start"]) and pd.isna(events.loc[5, "end"])
    assert events.loc[1, "actors"] == ["Russia", "Ukraine"]
    assert events.loc[1, "sources"] == ["Reuters", "BBC"]
    assert events.loc[3, "sources"] == ["wire/2023-05-01.txt"]  # no outlet: the path
    assert events.loc[1, "n_mentions"] == 2
    assert len(relations) == 5
    assert relations.loc[0, ["source", "target", "type", "target_title"]].tolist() == [
        "e2", "e1", "responds_to", "Russia invades Ukraine"]


def test_to_pandas_keeps_dates_outside_the_nanosecond_range():
    pytest.importorskip("pandas")
    old = event("old", "Treaty signed", span("1648-10-24"))
    events, _ = to_pandas(Timeline([Document("d1", "a.txt")], [], [old], []))
    assert events.loc[0, "start"].year == 1648


def test_to_pandas_without_pandas_says_how_to_install_it(monkeypatch):
    monkeypatch.setitem(sys.modules, "pandas", None)  # makes `import pandas` fail
    with pytest.raises(ImportError, match=r"pip install 'timeline-builder\[pandas\]'"):
        to_pandas(sample())


def test_format_table_lists_events_in_aligned_columns():
    lines = format_table(sample()).splitlines()
    assert lines[0].split() == ["start", "end", "title", "actors", "sources", "confidence"]
    assert set(lines[1]) == {"-", " "}
    assert len(lines) == 2 + 6 + 1 and lines[-1] == "6 events"
    title_at = lines[0].index("title")
    assert lines[3][title_at:].startswith("Russia invades Ukraine")
    assert lines[3].startswith("2022-02-24  2022-02-24") and lines[3].endswith("0.90")
    assert "Reuters, BBC" in lines[3]
    assert lines[7].startswith("undated")
    assert "2023-05-01.txt" in lines[5] and "wire/" not in lines[5]  # no outlet: the file name


def test_format_table_limits_rows_and_cuts_long_cells():
    tl = sample()
    long = event("e9", "A very long title " * 10, span("2025-01-01"))
    tl = Timeline(tl.documents, tl.timexes, [*tl.events, long], tl.relations)
    text = format_table(tl, limit=2)
    assert text.splitlines()[-1] == "7 events (5 not shown)"
    assert len(text.splitlines()) == 2 + 2 + 1
    full = format_table(tl)
    row = next(line for line in full.splitlines() if line.startswith("2025"))
    assert "…" in row and len(row) < 160
    assert format_table(Timeline()) == "0 events"


# --- on a real build ----------------------------------------------------------------------------


def test_query_on_the_examples_keeps_a_consistent_sub_timeline(examples):
    import timeline

    tl = timeline.build([examples])
    actor = next(a for e in tl.events for a in e.actors)
    for found in (query(tl, actor=actor.upper()), query(tl, since="2026-03", until="2026"),
                  query(tl, source=tl.documents[0].id, min_confidence=0.3)):
        kept = {e.id for e in found.events}
        assert found.events and kept <= {e.id for e in tl.events}
        assert all(r.source in kept and r.target in kept for r in found.relations)
        cited = {d for e in found.events for d in e.documents}
        assert cited <= {d.id for d in found.documents}
        assert len(format_table(found).splitlines()) == len(found.events) + 3
    assert all(actor in e.actors for e in query(tl, actor=actor).events)
    assert all(e.time.end >= date(2026, 3, 1) for e in query(tl, since="2026-03").events)
