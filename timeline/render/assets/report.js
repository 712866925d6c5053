/* The timeline report page: plot, detail panel, filter, tables.
 * All article text is put into the page with textContent (never parsed as markup), and links only
 * ever point to http(s) URLs, so a hostile article cannot run code here. */
(function () {
  "use strict";

  var data = JSON.parse(document.getElementById("timeline-data").textContent);
  var fig = JSON.parse(document.getElementById("timeline-figure").textContent);
  // Events and mentions come as rows under a field list (see timeline.render.report.pack).
  function unpack(rows, fields) {
    return rows.map(function (row) {
      var o = {};
      fields.forEach(function (f, k) { if (row[k] !== undefined && row[k] !== null) o[f] = row[k]; });
      return o;
    });
  }
  var events = unpack(data.events.rows, data.events.fields), docs = data.documents;
  events.forEach(function (ev) {
    ev.mentions = unpack(ev.mentions || [], data.events.mention_fields);
    ev.modality = ev.modality || "asserted";
    if (ev.start && !ev.end) ev.end = ev.start;
    ev.mentions.forEach(function (m) {
      if (!m.time_text && m.time) m.time_text = m.text.slice(m.time[0], m.time[1]);
      if (!ev.time_text && m.time && !m.start) ev.time_text = m.time_text;
      if (!m.start && ev.start && !m.undated) { m.start = ev.start; m.end = ev.end; }
    });
  });
  var PAGE = 500;

  // ---------- small helpers ----------
  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }
  function docLabel(d) { return d.source || d.title || d.path || d.id || "?"; }
  function safeUrl(url) { return typeof url === "string" && /^https?:\/\/[^\s]+$/i.test(url) ? url : null; }
  function link(url, text) {
    var ok = safeUrl(url);
    if (!ok) return el("span", null, text);
    var a = el("a", null, text);
    a.href = ok; a.rel = "noopener noreferrer nofollow"; a.target = "_blank";
    return a;
  }
  function escPlotly(s) { return String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;"); }
  function interval(ev) {
    if (!ev.start) return "undated";
    return ev.start === ev.end ? ev.start : ev.start + " – " + ev.end;
  }
  function sourceNames(ev) {
    var seen = [];
    (ev.sources || []).forEach(function (i) { var n = docLabel(docs[i] || {}); if (seen.indexOf(n) < 0) seen.push(n); });
    return seen;
  }
  // Mirrors timeline.render.figure.hover_text.
  function hoverText(ev) {
    var lines = ["<b>" + escPlotly(ev.title) + "</b>"];
    if (ev.time_text) lines.push("“" + escPlotly(ev.time_text) + "”");
    if (ev.start) lines.push(interval(ev) + " (" + escPlotly(ev.granularity + (ev.mod ? ", " + ev.mod : "")) + ")");
    else lines.push("undated");
    var names = sourceNames(ev);
    if (names.length) lines.push(escPlotly(names.slice(0, 3).join(", ")) + (names.length > 3 ? " +" + (names.length - 3) + " more" : ""));
    lines.push(ev.modality + " · confidence " + ev.confidence);
    return lines.join("<br>");
  }

  // ---------- relations and search index ----------
  var related = events.map(function () { return []; });
  data.relations.forEach(function (r) {
    related[r[0]].push({other: r[1], type: r[2], out: true, confidence: r[3], evidence: r[4]});
    related[r[1]].push({other: r[0], type: r[2], out: false, confidence: r[3], evidence: r[4]});
  });
  var haystack = events.map(function (ev) {
    var parts = [ev.title, ev.time_text || "", interval(ev)].concat(ev.actors || [], sourceNames(ev));
    (ev.mentions || []).forEach(function (m) { parts.push(m.text || ""); });
    return parts.join("\n").toLowerCase();
  });

  // ---------- summary ----------
  (function summary() {
    var s = data.summary, box = document.getElementById("summary");
    var docsText = s.documents + " document" + (s.documents === 1 ? "" : "s") + " (" + s.ok + " ok, " + s.empty + " empty, ";
    box.appendChild(el("span", null, docsText));
    var failed = el("a", s.failed ? "bad" : null, s.failed + " failed");
    failed.href = "#documents-section";
    box.appendChild(failed);
    box.appendChild(el("span", null, ") · " + s.events + " events (" + s.dated + " dated, " + s.undated + " undated) · " +
      s.relations + " relations" + (s.first ? " · " + s.first + " to " + s.last : "")));
    if (s.sources.length) {
      var shown = s.sources.slice(0, 8).join(", ") + (s.sources.length > 8 ? " +" + (s.sources.length - 8) + " more" : "");
      box.appendChild(el("span", null, " · sources: " + shown));
    }
  })();

  // ---------- plot ----------
  // Positions on the time axis are left out of the embedded figure; they are computed here from
  // the events exactly as timeline.render.figure computes them.
  var DAY = 86400000;
  function dayNumber(iso) { return Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / DAY; }
  function isoDay(n) { return new Date(n * DAY).toISOString().slice(0, 10); }
  function midpoint(ev) {
    if (ev.granularity === "day" || ev.granularity === "time") return ev.start;
    var s = dayNumber(ev.start);
    return isoDay(s + Math.floor((dayNumber(ev.end) - s + 1) / 2));
  }
  function positions(t) {
    var cd = t.customdata || [], kind = t.meta && t.meta.kind;
    if (t.type === "bar") {
      t.base = cd.map(function (i) { return events[i].start; });
      return cd.map(function (i) { return (dayNumber(events[i].end) - dayNumber(events[i].start) + 1) * DAY; });
    }
    return cd.map(function (i, j) {
      if (i === null || i === undefined) return null;
      var ev = events[i];
      if (kind === "relation") return midpoint(ev);
      if (kind === "bar") return j > 0 && cd[j - 1] === i ? isoDay(dayNumber(ev.end) + 1) : ev.start;
      return ev.start;
    });
  }
  var gd = document.getElementById("plot");
  var labels = events.map(hoverText);
  fig.data.forEach(function (t) { if (!t.x) t.x = positions(t); });
  var originalX = fig.data.map(function (t) { return (t.x || []).slice(); });
  fig.data.forEach(function (t) {
    if (t.hoverinfo !== "skip" && t.customdata) {
      t.hovertext = t.customdata.map(function (i) { return i === null ? null : labels[i]; });
    }
  });
  var plotted = events.some(function (ev) { return !!ev.start; });
  if (typeof Plotly === "undefined") {
    gd.appendChild(el("p", "notice", "plotly.js could not be loaded (this report loads it from the internet); the tables below still work."));
  } else if (!plotted) {
    gd.appendChild(el("p", "notice", "No dated events to draw."));
  } else {
    // A responsive plot fills its box, so the box takes the figure's height (which grows with
    // the number of lanes and changes when the lanes are switched).
    gd.style.height = (fig.layout.height || 450) + "px";
    Plotly.newPlot(gd, fig.data, fig.layout, {responsive: true, displaylogo: false,
      modeBarButtonsToRemove: ["lasso2d", "select2d"]});
    var fitBox = function () {
      var h = gd.layout.height;
      if (h && gd.style.height !== h + "px") { gd.style.height = h + "px"; Plotly.Plots.resize(gd); }
    };
    gd.on("plotly_relayout", fitBox);
    gd.on("plotly_update", fitBox);
    // The page settles (scroll bar, fonts) after the first draw; fit the plot to it once more.
    window.requestAnimationFrame(function () { Plotly.Plots.resize(gd); });
    gd.on("plotly_click", function (e) {
      var p = e && e.points && e.points[0];
      if (p && p.customdata !== undefined && p.customdata !== null) openPanel(p.customdata);
    });
  }

  // ---------- detail panel ----------
  var panel = document.getElementById("panel"), body = document.getElementById("panel-body");
  var lastFocus = null, current = null;
  // How a relation reads from either end: "A before B" is "B after A".
  var FORWARD = {before: "before", after: "after", includes: "includes", overlaps: "overlaps",
    causes: "causes", responds_to: "responds to", shares_actor: "shares an actor with"};
  var BACKWARD = {before: "after", after: "before", includes: "during", overlaps: "overlaps",
    causes: "caused by", responds_to: "answered by", shares_actor: "shares an actor with"};

  function highlighted(text, trigger, time) {
    var p = el("p", "sentence"), cuts = [0, text.length];
    [trigger, time].forEach(function (r) { if (r) { cuts.push(r[0], r[1]); } });
    cuts = cuts.filter(function (c, i, a) { return c >= 0 && c <= text.length && a.indexOf(c) === i; })
      .sort(function (a, b) { return a - b; });
    for (var k = 0; k + 1 < cuts.length; k++) {
      var a = cuts[k], b = cuts[k + 1], piece = text.slice(a, b);
      var inTrigger = trigger && a >= trigger[0] && b <= trigger[1];
      var inTime = time && a >= time[0] && b <= time[1];
      if (!inTrigger && !inTime) { p.appendChild(document.createTextNode(piece)); continue; }
      var mark = el("mark", (inTrigger ? "trigger" : "") + (inTime ? " time" : ""), piece);
      mark.title = inTrigger && inTime ? "event and date words" : inTrigger ? "event word" : "date words";
      p.appendChild(mark);
    }
    return p;
  }

  function row(dl, term, value) {
    if (value === undefined || value === null || value === "") return;
    dl.appendChild(el("dt", null, term));
    var dd = el("dd");
    if (value instanceof Node) dd.appendChild(value); else dd.textContent = String(value);
    dl.appendChild(dd);
  }

  function openPanel(i) {
    var ev = events[i];
    if (!ev) return;
    current = i;
    if (panel.hidden) lastFocus = document.activeElement;
    body.textContent = "";
    body.appendChild(el("h2", null, ev.title));
    var dl = el("dl", "facts");
    row(dl, "Date words", ev.time_text ? "“" + ev.time_text + "”" : null);
    row(dl, "Interval", ev.start ? interval(ev) + " (" + ev.granularity + (ev.value ? ", " + ev.value : "") +
      (ev.mod ? ", " + ev.mod : "") + ")" : "undated: no date in the text could be tied to it");
    if (ev.vague) row(dl, "Certainty", "approximate date");
    row(dl, "Modality", ev.modality);
    row(dl, "Confidence", ev.confidence);
    row(dl, "Actors", (ev.actors || []).join(", ") || "none found");
    row(dl, "Sources", sourceNames(ev).join(", "));
    body.appendChild(dl);
    if (ev.disagreements && ev.disagreements.length) {
      body.appendChild(el("h3", null, "Sources disagree"));
      var ul = el("ul", "disagreements");
      ev.disagreements.forEach(function (d) { ul.appendChild(el("li", null, d)); });
      body.appendChild(ul);
    }
    if (related[i].length) {
      body.appendChild(el("h3", null, "Related events"));
      var rl = el("ul", "relations");
      related[i].forEach(function (r) {
        var li = el("li"), words = (r.out ? FORWARD : BACKWARD)[r.type] || r.type.replace(/_/g, " ");
        li.appendChild(el("span", "reltype", words));
        var b = el("button", "linklike", events[r.other].title);
        b.type = "button";
        b.addEventListener("click", function () { openPanel(r.other); });
        li.appendChild(b);
        if (r.evidence) li.title = r.evidence;
        rl.appendChild(li);
      });
      body.appendChild(rl);
    }
    body.appendChild(el("h3", null, (ev.mentions || []).length === 1 ? "Mention" : "Mentions (" + ev.mentions.length + ")"));
    (ev.mentions || []).forEach(function (m) {
      var box = el("blockquote", "mention"), d = docs[m.doc] || {};
      box.appendChild(highlighted(m.text || "", m.trigger, m.time));
      var cite = el("p", "cite");
      cite.appendChild(link(d.url, d.title || d.path || "document"));
      var extra = [];
      if (d.source) extra.push(d.source);
      if (d.published) extra.push("published " + d.published);
      cite.appendChild(el("span", null, extra.length ? " — " + extra.join(", ") : ""));
      box.appendChild(cite);
      var how = m.time_text ? "dated by “" + m.time_text + "”" + (m.anchor ? ", anchored: " + m.anchor : "")
        : m.time_source === "reported" ? "no date words; dated to the publication date" : "no date";
      if (m.start) how += " → " + (m.start === m.end ? m.start : m.start + " – " + m.end);
      box.appendChild(el("p", "how", how));
      body.appendChild(box);
    });
    panel.hidden = false;
    document.body.classList.add("with-panel");
    refit();
    panel.focus();
    setHash();
  }

  function refit() {  // the panel takes room from the plot on wide screens
    if (typeof Plotly !== "undefined" && plotted) Plotly.Plots.resize(gd);
  }

  function closePanel() {
    if (panel.hidden) return;
    panel.hidden = true;
    current = null;
    document.body.classList.remove("with-panel");
    refit();
    setHash();
    if (lastFocus && lastFocus.focus) lastFocus.focus();
  }
  document.getElementById("panel-close").addEventListener("click", closePanel);
  document.addEventListener("keydown", function (e) { if (e.key === "Escape") closePanel(); });

  // ---------- filter ----------
  var q = document.getElementById("q"), conf = document.getElementById("conf");
  var confOut = document.getElementById("conf-value"), shownOut = document.getElementById("shown");
  var visible = events.map(function () { return true; });
  var lastKey = visible.join();

  function applyFilter() {
    var terms = q.value.toLowerCase().split(/\s+/).filter(Boolean), min = parseFloat(conf.value) || 0;
    confOut.textContent = String(min);
    var count = 0;
    visible = events.map(function (ev, i) {
      var ok = ev.confidence >= min && terms.every(function (t) { return haystack[i].indexOf(t) >= 0; });
      if (ok) count++;
      return ok;
    });
    var key = visible.join();
    var changed = key !== lastKey;
    lastKey = key;
    shownOut.textContent = count === events.length ? events.length + " events" : count + " of " + events.length + " events shown";
    if (changed && typeof Plotly !== "undefined" && plotted) {
      var xs = fig.data.map(function (t, k) {
        var cd = t.customdata || [];
        return originalX[k].map(function (x, j) { var i = cd[j]; return i === null || i === undefined || visible[i] ? x : null; });
      });
      // Naming the axis type stops restyle from re-guessing it (bar lengths are plain numbers);
      // naming the range keeps the reader's zoom.
      var axis = {"xaxis.type": "date"};
      if (gd.layout.xaxis && gd.layout.xaxis.range) axis["xaxis.range"] = gd.layout.xaxis.range.slice();
      Plotly.update(gd, {x: xs}, axis, fig.data.map(function (_, k) { return k; }));
    }
    limit = PAGE;
    renderTable();
    setHash();
  }
  var timer = null;
  function later() { clearTimeout(timer); timer = setTimeout(applyFilter, 150); }
  q.addEventListener("input", later);
  conf.addEventListener("input", later);

  // ---------- URL fragment: #q=...&c=...&e=... ----------
  var restoring = false;
  function setHash() {
    if (restoring) return;
    var p = new URLSearchParams();
    if (q.value) p.set("q", q.value);
    if (parseFloat(conf.value) > 0) p.set("c", conf.value);
    if (current !== null) p.set("e", events[current].id);
    var h = p.toString();
    history.replaceState(null, "", h ? "#" + h : location.pathname + location.search);
  }
  function readHash() {
    var p = new URLSearchParams(location.hash.replace(/^#/, ""));
    restoring = true;
    q.value = p.get("q") || "";
    conf.value = p.get("c") || "0";
    applyFilter();
    var id = p.get("e");
    restoring = false;
    if (id) {
      var i = events.findIndex(function (ev) { return ev.id === id; });
      if (i >= 0) openPanel(i);
    }
  }

  // ---------- event table ----------
  var tbody = document.querySelector("#events tbody"), more = document.getElementById("more");
  var sortKey = "start", sortDir = 1, limit = PAGE;
  function sortValue(ev, key) {
    if (key === "start") return ev.start ? ev.start + (ev.end || "") : "\uffff";
    if (key === "actors") return (ev.actors || []).join(", ").toLowerCase() || "\uffff";
    if (key === "sources") return sourceNames(ev).join(", ").toLowerCase();
    if (key === "confidence") return ev.confidence;
    return String(ev.title).toLowerCase();
  }
  function renderTable() {
    var order = [];
    events.forEach(function (ev, i) { if (visible[i]) order.push(i); });
    order.sort(function (a, b) {
      var x = sortValue(events[a], sortKey), y = sortValue(events[b], sortKey);
      return x < y ? -sortDir : x > y ? sortDir : a - b;
    });
    tbody.textContent = "";
    order.slice(0, limit).forEach(function (i) {
      var ev = events[i], tr = el("tr");
      tr.tabIndex = 0;
      tr.dataset.index = String(i);
      if (ev.vague) tr.className = "vague";
      tr.appendChild(el("td", null, ev.title));
      var when = el("td", ev.start ? null : "undated", interval(ev));
      if (ev.time_text) when.title = "“" + ev.time_text + "”";
      tr.appendChild(when);
      tr.appendChild(el("td", null, (ev.actors || []).join(", ")));
      tr.appendChild(el("td", null, sourceNames(ev).join(", ")));
      tr.appendChild(el("td", "num", ev.confidence));
      tbody.appendChild(tr);
    });
    more.hidden = order.length <= limit;
    more.textContent = "Show more (" + (order.length - limit) + " not shown)";
  }
  tbody.addEventListener("click", function (e) {
    var tr = e.target.closest("tr");
    if (tr) openPanel(parseInt(tr.dataset.index, 10));
  });
  tbody.addEventListener("keydown", function (e) {
    var tr = e.target.closest("tr");
    if (!tr) return;
    if (e.key === "Enter" || e.key === " ") { e.preventDefault(); openPanel(parseInt(tr.dataset.index, 10)); }
    if (e.key === "ArrowDown" && tr.nextElementSibling) { e.preventDefault(); tr.nextElementSibling.focus(); }
    if (e.key === "ArrowUp" && tr.previousElementSibling) { e.preventDefault(); tr.previousElementSibling.focus(); }
  });
  more.addEventListener("click", function () { limit += PAGE; renderTable(); });
  document.querySelectorAll("#events th").forEach(function (th) {
    th.querySelector("button").addEventListener("click", function () {
      var key = th.dataset.key;
      sortDir = key === sortKey ? -sortDir : (key === "confidence" ? -1 : 1);
      sortKey = key;
      document.querySelectorAll("#events th").forEach(function (other) { other.removeAttribute("aria-sort"); });
      th.setAttribute("aria-sort", sortDir > 0 ? "ascending" : "descending");
      renderTable();
    });
  });

  // ---------- documents ----------
  (function documentsTable() {
    var tb = document.querySelector("#documents tbody");
    var counts = docs.map(function () { return 0; });
    events.forEach(function (ev) { (ev.sources || []).forEach(function (i) { counts[i]++; }); });
    docs.forEach(function (d, i) {
      var tr = el("tr", "status-" + d.status);
      tr.appendChild(el("td", "num", i + 1));
      var name = el("td");
      name.appendChild(link(d.url, d.title || d.path));
      if (d.title && d.path) name.appendChild(el("div", "path", d.path));
      tr.appendChild(name);
      tr.appendChild(el("td", null, d.source || ""));
      tr.appendChild(el("td", null, d.published ? d.published + (d.published_from ? " (" + d.published_from + ")" : "") : "unknown"));
      tr.appendChild(el("td", "status", d.status));
      tr.appendChild(el("td", d.error ? "error" : null, d.error || counts[i] + " event" + (counts[i] === 1 ? "" : "s")));
      tb.appendChild(tr);
    });
  })();

  readHash();
})();
