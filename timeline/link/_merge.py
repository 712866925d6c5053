"""Merging mentions into events: blocked candidate pairs, then cautious agglomeration.

Candidates come from blocks (event class x actor word, sorted by time; event class x day, for
mentions dated to one day by their text whatever actors they name; each document; and, for
mentions without actors, the class sorted by time; related classes count as one class), each
mention compared with at most a fixed number of neighbours, so the work grows linearly with the
number of mentions. Clusters then grow
from the best-scoring pair down; two clusters join only if *every* cross pair is compatible and
their mean score clears the threshold (no A~B~C chains), and their dates still intersect.
"""

from __future__ import annotations

import bisect
import logging
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from ..model import EventMention
from ._features import (
    REPORT_SLACK_DAYS,
    REPORTED_SPREAD_DAYS,
    Features,
    build_features,
    class_group,
    pair_score,
    reported_fit,
)

logger = logging.getLogger(__name__)

THRESHOLD = 0.6  # mean score a merge needs
MIN_LINK = 0.5  # no pair inside a cluster may score below this
NEIGHBOURS = 20  # comparisons per mention and direction inside a block
SMALL_BLOCK = 40  # blocks up to this size are compared in full
MAX_CROSS = 50  # members of a large cluster sampled when checking a merge
_ACTOR_STOP = frozenset({"the", "of", "and", "for", "de", "la", "al", "el", "von", "van"})


@dataclass
class MergeStats:
    """How much work linking did (tests check it stays linear)."""

    mentions: int = 0
    candidate_pairs: int = 0
    comparisons: int = 0
    merges: int = 0
    blocks: int = 0


@dataclass(slots=True)
class _Cluster:
    members: list[int]
    lo: int | None = None  # intersection of the text-dated intervals (date ordinals)
    hi: int | None = None
    first_report: int | None = None  # earliest and latest publication dates of its reports
    last_report: int | None = None


def _blocks(features: Sequence[Features]) -> tuple[dict[tuple, list[int]], dict[str, list[int]]]:
    """Mentions by (class, actor), by (class, day) for text-dated days, and by document; and by
    class alone (related classes count as one class).

    A mention is filed under each actor's full name and under each word of it that some other
    mention uses as a name on its own ("Kim" for "Kim Jong Un"), never under common words such
    as "North" that would make one giant block.
    """
    names = {a for f in features for a in f.actors}
    by_key: dict[tuple, list[int]] = defaultdict(list)
    by_class: dict[str, list[int]] = defaultdict(list)
    for f in features:
        group = class_group(f.cls)  # "met" and "held talks" meet in one block
        keys = set(f.actors)
        keys |= {w for a in f.actors for w in a.split() if w in names and w not in _ACTOR_STOP}
        for key in keys:
            by_key[("actor", group, key)].append(f.index)
        by_key[("document", f.document)].append(f.index)
        by_class[group].append(f.index)
        if f.strong and f.t0 == f.t1:  # one class on one day, whoever the actors are named as
            by_key[("day", group, f.t0)].append(f.index)
    return by_key, by_class


def _time_order(features: Sequence[Features], members: list[int]) -> tuple[list[int], list[int]]:
    timed = sorted((i for i in members if features[i].t0 is not None),
                   key=lambda i: (features[i].t0, features[i].t1, i))
    untimed = [i for i in members if features[i].t0 is None]
    return timed, untimed


def _block_pairs(features: Sequence[Features], members: list[int]) -> Iterator[tuple[int, int]]:
    """Candidate pairs of one block: all of a small block, time neighbours of a large one."""
    if len(members) <= SMALL_BLOCK:
        for x, i in enumerate(members):
            for j in members[x + 1 :]:
                yield i, j
        return
    timed, untimed = _time_order(features, members)
    for p, i in enumerate(timed):
        fi = features[i]
        for j in timed[p + 1 : p + 1 + NEIGHBOURS]:
            if features[j].t0 > fi.t1 + REPORT_SLACK_DAYS:
                break
            yield i, j
        for j in reversed(timed[max(0, p - NEIGHBOURS) : p]):
            if features[j].t1 >= fi.t0 - REPORT_SLACK_DAYS:
                yield j, i  # an earlier, longer interval that still covers this one
    by_document: dict[str, list[int]] = defaultdict(list)
    for j in timed:
        by_document[features[j].document].append(j)
    for x, i in enumerate(untimed):
        for j in untimed[x + 1 : x + 1 + NEIGHBOURS]:
            yield i, j
        for j in by_document.get(features[i].document, [])[:NEIGHBOURS]:
            yield i, j


def _actorless_pairs(
    features: Sequence[Features], by_class: dict[str, list[int]]
) -> Iterator[tuple[int, int]]:
    """Mentions without actors meet the same-class mentions nearest to them in time.

    Only text-dated ones: without actors, nothing weaker than a date in the text can merge.
    """
    for members in by_class.values():
        probes = [i for i in members if not features[i].actors and features[i].strong]
        if not probes:
            continue
        timed, _ = _time_order(features, members)
        starts = [features[i].t0 for i in timed]
        for i in probes:
            p = bisect.bisect_left(starts, features[i].t0)
            lo, hi = max(0, p - NEIGHBOURS), min(len(timed), p + NEIGHBOURS)
            for j in timed[lo:hi]:
                if j != i:
                    yield i, j


def candidate_pairs(features: Sequence[Features], stats: MergeStats) -> list[tuple[int, int]]:
    """Index pairs ``(i, j)`` with ``i < j`` worth scoring, sorted."""
    by_key, by_class = _blocks(features)
    stats.blocks = len(by_key)
    n = len(features)
    codes: set[int] = set()  # i * n + j: a third of the memory of a set of tuples
    for key in sorted(by_key):
        for i, j in _block_pairs(features, by_key[key]):
            if i != j:
                codes.add(i * n + j if i < j else j * n + i)
    for i, j in _actorless_pairs(features, by_class):
        codes.add(i * n + j if i < j else j * n + i)
    stats.candidate_pairs = len(codes)
    return [divmod(code, n) for code in sorted(codes)]


class _Scorer:
    """Pair scores, computed once and counted."""

    def __init__(self, features: Sequence[Features], idf: dict[str, float], stats: MergeStats):
        self.features, self.idf, self.stats = features, idf, stats
        self.cache: dict[tuple[int, int], float] = {}

    def __call__(self, i: int, j: int) -> float:
        key = (i, j) if i < j else (j, i)
        score = self.cache.get(key)
        if score is None:
            self.stats.comparisons += 1
            score = pair_score(self.features[key[0]], self.features[key[1]], self.idf)
            self.cache[key] = score
        return score


def _sample(members: list[int]) -> list[int]:
    if len(members) <= MAX_CROSS:
        return members
    step = len(members) / MAX_CROSS
    return [members[int(k * step)] for k in range(MAX_CROSS)]


def _joined_time(a: _Cluster, b: _Cluster) -> tuple[int | None, int | None] | None:
    """The two clusters' common text interval, or None when their dates cannot be one happening."""
    if a.lo is None:
        lo, hi = b.lo, b.hi
    elif b.lo is None:
        lo, hi = a.lo, a.hi
    else:
        lo, hi = max(a.lo, b.lo), min(a.hi, b.hi)
        if lo > hi:
            return None
    first, last = _report_range(a, b)
    if first is not None:
        if lo is None:
            if last - first > REPORTED_SPREAD_DAYS:
                return None
        elif not (reported_fit(lo, hi, first) and reported_fit(lo, hi, last)):
            return None
    return lo, hi


def _report_range(a: _Cluster, b: _Cluster) -> tuple[int | None, int | None]:
    firsts = [x for x in (a.first_report, b.first_report) if x is not None]
    lasts = [x for x in (a.last_report, b.last_report) if x is not None]
    return (min(firsts), max(lasts)) if firsts else (None, None)


def _compatible(a: _Cluster, b: _Cluster, score: _Scorer) -> bool:
    total, count = 0.0, 0
    for i in _sample(a.members):
        for j in _sample(b.members):
            s = score(i, j)
            if s < MIN_LINK:
                return False
            total += s
            count += 1
    return total / count >= THRESHOLD


def cluster_mentions(
    mentions: Sequence[EventMention], stats: MergeStats | None = None
) -> list[list[int]]:
    """Indices of the mentions grouped into happenings, each group in input order."""
    stats = stats if stats is not None else MergeStats()
    stats.mentions = len(mentions)
    features, idf = build_features(mentions)
    score = _Scorer(features, idf, stats)
    scored = []
    for i, j in candidate_pairs(features, stats):
        stats.comparisons += 1
        s = pair_score(features[i], features[j], idf)
        if s >= MIN_LINK:  # lower scores are recomputed if ever needed: they are the many
            score.cache[(i, j)] = s
            if s >= THRESHOLD:
                scored.append((-s, i, j))
    scored.sort()

    clusters: dict[int, _Cluster] = {}
    owner = list(range(len(features)))
    for f in features:
        c = _Cluster([f.index])
        if f.t0 is not None:
            if f.strong:
                c.lo, c.hi = f.t0, f.t1
            else:
                c.first_report = c.last_report = f.t0
        clusters[f.index] = c
    for _, i, j in scored:
        ci, cj = owner[i], owner[j]
        if ci == cj:
            continue
        a, b = clusters[ci], clusters[cj]
        joined = _joined_time(a, b)
        if joined is None or not _compatible(a, b, score):
            continue
        if len(a.members) < len(b.members):
            ci, cj, a, b = cj, ci, b, a
        a.members.extend(b.members)
        a.lo, a.hi = joined
        a.first_report, a.last_report = _report_range(a, b)
        for k in b.members:
            owner[k] = ci
        del clusters[cj]
        stats.merges += 1
    logger.debug("linking: %s", stats)
    return sorted(sorted(c.members) for c in clusters.values())
