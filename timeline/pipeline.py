"""The build: inputs -> documents -> timexes -> event mentions -> events and relations.

Per-document stages (ingest, temporal, events) are pure functions of one document, so they run in a
process pool when asked to; linking is the one global stage.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, replace
from datetime import date

from .errors import TimelineError
from .model import DocStatus, Document, EventMention, Timeline, Timex, stable_id

__all__ = ["BuildOptions", "build", "process_document"]

logger = logging.getLogger(__name__)

Progress = Callable[[int, int], None]


@dataclass(frozen=True, slots=True)
class BuildOptions:
    """Settings of a build.

    ``published`` dates inputs that carry no publication date of their own; ``workers`` > 1 runs
    the per-document stages in that many processes.
    """

    published: date | None = None
    workers: int = 1


def process_document(doc: Document) -> tuple[Document, list[Timex], list[EventMention]]:
    """Run the per-document stages on one document; a failure marks the document, never the batch."""
    from .events import extract_events
    from .temporal import tag_document

    if doc.status is not DocStatus.OK:
        return doc, [], []
    try:
        timexes = tag_document(doc)
        mentions = extract_events(doc, timexes)
    except Exception as err:  # noqa: BLE001 - one bad document must not stop the batch
        logger.exception("extraction failed on %s", doc.path)
        failed = replace(doc, status=DocStatus.ERROR, error=f"extraction failed: {err}")
        return failed, [], []
    return doc, timexes, mentions


def _unique_ids(documents: Sequence[Document]) -> list[Document]:
    """Make document ids unique (the same article read twice gets a suffixed id)."""
    seen: dict[str, int] = {}
    unique = []
    for doc in documents:
        count = seen.get(doc.id, 0)
        seen[doc.id] = count + 1
        unique.append(doc if count == 0 else replace(doc, id=stable_id(doc.id, count)))
    return unique


def build(
    inputs: Iterable[str | os.PathLike] | str | os.PathLike,
    published: date | str | None = None,
    *,
    options: BuildOptions | None = None,
    progress: Progress | None = None,
) -> Timeline:
    """Build a timeline from files, folders and globs of articles.

    Parameters
    ----------
    inputs
        Paths of files or folders (read recursively) or glob patterns; a single path is accepted.
    published
        Publication date (``date`` or ``"YYYY-MM-DD"``) for inputs whose metadata and path carry
        none. Without it, such documents keep their absolute dates and their relative ones stay
        unanchored.
    options
        Further settings (see :class:`BuildOptions`).
    progress
        Called as ``progress(done, total)`` after each document.

    Returns
    -------
    Timeline
        Every input appears in ``Timeline.documents`` with its status, the failed ones included.

    Examples
    --------
    >>> tl = build([])
    >>> tl.events
    []
    """
    from .ingest import discover, read_file
    from .link import link

    if isinstance(inputs, (str, os.PathLike)):
        inputs = [inputs]
    if isinstance(published, str):
        published = date.fromisoformat(published)
    options = options or BuildOptions()
    if published is not None:
        options = replace(options, published=published)

    documents: list[Document] = []
    for path in discover(inputs):
        try:
            documents.extend(read_file(path, published=options.published))
        except TimelineError as err:
            documents.append(_failed(path, str(err)))
    documents = _unique_ids(documents)

    results = _process_all(documents, options.workers, progress)
    documents = [doc for doc, _, _ in results]
    timexes = [t for _, doc_timexes, _ in results for t in doc_timexes]
    mentions = [m for _, _, doc_mentions in results for m in doc_mentions]
    events, relations = link(mentions)
    return Timeline(documents=documents, timexes=timexes, events=events, relations=relations)


def _failed(path: str | os.PathLike, error: str) -> Document:
    return Document(id=stable_id(str(path)), path=str(path), status=DocStatus.ERROR, error=error)


def _process_all(
    documents: list[Document], workers: int, progress: Progress | None
) -> list[tuple[Document, list[Timex], list[EventMention]]]:
    total = len(documents)
    if workers <= 1 or total < 2 * workers:
        results = []
        for done, doc in enumerate(documents, 1):
            results.append(process_document(doc))
            if progress:
                progress(done, total)
        return results
    with ProcessPoolExecutor(max_workers=workers) as pool:
        results = []
        chunk = max(1, min(64, total // (workers * 8)))
        for done, result in enumerate(pool.map(process_document, documents, chunksize=chunk), 1):
            results.append(result)
            if progress:
                progress(done, total)
        return results


def default_workers() -> int:
    return max(1, min(os.cpu_count() or 1, 8))

