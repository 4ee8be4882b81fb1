"""The sentences around each piece of evidence, read again from the source files.

The graph stores the evidence sentence and its offsets, not the whole text. When the file a
document came from can still be read and its SHA-256 equals the graph's ``kg:sha256``, the
file is read and cleaned exactly as the build did, and the sentence before and after each
evidence span are taken from the cleaned text. Files that moved or changed are skipped, so
the page never shows text the graph does not vouch for.
"""

from __future__ import annotations

import bisect
import hashlib
import json
import os
import re
import tempfile
from collections import defaultdict
from collections.abc import Iterable, Iterator
from pathlib import Path

from kg.errors import KGError
from kg.model import OffsetMap

MAX_CHARS = 400  # a neighbour longer than this is cut, keeping the end nearest the evidence
_BOUNDARY = re.compile(r"(?<=[.!?…])[\"'”’)\]]*\s+|\n\s*\n")


def _to_clean(offsets: OffsetMap, pos: int) -> int:
    """Clean-text offset of source offset ``pos`` (the start of its run when inside an
    entity reference)."""
    srcs = [r[1] for r in offsets.runs]
    i = max(bisect.bisect_right(srcs, pos) - 1, 0)
    c, s, cl, sl = offsets.runs[i]
    if cl == sl:
        return c + min(pos - s, cl)
    return c if pos < s + sl else c + cl


def _sentences(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for m in _BOUNDARY.finditer(text):
        if text[start : m.start()].strip():
            spans.append((start, m.start()))
        start = m.end()
    if text[start:].strip():
        spans.append((start, len(text)))
    return spans


def _shorten(text: str, keep_end: bool) -> str:
    text = " ".join(text.split())
    if len(text) <= MAX_CHARS:
        return text
    return "…" + text[-MAX_CHARS:] if keep_end else text[:MAX_CHARS] + "…"


def neighbours(
    docs: dict[str, tuple[str, str]],
    spans: Iterable[tuple[str, str, int, int]],
    roots: Iterable[Path] = (),
) -> dict[str, tuple[str, str]]:
    """``{assertion: (sentence before, sentence after)}`` for the readable documents.

    ``docs`` maps a document IRI to ``(dcterms:source, kg:sha256)``; ``spans`` gives
    ``(assertion, document, begin, end)`` in source offsets. A relative source is looked up
    in the current folder, then under each of ``roots``.
    """
    return {a: (before, after) for a, before, after in each_neighbour(docs, spans, roots)}


def packed_neighbours(
    docs: dict[str, tuple[str, str]],
    spans: Iterable[tuple[str, str, int, int]],
    roots: Iterable[Path] = (),
    cache: Path | None = None,
) -> dict[str, bytes]:
    """:func:`neighbours` with each pair kept as one UTF-8 string (about a third of the
    memory of two Python strings; there is a pair per piece of evidence), shared by the
    facts of one sentence."""
    same: dict[bytes, bytes] = {}
    out: dict[str, bytes] = {}
    for a, before, after in each_neighbour(docs, spans, roots, cache):
        packed = pack(before, after)
        out[a] = same.setdefault(packed, packed)
    return out


def pack(before: str, after: str) -> bytes:
    # 0xFF never occurs in UTF-8, so it cannot be part of either sentence.
    return before.encode("utf-8") + b"\xff" + after.encode("utf-8")


def unpack(packed: bytes) -> tuple[str, str]:
    before, after = packed.split(b"\xff", 1)
    return before.decode("utf-8"), after.decode("utf-8")


def _cleaned(path: Path, sha: str, cache: Path | None) -> tuple[str, OffsetMap] | None:
    """The file's clean text and offset map, if its bytes still hash to ``sha``.

    With ``cache`` (a folder tied to the cleaner's code and rules: ``kg build`` keeps it
    beside its results), what a file cleans to is kept under its SHA-256, so a rebuild
    hashes each file but cleans only new ones.
    """
    from kg.clean import clean
    from kg.ingest.reader import read_document

    entry = cache / sha[:2] / f"{sha}.json" if cache is not None else None
    if entry is not None and entry.is_file():
        try:
            if hashlib.sha256(path.read_bytes()).hexdigest() != sha:
                return None  # not the file the graph was built from
            got = json.loads(entry.read_text(encoding="utf-8"))
            return got["text"], OffsetMap(tuple(tuple(r) for r in got["runs"]))
        except (OSError, ValueError, KeyError, TypeError):
            pass  # an unreadable entry is a miss
    try:
        raw = read_document(path)
    except KGError:
        return None
    if raw.sha256 != sha:
        return None
    doc = clean(raw)
    if entry is not None:
        _store(entry, json.dumps({"text": doc.text, "runs": doc.offsets.runs}))
    return doc.text, doc.offsets


def _store(entry: Path, data: str) -> None:
    # Like the result cache: whole files or none (rename), no fsync (a lost entry is a miss).
    try:
        entry.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".", suffix=".part", dir=entry.parent)
        try:
            with os.fdopen(fd, "w", encoding="ascii") as fh:
                fh.write(data)
            os.replace(tmp, entry)
        finally:
            Path(tmp).unlink(missing_ok=True)
    except OSError:
        pass  # the cache only saves time: a read-only folder costs time, nothing else


def each_neighbour(
    docs: dict[str, tuple[str, str]],
    spans: Iterable[tuple[str, str, int, int]],
    roots: Iterable[Path] = (),
    cache: Path | None = None,
) -> Iterator[tuple[str, str, str]]:
    """``(assertion, sentence before, sentence after)``, one document at a time."""

    by_doc: dict[str, list[tuple[str, int, int]]] = defaultdict(list)
    for a, d, b, e in spans:
        if d in docs:
            by_doc[d].append((a, b, e))
    bases = [Path.cwd(), *roots]
    for d in sorted(by_doc):
        source, sha = docs[d]
        if not source or not sha or "://" in source:
            continue
        path = Path(source)
        found = next(
            (
                p
                for p in ([path] if path.is_absolute() else [b / path for b in bases])
                if p.is_file()
            ),
            None,
        )
        if found is None:
            continue
        got = _cleaned(found, sha, cache)
        if got is None:
            continue
        text, offsets = got
        sents = _sentences(text)
        starts = [s for s, _ in sents]
        for a, b, e in by_doc[d]:
            cb, ce = _to_clean(offsets, b), _to_clean(offsets, e)
            i = bisect.bisect_left(starts, cb)  # first sentence starting at or after cb
            before = next((sents[j] for j in range(i - 1, -1, -1) if sents[j][1] <= cb), None)
            after = next((sents[j] for j in range(i, len(sents)) if sents[j][0] >= ce), None)
            yield (
                a,
                _shorten(text[before[0] : before[1]], True) if before else "",
                _shorten(text[after[0] : after[1]], False) if after else "",
            )
