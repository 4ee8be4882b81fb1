"""Boilerplate removal and the clean-to-source offset map."""

from __future__ import annotations

import html
import random
import re
from pathlib import Path

import pytest

from kg.clean import clean, load_rules
from kg.clean.rules import rules_from_dict
from kg.errors import KGError
from kg.ingest import read_document
from kg.model import CleanDocument, RawDocument

ROOT = Path(__file__).resolve().parents[2]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
FIXTURES = ROOT / "tests" / "fixtures"


def _raw(text: str, media_type: str = "text/plain", title: str | None = None) -> RawDocument:
    return RawDocument("mem.txt", text, "0" * 64, media_type, title=title)


@pytest.fixture(scope="module")
def seeds() -> dict[str, CleanDocument]:
    return {p.name[:3]: clean(read_document(p)) for p in SEEDS}


def _blocks(text: str) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for part in text.split("\n\n"):
        spans.append((pos, pos + len(part)))
        pos += len(part) + 2
    return spans


def _random_spans(doc: CleanDocument, n: int, seed: int = 0):
    rng = random.Random(seed)
    blocks = [b for b in _blocks(doc.text) if b[1] > b[0]]
    for _ in range(n):
        lo, hi = rng.choice(blocks)
        a = rng.randrange(lo, hi)
        b = rng.randrange(a + 1, hi + 1)
        yield a, b


# ------------------------------------------------------------------------------ seeds
JUNK = [
    "Real Madrid",
    "IShowSpeed",
    "TSA",
    "Recent Posts",
    "cookies",
    "Wikimedia",
    "Freepik",
    "EconoTimes",
    "Menu",
    "Share This Post",
    "Read More",
    "Read more",
    "Politics",
    "Market Data",
    "Sign up",
    "stories unfolding",
    "Add a comment",
    "Leave a",
    "Your email address",
    "Advertisement",
    "Log-in",
    "#TrendingNews",
    "Rajesh",
    "January 29, 2026",
    "Iranian officials",
    "Japan -Japan",
]


def test_seed_junk_is_gone(seeds):
    for key, doc in seeds.items():
        for junk in JUNK:
            assert junk not in doc.text, (key, junk)


@pytest.mark.parametrize(
    ("key", "title"),
    [
        ("000", "Japan Moves Closer To America Over Escalating Regional Tensions"),
        ("001", "U.S. and Japan Strengthen Defense Alliance Amid Rising Regional Tensions"),
        (
            "002",
            "Japan and the United States strengthen their military alliance in the face of pressure from China",
        ),
        ("003", "Why Japan and the U.S. Are Growing Closer: Key Factors Explained"),
        ("004", "Japan Signs Agreements With US to Strengthen Alliance"),
    ],
)
def test_seed_titles(seeds, key, title):
    doc = seeds[key]
    assert doc.title == title
    # The headline is the first block, kept once.
    assert doc.text.split("\n\n")[0] == title
    assert doc.text.count(title) == 1


def test_seed_bylines(seeds):
    assert seeds["000"].byline == "Rajesh Journalist"
    assert [seeds[k].byline for k in ("001", "002", "003", "004")] == [None] * 4


def test_seed_article_text_is_kept(seeds):
    for p in SEEDS:
        doc = seeds[p.name[:3]]
        kept = {" ".join(b.split()) for b in doc.text.split("\n\n")}
        # Every source paragraph of the article proper survives verbatim.
        for para in re.split(r"\n\s*\n", p.read_text(encoding="utf-8")):
            para = " ".join(para.split())
            if len(para) > 150 and not re.search(r"Read More|Source:|Photo:|#Trending", para):
                body = re.sub(r"^Japan -", "", para)
                assert body in kept, (p.name, para[:60])


@pytest.mark.parametrize(
    "needle",
    [
        "Pete Hegseth is set to meet",
        "Japan already hosts the largest concentration",
        "Joint missile production and Japan\u2013U.S. military cooperation",
        "Okinawa, a key piece in Japan and the U.S.\u2019s military strategy",
        "Japan strengthens global alliances in the face of China",
        "What is the reason?",
        "The election of Trump as the new President",
        "Japan is moving closer to solidifying",
        "both sides of the Taiwan Strait.",
        "Japan\u2019s interest in greater military cooperation",
    ],
)
def test_seed_sentences_and_headings_present(seeds, needle):
    assert any(needle in d.text for d in seeds.values())


def test_seed_removals_name_their_rules(seeds):
    by_rule = {}
    for doc in seeds.values():
        for r in doc.removed:
            by_rule.setdefault(r.rule, []).append(doc.raw.text[r.begin : r.end])
    # The dateline's place stays as a block of its own (a place mention); the dash goes.
    assert by_rule["dateline.place"] == [" -"]
    assert seeds["000"].text.split("\n\n")[1] == "Japan"
    assert by_rule["byline.role_word"] == ["Rajesh Journalist"]
    assert by_rule["tail.more_posts"][0].startswith("Recent Posts\n\nWhy International")
    assert by_rule["tail.more_posts"][0].endswith("This website uses cookies.\n\nRead More")
    assert "Photo: Freepik" in by_rule["credit.label"]
    assert (
        "Read more: United States tightens sanctions against Iranian officials after protests"
        in (by_rule["teaser.read_more"])
    )
    assert by_rule["nav.section_words"][0].startswith("#TrendingNews Blog Business")
    assert by_rule["furniture.newsletter"] == [
        "Sign up for daily updates for the most important\nstories unfolding in the global economy."
    ]
    dup = by_rule["title.duplicate"]
    assert any(d.endswith("via Wikimedia Commons") for d in dup)
    assert len(dup) == 2


def test_seed_offsets_map_exactly(seeds):
    for doc in seeds.values():
        m = doc.offsets
        for a, b in _blocks(doc.text):
            assert doc.raw.text[m.begin(a) : m.end(b)] == doc.text[a:b]
        for a, b in _random_spans(doc, 300):
            assert doc.raw.text[m.begin(a) : m.end(b)] == doc.text[a:b]


def test_removals_do_not_overlap_kept_text(seeds):
    for doc in seeds.values():
        kept = [(doc.offsets.begin(a), doc.offsets.end(b)) for a, b in _blocks(doc.text)]
        for r in doc.removed:
            assert r.begin < r.end
            for b, e in kept:
                assert r.end <= b or r.begin >= e, (r, doc.raw.text[r.begin : r.end])
        assert list(doc.removed) == sorted(doc.removed, key=lambda r: (r.begin, r.end, r.rule))


def test_clean_is_deterministic():
    raw = read_document(SEEDS[0])
    assert clean(raw) == clean(raw)


# ------------------------------------------------------------------------------ made-up text
def test_made_up_text_article():
    raw = read_document(FIXTURES / "clean_article.txt")
    doc = clean(raw)
    assert doc.title == "Philippines and Japan Sign Troop Pact"
    assert doc.byline == "Maria Santos"
    assert doc.text == (
        "Philippines and Japan Sign Troop Pact\n\n"
        "MANILA\n\n"
        "The Philippines and Japan signed a defence pact on Monday that allows\n"
        "troops to be deployed on each other's territory, officials said.\n\n"
        "Defence Secretary Gilberto Teodoro and Foreign Minister Yoko Kamikawa signed the\n"
        "Reciprocal Access Agreement in Manila.\n\n"
        "The pact still has to be ratified by the Philippine Senate and the Japanese Diet."
    )
    rules = [r.rule for r in doc.removed]
    assert rules == [
        "furniture.breadcrumb",
        "tail.trending",  # before any body text: only the line is dropped
        "byline.by",
        "credit.label",
        "dateline.place",
        "teaser.read_more",
        "furniture.newsletter",
        "tail.also_like",
    ]
    tail = doc.removed[-1]
    assert raw.text[tail.begin : tail.end] == "You may also like\n\nReal Madrid sign a new striker"
    for a, b in _random_spans(doc, 300, seed=1):
        assert raw.text[doc.offsets.begin(a) : doc.offsets.end(b)] == doc.text[a:b]


def test_title_repeated_with_credit_is_dropped():
    text = (
        "Leaders Meet in Tokyo\n\nLeaders Meet in Tokyo Leaders Meet in Tokyo\nPhoto: Getty Images\n\n"
        "Leaders Meet in Tokyo. Image: AFP\n\nThe leaders met on Monday.\n"
    )
    doc = clean(_raw(text))
    assert doc.text == "Leaders Meet in Tokyo\n\nThe leaders met on Monday."
    assert [r.rule for r in doc.removed] == ["title.duplicate", "credit.label", "title.duplicate"]


def test_crlf_text_offsets():
    text = (
        "Pact Signed In Manila\r\n\r\nBy Jo Reyes\r\n\r\nManila and Tokyo signed\r\nthe pact.\r\n"
    )
    doc = clean(_raw(text))
    assert doc.text == "Pact Signed In Manila\n\nManila and Tokyo signed\r\nthe pact."
    a = doc.text.index("Tokyo")
    b, e = doc.offsets.to_source(a, a + 5)
    assert text[b:e] == "Tokyo"
    assert doc.byline == "Jo Reyes"


def test_sentence_starting_with_by_is_not_a_byline():
    text = "Budget Rises Again\n\nBy Friday, the ministry had decided.\n"
    doc = clean(_raw(text))
    assert doc.byline is None
    assert "By Friday, the ministry had decided." in doc.text


def test_compound_place_is_not_a_dateline():
    text = "Talks Resume\n\nU.S.-Japan talks resumed on Monday in Tokyo.\n"
    assert clean(_raw(text)).text.endswith("U.S.-Japan talks resumed on Monday in Tokyo.")


def test_first_line_sentence_is_not_a_title():
    doc = clean(_raw("Japan signed the pact on Friday.\n\nIt takes effect in May.\n"))
    assert doc.title is None
    assert doc.text == "Japan signed the pact on Friday.\n\nIt takes effect in May."


def test_markdown_markup_is_cut_with_exact_offsets():
    text = (
        "---\ntitle: Pact\n---\n# Japan Signs **Pact**\n\n![photo](a.jpg)\n\n"
        "The [Ministry of Defense](https://mod.go.jp) said *so*.\n\n- Okinawa bases\n"
    )
    raw = RawDocument("a.md", text, "0" * 64, "text/markdown")
    doc = clean(raw)
    assert doc.text == "Japan Signs Pact\n\nThe Ministry of Defense said so.\n\nOkinawa bases"
    assert doc.title == "Japan Signs Pact"
    a = doc.text.index("Ministry of Defense")
    b, e = doc.offsets.to_source(a, a + len("Ministry of Defense"))
    assert text[b:e] == "Ministry of Defense"
    a = doc.text.index("Okinawa")
    assert text[doc.offsets.begin(a) : doc.offsets.end(a + 7)] == "Okinawa"
    assert {"markdown.front_matter", "markdown.image"} <= {r.rule for r in doc.removed}


def test_empty_result_when_everything_is_furniture():
    doc = clean(_raw("Menu\n\nSearch\n\nAdvertisement\n"))
    assert doc.text == ""
    assert doc.offsets.runs == ((0, 0, 0, 0),)
    assert len(doc.removed) == 3


# ------------------------------------------------------------------------------ HTML
@pytest.fixture(scope="module")
def page() -> CleanDocument:
    return clean(read_document(FIXTURES / "clean_page.html"))


def test_html_keeps_article_only(page):
    assert page.text == (
        "Japan and US sign defence pact\n\n"
        "TOKYO\n\n"
        "Prime Minister Fumio Kishida and President Joe Biden signed two memoranda in Washington "
        "on Friday, the Ministry of Defense said.\n\n"
        "Research & development\n\n"
        "Both sides agreed to co\u2011develop missiles \u2013 a first \u2014 said Lloyd Austin.\n\n"
        "Japan\u2019s defence budget rose sharply."
    )
    assert (page.title, page.byline, page.date) == (
        "Japan and US sign defence pact",
        "Jane Doe",
        "2024-04-10",
    )
    for junk in [
        "cookies",
        "Accept",
        "World",
        "Politics",
        "Advertisement",
        "Share",
        "not text",
        "Trending",
        "IShowSpeed",
        "Real Madrid",
        "Daily Planet",
        "Reuters",
        "color",
    ]:
        assert junk not in page.text, junk


def test_html_removals(page):
    src = page.raw.text
    got = {r.rule: src[r.begin : r.end] for r in page.removed}
    assert got["html.tag.nav"].startswith("<nav") and got["html.tag.nav"].endswith("</nav>")
    assert (
        got["html.attr.cookie"]
        == '<div id="cookie-banner">This website uses cookies. <button>Accept</button></div>'
    )
    assert got["credit.html.figcaption"] == "<figcaption>Photo: Reuters/John Smith</figcaption>"
    assert got["byline.html"] == '<p class="byline">By <a href="/authors/jane">Jane Doe</a></p>'
    assert got["dateline.place"] == " (Reuters) - "
    assert page.publisher == "Reuters"
    assert got["teaser.read_more"] == "Read more: China protests new pact"
    assert got["html.attr.related"].startswith('<section class="related-posts">')
    assert got["html.tag.script"] == '<script>var x = "<p>not text</p>";</script>'


def test_html_character_references_map_to_their_span(page):
    src, m = page.raw.text, page.offsets
    a = page.text.index("&")
    assert m.to_source(a, a + 1) == (src.index("&amp;"), src.index("&amp;") + 5)
    a = page.text.index("Research & development")
    b, e = m.to_source(a, a + len("Research & development"))
    assert src[b:e] == "Research &amp; development"
    a = page.text.index("\u2019")
    assert src[m.begin(a) : m.end(a + 1)] == "&rsquo;"
    a = page.text.index("\u2014")
    assert src[m.begin(a) : m.end(a + 1)] == "&#x2014;"
    a = page.text.index("Lloyd")
    assert src[m.begin(a) : m.end(a + 12)] == "Lloyd Austin"


def test_html_collapsed_whitespace_maps_to_the_whole_run(page):
    src, m = page.raw.text, page.offsets
    a = page.text.index("the Ministry") + 3
    assert src[m.begin(a) : m.end(a + 1)].strip(" ") == "\n"
    assert re.fullmatch(r"\s{2,}", src[m.begin(a) : m.end(a + 1)])
    a = page.text.index("rose sharply") + 4
    assert src[m.begin(a) : m.end(a + 1)] == "&nbsp;"


def _visible(s: str) -> str:
    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]*>", "", s)))


def test_html_offsets_property(page):
    src, m = page.raw.text, page.offsets
    for a, b in _random_spans(page, 500, seed=2):
        assert _visible(src[m.begin(a) : m.end(b)]) == re.sub(r"\s+", " ", page.text[a:b])


def test_html_nested_unclosed_and_hidden_elements():
    text = (
        "<html><body><div class='entry-content share-enabled'><h1>Ministers Meet In Manila</h1>"
        "<ul><li>Teodoro met Kamikawa.<li>They signed a pact.</ul>"
        "<div hidden>Hidden promo</div><p style='display: none'>Invisible</p>"
        "<aside><p>Sidebar <b>bold</aside><p>After the sidebar.</p>"
        "<div class='comments'><h3>Leave a Reply</h3>"
    )
    doc = clean(_raw(text, "text/html"))
    assert doc.text == (
        "Ministers Meet In Manila\n\nTeodoro met Kamikawa.\n\nThey signed a pact.\n\nAfter the sidebar."
    )
    assert doc.title == "Ministers Meet In Manila"
    assert doc.removed[-1].rule == "html.attr.comments"
    assert doc.removed[-1].end == len(text)


def test_html_odd_markup():
    text = (
        "<p>Tokyo &unknown; &#99999999; & Osaka &amp</p><![CDATA[x]]><p>Japan&#10;US</p><!-- open"
    )
    doc = clean(_raw(text, "text/html"))
    assert doc.text == "Tokyo &unknown; \ufffd & Osaka &\n\nJapan US"
    a = doc.text.rindex("&")
    assert text[doc.offsets.begin(a) : doc.offsets.end(a + 1)] == "&amp"
    assert doc.removed[-1].rule == "html.comment"


def test_html_crlf_positions():
    text = "<html>\r\n<body>\r\n<h1>Pact Signed In Manila</h1>\r\n<p>Tokyo &amp;\r\n Manila agreed.</p>\r\n</body></html>"
    doc = clean(_raw(text, "text/html"))
    assert doc.text == "Pact Signed In Manila\n\nTokyo & Manila agreed."
    a = doc.text.index("Manila agreed")
    assert text[doc.offsets.begin(a) : doc.offsets.end(a + 6)] == "Manila"


# ------------------------------------------------------------------------------ rules
def test_rules_are_data_with_ids():
    rules = load_rules()
    ids = [r.id for r in rules.lines]
    assert len(ids) == len(set(ids))
    assert {"tail.more_posts", "furniture.cookies", "credit.archive", "byline.role_word"} <= set(
        ids
    )
    assert load_rules() is rules  # compiled once


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Menu", "furniture.menu"),
        ("|  Politics", "furniture.section_label"),
        ("Advertisement", "furniture.advert"),
        ("Share This Post On", "furniture.share"),
        ("\u2022 Market Data", "furniture.widget"),
        ("This website uses cookies.", "furniture.cookies"),
        (
            "We use cookies to improve your experience. By continuing you agree.",
            "furniture.cookies",
        ),
        ("Welcome to EconoTimes", "furniture.welcome"),
        (
            "Your email address will not be published. Required fields are marked *",
            "furniture.comments",
        ),
        ("You need to login to leave a comment. Log-in", "furniture.comments"),
        (
            "Note: we are temporarily moderating all comments to deal with spam.",
            "furniture.comments",
        ),
        ("Comments are moderated and may take a day to appear.", "furniture.comments"),
        ("Photo: Freepik", "credit.label"),
        ("(Photo by Kim Kyung-Hoon/Reuters)", "credit.by"),
        ("Credit: AP", "credit.label"),
        (
            "A view of Tokyo. Source: Jane Doe, CC BY-SA 4.0, via Wikimedia Commons",
            "credit.archive",
        ),
        ("Read more: Japan ramps up defence", "teaser.read_more"),
        ("See also: Okinawa bases", "teaser.read_more"),
        ("Related: China reacts", "teaser.read_more"),
        ("By Jane Doe", "byline.by"),
        ("Jane Doe | Reporter", "byline.role_after"),
        ("Rajesh Journalist", "byline.role_word"),
        ("Related Articles", "tail.more_posts"),
        ("More Stories", "tail.more_posts"),
        ("You may also like", "tail.also_like"),
        ("Popular", "tail.trending"),
    ],
)
def test_line_rules(line, rule):
    hit = load_rules().match_line(line)
    assert hit is not None and hit.id == rule


@pytest.mark.parametrize(
    "line",
    [
        "Japan approved a record defense budget.",
        "Video-sharing platforms were blocked in the region.",
        "Related-party deals were reviewed by the ministry.",
        "Accepting the proposal, Tokyo moved troops south.",
        "Japan Moves Closer To America Over Escalating Regional Tensions",
        "What is the reason?",
        "Source of tension",
    ],
)
def test_article_lines_match_no_rule(line):
    rules = load_rules()
    assert rules.match_line(line) is None
    assert not rules.nav.matches(line)


def test_menu_entries_on_their_own_lines():
    nav = load_rules().nav
    assert nav.matches("World") and nav.matches("Tech News")
    assert not nav.matches("Japan") and not nav.matches("World War Two ended")


def test_custom_rules_and_invalid_files(tmp_path):
    rules = rules_from_dict({"rules": [{"id": "x.promo", "kind": "drop", "pattern": "PROMO.*"}]})
    doc = clean(_raw("Budget Talks Begin\n\nPROMO: buy now\n\nTalks began.\n"), rules)
    assert doc.text == "Budget Talks Begin\n\nTalks began."
    assert [r.rule for r in doc.removed] == ["x.promo"]
    bad = tmp_path / "bad.toml"
    bad.write_text('[[rules]]\nid = "a"\nkind = "drop"\npattern = "("\n')
    with pytest.raises(KGError) as e:
        load_rules(bad)
    assert e.value.code == "E030" and "rule 'a'" in str(e.value)
    bad.write_text('[[rules]]\nid = "a"\nkind = "zap"\npattern = "x"\n')
    with pytest.raises(KGError):
        load_rules(bad)
