"""Never lose, never lie: outputs as one set, errors that name the file, settings that travel.

Builds here use ``blank:en`` plus the project's rule components (seconds, not minutes).
"""

from __future__ import annotations

import hashlib
import importlib
import json
import os
import stat
from pathlib import Path

import pyoxigraph as ox
import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.config import Settings
from kg.errors import KGError
from kg.io import OutputFolder
from kg.pipeline import build

runner = CliRunner()
BLANK = ["--model", "blank:en", "--quiet"]

ARTICLES = {
    "a.txt": "Japanese Prime Minister Sanae Takaichi met Italian Prime Minister Giorgia Meloni "
    "in Tokyo on Friday.\n\nThe two leaders discussed trade.\n",
    "b.txt": "Australian Foreign Minister Penny Wong visited Jakarta on Monday.\n\n"
    "She met Indonesian President Prabowo Subianto.\n",
    "sub/c.md": "# Talks\n\nU.S. Secretary of State Marco Rubio spoke with Chinese Foreign "
    "Minister Wang Yi by phone.\n",
}


def corpus(root: Path, articles: dict[str, str] = ARTICLES) -> Path:
    for name, text in articles.items():
        p = root / name
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(text, encoding="utf-8")
    return root


def snapshot(out: Path) -> dict[str, bytes]:
    """Every visible output, by name, as the bytes a reader would get."""
    return {
        p.name: p.read_bytes()
        for p in sorted(out.iterdir())
        if not p.name.startswith(".") and p.name != "current" and p.is_file()
    }


def assert_consistent(out: Path) -> dict:
    """The files in ``out`` are exactly those build.json lists, with its hashes."""
    record = json.loads((out / "build.json").read_text(encoding="utf-8"))
    seen = snapshot(out)
    listed = record["outputs"]
    assert set(seen) == set(listed) | {"build.json"}
    for name, meta in listed.items():
        assert hashlib.sha256(seen[name]).hexdigest() == meta["sha256"], name
        assert len(seen[name]) == meta["bytes"]
    return record


@pytest.fixture()
def good_out(tmp_path: Path) -> Path:
    out = tmp_path / "out"
    res = runner.invoke(app, ["build", str(corpus(tmp_path / "in")), "--out", str(out), *BLANK])
    assert res.exit_code == 0, res.output
    return out


def rows(graph: Path, sparql: str) -> list[tuple[str, ...]]:
    from kg.store import open_store, query

    return [tuple(t.value for t in row) for row in query(open_store([graph]), sparql).rows]


# --- never replace good output with nothing ---------------------------------------------------


@pytest.mark.parametrize("strict", [False, True])
@pytest.mark.parametrize("kind", ["empty folder", "missing folder", "only unreadable files"])
def test_no_readable_document_fails_and_leaves_the_previous_output(
    good_out, tmp_path, kind, strict
):
    before = snapshot(good_out)
    src = tmp_path / "src"
    if kind != "missing folder":
        src.mkdir()
    if kind == "only unreadable files":
        (src / "x.txt").write_text("  \n", encoding="utf-8")
        (src / "y.html").write_bytes(b"\x00\x01\x02" * 40)
    args = ["build", str(src), "--out", str(good_out), *BLANK] + (["--strict"] if strict else [])
    res = runner.invoke(app, args)
    assert res.exit_code == 3, res.output
    assert "[E008]" in res.output or "[E016]" in res.output
    assert "nothing written" in res.output
    assert snapshot(good_out) == before


def test_no_readable_document_does_not_create_the_output_folder(tmp_path):
    (tmp_path / "empty").mkdir()
    res = runner.invoke(
        app, ["build", str(tmp_path / "empty"), "--out", str(tmp_path / "o"), *BLANK]
    )
    assert res.exit_code == 3 and "[E008]" in res.output
    assert not (tmp_path / "o").exists()


# --- outputs as one set -------------------------------------------------------------------------


def test_build_json_records_settings_inputs_versions_rules_and_output_hashes(good_out, tmp_path):
    record = assert_consistent(good_out)
    assert record["settings"]["model"] == "blank:en"
    assert record["settings"]["base_iri"] == "https://w3id.org/kg-news/id/"
    assert record["settings"]["jobs"] == 1
    assert record["inputs"] == {
        "given": [str(tmp_path / "in")],
        "roots": [str((tmp_path / "in").resolve())],
        "files": 3,
        "documents": 3,
        "skipped": [],
    }
    assert {"kg-news", "spacy", "rdflib", "pyoxigraph", "pyshacl", "python"} <= set(
        record["versions"]
    )
    shapes = Settings().shapes.read_bytes()
    assert record["rules"]["shapes.ttl"] == hashlib.sha256(shapes).hexdigest()
    assert "rules/roles.tsv" in record["rules"] and "gazetteer/countries.tsv" in record["rules"]
    assert set(record["outputs"]) == {"graph.ttl", "graph.html"}


def test_a_second_build_replaces_the_whole_set_and_leaves_no_leftovers(good_out, tmp_path):
    first = assert_consistent(good_out)
    res = runner.invoke(
        app, ["build", str(tmp_path / "in" / "a.txt"), "--out", str(good_out), "--no-html", *BLANK]
    )
    assert res.exit_code == 0, res.output
    second = assert_consistent(good_out)
    assert second["inputs"]["documents"] == 1 and set(second["outputs"]) == {"graph.ttl"}
    assert not (good_out / "graph.html").exists()  # the old page went with its build
    assert first["outputs"]["graph.ttl"] != second["outputs"]["graph.ttl"]
    assert len(list((good_out / ".builds").iterdir())) == 1
    assert not [p for p in good_out.iterdir() if p.name.endswith((".part", ".link"))]


def test_a_second_build_into_a_busy_folder_fails_with_a_clear_line(good_out, tmp_path):
    before = snapshot(good_out)
    with OutputFolder(good_out):
        res = runner.invoke(app, ["build", str(tmp_path / "in"), "--out", str(good_out), *BLANK])
    assert res.exit_code == 3
    assert "[E014]" in res.output and f"pid {os.getpid()}" in res.output
    assert snapshot(good_out) == before


def test_leftovers_of_a_killed_build_are_removed_by_the_next(good_out, tmp_path):
    stale = good_out / ".builds" / "999999-deadbeef"
    stale.mkdir()
    (stale / "graph.ttl").write_text("half", encoding="utf-8")
    part = good_out / ".graph.ttl.999999.abcd.part"
    part.write_text("half", encoding="utf-8")
    res = runner.invoke(app, ["build", str(tmp_path / "in"), "--out", str(good_out), *BLANK])
    assert res.exit_code == 0, res.output
    assert not stale.exists() and not part.exists()
    assert_consistent(good_out)


def test_plain_files_of_an_older_layout_are_replaced(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / "graph.ttl").write_text("# old\n", encoding="utf-8")
    (out / "graph.html").write_text("<p>old</p>", encoding="utf-8")
    res = runner.invoke(app, ["build", str(corpus(tmp_path / "in")), "--out", str(out), *BLANK])
    assert res.exit_code == 0, res.output
    assert_consistent(out)
    assert (out / "graph.ttl").is_symlink()


@pytest.mark.parametrize(("mask", "mode"), [(0o022, 0o644), (0o002, 0o664), (0o077, 0o600)])
def test_outputs_follow_the_umask(tmp_path, mask, mode):
    old = os.umask(mask)
    try:
        out = tmp_path / "out"
        build([corpus(tmp_path / "in")], out, model="blank:en", validate=False)
    finally:
        os.umask(old)
    for name in ("graph.ttl", "graph.html", "build.json"):
        assert stat.S_IMODE((out / name).stat().st_mode) == mode, name
    assert stat.S_IMODE((out / "current").stat().st_mode) == 0o777 & ~mask  # folder: +x


# --- settings travel ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "bad",
    [
        "example.org/kg/",
        "ftp://example.org/kg/",
        "https://example.org/kg",
        "https://exa mple.org/kg/",
        "https://example.org/<kg>/",
        "https:///kg/",
        "urn:x:",
    ],
)
def test_invalid_base_iri_is_rejected_with_one_line(tmp_path, bad):
    out = tmp_path / "out"
    res = runner.invoke(
        app, ["build", str(corpus(tmp_path / "in")), "--out", str(out), "--base-iri", bad, *BLANK]
    )
    assert res.exit_code == 2
    assert "[E012]" in res.output and "Traceback" not in res.output
    assert not out.exists()


@pytest.mark.parametrize("base", ["https://example.org/kg/", "http://data.example.net/news#"])
def test_base_iri_is_recorded_and_read_back_by_query_and_export(tmp_path, base):
    out = tmp_path / "out"
    text = {"t.txt": "Japanese Prime Minister Sanae Takaichi spoke in Tokyo on Friday.\n"}
    res = runner.invoke(
        app,
        [
            "build",
            str(corpus(tmp_path / "in", text)),
            "--out",
            str(out),
            "--base-iri",
            base,
            *BLANK,
        ],
    )
    assert res.exit_code == 0, res.output
    graph = out / "graph.ttl"
    store = ox.Store()
    store.load(path=str(graph), format=ox.RdfFormat.TURTLE)
    q = "SELECT ?u { ?d a <http://rdfs.org/ns/void#Dataset> ; <http://rdfs.org/ns/void#uriSpace> ?u }"
    assert [r[0].value for r in store.query(q)] == [base]
    # kg query expands person: to the recorded base.
    res = runner.invoke(
        app,
        [
            "query",
            str(graph),
            "SELECT ?l { person:sanae-takaichi rdfs:label ?l }",
            "--format",
            "csv",
        ],
    )
    assert res.exit_code == 0, res.output
    assert "Sanae Takaichi" in res.output
    # kg serve's workers answer the same way.
    from kg.store.server import answer

    status, _, body = answer(
        store,
        {
            "query": "ASK { person:sanae-takaichi a kg:Person }",
            "max_results": 10,
            "select_fmt": "json",
            "graph_fmt": "turtle",
        },
    )
    assert status == 200 and b"true" in body
    # kg export: id: in the JSON-LD context is the graph's base.
    res = runner.invoke(
        app, ["export", str(graph), "--format", "jsonld", "--out", str(tmp_path / "g.jsonld")]
    )
    assert res.exit_code == 0, res.output
    doc = json.loads((tmp_path / "g.jsonld").read_text(encoding="utf-8"))
    assert doc["@context"]["id"] == base
    assert any(n["@id"] == "id:person/sanae-takaichi" for n in doc["@graph"])


def test_settings_reach_the_stages_and_build_json(tmp_path, monkeypatch):
    import json
    import os

    import kg.nlp

    real = kg.nlp.annotate
    log = tmp_path / "seen.jsonl"

    # --jobs runs the per-document stages in worker processes (forked with this spy), so
    # what they see is written to a file.
    def spy(docs, nlp, *, batch_size=32, n_process=1, **kw):
        with log.open("a", encoding="utf-8") as fh:
            fh.write(json.dumps([os.getpid(), batch_size, n_process, nlp.pipe_names]) + "\n")
        return real(docs, nlp, batch_size=batch_size, n_process=1, **kw)

    monkeypatch.setattr(kg.nlp, "annotate", spy)
    out = tmp_path / "out"
    res = runner.invoke(
        app,
        [
            "build",
            str(corpus(tmp_path / "in")),
            "--out",
            str(out),
            "--jobs",
            "3",
            "--batch-size",
            "7",
            "--no-validate",
            "--no-html",
            *BLANK,
        ],
    )
    assert res.exit_code == 0, res.output
    seen = [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()]
    assert seen and all(pid != os.getpid() for pid, *_ in seen)  # ran in worker processes
    assert all(bs == 7 and n == 1 and "kg_entities" in pipes for _, bs, n, pipes in seen)
    record = assert_consistent(out)
    assert record["settings"]["jobs"] == 3 and record["settings"]["batch_size"] == 7
    assert record["settings"]["validate"] is False and record["settings"]["html"] is False
    assert record["graph"]["shacl_violations"] is None
    assert not (out / "graph.html").exists()


def test_settings_are_frozen_and_checked():
    s = Settings(jobs=2)
    with pytest.raises(AttributeError):
        s.jobs = 3  # type: ignore[misc]
    with pytest.raises(KGError, match=r"\[E013\]"):
        Settings(jobs=0)
    with pytest.raises(TypeError, match="unknown build setting"):
        Settings.of(None, job=2)


def test_custom_ontology_folder_is_used_by_every_stage(tmp_path):
    import shutil

    onto = tmp_path / "onto"
    shutil.copytree(Settings().ontology_dir, onto)
    # A new title in the copied rules must reach the NLP layer and extraction alike.
    with (onto / "rules" / "roles.tsv").open("a", encoding="utf-8") as fh:
        fh.write("Grand Vizier\tgovernment\t0.9\n")
    text = {"v.txt": "Japanese Grand Vizier Haruto Morikawa spoke in Osaka on Friday.\n"}
    out = tmp_path / "out"
    s = build(
        [corpus(tmp_path / "in", text)],
        out,
        Settings(model="blank:en", validate=False, html=False, ontology_dir=onto),
    )
    assert s.documents == 1
    got = rows(
        out / "graph.ttl",
        "SELECT ?r { ?m kg:member ?p ; kg:role ?r . ?p rdfs:label 'Haruto Morikawa' }",
    )
    assert got == [("Grand Vizier",)]
    record = json.loads((out / "build.json").read_text(encoding="utf-8"))
    assert record["settings"]["ontology_dir"] == str(onto)


def test_incomplete_ontology_folder_is_a_clear_error(tmp_path):
    (tmp_path / "onto").mkdir()
    with pytest.raises(KGError, match=r"\[E017\].*gazetteer"):
        build(
            [corpus(tmp_path / "in")],
            tmp_path / "out",
            model="blank:en",
            ontology_dir=tmp_path / "onto",
        )


# --- sources, placeholders ----------------------------------------------------------------------


def test_dcterms_source_is_relative_or_the_canonical_url(tmp_path):
    src = corpus(tmp_path / "in")
    (src / "page.html").write_text(
        '<html><head><title>Talks</title><link rel="canonical" href="https://news.example/world/talks-1">'
        "</head><body><article><p>Japanese Prime Minister Sanae Takaichi met Indian Prime Minister "
        "Narendra Modi in New Delhi on Friday.</p></article></body></html>",
        encoding="utf-8",
    )
    (src / "og.html").write_text(
        '<html><head><meta property="og:url" content="https://news.example/asia/visit"></head>'
        "<body><article><p>Philippine President Ferdinand Marcos visited Hanoi on Monday to "
        "meet Vietnamese leaders.</p></article></body></html>",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    build([src, tmp_path / "in" / "a.txt"], out, model="blank:en", validate=False, html=False)
    got = sorted(
        r[0]
        for r in rows(
            out / "graph.ttl", "SELECT DISTINCT ?s { ?d a kg:Document ; dcterms:source ?s }"
        )
    )
    assert got == [
        "a.txt",  # named directly (also inside the folder: same bytes, built once)
        "b.txt",
        "https://news.example/asia/visit",  # og:url
        "https://news.example/world/talks-1",  # rel=canonical
        "sub/c.md",
    ]
    assert str(tmp_path) not in (out / "graph.ttl").read_text(encoding="utf-8")


def test_the_same_corpus_in_two_places_gives_the_same_bytes(tmp_path):
    a = build(
        [corpus(tmp_path / "one" / "in")],
        tmp_path / "o1",
        model="blank:en",
        validate=False,
        html=False,
    )
    b = build(
        [corpus(tmp_path / "two" / "deeper" / "in")],
        tmp_path / "o2",
        model="blank:en",
        validate=False,
        html=False,
    )
    assert a.graph.read_bytes() == b.graph.read_bytes()


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "Defense Minister Haruto Yamamoto spoke on Monday.",
            "Defense Minister Haruto Yamamota visited the base.",
        ),
        (
            "Finance Minister Keiko Watanabe spoke about taxes.",
            "Finance Minister Keiko Watanabi answered questions.",
        ),
    ],
)
def test_a_placeholder_body_is_never_a_shared_office(tmp_path, first, second):
    src = corpus(tmp_path / "in", {"1.txt": first + "\n", "2.txt": second + "\n"})
    out = tmp_path / "out"
    build([src], out, model="blank:en", validate=False, html=False)
    ttl = (out / "graph.ttl").read_text(encoding="utf-8")
    assert "pending" not in ttl
    people = rows(out / "graph.ttl", "SELECT ?l { ?p a kg:Person ; rdfs:label ?l } ORDER BY ?l")
    assert len(people) == 2  # one letter apart, no shared context: two people
    assert not rows(out / "graph.ttl", "SELECT ?r { ?x kg:rule 'typo' }")


def test_placeholders_stay_in_their_stage_and_are_filled_across_documents(tmp_path, analyse):
    res = analyse("Defense Minister Shinjiro Koizumi spoke on Monday.")
    assert all(not r.object.startswith("pending") for r in res.relations)
    assert [(r.predicate, r.object, r.role) for r in res.open_memberships] == [
        ("memberOf", "defense", "Defense Minister")
    ]
    src = corpus(
        tmp_path / "in",
        {
            "1.txt": "Japanese Defense Minister Shinjiro Koizumi met troops in Okinawa.\n",
            "2.txt": "Defense Minister Shinjiro Koizumi spoke to reporters on Monday.\n",
        },
    )
    out = tmp_path / "out"
    build([src], out, model="blank:en", validate=False, html=False)
    docs = rows(
        out / "graph.ttl",
        "SELECT DISTINCT ?src { ?a rdf:subject ?p ; rdf:predicate kg:memberOf ; rdf:object ?g ; kg:document ?d ."
        " ?d dcterms:source ?src . ?p rdfs:label 'Shinjiro Koizumi' . ?g rdfs:label 'Ministry of Defense (Japan)' } ORDER BY ?src",
    )
    assert docs == [("1.txt",), ("2.txt",)]


# --- hostile inputs: big, oddly named, breaking a stage -------------------------------------------


def test_a_document_over_a_million_characters_is_built_in_pieces_with_true_offsets(tmp_path):
    filler = "The markets were calm and the weather was mild across the region that week.\n\n"
    facts = [
        "Japanese Prime Minister Sanae Takaichi met Italian Prime Minister Giorgia Meloni.\n\n",
        "Indian Prime Minister Narendra Modi visited Canberra on Tuesday.\n\n",
        "Finally, Australian Foreign Minister Penny Wong visited Jakarta.\n",
    ]
    block = filler * (350_000 // len(filler))
    text = facts[0] + block + facts[1] + block + block + facts[2]
    assert len(text) > 1_000_000
    src = tmp_path / "in"
    src.mkdir()
    (src / "long.txt").write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    s = build([src], out, model="blank:en", validate=False, html=False)
    assert s.documents == 1 and not s.skipped
    got = rows(
        out / "graph.ttl",
        "SELECT ?l ?b ?e ?t { ?m a kg:Mention ; kg:denotes ?p ; nif:beginIndex ?b ;"
        " nif:endIndex ?e ; nif:anchorOf ?t . ?p a kg:Person ; rdfs:label ?l } ORDER BY ?b",
    )
    assert [r[0] for r in got] == [
        "Sanae Takaichi",
        "Giorgia Meloni",
        "Narendra Modi",
        "Penny Wong",
    ]
    for _, b, e, t in got:
        assert text[int(b) : int(e)] == t  # offsets into the whole file, not the piece
    assert int(got[-1][1]) > 1_000_000


def test_pieces_cut_at_paragraphs_and_cover_the_text():
    from kg.pipeline.build import pieces

    text = ("One sentence here. Another one.\n\n" * 50) + ("x" * 300) + " tail"
    spans = pieces(text, limit=200)
    assert spans[0][0] == 0 and spans[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in zip(spans, spans[1:], strict=False))
    assert all(e - b <= 200 for b, e in spans)
    assert all(text[:e].endswith("\n\n") for b, e in spans[:3])


def test_paragraph_breaks_start_sentences(blank_nlp):
    doc = blank_nlp("First line here\n\nSecond part begins\n\nThird one")
    starts = [s.text.split()[0] for s in doc.sents]
    assert starts[:3] == ["First", "Second", "Third"]


def test_a_file_name_that_is_not_utf8_is_built_and_shown_safely(tmp_path):
    src = corpus(tmp_path / "in", {"ok.txt": ARTICLES["a.txt"]})
    bad = os.fsencode(src) + b"/caf\xe9-report.txt"
    with open(bad, "wb") as fh:
        fh.write(ARTICLES["b.txt"].encode("utf-8"))
    out = tmp_path / "out"
    res = runner.invoke(app, ["build", str(src), "--out", str(out), *BLANK])
    assert res.exit_code == 0, res.output
    assert "[W004]" in res.output and "caf\ufffd-report.txt" in res.output
    got = sorted(
        r[0] for r in rows(out / "graph.ttl", "SELECT ?s { ?d a kg:Document ; dcterms:source ?s }")
    )
    assert got == ["caf\ufffd-report.txt", "ok.txt"]
    assert "Penny Wong" in (out / "graph.ttl").read_text(encoding="utf-8")


@pytest.mark.parametrize("stage", ["clean", "annotate", "tokenizer", "resolve/extract"])
def test_an_unexpected_error_names_the_file_and_stage_and_the_rest_builds(
    tmp_path, monkeypatch, stage
):
    import kg.clean
    import kg.nlp.components

    pb = importlib.import_module("kg.pipeline.build")

    def boom_if_marked(text: str) -> None:
        if "Zanzibar" in text:
            raise ValueError("synthetic failure")

    if stage == "clean":
        real_clean = kg.clean.clean

        def clean(raw, rules=None):
            boom_if_marked(raw.text)
            return real_clean(raw, rules)

        monkeypatch.setattr(kg.clean, "clean", clean)
    elif stage == "annotate":
        real_call = kg.nlp.components.EntityLayer.__call__

        def call(self, doc):
            boom_if_marked(doc.text)
            return real_call(self, doc)

        monkeypatch.setattr(kg.nlp.components.EntityLayer, "__call__", call)
    elif stage == "tokenizer":
        # Raised outside any component: spaCy's stream itself breaks.
        from spacy.language import Language

        real_make = Language.make_doc

        def make_doc(self, text):
            boom_if_marked(text)
            return real_make(self, text)

        monkeypatch.setattr(Language, "make_doc", make_doc)
    else:
        real_process = pb.process_document

        def process(adoc, gaz, rules):
            boom_if_marked(adoc.clean.text)
            return real_process(adoc, gaz, rules)

        monkeypatch.setattr(pb, "process_document", process)
    articles = {
        **ARTICLES,
        "bad.txt": "Tanzanian President Samia Suluhu Hassan visited Zanzibar.\n",
    }
    out = tmp_path / "out"
    res = runner.invoke(
        app,
        [
            "build",
            str(corpus(tmp_path / "in", articles)),
            "--out",
            str(out),
            "--batch-size",
            "2",
            *BLANK,
        ],
    )
    assert res.exit_code == 0, res.output
    line = next(x for x in res.output.splitlines() if "[E050]" in x)
    name = "annotate" if stage == "tokenizer" else stage
    assert "bad.txt" in line and f"the {name} stage" in line and "synthetic failure" in line
    record = assert_consistent(out)
    assert record["inputs"]["documents"] == 3
    assert record["inputs"]["skipped"] == [
        {"source": str(tmp_path / "in" / "bad.txt"), "code": "E050"}
    ]
    ttl = (out / "graph.ttl").read_text(encoding="utf-8")
    assert "Penny Wong" in ttl and "Marco Rubio" in ttl and "Samia" not in ttl


def test_an_internal_error_is_one_coded_line_and_exit_4(tmp_path, monkeypatch, capsys):
    import sys

    from kg.cli import main

    pb = importlib.import_module("kg.pipeline.build")

    def broken(*a, **k):
        raise RuntimeError("corpus index exploded")

    monkeypatch.setattr(pb, "build", broken)
    monkeypatch.setattr(
        sys,
        "argv",
        ["kg", "build", str(corpus(tmp_path / "in")), "--out", str(tmp_path / "o"), *BLANK],
    )
    monkeypatch.delenv("KG_DEBUG", raising=False)
    with pytest.raises(SystemExit) as exc:
        main()
    assert exc.value.code == 4
    err = capsys.readouterr().err
    assert "[E099]" in err and "corpus index exploded" in err and "Traceback" not in err


def test_store_option_fills_a_store_that_query_reads_with_the_recorded_base(tmp_path):
    base = "https://example.org/store-kg/"
    out, store = tmp_path / "out", tmp_path / "store"
    args = ["build", str(corpus(tmp_path / "in")), "--out", str(out), "--store", str(store)]
    res = runner.invoke(app, [*args, "--base-iri", base, "--no-html", "--no-validate", *BLANK])
    assert res.exit_code == 0, res.output
    assert json.loads((out / "build.json").read_text())["settings"]["store_dir"] == str(store)
    q = "SELECT ?p { ?p rdfs:label 'Penny Wong' . FILTER(STRSTARTS(STR(?p), STR(person:))) }"
    res = runner.invoke(app, ["query", "--store", str(store), q, "--format", "csv"])
    assert res.exit_code == 0, res.output
    assert f"{base}person/penny-wong" in res.output


@pytest.mark.parametrize(
    ("first", "second"),
    [("Haruto Yamamoto", "Hal Yamamoto"), ("Keiko Watanabe", "Kei Watanabe")],
)
def test_overrides_option_forces_a_merge(tmp_path, first, second):
    texts = {
        "1.txt": f"Japanese Defense Minister {first} spoke on Monday.\n",
        "2.txt": f"Japanese Defense Minister {second} visited troops on Tuesday.\n",
    }
    src = corpus(tmp_path / "in", texts)
    rules = tmp_path / "overrides.tsv"
    rules.write_text(f"same\tPerson\t{second}\t{first}\tsame minister\n", encoding="utf-8")
    out = tmp_path / "out"
    base = ["build", str(src), "--out", str(out), "--no-html", "--no-validate", *BLANK]
    assert runner.invoke(app, base).exit_code == 0
    q = "SELECT ?l { ?p a kg:Person ; rdfs:label ?l } ORDER BY ?l"
    assert len(rows(out / "graph.ttl", q)) == 2
    res = runner.invoke(app, [*base, "--overrides", str(rules)])
    assert res.exit_code == 0, res.output
    assert rows(out / "graph.ttl", q) == [(first,)]
    why = rows(out / "graph.ttl", "SELECT ?r { ?x kg:rule 'override' ; kg:reason ?r }")
    assert why == [("same minister",)]
    record = json.loads((out / "build.json").read_text(encoding="utf-8"))
    assert record["rules"]["--overrides"] == hashlib.sha256(rules.read_bytes()).hexdigest()
