"""The HTML explorer: one offline, self-contained page drawn from the RDF graph.

Entry points: ``kg.viz.render_html(graph, "graph.html")`` and ``kg.viz.graph_view(store)``.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from kg.io import atomic_write
from kg.viz.page import render_page
from kg.viz.query import load_store
from kg.viz.view import graph_view


@dataclass(frozen=True, slots=True)
class ViewerStats:
    """What a rendered page holds: entities and relations drawn, nodes hidden at first."""

    nodes: int
    edges: int
    hidden_nodes: int
    bytes: int


def render_html(
    source: str | Path | ox.Store,
    out_path: str | Path,
    *,
    max_nodes: int = 1500,
    title: str = "kg-news graph",
) -> ViewerStats:
    """Write the explorer for ``source`` (a store or an RDF file) to ``out_path``.

    Only ``out_path`` is written (atomically); the page fetches nothing when opened.
    """
    store = load_store(source)
    data = graph_view(store, max_nodes=max_nodes, title=title)
    page = render_page(data, title).encode("utf-8")
    atomic_write(out_path, page)
    return ViewerStats(
        nodes=len(data["nodes"]),
        edges=len(data["edges"]),
        hidden_nodes=data["hidden"],
        bytes=len(page),
    )


__all__ = ["ViewerStats", "graph_view", "render_html"]
