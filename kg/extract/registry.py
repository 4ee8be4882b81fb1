"""Rule families driven by the dependency parse, registered by name and version.

A family is a named, versioned component ("kg.meetings.v1") made of a rule file in
``ontology/rules/`` (one spaCy ``DependencyMatcher`` pattern per JSON line, word lists from
``lexicon.toml``) and a handler that turns a match into relations. Adding a pattern is adding
a line to the file; every relation records ``<family>/<rule id>`` as its extractor.

Each line of a rule file::

    {"id": "meeting.met", "confidence": 0.85, "pattern": [ …DependencyMatcher nodes… ],
     "options": {…family-specific…}}

Node names carry the meaning the handler reads (``anchor``, ``a``, ``b``, ``agreement`` …);
see each family's module docstring.
"""

from __future__ import annotations

import json
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from spacy.matcher import DependencyMatcher

from kg.errors import Errors, KGError
from kg.extract.parse import Parsed, shared_vocab
from kg.model import COUNTRY, EntityRecord
from kg.rules import RULES_DIR


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    confidence: float
    pattern: tuple[dict, ...]
    options: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Family:
    """A registered rule family: name (with version), rule file and match handler."""

    name: str
    rules_file: str
    # handler(ctx, parsed, rule, nodes) with nodes: RIGHT_ID -> spaCy token
    handler: Callable[..., None]
    # finish(ctx, parsed) runs once per document after all matches (may be None)
    finish: Callable[..., None] | None = None


_REGISTRY: dict[str, Family] = {}


def register(family: Family) -> Family:
    if family.name in _REGISTRY and _REGISTRY[family.name] is not family:
        raise ValueError(f"rule family {family.name!r} is already registered")
    _REGISTRY[family.name] = family
    return family


def registered() -> dict[str, Family]:
    """Families by name, in registration order (the built-in ones registered on first use)."""
    if not _REGISTRY:
        _register_builtin()
    return dict(_REGISTRY)


def _register_builtin() -> None:
    # Explicit list: a family runs only when it is named here (or registered by a caller).
    from kg.extract import agreements, blocs, claims, meetings

    for fam in (meetings.FAMILY, agreements.FAMILY, blocs.FAMILY, claims.FAMILY):
        register(fam)


@lru_cache(maxsize=1)
def lexicon(path: str | None = None) -> dict[str, list[str]]:
    p = Path(path) if path else RULES_DIR / "lexicon.toml"
    try:
        data = tomllib.loads(p.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise KGError(Errors.E030.format(path=p, reason=exc)) from exc
    return {k: [w.lower() for w in v] for k, v in data.get("lists", {}).items()}


def _splice(value: Any, lists: dict[str, list[str]], where: str) -> Any:
    """Replace "@name" entries of IN/NOT_IN lists by the lexicon's words."""
    if isinstance(value, dict):
        return {k: _splice(v, lists, where) for k, v in value.items()}
    if isinstance(value, list):
        out: list = []
        for v in value:
            if isinstance(v, str) and v.startswith("@"):
                if v[1:] not in lists:
                    raise KGError(Errors.E030.format(path=where, reason=f"unknown list {v}"))
                out.extend(lists[v[1:]])
            else:
                out.append(_splice(v, lists, where))
        return out
    return value


@lru_cache(maxsize=16)
def load_rules(rules_file: str) -> tuple[Rule, ...]:
    """The rules of one family file, with word lists spliced in."""
    p = RULES_DIR / rules_file
    lists = lexicon()
    out = []
    try:
        lines = p.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise KGError(Errors.E030.format(path=p, reason=exc)) from exc
    for n, line in enumerate(lines, 1):
        if not line.strip() or line.lstrip().startswith("//"):
            continue
        try:
            row = json.loads(line)
            rule = Rule(
                row["id"],
                float(row["confidence"]),
                tuple(_splice(row["pattern"], lists, f"{p}:{n}")),
                row.get("options", {}),
            )
        except (ValueError, KeyError, TypeError) as exc:
            raise KGError(Errors.E030.format(path=f"{p}:{n}", reason=exc)) from exc
        out.append(rule)
    ids = [r.id for r in out]
    if len(ids) != len(set(ids)):
        raise KGError(Errors.E030.format(path=p, reason="duplicate rule id"))
    return tuple(out)


@lru_cache(maxsize=16)
def matcher(rules_file: str) -> tuple[DependencyMatcher, dict[str, Rule]]:
    m = DependencyMatcher(shared_vocab())
    by_key: dict[str, Rule] = {}
    for rule in load_rules(rules_file):
        try:
            m.add(rule.id, [list(rule.pattern)])
        except ValueError as exc:
            raise KGError(
                Errors.E030.format(path=RULES_DIR / rules_file, reason=f"{rule.id}: {exc}")
            ) from exc
        by_key[rule.id] = rule
    return m, by_key


def run_families(ctx, parsed: Parsed, families: dict[str, Family] | None = None) -> None:
    """Run every registered family over one parsed document (matches in text order)."""
    for fam in (families or registered()).values():
        m, rules = matcher(fam.rules_file)
        strings = shared_vocab().strings
        matches = sorted(m(parsed.doc), key=lambda x: (min(x[1]), x[0]))
        for match_id, tok_ids in matches:
            rule = rules[strings[match_id]]
            nodes = {
                node["RIGHT_ID"]: parsed.doc[i]
                for node, i in zip(rule.pattern, tok_ids, strict=True)
            }
            fam.handler(ctx, parsed, fam, rule, nodes)
        if fam.finish is not None:
            fam.finish(ctx, parsed)


def implied_country(ctx, key: str) -> str:
    """Make sure a country reached through a capital or a government ("Seoul" → South
    Korea) has an entity record, so the relation to it is kept."""
    if key.startswith("gaz:"):
        entry = ctx.gaz.get(key[4:])
        if entry is not None and entry.cls == COUNTRY:
            ctx.record(EntityRecord(key, COUNTRY, entry.label))
    return key


def extractor_id(fam: Family, rule: Rule) -> str:
    return f"{fam.name}/{rule.id}"
