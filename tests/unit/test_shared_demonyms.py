"""Demonyms two states share ("Dominican", "Korean", "Congolese") are read as the one state a
document names (ontology/rules/ambiguous_demonyms.tsv), and as none when it names both or
neither: no title is given to the wrong state."""

from __future__ import annotations

import pytest

from kg.gazetteer import load_gazetteer, settle_demonyms
from kg.nlp import load_pipeline
from kg.pipeline.build import analyse_text
from kg.rules import load_rules


@pytest.fixture(scope="module")
def shared():
    return load_gazetteer(), load_rules().ambiguous_demonyms


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("SANTO DOMINGO, Aug 18 (EFE) - Dominican officials said.", "Dominican", "DO"),
        ("Dominican ministers met in Roseau on Friday.", "Dominican", "DM"),
        ("Fighting in the Democratic Republic of Congo; Congolese troops left.", "Congolese", "CD"),
        ("Talks in Brazzaville; Congolese officials agreed.", "Congolese", "CG"),
        ("In Seoul, Korean officials said.", "Korean", "KR"),
        # both states or neither: unread
        ("Korean officials from Seoul and Pyongyang met.", "Korean", None),
        ("Dominican officials met.", "Dominican", None),
        # "Republic of Congo" inside "Democratic Republic of Congo" names the other state
        ("The Democratic Republic of Congo said Congolese troops left.", "Congolese", "CD"),
        # an acronym must be written as it is: "drc" is no name
        ("The drc said Congolese troops left.", "Congolese", None),
    ],
)
def test_a_document_settles_a_shared_demonym(shared, text, word, expected):
    gaz, table = shared
    entry = settle_demonyms(gaz, table, text).demonym(word)
    assert (entry.id if entry else None) == expected


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline()


def _roles(nlp, text: str) -> set[tuple[str, str]]:
    return {
        (r.subject.split(":", 1)[1], r.object)
        for r in analyse_text(text, nlp).relations
        if r.predicate == "memberOf"
    }


@pytest.mark.parametrize(
    ("text", "person", "body"),
    [
        (
            "SANTO DOMINGO, Aug 18 (EFE) - Dominican President Héctor Valdez Mejía replaced four "
            "ministers on Tuesday.",
            "héctor valdez mejía",
            "gaz:gov:DO",
        ),
        (
            "Fighting went on in the Democratic Republic of Congo. Congolese Foreign Minister "
            "Thérèse Mbala flew to Luanda.",
            "thérèse mbala",
            "gaz:gov:CD:foreign",
        ),
        (
            "Talks opened in Brazzaville. Congolese President Firmin Okemba welcomed the "
            "delegations.",
            "firmin okemba",
            "gaz:gov:CG",
        ),
    ],
)
def test_a_settled_demonym_gives_the_title_its_state(nlp, text, person, body):
    assert (person, body) in _roles(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # both Koreas named: "Korean" says neither
        "Officials from Seoul and Pyongyang met. Korean Unification Minister Kim Min-su spoke.",
        # both Congos named: not the country the document is about either
        "Leaders of the Central African states gathered in Bangui on Tuesday, with the Republic "
        "of the Congo taking over the chair and the Democratic Republic of Congo absent. "
        "Congolese President Serge Ibovi, the host, received the chair from Gabonese President "
        "Aimé Ndong.",
        "Rwanda hosted the talks. Congolese Foreign Minister Thérèse Mbala arrived in Kigali.",
    ],
)
def test_an_unsettled_demonym_gives_no_state(nlp, text):
    bodies = {b for _, b in _roles(nlp, text)}
    assert not bodies & {
        "gaz:gov:RW:foreign",
        "gaz:gov:KR:unification",
        "gaz:gov:KP:unification",
        "gaz:gov:CF",
    }
