"""timeline: turn a pile of articles into a dated, traceable event graph and an interactive report.

>>> import timeline
>>> [t.value for t in timeline.tag("The plant opened on March 3, 2025.")]
['2025-03-03']
"""

from __future__ import annotations

import logging

from .errors import ExtractionError, InputError, RenderError, SchemaError, TimelineError
from .export import load
from .model import (
    Anchor,
    Block,
    DocStatus,
    Document,
    Event,
    EventMention,
    Granularity,
    Modality,
    Relation,
    RelationType,
    Timeline,
    TimeSpan,
    Timex,
    TimexType,
)
from .pipeline import BuildOptions, build
from .temporal import tag

__version__ = "0.1.0"

__all__ = [
    "Anchor",
    "Block",
    "BuildOptions",
    "DocStatus",
    "Document",
    "Event",
    "EventMention",
    "ExtractionError",
    "Granularity",
    "InputError",
    "Modality",
    "Relation",
    "RelationType",
    "RenderError",
    "SchemaError",
    "TimeSpan",
    "Timeline",
    "TimelineError",
    "Timex",
    "TimexType",
    "build",
    "load",
    "tag",
]

logging.getLogger(__name__).addHandler(logging.NullHandler())
