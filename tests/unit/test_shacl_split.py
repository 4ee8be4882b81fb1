"""Validating document subgraphs and the entity layer apart reports what the whole graph does."""

from __future__ import annotations

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
