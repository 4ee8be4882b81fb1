/* kg-news explorer: reads the embedded graph data and drives vis-network.
 * Every string from the graph reaches the page through textContent, never as HTML. */
(function () {
  "use strict";

  var data = JSON.parse(document.getElementById("kg-data").textContent);
  window.kgData = data;

  var byId = function (id) { return document.getElementById(id); };
  var el = function (tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  };
  var plural = function (n, word) { return n + " " + word + (n === 1 ? "" : "s"); };

  var classes = {};
  data.classes.forEach(function (c) { classes[c.id] = c; });
  var props = {};
  data.properties.forEach(function (p) { props[p.id] = p; });
  var nodes = data.nodes;
  var edges = data.edges;
  var docs = data.docs;
  var big = edges.length > 4000 || nodes.length > 2000;
  edges.forEach(function (e) { if (!e.t) e.t = []; });  // undated facts carry no "t"
  var DOC0 = nodes.length;   // vis id of document di is DOC0 + di
  var DEDGE0 = edges.length; // vis ids of document → entity links start here

  // Adjacency over the whole graph, for focus, expansion and the details panel.
  var edgesOf = nodes.map(function () { return []; });
  edges.forEach(function (e) {
    edgesOf[e.from].push(e.id);
    if (e.to !== e.from) edgesOf[e.to].push(e.id);
  });
  var other = function (e, id) { return e.from === id ? e.to : e.from; };
  // Documents: the entities they mention and the facts they state, indexed on first use
  // (a reader who never opens a document does not pay for it when the page opens).
  var docIndex = null;
  var docIdx = function () {
    if (docIndex) return docIndex;
    var ents = docs.map(function () { return []; });
    nodes.forEach(function (n) { n.docs.forEach(function (di) { ents[di].push(n.id); }); });
    var facts = docs.map(function () { return []; });
    edges.forEach(function (e) {
      var seen = {};
      e.assertions.forEach(function (a) {
        if (a.doc !== null && !seen[a.doc]) { seen[a.doc] = true; facts[a.doc].push(e.id); }
      });
    });
    docIndex = { entities: ents, facts: facts };
    return docIndex;
  };

  var allIds = nodes.map(function (n) { return n.id; });
  var initialShown = data.initial ? data.initial.slice() : allIds.slice();
  var state = {
    classOn: new Set(data.classes.map(function (c) { return c.id; })),
    propOn: new Set(data.properties.map(function (p) { return p.id; })),
    minDegree: 0,
    focus: null,       // node id whose neighbourhood is shown, or null
    focusSet: null,
    shown: new Set(initialShown),
    pinned: new Set(), // unconnected entities the reader asked for
    lonesOn: false,
    docsOn: false,
    time: null,        // [first day, last day] while the time filter narrows the view
    undatedOn: true,
    selected: null,
    doc: null
  };

  // ---- Time ------------------------------------------------------------------------------
  var tMin = Infinity, tMax = -Infinity;
  var widen = function (t) { if (t) { tMin = Math.min(tMin, t[0]); tMax = Math.max(tMax, t[1]); } };
  edges.forEach(function (e) { e.t.forEach(widen); });
  docs.forEach(function (d) { widen(d.t); });
  var hasTime = tMin <= tMax;
  var dayIso = function (day) { return new Date(day * 86400000).toISOString().slice(0, 10); };
  var overlaps = function (t) { return t[1] >= state.time[0] && t[0] <= state.time[1]; };
  var timeOkEdge = function (e) {
    if (!state.time) return true;
    if (!e.t.length) return state.undatedOn;
    return e.t.some(overlaps);
  };
  var timeOkDoc = function (d) {
    if (!state.time) return true;
    return d.t ? overlaps(d.t) : state.undatedOn;
  };

  var visibleEntity = function (n) {
    if (!state.classOn.has(n.cls)) return false;
    // the unconnected layer shows every entity without relations, also above the node limit
    if (n.degree === 0) { if (!state.lonesOn && !state.pinned.has(n.id)) return false; }
    else if (!state.shown.has(n.id)) return false;
    if (state.focusSet) return state.focusSet.has(n.id);
    if (n.degree < state.minDegree) return false;
    if (state.time && n.degree > 0 && !state.pinned.has(n.id)) {
      return edgesOf[n.id].some(function (eid) { return timeOkEdge(edges[eid]); });
    }
    return true;
  };
  var visibleDoc = function (di) { return state.docsOn && timeOkDoc(docs[di]); };
  var visibleNode = function (id) {
    return id < DOC0 ? visibleEntity(nodes[id]) : visibleDoc(id - DOC0);
  };
  var docLinks = [];  // [doc index, entity id] per document → entity edge, built on demand
  var visibleEdge = function (id) {
    if (id >= DEDGE0) {
      var l = docLinks[id - DEDGE0];
      return visibleDoc(l[0]) && visibleEntity(nodes[l[1]]);
    }
    var e = edges[id];
    return state.propOn.has(e.prop) && timeOkEdge(e) &&
      visibleEntity(nodes[e.from]) && visibleEntity(nodes[e.to]);
  };

  // ---- Opening view: fit the important core, label the top entities without overlap --------
  var container = byId("kg-network");
  var FACE = "system-ui, sans-serif";
  var measure = (function () {
    var ctx = document.createElement("canvas").getContext("2d");
    return function (text, px) { ctx.font = px + "px " + FACE; return ctx.measureText(text).width; };
  })();
  var bbox = function (ids) {
    var b = { x0: Infinity, x1: -Infinity, y0: Infinity, y1: -Infinity };
    ids.forEach(function (id) {
      var n = id < DOC0 ? nodes[id] : docs[id - DOC0];
      b.x0 = Math.min(b.x0, n.x); b.x1 = Math.max(b.x1, n.x);
      b.y0 = Math.min(b.y0, n.y); b.y1 = Math.max(b.y1, n.y);
    });
    return b;
  };
  var fitScale = function (b, margin) {
    var w = Math.max(container.clientWidth, 200), h = Math.max(container.clientHeight, 200);
    return Math.min((w - 2 * margin) / Math.max(b.x1 - b.x0, 1),
                    (h - 2 * margin) / Math.max(b.y1 - b.y0, 1), 1.5);
  };
  var coreIds = (data.core.length ? data.core : allIds).filter(function (id) {
    return initialShown.indexOf(id) >= 0 || !data.initial;
  });
  var openBox = coreIds.length ? bbox(coreIds) : { x0: 0, x1: 0, y0: 0, y1: 0 };
  var openScale = nodes.length ? Math.max(fitScale(openBox, 120), 0.02) : 1;
  var openCentre = { x: (openBox.x0 + openBox.x1) / 2, y: (openBox.y0 + openBox.y1) / 2 };
  // Node sizes stay visible when the opening view is far out.
  var grow = Math.min(3, Math.max(1, 0.5 / openScale));
  var LABEL_PX = [16, 14, 12];   // on-screen sizes of the labels chosen for the first view
  var MAX_LABELS = 60;
  var labelled = new Set();
  var planLabels = function () {
    var w = container.clientWidth, h = container.clientHeight;
    var ranked = nodes.filter(function (n) { return visibleEntity(n); })
      .sort(function (a, b) { return a.rank - b.rank; });
    var boxes = [];
    labelled = new Set();
    for (var k = 0; k < ranked.length && labelled.size < MAX_LABELS; k++) {
      var n = ranked[k];
      var px = LABEL_PX[labelled.size < 5 ? 0 : labelled.size < 20 ? 1 : 2];
      var sx = (n.x - openCentre.x) * openScale + w / 2;
      var sy = (n.y - openCentre.y) * openScale + h / 2;
      var bw = measure(n.label, px) + 6, bh = px * 1.3;
      var box = { x0: sx - bw / 2, x1: sx + bw / 2, y0: sy + n.size * grow * openScale + 1 };
      box.y1 = box.y0 + bh;
      if (box.x0 < 4 || box.x1 > w - 4 || box.y0 < 4 || box.y1 > h - 4) continue;
      var clash = boxes.some(function (o) {
        return box.x0 < o.x1 && o.x0 < box.x1 && box.y0 < o.y1 && o.y0 < box.y1;
      });
      if (clash) continue;
      boxes.push(box);
      labelled.add(n.id);
      n.labelPx = px;
    }
  };
  planLabels();
  // Labels not chosen are sized so that they stay below the drawing threshold at the
  // opening zoom and appear, most important first, as the reader zooms in.
  var fontFor = function (n) {
    if (labelled.has(n.id)) return n.labelPx / openScale;
    var px = 8.5 - 5 * Math.min(1, n.rank / Math.max(nodes.length, 1));
    return Math.min(16, px / openScale);
  };

  var nodeItem = function (n) {
    var c = classes[n.cls];
    return {
      id: n.id, label: n.label, x: n.x, y: n.y, shape: c.shape, size: n.size * grow,
      font: { size: fontFor(n) },
      color: { background: c.color, border: "#333333",
               highlight: { background: c.color, border: "#000000" } },
      borderWidth: n.degree ? 1 : 2
    };
  };
  var edgeItem = function (e) {
    var p = props[e.prop];
    // highlight, opacity and the arrowhead come from the edge defaults (options.edges):
    // vis-network parses each option given per edge, which adds up over 20,000 edges
    var item = { id: e.id, from: e.from, to: e.to, color: { color: p.color } };
    if (p.symmetric) item.arrows = { to: { enabled: false } };
    if (e.bend) item.smooth = { enabled: true, type: "curvedCW", roundness: e.bend };
    if (edgeLabelled.has(e.id)) item.label = p.label;
    return item;
  };
  var short = function (t) { return t.length > 48 ? t.slice(0, 46) + "…" : t; };
  var docNodeItem = function (d, di) {
    return {
      id: DOC0 + di, label: short(d.display), x: d.x, y: d.y, shape: "box",
      font: { size: 12 / Math.max(openScale, 0.3), color: "#1f2328" },
      color: { background: "#f6f8fa", border: "#8c959f",
               highlight: { background: "#fff8c5", border: "#000000" } },
      borderWidth: 1, margin: 4
    };
  };

  // The DataSets hold only what the view may draw: the entities shown so far (the first
  // view's, then those the reader adds by search, expansion, a document or Show all), the
  // relations among them, and the documents once their layer is on. The filters below
  // decide what of that is drawn.
  var nodeSet = new vis.DataSet();
  var edgeSet = new vis.DataSet();
  var nodeLoaded = new Uint8Array(nodes.length);
  var edgeLoaded = new Uint8Array(edges.length);
  var docsLoaded = false, lonesLoaded = false;
  var edgeLabelled = new Set();  // edges drawn with their label (see syncLabels)
  var byIdOrder = function (a, b) { return a.id - b.id; };
  var load = function () {
    var ni = [], ei = [];
    state.shown.forEach(function (id) {
      if (nodeLoaded[id] || (!nodes[id].degree && !state.pinned.has(id))) return;
      nodeLoaded[id] = 1;
      ni.push(nodeItem(nodes[id]));
      edgesOf[id].forEach(function (eid) {
        var e = edges[eid];
        if (!edgeLoaded[eid] && nodeLoaded[e.from] && nodeLoaded[e.to]) {
          edgeLoaded[eid] = 1;
          ei.push(edgeItem(e));
        }
      });
    });
    if (state.lonesOn && !lonesLoaded) {
      lonesLoaded = true;
      nodes.forEach(function (n) {
        if (!n.degree && !nodeLoaded[n.id]) { nodeLoaded[n.id] = 1; ni.push(nodeItem(n)); }
      });
    }
    if (state.docsOn && !docsLoaded) {
      docsLoaded = true;
      docs.forEach(function (d, di) { ni.push(docNodeItem(d, di)); });
    }
    // in id order, as a complete load would be: the drawing order does not depend on history
    if (ni.length) nodeSet.add(ni.sort(byIdOrder));
    if (ei.length) edgeSet.add(ei.sort(byIdOrder));
  };
  load();
  var nodeView = new vis.DataView(nodeSet, { filter: function (item) { return visibleNode(item.id); } });
  var edgeView = new vis.DataView(edgeSet, { filter: function (item) { return visibleEdge(item.id); } });

  var options = {
    physics: { enabled: false },
    layout: { improvedLayout: false },
    interaction: {
      hover: false, multiselect: false, dragNodes: true, keyboard: false,
      hideEdgesOnDrag: big, hideEdgesOnZoom: big, tooltipDelay: 300
    },
    nodes: {
      font: { size: 14, face: FACE, color: "#1f2328", strokeWidth: 3, strokeColor: "#ffffff" },
      // A label is drawn only once it is at least 9 px on screen.
      scaling: { label: { drawThreshold: 10, maxVisible: 24 } }
    },
    edges: {
      width: 1,
      smooth: false,
      color: { highlight: "#000000", opacity: 0.85 },
      arrows: { to: { enabled: true, scaleFactor: 0.5 } },
      font: { size: 10, face: FACE, color: "#57606a", align: "middle",
              strokeWidth: 3, strokeColor: "#ffffff" },
      selectionWidth: 2
    }
  };

  var moveTo = function (centre, scale) {
    network.moveTo({ position: centre, scale: scale, animation: false });
  };
  // Fit from node positions: vis-network's fit() reads node extents that are only known
  // after a first drawing, and it leaves no room for the labels at the edges.
  var fitAll = function (ids) {
    ids = ids || nodeView.getIds();
    if (!ids.length) return;
    var b = bbox(ids);
    moveTo({ x: (b.x0 + b.x1) / 2, y: (b.y0 + b.y1) / 2 }, fitScale(b, state.docsOn ? 170 : 60));
  };
  var fitCore = function () { moveTo(openCentre, openScale); };
  var firstDraw = true;
  var network = new vis.Network(container, { nodes: nodeView, edges: edgeView }, options);
  window.network = network;
  network.once("afterDrawing", function () {
    if (firstDraw) {
      firstDraw = false;
      window.kgFirstDrawMs = performance.now();
    }
  });

  // vis-network draws every edge and arrowhead on each frame, also those off screen, one
  // canvas path each: on a big graph opened or zoomed on a part, they are most of a frame.
  // Only edges whose extent meets the visible area are drawn; labelled edges and self-loops
  // always are.
  var renderer = network.renderer;
  var EDGE_PAD = 40;  // canvas units beyond the two node centres: line, arrowhead, border
  var viewBox = function () {
    var c = renderer.canvas;
    var a = c.DOMtoCanvas({ x: 0, y: 0 });
    var b = c.DOMtoCanvas({ x: c.frame.canvas.clientWidth, y: c.frame.canvas.clientHeight });
    return { x0: a.x, y0: a.y, x1: b.x, y1: b.y };
  };
  var edgeOnScreen = function (e, v) {
    var f = e.from, t = e.to;
    if (!f || !t || f === t || e.options.label) return true;
    var pad = EDGE_PAD, sm = e.options.smooth;
    // a curve bows out by at most its roundness times the distance between its ends
    if (sm && sm.enabled) pad += Math.abs(sm.roundness || 0) * (Math.abs(f.x - t.x) + Math.abs(f.y - t.y));
    return Math.max(f.x, t.x) + pad >= v.x0 && Math.min(f.x, t.x) - pad <= v.x1 &&
      Math.max(f.y, t.y) + pad >= v.y0 && Math.min(f.y, t.y) - pad <= v.y1;
  };
  var edgesDrawn = 0;
  var drawOnScreen = function (method) {
    return function (ctx) {
      var v = viewBox(), all = this.body.edges, ids = this.body.edgeIndices, k, e, n = 0;
      for (k = 0; k < ids.length; k++) {
        e = all[ids[k]];
        if (e.connected === true && edgeOnScreen(e, v)) { e[method](ctx); n += 1; }
      }
      edgesDrawn = n;
    };
  };
  // vis-network also fills each arrowhead as a path of its own; with thousands of edges on
  // screen those fills are most of a frame. Plain "to" arrowheads are filled together, one
  // path per colour, with vis-network's own geometry (getArrowData and its arrow outline);
  // selected, hovered and any other arrows are drawn by vis-network, last, on top.
  var ARROW = [[0, 0], [-1, 0.3], [-0.9, 0], [-1, -0.3]];  // vis-network's "arrow" outline
  var ARROW_BATCH = 32;  // arrowheads per path: one very long path fills slower than a few
  var plainArrow = function (e, f) {
    return f.toArrow && !f.fromArrow && !f.middleArrow && f.toArrowType === "arrow" &&
      !f.toArrowSrc && !f.shadow && f.inheritsColor === false && !e.selected && !e.hover;
  };
  var drawArrowsOnScreen = function (ctx) {
    var v = viewBox(), all = this.body.edges, ids = this.body.edgeIndices;
    var byColour = new Map(), rest = [], k, e, f, a, list;
    for (k = 0; k < ids.length; k++) {
      e = all[ids[k]];
      if (e.connected !== true || !edgeOnScreen(e, v)) continue;
      f = e.getFormattingValues();
      if (f.hidden || !(f.toArrow || f.fromArrow || f.middleArrow)) continue;
      if (!plainArrow(e, f)) { rest.push(e); continue; }
      e.edgeType.fromPoint = e.edgeType.from;
      e.edgeType.toPoint = e.edgeType.to;
      a = e.edgeType.getArrowData(ctx, "to", e.edgeType.getViaNode(), false, false, f);
      var colour = e.edgeType.getColor(ctx, f);
      list = byColour.get(colour);
      if (!list) byColour.set(colour, list = []);
      list.push(a);
    }
    byColour.forEach(function (arrows, colour) {
      ctx.fillStyle = colour;
      for (var i = 0; i < arrows.length; i += ARROW_BATCH) {
        ctx.beginPath();
        arrows.slice(i, i + ARROW_BATCH).forEach(function (a) {
          var c = Math.cos(a.angle), s = Math.sin(a.angle);
          for (var j = 0; j < ARROW.length; j++) {
            var x = a.point.x + a.length * (ARROW[j][0] * c - ARROW[j][1] * s);
            var y = a.point.y + a.length * (ARROW[j][0] * s + ARROW[j][1] * c);
            if (j) ctx.lineTo(x, y); else ctx.moveTo(x, y);
          }
          ctx.closePath();
        });
        ctx.fill();
      }
    });
    rest.forEach(function (edge) { edge.drawArrows(ctx); });
  };
  if (typeof renderer._drawEdges === "function" && typeof renderer._drawArrows === "function") {
    renderer._drawEdges = drawOnScreen("draw");
    renderer._drawArrows = drawArrowsOnScreen;
  }

  // ---- Panel building blocks -----------------------------------------------------------
  var panel = byId("kg-panel");
  var nodeLink = function (id) {
    var b = el("button", "kg-link", nodes[id].label);
    b.type = "button";
    b.addEventListener("click", function () { selectNode(id); });
    return b;
  };
  var edgeLink = function (id, text) {
    var b = el("button", "kg-link", text);
    b.type = "button";
    b.addEventListener("click", function () { selectEdge(id); });
    return b;
  };
  var docLink = function (di) {
    var b = el("button", "kg-link kg-doc-title", docs[di].display);
    b.type = "button";
    b.addEventListener("click", function () { selectDoc(di); });
    return b;
  };
  var classBadge = function (cls) {
    var span = el("span", "kg-class");
    var sw = el("span", "kg-swatch kg-shape-" + classes[cls].shape);
    sw.style.background = classes[cls].color;
    span.appendChild(sw);
    span.appendChild(el("span", null, classes[cls].label));
    return span;
  };
  var safeHref = function (url) { return /^https?:\/\//i.test(url) ? url : null; };
  var docMeta = function (d) {
    var parts = [];
    if (d.date) parts.push(d.date);
    if (d.source) parts.push(d.source);
    return parts.join(" · ");
  };
  var docItem = function (di) {
    var li = el("li");
    li.appendChild(docLink(di));
    li.appendChild(el("div", "kg-iri", docMeta(docs[di])));
    return li;
  };
  var LIST_LIMIT = 200;
  var begin = function (kind, id) {
    panel.textContent = "";
    panel.dataset.kind = kind;
    panel.dataset.id = String(id);
    panel.scrollTop = 0;
  };

  // ---- Overview: summary and document list -------------------------------------------------
  var docOrder = "date-desc";
  var sortedDocs = function () {
    var ids = docs.map(function (d, i) { return i; });
    var byTitle = function (a, b) {
      return docs[a].display < docs[b].display ? -1 : docs[a].display > docs[b].display ? 1 : a - b;
    };
    if (docOrder === "title") return ids.sort(byTitle);
    var sign = docOrder === "date-asc" ? 1 : -1;
    return ids.sort(function (a, b) {
      var da = docs[a].date, db = docs[b].date;
      if (da && !db) return -1;  // undated documents last either way
      if (db && !da) return 1;
      if (da !== db) return da < db ? -sign : sign;
      return byTitle(a, b);
    });
  };
  var showHome = function () {
    begin("home", "");
    state.doc = null;
    panel.appendChild(el("h2", "kg-label", data.title));
    var c = data.counts;
    panel.appendChild(el("p", "kg-meta kg-summary-counts",
      c.entities + (c.entities === 1 ? " entity, " : " entities, ") +
      plural(c.relationTriples, "relation triple") + ", " + plural(c.documents, "document") +
      (c.unconnected ? "; " + c.unconnected + " entities have no relation and are drawn only on request" : "") + "."));
    if (data.summary.dates) {
      panel.appendChild(el("p", "kg-dates", "Dates covered: " + data.summary.dates[0] +
        (data.summary.dates[1] !== data.summary.dates[0] ? " – " + data.summary.dates[1] : "")));
    }
    [["Person", "Most mentioned people"], ["Government", "Most mentioned governments"],
     ["Agreement", "Most mentioned agreements"]].forEach(function (pair) {
      var ids = data.summary.top[pair[0]] || [];
      if (!ids.length) return;
      panel.appendChild(el("h3", null, pair[1]));
      var ol = el("ol", "kg-top kg-top-" + pair[0]);
      ids.forEach(function (id) {
        var li = el("li");
        li.appendChild(nodeLink(id));
        li.appendChild(el("span", "kg-meta", " " + plural(nodes[id].mentions, "mention")));
        ol.appendChild(li);
      });
      panel.appendChild(ol);
    });
    var table = el("table", "kg-counts");
    var row = function (a, b) {
      var tr = el("tr"); tr.appendChild(el("td", null, a)); tr.appendChild(el("td", "kg-num", b));
      table.appendChild(tr);
    };
    data.classes.forEach(function (k) { if (k.count) row(k.label, k.count); });
    data.properties.forEach(function (p) { if (p.count) row(p.label, p.count); });
    panel.appendChild(el("h3", null, "Counts"));
    panel.appendChild(table);

    var head = el("h3", null, "Documents (" + docs.length + ")");
    panel.appendChild(head);
    var sel = el("select");
    sel.id = "kg-doc-sort";
    [["date-desc", "newest first"], ["date-asc", "oldest first"], ["title", "by title"]]
      .forEach(function (o) {
        var opt = el("option", null, o[1]); opt.value = o[0]; sel.appendChild(opt);
      });
    sel.value = docOrder;
    sel.setAttribute("aria-label", "Sort documents");
    sel.addEventListener("change", function () { docOrder = sel.value; showHome(); });
    panel.appendChild(sel);
    var ul = el("ul", "kg-doc-list");
    var order = sortedDocs();
    order.slice(0, LIST_LIMIT).forEach(function (di) { ul.appendChild(docItem(di)); });
    panel.appendChild(ul);
    if (order.length > LIST_LIMIT) {
      panel.appendChild(el("p", "kg-meta", (order.length - LIST_LIMIT) +
        " more: change the order, or open an entity to see its documents."));
    }
    panel.appendChild(el("p", "kg-hint", "Click a node or an edge to see its details and evidence."));
  };

  // ---- Details: entity, fact, document ---------------------------------------------------
  var timelineItems = function (id) {
    var items = [];
    edgesOf[id].forEach(function (eid) {
      var e = edges[eid];
      var said = {};
      e.assertions.forEach(function (a) {
        var when = a.t ? a.date : a.doc !== null && docs[a.doc].t ? docs[a.doc].date : null;
        var t = a.t || (a.doc !== null ? docs[a.doc].t : null);
        if (!t || said[when]) return;
        said[when] = true;
        items.push({ t: t, when: when, eid: eid, text: props[e.prop].label + " " + nodes[other(e, id)].label,
                     reported: !a.t });
      });
    });
    items.sort(function (a, b) { return a.t[0] - b.t[0] || a.eid - b.eid; });
    return items;
  };
  var timeline = function (id) {
    var items = timelineItems(id);
    if (!items.length) return;
    panel.appendChild(el("h3", null, "Timeline (" + items.length + ")"));
    var lo = items[0].t[0], hi = items.reduce(function (m, it) { return Math.max(m, it.t[1]); }, lo);
    var strip = el("div", "kg-timeline");
    var byDay = [];  // one mark per date; its title lists every fact of that date
    items.forEach(function (it) {
      var last = byDay[byDay.length - 1];
      if (last && last.when === it.when) last.items.push(it);
      else byDay.push({ when: it.when, t: it.t, items: [it] });
    });
    byDay.forEach(function (day) {
      var reported = day.items.every(function (it) { return it.reported; });
      var mark = el("button", "kg-tick" + (reported ? " kg-reported" : ""));
      mark.type = "button";
      mark.style.left = (hi > lo ? 100 * (day.t[0] - lo) / (hi - lo) : 50) + "%";
      mark.title = day.when + ": " + day.items.map(function (it) {
        return it.text + (it.reported ? " (reported)" : "");
      }).join("; ");
      mark.setAttribute("aria-label", mark.title);
      mark.addEventListener("click", function () { selectEdge(day.items[0].eid); });
      strip.appendChild(mark);
    });
    panel.appendChild(strip);
    var ends = el("div", "kg-timeline-ends");
    ends.appendChild(el("span", null, items[0].when));
    ends.appendChild(el("span", null, items[items.length - 1].when));
    panel.appendChild(ends);
    var ol = el("ol", "kg-timeline-list");
    items.slice(0, LIST_LIMIT).forEach(function (it) {
      var li = el("li");
      li.appendChild(el("span", "kg-when", it.when + (it.reported ? " (reported)" : "") + " "));
      li.appendChild(edgeLink(it.eid, it.text));
      ol.appendChild(li);
    });
    panel.appendChild(ol);
  };

  var showNode = function (id) {
    var n = nodes[id];
    begin("node", id);
    panel.appendChild(el("h2", "kg-label", n.label));
    panel.appendChild(classBadge(n.cls));
    panel.appendChild(el("div", "kg-iri", n.iri));
    var p = el("p", "kg-meta", plural(n.mentions, "mention") + " in " + plural(n.docs.length, "document") +
      "; " + plural(n.degree, "relation"));
    p.classList.add("kg-mentions");
    panel.appendChild(p);
    if (n.aliases.length) {
      panel.appendChild(el("h3", null, "Also called"));
      var ul = el("ul", "kg-aliases");
      n.aliases.forEach(function (a) { ul.appendChild(el("li", null, a)); });
      panel.appendChild(ul);
    }
    if (n.links.length) {
      panel.appendChild(el("h3", null, "Same as"));
      var ll = el("ul", "kg-links");
      n.links.forEach(function (url) {
        var li = el("li");
        var href = safeHref(url);
        if (href) {
          var a = el("a", null, url);
          a.href = href;
          a.target = "_blank";
          a.rel = "noopener noreferrer";
          li.appendChild(a);
        } else {
          li.textContent = url;
        }
        ll.appendChild(li);
      });
      panel.appendChild(ll);
    }
    timeline(id);
    if (edgesOf[id].length) {
      panel.appendChild(el("h3", null, "Relations"));
      var rl = el("ul", "kg-relations");
      edgesOf[id].slice(0, LIST_LIMIT).forEach(function (eid) {
        var e = edges[eid];
        var li = el("li");
        var out = e.from === id;
        li.appendChild(edgeLink(eid, (out ? "" : "← ") + props[e.prop].label + (out ? " →" : "")));
        li.appendChild(document.createTextNode(" "));
        li.appendChild(nodeLink(other(e, id)));
        rl.appendChild(li);
      });
      if (edgesOf[id].length > LIST_LIMIT) {
        rl.appendChild(el("li", "kg-meta", (edgesOf[id].length - LIST_LIMIT) + " more"));
      }
      panel.appendChild(rl);
    }
    if (n.docs.length) {
      panel.appendChild(el("h3", null, "Documents"));
      var dl = el("ul", "kg-docs");
      n.docs.slice(0, LIST_LIMIT).forEach(function (di) { dl.appendChild(docItem(di)); });
      panel.appendChild(dl);
    }
  };

  var evidence = function (a) {
    var box = el("div", "kg-said");
    if (a.before) box.appendChild(el("p", "kg-context kg-before", a.before));
    var q = el("blockquote", "kg-evidence");
    a.segments.forEach(function (seg) {
      q.appendChild(seg[1] ? el("mark", "kg-" + seg[1], seg[0]) : document.createTextNode(seg[0]));
    });
    box.appendChild(q);
    if (a.after) box.appendChild(el("p", "kg-context kg-after", a.after));
    var parts = [];
    if (a.date) parts.push((a.until ? a.date + " – " + a.until : a.date));
    if (a.confidence !== null) parts.push("confidence " + a.confidence);
    if (a.extractor) parts.push("extractor " + a.extractor);
    var meta = el("div", "kg-meta", parts.join(" · "));
    if (a.doc !== null) {
      var d = docs[a.doc];
      var line = el("div");
      line.appendChild(docLink(a.doc));
      meta.appendChild(line);
      meta.appendChild(el("div", "kg-iri", docMeta(d) +
        (a.begin !== null ? " [" + a.begin + "–" + a.end + ")" : "")));
    }
    box.appendChild(meta);
    return box;
  };

  var showEdge = function (id) {
    var e = edges[id];
    var p = props[e.prop];
    begin("edge", id);
    var h = el("h2", "kg-label");
    h.appendChild(nodeLink(e.from));
    h.appendChild(document.createTextNode(p.symmetric ? " — " + p.label + " — " : " — " + p.label + " → "));
    h.appendChild(nodeLink(e.to));
    panel.appendChild(h);
    panel.appendChild(el("div", "kg-iri", p.iri));
    if (e.both) {
      panel.appendChild(el("p", "kg-meta", "Stated in both directions; " + p.label +
        " is symmetric, so it is drawn once."));
    }
    if (e.roles.length) {
      panel.appendChild(el("h3", null, "Role"));
      var rl = el("ul", "kg-roles");
      e.roles.forEach(function (r) {
        var li = el("li");
        li.appendChild(el("span", "kg-role", r.role || "(role not stated)"));
        if (r.former) li.appendChild(el("span", "kg-former", " (former)"));
        rl.appendChild(li);
      });
      panel.appendChild(rl);
      if (e.period) {
        panel.appendChild(el("p", "kg-meta kg-period", "Period: " + (e.period[0] || "?") + " – " +
          (e.period[1] || "")));
      }
    }
    var docsSaying = new Set(e.assertions.map(function (a) { return a.doc; }).filter(function (d) { return d !== null; }));
    panel.appendChild(el("h3", null, "Evidence (" + plural(e.assertions.length, "sentence") +
      (docsSaying.size > 1 ? " in " + docsSaying.size + " documents" : "") + ")"));
    if (!e.assertions.length) panel.appendChild(el("p", "kg-meta", "No supporting assertion in the graph."));
    e.assertions.slice(0, LIST_LIMIT).forEach(function (a) { panel.appendChild(evidence(a)); });
  };

  var showDoc = function (di) {
    var d = docs[di];
    begin("doc", di);
    panel.appendChild(el("h2", "kg-label", d.display));
    if (d.title && d.title !== d.display) panel.appendChild(el("div", "kg-meta", "Title in the file: " + d.title));
    panel.appendChild(el("div", "kg-iri", d.iri));
    var facts = [];
    if (d.date) facts.push("Dated " + d.date);
    if (d.byline) facts.push("by " + d.byline);
    if (d.source) facts.push(d.source);
    panel.appendChild(el("p", "kg-meta kg-doc-meta", facts.join(" · ")));
    if (d.removed !== null && d.removed !== undefined) {
      panel.appendChild(el("p", "kg-meta kg-removed", plural(d.removed, "boilerplate block") +
        " removed before reading"));
    }
    var ents = docIdx().entities[di];
    panel.appendChild(el("h3", null, "Entities (" + ents.length + ")"));
    var ul = el("ul", "kg-doc-entities");
    ents.slice().sort(function (a, b) { return nodes[a].rank - nodes[b].rank; })
      .slice(0, LIST_LIMIT).forEach(function (id) {
        var li = el("li");
        li.appendChild(nodeLink(id));
        if (!nodes[id].degree) li.appendChild(el("span", "kg-meta", " (no relation)"));
        ul.appendChild(li);
      });
    panel.appendChild(ul);
    var facts2 = docIdx().facts[di];
    panel.appendChild(el("h3", null, "Facts (" + facts2.length + ")"));
    var fl = el("ul", "kg-doc-facts");
    facts2.slice(0, LIST_LIMIT).forEach(function (eid) {
      var e = edges[eid];
      var li = el("li");
      li.appendChild(nodeLink(e.from));
      li.appendChild(document.createTextNode(" "));
      li.appendChild(edgeLink(eid, props[e.prop].label));
      li.appendChild(document.createTextNode(" "));
      li.appendChild(nodeLink(e.to));
      fl.appendChild(li);
    });
    panel.appendChild(fl);
  };

  // ---- View state ----------------------------------------------------------------------
  var status = byId("kg-status");
  var updateStatus = function () {
    var vn = 0;
    nodeView.getIds().forEach(function (id) { if (id < DOC0) vn += 1; });
    var ve = 0;
    edgeView.getIds().forEach(function (id) { if (id < DEDGE0) ve += 1; });
    var shownRelated = 0;
    state.shown.forEach(function (id) { if (nodes[id].degree > 0) shownRelated += 1; });
    var hidden = Math.max(0, nodes.length - data.counts.unconnected - shownRelated);
    var text = "Showing " + vn + " of " + nodes.length + " entities and " + ve + " of " +
      edges.length + " relations.";
    if (data.counts.unconnected && !state.lonesOn) {
      text += " " + data.counts.unconnected + " entities without relations are not drawn (Layers: Unconnected entities).";
    }
    if (hidden > 0) {
      text += " " + hidden + " entities hidden to keep the view fast (limit " + data.maxNodes +
        "): double-click a node to add its neighbours, or press Show all.";
    }
    if (state.time) text += " Time: " + dayIso(state.time[0]) + " – " + dayIso(state.time[1]) +
      (state.undatedOn ? " and undated facts." : ", undated facts hidden.");
    if (state.focus !== null) text += " Focused on " + nodes[state.focus].label + ".";
    status.textContent = text;
    byId("kg-show-all").disabled = hidden === 0;
    window.kgHiddenNodes = hidden;
  };
  // Edge labels are the costliest thing vis-network draws and they crowd the first view:
  // only the edges of the selected node (or of the focused neighbourhood) carry one.
  var syncLabels = function () {
    var want = new Set();
    var around = state.focus !== null ? state.focus : state.selected;
    if (around !== null) edgesOf[around].forEach(function (id) { want.add(id); });
    var changes = [];
    // an edge not loaded yet gets its label when it is (edgeItem)
    edgeLabelled.forEach(function (id) {
      if (!want.has(id) && edgeLoaded[id]) changes.push({ id: id, label: "" });
    });
    want.forEach(function (id) {
      if (!edgeLabelled.has(id) && edgeLoaded[id]) {
        changes.push({ id: id, label: props[edges[id].prop].label });
      }
    });
    edgeLabelled = want;
    if (changes.length) edgeSet.update(changes);
  };
  var ensureDocLinks = function () {
    if (docLinks.length) return;
    var items = [];
    docIdx().entities.forEach(function (ents, di) {
      ents.forEach(function (id) {
        docLinks.push([di, id]);
        items.push({ id: DEDGE0 + docLinks.length - 1, from: DOC0 + di, to: id,
                     color: { color: "#8c959f", highlight: "#000000", opacity: 0.5 },
                     arrows: { to: { enabled: false } }, dashes: true, width: 1 });
      });
    });
    edgeSet.add(items);
  };
  var refresh = function () {
    load();
    nodeView.refresh();
    edgeView.refresh();
    syncLabels();
    updateStatus();
  };

  var neighbourhood = function (id) {
    var set = new Set([id]);
    edgesOf[id].forEach(function (eid) {
      if (state.propOn.has(edges[eid].prop)) set.add(other(edges[eid], id));
    });
    return set;
  };
  var focusOn = function (id) {
    state.focus = id;
    state.focusSet = neighbourhood(id);
    state.focusSet.forEach(function (v) { state.shown.add(v); });
    refresh();
    fitAll(Array.from(state.focusSet));
  };
  var expand = function (id) {
    neighbourhood(id).forEach(function (v) { state.shown.add(v); });
    refresh();
  };
  var setTime = function (lo, hi, undated) {
    if (!hasTime) return;
    lo = Math.max(tMin, Math.min(lo, tMax));
    hi = Math.min(tMax, Math.max(hi, lo));
    if (undated !== undefined) state.undatedOn = !!undated;
    state.time = lo > tMin || hi < tMax || !state.undatedOn ? [lo, hi] : null;
    byId("kg-time-from").value = String(lo);
    byId("kg-time-to").value = String(hi);
    byId("kg-time-from-value").textContent = dayIso(lo);
    byId("kg-time-to-value").textContent = dayIso(hi);
    byId("kg-undated").checked = state.undatedOn;
    refresh();
  };
  var setDocs = function (on) {
    state.docsOn = !!on;
    byId("kg-docs-layer").checked = state.docsOn;
    if (on) ensureDocLinks();
    refresh();
    if (on && docs.length <= 60) fitAll();  // a few documents: bring the ring into view
  };
  var setUnconnected = function (on) {
    state.lonesOn = !!on;
    byId("kg-lone-layer").checked = state.lonesOn;
    refresh();
  };
  var reset = function () {
    state.focus = null;
    state.focusSet = null;
    state.minDegree = 0;
    state.shown = new Set(initialShown);
    state.pinned = new Set();
    state.lonesOn = false;
    state.docsOn = false;
    state.undatedOn = true;
    state.time = null;
    data.classes.forEach(function (c) { state.classOn.add(c.id); });
    data.properties.forEach(function (p) { state.propOn.add(p.id); });
    document.querySelectorAll("#kg-filters input[type=checkbox]").forEach(function (cb) {
      cb.checked = cb.id !== "kg-docs-layer" && cb.id !== "kg-lone-layer";
    });
    byId("kg-min-degree").value = "0";
    byId("kg-min-degree-value").textContent = "0";
    if (hasTime) setTime(tMin, tMax, true);
    refresh();
    network.unselectAll();
    fitCore();
  };

  var reveal = function (id) {
    var n = nodes[id];
    state.shown.add(id);
    if (!n.degree) state.pinned.add(id);
    if (!state.classOn.has(n.cls)) {
      state.classOn.add(n.cls);
      var cb = byId("kg-class-" + n.cls);
      if (cb) cb.checked = true;
    }
    if (state.focusSet && !state.focusSet.has(id)) { state.focus = null; state.focusSet = null; }
    if (n.degree < state.minDegree) {
      state.minDegree = 0;
      byId("kg-min-degree").value = "0";
      byId("kg-min-degree-value").textContent = "0";
    }
    if (state.time && n.degree && !edgesOf[id].some(function (eid) { return timeOkEdge(edges[eid]); })) {
      state.pinned.add(id);
    }
  };
  var selectNode = function (id) {
    // Make sure the node can be seen: undo whatever filter hides it.
    reveal(id);
    state.selected = id;
    refresh();
    network.selectNodes([id]);
    network.focus(id, { scale: Math.max(network.getScale(), 1.0), animation: false });
    showNode(id);
  };
  var selectEdge = function (id) {
    var e = edges[id];
    [e.from, e.to].forEach(reveal);
    if (!state.propOn.has(e.prop)) {
      state.propOn.add(e.prop);
      var cb = byId("kg-prop-" + e.prop);
      if (cb) cb.checked = true;
    }
    if (!timeOkEdge(e)) setTime(tMin, tMax, true);
    refresh();
    if (edgeView.get(id)) network.selectEdges([id]);
    showEdge(id);
  };
  // A document: its entities and the facts it states are selected (highlighted) in the graph.
  var selectDoc = function (di) {
    state.doc = di;
    var dx = docIdx();
    dx.entities[di].forEach(function (id) { if (nodes[id].degree) state.shown.add(id); });
    refresh();
    var ids = dx.entities[di].filter(function (id) { return nodeView.get(id); });
    if (state.docsOn && nodeView.get(DOC0 + di)) ids.push(DOC0 + di);
    var eids = dx.facts[di].filter(function (id) { return edgeView.get(id); });
    network.setSelection({ nodes: ids, edges: eids }, { unselectAll: true, highlightEdges: false });
    if (ids.length) fitAll(ids);
    showDoc(di);
    return { nodes: ids, edges: eids };
  };

  network.on("click", function (params) {
    var id = params.nodes.length ? params.nodes[0] : null;
    if (id !== null && id >= DOC0) {
      selectDoc(id - DOC0);
      return;
    }
    if (id !== null) {
      state.selected = id;
      showNode(id);
    } else if (params.edges.length && params.edges[0] < DEDGE0) {
      showEdge(params.edges[0]);
    } else if (params.edges.length) {
      selectDoc(docLinks[params.edges[0] - DEDGE0][0]);
    } else {
      state.selected = null;
      showHome();
    }
    syncLabels();
  });
  network.on("doubleClick", function (params) {
    if (params.nodes.length && params.nodes[0] < DOC0) expand(params.nodes[0]);
  });

  // ---- Legend and filters --------------------------------------------------------------
  var makeCheck = function (prefix, item, swatch, onChange) {
    var label = el("label");
    var cb = el("input");
    cb.type = "checkbox";
    cb.checked = true;
    cb.id = prefix + item.id;
    cb.addEventListener("change", function () { onChange(cb.checked); });
    label.appendChild(cb);
    label.appendChild(swatch);
    label.appendChild(el("span", null, item.label));
    label.appendChild(el("span", "kg-count", item.count));
    return label;
  };
  var classBox = byId("kg-class-filters");
  data.classes.forEach(function (c) {
    var sw = el("span", "kg-swatch kg-shape-" + c.shape);
    sw.style.background = c.color;
    classBox.appendChild(makeCheck("kg-class-", c, sw, function (on) {
      if (on) state.classOn.add(c.id); else state.classOn.delete(c.id);
      refresh();
    }));
  });
  var propBox = byId("kg-prop-filters");
  data.properties.forEach(function (p) {
    var sw = el("span", "kg-line");
    sw.style.background = p.color;
    propBox.appendChild(makeCheck("kg-prop-", p, sw, function (on) {
      if (on) state.propOn.add(p.id); else state.propOn.delete(p.id);
      if (state.focus !== null) state.focusSet = neighbourhood(state.focus);
      refresh();
    }));
  });
  var slider = byId("kg-min-degree");
  var maxDegree = nodes.reduce(function (m, n) { return Math.max(m, n.degree); }, 0);
  slider.max = String(Math.max(1, Math.min(maxDegree, 50)));
  slider.addEventListener("input", function () {
    state.minDegree = Number(slider.value);
    byId("kg-min-degree-value").textContent = slider.value;
    refresh();
  });
  byId("kg-docs-layer").addEventListener("change", function (ev) { setDocs(ev.target.checked); });
  byId("kg-lone-layer").addEventListener("change", function (ev) { setUnconnected(ev.target.checked); });
  byId("kg-docs-count").textContent = String(docs.length);
  byId("kg-lone-count").textContent = String(data.counts.unconnected);
  var timeBox = byId("kg-time-box");
  timeBox.hidden = !hasTime;
  if (hasTime) {
    var from = byId("kg-time-from"), to = byId("kg-time-to");
    [from, to].forEach(function (r) { r.min = String(tMin); r.max = String(tMax); });
    from.value = String(tMin);
    to.value = String(tMax);
    byId("kg-time-from-value").textContent = dayIso(tMin);
    byId("kg-time-to-value").textContent = dayIso(tMax);
    byId("kg-undated-count").textContent = String(edges.filter(function (e) { return !e.t.length; }).length);
    var onTime = function () { setTime(Number(from.value), Number(to.value), byId("kg-undated").checked); };
    from.addEventListener("input", onTime);
    to.addEventListener("input", onTime);
    byId("kg-undated").addEventListener("change", onTime);
  }
  var notes = byId("kg-notes");
  data.notes.forEach(function (t) { notes.appendChild(el("li", null, t)); });
  byId("kg-notes-box").hidden = data.notes.length === 0;

  // ---- Search ----------------------------------------------------------------------------
  var names = null;  // [lowercased name, node id, shown name], built at the first search
  var nameList = function () {
    if (names) return names;
    names = [];
    nodes.forEach(function (n) {
      names.push([n.label.toLowerCase(), n.id, n.label]);
      n.aliases.forEach(function (a) { names.push([a.toLowerCase(), n.id, a]); });
    });
    return names;
  };
  var matches = function (q, limit) {
    q = q.trim().toLowerCase();
    if (!q) return [];
    var exact = [], prefix = [], inside = [];
    nameList().forEach(function (r) {
      if (r[0] === q) exact.push(r);
      else if (r[0].indexOf(q) === 0) prefix.push(r);
      else if (r[0].indexOf(q) > 0) inside.push(r);
    });
    var rank = function (a, b) { return a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]; };
    exact.sort(rank); prefix.sort(rank); inside.sort(rank);
    return exact.concat(prefix, inside).slice(0, limit);
  };
  var search = function (q) {
    var m = matches(q, 1);
    if (!m.length) return null;
    selectNode(m[0][1]);
    return m[0][1];
  };
  var input = byId("kg-search");
  var suggest = byId("kg-suggest");
  input.addEventListener("input", function () {
    suggest.textContent = "";
    var seen = new Set();
    matches(input.value, 20).forEach(function (r) {
      if (seen.has(r[2])) return;
      seen.add(r[2]);
      var o = el("option");
      o.value = r[2];
      if (r[2] !== nodes[r[1]].label) o.label = r[2] + " → " + nodes[r[1]].label;
      suggest.appendChild(o);
    });
  });
  input.addEventListener("change", function () { search(input.value); });
  input.addEventListener("keydown", function (ev) {
    if (ev.key === "Enter") { ev.preventDefault(); search(input.value); }
  });

  // ---- Buttons ---------------------------------------------------------------------------
  byId("kg-home").addEventListener("click", function () {
    state.selected = null;
    network.unselectAll();
    syncLabels();
    showHome();
  });
  byId("kg-focus").addEventListener("click", function () {
    var sel = network.getSelectedNodes().filter(function (id) { return id < DOC0; });
    var id = sel.length ? sel[0] : state.selected;
    if (id !== null && id !== undefined) focusOn(id);
  });
  byId("kg-reset").addEventListener("click", reset);
  byId("kg-show-all").addEventListener("click", function () {
    state.shown = new Set(allIds);
    refresh();
  });
  byId("kg-fit").addEventListener("click", function () { fitAll(); });

  // Test and scripting hooks (documented in docs/explorer.md).
  window.kgExplorer = {
    state: state, search: search, selectNode: selectNode, selectEdge: selectEdge,
    selectDoc: selectDoc, showNode: showNode, showEdge: showEdge, showDoc: showDoc,
    showHome: showHome, focusOn: focusOn, expand: expand, reset: reset, refresh: refresh,
    setDocs: setDocs, setUnconnected: setUnconnected, setTime: setTime, fitCore: fitCore,
    timeRange: function () { return hasTime ? [tMin, tMax] : null; },
    labelled: function () { return Array.from(labelled).sort(function (a, b) { return a - b; }); },
    edgesDrawn: function () { return edgesDrawn; },
    docNodeId: function (di) { return DOC0 + di; },
    visibleNodeIds: function () { return nodeView.getIds().filter(function (id) { return id < DOC0; }); },
    visibleDocIds: function () {
      return nodeView.getIds().filter(function (id) { return id >= DOC0; }).map(function (id) { return id - DOC0; });
    },
    visibleEdgeIds: function () { return edgeView.getIds().filter(function (id) { return id < DEDGE0; }); }
  };
  syncLabels();
  updateStatus();
  showHome();
  fitCore();
})();
