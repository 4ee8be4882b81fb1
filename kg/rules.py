"""Rule tables read from ``ontology/rules/``: titles, implied bodies, entity stoplist.

Both the NLP stage (a title before a name marks a person) and relation extraction (a title
gives a membership) use these tables, so they live here, loaded once.

>>> r = load_rules()
>>> r.role("secretary of war").body
'defense'
>>> r.body_for("defense", "JP", "Japan")
('gov:JP:defense', 'Ministry of Defense (Japan)', 'gov:JP')
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from kg.gazetteer import ONTOLOGY_DIR

RULES_DIR = ONTOLOGY_DIR / "rules"


@dataclass(frozen=True, slots=True)
class Role:
    title: str
    body: str
    confidence: float


@dataclass(frozen=True, slots=True)
class BodyTemplate:
    kind: str
    id: str
    label: str
    part_of: str


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        lines = (line for line in fh if line.strip() and not line.startswith("#"))
        return [
            {k: (v or "").strip() for k, v in row.items()}
            for row in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
        ]


def _wordlist(path: Path) -> frozenset[str]:
    if not path.exists():
        return frozenset()
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(w.strip().lower() for w in lines if w.strip() and not w.startswith("#"))


class Rules:
    """Titles, body templates and the entity stoplist."""

    def __init__(self, directory: Path = RULES_DIR) -> None:
        self.directory = directory
        self.roles = {
            r["title"].lower(): Role(r["title"], r["body"], float(r["confidence"]))
            for r in _rows(directory / "roles.tsv")
        }
        self.bodies = {
            r["kind"]: BodyTemplate(r["kind"], r["id"], r["label"], r["part_of"])
            for r in _rows(directory / "bodies.tsv")
        }
        stop = directory / "entity_stoplist.txt"
        self.stoplist = frozenset(
            line.strip().lower()
            for line in (stop.read_text(encoding="utf-8").splitlines() if stop.exists() else ())
            if line.strip() and not line.startswith("#")
        )
        self.non_name_words = _wordlist(directory / "non_name_words.txt")
        self.honorifics = _wordlist(directory / "honorifics.txt")
        self.generic_words = _wordlist(directory / "generic_words.txt")
        # Longest titles first so "Deputy Prime Minister" wins over "Prime Minister".
        titles = sorted(self.roles.values(), key=lambda r: (-len(r.title), r.title))
        alt = "|".join(re.escape(r.title).replace(r"\ ", r"\s+") for r in titles)
        self.title_pattern = alt

    def role(self, title: str) -> Role | None:
        return self.roles.get(re.sub(r"\s+", " ", title.strip().lower()))

    def body_for(self, kind: str, cc: str, country: str) -> tuple[str, str, str]:
        """Id, label and parent id of the body of ``kind`` in country ``cc``."""
        t = self.bodies[kind]
        fill = {"cc": cc, "country": country}
        return t.id.format(**fill), t.label.format(**fill), t.part_of.format(**fill)


@lru_cache(maxsize=2)
def load_rules(directory: str | Path | None = None) -> Rules:
    return Rules(Path(directory) if directory else RULES_DIR)
