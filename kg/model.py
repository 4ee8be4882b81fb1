"""Small frozen records passed between pipeline stages.

Data flows ``RawDocument`` (ingest) → ``CleanDocument`` (clean) → ``AnnotatedDocument``
(nlp) → ``DocumentResult`` (resolve + extract, per document) → corpus-level resolution →
RDF. No spaCy object crosses a stage boundary.

Offsets: ``CleanDocument.text`` is what the NLP stage sees; ``OffsetMap`` maps its offsets
back into ``RawDocument.text`` (the text as read from the file), which is what the graph
records.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

# Entity classes of the public schema (local names in the kg: namespace).
PERSON = "Person"
GOVERNMENT = "Government"
ORGANIZATION = "Organization"
AGREEMENT = "Agreement"
REGION = "Region"
COUNTRY = "Country"
ENTITY_CLASSES = (PERSON, GOVERNMENT, ORGANIZATION, AGREEMENT, REGION, COUNTRY)


@dataclass(frozen=True, slots=True)
class RawDocument:
    """One input file, decoded. ``text`` is the reference for every offset in the graph."""

    source: str  # the path as given on the command line (or a URL)
    text: str
    sha256: str  # of the raw bytes
    media_type: str  # "text/plain" | "text/markdown" | "text/html"
    encoding: str = "utf-8"
    title: str | None = None
    date: str | None = None  # ISO 8601 (YYYY-MM-DD) publication date, when known
    notes: tuple[str, ...] = ()  # e.g. "decoded as cp1252"
    relpath: str | None = None  # POSIX path relative to the input root (never absolute)
    url: str | None = None  # the canonical URL the page states, if any
    publisher: str | None = None  # site or agency ("Reuters"), from metadata or header lines


@dataclass(frozen=True, slots=True)
class OffsetMap:
    """Piecewise map from clean-text offsets to source-text offsets.

    ``runs`` holds ``(clean_start, src_start, clean_len, src_len)``; a run either maps
    characters one to one (``clean_len == src_len``) or is one clean character standing for
    a longer source span (an HTML character reference such as ``&amp;``).

    >>> m = OffsetMap(((0, 10, 5, 5), (5, 30, 1, 5), (6, 35, 3, 3)))
    >>> m.to_source(1, 4)
    (11, 14)
    >>> m.to_source(4, 7)
    (14, 36)
    """

    runs: tuple[tuple[int, int, int, int], ...]
    _starts: tuple[int, ...] = field(default=(), compare=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_starts", tuple(r[0] for r in self.runs))

    @classmethod
    def identity(cls, length: int) -> OffsetMap:
        return cls(((0, 0, length, length),))

    def _run(self, pos: int) -> tuple[int, int, int, int]:
        i = bisect.bisect_right(self._starts, pos) - 1
        return self.runs[max(i, 0)]

    def begin(self, pos: int) -> int:
        c, s, cl, sl = self._run(pos)
        return s + (pos - c) if cl == sl else s

    def end(self, pos: int) -> int:
        """Source offset just after clean character ``pos - 1``."""
        c, s, cl, sl = self._run(pos - 1)
        return s + (pos - c) if cl == sl else s + sl

    def to_source(self, begin: int, end: int) -> tuple[int, int]:
        return self.begin(begin), self.end(end)


@dataclass(frozen=True, slots=True)
class Removal:
    """A source region the cleaner dropped, and the rule that dropped it."""

    begin: int
    end: int
    rule: str


@dataclass(frozen=True, slots=True)
class CleanDocument:
    raw: RawDocument
    text: str  # body text for NLP: kept blocks joined by blank lines
    offsets: OffsetMap
    title: str | None = None
    byline: str | None = None
    date: str | None = None
    removed: tuple[Removal, ...] = ()
    notes: tuple[str, ...] = ()  # e.g. the article extractor found nothing and a fallback ran
    publisher: str | None = None  # the raw document's, else the dateline's agency


@dataclass(frozen=True, slots=True)
class EntitySpan:
    """An entity mention found by the NLP stage, in clean-text offsets."""

    start: int
    end: int
    text: str
    label: str  # one of ENTITY_CLASSES
    source: str  # "model:<spaCy label>" or "ruler:<pattern id>" or "rule:<fix>"
    kb_id: str = ""  # gazetteer id when a curated entry matched
    metonymy: bool = False  # a place name standing for its government ("Beijing blocked")


@dataclass(frozen=True, slots=True)
class Token:
    """A light token record for rule-based relation extraction."""

    start: int
    end: int
    pos: str
    dep: str
    head: int  # index of the head token in the document


@dataclass(frozen=True, slots=True)
class AnnotatedDocument:
    clean: CleanDocument
    sentences: tuple[tuple[int, int], ...]  # clean-text offsets
    entities: tuple[EntitySpan, ...]
    tokens: tuple[Token, ...] = ()


@dataclass(frozen=True, slots=True)
class EntityRecord:
    """A document-level entity proposal: key plus what is known about it."""

    key: str  # local key: gazetteer id ("gaz:…") or "<Class>:<normalised name>"
    cls: str
    label: str  # best name seen in the document
    surface_forms: tuple[str, ...] = ()
    attrs: tuple[tuple[str, str], ...] = ()  # extra facts, e.g. (("country", key),)


@dataclass(frozen=True, slots=True)
class Mention:
    key: str
    begin: int  # source-text offsets
    end: int
    anchor: str  # == RawDocument.text[begin:end]
    metonymic: bool = False  # a capital acting as an agent, standing for its government


@dataclass(frozen=True, slots=True)
class Relation:
    """One extracted relation with its evidence, in source-text offsets."""

    subject: str  # entity key
    predicate: str  # local name in kg:, e.g. "memberOf"
    object: str  # entity key
    evidence: str  # the sentence, verbatim from RawDocument.text
    begin: int
    end: int
    confidence: float
    extractor: str  # rule id, e.g. "membership.title_before_name"
    role: str | None = None  # memberships
    former: bool = False  # memberships
    date: str | None = None  # ISO date (day, month or year) of the event when stated
    place: str | None = None  # entity key of the place for meetings when stated
    cooccurrence: bool = False  # true when only co-occurrence supports it
    text: str | None = None  # the sentence as plain text, when the evidence holds markup
    start_date: str | None = None  # memberships: ISO start when stated ("since 2021")
    end_date: str | None = None  # memberships: ISO end when stated ("until 2022")


@dataclass(frozen=True, slots=True)
class DocumentResult:
    """Everything the graph needs from one document (``raw.text`` is dropped to save memory)."""

    raw: RawDocument
    title: str | None
    date: str | None
    entities: tuple[EntityRecord, ...]
    mentions: tuple[Mention, ...]
    relations: tuple[Relation, ...]
    removed: tuple[Removal, ...] = ()
    byline: str | None = None
    # Memberships whose body the sentence does not name ("Defense Minister Koizumi"): the
    # object is the kind of body ("defense"), filled from the same person's other titles
    # across the corpus when the graph is built; never an entity key.
    open_memberships: tuple[Relation, ...] = ()


@dataclass(frozen=True, slots=True)
class Skipped:
    """A document that could not be read, and why."""

    source: str
    code: str
    reason: str
