"""The explorer read by streaming a sorted graph file gives the page a store gives."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

import kg.viz
from kg.rdf.build import turtle_prefixes
from kg.viz import render_html
from kg.viz.query import load_store, read_graph
from kg.viz.stream import read_graph_file
from kg.viz.synth import synthetic_ntriples

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def _sorted_files(text: str, folder: Path) -> tuple[Path, Path]:
    """``text`` (N-Triples) as sorted N-Triples and as Turtle, the way ``kg build`` writes."""
    lines = sorted({line + "\n" for line in text.splitlines() if line.strip()})
    nt = folder / "graph.nt"
    nt.write_text("".join(lines), encoding="utf-8")
    ttl = folder / "graph.ttl"
    with ttl.open("wb") as fh:
        ox.serialize(
            ox.parse(path=nt, format=ox.RdfFormat.N_TRIPLES),
            fh,
            format=ox.RdfFormat.TURTLE,
            prefixes=turtle_prefixes(),
        )
    return nt, ttl


def _page_from_store(path: Path, out: Path, monkeypatch: pytest.MonkeyPatch, **kw) -> bytes:
    """The page made the old way: the whole file loaded into a store."""
    with monkeypatch.context() as m:
        m.setattr(kg.viz, "read_graph_file", lambda _path: None)
        render_html(path, out, **kw)
    return out.read_bytes()


def _same_data(path: Path) -> None:
    streamed = read_graph_file(path)
    assert streamed is not None, "a sorted file is streamed"
    assert streamed == read_graph(load_store(path))


def test_seeds_page_is_the_page_a_store_gives(seeds_build, tmp_path, monkeypatch) -> None:
    graph = Path(seeds_build.graph)
    _same_data(graph)
    # The build's page came from the stream; the context sentences are read from seeds/.
    old = _page_from_store(graph, tmp_path / "store.html", monkeypatch)
    assert Path(seeds_build.html).read_bytes() == old
    assert b'"before":' in old  # the comparison covers the neighbouring sentences too
    render_html(graph, tmp_path / "stream.html")
    assert (tmp_path / "stream.html").read_bytes() == old


@pytest.mark.parametrize(("nodes", "edges", "seed"), [(60, 150, 1), (300, 900, 7)])
def test_synthetic_page_is_the_page_a_store_gives(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, nodes: int, edges: int, seed: int
) -> None:
    nt, ttl = _sorted_files(synthetic_ntriples(nodes, edges, seed), tmp_path)
    for path in (nt, ttl):
        _same_data(path)
        old = _page_from_store(path, tmp_path / "store.html", monkeypatch, max_nodes=nodes // 3)
        stats = render_html(path, tmp_path / "stream.html", max_nodes=nodes // 3)
        assert (tmp_path / "stream.html").read_bytes() == old
        assert stats.bytes == len(old) and stats.hidden_nodes > 0


def test_mentions_before_their_assertions_are_read_again(tmp_path: Path) -> None:
    """Mention IRIs that sort before the assertions: the evidence highlights still come
    from them (a second pass), as a store would give."""
    text = synthetic_ntriples(80, 200, 3).replace("/id/mention/", "/id/a-mention/")
    _, ttl = _sorted_files(text, tmp_path)
    streamed = read_graph_file(ttl)
    assert streamed is not None
    assert streamed == read_graph(load_store(ttl))
    assert sum(len(a.spans) for a in streamed.assertions) > 100


def test_mention_counts_and_documents_per_entity(tmp_path: Path) -> None:
    ttl = tmp_path / "g.ttl"
    ttl.write_text(
        """@prefix kg: <https://w3id.org/kg-news/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> .
<https://example.org/d1> a kg:Document .
<https://example.org/m/1> kg:denotes <https://example.org/p/ann> ; kg:document <https://example.org/d1> ; nif:beginIndex 0 ; nif:endIndex 3 .
<https://example.org/m/2> kg:denotes <https://example.org/p/ann> ; kg:document <https://example.org/d2> ; nif:beginIndex 5 ; nif:endIndex 8 .
<https://example.org/m/3> kg:denotes <https://example.org/p/ann>, <https://example.org/p/bo> .
<https://example.org/p/ann> a kg:Person ; rdfs:label "Ann", "Anne" ; kg:mentionedIn <https://example.org/d1> .
<https://example.org/p/bo> a kg:Person, kg:Country .
""",
        encoding="utf-8",
    )
    g = read_graph_file(ttl)
    assert g is not None and g == read_graph(load_store(ttl))
    ann, bo = g.entities["https://example.org/p/ann"], g.entities["https://example.org/p/bo"]
    assert (ann.label, ann.aliases, ann.mentions, ann.docs) == (
        "Ann",
        set(),
        3,
        {"https://example.org/d1"},
    )
    assert (bo.cls, bo.label, bo.mentions) == ("Country", "bo", 1)
    assert sorted(g.docs) == ["https://example.org/d1", "https://example.org/d2"]


@pytest.mark.parametrize(
    "text",
    [
        # subjects out of order
        "<https://example.org/b> <https://example.org/p> 1 .\n"
        "<https://example.org/a> <https://example.org/p> 1 .\n",
        # one subject in two places
        "<https://example.org/a> <https://example.org/p> 1 .\n"
        "<https://example.org/b> <https://example.org/p> 1 .\n"
        "<https://example.org/a> <https://example.org/p> 2 .\n",
        # a blank node (its label is the parser's, not the store's)
        "_:x <https://example.org/p> 1 .\n",
        # not RDF at all
        "this is not turtle\n",
    ],
)
def test_files_not_sorted_by_subject_take_the_store_path(tmp_path: Path, text: str) -> None:
    path = tmp_path / "g.nt"
    path.write_text(text, encoding="utf-8")
    assert read_graph_file(path) is None


def test_hand_written_and_other_formats_still_render(tmp_path: Path) -> None:
    small = FIXTURES / "viz_small.ttl"
    assert read_graph_file(small) is None  # written by hand, not sorted
    render_html(small, tmp_path / "a.html")
    trig = tmp_path / "g.trig"
    store = load_store(small)
    with trig.open("wb") as fh:
        store.dump(fh, format=ox.RdfFormat.TRIG)
    assert read_graph_file(trig) is None  # named graphs: a store reads them as one
    render_html(trig, tmp_path / "b.html")
    assert (tmp_path / "a.html").read_bytes() == (tmp_path / "b.html").read_bytes()


def test_page_benchmark_compares_both_ways(tmp_path: Path, capsys, monkeypatch) -> None:
    from kg.bench.stages import main

    _, ttl = _sorted_files(synthetic_ntriples(40, 90, 5), tmp_path)
    pages = []
    for flags in ([], ["--store"]):
        work = tmp_path / f"work{len(pages)}"
        assert main(["page", "--graph", str(ttl), "--work", str(work), *flags]) == 0
        pages.append((work / "page.html").read_bytes())
    out = capsys.readouterr().out
    assert "streamed:" in out and "whole store:" in out
    assert pages[0] == pages[1] == _page_from_store(ttl, tmp_path / "s.html", monkeypatch)
    assert kg.viz.read_graph_file is read_graph_file  # the benchmark put the stream back


def _tapped(path: Path, fmt=ox.RdfFormat.N_TRIPLES):
    from kg.viz.stream import GraphTap

    tap = GraphTap()
    seen = list(tap.through(ox.parse(path=path, format=fmt)))
    assert seen == list(ox.parse(path=path, format=fmt))  # the triples pass unchanged
    return tap.result()


def test_a_tap_on_the_written_triples_reads_what_the_file_gives(tmp_path: Path) -> None:
    nt, _ = _sorted_files(synthetic_ntriples(120, 300, 5), tmp_path)
    tapped = _tapped(nt)
    assert tapped is not None and tapped == read_graph_file(nt) == read_graph(load_store(nt))
    assert tapped.assertions and tapped.entities


def test_a_tap_gives_nothing_when_the_file_would_need_the_store_or_a_second_pass(
    tmp_path: Path,
) -> None:
    bad = tmp_path / "bad.nt"
    bad.write_text(
        '<https://example.org/b> <https://example.org/p> "1" .\n'
        '<https://example.org/a> <https://example.org/p> "1" .\n',
        encoding="utf-8",
    )
    assert _tapped(bad) is None
    text = synthetic_ntriples(80, 200, 3).replace("/id/mention/", "/id/a-mention/")
    late, _ = _sorted_files(text, tmp_path)
    assert _tapped(late) is None and read_graph_file(late) is not None
