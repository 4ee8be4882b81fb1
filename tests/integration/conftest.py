"""The seeds graph, built once per test session with the real model."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"


@pytest.fixture(scope="session")
def seeds_store(seeds_build) -> ox.Store:
    store = ox.Store()
    store.load(path=str(seeds_build.graph), format=ox.RdfFormat.TURTLE)
    return store


@pytest.fixture(scope="session")
def ask(seeds_store):
    from kg.vocab import id_prefixes, sparql_prefixes

    prefixes = sparql_prefixes(id_prefixes())

    def run(query: str):
        result = seeds_store.query(prefixes + query)
        return (
            bool(result)
            if isinstance(result, ox.QueryBoolean)
            else [
                tuple(row[i].value if row[i] is not None else None for i in range(len(row)))
                for row in result
            ]
        )

    return run
