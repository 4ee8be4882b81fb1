"""What changed between two builds: ``kg diff OLD NEW`` ("what is new today?").

OLD and NEW are build folders (their ``graph.ttl`` is read) or graph files. The diff reports

* entities added and removed (by IRI, with class and label);
* entities merged: an old IRI that is gone while one of its names (label or alias) now
  names an entity of the new graph — typically a new article let corpus resolution join
  two names, or the canonical label changed;
* facts (the eight relation triples) added and removed, each with its evidence: the
  sentence, the document and its offsets, or the gazetteer file for background facts.
  Old facts are compared after following merges, so a fact that moved onto the entity its
  subject merged into is neither removed nor added.

>>> old = '''@prefix kg: <https://w3id.org/kg-news/ontology#> .
... @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
... <http://x/p/a> a kg:Person ; rdfs:label "Ana Ruiz" .'''
>>> new = old + '''
... <http://x/p/b> a kg:Person ; rdfs:label "Ben Ode" .'''
>>> d = diff_graphs(old, new)
>>> [e.label for e in d.entities_added], d.entities_removed, d.facts_added
(['Ben Ode'], [], [])
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import asdict, dataclass, field
from pathlib import Path

import pyoxigraph as ox

from kg.errors import Errors, KGError
from kg.gazetteer import normalise
from kg.model import ENTITY_CLASSES
from kg.vocab import KG_IRI, PREFIXES

RELATIONS = ("memberOf", "partOf", "country", "locatedIn", "claims", "party", "signatory", "met")
_PREFIXES = "\n".join(f"PREFIX {p}: <{iri}>" for p, iri in sorted(PREFIXES.items()))


@dataclass(frozen=True, slots=True)
class EntityRef:
    iri: str
    cls: str
    label: str


@dataclass(frozen=True, slots=True)
class Merged:
    old: EntityRef
    into: EntityRef
    name: str  # the shared name that resolves the old entity into the new one


@dataclass(frozen=True, slots=True)
class Evidence:
    document: str | None  # dcterms:source of the document (its path)
    begin: int | None
    end: int | None
    sentence: str | None
    extractor: str
    background: str | None = None  # gazetteer file for background facts


@dataclass(frozen=True, slots=True)
class Fact:
    subject: EntityRef
    predicate: str
    object: EntityRef
    evidence: tuple[Evidence, ...] = ()


@dataclass
class GraphDiff:
    entities_added: list[EntityRef] = field(default_factory=list)
    entities_removed: list[EntityRef] = field(default_factory=list)
    entities_merged: list[Merged] = field(default_factory=list)
    facts_added: list[Fact] = field(default_factory=list)
    facts_removed: list[Fact] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not (
            self.entities_added
            or self.entities_removed
            or self.entities_merged
            or self.facts_added
            or self.facts_removed
        )

    def to_json(self) -> str:
        return json.dumps(asdict(self), indent=2, ensure_ascii=False, sort_keys=True)

    def lines(self) -> list[str]:
        """A readable report: one line per entity, a few per fact."""
        out = [
            f"entities: +{len(self.entities_added)} -{len(self.entities_removed)} "
            f"merged {len(self.entities_merged)}; "
            f"facts: +{len(self.facts_added)} -{len(self.facts_removed)}"
        ]
        out += [f"+ {e.cls} {e.label} <{e.iri}>" for e in self.entities_added]
        out += [f"- {e.cls} {e.label} <{e.iri}>" for e in self.entities_removed]
        out += [
            f"~ {m.old.cls} {m.old.label} <{m.old.iri}> merged into {m.into.label} <{m.into.iri}>"
            f" (by the name '{m.name}')"
            for m in self.entities_merged
        ]
        for sign, facts in (("+", self.facts_added), ("-", self.facts_removed)):
            for f in facts:
                out.append(f"{sign} {f.subject.label} kg:{f.predicate} {f.object.label}")
                for ev in f.evidence:
                    if ev.background:
                        out.append(f"    background: {ev.background}")
                    else:
                        out.append(
                            f"    {ev.document} [{ev.begin}:{ev.end}] {ev.extractor}: "
                            f"{' '.join((ev.sentence or '').split())}"
                        )
        return out


class _Graph:
    def __init__(self, source: str | Path) -> None:
        self.store = ox.Store()
        self.store.bulk_load(_read(source), format=ox.RdfFormat.TURTLE)
        self.entities: dict[str, EntityRef] = {}
        self.names: dict[str, set[str]] = defaultdict(set)  # iri -> normalised names
        classes = " ".join(f"kg:{c}" for c in ENTITY_CLASSES)
        for row in self.store.query(
            f"{_PREFIXES} SELECT ?e ?c ?l WHERE {{ VALUES ?c {{ {classes} }} "
            "?e a ?c . OPTIONAL { ?e rdfs:label ?l } }"
        ):
            iri, cls = row["e"].value, row["c"].value[len(KG_IRI) :]
            label = row["l"].value if row["l"] is not None else iri
            self.entities.setdefault(iri, EntityRef(iri, cls, label))
            self.names[iri].add(normalise(label))
        for row in self.store.query(f"{_PREFIXES} SELECT ?e ?a WHERE {{ ?e skos:altLabel ?a }}"):
            if row["e"].value in self.entities:
                self.names[row["e"].value].add(normalise(row["a"].value))

    def facts(self) -> set[tuple[str, str, str]]:
        preds = " ".join(f"kg:{p}" for p in RELATIONS)
        return {
            (r["s"].value, r["p"].value[len(KG_IRI) :], r["o"].value)
            for r in self.store.query(
                f"{_PREFIXES} SELECT ?s ?p ?o WHERE {{ VALUES ?p {{ {preds} }} ?s ?p ?o }}"
            )
        }

    def evidence(self) -> dict[tuple[str, str, str], list[Evidence]]:
        out: dict[tuple[str, str, str], list[Evidence]] = defaultdict(list)
        q = f"""{_PREFIXES}
        SELECT ?s ?p ?o ?src ?b ?e ?ev ?x ?bg WHERE {{
            ?a a kg:Assertion ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ;
               kg:extractor ?x .
            OPTIONAL {{ ?a kg:document ?d . ?d dcterms:source ?src }}
            OPTIONAL {{ ?a nif:beginIndex ?b }} OPTIONAL {{ ?a nif:endIndex ?e }}
            OPTIONAL {{ ?a kg:evidence ?ev }}
            OPTIONAL {{ ?a kg:background true ; dcterms:source ?bg }}
        }}"""
        for r in self.store.query(q):
            key = (r["s"].value, r["p"].value[len(KG_IRI) :], r["o"].value)
            val = {
                n: (r[n].value if r[n] is not None else None)
                for n in ("src", "b", "e", "ev", "x", "bg")
            }
            b, e = val["b"], val["e"]
            out[key].append(
                Evidence(
                    document=val["src"],
                    begin=int(b) if b is not None else None,
                    end=int(e) if e is not None else None,
                    sentence=val["ev"],
                    extractor=val["x"] or "",
                    background=val["bg"],
                )
            )
        for k in out:
            out[k].sort(key=lambda ev: (ev.document or "", ev.begin or 0, ev.extractor))
        return out

    def ref(self, iri: str) -> EntityRef:
        return self.entities.get(iri) or EntityRef(iri, "", iri)


def _read(source: str | Path) -> bytes:
    if isinstance(source, str) and "\n" in source:
        return source.encode()  # Turtle text (tests, notebooks)
    p = Path(source)
    if p.is_dir():
        p = p / "graph.ttl"
    try:
        return p.read_bytes()
    except OSError as exc:
        reason = "no graph.ttl in that folder" if p.name == "graph.ttl" else exc.strerror
        raise KGError(Errors.E020.format(path=p, reason=reason or "unreadable")) from None


def diff_graphs(old: str | Path, new: str | Path) -> GraphDiff:
    """Compare two builds (folders holding graph.ttl, Turtle files, or Turtle text)."""
    try:
        a, b = _Graph(old), _Graph(new)
    except (SyntaxError, ValueError) as exc:
        raise KGError(Errors.E020.format(path=f"{old} / {new}", reason=str(exc)[:200])) from None
    d = GraphDiff()
    by_name: dict[tuple[str, str], set[str]] = defaultdict(set)
    for iri, names in b.names.items():
        for n in names:
            by_name[(b.entities[iri].cls, n)].add(iri)
    merged_into: dict[str, str] = {}
    for iri in sorted(set(a.entities) - set(b.entities)):
        old_ref = a.entities[iri]
        label = normalise(old_ref.label)
        found: list[tuple[int, str, str]] = []
        for n in a.names[iri]:
            for target in by_name.get((old_ref.cls, n), ()):
                found.append((0 if n == label else 1, target, n))
        if found:
            _, target, name = min(found)
            merged_into[iri] = target
            d.entities_merged.append(Merged(old_ref, b.entities[target], name))
        else:
            d.entities_removed.append(old_ref)
    d.entities_added = [b.entities[i] for i in sorted(set(b.entities) - set(a.entities))]
    old_facts = {(merged_into.get(s, s), p, merged_into.get(o, o)) for s, p, o in a.facts()}
    new_facts = b.facts()
    ev_new = b.evidence()
    d.facts_added = [
        Fact(b.ref(s), p, b.ref(o), tuple(ev_new.get((s, p, o), ())))
        for s, p, o in sorted(new_facts - old_facts)
    ]
    ev_old = a.evidence()
    back = defaultdict(list)
    for s, p, o in a.facts():
        back[(merged_into.get(s, s), p, merged_into.get(o, o))].append((s, p, o))
    for key in sorted(old_facts - new_facts):
        for s, p, o in back[key]:
            d.facts_removed.append(Fact(a.ref(s), p, a.ref(o), tuple(ev_old.get((s, p, o), ()))))
    return d
