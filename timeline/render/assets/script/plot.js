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

