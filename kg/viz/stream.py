"""Read what the explorer shows by streaming a graph file, without loading it into a store.

``kg build`` writes the Turtle from sorted N-Triples lines (:mod:`kg.rdf.stream`), so each
subject's triples arrive together and subjects arrive in increasing order. Read that way,
one subject at a time, the page needs to keep only what it shows: per entity its classes,
labels, documents and a mention count; the relation triples, assertions, memberships and
documents; and, of the mention layer, only the mentions inside an assertion's evidence
sentence. Memory then follows the page, not the mentions.

:func:`read_graph_file` gives the same :class:`kg.viz.query.GraphData` as
:func:`kg.viz.query.read_graph` on a store loaded from the same file. A file it cannot read
this way (subjects out of order, blank nodes, named graphs, a syntax error) gives None and the
caller loads a store.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path

import pyoxigraph as ox

from kg.viz.query import (
    _CLASS_PRIORITY,
    _KG,
    PROPERTY_ORDER,
    Assertion,
    Doc,
    Entity,
    GraphData,
    _fallback_label,
    _int,
    _max,
    _min,
)

_RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
_DCT = "http://purl.org/dc/terms/"
_NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"


def _n(iri: str) -> ox.NamedNode:
    return ox.NamedNode(iri)


TYPE = _n(_RDF + "type")
LABEL = _n("http://www.w3.org/2000/01/rdf-schema#label")
ALT = _n("http://www.w3.org/2004/02/skos/core#altLabel")
MATCH = _n("http://www.w3.org/2004/02/skos/core#exactMatch")
MENTIONED_IN, DENOTES, DOCUMENT = _n(_KG + "mentionedIn"), _n(_KG + "denotes"), _n(_KG + "document")
BEGIN, END, ANCHOR = _n(_NIF + "beginIndex"), _n(_NIF + "endIndex"), _n(_NIF + "anchorOf")
SUBJECT, PREDICATE, OBJECT = _n(_RDF + "subject"), _n(_RDF + "predicate"), _n(_RDF + "object")
EVIDENCE, EVIDENCE_TEXT = _n(_KG + "evidence"), _n(_KG + "evidenceText")
CONFIDENCE, EXTRACTOR = _n(_KG + "confidence"), _n(_KG + "extractor")
DATE, REPORTED = _n(_DCT + "date"), _n(_KG + "reportedOn")
START, STOP = _n(_KG + "startDate"), _n(_KG + "endDate")
MEMBER, ORG = _n(_KG + "member"), _n(_KG + "organization")
ROLE, FORMER = _n(_KG + "role"), _n(_KG + "former")
TITLE, SOURCE, BYLINE = _n(_DCT + "title"), _n(_DCT + "source"), _n(_KG + "byline")
REMOVED, SHA = _n(_KG + "removedBlocks"), _n(_KG + "sha256")
DOCUMENT_CLASS = _n(_KG + "Document")
CLASSES: dict[ox.NamedNode, str] = {_n(_KG + c): c for c in _CLASS_PRIORITY}
PROPERTIES: dict[ox.NamedNode, str] = {_n(_KG + p): p for p in PROPERTY_ORDER}
_DOC_PROPS = (TITLE, SOURCE, DATE, BYLINE, REMOVED, SHA)


class _Unreadable(Exception):
    """The file is not grouped by subject in increasing order (or uses blank nodes)."""


_PLAIN = frozenset({"http://www.w3.org/2001/XMLSchema#string", _RDF + "langString"})
_SCRATCH_S, _SCRATCH_P = _n("urn:kg:s"), _n("urn:kg:p")


@lru_cache(maxsize=4096)
def _canonical(value: str, datatype: str) -> str:
    """The lexical form a store gives back for a typed literal ("0.50" decimal is "0.5")."""
    store = ox.Store()
    store.add(ox.Quad(_SCRATCH_S, _SCRATCH_P, ox.Literal(value, datatype=_n(datatype))))
    return next(iter(store.quads_for_pattern(None, None, None))).object.value


def _text(term: object) -> str:
    """A term's value as read back from a store."""
    if isinstance(term, ox.Literal):
        dt = term.datatype.value
        return term.value if dt in _PLAIN else _canonical(term.value, dt)
    if isinstance(term, ox.NamedNode):
        return term.value
    # A blank node's label is the parser's, not the store's: such files take the store path.
    raise _Unreadable


_key = _text


def _least(values, key=lambda v: v):
    """The smallest of ``values`` by ``key``, ties broken by the values' own text."""
    return min(values, key=lambda v: (key(v), repr(v)))


class _Grouper:
    """Gathers triples into ``(subject, {predicate: {objects}})`` blocks, checking that
    subjects come together and in increasing order (raises :class:`_Unreadable`)."""

    __slots__ = ("subject", "block", "last")

    def __init__(self) -> None:
        self.subject, self.block, self.last = None, {}, ""

    def feed(self, t: ox.Triple) -> tuple | None:
        """Add ``t``; the block it closed, if any."""
        s = t.subject
        done = None
        if s != self.subject:
            if self.subject is not None:
                done = (self.subject, self.block)
            if not isinstance(s, ox.NamedNode):
                raise _Unreadable
            # The builder sorts N-Triples lines, i.e. subjects by their N-Triples text.
            text = str(s)
            if text <= self.last:
                raise _Unreadable
            self.subject, self.block, self.last = s, {}, text
        objs = self.block.get(t.predicate)
        if objs is None:
            self.block[t.predicate] = {t.object}
        else:
            objs.add(t.object)
        return done

    def end(self) -> tuple | None:
        return (self.subject, self.block) if self.subject is not None else None


def _blocks(path: Path, fmt: ox.RdfFormat):
    """``(subject, {predicate: {objects}})`` per subject, checking that subjects increase."""
    g = _Grouper()
    for t in ox.parse(path=path, format=fmt):
        done = g.feed(t)
        if done is not None:
            yield done
    last = g.end()
    if last is not None:
        yield last


class _Reader:
    def __init__(self) -> None:
        self.entities: dict[str, Entity] = {}
        self.labels: dict[str, list[str]] = {}
        self.mentions: dict[str, int] = defaultdict(int)
        self.triples: set[tuple[str, str, str]] = set()
        self.assertions: list[Assertion] = []
        # document -> entity -> [assertion, "s" or "o", ...]: the assertions whose evidence
        # sentence in that document names the entity (flat pairs: one list per key).
        self.windows: dict[str, dict[str, list]] = defaultdict(lambda: defaultdict(list))
        self.roles: dict[tuple[str, str], set[tuple[str, bool]]] = defaultdict(set)
        self.periods: dict[tuple[str, str], tuple[str | None, str | None]] = {}
        self.doc_iris: set[str] = set()
        self.doc_meta: dict[str, Doc] = {}
        # One string object per distinct IRI or value: assertions repeat entities, documents,
        # extractors and confidences thousands of times in a large corpus.
        self._strings: dict[str, str] = {}
        self.seen_mention = False
        self.late = False  # a mention came before an assertion that may select it

    def block(self, subject: ox.NamedNode, b: dict) -> None:
        iri = subject.value
        types = b.get(TYPE)
        if types:
            classes = {CLASSES[c] for c in types if c in CLASSES}
            if classes:
                self._entity(iri, classes, b)
            if DOCUMENT_CLASS in types:
                self.doc_iris.add(iri)
        for p in (MENTIONED_IN, DOCUMENT):
            for d in b.get(p, ()):
                self.doc_iris.add(_key(d))
        denotes = b.get(DENOTES)
        if denotes:
            for e in denotes:
                self.mentions[_key(e)] += 1
            self._mention(denotes, b)
        for p, local in PROPERTIES.items():
            for o in b.get(p, ()):
                self.triples.add((iri, local, _key(o)))
        if SUBJECT in b:
            self._assertion(iri, b)
        if MEMBER in b and ORG in b:
            self._membership(b)
        if any(p in b for p in _DOC_PROPS):
            self._doc(iri, b)

    def _entity(self, iri: str, classes: set[str], b: dict) -> None:
        cls = next(c for c in _CLASS_PRIORITY if c in classes)
        ent = Entity(iri=iri, cls=cls)
        ent.aliases = {_text(v) for v in b.get(ALT, ())}
        ent.links = {_key(v) for v in b.get(MATCH, ())}
        ent.docs = {self._same(_key(v)) for v in b.get(MENTIONED_IN, ())}
        self.labels[iri] = [_text(v) for v in b.get(LABEL, ())]
        self.entities[iri] = ent

    def _mention(self, denotes: set, b: dict) -> None:
        docs, begins, ends = b.get(DOCUMENT), b.get(BEGIN), b.get(END)
        if not (docs and begins and ends):
            return
        self.seen_mention = True
        rows = None
        for d in docs:
            by_entity = self.windows.get(_key(d))
            if not by_entity:
                continue
            for e in denotes:
                found = by_entity.get(_key(e))
                if not found:
                    continue
                if rows is None:
                    rows = self._rows(begins, ends, b.get(ANCHOR))
                for i in range(0, len(found), 2):
                    a, end = found[i], found[i + 1]
                    for mb, me, anchor in rows:
                        if a.begin <= mb < a.end and me <= a.end:
                            a.spans.append((mb - a.begin, me - a.begin, end, anchor))

    def _rows(
        self, begins: set, ends: set, anchors: set | None
    ) -> list[tuple[int, int, str | None]]:
        return [
            (mb, me, self._same(_text(a)) if a is not None else None)
            for mb in map(_int, begins)
            if mb is not None
            for me in map(_int, ends)
            if me is not None
            for a in (anchors or (None,))
        ]

    def _same(self, text: str | None) -> str | None:
        return text if text is None else self._strings.setdefault(text, text)

    def _assertion(self, iri: str, b: dict) -> None:
        dated = [
            min(_text(v) for v in b[p]) if p in b else None for p in (DATE, REPORTED, START, STOP)
        ]
        preds = [PROPERTIES[p] for p in b.get(PREDICATE, ()) if p in PROPERTIES]
        if not preds or OBJECT not in b:
            return
        evidence = b.get(EVIDENCE_TEXT) or b.get(EVIDENCE)
        begins = [_int(v) for v in b.get(BEGIN, ())] or [None]
        ends = [_int(v) for v in b.get(END, ())] or [None]
        said, reported, start, stop = dated
        same = self._same
        a = Assertion(
            iri,
            same(_least(_key(v) for v in b[SUBJECT])),
            min(preds),
            same(_least(_key(v) for v in b[OBJECT])),
            same(_least([_key(v) for v in b.get(DOCUMENT, ())] or [None], key=lambda d: d or "")),
            # Several facts often come from one sentence: one string for all of them.
            same(min(_text(v) for v in evidence)) if evidence else "",
            _least(begins, key=lambda v: v or 0),
            _least(ends, key=lambda v: v or 0),
            same(
                _least([_text(v) for v in b.get(CONFIDENCE, ())] or [None], key=lambda c: c or "")
            ),
            same(min((_text(v) for v in b.get(EXTRACTOR, ())), default="")),
            date=said or reported,
            start=start,
            end_date=stop,
        )
        self.assertions.append(a)
        if a.doc is not None and a.begin is not None and a.end is not None:
            by_entity = self.windows[a.doc]
            by_entity[a.subject] += (a, "s")
            by_entity[a.object] += (a, "o")
            if self.seen_mention:
                self.late = True

    def _membership(self, b: dict) -> None:
        roles = [_text(v) for v in b.get(ROLE, ())] or [""]
        formers = [_text(v) in ("true", "1") for v in b.get(FORMER, ())] or [False]
        start = min((_text(v) for v in b.get(START, ())), default=None)
        stop = max((_text(v) for v in b.get(STOP, ())), default=None)
        for p in b[MEMBER]:
            for g in b[ORG]:
                key = (_key(p), _key(g))
                self.roles[key].update((r, f) for r in roles for f in formers)
                if start is None and stop is None:
                    continue
                old = self.periods.get(key)
                self.periods[key] = (
                    (start, stop) if old is None else (_min(old[0], start), _max(old[1], stop))
                )

    def _doc(self, iri: str, b: dict) -> None:
        def text(p: ox.NamedNode) -> str:
            return min((_text(v) for v in b.get(p, ())), default="")

        removed = [_int(v) for v in b.get(REMOVED, ())] or [None]
        self.doc_meta[iri] = Doc(
            title=text(TITLE),
            source=text(SOURCE),
            date=text(DATE),
            byline=text(BYLINE),
            removed=_least(removed, key=lambda r: r if r is not None else -1),
            sha256=text(SHA),
        )

    def result(self) -> GraphData:
        for iri, ent in self.entities.items():
            names = sorted(self.labels.get(iri, ()))
            ent.label = names[0] if names else _fallback_label(iri)
            ent.aliases.discard(ent.label)
            ent.mentions = self.mentions.get(iri, 0)
        for a in self.assertions:
            # In the order a store gives: the subject's mentions, then the object's, each
            # by offset.
            a.spans.sort(key=lambda m: (m[2] != "s", m[0], m[1], m[3] or ""))
        return GraphData(
            entities=self.entities,
            triples=sorted(self.triples),
            assertions=sorted(self.assertions, key=lambda a: a.iri),
            roles={k: sorted(v) for k, v in self.roles.items()},
            docs={d: self.doc_meta.get(d, Doc()) for d in self.doc_iris},
            periods=self.periods,
        )


_STREAMED = (ox.RdfFormat.TURTLE, ox.RdfFormat.N_TRIPLES)
_ERRORS = (_Unreadable, SyntaxError, ValueError, OSError)


class GraphTap:
    """What :func:`read_graph_file` reads, taken from the triples while they are written.

    ``kg build`` passes the sorted triples it serialises through :meth:`through`, so the
    page needs no second parse of the file. :meth:`result` is None when the triples did not
    come as :func:`read_graph_file` needs them, or needed a second pass; the caller then
    reads the file.
    """

    def __init__(self) -> None:
        self.ok = True
        self._grouper = _Grouper()
        self._reader = _Reader()

    def through(self, triples: Iterable[ox.Triple]) -> Iterator[ox.Triple]:
        """``triples`` unchanged, read on the way."""
        for t in triples:
            if self.ok:
                try:
                    done = self._grouper.feed(t)
                    if done is not None:
                        self._reader.block(*done)
                except _ERRORS:
                    self.ok = False
            yield t
        if self.ok:
            try:
                last = self._grouper.end()
                if last is not None:
                    self._reader.block(*last)
            except _ERRORS:
                self.ok = False

    def result(self) -> GraphData | None:
        if not self.ok or self._reader.late:
            return None
        return self._reader.result()


def read_graph_file(path: str | Path) -> GraphData | None:
    """The explorer's data read from the graph file ``path`` in one streaming pass (two when
    mentions precede the assertions that select them); None when the file is not sorted by
    subject, so that the caller loads it into a store instead."""
    path = Path(path)
    fmt = ox.RdfFormat.from_extension(path.suffix.lstrip(".")) or ox.RdfFormat.TURTLE
    if fmt not in _STREAMED:
        return None
    reader = _Reader()
    try:
        for subject, block in _blocks(path, fmt):
            reader.block(subject, block)
        if reader.late:
            # Some mentions were read before the evidence windows that select them.
            for a in reader.assertions:
                a.spans.clear()
            for _, block in _blocks(path, fmt):
                if DENOTES in block:
                    reader._mention(block[DENOTES], block)
    except _ERRORS:
        return None
    return reader.result()
