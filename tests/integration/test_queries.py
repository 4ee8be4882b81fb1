"""The question pack (kg/queries/*.rq): each query's answer on the seeds-like fixture."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.store import get_query, list_queries, open_store, query

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "store_seeds_like.ttl"
DOC_001 = "U.S. and Japan Strengthen Defense Alliance Amid Rising Regional Tensions"
DOC_002 = (
    "Japan and the United States strengthen their military alliance in the face of "
    "pressure from China"
)
DOC_004 = "Japan Signs Agreements With US to Strengthen Alliance"


@pytest.fixture(scope="module")
def store() -> ox.Store:
    return open_store([FIXTURE])


def rows(store: ox.Store, name: str, *columns: str, **params: str) -> list[tuple[str, ...]]:
    result = query(store, get_query(name).text, params=params or None)
    return [tuple(r.get(c, "") for c in columns) for r in result.records()]


def test_the_pack_is_named_titled_and_described() -> None:
    names = [q.name for q in list_queries()]
    assert names == sorted(names)
    assert {
        "roles_by_government",
        "meetings_by_person",
        "agreements",
        "contested_regions",
        "entities_by_documents",
        "single_source_facts",
        "about_entity",
        "people_by_role",
        "documents",
    } <= set(names)
    for q in list_queries():
        assert q.title and q.description, q.name
        assert q.text.startswith(f"# {q.title}\n")


def test_roles_by_government(store: ox.Store) -> None:
    got = rows(store, "roles_by_government", "government", "role", "person", "documents")
    assert got == [
        ("Government of Japan", "Prime Minister", "Fumio Kishida", "1"),
        ("Government of Japan", "Prime Minister", "Sanae Takaichi", "2"),
        ("Government of the United States", "President", "Donald Trump", "1"),
        ("Government of the United States", "President", "Joe Biden", "1"),
        ("Ministry of Defense (Japan)", "Defense Minister", "Shinjiro Koizumi", "2"),
        ("United States Department of War", "Secretary of Defense", "Pete Hegseth", "1"),
        ("United States Department of War", "Secretary of War", "Pete Hegseth", "1"),
    ]
    evidence = dict(
        ((g, r, p), e) for g, r, p, e in rows(store, "roles_by_government", "government", "role",
                                               "person", "evidence")
    )  # fmt: skip
    # The sentence given is one that names the role.
    assert evidence[
        ("United States Department of War", "Secretary of War", "Pete Hegseth")
    ].startswith("The pact was finalized after a meeting in Washington")
    for (_, role, _), sentence in evidence.items():
        assert role.lower() in sentence.lower()


def test_people_by_role(store: ox.Store) -> None:
    got = rows(store, "people_by_role", "role", "person", "organization", "type")
    assert got[:3] == [
        ("Defense Minister", "Shinjiro Koizumi", "Ministry of Defense (Japan)", "Government"),
        ("President", "Donald Trump", "Government of the United States", "Government"),
        ("President", "Joe Biden", "Government of the United States", "Government"),
    ]
    assert len(got) == 7


def test_meetings_by_person_lists_each_meeting_under_both_people(store: ox.Store) -> None:
    got = rows(store, "meetings_by_person", "person", "other", "title", "cooccurrence")
    assert got == [
        ("Donald Trump", "Sanae Takaichi", DOC_001, "true"),
        ("Fumio Kishida", "Joe Biden", DOC_004, "false"),
        ("Joe Biden", "Fumio Kishida", DOC_004, "false"),
        ("Pete Hegseth", "Shinjiro Koizumi", DOC_001, "false"),
        ("Pete Hegseth", "Shinjiro Koizumi", DOC_002, "false"),
        ("Sanae Takaichi", "Donald Trump", DOC_001, "true"),
        ("Shinjiro Koizumi", "Pete Hegseth", DOC_001, "false"),
        ("Shinjiro Koizumi", "Pete Hegseth", DOC_002, "false"),
    ]
    evidence = rows(store, "meetings_by_person", "person", "other", "evidence")
    assert (
        "Joe Biden",
        "Fumio Kishida",
        "The meeting between Biden and Kishida on Friday takes place only five months after "
        "China launched missiles near Taiwan in August, some of which landed in Japanese waters.",
    ) in evidence


def test_agreements(store: ox.Store) -> None:
    got = rows(
        store, "agreements", "agreement", "date", "topic", "parties", "signatories", "documents"
    )
    assert got == [
        ("U.S.-Japan alliance", "", "", "Japan, United States", "", "2"),
        (
            "memoranda on defense technology and supply chains",
            "2023-01-13",
            "defense technology and supply chains",
            "Japan, United States",
            "Fumio Kishida, Joe Biden",
            "1",
        ),
        (
            "Japan-U.S. joint missile production agreement",
            "2026-01-16",
            "joint missile production",
            "Japan, United States",
            "",
            "1",
        ),
    ]


def test_contested_regions(store: ox.Store) -> None:
    # Taiwan is claimed by China only and located nowhere else: not listed.
    got = rows(store, "contested_regions", "region", "claimants", "locatedIn", "claimantCount")
    assert got == [("Senkaku Islands", "China, Japan", "Japan", "2")]


def test_contested_regions_one_claimant_located_elsewhere() -> None:
    s = open_store([FIXTURE])
    s.update(
        """PREFIX kg: <https://w3id.org/kg-news/ontology#>
        PREFIX id: <https://w3id.org/kg-news/id/>
        DELETE { ?c kg:claims ?r } WHERE { ?c kg:claims ?r }
        ;
        INSERT DATA { <https://w3id.org/kg-news/id/government/government-of-china>
                      kg:claims <https://w3id.org/kg-news/id/region/okinawa> }"""
    )
    got = rows(s, "contested_regions", "region", "claimants", "locatedIn", "claimantCount")
    assert got == [("Okinawa", "China", "Japan", "1")]


def test_entities_by_documents(store: ox.Store) -> None:
    got = rows(store, "entities_by_documents", "entity", "type", "documents", "mentions")
    assert got[:4] == [
        ("Japan", "Country", "3", "4"),
        ("United States", "Country", "3", "3"),
        ("Pete Hegseth", "Person", "2", "3"),
        ("China", "Country", "2", "2"),
    ]
    assert got[-1] == ("Government of Japan", "Government", "0", "0")
    assert len(got) == 24
    assert {t for _, t, _, _ in got} == {
        "Agreement",
        "Country",
        "Government",
        "Organization",
        "Person",
        "Region",
    }


def test_single_source_facts(store: ox.Store) -> None:
    got = rows(store, "single_source_facts", "subject", "relation", "object", "document")
    facts = {(s, r, o) for s, r, o, _ in got}
    # Supported by two documents: not listed.
    assert ("Pete Hegseth", "met", "Shinjiro Koizumi") not in facts
    assert ("Shinjiro Koizumi", "met", "Pete Hegseth") not in facts
    assert ("Pete Hegseth", "memberOf", "United States Department of War") not in facts
    assert ("Sanae Takaichi", "memberOf", "Government of Japan") not in facts
    # Two sentences of the same document are still one source.
    assert ("Japan", "claims", "Senkaku Islands", DOC_004) in got
    assert ("Joe Biden", "met", "Fumio Kishida", DOC_004) in got
    assert ("Sanae Takaichi", "met", "Donald Trump", DOC_001) in got
    assert len(got) == 27
    assert len(facts) == len(got)


def test_about_entity_default_and_parameter(store: ox.Store) -> None:
    japan = rows(store, "about_entity", "direction", "property", "value", "documents")
    assert ("out", "kg:claims", "Senkaku Islands", "1") in japan
    assert ("in", "kg:locatedIn", "Okinawa", "1") in japan
    assert ("out", "rdf:type", "kg:Country", "0") in japan
    assert ("out", "kg:mentionedIn", DOC_004, "0") in japan
    hegseth = rows(
        store, "about_entity", "direction", "property", "value", "documents", label="Pete Hegseth"
    )
    assert ("out", "kg:memberOf", "United States Department of War", "2") in hegseth
    assert ("out", "kg:met", "Shinjiro Koizumi", "1") in hegseth
    assert ("in", "kg:met", "Shinjiro Koizumi", "1") in hegseth
    assert ("out", "skos:altLabel", "Hegseth", "0") in hegseth
    assert not any(v == "Senkaku Islands" for _, _, v, _ in hegseth)


def test_documents(store: ox.Store) -> None:
    got = rows(store, "documents", "title", "date", "source", "entities")
    assert got == [
        (DOC_004, "2023-01-13", "seeds/004_b08ffade606341a6.txt", "11"),
        (DOC_001, "2025-10-28", "seeds/001_ad6ca9bc28ccdd59.txt", "11"),
        (DOC_002, "2026-01-16", "seeds/002_7bd27892e224c386.txt", "14"),
    ]


@pytest.mark.parametrize("name", [q.name for q in list_queries()])
def test_every_pack_query_runs_on_an_empty_store(name: str) -> None:
    result = query(ox.Store(), get_query(name).text)
    assert result.kind == "select" and len(result) == 0
