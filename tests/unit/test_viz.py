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
        "unconnected": 2,
        "documents": 2,
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
    assert stats == ViewerStats(
        nodes=14, edges=11, hidden_nodes=0, bytes=len(html.encode()), unconnected=2
    )
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
    lone = sum(1 for n in view["nodes"] if n["degree"] == 0)
    assert lone == view["counts"]["unconnected"] > 0
    assert view["hidden"] == 300 - lone and len(view["initial"]) == 100
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
    assert (
        "14 entities, 11 relations, 7 hidden at first, 2 without relations drawn on request"
        in result.output
    )
    assert embedded(out.read_text(encoding="utf-8"))["hidden"] == 7


# ---- reader's view: importance, unconnected entities, documents, time, summary ----------


def test_unconnected_entities_are_flagged_and_kept_out_of_the_drawing() -> None:
    view = graph_view(_store(SMALL))
    lone = [n for n in view["nodes"] if n["degree"] == 0]
    assert sorted(n["label"] for n in lone) == ["NATO", "Tokyo"]
    related = [n for n in view["nodes"] if n["degree"]]
    # laid out below every related entity, never among them
    assert min(n["y"] for n in lone) > max(n["y"] for n in related)
    assert set(view["core"]) == {n["id"] for n in related}
    # ranks: most mentioned and related first, and sizes follow them
    by_rank = sorted(view["nodes"], key=lambda n: n["rank"])
    assert by_rank[0]["label"] == "Japan"
    assert by_rank[0]["size"] == max(n["size"] for n in view["nodes"])


def test_components_sharing_documents_are_placed_together() -> None:
    # a 10-node chain, then islands; X and Y share document 7, the Z pairs share nothing
    edges = [(i, i + 1) for i in range(9)] + [(10, 11), (11, 12), (13, 14)]
    edges += [(15 + 2 * k, 16 + 2 * k) for k in range(6)]
    groups = [[0] for _ in range(10)] + [[7]] * 3 + [[7]] * 2 + [[100 + k] for k in range(12)]
    pos = layout(27, edges, groups=groups)
    again = layout(27, edges, groups=groups)
    assert pos == again

    def centre(ids: list[int]) -> tuple[float, float]:
        return (sum(pos[i][0] for i in ids) / len(ids), sum(pos[i][1] for i in ids) / len(ids))

    def dist(a: tuple[float, float], b: tuple[float, float]) -> float:
        return ((a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2) ** 0.5

    x, y = centre([10, 11, 12]), centre([13, 14])
    others = [dist(x, centre([15 + 2 * k, 16 + 2 * k])) for k in range(6)]
    assert dist(x, y) <= min(others)


@pytest.mark.parametrize(
    ("title", "source", "shown"),
    [
        ("More () »", "news/japan-moves-closer.html", "japan moves closer"),
        ("12 March 2024", "feeds/talks_in_manila.txt", "talks in manila"),
        ("Mon, 4 Nov", "https://example.org/2024/11/ports-reopen/", "ports reopen"),
        ("Talks resume in Geneva", "a.txt", "Talks resume in Geneva"),
        ("Brexit", "b.txt", "Brexit"),
        ("", "seeds/003_f4aa.txt", "003 f4aa"),
    ],
)
def test_document_titles_skip_page_debris(title: str, source: str, shown: str) -> None:
    from kg.viz.view import display_title

    assert display_title(title, source) == shown


def test_dates_keep_their_precision() -> None:
    from kg.viz.view import date_span

    assert date_span("2024-02-29") == [19782, 19782]
    assert date_span("2024-02") == [19754, 19782]  # February of a leap year
    assert date_span("2024") == [19723, 20088]
    assert date_span("2024-12")[1] == date_span("2024")[1]
    assert date_span("sometime") is None and date_span("2023-02-30") is None


TIMED = """
@prefix kg: <https://w3id.org/kg-news/ontology#> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix : <https://example.org/> .
:d1 a kg:Document ; dcterms:title "Ministers meet in Oslo" ; dcterms:source "a.txt" ;
  dcterms:date "2024-03-05"^^xsd:date ; kg:removedBlocks 4 .
:d2 a kg:Document ; dcterms:title "More () »" ; dcterms:source "news/pact-signed.html" .
:ann a kg:Person ; rdfs:label "Ann Vik" ; kg:mentionedIn :d1 ; kg:memberOf :gov ; kg:met :bo .
:bo a kg:Person ; rdfs:label "Bo Lund" ; kg:mentionedIn :d1 , :d2 ; kg:met :ann .
:gov a kg:Government ; rdfs:label "Government of Norland" ; kg:mentionedIn :d2 .
:pact a kg:Agreement ; rdfs:label "Oslo Pact" ; kg:party :gov ; kg:mentionedIn :d2 .
:m1 a kg:Assertion ; rdf:subject :ann ; rdf:predicate kg:met ; rdf:object :bo ;
  kg:document :d1 ; kg:evidence "Ann Vik met Bo Lund on Monday." ;
  dcterms:date "2024-03-04"^^xsd:date ; kg:support 1 .
:m2 a kg:Assertion ; rdf:subject :bo ; rdf:predicate kg:met ; rdf:object :ann ;
  kg:document :d1 ; kg:evidence "Ann Vik met Bo Lund on Monday." ;
  dcterms:date "2024-03-04"^^xsd:date ; kg:support 1 .
:m3 a kg:Assertion ; rdf:subject :ann ; rdf:predicate kg:memberOf ; rdf:object :gov ;
  kg:document :d1 ; kg:evidence "Ann Vik, a minister since 2021, ..." ; kg:support 1 .
:ms a kg:Membership ; kg:member :ann ; kg:organization :gov ; kg:role "Minister" ;
  kg:startDate "2021"^^xsd:gYear .
:p1 a kg:Assertion ; rdf:subject :pact ; rdf:predicate kg:party ; rdf:object :gov ;
  kg:document :d2 ; kg:evidence "Norland joined the Oslo Pact." ; kg:support 1 .
"""


def test_time_summary_and_documents_in_the_view() -> None:
    from kg.viz.view import date_span

    store = ox.Store()
    store.load(TIMED.encode(), format=ox.RdfFormat.TURTLE)
    view = graph_view(store)
    docs = {d["title"]: d for d in view["docs"]}
    oslo, debris = docs["Ministers meet in Oslo"], docs["More () »"]
    assert (oslo["date"], oslo["t"], oslo["removed"]) == ("2024-03-05", date_span("2024-03-05"), 4)
    assert (debris["display"], debris["date"], debris["t"], debris["removed"]) == (
        "pact signed",
        "",
        None,
        None,
    )
    label = {n["id"]: n["label"] for n in view["nodes"]}
    edges = {(label[e["from"]], e["prop"], label[e["to"]]): e for e in view["edges"]}
    met = edges[("Ann Vik", "met", "Bo Lund")]
    # one sentence, stated in both directions: shown once, dated by the meeting itself
    assert len(met["assertions"]) == 1 and met["assertions"][0]["date"] == "2024-03-04"
    assert met["t"] == [date_span("2024-03-04")]
    member = edges[("Ann Vik", "memberOf", "Government of Norland")]
    assert member["period"] == ["2021", None]
    # the period from 2021, and the report in a document of 5 March 2024
    assert member["t"] == sorted([date_span("2021"), date_span("2024-03-05")])
    assert "t" not in edges[("Oslo Pact", "party", "Government of Norland")]  # undated
    assert view["summary"]["dates"] == ["2021", "2024-03-05"]
    top = view["summary"]["top"]
    assert [label[i] for i in top["Person"]] == ["Bo Lund", "Ann Vik"]
    assert [label[i] for i in top["Agreement"]] == ["Oslo Pact"]
    assert view["counts"]["documents"] == 2 and view["counts"]["unconnected"] == 0


def test_to_networkx_round_trips_entities_and_relations() -> None:
    from kg.graph import to_networkx

    for source in (SMALL, synthetic_graph(120, 300, seed=4)):
        store = source if isinstance(source, ox.Store) else _store(source)
        g = to_networkx(source)
        assert g.number_of_nodes() == entity_count(store)
        assert g.number_of_edges() == relation_count(store)
    g = to_networkx(SMALL)
    japan = g.nodes["https://w3id.org/kg-news/id/country/japan"]
    mentions = _count(
        _store(SMALL),
        "SELECT (COUNT(DISTINCT ?m) AS ?n) WHERE "
        "{ ?m kg:denotes <https://w3id.org/kg-news/id/country/japan> }",
    )
    assert (japan["cls"], japan["label"], japan["mentions"]) == ("Country", "Japan", mentions)
    kishida = "https://w3id.org/kg-news/id/person/fumio-kishida"
    gov = "https://w3id.org/kg-news/id/government/government-of-japan"
    edge = g.edges[kishida, gov, "memberOf"]
    assert (edge["relation"], edge["evidence"], edge["mentions"]) == ("memberOf", 1, 1)
    assert g.nodes[kishida]["evidence"] >= 1


def test_show_embeds_the_page_in_a_sandboxed_iframe() -> None:
    import html as htmllib

    from kg.viz import Explorer, explorer_page, show

    shown = show(XSS, height=500)  # outside IPython: returned, not displayed
    assert isinstance(shown, Explorer)
    frame = shown._repr_html_()
    assert frame.startswith('<iframe class="kg-explorer"') and frame.endswith("</iframe>")
    assert 'sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox"' in frame
    assert "height: 500px" in frame
    srcdoc = frame.split('srcdoc="', 1)[1].split('" sandbox=', 1)[0]
    assert '"' not in srcdoc and "<" not in srcdoc  # the page cannot leave its attribute
    assert htmllib.unescape(srcdoc) == explorer_page(XSS)
    assert "connect-src 'none'" in htmllib.unescape(srcdoc)


def _context_graph(path: Path, sha: str, evidence: str, begin: int) -> ox.Store:
    end = begin + len(evidence)
    ttl = f"""
@prefix kg: <https://w3id.org/kg-news/ontology#> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> .
@prefix : <https://example.org/> .
:d a kg:Document ; dcterms:source "{path.as_posix()}" ; kg:sha256 "{sha}" .
:ann a kg:Person ; rdfs:label "Ann Vik" ; kg:met :bo .
:bo a kg:Person ; rdfs:label "Bo Lund" .
:a a kg:Assertion ; rdf:subject :ann ; rdf:predicate kg:met ; rdf:object :bo ;
  kg:document :d ; kg:evidence "{evidence}" ; nif:beginIndex {begin} ; nif:endIndex {end} .
"""
    store = ox.Store()
    store.load(ttl.encode(), format=ox.RdfFormat.TURTLE)
    return store


@pytest.mark.parametrize(
    ("name", "text"),
    [
        (
            "oslo.txt",
            "Talks in Oslo\n\nDelegates arrived on Sunday evening. Ann Vik met Bo Lund at the "
            "port. Both sides called the meeting useful.\n",
        ),
        (
            "oslo.html",
            "<html><head><title>Talks in Oslo</title></head><body><article>"
            "<p>Delegates arrived on Sunday &amp; Monday.</p><p>Ann Vik met Bo Lund at the "
            "port.</p><p>Both sides called the meeting useful.</p></article></body></html>",
        ),
    ],
)
def test_evidence_comes_with_its_neighbouring_sentences(
    tmp_path: Path, name: str, text: str
) -> None:
    import hashlib

    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    sha = hashlib.sha256(path.read_bytes()).hexdigest()
    evidence = "Ann Vik met Bo Lund at the port."
    store = _context_graph(path, sha, evidence, text.index(evidence))
    (a,) = graph_view(store)["edges"][0]["assertions"]
    assert a["before"].startswith("Delegates arrived on Sunday") and "&amp;" not in a["before"]
    assert a["after"] == "Both sides called the meeting useful."
    # a file that changed since the build is not the graph's document: no context
    path.write_text(text.replace("useful", "a waste of time"), encoding="utf-8")
    (a,) = graph_view(store)["edges"][0]["assertions"]
    assert "before" not in a and "after" not in a
    # nor is anything read when the page is asked not to
    path.write_text(text, encoding="utf-8")
    (a,) = graph_view(store, context=False)["edges"][0]["assertions"]
    assert "before" not in a
