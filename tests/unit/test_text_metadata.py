"""Plain text and Markdown: title, date and publisher from header lines, front matter and
datelines; non-prose lines (tables, scores, all capitals) are kept out of the NLP text."""

from __future__ import annotations

import pytest

from kg.clean import clean
from kg.ingest import page_metadata, read_document, text_metadata
from kg.ingest.meta import date_line, header_field
from kg.model import RawDocument

BODY = (
    "Kenyan police said on Monday that they had arrested two men over the attack on a bus "
    "near the border with Somalia, and that a third suspect was still being sought by the "
    "security services in the region."
)


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("Date: 2024-05-03", "2024-05-03"),
        ("Published: 4 March 2019", "2019-03-04"),
        ("March 4, 2019 | 10:42 GMT", "2019-03-04"),
        ("Posted on: Jan 5, 2021 at 9:30 am EST", "2021-01-05"),
        ("Monday, 3 June 2024 08:15", "2024-06-03"),
        ("2023-11-20T07:00:00Z", "2023-11-20"),
        ("Updated: 12 Feb 2022, 10.42am", "2022-02-12"),
    ],
)
def test_date_header_lines(line, iso):
    assert header_field(line)[:2] == ("date", iso)


@pytest.mark.parametrize(
    "line",
    [
        "March 4, 2019 was the day the talks began.",
        "On March 4, 2019 | the ministers met",
        "Date night: a review",
        "2019 was a year of talks",
        "Published: never",
    ],
)
def test_sentences_with_dates_are_not_header_lines(line):
    assert header_field(line) is None
    assert date_line(line) is None


def test_title_source_and_date_from_header_lines():
    text = f"Title: Two held over bus attack\nSource: Reuters\nDate: 2024-05-03\n\n{BODY}\n"
    meta = text_metadata(text)
    assert (meta.title, meta.date, meta.publisher) == (
        "Two held over bus attack",
        "2024-05-03",
        "Reuters",
    )
    doc = clean(RawDocument("a.txt", text, "0" * 64, "text/plain", **meta_kw(meta)))
    assert doc.text == f"Two held over bus attack\n\n{BODY}"
    rules = {r.rule: text[r.begin : r.end] for r in doc.removed}
    assert rules == {
        "header.title": "Title: ",
        "header.publisher": "Source: Reuters",
        "header.date": "Date: 2024-05-03",
    }


def meta_kw(meta) -> dict:
    return {"title": meta.title, "date": meta.date, "publisher": meta.publisher}


def test_headline_then_date_line_plain_text(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text(f"Two Held Over Bus Attack\nMarch 4, 2019 | 10:42 GMT\n\n{BODY}\n", "utf-8")
    raw = read_document(p)
    assert raw.date == "2019-03-04"
    doc = clean(raw)
    assert doc.title == "Two Held Over Bus Attack"
    assert doc.text == f"Two Held Over Bus Attack\n\n{BODY}"


def test_a_date_line_after_the_article_text_is_not_the_document_date():
    # Dates under "recent posts" belong to other articles.
    text = f"Two Held Over Bus Attack\n\n{BODY}\n\nRecent Posts\n\nJanuary 29, 2026\n"
    assert text_metadata(text).date is None


def test_markdown_front_matter_and_heading(tmp_path):
    p = tmp_path / "a.md"
    p.write_text(
        "---\ntitle: Police hold two men\npublished: 2022-07-01\nsource: AP\n---\n"
        f"# Police hold two men\n\n{BODY}\n",
        "utf-8",
    )
    raw = read_document(p)
    assert (raw.title, raw.date, raw.publisher) == ("Police hold two men", "2022-07-01", "AP")
    p.write_text(f"# Police hold two men\n\n**Published:** 1 July 2022\n\n{BODY}\n", "utf-8")
    raw = read_document(p)
    assert (raw.title, raw.date) == ("Police hold two men", "2022-07-01")


def test_html_publisher_from_site_name_or_json_ld():
    assert page_metadata('<meta property="og:site_name" content="The Daily Planet">').publisher == (
        "The Daily Planet"
    )
    ld = '<script type="application/ld+json">{"@type": "NewsArticle", "publisher": {"name": "Metro Post"}}</script>'
    assert page_metadata(ld).publisher == "Metro Post"


@pytest.mark.parametrize(
    ("dateline", "place", "agency"),
    [
        ("NAIROBI, Kenya (Reuters) — ", "NAIROBI, Kenya", "Reuters"),
        ("MOGADISHU (AP) - ", "MOGADISHU", "AP"),
        ("Nairobi, March 3 (AFP) – ", "Nairobi", "AFP"),
        ("GARISSA — ", "GARISSA", None),
    ],
)
def test_dateline_place_is_kept_agency_is_not(dateline, place, agency):
    text = f"Two Held Over Bus Attack\n\n{dateline}{BODY}\n"
    doc = clean(RawDocument("a.txt", text, "0" * 64, "text/plain"))
    blocks = doc.text.split("\n\n")
    assert blocks[1] == place
    assert blocks[2] == BODY
    assert doc.publisher == agency
    (cut,) = [r for r in doc.removed if r.rule == "dateline.place"]
    assert agency is None or agency in text[cut.begin : cut.end]
    # The kept place still points into the file.
    a = doc.text.index(place)
    assert text[doc.offsets.begin(a) : doc.offsets.end(a + len(place))] == place


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("| Team | Played | Points |", "nonprose.table"),
        ("|---|---:|---:|", "nonprose.table"),
        ("Kenya\t12\t30", "nonprose.table"),
        ("Somalia      14      22", "nonprose.table"),
        ("Gor Mahia 2-1 AFC Leopards", "nonprose.score"),
        ("Yankees 5, Red Sox 3 (10 innings)", "nonprose.score"),
        ("FT: Kenya 3:1 Uganda", "nonprose.score"),
        ("NAIROBI SECURITIES EXCHANGE CLOSING PRICES", "nonprose.all_caps"),
        ("KENYA POLICE UPDATE", "nonprose.all_caps"),
    ],
)
def test_non_prose_lines_are_removed(line, rule):
    text = f"Two Held Over Bus Attack\n\n{BODY}\n\n{line}\n\nThe minister visited Garissa.\n"
    for media_type in ("text/plain", "text/markdown"):
        doc = clean(RawDocument("a.txt", text, "0" * 64, media_type))
        assert line not in doc.text
        assert "The minister visited Garissa." in doc.text
        assert rule in {r.rule for r in doc.removed}


@pytest.mark.parametrize(
    "line",
    [
        "Kenya beat Uganda 3-1 on Saturday.",
        "The vote passed 52-48 in the Senate.",
        "NATO and the AU sent observers.",
        "In 2019, 12 people died in the attack.",
    ],
)
def test_prose_with_numbers_and_acronyms_stays(line):
    text = f"Two Held Over Bus Attack\n\n{BODY}\n\n{line}\n"
    doc = clean(RawDocument("a.txt", text, "0" * 64, "text/plain"))
    assert line in doc.text


def test_all_caps_headline_is_the_title_but_not_text():
    text = f"TWO HELD OVER BUS ATTACK\n\n{BODY}\n"
    doc = clean(RawDocument("a.txt", text, "0" * 64, "text/plain"))
    assert doc.title == "TWO HELD OVER BUS ATTACK"
    assert doc.text == BODY
