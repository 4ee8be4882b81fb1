"""Shared fixtures: a rules-only pipeline for fast tests, the real model for integration."""

from __future__ import annotations

import pytest


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
