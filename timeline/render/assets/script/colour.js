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

