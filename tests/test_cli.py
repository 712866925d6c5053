"""The command line, run in-process through ``main([...])``."""

from __future__ import annotations

import json
import subprocess
import sys

import networkx as nx
import pytest

from timeline.cli import main
from timeline.export import load


def test_cli_build_writes_report_and_every_export(examples, tmp_path):
    out = tmp_path / "out"
    status = main(
        [
            "build", str(examples), "-q",
            "-o", str(out / "report.html"),
            "--json", str(out / "events.json"),
            "--csv", str(out / "events.csv"),
            "--graphml", str(out / "events.graphml"),
            "--gexf", str(out / "events.gexf"),
        ]
    )  # fmt: skip
    assert status == 0
    data = json.loads((out / "events.json").read_text(encoding="utf-8"))
    assert data["schema"] == "timeline/1"
    assert data["events"] and all(e["mentions"] for e in data["events"])
    html = (out / "report.html").read_text(encoding="utf-8")
    assert html.count("plotly.js v") == 1 and "<script src=" not in html  # inlined once, offline
    assert (out / "events.csv").read_text(encoding="utf-8").startswith("id,")
    assert nx.read_graphml(out / "events.graphml").number_of_nodes() == len(data["events"])
    assert nx.read_gexf(out / "events.gexf").number_of_nodes() == len(data["events"])


def test_cli_build_exits_1_and_still_lists_a_failed_input(tmp_path, capsys):
    good = tmp_path / "good.md"
    good.write_text("---\npublished: 2024-05-02\n---\nThe council approved the budget on Monday.\n")
    bad = tmp_path / "bad.jsonl"
    bad.write_text(
        '{"text": "The mayor resigned on 3 May 2024.", "published": "2024-05-04"}\n{oops\n'
    )
    status = main(["build", str(tmp_path), "--json", str(tmp_path / "t.json"), "-q"])
    assert status == 1
    assert "bad.jsonl:2" in capsys.readouterr().err
    documents = json.loads((tmp_path / "t.json").read_text())["documents"]
    assert sorted(d["status"] for d in documents) == ["error", "ok", "ok"]


def test_cli_build_names_a_missing_file(tmp_path, capsys):
    status = main(["build", str(tmp_path / "missing.txt"), "-q"])
    assert status == 1
    assert "missing.txt" in capsys.readouterr().err


@pytest.mark.parametrize(
    "argv",
    [[], ["build"], ["build", "x", "--published", "last tuesday"], ["frobnicate"]],
    ids=["no-command", "no-inputs", "bad-date", "unknown-command"],
)
def test_cli_usage_errors_exit_2(argv):
    assert main(argv) == 2


def test_cli_tag_prints_values_resolved_against_published(capsys):
    assert main(["tag", "The plant reopened on Friday.", "--published", "2025-12-27"]) == 0
    line = capsys.readouterr().out.strip()
    assert "Friday" in line and "2025-12-26" in line


def test_cli_render_rewrites_the_report_from_json(examples, tmp_path):
    json_path = tmp_path / "events.json"
    assert main(["build", str(examples), "--json", str(json_path), "-q"]) == 0
    assert main(["render", str(json_path), "-o", str(tmp_path / "again.html")]) == 0
    assert (tmp_path / "again.html").stat().st_size > 100_000


def test_python_dash_m_timeline_runs():
    done = subprocess.run(
        [sys.executable, "-m", "timeline", "--help"], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0 and "build" in done.stdout


def test_query_prints_the_matching_events_and_saves_them(tmp_path, examples, capsys):
    saved = tmp_path / "events.json"
    assert main(["build", str(examples), "--json", str(saved), "-q"]) == 0
    out = tmp_path / "filtered.json"
    status = main(
        [
            "query",
            str(saved),
            "--since",
            "2026-03",
            "--until",
            "2026-03",
            "--limit",
            "3",
            "--json",
            str(out),
            "--timelinejs",
            str(tmp_path / "tj.json"),
        ]
    )
    assert status == 0
    printed = capsys.readouterr().out.splitlines()
    assert printed[0].split() == ["start", "end", "title", "actors", "sources", "confidence"]
    assert printed[-1].endswith("not shown)") or printed[-1].endswith("events")
    filtered = load(out)
    assert filtered.events and all(
        e.time.start.isoformat() <= "2026-03-31" and e.time.end.isoformat() >= "2026-03-01"
        for e in filtered.events
    )
    assert json.loads((tmp_path / "tj.json").read_text(encoding="utf-8"))["events"]


def test_query_with_a_malformed_date_is_a_usage_error(tmp_path, capsys):
    assert main(["query", str(tmp_path / "x.json"), "--since", "March"]) == 2
    assert "is not a date" in capsys.readouterr().err


def test_query_of_a_timelinejs_file_says_what_it_is(tmp_path, examples, capsys):
    tj = tmp_path / "tj.json"
    assert main(["build", str(examples), "--timelinejs", str(tj), "-q"]) == 0
    assert main(["query", str(tj)]) == 1
    assert "this is a TimelineJS file" in capsys.readouterr().err


def test_build_writes_node_link_and_relations_csv(tmp_path, examples):
    nl, rel = tmp_path / "g.json", tmp_path / "rel.csv"
    assert (
        main(["build", str(examples), "--node-link", str(nl), "--relations-csv", str(rel), "-q"])
        == 0
    )
    assert json.loads(nl.read_text(encoding="utf-8"))["links"]
    assert rel.read_text(encoding="utf-8").startswith("source,target,type,confidence")
