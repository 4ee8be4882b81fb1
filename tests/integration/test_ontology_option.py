"""A build's ``ontology_dir`` reaches every reader of rules, word lists and towns, not only some."""

from __future__ import annotations

import shutil

import pytest
from rdflib import Graph, URIRef

from kg.config import package_ontology_dir
from kg.extract import registry
from kg.pipeline import build
from kg.rules import active_ontology, active_rules_dir, use_ontology

MET = URIRef("https://w3id.org/kg-news/ontology#met")
TEXTS = {
    "a.txt": "President Alma Rudd met Prime Minister Tomas Vell in Vienna on Monday.\n",
    "b.txt": "Foreign Minister Ines Karta held talks with her counterpart Olaf Brenn in Oslo.\n",
    "c.txt": "Chancellor Dora Weil and President Piet Aalst met in Berlin on Friday.\n",
}


@pytest.fixture
def onto_copy(tmp_path):
    onto = tmp_path / "onto"
    shutil.copytree(package_ontology_dir(), onto)
    yield onto
    use_ontology(None)


def _met(corpus, out, onto=None) -> int:
    kw = {"ontology_dir": onto} if onto else {}
    s = build([corpus], out, cache=False, validate=False, html=False, **kw)
    return len(set(Graph().parse(s.graph).subject_objects(MET)))


def test_the_word_lists_follow_the_active_ontology(onto_copy):
    lex = onto_copy / "rules" / "lexicon.toml"
    text = lex.read_text(encoding="utf-8")
    assert "place_nouns" in registry.lexicon()
    lex.write_text(text.replace("[lists]", '[lists]\nzz_test_words = ["Zorvath", "Quellin"]'))
    assert "zz_test_words" not in registry.lexicon()
    use_ontology(onto_copy)
    assert active_ontology() == onto_copy and active_rules_dir() == onto_copy / "rules"
    assert registry.lexicon()["zz_test_words"] == ["zorvath", "quellin"]
    use_ontology(None)
    assert "zz_test_words" not in registry.lexicon()


def test_meeting_rules_are_read_from_the_build_ontology(tmp_path, onto_copy):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, text in TEXTS.items():
        (corpus / name).write_text(text, encoding="utf-8")
    assert _met(corpus, tmp_path / "bundled") >= 2
    # The copy has no meeting rules: no meeting is read, though the bundled rules read them.
    (onto_copy / "rules" / "meetings.jsonl").write_text("", encoding="utf-8")
    assert _met(corpus, tmp_path / "copy", onto_copy) == 0
    # And the package's rules come back for the next build without --ontology.
    assert _met(corpus, tmp_path / "again") >= 2
