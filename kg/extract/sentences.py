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


@dataclass(frozen=True, slots=True)
class SentenceView:
    """One sentence: clean-text bounds, its mentions, and the placeholder text.

    >>> s = ResolvedSpan(0, 5, "Japan", "gaz:JP", "Country", "gazetteer")
    >>> view = SentenceView.build("Japan claims it.", 0, 16, [s])
    >>> view.text
    '⟨C0⟩ claims it.'
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
        parts, pos = [], start
        for i, s in enumerate(inside):
            parts.append(doc_text[pos : s.start])
            parts.append(f"⟨{LETTER[s.cls]}{i}⟩")
            pos = s.end
        parts.append(doc_text[pos:end])
        return cls(start, end, tuple(inside), "".join(parts).replace("\n", " "))

    def span(self, placeholder: str) -> ResolvedSpan:
        """The mention behind a placeholder such as ``⟨P3⟩``."""
        return self.spans[int(placeholder.strip("⟨⟩")[1:])]

    def all(self, text: str, letters: str = "PGOCRA") -> list[ResolvedSpan]:
        """Mentions whose placeholders occur in ``text``, in order."""
        return [self.span(m.group(0)) for m in re.finditer(rf"⟨[{letters}]\d+⟩", text)]
