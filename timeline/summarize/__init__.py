"""Summarised timelines: the few dates that matter, each with the sentences that tell it, and
their evaluation on Timeline17-style benchmarks.

    summarize(timeline, max_dates, ...)       -> Summary      (core; JSON ``timeline-summary/1``)
    summarize_timeline(timeline, max_dates, ...) -> Timeline  (as_timeline; ``Timeline.summarize``)
    Summary.to_timeline(source)               -> Timeline     (one event per key date)
    summarize_inputs(paths, max_dates, ...)   -> (Timeline, Summary)   (build; the CLI's call)
    evaluate_tls(dataset_dir)                 -> TLSResults   (evaluate; ``timeline eval tls``)
"""

from __future__ import annotations

from .as_timeline import headline, summarize_timeline, summary_timeline
from .build import build_dated, summarize_inputs
from .core import DEFAULT_WEIGHTS, Weights, query_pattern, summarize
from .evaluate import TLSResult, TLSResults, evaluate_tls, format_tls_results, read_gold_timeline
from .model import SCHEMA, Summary, SummaryDate, SummarySentence
from .rouge import PRF, align_rouge, date_f1, rouge_tokens

__all__ = [
    "DEFAULT_WEIGHTS",
    "PRF",
    "SCHEMA",
    "Summary",
    "SummaryDate",
    "SummarySentence",
    "TLSResult",
    "TLSResults",
    "Weights",
    "align_rouge",
    "build_dated",
    "date_f1",
    "evaluate_tls",
    "format_tls_results",
    "headline",
    "query_pattern",
    "read_gold_timeline",
    "rouge_tokens",
    "summarize",
    "summarize_inputs",
    "summarize_timeline",
    "summary_timeline",
]
