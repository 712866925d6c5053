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

