"""The CLI as users meet it: bad inputs, --strict, atomic outputs, help, query, validate."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.cli import app

pytestmark = pytest.mark.integration
SEEDS = Path(__file__).resolve().parents[2] / "seeds"
runner = CliRunner()


@pytest.fixture()
def messy(tmp_path: Path) -> Path:
    d = tmp_path / "in"
    d.mkdir()
    shutil.copy(SEEDS / "002_7bd27892e224c386.txt", d / "good.txt")
    (d / "empty.txt").write_text("   \n", encoding="utf-8")
    (d / "binary.txt").write_bytes(b"\x00\x01\x02PNG\x00" * 50)
    (d / "latin1.txt").write_bytes(
        "Japanese Prime Minister Sanae Takaichi met Italian Prime Minister Giorgia Meloni in Tokyo "
        "for a caf\xe9 summit.\n".encode("latin-1")
    )
    return d


def test_bad_files_are_skipped_with_one_clear_line_each(messy, tmp_path):
    out = tmp_path / "out"
    res = runner.invoke(
        app, ["build", str(messy), str(tmp_path / "missing.txt"), "--out", str(out), "--no-html"]
    )
    assert res.exit_code == 0, res.output
    text = res.output
    assert f"[E003] {messy / 'empty.txt'}: file is empty" in text
    assert f"[E004] {messy / 'binary.txt'}" in text
    assert f"[E001] {tmp_path / 'missing.txt'}: file not found" in text
    assert "[W001]" in text and "latin1.txt" in text  # fallback decoding is reported
    assert "documents read" in text and "│     2 │" in text  # good.txt and latin1.txt built
    ttl = (out / "graph.ttl").read_text(encoding="utf-8")
    assert "Giorgia Meloni" in ttl


def test_strict_turns_skips_into_failure_and_keeps_the_old_graph(messy, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / "graph.ttl").write_text("# previous good graph\n", encoding="utf-8")
    res = runner.invoke(app, ["build", str(messy), "--out", str(out), "--strict", "--no-html"])
    assert res.exit_code == 3  # input error: nothing written
    assert "--strict" in res.output
    assert (out / "graph.ttl").read_text(encoding="utf-8") == "# previous good graph\n"


def test_failed_write_leaves_previous_output(monkeypatch, tmp_path):
    from kg import io

    target = tmp_path / "graph.ttl"
    target.write_text("old", encoding="utf-8")

    def boom(*a, **k):
        raise KeyboardInterrupt

    monkeypatch.setattr(io.os, "replace", boom)
    with pytest.raises(KeyboardInterrupt):
        io.atomic_write(target, "new content")
    assert target.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["graph.ttl"]  # no stray temp file


@pytest.mark.parametrize(
    "command", ["build", "validate", "query", "serve", "export", "push", "render", "load"]
)
def test_help_explains_every_option(command):
    res = runner.invoke(app, [command, "--help"])
    assert res.exit_code == 0
    assert "Usage" in res.output


def test_build_help_names_its_options():
    res = runner.invoke(app, ["build", "--help"], terminal_width=200)
    for opt in ("--out", "--model", "--base-iri", "--strict", "--store"):
        assert opt in res.output


def test_build_query_validate_round_trip(tmp_path):
    out = tmp_path / "out"
    res = runner.invoke(
        app,
        [
            "build",
            str(SEEDS / "001_ad6ca9bc28ccdd59.txt"),
            "--out",
            str(out),
            "--base-iri",
            "http://example.org/kg/",
        ],
    )
    assert res.exit_code == 0, res.output
    assert (out / "graph.html").exists()
    res = runner.invoke(app, ["validate", str(out / "graph.ttl")])
    assert res.exit_code == 0, res.output
    q = "SELECT ?l WHERE { ?p a kg:Person ; rdfs:label ?l } ORDER BY ?l"
    res = runner.invoke(app, ["query", str(out / "graph.ttl"), q, "--format", "json"])
    assert res.exit_code == 0, res.output
    labels = [b["l"]["value"] for b in json.loads(res.output)["results"]["bindings"]]
    assert "Pete Hegseth" in labels and "Shinjiro Koizumi" in labels
    assert "http://example.org/kg/person/pete-hegseth" in (out / "graph.ttl").read_text(
        encoding="utf-8"
    ) or "<http://example.org/kg/person/>" in (out / "graph.ttl").read_text(encoding="utf-8")


def test_unknown_model_is_a_clear_error(tmp_path):
    res = runner.invoke(
        app, ["build", str(SEEDS), "--out", str(tmp_path), "--model", "no_such_model"]
    )
    assert res.exit_code == 2  # usage: pick another --model
    assert "[E010] spaCy pipeline 'no_such_model' is not installed" in res.output
