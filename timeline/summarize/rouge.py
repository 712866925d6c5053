"""Timeline ROUGE: the many-to-one date-content-cost alignment of tilse, and date F1.

Martschat and Markert (2017), "Improving ROUGE for Timeline Summarization", as implemented in the
tilse toolkit (``TimelineRougeEvaluator.evaluate_align_date_content_costs_many_to_one``), which
the TLS literature (Gholipour Ghalandari and Ifrim, 2020) reports as AR-1/AR-2:

* every predicted date is aligned to the gold date of least cost, and every gold date to the
  predicted date of least cost (ties: the earliest date), where the cost of a pair is
  ``(1 - 1/(|days apart| + 1)) * (1 - approximate ROUGE-1 F of the two summaries)``;
* precision sums, over predicted dates, the ROUGE-N hits with the aligned gold summary weighted by
  ``1/(|days apart| + 1)``, over the predicted n-gram count; recall likewise over gold dates.

ROUGE-N counts follow ROUGE-1.5.5 as tilse calls it (stemming and stop-word removal on): lower
case, tokens are runs of letters and digits, SMART stop words dropped, words of more than three
letters Porter-stemmed, n-grams over the date's sentences joined, hits clipped per n-gram.
Two known departures: ROUGE's WordNet exception list (``went`` -> ``go``) is not applied, and
the approximate ROUGE-1 inside the cost splits words from punctuation instead of on spaces
(tilse splits on spaces its already tokenised text).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from ..datafiles import data_lines
from .porter import stem

__all__ = ["PRF", "align_rouge", "date_f1", "rouge_tokens"]

_WORD = re.compile(r"[a-z0-9]+")
_APPROX_TOKEN = re.compile(r"\w+|[^\w\s]")

DatedSummaries = Mapping[date, Sequence[str]]


@dataclass(frozen=True, slots=True)
class PRF:
    """Precision, recall and their F1."""

    precision: float
    recall: float

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 0.0 if p + r == 0 else 2 * p * r / (p + r)


@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    """The SMART stop list ROUGE-1.5.5 removes (``timeline/data/tls_stopwords.txt``)."""
    return frozenset(w for line in data_lines("tls_stopwords.txt") for w in line.split())


def rouge_tokens(text: str, stemming: bool = True, remove_stop_words: bool = True) -> list[str]:
    """The tokens ROUGE-1.5.5 counts n-grams over.

    >>> rouge_tokens("The WHO raised its alert level to 5, officials said.")
    ['rais', 'alert', 'level', '5', 'offici']
    """
    stops = stop_words() if remove_stop_words else frozenset()
    tokens = [w for w in _WORD.findall(text.lower()) if w not in stops]
    return [stem(w) if stemming and len(w) > 3 else w for w in tokens]


def _ngrams(tokens: list[str], n: int) -> Counter:
    return Counter(tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1))


def _approx_rouge1(pred: Sequence[str], gold: Sequence[str]) -> float:
    """tilse's quick ROUGE-1 F (raw tokens, no stemming) used only to price an alignment."""
    p = Counter(t for s in pred for t in _APPROX_TOKEN.findall(s))
    g = Counter(t for s in gold for t in _APPROX_TOKEN.findall(s))
    match = sum(min(c, g[t]) for t, c in p.items())
    precision = match / sum(p.values()) if p else 0.0
    recall = match / sum(g.values()) if g else 0.0
    return 0.0 if precision + recall == 0 else 2 * precision * recall / (precision + recall)


def _argmin(costs: list[float]) -> int:
    best = 0
    for i, cost in enumerate(costs):
        if cost < costs[best]:
            best = i
    return best


def _date_weight(a: date, b: date) -> float:
    return 1 / (abs(a.toordinal() - b.toordinal()) + 1)


def align_rouge(
    predicted: DatedSummaries, gold: DatedSummaries, n: int = 1
) -> PRF:
    """Alignment-based ROUGE-N (tilse's ``align_date_content_costs_many_to_one``).

    Parameters
    ----------
    predicted, gold
        Each maps a date to the sentences of its summary.
    n
        1 for AR-1, 2 for AR-2.

    Returns
    -------
    PRF
        Precision and recall (0 when there is nothing to divide by).

    Examples
    --------
    >>> d = date(2009, 6, 25)
    >>> align_rouge({d: ["Jackson dies."]}, {d: ["Jackson dies in Los Angeles."]})
    PRF(precision=1.0, recall=0.5)
    """
    pred_dates, gold_dates = sorted(predicted), sorted(gold)
    tokens = {("p", d): rouge_tokens(" ".join(predicted[d])) for d in pred_dates}
    tokens.update({("g", d): rouge_tokens(" ".join(gold[d])) for d in gold_dates})
    grams = {key: _ngrams(toks, n) for key, toks in tokens.items()}
    content = {
        (p, g): 1 - _approx_rouge1(predicted[p], gold[g]) for p in pred_dates for g in gold_dates
    }

    def cost(p: date, g: date) -> float:
        return (1 - _date_weight(p, g)) * content[p, g]

    def hits(p: date, g: date) -> float:
        pg, gg = grams["p", p], grams["g", g]
        return sum(min(c, gg[k]) for k, c in pg.items()) * _date_weight(p, g)

    p_num = p_den = r_num = r_den = 0.0
    for p in pred_dates:
        p_den += sum(grams["p", p].values())
        if gold_dates:
            g = gold_dates[_argmin([cost(p, g) for g in gold_dates])]
            p_num += hits(p, g)
    for g in gold_dates:
        r_den += sum(grams["g", g].values())
        if pred_dates:
            p = pred_dates[_argmin([cost(p, g) for p in pred_dates])]
            r_num += hits(p, g)
    return PRF(p_num / p_den if p_den else 0.0, r_num / r_den if r_den else 0.0)


def date_f1(predicted: Sequence[date], gold: Sequence[date]) -> PRF:
    """Precision and recall of the predicted dates against the gold ones (exact days).

    >>> date_f1([date(2009, 4, 24), date(2009, 4, 25)], [date(2009, 4, 25)])
    PRF(precision=0.5, recall=1.0)
    """
    p, g = set(predicted), set(gold)
    shared = len(p & g)
    return PRF(shared / len(p) if p else 0.0, shared / len(g) if g else 0.0)
