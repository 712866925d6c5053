"""Timeline summarisation: pick the most salient dates and, for each, its most central sentences.

Date-wise, after Gholipour Ghalandari and Ifrim (ACL 2020, "DATEWISE"), with a small unsupervised
date score instead of their trained regression:

1. **Date salience.** Every sentence that names a day (a day-precise temporal expression, as the
   temporal stage resolved it) is a reference to that day. A day scores by how many sentences
   refer to it, how many of those were written on another day (a day people come back to), how
   many documents refer to it, and how many articles were published that day (a burst), with the
   weights of :class:`Weights`.
2. **Candidates.** For a date: the sentences that name it, and (weaker) the opening sentences,
   naming no day of their own, of articles published that day or the next.
3. **Selection.** Candidates are scored by TF-IDF cosine to their centroid, those that name the
   date preferred; a greedy MMR pass penalises similarity to any sentence already chosen, for this
   date or another, and skips near-duplicates.

Only documents and temporal expressions are used, so a timeline built without events (see
:func:`timeline.summarize.build_dated`) is enough.
"""

from __future__ import annotations

import bisect
import logging
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from ..model import Document, Granularity, Timeline, Timex
from ..text import sentence_spans
from .model import Summary, SummaryDate, SummarySentence
from .vectors import Vector, add, cosine, idf_table, normalize, terms, tfidf

__all__ = ["Weights", "day_of", "query_pattern", "summarize"]

logger = logging.getLogger(__name__)

_DAY = frozenset({Granularity.DAY, Granularity.TIME})

# A wire-story dateline before the first sentence: "GENEVA, May 2 (Reuters) - ",
# "LONDON | Mon Apr 27, 2009 12:43 am EDT LONDON (Reuters) - ". It is cut from the sentence shown
# (the span starts after it) and its date, the publication date, is not read as a reference.
# Page furniture that sentence splitting leaves glued to real sentences; never shown as a summary.
_FURNITURE = re.compile(
    r"last updated|photograph:|click here|all rights reserved|copyright|\bclick \(", re.IGNORECASE
)

_AGENCIES = ("Reuters", "Reuters Health", "AP", "AFP", "UPI", "Xinhua", "PA", "dpa", "DPA", "EFE",
             "ANSA", "Kyodo", "Yonhap", "TASS", "IANS", "PTI", "Bloomberg", "CNN", "BBC")
_DATELINE = re.compile(
    r"^[^\n]{0,160}?\((?:" + "|".join(_AGENCIES) + r")\)\s*(?:--?|\u2013|\u2014)\s+"
)


@dataclass(frozen=True, slots=True)
class Weights:
    """The few numbers of the method, in one place.

    Date salience = ``references * mentions + other_day * mentions from other days +
    documents * documents referring + published * articles published that day``.
    """

    references: float = 1.0
    other_day: float = 1.0
    documents: float = 1.0
    published: float = 0.5
    max_per_document: int = 3  # sentences of one document counted per date
    lead_sentences: int = 5  # opening sentences of an article that stand for its publication day
    published_candidate: float = 0.6  # score factor of a candidate that does not name the date
    redundancy: float = 0.5  # MMR: weight of the similarity to sentences already chosen
    max_similarity: float = 0.5  # a candidate this close to a chosen sentence is a duplicate
    min_words: int = 5
    max_words: int = 60


DEFAULT_WEIGHTS = Weights()


@dataclass(slots=True)
class _Sentence:
    doc: Document
    index: int
    start: int
    end: int
    dates: set[date] = field(default_factory=set)
    terms: list[str] = field(default_factory=list)
    vector: Vector | None = None

    @property
    def text(self) -> str:
        return self.doc.text[self.start : self.end]


def query_pattern(query: str | Sequence[str] | None) -> re.Pattern | None:
    """A case-insensitive pattern matching any query word at the start of a word.

    A string is split on commas and spaces; None or no words means no filter.

    >>> bool(query_pattern("swine, flu").search("Swine-flu cases rose"))
    True
    >>> query_pattern(" , ") is None
    True
    """
    if query is None:
        return None
    words = re.split(r"[,\s]+", query) if isinstance(query, str) else list(query)
    words = [w.strip() for w in words if w and w.strip()]
    if not words:
        return None
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + ")", re.IGNORECASE)


def _in_window(day: date | None, since: date | None, until: date | None) -> bool:
    if day is None:
        return since is None and until is None
    return (since is None or day >= since) and (until is None or day <= until)


def day_of(timex: Timex) -> date | None:
    """The day a temporal expression names, or None when it is vaguer than a day or not a date."""
    span = timex.span
    if span is None or span.granularity not in _DAY or span.start != span.end:
        return None
    return span.start


def _sentences(doc: Document, timexes: list[Timex]) -> list[_Sentence]:
    """The document's sentences outside boilerplate, each with the days it names."""
    spans = sentence_spans(doc.text)
    skipped = [(b.start, b.end) for b in doc.blocks if b.boilerplate]
    sentences = []
    for i, (s, e) in enumerate(spans):
        if any(bs <= s < be for bs, be in skipped):
            continue
        dateline = _DATELINE.match(doc.text, s, e)
        sentences.append(_Sentence(doc, i, dateline.end() if dateline else s, e))
    starts = [s.start for s in sentences]
    for timex in timexes:
        day = day_of(timex)
        k = bisect.bisect_right(starts, timex.start_char) - 1
        if (day is not None and k >= 0 and timex.start_char < sentences[k].end
                and timex.start_char >= sentences[k].start):
            sentences[k].dates.add(day)
    return sentences


def _salience(
    sentences: list[_Sentence], docs: list[Document], weights: Weights,
    since: date | None, until: date | None,
) -> dict[date, float]:
    per_doc: Counter = Counter()  # (document, day) -> sentences naming that day
    other_day: set[tuple[str, date]] = set()
    for sent in sentences:
        for day in sent.dates:
            per_doc[sent.doc.id, day] += 1
            if day != sent.doc.published:
                other_day.add((sent.doc.id, day))
    refs: Counter = Counter()
    other: Counter = Counter()
    referring: Counter = Counter()
    for (doc_id, day), count in per_doc.items():
        # One listings page saying "tonight" forty times is one source, not forty.
        capped = min(count, weights.max_per_document)
        refs[day] += capped
        other[day] += capped if (doc_id, day) in other_day else 0
        referring[day] += 1
    published = Counter(d.published for d in docs if d.published is not None)
    return {
        day: weights.references * refs[day] + weights.other_day * other[day]
        + weights.documents * referring[day] + weights.published * published[day]
        for day in set(refs) | set(published)
        if _in_window(day, since, until)
    }


class _Selector:
    """Chooses sentences date by date, remembering what was chosen to avoid repeating it."""

    def __init__(self, sentences: list[_Sentence], pattern: re.Pattern | None, weights: Weights):
        self.weights = weights
        self.pattern = pattern
        self.mentions: dict[date, list[_Sentence]] = defaultdict(list)
        self.published: dict[date, list[_Sentence]] = defaultdict(list)
        lead: Counter = Counter()
        for sent in sentences:
            sent.terms = terms(sent.text)
            for day in sent.dates:
                self.mentions[day].append(sent)
            pub = sent.doc.published
            position = lead[sent.doc.id]
            lead[sent.doc.id] += 1
            if not sent.dates and pub is not None and position < weights.lead_sentences:
                self.published[pub].append(sent)
                self.published[pub - timedelta(days=1)].append(sent)
        self.idf, self.unseen = idf_table(s.terms for s in sentences)
        self.chosen: list[Vector] = []
        self.seen_texts: set[str] = set()

    def _vector(self, sent: _Sentence) -> Vector:
        if sent.vector is None:
            sent.vector = tfidf(sent.terms, self.idf, self.unseen)
        return sent.vector

    def _eligible(self, sent: _Sentence) -> bool:
        words = len(sent.text.split())
        if not self.weights.min_words <= words <= self.weights.max_words:
            return False
        if sent.text.rstrip().endswith("?") or _FURNITURE.search(sent.text):
            return False
        return self.pattern is None or bool(self.pattern.search(sent.text))

    def select(self, day: date, k: int) -> list[tuple[_Sentence, float]]:
        named, near = self.mentions.get(day, []), self.published.get(day, [])
        if not named and not near:
            return []
        centroid: Vector = {}
        for group, weight in ((named, 1.0), (near, self.weights.published_candidate)):
            for sent in group:
                add(centroid, self._vector(sent), weight / max(1, len(group)))
        centroid = normalize(centroid)
        scored = []
        for group, factor in ((named, 1.0), (near, self.weights.published_candidate)):
            for sent in group:
                if self._eligible(sent):
                    scored.append((cosine(self._vector(sent), centroid) * factor, sent))
        chosen: list[tuple[_Sentence, float]] = []
        while scored and len(chosen) < k:
            best, best_value, best_score = None, float("-inf"), 0.0
            for score, sent in scored:
                similarity = max((cosine(self._vector(sent), c) for c in self.chosen), default=0.0)
                if similarity > self.weights.max_similarity:
                    continue
                value = score - self.weights.redundancy * similarity
                if value > best_value:
                    best, best_value, best_score = sent, value, score
            if best is None or best_score <= 0:
                break
            scored = [(s, x) for s, x in scored if x is not best]
            key = " ".join(best.text.lower().split())
            if key in self.seen_texts:
                continue
            self.seen_texts.add(key)
            self.chosen.append(self._vector(best))
            chosen.append((best, best_score))
        return chosen


def summarize(
    tl: Timeline,
    max_dates: int,
    sentences_per_date: int = 1,
    query: str | Sequence[str] | None = None,
    since: date | None = None,
    until: date | None = None,
    *,
    weights: Weights = DEFAULT_WEIGHTS,
) -> Summary:
    """Summarise a timeline into its ``max_dates`` most salient dates, a few sentences each.

    Parameters
    ----------
    tl
        A built timeline; its documents and temporal expressions are used (events are not needed).
    max_dates
        How many dates to keep at most.
    sentences_per_date
        How many sentences to show per date at most.
    query
        Words (a list, or one string split on commas and spaces); only articles and sentences
        that contain one of them (case-insensitive, at the start of a word) are used.
    since, until
        Keep only articles published in this window (inclusive) and only dates inside it.
        Articles without a publication date are left out when a window is given.
    weights
        The method's parameters (see :class:`Weights`).

    Returns
    -------
    Summary
        Dates in calendar order; fewer than ``max_dates`` when fewer dates have a usable sentence.

    Raises
    ------
    ValueError
        When ``max_dates`` or ``sentences_per_date`` is below 1.

    Examples
    --------
    >>> summarize(Timeline(), max_dates=5).dates
    ()
    """
    if max_dates < 1 or sentences_per_date < 1:
        raise ValueError(
            f"max_dates ({max_dates}) and sentences_per_date ({sentences_per_date}) must be >= 1"
        )
    pattern = query_pattern(query)
    docs = [
        d for d in tl.documents
        if d.ok and d.text and _in_window(d.published, since, until)
        and (pattern is None or pattern.search(d.text))
    ]
    by_doc: dict[str, list[Timex]] = defaultdict(list)
    for timex in tl.timexes:
        by_doc[timex.document].append(timex)
    sentences = [s for d in docs for s in _sentences(d, by_doc.get(d.id, []))]
    salience = _salience(sentences, docs, weights, since, until)
    selector = _Selector(sentences, pattern, weights)
    logger.debug("%d documents, %d sentences, %d candidate dates", len(docs), len(sentences),
                 len(salience))

    chosen: list[SummaryDate] = []
    for day in sorted(salience, key=lambda d: (-salience[d], d)):
        if len(chosen) >= max_dates:
            break
        picked = selector.select(day, sentences_per_date)
        if picked:
            chosen.append(SummaryDate(day, tuple(
                SummarySentence(s.doc.id, s.index, s.start, s.end, s.text, round(score, 4))
                for s, score in picked
            ), round(salience[day], 4)))
    return Summary(tuple(sorted(chosen, key=lambda d: d.date)))
