"""The page's evidence context comes from a cache of cleaned files, checked by hash."""

from __future__ import annotations

import json

import pytest

from kg.pipeline import build
from kg.viz import context

ARTICLES = {
    "a.txt": "Talks in Oslo\n\nThe weather was mild. Kenyan Foreign Minister Amara Odhiambo "
    "met Japanese Prime Minister Sanae Takaichi in Oslo on Monday. Both spoke afterwards.\n",
    "b.txt": "Pact\n\nMarkets were calm. France and India signed a trade pact in Paris on "
    "Friday. Officials called it historic.\n",
}


@pytest.fixture
def corpus(tmp_path):
    root = tmp_path / "in"
    root.mkdir()
    for name, text in ARTICLES.items():
        (root / name).write_text(text, encoding="utf-8")
    return root


def _entries(out):
    return sorted(p for p in (out / ".cache").rglob("*.json") if "context" in p.parts)


def test_rebuild_reads_cleaned_files_from_the_cache_and_writes_the_same_page(
    corpus, tmp_path, monkeypatch
):
    first = build([corpus], tmp_path / "out", model="blank:en", validate=False)
    page = (tmp_path / "out" / "graph.html").read_bytes()
    assert b"The weather was mild." in page  # a sentence around the evidence
    assert len(_entries(tmp_path / "out")) == 2
    assert first.html is not None

    import kg.clean

    def no_clean(*a, **k):
        raise AssertionError("a cached file was cleaned again")

    monkeypatch.setattr(kg.clean, "clean", no_clean)
    (tmp_path / "out" / "graph.html").unlink()
    (tmp_path / "out" / "current" / "graph.html").unlink(missing_ok=True)
    build([corpus], tmp_path / "out", model="blank:en", validate=False)
    assert (tmp_path / "out" / "graph.html").read_bytes() == page


def test_a_changed_file_gets_no_context_even_with_a_cache_entry(corpus, tmp_path):
    build([corpus], tmp_path / "out", model="blank:en", validate=False)
    graph = tmp_path / "out" / "graph.ttl"
    cache = next(p for p in (tmp_path / "out" / ".cache").rglob("context") if p.is_dir())
    (corpus / "a.txt").write_text(ARTICLES["a.txt"].replace("mild", "cold"), encoding="utf-8")
    from kg.viz import render_html

    out = tmp_path / "again.html"
    render_html(graph, out, roots=[corpus], context_cache=cache)
    page = out.read_bytes()
    assert b"The weather was" not in page  # the file no longer hashes to the graph's sha256
    assert b"Markets were calm." in page


def test_a_broken_cache_entry_is_a_miss(corpus, tmp_path):
    build([corpus], tmp_path / "out", model="blank:en", validate=False)
    page = (tmp_path / "out" / "graph.html").read_bytes()
    for entry in _entries(tmp_path / "out"):
        entry.write_text("{not json", encoding="ascii")
    cache = _entries(tmp_path / "out")[0].parent.parent
    from kg.viz import render_html

    out = tmp_path / "again.html"
    render_html(tmp_path / "out" / "graph.ttl", out, roots=[corpus], context_cache=cache)
    assert out.read_bytes() == page
    # ... and the entries were written again, whole.
    for entry in _entries(tmp_path / "out"):
        assert set(json.loads(entry.read_text(encoding="ascii"))) == {"text", "runs"}


def test_cached_text_and_offsets_round_trip(tmp_path):
    src = tmp_path / "x.html"
    src.write_text(
        "<html><body><article><p>Caf&eacute; talks &amp; more.</p>"
        "<p>Second sentence here.</p></article></body></html>",
        encoding="utf-8",
    )
    import hashlib

    sha = hashlib.sha256(src.read_bytes()).hexdigest()
    fresh = context._cleaned(src, sha, None)
    stored = context._cleaned(src, sha, tmp_path / "cache")
    again = context._cleaned(src, sha, tmp_path / "cache")
    assert fresh is not None and fresh == stored == again
    assert context._cleaned(src, "0" * 64, tmp_path / "cache") is None
