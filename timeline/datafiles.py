"""The word lists and tables shipped in ``timeline/data/``, read one way by every stage.

Kept apart from :mod:`timeline.lexicon` (which builds its verb tables at import) so that a stage
needing one list, such as the tagger's past tenses, does not pay for the rest.
"""

from __future__ import annotations

from importlib.resources import files

__all__ = ["data_lines"]


def data_lines(name: str) -> list[str]:
    """The non-empty lines of ``timeline/data/<name>``, without their ``#`` comments."""
    text = files("timeline").joinpath("data", name).read_text(encoding="utf-8")
    lines = (line.split("#", 1)[0].strip() for line in text.splitlines())
    return [line for line in lines if line]
