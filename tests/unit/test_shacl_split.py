"""Validating document subgraphs and the entity layer apart reports what the whole graph does."""

from __future__ import annotations

import re

import pyoxigraph as ox
import pytest
from rdflib import Graph, Literal, URIRef

from kg import vocab as V
from kg.rdf import shacl_split
from kg.rdf.shacl_sparql import validate_fast
from kg.rdf.shacl_split import split_checks, split_graph, validate_split
from kg.rdf.validate import _data_graph
from tests.unit import test_validate as tv


def _key(violations):
    return {
        (str(v.focus), str(v.path or ""), str(v.value or ""), v.message, str(v.shape), v.severity)
        for v in violations
    }


def _ox(graph: Graph) -> list[ox.Triple]:
    return list(
        ox.parse(graph.serialize(format="nt", encoding="utf-8"), format=ox.RdfFormat.N_TRIPLES)
    )


def split_or_whole(data, **kw):
    """The whole graph's report, after checking the split validation agrees with it."""
    graph = _data_graph(data)
    whole = validate_fast(graph, **kw)
    checks = split_checks(kw.get("shapes"))
    assert checks is not None
    parts = split_graph(_ox(graph))
    if parts is not None:
        assert _key(validate_split(parts, checks)) == _key(whole.violations)
        split_or_whole.split += 1
    return whole


split_or_whole.split = 0


@pytest.fixture(scope="module")
def valid() -> Graph:
    return Graph().parse(tv.VALID)


GRAPH_TESTS = tv.graph_tests()


@pytest.mark.parametrize("name", GRAPH_TESTS)
def test_every_broken_graph_of_the_validation_tests_agrees(name, valid, monkeypatch):
    monkeypatch.setattr(tv, "validate", split_or_whole)
    before = split_or_whole.split
    g = Graph()
    for t in valid:
        g.add(t)
    getattr(tv, name)(g)
    assert split_or_whole.split > before  # the split ran, not only the whole graph


def test_the_project_shapes_split():
    checks = split_checks()
    assert checks is not None and checks.document and checks.layer
    shapes = {str(c.shape) for c in checks.document}
    assert any(s.endswith("Mention-begin") for s in shapes)
    assert not any("Assertion" in s or "Entity" in s for s in shapes)


def test_fixtures_and_synthetic_graphs_agree():
    split_or_whole(Graph().parse(tv.FIXTURES / "onto_bad.ttl"))
    split_or_whole(tv.synthetic_graph(6))


def _with_docs(valid: Graph, n: int = 3) -> Graph:
    g = Graph()
    for t in valid:
        g.add(t)
    for t in tv.synthetic_graph(n, seed=3):
        g.add(t)
    return g


def test_broken_mentions_in_several_documents_agree(valid):
    g = _with_docs(valid)
    mentions = sorted(g.subjects(V.RDF.type, V.KG.Mention))
    docs = sorted(g.subjects(V.RDF.type, V.KG.Document))
    assert len(docs) >= 3 and len(mentions) >= 3
    g.set((mentions[0], V.NIF.beginIndex, Literal(-3)))
    g.remove((mentions[1], V.KG.denotes, None))
    # A mention pointing at another document, and at something that is no document.
    g.set((mentions[2], V.KG.document, docs[-1]))
    g.set((mentions[-1], V.KG.document, URIRef("http://example.org/not-a-document")))
    g.remove((docs[0], V.KG.sha256, None))
    # The layer pointing into the documents: an entity "mentioned in" a mention.
    ent = next(g.subjects(V.RDF.type, V.KG.Person))
    g.add((ent, V.KG.mentionedIn, mentions[0]))
    report = split_or_whole(g)
    assert len(report.violations) >= 5


def test_graphs_the_split_cannot_promise_fall_back(valid):
    g = _with_docs(valid)
    m = next(g.subjects(V.RDF.type, V.KG.Mention))
    g.add((m, V.KG.memberOf, next(g.subjects(V.RDF.type, V.KG.Government))))
    assert split_graph(_ox(g)) is None
    g2 = _with_docs(valid)
    g2.add((m, V.RDF.type, V.KG.Person))
    assert split_graph(_ox(g2)) is None
    g3 = _with_docs(valid)
    g3.add((V.KG.Person, V.RDFS.subClassOf, V.KG.Person))
    assert split_graph(_ox(g3)) is None


def test_shapes_that_reach_across_are_not_split(tmp_path):
    base = (tv.FIXTURES.parents[1] / "ontology" / "shapes.ttl").read_text(encoding="utf-8")
    for extra in (
        "kgsh:X a sh:NodeShape ; sh:targetSubjectsOf kg:denotes ; sh:class kg:Mention .",
        "kgsh:Y a sh:NodeShape ; sh:targetClass kg:Mention ; "
        "sh:property [ sh:path kg:denotes ; sh:class kg:Person ] .",
    ):
        p = tmp_path / f"s{len(extra)}.ttl"
        p.write_text(base + "\n" + extra + "\n", encoding="utf-8")
        assert shacl_split.split_checks(p) is None


# --- the layer cut into buckets ------------------------------------------------------------


def _broken_layer(valid: Graph) -> Graph:
    """Many entities and facts, with breaks whose checks read across nodes."""
    g = _with_docs(valid, 12)
    people = sorted(g.subjects(V.RDF.type, V.KG.Person))
    govs = sorted(g.subjects(V.RDF.type, V.KG.Government))
    # Unsupported relation triples, in both directions of kg:met.
    g.add((people[0], V.KG.memberOf, govs[-1]))
    g.add((people[2], V.KG.met, people[1]))
    g.add((people[3], V.KG.memberOf, Literal("not a node")))
    # A membership and an assertion pointing at a node of the wrong class elsewhere.
    for a in sorted(g.subjects(V.RDF.type, V.KG.Assertion))[:3]:
        g.set((a, V.KG.document, people[-1]))
    g.remove((sorted(g.subjects(V.RDF.type, V.KG.Assertion))[5], V.RDF.object, None))
    g.add((govs[0], V.RDFS.label, Literal("second label")))
    return g


@pytest.mark.parametrize("buckets", [1, 3, 64])
def test_the_layer_in_buckets_reports_what_the_whole_layer_does(valid, buckets):
    g = _broken_layer(valid)
    whole = validate_fast(g)
    assert len(whole.violations) >= 6
    parts = split_graph(_ox(g))
    checks = split_checks()
    assert checks.chunked
    assert _key(validate_split(parts, checks, buckets=buckets)) == _key(whole.violations)


def test_a_relation_and_its_assertions_share_a_support_bucket():
    out: dict[tuple[str, int], list[str]] = {}
    part = shacl_split.LayerPartition(lambda k, b, t: out.setdefault((k, b), []).append(t), 997)
    x, y = "<http://example.org/x>", "<http://example.org/y>"
    rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
    part.add(f"{x} <{rdf}type> <{V.KG.Person}> .\n")
    part.add(f"{x} <{V.KG.memberOf}> {y} .\n")
    part.add(f"{y} <{V.KG.met}> {x} .\n")
    # The met assertion is written the other way round: it supports y met x too.
    for a, p, s_, o_ in (("<urn:a1>", V.KG.memberOf, x, y), ("<urn:a2>", V.KG.met, x, y)):
        for line in (
            f"{a} <{rdf}type> <{V.KG.Assertion}> .\n",
            f"{a} <{rdf}subject> {s_} .\n",
            f"{a} <{rdf}predicate> <{p}> .\n",
            f"{a} <{rdf}object> {o_} .\n",
            f'{a} <{V.KG.evidence}> "a sentence" .\n',
        ):
            part.add(line)
    part.close()
    assert part.ok and part.context == {f"{x} <{rdf}type> <{V.KG.Person}> .\n"}
    support = {b: "".join(t) for (k, b), t in out.items() if k == "support"}
    assert len(support) == 2  # one for memberOf, one for met (either direction)
    member = next(t for t in support.values() if "memberOf" in t)
    met = next(t for t in support.values() if "#met>" in t)
    assert member.count("<urn:a1>") == 4 and "evidence" not in member
    assert f"{x} <{V.KG.memberOf}> {y}" in member and "<urn:a2>" not in member
    assert met.count("<urn:a2>") == 4 and f"{y} <{V.KG.met}> {x}" in met
    # Every line is in exactly one layer bucket.
    node = "".join(t for (k, _), ts in out.items() if k == "layer" for t in ts)
    assert node.count("\n") == 13


def test_an_assertion_in_pieces_or_a_blank_node_turns_the_cut_off():
    rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
    a = "<http://example.org/a>"
    for lines in (
        [
            f"{a} <{rdf}type> <{V.KG.Assertion}> .\n",
            f"{a} <{rdf}subject> <http://example.org/x> .\n",
            "<http://example.org/x> <http://example.org/p> <http://example.org/y> .\n",
            f"{a} <{rdf}object> <http://example.org/y> .\n",
        ],
        ["<http://example.org/x> <http://example.org/p> _:b0 .\n"],
    ):
        part = shacl_split.LayerPartition(lambda k, b, t: None)
        for line in lines:
            part.add(line)
        part.close()
        assert not part.ok


def test_shapes_the_buckets_cannot_hold_are_validated_whole(tmp_path):
    base = (tv.FIXTURES.parents[1] / "ontology" / "shapes.ttl").read_text(encoding="utf-8")
    for extra in (
        "kgsh:X a sh:NodeShape ; sh:targetObjectsOf kg:memberOf ; "
        "sh:property [ sh:path rdfs:label ; sh:minCount 1 ] .",
        "kgsh:Y a sh:NodeShape ; sh:targetClass kg:Membership ; "
        "sh:property [ sh:path kg:support ; sh:class kg:Assertion ] .",
        "kgsh:Z a sh:NodeShape ; sh:targetClass kg:Person ; sh:sparql [ a sh:SPARQLConstraint ; "
        'sh:select "SELECT $this WHERE { $this kg:met ?o . ?o kg:met ?p }" ] .',
    ):
        p = tmp_path / f"s{len(extra)}.ttl"
        p.write_text(base + "\n" + extra + "\n", encoding="utf-8")
        checks = shacl_split.split_checks(p)
        assert checks is not None and not checks.chunked


def test_the_supported_predicates_are_those_the_packaged_constraint_names():
    checks = split_checks()
    assert checks.chunked and checks.join and checks.node
    (query,) = {c.query for c in checks.join if "FILTER" in c.query and "IN" in c.query}
    listed = query.split("FILTER (?path IN (", 1)[1].split(")", 1)[0]
    named = set(re.findall(r"kg-news/ontology#(\w+)>", listed))
    named |= set(re.findall(r"kg:(\w+)", listed))
    assert {f"<{V.KG[n]}>" for n in named} == shacl_split.SUPPORTED


def test_a_join_shape_with_more_than_its_sparql_is_validated_whole(tmp_path):
    base = (tv.FIXTURES.parents[1] / "ontology" / "shapes.ttl").read_text(encoding="utf-8")
    extra = "kgsh:SupportedRelationShape sh:property [ sh:path rdfs:label ; sh:minCount 1 ] ."
    p = tmp_path / "s.ttl"
    p.write_text(base + "\n" + extra + "\n", encoding="utf-8")
    checks = shacl_split.split_checks(p)
    assert checks is not None and not checks.chunked
