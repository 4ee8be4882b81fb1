"""The explorer in a real headless Chromium: offline, correct counts, usable, inert to XSS."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.viz import render_html
from kg.viz.synth import synthetic_graph

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures"
ARTIFACTS = ROOT / "tests" / "artifacts"
PFX = "PREFIX kg: <https://w3id.org/kg-news/ontology#>\n"
CLASSES = "kg:Person kg:Government kg:Organization kg:Agreement kg:Region kg:Country"
RELS = "kg:memberOf kg:partOf kg:country kg:locatedIn kg:claims kg:party kg:signatory kg:met"

EDGE_POINT = """(eid) => {
  const e = kgData.edges[eid];
  const p = network.getPositions([e.from, e.to]);
  const a = network.canvasToDOM(p[e.from]), b = network.canvasToDOM(p[e.to]);
  const r = document.getElementById('kg-network').getBoundingClientRect();
  return {x: r.left + (a.x + b.x) / 2, y: r.top + (a.y + b.y) / 2};
}"""
NODE_POINT = """(id) => {
  const p = network.canvasToDOM(network.getPositions([id])[id]);
  const r = document.getElementById('kg-network').getBoundingClientRect();
  return {x: r.left + p.x, y: r.top + p.y};
}"""


def _count(store: ox.Store, body: str) -> int:
    return int(next(iter(store.query(PFX + body)))["n"].value)


def sparql_counts(store: ox.Store) -> tuple[int, int]:
    """(entities, relation triples with kg:met pairs stated both ways counted once)."""
    entities = _count(
        store, f"SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE {{ VALUES ?c {{ {CLASSES} }} ?e a ?c }}"
    )
    triples = _count(store, f"SELECT (COUNT(*) AS ?n) WHERE {{ VALUES ?p {{ {RELS} }} ?s ?p ?o }}")
    both = _count(
        store,
        "SELECT (COUNT(*) AS ?n) WHERE { ?a kg:met ?b . ?b kg:met ?a FILTER(STR(?a) < STR(?b)) }",
    )
    return entities, triples - both


@pytest.fixture(scope="module")
def small_html(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("viz") / "small.html"
    render_html(FIXTURES / "viz_small.ttl", out)
    return out


def assert_offline(opened) -> None:
    outside = [u for u in opened.requests if u != opened.url and not u.startswith("data:")]
    assert outside == []
    assert opened.errors == []


def test_loads_offline_without_errors_and_counts_match_sparql(open_page, small_html) -> None:
    opened = open_page(small_html)
    assert_offline(opened)
    store = ox.Store()
    store.load(path=FIXTURES / "viz_small.ttl")
    entities, relations = sparql_counts(store)
    got = opened.page.evaluate(
        "[kgData.nodes.length, kgData.edges.length,"
        " network.body.data.nodes.length, network.body.data.edges.length]"
    )
    assert got == [entities, relations, entities - 2, relations] == [14, 11, 12, 11]
    status = opened.page.inner_text("#kg-status")
    assert "Showing 12 of 14 entities and 11 of 11 relations." in status
    assert "2 entities without relations are not drawn" in status
    assert "drawn once" in opened.page.inner_text("#kg-notes")
    assert opened.page.evaluate("typeof window.network.getPositions") == "function"


def test_search_selects_and_focuses_node(open_page, small_html) -> None:
    page = open_page(small_html).page
    page.fill("#kg-search", "koiz")
    options = page.eval_on_selector_all("#kg-suggest option", "os => os.map(o => o.value)")
    assert options == ["Koizumi", "Shinjiro Koizumi"]
    page.fill("#kg-search", "shinjiro KOIZUMI")
    page.press("#kg-search", "Enter")
    node_id = page.evaluate("kgData.nodes.find(n => n.label === 'Shinjiro Koizumi').id")
    assert page.evaluate("network.getSelectedNodes()") == [node_id]
    # the view is centred on the node
    centre = page.evaluate(
        "(id) => { const p = network.getPositions([id])[id], v = network.getViewPosition();"
        " return [Math.round(p.x - v.x), Math.round(p.y - v.y)]; }",
        node_id,
    )
    assert centre == [0, 0]
    assert page.inner_text("#kg-panel h2") == "Shinjiro Koizumi"
    assert "Koizumi" in page.inner_text("#kg-panel .kg-aliases")


def test_class_property_and_degree_filters(open_page, small_html) -> None:
    page = open_page(small_html).page
    page.uncheck("#kg-class-Person")
    visible = page.evaluate("kgExplorer.visibleNodeIds().map(i => kgData.nodes[i].cls)")
    assert "Person" not in visible and len(visible) == 9  # NATO and Tokyo have no relation
    # edges touching people go too: 11 - (3 memberOf + signatory + met) = 6
    assert page.evaluate("network.body.data.edges.length") == 6
    page.check("#kg-class-Person")
    page.uncheck("#kg-prop-party")
    assert page.evaluate("network.body.data.edges.length") == 9
    page.click("#kg-reset")
    page.eval_on_selector(
        "#kg-min-degree", "el => { el.value = '2'; el.dispatchEvent(new Event('input')); }"
    )
    shown = page.evaluate("kgExplorer.visibleNodeIds().map(i => kgData.nodes[i].degree)")
    assert shown and min(shown) >= 2
    expected = page.evaluate("kgData.nodes.filter(n => n.degree >= 2).length")
    assert len(shown) == expected


def test_neighbourhood_focus_and_reset(open_page, small_html) -> None:
    page = open_page(small_html).page
    page.evaluate("kgExplorer.search('Japan')")
    page.click("#kg-focus")
    labels = page.evaluate("kgExplorer.visibleNodeIds().map(i => kgData.nodes[i].label).sort()")
    assert labels == [
        "Japan",
        "Ministry of Defense (Japan)",
        "Okinawa",
        "U.S.–Japan alliance",
    ]
    page.click("#kg-reset")
    assert page.evaluate("network.body.data.nodes.length") == 12


def test_clicking_an_edge_shows_highlighted_evidence(open_page, small_html) -> None:
    page = open_page(small_html).page
    eid = page.evaluate(
        "kgData.edges.find(e => e.prop === 'memberOf' &&"
        " kgData.nodes[e.from].label === 'Fumio Kishida').id"
    )
    page.evaluate("(id) => kgExplorer.selectNode(kgData.edges[id].from)", eid)
    page.evaluate("network.fit({animation: false})")
    pt = page.evaluate(EDGE_POINT, eid)
    page.mouse.click(pt["x"], pt["y"])
    panel = page.locator("#kg-panel")
    assert panel.get_attribute("data-kind") == "edge"
    assert panel.get_attribute("data-id") == str(eid)
    evidence = page.inner_text("#kg-panel blockquote.kg-evidence")
    assert evidence == (
        "Former Prime Minister Fumio Kishida of the Government of Japan signed the "
        "U.S.–Japan alliance memoranda in Washington."
    )
    assert page.inner_text("#kg-panel mark.kg-s") == "Fumio Kishida"
    assert page.inner_text("#kg-panel mark.kg-o") == "Government of Japan"
    text = page.inner_text("#kg-panel")
    assert "Prime Minister" in text and "(former)" in text
    assert "confidence 0.8" in text and "membership.former_title" in text
    assert "Alliance memoranda signed" in text and "seeds/demo-washington.txt" in text


def test_clicking_a_node_shows_its_details(open_page, small_html) -> None:
    page = open_page(small_html).page
    nid = page.evaluate("kgData.nodes.find(n => n.label === 'Japan').id")
    pt = page.evaluate(NODE_POINT, nid)
    page.mouse.click(pt["x"], pt["y"])
    assert page.inner_text("#kg-panel h2") == "Japan"
    links = page.eval_on_selector_all("#kg-panel .kg-links a", "as => as.map(a => a.href)")
    assert links == ["http://www.wikidata.org/entity/Q17", "https://sws.geonames.org/1861060/"]
    assert "Country" in page.inner_text("#kg-panel .kg-class")
    assert "Hegseth meets Koizumi in Tokyo" in page.inner_text("#kg-panel .kg-docs")


def test_hostile_strings_stay_inert(open_page, tmp_path: Path) -> None:
    out = tmp_path / "xss.html"
    render_html(FIXTURES / "viz_xss.ttl", out, title="<script>window.__pwned=1</script>")
    opened = open_page(out)
    page = opened.page
    assert_offline(opened)
    assert page.evaluate("window.__pwned") is None
    assert page.title() == "<script>window.__pwned=1</script>"
    for eid in (0, 1):
        page.evaluate("(id) => kgExplorer.selectEdge(id)", eid)
        assert page.evaluate("window.__pwned") is None
        assert (
            page.locator("#kg-panel img, #kg-panel script, #kg-panel b, #kg-panel i").count() == 0
        )
    page.evaluate("kgExplorer.selectEdge(kgData.edges.find(e => e.prop === 'memberOf').id)")
    assert '<img src=x onerror="window.__pwned=1">' in page.inner_text("#kg-panel h2")
    assert "</script><b>noon</b>" in page.inner_text("#kg-panel blockquote")
    assert '<i>Chief</i> & "head"' in page.inner_text("#kg-panel .kg-roles")
    page.evaluate("kgExplorer.search('script')")
    # a javascript: link is shown as text, never as a link
    assert page.locator("#kg-panel .kg-links a").count() == 0
    assert "javascript:window.__pwned=1" in page.inner_text("#kg-panel .kg-links")
    assert page.evaluate("window.__pwned") is None


def test_large_graph_starts_with_hubs_and_expands(open_page, tmp_path: Path) -> None:
    store = synthetic_graph(600, 2000, seed=11)
    out = tmp_path / "big.html"
    stats = render_html(store, out, max_nodes=200)
    entities, relations = sparql_counts(store)
    lone = stats.unconnected
    assert (stats.nodes, stats.edges, stats.hidden_nodes) == (entities, relations, 400 - lone)
    opened = open_page(out)
    page = opened.page
    assert_offline(opened)
    assert page.evaluate("network.body.data.nodes.length") == 200
    assert f"{400 - lone} entities hidden" in page.inner_text("#kg-status")
    hidden_neighbour = page.evaluate(
        """() => { const shown = new Set(kgExplorer.visibleNodeIds());
           const e = kgData.edges.find(e => shown.has(e.from) !== shown.has(e.to));
           return shown.has(e.from) ? [e.from, e.to] : [e.to, e.from]; }"""
    )
    page.evaluate("(id) => kgExplorer.expand(id)", hidden_neighbour[0])
    assert hidden_neighbour[1] in page.evaluate("kgExplorer.visibleNodeIds()")
    page.click("#kg-show-all")
    assert page.evaluate("network.body.data.nodes.length") == 600 - lone
    assert page.evaluate("network.body.data.edges.length") == relations
    assert page.evaluate("network.physics.options.enabled") is False


@pytest.fixture(scope="module")
def big_html(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """600 entities, of which the first view shows the 200 most connected."""
    out = tmp_path_factory.mktemp("viz") / "big.html"
    render_html(synthetic_graph(600, 2000, seed=11), out, max_nodes=200)
    return out


LOADED = """() => [network.body.data.nodes.getDataSet().getIds().sort((a, b) => a - b),
                  network.body.data.edges.getDataSet().getIds().sort((a, b) => a - b)]"""
# the edges among a set of entities, in the page's numbering
EDGES_AMONG = """(ids) => { const s = new Set(ids);
  return kgData.edges.filter(e => s.has(e.from) && s.has(e.to)).map(e => e.id); }"""


def test_large_graph_loads_only_what_is_shown(open_page, big_html: Path) -> None:
    opened = open_page(big_html)
    page = opened.page
    initial = page.evaluate("kgData.initial")
    nodes, edges = page.evaluate(LOADED)
    assert nodes == initial
    assert edges == page.evaluate(EDGES_AMONG, initial)
    # search finds an entity that was not loaded, draws it with its relations to what is
    # shown, selects it and centres the view on it
    target = page.evaluate(
        """(init) => { const s = new Set(init);
           return kgData.nodes.filter(n => n.degree > 0 && !s.has(n.id)
             && n.label.indexOf(' ') > 0)[0].id; }""",
        initial,
    )
    assert target not in nodes
    page.fill("#kg-search", page.evaluate("(id) => kgData.nodes[id].label", target))
    page.press("#kg-search", "Enter")
    assert page.evaluate("network.getSelectedNodes()") == [target]
    visible = page.evaluate("kgExplorer.visibleNodeIds()")
    assert target in visible
    assert sorted(page.evaluate("kgExplorer.visibleEdgeIds()")) == page.evaluate(
        EDGES_AMONG, visible
    )
    centre = page.evaluate("network.getViewPosition()")
    at = page.evaluate("(id) => network.getPositions([id])[id]", target)
    assert abs(centre["x"] - at["x"]) < 1 and abs(centre["y"] - at["y"]) < 1
    assert page.get_attribute("#kg-panel", "data-kind") == "node"
    assert page.inner_text("#kg-panel h2") == page.evaluate(
        "(id) => kgData.nodes[id].label", target
    )
    # Show all loads the rest; Reset view hides it again without unloading
    page.click("#kg-show-all")
    n_all, e_all = page.evaluate(LOADED)
    related = page.evaluate("kgData.nodes.filter(n => n.degree > 0).map(n => n.id)")
    assert n_all == related and len(e_all) == page.evaluate("kgData.edges.length")
    page.click("#kg-reset")
    assert sorted(page.evaluate("kgExplorer.visibleNodeIds()")) == initial
    assert_offline(opened)


def test_large_graph_layers_and_time_add_and_remove_the_right_nodes(
    open_page, big_html: Path
) -> None:
    page = open_page(big_html).page
    initial = page.evaluate("kgData.initial")
    lone = page.evaluate("kgData.nodes.filter(n => n.degree === 0).map(n => n.id)")
    assert lone
    # the unconnected layer adds every entity without relations, above the node limit too
    page.check("#kg-lone-layer")
    assert sorted(page.evaluate("kgExplorer.visibleNodeIds()")) == sorted(initial + lone)
    page.uncheck("#kg-lone-layer")
    assert sorted(page.evaluate("kgExplorer.visibleNodeIds()")) == initial
    # documents: loaded when the layer is first shown, linked to the shown entities only
    assert sorted(page.evaluate(LOADED)[0]) == sorted(initial + lone)
    page.check("#kg-docs-layer")
    n_docs = page.evaluate("kgData.docs.length")
    assert page.evaluate("kgExplorer.visibleDocIds().length") == n_docs
    linked = page.evaluate(
        """() => network.body.data.edges.get().filter(e => e.id >= kgData.edges.length)
                 .map(e => e.to)"""
    )
    assert linked and set(linked) <= set(initial)
    page.uncheck("#kg-docs-layer")
    assert page.evaluate("kgExplorer.visibleDocIds()") == []
    # a document outside the first view brings its related entities in and selects them
    di = page.evaluate(
        """(init) => { const s = new Set(init);
           return kgData.docs.findIndex((d, i) =>
             kgData.nodes.some(n => n.degree > 0 && n.docs.includes(i) && !s.has(n.id))); }""",
        initial,
    )
    chosen = page.evaluate("(di) => kgExplorer.selectDoc(di)", di)
    mentioned = page.evaluate(
        "(di) => kgData.nodes.filter(n => n.degree > 0 && n.docs.includes(di)).map(n => n.id)",
        di,
    )
    assert sorted(chosen["nodes"]) == sorted(mentioned)
    assert set(mentioned) - set(initial)
    # the time filter keeps the shown entities that have a fact in the window
    page.click("#kg-reset")
    lo, hi = page.evaluate("kgExplorer.timeRange()")
    page.evaluate("([a, b]) => kgExplorer.setTime(a, b, false)", [lo, (lo + hi) // 2])
    kept = page.evaluate(
        """([init, lo, hi]) => { const s = new Set(init);
           return init.filter(id => kgData.edges.some(e => (e.from === id || e.to === id)
             && s.has(e.from) && s.has(e.to)
             && e.t.some(t => t[1] >= lo && t[0] <= hi))); }""",
        [initial, lo, (lo + hi) // 2],
    )
    visible = sorted(page.evaluate("kgExplorer.visibleNodeIds()"))
    assert visible and set(visible) <= set(initial) and len(visible) < len(initial)
    assert set(kept) <= set(visible)


# Which edges a redraw paints: each edge's draw() is wrapped to record its id.
DRAWN = """() => {
  const drawn = new Set();
  for (const id of network.body.edgeIndices) {
    const e = network.body.edges[id], draw = e.draw;
    e.draw = function (ctx) { drawn.add(id); return draw.call(this, ctx); };
  }
  network.redraw();
  network.renderer._redraw();
  return Array.from(drawn);
}"""
ON_SCREEN_ENDS = """() => {
  const c = network.body.container.getBoundingClientRect(), out = [];
  for (const id of network.body.edgeIndices) {
    const e = network.body.edges[id];
    for (const n of [e.from, e.to]) {
      const p = network.canvasToDOM({x: n.x, y: n.y});
      if (p.x >= 0 && p.y >= 0 && p.x <= c.width && p.y <= c.height) { out.push(id); break; }
    }
  }
  return out;
}"""


def test_zoomed_in_only_edges_on_screen_are_drawn(open_page, big_html: Path) -> None:
    page = open_page(big_html).page
    page.click("#kg-show-all")
    page.click("#kg-fit")
    in_view = page.evaluate("network.body.edgeIndices.length")
    assert len(page.evaluate(DRAWN)) == in_view == page.evaluate("kgExplorer.edgesDrawn()")
    hub = page.evaluate("kgData.nodes.find(n => n.rank === 0).id")
    page.evaluate("(id) => network.focus(id, {scale: 4, animation: false})", hub)
    drawn = set(page.evaluate(DRAWN))
    needed = set(page.evaluate(ON_SCREEN_ENDS))
    assert needed and needed <= drawn
    assert len(drawn) < in_view / 2
    # selecting shows the labels of the hub's relations, also those leaving the screen
    page.evaluate("(id) => kgExplorer.selectNode(id)", hub)
    labelled = page.evaluate(
        "network.body.edgeIndices.filter(i => network.body.edges[i].options.label)"
    )
    assert labelled and set(labelled) <= set(page.evaluate(DRAWN))


# The canvas drawn with the page's arrowheads, with vis-network's own and with none: the
# share of pixels that differ from vis-network's drawing.
ARROW_PIXELS = """() => {
  const r = network.renderer, ours = r._drawArrows, c = network.canvas.frame.canvas;
  const snap = (draw) => { r._drawArrows = draw; r._redraw();
    return c.getContext('2d').getImageData(0, 0, c.width, c.height).data; };
  const theirs = snap(Object.getPrototypeOf(r)._drawArrows), mine = snap(ours);
  const none = snap(function () {});
  r._drawArrows = ours;
  const differ = (a, b) => { let n = 0;
    for (let i = 0; i < a.length; i += 4) {
      if (Math.abs(a[i] - b[i]) + Math.abs(a[i + 1] - b[i + 1]) + Math.abs(a[i + 2] - b[i + 2]) > 24) n++;
    }
    return n; };
  return [differ(mine, theirs), differ(none, theirs)];
}"""


def test_arrowheads_drawn_together_look_the_same(open_page, synth_300) -> None:
    page = open_page(synth_300[0]).page
    hub = page.evaluate("kgData.nodes.find(n => n.rank === 0).id")
    page.evaluate("(id) => network.focus(id, {scale: 1.5, animation: false})", hub)
    mine, none = page.evaluate(ARROW_PIXELS)
    assert none > 500  # arrowheads are on screen
    assert mine < 0.05 * none
    # a selected node's arrowheads are drawn by vis-network, highlighted, on top
    page.evaluate("(id) => kgExplorer.selectNode(id)", hub)
    mine, none = page.evaluate(ARROW_PIXELS)
    assert none > 500 and mine < 0.05 * none


LABELS = """() => {
  const s = network.getScale(), r = document.getElementById('kg-network').getBoundingClientRect();
  const out = [];
  for (const id of network.body.nodeIndices) {
    const lm = network.body.nodes[id].labelModule;
    if (!lm.visible()) continue;  // vis-network's own test for drawing a label
    const max = lm.elementOptions.scaling.label.maxVisible;
    const a = network.canvasToDOM({x: lm.size.left, y: lm.size.top});
    const box = {id, px: Math.min(lm.fontOptions.size * s, max), x0: a.x, y0: a.y,
                 x1: a.x + lm.size.width * s, y1: a.y + lm.size.height * s};
    if (box.x1 > 0 && box.y1 > 0 && box.x0 < r.width && box.y0 < r.height) out.push(box);
  }
  return out;
}"""


def opening_labels(page) -> tuple[list[dict], int]:
    """Labels drawn on screen at the opening view, and how many overlap another."""
    page.evaluate("network.redraw()")
    boxes = page.evaluate(LABELS)
    overlapping = sum(
        1
        for i, a in enumerate(boxes)
        if any(
            j != i
            and a["x0"] < b["x1"]
            and b["x0"] < a["x1"]
            and a["y0"] < b["y1"]
            and b["y0"] < a["y1"]
            for j, b in enumerate(boxes)
        )
    )
    return boxes, overlapping


def assert_readable_opening(page) -> list[dict]:
    boxes, overlapping = opening_labels(page)
    readable = [b for b in boxes if b["px"] >= 9]
    assert len(readable) >= 15, boxes
    assert overlapping < 0.1 * len(boxes)
    drawn = page.evaluate("network.body.nodeIndices.filter(i => i < kgData.nodes.length)")
    assert drawn and all(
        page.evaluate("(ids) => ids.every(i => kgData.nodes[i].degree > 0)", drawn) for _ in (0,)
    )
    # the most important entity is among the labelled ones
    top = page.evaluate("kgData.nodes.find(n => n.rank === 0).id")
    assert top in {b["id"] for b in boxes}
    return boxes


def assert_documents_layer(page) -> None:
    assert page.evaluate("kgExplorer.visibleDocIds().length") == 0
    page.check("#kg-docs-layer")
    n_docs = page.evaluate("kgData.docs.length")
    assert page.evaluate("kgExplorer.visibleDocIds().length") == n_docs
    links = page.evaluate("network.body.data.edges.getIds().filter(i => i >= kgData.edges.length)")
    assert links, "document → entity links are drawn"
    # the side panel lists the documents; choosing one highlights what it says
    page.click("#kg-home")
    first = page.locator("#kg-panel .kg-doc-list button").first
    title = first.inner_text()
    first.click()
    assert page.get_attribute("#kg-panel", "data-kind") == "doc"
    di = int(page.get_attribute("#kg-panel", "data-id"))
    assert page.inner_text("#kg-panel h2") == title
    selected = page.evaluate("network.getSelectedNodes()")
    related = page.evaluate(
        "(di) => kgData.nodes.filter(n => n.docs.includes(di) && n.degree > 0).map(n => n.id)", di
    )
    assert set(related) <= set(selected) and page.evaluate("kgExplorer.docNodeId")
    facts = page.evaluate(
        "(di) => kgData.edges.filter(e => e.assertions.some(a => a.doc === di)).map(e => e.id)",
        di,
    )
    assert sorted(page.evaluate("network.getSelectedEdges()")) == sorted(facts)
    removed = page.evaluate("(di) => kgData.docs[di].removed", di)
    if removed is not None:
        assert page.inner_text("#kg-panel .kg-removed").startswith(f"{removed} boilerplate block")
    page.uncheck("#kg-docs-layer")
    assert page.evaluate("kgExplorer.visibleDocIds().length") == 0


def _shoot(page, name: str) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    shot = ARTIFACTS / name
    page.screenshot(path=str(shot))
    assert shot.stat().st_size > 10_000
    if os.environ.get("KG_UPDATE_DOCS") == "1":  # refresh the README pictures on request only
        shutil.copyfile(shot, ROOT / "docs" / name)


@pytest.fixture(scope="module")
def synth_300(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, ox.Store]:
    """300 entities: a large island, small ones, and entities in no relation."""
    store = synthetic_graph(300, 330, seed=3)
    out = tmp_path_factory.mktemp("viz") / "synth300.html"
    render_html(store, out, title="kg-news: 300 synthetic entities")
    return out, store


def test_synthetic_300_opens_readable(open_page, synth_300) -> None:
    out, store = synth_300
    opened = open_page(out)
    assert_offline(opened)
    page = opened.page
    entities, relations = sparql_counts(store)
    lone = page.evaluate("kgData.counts.unconnected")
    assert lone > 0
    assert page.evaluate("[kgData.nodes.length, network.body.data.nodes.length]") == [
        entities,
        entities - lone,
    ]
    assert_readable_opening(page)
    _shoot(page, "synthetic-300.png")
    assert_documents_layer(page)


def test_unconnected_entities_on_request(open_page, synth_300) -> None:
    page = open_page(synth_300[0]).page
    lone = page.evaluate("kgData.nodes.filter(n => n.degree === 0).map(n => n.id)")
    drawn = set(page.evaluate("kgExplorer.visibleNodeIds()"))
    assert not drawn & set(lone)
    page.check("#kg-lone-layer")
    assert set(lone) <= set(page.evaluate("kgExplorer.visibleNodeIds()"))
    page.uncheck("#kg-lone-layer")
    # search still finds one, and draws just that one
    name = page.evaluate("(id) => kgData.nodes[id].label", lone[0])
    page.fill("#kg-search", name)
    page.press("#kg-search", "Enter")
    assert page.evaluate("network.getSelectedNodes()") == [lone[0]]
    shown = set(page.evaluate("kgExplorer.visibleNodeIds()"))
    assert lone[0] in shown and len(shown & set(lone)) == 1
    # and so does its document
    di = page.evaluate("(id) => kgData.nodes[id].docs[0]", lone[0])
    page.evaluate("(di) => kgExplorer.selectDoc(di)", di)
    assert name in page.inner_text("#kg-panel .kg-doc-entities")


def test_time_filter_and_timeline(open_page, synth_300) -> None:
    page = open_page(synth_300[0]).page
    lo, hi = page.evaluate("kgExplorer.timeRange()")
    assert page.is_visible("#kg-time-from")
    mid = (lo + hi) // 2
    page.evaluate("([a, b]) => kgExplorer.setTime(a, b, true)", [lo, mid])
    visible = page.evaluate("kgExplorer.visibleEdgeIds()")
    edges = page.evaluate("kgData.edges")
    inside = {
        e["id"] for e in edges if not e["t"] or any(t[1] >= lo and t[0] <= mid for t in e["t"])
    }
    assert set(visible) == inside and len(inside) < len(edges)
    # hiding undated facts leaves only dated ones in the window
    page.uncheck("#kg-undated")
    visible = page.evaluate("kgExplorer.visibleEdgeIds()")
    assert visible and all(edges[i].get("t") for i in visible)
    assert "undated facts hidden" in page.inner_text("#kg-status")
    page.click("#kg-reset")
    assert len(page.evaluate("kgExplorer.visibleEdgeIds()")) == len(edges)
    # a dated entity shows its timeline, in date order, each mark opening its fact
    nid = page.evaluate(
        "kgData.nodes.filter(n => n.degree > 1).sort((a, b) => a.rank - b.rank)[0].id"
    )
    page.evaluate("(id) => kgExplorer.selectNode(id)", nid)
    ticks = page.locator("#kg-panel .kg-timeline .kg-tick")
    assert ticks.count() >= 2
    whens = page.eval_on_selector_all(
        "#kg-panel .kg-timeline-list .kg-when", "ws => ws.map(w => w.textContent.slice(0, 10))"
    )
    assert whens == sorted(whens)
    ticks.first.click()
    assert page.get_attribute("#kg-panel", "data-kind") == "edge"


def test_seeds_open_readable_with_summary(open_page, seeds_build, tmp_path: Path) -> None:
    graph = Path(seeds_build.graph)
    out = tmp_path / "seeds.html"
    render_html(graph, out, title="kg-news: seeds")
    opened = open_page(out, width=1600, height=1000)
    assert_offline(opened)
    page = opened.page
    store = ox.Store()
    store.load(path=graph)
    entities, relations = sparql_counts(store)
    assert page.evaluate("[kgData.nodes.length, kgData.edges.length]") == [entities, relations]
    assert_readable_opening(page)
    # the summary panel on opening
    assert page.get_attribute("#kg-panel", "data-kind") == "home"
    people = page.inner_text("#kg-panel .kg-top-Person")
    assert "Takaichi" in people or "Hegseth" in people
    assert "Government of Japan" in page.inner_text("#kg-panel .kg-top-Government")
    assert f"{entities} entities" in page.inner_text("#kg-panel .kg-summary-counts")
    titles = page.eval_on_selector_all(
        "#kg-panel .kg-doc-list button", "bs => bs.map(b => b.textContent)"
    )
    assert len(titles) == page.evaluate("kgData.docs.length") and all(len(t) > 10 for t in titles)
    _shoot(page, "seeds-overview.png")
    # show some evidence in the picture
    page.evaluate(
        "() => { const e = kgData.edges.find(e => e.prop === 'memberOf') || kgData.edges[0];"
        " if (e) kgExplorer.selectEdge(e.id); }"
    )
    page.evaluate("kgExplorer.fitCore()")
    _shoot(page, "seeds-graph.png")
    # evidence in context: the neighbouring sentences, and every sentence saying the same
    eid = page.evaluate(
        "kgData.edges.find(e => e.assertions.length > 1 && e.assertions[0].before).id"
    )
    page.evaluate("(id) => kgExplorer.selectEdge(id)", eid)
    n = page.evaluate("(id) => kgData.edges[id].assertions.length", eid)
    assert page.locator("#kg-panel blockquote.kg-evidence").count() == n
    before = page.evaluate("(id) => kgData.edges[id].assertions[0].before", eid)
    assert page.inner_text("#kg-panel .kg-said .kg-before >> nth=0") == before
    assert page.locator("#kg-panel .kg-said .kg-doc-title").count() == n
    page.evaluate("kgExplorer.reset()")
    assert_documents_layer(page)
    page.check("#kg-docs-layer")
    page.evaluate("kgExplorer.selectDoc(0)")
    _shoot(page, "seeds-documents.png")


@pytest.mark.parametrize(
    "ttl",
    [
        "",  # no entity at all
        "<https://example.org/d> a <https://w3id.org/kg-news/ontology#Document> .\n"
        "<https://example.org/x> a <https://w3id.org/kg-news/ontology#Person> ;\n"
        '  <http://www.w3.org/2000/01/rdf-schema#label> "Only Lonely" ;\n'
        "  <https://w3id.org/kg-news/ontology#mentionedIn> <https://example.org/d> .\n",
    ],
)
def test_graphs_without_relations_open(open_page, tmp_path: Path, ttl: str) -> None:
    graph = tmp_path / "g.ttl"
    graph.write_text(ttl, encoding="utf-8")
    out = tmp_path / "g.html"
    render_html(graph, out)
    opened = open_page(out)
    assert_offline(opened)
    page = opened.page
    assert page.evaluate("network.body.data.nodes.length") == 0
    if ttl:
        assert page.evaluate("kgExplorer.search('lonely')") == 0
        assert page.evaluate("kgExplorer.visibleNodeIds()") == [0]
