"""End to end on examples/: every input kept, deterministic output, a golden digest."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

import timeline
from timeline.model import DocStatus
from timeline.pipeline import BuildOptions

GOLDEN = Path(__file__).parent / "golden" / "examples.json"
EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


@pytest.fixture(scope="module")
def examples_timeline() -> timeline.Timeline:
    return timeline.build([EXAMPLES])


def _digest(tl: timeline.Timeline) -> dict:
    """What the golden file pins: the documents, the dates read and the events found."""
    root = str(EXAMPLES.parent) + "/"
    paths = {d.id: d.path.replace(root, "") for d in tl.documents}
    return {
        "documents": sorted(
            [paths[d.id], d.status.value, str(d.published), d.published_from, d.language]
            for d in tl.documents
        ),
        "timexes": sorted(
            [paths[t.document], t.start_char, t.text, t.type.value, t.value, t.mod or ""]
            for t in tl.timexes
        ),
        "events": sorted(
            [
                str(e.time.start) if e.time else "",
                str(e.time.end) if e.time else "",
                e.title,
                sorted({paths[m.document] for m in e.mentions}),
            ]
            for e in tl.events
        ),
    }


def test_examples_match_the_golden_digest(examples_timeline, update_golden):
    digest = _digest(examples_timeline)
    if update_golden:
        GOLDEN.write_text(json.dumps(digest, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        pytest.skip("golden file rewritten (--update-golden); review its diff before committing")
    assert GOLDEN.exists(), "no golden file: run pytest tests/test_pipeline.py --update-golden"
    golden = json.loads(GOLDEN.read_text(encoding="utf-8"))
    for part in ("documents", "timexes", "events"):
        assert digest[part] == golden[part], f"{part} differ from {GOLDEN.name}"


def test_examples_every_input_is_read_and_dated(examples_timeline):
    assert len(examples_timeline.documents) >= 9
    for doc in examples_timeline.documents:
        assert doc.status is DocStatus.OK, (doc.path, doc.error)
        assert doc.published is not None and doc.published_from in {"metadata", "path"}


def test_examples_show_merging_vague_bars_and_resolved_relative_dates(examples_timeline):
    tl = examples_timeline
    assert any(len(e.documents) >= 2 for e in tl.events), "no event merged across sources"
    assert any(e.time and e.time.granularity.rank > 1 for e in tl.events), "no interval event"
    relative = [t for t in tl.timexes if t.anchor.value == "published" and t.span is not None]
    assert relative, "no relative date resolved against a publication date"


def test_examples_nothing_is_dated_to_today(examples_timeline):
    today = date.today()
    for t in examples_timeline.timexes:
        if t.span is not None and t.span.days == 1:
            assert t.span.start != today, t


def test_build_is_deterministic_and_parallel_gives_the_same_result(examples_timeline):
    again = timeline.build([EXAMPLES], options=BuildOptions(workers=2))
    assert again == examples_timeline
    assert again.to_json() == examples_timeline.to_json()


def test_build_keeps_unreadable_inputs_and_gives_duplicates_their_own_id(tmp_path):
    text = "---\npublished: 2024-05-02\n---\nThe council approved the budget on Monday.\n"
    (tmp_path / "a.md").write_text(text)
    (tmp_path / "b.bin").write_bytes(b"\x00\x01\x02")
    tl = timeline.build(
        [tmp_path / "a.md", tmp_path / "a.md", tmp_path / "b.bin", tmp_path / "no.txt"]
    )
    statuses = [d.status.value for d in tl.documents]
    assert statuses.count("error") == 2
    ids = [d.id for d in tl.documents]
    assert len(set(ids)) == len(ids)


def test_build_without_publication_date_leaves_relative_dates_unanchored(tmp_path):
    (tmp_path / "undated.txt").write_text("The dam opened yesterday. It was planned in May 2019.")
    tl = timeline.build([tmp_path])
    by_text = {t.text: t for t in tl.timexes}
    assert by_text["yesterday"].span is None and by_text["yesterday"].anchor.value == "unanchored"
    assert by_text["May 2019"].value == "2019-05"


def test_build_published_option_dates_undated_inputs(tmp_path):
    (tmp_path / "undated.txt").write_text("The dam opened yesterday.")
    tl = timeline.build([tmp_path], published="2024-06-05")
    assert tl.documents[0].published_from == "default"
    assert tl.timexes[0].value == "2024-06-04"


def test_build_narrative_option_dates_a_history_by_its_story(tmp_path):
    filler = "The army met little resistance in the south and moved fast along the rivers. " * 5
    (tmp_path / "history.md").write_text(
        "---\ntitle: The invasion\ndate: 2009-12-19\n---\n"
        f"The invasion began on March 20, 2003.\n\n{filler}\n\n"
        "On April 9 the army captured the capital.\n", encoding="utf-8")

    def capture_dates(narrative):
        tl = timeline.build(tmp_path, options=BuildOptions(narrative=narrative))
        return {e.time.start.isoformat() for e in tl.events if "captur" in e.title.lower()}

    assert capture_dates(False) == {"2009-04-09"}  # read as news of 2009
    assert capture_dates(True) == {"2003-04-09"}
