"""The rule layer over spaCy: gazetteer typing, titles, trimming, paragraphs, metonymy data."""

from __future__ import annotations

import pytest


def ents(nlp, text):
    return [(e.text, e.label_, e.kb_id_) for e in nlp(text).ents]


def test_gazetteer_types_countries_places_bodies(blank_nlp):
    got = ents(blank_nlp, "Okinawa hosts bases of the Pentagon near the Senkaku islands and Japan.")
    assert ("Okinawa", "Region", "place:okinawa") in got
    assert ("Pentagon", "Government", "gov:US:defense") in got
    assert ("Senkaku islands", "Region", "place:senkaku-islands") in got
    assert ("Japan", "Country", "JP") in got


def test_lower_case_words_are_not_countries(blank_nlp):
    assert ents(blank_nlp, "Let us buy fine china.") == []


@pytest.mark.parametrize(
    "text,name",
    [
        ("U.S. Secretary of Defense Pete Hegseth spoke.", "Pete Hegseth"),
        ("Japanese Prime Minister Sanae Takaichi spoke.", "Sanae Takaichi"),
        ("Defense Minister Koizumi, who lost, spoke.", "Koizumi"),
        ("the President of the United States Joe Biden spoke.", "Joe Biden"),
        ("Japan's former prime minister Shinzo Abe spoke.", "Shinzo Abe"),
    ],
)
def test_title_before_name_makes_a_person(blank_nlp, text, name):
    assert (name, "Person", "") in ents(blank_nlp, text)


def test_title_does_not_swallow_a_country_after_of(blank_nlp):
    got = ents(blank_nlp, "He met the President of the United States yesterday.")
    assert [g for g in got if g[1] == "Person"] == []


def test_government_body_pattern(blank_nlp):
    assert ("Ministry of National Defense", "Government", "") in ents(
        blank_nlp, "The Ministry of National Defense said so."
    )


def test_person_name_propagates_within_document(blank_nlp):
    got = ents(blank_nlp, "Prime Minister Sanae Takaichi won. Later Takaichi spoke.")
    assert ("Takaichi", "Person", "") in got


def test_blank_line_starts_a_sentence(blank_nlp):
    doc = blank_nlp("Japan strengthens alliances\n\nThe minister spoke")
    assert [s.text.strip() for s in doc.sents] == [
        "Japan strengthens alliances",
        "The minister spoke",
    ]


def test_curly_possessive_alias_matches(blank_nlp):
    assert ("Japan’s Ministry of Defense", "Government", "gov:JP:defense") in ents(
        blank_nlp, "warned Japan’s Ministry of Defense today"
    )


def test_seats_of_government_are_capitals():
    from kg.nlp.annotate import seats_of_government

    seats = seats_of_government()
    assert {"Tokyo", "Beijing", "Washington, D.C."} <= seats
    assert "Okinawa" not in seats


def test_name_before_title_in_apposition(blank_nlp):
    got = ents(blank_nlp, "Fumio Kishda, Japanese Prime Minister, visited the U.S.")
    assert ("Fumio Kishda", "Person", "") in got


def test_sports_league_after_title_word_is_not_a_person(blank_nlp):
    got = ents(blank_nlp, "He played in the Norwegian Premier League for years.")
    assert [g for g in got if g[1] == "Person"] == []


def test_honorific_is_not_part_of_the_name(blank_nlp):
    assert ("Mahathir Mohamad", "Person", "") in ents(
        blank_nlp, "Prime Minister Dr. Mahathir Mohamad spoke."
    )


def test_weekday_phrase_before_a_title_is_not_a_person(blank_nlp):
    got = ents(blank_nlp, "On Friday, the President of the United States Joe Biden spoke.")
    assert [g[0] for g in got if g[1] == "Person"] == ["Joe Biden"]


def test_model_org_around_a_place_needs_an_organisation_head(blank_nlp):
    from spacy.tokens import Span

    layer = blank_nlp.get_pipe("kg_entities")
    for text, name, kept in [
        ("The Bank of Japan raised rates.", "Bank of Japan", True),
        ("It helps Indo-Pacific Security now.", "Indo-Pacific Security", False),
    ]:
        doc = blank_nlp.make_doc(text)
        start = text.index(name)
        span = doc.char_span(start, start + len(name))
        doc.ents = [Span(doc, span.start, span.end, label="ORG")]
        labels = {e.text: e.label_ for e in layer(doc).ents}
        assert (labels.get(name) == "Organization") is kept, labels
