"""Store stage: loading, persistent stores, read-only SPARQL, result formats, ``kg query``."""

from __future__ import annotations

import gzip
import json
import shutil
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
import typer
from typer.testing import CliRunner

from kg.errors import KGError
from kg.store import (
    QueryRejected,
    QueryTimeout,
    load_into_store,
    open_store,
    query,
)
from kg.store import cli as store_cli
from kg.store.load import MANIFEST, rdf_format
from kg.store.results import render, table_text, to_csv, to_json, to_tsv, to_xml
from kg.store.sparql import apply_params, check_read_only, update_form, with_prefixes

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "store_seeds_like.ttl"
HEGSETH = "https://w3id.org/kg-news/id/person/pete-hegseth"


@pytest.fixture(scope="module")
def store() -> ox.Store:
    return open_store([FIXTURE])


@pytest.fixture(scope="module")
def n_triples() -> int:
    return len(rdflib.Graph().parse(FIXTURE))


def cli_app() -> typer.Typer:
    app = typer.Typer()
    store_cli.register(app)
    return app


# --- loading ---------------------------------------------------------------------------------


def test_in_memory_store_holds_every_triple(store: ox.Store, n_triples: int) -> None:
    assert len(store) == n_triples


@pytest.mark.parametrize(
    ("name", "fmt"),
    [
        ("g.ttl", "Turtle"),
        ("g.nt", "N-Triples"),
        ("g.nq", "N-Quads"),
        ("g.trig", "TriG"),
        ("g.jsonld", "JSON-LD"),
        ("g.rdf", "RDF/XML"),
        ("g.TTL.gz", "Turtle"),
    ],
)
def test_format_follows_the_suffix(name: str, fmt: str) -> None:
    assert rdf_format(name).name == fmt


def test_unknown_suffix_missing_file_and_bad_syntax_are_coded_errors(tmp_path: Path) -> None:
    with pytest.raises(KGError) as info:
        open_store([tmp_path / "graph.csv"])
    assert info.value.code == "E020" and "graph.csv" in str(info.value)
    with pytest.raises(KGError) as info:
        open_store([tmp_path / "missing.ttl"])
    assert info.value.code == "E001"
    bad = tmp_path / "bad.ttl"
    bad.write_text("<a:b> <a:c> .\n")
    with pytest.raises(KGError) as info:
        open_store([bad])
    assert info.value.code == "E020" and "bad.ttl" in str(info.value)


def test_gzipped_and_ntriples_graphs_load_the_same_triples(tmp_path: Path, n_triples: int) -> None:
    gz = tmp_path / "graph.ttl.gz"
    gz.write_bytes(gzip.compress(FIXTURE.read_bytes()))
    nt = tmp_path / "graph.nt"
    nt.write_text(rdflib.Graph().parse(FIXTURE).serialize(format="nt"))
    assert len(open_store([gz])) == n_triples
    assert len(open_store([nt])) == n_triples
    assert len(open_store([gz, nt])) == n_triples  # same triples, no duplicates


def test_persistent_store_is_loaded_once_then_reused(tmp_path: Path, n_triples: int) -> None:
    graph = tmp_path / "graph.ttl"
    shutil.copy(FIXTURE, graph)
    store_dir = tmp_path / "store"
    first = open_store([graph], store_dir)
    assert len(first) == n_triples
    manifest = json.loads((store_dir / MANIFEST).read_text())
    assert manifest["graphs"][0]["path"] == str(graph.resolve())
    del first
    stamp = (store_dir / MANIFEST).stat().st_mtime_ns
    again = open_store([graph], store_dir)
    assert len(again) == n_triples
    assert (store_dir / MANIFEST).stat().st_mtime_ns == stamp  # not reloaded
    with pytest.raises(RuntimeError, match="read-write"):  # reused stores are read-only
        again.add(ox.Quad(ox.NamedNode("urn:a"), ox.NamedNode("urn:b"), ox.NamedNode("urn:c")))
    del again
    # Without graph files, the store is opened as it is.
    assert query(open_store([], store_dir), "ASK { ?p rdfs:label 'Pete Hegseth' }").boolean


def test_persistent_store_is_refilled_when_the_graph_changes(tmp_path: Path) -> None:
    graph = tmp_path / "graph.ttl"
    shutil.copy(FIXTURE, graph)
    store_dir = tmp_path / "store"
    del_store = open_store([graph], store_dir)
    del del_store
    graph.write_text('<urn:x:a> <http://www.w3.org/2000/01/rdf-schema#label> "only" .\n')
    store = open_store([graph], store_dir)
    assert len(store) == 1  # the old build is gone, not mixed in


def test_load_into_store_replaces_the_content(tmp_path: Path, n_triples: int) -> None:
    store_dir = tmp_path / "store"
    small = tmp_path / "small.nt"
    small.write_text("<urn:x:a> <urn:x:b> <urn:x:c> .\n")
    assert load_into_store(small, store_dir) == 1
    assert load_into_store(FIXTURE, store_dir) == n_triples
    store = open_store([], store_dir)
    assert len(store) == n_triples


def test_missing_store_dir_without_graphs_is_a_coded_error(tmp_path: Path) -> None:
    with pytest.raises(KGError) as info:
        open_store([], tmp_path / "nothing")
    assert info.value.code == "E020" and "kg load" in str(info.value)


# --- queries ---------------------------------------------------------------------------------


def test_standard_and_kind_prefixes_are_predeclared(store: ox.Store) -> None:
    r = query(store, "SELECT ?l { person:pete-hegseth rdfs:label ?l }")
    assert r.column("l") == ["Pete Hegseth"]
    r = query(store, "SELECT ?c { ?c a kg:Country ; skos:exactMatch ?wd } ORDER BY ?c")
    assert r.column("c")[0] == "https://w3id.org/kg-news/id/country/china"


def test_a_query_s_own_prefix_wins(store: ox.Store) -> None:
    r = query(store, "PREFIX kg: <urn:nothing#> SELECT * { ?s a kg:Person }")
    assert len(r) == 0


def test_with_prefixes_adds_only_missing_declarations() -> None:
    text = with_prefixes("PREFIX kg: <urn:k#>\nSELECT * {}")
    assert "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n" in text
    assert text.count("PREFIX kg:") == 1
    assert "PREFIX person: <https://w3id.org/kg-news/id/person/>\n" in text


def test_ask_construct_and_select_results(store: ox.Store) -> None:
    assert query(store, "ASK { person:pete-hegseth kg:met person:shinjiro-koizumi }").boolean
    assert not query(store, "ASK { person:joe-biden kg:met person:pete-hegseth }").boolean
    g = query(store, "CONSTRUCT { ?a kg:met ?b } WHERE { ?a kg:met ?b }")
    assert g.kind == "graph" and len(g) == 4
    turtle = render(g, "turtle")
    parsed = rdflib.Graph().parse(data=turtle, format="turtle")
    assert len(parsed) == 4
    assert (rdflib.URIRef(HEGSETH), None, None) in parsed


@pytest.mark.parametrize(
    "sparql",
    [
        "INSERT DATA { <urn:a> <urn:b> <urn:c> }",
        "PREFIX x: <urn:x#>\nDELETE WHERE { ?s ?p ?o }",
        "LOAD <http://example.org/data.ttl>",
        "CLEAR ALL",
        "DROP GRAPH <urn:g>",
        "SELECT * { SERVICE <http://example.org/sparql> { ?s ?p ?o } }",
        "select * { service silent <http://example.org/sparql> { ?s ?p ?o } }",
    ],
)
def test_updates_load_and_service_are_rejected(store: ox.Store, sparql: str) -> None:
    with pytest.raises(QueryRejected) as info:
        query(store, sparql)
    assert info.value.code == "E021"
    assert "not allowed" in str(info.value)


def test_keywords_inside_strings_iris_and_comments_do_not_count() -> None:
    check_read_only('SELECT ?s { ?s ?p "SERVICE" . ?s <urn:x:INSERT> ?o } # DROP ALL')
    check_read_only("SELECT ?service ?load { ?service kg:load ?load }")
    check_read_only("SELECT ?s { ?s kg:service ?o } # SERVICE <http://example.org/>")
    assert update_form("# INSERT\nPREFIX a: <urn:a#>\nBASE <urn:b>\nASK {}") is None
    assert update_form("PREFIX a: <urn:a#>\nclear  default") == "CLEAR"


def test_syntax_error_is_e021_with_a_short_reason(store: ox.Store) -> None:
    with pytest.raises(KGError) as info:
        query(store, "SELECT ?x WHERE { ?x ")
    msg = str(info.value)
    assert info.value.code == "E021" and "syntax error" in msg
    assert "\n" not in msg and len(msg) < 300


def test_timeout_raises_instead_of_waiting() -> None:
    big = ox.Store()
    big.extend(
        ox.Quad(ox.NamedNode(f"urn:x:{i}"), ox.NamedNode("urn:x:p"), ox.Literal(str(i)))
        for i in range(200)
    )
    with pytest.raises(QueryTimeout) as info:
        query(big, "SELECT (COUNT(*) AS ?n) { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f }", timeout=0.01)
    assert "timed out" in str(info.value)


def test_max_results_truncates_and_says_so(store: ox.Store) -> None:
    r = query(store, "SELECT ?p { ?p a kg:Person } ORDER BY ?p", max_results=2)
    assert len(r) == 2 and r.truncated
    full = query(store, "SELECT ?p { ?p a kg:Person } ORDER BY ?p", max_results=100)
    assert len(full) == 6 and not full.truncated


def test_params_replace_the_values_default(store: ox.Store) -> None:
    text = 'SELECT ?e { VALUES ?label { "Japan" } ?e rdfs:label ?label }'
    assert query(store, text).column("e") == ["https://w3id.org/kg-news/id/country/japan"]
    assert query(store, text, params={"label": "Pete Hegseth"}).column("e") == [HEGSETH]
    assert apply_params(text, {"label": f"<{HEGSETH}>"}).count(f"<{HEGSETH}>") == 1
    with pytest.raises(KGError):
        apply_params(text, {"other": "x"})


# --- result formats --------------------------------------------------------------------------

SELECT_MIXED = """
SELECT ?s ?label ?date ?begin ?missing WHERE {
  VALUES ?s { person:pete-hegseth agreement:memoranda-on-defense-technology-and-supply-chains }
  ?s rdfs:label ?label .
  OPTIONAL { ?s dcterms:date ?date }
  OPTIONAL { ?s kg:nothing ?missing }
  BIND(STRLANG("x,y\\"z", "en") AS ?begin)
} ORDER BY ?s
"""


@pytest.mark.parametrize(
    ("writer", "fmt"),
    [
        (to_json, ox.QueryResultsFormat.JSON),
        (to_xml, ox.QueryResultsFormat.XML),
        (to_tsv, ox.QueryResultsFormat.TSV),
    ],
)
def test_result_documents_read_back_as_the_same_solutions(store, writer, fmt) -> None:
    r = query(store, SELECT_MIXED)
    parsed = ox.parse_query_results(writer(r).encode("utf-8"), format=fmt)
    variables = [v.value for v in parsed.variables]
    assert variables == list(r.variables)
    rows = [tuple(sol[v] for v in variables) for sol in parsed]
    assert rows == list(r.rows)


def test_json_results_shape(store: ox.Store) -> None:
    r = query(store, SELECT_MIXED)
    doc = json.loads(to_json(r))
    assert doc["head"]["vars"] == ["s", "label", "date", "begin", "missing"]
    first = doc["results"]["bindings"][0]
    assert first["date"] == {
        "type": "literal",
        "value": "2023-01-13",
        "datatype": "http://www.w3.org/2001/XMLSchema#date",
    }
    assert first["begin"] == {"type": "literal", "value": 'x,y"z', "xml:lang": "en"}
    assert "missing" not in first
    assert json.loads(to_json(query(store, "ASK {}"))) == {"head": {}, "boolean": True}


def test_csv_results_follow_the_w3c_format(store: ox.Store) -> None:
    r = query(store, SELECT_MIXED)
    lines = to_csv(r).split("\r\n")
    assert lines[0] == "s,label,date,begin,missing"
    assert lines[1] == (
        "https://w3id.org/kg-news/id/agreement/memoranda-on-defense-technology-and-supply-chains,"
        'memoranda on defense technology and supply chains,2023-01-13,"x,y""z",'
    )
    assert lines[2] == f'{HEGSETH},Pete Hegseth,,"x,y""z",'
    assert lines[3] == ""


def test_table_shortens_iris(store: ox.Store) -> None:
    text = table_text(query(store, SELECT_MIXED), width=200)
    assert "id:person/pete-hegseth" in text and "Pete Hegseth" in text
    assert render(query(store, "ASK {}"), "table") == "true\n"


# --- kg query --------------------------------------------------------------------------------


def test_kg_query_prints_csv_json_ask_and_turtle() -> None:
    runner = CliRunner()
    app = cli_app()
    q = "SELECT ?l { ?c a kg:Country ; rdfs:label ?l } ORDER BY ?l"
    r = runner.invoke(app, ["query", str(FIXTURE), q, "--format", "csv"])
    assert r.exit_code == 0, r.output
    # click's Result.stdout folds CRLF; the bytes show what the terminal gets.
    assert r.stdout_bytes.split(b"\r\n")[:5] == [
        b"l",
        b"China",
        b"Italy",
        b"Japan",
        b"United States",
    ]
    r = runner.invoke(app, ["query", str(FIXTURE), q, "--format", "json"])
    values = [b["l"]["value"] for b in json.loads(r.stdout)["results"]["bindings"]]
    assert values == ["China", "Italy", "Japan", "United States"]
    r = runner.invoke(app, ["query", str(FIXTURE), "ASK { ?x kg:claims region:senkaku-islands }"])
    assert r.stdout == "true\n"
    r = runner.invoke(app, ["query", str(FIXTURE), "CONSTRUCT WHERE { ?a kg:signatory ?b }"])
    assert r.exit_code == 0
    assert len(rdflib.Graph().parse(data=r.stdout, format="turtle")) == 2


def test_kg_query_from_file_and_by_name_with_param(tmp_path: Path) -> None:
    runner = CliRunner()
    app = cli_app()
    rq = tmp_path / "q.rq"
    rq.write_text("SELECT ?p { ?p kg:met person:fumio-kishida }")
    r = runner.invoke(app, ["query", str(FIXTURE), "--file", str(rq), "--format", "csv"])
    assert r.stdout_bytes == b"p\r\nhttps://w3id.org/kg-news/id/person/joe-biden\r\n"
    r = runner.invoke(
        app,
        ["query", str(FIXTURE), "--name", "about_entity", "--param", "label=Joe Biden",
         "--format", "csv"],
    )  # fmt: skip
    assert r.exit_code == 0, r.output
    assert "out,kg:met,Fumio Kishida,1," in r.stdout


def test_kg_query_errors_are_coded() -> None:
    runner = CliRunner()
    app = cli_app()
    r = runner.invoke(app, ["query", str(FIXTURE)])
    assert r.exit_code == 2 and "[E022]" in r.output  # usage
    r = runner.invoke(app, ["query", str(FIXTURE), "--name", "no_such_query"])
    assert r.exit_code == 2 and "[E023]" in r.output and "agreements" in r.output
    r = runner.invoke(app, ["query", str(FIXTURE), "SELECT WHERE"])
    assert r.exit_code == 2 and "[E021]" in r.output
    r = runner.invoke(app, ["query", str(FIXTURE), "DELETE WHERE { ?s ?p ?o }"])
    assert r.exit_code == 2 and "[E021]" in r.output and "read-only" in r.output


def test_kg_load_then_query_the_store(tmp_path: Path) -> None:
    runner = CliRunner()
    app = cli_app()
    store_dir = tmp_path / "store"
    r = runner.invoke(app, ["load", str(FIXTURE), "--store", str(store_dir)])
    assert r.exit_code == 0, r.output
    r = runner.invoke(
        app, ["query", "--store", str(store_dir), "ASK { ?x kg:met person:joe-biden }"]
    )
    assert r.exit_code == 0, r.output
    assert r.stdout == "false\n"


def test_kg_query_takes_text_a_query_file_or_stdin(tmp_path: Path) -> None:
    runner = CliRunner()
    app = cli_app()
    q = "SELECT ?p { ?p kg:met person:fumio-kishida }"
    expected = b"p\r\nhttps://w3id.org/kg-news/id/person/joe-biden\r\n"
    r = runner.invoke(app, ["query", str(FIXTURE), "-", "--format", "csv"], input=q)
    assert r.exit_code == 0, r.output
    assert r.stdout_bytes == expected
    r = runner.invoke(app, ["query", str(FIXTURE), "--file", "-", "--format", "csv"], input=q)
    assert r.stdout_bytes == expected
    for name in ("met.rq", "met.sparql", "met.txt"):
        (tmp_path / name).write_text(q)
        r = runner.invoke(app, ["query", str(FIXTURE), str(tmp_path / name), "--format", "csv"])
        assert r.exit_code == 0, r.output
        assert r.stdout_bytes == expected


def test_kg_query_with_a_long_query_text() -> None:
    """Text longer than any file name is a query, not a path the OS refuses to look up."""
    values = " ".join(f'"label number {i}"' for i in range(600))
    q = f'SELECT ?l {{ VALUES ?l {{ {values} "Japan" }} ?c rdfs:label ?l }}'
    assert len(q) > 10_000
    r = CliRunner().invoke(cli_app(), ["query", str(FIXTURE), q, "--format", "csv"])
    assert r.exit_code == 0, r.output
    assert r.stdout_bytes == b"l\r\nJapan\r\n"


def test_kg_query_has_a_default_timeout(monkeypatch: pytest.MonkeyPatch) -> None:
    from kg.store import sparql

    seen: list[float | None] = []
    real = sparql.query

    def spy(store, text, *, timeout=None, **kw):  # noqa: ANN001, ANN003
        seen.append(timeout)
        return real(store, text, timeout=timeout, **kw)

    monkeypatch.setattr("kg.store.query", spy)
    app = cli_app()
    r = CliRunner().invoke(app, ["query", str(FIXTURE), "ASK {}"])
    assert r.exit_code == 0 and r.stdout == "true\n"
    r = CliRunner().invoke(app, ["query", str(FIXTURE), "ASK {}", "--timeout", "0"])
    assert r.exit_code == 0
    assert seen == [60.0, None]


@pytest.mark.parametrize("open_, close", [("{", "}"), ("FILTER(", ")")])
def test_deep_nesting_is_refused_before_the_parsers_recurse(
    store: ox.Store, open_: str, close: str
) -> None:
    deep = f"SELECT * {{ {open_ * 5000}1{close * 5000} }}"
    with pytest.raises(KGError, match="nested more than 256 levels"):
        query(store, deep)
    ok = "SELECT ?l { " + "{ " * 30 + "?c a kg:Country ; rdfs:label ?l" + " }" * 30 + " }"
    assert "Japan" in query(store, ok).column("l")
