"""Node positions computed once in Python, so the browser never runs a physics simulation.

Each connected component is laid out on its own (networkx's spring layout for small ones, a
sampled force layout for big ones, which stays near-linear in nodes plus edges), then the
components are packed in rows, largest first. Same input and seed, same integer pixels.
"""

from __future__ import annotations

import math

import networkx as nx
import numpy as np

SPACING = 120.0  # pixels between packed components
EDGE = 170.0  # median edge length in pixels
SMALL = 300  # components up to this size use networkx's exact spring layout


def layout(
    n_nodes: int, edges: list[tuple[int, int]], *, seed: int = 7, small: int = SMALL
) -> list[tuple[int, int]]:
    """Integer pixel positions for nodes ``0..n_nodes-1`` joined by undirected ``edges``.

    >>> pos = layout(3, [(0, 1), (1, 2)])
    >>> len(pos), pos == layout(3, [(0, 1), (1, 2)])
    (3, True)
    """
    g = nx.Graph()
    g.add_nodes_from(range(n_nodes))
    g.add_edges_from((u, v) for u, v in edges if u != v)
    comps = sorted((sorted(c) for c in nx.connected_components(g)), key=lambda c: (-len(c), c[0]))
    placed: list[tuple[list[int], np.ndarray]] = []
    for comp in comps:
        if len(comp) == 1:
            xy = np.zeros((1, 2))
        elif len(comp) <= small:
            sub = g.subgraph(comp)
            # a longer ideal distance than the default 1/sqrt(n) keeps hubs from crowding
            pos = nx.spring_layout(sub, k=2.5 / math.sqrt(len(comp)), seed=seed, iterations=200)
            xy = np.array([pos[v] for v in comp], dtype=float)
        else:
            xy = _sampled_force(comp, g, seed)
        local = {v: i for i, v in enumerate(comp)}
        pairs = [(local[u], local[v]) for u, v in g.subgraph(comp).edges() if u != v]
        placed.append((comp, _scale(xy, pairs)))
    out = [(0, 0)] * n_nodes
    for comp, xy in _pack(placed):
        for v, (x, y) in zip(comp, xy, strict=True):
            out[v] = (int(round(x)), int(round(y)))
    return out


def _scale(xy: np.ndarray, pairs: list[tuple[int, int]]) -> np.ndarray:
    """Centre at the origin and stretch so the median edge is ``EDGE`` pixels long."""
    xy = xy - xy.mean(axis=0)
    if not pairs:
        return xy
    a = np.array(pairs)
    lengths = np.sqrt(((xy[a[:, 0]] - xy[a[:, 1]]) ** 2).sum(axis=1))
    median = float(np.median(lengths)) or 1.0
    return xy * (EDGE / median)


def _pack(placed: list[tuple[list[int], np.ndarray]]) -> list[tuple[list[int], np.ndarray]]:
    """Shelf-pack component boxes into rows about as wide as the total is tall."""
    pad = SPACING
    boxes = []
    for comp, xy in placed:
        lo, hi = xy.min(axis=0), xy.max(axis=0)
        boxes.append((comp, xy - lo, float(hi[0] - lo[0]) + pad, float(hi[1] - lo[1]) + pad))
    area = sum(w * h for _, _, w, h in boxes)
    row_width = max(math.sqrt(area) * 1.3, max((w for _, _, w, _ in boxes), default=0.0))
    out = []
    x = y = row_h = 0.0
    for comp, xy, w, h in boxes:
        if x > 0 and x + w > row_width:
            x, y, row_h = 0.0, y + row_h, 0.0
        out.append((comp, xy + np.array([x, y])))
        x += w
        row_h = max(row_h, h)
    if out:  # centre the drawing on the origin
        allxy = np.vstack([xy for _, xy in out])
        mid = (allxy.min(axis=0) + allxy.max(axis=0)) / 2
        out = [(comp, xy - mid) for comp, xy in out]
    return out


def _sampled_force(comp: list[int], g: nx.Graph, seed: int, iterations: int = 120) -> np.ndarray:
    """Fruchterman–Reingold with repulsion estimated from a few random nodes per step.

    Attraction runs over all edges and repulsion over edge neighbours plus ``samples``
    random nodes, so each step costs O(nodes * samples + edges) instead of O(nodes²).
    """
    n = len(comp)
    index = {v: i for i, v in enumerate(comp)}
    pairs = np.array(
        sorted((index[u], index[v]) for u, v in g.subgraph(comp).edges()), dtype=np.int64
    )
    src, dst = pairs[:, 0], pairs[:, 1]
    rng = np.random.default_rng(seed)
    side = math.sqrt(n)
    pos = rng.random((n, 2)) * side
    samples = min(n - 1, 12)
    temp = side / 8
    cool = (0.02 / 8) ** (1 / iterations)  # end at 2% of the start temperature
    for _ in range(iterations):
        disp = np.zeros_like(pos)
        delta = pos[src] - pos[dst]
        dist = np.sqrt((delta**2).sum(axis=1)) + 1e-9
        # attraction d²/k minus neighbour repulsion k²/d (k = 1), along each edge
        f = (dist - 1.0 / (dist**2))[:, None] * delta
        np.add.at(disp, src, -f)
        np.add.at(disp, dst, f)
        others = rng.integers(0, n, size=(n, samples))
        d = pos[:, None, :] - pos[others]
        d2 = (d**2).sum(axis=2) + 1e-2
        disp += (n - 1) / samples * (d / d2[:, :, None]).sum(axis=1)
        length = np.sqrt((disp**2).sum(axis=1)) + 1e-9
        pos += disp / length[:, None] * np.minimum(length, temp)[:, None]
        temp *= cool
    return pos
