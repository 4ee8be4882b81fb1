"""SHACL in two parts: each document's own subgraph, and the entity and fact layer.

Mentions and documents make most of a news graph, and one document's mentions and its
``kg:Document`` node change only when that document does. So the shapes are split:

* **document shapes** (targets: ``kg:Document``, ``kg:Mention``) run over document
  subgraphs (every triple whose subject is a document or a mention), with the
  ``?d a kg:Document`` triples of all documents as context for their ``sh:class`` tests;
* **layer shapes** (everything else) run over the rest of the graph (entities, assertions,
  memberships, resolutions) with the same context.

A build caches each document subgraph's violations under the hash of its triples, so a
rebuild validates only the changed documents and the layer. The two parts report exactly
what the whole graph reports when

1. the shapes allow it (:func:`split_checks` checks: document shapes target those two
   classes by class only, test ``sh:class`` only against ``kg:Document`` and use no SPARQL;
   layer shapes never target them, never test ``sh:class kg:Mention``, and neither their
   targets nor their SPARQL name a predicate of :data:`DOC_PREDICATES` but ``rdf:type``);
2. the graph allows it: a document or mention carries only predicates of
   :data:`DOC_PREDICATES` and no type but those two, and the graph has no
   ``rdfs:subClassOf`` (:func:`split_graph` checks; the builder writes graphs that way).

Then a document-shape focus reads only its own triples and document types, and a
layer-shape focus reads only layer triples and document types. Otherwise the caller
validates the whole graph (``tests/unit/test_shacl_split.py`` compares the two on every
broken graph of the validation tests).

Neither part is loaded whole, so the validator's memory does not grow with the corpus:
document subgraphs go to the store a few hundred thousand triples at a time, and the layer
is cut by :class:`LayerPartition` into buckets closed under what the layer shapes read (a
node's own triples, the types of the nodes it points to, and the assertions about it).
The cut is made only when the shapes allow it (:attr:`SplitChecks.chunked`).
"""

from __future__ import annotations

import hashlib
import re
import zlib
from array import array
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph, URIRef
from rdflib.collection import Collection

from kg.rdf.shacl_sparql import (
    _DERIVED_NT,
    Check,
    Unsupported,
    _rename_derived,
    compile_shapes,
    run_checks,
)
from kg.rdf.validate import SHAPES_PATH, Violation, load_shapes
from kg.vocab import DCTERMS, KG, NIF, RDF, RDFS, SH

DOC_CLASSES = frozenset({str(KG.Document), str(KG.Mention)})
# What the builder writes on a document or a mention node (kg.rdf.build.add_document).
DOC_PREDICATES = frozenset(
    str(p)
    for p in (
        RDF.type,
        DCTERMS.source,
        KG.sha256,
        DCTERMS["format"],
        DCTERMS.title,
        DCTERMS.date,
        KG.byline,
        KG.removedBlocks,
        KG.denotes,
        KG.document,
        NIF.beginIndex,
        NIF.endIndex,
        NIF.anchorOf,
        KG.metonymic,
    )
)
_TYPE = str(RDF.type)
_DOCUMENT = str(KG.Document)
_SUBCLASS = str(RDFS.subClassOf)
_CONTEXT = ox.NamedNode("urn:x-kg-news:context")
_TARGETS = (SH.targetClass, SH.targetSubjectsOf, SH.targetObjectsOf, SH.targetNode, SH.target)


@dataclass(frozen=True, slots=True)
class SplitChecks:
    document: tuple[Check, ...]
    layer: tuple[Check, ...]
    # Whether the layer may be validated bucket by bucket (see LayerPartition): then
    # ``node`` run on layer buckets and ``join`` on support buckets.
    chunked: bool = False
    node: tuple[Check, ...] = ()
    join: tuple[Check, ...] = ()


def _reachable(g: Graph, shape) -> set:
    """The shape and every shape or list node below it (property shapes, sh:or members)."""
    seen, todo = set(), [shape]
    while todo:
        n = todo.pop()
        if n in seen:
            continue
        seen.add(n)
        for p, o in g.predicate_objects(n):
            if p in (SH.property, SH.node, SH["not"]):
                todo.append(o)
            elif p in (SH["or"], SH["and"], SH.xone):
                todo.extend(Collection(g, o))
    return seen


def _names_predicate(text: str, g: Graph) -> bool:
    """Whether SPARQL ``text`` may name a document predicate (other than rdf:type)."""
    names = set()
    for p in DOC_PREDICATES - {_TYPE}:
        names.add(p)
        for prefix, ns in g.namespaces():
            if p.startswith(str(ns)) and prefix:
                names.add(f"{prefix}:{p[len(str(ns)) :]}")
        local = p.rsplit("#", 1)[-1].rsplit("/", 1)[-1]
        names.add(f":{local}")
    return any(n in text for n in names)


def _splittable(g: Graph, doc: set, layer: set) -> bool:
    doc_classes = {URIRef(c) for c in DOC_CLASSES}
    for s in doc:
        if any(p != SH.targetClass for p in _TARGETS for _ in g.objects(s, p)):
            return False
        if not set(g.objects(s, SH.targetClass)) <= doc_classes:
            return False
        for n in _reachable(g, s):
            if (n, SH.sparql, None) in g:
                return False
            if any(c != KG.Document for c in g.objects(n, SH["class"])):
                return False
    for s in layer:
        if set(g.objects(s, SH.targetClass)) & doc_classes:
            return False
        for p in (SH.targetSubjectsOf, SH.targetObjectsOf):
            if any(str(o) in DOC_PREDICATES for o in g.objects(s, p)):
                return False
        if any((n, SH["class"], KG.Mention) in g for n in _reachable(g, s)):
            return False
        if any(_names_predicate(t, g) for t in _sparql_texts(g, {s})):
            return False
    return True


def _sparql_texts(g: Graph, shapes: Iterable) -> set[str]:
    """The SPARQL of the shapes' targets and constraints, whitespace folded."""
    out = set()
    for s in shapes:
        for t in g.objects(s, SH.target):
            out.add(g.value(t, SH.select))
        for n in _reachable(g, s):
            for c in g.objects(n, SH.sparql):
                out.add(g.value(c, SH.select))
    return {re.sub(r"\s+", " ", str(t or "")).strip() for t in out}


@lru_cache(maxsize=2)
def _packaged_sparql() -> frozenset[str]:
    g = load_shapes(SHAPES_PATH)
    return frozenset(_sparql_texts(g, {s for p in _TARGETS for s in g.subjects(p, None)}))


_JOIN_ONLY = {RDF.type, RDFS.label, RDFS.comment, SH.target, SH.sparql, SH.message, SH.name}


def _chunkable(g: Graph, layer: set) -> tuple[set, set] | None:
    """The layer shapes cut into those a bucket of each family holds (None: cannot).

    ``node`` shapes target by class or by subject of a property, use no SPARQL, and never
    test ``sh:class kg:Assertion`` (assertion types are not in the buckets' context).
    ``join`` shapes hold nothing but SPARQL exactly as the packaged shapes write it (a
    relation triple of :data:`SUPPORTED` joined with its assertions), since SPARQL in
    general may read anything.
    """
    node, join = set(), set()
    packaged = _packaged_sparql()
    for s in layer:
        texts = _sparql_texts(g, {s})
        if texts:
            if not texts <= packaged or any(p not in _JOIN_ONLY for p in g.predicates(s)):
                return None
            join.add(s)
            continue
        if any(True for p in (SH.targetObjectsOf, SH.targetNode) for _ in g.objects(s, p)):
            return None
        for n in _reachable(g, s):
            if (n, SH["class"], KG.Assertion) in g:
                return None
        node.add(s)
    return node, join


@lru_cache(maxsize=8)
def _split_checks(path: str, mtime: float) -> SplitChecks | None:
    g = load_shapes(Path(path))
    targeted = {s for p in _TARGETS for s in g.subjects(p, None)}
    doc_classes = {URIRef(c) for c in DOC_CLASSES}
    doc = {s for s in targeted if set(g.objects(s, SH.targetClass)) & doc_classes}
    layer = targeted - doc
    if not _splittable(g, doc, layer):
        return None
    try:
        checks = SplitChecks(
            tuple(compile_shapes(g, False, doc)), tuple(compile_shapes(g, False, layer))
        )
        cut = _chunkable(g, layer)
        if cut is None:
            return checks
        node, join = (tuple(compile_shapes(g, False, part)) for part in cut)
        return SplitChecks(checks.document, checks.layer, True, node, join)
    except Unsupported:
        return None


def split_checks(shapes: Path | None = None) -> SplitChecks | None:
    """The document and layer checks, or None when the shapes cannot be split exactly."""
    p = Path(shapes) if shapes is not None else SHAPES_PATH
    return _split_checks(str(p), p.stat().st_mtime)


def nt_line(t: ox.Triple) -> str:
    return f"{t.subject} {t.predicate} {t.object} .\n"


def _store(data: bytes, context: bytes) -> ox.Store:
    store = ox.Store()
    if data:
        store.bulk_load(_rename_derived(data, _DERIVED_NT), format=ox.RdfFormat.N_TRIPLES)
    if context:
        store.bulk_load(context, format=ox.RdfFormat.N_TRIPLES, to_graph=_CONTEXT)
    return store


def _own(store: ox.Store, found: set[Violation]) -> set[Violation]:
    """The violations whose focus node has a triple of its own in ``store``'s data."""
    own: dict[str, bool] = {}
    out = set()
    for v in found:
        key = str(v.focus)
        if key not in own:
            node = ox.NamedNode(key)
            hit = next(store.quads_for_pattern(node, None, None, ox.DefaultGraph()), None)
            own[key] = hit is not None
        if own[key]:
            out.add(v)
    return out


def validate_documents(data: bytes, context: bytes, checks: SplitChecks) -> set[Violation]:
    """Document shapes over document subgraphs (N-Triples), ``context`` = document types.

    Only violations on nodes of ``data`` count: a document known only from the context is
    checked with its own subgraph.
    """
    store = _store(data, context)
    return _own(store, run_checks(store, checks.document))


def validate_layer(data: bytes, context: bytes, checks: SplitChecks) -> set[Violation]:
    """Layer shapes over the rest of the graph (N-Triples), ``context`` = document types."""
    return run_checks(_store(data, context), checks.layer)


def validate_layer_bucket(data: bytes, context: bytes, checks: SplitChecks) -> set[Violation]:
    """Node checks over layer buckets of a :class:`LayerPartition` (N-Triples).

    ``context``: document types and the partition's context. Only violations on nodes of
    ``data`` count; the other nodes of the context are checked in their own bucket.
    """
    store = _store(data, context)
    return _own(store, run_checks(store, checks.node))


def validate_support_bucket(data: bytes, checks: SplitChecks) -> set[Violation]:
    """Join checks over support buckets of a :class:`LayerPartition` (N-Triples)."""
    return run_checks(_store(data, b""), checks.join)


def validate_buckets(
    layer: Iterable[bytes],
    support: Iterable[bytes],
    context: bytes,
    checks: SplitChecks,
    limit: int | None = None,
) -> set[Violation]:
    """The layer's violations from the buckets of a :class:`LayerPartition` (N-Triples),
    loaded ``limit`` lines at a time; ``context``: see :func:`validate_layer_bucket`."""
    found = set()
    for batch in batches(layer, limit):
        found |= validate_layer_bucket(batch, context, checks)
    for batch in batches(support, limit):
        found |= validate_support_bucket(batch, checks)
    return found


LAYER_BUCKETS = 64
BATCH_LINES = 100_000  # lines of N-Triples per store (about 100 MB of Oxigraph)
# The relation triples the packaged SPARQL constraint asks an assertion for.
SUPPORTED = frozenset(
    f"<{KG[p]}>"
    for p in (
        "memberOf", "partOf", "country", "locatedIn", "claims", "party", "signatory", "met",
        "brokeredBy",
    )
)  # fmt: skip
_ASSERTION_TYPE = f"<{_TYPE}> <{KG.Assertion}>"
_SUBJECT = f"<{RDF.subject}>"
_OBJECT = f"<{RDF.object}>"
_PREDICATE = f"<{RDF.predicate}>"
_CORE = frozenset({_SUBJECT, _OBJECT, _PREDICATE})
_MET = f"<{KG.met}>"
_TYPE_IRI = f"<{_TYPE}>"
NODE, SUPPORT = "layer", "support"


def _bucket(*terms: str, buckets: int) -> int:
    return zlib.crc32(" ".join(terms).encode()) % buckets


def _support_key(s: str, p: str, o: str, buckets: int) -> int:
    # kg:met is symmetric: either direction's assertion supports the triple.
    if p == _MET:
        s, o = min(s, o), max(s, o)
    return _bucket(s, p, o, buckets=buckets)


def _digest(term: str) -> int:
    return int.from_bytes(hashlib.blake2b(term.encode(), digest_size=8).digest(), "little")


class LayerPartition:
    """Routes the layer's N-Triples lines to buckets that validate apart.

    Two families of buckets, each with as many as ``buckets``:

    * ``layer`` buckets hold each subject, with all its triples, in the bucket of its IRI.
      They get every check but the one that joins a relation triple with its assertions,
      and, as context, the ``rdf:type`` lines of all the layer's subjects but assertions
      (:attr:`context`), so ``sh:class`` tests see the types of nodes in other buckets.
    * ``support`` buckets hold each relation triple of :data:`SUPPORTED` and the type and
      ``rdf:subject``/``rdf:predicate``/``rdf:object`` of each assertion, in the bucket of
      the (subject, predicate, object) they state: that join's whole input.

    No bucket grows with one popular entity's facts. An assertion's triples must arrive
    together (the builder writes them so); :attr:`ok` turns False when they did not, or
    when a blank node appears, and the layer must then be validated whole.
    """

    def __init__(self, sink: Callable[[str, int, str], None], buckets: int = LAYER_BUCKETS) -> None:
        self.sink = sink
        self.buckets = buckets
        self.ok = True
        self.context: set[str] = set()
        self._subject: str | None = None
        self._lines: list[str] = []
        self._assertions = array("Q")
        self._others = array("Q")  # subjects with rdf:subject/predicate/object, untyped

    def add(self, line: str) -> None:
        s = line[: line.index(" ")]
        if s != self._subject:
            self._flush()
            self._subject = s
        self._lines.append(line)

    def close(self) -> None:
        self._flush()
        import numpy as np

        a = np.frombuffer(self._assertions, dtype=np.uint64)
        o = np.frombuffer(self._others, dtype=np.uint64)
        if len(np.unique(a)) != len(a) or np.intersect1d(a, o).size:
            self.ok = False  # an assertion's triples came in pieces

    def _flush(self) -> None:
        lines, s = self._lines, self._subject
        if not lines or s is None:
            return
        self._lines = []
        n = self.buckets
        parts = [(p, rest[:-3]) for _, p, rest in (line.split(" ", 2) for line in lines)]
        if s.startswith("_:") or any(o.startswith("_:") for _, o in parts):
            self.ok = False
        self.sink(NODE, _bucket(s, buckets=n), "".join(lines))
        if any(f"{p} {o}" == _ASSERTION_TYPE for p, o in parts):
            self._assertions.append(_digest(s))
            core = [line for line, (p, _) in zip(lines, parts, strict=True) if p in _CORE]
            text = f"{s} {_ASSERTION_TYPE} .\n" + "".join(core)
            sub = [o for p, o in parts if p == _SUBJECT]
            pred = [o for p, o in parts if p == _PREDICATE]
            obj = [o for p, o in parts if p == _OBJECT]
            keys = {_support_key(x, p, y, n) for x in sub for p in pred for y in obj}
            for b in sorted(keys):
                self.sink(SUPPORT, b, text)
            return
        if any(p in _CORE for p, _ in parts):
            self._others.append(_digest(s))
        self.context.update(
            line for line, (p, _) in zip(lines, parts, strict=True) if p == _TYPE_IRI
        )
        for line, (p, o) in zip(lines, parts, strict=True):
            if p in SUPPORTED:
                self.sink(SUPPORT, _support_key(s, p, o, n), line)


def batches(parts: Iterable[bytes], limit: int | None = None) -> Iterator[bytes]:
    """``parts`` (N-Triples) joined into batches of about ``limit`` (BATCH_LINES) lines."""
    limit = limit or BATCH_LINES
    buf: list[bytes] = []
    n = 0
    for part in parts:
        buf.append(part)
        n += part.count(b"\n")
        if n >= limit:
            yield b"".join(buf)
            buf, n = [], 0
    if buf:
        yield b"".join(buf)


@dataclass
class SplitGraph:
    """A graph cut for :func:`validate_documents` / :func:`validate_layer` (N-Triples)."""

    documents: dict[str, list[str]]  # a document's IRI (or "" for loose mentions): lines
    layer: list[str]
    context: list[str]


def split_graph(triples: Iterable[ox.Triple]) -> SplitGraph | None:
    """Cut a whole graph into document subgraphs and the layer; None when it cannot be."""
    triples = list(triples)
    types: dict[str, set[str]] = defaultdict(set)
    for t in triples:
        if t.predicate.value == _TYPE and str(t.object) in {f"<{c}>" for c in DOC_CLASSES}:
            types[str(t.subject)].add(t.object.value)
    home: dict[str, str] = {}
    for t in triples:
        s = str(t.subject)
        if s in types and _MENTION in types[s] and t.predicate.value == str(KG.document):
            home[s] = str(t.object) if s not in home else ""
    out = SplitGraph(defaultdict(list), [], [])
    for t in triples:
        s, p = str(t.subject), t.predicate.value
        if p == _SUBCLASS:
            return None
        if s not in types:
            out.layer.append(nt_line(t))
            continue
        if p not in DOC_PREDICATES or (p == _TYPE and t.object.value not in DOC_CLASSES):
            return None
        if p == _TYPE and t.object.value == _DOCUMENT:
            out.context.append(nt_line(t))
        key = s if _DOCUMENT in types[s] else home.get(s, "")
        out.documents[key].append(nt_line(t))
    out.documents = dict(out.documents)
    return out


_MENTION = str(KG.Mention)


def validate_split(
    graph: SplitGraph, checks: SplitChecks, buckets: int = LAYER_BUCKETS, limit: int = 1
) -> set[Violation]:
    """Every document subgraph on its own, then the layer: the whole graph's violations.

    The layer is cut as the build cuts it, into ``buckets`` validated ``limit`` lines at a
    time (one bucket per store by default, so tests see the most cuts).
    """
    ctx = "".join(sorted(set(graph.context))).encode()
    found = set()
    for lines in graph.documents.values():
        found |= validate_documents("".join(lines).encode(), ctx, checks)
    if not checks.chunked:
        return found | validate_layer("".join(graph.layer).encode(), ctx, checks)
    out: dict[tuple[str, int], list[str]] = defaultdict(list)
    part = LayerPartition(lambda kind, b, text: out[kind, b].append(text), buckets)
    for line in sorted(graph.layer, key=lambda x: x[: x.index(" ")]):
        part.add(line)
    part.close()
    if not part.ok:
        return found | validate_layer("".join(graph.layer).encode(), ctx, checks)
    layer_ctx = ctx + "".join(sorted(part.context)).encode()

    def family(kind: str) -> Iterator[bytes]:
        return ("".join(out[k]).encode() for k in sorted(out) if k[0] == kind)

    return found | validate_buckets(family(NODE), family(SUPPORT), layer_ctx, checks, limit)
