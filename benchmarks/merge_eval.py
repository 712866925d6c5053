"""Cross-source merging: does each real happening come out as one event, and only one?

Reads ``tests/data/merge_cases.jsonl``: each line is one invented "world" of 3 to 8 short news
reports (``source``, ``published``, ``text``) about 1 to 3 happenings, each report labelled with
the happening its main event refers to (``happening``) and the word that names it (``trigger``);
``happenings`` gives each happening's true day. Each world is run through the real pipeline on
its own (:func:`timeline.pipeline.process_document` per report, then :func:`timeline.link.link`
over all their mentions), and each report is mapped to the event that holds its main mention:
the mention whose trigger is the gold trigger, else the report's most confident mention. A
report with no mention at all stays alone (a miss costs recall).

Figures, over all worlds (pairs and items never cross worlds):

- pairwise precision/recall/F1 over pairs of reports put in one event / truly about one happening;
- B-cubed precision/recall/F1 (per report, averaged over all reports);
- date accuracy: share of reports whose event's interval contains the happening's true day.

The worlds that are not merged exactly right are listed with what went wrong.

    python benchmarks/merge_eval.py [--cases tests/data/merge_cases.jsonl] [--quiet]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from itertools import combinations
from pathlib import Path

from timeline.link import link
from timeline.model import Document, EventMention, stable_id
from timeline.pipeline import process_document

CASES = Path(__file__).resolve().parent.parent / "tests" / "data" / "merge_cases.jsonl"


@dataclass
class CaseResult:
    """One world: gold and predicted cluster labels per report, and the dates that came out."""

    id: str
    gold: list[str]
    predicted: list[str]
    dated_right: list[bool]
    titles: list[str]

    @property
    def exact(self) -> bool:
        return _partition(self.gold) == _partition(self.predicted)


@dataclass
class Scores:
    pair_precision: float
    pair_recall: float
    pair_f1: float
    b3_precision: float
    b3_recall: float
    b3_f1: float
    date_accuracy: float
    reports: int
    cases: list[CaseResult] = field(default_factory=list)

    @property
    def failed(self) -> list[CaseResult]:
        return [c for c in self.cases if not c.exact]


def load_cases(path: Path = CASES) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def _partition(labels: Sequence[str]) -> set[frozenset[int]]:
    groups: dict[str, set[int]] = {}
    for i, label in enumerate(labels):
        groups.setdefault(label, set()).add(i)
    return {frozenset(g) for g in groups.values()}


def _main_mention(mentions: list[EventMention], trigger: str) -> EventMention | None:
    wanted = trigger.casefold()
    exact = [m for m in mentions if m.trigger.casefold() == wanted]
    partial = [m for m in mentions if wanted in m.trigger.casefold().split()]
    pool = exact or partial or mentions
    return max(pool, key=lambda m: m.confidence) if pool else None


def run_case(case: dict) -> CaseResult:
    """Build one world through the pipeline and label each report with its event."""
    mentions: list[EventMention] = []
    per_report: list[list[EventMention]] = []
    for k, report in enumerate(case["reports"]):
        doc_id = stable_id(case["id"], k)
        doc = Document(
            id=doc_id,
            path=f"{case['id']}/{k}.txt",
            text=report["text"],
            published=date.fromisoformat(report["published"]),
            published_from="metadata",
            language="en",
            source=report["source"],
        )
        _, _, found = process_document(doc)
        per_report.append(found)
        mentions.extend(found)
    events, _ = link(mentions)
    event_of = {m.id: e for e in events for m in e.mentions}
    gold, predicted, dated, titles = [], [], [], []
    for k, (report, found) in enumerate(zip(case["reports"], per_report, strict=True)):
        gold.append(report["happening"])
        main = _main_mention(found, report["trigger"])
        event = event_of.get(main.id) if main is not None else None
        predicted.append(event.id if event is not None else f"missing-{k}")
        titles.append(event.title if event is not None else "(no event)")
        truth = date.fromisoformat(case["happenings"][report["happening"]])
        dated.append(bool(event and event.time and event.time.start <= truth <= event.time.end))
    return CaseResult(case["id"], gold, predicted, dated, titles)


def _pairs(labels: Sequence[str]) -> set[tuple[int, int]]:
    return {(i, j) for i, j in combinations(range(len(labels)), 2) if labels[i] == labels[j]}


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def score_cases(results: Sequence[CaseResult]) -> Scores:
    """Pairwise and B-cubed figures over all worlds (pairs never cross worlds)."""
    tp = fp = fn = 0
    b3_p = b3_r = 0.0
    n = dated = 0
    for res in results:
        gold, pred = _pairs(res.gold), _pairs(res.predicted)
        tp += len(gold & pred)
        fp += len(pred - gold)
        fn += len(gold - pred)
        for i in range(len(res.gold)):
            same_pred = {j for j in range(len(res.gold)) if res.predicted[j] == res.predicted[i]}
            same_gold = {j for j in range(len(res.gold)) if res.gold[j] == res.gold[i]}
            both = len(same_pred & same_gold)
            b3_p += both / len(same_pred)
            b3_r += both / len(same_gold)
        n += len(res.gold)
        dated += sum(res.dated_right)
    pp = tp / (tp + fp) if tp + fp else 1.0
    pr = tp / (tp + fn) if tp + fn else 1.0
    bp, br = (b3_p / n, b3_r / n) if n else (1.0, 1.0)
    return Scores(pp, pr, _f1(pp, pr), bp, br, _f1(bp, br), dated / n if n else 1.0, n,
                  list(results))


def evaluate(cases: Sequence[dict]) -> Scores:
    return score_cases([run_case(case) for case in cases])


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cases", type=Path, default=CASES)
    parser.add_argument("--quiet", action="store_true", help="figures only, no failed worlds")
    args = parser.parse_args(argv)
    cases = load_cases(args.cases)
    scores = evaluate(cases)
    print(f"{len(cases)} worlds, {scores.reports} reports")
    print(f"pairwise  P {scores.pair_precision:.3f}  R {scores.pair_recall:.3f}  "
          f"F1 {scores.pair_f1:.3f}")
    print(f"B-cubed   P {scores.b3_precision:.3f}  R {scores.b3_recall:.3f}  "
          f"F1 {scores.b3_f1:.3f}")
    print(f"dates     {scores.date_accuracy:.3f} of reports in an event that holds the true day")
    failed = scores.failed
    print(f"exact worlds {len(cases) - len(failed)}/{len(cases)}")
    if not args.quiet:
        for res in failed:
            print(f"\nFAILED {res.id}")
            ids = {label: f"e{k}" for k, label in enumerate(dict.fromkeys(res.predicted))}
            for gold, pred, title in zip(res.gold, res.predicted, res.titles, strict=True):
                print(f"  gold {gold}  ->  {ids[pred]}  {title}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
