"""``kg diff OLD NEW``: entities added, removed and merged; facts with their evidence."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from kg.cli import app
from kg.errors import ExitCode
from kg.pipeline import build
from kg.rdf.diff import diff_graphs

DAY1 = {
    "budget.txt": "Budget\n\nFinance Minister Brenner said the budget would pass on Friday.\n",
    "talks.txt": "Talks\n\nKenyan Foreign Minister Amara Odhiambo met Japanese Prime Minister "
    "Sanae Takaichi in Oslo.\n",
}
BERLIN = (
    "Berlin\n\nGerman Finance Minister Lotte Brenner met French President Elise Marchand "
    "in Berlin.\n"
)


def _build(tmp_path, name, articles):
    corpus = tmp_path / f"{name}-in"
    corpus.mkdir()
    for fn, text in articles.items():
        (corpus / fn).write_text(text, encoding="utf-8")
    build([corpus], tmp_path / name, model="blank:en", html=False, validate=False)
    return tmp_path / name


def _facts(facts):
    return {(f.subject.label, f.predicate, f.object.label) for f in facts}


def test_diff_reports_new_people_merges_and_facts_with_evidence(tmp_path):
    old = _build(tmp_path, "day1", DAY1)
    new = _build(tmp_path, "day2", {"budget.txt": DAY1["budget.txt"], "berlin.txt": BERLIN})
    d = diff_graphs(old, new)
    added = {e.label for e in d.entities_added}
    assert {"Lotte Brenner", "Elise Marchand"} <= added
    assert {"Amara Odhiambo", "Sanae Takaichi"} <= {e.label for e in d.entities_removed}
    # The lone surname of day 1 now resolves into the full name of day 2.
    assert [(m.old.label, m.into.label) for m in d.entities_merged] == [
        ("Brenner", "Lotte Brenner")
    ]
    assert ("Lotte Brenner", "met", "Elise Marchand") in _facts(d.facts_added)
    assert ("Amara Odhiambo", "met", "Sanae Takaichi") in _facts(d.facts_removed)
    met = next(f for f in d.facts_added if f.predicate == "met")
    (ev,) = met.evidence
    assert ev.document.endswith("berlin.txt") and ev.extractor.startswith("meeting")
    text = BERLIN
    assert text[ev.begin : ev.end] == ev.sentence  # offsets point at the evidence


def test_same_build_twice_is_an_empty_diff_and_json_round_trips(tmp_path):
    old = _build(tmp_path, "a", DAY1)
    assert diff_graphs(old, old).empty
    new = _build(tmp_path, "b", {**DAY1, "berlin.txt": BERLIN})
    r = CliRunner().invoke(app, ["diff", str(old), str(new / "graph.ttl"), "--json"])
    assert r.exit_code == 0, r.output
    data = json.loads(r.output)
    assert not data["entities_removed"] and not data["facts_removed"]
    assert {"Lotte Brenner", "Elise Marchand"} <= {e["label"] for e in data["entities_added"]}
    text = CliRunner().invoke(app, ["diff", str(old), str(new)]).output
    assert "+ Person Elise Marchand" in text and "berlin.txt [" in text


def test_diff_of_a_missing_build_is_one_clear_error(tmp_path):
    r = CliRunner().invoke(app, ["diff", str(tmp_path / "nope"), str(tmp_path)])
    assert r.exit_code == ExitCode.INPUT
    assert "E020" in r.output
