"""Build throughput: articles per second through the whole pipeline, against dateparser.

Generates ``--n`` synthetic articles (``benchmarks/corpus.py``, about 3 KB of front-matter Markdown
each) into a temporary folder, then in one process:

1. ``timeline.build(paths, options=BuildOptions(workers=...))``, timed after a small warm-up build
   that pays for the lazy imports; counts documents, timexes, event mentions and events;
2. the named baseline ``dateparser.search_dates(text, languages=["en"])`` over the same article
   bodies (front matter stripped, ``RELATIVE_BASE`` set to each article's publication date, as a
   user comparing fairly would), timed after one warm-up call; on ``--baseline-n`` articles
   when that is fewer than ``--n``, and the rate is the measured one on that subset.

Memory: ``ru_maxrss`` (resource.getrusage, the process's peak resident set, which includes
the interpreter, the imports and the corpus) read right after the timed build, plus the children's
peak when ``--workers`` > 1; and the tracemalloc peak of Python allocations during a second,
untimed build (tracing slows Python down, so it never runs during the timed one; it sees only the
parent process). No assertion on time: this prints figures, it does not judge them.

    python benchmarks/build_throughput.py --n 1000 --workers 1
"""

from __future__ import annotations

import argparse
import gc
import os
import re
import resource
import sys
import tempfile
import time
import tracemalloc
from collections import Counter
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import generate  # noqa: E402

FRONT_MATTER = re.compile(r"\A---\n(.*?)\n---\n", re.S)
PUBLISHED = re.compile(r"^published: (\d{4}-\d{2}-\d{2})$", re.M)


def _maxrss_mb(who: int = resource.RUSAGE_SELF) -> float:
    """Peak resident set in MB (Linux reports KB, macOS bytes)."""
    peak = resource.getrusage(who).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def _cpu_seconds() -> float:
    """User + system CPU time of this process and its finished children (the build's workers)."""
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


def _body_and_published(path: Path) -> tuple[str, datetime]:
    text = path.read_text(encoding="utf-8")
    published = datetime.fromisoformat(PUBLISHED.search(text).group(1))
    return FRONT_MATTER.sub("", text), published


def run_timeline(paths: list[Path], workers: int) -> dict:
    """Time one build over ``paths`` after a warm-up build on three of them."""
    import timeline
    from timeline.pipeline import BuildOptions

    options = BuildOptions(workers=workers)
    timeline.build(paths[:3])  # warm-up: lazy imports, pattern compilation
    gc.collect()
    rss_before = _maxrss_mb()
    cpu, start = _cpu_seconds(), time.perf_counter()
    tl = timeline.build(paths, options=options)
    seconds, cpu = time.perf_counter() - start, _cpu_seconds() - cpu
    statuses = Counter(str(getattr(d.status, "value", d.status)) for d in tl.documents)
    return {
        "articles": len(paths),
        "seconds": seconds,
        "cpu_seconds": cpu,
        "documents": len(tl.documents),
        "statuses": dict(statuses),
        "timexes": len(tl.timexes),
        "mentions": sum(len(e.mentions) for e in tl.events),
        "events": len(tl.events),
        "relations": len(tl.relations),
        "rss_before_mb": rss_before,
        "rss_peak_mb": _maxrss_mb(),
        "rss_children_mb": _maxrss_mb(resource.RUSAGE_CHILDREN) if workers > 1 else None,
    }


def tracemalloc_peak(paths: list[Path], workers: int) -> float:
    """Peak MB of Python allocations during an untimed build (parent process only)."""
    import timeline
    from timeline.pipeline import BuildOptions

    gc.collect()
    tracemalloc.start()
    timeline.build(paths, options=BuildOptions(workers=workers))
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak / (1024 * 1024)


def run_dateparser(paths: list[Path]) -> dict:
    """Time ``dateparser.search_dates`` over the article bodies, one warm-up call excluded."""
    from dateparser.search import search_dates

    articles = [_body_and_published(p) for p in paths]
    search_dates("It happened on 3 March 2025.", languages=["en"])
    found = 0
    cpu, start = _cpu_seconds(), time.perf_counter()
    for text, published in articles:
        hits = search_dates(text, languages=["en"], settings={"RELATIVE_BASE": published})
        found += len(hits or ())
    seconds, cpu = time.perf_counter() - start, _cpu_seconds() - cpu
    return {"articles": len(paths), "seconds": seconds, "cpu_seconds": cpu, "timexes": found}


def _rate(result: dict, clock: str = "seconds") -> float:
    return result["articles"] / result[clock] if result[clock] else float("inf")


def report(n: int, workers: int, tl: dict, dp: dict, traced: float | None, chars: int) -> str:
    """The results as a plain-text table."""
    kb = chars / n / 1024  # mean article size
    rows = [
        ("", f"timeline.build (workers={workers})", "dateparser.search_dates (baseline)"),
        ("articles timed", str(tl["articles"]), str(dp["articles"])),
        ("seconds", f"{tl['seconds']:.2f}", f"{dp['seconds']:.2f}"),
        ("articles/s", f"{_rate(tl):.1f}", f"{_rate(dp):.1f}"),
        ("CPU seconds", f"{tl['cpu_seconds']:.2f}", f"{dp['cpu_seconds']:.2f}"),
        (
            "articles per CPU second",
            f"{_rate(tl, 'cpu_seconds'):.1f}",
            f"{_rate(dp, 'cpu_seconds'):.1f}",
        ),  # fmt: skip
        ("KB of text/s", f"{_rate(tl) * kb:.0f}", f"{_rate(dp) * kb:.0f}"),
        ("dates found (timexes)", str(tl["timexes"]), str(dp["timexes"])),
        ("dates per article", f"{tl['timexes'] / n:.1f}", f"{dp['timexes'] / dp['articles']:.1f}"),
        ("event mentions / events", f"{tl['mentions']} / {tl['events']}", "-"),
        ("relations", str(tl["relations"]), "-"),
    ]
    width = [max(len(r[i]) for r in rows) for i in range(3)]
    lines = ["  ".join(c.ljust(width[i]) for i, c in enumerate(row)).rstrip() for row in rows]
    lines.insert(1, "  ".join("-" * w for w in width))
    ratio = _rate(tl) / _rate(dp)
    cpu_ratio = _rate(tl, "cpu_seconds") / _rate(dp, "cpu_seconds")
    lines += [
        "",
        f"ratio timeline/dateparser (articles/s, wall clock): {ratio:.2f}",
        f"ratio timeline/dateparser (articles per CPU second): {cpu_ratio:.2f}",
        f"documents by status: {tl['statuses']}",
        f"peak RSS (ru_maxrss, whole process): {tl['rss_peak_mb']:.0f} MB after the build, "
        f"{tl['rss_before_mb']:.0f} MB before it",
    ]
    if tl["rss_children_mb"] is not None:
        lines.append(f"peak RSS of the largest worker process: {tl['rss_children_mb']:.0f} MB")
    if traced is not None:
        lines.append(f"tracemalloc peak during an untimed build (parent only): {traced:.0f} MB")
    if dp["articles"] < n:
        lines.append(
            f"dateparser ran on the first {dp['articles']} of {n} articles; extrapolated to all "
            f"{n}: {dp['seconds'] * n / dp['articles']:.0f} s"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1000, help="articles to generate (1000)")
    parser.add_argument("--workers", type=int, default=1, help="build processes (1)")
    parser.add_argument("--seed", type=int, default=0, help="corpus seed (0)")
    parser.add_argument(
        "--baseline-n", type=int, default=200, help="articles to time dateparser on (200)"
    )
    parser.add_argument(
        "--no-tracemalloc", action="store_true", help="skip the second, traced build"
    )
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="timeline-bench-") as tmp:
        paths = generate(args.n, args.seed, out_dir=Path(tmp))
        chars = sum(len(p.read_text(encoding="utf-8")) for p in paths)
        print(f"corpus: {args.n} articles, {chars / args.n / 1024:.1f} KB each on average, "
              f"seed {args.seed}", flush=True)  # fmt: skip
        tl = run_timeline(paths, args.workers)
        print(f"timeline.build done in {tl['seconds']:.1f} s", flush=True)
        dp = run_dateparser(paths[: min(args.n, args.baseline_n)])
        print(f"dateparser done in {dp['seconds']:.1f} s", flush=True)
        traced = None if args.no_tracemalloc else tracemalloc_peak(paths, args.workers)
    print()
    print(report(args.n, args.workers, tl, dp, traced, chars))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
