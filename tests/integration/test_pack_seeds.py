"""The question pack answers researchers' questions on the real seeds graph."""

from __future__ import annotations

import pytest

from kg.store.pack import get_query
from kg.store.sparql import query

pytestmark = pytest.mark.integration


def run(store, name: str, **params) -> list[dict[str, str]]:
    res = query(store, get_query(name).text, params=params or None)
    return [
        {v: (t.value if t is not None else "") for v, t in zip(res.variables, row, strict=True)}
        for row in res.rows
    ]


def test_roles_by_government(seeds_store):
    rows = {(r["government"], r["person"]) for r in run(seeds_store, "roles_by_government")}
    assert {
        ("Government of Japan", "Sanae Takaichi"),
        ("Government of Japan", "Fumio Kishida"),
        ("Government of Japan", "Shinzo Abe"),
        ("Government of Italy", "Giorgia Meloni"),
        ("Government of the United States", "Joe Biden"),
        ("Government of the United States", "Donald Trump"),
        ("Ministry of Defense (Japan)", "Shinjiro Koizumi"),
        ("United States Department of War", "Pete Hegseth"),
        ("United States Department of War", "Lloyd Austin"),
    } <= rows


def test_meetings_by_person_with_sentences(seeds_store):
    rows = run(seeds_store, "meetings_by_person")
    pairs = {(r["person"], r["other"]) for r in rows}
    assert {
        ("Pete Hegseth", "Shinjiro Koizumi"),
        ("Shinjiro Koizumi", "Pete Hegseth"),
        ("Joe Biden", "Fumio Kishida"),
        ("Sanae Takaichi", "Donald Trump"),
        ("Sanae Takaichi", "Giorgia Meloni"),
    } <= pairs
    assert all(r["evidence"] for r in rows)


def test_agreements_with_parties_and_dates(seeds_store):
    rows = run(seeds_store, "agreements")
    by_label = {r["agreement"]: r for r in rows}
    assert by_label["Japan–United States strategic agreement (2026-01-16)"]["date"] == "2026-01-16"
    assert sum("Japan" in r["parties"] and "United States" in r["parties"] for r in rows) >= 2
    memos = [r for r in rows if "memorandums" in r["agreement"]]
    assert (
        memos
        and "Joe Biden" in memos[0]["signatories"]
        and "Fumio Kishida" in memos[0]["signatories"]
    )


def test_contested_regions(seeds_store):
    rows = run(seeds_store, "contested_regions")
    assert [(r["region"], r["claimants"]) for r in rows] == [("Senkaku Islands", "China, Japan")]


def test_entities_by_documents(seeds_store):
    rows = run(seeds_store, "entities_by_documents")
    assert (rows[0]["entity"], rows[0]["documents"]) == ("Japan", "5")


def test_single_source_facts(seeds_store):
    rows = run(seeds_store, "single_source_facts")
    facts = {(r["subject"], r["relation"], r["object"]) for r in rows}
    assert ("Bruce Klingner", "memberOf", "Heritage Foundation") in facts
    assert ("Sanae Takaichi", "memberOf", "Government of Japan") not in facts  # several say it
    # one document reports the meeting; the other only says it "is set to" happen
    assert ("Pete Hegseth", "met", "Shinjiro Koizumi") in facts


def test_about_entity(seeds_store):
    rows = run(seeds_store, "about_entity", label="Pete Hegseth")
    text = " ".join(" ".join(r.values()) for r in rows)
    assert "Shinjiro Koizumi" in text and "United States Department of War" in text


def test_people_by_role(seeds_store):
    rows = run(seeds_store, "people_by_role")
    text = {" ".join(r.values()) for r in rows}
    assert any("Secretary of War" in t and "Pete Hegseth" in t for t in text)
    assert any("Prime Minister" in t and "Giorgia Meloni" in t for t in text)


def test_documents(seeds_store):
    rows = run(seeds_store, "documents")
    assert len(rows) == 5
    assert any(
        "Japan Signs Agreements With US to Strengthen Alliance" in " ".join(r.values())
        for r in rows
    )
