"""Mentions the cleaner or a body's name hides: the agency a wire dateline names ("TOKYO
(Reuters) -") is an organisation the document mentions, though the cleaner takes the dateline
out of the text (a publisher only the page's metadata names is none); a state named in the
possessive before its body ("Spain's government") is mentioned too (a demonym is not).
"""

from __future__ import annotations

import hashlib

import pytest

from kg.clean import clean
from kg.gazetteer import load_gazetteer
from kg.model import RawDocument
from kg.nlp import annotate, load_pipeline
from kg.pipeline.build import process_document
from kg.rules import load_rules


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline("blank:en")


def organisations(nlp, text: str, publisher: str | None = None) -> set[str]:
    raw = RawDocument(
        "a.txt", text, hashlib.sha256(text.encode()).hexdigest(), "text/plain", publisher=publisher
    )
    gaz = load_gazetteer()
    (adoc,) = annotate([clean(raw)], nlp, gaz=gaz)
    res = process_document(adoc, gaz, load_rules())
    return {e.label for e in res.entities if e.cls == "Organization"}


@pytest.mark.parametrize(
    ("text", "agency"),
    [
        ("TOKYO, March 3 (Reuters) - Japan and Australia signed a defence pact.", "Reuters"),
        (
            "NAIROBI (AFP) - Kenya and Uganda signed a border treaty on Tuesday.",
            "Agence France-Presse",
        ),
        (
            "LIMA, Peru (AP) - Peru's congress voted on Monday to remove the minister.",
            "Associated Press",
        ),
    ],
)
def test_a_dateline_agency_is_an_organisation_mentioned(nlp, text, agency):
    assert agency in organisations(nlp, text)


def test_a_publisher_only_metadata_names_is_no_mention(nlp):
    text = "Japan and Australia signed a defence pact on Monday, officials said."
    assert "Reuters" not in organisations(nlp, text, publisher="Reuters")


@pytest.fixture(scope="module")
def model():
    return load_pipeline()


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("The plan stalled after Spain's government declined to approve it on Monday.", "Spain"),
        ("China's foreign ministry spokesman, Lin Haoming, said the talks had ended.", "China"),
        ("Ankara signed a memorandum with Libya's Government of National Accord in 2019.", "Libya"),
    ],
)
def test_a_state_named_in_the_possessive_before_its_body_is_mentioned(model, text, state):
    from kg.pipeline.build import analyse_text

    countries = {e.label for e in analyse_text(text, model).entities if e.cls == "Country"}
    assert state in countries, countries


def test_a_demonym_before_a_body_mentions_no_state(model):
    from kg.pipeline.build import analyse_text

    text = "The plan stalled after the Spanish government declined to approve it on Monday."
    assert "Spain" not in {
        e.label for e in analyse_text(text, model).entities if e.cls == "Country"
    }
