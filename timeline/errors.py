"""Exceptions raised by `timeline`, all rooted at :class:`TimelineError`.

    TimelineError
    ├── InputError             an input cannot be read (missing file, bad JSON, unknown format)
    ├── ExtractionError        a pipeline stage failed on a document it could read
    ├── RenderError            a figure, image or report cannot be written
    ├── SchemaError            a saved timeline (JSON) does not follow the schema
    ├── PublicationDateError   a publication date that is not a date (timeline.temporal)
    └── QueryError             a query filter that cannot be understood (timeline.explore)

Finding nothing is not an error: a document without dates gives no timexes. During a batch run
the pipeline turns an ``InputError`` into a document with status ``error`` and goes on.
"""

from __future__ import annotations

__all__ = ["ExtractionError", "InputError", "RenderError", "SchemaError", "TimelineError"]


class TimelineError(Exception):
    """Base of every error that `timeline` raises on purpose."""


class InputError(TimelineError):
    """An input cannot be read; ``path`` names it and ``line`` the record, where known."""

    def __init__(self, message: str, path: str | None = None, line: int | None = None) -> None:
        self.path = path
        self.line = line
        where = path if line is None else f"{path}:{line}"
        super().__init__(f"{where}: {message}" if where else message)


class ExtractionError(TimelineError):
    """A pipeline stage failed on a document it could read."""

    def __init__(self, message: str, document: str | None = None) -> None:
        self.document = document
        super().__init__(f"{document}: {message}" if document else message)


class RenderError(TimelineError):
    """A figure or report cannot be produced."""


class SchemaError(TimelineError):
    """A saved timeline does not follow the ``timeline/1`` schema."""
