"""The streamed graph writer gives the same Turtle and counts as the in-memory builder."""

from __future__ import annotations

import pytest
from rdflib import Graph
from rdflib.compare import isomorphic

from kg.gazetteer import load_gazetteer
from kg.pipeline import extract_corpus
from kg.rdf.build import build_graph, serialise_turtle
from kg.rdf.stream import build_turtle
from kg.resolve.corpus import resolve_corpus
from tests.unit.test_map_stage import ARTICLES, _corpus


@pytest.mark.parametrize("run_size", [7, 100, 1_000_000])
def test_spilled_runs_merge_into_the_same_bytes(tmp_path, run_size):
    corpus = _corpus(tmp_path / "corpus")
    results = extract_corpus([corpus], model="blank:en")
    gaz = load_gazetteer()
    g = build_graph(results, resolve_corpus(results, gaz), gaz)
    expected = serialise_turtle(g.triples())
    out = tmp_path / "out" / "graph.ttl"
    stats = build_turtle(results, resolve_corpus(results, gaz), gaz, out, run_size=run_size)
    assert out.read_bytes() == expected
    assert stats == g.stats() and stats.relations.get("met", 0) >= 2
    assert isomorphic(Graph().parse(out), Graph().parse(data=expected, format="turtle"))
    assert [p.name for p in out.parent.iterdir()] == ["graph.ttl"]  # runs cleaned up
    assert len(ARTICLES) == len(results)
