"""The summarised timeline: a few dates, each with the sentences that say what happened."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..model import Timeline

__all__ = ["SCHEMA", "Summary", "SummaryDate", "SummarySentence"]

SCHEMA = "timeline-summary/1"


@dataclass(frozen=True, slots=True)
class SummarySentence:
    """One sentence of a daily summary, as written in its document, with where it came from.

    ``sentence_index`` counts the sentences of ``timeline.text.sentence_spans(document.text)``;
    ``start_char``/``end_char`` slice that text to ``text``.
    """

    document: str
    sentence_index: int
    start_char: int
    end_char: int
    text: str
    score: float


@dataclass(frozen=True, slots=True)
class SummaryDate:
    """A chosen date, how salient it was, and its summary sentences."""

    date: date
    sentences: tuple[SummarySentence, ...]
    score: float


@dataclass(frozen=True, slots=True)
class Summary:
    """A summarised timeline: dates in calendar order.

    >>> sentence = SummarySentence("d1", 0, 0, 13, "Jackson dies.", 1.0)
    >>> s = Summary((SummaryDate(date(2009, 6, 25), (sentence,), 3.0),))
    >>> s.to_dict()["dates"][0]["summary"]
    ['Jackson dies.']
    """

    dates: tuple[SummaryDate, ...] = ()

    def __len__(self) -> int:
        return len(self.dates)

    def as_mapping(self) -> dict[date, list[str]]:
        """``{date: [sentence text, ...]}``, the shape the TLS metrics take."""
        return {d.date: [s.text for s in d.sentences] for d in self.dates}

    def to_timeline(self, source: Timeline) -> Timeline:
        """This summary as a timeline: one event per date, each mention a chosen sentence.

        ``source`` is the timeline that was summarised; see
        :func:`timeline.summarize.as_timeline.summary_timeline`.
        """
        from .as_timeline import summary_timeline

        return summary_timeline(self, source)

    def to_dict(self) -> dict:
        """The ``timeline-summary/1`` JSON object."""
        return {
            "schema": SCHEMA,
            "dates": [
                {
                    "date": d.date.isoformat(),
                    "summary": [s.text for s in d.sentences],
                    "sources": [
                        {
                            "document": s.document,
                            "sentence": s.sentence_index,
                            "start_char": s.start_char,
                            "end_char": s.end_char,
                        }
                        for s in d.sentences
                    ],
                }
                for d in self.dates
            ],
        }

    def to_json(self, path: str | os.PathLike | None = None) -> str | None:
        """The JSON text; written (UTF-8) to ``path`` if given, else returned."""
        text = json.dumps(self.to_dict(), ensure_ascii=False, indent=2) + "\n"
        if path is None:
            return text
        Path(path).write_text(text, encoding="utf-8")
        return None
