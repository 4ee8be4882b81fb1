"""The table dependency matcher finds exactly what spaCy's DependencyMatcher finds."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy.matcher import DependencyMatcher
from spacy.tokens import Doc, Span

from kg.extract.depmatch import TableDependencyMatcher

MET = [
    {"RIGHT_ID": "v", "RIGHT_ATTRS": {"LOWER": {"IN": ["met", "meets"]}, "POS": "VERB"}},
    {
        "LEFT_ID": "v",
        "REL_OP": ">",
        "RIGHT_ID": "a",
        "RIGHT_ATTRS": {"DEP": "nsubj", "ENT_TYPE": "Person"},
    },
    {
        "LEFT_ID": "v",
        "REL_OP": ">",
        "RIGHT_ID": "b",
        "RIGHT_ATTRS": {"DEP": {"IN": ["dobj", "pobj"]}, "ENT_TYPE": {"IN": ["Person"]}},
    },
]
NOT_A_NAME = [
    {"RIGHT_ID": "v", "RIGHT_ATTRS": {"ORTH": {"IN": ["signed", "Signed"]}}},
    {
        "LEFT_ID": "v",
        "REL_OP": ">>",
        "RIGHT_ID": "x",
        "RIGHT_ATTRS": {
            "ENT_TYPE": {"NOT_IN": ["Person", "Country"]},
            "POS": {"NOT_IN": ["PUNCT"]},
        },
    },
]
ANY_CHILD = [
    {"RIGHT_ID": "v", "RIGHT_ATTRS": {"DEP": "ROOT"}},
    {"LEFT_ID": "v", "REL_OP": ".*", "RIGHT_ID": "x", "RIGHT_ATTRS": {}},
]

# (words, heads, deps, pos, persons as token ranges)
SENTENCES = [
    (
        ["Ana", "Costa", "met", "Li", "Wei", "."],
        [1, 2, 2, 4, 2, 2],
        ["compound", "nsubj", "ROOT", "compound", "dobj", "punct"],
        ["PROPN", "PROPN", "VERB", "PROPN", "PROPN", "PUNCT"],
        [(0, 2), (3, 5)],
    ),
    (
        ["Peru", "signed", "the", "pact", "with", "Chile", ";", "Ruiz", "meets", "Soto"],
        [1, 1, 3, 1, 1, 4, 1, 8, 8, 8],
        ["nsubj", "ROOT", "det", "dobj", "prep", "pobj", "punct", "nsubj", "ROOT", "dobj"],
        ["PROPN", "VERB", "DET", "NOUN", "ADP", "PROPN", "PUNCT", "PROPN", "VERB", "PROPN"],
        [(7, 8), (9, 10)],
    ),
    (
        ["Officials", "met", "in", "Lima", "with", "Ruiz", "."],
        [1, 1, 1, 2, 1, 4, 1],
        ["nsubj", "ROOT", "prep", "pobj", "prep", "pobj", "punct"],
        ["NOUN", "VERB", "ADP", "PROPN", "ADP", "PROPN", "PUNCT"],
        [(5, 6)],
    ),
]


def _doc(vocab, words, heads, deps, pos, persons) -> Doc:
    doc = Doc(vocab, words=words, heads=heads, deps=deps, pos=pos)
    doc.ents = [Span(doc, s, e, label="Person") for s, e in persons]
    return doc


def _matches(matcher, doc) -> list:
    return sorted((m, tuple(ids)) for m, ids in matcher(doc))


@pytest.mark.parametrize("sentence", SENTENCES)
def test_same_matches_as_dependency_matcher(sentence):
    vocab = spacy.blank("en").vocab
    slow, fast = DependencyMatcher(vocab), TableDependencyMatcher(vocab)
    for m in (slow, fast):
        m.add("met", [MET])
        m.add("signed", [NOT_A_NAME, ANY_CHILD])
    doc = _doc(vocab, *sentence)
    assert _matches(fast, doc) == _matches(slow, doc)
    assert fast._table_ok


def test_the_meeting_is_found():
    vocab = spacy.blank("en").vocab
    fast = TableDependencyMatcher(vocab)
    fast.add("met", [MET])
    doc = _doc(vocab, *SENTENCES[0])
    assert [[doc[i].text for i in ids] for _, ids in fast(doc)] == [["met", "Costa", "Wei"]]
    doc = _doc(vocab, *SENTENCES[1])
    assert [[doc[i].text for i in ids] for _, ids in fast(doc)] == [["meets", "Ruiz", "Soto"]]
    assert fast(_doc(vocab, *SENTENCES[2])) == []  # nobody met "Officials" by name


def test_a_node_it_cannot_evaluate_falls_back_to_spacy():
    vocab = spacy.blank("en").vocab
    fast, slow = TableDependencyMatcher(vocab), DependencyMatcher(vocab)
    regex = [{"RIGHT_ID": "v", "RIGHT_ATTRS": {"LOWER": {"REGEX": "^me"}}}]
    for m in (fast, slow):
        m.add("met", [MET])
        m.add("re", [regex])
    assert not fast._table_ok
    for sentence in SENTENCES:
        doc = _doc(vocab, *sentence)
        assert _matches(fast, doc) == _matches(slow, doc)


def test_rule_families_match_the_same_on_real_parses():
    """Every rule family's matches on real-model parses of the politics set are spaCy's."""
    import kg.extract.registry as reg
    from kg.pipeline.build import extract_corpus

    docs = []
    inner = reg.run_families

    def keep(ctx, parsed, families=None):
        docs.append(parsed.doc)
        return inner(ctx, parsed, families)

    folder = Path(__file__).resolve().parents[1] / "fixtures" / "politics"
    reg.run_families = keep
    try:
        extract_corpus(sorted(folder.glob("c-*.txt"))[:24])
    finally:
        reg.run_families = inner
    files = tuple((n, f.rules_file) for n, f in reg.registered().items())
    fast, keys = reg._matcher(files)
    assert isinstance(fast, TableDependencyMatcher) and fast._table_ok
    slow = DependencyMatcher(fast.vocab)
    for key, rule in keys.items():
        slow.add(key, [list(rule.pattern)])
    assert len(docs) >= 20
    total = 0
    for doc in docs:
        expected = _matches(slow, doc)
        assert _matches(fast, doc) == expected
        total += len(expected)
    assert total > 50
