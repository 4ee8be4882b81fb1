"""The offline gazetteer: key lookups, referential integrity and reproducible generation."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from kg.gazetteer import COLUMNS, load_gazetteer, normalise, read_tsv
from kg.gazetteer_build import GAZ_DIR, GENERATED, build, main

CLASSES = {"Country", "Region", "Government", "Organization", "Agreement", "Person"}

# Names deliberately shared by two entries, each (normalised name, id of the entry whose
# *label* it is, id of the entry listing it as an alias). Labels win in the loader.
ALIAS_LABEL_ALLOWLIST: set[tuple[str, str, str]] = set()


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer()


@pytest.mark.parametrize(
    ("name", "field", "expected"),
    [
        ("U.S.", "id", "US"),
        ("US", "id", "US"),
        ("America", "id", "US"),
        ("the United States", "id", "US"),
        ("United States of America", "id", "US"),
        ("Japan", "wikidata", "Q17"),
        ("UK", "id", "GB"),
        ("Britain", "id", "GB"),
        ("PRC", "id", "CN"),
        ("DPRK", "id", "KP"),
        ("Republic of Korea", "id", "KR"),
        ("Republic of China", "id", "TW"),
        ("Korea, Republic of", "id", None),
        ("the Pentagon", "id", "gov:US:defense"),
        ("Department of Defense", "label", "United States Department of War"),
        ("Japan's Ministry of Defense", "id", "gov:JP:defense"),
        ("Japanese government", "id", "gov:JP"),
        ("Chinese regime", "id", "gov:CN"),
        ("State Department", "id", "gov:US:state"),
        ("Senkaku islands", "cls", "Region"),
        ("Diaoyu Islands", "id", "place:senkaku-islands"),
        ("Okinawa", "located_in", "JP"),
        ("Heritage Foundation", "cls", "Organization"),
        ("Liberal Democratic Party", "id", "org:ldp-jp"),
        ("NATO", "wikidata", "Q7184"),
        ("U.S.-Japan alliance", "id", "agr:us-jp-alliance"),
        ("Japan–U.S. alliance", "id", "agr:us-jp-alliance"),
        ("AUKUS", "cls", "Agreement"),
        ("Beijing", "cls", "Region"),
        ("Tokyo", "country", "JP"),
        ("Singapore", "cls", "Country"),
        ("Georgia", "id", "GE"),
        ("Washington", "id", "place:washington"),
        ("Hong Kong", "country", "CN"),
    ],
)
def test_lookup(gaz, name, field, expected):
    entry = gaz.lookup(name)
    if expected is None:
        assert entry is None
    else:
        assert entry is not None, name
        assert getattr(entry, field) == expected


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("Japanese", "JP"),
        ("Italian", "IT"),
        ("American", "US"),
        ("Filipino", "PH"),
        ("Philippine", "PH"),
        ("South Korean", "KR"),
        ("North Korean", "KP"),
        ("British", "GB"),
        ("Taiwanese", "TW"),
        ("Chinese", "CN"),
        ("Russian", "RU"),
    ],
)
def test_demonym(gaz, word, expected):
    assert gaz.demonym(word).id == expected


def test_ambiguous_demonyms_are_absent(gaz):
    assert gaz.demonym("Korean") is None
    assert gaz.demonym("Congolese") is None


def test_class_and_sovereign_count(gaz):
    countries = [e for e in gaz if e.cls == "Country"]
    # 193 UN members + Vatican City + Taiwan, Kosovo, Palestine.
    assert len(countries) == 197
    assert {e.cls for e in gaz} <= CLASSES
    assert {e.id for e in countries} >= {"TW", "XK", "PS", "VA"}
    assert gaz.lookup("Guam").cls == "Region" and gaz.lookup("Guam").country == "US"


def test_every_country_has_a_government(gaz):
    for e in gaz:
        if e.cls == "Country":
            gov = gaz.get(f"gov:{e.id}")
            assert gov is not None and gov.cls == "Government" and gov.country == e.id


def _all_rows():
    rows = []
    for path in sorted(GAZ_DIR.glob("*.tsv")):
        rows.extend(read_tsv(path))
    return rows


def test_ids_unique_and_well_formed():
    rows = _all_rows()
    dup = [i for i, n in Counter(r.id for r in rows).items() if n > 1]
    assert dup == []
    for r in rows:
        assert r.id == r.id.strip() and " " not in r.id, r.id
        assert not r.wikidata or r.wikidata[0] == "Q" and r.wikidata[1:].isdigit(), r.id
        assert not r.geonames or r.geonames.isdigit(), r.id
        assert bool(r.lat) == bool(r.long), r.id


def test_references_resolve(gaz):
    for e in gaz:
        if e.country:
            assert gaz.get(e.country) is not None and gaz.get(e.country).cls == "Country", e.id
        if e.part_of:
            assert gaz.get(e.part_of) is not None, (e.id, e.part_of)
        if e.located_in:
            assert gaz.get(e.located_in) is not None, (e.id, e.located_in)


def test_disputed_places_have_no_owner(gaz):
    for name in ("Senkaku Islands", "Kuril Islands", "Kashmir", "Spratly Islands"):
        e = gaz.lookup(name)
        assert (e.country, e.located_in) == ("", ""), name


def test_no_alias_steals_a_label():
    rows = _all_rows()
    label_of = {normalise(r.label): r.id for r in rows}
    clashes = {
        (normalise(a), label_of[normalise(a)], r.id)
        for r in rows
        for a in r.aliases
        if normalise(a) in label_of and label_of[normalise(a)] != r.id
    }
    assert clashes <= ALIAS_LABEL_ALLOWLIST, sorted(clashes - ALIAS_LABEL_ALLOWLIST)


def test_no_duplicate_labels():
    rows = _all_rows()
    dup = [n for n, c in Counter(normalise(r.label) for r in rows).items() if c > 1]
    # Cities sharing a name in different countries keep their plain label (ids differ).
    cities = {normalise(r.label) for r in rows if r.id.startswith("place:")}
    assert set(dup) <= cities, sorted(set(dup) - cities)


def test_files_are_sorted_and_well_formed():
    for path in sorted(GAZ_DIR.glob("*.tsv")):
        lines = [
            ln
            for ln in path.read_text(encoding="utf-8").splitlines()
            if ln.strip() and not ln.startswith("#")
        ]
        assert lines[0].split("\t") == list(COLUMNS), path.name
        ids = [ln.split("\t")[0] for ln in lines[1:]]
        assert ids == sorted(ids), path.name
        assert all(len(ln.split("\t")) == len(COLUMNS) for ln in lines[1:]), path.name
    total = sum(p.stat().st_size for p in GAZ_DIR.rglob("*.tsv"))
    assert total < 2_000_000


def test_regenerated_files_are_identical(tmp_path: Path):
    texts = build()
    assert sorted(texts) == sorted(GENERATED)
    for name, text in texts.items():
        assert (GAZ_DIR / name).read_text(encoding="utf-8") == text, f"{name} is stale"
    assert main(["--out", str(tmp_path)]) == 0
    for name in GENERATED:
        assert (tmp_path / name).read_bytes() == (GAZ_DIR / name).read_bytes()
    assert main(["--out", str(tmp_path), "--check"]) == 0
