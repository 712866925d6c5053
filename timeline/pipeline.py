"""The build: inputs -> documents -> timexes -> event mentions -> events and relations.

Per-document stages (ingest, temporal, events) are pure functions of one document, so they run in a
process pool when asked to; linking is the one global stage.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, replace
from datetime import date
from functools import partial

from .errors import TimelineError
from .model import DocStatus, Document, EventMention, Timeline, Timex, stable_id

__all__ = ["BuildOptions", "build", "process_document", "read_and_process"]

logger = logging.getLogger(__name__)

Progress = Callable[[int, int], None]


@dataclass(frozen=True, slots=True)
class BuildOptions:
    """Settings of a build.

    ``published`` dates inputs that carry no publication date of their own; ``workers`` > 1 runs
    the per-document stages in that many processes; ``narrative`` says whether the inputs are
    news (False: relative dates anchor on the publication date) or histories told in their own
    time (True: they follow the story), or lets each text's years decide (None).
    """

    published: date | None = None
    workers: int = 1
    narrative: bool | None = None


def process_document(doc: Document, narrative: bool | None = None
                     ) -> tuple[Document, list[Timex], list[EventMention]]:
    """Run the per-document stages on one document; a failure marks the document, not the batch."""
    from .events import extract_events
    from .temporal import tag_document

    if doc.status is not DocStatus.OK:
        return doc, [], []
    try:
        timexes = tag_document(doc, narrative=narrative)
        mentions = extract_events(doc, timexes)
    except Exception as err:  # noqa: BLE001 - one bad document must not stop the batch
        logger.exception("extraction failed on %s", doc.path)
        failed = replace(doc, status=DocStatus.ERROR, error=f"extraction failed: {err}")
        return failed, [], []
    return doc, timexes, mentions


Result = tuple[Document, list[Timex], list[EventMention]]


def read_and_process(path: str, published: date | None = None,
                     narrative: bool | None = None) -> list[Result]:
    """Read one input file and run the per-document stages on each of its documents.

    The unit of work of a build: a whole file, so that reading parallelises too. An input that
    cannot be read becomes one document with status ``error`` naming the file and the problem.
    """
    from .ingest import read_file

    try:
        documents = read_file(path, published=published)
    except TimelineError as err:
        documents = [_failed(path, str(err))]
    return [process_document(doc, narrative) for doc in documents]


def _unique_ids(results: list[Result], narrative: bool | None = None) -> list[Result]:
    """Make document ids unique: the same article read twice gets a suffixed id (and is re-run)."""
    seen: dict[str, int] = {}
    unique = []
    for result in results:
        doc = result[0]
        count = seen.get(doc.id, 0)
        seen[doc.id] = count + 1
        if count:
            result = process_document(replace(doc, id=stable_id(doc.id, count)), narrative)
        unique.append(result)
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
        Called as ``progress(done, total)`` after each input file.

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
    from .ingest import discover
    from .link import link

    if isinstance(inputs, (str, os.PathLike)):
        inputs = [inputs]
    if isinstance(published, str):
        published = date.fromisoformat(published)
    options = options or BuildOptions()
    if published is not None:
        options = replace(options, published=published)

    paths = discover(inputs)
    results = _unique_ids(_process_all(paths, options, progress), options.narrative)
    documents = [doc for doc, _, _ in results]
    timexes = [t for _, doc_timexes, _ in results for t in doc_timexes]
    mentions = [m for _, _, doc_mentions in results for m in doc_mentions]
    dropped: list = []  # relations left out to keep "before" consistent, with the reason
    events, relations = link(mentions, documents=documents, dropped=dropped)
    return Timeline(documents=documents, timexes=timexes, events=events, relations=relations,
                    dropped_relations=dropped)


def _failed(path: str | os.PathLike, error: str) -> Document:
    return Document(id=stable_id(str(path)), path=str(path), status=DocStatus.ERROR, error=error)


def _process_all(
    paths: list[str], options: BuildOptions, progress: Progress | None
) -> list[Result]:
    """Read and process every input file, in a process pool when ``options.workers`` > 1."""
    total = len(paths)
    work = partial(read_and_process, published=options.published, narrative=options.narrative)
    results: list[Result] = []
    if options.workers <= 1 or total < 2 * options.workers:
        outputs = map(work, paths)
        for done, output in enumerate(outputs, 1):
            results.extend(output)
            if progress:
                progress(done, total)
        return results
    chunk = max(1, min(32, total // (options.workers * 8)))
    with ProcessPoolExecutor(max_workers=options.workers) as pool:
        for done, output in enumerate(pool.map(work, paths, chunksize=chunk), 1):
            results.extend(output)
            if progress:
                progress(done, total)
    return results
