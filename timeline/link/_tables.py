"""Word lists and cue phrases used by linking, kept apart from the logic that reads them."""

from __future__ import annotations

# Function words and reporting verbs: they say nothing about which happening a sentence is about.
STOPWORDS = frozenset(
    """
    a about above after again against all also am an and any are as at be because been before
    being below between both but by can could did do does doing down during each few for from
    further had has have having he her here hers herself him himself his how i if in into is it
    its itself just me more most my myself no nor not now of off on once only or other our ours
    out over own same she should so some such than that the their theirs them themselves then
    there these they this those through to too under until up very was we were what when where
    which while who whom why will with would you your yours yourself new one two three last next
    first second third year years month months week weeks day days today yesterday tomorrow
    monday tuesday wednesday thursday friday saturday sunday january february march april may
    june july august september october november december quarter said says say saying told tell
    reported report reports according news state media official officials may might must shall
    since amid upon via per its it's mr mrs ms dr
    """.split()
)

# Content words that name one thing in different words, compared as the word on the right (a
# labour "strike" is not compared as a military attack).
CONTENT_SYNONYMS = {
    "walkout": "strike",
    "walkouts": "strike",
    "stoppage": "strike",
    "strike": "strike",
    "strikes": "strike",
    "dockers": "dockworkers",
    "judges": "court",
    "verdict": "ruling",
}

# Event classes that different reports of one happening may use: "met" and "held talks", "visited"
# and "arrived in", "walked out" and "the strike began", "ruled" and "rejected the request",
# "a bomb exploded" and "the blast killed five". A pair of mentions in related classes merges
# only on a shared text date or shared actors (see _features.pair_score).
RELATED_CLASSES: tuple[frozenset[str], ...] = (
    frozenset({"meet", "talk"}),
    frozenset({"visit", "travel"}),
    frozenset({"protest", "start"}),
    frozenset({"rule", "reject"}),
    frozenset({"explode", "attack", "kill"}),
)

# Cues that relate the event of a sentence (``this``) to another (``other``):
#   kind: "other_before" -> before(other, this); "this_before" -> before(this, other);
#         "responds" -> responds_to(this, other); "caused_by" -> causes(other, this)
#   where: "after": the other event follows the cue ("X after Y"); "before": it precedes the
#         cue ("Y prompted X"); "previous": a connective whose other event is in the previous
#         sentence ("In return, X"). A pronoun in the other event's place ("after this",
#         "This prompted X") also points to the previous sentence.
CUES: tuple[tuple[str, str, str, float], ...] = (
    # phrase, kind, where, confidence
    ("in response to", "responds", "after", 0.75),
    ("in retaliation", "responds", "after", 0.75),
    ("in reaction to", "responds", "after", 0.7),
    ("in return", "responds", "previous", 0.6),
    ("as a result", "caused_by", "previous", 0.6),
    ("comes as", "responds", "after", 0.5),
    ("came as", "responds", "after", 0.5),
    ("amid", "responds", "after", 0.4),
    ("prompted", "caused_by", "before", 0.6),
    ("led to", "caused_by", "before", 0.55),
    ("triggered", "caused_by", "before", 0.55),
    ("following", "other_before", "after", 0.7),
    ("following", "responds", "after", 0.45),
    ("after", "other_before", "after", 0.7),
    ("since", "other_before", "after", 0.6),
    ("ahead of", "this_before", "after", 0.65),
    ("before", "this_before", "after", 0.65),
    ("until", "this_before", "after", 0.55),
)

# Words after a cue (or before "prompted") that point back to the previous sentence's event.
ANAPHORS = frozenset({"this", "that", "these", "those", "it", "them", "which"})

# How much an interval of each granularity is worth as evidence of order (day = certain).
GRANULARITY_PRECISION = {
    "time": 1.0,
    "day": 1.0,
    "week": 0.8,
    "month": 0.7,
    "season": 0.5,
    "quarter": 0.5,
    "half": 0.45,
    "year": 0.35,
    "decade": 0.2,
    "century": 0.1,
}
