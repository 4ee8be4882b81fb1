"""Per-document result cache: a rebuild re-analyses only new or changed files.

A document's entry is keyed by its content hash and media type together with a fingerprint
of everything else that can change the map stage's result: the spaCy model (name and
version), spaCy itself, every rule and gazetteer file, and the source of the ``kg`` package
(see :func:`fingerprint`). Entries are pickles of :mod:`kg.model` records, read back with an
unpickler that only accepts those classes, so a tampered cache file cannot run code. A
small header (word count, notes, the result's length and CRC-32) comes first, so that the
map stage can tell a usable entry from a broken one without decoding the result
(:meth:`ResultCache.peek`): a rebuild decodes each result only where the corpus stages read it.

>>> import tempfile
>>> from dataclasses import replace
>>> from kg.model import DocumentResult, RawDocument
>>> c = ResultCache(tempfile.mkdtemp(), "f" * 64)
>>> raw = RawDocument("a.txt", "", "0" * 64, "text/plain")
>>> c.put(c.key(raw), DocumentResult(raw, None, None, (), (), ()), words=3)
>>> res, words, notes = c.get(c.key(raw), replace(raw, source="b.txt"))
>>> res.raw.source, words
('b.txt', 3)
"""

from __future__ import annotations

import hashlib
import io
import os
import pickle
import tempfile
import zlib
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from kg import model as _model
from kg.model import DocumentResult, RawDocument

CACHE_DIRNAME = ".cache"
# What the map stage keeps per document: its result, word count and the cleaner's notes.
Entry = tuple[DocumentResult, int, tuple[str, ...]]
_FORMAT = b"kg-cache-3\n"
_PACKAGE = Path(__file__).resolve().parents[1]
# Ontology files the map stage never reads: editing them must not invalidate the cache.
_NOT_MAP_INPUTS = {"shapes.ttl", "kg.ttl", "overrides.tsv"}
# Parts of the package that never run in the map stage (benchmarks, page, store, exports).
_NOT_MAP_CODE = {"bench", "viz", "store", "export"}
_ALLOWED = {
    (_model.__name__, name)
    for name in ("RawDocument", "DocumentResult", "EntityRecord", "Mention", "Relation", "Removal")
}


def _hash_files(h, root: Path, suffixes: tuple[str, ...] | None = None) -> None:
    for p in sorted(root.rglob("*")):
        if not p.is_file() or "__pycache__" in p.parts or p.name.startswith("."):
            continue
        if suffixes is not None and p.suffix not in suffixes:
            continue
        if p.name in _NOT_MAP_INPUTS or p.suffix == ".md":
            continue
        if root == _PACKAGE and p.relative_to(root).parts[0] in _NOT_MAP_CODE:
            continue
        h.update(p.relative_to(root).as_posix().encode() + b"\0")
        h.update(hashlib.sha256(p.read_bytes()).digest())


@lru_cache(maxsize=4)
def _code_version() -> str:
    h = hashlib.sha256()
    _hash_files(h, _PACKAGE, (".py", ".toml", ".tsv", ".txt", ".json"))
    return h.hexdigest()


def _dist_version(name: str) -> str | None:
    from importlib import metadata

    for candidate in (name, name.replace("_", "-")):
        try:
            return metadata.version(candidate)
        except metadata.PackageNotFoundError:
            continue
    return None


def model_version(model: str) -> str:
    """Name and version of a spaCy pipeline (and of spaCy), without importing spaCy."""
    import importlib.util

    parts = [model, f"spacy={_dist_version('spacy')}"]
    if model.startswith("blank:"):
        return " ".join(parts)
    path = Path(model)
    if path.is_dir():
        meta = path / "meta.json"
        parts.append(hashlib.sha256(meta.read_bytes()).hexdigest() if meta.exists() else "?")
    elif importlib.util.find_spec(model) is not None:
        parts.append(f"version={_dist_version(model)}")
    return " ".join(parts)


def fingerprint(model: str, ontology_dir: str | Path | None = None) -> str:
    """Hash of everything besides a document's bytes that can change its map-stage result."""
    from kg.gazetteer import ONTOLOGY_DIR

    h = hashlib.sha256()
    h.update(_FORMAT)
    h.update(model_version(model).encode() + b"\0")
    h.update(_code_version().encode())
    _hash_files(h, Path(ontology_dir) if ontology_dir is not None else ONTOLOGY_DIR)
    return h.hexdigest()


def _with_raw(res: DocumentResult, raw: RawDocument) -> DocumentResult:
    raw = replace(raw, text="") if raw.text else raw
    return res if res.raw == raw else replace(res, raw=raw)


class _SafeUnpickler(pickle.Unpickler):
    def find_class(self, module: str, name: str):
        if (module, name) in _ALLOWED:
            return getattr(_model, name)
        raise pickle.UnpicklingError(f"{module}.{name} is not a cached record type")


class ResultCache:
    """Map-stage results on disk, one file per document (``DIR/<fp>/<ab>/<key>``).

    Entries from other fingerprints live in sibling folders, so switching models back and
    forth keeps both sets; ``get`` treats any unreadable entry as a miss.
    """

    def __init__(self, root: str | Path, fp: str) -> None:
        self.root = Path(root)
        self.dir = self.root / fp[:24]
        self.hits = 0
        self.misses = 0

    @staticmethod
    def key(raw: RawDocument) -> str:
        return hashlib.sha256(f"{raw.sha256}\0{raw.media_type}".encode()).hexdigest()

    def _path(self, key: str) -> Path:
        return self.dir / key[:2] / key

    def _read(self, key: str) -> tuple[int, tuple[str, ...], bytes] | None:
        """Words, notes and the result's pickle of a sound entry (length and CRC checked)."""
        try:
            data = self._path(key).read_bytes()
        except OSError:
            return None
        if not data.startswith(_FORMAT):
            return None
        buf = io.BytesIO(data)
        buf.seek(len(_FORMAT))
        try:
            words, notes, size, crc = _SafeUnpickler(buf).load()
        except Exception:  # a truncated or foreign file is a miss, never an error
            return None
        if not isinstance(words, int) or not isinstance(notes, tuple):
            return None
        if not all(isinstance(n, str) for n in notes):
            return None
        payload = data[buf.tell() :]
        if len(payload) != size or zlib.crc32(payload) != crc:
            return None
        return words, notes, payload

    def peek(self, key: str) -> tuple[int, tuple[str, ...]] | None:
        """Words and notes of a sound entry for ``key`` (its result not decoded), or None."""
        got = self._read(key)
        return None if got is None else got[:2]

    def get(self, key: str, raw: RawDocument) -> Entry | None:
        """The cached result for ``key``, carrying ``raw`` (the file as read now), or None.

        An entry is ``(result, words, notes)``: the notes are the cleaner's warnings (W003).
        """
        got = self._read(key)
        if got is None:
            return None
        words, notes, payload = got
        try:
            res = _SafeUnpickler(io.BytesIO(payload)).load()
        except Exception:
            return None
        if not isinstance(res, DocumentResult):
            return None
        return _with_raw(res, raw), words, notes

    def __contains__(self, key: str) -> bool:
        return self._path(key).is_file()

    def put(self, key: str, res: DocumentResult, words: int, notes: tuple[str, ...] = ()) -> None:
        path = self._path(key)
        path.parent.mkdir(parents=True, exist_ok=True)
        payload = pickle.dumps(res, protocol=pickle.HIGHEST_PROTOCOL)
        head = (words, tuple(notes), len(payload), zlib.crc32(payload))
        data = _FORMAT + pickle.dumps(head, protocol=pickle.HIGHEST_PROTOCOL) + payload
        fd, tmp = tempfile.mkstemp(prefix=".", suffix=".part", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise


class MemoryResults:
    """The ``--no-cache`` stand-in: results kept for this build only."""

    def __init__(self) -> None:
        self._data: dict[str, Entry] = {}
        self.hits = 0
        self.misses = 0

    key = staticmethod(ResultCache.key)

    def peek(self, key: str) -> tuple[int, tuple[str, ...]] | None:
        got = self._data.get(key)
        return None if got is None else (got[1], got[2])

    def get(self, key: str, raw: RawDocument) -> Entry | None:
        got = self._data.get(key)
        return (_with_raw(got[0], raw), got[1], got[2]) if got is not None else None

    def put(self, key: str, res: DocumentResult, words: int, notes: tuple[str, ...] = ()) -> None:
        self._data[key] = (res, words, tuple(notes))
