"""Write the graph without holding it: triples spill to sorted runs on disk, then merge.

:class:`kg.rdf.build.GraphBuilder` keeps every triple in a set and sorts it at the end;
mentions make most of a news graph, so its memory grows with the corpus. Here the same
builder sends each triple, as an N-Triples line, to a buffer that is sorted and written to
a run file when full; :func:`write_turtle` merges the runs (dropping duplicates) into the
Turtle serialiser as a stream. The triples come out in the same order as
``GraphBuilder.triples()`` (N-Triples lines sort like ``(str(s), str(p), str(o))``: subject
and predicate are IRIs, and the space after each term sorts below any character inside one),
so the Turtle is the same bytes.
"""

from __future__ import annotations

import heapq
import io
import shutil
import tempfile
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

import pyoxigraph as ox

from kg.gazetteer import Gazetteer
from kg.model import DocumentResult
from kg.rdf.build import SIGNATURES, GraphBuilder, GraphStats, fill_graph, turtle_prefixes
from kg.resolve.corpus import EntityIndex
from kg.rules import Rules
from kg.vocab import ID_BASE, KG_IRI

RUN_TRIPLES = 200_000  # lines held before a sorted run goes to disk (~40 MB)


class SpillingBuilder(GraphBuilder):
    """A :class:`GraphBuilder` whose triples go to sorted run files in ``workdir``."""

    def __init__(
        self,
        index: EntityIndex,
        gaz: Gazetteer,
        base: str,
        workdir: Path,
        run_size: int = RUN_TRIPLES,
        rules: Rules | None = None,
        split=None,
    ) -> None:
        super().__init__(index, gaz, base, rules)
        # kg.pipeline.validation.SplitWriter: sees each document's subgraph and the rest.
        self._split = split
        self._buf: list[str] = []
        self._runs: list[Path] = []
        self._dir = workdir
        self._run_size = run_size
        self._count: int | None = None
        self._rels: dict[str, int] = defaultdict(int)

    def add(self, s, p, o) -> None:
        line = f"{s} {p} {o} .\n"
        self._buf.append(line)
        if self._split is not None:
            self._split.add(line, p.value, o)
        if len(self._buf) >= self._run_size:
            self._spill()

    def add_document(self, res: DocumentResult) -> None:
        if self._split is None:
            return super().add_document(res)
        self._split.begin(str(self.doc_iri(res.raw.sha256)))
        super().add_document(res)
        self._split.end(res.raw.sha256)

    def _spill(self) -> None:
        if not self._buf:
            return
        path = self._dir / f"run-{len(self._runs):05d}.nt"
        with path.open("w", encoding="utf-8", newline="") as fh:
            last = None
            for line in sorted(self._buf):
                if line != last:
                    fh.write(line)
                    last = line
        self._buf = []
        self._runs.append(path)

    def lines(self) -> Iterator[bytes]:
        """Every distinct triple as an N-Triples line (UTF-8), sorted; counts them on the way.

        The runs are merged as bytes: UTF-8 keeps code-point order, so the order is the one
        ``sorted`` gave the lines as text, without decoding and encoding each line again.
        """
        self._spill()
        files = [p.open("rb") for p in self._runs]
        kg = b"<" + KG_IRI.encode()
        relations = {kg + name.encode() + b">": name for name in SIGNATURES}
        try:
            n, last = 0, None
            rels: dict[str, int] = defaultdict(int)
            for line in heapq.merge(*files):
                if line == last:
                    continue
                last = line
                n += 1
                pred = line.split(b" ", 2)[1]
                if pred.startswith(kg):
                    name = relations.get(pred)
                    if name is not None:
                        rels[name] += 1
                yield line
            self._count, self._rels = n, rels
        finally:
            for fh in files:
                fh.close()

    def triples(self) -> list[ox.Triple]:  # pragma: no cover - the point is not to need it
        return list(ox.parse(_Reader(self.lines()), format=ox.RdfFormat.N_TRIPLES))

    def stats(self) -> GraphStats:
        if self._count is None:
            raise RuntimeError("stats() is known once the triples have been written")
        ents: dict[str, int] = defaultdict(int)
        for e in self.index.entities.values():
            ents[e.cls] += 1
        return GraphStats(self._count, dict(ents), dict(self._rels), dict(self.dropped))


class _Reader(io.RawIOBase):
    """A byte stream over an iterator of lines (for pyoxigraph's streaming parser)."""

    def __init__(self, lines: Iterable[bytes]) -> None:
        self._it = iter(lines)
        self._rest = b""

    def readable(self) -> bool:
        return True

    def readinto(self, b) -> int:
        # Fill the whole buffer from as many lines as it takes: one call per line cost more
        # than the parsing.
        want = len(b)
        buf = self._rest
        if len(buf) < want:
            parts, size = [buf], len(buf)
            for line in self._it:
                parts.append(line)
                size += len(line)
                if size >= want:
                    break
            buf = b"".join(parts)
        n = min(want, len(buf))
        b[:n] = buf[:n]
        self._rest = buf[n:]
        return n


class _SortedHeader(io.RawIOBase):
    """Pass bytes through to ``fh``, sorting the leading ``@prefix`` lines (as serialise_turtle)."""

    def __init__(self, fh) -> None:
        self._fh = fh
        self._head = b""
        self._open = True

    def writable(self) -> bool:
        return True

    def write(self, b) -> int:
        b = bytes(b)
        if not self._open:
            self._fh.write(b)
            return len(b)
        self._head += b
        lines = self._head.split(b"\n")
        for i, line in enumerate(lines[:-1]):
            if not line.startswith(b"@prefix"):
                self._flush(lines, i)
                break
        return len(b)

    def _flush(self, lines: list[bytes], n: int) -> None:
        self._fh.write(b"\n".join(sorted(lines[:n]) + lines[n:]))
        self._head, self._open = b"", False

    def close_header(self) -> None:
        if self._open:
            lines = self._head.split(b"\n")
            n = next((i for i, ln in enumerate(lines) if not ln.startswith(b"@prefix")), len(lines))
            self._flush(lines, n)


def write_turtle(
    builder: SpillingBuilder,
    fh,
    base: str = ID_BASE,
    tap: Callable[[Iterable[ox.Triple]], Iterable[ox.Triple]] | None = None,
) -> None:
    """Stream the builder's triples into ``fh`` as deterministic Turtle.

    ``tap`` sees the sorted triples on their way (it must yield them unchanged).
    """
    out = _SortedHeader(fh)
    triples = ox.parse(_Reader(builder.lines()), format=ox.RdfFormat.N_TRIPLES)
    if tap is not None:
        triples = tap(triples)
    ox.serialize(triples, out, format=ox.RdfFormat.TURTLE, prefixes=turtle_prefixes(base))
    out.close_header()


def build_turtle(
    results: Iterable[DocumentResult],
    index: EntityIndex,
    gaz: Gazetteer,
    path: Path,
    base: str = ID_BASE,
    run_size: int = RUN_TRIPLES,
    rules: Rules | None = None,
    split=None,
    tap: Callable[[Iterable[ox.Triple]], Iterable[ox.Triple]] | None = None,
    on_split: Callable[[], None] | None = None,
) -> GraphStats:
    """Build the graph and write it to ``path`` atomically, in bounded memory.

    ``split`` (a :class:`kg.pipeline.validation.SplitWriter`) receives the triples cut for
    validation: each document's subgraph and the rest; ``on_split`` is called once it is
    complete, before the Turtle is written (validation can start then). ``tap``: see
    :func:`write_turtle`.
    """
    from kg.io import atomic_open

    path.parent.mkdir(parents=True, exist_ok=True)
    workdir = Path(tempfile.mkdtemp(prefix=".kg-runs-", dir=path.parent))
    try:
        g = fill_graph(SpillingBuilder(index, gaz, base, workdir, run_size, rules, split), results)
        if split is not None:
            split.close()
        if on_split is not None:
            on_split()
        with atomic_open(path, "wb") as fh:
            write_turtle(g, fh, base, tap)
        return g.stats()
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


__all__ = ["SpillingBuilder", "build_turtle", "write_turtle"]
