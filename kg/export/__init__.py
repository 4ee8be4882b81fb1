"""Export stage: write a built graph as TriG, N-Triples, N-Quads or JSON-LD.

Output is deterministic: statements are sorted and blank nodes (if any) get canonical
labels (RDFC-1.0), so the same graph always gives the same bytes.

Named graphs (TriG, N-Quads): each document gets the graph named after its IRI
(``id:doc/…``), holding the document's own description, its mentions and the assertions
(evidence) drawn from it. Everything that is not tied to one document, the entities, their
memberships and the relation triples, stays in the default graph, so a query without
``GRAPH`` sees the entity network directly and ``GRAPH id:doc/… { … }`` selects what one
article says.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import pyoxigraph as ox

from kg.errors import Errors, KGError
from kg.export.jsonld import to_jsonld
from kg.io import atomic_open
from kg.store.load import rdf_format, read_graph_bytes
from kg.vocab import KG_IRI, PREFIXES

FORMATS = ("trig", "nt", "nq", "jsonld")

RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
KG_DOCUMENT = ox.NamedNode(KG_IRI + "document")
DOCUMENT_CLASSES = {ox.NamedNode(KG_IRI + "Document")}
PER_DOCUMENT_CLASSES = {ox.NamedNode(KG_IRI + c) for c in ("Mention", "Assertion")}

# Turtle-family writers escape "/" in local names (id:person\/pete-hegseth); the minted
# IRIs read better written out in full, so the id: prefix is left out of TriG.
TRIG_PREFIXES = {p: ns for p, ns in sorted(PREFIXES.items()) if p != "id"}


def read_triples(graph_path: str | Path) -> list[ox.Triple]:
    """The triples of a graph file (graph names of a dataset are dropped), canonicalised."""
    path = Path(graph_path)
    fmt = rdf_format(path)
    try:
        quads = list(ox.parse(read_graph_bytes(path), format=fmt))
    except (SyntaxError, ValueError, OSError) as exc:
        raise KGError(Errors.E020.format(path=path, reason=str(exc).splitlines()[0])) from exc
    triples = {ox.Triple(q.subject, q.predicate, q.object) for q in quads}
    if any(_has_blank(t) for t in triples):
        ds = ox.Dataset(ox.Quad(t.subject, t.predicate, t.object) for t in triples)
        ds.canonicalize(ox.CanonicalizationAlgorithm.RDFC_1_0)
        triples = {ox.Triple(q.subject, q.predicate, q.object) for q in ds}
    return sorted(triples, key=_triple_key)


def _has_blank(t: ox.Triple) -> bool:
    return isinstance(t.subject, ox.BlankNode) or isinstance(t.object, ox.BlankNode)


def _triple_key(t: ox.Triple) -> tuple[str, str, str]:
    return (str(t.subject), str(t.predicate), str(t.object))


def partition(triples: list[ox.Triple]) -> list[ox.Quad]:
    """Place each triple in its document's named graph or in the default graph (sorted)."""
    types: dict[object, set[object]] = defaultdict(set)
    docs_of: dict[object, set[object]] = defaultdict(set)
    by_subject: dict[object, list[ox.Triple]] = defaultdict(list)
    for t in triples:
        by_subject[t.subject].append(t)
        if t.predicate == RDF_TYPE:
            types[t.subject].add(t.object)
        elif t.predicate == KG_DOCUMENT:
            docs_of[t.subject].add(t.object)
    graphs: dict[object, set[object]] = {}
    for s in by_subject:
        if types[s] & DOCUMENT_CLASSES:
            graphs[s] = {s}
        elif types[s] & PER_DOCUMENT_CLASSES and docs_of[s]:
            graphs[s] = set(docs_of[s])
    # Blank nodes hanging off a per-document node go with it.
    changed = True
    while changed:
        changed = False
        for s, gs in list(graphs.items()):
            for t in by_subject[s]:
                o = t.object
                if isinstance(o, ox.BlankNode) and not gs <= graphs.get(o, set()):
                    graphs[o] = graphs.get(o, set()) | gs
                    changed = True
    quads = []
    for t in triples:
        for g in graphs.get(t.subject, (ox.DefaultGraph(),)):
            quads.append(ox.Quad(t.subject, t.predicate, t.object, g))
    return sorted(quads, key=_quad_key)


def _quad_key(q: ox.Quad) -> tuple[str, str, str, str]:
    g = "" if isinstance(q.graph_name, ox.DefaultGraph) else str(q.graph_name)
    return (g, str(q.subject), str(q.predicate), str(q.object))


def render(graph_path: str | Path, fmt: str) -> bytes:
    """The graph at ``graph_path`` in ``fmt`` (``trig``, ``nt``, ``nq`` or ``jsonld``)."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format '{fmt}'; use one of {', '.join(FORMATS)}")
    triples = read_triples(graph_path)
    if fmt == "nt":
        return ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)
    if fmt == "jsonld":
        from kg.config import base_iri_in

        return to_jsonld(triples, base_iri_in(triples)).encode("utf-8")
    quads = partition(triples)
    if fmt == "nq":
        return ox.serialize(quads, format=ox.RdfFormat.N_QUADS)
    return sorted_prefix_header(
        ox.serialize(quads, format=ox.RdfFormat.TRIG, prefixes=TRIG_PREFIXES)
    )


def sorted_prefix_header(data: bytes) -> bytes:
    r"""``data`` (Turtle or TriG) with its leading ``@prefix`` lines in sorted order.

    The writer keeps prefixes in a hash map; sorting them keeps the bytes stable.

    >>> sorted_prefix_header(b"@prefix b: <b:> .\n@prefix a: <a:> .\n<x:s> <x:p> <x:o> .\n")
    b'@prefix a: <a:> .\n@prefix b: <b:> .\n<x:s> <x:p> <x:o> .\n'
    """
    lines = data.split(b"\n")
    n = 0
    while n < len(lines) and lines[n].startswith(b"@prefix "):
        n += 1
    return b"\n".join(sorted(lines[:n]) + lines[n:])


def export(graph_path: str | Path, out_path: str | Path, fmt: str) -> Path:
    """Write the graph at ``graph_path`` to ``out_path`` in ``fmt``, atomically."""
    data = render(graph_path, fmt)
    out = Path(out_path)
    with atomic_open(out, "wb") as fh:
        fh.write(data)
    return out


__all__ = ["FORMATS", "export", "partition", "read_triples", "render", "sorted_prefix_header"]
