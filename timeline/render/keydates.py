"""The "key dates" strip at the top of a report: the few days a large corpus keeps coming back to.

It is :func:`timeline.summarize.summarize` with one sentence per date, shown only when there are
enough documents for a summary to help (a handful of articles is read faster than summarised).
The summariser reads every sentence of every article: about 1.5 s for 600 news-length articles
(3 MB of text), so the automatic strip is left out above 4 MB of text rather than slow the
report down; asking for a number of dates always computes them.
"""

from __future__ import annotations

import logging
import time

from ..errors import RenderError
from ..model import Timeline

__all__ = ["AUTO_MIN_DOCUMENTS", "key_dates", "key_dates_count"]

logger = logging.getLogger(__name__)

# The automatic strip needs this many readable documents; it shows 8 dates, one more per 150
# documents, 12 at most.
AUTO_MIN_DOCUMENTS = 20
AUTO_DATES = (8, 12)
AUTO_STEP = 150
AUTO_MAX_CHARACTERS = 4_000_000


def key_dates_count(tl: Timeline, key_dates: int | None) -> int:
    """How many key dates to show: ``key_dates`` itself, or for None a number scaled to the corpus.

    Examples
    --------
    >>> key_dates_count(Timeline(), None), key_dates_count(Timeline(), 5)
    (0, 5)
    """
    if key_dates is not None:
        if isinstance(key_dates, bool) or not isinstance(key_dates, int) or key_dates < 0:
            raise RenderError(f"key_dates must be None (automatic), 0 (off) or a positive "
                              f"number of dates, not {key_dates!r}")
        return key_dates
    readable = [d for d in tl.documents if d.ok and d.text]
    if len(readable) < AUTO_MIN_DOCUMENTS:
        return 0
    characters = sum(len(d.text) for d in readable)
    if characters > AUTO_MAX_CHARACTERS:
        logger.info("key dates left out of the report: %d documents (%.1f MB of text) would take "
                    "seconds to summarise; pass key_dates=10 to have them anyway",
                    len(readable), characters / 1e6)
        return 0
    low, high = AUTO_DATES
    return min(high, low + len(readable) // AUTO_STEP)


def key_dates(tl: Timeline, key_dates: int | None = None) -> list[list]:
    """The key dates as ``[day, document index, sentence]`` rows, in calendar order.

    An empty list when the strip is off (``key_dates=0``, or a small corpus in automatic mode) or
    when no date has a usable sentence. A failure of the summariser costs the strip, never the
    report: it is logged as a warning.
    """
    count = key_dates_count(tl, key_dates)
    if count == 0:
        return []
    from ..summarize import summarize

    started = time.perf_counter()
    try:
        summary = summarize(tl, max_dates=count, sentences_per_date=1)
    except Exception as err:  # noqa: BLE001 - an optional strip must not lose the whole report
        logger.warning("key dates left out of the report: the summariser failed (%s)", err)
        return []
    logger.debug("key dates: %d in %.2f s", len(summary.dates), time.perf_counter() - started)
    doc_index = {d.id: i for i, d in enumerate(tl.documents)}
    rows = []
    for day in summary.dates:
        for sentence in day.sentences[:1]:
            rows.append([day.date.isoformat(), doc_index.get(sentence.document, -1),
                         " ".join(sentence.text.split())])
    return rows
