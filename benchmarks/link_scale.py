"""How linking grows: mentions/s and peak memory at 1k, 10k and 100k event mentions.

The mentions are real pipeline output: synthetic news articles (``corpus.py``) run through ingest,
temporal tagging and event extraction. Each size is linked in a fresh process, so its peak resident
memory is its own. The named baseline is the same pair score applied to all pairs (what linking
without blocking would do), timed on a sample and extrapolated quadratically.

    python benchmarks/link_scale.py                 # 1k, 10k, 100k mentions
    python benchmarks/link_scale.py --sizes 1000 10000 --workers 2
"""

from __future__ import annotations

import argparse
import pickle
import resource
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import generate  # noqa: E402

MENTIONS_PER_ARTICLE = 20  # about what corpus.py articles give; used to size the corpus


def collect_mentions(n: int, workers: int, seed: int) -> list:
    """Event mentions from enough synthetic articles to give at least ``n``."""
    from timeline.pipeline import read_and_process

    mentions: list = []
    articles = max(10, n // MENTIONS_PER_ARTICLE + 10)
    with tempfile.TemporaryDirectory() as tmp:
        paths = [str(p) for p in generate(articles, seed, out_dir=Path(tmp))]
        with ProcessPoolExecutor(max_workers=workers) as pool:
            for results in pool.map(read_and_process, paths, chunksize=16):
                for _, _, doc_mentions in results:
                    mentions.extend(doc_mentions)
    if len(mentions) < n:
        more = collect_mentions(n - len(mentions), workers, seed + 1)
        mentions.extend(more)
    return mentions[:n]


def _link_in_child(path: str) -> tuple[float, int, int, int]:
    """Link the pickled mentions; return seconds, events, relations and peak RSS in KB."""
    from timeline.link import link

    with open(path, "rb") as handle:
        mentions = pickle.load(handle)
    started = time.perf_counter()
    events, relations = link(mentions)
    elapsed = time.perf_counter() - started
    return elapsed, len(events), len(relations), resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def all_pairs_seconds(mentions: list, sample: int) -> float:
    """Seconds to score every pair of ``sample`` mentions with the linker's own pair score."""
    from timeline.link._features import build_features, pair_score

    features, idf = build_features(mentions[:sample])
    started = time.perf_counter()
    for i, a in enumerate(features):
        for b in features[i + 1 :]:
            pair_score(a, b, idf)
    return time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000, 10_000, 100_000])
    parser.add_argument("--workers", type=int, default=2, help="processes to extract mentions")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument(
        "--baseline-sample",
        type=int,
        default=1_500,
        help="mentions whose all pairs are scored for the baseline",
    )
    args = parser.parse_args(argv)

    largest = max(args.sizes)
    started = time.perf_counter()
    mentions = collect_mentions(largest, args.workers, args.seed)
    print(
        f"{len(mentions):,} mentions extracted from synthetic articles in "
        f"{time.perf_counter() - started:.1f} s\n"
    )

    sample = min(args.baseline_sample, len(mentions))
    baseline = all_pairs_seconds(mentions, sample)
    per_pair = baseline / max(1, sample * (sample - 1) // 2)

    header = (
        f"{'mentions':>9}  {'link s':>7}  {'mentions/s':>10}  {'events':>7}  "
        f"{'relations':>9}  {'peak RSS MB':>11}  {'all-pairs s (est.)':>18}  {'ratio':>8}"
    )
    print(header)
    print("-" * len(header))
    with tempfile.TemporaryDirectory() as tmp:
        for size in sorted(args.sizes):
            path = Path(tmp) / f"m{size}.pickle"
            path.write_bytes(pickle.dumps(mentions[:size]))
            with ProcessPoolExecutor(max_workers=1) as child:
                seconds, events, relations, rss_kb = child.submit(
                    _link_in_child, str(path)
                ).result()
            all_pairs = per_pair * size * (size - 1) / 2
            print(
                f"{size:>9,}  {seconds:>7.2f}  {size / seconds:>10,.0f}  {events:>7,}  "
                f"{relations:>9,}  {rss_kb / 1024:>11.0f}  {all_pairs:>18,.1f}  "
                f"{all_pairs / seconds:>7,.1f}x"
            )
    print(
        f"\nbaseline: all {sample * (sample - 1) // 2:,} pairs of {sample:,} mentions scored in "
        f"{baseline:.2f} s ({per_pair * 1e6:.1f} µs a pair), extrapolated as n²/2 pairs."
    )
    print(
        "ratio: baseline seconds / link seconds (the baseline only scores pairs; it does not even"
    )
    print("cluster them). Peak RSS is the linking process's own (a fresh process per size).")
    return 0


if __name__ == "__main__":
    sys.exit(main())
