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
      var outcome = el("td", d.error ? "error" : null, d.error || counts[i] + " event" + (counts[i] === 1 ? "" : "s"));
      (d.warnings || []).forEach(function (w) { outcome.appendChild(el("div", "warning", "warning: " + w)); });
      tr.appendChild(outcome);
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

  readHash();  // open the page as its URL fragment says
