/* policygraph viewer: draws the graph data embedded in this page with vis-network.
 * Every string in the data comes from articles and is hostile: it reaches the
 * DOM only through textContent / createTextNode / option.text, never as HTML,
 * and vis-network gets no `title`, so it builds no tooltip from it. */
(function () {
  "use strict";

  var STYLE = {
    Actor: { color: "#4e79a7", shape: "dot" },
    Policy: { color: "#8e44ad", shape: "square" },
    Behaviour: { color: "#f28e2b", shape: "triangle" },
    Concern: { color: "#17a2b8", shape: "star" }
  };
  var EDGE = {
    rewards: { color: "#2ca02c", dashes: false, width: 2.5, legend: "rewards" },
    penalizes: { color: "#d62728", dashes: [8, 5], width: 2.5, legend: "penalizes (dashed)" },
    other: { color: "#9aa0a6", dashes: false, width: 1.2, legend: "other relations" }
  };
  var COMMUNITY = ["#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7",
    "#9c755f", "#bab0ac", "#1f77b4", "#8c564b"];
  var DIM = "rgba(200,204,210,0.35)";

  var NEW = "#e6007e";
  var state = { ready: false, readyAt: null, selected: null, colourMode: "category", hidden: {}, showNew: false };
  var api = { state: state };
  window.policygraph = api;

  function $(id) { return document.getElementById(id); }
  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (cls) e.className = cls;
    return e;
  }
  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); }

  var data;
  try {
    data = JSON.parse($("pg-data").textContent);
  } catch (err) {
    $("network").appendChild(el("p", "The graph data in this page could not be read.", "empty"));
    return;
  }
  api.data = data;
  var nodesData = data.nodes, edgesData = data.edges, sentences = data.sentences, articles = data.articles;
  var big = !data.physics;

  function edgeStyle(e) { return EDGE[e.core] || EDGE.other; }
  function nodeColour(i) {
    var n = nodesData[i];
    return state.colourMode === "community" ? COMMUNITY[n.com % COMMUNITY.length] : STYLE[n.cat].color;
  }
  /* "new since last build": indices the build marked, looked up as sets */
  var changes = data.changes || null, newNode = {}, newEdge = {};
  if (changes) {
    changes.nodes.forEach(function (i) { newNode[i] = true; });
    changes.edges.forEach(function (j) { newEdge[j] = true; });
  }
  function visNode(i) {
    var n = nodesData[i], c = nodeColour(i);
    var v = {
      id: i, label: n.label, shape: STYLE[n.cat].shape, value: Math.sqrt(n.deg + 1), x: n.x, y: n.y, borderWidth: 1,
      color: { background: c, border: c, highlight: { background: c, border: "#111" }, hover: { background: c, border: "#111" } }
    };
    if (state.showNew && newNode[i]) { v.borderWidth = 5; v.color.border = NEW; }
    else if (state.showNew) v.color = { background: DIM, border: DIM };
    return v;
  }
  function visEdge(j) {
    var e = edgesData[j], s = edgeStyle(e);
    var v = {
      id: j, from: e.s, to: e.t, label: e.p, dashes: s.dashes, width: s.width,
      color: { color: s.color, highlight: s.color, hover: s.color, opacity: 1 }
    };
    if (state.showNew && newEdge[j]) { v.width = 4; v.color = { color: NEW, highlight: NEW, hover: NEW, opacity: 1 }; }
    else if (state.showNew) v.color = { color: DIM, highlight: DIM, hover: DIM, opacity: 0.5 };
    return v;
  }

  /* ---------- header, legend, filters ---------- */
  var counts = {};
  data.categories.forEach(function (c) { counts[c] = 0; });
  nodesData.forEach(function (n) { counts[n.cat] = (counts[n.cat] || 0) + 1; });
  $("subtitle").textContent = articles.length === 1 ? articles[0].title : articles.length + " articles";
  document.title = "policygraph: " + $("subtitle").textContent;
  /* The header counts what is shown: "12 of 223 entities" once a filter hides some. */
  function renderStats() {
    var shownNodes = 0, shownEdges = 0, a = Number(artSel.value);
    nodesData.forEach(function (_, i) { if (!state.hidden[i]) shownNodes++; });
    edgesData.forEach(function (e) {
      if (!state.hidden[e.s] && !state.hidden[e.t] && (a < 0 || e.art.indexOf(a) >= 0)) shownEdges++;
    });
    function of(shown, total, noun) {
      return (shown === total ? total : shown + " of " + total) + " " + noun;
    }
    $("stats").textContent = of(shownNodes, nodesData.length, "entities") + " \u00b7 " +
      of(shownEdges, edgesData.length, "relations") + " \u00b7 " +
      (a >= 0 ? "1 of " + articles.length : articles.length) + (articles.length === 1 ? " article" : " articles");
  }
  api.renderStats = renderStats;

  /* The legend explains the colours on screen: categories, or the communities
   * (each named by its most connected member) when colouring by community. */
  var legend = $("legend");
  function swatch(colour, shape) {
    var sw = el("span", null, "swatch " + shape);
    sw.style.background = colour;
    return sw;
  }
  function renderLegend() {
    clear(legend);
    if (state.colourMode !== "community") {
      data.categories.forEach(function (c) {
        var li = el("li");
        li.appendChild(swatch(STYLE[c].color, STYLE[c].shape));
        li.appendChild(el("span", c + " (" + counts[c] + ")"));
        li.setAttribute("data-category", c);
        legend.appendChild(li);
      });
      return;
    }
    var coms = {};
    nodesData.forEach(function (n, i) {
      var c = coms[n.com] || (coms[n.com] = { com: n.com, size: 0, hub: i });
      c.size++;
      if (n.deg > nodesData[c.hub].deg) c.hub = i;
    });
    var order = Object.keys(coms).map(function (k) { return coms[k]; })
      .sort(function (x, y) { return y.size - x.size || x.com - y.com; });
    order.slice(0, COMMUNITY.length).forEach(function (c) {
      var li = el("li");
      li.appendChild(swatch(COMMUNITY[c.com % COMMUNITY.length], "dot"));
      li.appendChild(el("span", "around " + nodesData[c.hub].label + " (" + c.size + ")"));
      li.setAttribute("data-community", String(c.com));
      legend.appendChild(li);
    });
    if (order.length > COMMUNITY.length) {
      legend.appendChild(el("li", (order.length - COMMUNITY.length) + " more communities (colours repeat)", "hint"));
    }
  }
  ["rewards", "penalizes", "other"].forEach(function (k) {
    var li = el("li");
    var line = el("span", null, "line" + (EDGE[k].dashes ? " dashed" : ""));
    line.style.borderTopColor = EDGE[k].color;
    li.appendChild(line);
    li.appendChild(el("span", EDGE[k].legend));
    $("edge-legend").appendChild(li);
  });

  var catOn = {};
  data.categories.forEach(function (c) {
    catOn[c] = true;
    var label = el("label");
    var box = el("input");
    box.type = "checkbox";
    box.checked = true;
    box.value = c;
    box.addEventListener("change", function () { catOn[c] = box.checked; applyFilters(); });
    label.appendChild(box);
    label.appendChild(document.createTextNode(c));
    $("category-filter").appendChild(label);
  });
  var artSel = $("article-filter");
  artSel.appendChild(new Option("All articles", "-1"));
  articles.forEach(function (a, i) { artSel.appendChild(new Option(a.title, String(i))); });
  artSel.addEventListener("change", applyFilters);
  /* Entities without relations are dots that say nothing at corpus scale: in a
   * page of several articles they start hidden behind this toggle. */
  var isolated = nodesData.filter(function (n) { return !n.deg; }).length;
  state.showIsolated = articles.length < 2 || !isolated;
  if (isolated) {
    var isoLabel = el("label"), isoBox = el("input");
    isoBox.type = "checkbox";
    isoBox.id = "show-isolated";
    isoBox.checked = state.showIsolated;
    isoBox.addEventListener("change", function () { state.showIsolated = isoBox.checked; applyFilters(); });
    isoLabel.appendChild(isoBox);
    isoLabel.appendChild(document.createTextNode("Show " + isolated + " without relations"));
    $("category-filter").appendChild(isoLabel);
  }
  renderStats();
  renderLegend();
  $("colour-mode").addEventListener("change", function () {
    state.colourMode = this.value;
    outlined = [];
    renderLegend();
    restyle();
    if (state.selected && state.selected.node !== undefined) highlight(state.selected.node);
  });

  if (changes) {
    var removed = changes.removed || { entities: 0, relations: 0 };
    $("changes").hidden = false;
    $("new-text").textContent = "new since last build" + (changes.since ? " (" + changes.since + ")" : "");
    $("new-summary").textContent = changes.nodes.length + " new entities, " + changes.edges.length +
      " new relations; removed since: " + removed.entities + " entities, " + removed.relations + " relations";
    /* the new entities, best connected first: a click selects one (as a search hit does) */
    var newest = changes.nodes.slice().sort(function (a, b) { return nodesData[b].deg - nodesData[a].deg || a - b; });
    newest.slice(0, 50).forEach(function (i) {
      var li = el("li"), b = el("button", nodesData[i].label, "link");
      b.type = "button";
      b.addEventListener("click", function () { choose(i); });
      li.appendChild(b);
      $("new-list").appendChild(li);
    });
    if (newest.length > 50) $("new-list").appendChild(el("li", "\u2026 and " + (newest.length - 50) + " more", "hint"));
    $("new-toggle").addEventListener("change", function () {
      state.showNew = this.checked;
      $("new-list").hidden = !this.checked;
      outlined = [];
      restyle();
      if (state.selected && state.selected.node !== undefined) highlight(state.selected.node);
    });
  }

  /* ---------- the network ---------- */
  if (typeof vis === "undefined" || !vis.Network) {
    $("network").appendChild(el("p", "vis-network did not load.", "empty"));
    return;
  }
  /* Several articles, laid out by physics: start each node near its article's
   * centre (on a circle), so each article's cluster stays together. */
  function seed(i) {
    var n = nodesData[i], k = n.art.length ? n.art[0] : 0, A = Math.max(articles.length, 1);
    var R = 260 * Math.sqrt(A), angle = 2 * Math.PI * k / A;
    var jitter = ((i * 2654435761) % 1000) / 1000 * 2 * Math.PI, r = 40 + (i * 7919) % 160;
    return { x: R * Math.cos(angle) + r * Math.cos(jitter), y: R * Math.sin(angle) + r * Math.sin(jitter) };
  }
  var nodes = new vis.DataSet(nodesData.map(function (_, i) {
    var v = visNode(i);
    if (!big && articles.length > 1 && v.x === undefined) { var p = seed(i); v.x = p.x; v.y = p.y; }
    state.hidden[i] = v.hidden = !nodeVisible(i);
    return v;
  }));
  var edges = new vis.DataSet(edgesData.map(function (_, j) { return visEdge(j); }));
  var options = {
    autoResize: true,
    layout: { improvedLayout: false, randomSeed: 1 },
    physics: big ? { enabled: false } : {
      enabled: true, solver: "forceAtlas2Based",
      forceAtlas2Based: { gravitationalConstant: -70, springLength: 120, springConstant: 0.06, avoidOverlap: 0.5 },
      stabilization: { enabled: true, iterations: 300, updateInterval: 100, fit: true }
    },
    interaction: { hover: !big, hideEdgesOnDrag: big, hideEdgesOnZoom: big, keyboard: false, tooltipDelay: 300 },
    nodes: {
      borderWidth: 1,
      /* Level of detail: a label's size grows with the square root of the node's
       * relations (so one very busy hub does not shrink the next ones out of sight) and a label
       * smaller than drawThreshold on screen is not drawn, so the first view of a
       * corpus names its hubs and zooming in names the rest. */
      scaling: { min: 9, max: 34, label: { enabled: true, min: 14, max: 56, maxVisible: 22, drawThreshold: 8 } },
      font: { size: 14, color: "#1f2933", strokeWidth: 4, strokeColor: "#ffffff" }
    },
    edges: {
      arrows: { to: { enabled: true, scaleFactor: 0.55 } },
      smooth: big ? false : { enabled: true, type: "continuous", roundness: 0.3 },
      font: { size: 10, color: "#52606d", strokeWidth: 3, strokeColor: "#ffffff", align: "middle" },
      selectionWidth: 1.5
    }
  };
  if (!nodesData.length) $("network").appendChild(el("p", "This graph has no entities.", "empty"));
  var network = new vis.Network($("network"), { nodes: nodes, edges: edges }, options);
  api.network = network;
  api.nodes = nodes;
  api.edges = edges;
  renderStats();

  var stable = big;
  /* Fit the shown nodes with a margin: vis-network fits node centres and shapes,
   * so a long label at the edge of the graph would be cut by the canvas. */
  function fitShown() {
    var ids = [];
    nodesData.forEach(function (_, i) { if (!state.hidden[i]) ids.push(i); });
    if (!ids.length) return;
    network.fit({ nodes: ids, animation: false });
    var box = null;
    ids.forEach(function (i) {
      var b = network.getBoundingBox(i);
      if (!b) return;
      box = box ? { left: Math.min(box.left, b.left), right: Math.max(box.right, b.right),
                    top: Math.min(box.top, b.top), bottom: Math.max(box.bottom, b.bottom) } : b;
    });
    if (!box) return;
    var canvas = $("network"), margin = 24;
    var w = Math.max(1, box.right - box.left), h = Math.max(1, box.bottom - box.top);
    var scale = Math.min((canvas.clientWidth - 2 * margin) / w, (canvas.clientHeight - 2 * margin) / h,
                         Math.max(network.getScale(), 1));
    network.moveTo({ position: { x: (box.left + box.right) / 2, y: (box.top + box.bottom) / 2 }, scale: scale,
                     animation: false });
    edgeLabels();
  }
  api.fitShown = fitShown;
  /* Relation names along the edges only once they are big enough to read. */
  function edgeLabels() {
    var show = network.getScale() >= 0.7;
    if (show === state.edgeLabels) return;
    state.edgeLabels = show;
    network.setOptions({ edges: { font: { size: show ? 10 : 0 } } });
  }
  network.on("zoom", edgeLabels);
  network.once("stabilizationIterationsDone", function () {
    network.setOptions({ physics: { enabled: false } });
    stable = true;
    fitShown();
  });
  var fitted = false;
  network.on("afterDrawing", function () {
    if (!stable || state.ready) return;
    if (!fitted) { fitted = true; fitShown(); network.redraw(); return; }  // labels are measured once drawn
    state.ready = true;
    state.readyAt = performance.now();
    document.documentElement.setAttribute("data-ready", "true");
    window.dispatchEvent(new CustomEvent("policygraph-ready", { detail: { at: state.readyAt } }));
  });
  if (!nodesData.length) stable = true;

  /* ---------- filters and highlight ---------- */
  function nodeVisible(i) {
    var n = nodesData[i], a = Number(artSel.value);
    return catOn[n.cat] && (a < 0 || n.art.indexOf(a) >= 0) && (state.showIsolated || n.deg > 0);
  }
  function applyFilters() {
    var a = Number(artSel.value), nu = [], eu = [];
    nodesData.forEach(function (n, i) {
      var hide = !nodeVisible(i);
      if (!!state.hidden[i] !== hide) { state.hidden[i] = hide; nu.push({ id: i, hidden: hide }); }
    });
    edgesData.forEach(function (e, j) {
      eu.push({ id: j, hidden: a >= 0 && e.art.indexOf(a) < 0 });
    });
    nodes.update(nu);
    edges.update(eu);
    renderStats();
    fitShown();
  }
  function restyle(focusSet) {
    nodes.update(nodesData.map(function (_, i) {
      var v = visNode(i);
      if (focusSet && !focusSet[i]) v.color = { background: DIM, border: DIM };
      v.font = { color: focusSet && !focusSet[i] ? "rgba(31,41,51,0.3)" : "#1f2933" };
      delete v.x; delete v.y;
      return v;
    }));
    edges.update(edgesData.map(function (e, j) {
      var v = visEdge(j);
      if (focusSet && !(focusSet[e.s] && focusSet[e.t])) {
        v.color = { color: DIM, highlight: DIM, hover: DIM, opacity: 0.5 };
        v.font = { color: "rgba(82,96,109,0.25)" };
      } else {
        v.font = { color: "#52606d" };
      }
      return v;
    }));
  }
  /* Small graphs dim everything outside the clicked node's neighbourhood. Big ones
   * would restyle thousands of items per click, so there only the neighbours are
   * outlined (vis-network already highlights the selected node's edges). */
  var outlined = [];
  function outline(ids) {
    var nu = outlined.map(function (k) { var v = visNode(k); delete v.x; delete v.y; return v; });
    outlined = ids;
    ids.forEach(function (k) {
      var v = visNode(k);
      delete v.x; delete v.y;
      v.borderWidth = 4;
      v.color.border = "#111";
      nu.push(v);
    });
    nodes.update(nu);
  }
  function highlight(i) {
    if (big) { outline(i === null ? [] : network.getConnectedNodes(i)); return; }
    if (i === null) { restyle(); return; }
    var set = {};
    set[i] = true;
    network.getConnectedNodes(i).forEach(function (k) { set[k] = true; });
    restyle(set);
  }

  /* ---------- details panel ---------- */
  function section(title) {
    var d = $("details");
    d.appendChild(el("h3", title));
  }
  function list(items, render, cls) {
    var ul = el("ul", null, cls);
    items.forEach(function (x) { var li = el("li"); render(li, x); ul.appendChild(li); });
    $("details").appendChild(ul);
  }
  function articleTitle(i) { return i >= 0 && articles[i] ? articles[i].title : "(unknown article)"; }
  function evidence(idx, title) {
    section(title + " (" + idx.length + ")");
    if (!idx.length) { $("details").appendChild(el("p", "none", "hint")); return; }
    list(idx, function (li, k) {
      var s = sentences[k];
      li.appendChild(el("q", s[0]));
      li.appendChild(el("cite", articleTitle(s[2]) + (s[1] ? " \u2014 " + s[1] : "")));
    }, "evidence");
  }
  function nodeLink(i) {
    var b = el("button", nodesData[i].label, "link");
    b.type = "button";
    b.addEventListener("click", function () { selectNode(i, true); });
    return b;
  }
  function showNode(i) {
    var n = nodesData[i], d = $("details");
    clear(d);
    $("panel-hint").hidden = true;
    d.appendChild(el("h2", n.label));
    d.appendChild(el("p", n.cls !== n.cat ? n.cat + " \u00b7 " + n.cls : n.cat, "class"));
    d.appendChild(el("p", n.iri, "iri"));
    section("Aliases");
    if (n.aka.length) list(n.aka, function (li, a) { li.textContent = a; });
    else d.appendChild(el("p", "none", "hint"));
    section("Articles");
    list(n.art, function (li, a) { li.textContent = articleTitle(a); });
    var rel = [];
    edgesData.forEach(function (e, j) { if (e.s === i || e.t === i) rel.push(j); });
    section("Relations (" + rel.length + ")");
    list(rel, function (li, j) {
      var e = edgesData[j];
      li.appendChild(e.s === i ? el("span", "this") : nodeLink(e.s));
      li.appendChild(el("span", " " + e.p + " ", "pred"));
      li.appendChild(e.t === i ? el("span", "this") : nodeLink(e.t));
    });
    evidence(n.sen, "Mentioned in");
  }
  function showEdge(j) {
    var e = edgesData[j], d = $("details");
    clear(d);
    $("panel-hint").hidden = true;
    var h = el("h2");
    h.appendChild(el("span", nodesData[e.s].label));
    h.appendChild(el("span", " " + e.p + " ", "pred"));
    h.appendChild(el("span", nodesData[e.t].label));
    d.appendChild(h);
    d.appendChild(el("p", "Relation \u00b7 " + e.p + (e.core !== e.p ? " (a kind of " + e.core + ")" : ""), "class"));
    var ends = el("p");
    ends.appendChild(nodeLink(e.s));
    ends.appendChild(el("span", " \u2192 ", "pred"));
    ends.appendChild(nodeLink(e.t));
    d.appendChild(ends);
    section("Articles");
    list(e.art, function (li, a) { li.textContent = articleTitle(a); });
    evidence(e.sen, "Evidence");
  }
  function selectNode(i, focus) {
    state.selected = { node: i };
    network.selectNodes([i]);
    highlight(i);
    showNode(i);
    if (focus) network.focus(i, { scale: Math.max(network.getScale(), 1.1), animation: { duration: 400 } });
  }
  function selectEdge(j) {
    state.selected = { edge: j };
    network.selectEdges([j]);
    highlight(null);
    showEdge(j);
  }
  function unselect() {
    state.selected = null;
    highlight(null);
    clear($("details"));
    $("panel-hint").hidden = false;
  }
  network.on("click", function (p) {
    if (p.nodes.length) selectNode(p.nodes[0], false);
    else if (p.edges.length) selectEdge(p.edges[0]);
    else unselect();
  });
  api.selectNode = selectNode;
  api.selectEdge = selectEdge;

  /* ---------- search ---------- */
  var search = $("search"), results = $("search-results");
  var index = nodesData.map(function (n) {
    return { label: n.label.toLowerCase(), aka: n.aka.map(function (a) { return a.toLowerCase(); }) };
  });
  function matches(q) {
    q = q.trim().toLowerCase();
    if (!q) return [];
    var out = [];
    index.forEach(function (x, i) {
      var rank = -1, via = null;
      if (x.label === q) rank = 0;
      else if (x.aka.indexOf(q) >= 0) { rank = 1; via = nodesData[i].aka[x.aka.indexOf(q)]; }
      else if (x.label.indexOf(q) === 0) rank = 2;
      else if (x.label.indexOf(q) > 0) rank = 3;
      else {
        for (var k = 0; k < x.aka.length; k++) {
          if (x.aka[k].indexOf(q) >= 0) { rank = 4; via = nodesData[i].aka[k]; break; }
        }
      }
      if (rank >= 0) out.push({ i: i, rank: rank, via: via });
    });
    out.sort(function (a, b) {
      return a.rank - b.rank || nodesData[b.i].deg - nodesData[a.i].deg || (nodesData[a.i].label < nodesData[b.i].label ? -1 : 1);
    });
    return out.slice(0, 30);
  }
  function choose(i) {
    results.hidden = true;
    if (state.hidden[i]) {  // a filtered-out node cannot be focused: show everything again
      data.categories.forEach(function (c) { catOn[c] = true; });
      state.showIsolated = true;
      if ($("show-isolated")) $("show-isolated").checked = true;
      Array.prototype.forEach.call($("category-filter").querySelectorAll("input"), function (b) { b.checked = true; });
      artSel.value = "-1";
      applyFilters();
    }
    selectNode(i, true);
  }
  function showResults() {
    var found = matches(search.value);
    clear(results);
    results.hidden = !search.value.trim();
    if (!found.length) { results.appendChild(el("li", "no match", "empty")); return found; }
    found.forEach(function (m) {
      var li = el("li"), b = el("button", nodesData[m.i].label);
      b.type = "button";
      if (m.via) b.appendChild(el("span", "alias: " + m.via, "alias"));
      b.appendChild(el("span", nodesData[m.i].cat, "cat"));
      b.addEventListener("click", function () { choose(m.i); });
      li.appendChild(b);
      results.appendChild(li);
    });
    return found;
  }
  search.addEventListener("input", showResults);
  search.addEventListener("keydown", function (ev) {
    if (ev.key === "Enter") {
      var found = showResults();
      if (found.length) choose(found[0].i);
    } else if (ev.key === "Escape") {
      results.hidden = true;
    }
  });
  document.addEventListener("click", function (ev) {
    if (!$("search-box").contains(ev.target)) results.hidden = true;
  });
  api.search = function (q) { search.value = q; return showResults().map(function (m) { return m.i; }); };
})();
