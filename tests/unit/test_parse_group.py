"""Parsed.group's guard against an apposition the parser hangs past a clause's own verb,
checked on hand-made parses (words, heads, dependencies), so the misreading is fixed."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from kg.extract.parse import _across_clause


def _doc(words, heads, deps, pos):
    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos)


@pytest.mark.parametrize(
    ("words", "heads", "deps", "pos", "expected"),
    [
        # "Zhou was granted an audience and later called on Penjor": Penjor hung on Zhou
        (
            ["Zhou", "was", "granted", "audience", "and", "called", "on", "Penjor"],
            [0, 2, 2, 2, 2, 2, 5, 0],
            ["ROOT", "auxpass", "ccomp", "dobj", "cc", "conj", "prep", "appos"],
            ["PROPN", "AUX", "VERB", "NOUN", "CCONJ", "VERB", "ADP", "PROPN"],
            True,
        ),
        # "Kim met Lee, then visited Park": Park hung on Kim past two verbs
        (
            ["Kim", "met", "Lee", ",", "then", "visited", "Park"],
            [0, 0, 1, 1, 5, 1, 0],
            ["ROOT", "conj", "dobj", "punct", "advmod", "conj", "appos"],
            ["PROPN", "VERB", "PROPN", "PUNCT", "ADV", "VERB", "PROPN"],
            True,
        ),
        # "Ruiz, the minister who signed, spoke": the clause's verb is inside the apposition
        (
            ["Ruiz", ",", "minister", "who", "signed", ",", "spoke"],
            [6, 0, 0, 4, 2, 6, 6],
            ["nsubj", "punct", "appos", "nsubj", "relcl", "punct", "ROOT"],
            ["PROPN", "PUNCT", "NOUN", "PRON", "VERB", "PUNCT", "VERB"],
            False,
        ),
        # "Ruiz, Chile's minister, spoke": no verb between the name and its apposition
        (
            ["Ruiz", ",", "Chile", "'s", "minister", ",", "spoke"],
            [6, 0, 4, 2, 0, 6, 6],
            ["nsubj", "punct", "poss", "case", "appos", "punct", "ROOT"],
            ["PROPN", "PUNCT", "PROPN", "PART", "NOUN", "PUNCT", "VERB"],
            False,
        ),
    ],
)
def test_an_apposition_past_a_clause_verb_is_a_misreading(words, heads, deps, pos, expected):
    doc = _doc(words, heads, deps, pos)
    appos = next(t for t in doc if t.dep_ == "appos")
    assert _across_clause(appos.head, appos) is expected
