"""HTML pages: trafilatura chooses the article, the page's own blocks keep exact offsets."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kg.bench.extraction import (
    load,
    offset_errors,
    page_scores,
    run_clean,
    score,
    visible,
)
from kg.clean import clean
from kg.clean.article import ExtractorSettings, keep_aligned
from kg.clean.units import Unit
from kg.model import RawDocument

BENCH = Path(__file__).resolve().parents[1] / "fixtures" / "extraction"

PARAS = [
    "Defence ministers of Japan and the Philippines met in Manila on Tuesday to sign a pact "
    "that lets troops train on each other's soil, officials from both governments said.",
    "The agreement, which still needs approval from both parliaments, follows two years of "
    "talks and a string of joint exercises near disputed reefs in the South China Sea.",
    "Analysts in Tokyo said the deal marks a shift in how Japan works with partners in the "
    "region, while Beijing said it was watching the talks closely and urged restraint.",
    "The ministers also agreed to meet again next year and to widen cooperation on coast "
    "guard patrols, disaster relief and the sharing of maritime surveillance data.",
]


def _page(body: str, head: str = "<title>Japan and Philippines sign pact</title>") -> str:
    return f"<!DOCTYPE html><html><head>{head}</head><body>{body}</body></html>"


def _clean(page: str, **kw):
    return clean(RawDocument("page.html", page, "0" * 64, "text/html"), **kw)


def _article(wrapper_open: str, wrapper_close: str) -> str:
    paras = "".join(f"<p>{p}</p>" for p in PARAS)
    return _page(
        "<nav><a href='/'>Home</a> <a href='/world'>World</a></nav>"
        f"{wrapper_open}<h1>Japan and Philippines sign pact</h1>{paras}{wrapper_close}"
        "<div class='related'><h3>More stories</h3><ul>"
        "<li><a href='/a'>Real Madrid sign a new striker</a></li>"
        "<li><a href='/b'>Celebrity chef opens third restaurant</a></li></ul></div>"
        "<footer>&copy; 2024 The Daily Planet. All rights reserved.</footer>"
    )


@pytest.mark.parametrize(
    ("wrapper_open", "wrapper_close"),
    [
        ("<div class='layout-ad-wrapper'>", "</div>"),  # a furniture class word on the layout
        ("<form action='/subscribe'>", "</form>"),  # a form around the whole page
        ("<div id='sidebar-layout'><div class='widget-area'>", "</div></div>"),
        ("<main>", "</main>"),
    ],
)
def test_article_survives_misleading_wrappers(wrapper_open, wrapper_close):
    doc = _clean(_article(wrapper_open, wrapper_close))
    for p in PARAS:
        assert p in doc.text
    assert doc.text.startswith("Japan and Philippines sign pact\n\n")
    for junk in ("Real Madrid", "Celebrity chef", "Daily Planet", "World"):
        assert junk not in doc.text
    assert doc.notes == ()
    assert offset_errors(doc) == []


def test_unchosen_blocks_are_listed_with_a_rule():
    page = _article("<article>", "</article>")
    doc = _clean(page)
    rules = {r.rule: visible(page[r.begin : r.end]) for r in doc.removed}
    assert rules["html.tag.nav"] == "Home World"
    assert "Real Madrid" in rules["html.attr.related"]
    assert "All rights reserved" in rules["html.tag.footer"]


def test_a_chosen_block_inside_furniture_is_kept_and_its_neighbours_listed():
    # The article sits in an element whose class says 'ad'; its link list does not.
    paras = "".join(f"<p>{p}</p>" for p in PARAS)
    links = "<ul><li><a href='/x'>Real Madrid sign a new striker</a></li></ul>"
    page = _page(f"<div class='ad'>{paras}{links}</div>")
    doc = _clean(page)
    assert all(p in doc.text for p in PARAS)
    assert "Real Madrid" not in doc.text
    dropped = [visible(page[r.begin : r.end]) for r in doc.removed if r.rule == "html.attr.ad"]
    assert dropped == ["Real Madrid sign a new striker"]


def test_line_rules_run_on_the_chosen_text():
    paras = "".join(f"<p>{p}</p>" for p in PARAS)
    page = _page(
        "<article><h1>Japan and Philippines sign pact</h1>"
        "<p>MANILA, Philippines (AFP) &mdash; "
        + PARAS[0]
        + "</p>"
        + paras[len(PARAS[0]) + 7 :]
        + "<p>Read more: Manila weighs new coast guard ships</p></article>"
    )
    doc = _clean(page)
    assert "Read more" not in doc.text and "AFP" not in doc.text
    assert doc.text.split("\n\n")[1] == "MANILA, Philippines"
    assert doc.publisher == "AFP"
    assert offset_errors(doc) == []


def test_no_article_found_falls_back_with_a_note():
    # trafilatura takes a lone list of links for navigation and returns nothing.
    page = _page("<div class='menu'>Home</div><ul><li><a href='/x'>Tokyo and Manila agreed.</a>")
    doc = _clean(page)
    assert doc.text == "Tokyo and Manila agreed."
    assert len(doc.notes) == 1 and doc.notes[0].startswith("[W003] page.html:")
    assert "kept the blocks outside page furniture" in doc.notes[0]


def test_only_furniture_falls_back_to_every_block():
    doc = _clean(_page("<nav><p>Tokyo and Manila agreed on a pact.</p></nav>"))
    assert doc.text == "Tokyo and Manila agreed on a pact."
    assert "kept every text block" in doc.notes[0]


def test_page_too_large_for_the_extractor_keeps_its_own_blocks():
    doc = _clean(_article("<main>", "</main>"), extractor=ExtractorSettings(max_chars=100))
    assert all(p in doc.text for p in PARAS)
    assert "characters of text, more than the article extractor takes (100)" in doc.notes[0]


def test_deeply_nested_page_still_gives_its_text():
    page = _page("<div>" * 3000 + f"<p>{PARAS[0]}</p>" + "</div>" * 3000)
    doc = _clean(page)
    assert PARAS[0] in doc.text
    assert offset_errors(doc) == []


@pytest.mark.parametrize(
    ("blocks", "extracted", "expected"),
    [
        (["Home", PARAS[0], "Share"], PARAS[0], [False, True, False]),
        # Order decides between repeated text: the teaser above the article is not chosen.
        ([PARAS[0][:60], "Latest", PARAS[0], PARAS[1]], PARAS[0] + "\n" + PARAS[1], None),
        # A block mostly but not wholly in the extracted text is kept.
        ([PARAS[1] + " Photo: Getty"], PARAS[1], [True]),
        # Words matched only by chance (one word here and there) do not keep a block.
        (["Japan World Manila Tokyo news"], PARAS[0], [False]),
    ],
)
def test_alignment(blocks, extracted, expected):
    got = keep_aligned([Unit.identity(b, 0) for b in blocks], extracted)
    if expected is None:
        assert got[2:] == [True, True] and got[1] is False
    else:
        assert got == expected


# ---------------------------------------------------------------------- benchmark
def test_metric_matches_the_benchmark_definition():
    assert page_scores("a b c d e", "a b c d") == (0.5, 0.0, 0.5)
    truth = {"x": "one two three four five", "y": "six seven eight nine"}
    s = score(truth, {"x": "one two three four five", "y": ""})
    # The empty page counts recall 0 and is left out of the precision average.
    assert (s.precision, s.recall, s.empty) == (1.0, 0.5, ["y"])
    assert s.f1 == pytest.approx(2 / 3)


def test_benchmark_pages_score_high_and_map_exactly():
    truth, pages = load(BENCH)
    preds, _, bad, notes = run_clean(pages)
    s = score(truth, preds)
    assert s.empty == [] and bad == [] and notes == []
    assert s.f1 >= 0.95
    for key, page in pages.items():
        doc = clean(RawDocument(key, page, "0" * 64, "text/html"))
        # Every kept block, read back from the file, is the kept text.
        for block in doc.text.split("\n\n"):
            a = doc.text.index(block)
            src = page[doc.offsets.begin(a) : doc.offsets.end(a + len(block))]
            if "<" not in src:  # a block with inline markup is checked run by run below
                assert re.sub(r"\s+", " ", visible(src)) == re.sub(r"\s+", " ", block)
        assert offset_errors(doc) == []


def test_offset_check_catches_a_wrong_map():
    from dataclasses import replace

    from kg.model import OffsetMap

    doc = _clean(_article("<main>", "</main>"))
    c, s, cl, sl = doc.offsets.runs[1]
    shifted = doc.offsets.runs[:1] + ((c, s + 1, cl, sl),) + doc.offsets.runs[2:]
    assert offset_errors(replace(doc, offsets=OffsetMap(shifted)))


def test_hostile_page_gives_one_line_and_the_build_goes_on(tmp_path):
    from kg.pipeline import build

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "deep.html").write_text(
        _page("<div>" * 400 + f"<p>{PARAS[0]}</p>" + "</div>" * 400), encoding="utf-8"
    )
    (tmp_path / "in" / "ok.html").write_text(_article("<main>", "</main>"), encoding="utf-8")
    summary = build(
        [tmp_path / "in"], tmp_path / "out", model="blank:en", validate=False, html=False
    )
    assert summary.documents == 2 and not summary.skipped
    assert len(summary.notes) == 1
    assert summary.notes[0].startswith("[W003] ") and "deep.html" in summary.notes[0]
    assert "\n" not in summary.notes[0]
