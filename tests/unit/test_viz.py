"""The HTML explorer without a browser: data from SPARQL, escaping, determinism, limits."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pyoxigraph as ox
import pytest
import typer
from typer.testing import CliRunner

from kg.errors import KGError
from kg.viz import ViewerStats, graph_view, render_html
from kg.viz.layout import layout
from kg.viz.page import CSP, json_for_script
from kg.viz.query import segments
from kg.viz.synth import synthetic_graph

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
SMALL = FIXTURES / "viz_small.ttl"
XSS = FIXTURES / "viz_xss.ttl"
KG = "https://w3id.org/kg-news/ontology#"
PFX = (
    "PREFIX kg: <https://w3id.org/kg-news/ontology#>\n"
    "PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>\n"
)
RELS = "kg:memberOf kg:partOf kg:country kg:locatedIn kg:claims kg:party kg:signatory kg:met"
CLASSES = "kg:Person kg:Government kg:Organization kg:Agreement kg:Region kg:Country"


def _store(path: Path) -> ox.Store:
    store = ox.Store()
    store.load(path=path)
    return store


def _count(store: ox.Store, body: str) -> int:
    return int(next(iter(store.query(PFX + body)))["n"].value)


def entity_count(store: ox.Store) -> int:
    return _count(
        store, f"SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE {{ VALUES ?c {{ {CLASSES} }} ?e a ?c }}"
    )


def relation_count(store: ox.Store) -> int:
    return _count(store, f"SELECT (COUNT(*) AS ?n) WHERE {{ VALUES ?p {{ {RELS} }} ?s ?p ?o }}")


def symmetric_pairs(store: ox.Store) -> int:
    return _count(
        store,
        "SELECT (COUNT(*) AS ?n) WHERE { ?a kg:met ?b . ?b kg:met ?a FILTER(STR(?a) < STR(?b)) }",
    )


def embedded(html: str) -> dict:
    m = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', html, re.S)
    assert m is not None
    return json.loads(m.group(1))


def test_counts_equal_sparql_counts() -> None:
    store = _store(SMALL)
    view = graph_view(store)
    assert len(view["nodes"]) == entity_count(store) == 14
    assert relation_count(store) == 12
    assert symmetric_pairs(store) == 1
    assert len(view["edges"]) == relation_count(store) - symmetric_pairs(store) == 11
    assert view["counts"] == {
        "entities": 14,
        "relationTriples": 12,
        "symmetricMerged": 1,
        "dropped": 0,
        "nodes": 14,
        "edges": 11,
    }
    assert any("kg:met is symmetric" in n for n in view["notes"])


def test_nodes_carry_label_class_aliases_links_docs_mentions() -> None:
    view = graph_view(_store(SMALL))
    by_label = {n["label"]: n for n in view["nodes"]}
    hegseth = by_label["Pete Hegseth"]
    assert hegseth["cls"] == "Person"
    assert hegseth["iri"] == "https://w3id.org/kg-news/id/person/pete-hegseth"
    assert hegseth["aliases"] == ["Hegseth"]
    assert hegseth["links"] == ["http://www.wikidata.org/entity/Q20711413"]
    assert sorted(view["docs"][d]["title"] for d in hegseth["docs"]) == [
        "Alliance memoranda signed",
        "Hegseth meets Koizumi in Tokyo",
    ]
    assert hegseth["mentions"] == 3
    assert by_label["Japan"]["cls"] == "Country"
    assert by_label["Japan"]["links"] == [
        "http://www.wikidata.org/entity/Q17",
        "https://sws.geonames.org/1861060/",
    ]
    # size grows with mentions
    assert by_label["Japan"]["size"] > by_label["NATO"]["size"]


def test_edges_carry_evidence_roles_and_highlights() -> None:
    view = graph_view(_store(SMALL))
    label = {n["id"]: n["label"] for n in view["nodes"]}
    edges = {(label[e["from"]], e["prop"], label[e["to"]]): e for e in view["edges"]}
    kishida = edges[("Fumio Kishida", "memberOf", "Government of Japan")]
    assert kishida["roles"] == [{"role": "Prime Minister", "former": True}]
    (a,) = kishida["assertions"]
    assert a["confidence"] == "0.8"
    assert a["extractor"] == "membership.former_title"
    assert view["docs"][a["doc"]]["source"] == "seeds/demo-washington.txt"
    marked = [(t, r) for t, r in a["segments"] if r]
    assert marked == [("Fumio Kishida", "s"), ("Government of Japan", "o")]
    assert "".join(t for t, _ in a["segments"]) == (
        "Former Prime Minister Fumio Kishida of the Government of Japan signed the U.S.–Japan "
        "alliance memoranda in Washington."
    )
    met = edges[("Pete Hegseth", "met", "Shinjiro Koizumi")]
    assert met["both"] is True
    assert len(met["assertions"]) == 2  # both directions' evidence on the one edge
    assert ("Shinjiro Koizumi", "met", "Pete Hegseth") not in edges


def test_segments_fall_back_to_labels_when_offsets_do_not_fit() -> None:
    segs = segments(
        "Japan and the U.S. signed.",
        [(40, 45, "s", "Japan"), (0, 5, "o", "Other")],  # outside / anchor mismatch
        {"s": ["Japan"], "o": ["United States", "U.S."]},
    )
    assert segs == [["Japan", "s"], [" and the ", ""], ["U.S.", "o"], [" signed.", ""]]
    # no match inside a longer word
    assert segments("Japanese troops", [], {"s": ["Japan"]}) == [["Japanese troops", ""]]


def test_relation_to_untyped_resource_is_reported() -> None:
    store = _store(SMALL)
    store.add(
        ox.Quad(
            ox.NamedNode("https://w3id.org/kg-news/id/person/pete-hegseth"),
            ox.NamedNode(KG + "memberOf"),
            ox.NamedNode("https://example.org/untyped"),
        )
    )
    view = graph_view(store)
    assert len(view["edges"]) == 11
    assert view["counts"]["dropped"] == 1
    assert any("kg:memberOf 1" in n for n in view["notes"])


def test_hostile_text_is_escaped(tmp_path: Path) -> None:
    out = tmp_path / "x.html"
    render_html(XSS, out)
    html = out.read_text(encoding="utf-8")
    data_part = html.split('id="kg-data">', 1)[1].split("</script>", 1)[0]
    for bad in ("<script>window", "<img", "</script><b>", "\u2028", "\u2029", "<!--", "&"):
        assert bad not in data_part
    assert "window.__pwned" not in html.split('id="kg-data">', 1)[0]
    # still the same data once parsed
    assert embedded(html) == json.loads(json.dumps(graph_view(_store(XSS))))
    labels = sorted(n["label"] for n in embedded(html)["nodes"])
    assert labels == [
        '"quotes" & Co',
        '<img src=x onerror="window.__pwned=1">',
        "<script>window.__pwned=1</script>",
    ]


def test_json_for_script_escapes_html_sensitive_characters() -> None:
    text = json_for_script({"k": "</script>&\u2028\u2029<!--"})
    assert text == '{"k":"\\u003c/script\\u003e\\u0026\\u2028\\u2029\\u003c!--"}'
    assert json.loads(text) == {"k": "</script>&\u2028\u2029<!--"}


def test_page_is_self_contained(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    out = tmp_path / "site" / "graph.html"
    stats = render_html(SMALL, out, title="Demo <graph>")
    assert sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*")) == [
        "site",
        "site/graph.html",
    ]
    html = out.read_text(encoding="utf-8")
    assert stats == ViewerStats(nodes=14, edges=11, hidden_nodes=0, bytes=len(html.encode()))
    assert f'<meta http-equiv="Content-Security-Policy" content="{CSP}">' in html
    assert "default-src 'none'" in CSP and "connect-src 'none'" in CSP
    assert "<title>Demo &lt;graph&gt;</title>" in html
    assert not re.search(r"<(script|img|iframe)[^>]*\ssrc=", html)
    assert not re.search(r"<link[^>]*href=\"(?!data:)", html)
    assert "vis.Network" in html and "kgExplorer" in html


def test_same_graph_gives_byte_identical_html(tmp_path: Path) -> None:
    render_html(SMALL, tmp_path / "a.html")
    render_html(_store(SMALL), tmp_path / "b.html")
    assert (tmp_path / "a.html").read_bytes() == (tmp_path / "b.html").read_bytes()
    s1 = synthetic_graph(300, 900, seed=3)
    s2 = synthetic_graph(300, 900, seed=3)
    render_html(s1, tmp_path / "c.html", max_nodes=100)
    render_html(s2, tmp_path / "d.html", max_nodes=100)
    assert (tmp_path / "c.html").read_bytes() == (tmp_path / "d.html").read_bytes()


def test_max_nodes_starts_with_most_connected() -> None:
    store = synthetic_graph(400, 1200, seed=5)
    view = graph_view(store, max_nodes=100)
    assert len(view["nodes"]) == entity_count(store) == 400
    assert len(view["edges"]) == relation_count(store) - symmetric_pairs(store)
    assert view["hidden"] == 300 and len(view["initial"]) == 100
    shown = {n["id"] for n in view["nodes"] if n["id"] in set(view["initial"])}
    least_shown = min(view["nodes"][i]["degree"] for i in shown)
    most_hidden = max(n["degree"] for n in view["nodes"] if n["id"] not in shown)
    assert least_shown >= most_hidden


def test_synthetic_graph_follows_domains() -> None:
    store = synthetic_graph(200, 600, seed=2)
    assert entity_count(store) == 200
    assert relation_count(store) == 600
    bad = _count(
        store,
        "SELECT (COUNT(*) AS ?n) WHERE { ?s kg:memberOf ?o . "
        "FILTER NOT EXISTS { ?s a kg:Person } }",
    )
    assert bad == 0
    unsupported = _count(
        store,
        f"SELECT (COUNT(*) AS ?n) WHERE {{ VALUES ?p {{ {RELS} }} ?s ?p ?o . FILTER NOT EXISTS "
        "{ ?a rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o } }",
    )
    assert unsupported == 0


def test_layout_is_deterministic_integer_pixels() -> None:
    edges = [(i, (i * 7 + 3) % 700) for i in range(700)] + [(i, i + 1) for i in range(699)]
    a = layout(720, edges)
    assert a == layout(720, edges)
    assert all(isinstance(x, int) and isinstance(y, int) for x, y in a)
    assert len(set(a)) > 700  # nodes are spread out, not stacked


def test_bad_input_raises_coded_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.ttl"
    bad.write_text("this is not turtle", encoding="utf-8")
    with pytest.raises(KGError, match=r"^\[E020\]"):
        render_html(bad, tmp_path / "out.html")
    with pytest.raises(KGError, match=r"^\[E001\]"):
        render_html(tmp_path / "missing.ttl", tmp_path / "out.html")
    assert not (tmp_path / "out.html").exists()


def test_cli_render(tmp_path: Path) -> None:
    from kg.viz import cli

    app = typer.Typer()
    cli.register(app)

    @app.command("noop")
    def _noop() -> None:  # a second command keeps Typer from collapsing to one
        pass

    out = tmp_path / "g.html"
    result = CliRunner().invoke(app, ["render", str(SMALL), "--out", str(out), "--max-nodes", "5"])
    assert result.exit_code == 0, result.output
    assert "14 entities, 11 relations, 9 hidden at first" in result.output
    assert embedded(out.read_text(encoding="utf-8"))["hidden"] == 9
