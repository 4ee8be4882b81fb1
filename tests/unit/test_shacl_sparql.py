"""The SPARQL translation of the shapes reports exactly what pySHACL reports."""

from __future__ import annotations

import pytest
from rdflib import Graph, Literal, URIRef

from kg import vocab as V
from kg.rdf import shacl_sparql
from kg.rdf.shacl_sparql import Unsupported, compile_shapes, validate_fast
from kg.rdf.validate import _data_graph, load_shapes, validate
from tests.unit import test_validate as tv


def _key(report):
    return {
        (str(v.focus), str(v.path or ""), str(v.value or ""), v.message, str(v.shape), v.severity)
        for v in report.violations
    }


def both(data, **kw):
    """pySHACL's report, after checking the SPARQL engine agrees on every violation."""
    graph = _data_graph(data)
    slow = validate(graph, **kw)
    fast = validate_fast(graph, **kw)
    assert _key(fast) == _key(slow)
    assert fast.conforms == slow.conforms
    return slow


@pytest.fixture(scope="module")
def valid() -> Graph:
    return Graph().parse(tv.VALID)


GRAPH_TESTS = tv.graph_tests()


@pytest.mark.parametrize("name", GRAPH_TESTS)
def test_every_broken_graph_of_the_validation_tests_agrees(name, valid, monkeypatch):
    monkeypatch.setattr(tv, "validate", both)
    g = Graph()
    for t in valid:
        g.add(t)
    getattr(tv, name)(g)


def test_fixtures_and_a_synthetic_graph_agree():
    both(Graph().parse(tv.FIXTURES / "onto_bad.ttl"))
    both(Graph().parse(tv.VALID))
    both(tv.synthetic_graph(5))


def test_ill_typed_literals_and_wrong_kinds_agree(valid):
    g = Graph()
    for t in valid:
        g.add(t)
    m = tv.iri("mention/0123456789abcdef/0-12")
    d = tv.iri("doc/0123456789abcdef")
    g.set((m, V.NIF.beginIndex, Literal("-3", datatype=V.XSD.nonNegativeInteger)))
    g.set((m, V.KG.denotes, Literal("not an IRI")))
    g.add((d, V.DCTERMS.title, URIRef("http://example.org/t")))
    g.add((d, V.DCTERMS.title, Literal("second")))
    g.set((d, V.DCTERMS.date, Literal("2025-13-45", datatype=V.XSD.date)))
    report = both(g)
    assert len(report.violations) >= 5


def test_unknown_features_fall_back_to_pyshacl(tmp_path, valid):
    shapes = tmp_path / "shapes.ttl"
    shapes.write_text(
        """@prefix sh: <http://www.w3.org/ns/shacl#> .
@prefix kg: <https://w3id.org/kg-news/ontology#> .
@prefix ex: <http://example.org/> .
ex:S a sh:NodeShape ; sh:targetClass kg:Person ; sh:closed true .
""",
        encoding="utf-8",
    )
    with pytest.raises(Unsupported):
        compile_shapes(load_shapes(shapes))
    fast = validate_fast(valid, shapes=shapes)
    assert _key(fast) == _key(validate(valid, shapes=shapes))
    assert not fast.conforms


def test_project_shapes_compile():
    assert shacl_sparql._compiled(str(tv.FIXTURES.parents[1] / "ontology" / "shapes.ttl"), 0.0)
