"""The whole build as plain functions: files in, Turtle and HTML out.

Example (the seeds, with the real model)::

    from kg.pipeline import build
    summary = build(["seeds"], "out")
    summary.documents, summary.graph        # (5, PosixPath('out/graph.ttl'))

Promises kept here: one :class:`~kg.config.Settings` record reaches every stage; zero
readable documents is an error and writes nothing; a document that breaks a stage is
skipped with a line naming the file and the stage while the rest builds; documents longer
than :data:`PIECE_CHARS` are annotated in paragraph-bounded pieces whose offsets are put
back; the outputs change as one set (:class:`kg.io.OutputFolder`), ``build.json`` last.
"""

from __future__ import annotations

import hashlib
import json
import re
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from kg.config import Settings
from kg.errors import Errors, KGError
from kg.io import OutputFolder, atomic_write, display_path
from kg.model import (
    AnnotatedDocument,
    CleanDocument,
    DocumentResult,
    EntityRecord,
    RawDocument,
    Skipped,
    Token,
)

# Pieces a long document is annotated in: well under spaCy's 1,000,000-character limit and
# small enough for the parser's memory, cut at blank lines so no sentence is split.
PIECE_CHARS = 100_000
OUTPUTS = ("graph.ttl", "graph.html")
BUILD_JSON = "build.json"


@dataclass
class BuildSummary:
    documents: int = 0
    inputs: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    words: int = 0
    stats: Any = None  # kg.rdf.build.GraphStats
    violations: int = 0
    violation_lines: list[str] = field(default_factory=list)
    seconds: float = 0.0
    nlp_seconds: float = 0.0
    graph: Path | None = None
    html: Path | None = None
    record: Path | None = None  # build.json
    store: Path | None = None
    settings: Settings | None = None
    analysed: int = 0  # documents run through the map stage in this build
    cached: int = 0  # documents whose map-stage result came from the cache
    workers: int = 0  # processes that ran the map stage
    rdf_seconds: float = 0.0  # corpus resolution, triples and Turtle
    validate_seconds: float = 0.0  # SHACL, in its own process beside the HTML
    html_seconds: float = 0.0


def process_document(adoc: AnnotatedDocument, gaz, rules) -> DocumentResult:
    """Resolve and extract one annotated document."""
    from kg.extract import PENDING, extract_document
    from kg.resolve.document import resolve_document
    from kg.time import document_date

    local = resolve_document(adoc, gaz, rules)
    relations, implied = extract_document(adoc, local, gaz, rules)
    records: dict[str, EntityRecord] = {r.key: r for r in local.records}
    for r in implied:
        records.setdefault(r.key, r)
    # Placeholders stay in this stage: a membership whose body is still unknown travels as
    # an open membership (object = kind of body), never as an entity key.
    open_ = tuple(
        replace(r, object=r.object[len(PENDING) :])
        for r in relations
        if r.object.startswith(PENDING)
    )
    closed = tuple(r for r in relations if not r.object.startswith(PENDING))
    clean_doc = adoc.clean
    # The graph needs the offsets, not the text: drop it so a big corpus fits in memory.
    return DocumentResult(
        raw=replace(clean_doc.raw, text=""),
        title=clean_doc.title or clean_doc.raw.title,
        date=document_date(clean_doc),
        entities=tuple(records[k] for k in sorted(records)),
        mentions=local.mentions,
        relations=closed,
        removed=clean_doc.removed,
        byline=clean_doc.byline,
        open_memberships=open_,
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
    from kg.gazetteer import load_gazetteer
    from kg.model import OffsetMap
    from kg.nlp import annotate, load_pipeline
    from kg.rules import load_rules

    nlp = nlp or load_pipeline()
    raw = RawDocument(
        source, text, hashlib.sha256(text.encode()).hexdigest(), "text/plain", date=date
    )
    clean_doc = CleanDocument(raw=raw, text=text, offsets=OffsetMap.identity(len(text)), date=date)
    adoc = next(annotate([clean_doc], nlp))
    return process_document(adoc, load_gazetteer(), load_rules())


def _describe(exc: BaseException) -> str:
    text = " ".join(str(exc).split())[:160]
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


def _stage_error(raw: RawDocument, stage: str, exc: BaseException) -> Skipped:
    reason = Errors.E050.format(path=raw.source, stage=stage, error=_describe(exc))
    return Skipped(raw.source, "E050", reason)


# -- long documents ---------------------------------------------------------------------

_BREAK = re.compile(r"\n[ \t\r\f\v]*\n")
_SOFT_BREAKS = (re.compile(r"\n"), re.compile(r"[.!?][\"')\]]?\s"), re.compile(r"\s"))


def pieces(text: str, limit: int = PIECE_CHARS) -> list[tuple[int, int]]:
    """Cut ``text`` into ``(begin, end)`` pieces of at most ``limit`` characters, at blank lines.

    A paragraph longer than ``limit`` is cut at its last line break, sentence end or space
    before the limit (a hard cut only for text without any). Pieces cover the text exactly.

    >>> pieces("aaa\\n\\nbbb\\n\\nccc", limit=7)
    [(0, 5), (5, 10), (10, 13)]
    >>> pieces("short")
    [(0, 5)]
    """
    n = len(text)
    if n <= limit:
        return [(0, n)]
    out: list[tuple[int, int]] = []
    begin = 0
    breaks = [m.end() for m in _BREAK.finditer(text)]
    i = 0
    while n - begin > limit:
        stop = begin + limit
        cut = None
        while i < len(breaks) and breaks[i] <= stop:
            if breaks[i] > begin:
                cut = breaks[i]
            i += 1
        if cut is None:
            window = text[begin:stop]
            for rx in _SOFT_BREAKS:
                ends = [m.end() for m in rx.finditer(window)]
                if ends:
                    cut = begin + ends[-1]
                    break
        cut = cut if cut is not None and cut > begin else stop
        out.append((begin, cut))
        begin = cut
    out.append((begin, n))
    return out


def _merge_pieces(
    parent: CleanDocument, parts: list[tuple[int, AnnotatedDocument]]
) -> AnnotatedDocument:
    """One annotated document from its pieces, every offset moved back into ``parent.text``."""
    sentences: list[tuple[int, int]] = []
    entities = []
    tokens: list[Token] = []
    for offset, a in parts:
        sentences.extend((b + offset, e + offset) for b, e in a.sentences)
        entities.extend(replace(x, start=x.start + offset, end=x.end + offset) for x in a.entities)
        base = len(tokens)
        tokens.extend(
            replace(t, start=t.start + offset, end=t.end + offset, head=t.head + base)
            for t in a.tokens
        )
    return AnnotatedDocument(
        clean=parent, sentences=tuple(sentences), entities=tuple(entities), tokens=tuple(tokens)
    )


def _key(doc: CleanDocument) -> tuple[str, int, int]:
    # Contexts come back as copies from worker processes: compare by content, not identity.
    return (doc.raw.sha256, len(doc.text), hash(doc.text))


def annotate_safely(
    docs: Iterable[CleanDocument],
    nlp,
    *,
    batch_size: int = 32,
    n_process: int = 1,
    on_error: Callable[[Skipped], None] = lambda s: None,
    gaz=None,
) -> Iterator[AnnotatedDocument]:
    """:func:`kg.nlp.annotate`, in pieces for long documents, surviving a failing document.

    spaCy drops a document (or a batch) whose component raised, once its error handler
    returns; outputs come back in input order, so a gap in the output names the dropped
    inputs. Those are annotated again one at a time, and a document that fails alone is
    reported (stage "annotate") instead of ending the build.
    """
    from kg.nlp import annotate

    last_error: list[BaseException] = []

    def handler(name, proc, batch, exc) -> None:
        last_error[:] = [exc]

    # Language.set_error_handler fails on spaCy's compiled pipes (parser, ner): set it where
    # it can be set; an error in the others breaks the stream, which is handled below.
    nlp.default_error_handler = handler
    for _, proc in nlp.pipeline:
        try:
            proc.set_error_handler(handler)
        except AttributeError:
            pass
    kw: dict[str, Any] = {"gaz": gaz} if gaz is not None else {}
    fed: deque[tuple[tuple[str, int, int], CleanDocument, CleanDocument, int, int]] = deque()
    pulled = [0]
    # The long document being put together from its pieces (they come one after another).
    group: dict[str, Any] = {"parent": None, "seen": 0, "ok": True, "parts": []}

    def feed(stream: Iterable[CleanDocument]) -> Iterator[CleanDocument]:
        for doc in stream:
            spans = pieces(doc.text)
            for begin, end in spans:
                piece = doc if len(spans) == 1 else replace(doc, text=doc.text[begin:end])
                fed.append((_key(piece), piece, doc, begin, len(spans)))
                pulled[0] += 1
                yield piece

    def alone(piece: CleanDocument) -> AnnotatedDocument | None:
        last_error.clear()
        try:
            got = list(annotate([piece], nlp, batch_size=1, **kw))
        except Exception as exc:  # raised outside the components (tokenizer, limits)
            got, last_error[:] = [], [exc]
        return got[0] if got else None

    def report(parent: CleanDocument) -> None:
        exc = last_error[0] if last_error else RuntimeError("document dropped by spaCy")
        on_error(_stage_error(parent.raw, "annotate", exc))

    def settle(entry, adoc: AnnotatedDocument | None) -> Iterator[AnnotatedDocument]:
        _, piece, parent, offset, total = entry
        if total == 1:
            adoc = adoc if adoc is not None else alone(piece)
            if adoc is None:
                report(parent)
            else:
                yield replace(adoc, clean=parent)
            return
        if group["parent"] is not parent:
            group.update(parent=parent, seen=0, ok=True, parts=[])
        group["seen"] += 1
        if group["ok"]:
            adoc = adoc if adoc is not None else alone(piece)
            if adoc is None:
                group["ok"] = False
                report(parent)
            else:
                group["parts"].append((offset, adoc))
        if group["seen"] == total:
            if group["ok"]:
                yield _merge_pieces(parent, group["parts"])
            group.update(parent=None, seen=0, ok=True, parts=[])

    source = feed(docs)
    while True:
        before = pulled[0]
        try:
            for adoc in annotate(source, nlp, batch_size=batch_size, n_process=n_process, **kw):
                k = _key(adoc.clean)
                while fed and fed[0][0] != k:
                    yield from settle(fed.popleft(), None)
                if fed:
                    yield from settle(fed.popleft(), adoc)
            break
        except Exception:
            if pulled[0] == before and not fed:
                raise  # nothing was read: the pipeline itself is broken
            # The stream broke outside a component: retry what it held, then go on.
        while fed:
            yield from settle(fed.popleft(), None)
    while fed:
        yield from settle(fed.popleft(), None)


# -- the per-document stages --------------------------------------------------------------


def _clean_stream(
    inputs: Iterable[str | Path],
    summary: BuildSummary,
    on_skip: Callable[[Skipped], None],
    rules=None,
) -> Iterator[CleanDocument]:
    from kg.clean import clean
    from kg.ingest import iter_documents

    for item in iter_documents(inputs):
        summary.inputs += 1
        if isinstance(item, Skipped):
            summary.skipped.append(item)
            on_skip(item)
            continue
        summary.notes.extend(item.notes)
        try:
            doc = clean(item, rules) if rules is not None else clean(item)
        except Exception as exc:
            sk = _stage_error(item, "clean", exc)
            summary.skipped.append(sk)
            on_skip(sk)
            continue
        summary.notes.extend(doc.notes)
        if not doc.text.strip():
            sk = Skipped(item.source, "E006", Errors.E006.format(path=item.source))
            summary.skipped.append(sk)
            on_skip(sk)
            continue
        yield doc


def analyse_documents(
    raws: Iterable[RawDocument],
    settings: Settings,
    nlp,
    gaz,
    rules,
    clean_rules=None,
    on_skip: Callable[[Skipped], None] = lambda s: None,
    on_clean: Callable[[CleanDocument], None] = lambda d: None,
) -> Iterator[tuple[DocumentResult, int]]:
    """The per-document stages over read documents: (result, words) for each that survives.

    A document that breaks a stage is reported through ``on_skip`` (E050; E006 when no
    text is left after cleaning) and the rest go on; ``on_clean`` sees every cleaned
    document (its ``notes`` are the cleaner's warnings).
    """
    from kg.clean import clean

    def cleaned() -> Iterator[CleanDocument]:
        for raw in raws:
            try:
                doc = clean(raw, clean_rules) if clean_rules is not None else clean(raw)
            except Exception as exc:
                on_skip(_stage_error(raw, "clean", exc))
                continue
            on_clean(doc)
            if not doc.text.strip():
                on_skip(Skipped(raw.source, "E006", Errors.E006.format(path=raw.source)))
                continue
            yield doc

    for adoc in annotate_safely(
        cleaned(), nlp, batch_size=settings.batch_size, on_error=on_skip, gaz=gaz
    ):
        try:
            res = process_document(adoc, gaz, rules)
        except Exception as exc:
            on_skip(_stage_error(adoc.clean.raw, "resolve/extract", exc))
            continue
        yield res, len(adoc.clean.text.split())


def extract_corpus(
    inputs: Sequence[str | Path],
    settings: Settings | None = None,
    *,
    summary: BuildSummary | None = None,
    on_document: Callable[[DocumentResult], None] | None = None,
    on_skip: Callable[[Skipped], None] = lambda s: None,
    **options: Any,
) -> list[DocumentResult]:
    """Read, clean, annotate, resolve and extract every document (``settings.jobs`` processes)."""
    from kg.pipeline.parallel import run_map_stage

    settings = Settings.of(settings, **options)
    summary = summary if summary is not None else BuildSummary()
    mapped = run_map_stage(
        inputs, summary, settings, cache_dir=None, on_document=on_document, on_skip=on_skip
    )
    return list(mapped.results())


# -- validation in worker processes ------------------------------------------------------


def _die_with_parent(parent: int) -> None:
    """Worker initialiser: the kernel kills this process when the build dies (Linux).

    Without it a build killed with SIGKILL leaves its SHACL workers running for minutes,
    holding hundreds of megabytes each.
    """
    import ctypes
    import os
    import signal
    import sys

    if sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(1, signal.SIGKILL, 0, 0, 0)  # PR_SET_PDEATHSIG
        except (OSError, AttributeError):
            pass
    # The parent may have died before prctl took effect: then go too.
    if os.getppid() != parent:
        os._exit(1)


def _validate_turtle(path: Path, shapes: str | None) -> tuple[list[str], float]:
    """SHACL-validate a Turtle file; the shapes run as SPARQL on Oxigraph."""
    from kg.rdf.shacl_sparql import validate_fast

    t0 = time.perf_counter()
    report = validate_fast(path.read_bytes(), shapes=Path(shapes) if shapes else None)
    return list(report.lines()), time.perf_counter() - t0


class _Validation:
    """SHACL of the written graph, run in a worker process while the page renders.

    The worker is forked when this is made, at the start of a build, so that it does not
    start out holding the build's memory; :meth:`start` hands it the work.
    """

    def __init__(self) -> None:
        import multiprocessing as mp
        import os
        from concurrent.futures import ProcessPoolExecutor

        ctx = mp.get_context("fork" if "fork" in mp.get_all_start_methods() else "spawn")
        self._pool = ProcessPoolExecutor(
            1, mp_context=ctx, initializer=_die_with_parent, initargs=(os.getpid(),)
        )
        self._futures = [self._pool.submit(os.getpid)]  # the fork happens now
        self._split = None
        self.started = False

    def start(self, path: Path, shapes: Path | None = None, split=None) -> None:
        """Validate ``split``'s parts (a :class:`kg.pipeline.validation.SplitWriter`: the
        documents not validated before, and the entity layer), else the file ``path``."""
        from kg.pipeline.validation import validate_parts

        arg = str(shapes) if shapes else None
        self._split = split
        self.started = True
        if split is not None:
            self._futures = [self._pool.submit(validate_parts, str(split.dir), arg)]
        else:
            self._futures = [self._pool.submit(_validate_turtle, path, arg)]

    def result(self) -> tuple[int, list[str], float]:
        try:
            got = self._futures[0].result()
        finally:
            self.close()
        if self._split is not None:
            doc_found, layer, seconds = got
            lines = self._split.merge(doc_found, layer)
        else:
            lines, seconds = got
        lines = sorted(set(lines))
        return len(lines), lines, seconds

    def close(self) -> None:
        """Stop the workers now (also when the build fails before asking for the result)."""
        for f in self._futures:
            f.cancel()
        procs = list((getattr(self._pool, "_processes", None) or {}).values())
        self._pool.shutdown(wait=False, cancel_futures=True)
        for p in procs:
            if p.is_alive():
                p.terminate()
        for p in procs:
            p.join(5)


# -- build.json -----------------------------------------------------------------------------


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def _versions(model: str) -> dict[str, str]:
    import platform
    from importlib.metadata import PackageNotFoundError, version

    out = {"python": platform.python_version()}
    for dist in ("kg-news", "spacy", "rdflib", "pyoxigraph", "pyshacl"):
        try:
            out[dist] = version(dist)
        except PackageNotFoundError:
            out[dist] = "unknown"
    if not model.startswith("blank:"):
        try:
            out["model"] = version(model.replace("_", "-"))
        except PackageNotFoundError:
            out["model"] = "unknown"
    return out


def _rule_files(ontology_dir: Path, overrides: Path) -> dict[str, str]:
    files = {
        p.relative_to(ontology_dir).as_posix(): _sha256(p)
        for p in sorted(ontology_dir.rglob("*"))
        if p.is_file()
        and not any(part.startswith(".") for part in p.relative_to(ontology_dir).parts)
    }
    if overrides.is_file():
        files["--overrides"] = _sha256(overrides)
    return files


def build_record(
    inputs: Sequence[str | Path],
    settings: Settings,
    summary: BuildSummary,
    stage: Path,
    outputs: Sequence[str],
) -> dict[str, Any]:
    """What ``build.json`` holds: settings, inputs, versions, rule hashes, output hashes."""
    return {
        "kg-news build": 1,
        "settings": settings.as_json(),
        "inputs": {
            "given": [display_path(p) for p in inputs],
            # Where the documents' relative sources are (kg render reads context from there).
            "roots": [display_path(r.resolve()) for r in input_roots(inputs)],
            "files": summary.inputs,
            "documents": summary.documents,
            "skipped": [{"source": s.source, "code": s.code} for s in summary.skipped],
        },
        "versions": _versions(settings.model),
        "rules": _rule_files(settings.ontology_dir, settings.overrides_file),
        "graph": {
            "triples": summary.stats.triples if summary.stats else 0,
            "shacl_violations": summary.violations if settings.validate else None,
        },
        "outputs": {
            name: {"sha256": _sha256(stage / name), "bytes": (stage / name).stat().st_size}
            for name in outputs
        },
    }


def input_roots(inputs: Sequence[str | Path]) -> list[Path]:
    """The folders relative ``dcterms:source`` paths start from: each input folder, or the
    folder of an input file."""
    roots: list[Path] = []
    for p in map(Path, inputs):
        root = p if p.is_dir() else p.parent
        if root not in roots:
            roots.append(root)
    return roots


def check_ontology(ontology_dir: Path) -> None:
    """Fail early, with E017, when the ontology folder is incomplete (e.g. a broken install)."""
    needed = ("gazetteer", "rules", "shapes.ttl")
    missing = [n for n in needed if not (ontology_dir / n).exists()]
    if missing:
        raise KGError(Errors.E017.format(path=ontology_dir, missing=", ".join(missing)))


# -- the build ------------------------------------------------------------------------------


def build(
    inputs: Sequence[str | Path],
    out_dir: str | Path,
    settings: Settings | None = None,
    *,
    on_document: Callable[[DocumentResult], None] | None = None,
    on_skip: Callable[[Skipped], None] = lambda s: None,
    on_progress: Callable[[], None] | None = None,
    cache: str | Path | bool = True,
    scheduler: str | None = None,
    **options: Any,
) -> BuildSummary:
    """Build ``out_dir/graph.ttl`` (and ``graph.html``, ``build.json``) from files and folders.

    ``settings`` (or keyword options naming its fields: ``model``, ``base_iri``, ``jobs``,
    ``validate``, ``html``, ``strict``, ...) decides everything written. Bad files are
    skipped with a coded reason; ``strict`` makes any skip fatal and zero readable documents
    always is, before anything is written. The outputs change together, ``build.json`` last.
    ``cache``: True for ``OUT/.cache``, a folder to share one, False to analyse everything
    afresh (``--no-cache``); ``scheduler`` (``tcp://host:port``) runs the per-document
    stages on a Dask cluster. Neither changes a byte of the outputs. ``on_document`` sees
    each document's result (a cached one is decoded for it), ``on_progress`` only counts
    documents done, ``on_skip`` each skipped file.
    """
    settings = Settings.of(settings, **options)
    check_ontology(settings.ontology_dir)
    t0 = time.perf_counter()
    out = Path(out_dir)
    summary = BuildSummary(settings=settings)
    with _few_collections():
        validation = _Validation() if settings.validate else None
        try:
            _build(
                inputs,
                out,
                settings,
                summary,
                validation,
                cache,
                scheduler,
                on_document=on_document,
                on_skip=on_skip,
                on_progress=on_progress,
            )
        finally:
            if validation is not None:
                validation.close()
    summary.graph = out / "graph.ttl"
    summary.html = out / "graph.html" if settings.html else None
    summary.record = out / BUILD_JSON
    if settings.store_dir is not None:
        from kg.store.load import load_into_store

        load_into_store(summary.graph, settings.store_dir)
        summary.store = settings.store_dir
    summary.seconds = time.perf_counter() - t0
    return summary


@contextmanager
def _few_collections(first: int = 50_000) -> Iterator[None]:
    """Run the cyclic garbage collector less often while building.

    A build creates millions of small objects that live to its end (records, index, the
    page's data): with the default thresholds, each full collection walks all of them
    again, about half a second of a one-file rebuild. Collections still happen, every
    ``first`` allocations instead of every 700, so memory stays bounded.
    """
    import gc

    old = gc.get_threshold()
    gc.set_threshold(first, old[1], old[2])
    try:
        yield
    finally:
        gc.set_threshold(*old)


def _build(
    inputs: Sequence[str | Path],
    out: Path,
    settings: Settings,
    summary: BuildSummary,
    validation: _Validation | None,
    cache: str | Path | bool,
    scheduler: str | None,
    *,
    on_document: Callable[[DocumentResult], None] | None,
    on_skip: Callable[[Skipped], None],
    on_progress: Callable[[], None] | None,
) -> None:
    from kg.pipeline.parallel import RELEASE_AFTER, release_state, run_map_stage

    t0 = time.perf_counter()
    with OutputFolder(out) as folder:
        cache_dir = out / ".cache" if cache is True else (Path(cache) if cache else None)
        results = run_map_stage(
            inputs,
            summary,
            settings,
            cache_dir=cache_dir,
            scheduler=scheduler,
            scratch=None if cache_dir else folder.stage(),
            on_document=on_document,
            on_skip=on_skip,
            on_progress=on_progress,
        )
        summary.nlp_seconds = time.perf_counter() - t0
        if results.analysed >= RELEASE_AFTER:
            release_state()
        if settings.strict and summary.skipped:
            raise KGError(
                Errors.E016.format(count=len(summary.skipped), first=summary.skipped[0].reason)
            )
        if summary.documents == 0:
            given = ", ".join(display_path(p) for p in inputs) or "(no inputs)"
            raise KGError(Errors.E008.format(inputs=given))
        _write_outputs(inputs, settings, summary, results, folder, cache_dir, validation)


def _write_outputs(
    inputs: Sequence[str | Path],
    settings: Settings,
    summary: BuildSummary,
    results,  # kg.pipeline.parallel.MapOutcome: results streamed back, in input order
    folder: OutputFolder,
    cache_dir: Path | None = None,
    validation: _Validation | None = None,
) -> None:
    import shutil
    import tempfile

    from kg.gazetteer import load_gazetteer
    from kg.rdf.stream import build_turtle
    from kg.resolve.corpus import load_overrides, resolve_corpus
    from kg.rules import load_rules

    t0 = time.perf_counter()
    gaz = load_gazetteer(settings.gazetteer_dir)
    index = resolve_corpus(results.results(), gaz, load_overrides(settings.overrides_file))
    stage = folder.stage()
    split = None
    if settings.validate:
        from kg.pipeline.validation import SplitWriter, ViolationCache, shapes_fingerprint
        from kg.rdf.shacl_split import split_checks

        if split_checks(settings.shapes) is not None:
            vcache = None
            if cache_dir is not None:
                vcache = ViolationCache(cache_dir, shapes_fingerprint(settings.shapes))
            workdir = Path(tempfile.mkdtemp(prefix=".kg-shacl-", dir=stage))
            split = SplitWriter(workdir, settings.base_iri, vcache)

    def start_validation() -> None:
        # The parts are written before the Turtle is: SHACL starts beside it.
        if validation is not None and split is not None and split.ok:
            validation.start(stage / "graph.ttl", settings.shapes, split)

    tap = None
    if settings.html:
        from kg.viz.stream import GraphTap

        tap = GraphTap()  # the page's data, read while the Turtle is written
    # Streamed: triples spill to sorted runs on disk, so memory does not grow per mention.
    summary.stats = build_turtle(
        results.results(),
        index,
        gaz,
        stage / "graph.ttl",
        settings.base_iri,
        rules=load_rules(settings.rules_dir),
        split=split,
        tap=tap.through if tap is not None else None,
        on_split=start_validation,
    )
    summary.rdf_seconds = time.perf_counter() - t0
    outputs = ["graph.ttl"]
    # SHACL and the HTML page are independent CPU-bound jobs: run them side by side.
    pending = validation
    if validation is not None and not validation.started:
        validation.start(stage / "graph.ttl", settings.shapes, None)
    try:
        if settings.html:
            from kg.viz import render_html

            t1 = time.perf_counter()
            # Relative sources (dcterms:source) are under the input folders: the page reads
            # the sentences around each piece of evidence from there.
            # With a cache, what each source file cleans to is kept beside the results
            # (same fingerprint: cleaner code and rules), so a rebuild cleans only new files.
            store_dir = getattr(results.store, "dir", None)
            context_cache = store_dir / "context" if cache_dir is not None and store_dir else None
            render_html(
                stage / "graph.ttl",
                stage / "graph.html",
                roots=input_roots(inputs),
                context_cache=context_cache,
                graph=tap.result() if tap is not None else None,
            )
            summary.html_seconds = time.perf_counter() - t1
            outputs.append("graph.html")
        if pending is not None:
            summary.violations, summary.violation_lines, summary.validate_seconds = pending.result()
    finally:
        if pending is not None:
            pending.close()
        if split is not None:
            shutil.rmtree(split.dir, ignore_errors=True)
    record = build_record(inputs, settings, summary, stage, outputs)
    atomic_write(stage / BUILD_JSON, json.dumps(record, indent=2, ensure_ascii=False) + "\n")
    folder.commit(stage, [*outputs, BUILD_JSON])
