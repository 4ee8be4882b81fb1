"""Dates in the seeds graph: every one the text gives, each correct, nothing guessed."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.integration


def test_every_date_in_the_seeds_graph_is_the_one_the_text_gives(ask):
    # The seeds carry no publication date, so only "On Friday, January 16" (a weekday and a
    # day name the year) dates anything: the agreement and its party assertions.
    rows = ask(
        """SELECT DISTINCT ?kind ?d WHERE {
             ?x dcterms:date ?d .
             OPTIONAL { ?x a ?c }
             BIND(STRAFTER(STR(?c), "#") AS ?kind)
           }"""
    )
    assert sorted(rows) == [("Agreement", "2026-01-16"), ("Assertion", "2026-01-16")]
    preds = ask(
        """SELECT DISTINCT ?p WHERE { ?a a kg:Assertion ; dcterms:date ?d ; rdf:predicate ?p }"""
    )
    assert preds == [("https://w3id.org/kg-news/ontology#party",)]


def test_undated_seeds_state_no_membership_periods(ask):
    # "by the fiscal year ending March 2026" is no end of Sanae Takaichi's premiership.
    assert not ask("ASK { ?m kg:startDate|kg:endDate|kg:reportedOn ?d }")
