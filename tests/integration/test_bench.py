"""The throughput benchmark runs end to end (figures are printed, never asserted on)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from kg.bench.__main__ import make_corpus

pytestmark = pytest.mark.integration


def test_corpus_documents_are_distinct(tmp_path):
    paths = make_corpus(12, tmp_path)
    texts = [p.read_text(encoding="utf-8") for p in paths]
    assert len(set(texts)) == 12
    assert all(t.splitlines()[0] == texts[i % 5].splitlines()[0] for i, t in enumerate(texts))


def test_benchmark_reports_both_runs_and_their_ratio():
    res = subprocess.run(
        [sys.executable, "-m", "kg.bench", "--docs", "4", "--no-validate"],
        capture_output=True,
        text=True,
        check=True,
        timeout=300,
    )
    lines = res.stdout.splitlines()
    assert lines[0].startswith("corpus: 4 documents")
    assert any(line.startswith("bare nlp.pipe") for line in lines)
    assert any(line.startswith("kg build ") and "peak" not in line for line in lines)
    assert "of bare nlp.pipe" in lines[-1]
