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


def _node(key, cls, *names):
    from kg.bench.facts import Node, fold

    return Node(key, cls, names[0], frozenset(fold(n) for n in names))


def _score(facts, stated):
    from kg.bench.facts import DocGraph, Report, score_text

    report = Report()
    score_text(_text(*facts), DocGraph([], set(), stated), report)
    return report.tallies


def test_a_fact_stated_twice_counts_once_and_articles_do_not_block_an_agreement():
    from kg.bench.facts import Stated

    deal = _node("A:1", "Agreement", "Chile–Peru agreement on joint border zone (1a2b3c4d)")
    chile = _node("gaz:CL", "Country", "Chile")
    stated = [Stated("agreement_party", deal, chile), Stated("agreement_party", deal, chile)]
    got = _score([Fact("agreement_party", "agreement on a joint border zone", "Chile")], stated)
    assert (got["agreement_party"].stated, got["agreement_party"].correct) == (1, 1)
    assert got["agreement_party"].found == 1


def test_a_plain_member_role_is_right_for_precision_only():
    from kg.bench.facts import Stated

    person = _node("Person:a", "Person", "Ana Lopes")
    party = _node("Organization:p", "Organization", "Green Party")
    stated = [Stated("role", person, party, "member")]
    got = _score([Fact("role", "Ana Lopes", "Green Party", "leader")], stated)["role"]
    assert (got.stated, got.correct, got.found) == (1, 1, 0)
    got = _score([Fact("role", "Ana Lopes", "Green Party", "former leader")], stated)["role"]
    assert got.correct == 0


def test_a_minted_agreement_matches_a_longer_description_of_the_same_kind():
    from kg.bench.facts import _described

    assert _described("Agreement", "Bolivia–Peru memorandum (fd8f320a)") == {"memorandum"}
    assert _described("Agreement", "Treaty of Kigali") == set()
    memo = _node("A:1", "Agreement", "Bolivia–Peru memorandum (fd8f320a)")
    memo = type(memo)(memo.key, memo.cls, memo.label, memo.names | {"memorandum"})
    assert memo.matches("memorandum of understanding on lithium")
    assert not memo.matches("free trade agreement")


def test_a_title_may_carry_the_words_of_its_own_body_but_no_others():
    from kg.bench.facts import Stated

    person = _node("Person:a", "Person", "Mahdi Rezaei")
    ministry = _node("gaz:x", "Government", "Ministry of Foreign Affairs (Iran)")
    for said, right in (
        ("foreign ministry spokesman", 1),
        ("Foreign Ministry spokesman", 1),
        ("spokesman", 1),
        ("deputy spokesman", 0),
        ("defence ministry spokesman", 0),
    ):
        stated = [Stated("role", person, ministry, said)]
        got = _score(
            [Fact("role", "Mahdi Rezaei", "Ministry of Foreign Affairs (Iran)", "spokesman")],
            stated,
        )
        assert got["role"].correct == right, said


def test_titles_in_names_flags_a_leading_title_not_a_name_part():
    from kg.bench.facts import Node, fold, titles_in_names

    def person(label: str) -> Node:
        return Node(f"Person:{label.lower()}", "Person", label, frozenset({fold(label)}))

    flagged = titles_in_names(
        [
            person("President William Ruto"),
            person("Sheikh Tamim Al Thani"),
            person("Hassan Sheikh Mohamud"),
            person("Abdirahman Sheikh Nur"),
            person("Kamran Yousaf Sheikh"),
            person("Presidents Otávio Ramalho"),
            person("Undersecretary Ramon Dizon"),
        ]
    )
    assert [f.split(" (")[0] for f in flagged] == [
        "President William Ruto",
        "Sheikh Tamim Al Thani",
        "Presidents Otávio Ramalho",
        "Undersecretary Ramon Dizon",
    ]


def test_the_bench_reads_a_text_as_kg_build_does(tmp_path):
    """The title is the first block; a dateline's agency is the publisher and, known to the
    gazetteer, an organisation the document mentions (no span of the cleaned text); the Split
    line is the bench's own."""
    from kg.bench.facts import build, read_set

    (tmp_path / "w-01.txt").write_text(
        "Title: Ghana and Togo open border post\nDate: 2026-03-04\nSplit: heldout\n\n"
        "ACCRA, March 4 (Reuters) - Ghana and Togo opened a border post on Wednesday.\n",
        encoding="utf-8",
    )
    texts = read_set(tmp_path)
    assert [t.split for t in texts] == ["heldout"]
    views, _ = build(texts, "blank:en")
    labels = {n.label.upper() for n in views["w-01"].entities}
    assert {"GHANA", "TOGO", "ACCRA", "REUTERS"} <= labels
