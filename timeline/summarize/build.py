"""Building just what summarisation needs, and the one call the CLI makes."""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import date

from ..errors import TimelineError
from ..model import DocStatus, Document, Timeline, Timex, stable_id
from .core import DEFAULT_WEIGHTS, Weights, summarize
from .model import Summary

__all__ = ["build_dated", "summarize_inputs"]


def build_dated(
    inputs: Iterable[str | os.PathLike] | str | os.PathLike, published: date | None = None
) -> Timeline:
    """Read the inputs and tag their temporal expressions, without events or links.

    Summarisation uses only documents and temporal expressions; skipping event extraction and
    linking makes a build several times faster. Failed inputs stay in ``documents`` with their
    status, as in :func:`timeline.build`.
    """
    from ..ingest import discover, read_file
    from ..temporal import tag_document

    if isinstance(inputs, (str, os.PathLike)):
        inputs = [inputs]
    documents: list[Document] = []
    seen: dict[str, int] = {}
    for path in discover(inputs):
        try:
            read = read_file(path, published=published)
        except TimelineError as err:
            read = [Document(id=stable_id(str(path)), path=str(path), status=DocStatus.ERROR,
                             error=str(err))]
        for doc in read:
            count = seen.get(doc.id, 0)
            seen[doc.id] = count + 1
            documents.append(doc if count == 0 else replace(doc, id=stable_id(doc.id, count)))
    timexes: list[Timex] = []
    for i, doc in enumerate(documents):
        if doc.status is DocStatus.OK:
            try:
                timexes.extend(tag_document(doc))
            except Exception as err:  # noqa: BLE001 - one bad document must not stop the batch
                documents[i] = replace(doc, status=DocStatus.ERROR,
                                       error=f"temporal tagging failed: {err}")
    return Timeline(documents=documents, timexes=timexes)


def summarize_inputs(
    inputs: Iterable[str | os.PathLike] | str | os.PathLike,
    max_dates: int,
    sentences_per_date: int = 1,
    query: str | Sequence[str] | None = None,
    since: date | None = None,
    until: date | None = None,
    *,
    published: date | None = None,
    events: bool = False,
    weights: Weights = DEFAULT_WEIGHTS,
) -> tuple[Timeline, Summary]:
    """Build a timeline from files, folders or globs and summarise it (``timeline summarize``).

    With ``events=True`` the full :func:`timeline.build` runs (needed for an HTML report of the
    events); otherwise only documents and temporal expressions are built.

    Examples
    --------
    >>> tl, summary = summarize_inputs([], max_dates=3)
    >>> summary.to_dict()
    {'schema': 'timeline-summary/1', 'dates': []}
    """
    if events:
        from ..pipeline import build

        tl = build(inputs, published=published)
    else:
        tl = build_dated(inputs, published=published)
    summary = summarize(tl, max_dates, sentences_per_date, query=query, since=since, until=until,
                        weights=weights)
    return tl, summary
