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
import re
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from spacy.matcher import DependencyMatcher

from kg.errors import Errors, KGError
from kg.extract.depmatch import TableDependencyMatcher
from kg.extract.parse import Parsed, shared_vocab
from kg.model import COUNTRY, ORGANIZATION, EntityRecord
from kg.rules import active_rules_dir, follows_ontology


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


def lexicon(path: str | None = None) -> dict[str, list[str]]:
    """The word lists of ``lexicon.toml`` (default: the active ontology's), lower case."""
    return _lexicon(path) if path else _active_lexicon()


@follows_ontology
@lru_cache(maxsize=1)
def _active_lexicon() -> dict[str, list[str]]:
    # Extraction asks for the lexicon per token and per rule: no path is built per call.
    return _lexicon(str(active_rules_dir() / "lexicon.toml"))


@follows_ontology
@lru_cache(maxsize=4)
def _lexicon(path: str) -> dict[str, list[str]]:
    p = Path(path)
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


@follows_ontology
@lru_cache(maxsize=16)
def load_rules(rules_file: str) -> tuple[Rule, ...]:
    """The rules of one family file (in the active ontology), with word lists spliced in."""
    p = active_rules_dir() / rules_file
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


def _lower_sets(node: dict) -> frozenset[str] | None:
    low = node.get("RIGHT_ATTRS", {}).get("LOWER")
    if isinstance(low, str):
        return frozenset({low})
    if isinstance(low, dict) and "IN" in low:
        return frozenset(low["IN"])
    return None


@lru_cache(maxsize=16)
def _requirements(names: tuple[str, ...]) -> tuple[tuple[frozenset[str], ...], ...]:
    """Per rule, the word sets a sentence must each meet for the rule to have a chance."""
    out = []
    fams = registered()
    for name in names:
        for rule in load_rules(fams[name].rules_file):
            reqs = [s for n in rule.pattern if (s := _lower_sets(n)) is not None]
            if rule.options.get("triggers"):  # a rule on structure only names its cue words
                reqs.append(frozenset(rule.options["triggers"]))
            if not reqs:
                raise KGError(
                    Errors.E030.format(
                        path=fams[name].rules_file,
                        reason=f"{rule.id}: no LOWER node and no options.triggers",
                    )
                )
            out.append(tuple(reqs))
    return tuple(out)


def may_match(words: set[str], families: dict[str, Family] | None = None) -> bool:
    """Whether any rule could match a sentence with these lower-case words (a cheap filter:
    the parse is matched only on such sentences)."""
    names = tuple(families or registered())
    return any(all(req & words for req in reqs) for reqs in _requirements(names))


@follows_ontology
@lru_cache(maxsize=16)
def _matcher(files: tuple[tuple[str, str], ...]) -> tuple[DependencyMatcher, dict[str, Rule]]:
    """One matcher for several families' rule files: the document is walked once."""
    m = TableDependencyMatcher(shared_vocab())
    keys: dict[str, Rule] = {}
    for name, rules_file in files:
        for rule in load_rules(rules_file):
            key = f"{name}/{rule.id}"
            try:
                m.add(key, [list(rule.pattern)])
            except ValueError as exc:
                raise KGError(
                    Errors.E030.format(path=rules_file, reason=f"{rule.id}: {exc}")
                ) from exc
            keys[key] = rule
    return m, keys


def run_families(ctx, parsed: Parsed, families: dict[str, Family] | None = None) -> None:
    """Run the families over one parsed document: each family's matches in text order."""
    fams = families or registered()
    m, keys = _matcher(tuple((name, fam.rules_file) for name, fam in fams.items()))
    strings = shared_vocab().strings
    found: dict[str, list] = {name: [] for name in fams}
    for match_id, tok_ids in m(parsed.doc):
        key = strings[match_id]
        rule = keys[key]
        found[key.rsplit("/", 1)[0]].append((min(tok_ids), rule.id, tuple(tok_ids), rule))
    for name, fam in fams.items():
        for _, _, tok_ids, rule in sorted(found[name], key=lambda x: x[:3]):
            nodes = {
                node["RIGHT_ID"]: parsed.doc[i]
                for node, i in zip(rule.pattern, tok_ids, strict=True)
            }
            fam.handler(ctx, parsed, fam, rule, nodes)
        if fam.finish is not None:
            fam.finish(ctx, parsed)


def legislature_key(ctx, key: str) -> bool:
    """A parliament or one of its chambers ("Congress (Peru)", "Parliament (Kenya)", the
    "Jogorku Kenesh" the gazetteer knows)."""
    rec = ctx.extra.get(key)
    entry = ctx.gaz.get(key[4:]) if rec is None and key.startswith("gaz:") else None
    # a body minted as written has its name in its key ("gaz:gov:PE:congress")
    label = (
        rec.label
        if rec is not None
        else entry.label
        if entry is not None
        else key.rsplit(":", 1)[-1].replace("-", " ")
    )
    name = re.sub(r"\s*\([^)]*\)$", "", label).lower()
    return bool(name) and (
        name.split()[-1] in lexicon()["legislature_words"]
        or name in ctx.rules.body_names
        or key.endswith(":legislature")
    )


def implied_country(ctx, key: str) -> str:
    """Make sure a country reached through a capital or a government ("Seoul" → South
    Korea), or an organisation through one of its institutions, has an entity record, so
    the relation to it is kept."""
    if key.startswith("gaz:"):
        entry = ctx.gaz.get(key[4:])
        if entry is not None and entry.cls in (COUNTRY, ORGANIZATION):
            ctx.record(EntityRecord(key, entry.cls, entry.label))
    return key


def extractor_id(fam: Family, rule: Rule) -> str:
    return f"{fam.name}/{rule.id}"
