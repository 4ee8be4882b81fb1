"""An HTML article through the whole build: metadata, furniture, offsets into the markup."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.vocab import id_prefixes, sparql_prefixes

pytestmark = pytest.mark.integration
ARTICLE = Path(__file__).resolve().parents[1] / "fixtures" / "pipeline_article.html"


@pytest.fixture(scope="module")
def graph(tmp_path_factory):
    from kg.pipeline import build

    summary = build([ARTICLE], tmp_path_factory.mktemp("html"))
    assert summary.violations == 0, summary.violation_lines
    store = ox.Store()
    store.load(path=str(summary.graph), format=ox.RdfFormat.TURTLE)
    prefixes = sparql_prefixes(id_prefixes())

    def run(q):
        res = store.query(prefixes + q)
        return bool(res) if isinstance(res, ox.QueryBoolean) else list(res)

    return run


def test_metadata_from_the_page(graph):
    (row,) = graph(
        "SELECT ?t ?d ?b WHERE { ?doc a kg:Document ; dcterms:title ?t ; dcterms:date ?d ; kg:byline ?b }"
    )
    assert [row[i].value for i in range(3)] == [
        "Japan and U.S. sign pact",
        "2026-01-17",
        "Jane Doe",
    ]


def test_no_entity_from_scripts_menus_or_related_links(graph):
    labels = {r[0].value for r in graph("SELECT ?l WHERE { ?e kg:mentionedIn ?d ; rdfs:label ?l }")}
    assert {"Shinjiro Koizumi", "Pete Hegseth", "Giorgia Meloni", "Japan"} <= labels
    assert not labels & {"Real Madrid", "IShowSpeed", "Home", "Politics"}


def test_offsets_point_into_the_markup_and_readers_get_plain_text(graph):
    raw = ARTICLE.read_text(encoding="utf-8")
    for r in graph(
        "SELECT ?a ?b ?e WHERE { ?m nif:anchorOf ?a ; nif:beginIndex ?b ; nif:endIndex ?e }"
    ):
        assert raw[int(r[1].value) : int(r[2].value)] == r[0].value
    rows = graph(
        """SELECT ?ev ?plain ?b ?e WHERE { ?a kg:evidence ?ev ; kg:evidenceText ?plain ;
             nif:beginIndex ?b ; nif:endIndex ?e . FILTER(CONTAINS(?ev, "&rsquo;")) }"""
    )
    assert rows
    for ev, plain, b, e in rows:
        assert raw[int(b.value) : int(e.value)] == ev.value
        assert "Japan’s Defense Minister" in plain.value and "&" not in plain.value


def test_weekday_date_uses_the_publication_date(graph):
    assert graph('ASK { ?ag a kg:Agreement ; dcterms:date "2026-01-16"^^xsd:date }')
