"""spaCy component ``kg_agreement_names``: named agreements in any wording.

Runs after ``kg_entities``. A capitalised name whose head is an agreement word from
``ontology/rules/lexicon.toml`` (``agreement_heads``) is an Agreement: "the Pretoria
Agreement", "the Argyle Declaration", "the Treaty on the Demarcation of the State Border",
"the Comprehensive and Progressive Agreement for Trans-Pacific Partnership". A model span
with such a head is relabelled; a name the model missed becomes a span, replacing the places
or organisations inside it ("Pretoria" in "the Pretoria Agreement"), never a person. An
acronym defined right after the name ("Reciprocal Access Agreement (RAA)") is an Agreement
wherever it occurs. Curated gazetteer spans are left alone, and so are headline-case
sentences, where every word is capitalised.

>>> from kg.nlp import load_pipeline
>>> doc = load_pipeline("blank:en")("Both sides signed the Argyle Declaration on Monday.")
>>> [(e.text, e.label_) for e in doc.ents]
[('Argyle Declaration', 'Agreement')]
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from kg.model import AGREEMENT, COUNTRY, PERSON, REGION
from kg.rules import follows_ontology

_TIME_WORDS = (
    "monday tuesday wednesday thursday friday saturday sunday january february march april may"
    " june july august september october november december"
).split()
_POSSESSIVES = ("'s", "'", "’s", "’")
_ACRONYM_AFTER = re.compile(r"\s*\(\s*([A-Z][A-Za-z&-]{1,9})\s*\)")


@follows_ontology
@lru_cache(maxsize=1)
def _lists() -> tuple[list[str], list[str], list[str]]:
    from kg.extract.registry import lexicon

    lx = lexicon()
    return lx["agreement_heads"], lx["agreement_name_joiners"], lx["agreement_name_stop"]


def _patterns() -> list[list[dict]]:
    heads, joiners, stop = _lists()
    # a capitalised word or an acronym ("the Revised ECOWAS Treaty")
    cap = {"REGEX": r"^[A-Z\u00c0-\u00de][\w'’.-]*$"}
    word = {"TEXT": cap, "LOWER": {"NOT_IN": stop}}
    inner = {"TEXT": cap, "LOWER": {"NOT_IN": _TIME_WORDS}}
    head = {"TEXT": {"REGEX": r"^[A-Z][a-z]*[A-Z]?[a-z]*$"}, "LOWER": {"IN": heads}}  # "MoU"
    join = {"LOWER": {"IN": joiners}}
    the = {"LOWER": "the", "OP": "?"}
    poss = {"LOWER": {"IN": list(_POSSESSIVES)}}
    prefixes = [
        [],
        [{**word, "OP": "+"}],
        [word, {**inner, "OP": "*"}, join, {**inner, "OP": "+"}],
        [{**word, "OP": "+"}, poss, {**inner, "OP": "*"}],  # "the Farmers' Charter"
    ]
    suffixes = [
        [],
        [join, the, {**inner, "OP": "+"}],
        [join, the, {**inner, "OP": "+"}, join, the, {**inner, "OP": "+"}],
    ]
    out = []
    for p in prefixes:
        for s in suffixes:
            if p or s:
                out.append([*p, head, *s])
    return out


@Language.factory("kg_agreement_names", default_config={"gazetteer_dir": None})
def make_agreement_names(nlp: Language, name: str, gazetteer_dir: str | None):
    from kg.gazetteer import load_gazetteer

    return AgreementNames(nlp, load_gazetteer(gazetteer_dir))


class AgreementNames:
    def __init__(self, nlp: Language, gaz=None) -> None:
        from kg.gazetteer import load_gazetteer

        self.matcher = Matcher(nlp.vocab)
        self.matcher.add("agreement_name", _patterns(), greedy="LONGEST")
        self.heads = set(_lists()[0])
        # the build's gazetteer (``--ontology``): states and demonyms are no agreement names
        self.gaz = gaz if gaz is not None else load_gazetteer()

    def __call__(self, doc: Doc) -> Doc:
        ents = list(doc.ents)
        changed = False
        # 1. model or rule spans whose head word names an agreement
        for i, e in enumerate(ents):
            if e.label_ == AGREEMENT or e.label_ == PERSON or e.kb_id_:
                continue
            if self._is_name(e) and not _headline(e):
                ents[i] = Span(doc, e.start, e.end, label=AGREEMENT, span_id="rule:agreement_name")
                changed = True
        # 2. names the model missed
        found = []
        for _, start, end in self.matcher(doc):
            span = doc[start:end]
            while span and not span[-1].text[:1].isupper():  # "… of the" left open
                span = doc[span.start : span.end - 1]
            if span and self._is_name(span) and not _headline(span) and _own_words(span):
                found.append(span)
        for span in filter_spans(found):
            span = _place_prefix(span, ents)
            inside = [e for e in ents if e.start < span.end and span.start < e.end]
            if any(e.label_ == PERSON or e.kb_id_ and e.label_ == AGREEMENT for e in inside):
                continue
            if any(e.start < span.start or e.end > span.end for e in inside):
                continue  # a longer entity already covers it
            ents = [e for e in ents if e not in inside]
            ents.append(
                Span(doc, span.start, span.end, label=AGREEMENT, span_id="rule:agreement_name")
            )
            changed = True
        passing = _named_in_passing(doc, ents, self.heads, self.gaz)
        if passing:
            taken = {i for p in passing for i in range(p.start, p.end)}
            ents = [e for e in ents if not any(i in taken for i in range(e.start, e.end))]
            ents += passing
            changed = True
        whole = _whole(doc, ents)
        if not changed and whole == ents:
            return doc
        ents = whole
        # 3. acronyms defined after an agreement name
        acronyms = set()
        for e in ents:
            if e.label_ == AGREEMENT:
                m = _ACRONYM_AFTER.match(doc.text, e.end_char)
                if m:
                    acronyms.add(m.group(1))
        ents = [
            Span(doc, e.start, e.end, label=AGREEMENT, span_id="rule:acronym")
            if e.text in acronyms and e.label_ != AGREEMENT and not e.kb_id_
            else e
            for e in ents
        ]
        taken = {i for e in ents for i in range(e.start, e.end)}
        for tok in doc:
            if tok.text in acronyms and tok.i not in taken:
                ents.append(Span(doc, tok.i, tok.i + 1, label=AGREEMENT, span_id="rule:acronym"))
        doc.ents = filter_spans(ents)
        return doc

    def _is_name(self, span: Span) -> bool:
        """A head word, capitalised, last or followed by of/on/for/between inside the span."""
        for k, tok in enumerate(span):
            if tok.lower_ in self.heads and tok.text[:1].isupper() and len(span) > 1:
                nxt = span[k + 1] if k + 1 < len(span) else None
                if nxt is None or nxt.lower_ in ("of", "on", "for", "between", "to"):
                    return True
        return False


def _place_prefix(span: Span, ents: list[Span]) -> Span:
    """A place name with lower-case words ("Dar es Salaam", "Rio de Janeiro") or an apostrophe
    ("Nuku'alofa") opening the name belongs to it: the matcher starts after it."""
    doc = span.doc
    for e in ents:
        if e.label_ in (COUNTRY, REGION) and e.start < span.start < e.end <= span.end:
            return doc[e.start : span.end]
        # "the Nuku'alofa Declaration": a place the matcher cannot take, right before
        if (
            e.label_ in (COUNTRY, REGION)
            and e.end == span.start
            and e.start > 0
            and doc[e.start - 1].lower_ == "the"
        ):
            return doc[e.start : span.end]
    before = doc[span.start - 1] if span.start > 1 else None
    if (
        before is not None
        and before.text[:1].isupper()
        and not before.is_title
        and "'" in before.text
        and doc[span.start - 2].lower_ == "the"
    ):
        return doc[span.start - 1 : span.end]  # "Nuku'alofa", "N'Djamena": one token
    return span


def _named_in_passing(doc: Doc, ents: list[Span], heads: set[str], gaz) -> list[Span]:
    """'the Itaipú treaty', 'the 1929 Jeddah agreement', 'the Washington peace agreement':
    one to three capitalised words, after "the" (a year between) and before a lower-case
    agreement head (one or two lower-case words between), name an agreement in passing; not
    when a word is a state, a person, a body or a demonym ("the Kenyan deal", "the US
    deal", "the Trump deal": whose deal, not its name), a month or a day."""
    ent_at = {i: e for e in ents for i in range(e.start, e.end)}
    people = {w for e in ents if e.label_ == PERSON and len(e) > 1 for w in e.text.split()}
    out: list[Span] = []
    for t in doc:
        if not t.is_lower or t.lower_ not in heads or t.i < 2:
            continue
        k, between = t.i - 1, 0
        while k > 0 and doc[k].is_lower and doc[k].is_alpha and between < 2:
            if doc[k].lower_ in ("the", "a", "an", "and", "of", "or", "to", "with"):
                break
            k, between = k - 1, between + 1
        end, caps = k + 1, 0
        while k > 0 and doc[k].is_alpha and doc[k].text[:1].isupper() and caps < 3:
            k, caps = k - 1, caps + 1
        if not caps or doc[k].is_sent_start and doc[k].lower_ != "the":
            continue
        if doc[k].like_num and len(doc[k].text) == 4 and k > 0:
            k -= 1  # "the 1929 Jeddah agreement"
        if doc[k].lower_ != "the":
            continue
        words = doc[end - caps : end]
        if any(
            (i in ent_at and not _name_part(ent_at[i], people))
            or doc[i].lower_ in _TIME_WORDS
            or gaz.demonym(doc[i].text)
            or getattr(gaz.lookup(doc[i].text), "cls", "") == COUNTRY
            for i in range(words.start, words.end)
        ):
            continue
        if any(
            i in ent_at and ent_at[i].label_ == REGION and ent_at[i].end > end
            for i in range(words.start, words.end)
        ):
            continue  # a place name running on past the capitals
        out.append(
            Span(doc, words.start, t.i + 1, label=AGREEMENT, span_id="rule:agreement_in_passing")
        )
    return out


def _name_part(e: Span, people: set[str]) -> bool:
    """Whether an entity inside capitals before an agreement head may be part of the
    agreement's name: a place ("the Jeddah agreement"), or a word the model alone calls a
    person or a body that is no word of a person named in full ("the Pukpuk treaty", not
    "the Trump deal" beside "Donald Trump")."""
    if e.label_ == REGION:
        return True
    return (
        e.label_ in (PERSON, "Organization")
        and e.id_.startswith("model:")
        and not e.kb_id_
        and not set(e.text.split()) & people
    )


def _own_words(span: Span) -> bool:
    """A possessive inside a name belongs to it ("the People's Accord", "the Farmers'
    Charter") unless the possessor is a state, place, person or known body ("Kenya's Energy
    Accord" is Kenya's, named "Energy Accord")."""
    for tok in span[1:]:
        if tok.lower_ in _POSSESSIVES:
            owner = span.doc[tok.i - 1]
            if owner.ent_type_ in (COUNTRY, REGION, PERSON) or owner.ent_kb_id_:
                return False
    return True


def _whole(doc: Doc, ents: list[Span]) -> list[Span]:
    """Agreement names made whole: a dash-joined first word ("Kenya-" in "the Kenya-Uganda
    Pipeline Accord", "ASEAN-" in "the ASEAN-Japan Agreement") joins the name, a word left
    open at its end ("… Framework of 2023") leaves it."""
    out = list(ents)
    for e in list(out):
        if e.label_ != AGREEMENT or e.kb_id_:
            continue
        start, end = e.start, e.end
        # "MoU" stays; so does the lower-case head of a name in passing ("Itaipú treaty")
        while (
            end - start > 1
            and not doc[end - 1].text[:1].isupper()
            and e.id_ != "rule:agreement_in_passing"
        ):
            end -= 1
        if (
            start >= 2
            and doc[start - 1].text in ("-", "–")
            and not doc[start - 1].whitespace_
            and not doc[start - 2].whitespace_
            and (doc[start - 2].is_title or (doc[start - 2].is_upper and len(doc[start - 2]) > 1))
        ):
            left = [o for o in out if o.start <= start - 2 < o.end]
            if not left or (left[0].label_ != PERSON and left[0].end == start - 1):
                start = left[0].start if left else start - 2
                out = [o for o in out if o not in left]
        if (start, end) != (e.start, e.end):
            j = out.index(e)
            out[j] = Span(doc, start, end, label=AGREEMENT, span_id=e.id_ or "rule:agreement_name")
    return out


def _headline(span: Span) -> bool:
    """Headline case ("Sweden Signs Deal With Norway"): a capitalised function word inside
    the sentence gives it away, and then capitals do not mark names."""
    try:
        sent = span.sent
    except ValueError:
        sent = span.doc[:]
    # a date's month ("on 3 May") or a word inside another name is no headline word
    return any(
        t.is_stop and t.is_title and len(t) > 2 and t.lower_ != "the"
        for t in list(sent)[1:]
        if not t.ent_type_ and t.lower_ not in _TIME_WORDS
    )
