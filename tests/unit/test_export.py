"""Export stage: TriG / N-Quads named graphs per document, N-Triples, JSON-LD, determinism."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest
import rdflib
import typer
from rdflib.compare import isomorphic
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from typer.testing import CliRunner

from kg.errors import KGError
from kg.export import cli as export_cli
from kg.export import export, render
from kg.export.jsonld import context, context_document

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "store_seeds_like.ttl"
KG = rdflib.Namespace("https://w3id.org/kg-news/ontology#")
ID = "https://w3id.org/kg-news/id/"
DOCS = {
    ID + "doc/1cf1a7dd3641b75c",
    ID + "doc/3fff11354cb13067",
    ID + "doc/d40e8c37b63f1b84",
}


@pytest.fixture(scope="module")
def source() -> rdflib.Graph:
    return rdflib.Graph().parse(FIXTURE)


def dataset(data: bytes, fmt: str) -> rdflib.Dataset:
    ds = rdflib.Dataset()
    ds.parse(data=data.decode("utf-8"), format=fmt)
    return ds


def union(ds: rdflib.Dataset) -> rdflib.Graph:
    g = rdflib.Graph()
    for s, p, o, _ in ds.quads((None, None, None, None)):
        g.add((s, p, o))
    return g


@pytest.mark.parametrize("fmt", ["trig", "nquads"])
def test_one_named_graph_per_document(source: rdflib.Graph, fmt: str) -> None:
    ds = dataset(render(FIXTURE, "trig" if fmt == "trig" else "nq"), fmt)
    named = {str(g.identifier) for g in ds.graphs() if g.identifier != DATASET_DEFAULT_GRAPH_ID}
    assert named == DOCS
    assert isomorphic(union(ds), source)
    default = ds.graph(DATASET_DEFAULT_GRAPH_ID)
    hegseth = rdflib.URIRef(ID + "person/pete-hegseth")
    # Entities, memberships and relation triples stay in the default graph.
    assert (hegseth, KG.met, rdflib.URIRef(ID + "person/shinjiro-koizumi")) in default
    assert (None, rdflib.RDF.type, KG.Membership) in default
    assert (None, rdflib.RDF.type, KG.Assertion) not in default
    assert (None, rdflib.RDF.type, KG.Mention) not in default
    # A document graph holds the document, its mentions and the assertions drawn from it.
    doc = rdflib.URIRef(ID + "doc/1cf1a7dd3641b75c")
    g = ds.graph(doc)
    assert (doc, rdflib.RDF.type, KG.Document) in g
    for node in g.subjects(rdflib.RDF.type, KG.Mention):
        assert (node, KG.document, doc) in g
    assertions = set(g.subjects(rdflib.RDF.type, KG.Assertion))
    assert assertions == set(source.subjects(KG.document, doc)) - set(
        source.subjects(rdflib.RDF.type, KG.Mention)
    )
    # Nothing is in two graphs except what belongs to both.
    total = sum(len(ds.graph(rdflib.URIRef(d))) for d in DOCS) + len(default)
    assert total == len(source)


def test_ntriples_is_the_same_graph_sorted(source: rdflib.Graph) -> None:
    data = render(FIXTURE, "nt")
    assert isomorphic(rdflib.Graph().parse(data=data.decode(), format="nt"), source)
    lines = data.decode().splitlines()
    assert lines == sorted(lines)


def test_jsonld_reads_back_as_the_same_graph_with_an_inline_context(source) -> None:
    data = render(FIXTURE, "jsonld")
    doc = json.loads(data)
    assert doc["@context"] == context()
    assert doc["@context"]["kg"] == "https://w3id.org/kg-news/ontology#"
    hegseth = next(n for n in doc["@graph"] if n["@id"] == "id:person/pete-hegseth")
    assert hegseth["@type"] == ["kg:Person"]
    assert hegseth["rdfs:label"] == ["Pete Hegseth"]
    parsed = rdflib.Graph().parse(data=data.decode(), format="json-ld")
    assert isomorphic(parsed, source)


def test_typed_literals_keep_their_lexical_form(tmp_path: Path) -> None:
    src = tmp_path / "g.ttl"
    src.write_text(
        "@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .\n"
        '<urn:x:a> <urn:x:c> "0.90"^^xsd:decimal , "chat"@fr , "plain" .\n'
    )
    doc = json.loads(render(src, "jsonld"))
    values = doc["@graph"][0]["urn:x:c"]
    assert {"@value": "0.90", "@type": "xsd:decimal"} in values
    assert {"@value": "chat", "@language": "fr"} in values
    assert "plain" in values


def test_shipped_context_file_matches_the_inline_context() -> None:
    shipped = Path(__file__).resolve().parents[2] / "kg" / "export" / "context.jsonld"
    assert shipped.read_text(encoding="utf-8") == context_document()


@pytest.mark.parametrize("fmt", ["trig", "nt", "nq", "jsonld"])
def test_output_is_deterministic_whatever_the_input_order(tmp_path: Path, fmt: str) -> None:
    lines = render(FIXTURE, "nt").decode().splitlines()
    random.Random(7).shuffle(lines)
    shuffled = tmp_path / "shuffled.nt"
    shuffled.write_text("\n".join(lines) + "\n")
    assert render(FIXTURE, fmt) == render(FIXTURE, fmt) == render(shuffled, fmt)


def test_blank_nodes_get_canonical_labels(tmp_path: Path) -> None:
    a = tmp_path / "a.ttl"
    a.write_text("<urn:x:s> <urn:x:p> [ <urn:x:q> 1 ] , [ <urn:x:q> 2 ] .\n")
    b = tmp_path / "b.ttl"
    b.write_text("<urn:x:s> <urn:x:p> [ <urn:x:q> 2 ] , [ <urn:x:q> 1 ] .\n")
    for fmt in ("trig", "nt", "nq", "jsonld"):
        assert render(a, fmt) == render(b, fmt)


def test_export_writes_the_file_and_reports_bad_input(tmp_path: Path) -> None:
    out = export(FIXTURE, tmp_path / "sub" / "graph.trig", "trig")
    assert out.read_bytes() == render(FIXTURE, "trig")
    bad = tmp_path / "bad.ttl"
    bad.write_text("<a:b> .")
    with pytest.raises(KGError) as info:
        export(bad, tmp_path / "x.nt", "nt")
    assert info.value.code == "E020"
    assert not (tmp_path / "x.nt").exists()
    with pytest.raises(ValueError):
        render(FIXTURE, "rdfxml")


def test_kg_export_command(tmp_path: Path, source: rdflib.Graph) -> None:
    app = typer.Typer()
    export_cli.register(app)
    runner = CliRunner()
    out = tmp_path / "graph.jsonld"
    r = runner.invoke(app, ["export", str(FIXTURE), "--format", "jsonld", "--out", str(out)])
    assert r.exit_code == 0, r.output
    assert isomorphic(rdflib.Graph().parse(out, format="json-ld"), source)
    r = runner.invoke(app, ["export", str(FIXTURE), "--format", "xml", "--out", str(out)])
    assert r.exit_code == 2
