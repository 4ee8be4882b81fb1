"""JSON-LD with a local, inline ``@context`` (no remote context is ever fetched).

The document is flattened: one node object per subject under ``@graph``, sorted by
``@id``, properties and values sorted, IRIs compacted with the standard prefixes. Plain
strings stay JSON strings; typed literals keep their lexical form and type, so that
``"0.90"^^xsd:decimal`` reads back exactly.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

import pyoxigraph as ox

from kg.vocab import PREFIXES

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"


def context(base: str | None = None) -> dict[str, str]:
    """The ``@context``: the standard prefixes, sorted (``id`` is ``base`` when given)."""
    return dict(sorted({**PREFIXES, **({"id": base} if base else {})}.items()))


def context_document() -> str:
    """The text of ``kg/export/context.jsonld``."""
    return json.dumps({"@context": context()}, indent=2, ensure_ascii=False) + "\n"


def _compact(iri: str, prefixes: dict[str, str] = PREFIXES) -> str:
    best, best_ns = "", ""
    for p, ns in prefixes.items():
        if iri.startswith(ns) and len(ns) > len(best_ns) and len(iri) > len(ns):
            best, best_ns = p, ns
    if not best_ns:
        return iri
    compacted = f"{best}:{iri[len(best_ns) :]}"
    # A compact IRI whose suffix starts with "//" would read as an absolute IRI.
    return iri if compacted.split(":", 1)[1].startswith("//") else compacted


def _node_id(term: ox.NamedNode | ox.BlankNode, prefixes: dict[str, str] = PREFIXES) -> str:
    return f"_:{term.value}" if isinstance(term, ox.BlankNode) else _compact(term.value, prefixes)


def _value(term: object, prefixes: dict[str, str] = PREFIXES) -> object:
    if isinstance(term, ox.NamedNode | ox.BlankNode):
        return {"@id": _node_id(term, prefixes)}
    if isinstance(term, ox.Literal):
        if term.language:
            return {"@value": term.value, "@language": term.language}
        if term.datatype.value == XSD_STRING:
            return term.value
        return {"@value": term.value, "@type": _compact(term.datatype.value)}
    raise ValueError(f"JSON-LD export does not support the term {term}")


def _sort_key(value: object) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False)


def to_jsonld(triples: Iterable[ox.Triple | ox.Quad], base: str | None = None) -> str:
    """A flattened, deterministic JSON-LD document of ``triples`` (graph names ignored).

    ``base``: the graph's base IRI (its ``void:uriSpace``), which ``id:`` then stands for.
    """
    ctx = context(base)
    nodes: dict[str, dict[str, list[object]]] = {}
    for t in triples:
        node = nodes.setdefault(_node_id(t.subject, ctx), {})
        if t.predicate.value == RDF_TYPE and isinstance(t.object, ox.NamedNode):
            node.setdefault("@type", []).append(_compact(t.object.value, ctx))
        else:
            node.setdefault(_compact(t.predicate.value, ctx), []).append(_value(t.object, ctx))
    graph = []
    for node_id in sorted(nodes):
        obj: dict[str, object] = {"@id": node_id}
        for key in sorted(nodes[node_id]):
            values = sorted({_sort_key(v): v for v in nodes[node_id][key]}.items())
            obj[key] = [v for _, v in values]
        graph.append(obj)
    doc = {"@context": ctx, "@graph": graph}
    return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"
