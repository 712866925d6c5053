"""timeline: turn a pile of articles into a dated, traceable event graph and an interactive report.

>>> import timeline
>>> [t.value for t in timeline.tag("The plant opened on March 3, 2025.")]
['2025-03-03']
"""

from __future__ import annotations

import logging

from .errors import ExtractionError, InputError, RenderError, SchemaError, TimelineError
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

# The entry points import their stages lazily, so that ``import timeline`` stays fast and a
# notebook pays for plotly or dateparser only when it uses them.
_LAZY = {
    "build": ("pipeline", "build"),
    "BuildOptions": ("pipeline", "BuildOptions"),
    "load": ("export", "load"),
    "tag": ("temporal", "tag"),
}


def __getattr__(name: str):
    if name in _LAZY:
        from importlib import import_module

        module, attribute = _LAZY[name]
        value = getattr(import_module(f".{module}", __name__), attribute)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'timeline' has no attribute {name!r}")
