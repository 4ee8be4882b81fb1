"""Turn what SPARQL returned into the data the page embeds (``window.kgData``)."""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from datetime import date
from pathlib import Path

import pyoxigraph as ox

from kg.viz.context import packed_neighbours, unpack
from kg.viz.layout import layout
from kg.viz.query import (
    CLASS_ORDER,
    PROPERTY_ORDER,
    SYMMETRIC,
    Assertion,
    GraphData,
    read_graph,
    segments,
)

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
SCHEMA_VERSION = 2
CORE = 30  # entities the opening view is fitted to
TOP = 5  # entities per class in the summary


def graph_view(
    store: ox.Store,
    *,
    max_nodes: int = 1500,
    title: str = "kg-news graph",
    context: bool = True,
    roots: Iterable[Path] = (),
) -> dict:
    """The explorer's data for ``store``: nodes, edges, evidence, legend, notes and layout.

    With ``context``, the sentences around each piece of evidence are read from the source
    files that are still where the graph says (looked up from the current folder, then
    ``roots``) and unchanged (same SHA-256).
    """
    return _expanded(
        *page_view(
            read_graph(store), max_nodes=max_nodes, title=title, context=context, roots=roots
        )
    )


def _expanded(data: dict, expand: Callable[[dict], dict]) -> dict:
    """``data`` with every edge made as the page embeds it."""
    data["edges"] = [expand(e) for e in data["edges"]]
    return data


def page_view(
    g: GraphData,
    *,
    max_nodes: int = 1500,
    title: str = "kg-news graph",
    context: bool = True,
    roots: Iterable[Path] = (),
    context_cache: Path | None = None,
) -> tuple[dict, Callable[[dict], dict]]:
    """:func:`graph_view` of data already read, with each edge's evidence made on demand
    (see :func:`lazy_view`)."""
    around = None
    if context:
        around = packed_neighbours(
            {d: (m.source, m.sha256) for d, m in g.docs.items()},
            (
                (a.iri, a.doc, a.begin, a.end)
                for a in g.assertions
                if a.doc and a.begin is not None and a.end is not None
            ),
            roots,
            cache=context_cache,
        )
    return lazy_view(g, max_nodes=max_nodes, title=title, context=around)


def build_view(
    g: GraphData,
    *,
    max_nodes: int = 1500,
    title: str = "kg-news graph",
    context: dict[str, tuple[str, str]] | None = None,
) -> dict:
    """The page's data for ``g`` (``context``: sentences around evidence, by assertion)."""
    return _expanded(*lazy_view(g, max_nodes=max_nodes, title=title, context=context))


def lazy_view(
    g: GraphData,
    *,
    max_nodes: int = 1500,
    title: str = "kg-news graph",
    context: dict[str, tuple[str, str]] | dict[str, bytes] | None = None,
) -> tuple[dict, Callable[[dict], dict]]:
    """:func:`build_view` with each edge's evidence left unmade: ``expand(edge)`` gives the
    edge as the page embeds it (the page writer calls it one edge at a time)."""
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
        e["said"] = set()

    # Assertions attach to their edge (either direction for symmetric properties). An edge
    # keeps (assertion, date, time span) until its JSON is written: the evidence entries are
    # most of a large page, so the page writer makes them one edge at a time.
    for a in g.assertions:
        if a.subject not in index or a.object not in index:
            continue
        u, v = index[a.subject], index[a.object]
        e = edges_by_key.get((u, a.prop, v))
        if e is None and a.prop in SYMMETRIC:
            e = edges_by_key.get((v, a.prop, u))
        if e is None:
            continue
        # kg:met is stated both ways, each with its own assertion of the same sentence.
        said = (a.doc, a.begin, a.end, a.evidence, a.extractor)
        if said in e["said"]:
            continue
        e["said"].add(said)
        date = a.date or a.start
        # Dates are rare and the page is large: keys only where there is a value.
        e["assertions"].append((a, date, _fact_span(date, a.end_date)))
    for e in edge_list:
        del e["said"]
    for (person, org), roles in g.roles.items():
        e = edges_by_key.get((index.get(person, -1), "memberOf", index.get(org, -1)))
        if e is not None:
            e["roles"] = [{"role": r, "former": f} for r, f in roles]
    for (person, org), period in g.periods.items():
        e = edges_by_key.get((index.get(person, -1), "memberOf", index.get(org, -1)))
        if e is not None:
            e["period"] = list(period)

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
    # Importance: how often an entity is named plus how much it is related; ranks decide
    # which names the first view labels and which entities open the page.
    score = [g.entities[iri].mentions + 2 * degree[i] for i, iri in enumerate(iris)]
    order = sorted(range(len(iris)), key=lambda i: (-score[i], g.entities[iris[i]].label, iris[i]))
    rank = [0] * len(iris)
    for r, i in enumerate(order):
        rank[i] = r
    groups = [sorted(doc_index[d] for d in g.entities[iri].docs if d in doc_index) for iri in iris]
    positions = layout(len(iris), [(e["from"], e["to"]) for e in edge_list], groups=groups)
    max_s = max(score, default=0) or 1

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
                "docs": groups[i],
                "mentions": ent.mentions,
                "degree": degree[i],
                "rank": rank[i],
                "size": round(8 + 24 * math.sqrt(score[i] / max_s)),
                "x": x,
                "y": y,
            }
        )
    lone = sum(1 for d in degree if d == 0)
    # The first view is fitted to the most important related entities.
    core = [i for i in order if degree[i]][:CORE]

    # Above max_nodes, start with the most connected nodes; the reader can expand.
    initial = None
    hidden = 0
    if len(nodes) - lone > max_nodes:
        ranked = sorted(
            (n for n in nodes if n["degree"]),
            key=lambda n: (-n["degree"], -n["mentions"], n["iri"]),
        )
        initial = sorted(n["id"] for n in ranked[:max_nodes])
        hidden = len(nodes) - lone - len(initial)

    docs = []
    doc_points: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for n in nodes:
        if n["degree"]:
            for di in n["docs"]:
                doc_points[di].append((n["x"], n["y"]))
    doc_xy = _doc_ring([nodes[i] for i in core], doc_points, len(doc_iris))
    for di, d in enumerate(doc_iris):
        meta = g.docs[d]
        x, y = doc_xy[di]
        docs.append(
            {
                "iri": d,
                "title": meta.title,
                "display": display_title(meta.title, meta.source, d),
                "source": meta.source,
                "date": meta.date,
                "t": date_span(meta.date),
                "byline": meta.byline,
                "removed": meta.removed,
                "x": x,
                "y": y,
            }
        )
    for e in edge_list:
        spans = set()
        for a, _, span in e["assertions"]:
            di = doc_index.get(a.doc) if a.doc else None
            t = span or (docs[di]["t"] if di is not None else None)
            if t:
                spans.add(tuple(t))
        period = e.get("period")
        if period:
            lo = date_span(period[0]) if period[0] else None
            hi = date_span(period[1]) if period[1] else None
            if lo or hi:
                spans.add(((lo or hi)[0], (hi or lo)[1]))
        if spans:
            e["t"] = [list(t) for t in sorted(spans)]

    dates = sorted(
        {d["date"] for d in docs if d["t"]}
        | {date for e in edge_list for _, date, span in e["assertions"] if span}
        | {v for e in edge_list for v in e.get("period") or () if v and date_span(v)}
    )
    around = context or {}

    def entry(a: Assertion, date: str | None, span: list[int] | None) -> dict:
        names = {"s": _names(g, a.subject), "o": _names(g, a.object)}
        out = {
            "iri": a.iri,
            "segments": segments(a.evidence, a.spans, names),
            "confidence": a.confidence,
            "extractor": a.extractor,
            "doc": doc_index.get(a.doc) if a.doc else None,
            "begin": a.begin,
            "end": a.end,
        }
        if span:
            out.update(date=date, t=span)
            if a.end_date:
                out["until"] = a.end_date
        pair = around.get(a.iri, ("", ""))
        before, after = unpack(pair) if isinstance(pair, bytes) else pair
        if before:
            out["before"] = before
        if after:
            out["after"] = after
        return out

    def expand(e: dict) -> dict:
        return {**e, "assertions": [entry(*x) for x in e["assertions"]]}

    n_triples = len(g.triples)
    data = {
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
        "docs": docs,
        "nodes": nodes,
        "edges": edge_list,
        "initial": initial,
        "maxNodes": max_nodes,
        "hidden": hidden,
        "core": sorted(core),
        "summary": {
            "top": {
                c: sorted(
                    (i for i in order if nodes[i]["cls"] == c),
                    key=lambda i: (-nodes[i]["mentions"], -len(nodes[i]["docs"]), rank[i]),
                )[:TOP]
                for c in ("Person", "Government", "Agreement")
            },
            "dates": [dates[0], dates[-1]] if dates else None,
        },
        "counts": {
            "entities": len(iris),
            "relationTriples": n_triples,
            "symmetricMerged": merged,
            "dropped": sum(dropped.values()),
            "nodes": len(nodes),
            "edges": len(edge_list),
            "unconnected": lone,
            "documents": len(docs),
        },
        "notes": notes,
    }
    return data, expand


def _doc_ring(
    core: list[dict], points: dict[int, list[tuple[int, int]]], n_docs: int
) -> list[tuple[int, int]]:
    """Document nodes on a ring around the core of the drawing, each in the direction of
    the entities it mentions, evenly spaced so that their titles do not pile up."""
    if not core:
        return [(0, 0)] * n_docs
    cx = sum(n["x"] for n in core) / len(core)
    cy = sum(n["y"] for n in core) / len(core)
    radius = max(math.hypot(n["x"] - cx, n["y"] - cy) for n in core) + 80
    angle = []
    for di in range(n_docs):
        pts = points.get(di)
        if pts:
            mx = sum(p[0] for p in pts) / len(pts)
            my = sum(p[1] for p in pts) / len(pts)
            angle.append((math.atan2(my - cy, mx - cx), di))
        else:
            angle.append((math.pi / 2, di))  # documents with unconnected entities only: below
    angle.sort()
    out = [(0, 0)] * n_docs
    start = angle[0][0] if angle else 0.0
    for k, (_, di) in enumerate(angle):
        a = start + 2 * math.pi * k / max(n_docs, 1)
        out[di] = (round(cx + radius * math.cos(a)), round(cy + radius * math.sin(a)))
    return out


def _names(g: GraphData, iri: str) -> list[str]:
    ent = g.entities[iri]
    return [ent.label, *sorted(ent.aliases)]


_EPOCH = date(1970, 1, 1).toordinal()
_ISO = re.compile(r"^(-?\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def date_span(value: str | None) -> list[int] | None:
    """First and last day (days since 1970-01-01) an ``xsd:date``, ``gYearMonth`` or
    ``gYear`` value covers; None when it is not such a value.

    >>> date_span("1970-01-02"), date_span("1970-02"), date_span("1971")
    ([1, 1], [31, 58], [365, 729])
    """
    m = _ISO.match(value or "")
    if not m:
        return None
    try:
        year = int(m[1])
        if m[3]:
            day = date(year, int(m[2]), int(m[3])).toordinal() - _EPOCH
            return [day, day]
        if m[2]:
            month = int(m[2])
            first = date(year, month, 1)
            last = date(year + month // 12, month % 12 + 1, 1)
            return [first.toordinal() - _EPOCH, last.toordinal() - _EPOCH - 1]
        return [date(year, 1, 1).toordinal() - _EPOCH, date(year, 12, 31).toordinal() - _EPOCH]
    except ValueError:
        return None


def _fact_span(start: str | None, end: str | None) -> list[int] | None:
    lo, hi = date_span(start), date_span(end)
    if lo and hi:
        return [lo[0], max(lo[0], hi[1])]
    return lo or hi


_LETTERS = re.compile(r"[^\W\d_]{2,}")
_MONTHS = re.compile(
    r"^(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*$|^(mon|tue|wed|thu|fri|sat|sun)",
    re.IGNORECASE,
)


def display_title(title: str, source: str, iri: str = "") -> str:
    """The title to show: the graph's ``dcterms:title`` unless it is page debris (a bare
    date, "More () »", a lone word), else a readable name from the source path or URL.

    >>> display_title("More () »", "news/japan-moves-closer.html")
    'japan moves closer'
    >>> display_title("12 March 2024", "a.txt"), display_title("Talks resume", "a.txt")
    ('a', 'Talks resume')
    """
    words = [w for w in _LETTERS.findall(title) if not _MONTHS.match(w)]
    if len(words) >= 2 or (len(words) == 1 and len(words[0]) >= 6 and title.strip() == words[0]):
        return title.strip()
    tail = [p for p in re.split(r"[/\\?#]", source.rstrip("/")) if p]
    stem = tail[-1] if tail else ""
    stem = re.sub(r"\.(html?|txt|md|markdown|php|aspx?)$", "", stem, flags=re.IGNORECASE)
    stem = re.sub(r"[-_+]+", " ", stem).strip()
    return stem or title.strip() or source or iri
