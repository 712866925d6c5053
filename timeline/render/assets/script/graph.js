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

