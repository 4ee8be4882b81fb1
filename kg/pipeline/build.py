"""The whole build as plain functions: files in, Turtle and HTML out.

>>> from kg.pipeline import build                                    # doctest: +SKIP
>>> summary = build(["seeds"], "out")                                # doctest: +SKIP
>>> summary.documents, summary.graph                                 # doctest: +SKIP
(5, PosixPath('out/graph.ttl'))
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from kg.clean import clean
from kg.errors import Errors, KGError
from kg.extract import extract_document
from kg.gazetteer import Gazetteer, load_gazetteer
from kg.ingest import iter_documents
from kg.model import AnnotatedDocument, CleanDocument, DocumentResult, EntityRecord, Skipped
from kg.nlp import DEFAULT_MODEL, annotate, load_pipeline
from kg.rdf.build import GraphStats
from kg.rdf.stream import build_turtle
from kg.resolve.corpus import load_overrides, resolve_corpus
from kg.resolve.document import resolve_document
from kg.rules import Rules, load_rules
from kg.vocab import ID_BASE


@dataclass
class BuildSummary:
    documents: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    words: int = 0
    stats: GraphStats | None = None
    violations: int = 0
    violation_lines: list[str] = field(default_factory=list)
    seconds: float = 0.0
    nlp_seconds: float = 0.0  # the map stage (read, clean, annotate, resolve, extract)
    rdf_seconds: float = 0.0  # corpus resolution, triples and Turtle
    validate_seconds: float = 0.0  # SHACL, in its own process beside the HTML
    html_seconds: float = 0.0
    graph: Path | None = None
    html: Path | None = None
    store: Path | None = None
    analysed: int = 0  # documents run through the map stage in this build
    cached: int = 0  # documents whose map-stage result came from the cache
    workers: int = 0  # processes that ran the map stage


def process_document(adoc: AnnotatedDocument, gaz: Gazetteer, rules: Rules) -> DocumentResult:
    """Resolve and extract one annotated document."""
    local = resolve_document(adoc, gaz, rules)
    relations, implied = extract_document(adoc, local, gaz, rules)
    records: dict[str, EntityRecord] = {r.key: r for r in local.records}
    for r in implied:
        records.setdefault(r.key, r)
    clean_doc = adoc.clean
    # The graph needs the offsets, not the text: drop it so a big corpus fits in memory.
    return DocumentResult(
        raw=replace(clean_doc.raw, text=""),
        title=clean_doc.title or clean_doc.raw.title,
        date=clean_doc.date or clean_doc.raw.date,
        entities=tuple(records[k] for k in sorted(records)),
        mentions=local.mentions,
        relations=relations,
        removed=clean_doc.removed,
        byline=clean_doc.byline,
    )


def analyse_text(
    text: str, nlp=None, *, source: str = "<text>", date: str | None = None
) -> DocumentResult:
    """Run one text through the per-document stages (no cleaning): handy in notebooks and tests.

    >>> from kg.nlp import load_pipeline
    >>> res = analyse_text("Japanese Prime Minister Sanae Takaichi spoke.", load_pipeline("blank:en"))
    >>> [(r.subject, r.predicate, r.object, r.role) for r in res.relations if r.predicate == "memberOf"]
    [('Person:sanae takaichi', 'memberOf', 'gaz:gov:JP', 'Prime Minister')]
    """
    import hashlib

    from kg.model import CleanDocument, OffsetMap, RawDocument

    nlp = nlp or load_pipeline()
    raw = RawDocument(
        source, text, hashlib.sha256(text.encode()).hexdigest(), "text/plain", date=date
    )
    clean_doc = CleanDocument(raw=raw, text=text, offsets=OffsetMap.identity(len(text)), date=date)
    adoc = next(annotate([clean_doc], nlp))
    return process_document(adoc, load_gazetteer(), load_rules())


def _clean_stream(
    inputs: Iterable[str | Path], summary: BuildSummary, on_skip: Callable[[Skipped], None]
) -> Iterator[CleanDocument]:
    for item in iter_documents(inputs):
        if isinstance(item, Skipped):
            summary.skipped.append(item)
            on_skip(item)
            continue
        summary.notes.extend(item.notes)
        doc = clean(item)
        if not doc.text.strip():
            sk = Skipped(item.source, "E006", Errors.E006.format(path=item.source))
            summary.skipped.append(sk)
            on_skip(sk)
            continue
        yield doc


def extract_corpus(
    inputs: Sequence[str | Path],
    *,
    model: str = DEFAULT_MODEL,
    batch_size: int = 32,
    jobs: int = 1,
    summary: BuildSummary | None = None,
    on_document: Callable[[DocumentResult], None] = lambda r: None,
    on_skip: Callable[[Skipped], None] = lambda s: None,
) -> list[DocumentResult]:
    """Read, clean, annotate, resolve and extract every document (``jobs`` processes)."""
    from kg.pipeline.parallel import run_map_stage

    summary = summary if summary is not None else BuildSummary()
    mapped = run_map_stage(
        inputs,
        summary,
        model=model,
        cache_dir=None,
        jobs=jobs,
        batch_size=batch_size,
        on_document=on_document,
        on_skip=on_skip,
    )
    return list(mapped.results())


def _validate_turtle(path: Path) -> tuple[list[str], float]:
    """SHACL-validate a Turtle file (the shapes run as SPARQL on Oxigraph)."""
    from kg.rdf.shacl_sparql import validate_fast

    t0 = time.perf_counter()
    return list(validate_fast(path.read_bytes()).lines()), time.perf_counter() - t0


class _Validation:
    """SHACL of the written graph, run in a worker process while the page renders."""

    def __init__(self, path: Path) -> None:
        import multiprocessing as mp
        from concurrent.futures import ProcessPoolExecutor

        ctx = mp.get_context("fork" if "fork" in mp.get_all_start_methods() else "spawn")
        self._pool = ProcessPoolExecutor(1, mp_context=ctx)
        self._futures = [self._pool.submit(_validate_turtle, path)]

    def result(self) -> tuple[int, list[str], float]:
        try:
            lines, seconds = self._futures[0].result()
        finally:
            self._pool.shutdown()
        lines = sorted(set(lines))
        return len(lines), lines, seconds


def build(
    inputs: Sequence[str | Path],
    out_dir: str | Path,
    *,
    model: str = DEFAULT_MODEL,
    base_iri: str = ID_BASE,
    strict: bool = False,
    validate: bool = True,
    html: bool = True,
    store_dir: str | Path | None = None,
    batch_size: int = 32,
    jobs: int = 1,
    overrides: str | Path | None = None,
    cache: str | Path | None | bool = True,
    scheduler: str | None = None,
    on_document: Callable[[DocumentResult], None] = lambda r: None,
    on_skip: Callable[[Skipped], None] = lambda s: None,
) -> BuildSummary:
    """Build ``out_dir/graph.ttl`` (and ``graph.html``) from files and folders.

    Bad files are skipped with a coded reason (``strict`` makes any skip fatal, before
    anything is written). Outputs are replaced atomically. ``cache`` is True for
    ``OUT/.cache``, a folder to share one, or False to analyse everything afresh;
    ``scheduler`` (``tcp://host:port``) runs the map stage on a Dask cluster.
    """
    from kg.pipeline.parallel import run_map_stage

    t0 = time.perf_counter()
    out = Path(out_dir)
    summary = BuildSummary()
    cache_dir = out / ".cache" if cache is True else (Path(cache) if cache else None)
    mapped = run_map_stage(
        inputs,
        summary,
        model=model,
        cache_dir=cache_dir,
        scratch=out,
        jobs=jobs,
        scheduler=scheduler,
        batch_size=batch_size,
        on_document=on_document,
        on_skip=on_skip,
    )
    summary.nlp_seconds = time.perf_counter() - t0
    if strict and summary.skipped:
        raise KGError(
            f"--strict: {len(summary.skipped)} input(s) skipped; nothing written. First: {summary.skipped[0].reason}"
        )
    t1 = time.perf_counter()
    gaz = load_gazetteer()
    index = resolve_corpus(mapped.results(), gaz, load_overrides(overrides))
    summary.graph = out / "graph.ttl"
    # Streamed: the triples spill to sorted runs on disk, so memory does not grow per mention.
    summary.stats = build_turtle(mapped.results(), index, gaz, summary.graph, base_iri)
    summary.rdf_seconds = time.perf_counter() - t1
    # SHACL and the HTML page are independent CPU-bound jobs: run them side by side.
    pending = _Validation(summary.graph) if validate else None
    if html:
        from kg.viz import render_html

        summary.html = out / "graph.html"
        t2 = time.perf_counter()
        render_html(summary.graph, summary.html)
        summary.html_seconds = time.perf_counter() - t2
    if pending is not None:
        summary.violations, summary.violation_lines, summary.validate_seconds = pending.result()
    if store_dir is not None:
        from kg.store.load import load_into_store

        load_into_store(summary.graph, store_dir)
        summary.store = Path(store_dir)
    summary.seconds = time.perf_counter() - t0
    return summary
