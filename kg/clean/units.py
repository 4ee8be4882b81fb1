"""Text units (lines, HTML blocks) that remember where each character came from.

A unit's ``runs`` use the :class:`~kg.model.OffsetMap` convention, relative to the unit:
``(clean_start, src_start, clean_len, src_len)`` with either ``clean_len == src_len`` (one to
one) or one clean character standing for a longer source span.

>>> u = Unit.identity("  Hello world ", 10)
>>> s = u.strip()
>>> s.text, s.src_begin, s.src_end
('Hello world', 12, 23)
>>> s.slice(6, 11).runs
[(0, 18, 5, 5)]
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

Run = tuple[int, int, int, int]
_BREAK = re.compile(r"\r\n|\r|\n")


@dataclass(slots=True)
class Unit:
    text: str
    runs: list[Run] = field(default_factory=list)
    para: int = 0  # units of one paragraph may be joined back into one block

    @classmethod
    def identity(cls, text: str, src_start: int, para: int = 0) -> Unit:
        return cls(text, [(0, src_start, len(text), len(text))] if text else [], para)

    @property
    def src_begin(self) -> int:
        return self.runs[0][1]

    @property
    def src_end(self) -> int:
        c, s, cl, sl = self.runs[-1]
        return s + sl

    def slice(self, a: int, b: int) -> Unit:
        """The unit's characters ``[a, b)``, keeping their source positions."""
        runs: list[Run] = []
        for c, s, cl, sl in self.runs:
            if c + cl <= a:
                continue
            if c >= b:
                break
            if cl == sl:
                lo, hi = max(c, a), min(c + cl, b)
                runs.append((lo - a, s + (lo - c), hi - lo, hi - lo))
            elif a <= c:
                runs.append((c - a, s, cl, sl))
        return Unit(self.text[a:b], runs, self.para)

    def strip(self) -> Unit:
        t = self.text
        a = len(t) - len(t.lstrip())
        b = len(t.rstrip())
        return self if (a == 0 and b == len(t)) else self.slice(a, max(a, b))

    def without(self, spans: Iterable[tuple[int, int]]) -> Unit:
        """The unit with the (sorted, disjoint) character ranges ``spans`` deleted."""
        pieces: list[Unit] = []
        pos = 0
        for a, b in spans:
            if a > pos:
                pieces.append(self.slice(pos, a))
            pos = max(pos, b)
        if pos < len(self.text):
            pieces.append(self.slice(pos, len(self.text)))
        return concat(pieces, self.para)


def concat(pieces: Iterable[Unit], para: int = 0) -> Unit:
    text: list[str] = []
    runs: list[Run] = []
    n = 0
    for p in pieces:
        for c, s, cl, sl in p.runs:
            runs.append((n + c, s, cl, sl))
        text.append(p.text)
        n += len(p.text)
    return Unit("".join(text), merge_runs(runs), para)


def merge_runs(runs: list[Run]) -> list[Run]:
    """Fuse neighbouring one-to-one runs that are contiguous in both texts."""
    out: list[Run] = []
    for r in runs:
        if out:
            c, s, cl, sl = out[-1]
            if cl == sl and r[2] == r[3] and c + cl == r[0] and s + sl == r[1]:
                out[-1] = (c, s, cl + r[2], sl + r[3])
                continue
        if r[2]:
            out.append(r)
    return out


def join(first: Unit, second: Unit, source: str) -> Unit:
    """Two units of one paragraph as one block, with the source text between them."""
    gap = Unit.identity(source[first.src_end : second.src_begin], first.src_end)
    return concat((first, gap, second), first.para)


def text_lines(text: str) -> Iterator[tuple[int, int, int]]:
    """Yield ``(begin, end, paragraph)`` of each non-blank line, line breaks excluded.

    >>> list(text_lines("a\\nb\\r\\n\\n c "))
    [(0, 1, 0), (2, 3, 0), (7, 8, 1)]
    """
    para = 0
    pos = 0
    blank = False
    n = len(text)
    while pos <= n:
        m = _BREAK.search(text, pos)
        end = m.start() if m else n
        line = text[pos:end]
        stripped = line.strip()
        if stripped:
            if blank:
                para += 1
                blank = False
            lead = len(line) - len(line.lstrip())
            yield pos + lead, pos + lead + len(stripped), para
        else:
            blank = True
        if not m:
            break
        pos = m.end()
