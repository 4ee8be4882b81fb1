"""Dates written in sentences, normalised to ISO ``YYYY-MM-DD``.

When the year is not written, the weekday decides it: "On Friday, January 16" is the year,
nearest to the reference years (the document date, else years the document mentions), in
which 16 January is a Friday.

>>> sentence_date("On Friday, January 16, Japan and the United States agreed", [2026])
'2026-01-16'
>>> sentence_date("signed on March 3, 2023 in Tokyo", [])
'2023-03-03'
>>> sentence_date("On Friday, the two leaders met", [2023]) is None
True
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

_MONTHS = {
    m: i
    for i, m in enumerate(
        "january february march april may june july august september october november december".split(),
        1,
    )
}
_DAYS = {
    d: i for i, d in enumerate("monday tuesday wednesday thursday friday saturday sunday".split())
}
_DATE = re.compile(
    r"(?:(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?"
    r"(?P<month>January|February|March|April|May|June|July|August|September|October|November|December)"
    r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(?P<year>(?:19|20)\d\d))?\b"
)
_YEAR = re.compile(r"\b((?:19|20)\d\d)\b")


def years_in(text: str) -> list[int]:
    """Years written in a text, most frequent first (ties: latest first)."""
    counts: dict[int, int] = {}
    for m in _YEAR.finditer(text):
        y = int(m.group(1))
        counts[y] = counts.get(y, 0) + 1
    return sorted(counts, key=lambda y: (-counts[y], -y))


def sentence_date(sentence: str, reference_years: Iterable[int]) -> str | None:
    """The first full date in ``sentence``, or None when it cannot be pinned down."""
    m = _DATE.search(sentence)
    if not m:
        return None
    month, day = _MONTHS[m.group("month").lower()], int(m.group("day"))
    if m.group("year"):
        return _iso(int(m.group("year")), month, day)
    refs = list(reference_years)
    if m.group("wd") and refs:
        want = _DAYS[m.group("wd").lower()]
        anchor = refs[0]
        for delta in sorted(range(-6, 7), key=lambda d: (abs(d), d)):
            y = anchor + delta
            try:
                if dt.date(y, month, day).weekday() == want:
                    return _iso(y, month, day)
            except ValueError:
                continue
    if len(refs) == 1 and not m.group("wd"):
        return _iso(refs[0], month, day)
    return None


def _iso(y: int, m: int, d: int) -> str | None:
    try:
        return dt.date(y, m, d).isoformat()
    except ValueError:
        return None
