"""Turn document results and the entity index into RDF triples with provenance.

Every relation triple gets one ``kg:Assertion`` per sentence (and rule) that supports it,
carrying the verbatim sentence, its offsets in the source text, a confidence and the rule;
``kg:support`` counts the assertions of the same triple. Facts from the offline gazetteer
(Okinawa is in Japan) are added only between entities the corpus mentions, and are marked
``kg:background true`` with the gazetteer file as ``dcterms:source`` instead of a sentence.

IRIs are minted from stable inputs (canonical labels, content hashes, offsets), so the same
corpus and settings always give the same graph.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import lru_cache

import pyoxigraph as ox

from kg.extract.patterns import builtin_confidence
from kg.gazetteer import Gazetteer
from kg.model import (
    AGREEMENT,
    COUNTRY,
    GOVERNMENT,
    ORGANIZATION,
    PERSON,
    REGION,
    DocumentResult,
    Relation,
)
from kg.resolve.corpus import Entity, EntityIndex, slug
from kg.rules import Rules, load_rules
from kg.time import XSD_TYPES, precision_of
from kg.vocab import (
    DCTERMS,
    GEO,
    ID_BASE,
    KG,
    KG_IRI,
    NIF,
    RDF,
    RDFS,
    SKOS,
    VOID,
    XSD,
    id_prefixes,
)

_N = ox.NamedNode
_T = ox.Triple
_XSD_NNI = _N(str(XSD.nonNegativeInteger))
_XSD_INT = _N(str(XSD.integer))
_XSD_DEC = _N(str(XSD.decimal))
_XSD_DATE = _N(str(XSD.date))
_XSD_BOOL = _N(str(XSD.boolean))
_TRUE = ox.Literal("true", datatype=_XSD_BOOL)
_FALSE = ox.Literal("false", datatype=_XSD_BOOL)


def _p(term) -> ox.NamedNode:
    return _N(str(term))


@lru_cache(maxsize=64)
def _rel(name: str) -> ox.NamedNode:
    return _N(str(KG[name]))


A = _p(RDF.type)
# Made once: rdflib's namespace lookups cost more than the triples in the per-mention loops.
_DOCUMENT, _MENTION, _ASSERTION = _p(KG.Document), _p(KG.Mention), _p(KG.Assertion)
_SOURCE, _SHA256, _FORMAT = _p(DCTERMS.source), _p(KG.sha256), _p(DCTERMS["format"])
_TITLE, _DATE, _BYLINE = _p(DCTERMS.title), _p(DCTERMS.date), _p(KG.byline)
_REMOVED, _DENOTES, _IN_DOC = _p(KG.removedBlocks), _p(KG.denotes), _p(KG.document)
_BEGIN, _END, _ANCHOR = _p(NIF.beginIndex), _p(NIF.endIndex), _p(NIF.anchorOf)
_METONYMIC, _EVIDENCE, _EVIDENCE_TEXT = _p(KG.metonymic), _p(KG.evidence), _p(KG.evidenceText)
_PLACE, _COOCCURRENCE = _p(KG.place), _p(KG.cooccurrence)
_SUBJECT, _PREDICATE, _OBJECT = _p(RDF.subject), _p(RDF.predicate), _p(RDF.object)
_CONFIDENCE, _EXTRACTOR, _SUPPORT = _p(KG.confidence), _p(KG.extractor), _p(KG.support)
LABEL = _p(RDFS.label)
ALT = _p(SKOS.altLabel)
MATCH = _p(SKOS.exactMatch)

# Which classes each relation accepts (the schema's domains and ranges).
SIGNATURES: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    "memberOf": (frozenset({PERSON, COUNTRY}), frozenset({GOVERNMENT, ORGANIZATION})),
    "partOf": (frozenset({GOVERNMENT}), frozenset({GOVERNMENT})),
    "country": (frozenset({GOVERNMENT, ORGANIZATION, REGION, COUNTRY}), frozenset({COUNTRY})),
    "locatedIn": (frozenset({REGION, COUNTRY}), frozenset({REGION, COUNTRY})),
    "claims": (frozenset({COUNTRY, GOVERNMENT, ORGANIZATION}), frozenset({REGION, COUNTRY})),
    "party": (frozenset({AGREEMENT}), frozenset({COUNTRY, GOVERNMENT, ORGANIZATION})),
    "signatory": (frozenset({AGREEMENT}), frozenset({PERSON})),
    "met": (frozenset({PERSON}), frozenset({PERSON})),
    "brokeredBy": (
        frozenset({AGREEMENT}),
        frozenset({COUNTRY, GOVERNMENT, ORGANIZATION, PERSON}),
    ),
}


@dataclass(frozen=True, slots=True)
class GraphStats:
    triples: int
    entities: dict[str, int]
    relations: dict[str, int]
    dropped: dict[str, int]


def _hex(*parts: object) -> str:
    return hashlib.sha256("\x1f".join(map(str, parts)).encode()).hexdigest()[:16]


def _lit(value: str) -> ox.Literal:
    return ox.Literal(value)


def _int(n: int, dt: ox.NamedNode = _XSD_NNI) -> ox.Literal:
    return ox.Literal(str(n), datatype=dt)


def _date(value: str) -> ox.Literal:
    """An ISO value at its precision: xsd:date, xsd:gYearMonth or xsd:gYear."""
    return ox.Literal(value, datatype=_N(str(XSD[XSD_TYPES.get(precision_of(value), "date")])))


@lru_cache(maxsize=4096)
def _dec(x: float) -> ox.Literal:
    return ox.Literal(str(Decimal(str(round(x, 3)))), datatype=_XSD_DEC)


class GraphBuilder:
    """Collects triples; ``triples()`` returns them sorted for stable serialisation."""

    def __init__(
        self, index: EntityIndex, gaz: Gazetteer, base: str = ID_BASE, rules: Rules | None = None
    ) -> None:
        self.index = index
        self.gaz = gaz
        self.base = base
        self.rules = rules if rules is not None else load_rules()
        self._out: set[ox.Triple] = set()
        self.iris = self._mint_iris()
        self.relations: dict[tuple[str, str, str], list[tuple[str, Relation]]] = defaultdict(list)
        self.dropped: dict[str, int] = defaultdict(int)
        self.pending: list[tuple[str, Relation]] = []
        self.doc_dates: dict[str, str] = {}
        self._strings: dict[str, str] = {}

    def _mint_iris(self) -> dict[str, ox.NamedNode]:
        iris: dict[str, ox.NamedNode] = {}
        used: set[str] = set()
        for key in sorted(self.index.entities):
            e = self.index.entities[key]
            base = f"{self.base}{e.cls.lower()}/{slug(e.label)}"
            iri, n = base, 2
            while iri in used:
                iri, n = f"{base}-{n}", n + 1
            used.add(iri)
            iris[key] = _N(iri)
        return iris

    def add(self, s, p, o) -> None:
        self._out.add(_T(s, p, o))

    def doc_iri(self, sha: str) -> ox.NamedNode:
        return _N(f"{self.base}doc/{sha[:16]}")

    # -- documents and mentions ---------------------------------------------------------

    def add_document(self, res: DocumentResult) -> None:
        d = self.doc_iri(res.raw.sha256)
        self.add(d, A, _DOCUMENT)
        # The page's own URL, else the path under the input folder: never a local absolute
        # path (private, and different on every machine).
        self.add(d, _SOURCE, _lit(res.raw.url or res.raw.relpath or res.raw.source))
        self.add(d, _SHA256, _lit(res.raw.sha256))
        self.add(d, _FORMAT, _lit(res.raw.media_type))
        if res.title:
            self.add(d, _TITLE, _lit(res.title))
        if res.date:
            self.add(d, _DATE, ox.Literal(res.date, datatype=_XSD_DATE))
            self.doc_dates[res.raw.sha256] = res.date
        if res.byline:
            self.add(d, _BYLINE, _lit(res.byline))
        self.add(d, _REMOVED, _int(len(res.removed)))
        sha16 = res.raw.sha256[:16]
        for m in res.mentions:
            key = self.index.canonical(m.key)
            ent = self.iris.get(key)
            if ent is None:
                continue
            node = _N(f"{self.base}mention/{sha16}/{m.begin}-{m.end}")
            self.add(node, A, _MENTION)
            self.add(node, _DENOTES, ent)
            self.add(node, _IN_DOC, d)
            self.add(node, _BEGIN, _int(m.begin))
            self.add(node, _END, _int(m.end))
            self.add(node, _ANCHOR, _lit(m.anchor))
            if m.metonymic:
                self.add(node, _METONYMIC, _TRUE)
        for r in res.relations:
            self._collect(res.raw.sha256, r)
        for r in res.open_memberships:
            self.pending.append((res.raw.sha256, r))

    def _collect(self, sha: str, r: Relation) -> None:
        s, o = self.index.canonical(r.subject), self.index.canonical(r.object)
        es, eo = self.index.entities.get(s), self.index.entities.get(o)
        if es is None or eo is None or s == o:
            self.dropped["relation to an unknown entity"] += 1
            return
        dom, rng = SIGNATURES[r.predicate]
        if es.cls not in dom or eo.cls not in rng:
            self.dropped[f"{r.predicate} with wrong classes"] += 1
            return
        if r.predicate == "met":
            s, o = sorted((s, o))
        self.relations[(s, r.predicate, o)].append((sha, self._shared(r)))

    def _shared(self, r: Relation) -> Relation:
        """``r`` with one string object per distinct evidence sentence, rule and key: the
        relations are held until the end, and one sentence often states several."""
        same = self._strings
        ev, text, x = r.evidence, r.text, r.extractor
        ev2, x2 = same.setdefault(ev, ev), same.setdefault(x, x)
        text2 = text if text is None else same.setdefault(text, text)
        if ev2 is ev and x2 is x and text2 is text:
            return r
        return replace(r, evidence=ev2, text=text2, extractor=x2)

    def resolve_pending(self) -> None:
        """'Prime Minister Takaichi': the body comes from the same person's titled mentions."""
        rules = self.rules
        known: dict[tuple[str, str], set[str]] = defaultdict(set)
        for (s, pred, o), support in self.relations.items():
            if pred == "memberOf":
                for _, r in support:
                    role = rules.role(r.role or "")
                    if role:
                        known[(s, role.body)].add(o)
        for sha, r in self.pending:
            # An open membership's object is the kind of body ("defense"), not an entity.
            targets = known.get((self.index.canonical(r.subject), r.object), set())
            if len(targets) == 1:
                self._collect(sha, replace(r, object=next(iter(targets))))
            else:
                self.dropped["membership without a known body"] += 1

    # -- entities -----------------------------------------------------------------------

    def add_entities(self) -> None:
        for key, e in self.index.entities.items():
            node = self.iris[key]
            self.add(node, A, _p(KG[e.cls]))
            self.add(node, LABEL, _lit(e.label))
            for form in sorted(e.forms):
                if form != e.label:
                    self.add(node, ALT, _lit(form))
            for sha in e.docs:
                self.add(node, _p(KG.mentionedIn), self.doc_iri(sha))
            linked = self._links(node, e)
            self.add(node, _p(KG.linked), _TRUE if linked else _FALSE)
            if e.cls == AGREEMENT:
                if e.attrs.get("date"):
                    self.add(node, _p(DCTERMS.date), _date(e.attrs["date"]))
                if e.attrs.get("topic"):
                    self.add(node, _p(KG.topic), _lit(e.attrs["topic"]))
            for m in e.merges:
                res = _N(f"{self.base}resolution/{_hex(key, m.surface, m.rule)}")
                self.add(node, _p(KG.resolution), res)
                self.add(res, A, _p(KG.Resolution))
                self.add(res, _p(KG.surfaceForm), _lit(m.surface))
                self.add(res, _p(KG.rule), _lit(m.rule))
                self.add(res, _p(KG.reason), _lit(m.reason))

    def _links(self, node: ox.NamedNode, e: Entity) -> bool:
        entry = e.entry
        if entry is None:
            return False
        linked = False
        if entry.wikidata:
            self.add(node, MATCH, _N(f"http://www.wikidata.org/entity/{entry.wikidata}"))
            linked = True
        if entry.geonames:
            self.add(node, MATCH, _N(f"https://sws.geonames.org/{entry.geonames}/"))
            linked = True
        if entry.lat and entry.long and e.cls in (REGION, COUNTRY):
            self.add(node, _p(GEO.lat), ox.Literal(entry.lat, datatype=_XSD_DEC))
            self.add(node, _p(GEO.long), ox.Literal(entry.long, datatype=_XSD_DEC))
        return linked

    def add_background(self) -> None:
        """Gazetteer facts between entities the corpus mentions, unless a sentence says so."""
        for key, e in sorted(self.index.entities.items()):
            entry = e.entry
            facts = []
            if entry is not None:
                facts += [
                    ("locatedIn", entry.located_in),
                    ("country", entry.country),
                    ("partOf", entry.part_of),
                ]
                source = f"ontology/gazetteer/{entry.source_file}"
            else:
                facts += [
                    ("country", e.attrs.get("country", "")[4:]),
                    ("partOf", e.attrs.get("part_of", "")[4:]),
                ]
                source = "ontology/rules/bodies.tsv"
            for pred, target in facts:
                if not target:
                    continue
                tkey = self.index.canonical(f"gaz:{target}")
                te = self.index.entities.get(tkey)
                if te is None or tkey == key:
                    continue
                dom, rng = SIGNATURES[pred]
                if e.cls not in dom or te.cls not in rng or (key, pred, tkey) in self.relations:
                    continue
                s, p, o = self.iris[key], _p(KG[pred]), self.iris[tkey]
                self.add(s, p, o)
                a = _N(f"{self.base}assertion/{_hex(key, pred, tkey, 'background')}")
                self._assertion_core(a, s, p, o, builtin_confidence("gazetteer"), "gazetteer", 1)
                self.add(a, _p(KG.background), _TRUE)
                self.add(a, _p(DCTERMS.source), _lit(source))

    # -- relations ----------------------------------------------------------------------

    def _assertion_core(self, a, s, p, o, conf: float, extractor: str, support: int) -> None:
        self.add(a, A, _ASSERTION)
        self.add(a, _SUBJECT, s)
        self.add(a, _PREDICATE, p)
        self.add(a, _OBJECT, o)
        self.add(a, _CONFIDENCE, _dec(conf))
        self.add(a, _EXTRACTOR, _lit(extractor))
        self.add(a, _SUPPORT, _int(support, _XSD_INT))

    def add_dataset(self) -> None:
        """Record the base IRI, so query tools expand ``person:`` to this graph's IRIs."""
        d = _N(self.base)
        self.add(d, A, _p(VOID.Dataset))
        self.add(d, _p(VOID.uriSpace), _lit(self.base))

    def add_relations(self) -> None:
        rules = self.rules
        memberships: dict[tuple[str, str, str], list[tuple[str, Relation]]] = defaultdict(list)
        for (sk, pred, ok), support in sorted(self.relations.items()):
            s, p, o = self.iris[sk], _rel(pred), self.iris[ok]
            directions = [(s, o), (o, s)] if pred == "met" else [(s, o)]
            for x, y in directions:
                self.add(x, p, y)
                for sha, r in support:
                    a = _N(
                        f"{self.base}assertion/{_hex(x, pred, y, sha, r.begin, r.end, r.extractor)}"
                    )
                    self._assertion_core(a, x, p, y, r.confidence, r.extractor, len(support))
                    self.add(a, _IN_DOC, self.doc_iri(sha))
                    self.add(a, _EVIDENCE, _lit(r.evidence))
                    if r.text:
                        self.add(a, _EVIDENCE_TEXT, _lit(r.text))
                    self.add(a, _BEGIN, _int(r.begin))
                    self.add(a, _END, _int(r.end))
                    if r.date:
                        self.add(a, _DATE, _date(r.date))
                    if r.place:
                        place = self.iris.get(self.index.canonical(r.place))
                        pe = self.index.get(r.place)
                        if place is not None and pe is not None and pe.cls in (REGION, COUNTRY):
                            self.add(a, _PLACE, place)
                    if r.cooccurrence:
                        self.add(a, _COOCCURRENCE, _TRUE)
            if pred == "memberOf" and self.index.entities[sk].cls == PERSON:
                for sha, r in support:
                    role = r.role or "member"
                    kind = rules.role(role)
                    memberships[(sk, ok, (kind.title if kind else role).lower())].append((sha, r))
        for (sk, ok, _), support in sorted(memberships.items()):
            roles = sorted({r.role or "member" for _, r in support}, key=lambda t: (t.lower(), t))
            node = _N(f"{self.base}membership/{_hex(sk, ok, roles[0].lower())}")
            self.add(node, A, _p(KG.Membership))
            self.add(node, _p(KG.member), self.iris[sk])
            self.add(node, _p(KG.organization), self.iris[ok])
            self.add(node, _p(KG.role), _lit(roles[0]))
            if any(r.former for _, r in support):
                self.add(node, _p(KG.former), _TRUE)
            self._membership_dates(node, support)
            self.add(node, _p(KG.support), _int(len(support), _XSD_INT))

    def _membership_dates(self, node: ox.NamedNode, support: list[tuple[str, Relation]]) -> None:
        """Stated start (earliest) and end (latest), and the dates of the reporting documents."""
        starts = sorted(r.start_date for _, r in support if r.start_date)
        ends = sorted(r.end_date for _, r in support if r.end_date)
        if starts:
            self.add(node, _p(KG.startDate), _date(starts[0]))
        if ends:
            self.add(node, _p(KG.endDate), _date(ends[-1]))
        for sha, _ in support:
            if sha in self.doc_dates:
                self.add(node, _p(KG.reportedOn), _date(self.doc_dates[sha]))

    def triples(self) -> list[ox.Triple]:
        return sorted(self._out, key=lambda t: (str(t.subject), str(t.predicate), str(t.object)))

    def stats(self) -> GraphStats:
        ents: dict[str, int] = defaultdict(int)
        for e in self.index.entities.values():
            ents[e.cls] += 1
        rels: dict[str, int] = defaultdict(int)
        for t in self._out:
            p = t.predicate.value
            if p.startswith(KG_IRI) and p[len(KG_IRI) :] in SIGNATURES:
                rels[p[len(KG_IRI) :]] += 1
        return GraphStats(len(self._out), dict(ents), dict(rels), dict(self.dropped))


def build_graph(
    results: Iterable[DocumentResult],
    index: EntityIndex,
    gaz: Gazetteer,
    base: str = ID_BASE,
    rules: Rules | None = None,
) -> GraphBuilder:
    return fill_graph(GraphBuilder(index, gaz, base, rules), results)


def fill_graph(g: GraphBuilder, results: Iterable[DocumentResult]) -> GraphBuilder:
    """Every step of the graph, in order, into ``g`` (an in-memory or a spilling builder)."""
    g.add_dataset()
    for res in results:
        g.add_document(res)
    g.resolve_pending()
    g.add_entities()
    g.add_relations()
    g.add_background()
    return g


def turtle_prefixes(base: str = ID_BASE) -> dict[str, str]:
    return {**id_prefixes(base), "void": str(VOID)}


def serialise_turtle(triples: list[ox.Triple], base: str = ID_BASE) -> bytes:
    """Deterministic Turtle: sorted triples, sorted prefix header."""
    data = ox.serialize(triples, format=ox.RdfFormat.TURTLE, prefixes=turtle_prefixes(base))
    lines = data.split(b"\n")
    n = next((i for i, line in enumerate(lines) if not line.startswith(b"@prefix")), len(lines))
    return b"\n".join(sorted(lines[:n]) + lines[n:])
