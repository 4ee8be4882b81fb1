"""Shared fixtures: a rules-only pipeline for fast tests, the real model for integration."""

from __future__ import annotations

from pathlib import Path

import pytest

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


@pytest.fixture(scope="session")
def blank_nlp():
    """``spacy.blank("en")`` plus the project's rule components (no statistical model)."""
    from kg.nlp import load_pipeline

    return load_pipeline("blank:en")


@pytest.fixture(scope="session")
def analyse(blank_nlp):
    from kg.pipeline import analyse_text

    def run(text: str, date: str | None = None):
        return analyse_text(text, blank_nlp, date=date)

    return run


@pytest.fixture(scope="session")
def seeds_build(tmp_path_factory):
    """The seeds graph (and its HTML page), built once per session with the real model."""
    from kg.pipeline import build

    out = tmp_path_factory.mktemp("seeds-out")
    summary = build([SEEDS], out)
    return summary
