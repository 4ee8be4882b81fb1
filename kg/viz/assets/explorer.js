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

  var classes = {};
  data.classes.forEach(function (c) { classes[c.id] = c; });
  var props = {};
  data.properties.forEach(function (p) { props[p.id] = p; });
  var nodes = data.nodes;
  var edges = data.edges;
  var big = edges.length > 4000 || nodes.length > 2000;

  // Adjacency over the whole graph, for focus, expansion and the details panel.
  var edgesOf = nodes.map(function () { return []; });
  edges.forEach(function (e) {
    edgesOf[e.from].push(e.id);
    if (e.to !== e.from) edgesOf[e.to].push(e.id);
  });
  var other = function (e, id) { return e.from === id ? e.to : e.from; };

  var allIds = nodes.map(function (n) { return n.id; });
  var initialShown = data.initial ? data.initial.slice() : allIds.slice();
  var state = {
    classOn: new Set(data.classes.map(function (c) { return c.id; })),
    propOn: new Set(data.properties.map(function (p) { return p.id; })),
    minDegree: 0,
    focus: null,       // node id whose neighbourhood is shown, or null
    focusSet: null,
    shown: new Set(initialShown),
    selected: null
  };

  var visibleNode = function (n) {
    if (!state.shown.has(n.id) || !state.classOn.has(n.cls)) return false;
    if (state.focusSet) return state.focusSet.has(n.id);
    return n.degree >= state.minDegree;
  };
  var visibleEdge = function (e) {
    return state.propOn.has(e.prop) && visibleNode(nodes[e.from]) && visibleNode(nodes[e.to]);
  };

  var nodeItems = nodes.map(function (n) {
    var c = classes[n.cls];
    return {
      id: n.id, label: n.label, x: n.x, y: n.y, shape: c.shape, size: n.size,
      color: { background: c.color, border: "#333333",
               highlight: { background: c.color, border: "#000000" } },
      borderWidth: 1
    };
  });
  var edgeItems = edges.map(function (e) {
    var p = props[e.prop];
    var item = {
      id: e.id, from: e.from, to: e.to,
      color: { color: p.color, highlight: "#000000", opacity: 0.85 },
      arrows: { to: { enabled: !p.symmetric, scaleFactor: 0.5 } }
    };
    if (e.bend) item.smooth = { enabled: true, type: "curvedCW", roundness: e.bend };
    return item;
  });

  var nodeSet = new vis.DataSet(nodeItems);
  var edgeSet = new vis.DataSet(edgeItems);
  var nodeView = new vis.DataView(nodeSet, { filter: function (item) { return visibleNode(nodes[item.id]); } });
  var edgeView = new vis.DataView(edgeSet, { filter: function (item) { return visibleEdge(edges[item.id]); } });

  var options = {
    physics: { enabled: false },
    layout: { improvedLayout: false },
    interaction: {
      hover: false, multiselect: false, dragNodes: true, keyboard: false,
      hideEdgesOnDrag: big, hideEdgesOnZoom: big, tooltipDelay: 300
    },
    nodes: {
      font: { size: 14, face: "system-ui, sans-serif", color: "#1f2328",
              strokeWidth: 3, strokeColor: "#ffffff" },
      // Big graphs: names appear once zoomed in far enough to read them.
      scaling: { label: { drawThreshold: big ? 9 : 6 } }
    },
    edges: {
      width: 1,
      smooth: false,
      font: { size: 10, face: "system-ui, sans-serif", color: "#57606a", align: "middle",
              strokeWidth: 3, strokeColor: "#ffffff" },
      selectionWidth: 2
    }
  };

  var container = byId("kg-network");
  // Fit from node positions: vis-network's fit() reads node extents that are only known
  // after a first drawing, and it leaves no room for the labels at the edges.
  var fitAll = function (ids) {
    ids = ids || nodeView.getIds();
    if (!ids.length) return;
    var pos = network.getPositions(ids);
    var x0 = Infinity, x1 = -Infinity, y0 = Infinity, y1 = -Infinity;
    ids.forEach(function (id) {
      // a node's label is centred under it: about 4 px per character either side at 14 px
      var p = pos[id], half = Math.max(nodes[id].size, 4 * nodes[id].label.length);
      x0 = Math.min(x0, p.x - half); x1 = Math.max(x1, p.x + half);
      y0 = Math.min(y0, p.y - nodes[id].size); y1 = Math.max(y1, p.y + nodes[id].size + 22);
    });
    var pad = 20;
    var scale = Math.min(
      container.clientWidth / (x1 - x0 + 2 * pad),
      container.clientHeight / (y1 - y0 + 2 * pad),
      1.5
    );
    network.moveTo({ position: { x: (x0 + x1) / 2, y: (y0 + y1) / 2 }, scale: scale, animation: false });
  };
  var firstDraw = true;
  var network = new vis.Network(container, { nodes: nodeView, edges: edgeView }, options);
  window.network = network;
  network.once("afterDrawing", function () {
    if (firstDraw) {
      firstDraw = false;
      window.kgFirstDrawMs = performance.now();
    }
  });

  // ---- Details panel -------------------------------------------------------------------
  var panel = byId("kg-panel");
  var clearPanel = function () {
    panel.textContent = "";
    panel.appendChild(el("p", "kg-hint", "Click a node or an edge to see its details and evidence."));
  };
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
  var classBadge = function (cls) {
    var span = el("span", "kg-class");
    var sw = el("span", "kg-swatch kg-shape-" + classes[cls].shape);
    sw.style.background = classes[cls].color;
    span.appendChild(sw);
    span.appendChild(el("span", null, classes[cls].label));
    return span;
  };
  var safeHref = function (url) { return /^https?:\/\//i.test(url) ? url : null; };
  var docItem = function (di) {
    var d = data.docs[di];
    var li = el("li");
    li.appendChild(el("span", "kg-doc-title", d.title || d.source || d.iri));
    if (d.source && d.title) li.appendChild(el("div", "kg-iri", d.source));
    return li;
  };
  var LIST_LIMIT = 200;

  var showNode = function (id) {
    var n = nodes[id];
    panel.textContent = "";
    panel.dataset.kind = "node";
    panel.dataset.id = String(id);
    panel.appendChild(el("h2", "kg-label", n.label));
    panel.appendChild(classBadge(n.cls));
    panel.appendChild(el("div", "kg-iri", n.iri));
    var p = el("p", "kg-meta", n.mentions + " mention" + (n.mentions === 1 ? "" : "s") +
      " in " + n.docs.length + " document" + (n.docs.length === 1 ? "" : "s") +
      "; " + n.degree + " relation" + (n.degree === 1 ? "" : "s"));
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

  var showEdge = function (id) {
    var e = edges[id];
    var p = props[e.prop];
    panel.textContent = "";
    panel.dataset.kind = "edge";
    panel.dataset.id = String(id);
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
    }
    panel.appendChild(el("h3", null, "Evidence (" + e.assertions.length + ")"));
    if (!e.assertions.length) panel.appendChild(el("p", "kg-meta", "No supporting assertion in the graph."));
    e.assertions.slice(0, LIST_LIMIT).forEach(function (a) {
      var q = el("blockquote", "kg-evidence");
      a.segments.forEach(function (seg) {
        q.appendChild(seg[1] ? el("mark", "kg-" + seg[1], seg[0]) : document.createTextNode(seg[0]));
      });
      panel.appendChild(q);
      var parts = [];
      if (a.confidence !== null) parts.push("confidence " + a.confidence);
      if (a.extractor) parts.push("extractor " + a.extractor);
      var meta = el("div", "kg-meta", parts.join(" · "));
      if (a.doc !== null) {
        var d = data.docs[a.doc];
        meta.appendChild(el("div", "kg-doc-title", d.title || d.iri));
        if (d.source) meta.appendChild(el("div", "kg-iri", d.source +
          (a.begin !== null ? " [" + a.begin + "–" + a.end + ")" : "")));
      }
      panel.appendChild(meta);
    });
  };

  // ---- View state ----------------------------------------------------------------------
  var status = byId("kg-status");
  var updateStatus = function () {
    var vn = nodeView.length, ve = edgeView.length;
    var hidden = nodes.length - state.shown.size;
    var text = "Showing " + vn + " of " + nodes.length + " entities and " + ve + " of " +
      edges.length + " relations.";
    if (hidden > 0) {
      text += " " + hidden + " entities hidden to keep the view fast (limit " + data.maxNodes +
        "): double-click a node to add its neighbours, or press Show all.";
    }
    if (state.focus !== null) text += " Focused on " + nodes[state.focus].label + ".";
    status.textContent = text;
    byId("kg-show-all").disabled = hidden === 0;
    window.kgHiddenNodes = hidden;
  };
  // Edge labels are the costliest thing vis-network draws: label every visible edge only
  // while few are shown, otherwise just the edges of the selected node.
  var LABEL_EDGES = 1500;
  var labelled = new Set();
  var syncLabels = function () {
    var want = new Set();
    if (edgeView.length <= LABEL_EDGES) {
      edgeView.getIds().forEach(function (id) { want.add(id); });
    } else if (state.selected !== null) {
      edgesOf[state.selected].forEach(function (id) { want.add(id); });
    }
    var changes = [];
    labelled.forEach(function (id) {
      if (!want.has(id)) changes.push({ id: id, label: "" });
    });
    want.forEach(function (id) {
      if (!labelled.has(id)) changes.push({ id: id, label: props[edges[id].prop].label });
    });
    labelled = want;
    if (changes.length) edgeSet.update(changes);
  };
  var refresh = function () {
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
  var reset = function () {
    state.focus = null;
    state.focusSet = null;
    state.minDegree = 0;
    state.shown = new Set(initialShown);
    data.classes.forEach(function (c) { state.classOn.add(c.id); });
    data.properties.forEach(function (p) { state.propOn.add(p.id); });
    document.querySelectorAll("#kg-filters input[type=checkbox]").forEach(function (cb) { cb.checked = true; });
    byId("kg-min-degree").value = "0";
    byId("kg-min-degree-value").textContent = "0";
    refresh();
    fitAll();
  };

  var selectNode = function (id) {
    var n = nodes[id];
    // Make sure the node can be seen: undo whatever filter hides it.
    state.shown.add(id);
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
    state.selected = id;
    refresh();
    network.selectNodes([id]);
    network.focus(id, { scale: Math.max(network.getScale(), 1.0), animation: false });
    showNode(id);
  };
  var selectEdge = function (id) {
    var e = edges[id];
    [e.from, e.to].forEach(function (v) { state.shown.add(v); });
    if (!state.propOn.has(e.prop)) {
      state.propOn.add(e.prop);
      var cb = byId("kg-prop-" + e.prop);
      if (cb) cb.checked = true;
    }
    refresh();
    if (edgeView.get(id)) network.selectEdges([id]);
    showEdge(id);
  };

  network.on("click", function (params) {
    if (params.nodes.length) {
      state.selected = params.nodes[0];
      showNode(params.nodes[0]);
    } else if (params.edges.length) {
      showEdge(params.edges[0]);
    } else {
      state.selected = null;
      clearPanel();
    }
    syncLabels();
  });
  network.on("doubleClick", function (params) {
    if (params.nodes.length) expand(params.nodes[0]);
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
  var notes = byId("kg-notes");
  data.notes.forEach(function (t) { notes.appendChild(el("li", null, t)); });
  byId("kg-notes-box").hidden = data.notes.length === 0;

  // ---- Search ----------------------------------------------------------------------------
  var names = [];  // [lowercased name, node id, shown name]
  nodes.forEach(function (n) {
    names.push([n.label.toLowerCase(), n.id, n.label]);
    n.aliases.forEach(function (a) { names.push([a.toLowerCase(), n.id, a]); });
  });
  var matches = function (q, limit) {
    q = q.trim().toLowerCase();
    if (!q) return [];
    var exact = [], prefix = [], inside = [];
    names.forEach(function (r) {
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
  byId("kg-focus").addEventListener("click", function () {
    var sel = network.getSelectedNodes();
    var id = sel.length ? sel[0] : state.selected;
    if (id !== null && id !== undefined) focusOn(id);
  });
  byId("kg-reset").addEventListener("click", reset);
  byId("kg-show-all").addEventListener("click", function () {
    state.shown = new Set(allIds);
    refresh();
  });
  byId("kg-fit").addEventListener("click", function () { fitAll(); });

  window.kgExplorer = {
    state: state, search: search, selectNode: selectNode, selectEdge: selectEdge,
    showNode: showNode, showEdge: showEdge, focusOn: focusOn, expand: expand, reset: reset,
    refresh: refresh, visibleNodeIds: function () { return nodeView.getIds(); },
    visibleEdgeIds: function () { return edgeView.getIds(); }
  };
  syncLabels();
  updateStatus();
  fitAll();
})();
