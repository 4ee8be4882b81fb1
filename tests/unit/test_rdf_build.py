"""RDF output: the entity/relation layer (isomorphism), provenance, determinism, SHACL."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
from rdflib import Graph
from rdflib.compare import isomorphic

from kg.gazetteer import load_gazetteer
from kg.rdf.build import build_graph, serialise_turtle
from kg.rdf.validate import validate
from kg.resolve.corpus import resolve_corpus
from kg.vocab import KG, RELATIONS, sparql_prefixes

TEXT = "Japanese Prime Minister Sanae Takaichi met visiting Italian Prime Minister Giorgia Meloni."


@pytest.fixture(scope="module")
def turtle(analyse) -> bytes:
    res = analyse(TEXT)
    gaz = load_gazetteer()
    g = build_graph([res], resolve_corpus([res], gaz), gaz)
    return serialise_turtle(g.triples())


@pytest.fixture(scope="module")
def graph(turtle) -> Graph:
    return Graph().parse(data=turtle.decode(), format="turtle")


def test_entity_and_relation_layer_is_isomorphic_to_expected(graph):
    # The body a title implies ("Japanese Prime Minister": the Government of Japan) names its
    # country too: Japan is recorded (kg:mentionedIn) and the government's kg:country is kept.
    rel = Graph()
    for p in RELATIONS:
        for s, o in graph.subject_objects(p):
            rel.add((s, p, o))
    expected = Graph().parse(
        format="turtle",
        data="""
        @prefix kg: <https://w3id.org/kg-news/ontology#> .
        <https://w3id.org/kg-news/id/person/sanae-takaichi> kg:memberOf <https://w3id.org/kg-news/id/government/government-of-japan> ;
            kg:met <https://w3id.org/kg-news/id/person/giorgia-meloni> .
        <https://w3id.org/kg-news/id/person/giorgia-meloni> kg:memberOf <https://w3id.org/kg-news/id/government/government-of-italy> ;
            kg:met <https://w3id.org/kg-news/id/person/sanae-takaichi> .
        <https://w3id.org/kg-news/id/government/government-of-japan> kg:country <https://w3id.org/kg-news/id/country/japan> .
        <https://w3id.org/kg-news/id/government/government-of-italy> kg:country <https://w3id.org/kg-news/id/country/italy> .
        """,
    )
    assert isomorphic(rel, expected)


def test_every_relation_has_an_assertion_with_the_sentence(turtle):
    store = ox.Store()
    store.load(turtle, format=ox.RdfFormat.TURTLE)
    q = (
        sparql_prefixes()
        + """
    SELECT ?s ?p ?o WHERE {
      ?s ?p ?o . VALUES ?p { kg:memberOf kg:met kg:country }
      FILTER NOT EXISTS { ?a rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ;
                             kg:evidence ?ev ; nif:beginIndex 0 ; nif:endIndex ?end }
    }"""
    )
    assert list(store.query(q)) == []
    rows = list(store.query(sparql_prefixes() + "SELECT DISTINCT ?ev WHERE { ?a kg:evidence ?ev }"))
    assert [r["ev"].value for r in rows] == [TEXT]


def test_membership_node(graph):
    roles = {str(o) for o in graph.objects(None, KG.role)}
    assert roles == {"Prime Minister"}
    assert len(list(graph.subjects(None, KG.Membership))) == 2


def test_serialisation_is_deterministic(analyse, turtle):
    res = analyse(TEXT)
    gaz = load_gazetteer()
    again = serialise_turtle(build_graph([res], resolve_corpus([res], gaz), gaz).triples())
    assert again == turtle


def test_conforms_to_shapes(turtle):
    report = validate(turtle.decode())
    assert report.conforms, report.lines()
