"""Relation rules, one family at a time, on small made-up sentences (rules-only pipeline)."""

from __future__ import annotations


def rels(res, predicate=None):
    return {
        (r.subject, r.predicate, r.object)
        for r in res.relations
        if predicate is None or r.predicate == predicate
    }


def one(res, predicate):
    found = [r for r in res.relations if r.predicate == predicate]
    assert found, f"no {predicate} in {res.relations}"
    return found[0]


# --- memberships ------------------------------------------------------------------------


def test_title_before_name_gives_the_right_body(analyse):
    res = analyse("U.S. Secretary of War Pete Hegseth arrived.")
    r = one(res, "memberOf")
    assert (r.subject, r.object, r.role) == (
        "Person:pete hegseth",
        "gaz:gov:US:defense",
        "Secretary of War",
    )
    assert r.extractor == "membership.title_before_name"
    assert ("gaz:gov:US:defense", "partOf", "gaz:gov:US") in rels(res)


def test_possessive_country_before_title(analyse):
    res = analyse("Japan's Defense Minister Shinjiro Koizumi arrived.")
    assert ("Person:shinjiro koizumi", "memberOf", "gaz:gov:JP:defense") in rels(res)


def test_demonym_gives_the_country(analyse):
    res = analyse("Italian Prime Minister Giorgia Meloni arrived.")
    assert ("Person:giorgia meloni", "memberOf", "gaz:gov:IT") in rels(res)


def test_former_is_recorded(analyse):
    r = one(analyse("Japan's former prime minister Shinzo Abe changed policy."), "memberOf")
    assert r.former and r.role == "prime minister" and r.object == "gaz:gov:JP"


def test_title_without_country_waits_for_another_title_of_the_person(analyse):
    res = analyse(
        "Japanese Defense Minister Shinjiro Koizumi spoke. Later Defense Minister Koizumi left."
    )
    objects = {r.object for r in res.relations if r.predicate == "memberOf"}
    assert objects == {"gaz:gov:JP:defense"}


def test_apposition_title(analyse, blank_nlp):
    # The rules-only pipeline has no NER, so the name needs a title elsewhere to be a person.
    res = analyse(
        "Prime Minister Fumio Kishida spoke. Fumio Kishida, Japanese Prime Minister, left."
    )
    assert any(
        r.extractor == "membership.apposition" and r.object == "gaz:gov:JP" for r in res.relations
    )


def test_of_phrase_organisation(analyse):
    res = analyse(
        "President Bruce Klingner spoke. Bruce Klingner, of the Heritage Foundation, said so."
    )
    r = [r for r in res.relations if r.extractor == "membership.of_phrase"]
    assert r and r[0].object == "gaz:org:heritage-foundation" and r[0].role == "member"


def test_party_leadership_race(analyse):
    res = analyse(
        "Defense Minister Shinjiro Koizumi, who lost to Prime Minister Sanae Takaichi in the ruling "
        "Liberal Democratic Party's leadership race, stayed."
    )
    members = {r.subject for r in res.relations if r.object == "gaz:org:ldp-jp"}
    assert members == {"Person:shinjiro koizumi", "Person:sanae takaichi"}


# --- meetings ---------------------------------------------------------------------------


def test_meeting_verb_with_place(analyse):
    res = analyse(
        "U.S. Secretary of War Pete Hegseth will meet Japanese Defense Minister Shinjiro Koizumi in Tokyo."
    )
    r = one(res, "met")
    assert {r.subject, r.object} == {"Person:pete hegseth", "Person:shinjiro koizumi"}
    assert r.place == "gaz:place:tokyo"


def test_meeting_between(analyse):
    res = analyse("The meeting between President Joe Biden and Prime Minister Fumio Kishida ended.")
    assert ("Person:fumio kishida", "met", "Person:joe biden") in rels(res)


def test_summit_with(analyse):
    res = analyse(
        "Italian Prime Minister Giorgia Meloni held a summit with Prime Minister Sanae Takaichi."
    )
    assert ("Person:giorgia meloni", "met", "Person:sanae takaichi") in rels(res)


def test_visiting(analyse):
    res = analyse(
        "Prime Minister Sanae Takaichi assured visiting U.S. President Donald Trump of support."
    )
    assert ("Person:donald trump", "met", "Person:sanae takaichi") in rels(res)


def test_no_meeting_from_mere_cooccurrence(analyse):
    res = analyse("President Joe Biden and Prime Minister Fumio Kishida are both mentioned here.")
    assert not rels(res, "met")


# --- agreements -------------------------------------------------------------------------


def test_described_agreement_with_weekday_date(analyse):
    res = analyse(
        "On Friday, January 16, Japan and the United States reached a strategic agreement to jointly "
        "boost the production of missiles. The year 2026 began."
    )
    parties = {r.object for r in res.relations if r.predicate == "party"}
    assert parties == {"gaz:JP", "gaz:US"}
    assert one(res, "party").date == "2026-01-16"
    agr = [e for e in res.entities if e.cls == "Agreement"][0]
    assert dict(agr.attrs)["topic"].startswith("jointly boost the production")


def test_signed_by_stops_at_hedge(analyse):
    res = analyse(
        "A deal was signed by the United States, Japan the Philippines, and perhaps Australia."
    )
    assert {r.object for r in res.relations if r.predicate == "party"} == {
        "gaz:US",
        "gaz:JP",
        "gaz:PH",
    }


def test_signatories_and_their_countries(analyse):
    res = analyse(
        "President of the United States Joe Biden, and Japanese Prime Minister Fumio Kishida signed "
        "two memorandums to increase collaboration."
    )
    assert {r.object for r in res.relations if r.predicate == "signatory"} == {
        "Person:joe biden",
        "Person:fumio kishida",
    }
    assert {r.object for r in res.relations if r.predicate == "party"} == {"gaz:US", "gaz:JP"}


def test_named_alliance_gets_parties_from_its_name(analyse):
    res = analyse("They deepen the long-standing U.S.-Japan alliance.")
    assert {r.object for r in res.relations if r.predicate == "party"} == {"gaz:US", "gaz:JP"}


def test_treaty_between(analyse):
    res = analyse("The treaty between the United States and Japan was old.")
    assert {r.object for r in res.relations if r.predicate == "party"} == {"gaz:US", "gaz:JP"}


# --- places and claims ------------------------------------------------------------------


def test_region_which_includes(analyse):
    res = analyse(
        "It will focus on the region known as Southwestern Japan, which includes Okinawa."
    )
    assert ("gaz:place:okinawa", "locatedIn", "gaz:place:southwestern-japan") in rels(res)


def test_claims_by_capital_and_by_control(analyse):
    res = analyse(
        "Japan watches the Japanese-controlled Senkaku islands, which Beijing also claims."
    )
    assert rels(res, "claims") == {
        ("gaz:CN", "claims", "gaz:place:senkaku-islands"),
        ("gaz:JP", "claims", "gaz:place:senkaku-islands"),
    }


def test_territorial_dispute(analyse):
    res = analyse(
        "The Senkaku Islands are at the center of a territorial dispute between Japan and China."
    )
    assert {r.subject for r in res.relations if r.predicate == "claims"} == {"gaz:JP", "gaz:CN"}


def test_country_named_in_a_body_name(analyse):
    res = analyse("Japan's Ministry of Defense warned.")
    assert ("gaz:gov:JP:defense", "country", "gaz:JP") in rels(res)


# --- evidence ---------------------------------------------------------------------------


def test_evidence_is_the_sentence_at_its_offsets(analyse):
    text = "Intro here. U.S. Secretary of War Pete Hegseth arrived. Outro."
    res = analyse(text)
    for r in res.relations:
        assert text[r.begin : r.end] == r.evidence
        assert "Hegseth" in r.evidence and 0 < r.confidence <= 1


def test_place_defined_by_where_it_is(analyse):
    res = analyse("Okinawa is a prefecture in Japan, far south.")
    assert ("gaz:place:okinawa", "locatedIn", "gaz:JP") in rels(res)


def test_city_comma_region(analyse):
    res = analyse("He was born in Tokyo, Japan and moved.")
    assert ("gaz:place:tokyo", "locatedIn", "gaz:JP") in rels(res)


def test_member_of_phrase(analyse):
    res = analyse(
        "Prime Minister Sanae Takaichi is a senior member of the Liberal Democratic Party."
    )
    assert ("Person:sanae takaichi", "memberOf", "gaz:org:ldp-jp") in rels(res)


def test_country_from_demonym_kind(analyse):
    res = analyse("The Liberal Democratic Party is a Japanese political party.")
    assert ("gaz:org:ldp-jp", "country", "gaz:JP") in rels(res)


def test_member_of_needs_the_person_as_subject(analyse):
    res = analyse(
        "President Anna Kappa spoke. He met Anna Kappa and was a member of the Heritage Foundation."
    )
    assert not [r for r in res.relations if r.extractor == "membership.member_of"]


def test_apposition_after_a_parenthesis(analyse):
    res = analyse(
        "President Anna Dlamini spoke. Anna Dlamini (born 21 August 1955), a senior member of "
        "the Heritage Foundation, left."
    )
    assert ("Person:anna dlamini", "memberOf", "gaz:org:heritage-foundation") in rels(res)


def test_candidate_of_and_its_leader(analyse):
    res = analyse(
        "President Anna Dlamini won in 1991 as the candidate of the Heritage Foundation. "
        "The Liberal Democratic Party and its leader Prime Minister Sanae Takaichi won."
    )
    assert ("Person:anna dlamini", "memberOf", "gaz:org:heritage-foundation") in rels(res)
    assert ("Person:sanae takaichi", "memberOf", "gaz:org:ldp-jp") in rels(res)
