/* The timeline report page: plot, detail panel, filter, tables.
 * All article text is put into the page with textContent (never parsed as markup), and links only
 * ever point to http(s) URLs, so a hostile article cannot run code here.
 *
 * The script is in parts (timeline/render/report.py SCRIPT_PARTS), joined in order inside one
 * function: core (data, helpers, search index, summary), plot (positions, dense periods, lanes,
 * first draw), colour, graph (and the tabs), panel, filters (and the URL fragment), tables. Each
 * part uses the names the parts before it define. */
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

