"""The HTML report in a real browser: headless Chromium driven by Playwright.

Uses the system Chromium (``/usr/bin/chromium`` or ``chromium`` on the PATH; never a browser that
Playwright downloads) and skips cleanly when Chromium or the ``playwright`` package is missing.
Each test opens a written report from a ``file://`` URL, as a reader would.
"""

from __future__ import annotations

import importlib
import shutil
from collections import Counter
from datetime import date
from pathlib import Path
from urllib.parse import urlencode

import pytest
from test_render import (
    HOSTILE,
    dated_corpus,
    day,
    make_doc,
    make_event,
    page_data,
    small_timeline,
    synthetic_timeline,
    with_participants,
)

from timeline.model import Granularity, Timeline, TimeSpan
from timeline.render import figure, render_html, report_data

sync_api = pytest.importorskip("playwright.sync_api", reason="needs the playwright package")
CHROMIUM = next(filter(None, map(shutil.which, ["chromium", "chromium-browser"])), None)
if CHROMIUM is None:
    pytest.skip("needs Chromium (apt-get install chromium)", allow_module_level=True)
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield browser
        browser.close()


class Report:
    """One open report page, with the console errors it logged."""

    def __init__(self, browser, page_html: str, path: Path, fragment: str = ""):
        path.write_text(page_html, encoding="utf-8")
        self.errors: list[str] = []
        self.page = browser.new_page(viewport={"width": 1400, "height": 900})
        self.page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.goto(path.as_uri() + fragment)
        self.page.wait_for_selector("html[data-rendered]", timeout=30_000)

    def js(self, script: str, arg=None):
        return self.page.evaluate(script, arg)

    def drawn(self) -> Counter:
        """(event, lane) pairs drawn as single events in the lane mode shown, after filters."""
        pairs = self.js("""() => {
          const out = [], seen = new Set();  // a fading bar's shades may be in several traces
          for (const t of document.getElementById("plot").data) {
            const kind = t.meta && t.meta.kind;
            if (t.visible === false || (kind !== "point" && kind !== "bar")) continue;
            t.customdata.forEach((i, j) => {
              const key = i + ":" + Math.round(t.y[j]);
              if (i !== null && t.x[j] !== null && !seen.has(key)) { seen.add(key); out.push(key); }
            });
          }
          return out;
        }""")
        return Counter(pairs)

    def wait_idle(self):
        """Let the page's debounced handlers (filter, zoom) run and plotly redraw."""
        self.page.wait_for_timeout(350)


@pytest.fixture
def open_report(browser, tmp_path):
    pages = []

    def opener(page_html: str, fragment: str = "") -> Report:
        report = Report(browser, page_html, tmp_path / f"report{len(pages)}.html", fragment)
        pages.append(report)
        return report

    yield opener
    for report in pages:
        report.page.close()


def python_pairs(tl: Timeline, lanes: str = "actor") -> Counter:
    """(event, lane) pairs the Python figure draws as single events."""
    pairs = set()
    for t in figure(tl, lanes=lanes).to_dict()["data"]:
        if t["meta"]["kind"] in ("point", "bar") and t["meta"]["lanes"] == lanes:
            pairs |= {f"{i}:{round(y)}" for i, y in zip(t["customdata"], t["y"], strict=True)
                      if i is not None}
    return Counter(pairs)


@pytest.fixture(scope="module")
def examples() -> Timeline:
    import timeline

    return timeline.build(EXAMPLES)


def test_examples_report_draws_every_dated_event_in_its_lanes_without_errors(open_report,
                                                                            examples):
    report = open_report(render_html(examples))
    assert report.errors == []
    drawn = report.drawn()
    assert drawn == python_pairs(examples)
    dated = {i for i, e in enumerate(examples.events) if e.time is not None}
    assert {int(key.split(":")[0]) for key in drawn} == dated
    # What plotly put in the SVG: one marker per point, one rectangle per bar (examples are few
    # enough for SVG rather than WebGL traces).
    svg = report.js("""() => document.querySelectorAll(
        "#plot .scatterlayer .trace path.point, #plot .barlayer path").length""")
    assert svg >= sum(drawn.values())
    assert report.js("() => document.title") == "Timeline"


def steady_box(report: Report, selector: str, nth: int = 0) -> dict:
    """The element's box once it stops moving (plotly refits the plot after draws and resizes)."""
    box = report.page.locator(selector).nth(nth).bounding_box()
    for _ in range(50):
        report.page.wait_for_timeout(100)
        again = report.page.locator(selector).nth(nth).bounding_box()
        if again == box:
            break
        box = again
    return box


def click_centre(report: Report, box: dict) -> None:
    report.page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)


def panel_shows(report: Report, event) -> bool:
    report.page.wait_for_selector("#panel:not([hidden])")
    title = report.js("() => document.querySelector('#panel h2').textContent")
    sentence = report.js("() => document.querySelector('#panel .sentence').textContent")
    return (title, sentence) == (event.title, event.mentions[0].text)


def test_click_on_a_point_a_bar_or_a_graph_node_opens_its_sentence(open_report):
    tl = small_timeline()
    report = open_report(render_html(tl))
    # One point trace holds the day event (in two lanes); one bar trace the quarter.
    click_centre(report, steady_box(report, "#plot .scatterlayer path.point"))
    assert panel_shows(report, tl.events[0])
    report.page.keyboard.press("Escape")
    # The quarter (the first bar trace) fades at its ends: five bar segments; click its solid
    # core, the third, once the panel's room is back.
    click_centre(report, steady_box(report, "#plot .barlayer path", 2))
    assert panel_shows(report, tl.events[1])
    report.page.keyboard.press("Escape")

    report.page.click("#tab-graph")
    report.page.wait_for_selector("#graph .scatterlayer")
    report.wait_idle()
    assert report.js("() => document.getElementById('view-timeline').hidden") is True
    nodes = report.js("""() => document.getElementById("graph").data
        .filter(t => t.meta.kind === "node").flatMap(t => t.customdata)""")
    assert sorted(nodes) == [0, 1, 2, 3]
    k, index = report.js("""() => {
      const gd = document.getElementById("graph");
      const k = gd.data.findIndex(t => t.meta.kind === "node");
      return [k, gd.data[k].customdata[0]];
    }""")  # every graph trace is an SVG scatter, drawn in order
    click_centre(report, steady_box(report, f"#graph .scatterlayer .trace:nth-child({k + 1}) "
                                            "path.point"))
    assert panel_shows(report, tl.events[index])
    assert "v=graph" in report.page.url
    assert report.errors == []


def test_search_and_minimum_confidence_change_what_is_drawn(open_report):
    report = open_report(render_html(small_timeline()))
    everything = report.drawn()
    report.page.fill("#q", "council")
    report.page.wait_for_function("document.getElementById('shown').textContent.includes(' of ')")
    assert report.js("() => document.getElementById('shown').textContent") == \
        "1 of 4 events shown"
    assert {key.split(":")[0] for key in report.drawn()} == {"1"}
    report.page.fill("#q", "")
    report.page.focus("#conf")
    for _ in range(16):  # 0.8: only the deal signed (0.9) is left
        report.page.keyboard.press("ArrowRight")
    report.page.wait_for_function("location.hash.includes('c=0.8')")  # set once the filter ran
    assert {key.split(":")[0] for key in report.drawn()} == {"0"}
    assert sum(report.drawn().values()) < sum(everything.values())
    assert "c=0.8" in report.page.url  # the filter is kept in the address
    assert report.js("() => document.querySelectorAll('#events tbody tr').length") == 1


def test_hostile_article_text_is_shown_as_text_and_never_runs(open_report):
    payload = ('<script>window.__pwned = "script"</script>'
               '<img src=x onerror="window.__pwned = \'img\'">')
    sentence = f"The mayor resigned {payload} on January 1."
    doc = make_doc("evil", text=sentence, title=payload + HOSTILE,
                   source="</script><b>Outlet</b>", url="javascript:window.__pwned='link'",
                   published=date(2025, 1, 2), warnings=(f"front matter: bad date {payload}",))
    event = make_event(f"Mayor resigned {payload}", "evil", day("2025-01-01"), (payload,),
                       sentence=sentence, trigger="resigned", time_words="on January 1",
                       offset=0)
    event = with_participants(event, (("agent", payload), (payload, "the mayor")))
    tl = Timeline(documents=[doc], events=[event], timexes=[event.mentions[0].timex])
    report = open_report(render_html(tl, title=payload, key_dates=1))
    assert report.js("() => document.querySelector('#key-dates .kd-text').textContent") == \
        sentence
    report.page.locator("#events tbody tr").first.press("Enter")
    report.page.wait_for_selector("#panel:not([hidden])")
    for link in report.page.locator("#panel a, #documents a").all():
        link.click()  # a javascript: link, had it been kept, would run here
    report.page.click("#tab-graph")
    report.wait_idle()
    assert report.js("() => window.__pwned") is None
    assert report.js("() => document.querySelectorAll('img, a[href^=javascript]').length") == 0
    assert payload in report.js("() => document.querySelector('#panel .sentence').textContent")
    assert report.js("() => document.querySelector('#panel .participants').textContent") == \
        f"agent: {payload}, {payload}: the mayor"
    assert report.js("() => document.querySelector('h1').textContent") == payload
    assert report.js("() => document.querySelector('#documents .warning').textContent") == \
        f"warning: front matter: bad date {payload}"  # a document's warnings are listed
    assert [m for m in report.js("""() => Array.from(document.querySelectorAll('#panel mark'),
        m => m.textContent)""")] == ["resigned", "on January 1"]
    assert report.errors == []


def test_keyboard_enter_on_a_row_opens_the_panel_and_escape_closes_it(open_report):
    report = open_report(render_html(small_timeline()))
    row = report.page.locator("#events tbody tr").nth(1)
    row.focus()
    report.page.keyboard.press("ArrowDown")  # rows are navigable with the arrow keys
    report.page.keyboard.press("Enter")
    report.page.wait_for_selector("#panel:not([hidden])")
    assert report.js("() => document.activeElement.id") == "panel"
    title = report.js("() => document.querySelector('#panel h2').textContent")
    assert title == report.page.locator("#events tbody tr").nth(2).locator("td").first.inner_text()
    report.page.keyboard.press("Escape")
    assert report.js("() => document.getElementById('panel').hidden") is True
    assert report.js("() => document.activeElement.dataset.index") == \
        report.page.locator("#events tbody tr").nth(2).get_attribute("data-index")
    report.page.focus("#tab-timeline")
    report.page.keyboard.press("ArrowRight")  # the view tabs follow the arrow keys
    assert report.js("() => document.activeElement.id") == "tab-graph"
    assert report.js("() => document.getElementById('view-graph').hidden") is False


def test_page_places_events_where_python_does(open_report, monkeypatch):
    """The page recomputes the positions left out of the embedded figure; they must match."""
    module = importlib.import_module("timeline.render.figure")  # the name is also a function
    monkeypatch.setattr(module, "GL_BARS", 1)  # two asserted bars: WebGL lines; one planned: bars
    monkeypatch.setattr(module, "GL_POINTS", 1)  # points in two lanes: WebGL; in one: SVG
    tl = small_timeline()
    week = TimeSpan(date(2025, 11, 3), date(2025, 11, 9), Granularity.WEEK, "2025-W45")
    tl.events.append(make_event("Council met", "d2", week, ("Council",)))
    def shades(t: dict):
        return t.get("marker", {}).get("opacity") if t["type"] == "bar" else t.get("opacity")

    data = figure(tl).to_dict()["data"]
    expected = [{"x": t["x"], "base": t.get("base"), "shades": shades(t)} for t in data]
    assert {t["type"] for t in data} == {"bar", "scatter", "scattergl"}
    assert any(isinstance(shades(t), list) for t in data)  # fading bars ("early next year")
    report = open_report(render_html(tl))
    shown = report.js("""() => document.getElementById("plot").data
        .filter(t => t.meta.kind !== "cluster").map(t => ({x: t.x, base: t.base || null,
          shades: (t.type === "bar" ? t.marker.opacity : t.opacity) ?? null}))""")
    assert shown == expected
    assert report.errors == []


def marker_colours(report: Report) -> list:
    return report.js("""() => document.getElementById("plot").data
        .filter(t => t.meta && (t.meta.kind === "point" || t.meta.kind === "bar"))
        .map(t => t.mode === "lines" ? t.line.color : t.marker.color)""")


def test_colour_switch_recolours_without_changing_what_is_drawn(open_report, examples):
    report = open_report(render_html(examples))
    drawn = report.drawn()
    by_modality = marker_colours(report)
    assert report.js("() => document.getElementById('colour-legend').textContent").startswith(
        "colour and symbol show the modality")
    report.page.click(".colour-by button[data-colour=confidence]")
    report.wait_idle()
    by_confidence = marker_colours(report)
    assert by_confidence != by_modality
    assert "col=confidence" in report.page.url
    assert report.page.locator("#colour-legend .colorbar").count() == 1
    assert report.drawn() == drawn
    symbols = report.js("""() => document.getElementById("plot").data
        .filter(t => t.meta && t.meta.kind === "point").map(t => t.marker.symbol)""")
    assert symbols and all(isinstance(s, str) for s in symbols)  # symbols still tell modality
    report.page.click(".colour-by button[data-colour=kind]")
    report.wait_idle()
    legend = report.js("""() => Array.from(document.querySelectorAll(
        "#colour-legend .item"), e => e.textContent)""")
    kinds = {e.get("kind") for e in report_data(examples)["events"] if "start" in e}
    assert legend[-1] == "other" and set(legend[:-1]) <= kinds and legend[:-1]
    assert report.drawn() == drawn
    report.page.click(".colour-by button[data-colour=modality]")
    report.wait_idle()
    assert marker_colours(report) == by_modality
    assert "col=" not in report.page.url
    assert report.errors == []


def test_colour_switch_colours_the_dots_of_webgl_bars(open_report, monkeypatch):
    module = importlib.import_module("timeline.render.figure")
    monkeypatch.setattr(module, "GL_BARS", 1)
    tl = small_timeline()
    week = TimeSpan(date(2025, 11, 3), date(2025, 11, 9), Granularity.WEEK, "2025-W45")
    tl.events.append(make_event("Council met", "d2", week, ("Council",)))
    report = open_report(render_html(tl))
    dots = """() => document.getElementById("plot").data
        .filter(t => t.meta && t.meta.mid).map(t => t.marker.color)"""
    assert all(isinstance(c, str) for c in report.js(dots))  # modality: one colour per trace
    report.page.click(".colour-by button[data-colour=confidence]")
    report.wait_idle()
    coloured = report.js(dots)
    assert coloured and all(isinstance(c, list) and all(x.startswith("#") for x in c)
                            for c in coloured)
    assert report.errors == []


def test_colour_mode_in_the_fragment_applies_on_opening(open_report):
    tl = small_timeline()
    report = open_report(render_html(tl), "#col=confidence")
    pressed = report.js("""() => document.querySelector(
        ".colour-by button[aria-pressed=true]").dataset.colour""")
    assert pressed == "confidence"
    colours = [c for c in marker_colours(report) if isinstance(c, list)]
    assert colours and all(c.startswith("#") for cs in colours for c in cs if c)
    assert report.drawn() == python_pairs(tl)
    assert report.errors == []


def days(plotly_range: list[str]) -> int:
    first, last = (date.fromisoformat(end[:10]) for end in plotly_range)
    return (last - first).days


def test_dense_periods_are_grouped_until_zoomed_in(open_report, monkeypatch):
    monkeypatch.setattr(importlib.import_module("timeline.render.report"), "DENSE_EVENTS", 20)
    tl = synthetic_timeline(200)
    report = open_report(render_html(tl))
    assert report.js("() => document.getElementById('grouped').hidden") is False
    assert report.drawn() == Counter()  # no single event drawn...
    counts = report.js("""() => document.getElementById("plot").data
        .find(t => t.meta.kind === "cluster").hovertext.map(h => parseInt(h.slice(3)))""")
    assert sum(counts) == sum(python_pairs(tl).values())  # ...but every one counted in a group
    # A click on a group zooms into its period; a narrow view shows single events again.
    before = report.js("() => document.getElementById('plot').layout.xaxis.range")
    click_centre(report, steady_box(report, "#plot .scatterlayer path.point"))
    report.wait_idle()
    after = report.js("() => document.getElementById('plot').layout.xaxis.range")
    assert days(after) < days(before) and days(after) <= 120  # a quarter at most, with margins
    report.js("""() => Plotly.relayout("plot", {"xaxis.range": ["2025-03-01", "2025-03-20"]})""")
    report.page.wait_for_function("document.getElementById('grouped').hidden")
    assert report.drawn() == python_pairs(tl)  # all single again (most of them off-view)
    # Zoomed out, they are grouped again, unless the reader asks for them one by one.
    report.js("""() => Plotly.relayout("plot", {"xaxis.autorange": true})""")
    report.page.wait_for_function("!document.getElementById('grouped').hidden")
    assert report.drawn() == Counter()
    report.page.click("#grouped button")
    report.page.wait_for_function("document.querySelector('#grouped button').textContent"
                                  " === 'Group them'")
    assert report.drawn() == python_pairs(tl)
    assert report.errors == []


# ---------------------------------------------------------------- filters, participants, key dates


def shown(report: Report) -> str:
    return report.js("() => document.getElementById('shown').textContent")


def chips(report: Report, facet: str) -> list[str]:
    return report.js(f"""() => Array.from(document.querySelectorAll(
        ".facet[data-facet={facet}] .chip"), c => c.textContent)""")


def shown_count(expected: Timeline, total: int) -> str:
    n = len(expected.events)
    return f"{total} events" if n == total else f"{n} of {total} events shown"


def test_actor_and_year_in_the_fragment_filter_the_timeline_table_and_graph(open_report):
    tl = synthetic_timeline(200)
    actor = Counter(a for e in tl.events for a in e.actors).most_common(1)[0][0]
    fragment = "#" + urlencode({"actor": actor, "from": "2025", "to": "2025"})
    report = open_report(render_html(tl), fragment)
    expected = tl.query(actor=actor, since="2025", until="2025")
    wanted = {i for i, e in enumerate(tl.events) if e in expected.events}
    assert 0 < len(wanted) < 200
    assert shown(report) == shown_count(expected, 200)
    assert chips(report, "actor") == [actor]
    assert report.js("() => [document.getElementById('from').value, "
                     "document.getElementById('to').value]") == ["2025-01-01", "2025-12-31"]
    assert {int(key.split(":")[0]) for key in report.drawn()} == wanted
    rows = report.js("""() => Array.from(document.querySelectorAll("#events tbody tr"),
        tr => parseInt(tr.dataset.index))""")
    assert set(rows) == wanted
    first, last = report.js("() => document.getElementById('plot').layout.xaxis.range")
    assert "2024-12" in first and "2026-01" in last  # the view frames the year
    report.page.click("#tab-graph")
    report.page.wait_for_selector("#graph .scatterlayer")
    nodes = report.js("""() => document.getElementById("graph").data
        .filter(t => t.meta.kind === "node")
        .flatMap(t => t.customdata.filter((i, j) => t.x[j] !== null))""")
    assert set(nodes) == wanted
    # A narrower range: fewer events, and the address follows.
    report.page.fill("#to", "2025-06-30")
    report.page.wait_for_function("location.hash.includes('to=2025-06-30')")
    half = tl.query(actor=actor, since="2025", until="2025-06-30")
    assert len(half.events) < len(expected.events)
    assert shown(report) == shown_count(half, 200)
    assert "from=2025-01-01" in report.page.url and "v=graph" in report.page.url
    assert report.errors == []


def test_source_and_kind_fields_add_chips_and_clear_filters_resets_everything(open_report):
    tl = small_timeline()
    report = open_report(render_html(tl))
    assert report.js("() => document.getElementById('key-dates').hidden") is True  # 4 documents
    assert report.js("() => document.getElementById('clear').hidden") is True
    report.page.fill("#f-source", "harbour times")  # any case; the chip shows the known name
    report.page.press("#f-source", "Enter")
    report.page.wait_for_function("location.hash.includes('source=Harbour+Times')")
    assert chips(report, "source") == ["Harbour Times"]
    assert shown(report) == shown_count(tl.query(source="Harbour Times"), 4)
    report.page.fill("#f-kind", "sign")
    report.page.press("#f-kind", "Enter")
    assert shown(report) == "1 of 4 events shown"
    report.page.press("#f-kind", "Backspace")  # in the empty field: drops the last chip
    assert chips(report, "kind") == [] and shown(report) == "2 of 4 events shown"
    report.page.fill("#f-actor", "Nobody at all")
    report.page.press("#f-actor", "Enter")
    assert report.js("() => document.getElementById('f-actor').getAttribute('aria-invalid')") \
        == "true"
    assert chips(report, "actor") == []
    report.page.fill("#q", "budget")
    report.page.wait_for_function("location.hash.includes('q=budget')")
    assert shown(report) == "0 of 4 events shown"
    report.page.click("#summary a")  # an in-page anchor keeps the filters...
    assert shown(report) == "0 of 4 events shown"
    report.page.goto(report.page.url.split("#")[0] + "#kind=sign")  # ...an edited link applies
    report.page.wait_for_function("document.getElementById('shown').textContent"
                                  " === '1 of 4 events shown'")
    assert chips(report, "kind") == ["sign"] and chips(report, "source") == []
    report.page.click("#clear")
    assert shown(report) == "4 events" and chips(report, "kind") == []
    assert report.js("() => [location.hash, document.getElementById('q').value]") == ["", ""]
    assert report.js("() => document.getElementById('clear').hidden") is True
    assert report.errors == []


def test_panel_lists_participants_and_an_actor_click_in_panel_or_graph_filters(open_report):
    tl = small_timeline()
    who = (("agent", "Ministry"), ("patient", "the port deal"), ("location", "Lima"))
    tl.events[0] = with_participants(tl.events[0], who)
    report = open_report(render_html(tl))
    report.page.locator("#events tbody tr", has_text="Ministry signed deal").click()
    report.page.wait_for_selector("#panel:not([hidden])")
    assert report.js("() => document.querySelector('#panel .participants').textContent") == \
        "agent: Ministry, patient: the port deal, location: Lima"
    report.page.locator("#panel .facts button", has_text="PortCo").click()
    report.page.wait_for_function("location.hash.includes('actor=PortCo')")
    assert chips(report, "actor") == ["PortCo"] and shown(report) == "1 of 4 events shown"
    report.page.keyboard.press("Escape")
    report.page.click("#tab-graph")
    report.page.wait_for_selector("#graph .scatterlayer")
    k, j = report.js("""() => {
      const gd = document.getElementById("graph");
      const k = gd.data.findIndex(t => t.meta.kind === "actor");
      return [k, gd.data[k].customdata.indexOf("Council")];
    }""")
    click_centre(report, steady_box(report, f"#graph .scatterlayer .trace:nth-child({k + 1}) "
                                            "path.point", nth=j))
    report.page.wait_for_function("location.hash.includes('actor=Council')")
    assert chips(report, "actor") == ["Council"] and shown(report) == "1 of 4 events shown"
    assert report.errors == []


def test_key_dates_strip_zooms_the_timeline_to_the_day_and_filters_nothing(open_report):
    tl = dated_corpus(24)
    page_html = render_html(tl)
    rows = page_data(page_html)["key_dates"]
    report = open_report(page_html)
    assert report.js("() => document.getElementById('key-dates').hidden") is False
    items = report.js("""() => Array.from(document.querySelectorAll("#key-dates-list li"),
        li => [li.querySelector(".kd-date").textContent,
               li.querySelector(".kd-text").textContent])""")
    assert items == [[r[0], r[2]] for r in rows]
    report.page.click("#tab-graph")
    chosen = next(k for k, r in enumerate(rows) if r[0] == "2025-03-05")
    report.page.locator("#key-dates-list .kd-date").nth(chosen).click()
    report.wait_idle()
    assert report.js("() => document.getElementById('view-timeline').hidden") is False
    assert report.js("() => document.getElementById('plot').layout.xaxis.range") == \
        ["2025-03-02", "2025-03-09"]  # three days either side, the last one whole
    assert shown(report) == "24 events" and "from=" not in report.page.url
    assert report.errors == []


def test_a_filter_keeps_only_the_lanes_that_still_hold_an_event(open_report):
    tl = synthetic_timeline(200)
    actor = Counter(a for e in tl.events for a in e.actors).most_common(1)[0][0]
    report = open_report(render_html(tl))
    ticks = "() => document.getElementById('plot').layout.yaxis.ticktext"
    all_lanes = report.js(ticks)
    report.page.goto(report.page.url.split("#")[0] + "#" + urlencode({"actor": actor}))
    report.page.reload()
    report.page.wait_for_selector("html[data-rendered]")
    report.wait_idle()
    kept = report.js(ticks)
    lanes_of_shown = {a for e in tl.query(actor=actor).events for a in e.actors}
    assert actor in kept and len(kept) < len(all_lanes)
    expected = {name for name in all_lanes if name in lanes_of_shown}
    if lanes_of_shown - set(all_lanes):  # actors beyond the lane cap share one lane
        expected.add("(other actors)")
    assert set(kept) == expected
    assert kept == [name for name in all_lanes if name in kept]  # the order is kept
    assert report.js("() => document.getElementById('plot').layout.height") == max(
        360, 140 + 24 * len(kept))  # the plot shrinks with its lanes
    # every drawn point sits on a kept lane
    ys = report.js("""() => document.getElementById("plot").data
        .filter(t => t.visible !== false && t.meta && ["point", "bar"].includes(t.meta.kind))
        .flatMap(t => t.y.filter((y, j) => t.x[j] !== null))""")
    assert ys and all(-0.5 < y < len(kept) - 0.5 for y in ys)
    report.page.click("#clear")
    report.wait_idle()
    assert report.js(ticks) == all_lanes
    assert report.errors == []


def test_a_filter_whose_events_lie_outside_the_view_brings_them_into_view(open_report):
    recent = [make_event(f"Port measure {i}", "d1", day(f"2026-03-{i + 1:02d}"), ("Chile",))
              for i in range(20)]
    old = [make_event("Old strike", "d1", day("2019-06-10"), ("Dockers Union",))]
    tl = Timeline(documents=[make_doc("d1")], events=recent + old, relations=[])
    report = open_report(render_html(tl))
    view = "() => document.getElementById('plot').layout.xaxis.range"
    first, last = report.js(view)
    assert first.startswith("2026")  # the old strike is an outlier left out of the first view
    report.page.goto(report.page.url.split("#")[0] + "#" + urlencode({"actor": "Dockers Union"}))
    report.page.reload()
    report.page.wait_for_selector("html[data-rendered]")
    report.wait_idle()
    first, last = report.js(view)
    assert first < "2019-06-10" < last
    # with an event already in view, the reader's zoom stays
    report.page.goto(report.page.url.split("#")[0] + "#" + urlencode({"actor": "Chile"}))
    report.page.reload()
    report.page.wait_for_selector("html[data-rendered]")
    report.wait_idle()
    assert report.js(view)[0].startswith("2026")
    assert report.errors == []
