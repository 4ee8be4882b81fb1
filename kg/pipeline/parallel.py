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
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Protocol

from kg.config import Settings
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
    notes: tuple[str, ...] = ()  # the cleaner's warnings (W003), also for a skipped document


class Store(Protocol):
    hits: int
    misses: int

    def get(self, key: str, raw: RawDocument) -> tuple[DocumentResult, int, tuple] | None: ...
    def peek(self, key: str) -> tuple[int, tuple] | None: ...
    def put(self, key: str, res: DocumentResult, words: int, notes: tuple = ()) -> None: ...


class Future(Protocol):
    def result(self): ...


# -- worker side --------------------------------------------------------------------------

_STATE: dict[tuple, tuple] = {}


def _state(settings: Settings):
    """The pipeline, gazetteer and rules of this process, loaded once per model and rules."""
    key = (settings.model, str(settings.ontology_dir))
    if key not in _STATE:
        from kg.clean.rules import load_rules as load_boilerplate
        from kg.gazetteer import load_gazetteer
        from kg.nlp import load_pipeline
        from kg.rules import load_rules, use_ontology

        _STATE.clear()
        # Word lists, rule families and towns are read from the build's ontology too.
        use_ontology(settings.ontology_dir)
        nlp = load_pipeline(
            settings.model,
            gazetteer_dir=str(settings.gazetteer_dir),
            rules_dir=str(settings.rules_dir),
        )
        boilerplate = settings.rules_dir / "boilerplate.toml"
        _STATE[key] = (
            nlp,
            load_gazetteer(settings.gazetteer_dir),
            load_rules(settings.rules_dir),
            load_boilerplate(boilerplate) if boilerplate.exists() else None,
        )
    return _STATE[key]


# A build that analysed at least this many documents in this process frees the pipeline
# before the corpus stages: the model's vocabulary grows with every new word it reads, and
# reloading costs about two seconds, which only a build of a few documents would notice.
RELEASE_AFTER = 100


def release_state() -> None:
    """Drop this process's pipeline and the extract stage's vocabulary and matchers."""
    import gc

    from kg.extract import parse, registry

    _STATE.clear()
    registry._matcher.cache_clear()
    parse.shared_vocab.cache_clear()
    gc.collect()


def init_worker(settings: Settings, parent: int) -> None:
    """Process-pool initializer: load the pipeline before the first chunk arrives."""
    from kg.pipeline.build import _die_with_parent

    _die_with_parent(parent)
    _state(settings)


def analyse_chunk(raws: list[RawDocument], settings: Settings) -> tuple[int, list[Analysed]]:
    """Run the map stage over ``raws``; returns this process's id and one record per input."""
    from kg.pipeline.build import analyse_documents
    from kg.pipeline.cache import ResultCache

    nlp, gaz, rules, clean_rules = _state(settings)
    by_source = {r.source: ResultCache.key(r) for r in raws}
    out: dict[str, Analysed] = {}
    notes: dict[str, tuple[str, ...]] = {}

    def skip(sk: Skipped) -> None:
        key = by_source.get(sk.source, "")
        out.setdefault(key, Analysed(key, None, sk, notes=notes.get(key, ())))

    def cleaned(doc) -> None:
        notes[by_source[doc.raw.source]] = tuple(doc.notes)

    for res, words in analyse_documents(
        raws, settings, nlp, gaz, rules, clean_rules, skip, on_clean=cleaned
    ):
        key = by_source[res.raw.source]
        out[key] = Analysed(key, res, None, words, notes.get(key, ()))
    return os.getpid(), [out[k] for k in (by_source[r.source] for r in raws) if k in out]


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

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    def submit(self, raws: list[RawDocument]) -> Future:
        return _Done(analyse_chunk(raws, self.settings))


class ProcessPool(Executor):
    """``--jobs N``: N worker processes, each with its own pipeline loaded once.

    The pool starts with the first chunk, so a rebuild served from the cache starts none.
    """

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.workers = settings.jobs
        self.window = 2 * settings.jobs
        self._pool = None

    def submit(self, raws: list[RawDocument]) -> Future:
        if self._pool is None:
            import multiprocessing as mp
            from concurrent.futures import ProcessPoolExecutor

            ctx = mp.get_context("fork" if "fork" in mp.get_all_start_methods() else "spawn")
            self._pool = ProcessPoolExecutor(
                self.workers,
                mp_context=ctx,
                initializer=init_worker,
                initargs=(self.settings, os.getpid()),
            )
        return self._pool.submit(analyse_chunk, raws, self.settings)

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)


def make_executor(settings: Settings, scheduler: str | None = None) -> Executor:
    if scheduler:
        from kg.pipeline.dask import DaskExecutor

        return DaskExecutor(scheduler, settings)
    if settings.jobs > 1:
        return ProcessPool(settings)
    return InProcess(settings)


# -- the client side ----------------------------------------------------------------------


@dataclass
class MapOutcome:
    """What the map stage left for the corpus stages: documents in input order."""

    store: Store
    order: list[tuple[str, RawDocument]] = field(default_factory=list)  # (key, raw sans text)
    inputs: int = 0
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
        for key, raw in self.order:
            got = self.store.get(key, raw)
            if got is None:
                # The map stage checked the entry's length and CRC, not its pickle: only a
                # deliberately rewritten (or vanished) entry gets here.
                from kg.errors import Errors, KGError

                entry = getattr(self.store, "dir", None)
                entry = f"{entry}/{key[:2]}/{key}" if entry is not None else key
                raise KGError(Errors.E032.format(path=raw.source, entry=entry))
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
    on_document: Callable[[DocumentResult], None] | None = None,
    on_skip: Callable[[Skipped], None] = lambda s: None,
    on_progress: Callable[[], None] | None = None,
) -> MapOutcome:
    """Run the map stage over ``inputs``, using and filling ``store``.

    ``on_document`` sees every document's result, analysed or cached (a cached one is then
    decoded here as well as in the corpus stages); ``on_progress`` is only told that one
    more document is done, which costs nothing for a cached one.
    """
    from kg.ingest import iter_documents
    from kg.pipeline.cache import ResultCache

    out = MapOutcome(store)
    slots: list[tuple[str, RawDocument] | Skipped] = []  # input order: a document or a skip
    # Per document, in input order: the reader's notes (W004) then the cleaner's (W003).
    notes: dict[int, list[str]] = {}
    slot_of: dict[str, int] = {}

    def todo() -> Iterator[RawDocument]:
        for item in iter_documents(inputs):
            out.inputs += 1
            if isinstance(item, Skipped):
                slots.append(item)
                on_skip(item)
                continue
            key = ResultCache.key(item)
            notes[len(slots)] = list(item.notes)
            slot_of.setdefault(key, len(slots))
            # What the graph needs of the file itself comes from this read, whatever the
            # result's origin (cache, worker): its path as given now, never the text.
            slots.append((key, replace(item, text="")))
            got = store.get(key, slots[-1][1]) if on_document is not None else None
            head = (got[1], got[2]) if got is not None else store.peek(key)
            if head is not None:
                store.hits += 1
                out.cached += 1
                out.words += head[0]
                notes[len(slots) - 1].extend(head[1])
                if got is not None:
                    on_document(got[0])
                if on_progress is not None:
                    on_progress()
                continue
            yield item

    dropped: set[str] = set()
    pending: deque[Future] = deque()

    def collect(fut: Future) -> None:
        wid, analysed = fut.result()
        out.worker_ids.add(wid)
        for a in analysed:
            if a.key in slot_of:
                notes[slot_of[a.key]].extend(a.notes)
            if a.skipped is not None:
                dropped.add(a.key)
                out.skipped.append(a.skipped)
                on_skip(a.skipped)
                continue
            store.put(a.key, a.result, a.words, a.notes)
            store.misses += 1
            out.analysed += 1
            out.words += a.words
            if on_document is not None:
                on_document(a.result)
            if on_progress is not None:
                on_progress()

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
    for i in sorted(notes):
        out.notes.extend(notes[i])
    for slot in slots:
        if isinstance(slot, Skipped):
            out.skipped.append(slot)
        elif slot[0] in dropped:
            out.skipped.append(skipped_e006[slot[1].source])
        else:
            out.order.append(slot)
    return out


def run_map_stage(
    inputs: Iterable[str | Path],
    summary,
    settings: Settings,
    *,
    cache_dir: str | Path | None,
    scheduler: str | None = None,
    scratch: str | Path | None = None,
    on_document: Callable[[DocumentResult], None] | None = None,
    on_skip: Callable[[Skipped], None] = lambda s: None,
    on_progress: Callable[[], None] | None = None,
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
    folder = cache_dir or tmp
    store: Store = (
        ResultCache(folder, fingerprint(settings.model, settings.ontology_dir))
        if folder is not None
        else MemoryResults()
    )
    executor = make_executor(settings, scheduler)
    mapped = map_corpus(
        inputs,
        store,
        executor,
        chunk_size=min(CHUNK_SIZE, max(1, settings.batch_size)),
        on_document=on_document,
        on_skip=on_skip,
        on_progress=on_progress,
    )
    summary.inputs = mapped.inputs
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
