"""The graph as a networkx ``MultiDiGraph``, for notebooks and network analysis.

>>> g = to_networkx("tests/fixtures/viz_small.ttl")  # doctest: +SKIP
>>> g.nodes["https://w3id.org/kg-news/id/country/japan"]["label"]  # doctest: +SKIP
'Japan'
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import networkx as nx
import pyoxigraph as ox

from kg.viz.query import load_store, read_graph


def to_networkx(source: str | Path | ox.Store) -> nx.MultiDiGraph:
    """One node per entity (six classes), one edge per relation triple, keyed by property.

    Nodes carry ``cls`` (class local name), ``label``, ``mentions`` (mentions denoting the
    entity), ``evidence`` (assertions with the entity as subject or object) and
    ``documents``. Edges carry ``relation`` (property local name), ``label`` (the
    subject's and object's labels joined by the property), ``cls`` ("relation"),
    ``mentions`` (distinct documents stating the fact) and ``evidence`` (supporting
    assertions). ``kg:met``, stated both ways in the graph, gives two edges, so the edge
    count equals the number of relation triples.
    """
    data = read_graph(load_store(source))
    g = nx.MultiDiGraph()
    evidence: dict[tuple[str, str, str], int] = defaultdict(int)
    docs: dict[tuple[str, str, str], set[str]] = defaultdict(set)
    touched: dict[str, int] = defaultdict(int)
    for a in data.assertions:
        key = (a.subject, a.prop, a.object)
        evidence[key] += 1
        if a.doc:
            docs[key].add(a.doc)
        touched[a.subject] += 1
        touched[a.object] += 1
    for iri in sorted(data.entities):
        e = data.entities[iri]
        g.add_node(
            iri,
            cls=e.cls,
            label=e.label,
            mentions=e.mentions,
            evidence=touched.get(iri, 0),
            documents=len(e.docs),
        )
    for s, p, o in data.triples:
        for end in (s, o):
            if end not in g:  # a relation to a resource of none of the six classes
                g.add_node(end, cls="", label=end, mentions=0, evidence=0, documents=0)
        g.add_edge(
            s,
            o,
            key=p,
            relation=p,
            cls="relation",
            label=f"{g.nodes[s]['label']} {p} {g.nodes[o]['label']}",
            mentions=len(docs.get((s, p, o), ())),
            evidence=evidence.get((s, p, o), 0),
        )
    return g


__all__ = ["to_networkx"]
