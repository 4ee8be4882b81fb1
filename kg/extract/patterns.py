"""Load ``ontology/rules/relations.toml`` and compile its patterns once."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from kg.errors import Errors, KGError
from kg.rules import RULES_DIR, load_rules

# Confidences of rules implemented in code (``[builtin]`` in relations.toml).
BUILTIN: dict[str, float] = {}

FAMILIES = ("membership", "meeting", "agreement", "place", "claim", "country")


@dataclass(frozen=True, slots=True)
class Pattern:
    id: str
    family: str
    confidence: float
    regex: re.Pattern


def _macros(rules_dir: Path | None = None) -> dict[str, str]:
    ph = {k: rf"⟨{k}\d+⟩" for k in "PGOCRA"}
    return {
        **ph,
        "CG": r"⟨[CG]\d+⟩",
        "GO": r"⟨[GO]\d+⟩",
        "CGO": r"⟨[CGO]\d+⟩",
        "CGR": r"⟨[CGR]\d+⟩",
        "TITLE": f"(?i:{load_rules(rules_dir).title_pattern})",
        "FILL": r"(?:[^⟨;]|⟨[CGORA]\d+⟩){0,60}?",
        "POSS": r"(?:['’]s?)?",
        "PAREN": r"(?:\s*\([^()⟨]{0,80}\))?",
    }


def _expand(pattern: str, macros: dict[str, str]) -> str:
    return re.sub(r"\{([A-Z]+)\}", lambda m: macros.get(m.group(1), m.group(0)), pattern)


@lru_cache(maxsize=2)
def builtin_confidence(rule: str) -> float:
    """The documented confidence of a code rule (loads the rule file on first use)."""
    if not BUILTIN:
        load_patterns()
    return BUILTIN[rule]


def load_patterns(path: str | Path | None = None) -> dict[str, tuple[Pattern, ...]]:
    """Patterns by family, in file order."""
    p = Path(path) if path else RULES_DIR / "relations.toml"
    try:
        data = tomllib.loads(p.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise KGError(Errors.E030.format(path=p, reason=exc)) from exc
    macros = _macros(p.parent if path else None)
    out: dict[str, tuple[Pattern, ...]] = {}
    BUILTIN.clear()
    BUILTIN.update({k: float(v) for k, v in data.get("builtin", {}).items()})
    for family in FAMILIES:
        items = []
        for row in data.get(family, []):
            try:
                rx = re.compile(_expand(row["pattern"], macros))
            except (KeyError, re.error) as exc:
                raise KGError(Errors.E030.format(path=p, reason=f"{row.get('id')}: {exc}")) from exc
            items.append(Pattern(row["id"], family, float(row["confidence"]), rx))
        out[family] = tuple(items)
    return out
