"""Which entities the politics benchmark expects from each kind of fact row."""

from pathlib import Path

from kg.bench.facts import Fact, Text, expected_entities


def _text(*facts: Fact) -> Text:
    return Text("x", Path("x.txt"), "dev", None, None, 0, list(facts))


def test_a_signatory_row_expects_a_person_signer_not_a_person_agreement():
    t = _text(Fact("signatory", "Abu Dhabi Protocol|ceasefire protocol", "Elnur Guliyev"))
    assert expected_entities(t) == {
        "Abu Dhabi Protocol|ceasefire protocol": "",
        "Elnur Guliyev": "Person",
    }


def test_role_and_meeting_rows_expect_their_people():
    t = _text(
        Fact("role", "Hany Soliman", "Ministry of Water (Egypt)", "Irrigation Minister"),
        Fact("meeting", "Hany Soliman", "Kamal Idris"),
    )
    assert expected_entities(t) == {
        "Hany Soliman": "Person",
        "Ministry of Water (Egypt)": "",
        "Kamal Idris": "Person",
    }


def test_an_entity_row_gives_the_class_of_a_name_used_elsewhere():
    t = _text(
        Fact("signatory", "Treaty of Kigali", "Ana Mugisha"),
        Fact("entity", "Treaty of Kigali", "Agreement"),
    )
    assert expected_entities(t)["Treaty of Kigali"] == "Agreement"
