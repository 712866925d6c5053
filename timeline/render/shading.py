"""How the timeline shows uncertainty and what its colours mean.

A vague interval ("early 2026", "the third quarter", "about a year ago") is drawn as a solid core
with lighter segments at each end, so its edges look as soft as they are; a precise one ("from 3
to 10 March", a week, "in March") stays one solid bar. Colour says one of three things, chosen in
the page: the modality (the default), the confidence (a sequential scale that reads in greyscale),
or the kind of event (a small qualitative palette, the rarest kinds pooled as "other"); marker
symbols keep showing the modality whatever the colour says.

The report page (``assets/script/plot.js``) recomputes bar segments from the events with the same
constants and the same arithmetic, so both sides must change together.
"""

from __future__ import annotations

import math
from collections import Counter
from datetime import date, datetime, time, timedelta

__all__ = ["COLOUR_MODES", "colour_of", "colour_scheme", "fades", "moment", "segments"]

# Granularities coarser than a month say little about where in the interval the event fell.
COARSE = frozenset({"season", "quarter", "half", "year", "decade", "century"})
# Cut points of a fading bar, as fractions of its length, and each segment's opacity: two
# lighter segments at each end around a solid core. script/plot.js holds the same two lists.
CUTS = (0, 0.08, 0.2, 0.8, 0.92, 1)
FADE_OPACITY = (0.2, 0.5, 0.9, 0.5, 0.2)
SOLID = 0.9
DAY_S = 86_400

COLOUR_MODES = ("modality", "confidence", "kind")
# Light to dark blue: luminance falls steadily with confidence, so it reads in greyscale too.
CONFIDENCE_SCALE = ((0.0, "#c6dbef"), (0.5, "#4292c6"), (1.0, "#08306b"))
KIND_PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#D55E00", "#56B4E9", "#F0E442")
OTHER_COLOUR = "#999999"


def fades(event: dict) -> bool:
    """Whether an event's bar fades at its ends: a dated interval whose date is vague.

    Vague means a modifier (``START``, ``APPROX``, ``LESS_THAN``...), a granularity coarser than
    a month, or a date taken from the publication rather than from date words (``vague``).

    >>> fades({"start": "2026-01-01", "end": "2026-04-30", "granularity": "month", "mod": "START"})
    True
    >>> fades({"start": "2025-03-03", "end": "2025-03-10", "granularity": "day"})
    False
    >>> fades({"start": "2025-03-03", "end": "2025-03-03", "granularity": "day", "vague": True})
    False
    """
    if "start" not in event or event["start"] == event["end"]:
        return False
    return bool(event.get("mod") or event.get("vague") or event["granularity"] in COARSE)


def segments(event: dict) -> list[tuple[int, int, float]]:
    """The bar's segments as (first second, second after, opacity), counted from its start day.

    >>> segments({"start": "2025-03-03", "end": "2025-03-09", "granularity": "week"})
    [(0, 604800, 0.9)]
    >>> year = {"start": "2025-01-01", "end": "2025-12-31", "granularity": "year"}
    >>> [opacity for _, _, opacity in segments(year)]
    [0.2, 0.5, 0.9, 0.5, 0.2]
    """
    first, last = date.fromisoformat(event["start"]), date.fromisoformat(event["end"])
    total = ((last - first).days + 1) * DAY_S
    if not fades(event):
        return [(0, total, SOLID)]
    # floor(x + 0.5) rather than round(): JavaScript's Math.round rounds halves up.
    cuts = [math.floor(total * f + 0.5) for f in CUTS]
    return [(cuts[k], cuts[k + 1], FADE_OPACITY[k]) for k in range(len(FADE_OPACITY))]


def moment(start: str, seconds: int) -> str:
    """The plotly date ``seconds`` after the start of day ``start`` (a bare date at midnight).

    >>> moment("2025-03-03", 0), moment("2025-03-03", 86_400 + 3_600)
    ('2025-03-03', '2025-03-04 01:00:00')
    """
    when = datetime.combine(date.fromisoformat(start), time()) + timedelta(seconds=seconds)
    return when.date().isoformat() if seconds % DAY_S == 0 else when.isoformat(sep=" ")


def _hex(rgb) -> str:
    return "#" + "".join(f"{round(c):02x}" for c in rgb)


def _rgb(colour: str) -> tuple[int, int, int]:
    return tuple(int(colour[k:k + 2], 16) for k in (1, 3, 5))


def confidence_colour(value: float) -> str:
    """The colour of a confidence on :data:`CONFIDENCE_SCALE` (linear between its stops).

    >>> confidence_colour(0.0), confidence_colour(1.0), confidence_colour(0.25)
    ('#c6dbef', '#08306b', '#84b6da')
    """
    value = min(1.0, max(0.0, float(value)))
    for (a, ca), (b, cb) in zip(CONFIDENCE_SCALE, CONFIDENCE_SCALE[1:], strict=False):
        if value <= b:
            t = (value - a) / (b - a)
            return _hex(x + (y - x) * t for x, y in zip(_rgb(ca), _rgb(cb), strict=True))
    return CONFIDENCE_SCALE[-1][1]


def colour_scheme(events: list[dict], modality_colours: dict[str, str]) -> dict:
    """What each colour means in each mode, for the figure and the page's legend.

    The commonest kinds of dated events get the palette (ties by name); the rest, and events
    without a kind, share ``other``.

    >>> kinds = ["visit", "visit", "order"]
    >>> scheme = colour_scheme([{"start": "2025-03-03", "kind": k} for k in kinds], {})
    >>> scheme["kind"], scheme["modes"]
    ({'visit': '#0072B2', 'order': '#E69F00'}, ['modality', 'confidence', 'kind'])
    """
    counts = Counter(e["kind"] for e in events if e.get("kind") and "start" in e)
    ranked = sorted(counts, key=lambda k: (-counts[k], k))
    return {
        "modes": list(COLOUR_MODES),
        "modality": dict(modality_colours),
        "confidence": [[stop, colour] for stop, colour in CONFIDENCE_SCALE],
        "kind": {kind: KIND_PALETTE[k] for k, kind in enumerate(ranked[:len(KIND_PALETTE)])},
        "other": OTHER_COLOUR,
    }


def colour_of(event: dict, mode: str, scheme: dict, modality: str) -> str:
    """An event's colour in a colour mode (``modality`` is the style key it is drawn with)."""
    if mode == "confidence":
        return confidence_colour(event["confidence"])
    if mode == "kind":
        return scheme["kind"].get(event.get("kind"), scheme["other"])
    return scheme["modality"][modality]
