"""The ontology, the Python vocabulary and SCHEMA.md agree with each other."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import OWL, RDF, RDFS

from kg.vocab import ENTITY_CLASSES, ID_BASE, KG, KG_IRI, PREFIXES, RELATIONS, sparql_prefixes

ROOT = Path(__file__).resolve().parents[2]
ONTOLOGY = ROOT / "ontology" / "kg.ttl"
SHAPES = ROOT / "ontology" / "shapes.ttl"
SCHEMA_MD = ROOT / "ontology" / "SCHEMA.md"  # the public contract, kept with the ontology
DECLARATIONS = (
    OWL.Class,
    OWL.ObjectProperty,
    OWL.DatatypeProperty,
    OWL.AnnotationProperty,
    RDF.Property,
    RDFS.Class,
)


@pytest.fixture(scope="module")
def onto() -> Graph:
    return Graph().parse(ONTOLOGY)


def declared(onto: Graph) -> set[URIRef]:
    return {
        s
        for t in DECLARATIONS
        for s in onto.subjects(RDF.type, t)
        if isinstance(s, URIRef) and s.startswith(KG_IRI)
    }


def vocab_terms() -> set[URIRef]:
    return set(dir(KG))


def test_every_vocab_term_is_declared_with_label_and_comment(onto: Graph) -> None:
    assert vocab_terms() - declared(onto) == set()
    for term in sorted(vocab_terms()):
        labels = list(onto.objects(term, RDFS.label))
        comments = list(onto.objects(term, RDFS.comment))
        assert len(labels) == 1 and labels[0].language == "en", term
        assert len(comments) == 1 and len(comments[0]) > 10, term


def test_every_declared_term_is_in_vocab(onto: Graph) -> None:
    assert declared(onto) - vocab_terms() == set()
    # And nothing else in the kg: namespace is used as a subject without being declared.
    subjects = {s for s in onto.subjects() if isinstance(s, URIRef) and s.startswith(KG_IRI)}
    assert subjects == declared(onto)


def test_properties_have_domain_and_range(onto: Graph) -> None:
    props = {t for t in declared(onto) if (t, RDF.type, OWL.Class) not in onto}
    assert len(props) == 37
    for p in sorted(props):
        assert (p, RDFS.domain, None) in onto, p
        assert (p, RDFS.range, None) in onto, p
    assert onto.value(KG.confidence, RDFS.range) == URIRef(
        "http://www.w3.org/2001/XMLSchema#decimal"
    )


def test_characteristics(onto: Graph) -> None:
    transitive = set(onto.subjects(RDF.type, OWL.TransitiveProperty))
    symmetric = set(onto.subjects(RDF.type, OWL.SymmetricProperty))
    assert transitive == {KG.locatedIn, KG.partOf}
    assert symmetric == {KG.met}
    assert (KG.Country, RDFS.subClassOf, KG.Region) in onto


def test_entity_classes_and_alignment(onto: Graph) -> None:
    supers = {c: set(onto.objects(c, RDFS.subClassOf)) for c in ENTITY_CLASSES}
    for c in ENTITY_CLASSES:
        assert KG.Entity in supers[c] or KG.Region in supers[c], c
    schema = "https://schema.org/"
    org = "http://www.w3.org/ns/org#"
    expected = {
        KG.Person: {schema + "Person", "http://xmlns.com/foaf/0.1/Person"},
        KG.Government: {org + "Organization", schema + "GovernmentOrganization"},
        KG.Organization: {org + "Organization", schema + "Organization"},
        KG.Agreement: {schema + "CreativeWork"},
        KG.Region: {schema + "Place"},
        KG.Country: {schema + "Country"},
        KG.Document: {schema + "NewsArticle", "http://www.w3.org/ns/prov#Entity"},
        KG.Mention: {"http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#Phrase"},
        KG.Membership: {org + "Membership"},
        KG.Assertion: {str(RDF.Statement)},
    }
    for cls, targets in expected.items():
        got = {str(o) for o in onto.objects(cls, RDFS.subClassOf)}
        assert targets <= got, cls


def test_ontology_header(onto: Graph) -> None:
    header = URIRef("https://w3id.org/kg-news/ontology")
    assert (header, RDF.type, OWL.Ontology) in onto
    assert onto.value(header, OWL.versionInfo) is not None
    assert onto.value(header, URIRef("http://purl.org/dc/terms/license")) is not None


def test_schema_md_terms_are_defined(onto: Graph) -> None:
    text = SCHEMA_MD.read_text(encoding="utf-8")
    terms = {
        m
        for span in re.findall(r"`([^`]*)`", text)
        for m in re.findall(r"\bkg:([A-Za-z][A-Za-z0-9]*)", span)
    }
    assert len(terms) > 20
    missing = {t for t in terms if URIRef(KG_IRI + t) not in vocab_terms()}
    assert missing == set()
    assert {str(r).removeprefix(KG_IRI) for r in RELATIONS} <= terms


def test_closed_namespace() -> None:
    assert KG.memberOf == URIRef(KG_IRI + "memberOf")
    with pytest.raises(AttributeError):
        _ = KG.memberof


def test_prefixes_and_sparql_header() -> None:
    assert PREFIXES["kg"] == KG_IRI and PREFIXES["id"] == ID_BASE
    assert {
        "kg",
        "id",
        "rdf",
        "rdfs",
        "xsd",
        "skos",
        "nif",
        "prov",
        "dcterms",
        "geo",
        "owl",
    } <= set(PREFIXES) and {"schema", "org", "foaf"} <= set(PREFIXES)
    header = sparql_prefixes()
    assert header.count("PREFIX ") == len(PREFIXES)
    assert "PREFIX kg: <https://w3id.org/kg-news/ontology#>\n" in header
    # The header parses as part of a query.
    g = Graph().parse(ONTOLOGY)
    rows = g.query(header + "SELECT ?p WHERE { ?p a owl:SymmetricProperty }")
    assert [r.p for r in rows] == [KG.met]


def test_shapes_parse_and_use_known_terms() -> None:
    shapes = Graph().parse(SHAPES)
    used = {
        t for triple in shapes for t in triple if isinstance(t, URIRef) and t.startswith(KG_IRI)
    }
    assert used - vocab_terms() == set()
