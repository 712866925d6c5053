"""The ``timeline`` command: a thin layer over the Python API.

Each subcommand calls one library function and turns its errors into a one-line message; only this
module prints. Exit status: 0 all inputs read, 1 some inputs failed (they are still listed in the
report), 2 usage error. Built on argparse (stable, no dependency churn) with rich for the progress
bar and colour on a terminal.
"""

from __future__ import annotations

import argparse
import csv
import logging
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from rich.console import Console

from .errors import TimelineError
from .model import Modality, RelationType

__all__ = ["main", "parser"]

err = Console(stderr=True, highlight=False, soft_wrap=True)
out = Console(highlight=False, soft_wrap=True)


def _iso_date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{value!r} is not a date; write it as YYYY-MM-DD"
        ) from None


def _add_outputs(p: argparse.ArgumentParser, what: str) -> None:
    """The output options of ``build`` and ``query``; ``what`` names what they write."""
    p.add_argument("-o", "--output", type=Path, help=f"write the HTML report of {what} here")
    p.add_argument("--json", type=Path, help=f"write {what} as timeline/1 JSON here")
    p.add_argument("--csv", type=Path, help=f"write {what} as CSV here")
    p.add_argument(
        "--relations-csv",
        type=Path,
        metavar="CSV",
        help="write the relations as CSV (with both event titles) here",
    )
    p.add_argument("--graphml", type=Path, help="write the event graph as GraphML here")
    p.add_argument("--gexf", type=Path, help="write the event graph as GEXF (Gephi) here")
    p.add_argument(
        "--node-link",
        type=Path,
        metavar="JSON",
        help="write the event graph as networkx node-link JSON (d3.js) here",
    )
    p.add_argument(
        "--timelinejs",
        type=Path,
        metavar="JSON",
        help="write the dated events as Knight Lab TimelineJS JSON here",
    )
    p.add_argument(
        "--cdn",
        action="store_true",
        help="load plotly.js from its CDN (small file; the report then needs a network)",
    )
    p.add_argument("--title", help="title of the HTML report (default: Timeline)")
    p.add_argument(
        "--key-dates",
        type=int,
        metavar="N",
        help="key dates shown atop the report (default: automatic from 20 documents; 0 hides them)",
    )


def _date_bound(value: str) -> str:
    """Check a --since/--until value at parse time, so a typo is a usage error (exit 2)."""
    from .explore import QueryError, parse_bound

    try:
        parse_bound(value)
    except QueryError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
    return value


def _positive_int(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number of at least 1")
    return number


def _progress(enabled: bool):
    """A rich progress bar on a terminal, nothing otherwise (logs and CI stay clean)."""
    if not enabled or not err.is_terminal:
        return None, None
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn

    bar = Progress(
        "[progress.description]{task.description}",
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        console=err,
        transient=True,
    )
    task = bar.add_task("reading articles", total=None)
    return bar, lambda done, total: bar.update(task, completed=done, total=total)


def cmd_build(args: argparse.Namespace) -> int:
    from .pipeline import BuildOptions, build

    options = BuildOptions(published=args.published, workers=args.workers,
                           narrative=args.narrative)
    bar, update = _progress(not args.quiet)
    if bar is not None:
        with bar:
            tl = build(args.inputs, options=options, progress=update)
    else:
        tl = build(args.inputs, options=options)

    failed = [d for d in tl.documents if d.status.value == "error"]
    for doc in failed:
        message = doc.error or "unreadable"
        where = "" if doc.path in message else f"{doc.path}: "
        err.print(f"error: {where}{message}", markup=False, style="red")
    if not tl.documents:
        err.print("error: no input files found in " + ", ".join(args.inputs), markup=False)
        return 1

    written = _write_outputs(tl, args)
    if not args.quiet:
        counts = {s: sum(1 for d in tl.documents if d.status.value == s) for s in ("ok", "empty")}
        err.print(
            f"{len(tl.documents)} documents ({counts['ok']} ok, {counts['empty']} empty, "
            f"{len(failed)} failed), {len(tl.timexes)} dates, {len(tl.events)} events, "
            f"{len(tl.relations)} relations"
            + (f" ({len(tl.dropped_relations)} dropped)" if tl.dropped_relations else "")
            + (f" -> {', '.join(written)}" if written else "")
        )
    return 1 if failed else 0


def _write_outputs(tl, args: argparse.Namespace) -> list[str]:
    from . import export

    plotlyjs = "cdn" if args.cdn else "inline"
    writers = [
        (
            args.output,
            lambda p: tl.to_html(p, plotlyjs=plotlyjs, title=args.title, key_dates=args.key_dates),
        ),
        (args.json, tl.to_json),
        (args.csv, tl.to_csv),
        (args.relations_csv, lambda p: export.write_relations_csv(tl, p)),
        (args.graphml, tl.to_graphml),
        (args.gexf, lambda p: export.write_gexf(tl, p)),
        (args.node_link, lambda p: export.write_node_link(tl, p)),
        (args.timelinejs, lambda p: export.write_timelinejs(tl, p, title=args.title)),
    ]
    written = []
    for path, write in writers:
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
            write(path)
            written.append(str(path))
    return written


def cmd_tag(args: argparse.Namespace) -> int:
    from .temporal import tag

    text = sys.stdin.read() if args.text == "-" else args.text
    for t in tag(text, published=args.published, language=args.language,
                 narrative=args.narrative):
        span = f"{t.span.start}..{t.span.end} {t.span.granularity.value}" if t.span else "-"
        mod = f" mod={t.mod}" if t.mod else ""
        out.print(
            f"{t.start_char}-{t.end_char}\t{t.text}\t{t.type.value}\t{t.value}{mod}\t{span}"
            f"\t{t.anchor.value}\t{t.confidence:.2f}",
            markup=False,
        )
    return 0


def cmd_render(args: argparse.Namespace) -> int:
    from .export import load

    tl = load(args.json_file)
    images = [(args.png, "png"), (args.svg, "svg"), (args.pdf, "pdf")]
    written = []
    if args.output is not None or not any(path for path, _ in images):
        output = args.output or Path("report.html")
        tl.to_html(
            output,
            plotlyjs="cdn" if args.cdn else "inline",
            title=args.title,
            key_dates=args.key_dates,
        )
        written.append(str(output))
    if any(path for path, _ in images):
        from .render import write_image

        for path, kind in images:
            if path is not None:
                write_image(
                    tl,
                    path,
                    format=kind,
                    width=args.image_width,
                    lanes=args.lanes,
                    view=args.image_view,
                )
                written.append(str(path))
    err.print(f"-> {', '.join(written)}", markup=False)
    return 0


def cmd_query(args: argparse.Namespace) -> int:
    from .explore import format_table, query
    from .export import load

    tl = load(args.json_file)
    found = query(
        tl,
        actor=args.actor,
        since=args.since,
        until=args.until,
        text=args.text,
        source=args.source,
        min_confidence=args.min_confidence,
        modality=args.modality,
        relation=args.relation,
    )
    out.print(format_table(found, limit=args.limit), markup=False)
    written = _write_outputs(found, args)
    if written:
        err.print(
            f"{len(found.events)} of {len(tl.events)} events -> {', '.join(written)}", markup=False
        )
    return 0


def cmd_summarize(args: argparse.Namespace) -> int:
    from .summarize import summarize_inputs

    tl, summary = summarize_inputs(
        args.inputs,
        args.max_dates,
        args.sentences_per_date,
        query=args.query,
        since=args.since,
        until=args.until,
        published=args.published,
        events=args.output is not None,
    )
    for entry in summary.dates:
        out.print(entry.date.isoformat(), style="bold", markup=False)
        for sentence in entry.sentences:
            out.print(f"  {sentence.text}", markup=False)
    written = []
    if args.json is not None:
        summary.to_json(args.json)
        written.append(str(args.json))
    if args.output is not None:
        summary.to_timeline(tl).to_html(args.output, title=args.title)
        written.append(str(args.output))
    failed = [d for d in tl.documents if d.status.value == "error"]
    for doc in failed:
        err.print(f"error: {doc.error or doc.path}", markup=False)
    err.print(
        f"{len(summary.dates)} dates from {len(tl.documents)} documents"
        + (f" -> {', '.join(written)}" if written else ""),
        markup=False,
    )
    return 1 if failed else 0


def cmd_eval_tls(args: argparse.Namespace) -> int:
    from .summarize import evaluate_tls, format_tls_results

    results = evaluate_tls(args.dataset_dir, progress=lambda line: err.print(line, markup=False))
    out.print(format_tls_results(results), markup=False)
    return 0


def cmd_timeml_annotate(args: argparse.Namespace) -> int:
    from .timeml import annotate_dir

    failures: list[tuple[str, str]] = []
    written = annotate_dir(args.in_dir, args.out_dir, narrative=args.narrative,
                           failures=failures)
    for path, problem in failures:
        where = "" if path in problem else f"{path}: "
        err.print(f"error: {where}{problem}", markup=False, style="red")
    err.print(f"{len(written)} files annotated -> {args.out_dir}"
              + (f", {len(failures)} failed" if failures else ""))
    return 0 if written and not failures else 1


def cmd_timeml_score(args: argparse.Namespace) -> int:
    from .timeml import DISAGREEMENT_FIELDS, disagreements, format_scores, score

    out.print(format_scores(score(args.gold_dir, args.system_dir)), markup=False)
    if args.errors:
        rows = [d.as_row() for d in disagreements(args.gold_dir, args.system_dir)]
        with open(args.errors, "w", newline="", encoding="utf-8") as handle:
            writer = csv.DictWriter(handle, fieldnames=DISAGREEMENT_FIELDS, delimiter="\t")
            writer.writeheader()
            writer.writerows(rows)
        err.print(f"{len(rows)} disagreements -> {args.errors}")
    return 0


def parser() -> argparse.ArgumentParser:
    """The argument parser (exposed so the README test can list every command)."""
    top = argparse.ArgumentParser(
        prog="timeline",
        description="Turn articles into a dated, traceable event timeline and an HTML report.",
    )
    top.add_argument("-v", "--verbose", action="store_true", help="log what each stage does")
    commands = top.add_subparsers(dest="command", metavar="COMMAND", required=True)

    p = commands.add_parser("build", help="read articles and write the report and exports")
    p.add_argument("inputs", nargs="+", help="files, folders (read recursively) or globs")
    _add_outputs(p, "the timeline")
    p.add_argument(
        "--published",
        type=_iso_date,
        metavar="DATE",
        help="publication date (YYYY-MM-DD) for inputs that carry none",
    )
    p.add_argument(
        "--workers", type=_positive_int, default=1, help="processes for the per-document stages"
    )
    p.add_argument("--narrative", action=argparse.BooleanOptionalAction, default=None,
                   help="--narrative for histories (relative dates follow the story), "
                        "--no-narrative for news (they follow publication); by default each "
                        "text's years decide")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bar or summary")
    p.set_defaults(run=cmd_build)

    p = commands.add_parser("tag", help="print the temporal expressions of a text")
    p.add_argument("text", help="the text; '-' reads standard input")
    p.add_argument(
        "--published",
        type=_iso_date,
        metavar="DATE",
        help="publication date that relative dates are resolved against",
    )
    p.add_argument("--language", help="ISO 639-1 code (default: English)")
    p.add_argument("--narrative", action=argparse.BooleanOptionalAction, default=None,
                   help="read the text as a history (--narrative) or as news (--no-narrative)")
    p.set_defaults(run=cmd_tag)

    p = commands.add_parser("render", help="write the HTML report of a saved timeline")
    p.add_argument("json_file", type=Path, help="a timeline/1 JSON file written by build")
    p.add_argument(
        "-o",
        "--output",
        type=Path,
        help="HTML report to write (report.html when no image is asked for)",
    )
    p.add_argument("--png", type=Path, help="write the timeline as a PNG image (needs kaleido)")
    p.add_argument("--svg", type=Path, help="write the timeline as an SVG image (needs kaleido)")
    p.add_argument("--pdf", type=Path, help="write the timeline as a PDF (needs kaleido)")
    p.add_argument(
        "--image-width",
        type=_positive_int,
        default=1400,
        metavar="PX",
        help="width of the images in pixels (1400)",
    )
    p.add_argument(
        "--lanes",
        choices=["actor", "source", "kind"],
        default="actor",
        help="lanes of the image's timeline (actor)",
    )
    p.add_argument(
        "--image-view",
        choices=["timeline", "graph"],
        default="timeline",
        help="draw the timeline or the event graph (timeline)",
    )
    p.add_argument("--cdn", action="store_true", help="load plotly.js from its CDN")
    p.add_argument("--title", help="title of the HTML report (default: Timeline)")
    p.add_argument(
        "--key-dates", type=int, metavar="N", help="key dates shown atop the report (0 hides them)"
    )
    p.set_defaults(run=cmd_render)

    p = commands.add_parser(
        "query", help="print (and save) the events of a saved timeline that match filters"
    )
    p.add_argument("json_file", type=Path, help="a timeline/1 JSON file written by build --json")
    p.add_argument(
        "--actor",
        action="append",
        metavar="NAME",
        help="canonical actor name, any case (repeat for any of several)",
    )
    p.add_argument(
        "--since",
        type=_date_bound,
        metavar="DATE",
        help="YYYY, YYYY-MM or YYYY-MM-DD: events ending on or after its first day",
    )
    p.add_argument(
        "--until",
        type=_date_bound,
        metavar="DATE",
        help="YYYY, YYYY-MM or YYYY-MM-DD: events starting on or before its last day",
    )
    p.add_argument(
        "--text",
        metavar="WORDS",
        help="words that must all occur in the title, actors or sentences",
    )
    p.add_argument(
        "--source",
        action="append",
        metavar="NAME",
        help="outlet name, document id or part of a path (repeat for any of several)",
    )
    p.add_argument("--min-confidence", type=float, metavar="X", help="keep events this confident")
    p.add_argument(
        "--modality",
        action="append",
        choices=[m.value for m in Modality],
        help="keep events with this modality (repeatable)",
    )
    p.add_argument(
        "--relation",
        action="append",
        choices=[r.value for r in RelationType],
        help="keep events in a relation of this type (repeatable)",
    )
    p.add_argument("--limit", type=int, metavar="N", help="print at most N rows (all by default)")
    _add_outputs(p, "the matching events")
    p.set_defaults(run=cmd_query)

    p = commands.add_parser(
        "summarize", help="the key dates of a corpus, with a sentence or two each"
    )
    p.add_argument("inputs", nargs="+", help="files, folders (read recursively) or globs")
    p.add_argument(
        "--max-dates", type=_positive_int, default=10, metavar="K", help="how many dates (10)"
    )
    p.add_argument(
        "--sentences-per-date",
        type=_positive_int,
        default=1,
        metavar="L",
        help="sentences for each date (1)",
    )
    p.add_argument(
        "--since",
        type=_iso_date,
        metavar="DATE",
        help="only articles published, and dates, on or after this day",
    )
    p.add_argument(
        "--until",
        type=_iso_date,
        metavar="DATE",
        help="only articles published, and dates, on or before this day",
    )
    p.add_argument(
        "--query",
        metavar="WORDS",
        help="keep the articles and sentences that contain any of these words",
    )
    p.add_argument(
        "--published",
        type=_iso_date,
        metavar="DATE",
        help="publication date (YYYY-MM-DD) for inputs that carry none",
    )
    p.add_argument("--json", type=Path, help="write the timeline-summary/1 JSON here")
    p.add_argument("-o", "--output", type=Path, help="write the HTML report of the key dates here")
    p.add_argument("--title", help="title of the HTML report (default: Timeline)")
    p.set_defaults(run=cmd_summarize)

    evaluate = commands.add_parser("eval", help="evaluate against a benchmark")
    sub = evaluate.add_subparsers(dest="eval_command", metavar="COMMAND", required=True)
    p = sub.add_parser("tls", help="timeline summarisation on a Timeline17-style dataset")
    p.add_argument(
        "dataset_dir", type=Path, help="folder of topics, each with InputDocs/ and timelines/"
    )
    p.set_defaults(run=cmd_eval_tls)

    timeml = commands.add_parser("timeml", help="tag and score TimeML files (TempEval-3 Task A)")
    sub = timeml.add_subparsers(dest="timeml_command", metavar="COMMAND", required=True)
    p = sub.add_parser("annotate", help="replace the TIMEX3 tags of TimeML files with ours")
    p.add_argument("in_dir", type=Path, help="folder of *.tml or *.tml.TE3input files")
    p.add_argument("out_dir", type=Path, help="folder to write the tagged files to")
    p.add_argument("--narrative", action=argparse.BooleanOptionalAction, default=None,
                   help="--narrative reads every file as a story told in its own time (a history:"
                        " dates follow the last date named), --no-narrative as news anchored on"
                        " the creation date; by default each file is judged by the years it names")
    p.set_defaults(run=cmd_timeml_annotate)
    p = sub.add_parser("score", help="TempEval-3 Task A figures of system files against gold")
    p.add_argument("gold_dir", type=Path)
    p.add_argument("system_dir", type=Path)
    p.add_argument("--errors", type=Path, metavar="TSV",
                   help="also write every missed, spurious, mis-bounded, mis-typed or mis-valued "
                        "timex, with its context, to this tab-separated file")
    p.set_defaults(run=cmd_timeml_score)
    return top


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line and return its exit status (testable in-process)."""
    try:
        args = parser().parse_args(argv)
    except SystemExit as exc:  # argparse exits 2 on usage errors and 0 on --help
        return int(exc.code or 0)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    try:
        return args.run(args)
    except TimelineError as exc:
        err.print(f"error: {exc}", markup=False)
        return 1
    except OSError as exc:
        where = f"{exc.filename}: " if exc.filename else ""
        err.print(f"error: {where}{exc.strerror or exc}", markup=False)
        return 1
    except KeyboardInterrupt:
        err.print("interrupted")
        return 130
