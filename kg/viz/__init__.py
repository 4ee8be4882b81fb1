"""The HTML explorer: one offline, self-contained page drawn from the RDF graph.

Entry points: ``render_html(graph, "graph.html")``, ``graph_view(store)`` and ``show(...)``.
"""

from __future__ import annotations

import html
import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from kg.errors import Errors, KGError
from kg.io import atomic_open
from kg.viz.page import page_chunks
from kg.viz.query import GraphData, load_store, read_graph
from kg.viz.stream import read_graph_file
from kg.viz.view import graph_view, page_view


@dataclass(frozen=True, slots=True)
class ViewerStats:
    """What a rendered page holds: entities and relations, related entities hidden at first
    (above ``max_nodes``), entities without relations (drawn only on request)."""

    nodes: int
    edges: int
    hidden_nodes: int
    bytes: int
    unconnected: int = 0


def render_html(
    source: str | Path | ox.Store,
    out_path: str | Path,
    *,
    max_nodes: int = 1500,
    title: str = "kg-news graph",
    roots: Iterable[Path] = (),
    context_cache: Path | None = None,
    graph: GraphData | None = None,
) -> ViewerStats:
    """Write the explorer for ``source`` (a store or an RDF file) to ``out_path``.

    Only ``out_path`` is written (atomically); the page fetches nothing when opened.
    ``roots``: folders the documents' relative sources are under (``kg build`` passes its
    input folders). ``graph``: what was read from ``source`` already (a
    :class:`kg.viz.stream.GraphTap`'s result), so it is not read again.
    """
    found = [*roots, *_roots(source)]
    data, expand = page_view(
        graph if graph is not None else _read(source),
        max_nodes=max_nodes,
        title=title,
        roots=found,
        context_cache=context_cache,
    )
    size = 0
    with atomic_open(out_path, "wb") as fh:
        for chunk in page_chunks(data, title, expand):
            piece = chunk.encode("utf-8")
            fh.write(piece)
            size += len(piece)
    return ViewerStats(
        nodes=len(data["nodes"]),
        edges=len(data["edges"]),
        hidden_nodes=data["hidden"],
        bytes=size,
        unconnected=data["counts"]["unconnected"],
    )


def explorer_page(
    source: str | Path | ox.Store, *, max_nodes: int = 1500, title: str = "kg-news graph"
) -> str:
    """The explorer for ``source`` as one HTML document (what ``render_html`` writes)."""
    data, expand = page_view(_read(source), max_nodes=max_nodes, title=title, roots=_roots(source))
    return "".join(page_chunks(data, title, expand))


def _read(source: str | Path | ox.Store) -> GraphData:
    """What the page shows, read from a store, else streamed from the file when it is sorted
    by subject as ``kg build`` writes it (the mention layer is never held), else from a
    store loaded from the file."""
    if isinstance(source, ox.Store):
        return read_graph(source)
    path = Path(source)
    if not path.is_file():
        raise KGError(Errors.E001.format(path=path))
    found = read_graph_file(path)
    return found if found is not None else read_graph(load_store(path))


def _roots(source: str | Path | ox.Store) -> list[Path]:
    """Where relative document sources may be found besides the current folder: next to
    the graph file and one folder up (``out/graph.ttl`` built from ``seeds/``)."""
    if isinstance(source, ox.Store):
        return []
    here = Path(source).resolve().parent
    # A kg build folder names its input folders in build.json (relative sources are there).
    found: list[Path] = []
    record = here / "build.json"
    if record.is_file():
        try:
            found = [Path(r) for r in json.loads(record.read_text("utf-8"))["inputs"]["roots"]]
        except (OSError, ValueError, KeyError, TypeError):
            found = []
    return [*found, here, here.parent]


@dataclass(frozen=True, slots=True)
class Explorer:
    """The explorer as a notebook output: an iframe whose ``srcdoc`` is the whole page.

    The iframe is sandboxed (scripts only, its own opaque origin), so the page can neither
    reach the notebook nor fetch anything; it works the same in classic Jupyter,
    JupyterLab and VS Code, with no server and no network.
    """

    page: str
    height: int = 720

    def iframe(self) -> str:
        return (
            f'<iframe class="kg-explorer" title="kg-news explorer" srcdoc="{html.escape(self.page)}" '
            'sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox" '
            f'style="width: 100%; height: {int(self.height)}px; border: 1px solid #d0d7de;">'
            "</iframe>"
        )

    def _repr_html_(self) -> str:
        return self.iframe()

    def __repr__(self) -> str:
        return f"<kg-news explorer, {len(self.page)} characters>"


def show(
    graph: str | Path | ox.Store,
    *,
    height: int = 720,
    max_nodes: int = 1500,
    title: str = "kg-news graph",
) -> Explorer | None:
    """Show the explorer for ``graph`` (a graph file or a store) inline in a notebook.

    Inside IPython/Jupyter the explorer is displayed and nothing is returned; elsewhere the
    :class:`Explorer` is returned (its ``iframe()`` is embeddable HTML).
    """
    explorer = Explorer(explorer_page(graph, max_nodes=max_nodes, title=title), height)
    try:
        from IPython import get_ipython
        from IPython.display import display
    except ImportError:  # pragma: no cover - IPython ships with the test extra
        return explorer
    if get_ipython() is None:
        return explorer
    display(explorer)
    return None


__all__ = ["Explorer", "ViewerStats", "explorer_page", "graph_view", "render_html", "show"]
