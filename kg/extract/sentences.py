"""Sentences as placeholder text: each mention becomes ⟨<class letter><index>⟩."""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.model import AGREEMENT, COUNTRY, GOVERNMENT, ORGANIZATION, PERSON, REGION
from kg.resolve.document import ResolvedSpan

LETTER = {
    PERSON: "P",
    GOVERNMENT: "G",
    ORGANIZATION: "O",
    COUNTRY: "C",
    REGION: "R",
    AGREEMENT: "A",
}


_OPEN = re.compile(r"\s*\(\s*")
_CLOSE = re.compile(r"\s*\)")


@dataclass(frozen=True, slots=True)
class SentenceView:
    """One sentence: clean-text bounds, its mentions, and the placeholder text.

    >>> s = ResolvedSpan(0, 5, "Japan", "gaz:JP", "Country", "gazetteer")
    >>> view = SentenceView.build("Japan claims it.", 0, 16, [s])
    >>> view.text
    '⟨C0⟩ claims it.'

    A name's short form in brackets right after it is one mention with it:

    >>> t = "The Southern African Development Community (SADC) met."
    >>> long = ResolvedSpan(4, 42, t[4:42], "gaz:org:sadc", "Organization", "gazetteer")
    >>> short = ResolvedSpan(44, 48, "SADC", "gaz:org:sadc", "Organization", "gazetteer")
    >>> SentenceView.build(t, 0, len(t), [long, short]).text
    'The ⟨O0⟩ met.'
    """

    start: int
    end: int
    spans: tuple[ResolvedSpan, ...]
    text: str

    @classmethod
    def build(cls, doc_text: str, start: int, end: int, spans: list[ResolvedSpan]) -> SentenceView:
        inside = sorted(
            (s for s in spans if start <= s.start and s.end <= end), key=lambda s: s.start
        )
        kept: list[ResolvedSpan] = []
        parts, pos = [], start
        for s in inside:
            if kept and kept[-1].key == s.key and s.start >= pos:
                # "the Caribbean Community (CARICOM) Secretary-General X": a name's short
                # form in brackets right after it is part of the one mention
                gap, close = _OPEN.fullmatch(doc_text, pos, s.start), _CLOSE.match(doc_text, s.end)
                if gap and close and close.end() <= end:
                    pos = close.end()
                    continue
            parts.append(doc_text[pos : s.start])
            parts.append(f"⟨{LETTER[s.cls]}{len(kept)}⟩")
            kept.append(s)
            pos = s.end
        parts.append(doc_text[pos:end])
        return cls(start, end, tuple(kept), "".join(parts).replace("\n", " "))

    def span(self, placeholder: str) -> ResolvedSpan:
        """The mention behind a placeholder such as ``⟨P3⟩``."""
        return self.spans[int(placeholder.strip("⟨⟩")[1:])]

    def all(self, text: str, letters: str = "PGOCRA") -> list[ResolvedSpan]:
        """Mentions whose placeholders occur in ``text``, in order."""
        return [self.span(m.group(0)) for m in re.finditer(rf"⟨[{letters}]\d+⟩", text)]
