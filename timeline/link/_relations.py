"""Relations between events: from their intervals, from cue words, and from shared actors.

Nothing here compares all pairs of events. Interval and actor relations run along *lanes* (the
events of one actor, or of one document, in time order) and link each event to its nearest
neighbours; cue relations look only at the same and the previous sentence.
"""

from __future__ import annotations

import bisect
import logging
import re
from collections import defaultdict
from collections.abc import Sequence
from datetime import date

from ..model import Event, EventMention, Relation, RelationType
from ._cycles import break_before_cycles
from ._event import describe_span, quoted_title
from ._features import normalise_actor
from ._tables import ANAPHORS, CUES, GRANULARITY_PRECISION

logger = logging.getLogger(__name__)

OVERLAP_NEIGHBOURS = 20  # later events checked for includes/overlaps per event and lane
MAX_SUCCESSORS = 5  # events starting on the same day that all follow one event
EVIDENCE_CHARS = 300
_CUE_PATTERNS = [
    (re.compile(rf"\b{re.escape(phrase)}\b", re.IGNORECASE), kind, where, conf)
    for phrase, kind, where, conf in CUES
]
_NEXT_WORD = re.compile(r"\W*(\w+)")
_KIND_TYPE = {
    "other_before": RelationType.BEFORE,
    "this_before": RelationType.BEFORE,
    "responds": RelationType.RESPONDS_TO,
    "caused_by": RelationType.CAUSES,
}
_TYPE_ORDER = {t: k for k, t in enumerate(RelationType)}

Key = tuple[str, str, RelationType]


def _reported_only(event: Event) -> bool:
    """Dated only by publication: it happened by then, but when exactly is unknown."""
    dated = [m for m in event.mentions if m.time is not None]
    return bool(dated) and all(m.time_source == "reported" for m in dated)


def _precision(event: Event) -> float:
    assert event.time is not None
    value = GRANULARITY_PRECISION.get(event.time.granularity.value, 0.3)
    return value * 0.7 if _reported_only(event) else value


def _start(event: Event) -> date:
    """The earliest day the event may have happened on (any day up to a report's date)."""
    assert event.time is not None
    return date.min if _reported_only(event) else event.time.start


def _add(found: dict[Key, Relation], relation: Relation) -> None:
    key = (relation.source, relation.target, relation.type)
    old = found.get(key)
    if old is None or relation.confidence > old.confidence:
        found[key] = relation


def _lanes(events: Sequence[Event]) -> list[tuple[str, list[int]]]:
    """Per actor and per document, the indices of its events in time order."""
    actor_names: dict[str, str] = {}
    lanes: dict[tuple[int, str], list[int]] = defaultdict(list)
    for i, event in enumerate(events):
        for name in event.actors:
            key = normalise_actor(name)
            actor_names.setdefault(key, name)
            if i not in lanes[(0, key)][-1:]:
                lanes[(0, key)].append(i)
        for doc in event.documents:
            lanes[(1, doc)].append(i)
    named = []
    for (kind, key), members in sorted(lanes.items()):
        label = f"both involve {actor_names[key]}" if kind == 0 else f"both reported in {key}"
        named.append((label, members))
    return named


def interval_relations(events: Sequence[Event], found: dict[Key, Relation]) -> None:
    """``before`` to each event's nearest successors and ``includes``/``overlaps`` per lane.

    An event dated only by a report's publication date counts as "any day up to then": it can
    come before later events, but nothing is known to come before it or to contain it.
    """
    for evidence, members in _lanes(events):
        timed = [i for i in members if events[i].time is not None]
        timed.sort(key=lambda i: (_start(events[i]), events[i].time.end, events[i].id))
        starts = [_start(events[i]) for i in timed]
        for p, i in enumerate(timed):
            a = events[i]
            for j in timed[p + 1 : p + 1 + OVERLAP_NEIGHBOURS]:
                b = events[j]
                if starts[p] == date.min or _start(b) == date.min:
                    continue
                if b.time.start > a.time.end:
                    break
                _add_overlap(a, b, evidence, found)
            q = bisect.bisect_right(starts, a.time.end)
            for k in range(q, min(q + MAX_SUCCESSORS, len(timed))):
                if starts[k] != starts[q]:
                    break  # only the nearest successors: the events of the next start day
                b = events[timed[k]]
                conf = round(0.9 * min(_precision(a), _precision(b)), 3)
                _add(found, Relation(a.id, b.id, RelationType.BEFORE, conf, evidence))


def _add_overlap(a: Event, b: Event, evidence: str, found: dict[Key, Relation]) -> None:
    if a.time == b.time:
        if a.time.days == 1:
            return  # the same day says nothing beyond "shares_actor"
        kind, source, target = RelationType.OVERLAPS, a, b
    elif a.time.contains(b.time):
        kind, source, target = RelationType.INCLUDES, a, b
    elif b.time.contains(a.time):
        kind, source, target = RelationType.INCLUDES, b, a
    else:
        kind, source, target = RelationType.OVERLAPS, a, b
    conf = round(0.8 * min(_precision(a), _precision(b)) + 0.1, 3)
    _add(found, Relation(source.id, target.id, kind, conf, evidence))


def actor_relations(events: Sequence[Event], found: dict[Key, Relation]) -> None:
    """``shares_actor`` along each actor's events in time order (a chain, not all pairs)."""
    shared: dict[tuple[str, str], list[str]] = defaultdict(list)
    for evidence, members in _lanes(events):
        if not evidence.startswith("both involve "):
            continue
        # members are in the events' order, which is time order
        for i, j in zip(members, members[1:], strict=False):
            shared[(events[i].id, events[j].id)].append(evidence.removeprefix("both involve "))
    for (source, target), names in shared.items():
        evidence = "both involve " + ", ".join(names)
        _add(found, Relation(source, target, RelationType.SHARES_ACTOR, 0.9, evidence))


def _sentence_groups(events: Sequence[Event]):
    """Mentions per (document, sentence), in text order, with their event's index."""
    groups: dict[tuple[str, int], list[tuple[EventMention, int]]] = defaultdict(list)
    for i, event in enumerate(events):
        for m in event.mentions:
            groups[(m.document, m.sentence)].append((m, i))
    for members in groups.values():
        members.sort(key=lambda item: (item[0].trigger_start, item[0].id))
    return groups


def _roles(cue_start: int, cue_end: int, where: str, here, previous, points_back: bool):
    """(this, other) event indices for one cue, or None when the sentence does not say.

    The previous sentence is looked at for connectives ("In return, ...") and for cues
    followed by a pronoun ("after this", "in response to that", "X prompted it").
    """
    before = [i for m, i in here if m.trigger_end <= cue_start]
    after = [i for m, i in here if m.trigger_start >= cue_end]
    last_previous = previous[-1][1] if previous else None
    if points_back or where == "previous":  # "After this, ...", "In return, ..."
        other = last_previous
        this = after[0] if after else (before[-1] if before else None)
    elif where == "after":
        other = after[0] if after else None
        rest = before[-1:] or [i for i in after[1:] if i != other][-1:]
        this = rest[0] if rest else None
    else:  # "X prompted Y"
        other = before[-1] if before else None
        this = after[0] if after else None
    if this is None or other is None or this == other:
        return None
    return this, other


def cue_relations(events: Sequence[Event], found: dict[Key, Relation],
                  contradicted: dict[Key, Relation] | None = None) -> None:
    """Relations read from cue words linking an event to one in the same or previous sentence.

    A ``before`` cue that the events' dates contradict is not kept; when ``contradicted`` is
    given it receives that relation with the reason in its evidence.
    """
    groups = _sentence_groups(events)
    for (doc, sentence), here in sorted(groups.items()):
        mention = here[0][0]
        previous = groups.get((doc, sentence - 1), [])
        evidence = mention.text[:EVIDENCE_CHARS]
        for pattern, kind, where, conf in _CUE_PATTERNS:
            for match in pattern.finditer(mention.text):
                start, end = mention.start_char + match.start(), mention.start_char + match.end()
                roles = _roles(start, end, where, here, previous,
                               _points_back(mention.text, match, where))
                if roles is None:
                    continue
                this, other = (events[k] for k in roles)
                forward = kind in ("this_before", "responds")
                source, target = (this, other) if forward else (other, this)
                if kind.endswith("before") and _contradicts(source, target):
                    logger.info("cue %r ignored: %s is dated after %s",
                                match.group(0), source.id, target.id)
                    if contradicted is not None:
                        reason = _contradiction(match.group(0), source, target, evidence)
                        _add(contradicted, Relation(source.id, target.id, _KIND_TYPE[kind],
                                                    conf, reason))
                    continue
                _add(found, Relation(source.id, target.id, _KIND_TYPE[kind], conf, evidence))


def _points_back(text: str, match: re.Match, where: str) -> bool:
    """True when the cue's other event is a pronoun for the previous sentence's event."""
    if where == "before":  # "This prompted ...": the words before the cue
        return text[: match.start()].strip().lower() in ANAPHORS | {""}
    follows = _NEXT_WORD.match(text, match.end())
    return bool(follows) and follows.group(1).lower() in ANAPHORS


def _contradicts(source: Event, target: Event) -> bool:
    """True when the dates say the ``source`` came after the ``target``."""
    if source.time is None or target.time is None:
        return False
    return target.time.end < _start(source)


def _contradiction(cue: str, source: Event, target: Event, evidence: str) -> str:
    """Why a cue relation was dropped: the dates put its two events the other way round."""
    return (
        f"dropped: the cue '{cue}' puts {quoted_title(source)} before {quoted_title(target)}, "
        f"but they are dated {describe_span(source.time)} and {describe_span(target.time)}; "
        f"the dates win. Evidence: {evidence}"
    )


def _order(r: Relation) -> tuple:
    return (_TYPE_ORDER[r.type], r.source, r.target)


def relate(events: Sequence[Event], dropped: list[Relation] | None = None) -> list[Relation]:
    """All relations between ``events``, without ``before`` cycles, in a stable order.

    When ``dropped`` is given, the relations left out (a cue the dates contradict, an edge
    closing a ``before`` cycle) are appended to it in the same order, each with its reason
    as evidence (``"dropped: ..."``).
    """
    found: dict[Key, Relation] = {}
    contradicted: dict[Key, Relation] | None = {} if dropped is not None else None
    interval_relations(events, found)
    cue_relations(events, found, contradicted)
    actor_relations(events, found)
    cut: list[Relation] | None = [] if dropped is not None else None
    relations = break_before_cycles(found.values(), cut, events)
    relations.sort(key=_order)
    if dropped is not None:
        assert contradicted is not None and cut is not None
        dropped.extend(sorted([*contradicted.values(), *cut], key=_order))
    return relations
