"""SHACL validation: the shapes accept a graph that keeps SCHEMA.md's promises and flag, on
the right node, each way of breaking them.

Run as a script to time validation on a synthetic graph:
``PYTHONPATH=. .venv/bin/python tests/unit/test_validate.py 100000``.
"""

from __future__ import annotations

import hashlib
import inspect
import sys
import time
from decimal import Decimal
from pathlib import Path

import pytest
from rdflib import BNode, Graph, Literal, URIRef
from typer.testing import CliRunner

from kg import vocab as V
from kg.errors import KGError
from kg.rdf.validate import ValidationReport, Violation, short, validate, validate_file
from kg.vocab import ID_BASE, KG, NIF

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
VALID = FIXTURES / "onto_valid.ttl"
KGSH = "https://w3id.org/kg-news/shapes#"


def iri(local: str) -> URIRef:
    return URIRef(ID_BASE + local)


def nni(n: int) -> Literal:
    return Literal(n, datatype=V.XSD.nonNegativeInteger)


@pytest.fixture(scope="module")
def valid() -> Graph:
    return Graph().parse(VALID)


@pytest.fixture
def g(valid: Graph) -> Graph:
    copy = Graph()
    for t in valid:
        copy.add(t)
    return copy


def found(report: ValidationReport) -> set[tuple[str, str | None, str]]:
    """(focus, path, shape) of each violation, as short names."""
    return {
        (short(v.focus), short(v.path) if v.path is not None else None, short(v.shape))
        for v in report.violations
    }


# --- good graphs --------------------------------------------------------------------------


def test_valid_fixture_conforms(valid: Graph) -> None:
    report = validate(valid)
    assert report == ValidationReport(conforms=True, violations=(), triples=len(valid))
    assert report.lines() == []


def test_path_and_text_inputs_agree() -> None:
    text = VALID.read_text(encoding="utf-8")
    assert validate(VALID).conforms and validate(str(VALID)).conforms
    assert validate(text).triples == validate_file(VALID).triples == 214


def test_symmetric_met_needs_one_direction_only(g: Graph) -> None:
    # The fixture asserts Koizumi met Hegseth; add the reverse triple: still supported.
    g.add((iri("person/shinjiro-koizumi"), KG.met, iri("person/pete-hegseth")))
    assert validate(g).conforms


# --- the key promise: every relation triple has an assertion -------------------------------


def test_relation_without_assertion_is_flagged_on_its_subject(g: Graph) -> None:
    g.add((iri("region/okinawa"), KG.locatedIn, iri("region/senkaku-islands")))
    report = validate(g)
    assert not report.conforms
    assert found(report) == {
        ("id:region/okinawa", "kg:locatedIn", "kgsh:SupportedRelationShape"),
    }
    (v,) = report.violations
    assert v.value == iri("region/senkaku-islands")
    assert report.lines() == [
        "Violation id:region/okinawa kg:locatedIn id:region/senkaku-islands: "
        "no kg:Assertion supports this triple [kgsh:SupportedRelationShape]"
    ]


def test_assertion_for_another_predicate_does_not_count(g: Graph) -> None:
    # Assertion 8 supports China claims Senkaku; "China country Senkaku" is unsupported (and
    # also breaks kg:country's range).
    g.add((iri("country/china"), KG.country, iri("region/senkaku-islands")))
    assert found(validate(g)) == {
        ("id:country/china", "kg:country", "kgsh:SupportedRelationShape"),
        ("id:country/china", "kg:country", "kgsh:Country-range"),
    }


def test_removing_an_assertion_unsupports_its_triple(g: Graph) -> None:
    g.remove((iri("assertion/0000000000000007"), None, None))
    assert found(validate(g)) == {
        ("id:region/okinawa", "kg:locatedIn", "kgsh:SupportedRelationShape"),
    }


def test_met_assertion_must_be_about_met(g: Graph) -> None:
    a = iri("assertion/0000000000000002")
    g.set((a, V.RDF.predicate, KG.signatory))
    report = validate(g)
    assert ("id:person/pete-hegseth", "kg:met", "kgsh:SupportedRelationShape") in found(report)


# --- entities ------------------------------------------------------------------------------


def test_two_labels_are_flagged(g: Graph) -> None:
    g.add((iri("country/japan"), V.RDFS.label, Literal("Nippon")))
    report = validate(g)
    assert found(report) == {("id:country/japan", "rdfs:label", "kgsh:Entity-label")}
    assert report.violations[0].message == (
        "an entity has exactly one rdfs:label (its canonical name)"
    )


def test_entity_without_label_or_mention_is_flagged(g: Graph) -> None:
    g.add((iri("person/nobody"), V.RDF.type, KG.Person))
    assert found(validate(g)) == {
        ("id:person/nobody", "rdfs:label", "kgsh:Entity-label"),
        ("id:person/nobody", "kg:mentionedIn", "kgsh:Entity-mentionedIn"),
    }


# --- mentions and documents ------------------------------------------------------------------


def test_mention_begin_not_below_end_is_flagged(g: Graph) -> None:
    m = iri("mention/0123456789abcdef/0-12")
    g.set((m, NIF.beginIndex, nni(12)))
    assert found(validate(g)) == {
        ("id:mention/0123456789abcdef/0-12", "nif:beginIndex", "kgsh:Mention-begin"),
    }


def test_offsets_must_be_non_negative_integers(g: Graph) -> None:
    m = iri("mention/0123456789abcdef/0-12")
    g.set((m, NIF.endIndex, Literal(12)))  # xsd:integer, not xsd:nonNegativeInteger
    assert found(validate(g)) == {
        ("id:mention/0123456789abcdef/0-12", "nif:endIndex", "kgsh:Mention-end"),
    }


def test_mention_needs_denotes_document_anchor(g: Graph) -> None:
    m = iri("mention/0123456789abcdef/0-12")
    for p in (KG.denotes, KG.document, NIF.anchorOf):
        g.remove((m, p, None))
    assert found(validate(g)) == {
        ("id:mention/0123456789abcdef/0-12", "kg:denotes", "kgsh:Mention-denotes"),
        ("id:mention/0123456789abcdef/0-12", "kg:document", "kgsh:Mention-document"),
        ("id:mention/0123456789abcdef/0-12", "nif:anchorOf", "kgsh:Mention-anchor"),
    }


def test_document_sha256_and_date(g: Graph) -> None:
    d = iri("doc/0123456789abcdef")
    g.set((d, KG.sha256, Literal("ABC")))
    g.set((d, V.DCTERMS.date, Literal("29 October 2025")))
    assert found(validate(g)) == {
        ("id:doc/0123456789abcdef", "kg:sha256", "kgsh:Document-sha256"),
        ("id:doc/0123456789abcdef", "dcterms:date", "kgsh:Document-date"),
    }


# --- assertions ------------------------------------------------------------------------------


def test_assertion_begin_not_below_end_is_flagged(g: Graph) -> None:
    a = iri("assertion/0000000000000001")
    g.set((a, NIF.endIndex, nni(100)))
    assert found(validate(g)) == {
        ("id:assertion/0000000000000001", "nif:beginIndex", "kgsh:Assertion-begin"),
    }


def test_assertion_needs_evidence_or_background(g: Graph) -> None:
    a = iri("assertion/0000000000000008")
    g.remove((a, KG.evidence, None))
    report = validate(g)
    assert found(report) == {("id:assertion/0000000000000008", None, "kgsh:AssertionShape")}
    # Background assertions need the flag and the gazetteer file.
    g2 = Graph()
    for t in g:
        g2.add(t)
    g2.add((a, KG.background, Literal(True)))
    assert found(validate(g2)) == found(report)
    g2.add((a, V.DCTERMS.source, Literal("ontology/gazetteer/claims.tsv")))
    assert validate(g2).conforms


def test_confidence_range_and_predicate_list(g: Graph) -> None:
    a = iri("assertion/0000000000000001")
    g.set((a, KG.confidence, Literal(Decimal("1.5"))))
    g.add((iri("assertion/extra"), V.RDF.type, KG.Assertion))
    b = iri("assertion/extra")
    for p, o in (
        (V.RDF.subject, iri("person/pete-hegseth")),
        (V.RDF.predicate, V.RDFS.seeAlso),
        (V.RDF.object, iri("country/japan")),
        (KG.confidence, Literal(0.5)),  # xsd:double, not xsd:decimal
        (KG.extractor, Literal("x")),
        (KG.background, Literal(True)),
        (V.DCTERMS.source, Literal("g.tsv")),
    ):
        g.add((b, p, o))
    assert found(validate(g)) == {
        ("id:assertion/0000000000000001", "kg:confidence", "kgsh:Assertion-confidence"),
        ("id:assertion/extra", "kg:confidence", "kgsh:Assertion-confidence"),
        ("id:assertion/extra", "rdf:predicate", "kgsh:Assertion-predicate"),
    }


# --- memberships and relation domains / ranges ------------------------------------------------


def test_membership_organization_must_be_government_or_organization(g: Graph) -> None:
    m = iri("membership/0000000000000001")
    g.set((m, KG.organization, iri("country/japan")))
    g.remove((m, KG.role, None))
    assert found(validate(g)) == {
        ("id:membership/0000000000000001", "kg:organization", "kgsh:Membership-organization"),
        ("id:membership/0000000000000001", "kg:role", "kgsh:Membership-role"),
    }


def test_range_violation_names_the_shape(g: Graph) -> None:
    # Backed by an assertion, so only the range is wrong: a Person is no Government.
    g.add((iri("person/pete-hegseth"), KG.partOf, iri("person/shinjiro-koizumi")))
    a = iri("assertion/bad-range")
    for p, o in (
        (V.RDF.type, KG.Assertion),
        (V.RDF.subject, iri("person/pete-hegseth")),
        (V.RDF.predicate, KG.partOf),
        (V.RDF.object, iri("person/shinjiro-koizumi")),
        (KG.confidence, Literal(Decimal("0.5"))),
        (KG.extractor, Literal("test")),
        (KG.background, Literal(True)),
        (V.DCTERMS.source, Literal("g.tsv")),
    ):
        g.add((a, p, o))
    report = validate(g)
    assert found(report) == {
        ("id:person/pete-hegseth", None, "kgsh:PartOfShape"),
        ("id:person/pete-hegseth", "kg:partOf", "kgsh:PartOf-range"),
    }


def test_country_is_accepted_where_region_is_expected(g: Graph) -> None:
    # Okinawa locatedIn Japan (a kg:Country, typed only as such) is in the valid fixture;
    # the reverse direction makes a Country the subject of kg:locatedIn: also fine.
    assert (iri("region/okinawa"), KG.locatedIn, iri("country/japan")) in g
    assert validate(g).conforms


# --- input handling ------------------------------------------------------------------------


def test_unreadable_file_raises_e020(tmp_path: Path) -> None:
    bad = tmp_path / "bad.ttl"
    bad.write_text("this is not turtle", encoding="utf-8")
    with pytest.raises(KGError) as err:
        validate(bad)
    assert err.value.code == "E020" and str(bad) in str(err.value)
    with pytest.raises(KGError) as err:
        validate(tmp_path / "missing.ttl")
    assert err.value.code == "E020"


def test_violation_line_uses_prefixed_names() -> None:
    v = Violation(
        focus=iri("person/x"),
        path=KG.memberOf,
        value=iri("country/japan"),
        message="msg",
        severity="Violation",
        shape=URIRef(KGSH + "MemberOfShape"),
    )
    assert (
        v.line() == "Violation id:person/x kg:memberOf id:country/japan: msg [kgsh:MemberOfShape]"
    )
    assert Violation(iri("a"), None, None, "m", "Warning", BNode()).line() == "Warning id:a: m"


# --- command line ----------------------------------------------------------------------------


def _app():
    import typer

    from kg.rdf import cli

    app = typer.Typer()
    cli.register(app)

    @app.callback()
    def _root() -> None:  # keeps "validate" a subcommand
        pass

    return app


def test_cli_conforms_and_violations(tmp_path: Path, valid: Graph) -> None:
    runner = CliRunner()
    ok = runner.invoke(_app(), ["validate", str(VALID)])
    assert ok.exit_code == 0, ok.output
    assert f"{VALID} conforms ({len(valid)} triples)" in ok.output

    g = Graph()
    for t in valid:
        g.add(t)
    g.add((iri("region/okinawa"), KG.locatedIn, iri("region/senkaku-islands")))
    bad = tmp_path / "bad.ttl"
    g.serialize(bad, format="turtle")
    res = runner.invoke(_app(), ["validate", str(bad)])
    assert res.exit_code == 1
    assert "id:region/okinawa kg:locatedIn id:region/senkaku-islands" in res.output
    assert "1 violation" in res.output

    junk = tmp_path / "junk.ttl"
    junk.write_text("not turtle at all", encoding="utf-8")
    res = runner.invoke(_app(), ["validate", str(junk)])
    assert res.exit_code == 3  # input: the graph cannot be read
    assert "[E020]" in res.output


# --- synthetic graphs for timing ---------------------------------------------------------------


def synthetic_graph(n_docs: int, seed: int = 0) -> Graph:
    """A schema-conforming graph of about 100 triples per document."""
    g = Graph()
    pools = {
        "person": KG.Person,
        "government": KG.Government,
        "organization": KG.Organization,
        "country": KG.Country,
        "region": KG.Region,
        "agreement": KG.Agreement,
    }
    size = max(10, n_docs // 2)
    labelled: set[URIRef] = set()

    def ent(kind: str, i: int) -> URIRef:
        node = iri(f"{kind}/{kind}-{i % size}")
        if node not in labelled:
            labelled.add(node)
            g.add((node, V.RDF.type, pools[kind]))
            g.add((node, V.RDFS.label, Literal(f"{kind} {i % size}")))
        return node

    def assertion(doc: URIRef, s: URIRef, p: URIRef, o: URIRef, key: str) -> None:
        a = iri("assertion/" + hashlib.sha256(key.encode()).hexdigest()[:16])
        g.add((s, p, o))
        for pp, oo in (
            (V.RDF.type, KG.Assertion),
            (V.RDF.subject, s),
            (V.RDF.predicate, p),
            (V.RDF.object, o),
            (KG.document, doc),
            (KG.evidence, Literal(f"sentence {key}")),
            (NIF.beginIndex, nni(10)),
            (NIF.endIndex, nni(90)),
            (KG.confidence, Literal(Decimal("0.8"))),
            (KG.extractor, Literal("synthetic")),
        ):
            g.add((a, pp, oo))

    for d in range(n_docs):
        sha = hashlib.sha256(f"{seed}-{d}".encode()).hexdigest()
        doc = iri(f"doc/{sha[:16]}")
        g.add((doc, V.RDF.type, KG.Document))
        g.add((doc, V.DCTERMS.source, Literal(f"docs/{d}.txt")))
        g.add((doc, V.DCTERMS.title, Literal(f"Document {d}")))
        g.add((doc, KG.sha256, Literal(sha)))
        g.add((doc, V.DCTERMS.date, Literal("2025-01-01", datatype=V.XSD.date)))
        ents = [ent(k, d * 7 + j) for j, k in enumerate(pools)] + [ent("person", d * 3 + 1)]
        for j, e in enumerate(ents):
            g.add((e, KG.mentionedIn, doc))
            m = iri(f"mention/{sha[:16]}/{j * 20}-{j * 20 + 9}")
            for pp, oo in (
                (V.RDF.type, KG.Mention),
                (KG.denotes, e),
                (KG.document, doc),
                (NIF.beginIndex, nni(j * 20)),
                (NIF.endIndex, nni(j * 20 + 9)),
                (NIF.anchorOf, Literal("x")),
            ):
                g.add((m, pp, oo))
        person, gov, org, country, region, agreement, other = ents
        for k, (s, p, o) in enumerate(
            (
                (person, KG.memberOf, gov),
                (gov, KG.country, country),
                (org, KG.country, country),
                (region, KG.locatedIn, country),
                (country, KG.claims, region),
                (agreement, KG.party, country),
                (agreement, KG.signatory, person),
                (person, KG.met, other),
            )
        ):
            assertion(doc, s, p, o, f"{d}-{k}")
        ms = iri(f"membership/{sha[:16]}")
        for pp, oo in (
            (V.RDF.type, KG.Membership),
            (KG.member, person),
            (KG.organization, gov),
            (KG.role, Literal("minister")),
        ):
            g.add((ms, pp, oo))
    return g


def test_synthetic_graph_conforms() -> None:
    g = synthetic_graph(20)
    assert validate(g).conforms


def test_bad_fixture_gives_exactly_its_three_violations() -> None:
    report = validate(FIXTURES / "onto_bad.ttl")
    assert not report.conforms
    assert found(report) == {
        ("id:person/pete-hegseth", "rdfs:label", "kgsh:Entity-label"),
        ("id:mention/aaaaaaaaaaaaaaaa/12-12", "nif:beginIndex", "kgsh:Mention-begin"),
        ("id:person/pete-hegseth", "kg:met", "kgsh:SupportedRelationShape"),
    }


if __name__ == "__main__":
    target = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    probe = synthetic_graph(10)
    graph = synthetic_graph(max(1, target * 10 // len(probe)))
    t0 = time.perf_counter()
    result = validate(graph)
    print(f"{len(graph)} triples: conforms={result.conforms} in {time.perf_counter() - t0:.1f} s")


def graph_tests() -> list[str]:
    """The tests of this module that only break a valid graph ``g`` (the other engines'
    tests run each of them and require the same violations)."""
    module = sys.modules[__name__]
    return [
        name
        for name, fn in inspect.getmembers(module, inspect.isfunction)
        if name.startswith("test_") and list(inspect.signature(fn).parameters) == ["g"]
    ]
