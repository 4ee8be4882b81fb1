"""Time: find dates in the text and normalise them against the document date.

>>> from kg.model import CleanDocument, OffsetMap, RawDocument
>>> text = "Talks ended yesterday. Sweden joined in March 2024."
>>> raw = RawDocument("a.txt", text, "0" * 64, "text/plain", date="2026-01-16")
>>> doc = CleanDocument(raw, text, OffsetMap.identity(len(text)), date="2026-01-16")
>>> [(t["text"], t["value"]) for t in timexes_for(doc)]
[('yesterday', '2026-01-15'), ('March 2024', '2024-03')]
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg.model import AnnotatedDocument, CleanDocument, RawDocument
from kg.time.expressions import DAY, MONTH, YEAR, Timex, find_timexes, tense
from kg.time.rules import load_time_rules

_YEARS = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")
# What may stand beside a date on a header line ("Published: 16 Jan 2026, 09:30 UTC").
_HEADER_REST = re.compile(
    r"^(?:\W|\d|published|updated|posted|last|modified|date|dated|on|at|am|pm|a\.m|p\.m|"
    r"utc|gmt|[ecmp][sd]t|jst|cet|cest|bst|ist)*$",
    re.I,
)
_HEADER_LINES = 4

XSD_TYPES = {DAY: "date", MONTH: "gYearMonth", YEAR: "gYear"}


def precision_of(value: str) -> str:
    """``day``, ``month`` or ``year`` for an ISO value ``YYYY-MM-DD``, ``YYYY-MM``, ``YYYY``."""
    return {10: DAY, 7: MONTH, 4: YEAR}.get(len(value), "")


def years_in(text: str) -> list[int]:
    """Years written in a text, most frequent first (ties: latest first)."""
    counts: dict[int, int] = {}
    for m in _YEARS.finditer(text):
        counts[int(m.group(1))] = counts.get(int(m.group(1)), 0) + 1
    return sorted(counts, key=lambda y: (-counts[y], -y))


def header_date(text: str) -> str | None:
    """The date a plain-text article gives on a line of its own near its top, if any.

    >>> header_date("Pact signed\\n\\nPublished: 16 January 2026, 09:30 UTC\\n\\nTokyo - ...")
    '2026-01-16'
    >>> header_date("Pact signed\\n\\nThe pact was signed on 16 January 2026.") is None
    True
    """
    return _header_date(text[:2000])


@lru_cache(maxsize=16)
def _header_date(head: str) -> str | None:
    # Cached: the extract stage asks for a document's date several times.
    lines = [ln for ln in head.splitlines() if ln.strip()][:_HEADER_LINES]
    for line in lines:
        for tx in find_timexes(line, None):
            if tx.precision != DAY or tx.value is None or tx.relative:
                continue
            rest = (line[: tx.start] + " " + line[tx.end :]).replace(".", " ")
            if _HEADER_REST.match(" ".join(rest.split()).replace(" ", "")) or not rest.strip():
                return tx.value
    return None


def document_date(doc: CleanDocument | RawDocument) -> str | None:
    """The document's publication date: from its metadata, else from a header line."""
    if isinstance(doc, CleanDocument):
        return doc.date or doc.raw.date or header_date(doc.raw.text or doc.text)
    return doc.date or header_date(doc.text)


def timexes_for(document: CleanDocument | AnnotatedDocument) -> list[dict]:
    """The calendar time expressions of a document, as ``kg annotate --json`` lists them.

    Offsets are given in the clean text (``text_*``) and in the file (``source_*``); the value
    is ISO at the expression's precision, or None when it cannot be anchored.
    """
    clean = document.clean if isinstance(document, AnnotatedDocument) else document
    text = clean.text
    out = []
    for tx in find_timexes(text, document_date(clean), years=years_in(text)):
        sb, se = clean.offsets.to_source(tx.start, tx.end)
        out.append(
            {
                "text_start": tx.start,
                "text_end": tx.end,
                "source_start": sb,
                "source_end": se,
                "text": tx.text,
                "value": tx.value,
            }
        )
    return out


def timexes_section(ctx) -> dict[str, list[dict]]:
    """The ``"timexes"`` part of a ``kg annotate --json`` record (``ctx.clean``: the
    document as cleaned)."""
    return {"timexes": timexes_for(ctx.clean)}


__all__ = [
    "DAY",
    "MONTH",
    "XSD_TYPES",
    "YEAR",
    "Timex",
    "document_date",
    "find_timexes",
    "header_date",
    "load_time_rules",
    "precision_of",
    "tense",
    "timexes_for",
    "timexes_section",
    "years_in",
]
