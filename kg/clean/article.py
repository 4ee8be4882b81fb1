"""Choose a page's article blocks with trafilatura, keeping the project's exact offsets.

trafilatura decides *what* the article is; its output text has no source positions, so it
is aligned, word by word, with the page's own text blocks (:mod:`kg.clean.html_blocks`),
which know where every character came from. A block is kept when most of its words are
aligned with the extracted text, in order; kept characters therefore always point into
the file.

>>> from kg.clean.units import Unit
>>> blocks = [Unit.identity(t, 0) for t in ["Home", "Pact signed in Manila today.", "Share"]]
>>> keep_aligned(blocks, "Pact signed in Manila today.")
[False, True, False]
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher

from kg.clean.units import Unit

_WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class ExtractorSettings:
    """trafilatura options and the alignment threshold (tuned on the benchmark's dev half)."""

    favor_precision: bool = True
    favor_recall: bool = False
    include_comments: bool = False
    include_tables: bool = True
    min_coverage: float = 0.5  # share of a block's words aligned with the extracted text
    min_run: int = 2  # aligned runs shorter than this (in words) are chance matches
    # Pages with more text than this skip the extractor (its time and the alignment's grow
    # with the page); the page's own markup then decides, with a note.
    max_chars: int = 1_000_000


DEFAULT_SETTINGS = ExtractorSettings()


def extract_text(page: str, settings: ExtractorSettings = DEFAULT_SETTINGS) -> str | None:
    """trafilatura's article text for ``page``, or ``None`` when it finds none or fails."""
    import trafilatura

    try:
        text = trafilatura.extract(
            page,
            favor_precision=settings.favor_precision,
            favor_recall=settings.favor_recall,
            include_comments=settings.include_comments,
            include_tables=settings.include_tables,
            include_images=False,
            include_links=False,
            include_formatting=False,
            with_metadata=False,
            deduplicate=False,
        )
    except Exception:  # noqa: BLE001 - any parser failure means "no choice", and we fall back
        return None
    return text if text and text.strip() else None


def keep_aligned(
    blocks: list[Unit], extracted: str, settings: ExtractorSettings = DEFAULT_SETTINGS
) -> list[bool]:
    """Which ``blocks`` the ``extracted`` text covers (word alignment, document order)."""
    ids: dict[str, int] = {}
    a: list[int] = []
    owner: list[int] = []
    for i, u in enumerate(blocks):
        for w in _WORD.findall(u.text.casefold()):
            a.append(ids.setdefault(w, len(ids)))
            owner.append(i)
    b = [ids.setdefault(w, len(ids)) for w in _WORD.findall(extracted.casefold())]
    sizes = [0] * len(blocks)
    for i in owner:
        sizes[i] += 1
    hits = [0] * len(blocks)
    for ia, _, n in SequenceMatcher(None, a, b, autojunk=True).get_matching_blocks():
        if n == 0:
            continue
        short = n < settings.min_run
        for k in range(ia, ia + n):
            i = owner[k]
            # A one-word run counts only when it is a whole block ("Conclusion").
            if not short or sizes[i] == n:
                hits[i] += 1
    return [n > 0 and hits[i] / n >= settings.min_coverage for i, n in enumerate(sizes)]
