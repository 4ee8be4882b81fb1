"""The map stage — clean, annotate, resolve and extract each document — in one or N processes.

:func:`map_corpus` reads the inputs in order (reading, hashing and de-duplicating stay in
this process), takes what it can from the result cache, and sends the other documents in
chunks to an executor: this process (``jobs=1``), a pool of ``jobs`` worker processes that
each load the spaCy pipeline once, or a Dask cluster (:mod:`kg.pipeline.dask`). Chunks are
collected in submission order and at most a few are in flight, so the output does not
depend on which worker was fastest and memory does not grow with the corpus.

Every analysed document goes into the cache; the corpus stages then stream the results back
from it in input order (:meth:`MapOutcome.results`), twice if they need two passes.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from kg.errors import Errors
from kg.model import DocumentResult, RawDocument, Skipped

# Documents per task sent to a worker: small enough to balance two workers on a small
# corpus, large enough for spaCy's batching to pay.
CHUNK_SIZE = 16


@dataclass(frozen=True, slots=True)
class Analysed:
    """One document through the map stage: a result, or the reason it was skipped."""

    key: str
    result: DocumentResult | None
    skipped: Skipped | None
    words: int = 0


class Store(Protocol):
    hits: int
    misses: int

    def get(self, key: str, source: str) -> tuple[DocumentResult, int] | None: ...
    def put(self, key: str, res: DocumentResult, words: int) -> None: ...


class Future(Protocol):
    def result(self): ...


# -- worker side --------------------------------------------------------------------------

_STATE: dict[tuple[str, str | None], tuple] = {}


def _state(model: str, ontology_dir: str | None):
    """The pipeline, gazetteer and rules of this process, loaded once per model."""
    key = (model, ontology_dir)
    if key not in _STATE:
        from kg.gazetteer import load_gazetteer
        from kg.nlp import load_pipeline
        from kg.rules import load_rules

        _STATE.clear()
        _STATE[key] = (load_pipeline(model), load_gazetteer(), load_rules())
    return _STATE[key]


def init_worker(model: str, ontology_dir: str | None = None) -> None:
    """Process-pool initializer: load the pipeline before the first chunk arrives."""
    _state(model, ontology_dir)


def analyse_chunk(
    raws: list[RawDocument], model: str, ontology_dir: str | None = None, batch_size: int = 32
) -> tuple[int, list[Analysed]]:
    """Run the map stage over ``raws``; returns this process's id and one record per input."""
    from kg.clean import clean
    from kg.nlp import annotate
    from kg.pipeline.build import process_document
    from kg.pipeline.cache import ResultCache

    nlp, gaz, rules = _state(model, ontology_dir)
    out: list[Analysed | None] = [None] * len(raws)
    todo = []
    for i, raw in enumerate(raws):
        doc = clean(raw)
        if doc.text.strip():
            todo.append((i, doc))
        else:
            reason = Errors.E006.format(path=raw.source)
            out[i] = Analysed(ResultCache.key(raw), None, Skipped(raw.source, "E006", reason))
    docs = (d for _, d in todo)
    for (i, _), adoc in zip(todo, annotate(docs, nlp, batch_size=batch_size), strict=True):
        res = process_document(adoc, gaz, rules)
        out[i] = Analysed(ResultCache.key(adoc.clean.raw), res, None, len(adoc.clean.text.split()))
    return os.getpid(), [a for a in out if a is not None]


# -- executors ----------------------------------------------------------------------------


class _Done:
    def __init__(self, value) -> None:
        self._value = value

    def result(self):
        return self._value


class Executor:
    """Runs chunks of documents somewhere; ``window`` chunks may be in flight at once."""

    window = 1
    workers = 1

    def submit(self, raws: list[RawDocument]) -> Future:
        raise NotImplementedError

    def close(self) -> None:
        pass


class InProcess(Executor):
    """``--jobs 1``: this process, one chunk at a time."""

    def __init__(self, model: str, ontology_dir: str | None, batch_size: int) -> None:
        self.args = (model, ontology_dir, batch_size)

    def submit(self, raws: list[RawDocument]) -> Future:
        model, onto, bs = self.args
        return _Done(analyse_chunk(raws, model, onto, bs))


class ProcessPool(Executor):
    """``--jobs N``: N worker processes, each with its own pipeline loaded once.

    The pool starts with the first chunk, so a rebuild served from the cache starts none.
    """

    def __init__(self, jobs: int, model: str, ontology_dir: str | None, batch_size: int) -> None:
        self.args = (model, ontology_dir, batch_size)
        self.workers = jobs
        self.window = 2 * jobs
        self._pool = None

    def submit(self, raws: list[RawDocument]) -> Future:
        if self._pool is None:
            import multiprocessing as mp
            from concurrent.futures import ProcessPoolExecutor

            ctx = mp.get_context("fork" if "fork" in mp.get_all_start_methods() else "spawn")
            model, onto, _ = self.args
            self._pool = ProcessPoolExecutor(
                self.workers, mp_context=ctx, initializer=init_worker, initargs=(model, onto)
            )
        return self._pool.submit(analyse_chunk, raws, *self.args)

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)


def make_executor(
    model: str,
    *,
    jobs: int = 1,
    scheduler: str | None = None,
    ontology_dir: str | None = None,
    batch_size: int = 32,
) -> Executor:
    if scheduler:
        from kg.pipeline.dask import DaskExecutor

        return DaskExecutor(scheduler, model, ontology_dir, batch_size)
    if jobs > 1:
        return ProcessPool(jobs, model, ontology_dir, batch_size)
    return InProcess(model, ontology_dir, batch_size)


# -- the client side ----------------------------------------------------------------------


@dataclass
class MapOutcome:
    """What the map stage left for the corpus stages: documents in input order."""

    store: Store
    order: list[tuple[str, str]] = field(default_factory=list)  # (key, source)
    skipped: list[Skipped] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    words: int = 0
    analysed: int = 0
    cached: int = 0
    worker_ids: set[int] = field(default_factory=set)

    @property
    def documents(self) -> int:
        return len(self.order)

    def results(self) -> Iterator[DocumentResult]:
        """Stream the results back in input order (from disk when the store is a cache)."""
        for key, source in self.order:
            got = self.store.get(key, source)
            if got is None:  # pragma: no cover - the cache folder vanished mid-build
                raise RuntimeError(f"cache entry for {source} disappeared during the build")
            yield got[0]


def _chunks(items: Iterable, size: int) -> Iterator[list]:
    chunk: list = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def map_corpus(
    inputs: Iterable[str | Path],
    store: Store,
    executor: Executor,
    *,
    chunk_size: int = CHUNK_SIZE,
    on_document: Callable[[DocumentResult], None] = lambda r: None,
    on_skip: Callable[[Skipped], None] = lambda s: None,
) -> MapOutcome:
    """Run the map stage over ``inputs``, using and filling ``store``."""
    from kg.ingest import iter_documents
    from kg.pipeline.cache import ResultCache

    out = MapOutcome(store)
    slots: list[tuple[str, str] | Skipped] = []  # input order: (key, source) or a skip

    def todo() -> Iterator[RawDocument]:
        for item in iter_documents(inputs):
            if isinstance(item, Skipped):
                slots.append(item)
                on_skip(item)
                continue
            out.notes.extend(item.notes)
            key = ResultCache.key(item)
            slots.append((key, item.source))
            got = store.get(key, item.source)
            if got is not None:
                store.hits += 1
                out.cached += 1
                out.words += got[1]
                on_document(got[0])
                continue
            yield item

    dropped: set[str] = set()
    pending: deque[Future] = deque()

    def collect(fut: Future) -> None:
        wid, analysed = fut.result()
        out.worker_ids.add(wid)
        for a in analysed:
            if a.skipped is not None:
                dropped.add(a.key)
                out.skipped.append(a.skipped)
                on_skip(a.skipped)
                continue
            store.put(a.key, a.result, a.words)
            store.misses += 1
            out.analysed += 1
            out.words += a.words
            on_document(a.result)

    try:
        for chunk in _chunks(todo(), max(1, chunk_size)):
            pending.append(executor.submit(chunk))
            while len(pending) >= executor.window:
                collect(pending.popleft())
        while pending:
            collect(pending.popleft())
    finally:
        executor.close()
    skipped_e006 = {s.source: s for s in out.skipped}
    out.skipped = []
    for slot in slots:
        if isinstance(slot, Skipped):
            out.skipped.append(slot)
        elif slot[0] in dropped:
            out.skipped.append(skipped_e006[slot[1]])
        else:
            out.order.append(slot)
    return out


def run_map_stage(
    inputs: Iterable[str | Path],
    summary,
    *,
    model: str,
    cache_dir: str | Path | None,
    jobs: int = 1,
    scheduler: str | None = None,
    batch_size: int = 32,
    ontology_dir: str | None = None,
    scratch: str | Path | None = None,
    on_document: Callable[[DocumentResult], None] = lambda r: None,
    on_skip: Callable[[Skipped], None] = lambda s: None,
) -> MapOutcome:
    """The map stage as ``kg build`` runs it; fills the counters of ``summary``.

    ``cache_dir`` None is ``--no-cache``: nothing is read from a cache, and the results
    live in a throw-away folder under ``scratch`` (removed with the outcome) or, without
    one, in memory.
    """
    import shutil
    import tempfile
    import weakref

    from kg.pipeline.cache import MemoryResults, ResultCache, fingerprint

    tmp = None
    if cache_dir is None and scratch is not None:
        Path(scratch).mkdir(parents=True, exist_ok=True)
        tmp = tempfile.mkdtemp(prefix=".kg-results-", dir=scratch)
    store: Store = (
        ResultCache(cache_dir or tmp, fingerprint(model, ontology_dir))
        if (cache_dir or tmp) is not None
        else MemoryResults()
    )
    executor = make_executor(
        model, jobs=jobs, scheduler=scheduler, ontology_dir=ontology_dir, batch_size=batch_size
    )
    mapped = map_corpus(
        inputs,
        store,
        executor,
        chunk_size=min(CHUNK_SIZE, max(1, batch_size)),
        on_document=on_document,
        on_skip=on_skip,
    )
    summary.documents = mapped.documents
    summary.skipped.extend(mapped.skipped)
    summary.notes.extend(mapped.notes)
    summary.words = mapped.words
    summary.analysed = mapped.analysed
    summary.cached = mapped.cached
    summary.workers = len(mapped.worker_ids)
    if tmp is not None:
        weakref.finalize(mapped, shutil.rmtree, tmp, True)
    return mapped
