"""Linking: merging mentions into events, relations between events, and the networkx graph."""

from __future__ import annotations

import json
import random
from datetime import date, timedelta

import networkx as nx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.lexicon import event_class
from timeline.link import MergeStats, link, to_graph
from timeline.link._features import build_features, pair_score
from timeline.model import (
    Anchor,
    Document,
    EventMention,
    Granularity,
    Modality,
    Relation,
    RelationType,
    TimeSpan,
    Timex,
    TimexType,
)

D = date.fromisoformat
FRIDAY = TimeSpan(D("2025-12-26"), D("2025-12-26"), Granularity.DAY, "2025-12-26")
Q4 = TimeSpan(D("2025-10-01"), D("2025-12-31"), Granularity.QUARTER, "2025-Q4")
YEAR = TimeSpan(D("2025-01-01"), D("2025-12-31"), Granularity.YEAR, "2025")


def day(iso: str) -> TimeSpan:
    return TimeSpan(D(iso), D(iso), Granularity.DAY, iso)


def mention(
    mid: str,
    text: str,
    trigger: str,
    actors: tuple[str, ...] = (),
    time: TimeSpan | None = None,
    *,
    doc: str | None = None,
    sentence: int = 0,
    start: int = 0,
    time_text: str | None = None,
    source: str | None = None,
    modality: Modality = Modality.ASSERTED,
    confidence: float = 0.6,
) -> EventMention:
    """A mention built by hand; its trigger and date words are found in ``text``."""
    doc = doc or f"doc-{mid}"
    at = text.index(trigger)
    timex = None
    if time_text is not None:
        t_at = text.index(time_text)
        timex = Timex(doc, start + t_at, start + t_at + len(time_text), time_text, TimexType.DATE,
                      time.value if time else "XXXX", span=time, anchor=Anchor.PUBLISHED)
    if source is None:
        source = "none" if time is None else ("text" if timex is not None else "reported")
    return EventMention(
        id=mid, document=doc, sentence=sentence, start_char=start, end_char=start + len(text),
        text=text, trigger=trigger, trigger_start=start + at, trigger_end=start + at + len(trigger),
        title=f"{actors[0] if actors else 'Someone'} {trigger}", actors=actors, timex=timex,
        time=time, time_source=source, modality=modality, confidence=confidence,
    )


def groups(events) -> list[set[str]]:
    return sorted(({m.id for m in e.mentions} for e in events), key=sorted)


# --- merging ------------------------------------------------------------------------------------

LOPEZ = ("Maria Lopez",)
FRIDAY_VISIT = mention(
    "a", "Premier Maria Lopez toured two tractor plants with ministers on Friday.", "toured",
    LOPEZ, FRIDAY, time_text="on Friday", doc="outlet-a",
)
QUARTER_VISIT = mention(
    "b", "During her visit to large machinery works in the last quarter of 2025, Lopez praised "
    "the workers.", "visit", LOPEZ, Q4, time_text="in the last quarter of 2025", doc="outlet-b",
)


def test_two_outlets_reporting_one_visit_merge_with_the_day_as_time():
    events, _ = link([FRIDAY_VISIT, QUARTER_VISIT])
    assert len(events) == 1
    event = events[0]
    assert event.documents == ("outlet-a", "outlet-b")
    assert event.time == FRIDAY
    assert event.time_text == "on Friday"
    assert event.disagreements == ()  # the quarter contains the Friday
    assert event.confidence > max(FRIDAY_VISIT.confidence, QUARTER_VISIT.confidence)


def test_a_later_publication_date_merges_but_is_recorded_as_a_disagreement():
    reported = mention("c", "Lopez visits tractor plants, praises workers", "visits", LOPEZ,
                       day("2025-12-29"), doc="outlet-c")
    events, _ = link([FRIDAY_VISIT, QUARTER_VISIT, reported])
    assert groups(events) == [{"a", "b", "c"}]
    (note,) = events[0].disagreements
    assert "outlet-c dates it to 2025-12-29 (reported)" in note
    assert "chosen 2025-12-26 from 'on Friday'" in note


@pytest.mark.parametrize(
    "other",
    [
        pytest.param(mention("x", "Premier Ana Ruiz toured a steel mill on Friday.", "toured",
                             ("Ana Ruiz",), FRIDAY, time_text="on Friday"), id="other-actor"),
        pytest.param(mention("x", "Lopez launched a new rocket on Friday.", "launched",
                             LOPEZ, FRIDAY, time_text="on Friday"), id="other-class"),
        pytest.param(mention("x", "Lopez toured a tractor plant on December 3.", "toured",
                             LOPEZ, day("2025-12-03"), time_text="on December 3"),
                     id="other-day"),
        pytest.param(mention("x", "Lopez will tour tractor plants on Friday.", "tour", LOPEZ,
                             FRIDAY, time_text="on Friday", modality=Modality.PLANNED),
                     id="planned-vs-asserted"),
        pytest.param(mention("x", "Lopez did not tour tractor plants on Friday.", "tour", LOPEZ,
                             FRIDAY, time_text="on Friday", modality=Modality.NEGATED),
                     id="negated-vs-asserted"),
        pytest.param(mention("x", "Someone toured a stadium on Friday.", "toured", (), FRIDAY,
                             time_text="on Friday"), id="no-actor-weak-content"),
    ],
)
def test_similar_but_different_happenings_stay_apart(other):
    events, _ = link([FRIDAY_VISIT, other])
    assert groups(events) == [{"a"}, {"x"}]


def test_a_mention_without_actors_joins_on_strong_evidence():
    bare = mention("x", "Two tractor plants were toured by ministers on Friday.", "toured", (),
                   FRIDAY, time_text="on Friday")
    events, _ = link([FRIDAY_VISIT, bare])
    assert groups(events) == [{"a", "x"}]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        pytest.param(
            mention("x", "Farmers marched through Lyon on Friday.", "marched", (), FRIDAY,
                    time_text="on Friday"),
            mention("y", "Farmers marched through Nantes on Friday.", "marched", (), FRIDAY,
                    time_text="on Friday"),
            id="two-places-no-actors",
        ),
        pytest.param(
            mention("x", "Ruiz Motors opened a plant in Gdansk on Friday.", "opened",
                    ("Ruiz Motors",), FRIDAY, time_text="on Friday"),
            mention("y", "Ruiz Motors opened a plant in Tarnow on Friday.", "opened",
                    ("Ruiz Motors",), FRIDAY, time_text="on Friday"),
            id="two-places-one-actor",
        ),
        pytest.param(
            mention("x", "Chile and Argentina signed a water treaty on Friday.", "signed",
                    ("Chile", "Argentina"), FRIDAY, time_text="on Friday"),
            mention("y", "Chile and Peru signed a fisheries accord on Friday.", "signed",
                    ("Chile", "Peru"), FRIDAY, time_text="on Friday"),
            id="same-first-actor-other-partners",
        ),
    ],
)
def test_same_class_same_day_but_other_place_or_partner_stays_apart(first, second):
    events, _ = link([first, second])
    assert groups(events) == [{"x"}, {"y"}]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        pytest.param(
            mention("x", "Premier Ana Ruiz met Premier Maria Lopez in Oslo on Friday.", "met",
                    ("Ana Ruiz", "Maria Lopez"), FRIDAY, time_text="on Friday"),
            mention("y", "Ana Ruiz and Maria Lopez held talks in Oslo on Friday.", "talks",
                    ("Ana Ruiz", "Maria Lopez"), FRIDAY, time_text="on Friday"),
            id="met-and-held-talks",
        ),
        pytest.param(
            mention("x", "Premier Ana Ruiz visited Oslo on Friday.", "visited", ("Ana Ruiz",),
                    FRIDAY, time_text="on Friday"),
            mention("y", "Premier Ana Ruiz arrived in Oslo on Friday.", "arrived", ("Ana Ruiz",),
                    FRIDAY, time_text="on Friday"),
            id="visited-and-arrived",
        ),
        pytest.param(
            mention("x", "Dockers walked out at the Orsk terminal on Friday.", "walked out", (),
                    FRIDAY, time_text="on Friday"),
            mention("y", "The walkout at the Orsk terminal began on Friday.", "began", (),
                    FRIDAY, time_text="on Friday"),
            id="walked-out-and-strike-began-at-one-place",
        ),
    ],
)
def test_related_words_for_one_happening_merge(first, second):
    events, _ = link([first, second])
    assert groups(events) == [{"x", "y"}]


def test_walkout_and_strike_are_one_word_for_merging():
    a = mention("x", "The walkout began on Friday.", "began", (), FRIDAY, time_text="on Friday")
    b = mention("y", "The strike began on Friday.", "began", (), FRIDAY, time_text="on Friday")
    events, _ = link([a, b])
    assert groups(events) == [{"x", "y"}]


def test_a_country_and_an_organisation_in_it_may_be_one_agent():
    a = mention("x", "A court in Chile upheld the fine on Friday.", "upheld", ("Chile",), FRIDAY,
                time_text="on Friday")
    b = mention("y", "The Orsk Court of Appeals upheld the fine on Friday.", "upheld",
                ("Orsk Court of Appeals",), FRIDAY, time_text="on Friday")
    events, _ = link([a, b])
    assert groups(events) == [{"x", "y"}]


@pytest.mark.parametrize(
    "chain",
    [
        pytest.param(
            [mention("a", "Lopez toured tractor plants on December 26.", "toured", LOPEZ, FRIDAY,
                     time_text="on December 26"),
             mention("b", "Lopez toured tractor plants in the last quarter.", "toured", LOPEZ, Q4,
                     time_text="in the last quarter"),
             mention("c", "Lopez toured tractor plants on December 20.", "toured", LOPEZ,
                     day("2025-12-20"), time_text="on December 20")],
            id="time",
        ),
        pytest.param(
            [mention("a", "Lopez toured tractor plants.", "toured", LOPEZ, FRIDAY),
             mention("b", "Lopez and Ruiz toured tractor plants.", "toured",
                     ("Maria Lopez", "Ana Ruiz"), FRIDAY),
             mention("c", "Ruiz toured tractor plants.", "toured", ("Ana Ruiz",), FRIDAY)],
            id="actors",
        ),
    ],
)
def test_no_chaining_through_a_middle_mention(chain):
    features, idf = build_features(chain)
    a, b, c = features
    assert pair_score(a, b, idf) > 0.6 and pair_score(b, c, idf) > 0.6
    assert pair_score(a, c, idf) == 0.0
    events, _ = link(chain)
    assert not any({"a", "c"} <= g for g in groups(events))
    assert len(events) == 2


def test_a_short_name_finds_the_full_name():
    full = mention("a", "Premier Maria Lopez toured two tractor plants on Friday.", "toured",
                   LOPEZ, FRIDAY, time_text="on Friday")
    short = mention("b", "Lopez toured the plants on Friday.", "toured", ("Lopez",), FRIDAY,
                    time_text="on Friday")
    events, _ = link([full, short])
    assert groups(events) == [{"a", "b"}]


def test_headline_and_body_of_one_document_merge_but_one_sentence_never_does():
    headline = mention("h", "Lopez tours tractor plants", "tours", LOPEZ, day("2025-12-27"),
                       doc="d", sentence=0)
    body = mention("m", "Premier Lopez toured two tractor plants on Friday.", "toured", LOPEZ,
                   FRIDAY, doc="d", sentence=2, start=40, time_text="on Friday")
    twice = mention("t", "Premier Lopez toured two tractor plants on Friday.", "tractor", LOPEZ,
                    FRIDAY, doc="d", sentence=2, start=40, time_text="on Friday")
    events, _ = link([headline, body, twice])
    assert {"h", "m"} in groups(events)
    assert {"t"} in groups(events)


def test_overlapping_vague_dates_meeting_on_one_day_give_that_day():
    week = TimeSpan(D("2025-12-20"), D("2025-12-26"), Granularity.WEEK, "2025-W52")
    late = TimeSpan(D("2025-12-26"), D("2025-12-31"), Granularity.DAY, "2025-12-26/31")
    a = mention("a", "Lopez toured tractor plants that week.", "toured", LOPEZ, week,
                time_text="that week")
    b = mention("b", "Lopez toured tractor plants late in the month.", "toured", LOPEZ, late,
                time_text="late in the month")
    (event,), _ = link([a, b])
    assert event.time == FRIDAY
    assert event.disagreements == ()  # both dates contain the 26th


def test_event_fields_follow_the_best_mention():
    weak = mention("w", "Lopez visit to tractor plants", "visit", LOPEZ, Q4, source="text",
                   confidence=0.3)
    events, _ = link([weak, FRIDAY_VISIT])
    (event,) = events
    assert event.title == FRIDAY_VISIT.title
    assert event.actors == LOPEZ
    assert event.modality is Modality.ASSERTED
    assert {m.id for m in event.mentions} == {"w", "a"}
    assert event.id == link([FRIDAY_VISIT, weak])[0][0].id


def test_actors_are_ordered_by_how_often_they_are_named():
    one = mention("a", "Lopez and Ruiz toured plants on Friday", "toured",
                  ("Ana Ruiz", "Maria Lopez"), FRIDAY, time_text="on Friday")
    two = mention("b", "Lopez toured plants on Friday", "toured", LOPEZ, FRIDAY,
                  time_text="on Friday", doc="other")
    (event,), _ = link([one, two])
    assert event.actors == ("Maria Lopez", "Ana Ruiz")


def test_linking_is_deterministic():
    mentions = synthetic(300, seed=3)
    assert link(mentions) == link(list(mentions))


# --- relations ----------------------------------------------------------------------------------


def rel(relations, kind: RelationType) -> set[tuple[str, str]]:
    return {(r.source, r.target) for r in relations if r.type is kind}


def by_mention(events) -> dict[str, str]:
    return {m.id: e.id for e in events for m in e.mentions}


def test_interval_relations_link_nearest_successors_and_containment():
    ruiz = ("Ana Ruiz",)
    days = [mention(f"d{k}", f"Ruiz opened bridge number {k} on the day.", "opened", ruiz,
                    day(f"2025-03-{k + 1:02d}"), time_text="on the day") for k in range(6)]
    year = mention("y", "Ruiz ran a road programme all year.", "ran", ruiz, YEAR,
                   time_text="all year")
    events, relations = link([*days, year])
    ids = by_mention(events)
    before = rel(relations, RelationType.BEFORE)
    chain = {(ids[f"d{k}"], ids[f"d{k + 1}"]) for k in range(5)}
    assert chain <= before
    assert (ids["d0"], ids["d3"]) not in before  # nearest successors only, no O(n^2) edges
    assert {(ids["y"], ids[f"d{k}"]) for k in range(6)} <= rel(relations, RelationType.INCLUDES)
    evidence = {r.evidence for r in relations if r.type is RelationType.BEFORE}
    assert evidence == {"both involve Ana Ruiz"}


def test_shares_actor_chains_each_actors_events_in_time_order():
    events, relations = link([
        mention(f"m{k}", f"Ruiz signed treaty {k} that day.", "signed", ("Ana Ruiz",),
                day(f"2025-05-{k + 1:02d}"), time_text="that day") for k in range(5)
    ])
    shared = [r for r in relations if r.type is RelationType.SHARES_ACTOR]
    assert len(shared) == 4
    assert all(r.evidence == "both involve Ana Ruiz" for r in shared)


@pytest.mark.parametrize(
    "text, first, second, kind, source_is_first",
    [
        ("Norland recalled its envoy in response to the border shooting.", "recalled",
         "shooting", RelationType.RESPONDS_TO, True),
        ("Norland recalled its envoy in retaliation for the border shooting.", "recalled",
         "shooting", RelationType.RESPONDS_TO, True),
        ("Norland recalled its envoy after the border shooting.", "recalled", "shooting",
         RelationType.BEFORE, False),
        ("After the border shooting, Norland recalled its envoy.", "shooting", "recalled",
         RelationType.BEFORE, True),
        ("Norland recalled its envoy ahead of the summit.", "recalled", "summit",
         RelationType.BEFORE, True),
        ("The border shooting prompted an evacuation.", "shooting", "evacuation",
         RelationType.CAUSES, True),
    ],
    ids=["in-response-to", "in-retaliation", "after", "sentence-initial-after", "ahead-of",
         "prompted"],
)
def test_cue_in_one_sentence_relates_its_two_events(text, first, second, kind, source_is_first):
    a = mention("a", text, first, ("Norland",), doc="d", sentence=1)
    b = mention("b", text, second, ("Sudland",), doc="d", sentence=1)
    events, relations = link([a, b])
    ids = by_mention(events)
    expected = (ids["a"], ids["b"]) if source_is_first else (ids["b"], ids["a"])
    (found,) = [r for r in relations if r.type is kind]
    assert (found.source, found.target) == expected
    assert found.evidence == text


def test_connective_points_to_the_previous_sentence():
    first = "Norland shipped shells to Sudland."
    second = "In return, Sudland sent grain to Norland."
    a = mention("a", first, "shipped", ("Norland",), doc="d", sentence=0)
    b = mention("b", second, "sent", ("Sudland",), doc="d", sentence=1, start=len(first) + 1)
    events, relations = link([a, b])
    ids = by_mention(events)
    (response,) = [r for r in relations if r.type is RelationType.RESPONDS_TO]
    assert (response.source, response.target) == (ids["b"], ids["a"])
    assert response.evidence == second


@pytest.mark.parametrize(
    "second, expected",
    [
        ("After this, Sudland closed its border.", {RelationType.BEFORE: ("a", "b")}),
        ("Sudland closed its border in response to that.", {RelationType.RESPONDS_TO: ("b", "a")}),
        ("Sudland had closed its border long before.", {}),
    ],
    ids=["after-this", "in-response-to-that", "no-pronoun"],
)
def test_a_cue_reaches_the_previous_sentence_only_through_a_pronoun(second, expected):
    first = "Norland shelled the border town."
    a = mention("a", first, "shelled", ("Norland",), doc="d", sentence=0)
    b = mention("b", second, "closed", ("Sudland",), doc="d", sentence=1, start=len(first) + 1)
    events, relations = link([a, b])
    ids = by_mention(events)
    found = {r.type: (r.source, r.target) for r in relations
             if r.type in (RelationType.BEFORE, RelationType.RESPONDS_TO)}
    assert found == {kind: (ids[s], ids[t]) for kind, (s, t) in expected.items()}


def test_contradicting_before_cues_leave_no_cycle():
    one = "Norland held talks before the vote."
    two = "Norland held talks after the vote."
    mentions = [
        mention("a1", one, "talks", ("Norland",), doc="d1", sentence=0),
        mention("b1", one, "vote", ("Norland",), doc="d1", sentence=0),
        mention("a2", two, "talks", ("Norland",), doc="d2", sentence=0, confidence=0.6),
        mention("b2", two, "vote", ("Norland",), doc="d2", sentence=0),
    ]
    events, relations = link(mentions)
    assert len(events) == 2  # the talks and the vote, each told twice
    before = nx.DiGraph(list(rel(relations, RelationType.BEFORE)))
    assert nx.is_directed_acyclic_graph(before)
    assert before.number_of_edges() == 1


@settings(max_examples=25, deadline=None)
@given(st.integers(min_value=0, max_value=10_000), st.integers(min_value=1, max_value=120))
def test_before_relations_never_form_a_cycle(seed, n):
    events, relations = link(synthetic(n, seed=seed, cue_rate=0.5))
    graph = nx.DiGraph(list(rel(relations, RelationType.BEFORE)))
    assert nx.is_directed_acyclic_graph(graph)
    assert len({e.id for e in events}) == len(events)
    assert sum(len(e.mentions) for e in events) == n


# --- scale --------------------------------------------------------------------------------------

_GIVEN = "Ana Ben Chen Dina Emil Fara Goran Hana Ivan Jun Kofi Lena Milo Nia Omar".split()
_FAMILY = "Abe Bauer Cruz Diaz Eze Frost Gupta Haas Ito Jovic Kim Lopez Moreau Nowak Otieno".split()
ACTORS = [f"{g} {f}" for g in _GIVEN for f in _FAMILY] + ["Norland", "Sudland", "UN", "EU"]
TRIGGERS = ["visited", "signed", "launched", "met", "attacked", "announced", "arrested",
            "opened", "elected", "protested", "sanctioned", "agreed"]
CUE_WORDS = ["after", "before", "in response to", "following", "amid"]


def synthetic(n: int, seed: int = 0, cue_rate: float = 0.1) -> list[EventMention]:
    """Mentions of news-like happenings: ten per document, over two years, many actors."""
    rng = random.Random(seed)
    start = date(2024, 1, 1)
    mentions = []
    for k in range(n):
        doc, sentence = f"doc{k // 10}", k % 10
        trigger = rng.choice(TRIGGERS)
        actors = tuple(rng.sample(ACTORS, rng.choice((0, 1, 1, 2))))
        when = start + timedelta(days=rng.randrange(730))
        r = rng.random()
        if r < 0.6:
            time, source = TimeSpan(when, when, Granularity.DAY, when.isoformat()), "text"
        elif r < 0.75:
            end = min(date(when.year, 12, 31), when + timedelta(days=30))
            time, source = TimeSpan(when, end, Granularity.MONTH, when.strftime("%Y-%m")), "text"
        elif r < 0.95:
            time, source = TimeSpan(when, when, Granularity.DAY, when.isoformat()), "reported"
        else:
            time, source = None, "none"
        cue = f" {rng.choice(CUE_WORDS)} the talks" if rng.random() < cue_rate else ""
        text = f"{' and '.join(actors) or 'Officials'} {trigger} item {rng.randrange(50)}{cue}."
        mentions.append(mention(f"m{k}", text, trigger, actors, time, doc=doc, sentence=sentence,
                                source=source, confidence=rng.choice((0.4, 0.6, 0.8))))
    return mentions


def test_blocking_keeps_comparisons_linear_on_5000_mentions():
    mentions = synthetic(5000, seed=1)
    stats = MergeStats()
    events, _ = link(mentions, stats=stats)
    all_pairs = 5000 * 4999 // 2
    assert stats.candidate_pairs < 60 * 5000 < all_pairs // 40
    assert stats.comparisons < 80 * 5000
    assert sum(len(e.mentions) for e in events) == 5000


# --- graph --------------------------------------------------------------------------------------


def test_to_graph_has_event_nodes_and_typed_edges():
    events, relations = link([FRIDAY_VISIT, QUARTER_VISIT,
                              mention("z", "Lopez opened a dam on Monday.", "opened", LOPEZ,
                                      day("2025-12-29"), time_text="on Monday")])
    before_events, before_relations = list(events), list(relations)
    graph = to_graph(events, relations)
    assert isinstance(graph, nx.MultiDiGraph)
    assert set(graph.nodes) == {e.id for e in events}
    visit = next(e for e in events if len(e.mentions) == 2)
    node = graph.nodes[visit.id]
    assert node == {
        "title": visit.title, "start": "2025-12-26", "end": "2025-12-26", "granularity": "day",
        "actors": ["Maria Lopez"], "sources": ["outlet-a", "outlet-b"],
        "confidence": visit.confidence, "modality": "asserted",
    }
    for r in relations:
        edge = graph.edges[r.source, r.target, r.type.value]
        assert edge == {"type": r.type.value, "confidence": r.confidence, "evidence": r.evidence}
    assert (events, relations) == (before_events, before_relations)
    graph.nodes[visit.id]["actors"].append("changed")
    assert visit.actors == LOPEZ


# --- the seed articles (development machines only) ----------------------------------------------


def test_seed_articles_merge_the_factory_visit_across_both_outlets(shared):
    from timeline.pipeline import build

    seeds = sorted((shared / "seeds").glob("*.txt"))
    mentions = []
    for path, published in zip(seeds, ["2025-12-27", "2025-12-29"], strict=True):
        mentions += build([path], published=published).mentions
    events, relations = link(mentions)
    visits = [e for e in events if len(e.documents) == 2 and "visit" in
              {event_class(m.trigger) for m in e.mentions}]
    assert len(visits) == 1
    assert visits[0].time == FRIDAY
    graph = nx.DiGraph(list(rel(relations, RelationType.BEFORE)))
    assert nx.is_directed_acyclic_graph(graph)


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 12), st.integers(0, 12), st.integers(1, 99)),
                max_size=60))
def test_cycle_breaking_drops_only_edges_on_cycles_and_leaves_a_dag(edges):
    from timeline.link._relations import break_before_cycles

    relations = {(f"e{u}", f"e{v}"): Relation(f"e{u}", f"e{v}", RelationType.BEFORE, c / 100)
                 for u, v, c in edges if u != v}
    other = Relation("e0", "e1", RelationType.SHARES_ACTOR, 0.9, "both involve X")
    kept = break_before_cycles([*relations.values(), other])
    assert other in kept
    graph = nx.DiGraph(list(relations))
    assert nx.is_directed_acyclic_graph(nx.DiGraph([(r.source, r.target) for r in kept
                                                    if r.type is RelationType.BEFORE]))
    on_cycles = {frozenset(c) for c in nx.strongly_connected_components(graph)}
    for key in set(relations) - {(r.source, r.target) for r in kept}:
        assert any(set(key) <= c for c in on_cycles)


def test_cycle_breaking_drops_the_weakest_edge_of_a_cycle():
    from timeline.link._relations import break_before_cycles

    cycle = [Relation("a", "b", RelationType.BEFORE, 0.9), Relation("b", "c", RelationType.BEFORE,
             0.3), Relation("c", "a", RelationType.BEFORE, 0.6)]
    assert break_before_cycles(cycle) == [cycle[0], cycle[2]]


# --- dropped relations and named outlets ----------------------------------------------------------

TALKS_BEFORE_VOTE = "Norland held talks before the vote."  # cue "before": 0.65
STRIKE_AFTER_VOTE = "Norland called a strike after the vote."  # cue "after": 0.7
STRIKE_UNTIL_TALKS = "Norland kept up the strike until the talks."  # cue "until": 0.55
NORLAND = ("Norland",)


def before_cycle() -> list[EventMention]:
    """Three undated happenings whose ``before`` cues, one per document, go round in a circle."""
    return [
        mention("t1", TALKS_BEFORE_VOTE, "talks", NORLAND, doc="d1"),
        mention("v1", TALKS_BEFORE_VOTE, "vote", NORLAND, doc="d1"),
        mention("s2", STRIKE_AFTER_VOTE, "strike", NORLAND, doc="d2"),
        mention("v2", STRIKE_AFTER_VOTE, "vote", NORLAND, doc="d2"),
        mention("s3", STRIKE_UNTIL_TALKS, "strike", NORLAND, doc="d3"),
        mention("t3", STRIKE_UNTIL_TALKS, "talks", NORLAND, doc="d3"),
    ]


def test_a_before_cycle_of_three_cues_drops_the_weakest_and_says_why():
    dropped: list[Relation] = []
    events, relations = link(before_cycle(), dropped=dropped)
    assert groups(events) == [{"s2", "s3"}, {"t1", "t3"}, {"v1", "v2"}]
    ids = by_mention(events)
    assert rel(relations, RelationType.BEFORE) == {(ids["t1"], ids["v1"]), (ids["v1"], ids["s2"])}
    (gone,) = dropped
    assert (gone.source, gone.target, gone.type) == (ids["s3"], ids["t3"], RelationType.BEFORE)
    assert gone.confidence == 0.55
    assert gone.evidence == (
        "dropped: would close a before-cycle with “Norland talks” before “Norland vote” (0.65), "
        "“Norland vote” before “Norland strike” (0.70); lower confidence (0.55) than each of "
        f"them. Evidence: {STRIKE_UNTIL_TALKS}"
    )


@pytest.mark.parametrize(
    "confidences, reason",
    [
        ((0.9, 0.3, 0.6), "dropped: would close a before-cycle with c before a (0.60), a before b "
                          "(0.90); lower confidence (0.30) than each of them. Evidence: b-c"),
        ((0.5, 0.5, 0.5), "dropped: would close a before-cycle with b before c (0.50), c before a "
                          "(0.50); no higher confidence (0.50) than each of them. Evidence: a-b"),
    ],
    ids=["weakest", "tie-broken-by-id"],
)
def test_a_dropped_cycle_edge_names_the_rest_of_its_cycle(confidences, reason):
    from timeline.link._relations import break_before_cycles

    ends = [("a", "b"), ("b", "c"), ("c", "a")]
    cycle = [Relation(s, t, RelationType.BEFORE, c, f"{s}-{t}")
             for (s, t), c in zip(ends, confidences, strict=True)]
    dropped: list[Relation] = []
    break_before_cycles(cycle, dropped)
    assert [r.evidence for r in dropped] == [reason]


def test_link_without_dropped_still_returns_events_and_relations():
    assert link(before_cycle()) == link(before_cycle(), None, None, [])


def test_a_before_cue_the_dates_contradict_is_dropped_and_says_why():
    text = "Norland held talks after the vote."  # but the talks are dated before the vote
    dropped: list[Relation] = []
    events, relations = link([
        mention("t", text, "talks", NORLAND, day("2025-05-01"), doc="d", time_text="talks"),
        mention("v", text, "vote", NORLAND, day("2025-05-10"), doc="d", time_text="vote"),
    ], dropped=dropped)
    ids = by_mention(events)
    assert rel(relations, RelationType.BEFORE) == {(ids["t"], ids["v"])}  # from the dates
    (gone,) = dropped
    assert (gone.source, gone.target, gone.type) == (ids["v"], ids["t"], RelationType.BEFORE)
    assert gone.evidence == (
        "dropped: the cue 'after' puts “Norland vote” before “Norland talks”, but they are dated "
        f"2025-05-10 and 2025-05-01; the dates win. Evidence: {text}"
    )


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 8), st.integers(0, 8), st.integers(1, 99)),
                max_size=40))
def test_every_before_edge_is_either_kept_or_dropped_with_a_reason(edges):
    from timeline.link._relations import break_before_cycles

    relations = {(f"e{u}", f"e{v}"): Relation(f"e{u}", f"e{v}", RelationType.BEFORE, c / 100)
                 for u, v, c in edges if u != v}
    dropped: list[Relation] = []
    kept = break_before_cycles(relations.values(), dropped)
    assert break_before_cycles(relations.values()) == kept
    kept_keys = {(r.source, r.target) for r in kept}
    dropped_keys = [(r.source, r.target) for r in dropped]
    assert len(dropped_keys) == len(set(dropped_keys))
    assert kept_keys | set(dropped_keys) == set(relations) and not kept_keys & set(dropped_keys)
    for r in dropped:
        assert r.evidence.startswith("dropped: would close a before-cycle with e")
        assert r.confidence == relations[(r.source, r.target)].confidence


TUESDAY_TEXT = "Harbour officials closed the port on Tuesday, the agency said."
REPORTED_TEXT = "Harbour officials closed the port, the agency said."


@pytest.mark.parametrize(
    "document, name",
    [
        (Document(id="d2", path="in/b.md", source="The Coastline Courier", title="Port shut"),
         "The Coastline Courier"),
        (Document(id="d2", path="in/b.md", title="Port shut"), "“Port shut”"),
        (Document(id="d2", path="in/b.md"), "b.md"),
        (Document(id="other", path="in/x.md", source="Elsewhere"), "Source d2"),
    ],
    ids=["outlet", "title", "file-name", "not-given"],
)
def test_disagreements_name_the_outlet_of_each_source(document, name):
    tuesday = day("2026-03-03")
    mentions = [
        mention("a", TUESDAY_TEXT, "closed", ("Harbour officials",), tuesday, doc="d1",
                time_text="on Tuesday"),
        mention("b", REPORTED_TEXT, "closed", ("Harbour officials",), day("2026-03-04"),
                doc="d2"),
    ]
    first = Document(id="d1", path="in/a.md", source="Port Daily")
    events, _ = link(mentions, documents=[first, document])
    (note,) = events[0].disagreements
    assert note == f"{name} dates it to 2026-03-04 (reported); chosen 2026-03-03 from 'on Tuesday'"


def test_build_keeps_the_dropped_relations_and_they_survive_json(tmp_path, monkeypatch):
    import timeline.link as linking
    from timeline.export import from_dict, to_dict
    from timeline.pipeline import build

    (tmp_path / "a.md").write_text("---\npublished: 2026-03-05\nsource: Port Daily\n---\n"
                                   "Harbour officials closed the port.\n", encoding="utf-8")
    seen = {}
    real_link = linking.link

    def cycle_link(mentions, stats=None, documents=None, dropped=None):
        seen["documents"] = documents
        return real_link(before_cycle(), stats, documents, dropped)

    monkeypatch.setattr(linking, "link", cycle_link)
    tl = build([tmp_path])
    assert [d.source for d in seen["documents"]] == ["Port Daily"]
    (gone,) = tl.dropped_relations
    assert gone.evidence.startswith("dropped: would close a before-cycle with ")
    assert from_dict(json.loads(json.dumps(to_dict(tl)))) == tl
