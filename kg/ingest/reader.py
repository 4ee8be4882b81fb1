"""Read input files into :class:`~kg.model.RawDocument` records.

Reading never normalises the text: line endings, indentation and markup stay as in the file,
because every offset in the graph points into ``RawDocument.text``.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path

from kg.errors import Errors, KGError, Warnings
from kg.ingest.meta import Metadata, canonical_url, page_metadata, text_metadata
from kg.io import display_path
from kg.model import RawDocument, Skipped

MEDIA_TYPES = {
    ".txt": "text/plain",
    ".md": "text/markdown",
    ".markdown": "text/markdown",
    ".html": "text/html",
    ".htm": "text/html",
}
SUFFIXES = tuple(sorted(MEDIA_TYPES))

# Bytes that never occur in text files (tab, LF, FF and CR excluded); a file made mostly of
# them is a binary format even when it has no NUL byte.
_CONTROL = frozenset(range(0x20)) - {0x09, 0x0A, 0x0C, 0x0D} | {0x7F}
_BINARY_RATIO = 0.10
_SAMPLE = 8192
_FALLBACK_ENCODINGS = ("cp1252", "latin-1")


def _decode(data: bytes, path: str) -> tuple[str, str, tuple[str, ...]]:
    """Return ``(text, encoding, notes)``; UTF-8 first, then the legacy Western encodings."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16", ()
        except UnicodeDecodeError:
            pass
    try:
        if data.startswith(b"\xef\xbb\xbf"):
            return data.decode("utf-8-sig"), "utf-8-sig", ()
        return data.decode("utf-8"), "utf-8", ()
    except UnicodeDecodeError:
        pass
    for enc in _FALLBACK_ENCODINGS:
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        return text, enc, (Warnings.W001.format(path=path, encoding=enc),)
    raise AssertionError("latin-1 decodes any byte string")  # pragma: no cover


def _binary_reason(data: bytes) -> str | None:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return None  # UTF-16 text carries NUL bytes by design
    sample = data[:_SAMPLE]
    if b"\x00" in sample:
        return "contains NUL bytes"
    control = sum(1 for b in sample if b in _CONTROL)
    if sample and control / len(sample) > _BINARY_RATIO:
        return f"{control / len(sample):.0%} control characters"
    return None


def read_document(path: str | Path) -> RawDocument:
    """Read and decode one file.

    Raises :class:`kg.errors.KGError` (E001-E005) when the file cannot be used.
    """
    source = display_path(path)  # printable even when the name is not valid UTF-8
    p = Path(path)
    suffix = p.suffix.lower()
    if not p.exists():
        raise KGError(Errors.E001.format(path=source))
    if suffix not in MEDIA_TYPES:
        raise KGError(Errors.E005.format(path=source, suffix=p.suffix or "(none)"))
    try:
        data = p.read_bytes()
    except IsADirectoryError:
        raise KGError(Errors.E002.format(path=source, reason="it is a folder")) from None
    except OSError as exc:
        raise KGError(Errors.E002.format(path=source, reason=exc.strerror or str(exc))) from None
    if not data.strip():
        raise KGError(Errors.E003.format(path=source))
    reason = _binary_reason(data)
    if reason:
        raise KGError(Errors.E004.format(path=source, reason=reason))
    text, encoding, notes = _decode(data, source)
    if not text.strip():
        raise KGError(Errors.E003.format(path=source))
    media_type = MEDIA_TYPES[suffix]
    url = None
    if media_type == "text/html":
        meta = page_metadata(text)
        url = canonical_url(text)
    elif media_type in ("text/markdown", "text/plain"):
        meta = text_metadata(text, markdown=media_type == "text/markdown")
    else:  # pragma: no cover - every media type is one of the above
        meta = Metadata()
    return RawDocument(
        source=source,
        text=text,
        sha256=hashlib.sha256(data).hexdigest(),
        media_type=media_type,
        encoding=encoding,
        title=meta.title,
        date=meta.date,
        notes=notes,
        publisher=meta.publisher,
        relpath=Path(source).name,
        url=url,
    )


def _is_hidden(rel: str) -> bool:
    return any(part.startswith(".") for part in rel.split(os.sep))


def expand(inputs: Iterable[str | Path]) -> Iterator[str | Path]:
    """Expand folders into their readable files (recursive, sorted); pass other inputs on."""
    for item, _ in expand_roots(inputs):
        yield item


def expand_roots(inputs: Iterable[str | Path]) -> Iterator[tuple[str | Path, str]]:
    """Like :func:`expand`, with each file's POSIX path relative to its input root.

    A folder is the root of the files under it; a file named directly is its own root's
    child (``a/b.txt`` -> ``b.txt``), so no absolute local path ever reaches the graph.
    """
    for item in inputs:
        p = Path(item)
        if not p.is_dir():
            yield item, p.name
            continue
        found: list[tuple[str, str]] = []
        for root, dirs, files in os.walk(p):
            # Hidden folders (.git, .cache) are never articles.
            dirs[:] = [d for d in dirs if not d.startswith(".")]
            for name in files:
                if name.startswith(".") or Path(name).suffix.lower() not in MEDIA_TYPES:
                    continue
                full = os.path.join(root, name)
                rel = os.path.relpath(full, p)
                if not _is_hidden(rel):
                    found.append((Path(rel).as_posix(), full))
        for rel, full in sorted(found):
            yield full, rel


def iter_documents(inputs: Iterable[str | Path]) -> Iterator[RawDocument | Skipped]:
    """Yield one record per input file, in a deterministic order.

    Folders are expanded recursively (only .txt/.md/.markdown/.html/.htm, hidden files
    ignored); a file named explicitly with another suffix is skipped with E005. Files whose
    bytes equal an earlier file's are skipped with E007.
    """
    seen: dict[str, str] = {}
    for item, rel in expand_roots(inputs):
        source = display_path(item)
        try:
            doc = read_document(item)
        except KGError as exc:
            yield Skipped(source=source, code=exc.code, reason=str(exc))
            continue
        except Exception as exc:  # a bug must not stop the rest of the corpus
            reason = Errors.E050.format(path=source, stage="read", error=_describe(exc))
            yield Skipped(source=source, code="E050", reason=reason)
            continue
        doc = replace(doc, relpath=display_path(rel))
        if source != os.fspath(item):
            doc = replace(doc, notes=(*doc.notes, Warnings.W004.format(path=source)))
        first = seen.get(doc.sha256)
        if first is not None:
            yield Skipped(
                source=source, code="E007", reason=Errors.E007.format(path=source, other=first)
            )
            continue
        seen[doc.sha256] = source
        yield doc


def _describe(exc: BaseException) -> str:
    text = " ".join(str(exc).split())[:160]
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__
