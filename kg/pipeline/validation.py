"""The build's SHACL: document subgraphs validated once and cached, the layer every build.

While the graph is written, :class:`SplitWriter` receives each document's subgraph (its
document and mention triples, as N-Triples lines) and every other triple (the entity and
fact layer). A document subgraph whose hash is in the :class:`ViolationCache` is not
validated again; the others and the layer are, in a worker process beside the HTML page
(:func:`validate_parts`), with the shapes split as :mod:`kg.rdf.shacl_split` describes.
The violations reported are those of the whole graph (tests compare them); when the
graph or the shapes do not allow the split, the whole graph is validated instead.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
import time
from pathlib import Path

from kg.rdf import shacl_split
from kg.rdf.shacl_split import DOC_CLASSES, DOC_PREDICATES, LayerPartition

_FORMAT = "kg-shacl-1"
_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
_SUBCLASS = "http://www.w3.org/2000/01/rdf-schema#subClassOf"
_KG_DOCUMENT = "https://w3id.org/kg-news/ontology#document"


def shapes_fingerprint(shapes: Path | None) -> str:
    """Hash of the shapes and of the code and engine that run them."""
    from importlib.metadata import version

    from kg.rdf.validate import SHAPES_PATH

    h = hashlib.sha256(_FORMAT.encode())
    h.update(Path(shapes or SHAPES_PATH).read_bytes())
    here = Path(__file__).resolve().parents[1]
    for rel in ("rdf/shacl_sparql.py", "rdf/shacl_split.py", "rdf/validate.py", "vocab.py"):
        h.update((here / rel).read_bytes())
    h.update(version("pyoxigraph").encode())
    return h.hexdigest()


class ViolationCache:
    """Violation lines of document subgraphs, one JSON file per subgraph hash."""

    def __init__(self, root: Path, fp: str) -> None:
        self.dir = Path(root) / "shacl" / fp[:24]

    def _path(self, key: str) -> Path:
        return self.dir / key[:2] / f"{key}.json"

    def get(self, key: str) -> list[str] | None:
        try:
            lines = json.loads(self._path(key).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        if not isinstance(lines, list) or not all(isinstance(x, str) for x in lines):
            return None
        return lines

    def put(self, key: str, lines: list[str]) -> None:
        path = self._path(key)
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".", suffix=".part", dir=path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(sorted(lines), fh)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise


class SplitWriter:
    """Collects document subgraphs and the layer while the graph is written.

    ``ok`` turns False when a triple breaks the conditions the split relies on (then the
    whole graph is validated).
    """

    def __init__(self, workdir: Path, base: str, cache: ViolationCache | None) -> None:
        self.dir = workdir
        self.base = base
        self.cache = cache
        self.ok = True
        self.cached: dict[str, list[str]] = {}  # subgraph hash: its violation lines
        self.pending: dict[str, str] = {}  # subgraph hash: "" (cacheable) or reason not
        self.keys: dict[str, str] = {}  # sha16 of a document: its subgraph hash
        # Document subgraphs go to files of about BATCH_LINES lines, the layer to the
        # buckets of a LayerPartition: the validator loads one file or batch at a time.
        self._docs = None
        self._doc_files = 0
        self._doc_lines = shacl_split.BATCH_LINES
        self._buckets: dict[tuple[str, int], object] = {}
        self._layer = LayerPartition(self._to_bucket)
        self._context: set[str] = set()
        self._lines: list[str] | None = None
        self._doc = ""
        self._own = True

    # -- called by the builder ----------------------------------------------------------

    def begin(self, doc_iri: str) -> None:
        self._lines, self._doc, self._own = [], doc_iri, True

    def add(self, line: str, p: str, o) -> None:
        if self._lines is not None:
            if p not in DOC_PREDICATES or (p == _TYPE and o.value not in DOC_CLASSES):
                self.ok = False
            if p == _TYPE and o.value.endswith("#Document"):
                self._context.add(line)
            if p == _KG_DOCUMENT and str(o) != self._doc:
                self._own = False  # its result would depend on other documents
            self._lines.append(line)
            return
        if p == _SUBCLASS or (p == _TYPE and getattr(o, "value", None) in DOC_CLASSES):
            self.ok = False
        self._layer.add(line)

    def _to_bucket(self, kind: str, bucket: int, text: str) -> None:
        fh = self._buckets.get((kind, bucket))
        if fh is None:
            path = self.dir / f"{kind}-{bucket:03d}.nt"
            fh = self._buckets[kind, bucket] = path.open("w", encoding="utf-8", newline="")
        fh.write(text)

    def end(self, sha: str) -> None:
        lines, self._lines = sorted(set(self._lines or ())), None
        text = "".join(lines)
        key = hashlib.sha256(text.encode()).hexdigest()
        self.keys[sha[:16]] = key
        if key in self.cached or key in self.pending:
            return
        got = self.cache.get(key) if self.cache is not None and self._own else None
        if got is not None:
            self.cached[key] = got
            return
        self.pending[key] = "" if self._own else "reads other documents"
        if self._doc_lines >= shacl_split.BATCH_LINES:
            if self._docs is not None:
                self._docs.close()
            path = self.dir / f"documents-{self._doc_files:05d}.nt"
            self._docs = path.open("w", encoding="utf-8", newline="")
            self._doc_files, self._doc_lines = self._doc_files + 1, 0
        self._docs.write(text)
        self._doc_lines += len(lines)

    def close(self) -> None:
        if self._docs is not None:
            self._docs.close()
        self._layer.close()
        for fh in self._buckets.values():
            fh.close()
        (self.dir / "context.nt").write_text("".join(sorted(self._context)), encoding="utf-8")
        layer_ctx = "".join(sorted(self._layer.context - self._context))
        (self.dir / "layer-context.nt").write_text(layer_ctx, encoding="utf-8")
        if not self._layer.ok:
            (self.dir / "layer-whole").touch()

    # -- after validation -----------------------------------------------------------------

    def owner(self, focus: str) -> str | None:
        """The subgraph hash a violation's focus node belongs to (None: the layer's)."""
        for kind in ("doc/", "mention/"):
            head = self.base + kind
            if focus.startswith(head):
                return self.keys.get(focus[len(head) :][:16])
        return None

    def merge(self, doc_found: list[tuple[str, str]], layer: list[str]) -> list[str]:
        """All violation lines (sorted, distinct); fresh document results go to the cache."""
        fresh: dict[str, list[str]] = {k: [] for k in self.pending}
        storable = True
        for focus, line in doc_found:
            key = self.owner(focus)
            if key in fresh:
                fresh[key].append(line)
            else:
                storable = False  # a violation we cannot place: keep nothing this time
        if self.cache is not None and storable:
            for key, lines in fresh.items():
                if not self.pending[key]:
                    self.cache.put(key, lines)
        out = set(layer)
        for lines in self.cached.values():
            out.update(lines)
        for _, line in doc_found:
            out.add(line)
        return sorted(out)


def validate_parts(workdir: str, shapes: str | None) -> tuple[list, list[str], float]:
    """Worker: the pending document subgraphs and the layer of ``workdir``, validated.

    One file of document subgraphs, or one batch of layer buckets, is in memory at a time.
    """
    from kg.rdf.shacl_split import (
        split_checks,
        validate_buckets,
        validate_documents,
        validate_layer,
    )

    t0 = time.perf_counter()
    d = Path(workdir)
    checks = split_checks(Path(shapes) if shapes else None)
    if checks is None:
        raise RuntimeError("the shapes no longer split")
    ctx = (d / "context.nt").read_bytes()
    docs = set()
    for path in sorted(d.glob("documents-*.nt")):
        docs |= validate_documents(path.read_bytes(), ctx, checks)
    buckets = sorted(d.glob("layer-[0-9]*.nt"))
    if checks.chunked and not (d / "layer-whole").exists():
        layer = validate_buckets(
            (p.read_bytes() for p in buckets),
            (p.read_bytes() for p in sorted(d.glob("support-[0-9]*.nt"))),
            ctx + (d / "layer-context.nt").read_bytes(),
            checks,
        )
    else:
        layer = validate_layer(b"".join(p.read_bytes() for p in buckets), ctx, checks)
    doc_found = sorted({(str(v.focus), v.line()) for v in docs})
    return doc_found, sorted({v.line() for v in layer}), time.perf_counter() - t0
