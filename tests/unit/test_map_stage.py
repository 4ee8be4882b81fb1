"""The map stage: per-document cache, worker processes, identical bytes out (rules-only model)."""

from __future__ import annotations

import pickle
import re
import time

import pytest
from rdflib import Graph, URIRef

from kg.errors import KGError
from kg.pipeline import build
from kg.pipeline.cache import ResultCache, fingerprint

ARTICLES = {
    "a.txt": "Talks in Oslo\n\nKenyan Foreign Minister Amara Odhiambo met Japanese Prime "
    "Minister Sanae Takaichi in Oslo on Monday.\n",
    "b.txt": "Budget row\n\nGerman Finance Minister Lotte Brenner said the budget would pass. "
    "Brenner spoke to reporters in Berlin.\n",
    "c.md": "# Summit\n\nFrench President Elise Marchand and Indian Prime Minister Ravi Menon "
    "signed a trade pact.\n",
    "d.txt": "Port visit\n\nBrazilian Defence Minister Joao Tavares toured the port. Tavares "
    "praised the crews.\n",
    "e.txt": "Vote\n\nCanadian Prime Minister Claire Dubois called an early election.\n",
}


def _corpus(root, articles=ARTICLES):
    root.mkdir(parents=True, exist_ok=True)
    for name, text in articles.items():
        (root / name).write_text(text, encoding="utf-8")
    return root


def _build(corpus, out, **kw):
    kw.setdefault("model", "blank:en")
    kw.setdefault("html", False)
    return build([corpus], out, **kw)


def _labels(ttl) -> set[str]:
    g = Graph().parse(ttl)
    return {str(o) for o in g.objects(None, URIRef("http://www.w3.org/2000/01/rdf-schema#label"))}


def test_rebuild_comes_from_the_cache_and_is_byte_identical(tmp_path):
    corpus = _corpus(tmp_path / "corpus")
    first = _build(corpus, tmp_path / "out", html=True)
    assert (first.analysed, first.cached, first.documents) == (5, 0, 5)
    ttl, html = first.graph.read_bytes(), first.html.read_bytes()
    again = _build(corpus, tmp_path / "out", html=True)
    assert (again.analysed, again.cached) == (0, 5)
    assert again.words == first.words
    assert again.graph.read_bytes() == ttl and again.html.read_bytes() == html


def test_one_changed_file_is_reanalysed_and_matches_a_fresh_build(tmp_path):
    corpus = _corpus(tmp_path / "corpus")
    _build(corpus, tmp_path / "out")
    (corpus / "e.txt").write_text(
        "Vote\n\nCanadian Prime Minister Claire Dubois met Kenyan Foreign Minister "
        "Amara Odhiambo in Ottawa.\n",
        encoding="utf-8",
    )
    (corpus / "f.txt").write_text(
        "New\n\nSpanish Interior Minister Nuria Calvet visited Madrid.\n", encoding="utf-8"
    )
    inc = _build(corpus, tmp_path / "out")
    assert (inc.analysed, inc.cached) == (2, 4)
    fresh = _build(corpus, tmp_path / "fresh", cache=False)
    assert (fresh.analysed, fresh.cached) == (6, 0)
    # --no-cache leaves nothing behind (its results lived in a scratch folder during the build).
    left = {p.name for p in (tmp_path / "fresh").rglob("*")}
    assert ".cache" not in left and not any(n.startswith(".kg-results") for n in left)
    assert inc.graph.read_bytes() == fresh.graph.read_bytes()
    assert "Nuria Calvet" in _labels(inc.graph)


def test_renamed_file_comes_from_the_cache_under_its_new_name(tmp_path):
    corpus = _corpus(tmp_path / "corpus")
    shared = tmp_path / "shared-cache"
    _build(corpus, tmp_path / "out", cache=shared)
    (corpus / "b.txt").rename(corpus / "renamed.txt")
    s = _build(corpus, tmp_path / "out2", cache=shared)
    assert (s.analysed, s.cached) == (0, 5)
    g = Graph().parse(s.graph)
    sources = {str(o) for o in g.objects(None, URIRef("http://purl.org/dc/terms/source"))}
    assert "renamed.txt" in sources and "b.txt" not in sources
    fresh = _build(corpus, tmp_path / "fresh", cache=False)
    assert s.graph.read_bytes() == fresh.graph.read_bytes()


class _Boom:
    def __reduce__(self):
        return (exec, ("raise SystemExit('cache entry ran code')",))


def _entry(head, payload: bytes) -> bytes:
    from kg.pipeline.cache import _FORMAT

    return _FORMAT + pickle.dumps(head) + payload


def test_a_tampered_cache_entry_is_a_miss_and_never_runs(tmp_path):
    import zlib

    corpus = _corpus(tmp_path / "corpus")
    first = _build(corpus, tmp_path / "out")
    cache = tmp_path / "out" / ".cache"
    # Map-stage entries (the validation results of each document live under shacl/).
    entries = sorted(p for p in cache.rglob("*") if p.is_file() and "shacl" not in p.parts)
    assert len(entries) == 5
    entries[0].write_bytes(_entry(_Boom(), b""))  # a header that would run code
    entries[1].write_bytes(b"garbage")
    whole = entries[2].read_bytes()
    entries[2].write_bytes(whole[:-7])  # truncated: the length and CRC no longer hold
    s = _build(corpus, tmp_path / "out")
    assert (s.analysed, s.cached) == (3, 2)
    assert s.graph.read_bytes() == first.graph.read_bytes()
    # A result rewritten with a matching CRC still never runs: the build stops, naming it.
    bad = pickle.dumps(_Boom())
    entries[3].write_bytes(_entry((10, (), len(bad), zlib.crc32(bad)), bad))
    with pytest.raises(KGError, match=r"\[E032\].*--no-cache"):
        _build(corpus, tmp_path / "out")
    assert (tmp_path / "out" / "graph.ttl").read_bytes() == first.graph.read_bytes()


def test_cached_documents_are_counted_without_being_decoded(tmp_path, monkeypatch):
    from kg.pipeline import cache as cache_mod

    corpus = _corpus(tmp_path / "corpus")
    _build(corpus, tmp_path / "out")
    decoded = []
    real_get = cache_mod.ResultCache.get
    monkeypatch.setattr(
        cache_mod.ResultCache,
        "get",
        lambda self, k, raw: decoded.append(k) or real_get(self, k, raw),
    )
    progress = []
    s = _build(corpus, tmp_path / "out", on_progress=lambda: progress.append(1))
    assert (s.analysed, s.cached, len(progress)) == (0, 5, 5)
    # Once per corpus pass (resolution, then the graph), none in the map stage.
    assert len(decoded) == 10
    seen = []
    _build(corpus, tmp_path / "out", on_document=seen.append)
    assert sorted(r.raw.source for r in seen) == sorted(str(p) for p in corpus.iterdir())


def test_fingerprint_follows_model_rules_and_gazetteer(tmp_path):
    import shutil

    from kg.gazetteer import ONTOLOGY_DIR

    onto = tmp_path / "onto"
    shutil.copytree(ONTOLOGY_DIR, onto)
    base = fingerprint("blank:en", onto)
    assert fingerprint("blank:en", onto) == base
    assert fingerprint("blank:de", onto) != base
    # Shapes and overrides are read after the map stage: editing them keeps the cache.
    (onto / "shapes.ttl").write_text("# edited\n", encoding="utf-8")
    (onto / "overrides.tsv").write_text("# edited\n", encoding="utf-8")
    assert fingerprint("blank:en", onto) == base
    roles = onto / "rules" / "roles.tsv"
    roles.write_text(roles.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    after_rules = fingerprint("blank:en", onto)
    assert after_rules != base
    places = onto / "gazetteer" / "places.tsv"
    places.write_text(places.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert fingerprint("blank:en", onto) not in (base, after_rules)


def test_cache_key_is_content_and_media_type():
    from kg.model import RawDocument

    a = RawDocument("x.txt", "", "1" * 64, "text/plain")
    assert ResultCache.key(a) == ResultCache.key(RawDocument("y.txt", "", "1" * 64, "text/plain"))
    assert ResultCache.key(a) != ResultCache.key(RawDocument("x.md", "", "1" * 64, "text/markdown"))
    assert ResultCache.key(a) != ResultCache.key(RawDocument("x.txt", "", "2" * 64, "text/plain"))


def test_empty_after_cleaning_is_skipped_in_input_order(tmp_path):
    corpus = _corpus(tmp_path / "corpus", {**ARTICLES, "b0.html": "<html><body></body></html>"})
    (corpus / "zz.txt").write_bytes(b"")
    s = _build(corpus, tmp_path / "out", cache=False, validate=False)
    assert [sk.code for sk in s.skipped] == ["E006", "E003"]
    assert s.documents == 5


@pytest.fixture
def slow_documents(monkeypatch):
    """Make each document take a little while, so both worker processes get chunks."""
    import importlib

    pb = importlib.import_module("kg.pipeline.build")
    real = pb.process_document

    def slow(*args, **kw):
        time.sleep(0.05)
        return real(*args, **kw)

    monkeypatch.setattr(pb, "process_document", slow)


def test_jobs_runs_the_map_stage_in_that_many_processes(tmp_path, slow_documents):
    articles = {
        f"{i:02d}-{k}": v.replace("\n\n", f"\n\nEdition {i}. ")
        for i in range(4)
        for k, v in ARTICLES.items()
    }
    corpus = _corpus(tmp_path / "corpus", articles)
    one = _build(corpus, tmp_path / "one", jobs=1, cache=False, batch_size=2)
    assert one.workers == 1
    two = _build(corpus, tmp_path / "two", jobs=2, cache=False, batch_size=2)
    assert two.workers == 2 and two.analysed == 20
    assert two.graph.read_bytes() == one.graph.read_bytes()


def test_cli_cache_options_reach_the_build(tmp_path):
    from typer.testing import CliRunner

    from kg.cli import app

    corpus = _corpus(tmp_path / "corpus")
    cache = tmp_path / "c"
    args = ["build", str(corpus), "-o", str(tmp_path / "o"), "-m", "blank:en", "--no-html", "-q"]
    r1 = CliRunner().invoke(app, [*args, "--cache", str(cache)])
    assert r1.exit_code == 0, r1.output
    assert sum(1 for p in cache.rglob("*") if p.is_file() and "shacl" not in p.parts) == 5
    assert sum(1 for p in (cache / "shacl").rglob("*.json")) == 5  # each document's SHACL
    r2 = CliRunner().invoke(app, [*args, "--cache", str(cache)])
    assert re.search(r"from cache\s*│\s*5\s*│", r2.output), r2.output
    assert re.search(r"analysed\s*│\s*0\s*│", r2.output), r2.output
    r3 = CliRunner().invoke(app, [*args, "--no-cache", "--jobs", "2"])
    assert r3.exit_code == 0, r3.output
    assert not (tmp_path / "o" / ".cache").exists()


def test_cleaner_warnings_come_back_from_workers_and_from_the_cache(tmp_path):
    from kg.pipeline import build

    furniture = "<nav><p>Home | World | Sport</p></nav>"
    body = "".join(
        f"<p>Minister Ana Lopez of Chile met officials in Lima on day {i}.</p>" for i in range(3)
    )
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "deep.html").write_text(
        "<html><body>" + "<div>" * 400 + body + "</div>" * 400 + furniture + "</body></html>",
        encoding="utf-8",
    )
    seen = []
    for jobs in (2, 1):  # analysed in two worker processes, then served from the cache
        s = build(
            [tmp_path / "in"],
            tmp_path / "out",
            model="blank:en",
            validate=False,
            html=False,
            jobs=jobs,
        )
        assert s.documents == 1
        seen.append((s.analysed, s.cached, s.notes))
    assert [(a, c) for a, c, _ in seen] == [(1, 0), (0, 1)]
    assert seen[0][2] == seen[1][2]
    assert len(seen[0][2]) == 1 and seen[0][2][0].startswith("[W003] ")
    assert "deep.html" in seen[0][2][0]


def test_a_large_build_frees_the_pipeline_before_the_corpus_stages(tmp_path, monkeypatch):
    """Past RELEASE_AFTER analysed documents the model and the extract stage's vocabulary
    are dropped after the map stage; the outputs are the same bytes, and the next build
    loads the pipeline again."""
    from kg.extract import parse
    from kg.pipeline import parallel

    corpus = _corpus(tmp_path / "in")
    _build(corpus, tmp_path / "kept", cache=False)
    assert parallel._STATE  # a small build keeps the model for the next one
    vocab = parse.shared_vocab()
    monkeypatch.setattr(parallel, "RELEASE_AFTER", len(ARTICLES))
    _build(corpus, tmp_path / "freed", cache=False)
    assert not parallel._STATE
    assert parse.shared_vocab() is not vocab
    assert (tmp_path / "freed" / "graph.ttl").read_bytes() == (
        tmp_path / "kept" / "graph.ttl"
    ).read_bytes()
    _build(corpus, tmp_path / "again", cache=False)
    assert (tmp_path / "again" / "graph.ttl").read_bytes() == (
        tmp_path / "kept" / "graph.ttl"
    ).read_bytes()
