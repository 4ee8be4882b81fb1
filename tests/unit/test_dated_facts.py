"""Dated facts: event dates on assertions, membership periods, and the time questions."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from kg.extract.dates import membership_dates, sentence_date
from kg.gazetteer import load_gazetteer
from kg.rdf.build import build_graph, serialise_turtle
from kg.rdf.validate import validate
from kg.resolve.corpus import resolve_corpus
from kg.store import get_query, query

# Made-up news: (text, publication date).
DOCS = [
    (
        "Chilean Foreign Minister Ana Ruiz met Peruvian Foreign Minister Luis Prado "
        "in Lima on Tuesday.",
        "2026-01-16",
    ),
    ("Chilean Foreign Minister Marta Soto resigned on Wednesday after a row.", "2023-03-10"),
    (
        "Chilean Foreign Minister Ana Ruiz, in office since March 2024, spoke to reporters.",
        "2024-05-02",
    ),
    ("Chile and Peru signed a fisheries agreement on 4 February 2025 in Arica.", "2025-02-05"),
    # No publication date: "Friday" cannot be placed.
    ("Chilean Foreign Minister Ana Ruiz met Peruvian Foreign Minister Luis Prado on Friday.", None),
]


@pytest.mark.parametrize(
    "sentence, dct, date",
    [
        ("The two presidents met in Quito on Thursday.", "2026-01-16", "2026-01-15"),
        ("The leaders will meet again next Monday.", "2026-01-16", "2026-01-19"),
        ("Both ministers signed the accord in June 2024.", "2026-01-16", "2024-06"),
        ("Norway joined the pact in 1994.", None, "1994"),
        ("Since 2019 the two have met on 3 March 2023 in Oslo.", None, "2023-03-03"),
        ("The two presidents met in Quito on Thursday.", None, None),
        ("They met before 2020.", None, None),
    ],
)
def test_event_sentence_date(sentence, dct, date):
    assert sentence_date(sentence, [], dct) == date


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Ana Ruiz, foreign minister since 2021, spoke.", ("2021", None, None)),
        ("Ana Ruiz has been foreign minister since January.", ("2026-01", None, None)),
        ("In March 2023, Ana Ruiz was appointed foreign minister.", ("2023-03", None, "2023-03")),
        ("Ana Ruiz became foreign minister in 2021.", ("2021", None, "2021")),
        (
            "Ana Ruiz was named foreign minister on 3 March 2023.",
            ("2023-03-03", None, "2023-03-03"),
        ),
        ("Ana Ruiz resigned as foreign minister on Tuesday.", (None, "2026-01-13", "2026-01-13")),
        ("Foreign Minister Ana Ruiz stepped down last month.", (None, "2025-12", "2025-12")),
        ("Ruiz served as foreign minister from 2019 to 2022.", ("2019", "2022", None)),
        ("Ruiz was foreign minister until 2022.", (None, "2022", None)),
        (
            "Foreign Minister Ana Ruiz will take office on Feb. 1.",
            ("2026-02-01", None, "2026-02-01"),
        ),
        ("Former foreign minister Ana Ruiz (2015–2018) spoke.", ("2015", "2018", None)),
        # Dates about something else in the sentence are not the membership's.
        ("Foreign Minister Ana Ruiz said troops will stay until 2027 in the north.", (None,) * 3),
        ("Foreign Minister Ana Ruiz, who joined talks in Geneva on Tuesday, left.", (None,) * 3),
        ("Foreign Minister Ana Ruiz spoke on Tuesday.", (None,) * 3),
    ],
)
def test_membership_dates(sentence, expected):
    assert membership_dates(sentence, "2026-01-16", (), "foreign minister") == expected


@pytest.fixture(scope="module")
def turtle(analyse) -> str:
    results = [analyse(text, date) for text, date in DOCS]
    gaz = load_gazetteer()
    g = build_graph(results, resolve_corpus(results, gaz), gaz)
    return serialise_turtle(g.triples()).decode()


@pytest.fixture(scope="module")
def store(turtle) -> ox.Store:
    assert validate(turtle).conforms
    s = ox.Store()
    s.load(turtle, format=ox.RdfFormat.TURTLE)
    return s


def ask(store: ox.Store, where: str) -> list[tuple]:
    from kg.vocab import sparql_prefixes

    rows = store.query(sparql_prefixes() + where)
    return sorted(tuple(t.value if t is not None else None for t in row) for row in rows)


def test_meeting_assertion_carries_its_date(store):
    got = ask(
        store,
        """SELECT DISTINCT ?d ?dt WHERE { ?a rdf:predicate kg:met ; dcterms:date ?d .
        BIND(DATATYPE(?d) AS ?dt) }""",
    )
    assert got == [("2026-01-13", "http://www.w3.org/2001/XMLSchema#date")]


def test_undated_document_leaves_the_weekday_unresolved(store):
    got = ask(
        store,
        """SELECT ?a WHERE { ?a rdf:predicate kg:met ; kg:document ?doc .
        FILTER NOT EXISTS { ?doc dcterms:date ?x } FILTER NOT EXISTS { ?a dcterms:date ?y } }""",
    )
    assert len(got) == 2  # both directions of the symmetric kg:met, no date on either


def test_membership_period_and_reports(store):
    got = ask(
        store,
        """SELECT ?name ?s ?e ?r WHERE { ?m kg:member/rdfs:label ?name .
        OPTIONAL { ?m kg:startDate ?s } OPTIONAL { ?m kg:endDate ?e }
        OPTIONAL { ?m kg:reportedOn ?r } }""",
    )
    assert got == [
        ("Ana Ruiz", "2024-03", None, "2024-05-02"),
        ("Ana Ruiz", "2024-03", None, "2026-01-16"),
        ("Luis Prado", None, None, "2026-01-16"),
        ("Marta Soto", None, "2023-03-08", "2023-03-10"),
    ]
    types = ask(store, "SELECT DISTINCT (DATATYPE(?s) AS ?t) WHERE { ?m kg:startDate ?s }")
    assert types == [("http://www.w3.org/2001/XMLSchema#gYearMonth",)]


def rows(store, name: str, *columns: str, **params: str) -> list[tuple]:
    result = query(store, get_query(name).text, params=params)
    return [tuple(r.get(c, "") for c in columns) for r in result.records()]


@pytest.mark.parametrize(
    "date, people",
    [
        ("2023-01", [("Marta Soto", "stated")]),
        ("2023-03-08", [("Marta Soto", "stated")]),
        ("2023-03-09", []),
        ("2024", [("Ana Ruiz", "stated")]),
        ("2024-02", []),
        ("2026-01-16", [("Ana Ruiz", "stated")]),
    ],
)
def test_who_held_a_role_on_a_date(store, date, people):
    got = rows(
        store,
        "role_holders_on",
        "person",
        "basis",
        roleQuery="foreign minister",
        bodyQuery="Chile",
        date=date,
    )
    assert got == people


def test_a_role_known_only_from_reports_holds_on_the_report_dates(store):
    ask_role = dict(roleQuery="minister", bodyQuery="Peru")
    assert rows(store, "role_holders_on", "person", "basis", date="2026-01", **ask_role) == [
        ("Luis Prado", "reported")
    ]
    assert rows(store, "role_holders_on", "person", date="2025", **ask_role) == []


def test_timeline_of_an_entity(store):
    got = rows(store, "timeline", "date", "what", "other", label="Ana Ruiz")
    assert got == [
        ("2024-03", "role begins", "Ministry of Foreign Affairs (Chile)"),
        ("2026-01-13", "met", "Luis Prado"),
    ]
    agreement = rows(store, "timeline", "date", "what", label="Chile")
    assert ("2025-02-04", "party") in agreement


def test_facts_reported_between_two_dates(store):
    got = rows(
        store,
        "facts_reported_between",
        "reported",
        "property",
        "date",
        **{"from": "2026", "to": "2026"},
    )
    assert {p for _, p, _ in got} >= {"kg:met", "kg:memberOf"}
    assert {r for r, _, _ in got} == {"2026-01-16"}
    assert ("2026-01-16", "kg:met", "2026-01-13") in got
    assert [r for r in got if r[1] == "kg:met"] == [("2026-01-16", "kg:met", "2026-01-13")]
    spring = rows(
        store, "facts_reported_between", "reported", **{"from": "2023-03", "to": "2024-05-02"}
    )
    assert {r for (r,) in spring} == {"2023-03-10", "2024-05-02"}


@pytest.mark.parametrize(
    "prop, literal, conforms",
    [
        ("startDate", '"2025"^^xsd:gYear', True),
        ("startDate", '"2025-02"^^xsd:gYearMonth', True),
        ("endDate", '"2025-02-03"^^xsd:date', True),
        ("endDate", '"2025"', False),
        ("startDate", '"2025"^^xsd:integer', False),
        ("reportedOn", '"2025"^^xsd:gYear', False),
    ],
)
def test_membership_date_shapes(turtle, prop, literal, conforms):
    extra = (
        "\n@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .\n"
        "[] a <https://w3id.org/kg-news/ontology#Membership> ; "
        f"<https://w3id.org/kg-news/ontology#{prop}> {literal} .\n"
    )
    report = validate(turtle + extra)
    # The blank membership lacks its member and body too: look at the date's own shape only.
    shapes = {str(v.shape).rsplit("#", 1)[-1] for v in report.violations}
    assert (f"Membership-{prop}" not in shapes) is conforms


def test_meetings_by_person_gives_the_meeting_date_and_the_report_date(store):
    got = rows(store, "meetings_by_person", "person", "other", "date", "reported")
    assert ("Ana Ruiz", "Luis Prado", "2026-01-13", "2026-01-16") in got
    assert ("Luis Prado", "Ana Ruiz", "2026-01-13", "2026-01-16") in got
    # Neither the meeting nor the report is dated: both columns stay empty.
    assert ("Ana Ruiz", "Luis Prado", "", "") in got
