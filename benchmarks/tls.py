"""Timeline summarisation on the Timeline17 dev topics, next to the published T17 figures.

    python benchmarks/tls.py [--dataset DIR] [--topics H1N1_bbc MJ_bbc ...]

For each gold timeline: the articles published between its first and last date are summarised
into K dates (its number of dates) of L sentences (its average per date), the topic keywords as
query; scored by alignment ROUGE-1/2 (tilse's many-to-one date-content-cost alignment) and date
F1. Averages are over timelines (mean P and R, F1 of the means), like news-tls. The published
figures are averages over all 19 T17 timelines (Gholipour Ghalandari and Ifrim, ACL 2020); our
dev set holds 4 of them, so compare the direction, not the third decimal.

The time of a topic is the build (ingest + temporal tagging, no event extraction) plus the
summarisation, in one process, after a warm-up that pays for the lazy imports.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

from timeline.summarize import build_dated, evaluate_tls, format_tls_results

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"
DEV = SHARED / "corpora" / "t17-dev"


def _warm_up() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "2009-04-27" / "1.htm.txt"
        path.parent.mkdir()
        path.write_text("Officials confirmed the first cases on Monday .\n", encoding="utf-8")
        build_dated([path])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dataset", type=Path, default=DEV, help="a Timeline17-style folder")
    parser.add_argument("--topics", nargs="*", help="only these topics")
    args = parser.parse_args(argv)
    if not args.dataset.is_dir():
        print(f"{args.dataset} not found: nothing to evaluate, skipped", file=sys.stderr)
        return 0
    _warm_up()
    started = time.perf_counter()
    results = evaluate_tls(args.dataset, args.topics,
                           progress=lambda line: print(line, file=sys.stderr))
    total = time.perf_counter() - started
    print(format_tls_results(results))
    print()
    for topic, seconds in results.build_seconds.items():
        rows = [r for r in results.results if r.topic == topic]
        summarising = sum(r.seconds for r in rows)
        print(f"{topic}: build {seconds:.1f} s + summarise {summarising:.2f} s "
              f"({len(rows)} timeline{'s' if len(rows) != 1 else ''})")
    print(f"all: {total:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
