"""Open a pyoxigraph store over graph files: in memory, or on disk and loaded once.

A persistent store directory is a plain Oxigraph (RocksDB) database plus one small file,
``kg-store.json``, that records which graph files (by path, size and SHA-256) it holds.
Opening it again with the same files reuses it as is, read-only; opening it with other
files (or changed ones) clears it and loads them again, so a store never mixes two builds.
"""

from __future__ import annotations

import gc
import gzip
import hashlib
import json
from collections.abc import Sequence
from pathlib import Path

import pyoxigraph as ox

from kg.errors import Errors, KGError
from kg.io import atomic_write

MANIFEST = "kg-store.json"

# Suffix → format; ``.gz`` may follow any of them.
FORMATS: dict[str, ox.RdfFormat] = {
    ".ttl": ox.RdfFormat.TURTLE,
    ".turtle": ox.RdfFormat.TURTLE,
    ".nt": ox.RdfFormat.N_TRIPLES,
    ".ntriples": ox.RdfFormat.N_TRIPLES,
    ".nq": ox.RdfFormat.N_QUADS,
    ".nquads": ox.RdfFormat.N_QUADS,
    ".trig": ox.RdfFormat.TRIG,
    ".n3": ox.RdfFormat.N3,
    ".rdf": ox.RdfFormat.RDF_XML,
    ".owl": ox.RdfFormat.RDF_XML,
    ".xml": ox.RdfFormat.RDF_XML,
    ".jsonld": ox.RdfFormat.JSON_LD,
    ".json": ox.RdfFormat.JSON_LD,
}


def rdf_format(path: str | Path) -> ox.RdfFormat:
    """The RDF format of ``path``, from its suffix (``.gz`` is looked through).

    >>> rdf_format("out/graph.ttl").name
    'Turtle'
    >>> rdf_format("dump.nq.gz").name
    'N-Quads'
    """
    suffixes = [s.lower() for s in Path(path).suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes.pop()
    fmt = FORMATS.get(suffixes[-1]) if suffixes else None
    if fmt is None:
        raise KGError(
            Errors.E020.format(
                path=path,
                reason=f"unknown RDF suffix '{''.join(Path(path).suffixes) or '(none)'}'; "
                "use .ttl, .nt, .nq, .trig, .jsonld or .rdf",
            )
        )
    return fmt


def read_graph_bytes(path: Path) -> bytes:
    """The bytes of a graph file, gunzipped when it ends in .gz."""
    if not path.is_file():
        raise KGError(Errors.E001.format(path=path))
    data = path.read_bytes()
    return gzip.decompress(data) if path.suffix.lower() == ".gz" else data


def load_file(store: ox.Store, path: str | Path, *, bulk: bool = False) -> None:
    """Add the triples (or quads) of one graph file to ``store``."""
    path = Path(path)
    fmt = rdf_format(path)
    data = read_graph_bytes(path)
    try:
        if bulk:
            store.bulk_load(data, format=fmt)
        else:
            store.load(data, format=fmt)
    except (SyntaxError, ValueError, OSError) as exc:
        raise KGError(Errors.E020.format(path=path, reason=str(exc).splitlines()[0])) from exc


def _fingerprint(paths: Sequence[Path]) -> list[dict[str, object]]:
    out = []
    for p in paths:
        if not p.is_file():
            raise KGError(Errors.E001.format(path=p))
        h = hashlib.sha256()
        with p.open("rb") as fh:
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                h.update(chunk)
        out.append({"path": str(p.resolve()), "size": p.stat().st_size, "sha256": h.hexdigest()})
    return out


def _read_manifest(store_dir: Path) -> list[dict[str, object]] | None:
    try:
        return json.loads((store_dir / MANIFEST).read_text(encoding="utf-8"))["graphs"]
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _fill(store_dir: Path, paths: Sequence[Path], fingerprint: list[dict[str, object]]) -> ox.Store:
    # The manifest goes first so that an interrupted load is never taken for a complete one.
    (store_dir / MANIFEST).unlink(missing_ok=True)
    store = ox.Store(str(store_dir))
    store.clear()
    for p in paths:
        load_file(store, p, bulk=True)
    store.flush()
    store.optimize()
    atomic_write(
        store_dir / MANIFEST,
        json.dumps({"graphs": fingerprint}, indent=2, sort_keys=True) + "\n",
    )
    return store


def open_store(paths: Sequence[str | Path] = (), store_dir: str | Path | None = None) -> ox.Store:
    """A store holding the graphs in ``paths``.

    Without ``store_dir`` the store lives in memory. With it, the store is kept on disk:
    loaded on first use (or when the files changed) and reused, read-only, afterwards.
    With ``store_dir`` and no paths, the existing store is opened as it is.

    >>> s = open_store()
    >>> len(s)
    0
    """
    files = [Path(p) for p in paths]
    if store_dir is None:
        store = ox.Store()
        for p in files:
            load_file(store, p)
        return store
    store_dir = Path(store_dir)
    if not files:
        if not (store_dir / "CURRENT").is_file():
            raise KGError(
                Errors.E020.format(
                    path=store_dir,
                    reason="no store there yet; fill it first with 'kg load GRAPH... --store DIR'",
                )
            )
        return _open_read_only(store_dir)
    fingerprint = _fingerprint(files)
    if _read_manifest(store_dir) == fingerprint and (store_dir / "CURRENT").is_file():
        return _open_read_only(store_dir)
    store_dir.mkdir(parents=True, exist_ok=True)
    return _fill(store_dir, files, fingerprint)


def _open_read_only(store_dir: Path) -> ox.Store:
    try:
        return ox.Store.read_only(str(store_dir))
    except OSError as exc:
        raise KGError(Errors.E020.format(path=store_dir, reason=str(exc))) from exc


def load_into_store(turtle_path: str | Path, store_dir: str | Path) -> int:
    """Replace the content of the on-disk store ``store_dir`` by the graph ``turtle_path``.

    Returns the number of triples (quads) in the store. Used by ``kg build --store DIR``.
    """
    path = Path(turtle_path)
    store_dir = Path(store_dir)
    store_dir.mkdir(parents=True, exist_ok=True)
    store = _fill(store_dir, [path], _fingerprint([path]))
    n = len(store)
    del store
    gc.collect()  # release the RocksDB lock now, so readers can open the store at once
    return n
