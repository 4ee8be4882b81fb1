"""Curated entities, aliases and demonyms, read from ``ontology/gazetteer/*.tsv``.

Every file is tab-separated with a header row; ``#`` starts a comment line; list cells use
``|``. Columns (missing columns are empty):

``id class label aliases demonyms country part_of located_in wikidata geonames lat long``

``id`` is stable and never reused (``JP``, ``gov:JP``, ``gov:JP:defense``, ``place:okinawa``);
``class`` is a schema class (Country, Region, Government, Organization, Agreement, Person).
``country``/``part_of``/``located_in`` hold other ids. The data is meant to be read and
extended by users; see ``ontology/gazetteer/README.md``.

>>> gaz = load_gazetteer()
>>> gaz.lookup("U.S.").id, gaz.lookup("the United States").label
('US', 'United States')
>>> gaz.demonym("Japanese").id
'JP'
"""

from __future__ import annotations

import csv
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from kg.config import default_ontology_dir
from kg.errors import Errors, KGError

# $KG_ONTOLOGY_DIR, else the ontology shipped with the package (kg/ontology).
ONTOLOGY_DIR = default_ontology_dir()
COLUMNS = (
    "id",
    "class",
    "label",
    "aliases",
    "demonyms",
    "country",
    "part_of",
    "located_in",
    "wikidata",
    "geonames",
    "lat",
    "long",
)


@dataclass(frozen=True, slots=True)
class GazEntry:
    id: str
    cls: str
    label: str
    aliases: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    country: str = ""
    part_of: str = ""
    located_in: str = ""
    wikidata: str = ""
    geonames: str = ""
    lat: str = ""
    long: str = ""
    source_file: str = ""

    @property
    def names(self) -> tuple[str, ...]:
        return (self.label, *self.aliases)


_DASHES = re.compile(r"[\u2010-\u2015\u2212]")
_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"'})


def normalise(name: str) -> str:
    """Canonical matching key of a name: case, punctuation, dashes, possessive, leading 'the'.

    >>> normalise("the U.S.'s")
    'us'
    >>> normalise("Japan–U.S.  Alliance")
    'japan-us alliance'
    """
    s = unicodedata.normalize("NFKC", name).translate(_QUOTES)
    s = _DASHES.sub("-", s).strip().lower()
    s = re.sub(r"'s$|'$", "", s)
    s = re.sub(r"^the\s+", "", s)
    s = s.replace(".", "")
    s = re.sub(r"[^\w\s&-]", " ", s)
    s = re.sub(r"\s*-\s*", "-", s)
    return re.sub(r"\s+", " ", s).strip()


class Gazetteer:
    """Lookup of curated entries by any name or demonym (normalised)."""

    def __init__(self, entries: list[GazEntry]) -> None:
        self.entries: dict[str, GazEntry] = {}
        self._by_name: dict[str, GazEntry] = {}
        self._by_demonym: dict[str, GazEntry] = {}
        for e in entries:
            self.entries[e.id] = e
        # Labels win over aliases so that an alias never steals another entry's label.
        for e in entries:
            for n in e.aliases:
                self._by_name.setdefault(normalise(n), e)
            for d in e.demonyms:
                self._by_demonym.setdefault(normalise(d), e)
        for e in entries:
            self._by_name[normalise(e.label)] = e

    def __len__(self) -> int:
        return len(self.entries)

    def __iter__(self):
        return iter(self.entries.values())

    def get(self, id_: str) -> GazEntry | None:
        return self.entries.get(id_)

    def lookup(self, name: str) -> GazEntry | None:
        return self._by_name.get(normalise(name))

    def demonym(self, word: str) -> GazEntry | None:
        return self._by_demonym.get(normalise(word))

    def demonyms(self) -> dict[str, GazEntry]:
        return dict(self._by_demonym)


class SettledGazetteer:
    """A gazetteer for one document in which demonyms two states share stand for the one
    state the document names ("Dominican" in a story that names Santo Domingo)."""

    def __init__(self, gaz: Gazetteer, settled: dict[str, GazEntry]) -> None:
        self._gaz = gaz
        self._settled = settled

    def demonym(self, word: str) -> GazEntry | None:
        return self._settled.get(normalise(word)) or self._gaz.demonym(word)

    def __getattr__(self, name: str):
        return getattr(self._gaz, name)

    def __iter__(self):
        return iter(self._gaz)

    def __len__(self) -> int:
        return len(self._gaz)


def settle_demonyms(
    gaz: Gazetteer, shared: dict[str, tuple[tuple[str, tuple[str, ...]], ...]], text: str
) -> Gazetteer:
    """``gaz`` with each shared demonym of ``text`` settled when the text names exactly one of
    its states (``ontology/rules/ambiguous_demonyms.tsv``); ``gaz`` itself when none is."""
    settled = {}
    for dem, options in shared.items():
        if dem not in text:
            continue
        # a dateline writes the capital in capitals ("SANTO DOMINGO, Aug 18 -"); an acronym
        # ("DRC") must be written as it is
        found = [
            (m.start(), m.end(), cid)
            for cid, names in options
            for n in names
            for m in re.finditer(rf"(?<!\w){re.escape(n)}(?!\w)", text, 0 if n.isupper() else re.I)
        ]
        # "Republic of Congo" inside "Democratic Republic of Congo" names the other state
        named = sorted(
            {
                cid
                for b, e, cid in found
                if not any(b2 <= b and e <= e2 and (b2, e2) != (b, e) for b2, e2, _ in found)
            }
        )
        if len(named) == 1 and (entry := gaz.get(named[0])) is not None:
            settled[normalise(dem)] = entry
    return SettledGazetteer(gaz, settled) if settled else gaz  # type: ignore[return-value]


def _split(cell: str | None) -> tuple[str, ...]:
    return tuple(p.strip() for p in (cell or "").split("|") if p.strip())


def read_tsv(path: Path) -> list[GazEntry]:
    """Read one gazetteer file; raise a coded error naming the file and line on bad rows."""
    out: list[GazEntry] = []
    with path.open(encoding="utf-8", newline="") as fh:
        rows = (line for line in fh if line.strip() and not line.startswith("#"))
        reader = csv.DictReader(rows, delimiter="\t", quoting=csv.QUOTE_NONE)
        for n, row in enumerate(reader, start=2):
            if not row.get("id") or not row.get("class") or not row.get("label"):
                raise KGError(Errors.E030.format(path=path, reason=f"row {n} lacks id/class/label"))
            out.append(
                GazEntry(
                    id=row["id"].strip(),
                    cls=row["class"].strip(),
                    label=row["label"].strip(),
                    aliases=_split(row.get("aliases")),
                    demonyms=_split(row.get("demonyms")),
                    country=(row.get("country") or "").strip(),
                    part_of=(row.get("part_of") or "").strip(),
                    located_in=(row.get("located_in") or "").strip(),
                    wikidata=(row.get("wikidata") or "").strip(),
                    geonames=(row.get("geonames") or "").strip(),
                    lat=(row.get("lat") or "").strip(),
                    long=(row.get("long") or "").strip(),
                    source_file=path.name,
                )
            )
    return out


@lru_cache(maxsize=4)
def load_gazetteer(directory: str | Path | None = None) -> Gazetteer:
    """Load every ``*.tsv`` under ``ontology/gazetteer`` (sorted, so later files extend)."""
    d = Path(directory) if directory else ONTOLOGY_DIR / "gazetteer"
    entries: list[GazEntry] = []
    for path in sorted(d.glob("*.tsv")):
        entries.extend(read_tsv(path))
    return Gazetteer(entries)
