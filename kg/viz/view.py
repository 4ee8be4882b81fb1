"""Turn what SPARQL returned into the data the page embeds (``window.kgData``)."""

from __future__ import annotations

import math
from collections import defaultdict

import pyoxigraph as ox

from kg.viz.layout import layout
from kg.viz.query import CLASS_ORDER, PROPERTY_ORDER, SYMMETRIC, GraphData, read_graph, segments

# Colour-blind-friendly palette (Tableau 10) and one vis-network shape per class.
CLASS_STYLE: dict[str, tuple[str, str, str]] = {
    "Person": ("#4e79a7", "dot", "Person"),
    "Government": ("#e15759", "square", "Government"),
    "Organization": ("#f28e2b", "triangle", "Organization"),
    "Agreement": ("#b07aa1", "star", "Agreement"),
    "Region": ("#59a14f", "diamond", "Region"),
    "Country": ("#9c755f", "hexagon", "Country"),
}
PROPERTY_STYLE: dict[str, tuple[str, str]] = {
    "memberOf": ("#4e79a7", "member of"),
    "partOf": ("#e15759", "part of"),
    "country": ("#9c755f", "country"),
    "locatedIn": ("#59a14f", "located in"),
    "claims": ("#d37295", "claims"),
    "party": ("#b07aa1", "party"),
    "signatory": ("#76b7b2", "signatory"),
    "met": ("#f28e2b", "met"),
    "brokeredBy": ("#bab0ac", "brokered by"),
}
KG_NS = "https://w3id.org/kg-news/ontology#"
SCHEMA_VERSION = 1


def graph_view(store: ox.Store, *, max_nodes: int = 1500, title: str = "kg-news graph") -> dict:
    """The explorer's data for ``store``: nodes, edges, evidence, legend, notes and layout."""
    return build_view(read_graph(store), max_nodes=max_nodes, title=title)


def build_view(g: GraphData, *, max_nodes: int = 1500, title: str = "kg-news graph") -> dict:
    iris = sorted(g.entities)
    index = {iri: i for i, iri in enumerate(iris)}
    doc_iris = sorted(g.docs)
    doc_index = {d: i for i, d in enumerate(doc_iris)}
    notes: list[str] = []

    # Relation triples → edges; kg:met stated both ways becomes one edge.
    edges_by_key: dict[tuple[int, str, int], dict] = {}
    dropped: dict[str, int] = defaultdict(int)
    merged = 0
    for s, p, o in g.triples:
        if s not in index or o not in index:
            dropped[p] += 1
            continue
        u, v = index[s], index[o]
        if p in SYMMETRIC and (v, p, u) in edges_by_key:
            edges_by_key[(v, p, u)]["both"] = True
            merged += 1
            continue
        edges_by_key[(u, p, v)] = {"from": u, "to": v, "prop": p, "both": False}
    if merged:
        notes.append(
            f"kg:met is symmetric: {merged} pair(s) stated in both directions are drawn once, "
            f"so {merged} relation triple(s) do not get an edge of their own."
        )
    if dropped:
        detail = ", ".join(f"kg:{p} {n}" for p, n in sorted(dropped.items()))
        notes.append(
            f"{sum(dropped.values())} relation triple(s) not drawn because one end is not an "
            f"entity of the six classes ({detail})."
        )

    edge_list = sorted(edges_by_key.values(), key=lambda e: (e["from"], e["prop"], e["to"]))
    for i, e in enumerate(edge_list):
        e["id"] = i
        e["assertions"] = []
        e["roles"] = []

    # Assertions attach to their edge (either direction for symmetric properties).
    for a in g.assertions:
        if a.subject not in index or a.object not in index:
            continue
        u, v = index[a.subject], index[a.object]
        e = edges_by_key.get((u, a.prop, v))
        if e is None and a.prop in SYMMETRIC:
            e = edges_by_key.get((v, a.prop, u))
        if e is None:
            continue
        names = {
            "s": _names(g, a.subject),
            "o": _names(g, a.object),
        }
        e["assertions"].append(
            {
                "iri": a.iri,
                "segments": segments(a.evidence, a.spans, names),
                "confidence": a.confidence,
                "extractor": a.extractor,
                "doc": doc_index.get(a.doc) if a.doc else None,
                "begin": a.begin,
                "end": a.end,
            }
        )
    for (person, org), roles in g.roles.items():
        e = edges_by_key.get((index.get(person, -1), "memberOf", index.get(org, -1)))
        if e is not None:
            e["roles"] = [{"role": r, "former": f} for r, f in roles]

    # Edges between the same two nodes are bent apart so their labels stay readable.
    by_pair: dict[tuple[int, int], list[dict]] = defaultdict(list)
    for e in edge_list:
        by_pair[(min(e["from"], e["to"]), max(e["from"], e["to"]))].append(e)
    for group in by_pair.values():
        for k, e in enumerate(group):
            e["bend"] = 0 if len(group) == 1 else round(0.15 + 0.2 * k, 2)

    degree = [0] * len(iris)
    for e in edge_list:
        degree[e["from"]] += 1
        degree[e["to"]] += 1
    positions = layout(len(iris), [(e["from"], e["to"]) for e in edge_list])
    max_m = max((g.entities[i].mentions for i in iris), default=0) or 1

    nodes = []
    for i, iri in enumerate(iris):
        ent = g.entities[iri]
        x, y = positions[i]
        nodes.append(
            {
                "id": i,
                "iri": iri,
                "label": ent.label,
                "cls": ent.cls,
                "aliases": sorted(ent.aliases),
                "links": sorted(ent.links),
                "docs": sorted(doc_index[d] for d in ent.docs if d in doc_index),
                "mentions": ent.mentions,
                "degree": degree[i],
                "size": round(10 + 20 * math.sqrt(ent.mentions / max_m)),
                "x": x,
                "y": y,
            }
        )

    # Above max_nodes, start with the most connected nodes; the reader can expand.
    initial = None
    hidden = 0
    if len(nodes) > max_nodes:
        ranked = sorted(nodes, key=lambda n: (-n["degree"], -n["mentions"], n["iri"]))
        initial = sorted(n["id"] for n in ranked[:max_nodes])
        hidden = len(nodes) - len(initial)

    n_triples = len(g.triples)
    return {
        "version": SCHEMA_VERSION,
        "title": title,
        "classes": [
            {
                "id": c,
                "iri": KG_NS + c,
                "label": CLASS_STYLE[c][2],
                "color": CLASS_STYLE[c][0],
                "shape": CLASS_STYLE[c][1],
                "count": sum(1 for n in nodes if n["cls"] == c),
            }
            for c in CLASS_ORDER
        ],
        "properties": [
            {
                "id": p,
                "iri": KG_NS + p,
                "label": PROPERTY_STYLE[p][1],
                "color": PROPERTY_STYLE[p][0],
                "symmetric": p in SYMMETRIC,
                "count": sum(1 for e in edge_list if e["prop"] == p),
            }
            for p in PROPERTY_ORDER
        ],
        "docs": [{"iri": d, "title": g.docs[d][0], "source": g.docs[d][1]} for d in doc_iris],
        "nodes": nodes,
        "edges": edge_list,
        "initial": initial,
        "maxNodes": max_nodes,
        "hidden": hidden,
        "counts": {
            "entities": len(iris),
            "relationTriples": n_triples,
            "symmetricMerged": merged,
            "dropped": sum(dropped.values()),
            "nodes": len(nodes),
            "edges": len(edge_list),
        },
        "notes": notes,
    }


def _names(g: GraphData, iri: str) -> list[str]:
    ent = g.entities[iri]
    return [ent.label, *sorted(ent.aliases)]
