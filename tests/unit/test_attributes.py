"""The table attribute ruler sets exactly what spaCy's AttributeRuler sets."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy.tokens import Doc

from kg.nlp.attributes import TableAttributeRuler, replace_attribute_ruler

# Patterns of every form the model's ruler uses: TAG maps, words, IN / NOT_IN / REGEX,
# DEP conditions, IS_SPACE, two-token patterns with an index, later rules overriding.
PATTERNS = [
    {"patterns": [[{"TAG": "NN"}]], "attrs": {"POS": "NOUN", "MORPH": "Number=Sing"}},
    {"patterns": [[{"TAG": "VBZ"}]], "attrs": {"POS": "VERB"}},
    {"patterns": [[{"TAG": "PRP"}]], "attrs": {"POS": "PRON"}},
    {"patterns": [[{"TAG": "DT"}]], "attrs": {"POS": "DET"}},
    {"patterns": [[{"TAG": "VBZ", "LOWER": {"IN": ["is", "'s"]}}]], "attrs": {"POS": "AUX"}},
    {"patterns": [[{"TAG": "DT", "LOWER": "the"}]], "attrs": {"MORPH": "Definite=Def"}},
    {"patterns": [[{"LOWER": {"REGEX": "^n[ou]thin'$"}}]], "attrs": {"LEMMA": "nothing"}},
    {
        "patterns": [[{"TAG": {"NOT_IN": ["TO", ""]}, "DEP": {"IN": ["aux"]}}]],
        "attrs": {"POS": "AUX"},
    },
    {
        "patterns": [[{"DEP": "expl"}, {"LOWER": {"IN": ["is", "was"]}}]],
        "attrs": {"POS": "VERB"},
        "index": 1,
    },
    {"patterns": [[{"LOWER": "gon"}, {"LOWER": "na"}]], "attrs": {"LEMMA": "to"}, "index": -1},
    {"patterns": [[{"IS_SPACE": True}]], "attrs": {"TAG": "_SP", "POS": "SPACE"}},
    {
        "patterns": [[{"TAG": "NN", "LOWER": "something"}], [{"TAG": "NN", "LOWER": "nothin'"}]],
        "attrs": {"POS": "PRON"},
    },
]

DOCS = [
    (
        ["There", "is", "the", "cat", "."],
        ["EX", "VBZ", "DT", "NN", "."],
        ["expl", "ROOT", "det", "nsubj", "punct"],
    ),
    (
        ["It", "'s", "nothin'", "\n\n", "really"],
        ["PRP", "VBZ", "NN", "NN", "RB"],
        ["nsubj", "ROOT", "attr", "dep", "advmod"],
    ),
    (
        ["She", "is", "gon", "na", "win", "something"],
        ["PRP", "VBZ", "VBG", "TO", "VB", "NN"],
        ["nsubj", "aux", "ROOT", "aux", "xcomp", "dobj"],
    ),
    (
        ["The", "minister", "has", "resigned"],
        ["DT", "NN", "VBZ", "VBN"],
        ["det", "nsubj", "aux", "ROOT"],
    ),
]


def _annotations(doc: Doc) -> list[tuple]:
    return [(t.pos_, t.tag_, t.dep_, str(t.morph), t.lemma_) for t in doc]


def _doc(nlp, words, tags, deps) -> Doc:
    heads = [next(i for i, d in enumerate(deps) if d == "ROOT")] * len(words)
    return Doc(nlp.vocab, words=words, tags=tags, deps=deps, heads=heads)


@pytest.mark.parametrize("words,tags,deps", DOCS)
def test_same_annotations_as_attribute_ruler(words, tags, deps):
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add_patterns(PATTERNS)
    table = TableAttributeRuler(nlp.vocab)
    table.add_patterns(PATTERNS)
    expected = _annotations(ruler(_doc(nlp, words, tags, deps)))
    got = _annotations(table(_doc(nlp, words, tags, deps)))
    assert got == expected
    assert got != _annotations(_doc(nlp, words, tags, deps))  # the patterns did something


def test_later_pattern_wins_and_patterns_see_the_parsers_values():
    nlp = spacy.blank("en")
    table = TableAttributeRuler(nlp.vocab)
    table.add_patterns(
        [
            {"patterns": [[{"TAG": "NN"}]], "attrs": {"POS": "NOUN", "TAG": "NNP"}},
            # Matched on the original tag NN, though the rule above changed it.
            {"patterns": [[{"TAG": "NN", "LOWER": "anyone"}]], "attrs": {"POS": "PRON"}},
        ]
    )
    doc = table(_doc(nlp, ["anyone", "anything"], ["NN", "NN"], ["ROOT", "dobj"]))
    assert [(t.pos_, t.tag_) for t in doc] == [("PRON", "NNP"), ("NOUN", "NNP")]


@pytest.mark.parametrize(
    "pattern",
    [
        [{"TEXT": "x"}],  # an attribute the table does not key on
        [{"LOWER": {"FUZZY": "x"}}],
        [{"TAG": "NN", "OP": "?"}],
    ],
)
def test_patterns_it_cannot_evaluate_are_refused(pattern):
    table = TableAttributeRuler(spacy.blank("en").vocab)
    with pytest.raises(ValueError):
        table.add_patterns([{"patterns": [pattern], "attrs": {"POS": "X"}}])


def test_a_ruler_it_cannot_evaluate_stays():
    nlp = spacy.blank("en")
    nlp.add_pipe("attribute_ruler").add_patterns(
        [{"patterns": [[{"TEXT": {"FUZZY": "Minister"}}]], "attrs": {"POS": "NOUN"}}]
    )
    assert replace_attribute_ruler(nlp) is False
    assert type(nlp.get_pipe("attribute_ruler")).__name__ == "AttributeRuler"


def test_real_model_annotations_unchanged():
    """The model's own ruler and the table give identical tokens on the seeds and the
    politics set (POS, tag, dependency, morphology, lemma)."""
    from kg.config import DEFAULT_MODEL

    root = Path(__file__).resolve().parents[1]
    texts = [p.read_text(encoding="utf-8") for p in sorted((root.parent / "seeds").glob("*"))]
    texts += [
        p.read_text(encoding="utf-8")
        for p in sorted((root / "fixtures" / "politics").glob("*.txt"))[:30]
    ]
    texts.append(
        "Y'all gonna get it, ain't ya? Let's go. There is a cat, and there were two.\n\n"
        "Gotta run, c'mon. He gets it; I'd have got it. Somethin' ol' 'nuff, nothin' doin'."
    )
    original = spacy.load(DEFAULT_MODEL, exclude=["lemmatizer"])
    fast = spacy.load(DEFAULT_MODEL, exclude=["lemmatizer"])
    assert replace_attribute_ruler(fast)
    assert isinstance(fast.get_pipe("attribute_ruler"), TableAttributeRuler)
    for a, b in zip(original.pipe(texts), fast.pipe(texts), strict=True):
        assert _annotations(b) == _annotations(a)
