"""Load ``ontology/rules/relations.toml`` and compile its patterns once."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from kg.errors import Errors, KGError
from kg.rules import active_rules_dir, follows_ontology, load_rules

# Confidences of rules implemented in code (``[builtin]`` in relations.toml).
BUILTIN: dict[str, float] = {}
# Component name and version of each family (``[families]`` in relations.toml).
FAMILY_NAMES: dict[str, str] = {}

FAMILIES = ("membership", "meeting", "agreement", "place", "claim", "country")


@dataclass(frozen=True, slots=True)
class Pattern:
    id: str
    family: str
    confidence: float
    regex: re.Pattern
    role: str = ""  # the role a membership pattern gives when it captures no title
    # Government-kind titles the captured organisation holds too ("the African Union's
    # special envoy", "NATO's spokesperson"), lower case.
    org_titles: frozenset[str] = frozenset()
    # Words one of which the captured organisation's name must hold ("party", "front"), lower
    # case; empty: any organisation.
    org_words: frozenset[str] = frozenset()


@lru_cache(maxsize=4)
def _macros(rules_dir: str | None = None) -> dict[str, str]:
    from kg.gazetteer import load_gazetteer
    from kg.rules import alternation

    gaz_dir = str(Path(rules_dir).parent / "gazetteer") if rules_dir else None

    ph = {k: rf"⟨{k}\d+⟩" for k in "PGOCRA"}
    # Capitalised demonyms of countries only ("Greek", "South Korean"), never "Vice" or "Former".
    demonyms = sorted(
        {
            d
            for e in load_gazetteer(gaz_dir)
            if e.cls == "Country"
            for d in e.demonyms
            if d[:1].isupper()
        }
        # demonyms two states share, settled per document (kg.gazetteer.settle_demonyms)
        | set(load_rules(rules_dir).ambiguous_demonyms)
    )
    return {
        "DEM": rf"(?:{alternation(demonyms)})\b" if demonyms else r"(?!)",
        "HON": rf"(?i:{alternation(sorted(load_rules(rules_dir).honorifics))})(?!\w)",
        **ph,
        "CG": r"⟨[CG]\d+⟩",
        "GO": r"⟨[GO]\d+⟩",
        "CGO": r"⟨[CGO]\d+⟩",
        "CGR": r"⟨[CGR]\d+⟩",
        # Leading \b: a title starts a word, and the engine skips mid-word positions fast.
        # not the tail of a longer office no title reads ("deputy prime minister for economic
        # affairs" is no "minister for economic affairs")
        "TITLE": (
            "(?<![Pp]rime\\s)(?<![Dd]eputy\\s)(?<![Vv]ice\\s)"
            f"\\b(?i:{load_rules(rules_dir).title_pattern})\\b"
        ),
        "FILL": r"(?:[^⟨;]|⟨[CGORA]\d+⟩){0,60}?",
        "POSS": r"(?:['’]s?)?",
        "PAREN": r"(?:\s*\([^()⟨]{0,80}\))?",
    }


def _expand(pattern: str, macros: dict[str, str]) -> str:
    return re.sub(r"\{([A-Z]+)\}", lambda m: macros.get(m.group(1), m.group(0)), pattern)


@follows_ontology
@lru_cache(maxsize=2)
def builtin_confidence(rule: str) -> float:
    """The documented confidence of a code rule (loads the rule file on first use)."""
    if not BUILTIN:
        load_patterns()
    return BUILTIN[rule]


def load_patterns(path: str | Path | None = None) -> dict[str, tuple[Pattern, ...]]:
    """Patterns by family, in file order (compiled once per file and modification time)."""
    p = Path(path) if path else active_rules_dir() / "relations.toml"
    try:
        stamp = p.stat().st_mtime_ns
    except OSError:
        stamp = 0
    builtin, names, patterns = _load_patterns(str(p), stamp)
    BUILTIN.clear()
    BUILTIN.update(builtin)
    FAMILY_NAMES.clear()
    FAMILY_NAMES.update(names)
    return patterns


def family_name(family: str) -> str:
    """The component name of a family ("membership" → "kg.roles.v1"), the family if unnamed."""
    if not FAMILY_NAMES:
        load_patterns()
    return FAMILY_NAMES.get(family, family)


@lru_cache(maxsize=4)
def _load_patterns(
    path: str, stamp: int
) -> tuple[dict[str, float], dict[str, str], dict[str, tuple[Pattern, ...]]]:
    p = Path(path)
    try:
        data = tomllib.loads(p.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise KGError(Errors.E030.format(path=p, reason=exc)) from exc
    # The titles and honorifics of the rule folder the patterns come from (--ontology copies).
    macros = _macros(str(p.parent))
    out: dict[str, tuple[Pattern, ...]] = {}
    builtin = {k: float(v) for k, v in data.get("builtin", {}).items()}
    for family in FAMILIES:
        items = []
        for row in data.get(family, []):
            try:
                rx = re.compile(_expand(row["pattern"], macros))
            except (KeyError, re.error) as exc:
                raise KGError(Errors.E030.format(path=p, reason=f"{row.get('id')}: {exc}")) from exc
            items.append(
                Pattern(
                    row["id"],
                    family,
                    float(row["confidence"]),
                    rx,
                    row.get("role", ""),
                    frozenset(t.lower() for t in row.get("org_titles", ())),
                    frozenset(t.lower() for t in row.get("org_words", ())),
                )
            )
        out[family] = tuple(items)
    return builtin, {k: str(v) for k, v in data.get("families", {}).items()}, out
