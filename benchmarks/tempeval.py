"""TempEval-3 Task A figures of our English tagger on the TimeML corpora in ``../shared``.

    python benchmarks/tempeval.py [--corpus TimeBank|AQUAINT|wikiwars|all] [--keep DIR]

Each corpus is annotated into a temporary folder (gold TIMEX3 tags removed, ours written, the DCT
as publication date) and scored against the gold files with ``timeline.timeml.score``: relaxed
and strict extent P/R/F1, type and value accuracy over relaxed matches, and value F1.
TimeBank is the development set; AQUAINT and WikiWars are held out (read the aggregate only).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

from timeline.timeml import Scores, annotate_dir, format_scores, score

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"
CORPORA = {
    "TimeBank": SHARED / "corpora/tempeval3/train/TimeBank",
    "AQUAINT": SHARED / "corpora/tempeval3/train/AQUAINT",
    "wikiwars": SHARED / "corpora/wikiwars/timex3-derczynski2012",
}


def evaluate(gold_dir: Path, keep: Path | None = None) -> tuple[Scores, float]:
    """Annotate ``gold_dir`` and score it; returns the scores and the seconds spent tagging."""
    with tempfile.TemporaryDirectory() as tmp:
        out = keep or Path(tmp)
        started = time.perf_counter()
        annotate_dir(gold_dir, out)
        seconds = time.perf_counter() - started
        return score(gold_dir, out), seconds


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", default="all", choices=[*CORPORA, "all"])
    parser.add_argument("--keep", type=Path, help="write the annotated files here (one corpus)")
    args = parser.parse_args(argv)
    names = list(CORPORA) if args.corpus == "all" else [args.corpus]
    results = {}
    for name in names:
        if not CORPORA[name].is_dir():
            print(f"{name}: {CORPORA[name]} not found, skipped", file=sys.stderr)
            continue
        keep = args.keep / name if args.keep else None
        results[name], seconds = evaluate(CORPORA[name], keep)
        print(f"{name}: annotated in {seconds:.2f} s", file=sys.stderr)
    print(format_scores(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
