"""``kg annotate``: for each input file, what the builder read and what it found there.

:func:`annotate_files` returns one plain dict per file (the ``--json`` record). Each part of
the record comes from a *section provider*, a function ``(AnnotationContext) -> dict``
listed in :data:`SECTIONS`; another stage adds its part by appending a provider.

Offsets: ``source_*`` are character offsets into the decoded file, the same numbers as
``nif:beginIndex``/``nif:endIndex`` in the graph; ``text_*`` are offsets into ``text``
(the kept text the NLP stage read). Each ``offsets`` run ``[text_start, text_end,
source_start, source_end]`` maps a stretch of kept text onto the source stretch it came
from (one kept character may stand for a character reference such as ``&rsquo;``).
"""

from __future__ import annotations

import bisect
import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kg.clean import clean
from kg.gazetteer import Gazetteer, load_gazetteer
from kg.ingest import iter_documents
from kg.model import AnnotatedDocument, CleanDocument, DocumentResult, OffsetMap, Skipped
from kg.nlp import DEFAULT_MODEL, annotate, load_pipeline
from kg.pipeline.build import process_document
from kg.rules import load_rules
from kg.time import timexes_section
from kg.vocab import ID_BASE


@dataclass(frozen=True, slots=True)
class AnnotationContext:
    """Everything known about one file once the corpus it belongs to is resolved."""

    clean: CleanDocument  # with the raw document and its text
    annotated: AnnotatedDocument
    result: DocumentResult
    iris: dict[str, str]  # canonical entity key -> IRI, as the graph mints them
    classes: dict[str, str]  # canonical entity key -> class (local name in kg:)
    canonical: Callable[[str], str]
    gazetteer: Gazetteer


def text_span(
    offsets: OffsetMap, begin: int, end: int, starts: list[int] | None = None
) -> tuple[int, int] | None:
    """Kept-text offsets of the source span ``[begin, end)``, if it was kept.

    ``starts`` (the runs' source starts, ascending) may be passed to save recomputing it.
    """
    runs = offsets.runs
    starts = starts if starts is not None else [r[1] for r in runs]
    i = bisect.bisect_right(starts, begin) - 1
    j = bisect.bisect_right(starts, max(begin, end - 1)) - 1
    if i < 0 or j < 0:
        return None
    c, s, cl, sl = runs[i]
    if begin >= s + sl:
        return None
    a = c + (begin - s) if cl == sl else c
    c2, s2, cl2, sl2 = runs[j]
    if end > s2 + sl2:
        return None
    b = c2 + (end - s2) if cl2 == sl2 else c2 + cl2
    return a, b


def document_section(ctx: AnnotationContext) -> dict[str, Any]:
    raw = ctx.clean.raw
    return {
        "source": raw.source,
        "media_type": raw.media_type,
        "title": ctx.result.title,
        "date": ctx.result.date,
        "byline": ctx.result.byline,
        "publisher": ctx.clean.publisher,
        "notes": list(raw.notes) + list(ctx.clean.notes),
    }


def text_section(ctx: AnnotationContext) -> dict[str, Any]:
    doc = ctx.clean
    return {
        "text": doc.text,
        "offsets": [[c, c + cl, s, s + sl] for c, s, cl, sl in doc.offsets.runs if cl],
        "removed": [
            {"source_start": r.begin, "source_end": r.end, "rule": r.rule} for r in doc.removed
        ],
    }


def mentions_section(ctx: AnnotationContext) -> dict[str, Any]:
    out = []
    starts = [r[1] for r in ctx.clean.offsets.runs]
    for m in sorted(ctx.result.mentions, key=lambda m: (m.begin, m.end, m.key)):
        key = ctx.canonical(m.key)
        span = text_span(ctx.clean.offsets, m.begin, m.end, starts)
        out.append(
            {
                "text_start": span[0] if span else None,
                "text_end": span[1] if span else None,
                "source_start": m.begin,
                "source_end": m.end,
                "text": ctx.clean.text[span[0] : span[1]] if span else m.anchor,
                "class": ctx.classes.get(key),
                "entity": ctx.iris.get(key),
            }
        )
    return {"mentions": out}


def _iri(ctx: AnnotationContext, key: str) -> str:
    """The entity's IRI, or its key when the graph has no node for it (``pending:…``)."""
    return ctx.iris.get(ctx.canonical(key), key)


def facts_section(ctx: AnnotationContext) -> dict[str, Any]:
    """Relations read from the document's sentences, with the rule that read each."""
    out = []
    starts = [r[1] for r in ctx.clean.offsets.runs]
    for r in ctx.result.relations:
        span = text_span(ctx.clean.offsets, r.begin, r.end, starts)
        fact = {
            "subject": _iri(ctx, r.subject),
            "predicate": f"kg:{r.predicate}",
            "object": _iri(ctx, r.object),
            "rule": r.extractor,
            "confidence": r.confidence,
            "text_start": span[0] if span else None,
            "text_end": span[1] if span else None,
            "source_start": r.begin,
            "source_end": r.end,
        }
        for key in ("role", "date", "place", "start_date", "end_date"):
            value = getattr(r, key)
            if value:
                fact[key] = _iri(ctx, value) if key == "place" else value
        if r.former:
            fact["former"] = True
        out.append(fact)
    out.sort(key=lambda f: (f["source_start"], f["predicate"], f["rule"], str(f["subject"])))
    return {"facts": out}


# The record's parts, in output order; other stages append their providers.
SECTIONS: list[Callable[[AnnotationContext], dict[str, Any]]] = [
    document_section,
    text_section,
    mentions_section,
    facts_section,
    timexes_section,
]


def annotate_files(
    inputs: Sequence[str | Path],
    *,
    model: str = DEFAULT_MODEL,
    base_iri: str = ID_BASE,
    sections: Iterable[Callable[[AnnotationContext], dict[str, Any]]] | None = None,
    on_skip: Callable[[Skipped], None] = lambda s: None,
) -> list[dict[str, Any]]:
    """One record per readable input file (skipped files go to ``on_skip``).

    Entities are resolved across the given files, as ``kg build`` on the same inputs would,
    so ``entity`` is the IRI that build gives them.
    """
    from kg.rdf.build import GraphBuilder
    from kg.resolve.corpus import load_overrides, resolve_corpus

    nlp = load_pipeline(model)
    gaz, rules = load_gazetteer(), load_rules()
    docs: list[CleanDocument] = []
    for item in iter_documents(inputs):
        if isinstance(item, Skipped):
            on_skip(item)
            continue
        docs.append(clean(item))
    annotated = list(annotate(docs, nlp))
    results = [process_document(a, gaz, rules) for a in annotated]
    index = resolve_corpus(results, gaz, load_overrides())
    builder = GraphBuilder(index, gaz, base_iri)
    iris = {k: v.value for k, v in builder.iris.items()}
    classes = {k: e.cls for k, e in index.entities.items()}
    records = []
    for doc, adoc, res in zip(docs, annotated, results, strict=True):
        ctx = AnnotationContext(doc, adoc, res, iris, classes, index.canonical, gaz)
        record: dict[str, Any] = {}
        for provider in sections if sections is not None else SECTIONS:
            record.update(provider(ctx))
        records.append(record)
    return records


def to_json_line(record: dict[str, Any]) -> str:
    return json.dumps(record, ensure_ascii=False, sort_keys=False)


def _clip(text: str, n: int = 70) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


def _short(iri: object, base: str) -> str:
    """``person:pete-hegseth`` for an IRI minted under ``base``."""
    s = str(iri)
    if s.startswith(base) and "/" in s[len(base) :]:
        kind, _, rest = s[len(base) :].partition("/")
        return f"{kind}:{rest}"
    return s


def render_text(
    record: dict[str, Any], source_text: str | None = None, base_iri: str = ID_BASE
) -> str:
    """The record for a reader: metadata, kept text, removals, mentions and facts."""
    lines = [f"== {record['source']}"]
    for key in ("title", "date", "byline", "publisher"):
        lines.append(f"{key + ':':10} {record.get(key) or '-'}")
    for note in record.get("notes", ()):
        lines.append(f"note:    {note}")
    text = record.get("text", "")
    runs = record.get("offsets", [])
    lines.append(f"\nkept text ({len(text)} characters, {len(runs)} offset runs):")
    lines.extend("  " + line for line in text.splitlines())
    if runs:
        lines.append("offsets (text -> source):")
        shown = runs if len(runs) <= 12 else runs[:10]
        lines.extend(f"  [{a}, {b}) -> [{c}, {d})" for a, b, c, d in shown)
        if len(runs) > len(shown):
            lines.append(f"  … {len(runs) - len(shown)} more (use --json for all)")
    removed = record.get("removed", [])
    lines.append(f"\nremoved ({len(removed)}):")
    for r in removed:
        what = ""
        if source_text is not None:
            what = "  " + repr(_clip(source_text[r["source_start"] : r["source_end"]], 60))
        lines.append(f"  [{r['source_start']}, {r['source_end']}) {r['rule']}{what}")
    mentions = record.get("mentions", [])
    lines.append(f"\nmentions ({len(mentions)}):")
    for m in mentions:
        lines.append(
            f"  [{m['source_start']}, {m['source_end']}) {m['text']!r} {m['class']}"
            f" -> {_short(m['entity'], base_iri)}"
        )
    facts = record.get("facts")
    if facts is not None:
        lines.append(f"\nfacts ({len(facts)}):")
        for f in facts:
            extra = "".join(
                f" {k}={_short(f[k], base_iri)}" for k in ("role", "date", "place") if k in f
            )
            lines.append(
                f"  {_short(f['subject'], base_iri)} {f['predicate']} "
                f"{_short(f['object'], base_iri)}{extra}"
                f"  [{f['source_start']}, {f['source_end']}) rule {f['rule']}"
            )
    return "\n".join(lines)


def _source_text(path: str) -> str | None:
    from kg.errors import KGError
    from kg.ingest import read_document

    try:
        return read_document(path).text
    except KGError:
        return None
