"""Article-extraction benchmark: the clean stage scored like the public benchmark scores it.

``python -m kg.bench.extraction [DIR]`` reads ``DIR/ground-truth.json`` and
``DIR/html/<key>.html.gz`` (default: ``../shared/benchmarks/article-extraction-dev``, or
``$KG_EXTRACTION_BENCH``) and prints precision, recall and F1 with the benchmark's metric,
the pages with empty output, pages/s, and the same figures for trafilatura alone and
readability-lxml alone on the same pages when they are installed (``--peers``).

Metric (the benchmark's own): text split into ``\\w+`` tokens; per page the true-positive,
false-positive and false-negative counts of 4-token shingles, normalised to sum to one;
precision averaged over pages with output, recall over all pages (an empty output counts
recall 0); F1 from the two averages.

What is scored is the article body the clean stage keeps: ``CleanDocument.text`` without
the headline block the cleaner puts first for the NLP stage (the headline is the document's
title, reported separately). ``--with-title`` scores the whole text.

Every page is also checked for offset exactness: each kept stretch of text must equal the
source stretch it maps to, once character references are decoded and whitespace collapsed.
"""

from __future__ import annotations

import argparse
import gzip
import html
import json
import os
import re
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

_TOKEN = re.compile(r"\w+")
_TAG = re.compile(r"<[^>]*>")
_SPACE = re.compile(r"\s+")
_ROOT = Path(__file__).resolve().parents[2]
_BENCH = Path("shared") / "benchmarks" / "article-extraction-dev"
# ../shared beside the checkout (also from a worktree one level deeper).
DEFAULT_DIR = next(
    (p / _BENCH for p in (_ROOT.parent, _ROOT.parent.parent) if (p / _BENCH).is_dir()),
    _ROOT.parent / _BENCH,
)


def shingles(text: str, n: int = 4) -> Counter:
    """Counts of the ``n``-token shingles of ``text`` (as the benchmark forms them)."""
    tokens = _TOKEN.findall(text)
    return Counter(
        tuple(tokens[i : i + n]) for i in range(max(1, len(tokens) - n + 1)) if tokens[i : i + n]
    )


def page_scores(true: str, pred: str) -> tuple[float, float, float]:
    """Normalised ``(tp, fp, fn)`` of one page.

    >>> page_scores("a b c d e", "a b c d")
    (0.5, 0.0, 0.5)
    """
    t, p = shingles(true), shingles(pred)
    tp = fp = fn = 0
    for key in t.keys() | p.keys():
        a, b = t.get(key, 0), p.get(key, 0)
        tp += min(a, b)
        fp += max(0, b - a)
        fn += max(0, a - b)
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


@dataclass
class Score:
    precision: float
    recall: float
    f1: float
    empty: list[str] = field(default_factory=list)
    pages: int = 0


def score(truth: dict[str, str], preds: dict[str, str]) -> Score:
    """The benchmark's averaged precision, recall and F1 over the pages of ``truth``."""
    ps, rs, empty = [], [], []
    for key, true in truth.items():
        tp, fp, fn = page_scores(true, preds.get(key, ""))
        if tp + fp > 0:
            ps.append(tp / (tp + fp))
        else:
            empty.append(key)
        if tp + fn > 0:
            rs.append(tp / (tp + fn))
    p = sum(ps) / len(ps) if ps else 0.0
    r = sum(rs) / len(rs) if rs else 0.0
    return Score(p, r, 2 * p * r / (p + r) if p + r else 0.0, empty, len(truth))


def load(directory: Path) -> tuple[dict[str, str], dict[str, str]]:
    """``(truth, pages)``: article body and decoded HTML per page key."""
    gt = json.loads((directory / "ground-truth.json").read_text(encoding="utf-8"))
    truth = {k: v.get("articleBody", "") for k, v in sorted(gt.items())}
    pages = {}
    for key in truth:
        data = gzip.decompress((directory / "html" / f"{key}.html.gz").read_bytes())
        pages[key] = data.decode("utf-8", errors="replace")
    return truth, pages


def visible(markup: str) -> str:
    """Source text as a reader sees it: tags out, references decoded, whitespace collapsed."""
    return _SPACE.sub(" ", html.unescape(_TAG.sub(" ", markup))).strip()


def offset_errors(doc) -> list[tuple[int, int]]:
    """Offset-map runs of ``doc`` whose kept text differs from the source text it maps to.

    A run maps kept characters one to one, or one kept character to a character reference
    (``&rsquo;``) or to a run of whitespace; whitespace of any kind (a newline, U+00A0)
    kept as one space counts as equal.
    """
    bad = []
    src = doc.raw.text
    for c, s, cl, sl in doc.offsets.runs:
        kept = _SPACE.sub(" ", doc.text[c : c + cl])
        source = src[s : s + sl]
        if cl != sl:
            source = html.unescape(source)
        if kept != _SPACE.sub(" ", source):
            bad.append((c, s))
    return bad


def body(doc) -> str:
    """The clean text without the headline block the cleaner puts first."""
    text = doc.text
    if doc.title and text.startswith(doc.title + "\n\n"):
        return text[len(doc.title) + 2 :]
    return "" if doc.title and text == doc.title else text


def run_clean(
    pages: dict[str, str], with_title: bool = False, **clean_options
) -> tuple[dict[str, str], float, list[str], list[str]]:
    """Clean every page; ``(predictions, seconds, pages with offset errors, notes)``."""
    import trafilatura  # noqa: F401 - imported before the clock starts, as for the peers

    from kg.clean import clean, load_rules
    from kg.ingest.meta import page_metadata
    from kg.model import RawDocument

    load_rules()
    preds, bad, notes = {}, [], []
    t0 = time.perf_counter()
    for key, page in pages.items():
        meta = page_metadata(page)
        raw = RawDocument(
            key,
            page,
            "0" * 64,
            "text/html",
            title=meta.title,
            date=meta.date,
            publisher=meta.publisher,
        )
        doc = clean(raw, **clean_options)
        preds[key] = doc.text if with_title else body(doc)
        notes.extend(doc.notes)
        if offset_errors(doc):
            bad.append(key)
    return preds, time.perf_counter() - t0, bad, notes


def run_peer(pages: dict[str, str], fn: Callable[[str], str]) -> tuple[dict[str, str], float]:
    t0 = time.perf_counter()
    preds = {k: fn(p) or "" for k, p in pages.items()}
    return preds, time.perf_counter() - t0


def peers() -> Iterable[tuple[str, Callable[[str], str]]]:
    """trafilatura (default and best settings) and readability-lxml, when installed."""
    try:
        import trafilatura
    except ImportError:  # pragma: no cover - a runtime dependency
        pass
    else:
        yield "trafilatura (defaults)", lambda p: trafilatura.extract(p)
        yield (
            "trafilatura (precision, no comments)",
            lambda p: trafilatura.extract(p, favor_precision=True, include_comments=False),
        )
    try:
        import lxml.html
        from readability import Document
    except ImportError:
        return
    yield (
        "readability-lxml",
        lambda p: lxml.html.fromstring(Document(p).summary()).text_content(),
    )


def _row(name: str, s: Score, seconds: float) -> str:
    rate = s.pages / seconds if seconds else 0.0
    return (
        f"| {name} | {s.precision:.4f} | {s.recall:.4f} | {s.f1:.4f} | {len(s.empty)} "
        f"| {rate:.1f} |"
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m kg.bench.extraction", description=__doc__)
    ap.add_argument("directory", nargs="?", type=Path, help="benchmark folder")
    ap.add_argument("--peers", action="store_true", help="also trafilatura and readability-lxml")
    ap.add_argument("--with-title", action="store_true", help="score the headline block too")
    ap.add_argument("--limit", type=int, default=0, help="first N pages only")
    ap.add_argument(
        "--half",
        choices=("even", "odd"),
        help="only the pages at even or odd positions in key order (for two-fold checks)",
    )
    args = ap.parse_args(argv)
    directory = args.directory or Path(os.environ.get("KG_EXTRACTION_BENCH", DEFAULT_DIR))
    if not (directory / "ground-truth.json").is_file():
        print(f"error: {directory}/ground-truth.json not found; pass the benchmark folder.")
        return 2
    truth, pages = load(directory)
    if args.half:
        keep = list(truth)[0 if args.half == "even" else 1 :: 2]
        truth = {k: truth[k] for k in keep}
        pages = {k: pages[k] for k in keep}
    if args.limit:
        truth = dict(list(truth.items())[: args.limit])
        pages = {k: pages[k] for k in truth}
    print(f"{len(pages)} pages from {directory}\n")
    print("| extractor | precision | recall | F1 | empty pages | pages/s |")
    print("|---|---:|---:|---:|---:|---:|")
    preds, seconds, bad, notes = run_clean(pages, with_title=args.with_title)
    s = score(truth, preds)
    print(_row("kg-news clean stage", s, seconds), flush=True)
    if args.peers:
        for name, fn in peers():
            p, sec = run_peer(pages, fn)
            print(_row(name, score(truth, p), sec), flush=True)
    print(f"\nempty pages: {', '.join(s.empty) or 'none'}")
    print(f"pages whose kept text differs from its source span: {', '.join(bad) or 'none'}")
    print(f"fallbacks (extractor found nothing): {len(notes)}")
    for note in notes:
        print(f"  {note}")
    return 1 if bad or s.empty else 0


if __name__ == "__main__":
    sys.exit(main())
