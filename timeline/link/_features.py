"""What linking compares: each mention reduced to its class, actors, content words and time.

The pair score is deliberately simple and explainable: hard vetoes (modality, time, actors,
class) first, then a weighted sum of the evidence that remains.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from ..lexicon import event_class
from ..model import EventMention, Modality
from ._tables import STOPWORDS

# A report dated by its publication date may describe something up to this many days earlier.
REPORT_SLACK_DAYS = 7
# Two reports dated only by publication may be this many days apart and still be one happening.
REPORTED_SPREAD_DAYS = 3

_WORD = re.compile(r"[^\W\d_]{3,}")
_NAME_PUNCT = re.compile(r"[\W_]+")


@dataclass(slots=True)
class Features:
    """One mention as the linker sees it (``t0``/``t1`` are date ordinals, None when undated)."""

    index: int
    document: str
    sentence: int
    cls: str
    actors: tuple[str, ...]
    words: frozenset[str]
    weight: float
    modality: Modality
    t0: int | None
    t1: int | None
    strong: bool  # dated by words in the text, not by the publication date


def normalise_actor(name: str) -> str:
    """A comparison key for an actor name: ``"Kim Jong-un"`` and ``"Kim Jong Un"`` agree.

    >>> normalise_actor("Kim Jong-un"), normalise_actor(" KIM JONG UN ")
    ('kim jong un', 'kim jong un')
    """
    return " ".join(_NAME_PUNCT.sub(" ", name.casefold()).split())


def content_words(text: str) -> set[str]:
    """Lower-cased content words of ``text`` by synonym class (function words dropped).

    >>> sorted(content_words("Kim toured the munitions factories on Friday"))
    ['factory', 'kim', 'munition', 'visit']
    """
    return {event_class(t) for t in _WORD.findall(text.casefold()) if t not in STOPWORDS}


def actors_match(a: str, b: str) -> bool:
    """Same actor: equal keys, or the shorter name's words all in the longer one."""
    if a == b:
        return True
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    if len(short) < 3 or short not in long_:  # a cheap test first: the words must appear
        return False
    return set(short.split()) <= set(long_.split())


def actor_overlap(a: Sequence[str], b: Sequence[str]) -> float:
    """How far two actor lists agree, from 0 (no common actor, or a list is empty) to 1.

    1 when the main actors (the first named) agree, whatever else each sentence names; else the
    share of the shorter list found in the other.
    """
    if not a or not b:
        return 0.0
    if actors_match(a[0], b[0]):
        return 1.0
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    found = sum(1 for x in short if x in long_ or any(actors_match(x, y) for y in long_))
    return found / len(short)


def build_features(mentions: Sequence[EventMention]) -> tuple[list[Features], dict[str, float]]:
    """Features of every mention, and the IDF weight of every content word over the batch."""
    word_sets = []
    for m in mentions:
        actors = tuple(dict.fromkeys(normalise_actor(a) for a in m.actors if normalise_actor(a)))
        actor_words = {w for a in actors for w in a.split()}
        word_sets.append((actors, frozenset(content_words(f"{m.title} {m.text}") - actor_words)))
    df = Counter(w for _, words in word_sets for w in words)
    n = max(1, len(mentions))
    idf = {w: math.log(1 + n / count) for w, count in df.items()}
    features = []
    for i, (m, (actors, words)) in enumerate(zip(mentions, word_sets, strict=True)):
        dated = m.time is not None
        features.append(
            Features(
                index=i,
                document=m.document,
                sentence=m.sentence,
                cls=event_class(m.trigger) or m.trigger.casefold(),
                actors=actors,
                words=words,
                weight=sum(idf[w] for w in words),
                modality=m.modality,
                t0=m.time.start.toordinal() if dated else None,
                t1=m.time.end.toordinal() if dated else None,
                strong=dated and m.time_source != "reported",
            )
        )
    return features, idf


def time_score(a: Features, b: Features) -> float:
    """How well two mentions' dates agree: 0 vetoes, 1 is one interval inside the other."""
    if a.t0 is None or b.t0 is None:
        return 0.4
    if a.strong and b.strong:
        if a.t0 > b.t1 or b.t0 > a.t1:
            return 0.0
        inside = (a.t0 <= b.t0 and b.t1 <= a.t1) or (b.t0 <= a.t0 and a.t1 <= b.t1)
        return 1.0 if inside else 0.8
    if not a.strong and not b.strong:
        gap = abs(a.t0 - b.t0)
        return 0.0 if gap > REPORTED_SPREAD_DAYS else (0.6 if gap == 0 else 0.5)
    text, reported = (a, b) if a.strong else (b, a)
    return reported_fit(text.t0, text.t1, reported.t0)


def reported_fit(t0: int, t1: int, published: int) -> float:
    """A text interval against a publication date: reports follow the event by a few days."""
    if t0 > published + 1 or t1 < published - REPORT_SLACK_DAYS:
        return 0.0
    return 0.6 if t0 <= published <= t1 else 0.5


def content_similarity(a: Features, b: Features, idf: dict[str, float]) -> float:
    """IDF-weighted Jaccard overlap of the two mentions' content words."""
    if not a.words or not b.words:
        return 0.0
    shared = sum(idf[w] for w in a.words & b.words)
    union = a.weight + b.weight - shared
    return shared / union if union > 0 else 0.0


def pair_score(a: Features, b: Features, idf: dict[str, float]) -> float:
    """Evidence that two mentions report the same happening, in [0, 1]; 0 means never merge."""
    if a.modality is not b.modality:
        return 0.0
    if a.document == b.document and a.sentence == b.sentence:
        return 0.0  # two statements in one sentence are two happenings
    t = time_score(a, b)
    if t == 0.0:
        return 0.0
    w = content_similarity(a, b, idf)
    if a.cls == b.cls:
        c = 1.0
    elif w >= 0.5:
        c = 0.5  # different words for what the rest of the sentence says is the same thing
    else:
        return 0.0
    if a.actors and b.actors:
        j = actor_overlap(a.actors, b.actors)
        if j == 0.0:
            return 0.0
    elif c == 1.0 and t >= 0.8 and w >= 0.4:
        j = 0.5  # no actors on one side: only very strong other evidence will do
    else:
        return 0.0
    # With a precise shared date, class and actors suffice; weaker dates need shared words too.
    return 0.2 * c + 0.2 * j + 0.35 * w + 0.25 * t
