"""Time expressions: each kind of expression and each anchoring rule, in made-up sentences."""

from __future__ import annotations

import pytest

from kg.model import CleanDocument, OffsetMap, RawDocument
from kg.time import document_date, find_timexes, header_date, timexes_for

WED = "2026-01-14"  # a Wednesday


def found(text: str, dct: str | None = WED) -> list[tuple[str, str | None]]:
    return [(t.text, t.value) for t in find_timexes(text, dct)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The treaty was signed on 16 January 2026 in Lima.", [("16 January 2026", "2026-01-16")]),
        ("The accord dates from Oct. 25, 1989, officials said.", [("Oct. 25, 1989", "1989-10-25")]),
        ("Voting ended on Friday, March 3, 2023.", [("Friday, March 3, 2023", "2023-03-03")]),
        ("It came into force on the 5th of May 2019.", [("the 5th of May 2019", "2019-05-05")]),
        ("Filed 2024-02-29 with the court.", [("2024-02-29", "2024-02-29")]),
        ("The memo, dated 11/02/89, surfaced.", [("11/02/89", "1989-11-02")]),
        ("The memo, dated 25/12/2025, surfaced.", [("25/12/2025", "2025-12-25")]),
        ("Elections were held in March 2023.", [("March 2023", "2023-03")]),
        ("The plant closed in Sept. 2011 after a fire.", [("Sept. 2011", "2011-09")]),
        ("The port opened in 1998 and expanded in 2004.", [("1998", "1998"), ("2004", "2004")]),
        ("Growth slowed in mid-1990 and late 1991.", [("mid-1990", "1990"), ("late 1991", "1991")]),
        ("She was born in 1955.", [("1955", "1955")]),
        ("The treaty of 1871 still stands.", [("1871", "1871")]),
    ],
)
def test_absolute_dates(text, expected):
    assert found(text) == expected
    assert found(text, None) == expected  # no document date needed


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The two ministers met on Friday in Oslo.", [("Friday", "2026-01-09")]),
        ("Protesters gathered Monday outside parliament.", [("Monday", "2026-01-12")]),
        ("The minister said on Wednesday that talks had stalled.", [("Wednesday", WED)]),
        ("The summit will open on Friday.", [("Friday", "2026-01-16")]),
        ("Leaders are expected to sign the deal Tuesday.", [("Tuesday", "2026-01-20")]),
        ("The vote is scheduled for Monday.", [("Monday", "2026-01-19")]),
        ("Rescuers hoped to reach the village by Friday.", [("Friday", "2026-01-16")]),
        ("The bureau will publish the May figures soon.", [("May", "2026-05")]),
        ("He resigned last Friday.", [("last Friday", "2026-01-09")]),
        ("Results come next Monday.", [("next Monday", "2026-01-19")]),
        ("Polls closed this past Sunday.", [("this past Sunday", "2026-01-11")]),
        ("Polls open this coming Sunday.", [("this coming Sunday", "2026-01-18")]),
        ("Talks ended yesterday.", [("yesterday", "2026-01-13")]),
        (
            "The envoy arrives tomorrow; today the talks go on.",
            [("tomorrow", "2026-01-15"), ("today", WED)],
        ),
        (
            "Exports fell last year and will rise next year.",
            [("last year", "2025"), ("next year", "2027")],
        ),
        ("Sales rose this year.", [("this year", "2026")]),
        ("Earlier this year the pact was renewed.", [("Earlier this year", "2026")]),
        (
            "Prices rose last month; they may fall next month.",
            [("last month", "2025-12"), ("next month", "2026-02")],
        ),
        ("The border reopened two years ago.", [("two years ago", "2024")]),
        ("The firm was sold three months ago.", [("three months ago", "2025-10")]),
        ("The envoy left 10 days ago.", [("10 days ago", "2026-01-04")]),
        ("The ban ends a year from now.", [("a year from now", "2027")]),
        ("The rule takes effect early next year.", [("early next year", "2027")]),
        ("He joined late last year.", [("late last year", "2025")]),
        ("A deal is due by the end of the year.", [("the end of the year", "2026")]),
        ("They spoke the day before yesterday.", [("the day before yesterday", "2026-01-12")]),
        ("The truce held on Christmas Day.", [("Christmas Day", "2025-12-25")]),
        ("Fighting paused over Christmas.", [("Christmas", "2025-12-25")]),
    ],
)
def test_relative_to_the_document_date(text, expected):
    assert found(text) == expected
    assert [v for _, v in found(text, None)] == [None] * len(expected)  # never guessed


@pytest.mark.parametrize(
    "text, dct, expected",
    [
        # No year written: the year of the document date, or the neighbouring one the
        # clause points to.
        ("The ceasefire began on Jan. 6.", WED, [("Jan. 6", "2026-01-06")]),
        ("The talks ended Dec. 28.", WED, [("Dec. 28", "2025-12-28")]),
        ("The vote will take place on Feb. 2.", WED, [("Feb. 2", "2026-02-02")]),
        ("Elections are due in March.", "2025-11-20", [("March", "2026-03")]),
        ("Parliament was dissolved in December.", WED, [("December", "2025-12")]),
        ("Inflation rose in October.", "2025-11-20", [("October", "2025-10")]),
        ("The strike started last March.", WED, [("last March", "2025-03")]),
        ("A census is planned for next May.", WED, [("next May", "2026-05")]),
        # A tense does not pull a date most of a year away from one within a month.
        ("The offer remained open until April 30.", "1990-04-10", [("April 30", "1990-04-30")]),
        ("The firm said it would reply by Jan. 10.", WED, [("Jan. 10", "2026-01-10")]),
        ("The ceasefire began on Jan. 16.", "2025-12-30", [("Jan. 16", "2025-01-16")]),
        ("Shops will reopen after Christmas Day.", WED, [("Christmas Day", "2026-12-25")]),
        (
            "Japan approved a budget for the next fiscal year in December.",
            WED,
            [("December", "2025-12")],
        ),
        # The weekday fixes the year near the document's years even without a date.
        ("On Friday, January 16, the deal was struck.", None, [("Friday, January 16", None)]),
    ],
)
def test_dates_without_a_year(text, dct, expected):
    assert found(text, dct) == expected


def test_weekday_and_day_give_the_year_from_the_document_years():
    got = find_timexes("On Friday, January 16, the deal was struck.", None, years=[2026])
    assert [(t.text, t.value) for t in got] == [("Friday, January 16", "2026-01-16")]
    got = find_timexes("On Monday, March 3, the deal was struck.", None, years=[2023])
    assert [t.value for t in got] == ["2025-03-03"]  # 3 March 2023 was a Friday


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Trade grew from 2019 to 2022.", [("2019", "2019"), ("2022", "2022")]),
        ("She led the party between 2010 and 2014.", [("2010", "2010"), ("2014", "2014")]),
        ("The former envoy (2015–2018) spoke.", [("2015", "2015"), ("2018", "2018")]),
        ("The war lasted 1939-1945.", [("1939", "1939"), ("1945", "1945")]),
    ],
)
def test_ranges_give_both_ends(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Turnout rose over the past year.",
        "Reforms took place in the 1990s.",
        "Profit fell in the third quarter of 2025.",
        "Fiscal 2024 results were weak.",
        "The budget for the 2025-26 fiscal year passed.",
        "Talks resumed last week.",
        "The crisis deepened this week.",
        "The minister is now in Rome.",
        "Snow fell on Monday morning.",
        "Fighting continued tonight.",
        "Profit doubled from a year earlier.",
        "The market opens every Monday.",
        "Harvests improve each spring.",
        "Output fell in the summer of 2024.",
        "The last two years were hard.",
        "He spent several years abroad.",
        "In recent years, ties have grown.",
        "She may leave soon.",
        "June Carter sang.",
        "Troops will march in April Smith's honour.",
        "About 2000 troops and 1990 police officers were deployed.",
        "The fund holds $2025 million.",
        "More than 1500 people fled.",
        "Markets fell on Black Monday and rose on Good Friday.",
        "The summit met in Mar del Plata.",
        "Profit in the 1989 third quarter fell.",
        "The convoy left at 1900 GMT.",
        "Christmas shopping was weak.",
        "The storm left 1800 homeless.",
        "Spending rises in the next fiscal year.",
    ],
)
def test_what_is_not_a_calendar_date(text):
    assert found(text) == []


def test_extents_leave_out_prepositions_and_keep_modifiers():
    text = "On Friday, in March 2023 and since last year, until mid-1990."
    assert [t for t, _ in found(text)] == ["Friday", "March 2023", "last year", "mid-1990"]


def test_a_document_without_a_date_keeps_relative_values_unresolved():
    assert found("Talks ended yesterday after two years ago failed.", None) == [
        ("yesterday", None),
        ("two years ago", None),
    ]


def test_header_line_gives_the_date_of_a_plain_text_article():
    assert header_date("Pact signed\n\n16 January 2026\n\nThe pact was signed.") == "2026-01-16"
    assert header_date("Pact signed\nPosted: Jan. 16, 2026 09:30 UTC\nBody.") == "2026-01-16"
    assert header_date("Pact signed\n01/08/1998 18:38:00.00\nBody.") == "1998-01-08"
    assert header_date("Pact signed\n\nThe pact was signed on 16 January 2026.") is None
    assert header_date("Pact signed\n\nYesterday\n\nBody") is None


def _doc(text: str, date: str | None = None, offset: int = 0) -> CleanDocument:
    raw_text = " " * offset + text
    raw = RawDocument("x.txt", raw_text, "0" * 64, "text/plain", date=date)
    runs = ((0, offset, len(text), len(text)),)
    return CleanDocument(raw, text, OffsetMap(runs), date=date)


def test_document_date_prefers_metadata_then_header():
    assert document_date(_doc("Title\n\n2 March 2024\n\nBody", "2024-03-03")) == "2024-03-03"
    assert document_date(_doc("Title\n\n2 March 2024\n\nBody")) == "2024-03-02"
    assert document_date(_doc("Title\n\nBody")) is None


def test_timexes_for_gives_text_and_source_offsets():
    doc = _doc("Talks ended yesterday, in the 1990s style, and resume in March 2026.", WED, 5)
    got = timexes_for(doc)
    assert got == [
        {
            "text_start": 12,
            "text_end": 21,
            "source_start": 17,
            "source_end": 26,
            "text": "yesterday",
            "value": "2026-01-13",
        },
        {
            "text_start": 57,
            "text_end": 67,
            "source_start": 62,
            "source_end": 72,
            "text": "March 2026",
            "value": "2026-03",
        },
    ]
    for t in got:
        assert doc.raw.text[t["source_start"] : t["source_end"]] == t["text"]


@pytest.mark.parametrize("dct", ["9999-12-31", "0001-01-01", "garbage", "2026-02-30"])
def test_an_unusable_document_date_anchors_nothing(dct):
    assert [v for _, v in found("Talks ended yesterday, next year, on Friday, in March.", dct)] == [
        None
    ] * 4


def test_timexes_section_for_the_annotate_record():
    from types import SimpleNamespace

    from kg.time import timexes_section

    doc = _doc("Talks ended yesterday.", WED)
    got = timexes_section(SimpleNamespace(clean=doc))
    assert [(t["text"], t["value"]) for t in got["timexes"]] == [("yesterday", "2026-01-13")]


def test_kg_annotate_record_lists_the_timexes(tmp_path):
    from kg.pipeline.annotate import annotate_files

    path = tmp_path / "a.txt"
    path.write_text("Pact\n\n16 January 2026\n\nTalks ended yesterday, not in the 1990s.\n")
    (record,) = annotate_files([path], model="blank:en")
    got = [(t["text"], t["value"]) for t in record["timexes"]]
    assert ("yesterday", "2026-01-15") in got and ("1990s", None) not in got
    text = path.read_text()
    assert all(text[t["source_start"] : t["source_end"]] == t["text"] for t in record["timexes"])
