"""Abbreviations and aliases (one node per entity in a document and across documents), names
the model splits, and every entity linked to the documents that mention it."""

from __future__ import annotations

import pytest

from kg.gazetteer import load_gazetteer
from kg.nlp import load_pipeline
from kg.pipeline.build import analyse_text
from kg.resolve.corpus import resolve_corpus


@pytest.fixture(scope="module")
def model():
    nlp = load_pipeline()
    return lambda text: analyse_text(text, nlp)


def keys(res):
    return {m.anchor: m.key for m in res.mentions}


@pytest.mark.parametrize(
    ("text", "short", "full"),
    [
        (
            "Members of Prawo i Sprawiedliwość (PiS) met. The PiS chairman spoke.",
            "PiS",
            "Prawo i Sprawiedliwość",
        ),
        (
            "The Workers' Party (PT) won. The PT leader spoke.",
            "PT",
            "Workers' Party",
        ),
        (
            "The Kenya Wildlife Service (KWS) said so. The KWS later denied it.",
            "KWS",
            "Kenya Wildlife Service",
        ),
    ],
)
def test_acronym_in_parentheses_even_in_another_language(model, text, short, full):
    k = keys(model(text))
    assert k[short] == k[full]


@pytest.mark.parametrize(
    ("text", "short", "full"),
    [
        (
            "The ODM, the Orange Democratic Movement, walked out. The ODM later returned.",
            "ODM",
            "Orange Democratic Movement",
        ),
        (
            "The PRI, the Partido Revolucionario Institucional, lost. The PRI leader resigned.",
            "PRI",
            "Partido Revolucionario Institucional",
        ),
        (
            "The KWS, the Kenya Wildlife Service, said so.",
            "KWS",
            "Kenya Wildlife Service",
        ),
    ],
)
def test_acronym_then_its_expansion(model, text, short, full):
    k = keys(model(text))
    assert k[short] == k[full]


def test_acronym_known_as_something_else_is_not_an_alias(model):
    k = keys(model("The Ministry of Maritime Affairs (AFP) said so."))
    assert k.get("AFP") != k["Ministry of Maritime Affairs"]


def test_acronym_alone_in_another_document_joins_the_defined_entity(model):
    # a party no gazetteer lists (the Orange Democratic Movement is curated now)
    a = model("The Lakeside Renewal Movement (LRM) walked out.")
    b = model("Members of the LRM returned on Monday.")
    index = resolve_corpus([a, b], load_gazetteer())
    assert index.canonical("Organization:lrm") == index.canonical(
        keys(a)["Lakeside Renewal Movement"]
    )


@pytest.mark.parametrize(
    "text",
    [
        "The ruling Workers' Party won.",
        "The People's Party for Freedom and Democracy lost.",
        "Pakistan Peoples Party leaders met.",
    ],
)
def test_collective_noun_party_names_are_one_organisation(model, text):
    res = model(text)
    orgs = [e.label for e in res.entities if e.cls == "Organization"]
    assert len(orgs) == 1 and "Party" in orgs[0]
    assert not [e for e in res.entities if e.cls == "Person"]


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan President Jane Ruto spoke.",
        "The Kenyan Defence Minister Jane Ruto spoke.",
        "Jane Ruto, Kenya's foreign minister, spoke.",
    ],
)
def test_body_implied_by_a_title_is_mentioned_in_the_document(analyse, text):
    res = analyse(text)
    bodies = [e for e in res.entities if e.cls == "Government"]
    assert bodies, res.entities
    index = resolve_corpus([res], load_gazetteer())
    for b in bodies:
        assert res.raw.sha256 in index.get(b.key).docs


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("Nawrocki, backed by the Law and Justice party (PiS), won.", "Law and Justice"),
        # made-up names: a curated party would be read from the gazetteer instead
        ("Sonko, who heads the ruling Kibaro party, spoke.", "Kibaro"),
        ("The Lanterna party of Péter Magyar leads the polls.", "Lanterna"),
    ],
)
def test_capitalised_name_before_party_is_an_organisation(model, text, party):
    res = model(text)
    assert party in {e.label for e in res.entities if e.cls == "Organization"}


@pytest.mark.parametrize(
    ("text", "key"),
    [
        # "Congo" is the Democratic Republic unless the text names only the Republic
        ("Congo and Angola signed a border deal in Luanda.", "gaz:CD"),
        (
            "The Democratic Republic of Congo and Rwanda met in Doha. Congo said the talks "
            "went well.",
            "gaz:CD",
        ),
        (
            "The Republic of the Congo and Gabon signed a deal. Congo said the deal was fair.",
            "gaz:CG",
        ),
        (
            "Envoys from the Republic of Congo arrived in Libreville. Congo wants a seat on the "
            "board.",
            "gaz:CG",
        ),
    ],
)
def test_a_short_country_name_is_the_state_the_text_names_in_full(model, text, key):
    assert keys(model(text))["Congo"] == key
