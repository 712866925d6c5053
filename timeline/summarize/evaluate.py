"""Evaluation of timeline summaries on Timeline17-style datasets (the protocol of news-tls).

A dataset folder holds topics; a topic holds ``InputDocs/<YYYY-MM-DD>/<file>`` articles,
``timelines/*.txt`` gold timelines (a date line, one sentence a line, a line of dashes) and
``keywords.json`` (the topic's query). For each gold timeline: the articles published between its
first and last date are summarised into as many dates as it has (K) with its average number of
sentences per date (L, rounded), the topic keywords as query; the result is scored by date F1
and alignment ROUGE-1/2 (:mod:`timeline.summarize.rouge`). Averages take the mean precision and
recall over timelines and the F1 of those means, as news-tls does.

Gold sentences are PTB-tokenised; they are detokenised with the ingest stage's rules so that both
sides are tokenised alike (ROUGE drops punctuation anyway).
"""

from __future__ import annotations

import json
import logging
import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ..errors import InputError
from ..ingest.ptb import detokenize
from .rouge import PRF, align_rouge, date_f1

__all__ = ["TLSResult", "TLSResults", "evaluate_tls", "format_tls_results", "read_gold_timeline"]

logger = logging.getLogger(__name__)

# Published averages over the 19 Timeline17 timelines (Gholipour Ghalandari and Ifrim, ACL 2020):
# alignment ROUGE-1 F, ROUGE-2 F, date F1.
PUBLISHED = {"DATEWISE": (0.120, 0.035, 0.544), "CLUST": (0.082, 0.020, 0.407)}


@dataclass(frozen=True, slots=True)
class TLSResult:
    """The scores of one gold timeline."""

    topic: str
    timeline: str
    dates: int  # K
    sentences_per_date: int  # L
    predicted_dates: int
    rouge1: PRF
    rouge2: PRF
    date: PRF
    seconds: float  # summarising only


@dataclass(frozen=True, slots=True)
class TLSResults:
    """Per-timeline results, the seconds spent building each topic, and the averages."""

    results: tuple[TLSResult, ...]
    build_seconds: dict[str, float]

    def average(self, metric: str) -> PRF:
        """Mean precision and recall of ``"rouge1"``, ``"rouge2"`` or ``"date"``."""
        scores = [getattr(r, metric) for r in self.results]
        if not scores:
            return PRF(0.0, 0.0)
        return PRF(
            sum(s.precision for s in scores) / len(scores),
            sum(s.recall for s in scores) / len(scores),
        )


def read_gold_timeline(path: str | os.PathLike) -> dict[date, list[str]]:
    """Read a T17 ``timelines/*.txt`` file; a date given twice gets its sentences merged.

    An entry whose date line is not a valid ``YYYY-MM-DD`` (T17's MJ timeline has ``2011-04-0``)
    is skipped with a warning: it cannot be scored.
    """
    gold: dict[date, list[str]] = {}
    block: list[str] = []
    lines = Path(path).read_text(encoding="utf-8", errors="replace").splitlines()
    for number, line in enumerate([*lines, "-" * 8], 1):
        if line.strip().startswith("-----"):
            if block:
                try:
                    day = date.fromisoformat(block[0].strip()[:10])
                except ValueError:
                    logger.warning("%s:%d: %r is not a YYYY-MM-DD date; entry skipped", path,
                                   number - len(block), block[0][:40])
                    block = []
                    continue
                gold.setdefault(day, []).extend(detokenize(s.strip()) for s in block[1:])
            block = []
        elif line.strip():
            block.append(line)
    return gold


def _topics(dataset_dir: Path) -> list[Path]:
    if (dataset_dir / "InputDocs").is_dir():
        return [dataset_dir]
    return sorted(p for p in dataset_dir.iterdir() if (p / "InputDocs").is_dir())


def _keywords(topic: Path) -> list[str] | None:
    path = topic / "keywords.json"
    if not path.is_file():
        return None
    try:
        return [str(k) for k in json.loads(path.read_text(encoding="utf-8"))]
    except (ValueError, TypeError) as err:
        raise InputError(f"not a JSON list of keywords ({err})", str(path)) from err


def evaluate_tls(
    dataset_dir: str | os.PathLike,
    topics: list[str] | None = None,
    *,
    progress: Callable[[str], None] | None = None,
    **summarize_options,
) -> TLSResults:
    """Summarise and score every gold timeline of a Timeline17-style dataset.

    Parameters
    ----------
    dataset_dir
        A folder of topics, or one topic folder.
    topics
        Names of the topics to run (all by default).
    progress
        Called with a line of text after each timeline (the CLI prints it).
    **summarize_options
        Passed to :func:`timeline.summarize.summarize` (``weights=...``).

    Returns
    -------
    TLSResults

    Raises
    ------
    InputError
        When ``dataset_dir`` holds no topic, or a gold file cannot be read.
    """
    from .build import build_dated
    from .core import summarize

    root = Path(dataset_dir)
    found = _topics(root) if root.is_dir() else []
    if topics:
        found = [t for t in found if t.name in topics]
    if not found:
        raise InputError("no topic folder (one with InputDocs/) found here. Pass a Timeline17 "
                         "dataset folder or one of its topics.", str(root))
    results: list[TLSResult] = []
    build_seconds: dict[str, float] = {}
    for topic in found:
        started = time.perf_counter()
        tl = build_dated([topic / "InputDocs"])
        build_seconds[topic.name] = time.perf_counter() - started
        query = _keywords(topic)
        for gold_path in sorted((topic / "timelines").glob("*.txt")):
            gold = read_gold_timeline(gold_path)
            if not gold:
                continue
            k = len(gold)
            n = round(sum(len(s) for s in gold.values()) / k)
            started = time.perf_counter()
            summary = summarize(tl, k, max(1, n), query=query, since=min(gold), until=max(gold),
                                **summarize_options)
            seconds = time.perf_counter() - started
            pred = summary.as_mapping()
            result = TLSResult(
                topic.name, gold_path.stem, k, max(1, n), len(pred),
                align_rouge(pred, gold, 1), align_rouge(pred, gold, 2),
                date_f1(list(pred), list(gold)), seconds,
            )
            results.append(result)
            if progress:
                progress(f"{topic.name}/{gold_path.stem}: AR-1 {result.rouge1.f1:.3f} "
                         f"AR-2 {result.rouge2.f1:.3f} date F1 {result.date.f1:.3f}")
    return TLSResults(tuple(results), build_seconds)


def format_tls_results(results: TLSResults, published: bool = True) -> str:
    """A plain-text table: one row per timeline, the average, and the published figures."""
    head = (f"{'topic/timeline':<40} {'K':>3} {'L':>2} {'AR1-P':>6} {'AR1-R':>6} {'AR1-F':>6} "
            f"{'AR2-F':>6} {'Date-F':>6} {'time s':>7}")
    lines = [head, "-" * len(head)]
    for r in results.results:
        total = results.build_seconds.get(r.topic, 0.0) + r.seconds
        lines.append(
            f"{(r.topic + '/' + r.timeline)[:40]:<40} {r.dates:>3} {r.sentences_per_date:>2} "
            f"{r.rouge1.precision:>6.3f} {r.rouge1.recall:>6.3f} {r.rouge1.f1:>6.3f} "
            f"{r.rouge2.f1:>6.3f} {r.date.f1:>6.3f} {total:>7.1f}"
        )
    r1, r2, dt = (results.average(m) for m in ("rouge1", "rouge2", "date"))
    lines.append("-" * len(head))
    lines.append(f"{'average (' + str(len(results.results)) + ' timelines)':<47} "
                 f"{r1.precision:>6.3f} {r1.recall:>6.3f} {r1.f1:>6.3f} {r2.f1:>6.3f} "
                 f"{dt.f1:>6.3f}")
    if published:
        for name, (a1, a2, df) in PUBLISHED.items():
            lines.append(f"{'published ' + name + ' (T17, 19 timelines)':<61} {a1:>6.3f} "
                         f"{a2:>6.3f} {df:>6.3f}")
    lines.append("time s = building the topic (ingest + temporal tagging) + summarising")
    return "\n".join(lines)
