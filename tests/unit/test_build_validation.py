"""The build's SHACL: document subgraphs come from the cache, the report is the whole graph's."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.pipeline import validation
from kg.rdf.build import GraphBuilder
from kg.rdf.shacl_sparql import validate_fast
from tests.unit.test_map_stage import _build, _corpus


@pytest.fixture
def spy(monkeypatch):
    """How many document subgraphs each build validated afresh (and whether it split)."""
    seen: list[tuple[int, int, bool]] = []
    close = validation.SplitWriter.close

    def spying(self):
        close(self)
        seen.append((len(self.pending), len(self.cached), self.ok))

    monkeypatch.setattr(validation.SplitWriter, "close", spying)
    return seen


def _whole(ttl) -> list[str]:
    return sorted({v.line() for v in validate_fast(ttl.read_bytes()).violations})


def test_rebuild_validates_only_the_changed_document(tmp_path, spy):
    corpus = _corpus(tmp_path / "corpus")
    first = _build(corpus, tmp_path / "out")
    assert spy[-1] == (5, 0, True) and first.violations == 0
    (corpus / "b.txt").write_text(
        "Budget row\n\nGerman Finance Minister Lotte Brenner met Kenyan Foreign Minister "
        "Amara Odhiambo in Berlin.\n",
        encoding="utf-8",
    )
    again = _build(corpus, tmp_path / "out")
    assert spy[-1] == (1, 4, True)
    assert again.violation_lines == _whole(again.graph) == []
    # --no-cache validates every document and keeps nothing.
    _build(corpus, tmp_path / "fresh", cache=False)
    assert spy[-1] == (5, 0, True)
    assert not (tmp_path / "fresh" / ".cache").exists()


def _break_mentions(monkeypatch) -> None:
    """Give two documents a mention whose offsets are wrong (a broken builder)."""
    add_document = GraphBuilder.add_document

    def broken(self, res):
        add_document(self, res)
        if Path(res.raw.source).name in ("a.txt", "c.md"):
            node = ox.NamedNode(f"{self.base}mention/{res.raw.sha256[:16]}/9-3")
            d = self.doc_iri(res.raw.sha256)
            self.add(
                node,
                ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
                ox.NamedNode("https://w3id.org/kg-news/ontology#Mention"),
            )
            self.add(node, ox.NamedNode("https://w3id.org/kg-news/ontology#document"), d)
            nif = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"
            self.add(node, ox.NamedNode(nif + "beginIndex"), ox.Literal("9"))
            self.add(
                node,
                ox.NamedNode(nif + "endIndex"),
                ox.Literal(
                    "3",
                    datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#nonNegativeInteger"),
                ),
            )

    monkeypatch.setattr(GraphBuilder, "add_document", broken)


def test_violations_from_the_cache_equal_the_whole_graphs(tmp_path, spy, monkeypatch):
    _break_mentions(monkeypatch)
    corpus = _corpus(tmp_path / "corpus")
    first = _build(corpus, tmp_path / "out")
    assert first.violations > 0 and spy[-1][0] == 5
    assert sum("/9-3" in line for line in first.violation_lines) >= 2
    assert first.violation_lines == _whole(first.graph)
    again = _build(corpus, tmp_path / "out")
    assert spy[-1] == (0, 5, True)
    assert again.violation_lines == first.violation_lines


def test_a_graph_the_split_cannot_promise_is_validated_whole(tmp_path, spy, monkeypatch):
    add_document = GraphBuilder.add_document

    def odd(self, res):
        add_document(self, res)
        # A document typed as a person: its checks would reach into the entity layer.
        self.add(
            self.doc_iri(res.raw.sha256),
            ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
            ox.NamedNode("https://w3id.org/kg-news/ontology#Person"),
        )

    monkeypatch.setattr(GraphBuilder, "add_document", odd)
    s = _build(_corpus(tmp_path / "corpus"), tmp_path / "out")
    assert spy[-1][2] is False
    assert s.violations > 0 and s.violation_lines == _whole(s.graph)


def test_validation_in_small_batches_reports_the_whole_graphs(tmp_path, monkeypatch):
    """Document files and layer batches of a few lines: the same report as one store."""
    from kg.rdf import shacl_split

    _break_mentions(monkeypatch)
    files: list[tuple[int, int]] = []
    close = validation.SplitWriter.close

    def counting(self):
        close(self)
        files.append((len(list(self.dir.glob("documents-*"))), len(self._buckets)))

    monkeypatch.setattr(validation.SplitWriter, "close", counting)
    monkeypatch.setattr(shacl_split, "BATCH_LINES", 40)
    s = _build(_corpus(tmp_path / "corpus"), tmp_path / "out", cache=False)
    assert files[-1][0] >= 3 and files[-1][1] >= 10  # several files, many buckets
    assert s.violations > 0 and s.violation_lines == _whole(s.graph)
