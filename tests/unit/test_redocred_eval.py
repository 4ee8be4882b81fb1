"""Re-DocRED scoring on tiny made-up documents: exact counts and P/R/F1."""

from __future__ import annotations

import json

import pytest

from kg.bench.redocred import (
    RelationDoc,
    Score,
    background_relations,
    check_offsets,
    clean_documents,
    find_data_dir,
    gold_entities,
    gold_entity_spans,
    gold_relations,
    key_anchors,
    load_docs,
    main,
    predicted_relations,
    score_relations,
    score_spans,
)
from kg.errors import KGError
from kg.gazetteer import load_gazetteer
from kg.model import DocumentResult, EntityRecord, Mention, RawDocument, Relation

TEXT = "Shinzo Abe met Liberal Democratic Party leaders in Tokyo, Japan."
DOC = {
    "doc_id": 7,
    "title": "Example",
    "text": TEXT,
    "entities": [
        {
            "id": 0,
            "name": "Shinzo Abe",
            "type": "PER",
            "aliases": ["Shinzo Abe"],
            "mentions": [[0, 10, 0]],
        },
        {
            "id": 1,
            "name": "Liberal Democratic Party",
            "type": "ORG",
            "aliases": ["Liberal Democratic Party"],
            "mentions": [[15, 39, 0]],
        },
        {"id": 2, "name": "Tokyo", "type": "LOC", "aliases": ["Tokyo"], "mentions": [[51, 56, 0]]},
        {"id": 3, "name": "Japan", "type": "LOC", "aliases": ["Japan"], "mentions": [[58, 63, 0]]},
        {"id": 4, "name": "2020", "type": "TIME", "aliases": ["2020"], "mentions": []},
    ],
    "triples": [
        {"head_id": 0, "relation": "P102", "tail_id": 1},
        {"head_id": 2, "relation": "P17", "tail_id": 3},
        {"head_id": 2, "relation": "P131", "tail_id": 3},  # same pair: counted once
        {"head_id": 1, "relation": "P17", "tail_id": 3},  # ORG head → kg:country
        {"head_id": 3, "relation": "P463", "tail_id": 1},  # LOC head: not a person's membership
        {"head_id": 0, "relation": "P27", "tail_id": 3},  # not scored
    ],
}


def _result(mentions, relations, records) -> DocumentResult:
    raw = RawDocument(source="t", text=TEXT, sha256="0" * 64, media_type="text/plain")
    return DocumentResult(
        raw=raw,
        title=None,
        date=None,
        entities=tuple(records),
        mentions=tuple(Mention(k, b, e, TEXT[b:e]) for k, b, e in mentions),
        relations=tuple(Relation(s, p, o, TEXT, 0, len(TEXT), 0.9, "t") for s, p, o in relations),
    )


def test_score_properties_and_zero_division():
    s = Score(matched_pred=2, pred=4, matched_gold=2, gold=8)
    assert (s.p, s.r) == (0.5, 0.25)
    assert s.f1 == pytest.approx(1 / 3)
    assert (Score().p, Score().r, Score().f1) == (0.0, 0.0, 0.0)
    assert s + Score(1, 1, 1, 2) == Score(3, 5, 3, 10)


def test_score_spans_exact_by_type_and_micro():
    gold = {(0, 10, "PER"), (15, 39, "ORG"), (51, 56, "LOC"), (58, 63, "LOC")}
    pred = {(0, 10, "PER"), (11, 39, "ORG"), (51, 56, "PER"), (58, 63, "LOC"), (70, 75, "LOC")}
    s = score_spans([(gold, pred)])
    assert s["PER"] == Score(1, 2, 1, 1)  # Tokyo typed PER is wrong for both types
    assert s["ORG"] == Score(0, 1, 0, 1)
    assert s["LOC"] == Score(1, 2, 1, 2)
    assert s["micro"] == Score(2, 5, 2, 4)
    assert (s["micro"].p, s["micro"].r) == (0.4, 0.5)
    assert s["micro"].f1 == pytest.approx(4 / 9)


def test_score_spans_lenient_counts_each_side():
    gold = {(0, 10, "ORG"), (20, 30, "ORG")}
    # One long prediction covers both gold mentions; one stray prediction.
    pred = {(0, 30, "ORG"), (40, 45, "ORG")}
    s = score_spans([(gold, pred)], lenient=True)["ORG"]
    assert s == Score(matched_pred=1, pred=2, matched_gold=2, gold=2)
    assert (s.p, s.r) == (0.5, 1.0)
    assert s.f1 == pytest.approx(2 / 3)
    assert score_spans([(gold, pred)])["ORG"] == Score(0, 2, 0, 2)


def test_score_spans_sums_over_documents():
    docs = [({(0, 5, "PER")}, {(0, 5, "PER")}), ({(0, 5, "PER")}, set())]
    assert score_spans(docs)["PER"] == Score(1, 1, 1, 2)


def test_gold_entities_keep_only_per_org_loc():
    assert gold_entities(DOC) == {(0, 10, "PER"), (15, 39, "ORG"), (51, 56, "LOC"), (58, 63, "LOC")}
    assert check_offsets([DOC]) == (4, 4)


def test_gold_relations_map_and_deduplicate():
    assert gold_relations(DOC) == {
        "memberOf": frozenset({(0, 1)}),
        "locatedIn": frozenset({(2, 3)}),
        "country": frozenset({(1, 3)}),
    }


def test_score_relations_precision_recall_by_overlap():
    doc = RelationDoc(
        gold=gold_relations(DOC),
        entity_spans=gold_entity_spans(DOC),
        pred={
            # "Abe" overlaps the gold head mention; right.
            "memberOf": frozenset({("Person:abe", "gaz:ldp")}),
            # Right pair, and a wrong one (Japan is not in Tokyo).
            "locatedIn": frozenset({("gaz:tokyo", "gaz:JP"), ("gaz:JP", "gaz:tokyo")}),
        },
        key_spans={
            "Person:abe": ((7, 10),),
            "gaz:ldp": ((15, 39),),
            "gaz:tokyo": ((51, 56),),
            "gaz:JP": ((58, 63),),
        },
    )
    s = score_relations([doc])
    assert s["memberOf"] == Score(1, 1, 1, 1)
    assert s["locatedIn"] == Score(1, 2, 1, 1)
    assert s["country"] == Score(0, 0, 0, 1)
    assert s["party"] == Score()
    assert s["overall"] == Score(2, 3, 2, 3)
    assert s["overall"].f1 == pytest.approx(2 / 3)


def test_derived_body_is_anchored_on_its_country_and_grouped_by_subject_class():
    records = [
        EntityRecord("gaz:JP", "Country", "Japan"),
        EntityRecord("gaz:place:tokyo", "Region", "Tokyo"),
        EntityRecord(
            "gaz:gov:JP:defense", "Government", "Ministry of Defense", (), (("country", "gaz:JP"),)
        ),
        EntityRecord("Government:ghost", "Government", "Ghost"),
    ]
    res = _result(
        [("gaz:JP", 58, 63), ("gaz:place:tokyo", 51, 56)],
        [
            ("gaz:gov:JP:defense", "country", "gaz:JP"),  # body → country: "country"
            ("gaz:place:tokyo", "country", "gaz:JP"),  # place → country: "locatedIn"
            ("Government:ghost", "country", "gaz:JP"),  # no anchor: left out
            ("gaz:JP", "met", "gaz:place:tokyo"),  # not scored
        ],
        records,
    )
    anchors, unanchored = key_anchors(res)
    assert anchors["gaz:gov:JP:defense"] == ((58, 63),)
    assert unanchored == {"Government:ghost"}
    pred, dropped = predicted_relations(res, anchors)
    assert pred == {
        "country": frozenset({("gaz:gov:JP:defense", "gaz:JP")}),
        "locatedIn": frozenset({("gaz:place:tokyo", "gaz:JP")}),
    }
    assert dropped == 1


def test_background_facts_need_both_entities_mentioned():
    gaz = load_gazetteer()
    place = next(e for e in gaz if e.cls == "Region" and e.country and gaz.get(e.country))
    records = [EntityRecord(f"gaz:{place.id}", "Region", place.label)]
    alone = _result([(f"gaz:{place.id}", 51, 56)], [], records)
    assert background_relations(alone, gaz) == {}
    records.append(EntityRecord(f"gaz:{place.country}", "Country", "x"))
    both = _result([(f"gaz:{place.id}", 51, 56), (f"gaz:{place.country}", 58, 63)], [], records)
    assert ("gaz:" + place.id, "gaz:" + place.country) in background_relations(both, gaz)[
        "locatedIn"
    ]


def test_clean_documents_keep_offsets_identity():
    (clean,) = clean_documents([DOC])
    assert clean.raw.source == "redocred:7"
    assert clean.text == TEXT and clean.offsets.to_source(51, 56) == (51, 56)


def test_data_dir_lookup(tmp_path, monkeypatch, capsys):
    (tmp_path / "politics_dev.jsonl").write_text(json.dumps(DOC) + "\n" + json.dumps(DOC) + "\n")
    monkeypatch.setenv("KG_REDOCRED_DIR", str(tmp_path))
    assert find_data_dir() == tmp_path
    assert len(load_docs(tmp_path, limit=1)) == 1
    monkeypatch.setenv("KG_REDOCRED_DIR", str(tmp_path / "missing"))
    with pytest.raises(KGError) as err:
        find_data_dir()
    assert err.value.code == "E040" and "missing" in str(err.value)
    assert main(["--data", str(tmp_path / "missing")]) == 2
    assert "[E040]" in capsys.readouterr().err
