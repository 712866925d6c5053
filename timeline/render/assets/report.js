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
    ev.mentions.forEach(function (m) {  // [role index, name, ...] -> [[role, name], ...]
      var flat = m.participants || [], pairs = [];
      for (var k = 0; k + 1 < flat.length; k += 2) pairs.push([(data.roles || [])[flat[k]] || "?", flat[k + 1]]);
      m.participants = pairs;
    });
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
  function docLabel(d) {  // as render/data.py document_label: outlet, title, file name
    return d.source || d.title || (d.path && d.path.split(/[\\/]/).pop()) || d.id || "?";
  }
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
    (ev.mentions || []).forEach(function (m) {
      parts.push(m.text || "");
      (m.participants || []).forEach(function (rn) { parts.push(rn[1]); });
    });
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
  function utcDay(y, m, d) { var t = new Date(0); t.setUTCFullYear(y, m, d); return Math.round(t.getTime() / DAY); }
  function dayNumber(iso) { return utcDay(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)); }
  function isoDay(n) { return new Date(n * DAY).toISOString().slice(0, 10); }
  function midpoint(ev) {
    if (ev.granularity === "day" || ev.granularity === "time") return ev.start;
    var s = dayNumber(ev.start);
    return isoDay(s + Math.floor((dayNumber(ev.end) - s + 1) / 2));
  }
  // A vague interval fades at its ends: timeline.render.shading cuts it into segments (same
  // constants, same arithmetic); the embedded figure has one entry per bar, the page cuts it.
  var CUTS = [0, 0.08, 0.2, 0.8, 0.92, 1], FADE_OPACITY = [0.2, 0.5, 0.9, 0.5, 0.2], SOLID = 0.9;
  var COARSE = ["season", "quarter", "half", "year", "decade", "century"], VAGUE_POINT = 0.35;
  function fades(ev) {
    return !!ev.start && ev.start !== ev.end && !!(ev.mod || ev.vague || COARSE.indexOf(ev.granularity) >= 0);
  }
  function segments(ev) {  // [first second, second after, opacity], counted from the start day
    var total = (dayNumber(ev.end) - dayNumber(ev.start) + 1) * 86400;
    if (!fades(ev)) return [[0, total, SOLID]];
    var c = CUTS.map(function (f) { return Math.floor(total * f + 0.5); });
    return FADE_OPACITY.map(function (o, k) { return [c[k], c[k + 1], o]; });
  }
  function moment(start, s) {  // the plotly date s seconds after the start of day `start`
    var iso = new Date(dayNumber(start) * DAY + s * 1000).toISOString();
    return s % 86400 === 0 ? iso.slice(0, 10) : iso.replace("T", " ").slice(0, 19);
  }
  function cutBars(t) {  // one entry per bar -> one per segment (same event, same lane)
    var cd = [], y = [], colours = t.marker && Array.isArray(t.marker.color) ? [] : null;
    (t.customdata || []).forEach(function (i, j) {
      var n = i === null || i === undefined ? 1 : segments(events[i]).length;
      for (var k = 0; k < n; k++) { cd.push(i); y.push(t.y[j]); if (colours) colours.push(t.marker.color[j]); }
    });
    t.customdata = cd; t.y = y;
    if (colours) t.marker.color = colours;
  }
  function positions(t) {
    var cd = t.customdata || [], kind = t.meta && t.meta.kind, seen = {};
    function nth(i) { seen[i] = (seen[i] || 0) + 1; return seen[i] - 1; }  // i's k-th entry
    if (t.type === "bar") {
      var segs = cd.map(function (i) { var s = segments(events[i]); return s[nth(i) % s.length]; });
      t.base = cd.map(function (i, j) { return moment(events[i].start, segs[j][0]); });
      if (t.marker && t.marker.opacity === undefined) t.marker.opacity = segs.map(function (s) { return s[2]; });
      return segs.map(function (s) { return (s[1] - s[0]) * 1000; });
    }
    if (kind === "point" && t.marker && t.marker.opacity === undefined) {
      t.marker.opacity = cd.map(function (i) { return events[i].vague ? VAGUE_POINT : SOLID; });
    }
    return cd.map(function (i) {
      if (i === null || i === undefined) return null;
      var ev = events[i];
      if (kind === "relation" || t.meta.mid) return midpoint(ev);  // mid: a dot on a WebGL bar
      if (kind === "bar") {  // WebGL lines: this trace holds the segments of one shade
        var mine = segments(ev).filter(function (s) { return s[2] === t.opacity; });
        var k = nth(i), seg = mine[Math.floor(k / 2) % mine.length];
        return moment(ev.start, seg[k % 2]);
      }
      return ev.start;
    });
  }
  var gd = document.getElementById("plot");
  var labels = events.map(hoverText);
  function withHover(t) {
    if (t.hoverinfo !== "skip" && t.customdata && (!t.meta || t.meta.kind !== "actor")) {
      t.hovertext = t.customdata.map(function (i) { return i === null ? null : labels[i]; });
    }
  }
  fig.data.forEach(function (t) {
    if (!t.x) {
      if (t.type === "bar") cutBars(t);
      t.x = positions(t);
    }
    withHover(t);
  });
  var originalX = fig.data.map(function (t) { return (t.x || []).slice(); });
  var plotted = events.some(function (ev) { return !!ev.start; });
  var hasPlotly = typeof Plotly !== "undefined";

  // ---------- dense periods ----------
  // With more than data.dense events in view, single events give way to one counted marker per
  // lane and day, week, month, quarter or year (about 80 across the view); zooming in, or a click
  // on a group, brings the single events back.
  var DENSE = data.dense || 3000, ACROSS = 80;
  var UNITS = [["day", 1], ["week", 7], ["month", 30.44], ["quarter", 91.3], ["year", 365.25], ["decade", 3652.5]];
  var LANES = [];
  fig.data.forEach(function (t) { var m = t.meta && t.meta.lanes; if (m && LANES.indexOf(m) < 0) LANES.push(m); });
  var evMid = events.map(function (ev) {
    return ev.start ? Math.floor((dayNumber(ev.start) + dayNumber(ev.end)) / 2) : null;
  });
  var evSpan = events.map(function (ev) { return ev.start ? [dayNumber(ev.start), dayNumber(ev.end) + 1] : null; });
  // Per lane mode, the (event, lane) pairs drawn; an event with two actors is in two lanes.
  var drawn = {};
  LANES.forEach(function (mode) { drawn[mode] = {ev: [], lane: []}; });
  var drawnSeen = {};
  LANES.forEach(function (mode) { drawnSeen[mode] = {}; });
  fig.data.forEach(function (t) {
    var kind = t.meta && t.meta.kind;
    if (kind !== "point" && kind !== "bar") return;
    var seen = drawnSeen[t.meta.lanes], cd = t.customdata || [], into = drawn[t.meta.lanes];
    cd.forEach(function (i, j) {
      if (i === null || i === undefined) return;
      var lane = Math.round(t.y[j]);
      if (seen[i + ":" + lane]) return;
      seen[i + ":" + lane] = true;
      into.ev.push(i); into.lane.push(lane);
    });
  });
  function binOf(d, unit) {  // [first day, day after] of the calendar bin holding day d
    if (unit === "day") return [d, d + 1];
    if (unit === "week") { var s = d - ((d % 7) + 10) % 7; return [s, s + 7]; }  // weeks start on Monday
    var t = new Date(d * DAY), y = t.getUTCFullYear(), m = t.getUTCMonth();
    if (unit === "month") return [utcDay(y, m, 1), utcDay(y, m + 1, 1)];
    if (unit === "quarter") { m -= m % 3; return [utcDay(y, m, 1), utcDay(y, m + 3, 1)]; }
    if (unit === "year") return [utcDay(y, 0, 1), utcDay(y + 1, 0, 1)];
    y -= ((y % 10) + 10) % 10;
    return [utcDay(y, 0, 1), utcDay(y + 10, 0, 1)];
  }
  function binLabel(b, unit) {
    var s = isoDay(b[0]);
    if (unit === "day") return s;
    if (unit === "week") return "week of " + s;
    if (unit === "month") return s.slice(0, 7);
    if (unit === "quarter") return s.slice(0, 4) + " Q" + (Math.floor((+s.slice(5, 7) - 1) / 3) + 1);
    if (unit === "year") return s.slice(0, 4);
    return s.slice(0, 4) + "s";
  }
  function toDay(v) {  // a plotly date (number of ms, "2025-03-04" or "2025-03-04 12:30:00.5")
    if (typeof v === "number") return v / DAY;
    var s = String(v);
    return Date.parse(s.length <= 10 ? s + "T00:00:00Z" : s.replace(" ", "T") + "Z") / DAY;
  }
  function currentMode() {
    for (var k = 0; k < fig.data.length; k++) {
      var t = gd.data ? gd.data[k] : fig.data[k];
      var kind = t.meta && t.meta.kind;
      if ((kind === "point" || kind === "bar") && t.visible !== false) return t.meta.lanes;
    }
    return LANES[0];
  }
  function viewDays() {
    var r = (gd.layout && gd.layout.xaxis && gd.layout.xaxis.range) || fig.layout.xaxis.range;
    return r ? [toDay(r[0]), toDay(r[1])] : [-Infinity, Infinity];
  }
  var grouping = null;  // the bin unit while events are grouped, else null
  var single = false;  // the reader asked for single events however many there are
  function groups(mode, view) {
    var inView = 0, pairs = drawn[mode] || {ev: [], lane: []};
    events.forEach(function (ev, i) {
      var s = evSpan[i];
      if (s && visible[i] && s[1] > view[0] && s[0] < view[1]) inView++;
    });
    var width = view[1] - view[0];
    if (inView <= DENSE || !(width > 3) || single) return {unit: null, inView: inView};
    var unit = "decade";
    for (var u = 0; u < UNITS.length; u++) if (width / UNITS[u][1] <= ACROSS) { unit = UNITS[u][0]; break; }
    var cells = {}, keys = [];
    pairs.ev.forEach(function (i, k) {
      if (!visible[i]) return;
      var b = binOf(evMid[i], unit), key = pairs.lane[k] + ":" + b[0];
      if (!cells[key]) { cells[key] = {lane: pairs.lane[k], bin: b, count: 0}; keys.push(key); }
      cells[key].count++;
    });
    var most = 1;
    keys.forEach(function (key) { most = Math.max(most, cells[key].count); });
    var out = {unit: unit, inView: inView, x: [], y: [], size: [], text: [], cd: []};
    keys.forEach(function (key) {
      var c = cells[key];
      out.x.push(new Date((c.bin[0] + c.bin[1]) / 2 * DAY).toISOString().replace("T", " ").slice(0, 19));
      out.y.push(c.lane);
      out.size.push(6 + 16 * Math.sqrt(c.count / most));
      out.text.push("<b>" + c.count + " event" + (c.count === 1 ? "" : "s") + "</b><br>" + binLabel(c.bin, unit) + "<br>click to zoom in");
      out.cd.push(c.bin);
    });
    return out;
  }
  var CLUSTER = fig.data.length;
  if (plotted) {
    fig.data.push({type: "scatter", mode: "markers", x: [], y: [], customdata: [], hovertext: [],
      hoverinfo: "text", showlegend: false, name: "grouped events", meta: {kind: "cluster"},
      marker: {color: "rgba(0,114,178,0.45)", line: {color: "#0072B2", width: 1}, size: []}});
    ((fig.layout.updatemenus || [])[0] || {buttons: []}).buttons.forEach(function (b) {
      if (b.args && b.args[0] && b.args[0].visible) b.args[0].visible.push(true);
    });
  }
  // The x of each trace as shown: the event's position, or null when filtered out or grouped.
  function shownX(g) {
    return fig.data.map(function (t, k) {
      if (k === CLUSTER) return g.unit ? g.x : [];
      var cd = t.customdata || [], kind = t.meta && t.meta.kind;
      var hide = g.unit && (kind === "point" || kind === "bar");
      return originalX[k].map(function (x, j) {
        var i = cd[j];
        if (i === null || i === undefined) return x;
        return hide || !visible[i] ? null : x;
      });
    });
  }
  var note = document.getElementById("grouped");
  var noteText = note.appendChild(el("span")), noteButton = note.appendChild(el("button", "linklike"));
  noteButton.type = "button";
  noteButton.addEventListener("click", function () { single = !single; refreshPlot(); });
  function describe(g) {
    grouping = g.unit;
    note.hidden = !g.unit && !(single && g.inView > DENSE);
    noteText.textContent = g.unit ? g.inView + " events in view, grouped by " + g.unit +
      ": zoom in, or click a group, to see single events. " : g.inView + " events drawn one by one. ";
    noteButton.textContent = g.unit ? "Draw them all one by one" : "Group them";
  }
  // ---------- lanes of the events shown ----------
  // A filter keeps only the lanes that still hold an event ("actor=Chile" shows Chile's lanes,
  // not sixty empty ones): lane numbers are renumbered in their order, y = lane + jitter.
  var originalY = fig.data.map(function (t) { return (t.y || []).slice(); });
  var laneNames = (fig.layout.meta && fig.layout.meta.lanes) || {};
  function laneOrder(mode) {  // old lane numbers still holding a shown event, or null for all
    var pairs = drawn[mode] || {ev: [], lane: []}, used = {};
    if (visible.every(Boolean)) return null;
    pairs.ev.forEach(function (i, k) { if (visible[i]) used[pairs.lane[k]] = true; });
    var order = Object.keys(used).map(Number).sort(function (a, b) { return a - b; });
    return order.length ? order : null;
  }
  function renumber(ys, order) {
    if (!order) return ys;
    var rank = {};
    order.forEach(function (lane, r) { rank[lane] = r; });
    return ys.map(function (y) {
      if (y === null || y === undefined) return y;
      var lane = Math.round(y);
      return lane in rank ? rank[lane] + (y - lane) : null;
    });
  }
  function laneAxis(mode, order) {
    var names = laneNames[mode] || [], shown = order || names.map(function (_, k) { return k; });
    var n = shown.length;
    return {"yaxis.tickvals": shown.map(function (_, r) { return r; }),
      "yaxis.ticktext": shown.map(function (lane) { return names[lane]; }),
      "yaxis.range": [n - 0.5, -0.5], "height": Math.max(360, 140 + 24 * n)};
  }

  var lastMode = null;
  function refreshPlot() {
    if (!hasPlotly || !plotted) return;
    var mode = currentMode(), g = groups(mode, viewDays()), order = laneOrder(mode);
    lastMode = mode;
    describe(g);
    // Naming the axis type stops restyle from re-guessing it (bar lengths are plain numbers);
    // naming the range keeps the reader's zoom.
    var axis = laneAxis(mode, order);
    axis["xaxis.type"] = "date";
    if (gd.layout.xaxis && gd.layout.xaxis.range) axis["xaxis.range"] = gd.layout.xaxis.range.slice();
    Plotly.restyle(gd, {y: [g.unit ? renumber(g.y, order) : []], customdata: [g.unit ? g.cd : []],
      hovertext: [g.unit ? g.text : []], "marker.size": [g.unit ? g.size : []]}, [CLUSTER]);
    var ys = fig.data.map(function (t, k) {
      if (k === CLUSTER) return gd.data[CLUSTER].y;
      return t.meta && t.meta.lanes === mode ? renumber(originalY[k], order) : originalY[k];
    });
    Plotly.update(gd, {x: shownX(g), y: ys}, axis, fig.data.map(function (_, k) { return k; }));
  }

  // ---------- first draw ----------
  function rendered() {  // for tests and benchmarks: the time of the first complete draw
    if (window.timelineRendered === undefined) window.timelineRendered = performance.now();
    document.documentElement.setAttribute("data-rendered", "1");
  }
  var visible = events.map(function () { return true; });
  if (!hasPlotly) {
    gd.appendChild(el("p", "notice", "plotly.js could not be loaded (this report loads it from the internet); the tables below still work."));
    rendered();
  } else if (!plotted) {
    gd.appendChild(el("p", "notice", "No dated events to draw."));
    rendered();
  } else {
    var first = groups(currentMode(), viewDays());
    describe(first);
    shownX(first).forEach(function (x, k) { fig.data[k].x = x; });
    var c = fig.data[CLUSTER];
    if (first.unit) { c.y = first.y; c.customdata = first.cd; c.hovertext = first.text; c.marker.size = first.size; }
    // A responsive plot fills its box, so the box takes the figure's height (which grows with
    // the number of lanes and changes when the lanes are switched).
    gd.style.height = (fig.layout.height || 450) + "px";
    Plotly.newPlot(gd, fig.data, fig.layout, {responsive: true, displaylogo: false,
      modeBarButtonsToRemove: ["lasso2d", "select2d"]}).then(rendered);
    var fitBox = function () {
      var h = gd.layout.height;
      if (h && gd.style.height !== h + "px") { gd.style.height = h + "px"; Plotly.Plots.resize(gd); }
    };
    var zoomTimer = null;
    gd.on("plotly_relayout", function (e) {
      fitBox();
      var zoomed = Object.keys(e || {}).some(function (k) { return k.indexOf("xaxis.range") === 0 || k === "xaxis.autorange"; });
      if (zoomed) { clearTimeout(zoomTimer); zoomTimer = setTimeout(refreshPlot, 80); }
    });
    gd.on("plotly_update", function () {
      fitBox();
      if (currentMode() !== lastMode) refreshPlot();  // the lane buttons
    });
    lastMode = currentMode();
    // The page settles (scroll bar, fonts) after the first draw; fit the plot to it once more.
    window.requestAnimationFrame(function () { Plotly.Plots.resize(gd); });
    gd.on("plotly_click", function (e) {
      var p = e && e.points && e.points[0];
      if (!p || p.customdata === undefined || p.customdata === null) return;
      if (p.data.meta && p.data.meta.kind === "cluster") {
        var b = p.customdata, pad = Math.max(1, (b[1] - b[0]) * 0.05);
        Plotly.relayout(gd, {"xaxis.range": [isoDay(b[0] - pad), isoDay(b[1] + pad)]});
      } else openPanel(p.customdata);
    });
  }

  // ---------- colour: by modality, confidence or kind ----------
  // Colours change, symbols keep showing the modality (so the plot still reads in greyscale).
  // What each colour means comes from the figure (timeline.render.shading.colour_scheme).
  var scheme = (fig.layout.meta && fig.layout.meta.colours) || {modes: ["modality"], kind: {}, confidence: [], other: "#999999"};
  var COLOUR_MODES = scheme.modes || ["modality"], colourMode = "modality";
  var colourButtons = Array.prototype.slice.call(document.querySelectorAll(".colour-by button"));
  var colourLegend = document.getElementById("colour-legend");
  var ownLegendTitle = fig.layout.legend && fig.layout.legend.title ? fig.layout.legend.title.text : "";
  var ownColour = fig.data.map(function (t) {
    if (t.marker && typeof t.marker.color === "string") return t.marker.color;
    return t.line && typeof t.line.color === "string" ? t.line.color : null;
  });
  function rgb(h) { return [1, 3, 5].map(function (k) { return parseInt(h.slice(k, k + 2), 16); }); }
  function confidenceColour(v) {
    var stops = scheme.confidence;
    v = Math.min(1, Math.max(0, +v || 0));
    for (var k = 1; k < stops.length; k++) {
      if (v <= stops[k][0] || k === stops.length - 1) {
        var f = (v - stops[k - 1][0]) / (stops[k][0] - stops[k - 1][0]), a = rgb(stops[k - 1][1]), b = rgb(stops[k][1]);
        return "#" + a.map(function (x, n) { return ("0" + Math.round(x + (b[n] - x) * f).toString(16)).slice(-2); }).join("");
      }
    }
    return "#777777";
  }
  function colourOf(ev, mode, own) {
    if (mode === "confidence") return confidenceColour(ev.confidence);
    if (mode === "kind") return (ev.kind && scheme.kind[ev.kind]) || scheme.other;
    return own;
  }
  function drawLegend(mode) {
    colourLegend.textContent = "";
    if (mode === "confidence") {
      var bar = el("span", "colorbar");
      bar.style.background = "linear-gradient(to right, " + scheme.confidence.map(function (s) { return s[1] + " " + s[0] * 100 + "%"; }).join(", ") + ")";
      bar.title = "confidence from 0 (light) to 1 (dark)";
      colourLegend.appendChild(el("span", null, "confidence 0"));
      colourLegend.appendChild(bar);
      colourLegend.appendChild(el("span", null, "1"));
    } else if (mode === "kind") {
      Object.keys(scheme.kind).concat(["other"]).forEach(function (name) {
        var item = el("span", "item"), sw = el("span", "swatch");
        sw.style.background = name === "other" ? scheme.other : scheme.kind[name];
        item.appendChild(sw);
        item.appendChild(document.createTextNode(name));
        colourLegend.appendChild(item);
      });
    } else colourLegend.appendChild(el("span", null, "colour and symbol show the modality (legend at right)"));
    if (mode !== "modality") colourLegend.appendChild(el("span", null, "· symbols show the modality"));
  }
  function setColour(mode) {
    if (COLOUR_MODES.indexOf(mode) < 0) mode = "modality";
    var changed = mode !== colourMode;
    colourMode = mode;
    colourButtons.forEach(function (b) { b.setAttribute("aria-pressed", String(b.dataset.colour === mode)); });
    drawLegend(mode);
    if (!changed) return;
    var marks = [], markColours = [], lines = [], lineColours = [];
    fig.data.forEach(function (t, k) {
      var kind = t.meta && t.meta.kind;
      if (kind !== "point" && kind !== "bar") return;
      if (t.mode === "lines") {  // WebGL bars take one colour per trace
        lines.push(k); lineColours.push(mode === "modality" ? ownColour[k] : "#777777");
        return;
      }
      marks.push(k);
      markColours.push(mode === "modality" ? ownColour[k] : t.customdata.map(function (i) {
        return i === null || i === undefined ? null : colourOf(events[i], mode, ownColour[k]);
      }));
    });
    var drawnYet = hasPlotly && plotted && gd.data;
    // The legend's swatches take a trace's first colour: say that its symbols are what counts.
    var legendTitle = mode === "modality" ? ownLegendTitle : "symbol: modality / relation";
    if (fig.layout.legend && fig.layout.legend.title) fig.layout.legend.title.text = legendTitle;
    marks.forEach(function (k, n) { fig.data[k].marker.color = markColours[n]; });
    lines.forEach(function (k, n) { fig.data[k].line.color = lineColours[n]; });
    if (drawnYet) {
      if (marks.length) Plotly.restyle(gd, {"marker.color": markColours}, marks);
      if (lines.length) Plotly.restyle(gd, {"line.color": lineColours}, lines);
      Plotly.relayout(gd, {"legend.title.text": legendTitle});
    }
    setHash();
  }
  colourButtons.forEach(function (b) { b.addEventListener("click", function () { setColour(b.dataset.colour); }); });
  drawLegend(colourMode);

  // ---------- graph view ----------
  var graph = JSON.parse(document.getElementById("timeline-graph").textContent);
  var gg = document.getElementById("graph"), graphDrawn = false;
  graph.data.forEach(withHover);
  var graphX = graph.data.map(function (t) { return (t.x || []).slice(); });
  function graphShownX() {
    return graph.data.map(function (t, k) {
      if (!t.meta || t.meta.kind !== "node") return graphX[k];
      return graphX[k].map(function (x, j) { return visible[t.customdata[j]] ? x : null; });
    });
  }
  function drawGraph() {
    if (!hasPlotly) return;
    if (!graph.data.length) { if (!graphDrawn) gg.appendChild(el("p", "notice", "No events to draw.")); graphDrawn = true; return; }
    if (!graphDrawn) {
      graphDrawn = true;
      gg.style.height = (graph.layout.height || 700) + "px";
      graphShownX().forEach(function (x, k) { graph.data[k].x = x; });
      Plotly.newPlot(gg, graph.data, graph.layout, {responsive: true, displaylogo: false,
        modeBarButtonsToRemove: ["lasso2d", "select2d"]});
      gg.on("plotly_click", function (e) {
        var p = e && e.points && e.points[0];
        if (!p || p.customdata === undefined || p.customdata === null) return;
        if (typeof p.customdata === "string") filterBy("actor", p.customdata);  // an actor
        else openPanel(p.customdata);
      });
    } else {
      Plotly.restyle(gg, {x: graphShownX()}, graph.data.map(function (_, k) { return k; }));
    }
  }

  // ---------- tabs: timeline / graph ----------
  var tabs = Array.prototype.slice.call(document.querySelectorAll("[role=tab]"));
  function showTab(tab, focus) {
    tabs.forEach(function (t) {
      var on = t === tab;
      t.setAttribute("aria-selected", on ? "true" : "false");
      t.tabIndex = on ? 0 : -1;
      document.getElementById(t.getAttribute("aria-controls")).hidden = !on;
    });
    if (focus) tab.focus();
    if (tab.id === "tab-graph") drawGraph();
    else if (hasPlotly && plotted) Plotly.Plots.resize(gd);
    setHash();
  }
  tabs.forEach(function (tab, k) {
    tab.addEventListener("click", function () { showTab(tab); });
    tab.addEventListener("keydown", function (e) {
      var step = e.key === "ArrowRight" ? 1 : e.key === "ArrowLeft" ? -1 : 0;
      if (step) { e.preventDefault(); showTab(tabs[(k + step + tabs.length) % tabs.length], true); }
    });
  });
  function currentTab() { var t = tabs.filter(function (t) { return t.getAttribute("aria-selected") === "true"; })[0]; return t ? t.id : "tab-timeline"; }

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

  function filterLinks(f, names) {  // names that, clicked, become the filter of their facet
    var span = el("span");
    names.forEach(function (name, k) {
      if (k) span.appendChild(document.createTextNode(", "));
      var b = el("button", "linklike", name);
      b.type = "button";
      b.title = "Show only the events of this " + f;
      b.addEventListener("click", function () { filterBy(f, name); });
      span.appendChild(b);
    });
    return span;
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
    row(dl, "Actors", (ev.actors || []).length ? filterLinks("actor", ev.actors) : "none found");
    row(dl, "Sources", filterLinks("source", sourceNames(ev)));
    if (ev.kind) row(dl, "Kind", filterLinks("kind", [ev.kind]));
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
      if (m.participants && m.participants.length) {
        var who = el("p", "participants");
        m.participants.forEach(function (rn, k) {
          if (k) who.appendChild(document.createTextNode(", "));
          who.appendChild(el("span", "role", rn[0] + ":"));
          who.appendChild(document.createTextNode(" " + rn[1]));
        });
        box.appendChild(who);
      }
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
    if (!hasPlotly) return;
    if (currentTab() === "tab-graph") { if (graph.data.length) Plotly.Plots.resize(gg); } else if (plotted) Plotly.Plots.resize(gd);
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

  // ---------- key dates ----------
  // A strip of the days the corpus keeps coming back to (timeline.summarize); a click frames the
  // timeline on that day, three days either side, and changes no filter.
  (function keyDates() {
    var rows = data.key_dates || [], list = document.getElementById("key-dates-list");
    if (!rows.length) return;
    document.getElementById("key-dates").hidden = false;
    rows.forEach(function (r) {
      var li = el("li", "keydate"), d = docs[r[1]] || {};
      var b = el("button", "kd-date", r[0]);
      b.type = "button";
      b.title = plotted ? "Zoom the timeline to " + r[0] + " (± 3 days)" : "No dated events to zoom to";
      li.appendChild(b);
      li.appendChild(el("p", "kd-text", r[2])).title = r[2];
      var cite = el("p", "cite");
      cite.appendChild(link(d.url, d.source || d.title || String(d.path || "?").split(/[\\/]/).pop()));
      if (d.published) cite.appendChild(el("span", null, ", " + d.published));
      cite.title = d.title || d.path || "";
      li.appendChild(cite);
      function zoom() {
        if (!hasPlotly || !plotted) return;
        if (currentTab() !== "tab-timeline") showTab(document.getElementById("tab-timeline"));
        var n = dayNumber(r[0]);
        Plotly.relayout(gd, {"xaxis.range": [isoDay(n - 3), isoDay(n + 4)]});
        Array.prototype.forEach.call(list.children, function (other) { other.removeAttribute("aria-current"); });
        li.setAttribute("aria-current", "true");
      }
      b.addEventListener("click", zoom);
      li.addEventListener("click", function (e) { if (!e.target.closest("a, button")) zoom(); });
      list.appendChild(li);
    });
  })();

  readHash();
})();
