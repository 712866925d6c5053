"""Report speed: time to write the HTML report, its size, and its time to first render in Chromium.

For each size (100, 5,000 and 50,000 synthetic events by default) it builds a timeline by hand
(events over 600 documents of about 5,000 characters and 80 actors, a third of them intervals,
one in twenty undated, a "before" link every tenth event), then:

1. times the report's key dates alone (``timeline.summarize`` over the 600 documents) and
   ``render_html`` (the page with plotly.js inlined, key dates included), and notes the page's
   size with and without plotly.js;
2. opens the written file in headless Chromium through Playwright and times the first render:
   from navigation start to the moment the page's script has drawn the plot (it sets
   ``window.timelineRendered`` from ``performance.now()`` when ``Plotly.newPlot`` resolves);
3. saves a screenshot of the page to ``docs/report_<n>.png``, and of the report of
   ``examples/`` to ``docs/report.png``, with the provenance panel of the court ruling open
   (its "Events and actors" tab to ``docs/report_graph.png``).

Needs Chromium on the machine (``apt-get install chromium``; never a downloaded one) and
``pip install playwright``. No assertion on time: this prints figures, it does not judge them.

    python benchmarks/report_speed.py [--sizes 100 5000 50000] [--no-screenshots]
"""

from __future__ import annotations

import argparse
import random
import shutil
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from plotly.offline import get_plotlyjs

import timeline
from timeline.model import (
    Document,
    Event,
    EventMention,
    Granularity,
    Relation,
    RelationType,
    Timeline,
    TimeSpan,
    Timex,
    TimexType,
    stable_id,
)
from timeline.render import render_html
from timeline.render.keydates import key_dates

ROOT = Path(__file__).resolve().parent.parent
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
VERBS = ["announced", "signed", "visited", "met", "protested", "approved", "rejected", "arrested",
         "opened", "closed", "attacked", "resigned", "elected", "ordered", "warned", "agreed"]
LENGTH = {Granularity.DAY: 0, Granularity.WEEK: 6, Granularity.MONTH: 29, Granularity.QUARTER: 90}


def synthetic(n: int, seed: int = 1) -> Timeline:
    """``n`` events over three years, written the way the pipeline writes them."""
    rng = random.Random(seed)
    texts: list[list[str]] = [[] for _ in range(600)]  # each document: its events' sentences
    lengths = [0] * 600
    timexes = []
    actors = [f"Actor {i}" for i in range(80)]
    grains = [Granularity.DAY] * 6 + [Granularity.WEEK, Granularity.MONTH, Granularity.QUARTER]
    events = []
    for i in range(n):
        start = date(2024, 1, 1) + timedelta(days=int(rng.triangular(0, 1100, 800)))
        grain = rng.choice(grains)
        span = TimeSpan(start, start + timedelta(days=LENGTH[grain]), grain, start.isoformat())
        if rng.random() < 0.05:
            span = None
        who = tuple(rng.sample(actors, rng.choice([1, 1, 2])))
        verb = rng.choice(VERBS)
        words = "on the given date"
        sentence = f"{who[0]} {verb} measure {i} {words}, officials said after weeks of talks."
        doc, at = f"doc{i % 600}", lengths[i % 600]
        texts[i % 600].append(sentence)
        lengths[i % 600] += len(sentence) + 1
        t0, x0 = at + sentence.index(verb), at + sentence.index(words)
        timex = Timex(doc, x0, x0 + len(words), words, TimexType.DATE, span.value,
                      span=span) if span else None
        if timex is not None:
            timexes.append(timex)
        mention = EventMention(
            id=stable_id("m", i), document=doc, sentence=len(texts[i % 600]) - 1, start_char=at,
            end_char=at + len(sentence), text=sentence, trigger=verb, trigger_start=t0,
            trigger_end=t0 + len(verb),
            title=f"{who[0]} {verb} measure {i}", actors=who, timex=timex, time=span,
            time_source="text" if span else "none")
        events.append(Event(id=stable_id("e", i), title=mention.title, mentions=(mention,),
                            time=span, actors=who, confidence=round(rng.random(), 2)))
    relations = [Relation(events[i].id, events[i + 1].id, RelationType.BEFORE, 0.6)
                 for i in range(0, n - 1, 10)]
    # After the event sentences, filler to the length of a news article (about 5,000
    # characters), so that the key dates (timeline.summarize) read as much text as they would.
    docs = [Document(id=f"doc{i}", path=f"doc{i}.txt", text=" ".join(texts[i] + filler(rng)),
                     title=f"Article {i}", source=f"Outlet {i % 15}",
                     published=date(2024, 1, 1) + timedelta(days=i),
                     url=f"https://news.example.org/{i}") for i in range(600)]
    return Timeline(documents=docs, timexes=timexes, events=events, relations=relations)


FILLER = ("port officials union workers council ministry talks cargo harbour strike court ruling "
          "exports grain prices shipping lines trucks roads weather vote budget plan deal said "
          "would could after before during week month year the a of in on to and").split()


def filler(rng: random.Random, characters: int = 5000) -> list[str]:
    sentences, size = [], 0
    while size < characters:
        words = [rng.choice(FILLER) for _ in range(rng.randrange(12, 30))]
        sentence = " ".join(words).capitalize() + "."
        sentences.append(sentence)
        size += len(sentence) + 1
    return sentences


def first_render(browser, path: Path, screenshot: Path | None, graph: Path | None = None,
                 open_event: str | None = None) -> float:
    """Seconds from navigation start to the page's first complete draw of the plot.

    ``open_event``: the title of an event whose provenance panel is opened (from its row in the
    events table) before the screenshot, as the README shows it.
    """
    height = 1000 if open_event else 1150  # a plot of 30 lanes
    page = browser.new_page(viewport={"width": 1400, "height": height})
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(path.as_uri(), timeout=300_000)
    page.wait_for_selector("html[data-rendered]", timeout=300_000)
    seconds = page.evaluate("window.timelineRendered") / 1000
    if errors:
        print(f"  page errors in {path.name}: {errors}", file=sys.stderr)
    if screenshot is not None:
        page.wait_for_timeout(500)  # the resize after the first draw
        if open_event:
            page.locator("#events tbody tr", has_text=open_event).first.click()
            page.mouse.move(5, 5)  # no row left highlighted under the pointer
            page.evaluate("window.scrollTo(0, 0)")  # the panel stays; the page shows its top
            page.wait_for_timeout(300)
        page.screenshot(path=str(screenshot))
        if open_event:
            page.keyboard.press("Escape")
    if graph is not None:
        page.click("#tab-graph")
        page.wait_for_selector("#graph .scatterlayer")
        page.wait_for_timeout(500)
        page.screenshot(path=str(graph))
    page.close()
    return seconds


BASELINE_PAGE = """<!doctype html><html><head><meta charset="utf-8"><script>{plotly}</script>
</head><body><div id="plot"></div><script>
Plotly.newPlot("plot", [{{x: [1, 2, 3], y: [1, 3, 2], type: "scatter"}}], {{}}).then(() => {{
  window.timelineRendered = performance.now();
  document.documentElement.setAttribute("data-rendered", "");
}});
</script></body></html>"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 5000, 50000])
    parser.add_argument("--no-screenshots", action="store_true")
    parser.add_argument("--docs", type=Path, default=ROOT / "docs")
    args = parser.parse_args(argv)
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        sync_playwright = None
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if sync_playwright is None or chromium is None:
        print("no playwright or no chromium: times to first render are left out", file=sys.stderr)
    plotly_bytes = len(get_plotlyjs().encode("utf-8"))
    rows = []
    baseline = None
    with tempfile.TemporaryDirectory() as tmp:
        bare_page = Path(tmp) / "plotly_only.html"
        bare_page.write_text(BASELINE_PAGE.format(plotly=get_plotlyjs()), encoding="utf-8")
        pages = []
        for n in args.sizes:
            tl = synthetic(n)
            started = time.perf_counter()
            key_dates(tl)
            summarised = time.perf_counter() - started
            started = time.perf_counter()
            page = render_html(tl)
            seconds = time.perf_counter() - started
            path = Path(tmp) / f"report_{n}.html"
            path.write_text(page, encoding="utf-8")
            size = len(page.encode("utf-8"))
            rows.append([n, seconds, summarised, size / 1e6, (size - plotly_bytes) / 1e6, None])
            pages.append((path, args.docs / f"report_{n}.png"))
        if not args.no_screenshots:
            example = Path(tmp) / "report_examples.html"
            example.write_text(render_html(timeline.build(ROOT / "examples"),
                                           title="Valparaíso port strike (invented examples)"),
                               encoding="utf-8")
            pages.append((example, args.docs / "report.png"))
        if sync_playwright is not None and chromium is not None:
            with sync_playwright() as playwright:
                browser = playwright.chromium.launch(executable_path=chromium, args=ARGS)
                baseline = min(first_render(browser, bare_page, None) for _ in range(2))
                for k, (path, shot) in enumerate(pages):
                    examples = k == len(rows)  # the report of examples/ also shows its graph
                    render = first_render(browser, path, None if args.no_screenshots else shot,
                                          args.docs / "report_graph.png" if examples else None,
                                          "Valparaíso Court of Appeals rules" if examples else None)
                    if k < len(rows):
                        rows[k][5] = render
                browser.close()
    print(f"{'events':>8} {'write (s)':>10} {'key dates (s)':>14} {'file (MB)':>10} "
          f"{'w/o plotly.js':>14} {'first render (s)':>17} {'vs baseline':>12}")
    for n, seconds, summarised, size, bare, render in rows:
        shown = f"{render:17.2f}" if render is not None else f"{'-':>17}"
        ratio = f"{render / baseline:11.1f}x" if render is not None and baseline else f"{'-':>12}"
        print(f"{n:>8,} {seconds:>10.2f} {summarised:>14.2f} {size:>10.2f} {bare:>14.2f} {shown} "
              f"{ratio}")
    if baseline:
        print(f"\nbaseline: a page with plotly.js alone and a 3-point plot renders in "
              f"{baseline:.2f} s here (the floor of any first render).")
    return 0


if __name__ == "__main__":
    sys.exit(main())
