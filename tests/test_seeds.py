"""The two real articles in ../shared/seeds, built with the publication dates given in front matter.

Skipped where ../shared is absent. The article text is read from ../shared at test time and never
stored in this repository.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

import timeline
from timeline.model import Granularity

PUBLISHED = {"000_3fe3a61bf119b289.txt": "2025-12-27", "001_5a6d32c96a035ac9.txt": "2025-12-29"}


@pytest.fixture(scope="module")
def seeds_timeline(tmp_path_factory):
    seeds = Path(__file__).resolve().parent.parent.parent / "shared" / "seeds"
    if not seeds.is_dir():
        pytest.skip("../shared/seeds is not present")
    folder = tmp_path_factory.mktemp("seeds")
    for name, published in PUBLISHED.items():
        body = (seeds / name).read_text(encoding="utf-8")
        (folder / name.replace(".txt", ".md")).write_text(
            f"---\npublished: {published}\n---\n{body}", encoding="utf-8"
        )
    return timeline.build([folder])


def _events_with(tl, *words):
    return [e for e in tl.events if all(w in " ".join(m.text for m in e.mentions) for w in words)]


def test_seeds_are_read_with_their_publication_dates(seeds_timeline):
    published = sorted(d.published for d in seeds_timeline.documents)
    assert published == [date(2025, 12, 27), date(2025, 12, 29)]
    assert all(d.status.value == "ok" for d in seeds_timeline.documents)


def test_seeds_nothing_is_dated_to_the_day_the_tool_ran(seeds_timeline):
    today = date.today()
    for t in seeds_timeline.timexes:
        if t.span is not None:
            assert not (
                t.span.start <= today <= t.span.end and t.span.granularity is Granularity.DAY
            )
    for e in seeds_timeline.events:
        if e.time is not None:
            assert e.time.start <= date(2026, 12, 31), e


def test_seeds_friday_is_the_friday_before_publication(seeds_timeline):
    fridays = [t for t in seeds_timeline.timexes if t.text.lower() == "friday"]
    assert fridays and all(t.span.start == date(2025, 12, 26) for t in fridays)


@pytest.mark.parametrize(
    "words, value",
    [
        ("last quarter of 2025", "2025-Q4"),
        ("second half of 2025", "2025-H2"),
        ("early 2026", "2026"),
    ],
    ids=["quarter", "half", "early-year"],
)
def test_seeds_vague_dates_are_intervals(seeds_timeline, words, value):
    found = [t for t in seeds_timeline.timexes if words in t.text.lower()]
    assert found, f"{words!r} not tagged"
    assert found[0].value == value
    assert found[0].span.granularity is not Granularity.DAY


def test_seeds_invasion_nearly_four_years_ago_is_about_2022(seeds_timeline):
    found = [t for t in seeds_timeline.timexes if "four years ago" in t.text.lower()]
    assert found and found[0].span is not None
    assert found[0].span.start <= date(2022, 2, 24) <= found[0].span.end


def test_seeds_factory_visit_is_one_event_with_two_sources(seeds_timeline):
    visits = [
        e
        for e in seeds_timeline.events
        if any(m.trigger.lower().startswith(("tour", "visit")) for m in e.mentions)
        and any(
            "factor" in m.text or "enterprise" in m.text or "industr" in m.text for m in e.mentions
        )
    ]
    assert visits, "no factory visit found"
    merged = [e for e in visits if len(e.documents) == 2]
    assert merged, [(e.title, e.documents) for e in visits]
    visit = merged[0]
    assert visit.time is not None and date(
        2025, 10, 1
    ) <= visit.time.start <= visit.time.end <= date(2025, 12, 31)
