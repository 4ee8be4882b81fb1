"""Read what the explorer shows from the RDF graph with SPARQL (nothing else is consulted).

The result is plain, JSON-ready data sorted for byte-stable output: entities sorted by
IRI, relations by (subject, property, object), assertions by IRI.
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from kg.errors import Errors, KGError
from kg.vocab import ENTITY_CLASSES, KG, RELATIONS, sparql_prefixes

# Class local names in schema order; a resource typed with several classes is shown with
# the most specific one (Country before Region), otherwise the first in this order.
CLASS_ORDER: tuple[str, ...] = tuple(str(c).rsplit("#", 1)[1] for c in ENTITY_CLASSES)
_CLASS_PRIORITY = ("Country", "Person", "Government", "Organization", "Agreement", "Region")
PROPERTY_ORDER: tuple[str, ...] = tuple(str(p).rsplit("#", 1)[1] for p in RELATIONS)
SYMMETRIC: frozenset[str] = frozenset({"met"})

_PFX = sparql_prefixes()
_CLASS_VALUES = " ".join(f"kg:{c}" for c in CLASS_ORDER)
_PROP_VALUES = " ".join(f"kg:{p}" for p in PROPERTY_ORDER)
_KG = str(KG.Person).rsplit("#", 1)[0] + "#"


@dataclass(slots=True)
class Entity:
    iri: str
    cls: str
    label: str = ""
    aliases: set[str] = field(default_factory=set)
    links: set[str] = field(default_factory=set)
    docs: set[str] = field(default_factory=set)
    mentions: int = 0


@dataclass(slots=True)
class Assertion:
    iri: str
    subject: str
    prop: str
    object: str
    doc: str | None = None
    evidence: str = ""
    begin: int | None = None
    end: int | None = None
    confidence: str | None = None
    extractor: str = ""
    spans: list[tuple[int, int, str, str | None]] = field(default_factory=list)
    date: str | None = None  # dcterms:date of the fact, else kg:reportedOn
    start: str | None = None  # kg:startDate / kg:endDate of a period, when stated
    end_date: str | None = None


@dataclass(frozen=True, slots=True)
class Doc:
    """A document's metadata as the graph gives it (empty strings when absent)."""

    title: str = ""
    source: str = ""
    date: str = ""
    byline: str = ""
    removed: int | None = None  # kg:removedBlocks: source regions the cleaner dropped
    sha256: str = ""


@dataclass(slots=True)
class GraphData:
    """Everything read from the store, keyed by IRI."""

    entities: dict[str, Entity]
    triples: list[tuple[str, str, str]]  # (subject, property local name, object)
    assertions: list[Assertion]
    roles: dict[tuple[str, str], list[tuple[str, bool]]]  # (person, org) -> [(role, former)]
    docs: dict[str, Doc]
    periods: dict[tuple[str, str], tuple[str | None, str | None]] = field(default_factory=dict)


def load_store(source: str | Path | ox.Store) -> ox.Store:
    """Return ``source`` if it is a store, else a new in-memory store loaded from the file."""
    if isinstance(source, ox.Store):
        return source
    path = Path(source)
    if not path.is_file():
        raise KGError(Errors.E001.format(path=path))
    fmt = ox.RdfFormat.from_extension(path.suffix.lstrip(".")) or ox.RdfFormat.TURTLE
    store = ox.Store()
    try:
        store.load(path=path, format=fmt)
    except (SyntaxError, ValueError, OSError) as exc:
        raise KGError(Errors.E020.format(path=path, reason=exc)) from exc
    return store


def _key(term: object) -> str:
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    return term.value  # type: ignore[attr-defined]


def _local(iri: str) -> str:
    return iri[len(_KG) :] if iri.startswith(_KG) else iri


def _rows(store: ox.Store, body: str) -> list[dict[str, object]]:
    try:
        result = store.query(_PFX + body, use_default_graph_as_union=True)
    except (SyntaxError, ValueError, OSError) as exc:  # pragma: no cover - queries are fixed
        raise KGError(Errors.E021.format(reason=exc)) from exc
    names = [v.value for v in result.variables]
    # A solution iterates in variable order; zipping is much cheaper than lookups by name.
    return [dict(zip(names, sol, strict=True)) for sol in result]


def _int(term: object) -> int | None:
    try:
        return int(term.value) if term is not None else None  # type: ignore[attr-defined]
    except ValueError:
        return None


def read_graph(store: ox.Store) -> GraphData:
    """Run the explorer's SPARQL queries against ``store``."""
    entities: dict[str, Entity] = {}
    typed: dict[str, set[str]] = defaultdict(set)
    for r in _rows(store, f"SELECT ?e ?c WHERE {{ VALUES ?c {{ {_CLASS_VALUES} }} ?e a ?c }}"):
        typed[_key(r["e"])].add(_local(_key(r["c"])))
    for iri, classes in typed.items():
        cls = next(c for c in _CLASS_PRIORITY if c in classes)
        entities[iri] = Entity(iri=iri, cls=cls)

    ent_filter = f"VALUES ?c {{ {_CLASS_VALUES} }} ?e a ?c ."
    labels: dict[str, list[str]] = defaultdict(list)
    for r in _rows(store, f"SELECT DISTINCT ?e ?l WHERE {{ {ent_filter} ?e rdfs:label ?l }}"):
        labels[_key(r["e"])].append(r["l"].value)  # type: ignore[attr-defined]
    for r in _rows(store, f"SELECT DISTINCT ?e ?l WHERE {{ {ent_filter} ?e skos:altLabel ?l }}"):
        entities[_key(r["e"])].aliases.add(r["l"].value)  # type: ignore[attr-defined]
    for r in _rows(store, f"SELECT DISTINCT ?e ?l WHERE {{ {ent_filter} ?e skos:exactMatch ?l }}"):
        entities[_key(r["e"])].links.add(_key(r["l"]))
    for r in _rows(store, f"SELECT DISTINCT ?e ?d WHERE {{ {ent_filter} ?e kg:mentionedIn ?d }}"):
        entities[_key(r["e"])].docs.add(_key(r["d"]))
    for r in _rows(
        store, "SELECT ?e (COUNT(DISTINCT ?m) AS ?n) WHERE { ?m kg:denotes ?e } GROUP BY ?e"
    ):
        ent = entities.get(_key(r["e"]))
        if ent is not None:
            ent.mentions = _int(r["n"]) or 0
    for iri, ent in entities.items():
        names = sorted(labels.get(iri, ()))
        ent.label = names[0] if names else _fallback_label(iri)
        ent.aliases.discard(ent.label)

    triples = sorted(
        {
            (_key(r["s"]), _local(_key(r["p"])), _key(r["o"]))
            for r in _rows(
                store, f"SELECT ?s ?p ?o WHERE {{ VALUES ?p {{ {_PROP_VALUES} }} ?s ?p ?o }}"
            )
        }
    )

    assertions: dict[str, Assertion] = {}
    # Dates are rare: read them in a query of their own rather than as four more OPTIONALs
    # on every assertion row.
    dated: dict[str, tuple[str | None, str | None, str | None]] = {}
    q = """SELECT ?a ?said ?rep ?start ?stop WHERE {
      ?a rdf:subject ?s .
      { ?a dcterms:date ?said } UNION { ?a kg:reportedOn ?rep }
      UNION { ?a kg:startDate ?start } UNION { ?a kg:endDate ?stop }
    }"""
    for r in _rows(store, q):
        a_iri = _key(r["a"])
        old = dated.get(a_iri, (None, None, None, None))
        new = (_text(r["said"]), _text(r["rep"]), _text(r["start"]), _text(r["stop"]))
        dated[a_iri] = tuple(_min(x, y) for x, y in zip(old, new, strict=True))  # type: ignore[assignment]
    q = f"""SELECT ?a ?s ?p ?o ?d ?ev ?b ?en ?conf ?x WHERE {{
      VALUES ?p {{ {_PROP_VALUES} }}
      ?a rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o .
      OPTIONAL {{ ?a kg:document ?d }} OPTIONAL {{ ?a kg:evidence ?raw }}
      OPTIONAL {{ ?a kg:evidenceText ?plain }} BIND(COALESCE(?plain, ?raw) AS ?ev)
      OPTIONAL {{ ?a nif:beginIndex ?b }} OPTIONAL {{ ?a nif:endIndex ?en }}
      OPTIONAL {{ ?a kg:confidence ?conf }} OPTIONAL {{ ?a kg:extractor ?x }}
    }}"""
    for r in _rows(store, q):
        row = (
            _key(r["a"]),
            _key(r["s"]),
            _local(_key(r["p"])),
            _key(r["o"]),
            _key(r["d"]) if r["d"] is not None else None,
            r["ev"].value if r["ev"] is not None else "",  # type: ignore[attr-defined]
            _int(r["b"]),
            _int(r["en"]),
            r["conf"].value if r["conf"] is not None else None,  # type: ignore[attr-defined]
            r["x"].value if r["x"] is not None else "",  # type: ignore[attr-defined]
        )
        said, reported, start, stop = dated.get(row[0], (None, None, None, None))
        a = Assertion(*row, date=said or reported, start=start, end_date=stop)
        # Several values for an optional property give several rows: keep the smallest.
        old = assertions.get(a.iri)
        if old is None or _sort_row(a) < _sort_row(old):
            assertions[a.iri] = a

    # Mentions of each entity per document, sorted by offset; an assertion's sentence then
    # picks its subject's and object's mentions by bisection (a SPARQL join per assertion is
    # slow for entities mentioned thousands of times).
    mentions: dict[tuple[str, str], list[tuple[int, int, str | None]]] = defaultdict(list)
    q = """SELECT ?e ?d ?b ?en ?anchor WHERE {
      ?m kg:denotes ?e ; kg:document ?d ; nif:beginIndex ?b ; nif:endIndex ?en .
      OPTIONAL { ?m nif:anchorOf ?anchor }
    }"""
    for r in _rows(store, q):
        mb, me = _int(r["b"]), _int(r["en"])
        if mb is None or me is None:
            continue
        anchor = r["anchor"].value if r["anchor"] is not None else None  # type: ignore[attr-defined]
        mentions[(_key(r["e"]), _key(r["d"]))].append((mb, me, anchor))
    for ms in mentions.values():
        ms.sort(key=lambda m: (m[0], m[1], m[2] or ""))
    for a in assertions.values():
        if a.doc is None or a.begin is None or a.end is None:
            continue
        for end, ent in (("s", a.subject), ("o", a.object)):
            ms = mentions.get((ent, a.doc), ())
            i = bisect.bisect_left(ms, (a.begin,), key=lambda m: (m[0],))
            while i < len(ms) and ms[i][0] < a.end:
                mb, me, anchor = ms[i]
                if me <= a.end:
                    a.spans.append((mb - a.begin, me - a.begin, end, anchor))
                i += 1

    roles: dict[tuple[str, str], list[tuple[str, bool]]] = defaultdict(list)
    q = """SELECT DISTINCT ?m ?p ?g ?role ?former WHERE {
      ?m kg:member ?p ; kg:organization ?g .
      OPTIONAL { ?m kg:role ?role } OPTIONAL { ?m kg:former ?former }
    }"""
    for r in _rows(store, q):
        role = r["role"].value if r["role"] is not None else ""  # type: ignore[attr-defined]
        former = r["former"] is not None and r["former"].value in ("true", "1")  # type: ignore[attr-defined]
        item = (role, former)
        key = (_key(r["p"]), _key(r["g"]))
        if item not in roles[key]:
            roles[key].append(item)

    periods: dict[tuple[str, str], tuple[str | None, str | None]] = {}
    q = """SELECT ?p ?g ?start ?stop WHERE {
      ?m kg:member ?p ; kg:organization ?g .
      OPTIONAL { ?m kg:startDate ?start } OPTIONAL { ?m kg:endDate ?stop }
      FILTER(BOUND(?start) || BOUND(?stop))
    }"""
    for r in _rows(store, q):
        key = (_key(r["p"]), _key(r["g"]))
        cand = (_text(r["start"]), _text(r["stop"]))
        old = periods.get(key)
        periods[key] = cand if old is None else (_min(old[0], cand[0]), _max(old[1], cand[1]))

    docs: dict[str, Doc] = {}
    q = """SELECT ?d ?t ?src ?date ?by ?rm ?sha WHERE {
      { SELECT DISTINCT ?d WHERE {
          { ?d a kg:Document } UNION { ?x kg:mentionedIn ?d } UNION { ?x kg:document ?d } } }
      OPTIONAL { ?d dcterms:title ?t } OPTIONAL { ?d dcterms:source ?src }
      OPTIONAL { ?d dcterms:date ?date } OPTIONAL { ?d kg:byline ?by }
      OPTIONAL { ?d kg:removedBlocks ?rm } OPTIONAL { ?d kg:sha256 ?sha }
    }"""
    for r in _rows(store, q):
        d = _key(r["d"])
        doc = Doc(
            title=_text(r["t"]) or "",
            source=_key(r["src"]) if r["src"] is not None else "",
            date=_text(r["date"]) or "",
            byline=_text(r["by"]) or "",
            removed=_int(r["rm"]),
            sha256=_text(r["sha"]) or "",
        )
        # Several values for one property give several rows: keep the smallest, stably.
        if d not in docs or _doc_key(doc) < _doc_key(docs[d]):
            docs[d] = doc

    return GraphData(
        entities=entities,
        triples=triples,
        assertions=sorted(assertions.values(), key=lambda a: a.iri),
        roles={k: sorted(v) for k, v in roles.items()},
        docs=docs,
        periods=periods,
    )


def _text(term: object) -> str | None:
    return term.value if term is not None else None  # type: ignore[attr-defined]


def _min(a: str | None, b: str | None) -> str | None:
    return b if a is None else a if b is None else min(a, b)


def _max(a: str | None, b: str | None) -> str | None:
    return b if a is None else a if b is None else max(a, b)


def _doc_key(d: Doc) -> tuple:
    removed = d.removed if d.removed is not None else -1
    return (d.title, d.source, d.date, d.byline, removed, d.sha256)


def _sort_row(a: Assertion) -> tuple:
    return (
        a.doc or "",
        a.evidence,
        a.begin or 0,
        a.end or 0,
        a.confidence or "",
        a.extractor,
        a.date or "",
        a.start or "",
        a.end_date or "",
    )


def _fallback_label(iri: str) -> str:
    tail = re.split(r"[/#]", iri.rstrip("/#"))[-1]
    return tail.replace("-", " ") or iri


_WORD = re.compile(r"\w")


def segments(
    sentence: str,
    spans: list[tuple[int, int, str, str | None]],
    names: dict[str, list[str]],
) -> list[list[str]]:
    """Split ``sentence`` into ``[text, role]`` pieces, role "s"/"o" marking the two entities.

    Mention offsets (relative to the sentence) are used when they fit the sentence and match
    the mention's anchor; otherwise the entities' labels are looked up in the sentence.

    >>> segments("Hegseth met Koizumi.", [(0, 7, "s", "Hegseth")], {"o": ["Koizumi"]})
    [['Hegseth', 's'], [' met ', ''], ['Koizumi', 'o'], ['.', '']]
    """
    marks: list[tuple[int, int, str]] = []
    found: set[str] = set()
    for b, e, role, anchor in sorted(spans, key=lambda s: (s[0], s[1], s[2])):
        if 0 <= b < e <= len(sentence) and (anchor is None or sentence[b:e] == anchor):
            marks.append((b, e, role))
            found.add(role)
    for role in ("s", "o"):
        if role in found:
            continue
        cands = sorted({n for n in names.get(role, ()) if n.strip()}, key=lambda n: (-len(n), n))
        if not cands:
            continue
        pattern = re.compile(
            "(?<!\\w)(?:" + "|".join(re.escape(n) for n in cands) + ")(?!\\w)", re.IGNORECASE
        )
        marks.extend((m.start(), m.end(), role) for m in pattern.finditer(sentence))
    out: list[list[str]] = []
    pos = 0
    for b, e, role in sorted(marks):
        if b < pos:  # overlapping marks: keep the first
            continue
        if b > pos:
            out.append([sentence[pos:b], ""])
        out.append([sentence[b:e], role])
        pos = e
    if pos < len(sentence) or not out:
        out.append([sentence[pos:], ""])
    return out
