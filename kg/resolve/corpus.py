"""Corpus-level resolution: merge document keys into one node per real-world entity.

The cascade, each step recorded as a :class:`Merge` with its rule and reason:

* ``override`` – ``ontology/overrides.tsv`` forces (``same``) or forbids (``different``) a merge;
* ``type-vote`` – a name seen with several classes takes the class most documents give it
  (Person wins ties, since title rules are precise);
* ``typo`` – two full person names one edit apart ("Fumio Kishda" / "Fumio Kishida") merge
  only when the context agrees: they hold the same office or share co-mentioned entities;
* ``surname-backoff`` – a lone surname joins the only full name in the corpus ending in it;
* ``acronym`` – an acronym alone joins the only entity another document defined it for.

A type-compatibility veto keeps merges inside one class.
"""

from __future__ import annotations

import csv
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import Errors, KGError
from kg.gazetteer import ONTOLOGY_DIR, GazEntry, Gazetteer, normalise
from kg.model import ENTITY_CLASSES, PERSON, DocumentResult

_CLASS_PRIORITY = {c: i for i, c in enumerate(ENTITY_CLASSES)}  # Person first


@dataclass(frozen=True, slots=True)
class Merge:
    surface: str  # the name or key that was merged
    rule: str
    reason: str


@dataclass
class Entity:
    key: str
    cls: str
    label: str
    forms: Counter = field(default_factory=Counter)
    docs: set[str] = field(default_factory=set)
    attrs: dict[str, str] = field(default_factory=dict)
    merges: list[Merge] = field(default_factory=list)
    entry: GazEntry | None = None
    form_rules: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Override:
    action: str  # "same" | "different"
    cls: str
    name: str
    target: str
    reason: str


def load_overrides(path: str | Path | None = None) -> list[Override]:
    """Read the user's merge overrides (tab-separated: action class name target reason)."""
    p = Path(path) if path else ONTOLOGY_DIR / "overrides.tsv"
    if not p.exists():
        return []
    out = []
    with p.open(encoding="utf-8", newline="") as fh:
        lines = [
            (n, line) for n, line in enumerate(fh, 1) if line.strip() and not line.startswith("#")
        ]
    rows = csv.reader((line for _, line in lines), delimiter="\t", quoting=csv.QUOTE_NONE)
    for (n, _), row in zip(lines, rows, strict=True):
        if row and row[0] == "action":
            continue
        if len(row) < 4 or row[0] not in ("same", "different") or row[1] not in ENTITY_CLASSES:
            raise KGError(
                Errors.E031.format(
                    path=p, line=n, reason="expected: same|different, class, name, target, reason"
                )
            )
        out.append(Override(row[0], row[1], row[2], row[3], row[4] if len(row) > 4 else ""))
    return out


class EntityIndex:
    """Final entities and the map from document keys to them."""

    def __init__(self, entities: dict[str, Entity], alias: dict[str, str]) -> None:
        self.entities = entities
        self._alias = alias

    def canonical(self, key: str) -> str:
        seen = set()
        while key in self._alias and key not in seen:
            seen.add(key)
            key = self._alias[key]
        return key

    def get(self, key: str) -> Entity | None:
        return self.entities.get(self.canonical(key))


def resolve_corpus(
    results: Iterable[DocumentResult], gaz: Gazetteer, overrides: list[Override] | None = None
) -> EntityIndex:
    ents: dict[str, Entity] = {}
    neighbours: dict[str, set[str]] = defaultdict(set)
    offices: dict[str, set[str]] = defaultdict(set)
    for res in results:
        doc = res.raw.sha256
        doc_keys = set()
        for rec in res.entities:
            e = ents.get(rec.key)
            if e is None:
                entry = gaz.get(rec.key[4:]) if rec.key.startswith("gaz:") else None
                e = ents[rec.key] = Entity(rec.key, rec.cls, rec.label, entry=entry)
            e.docs.add(doc)
            for f in rec.surface_forms:
                e.forms[f] += 1
            for k, v in rec.attrs:
                if k != "resolved":
                    e.attrs.setdefault(k, v)
                else:
                    rule, _, surface = v.partition(":")
                    e.form_rules.setdefault(surface, rule)
            doc_keys.add(rec.key)
        for r in res.relations:
            if r.predicate == "memberOf":
                offices[r.subject].add(r.object)
        for k in doc_keys:
            neighbours[k] |= {x for x in doc_keys if x.startswith("gaz:")}
    alias: dict[str, str] = {}
    overrides = overrides or []
    forbidden = {
        (o.cls, normalise(o.name), normalise(o.target))
        for o in overrides
        if o.action == "different"
    }

    def allowed(src: Entity, dst: Entity) -> bool:
        if src.cls != dst.cls:
            return False  # type-compatibility veto
        a, b = _name(src), _name(dst)
        return (src.cls, a, b) not in forbidden and (src.cls, b, a) not in forbidden

    def merge(src: str, dst: str, rule: str, reason: str) -> None:
        s, d = ents[src], ents[dst]
        d.forms.update(s.forms)
        d.docs |= s.docs
        for k, v in s.attrs.items():
            d.attrs.setdefault(k, v)
        d.merges.extend(s.merges)
        for f, r in s.form_rules.items():
            d.form_rules.setdefault(f, r)
        d.merges.append(Merge(_best_form(s), rule, reason))
        alias[src] = dst
        del ents[src]

    _type_vote(ents, merge)
    _apply_overrides(ents, overrides, merge)
    _typo(ents, neighbours, offices, allowed, merge)
    _surname(ents, allowed, merge)
    _acronym(ents, allowed, merge)
    for e in ents.values():
        if e.entry:
            e.label = e.entry.label
        elif not e.key.startswith(("gaz:", "Agreement:")):
            e.label = _best_label(e)
        _explain_forms(e)
    return EntityIndex(ents, alias)


def _explain_forms(e: Entity) -> None:
    """Every surface form other than the label gets the reason it denotes this entity."""
    explained = {m.surface for m in e.merges}
    for form in sorted(e.forms):
        if form == e.label or form in explained:
            continue
        rule = e.form_rules.get(form, "")
        if rule in _RULE_REASONS:
            e.merges.append(Merge(form, rule, _RULE_REASONS[rule]))
        elif normalise(form) == normalise(e.label) or normalise(form) == _name(e):
            e.merges.append(
                Merge(
                    form,
                    "normalised-name",
                    "same name after case, punctuation, possessive and article normalisation",
                )
            )
        elif e.entry is not None:
            e.merges.append(
                Merge(
                    form,
                    "gazetteer-alias",
                    f"listed as a name of '{e.entry.label}' in ontology/gazetteer/{e.entry.source_file}",
                )
            )
        else:
            e.merges.append(Merge(form, "normalised-name", "same normalised name in the document"))


_RULE_REASONS = {
    "surname-backoff": "surname alone; the document names only one person with it",
    "metonymy": "a capital acting as an agent stands for its country's government",
    "type-vote": "name typed as a person by a title elsewhere in the document",
    "body-with-country": "body name preceded by its country",
    "acronym": "acronym defined in parentheses after the full name in the same document",
}


def _name(e: Entity) -> str:
    return e.key.split(":", 1)[1] if not e.key.startswith("gaz:") else normalise(e.label)


def _best_form(e: Entity) -> str:
    return max(e.forms.items(), key=lambda kv: (kv[1], kv[0]))[0] if e.forms else e.label


def _best_label(e: Entity) -> str:
    """The longest of the most frequent surface forms ('Pete Hegseth' over 'Hegseth')."""
    if not e.forms:
        return e.label
    longest = max(len(f.split()) for f in e.forms)
    return max(
        ((f, n) for f, n in e.forms.items() if len(f.split()) == longest),
        key=lambda kv: (kv[1], sum(c.isupper() for c in kv[0]), kv[0]),
    )[0]


def _type_vote(ents: dict[str, Entity], merge) -> None:
    by_name: dict[str, list[str]] = defaultdict(list)
    for k in sorted(ents):
        if not k.startswith(("gaz:", "Agreement:")):
            by_name[k.split(":", 1)[1]].append(k)
    surnames = {
        k.rsplit(" ", 1)[1]
        for k in ents
        if k.startswith(f"{PERSON}:") and " " in k and ents[k].cls == PERSON
    }
    for name, keys in sorted(by_name.items()):
        if len(keys) < 2:
            continue
        winner = min(keys, key=lambda k: (-len(ents[k].docs), _CLASS_PRIORITY[ents[k].cls], k))
        # a person's lone surname is often misread as a place or a body, so a person reading
        # wins a tie, or any vote when the corpus names a person with that surname; not
        # otherwise: a few texts misreading "Borneo" or "Danube" as a person must not make
        # the place a person in every other text
        person = [k for k in keys if ents[k].cls == PERSON]
        if (
            ents[winner].cls != PERSON
            and person
            and (len(ents[person[0]].docs) >= len(ents[winner].docs) or name in surnames)
        ):
            winner = person[0]
        for k in keys:
            if k != winner:
                ents[k].cls = ents[winner].cls
                merge(k, winner, "type-vote", f"'{name}' is a {ents[winner].cls} in more documents")


def _apply_overrides(ents: dict[str, Entity], overrides: list[Override], merge) -> None:
    for o in overrides:
        if o.action != "same":
            continue
        src = _find(ents, o.cls, o.name)
        dst = _find(ents, o.cls, o.target)
        if src and dst and src != dst:
            merge(src, dst, "override", o.reason or "forced by ontology/overrides.tsv")


def _find(ents: dict[str, Entity], cls: str, name: str) -> str | None:
    n = normalise(name)
    for k in sorted(ents):
        e = ents[k]
        if e.cls == cls and (_name(e) == n or n in {normalise(f) for f in e.forms}):
            return k
    return None


def _typo(ents, neighbours, offices, allowed, merge) -> None:
    people = sorted(k for k, e in ents.items() if e.cls == PERSON and " " in _name(e))
    for i, a in enumerate(people):
        for b in people[i + 1 :]:
            if a not in ents or b not in ents:
                continue
            ta, tb = _name(ents[a]).split(), _name(ents[b]).split()
            if len(ta) != len(tb) or ta == tb:
                continue
            diff = [(x, y) for x, y in zip(ta, tb, strict=True) if x != y]
            if len(diff) != 1 or min(len(diff[0][0]), len(diff[0][1])) < 5 or _edits(*diff[0]) > 1:
                continue
            shared_office = offices.get(a, set()) & offices.get(b, set())
            shared = neighbours.get(a, set()) & neighbours.get(b, set())
            if not shared_office and len(shared) < 3:
                continue  # context does not agree: maybe two different people
            src, dst = sorted(
                (a, b), key=lambda k: (sum(ents[k].forms.values()), len(ents[k].docs), k)
            )
            if not allowed(ents[src], ents[dst]):
                continue
            why = (
                f"one letter apart and both hold {sorted(shared_office)[0]}"
                if shared_office
                else f"one letter apart and share {len(shared)} co-mentioned entities"
            )
            merge(src, dst, "typo", why)


def _surname(ents, allowed, merge) -> None:
    full: dict[str, list[str]] = defaultdict(list)
    for k, e in sorted(ents.items()):
        if e.cls == PERSON and " " in _name(e):
            full[_name(e).split()[-1]].append(k)
    for k in sorted(ents):
        e = ents.get(k)
        if e is None or e.cls != PERSON or " " in _name(e):
            continue
        cands = full.get(_name(e), [])
        if len(cands) == 1 and allowed(e, ents[cands[0]]):
            merge(k, cands[0], "surname-backoff", f"the corpus names only one person '… {e.label}'")


def _acronym(ents, allowed, merge) -> None:
    """'ODM' alone in one document joins the only entity another document defined it for
    ("the Orange Democratic Movement (ODM)")."""
    owners: dict[str, list[str]] = defaultdict(list)
    for k, e in sorted(ents.items()):
        for form in e.forms:
            f = form.replace(".", "")
            if f.isupper() and 2 <= len(f) <= 6 and normalise(f) != _name(e):
                owners[f].append(k)
    for k in sorted(ents):
        e = ents.get(k)
        if e is None or e.cls == PERSON or e.entry is not None:
            continue
        f = e.label.replace(".", "")
        cands = [c for c in owners.get(f, []) if c != k and c in ents]
        if len(cands) == 1 and allowed(e, ents[cands[0]]):
            merge(k, cands[0], "acronym", f"another document defines '{e.label}' as this name")


def _edits(a: str, b: str) -> int:
    """Damerau–Levenshtein distance, capped: only 0, 1 or 2 (more) matter here."""
    if a == b:
        return 0
    if abs(len(a) - len(b)) > 1:
        return 2
    prev2, prev = None, list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb))
            if prev2 is not None and i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        prev2, prev = prev, cur
    return min(prev[-1], 2)


def slug(text: str) -> str:
    """IRI-safe slug of a label.

    >>> slug("Ministry of Defense (Japan)")
    'ministry-of-defense-japan'
    """
    s = normalise(text).replace("&", "and")
    s = re.sub(r"[^\w]+", "-", s, flags=re.ASCII)
    return s.strip("-") or "x"
