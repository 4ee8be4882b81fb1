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
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
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
        texts = [g.value(t, SH.select) for t in g.objects(s, SH.target)]
        for n in _reachable(g, s):
            if (n, SH["class"], KG.Mention) in g:
                return False
            texts += [g.value(c, SH.select) for c in g.objects(n, SH.sparql)]
        if any(_names_predicate(str(t or ""), g) for t in texts):
            return False
    return True


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
        return SplitChecks(
            tuple(compile_shapes(g, False, doc)), tuple(compile_shapes(g, False, layer))
        )
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


def validate_documents(data: bytes, context: bytes, checks: SplitChecks) -> set[Violation]:
    """Document shapes over document subgraphs (N-Triples), ``context`` = document types.

    Only violations on nodes of ``data`` count: a document known only from the context is
    checked with its own subgraph.
    """
    store = _store(data, context)
    found = run_checks(store, checks.document)
    own = {}
    out = set()
    for v in found:
        key = str(v.focus)
        if key not in own:
            node = ox.NamedNode(key)
            own[key] = next(store.quads_for_pattern(node, None, None, ox.DefaultGraph()), None)
        if own[key] is not None:
            out.add(v)
    return out


def validate_layer(data: bytes, context: bytes, checks: SplitChecks) -> set[Violation]:
    """Layer shapes over the rest of the graph (N-Triples), ``context`` = document types."""
    return run_checks(_store(data, context), checks.layer)


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


def validate_split(graph: SplitGraph, checks: SplitChecks) -> set[Violation]:
    """Every document subgraph on its own, then the layer: the whole graph's violations."""
    ctx = "".join(sorted(set(graph.context))).encode()
    found = set()
    for lines in graph.documents.values():
        found |= validate_documents("".join(lines).encode(), ctx, checks)
    return found | validate_layer("".join(graph.layer).encode(), ctx, checks)
