"""What linking compares: each mention reduced to its class, actors, content words and time.

The pair score is deliberately simple and explainable: hard vetoes first, then a weighted sum of
the evidence that remains. Vetoes: another modality; dates that cannot meet; different places or
things named near the trigger ("marched in Lyon" / "in Marseille"); no common actor, or the same
first actor with other partners ("Chile and Argentina signed" / "Chile and Peru signed"); unrelated
event classes. Related classes (``_tables.RELATED_CLASSES``: "met" / "held talks", "visited" /
"arrived") count for less than one class. A country on one side and only organisations on the
other ("a court in Chile" / "the Valparaíso Court of Appeals") is weak evidence, not a veto, on
one precise shared date. Without actors, a shared place name can stand in for them. Content
words are compared over the sentences, or over the titles when those agree better.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from ..actors import is_country, is_organisation_name, proper_names
from ..lexicon import event_class
from ..model import EventMention, Modality
from ._tables import CONTENT_SYNONYMS, RELATED_CLASSES, STOPWORDS

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
    names: frozenset[str] = frozenset()  # places and things named, not actors ("lyon")
    countries: int = 0  # how many of the actors are countries
    title_words: frozenset[str] = frozenset()  # the headline's words: who did what
    title_weight: float = 0.0


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
    return {
        CONTENT_SYNONYMS.get(t) or event_class(t)
        for t in _WORD.findall(text.casefold())
        if t not in STOPWORDS
    }


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
        rest_a, rest_b = a[1:], b[1:]
        if rest_a and rest_b and not any(actors_match(x, y) for x in rest_a for y in rest_b):
            return 0.0  # "Chile and Argentina signed" vs "Chile and Peru signed"
        return 1.0
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    found = sum(1 for x in short if x in long_ or any(actors_match(x, y) for y in long_))
    return found / len(short)


def build_features(mentions: Sequence[EventMention]) -> tuple[list[Features], dict[str, float]]:
    """Features of every mention, and the IDF weight of every content word over the batch."""
    word_sets, title_sets = [], []
    for m in mentions:
        actors = tuple(dict.fromkeys(normalise_actor(a) for a in m.actors if normalise_actor(a)))
        # Names of countries and people are compared as actors; the words of an organisation's
        # name stay ("the Valparaíso Court of Appeals" and "a court in Valparaíso" share two).
        actor_words = {
            w for a in m.actors if not is_organisation_name(a) for w in normalise_actor(a).split()
        }
        word_sets.append((actors, frozenset(content_words(f"{m.title} {m.text}") - actor_words)))
        title_sets.append(frozenset(content_words(m.title) - actor_words))
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
                # a mention without a trigger word (a dated clause in another language) has no
                # class to share: it is compared with no other
                cls=(event_class(m.trigger) or m.trigger.casefold()) if m.trigger else m.id,
                actors=actors,
                words=words,
                weight=math.fsum(idf[w] for w in words),
                modality=m.modality,
                t0=m.time.start.toordinal() if dated else None,
                t1=m.time.end.toordinal() if dated else None,
                strong=dated and m.time_source != "reported",
                names=_names(m),
                countries=sum(1 for a in m.actors if is_country(a)),
                title_words=title_sets[i],
                title_weight=math.fsum(idf.get(w, 0.0) for w in title_sets[i]),
            )
        )
    return features, idf


NAME_WINDOW = (60, 80)  # characters before and after the trigger where its places are named


def _names(m: EventMention) -> frozenset[str]:
    """Places and things named near the trigger (a long sentence names other places for its
    other events)."""
    lo = m.trigger_start - m.start_char - NAME_WINDOW[0]
    hi = m.trigger_end - m.start_char + NAME_WINDOW[1]
    return proper_names(m.text, m.actors, max(0, lo), hi)


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


def class_group(cls: str) -> str:
    """The key under which mentions of a class are compared: one for related classes.

    >>> class_group("talk") == class_group("meet"), class_group("sign")
    (True, 'sign')
    """
    for group in RELATED_CLASSES:
        if cls in group:
            return "+".join(sorted(group))
    return cls


def related_classes(a: str, b: str) -> bool:
    """True when two event classes may name one happening ("meet" and "talk").

    >>> related_classes("meet", "talk"), related_classes("meet", "attack")
    (True, False)
    """
    return any(a in group and b in group for group in RELATED_CLASSES)


def content_similarity(a: Features, b: Features, idf: dict[str, float]) -> float:
    """IDF-weighted Jaccard overlap of the two mentions' content words: of their sentences, or
    of their titles when those agree better (a long sentence says much besides its event)."""
    return max(
        _jaccard(a.words, b.words, a.weight, b.weight, idf),
        _jaccard(a.title_words, b.title_words, a.title_weight, b.title_weight, idf),
    )


def _jaccard(a: frozenset[str], b: frozenset[str], wa: float, wb: float, idf) -> float:
    """IDF-weighted Jaccard of two word sets whose weights are ``wa`` and ``wb``."""
    if not a or not b:
        return 0.0
    shared = math.fsum(idf[w] for w in a & b)  # exact: the same in any set order
    union = wa + wb - shared
    return shared / union if union > 0 else 0.0


def _shared_name(a: Features, b: Features) -> bool:
    """True when the two name one place or thing (as a plain name, or one side's actor)."""
    a_all = a.names | {w for x in a.actors for w in x.split()}
    b_all = b.names | {w for x in b.actors for w in x.split()}
    return bool(a.names & b_all or b.names & a_all)


def _where_and_who(a: Features, b: Features) -> bool:
    """True when one side names only countries and the other none: the country may be where
    the other's actor is, not a rival actor."""
    only_a = a.countries == len(a.actors) and b.countries == 0
    only_b = b.countries == len(b.actors) and a.countries == 0
    return only_a or only_b


def pair_score(a: Features, b: Features, idf: dict[str, float]) -> float:
    """Evidence that two mentions report the same happening, in [0, 1]; 0 means never merge."""
    if a.modality is not b.modality:
        return 0.0
    if a.document == b.document and a.sentence == b.sentence:
        return 0.0  # two statements in one sentence are two happenings
    t = time_score(a, b)
    if t == 0.0:
        return 0.0
    if a.names and b.names and a.names.isdisjoint(b.names):
        return 0.0  # "marched in Lyon" and "marched in Marseille": two places, two happenings
    w = content_similarity(a, b, idf)
    if a.cls == b.cls:
        c = 1.0
    elif related_classes(a.cls, b.cls) and (t >= 0.8 or a.actors and b.actors):
        c = 0.7  # "met" and "held talks" on one day
    elif w >= 0.5:
        c = 0.5  # different words for what the rest of the sentence says is the same thing
    else:
        return 0.0
    if a.actors and b.actors:
        j = actor_overlap(a.actors, b.actors)
        if j == 0.0 and c == 1.0 and t >= 0.8 and _where_and_who(a, b):
            j = 0.3  # "a court in Chile ruled" and "the Valparaíso Court of Appeals ruled"
        if j == 0.0:
            return 0.0
    elif c >= 0.7 and t >= 0.8 and _shared_name(a, b):
        j = 0.6  # no actors, but one named place or thing: "marched through Lyon", "in Lyon"
    elif c == 1.0 and t >= 0.8 and w >= 0.4:
        j = 0.5  # no actors on one side: only very strong other evidence will do
    else:
        return 0.0
    # With a precise shared date, class and actors suffice; weaker dates need shared words too.
    return 0.2 * c + 0.2 * j + 0.35 * w + 0.25 * t
