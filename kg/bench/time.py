"""Time benchmark: ``python -m kg.bench.time``.

Two scores, both on made-up fixtures in ``tests/fixtures/time/`` (never on the text the rules
were written from):

1. **Time expressions**: TimeML files (``*.tml``: TIMEX3 annotations, the document date in
   ``<DCT>``); ``heldout/`` holds texts written after the rules and scored apart. Gold = calendar DATE expressions (value ``YYYY``, ``YYYY-MM`` or
   ``YYYY-MM-DD``); a prediction is one of :func:`kg.time.timexes_for`'s expressions with a
   value. A match overlaps a gold expression and has the same value; precision, recall and
   F1 of values, and how many matches have the exact gold extent. ``--timeml DIR`` scores
   any folder of TimeML files instead (TimeBank, TempEval-3, ...).
2. **Dated facts**: ``dated_facts.toml``, articles with the dates their facts should carry
   (event date on the assertion, membership start and end). Each expected fact found is
   dated right, dated wrong, or left undated when it should have been (or the reverse).

    python -m kg.bench.time                      # all three, real model for the facts
    python -m kg.bench.time --model blank:en     # rules only (fast)
    python -m kg.bench.time --timeml path/to/TimeBank --no-facts
"""

from __future__ import annotations

import argparse
import re
import tomllib
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

from kg.config import DEFAULT_MODEL
from kg.model import CleanDocument, OffsetMap, RawDocument

FIXTURES = Path(__file__).resolve().parents[2] / "tests" / "fixtures" / "time"
CALENDAR = re.compile(r"^\d{4}(?:-\d\d(?:-\d\d)?)?$")


@dataclass(frozen=True, slots=True)
class GoldTimex:
    start: int
    end: int
    text: str
    type: str
    value: str

    @property
    def calendar(self) -> bool:
        return self.type == "DATE" and bool(CALENDAR.match(self.value))


@dataclass
class TimexScore:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    exact: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def read_timeml(path: Path) -> tuple[str, str | None, list[GoldTimex]]:
    """``(text, document date, gold TIMEX3s)`` of a TimeML file (text of its ``<TEXT>``)."""
    root = ET.parse(path).getroot()
    dct = None
    for t in root.iter("DCT"):
        for tx in t.iter("TIMEX3"):
            dct = tx.get("value")
    text_el = next(root.iter("TEXT"), None)
    if text_el is None:
        return "", dct, []
    parts: list[str] = []
    gold: list[GoldTimex] = []

    def walk(el: ET.Element) -> None:
        start = sum(map(len, parts))
        if el.text:
            parts.append(el.text)
        for child in el:
            walk(child)
            if child.tail:
                parts.append(child.tail)
        if el.tag == "TIMEX3":
            end = sum(map(len, parts))
            gold.append(
                GoldTimex(
                    start, end, "".join(parts)[start:end], el.get("type", ""), el.get("value", "")
                )
            )

    walk(text_el)
    return "".join(parts), dct, gold


def _clean(text: str, date: str | None) -> CleanDocument:
    raw = RawDocument("<timeml>", text, "0" * 64, "text/plain", date=date)
    return CleanDocument(raw, text, OffsetMap.identity(len(text)), date=date)


def score_timexes(paths: list[Path]) -> TimexScore:
    from kg.time import timexes_for

    score = TimexScore()
    for path in paths:
        text, dct, gold = read_timeml(path)
        cal = [g for g in gold if g.calendar]
        preds = [p for p in timexes_for(_clean(text, dct[:10] if dct else None)) if p["value"]]
        used: set[int] = set()
        for p in preds:
            hit = next(
                (
                    i
                    for i, g in enumerate(cal)
                    if i not in used
                    and g.start < p["text_end"]
                    and p["text_start"] < g.end
                    and g.value == p["value"]
                ),
                None,
            )
            if hit is None:
                score.fp += 1
                score.errors.append(f"{path.name}: extra {p['text']!r} = {p['value']}")
                continue
            used.add(hit)
            score.tp += 1
            g = cal[hit]
            score.exact += (g.start, g.end) == (p["text_start"], p["text_end"])
        for i, g in enumerate(cal):
            if i not in used:
                score.fn += 1
                score.errors.append(f"{path.name}: missed {g.text!r} = {g.value}")
    return score


@dataclass
class FactScore:
    expected: int = 0
    found: int = 0
    right: int = 0
    wrong: int = 0
    errors: list[str] = field(default_factory=list)


def _label_map(res) -> dict[str, str]:
    from kg.gazetteer import load_gazetteer

    gaz = load_gazetteer()
    labels = {r.key: r.label for r in res.entities}
    for r in res.relations:
        for key in (r.subject, r.object):
            if key not in labels and key.startswith("gaz:") and gaz.get(key[4:]):
                labels[key] = gaz.get(key[4:]).label
    return labels


def score_facts(path: Path, model: str) -> FactScore:
    from kg.nlp import load_pipeline
    from kg.pipeline.build import analyse_text

    nlp = load_pipeline(model)
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    score = FactScore()
    for i, doc in enumerate(data["doc"]):
        res = analyse_text(doc["text"], nlp, source=f"doc{i}", date=doc.get("date"))
        labels = _label_map(res)
        for fact in doc["facts"]:
            score.expected += 1
            want_s, want_o = fact["s"].lower(), fact["o"].lower()
            cands = [
                r
                for r in res.relations
                if r.predicate == fact["p"]
                and {want_s, want_o}
                <= {
                    x
                    for k in (r.subject, r.object)
                    for x in (want_s, want_o)
                    if x in labels.get(k, k).lower()
                }
            ]
            if not cands:
                score.errors.append(f"doc{i}: not found {fact['s']} {fact['p']} {fact['o']}")
                continue
            score.found += 1
            r = cands[0]
            got = {"date": r.date or "", "start": r.start_date or "", "end": r.end_date or ""}
            want = {k: fact[k] for k in ("date", "start", "end") if k in fact}
            if all(got[k] == v for k, v in want.items()):
                score.right += 1
            else:
                score.wrong += 1
                score.errors.append(f"doc{i}: {fact['s']} {fact['p']} {fact['o']}: {got} != {want}")
    return score


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m kg.bench.time", description=__doc__.split("\n")[0])
    ap.add_argument(
        "--timeml",
        type=Path,
        action="append",
        help="folder of TimeML (*.tml) files (default: the fixtures, then the held-out ones)",
    )
    ap.add_argument("--facts", type=Path, default=FIXTURES / "dated_facts.toml")
    ap.add_argument("--no-facts", action="store_true", help="score time expressions only")
    ap.add_argument("--model", default=DEFAULT_MODEL, help="spaCy pipeline for the facts")
    ap.add_argument("--errors", action="store_true", help="list every miss and extra")
    args = ap.parse_args(argv)

    for folder in args.timeml or [FIXTURES, FIXTURES / "heldout"]:
        paths = sorted(folder.glob("*.tml")) + sorted(folder.glob("*.xml"))
        ts = score_timexes(paths)
        gold = ts.tp + ts.fn
        print(f"time expressions, {folder.name}: {len(paths)} documents, {gold} calendar dates")
        print(
            f"  value P {ts.precision:.3f}  R {ts.recall:.3f}  F1 {ts.f1:.3f}"
            f"  (tp {ts.tp}, fp {ts.fp}, fn {ts.fn}; exact extent {ts.exact}/{ts.tp})"
        )
        if args.errors:
            for e in ts.errors:
                print("   ", e)
    if not args.no_facts:
        fs = score_facts(args.facts, args.model)
        print(f"dated facts: {fs.expected} expected, {fs.found} found ({args.model})")
        print(f"  dated right {fs.right}/{fs.found}, wrong {fs.wrong}")
        if args.errors:
            for e in fs.errors:
                print("   ", e)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
