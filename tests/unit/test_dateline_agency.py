"""The agency a wire dateline names ("TOKYO (Reuters) -") is an organisation the document
mentions, though the cleaner takes the dateline out of the text; a publisher that only the
page's metadata names is none."""

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
