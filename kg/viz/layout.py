"""Node positions computed once in Python, so the browser never runs a physics simulation.

Each connected component is laid out on its own (networkx's spring layout for small ones, a
sampled force layout for big ones, which stays near-linear in nodes plus edges). The largest
component sits in the middle and the others are placed around it on a spiral, each as close
as it fits to the components it shares documents with, so the islands of one story stay
together. Nodes without any edge go in a grid below the drawing (the page hides them until
asked). Same input and seed, same integer pixels.
"""

from __future__ import annotations

import math

import networkx as nx
import numpy as np

SPACING = 120.0  # pixels between packed components
EDGE = 170.0  # median edge length in pixels
SMALL = 300  # components up to this size use networkx's exact spring layout


def layout(
    n_nodes: int,
    edges: list[tuple[int, int]],
    *,
    seed: int = 7,
    small: int = SMALL,
    groups: list[list[int]] | None = None,
) -> list[tuple[int, int]]:
    """Integer pixel positions for nodes ``0..n_nodes-1`` joined by undirected ``edges``.

    ``groups`` gives, per node, the documents (any integer keys) it occurs in; components
    sharing documents are placed near each other.

    >>> pos = layout(3, [(0, 1), (1, 2)])
    >>> len(pos), pos == layout(3, [(0, 1), (1, 2)])
    (3, True)
    """
    g = nx.Graph()
    g.add_nodes_from(range(n_nodes))
    g.add_edges_from((u, v) for u, v in edges if u != v)
    lone = sorted(v for v in g if g.degree(v) == 0)
    g.remove_nodes_from(lone)
    comps = sorted((sorted(c) for c in nx.connected_components(g)), key=lambda c: (-len(c), c[0]))
    placed: list[tuple[list[int], np.ndarray]] = []
    for comp in comps:
        if len(comp) == 1:
            xy = np.zeros((1, 2))
        elif len(comp) == 2:
            xy = np.array([[-0.5, 0.0], [0.5, 0.0]])
        elif len(comp) <= small:
            sub = g.subgraph(comp)
            # a longer ideal distance than the default 1/sqrt(n) keeps hubs from crowding
            steps = 200 if len(comp) > 20 else 40  # small islands settle quickly
            pos = nx.spring_layout(sub, k=2.5 / math.sqrt(len(comp)), seed=seed, iterations=steps)
            xy = np.array([pos[v] for v in comp], dtype=float)
        else:
            xy = _sampled_force(comp, g, seed)
        local = {v: i for i, v in enumerate(comp)}
        pairs = [(local[u], local[v]) for u, v in g.subgraph(comp).edges() if u != v]
        placed.append((comp, _scale(xy, pairs)))
    out = [(0, 0)] * n_nodes
    packed = _arrange(placed, groups) if placed else []
    for comp, xy in packed:
        for v, (x, y) in zip(comp, xy, strict=True):
            out[v] = (int(round(x)), int(round(y)))
    if lone:
        bottom = max((float(xy[:, 1].max()) for _, xy in packed), default=0.0) + 2 * SPACING
        cols = max(1, int(math.ceil(math.sqrt(len(lone) * 3))))
        for k, v in enumerate(lone):
            row, col = divmod(k, cols)
            out[v] = (int(round((col - (cols - 1) / 2) * 150)), int(round(bottom + row * 60)))
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


SPIRAL = 80  # components placed one by one around the largest; the rest go in rows


def _arrange(
    placed: list[tuple[list[int], np.ndarray]], groups: list[list[int]] | None
) -> list[tuple[list[int], np.ndarray]]:
    """The first ``SPIRAL`` components (largest first) on a spiral, each as near as it fits
    to the ones it shares documents with; the many small rest in rows below, ordered by
    their first document so that the islands of one story sit side by side."""
    pad = SPACING / 2
    shapes = []
    for _, xy in placed:
        mid = (xy.min(axis=0) + xy.max(axis=0)) / 2
        shapes.append(xy - mid)
    comp_docs = [
        sorted({d for v in comp for d in groups[v]}) if groups is not None else []
        for comp, _ in placed
    ]
    head = min(len(placed), SPIRAL)
    centres = np.zeros((len(placed), 2))
    radii = np.array([float(np.sqrt((xy**2).sum(axis=1)).max()) + pad for xy in shapes])
    where: dict[int, list[int]] = {}  # document -> components placed so far that mention it
    for i in range(head):
        if i:
            shared: dict[int, int] = {}
            for d in comp_docs[i]:
                for j in where.get(d, ()):
                    shared[j] = shared.get(j, 0) + 1
            target = np.zeros(2)
            if shared:
                ids = np.array(sorted(shared))
                w = np.array([shared[j] for j in ids], dtype=float)
                target = (centres[ids] * w[:, None]).sum(axis=0) / w.sum()
            centres[i] = _free_spot(target, radii[i], centres[:i], radii[:i])
        for d in comp_docs[i]:
            where.setdefault(d, []).append(i)
    out = [(placed[i][0], shapes[i] + centres[i]) for i in range(head)]
    if head < len(placed):
        top = np.vstack([xy for _, xy in out])
        lo, hi = top.min(axis=0), top.max(axis=0)
        width = max(float(hi[0] - lo[0]), 1200.0)
        rest = sorted(
            range(head, len(placed)),
            key=lambda i: (comp_docs[i][:1] or [math.inf], -len(placed[i][0]), i),
        )
        x, y, row_h = 0.0, float(hi[1]) + 2 * pad, 0.0
        for i in rest:
            xy = shapes[i]
            w, h = np.ptp(xy[:, 0]) + 2 * pad, np.ptp(xy[:, 1]) + 2 * pad
            if x > 0 and x + w > width:
                x, y, row_h = 0.0, y + row_h, 0.0
            offset = np.array([lo[0] + x + w / 2, y + h / 2])
            out.append((placed[i][0], xy + offset))
            x += w
            row_h = max(row_h, h)
    allxy = np.vstack([xy for _, xy in out])
    mid = (allxy.min(axis=0) + allxy.max(axis=0)) / 2
    return [(comp, xy - mid) for comp, xy in out]


def _unit_spiral(n: int = 4096) -> np.ndarray:
    """Points of a spiral in units of one step: half a step apart along it, one step (or
    15 % of the radius, whichever is more) further out per turn."""
    pts = np.zeros((n, 2))
    rho = theta = 0.0
    for k in range(n):
        pts[k] = (rho * math.cos(theta), rho * math.sin(theta))
        dtheta = max(2 * math.pi / 48, min(1.0, 0.5 / max(rho, 1e-9)))
        theta += dtheta
        rho += max(1.0, 0.15 * rho) * dtheta / (2 * math.pi)
    return pts


_SPIRAL_PTS = _unit_spiral()


def _free_spot(target: np.ndarray, r: float, centres: np.ndarray, radii: np.ndarray) -> np.ndarray:
    """The first point on a spiral around ``target`` where a disc of radius ``r`` overlaps
    none of the given discs."""
    step = max(r, SPACING)
    for k in range(0, len(_SPIRAL_PTS), 256):
        cand = target + _SPIRAL_PTS[k : k + 256] * step
        d = np.sqrt(((cand[:, None, :] - centres[None, :, :]) ** 2).sum(axis=2))
        ok = (d >= (radii[None, :] + r)).all(axis=1)
        if ok.any():
            return cand[int(np.argmax(ok))]
    return target + np.array([0.0, float(np.max(np.abs(centres)) + radii.max() + r)])


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
