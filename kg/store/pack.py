"""The question pack: named SPARQL queries shipped in ``kg/queries/*.rq``.

Each file starts with comment lines: the first is the title, the following ones (up to
the first non-comment line) describe the query.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from kg.errors import Errors, KGError

QUERY_DIR = Path(__file__).resolve().parent.parent / "queries"


@dataclass(frozen=True, slots=True)
class PackQuery:
    name: str
    title: str
    description: str
    text: str


def _parse(path: Path) -> PackQuery:
    text = path.read_text(encoding="utf-8")
    comments: list[str] = []
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        comments.append(line.lstrip("#").strip())
    title = comments[0] if comments else path.stem
    description = " ".join(c for c in comments[1:] if c)
    return PackQuery(path.stem, title, description, text)


def list_queries(directory: Path = QUERY_DIR) -> list[PackQuery]:
    """All queries of the pack, sorted by name."""
    return [_parse(p) for p in sorted(directory.glob("*.rq"))]


def get_query(name: str, directory: Path = QUERY_DIR) -> PackQuery:
    """The pack query called ``name``; raises E023 for an unknown name."""
    path = directory / f"{name}.rq"
    if not path.is_file() or "/" in name or "\\" in name:
        known = ", ".join(q.name for q in list_queries(directory))
        raise KGError(Errors.E023.format(name=name, known=known))
    return _parse(path)
