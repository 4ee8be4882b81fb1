"""Run the map stage on a running Dask distributed cluster (``kg build --scheduler``).

Workers receive the path and content hash of each document and read the file themselves
when they see the same bytes (a shared or copied folder); otherwise the client sends the
decoded document. Each worker loads the spaCy pipeline once and keeps it. The corpus
stages (resolution across documents, RDF, validation, HTML) stay in the client, and
chunks are collected in submission order, so the bytes out equal a local build's.
"""

from __future__ import annotations

from kg.config import Settings
from kg.errors import Errors, KGError
from kg.model import RawDocument
from kg.pipeline.parallel import Executor, Future, analyse_chunk

# Worker-side marker: these inputs could not be read as the client saw them.
NEED_BYTES = "need-bytes"


def analyse_refs(items: list[RawDocument | tuple[str, str]], settings: Settings):
    """Worker task: read each ``(path, sha256)`` (or take the document as sent) and analyse."""
    from kg.ingest import read_document

    raws: list[RawDocument] = []
    missing: list[int] = []
    for i, item in enumerate(items):
        if isinstance(item, RawDocument):
            raws.append(item)
            continue
        source, sha = item
        try:
            raw = read_document(source)
        except (KGError, OSError):
            raw = None
        if raw is None or raw.sha256 != sha:
            missing.append(i)
        else:
            raws.append(raw)
    if missing:
        return NEED_BYTES, missing
    return analyse_chunk(raws, settings)


def code_version(settings: Settings) -> str:
    """The map-stage fingerprint (code, rules, model version) as this machine sees it."""
    from kg.pipeline.cache import fingerprint

    return fingerprint(settings.model, settings.ontology_dir)


class _Task:
    def __init__(self, ex: DaskExecutor, fut, raws: list[RawDocument]) -> None:
        self.ex, self.fut, self.raws = ex, fut, raws

    def result(self):
        got = self.fut.result()
        if got[0] == NEED_BYTES:
            items = [(r.source, r.sha256) for r in self.raws]
            for i in got[1]:
                items[i] = self.raws[i]
            self.ex.sent_documents += len(got[1])
            got = self.ex.client.submit(analyse_refs, items, self.ex.settings, pure=False).result()
        return got


def _reachable(address: str) -> None:
    """Fail at once on a closed TCP port (the Dask client would retry until its timeout)."""
    import socket
    from urllib.parse import urlsplit

    parts = urlsplit(address if "://" in address else f"tcp://{address}")
    if parts.scheme != "tcp" or not parts.hostname or not parts.port:
        return
    try:
        socket.create_connection((parts.hostname, parts.port), timeout=5).close()
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        raise KGError(Errors.E060.format(address=address, reason=reason.lower())) from None


class DaskExecutor(Executor):
    """Chunks of documents as tasks on a Dask cluster; two tasks in flight per worker."""

    def __init__(self, address: str, settings: Settings) -> None:
        try:
            from distributed import Client
        except ImportError:
            raise KGError(
                Errors.E060.format(
                    address=address,
                    reason="the 'distributed' package is not installed "
                    "(pip install 'kg-news[dask]')",
                )
            ) from None
        _reachable(address)
        try:
            self.client = Client(address, timeout="10s", set_as_default=False)
        except (OSError, TimeoutError, ValueError) as exc:
            reason = " ".join(str(exc).split())[:200] or type(exc).__name__
            raise KGError(Errors.E060.format(address=address, reason=reason)) from None
        workers = self.client.scheduler_info().get("workers", {})
        if not workers:
            self.client.close()
            raise KGError(Errors.E060.format(address=address, reason="no workers connected"))
        mine = code_version(settings)
        theirs = self.client.run(code_version, settings)
        odd = sorted(w for w, v in theirs.items() if v != mine)
        if odd:
            self.client.close()
            raise KGError(Errors.E061.format(workers=", ".join(odd)))
        self.settings = settings
        self.workers = len(workers)
        self.window = 2 * len(workers)
        self.sent_documents = 0  # documents sent as data because no worker could read them

    def submit(self, raws: list[RawDocument]) -> Future:
        items = [(r.source, r.sha256) for r in raws]
        return _Task(self, self.client.submit(analyse_refs, items, self.settings, pure=False), raws)

    def close(self) -> None:
        self.client.close()
