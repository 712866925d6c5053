  // ---------- filters: text, actor, source, kind, date range, minimum confidence ----------
  // Within one facet any chosen value matches; across filters all must. A date range keeps the
  // events whose interval overlaps it (undated ones are left out), as timeline.explore.query does.
  var q = document.getElementById("q"), conf = document.getElementById("conf");
  var confOut = document.getElementById("conf-value"), shownOut = document.getElementById("shown");
  var fromIn = document.getElementById("from"), toIn = document.getElementById("to");
  var clearButton = document.getElementById("clear");
  var lastKey = visible.join(), lastDates = "|";
  var FACETS = ["actor", "source", "kind"];
  var facetValues = {  // per event, the names each facet matches
    actor: events.map(function (ev) { return ev.actors || []; }),
    source: events.map(sourceNames),
    kind: events.map(function (ev) { return ev.kind ? [ev.kind] : []; })
  };
  var chosen = {actor: [], source: [], kind: []}, known = {};
  FACETS.forEach(function (f) {
    var counts = {}, names = [];
    facetValues[f].forEach(function (list) {
      list.forEach(function (n) { if (!counts[n]) { counts[n] = 0; names.push(n); } counts[n]++; });
    });
    names.sort(function (a, b) { return counts[b] - counts[a] || (a < b ? -1 : a > b ? 1 : 0); });
    known[f] = {};
    names.forEach(function (n) { known[f][n.toLowerCase()] = n; });
    var list = document.getElementById("l-" + f);
    names.slice(0, 2000).forEach(function (n) {  // the commonest; any known name can be typed
      var o = el("option");
      o.value = n;
      o.label = counts[n] + " event" + (counts[n] === 1 ? "" : "s");
      list.appendChild(o);
    });
  });
  function boundDay(v, end) {  // "2025", "2025-03" or "2025-03-04" -> the first (last) day
    var m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(String(v || "").trim());
    if (!m) return "";
    if (m[3]) return m[0];
    if (!end) return m[1] + "-" + (m[2] || "01") + "-01";
    return isoDay(m[2] ? utcDay(+m[1], +m[2], 1) - 1 : utcDay(+m[1] + 1, 0, 1) - 1);
  }
  function filtering() {
    return !!(q.value || parseFloat(conf.value) > 0 || fromIn.value || toIn.value ||
      FACETS.some(function (f) { return chosen[f].length; }));
  }

  function applyFilter() {
    var terms = q.value.toLowerCase().split(/\s+/).filter(Boolean), min = parseFloat(conf.value) || 0;
    var from = fromIn.value, to = toIn.value;
    var wanted = {};
    FACETS.forEach(function (f) { wanted[f] = chosen[f].map(function (n) { return n.toLowerCase(); }); });
    confOut.textContent = String(min);
    var count = 0;
    visible = events.map(function (ev, i) {
      var ok = ev.confidence >= min && terms.every(function (t) { return haystack[i].indexOf(t) >= 0; });
      if (ok && (from || to)) ok = !!ev.start && (!from || ev.end >= from) && (!to || ev.start <= to);
      for (var k = 0; ok && k < FACETS.length; k++) {
        var w = wanted[FACETS[k]];
        if (w.length) ok = facetValues[FACETS[k]][i].some(function (n) { return w.indexOf(n.toLowerCase()) >= 0; });
      }
      if (ok) count++;
      return ok;
    });
    var key = visible.join();
    var changed = key !== lastKey;
    lastKey = key;
    shownOut.textContent = count === events.length ? events.length + " events" : count + " of " + events.length + " events shown";
    clearButton.hidden = !filtering();
    if (from + "|" + to !== lastDates) { lastDates = from + "|" + to; zoomToDates(from, to); }
    else if (changed && !from && !to) showSomeEvent();
    if (changed) {
      refreshPlot();
      if (graphDrawn) drawGraph();
    }
    limit = PAGE;
    renderTable();
    setHash();
  }
  var timer = null;
  function later() { clearTimeout(timer); timer = setTimeout(applyFilter, 150); }
  q.addEventListener("input", later);
  conf.addEventListener("input", later);
  fromIn.addEventListener("change", applyFilter);
  toIn.addEventListener("change", applyFilter);
  clearButton.addEventListener("click", function () {
    q.value = ""; conf.value = "0"; fromIn.value = ""; toIn.value = "";
    FACETS.forEach(function (f) { chosen[f] = []; drawChips(f); });
    applyFilter();
    q.focus();
  });

  // The date range also frames the timeline; clearing it brings the first view back.
  var firstRange = plotted && fig.layout.xaxis && fig.layout.xaxis.range ? fig.layout.xaxis.range.slice() : null;
  // A filter whose events all lie outside the view (an actor of 2019 while the view shows
  // 2026) brings them into view; when some are already in view, the reader's zoom stays.
  function showSomeEvent() {
    if (!hasPlotly || !plotted || !gd.layout) return;
    var view = viewDays(), lo = Infinity, hi = -Infinity, inView = false;
    evSpan.forEach(function (s, i) {
      if (!s || !visible[i]) return;
      lo = Math.min(lo, s[0]); hi = Math.max(hi, s[1]);
      if (s[1] > view[0] && s[0] < view[1]) inView = true;
    });
    if (inView || !isFinite(lo)) return;
    var pad = Math.max(1, Math.round((hi - lo) * 0.03));
    Plotly.relayout(gd, {"xaxis.range": [isoDay(lo - pad), isoDay(hi + pad)]});
  }
  function zoomToDates(from, to) {
    if (!hasPlotly || !plotted || !gd.layout) return;
    if (!from && !to) { if (firstRange) Plotly.relayout(gd, {"xaxis.range": firstRange.slice()}); return; }
    // An open side keeps the first view's edge (which leaves far outliers out) when it lies
    // beyond the given one; else it reaches the last (first) event shown.
    var lo = Infinity, hi = -Infinity;
    evSpan.forEach(function (s, i) { if (s && visible[i]) { lo = Math.min(lo, s[0]); hi = Math.max(hi, s[1]); } });
    var a = from ? dayNumber(from) : firstRange ? toDay(firstRange[0]) : lo;
    var b = to ? dayNumber(to) + 1 : firstRange ? toDay(firstRange[1]) : hi;
    if (!(b > a) && !to) b = hi;
    if (!(b > a) && !from) a = lo;
    if (!(b > a) || !isFinite(a) || !isFinite(b)) return;
    var pad = Math.max(1, Math.round((b - a) * 0.03));
    Plotly.relayout(gd, {"xaxis.range": [isoDay(a - pad), isoDay(b + pad)]});
  }

  // Actor, source and kind: a text field with the known names (a datalist); Enter or a pick
  // from the list adds the name as a chip, a click on a chip (or Backspace in the empty field)
  // removes it.
  function drawChips(f) {
    var box = document.querySelector(".facet[data-facet=" + f + "] .chips");
    box.textContent = "";
    chosen[f].forEach(function (name) {
      var chip = el("button", "chip", name);
      chip.type = "button";
      chip.setAttribute("aria-label", "Remove " + f + " filter: " + name);
      chip.title = "Remove this filter";
      chip.addEventListener("click", function () {
        chosen[f] = chosen[f].filter(function (n) { return n !== name; });
        drawChips(f);
        applyFilter();
        document.getElementById("f-" + f).focus();
      });
      box.appendChild(chip);
    });
  }
  function setFacet(f, names) {
    chosen[f] = [];
    names.forEach(function (n) {
      n = known[f][String(n).toLowerCase()] || String(n);
      if (n && chosen[f].indexOf(n) < 0) chosen[f].push(n);
    });
    drawChips(f);
  }
  FACETS.forEach(function (f) {
    var input = document.getElementById("f-" + f);
    function take() {
      var name = known[f][input.value.trim().toLowerCase()];
      if (!input.value.trim()) return;
      if (!name) { input.setAttribute("aria-invalid", "true"); input.title = "No event has this " + f; return; }
      input.removeAttribute("aria-invalid"); input.title = "";
      input.value = "";
      if (chosen[f].indexOf(name) < 0) { setFacet(f, chosen[f].concat([name])); applyFilter(); }
    }
    input.addEventListener("keydown", function (e) {
      if (e.key === "Enter") { e.preventDefault(); take(); }
      else if (e.key === "Backspace" && !input.value && chosen[f].length) {
        setFacet(f, chosen[f].slice(0, -1)); applyFilter();
      }
    });
    input.addEventListener("input", function (e) {
      input.removeAttribute("aria-invalid");
      if (e.inputType === "insertReplacementText" || e.inputType === undefined) take();  // a pick from the list
    });
    input.addEventListener("change", take);
  });
  function filterBy(f, name) {  // from the panel or the graph: show this actor's (source's...) events
    setFacet(f, [name]);
    applyFilter();
  }

  // ---------- URL fragment: #q=..&c=..&actor=..&source=..&kind=..&from=..&to=..&e=..&v=..&col=.. ----------
  var restoring = false;
  function setHash() {
    if (restoring) return;
    var p = new URLSearchParams();
    if (q.value) p.set("q", q.value);
    if (parseFloat(conf.value) > 0) p.set("c", conf.value);
    FACETS.forEach(function (f) { chosen[f].forEach(function (n) { p.append(f, n); }); });
    if (fromIn.value) p.set("from", fromIn.value);
    if (toIn.value) p.set("to", toIn.value);
    if (current !== null) p.set("e", events[current].id);
    if (currentTab() === "tab-graph") p.set("v", "graph");
    if (colourMode !== "modality") p.set("col", colourMode);
    var h = p.toString();
    if (h !== location.hash.replace(/^#/, "")) {
      history.replaceState(null, "", h ? "#" + h : location.pathname + location.search);
    }
  }
  function readHash() {
    var p = new URLSearchParams(location.hash.replace(/^#/, ""));
    restoring = true;
    q.value = p.get("q") || "";
    conf.value = p.get("c") || "0";
    FACETS.forEach(function (f) { setFacet(f, p.getAll(f)); });
    fromIn.value = boundDay(p.get("from"), false);
    toIn.value = boundDay(p.get("to"), true);
    setColour(p.get("col") || "modality");
    applyFilter();
    var id = p.get("e");
    var tab = p.get("v") === "graph" ? "tab-graph" : "tab-timeline";
    if (currentTab() !== tab) showTab(document.getElementById(tab));
    restoring = false;
    if (id) {
      var i = events.findIndex(function (ev) { return ev.id === id; });
      if (i >= 0) openPanel(i);
    } else closePanel();
    setHash();
  }
  // A link edited in the address bar (or followed from another tab of the page) applies at once.
  // An in-page anchor ("#documents-section") is not a view: it leaves the filters alone.
  window.addEventListener("hashchange", function () {
    if (!location.hash || location.hash.indexOf("=") >= 0) readHash();
  });

