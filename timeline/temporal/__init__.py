"""The temporal stage: find temporal expressions and normalise them against the publication date.

English text goes through a fast rule-based tagger (``tagger``: ``recognize`` -> ``filters`` ->
``resolve``); other languages are handed to ``multilingual.tag_multilingual``.

>>> from datetime import date
>>> text = "Talks resumed on Friday and end next month."
>>> [(t.text, t.value) for t in tag(text, date(2025, 3, 5))]
[('Friday', '2025-02-28'), ('next month', '2025-04')]
"""

from __future__ import annotations

from datetime import date, datetime

from ..errors import TimelineError
from ..model import Document, Timex
from .tagger import tag_english

__all__ = ["PublicationDateError", "as_date", "tag", "tag_document", "tag_english"]


class PublicationDateError(TimelineError, ValueError):
    """A publication date that is neither a date, a datetime nor an ISO 8601 string."""


def as_date(published: date | datetime | str | None) -> date | None:
    """The publication date as a ``date``: from a date, a datetime or an ISO 8601 string.

    Raises
    ------
    PublicationDateError
        ``published`` is of another type or a string that is not an ISO date.

    Examples
    --------
    >>> as_date("2025-12-27"), as_date("2025-12-27T08:30:00+01:00")
    (datetime.date(2025, 12, 27), datetime.date(2025, 12, 27))
    """
    if published is None:
        return None
    if isinstance(published, datetime):  # before date: a datetime is a date too
        return published.date()
    if isinstance(published, date):
        return published
    if isinstance(published, str):
        text = published.strip()
        try:
            return date.fromisoformat(text[:10]) if len(text) >= 10 else date.fromisoformat(text)
        except ValueError:
            pass
    raise PublicationDateError(
        f"published={published!r} is not a date. Give a datetime.date, a datetime or an ISO "
        "8601 string such as '2025-12-27'.")


def tag(text: str, published: date | datetime | str | None = None, language: str | None = None,
        document: str = "", narrative: bool | None = None) -> list[Timex]:
    """Find and normalise the temporal expressions of ``text``.

    Parameters
    ----------
    text
        The text to tag.
    published
        The publication date relative expressions are resolved against: a ``date``, a
        ``datetime`` or an ISO string ("2025-12-27"). Without it, relative
        expressions keep X placeholders in their value and get no interval.
    language
        ISO 639-1 code; None or ``"en"`` uses the English tagger, anything else the
        multilingual one.
    document
        The document id recorded on each Timex.
    narrative
        How relative dates are anchored (English): ``False`` reads news, anchored on the
        publication date; ``True`` reads a story told in its own time (a history, a chronology),
        where "on April 9" or "that spring" follow the last date the story named; ``None``
        (the default) decides from the years the text names.

    Raises
    ------
    PublicationDateError
        ``published`` is not a date, a datetime or an ISO date string.

    Returns
    -------
    list[Timex]
        Sorted by offset; ``text[t.start_char:t.end_char] == t.text``.

    Examples
    --------
    >>> from datetime import date
    >>> [(t.text, t.value, t.type.value) for t in tag("It lasted three years.", date(2025, 3, 5))]
    [('three years', 'P3Y', 'DURATION')]
    """
    published = as_date(published)
    if language and not language.lower().startswith("en"):
        from .multilingual import tag_multilingual

        return tag_multilingual(text, language, published, document)
    return tag_english(text, published, document, narrative=narrative)


def tag_document(doc: Document, narrative: bool | None = None) -> list[Timex]:
    """Tag a document's text with its publication date, block by block when it has blocks.

    ``narrative`` as in :func:`tag`.

    Boilerplate blocks are skipped; English (or unknown-language) blocks go to the English tagger
    and the others to the multilingual one. ``doc.published`` may also be a datetime or an ISO
    string (documents built by hand); anything else raises :class:`PublicationDateError`.
    """
    published = as_date(doc.published)
    if not doc.text:
        return []
    if not doc.blocks:
        if doc.language and not doc.language.lower().startswith("en"):
            from .multilingual import tag_multilingual

            return tag_multilingual(doc.text, doc.language, published, doc.id)
        return tag_english(doc.text, published, doc.id, narrative=narrative)
    timexes: list[Timex] = []
    for block in doc.blocks:
        if block.boilerplate or block.end <= block.start:
            continue
        if block.language and not block.language.lower().startswith("en"):
            from .multilingual import tag_multilingual

            timexes.extend(tag_multilingual(doc.text, block.language, published, doc.id,
                                            start=block.start, end=block.end))
        else:
            timexes.extend(tag_english(doc.text, published, doc.id, block.start, block.end,
                                       narrative=narrative))
    return sorted(timexes, key=lambda t: (t.start_char, t.end_char))
