"""spaCy components that put the project's rules on top of the statistical model.

* ``kg_paragraphs`` – a blank line always starts a sentence (headings, teasers and body
  paragraphs never run together), set before the parser.
* ``kg_entities`` – rewrites ``doc.ents`` with schema classes as labels: gazetteer phrases
  (curated countries, places, bodies, organisations, agreements), government-body patterns,
  a person after a title ("Prime Minister Sanae Takaichi"), possessive and article trimming,
  the stoplist, and the mapping of model labels to schema classes. ``ent.kb_id_`` carries the
  gazetteer id; ``ent.id_`` the rule that made the span.

Both work on ``spacy.blank("en")``, which the fast tests use.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from kg.gazetteer import Gazetteer, load_gazetteer
from kg.model import AGREEMENT, COUNTRY, GOVERNMENT, ORGANIZATION, PERSON, REGION
from kg.rules import Rules, load_rules

_POSSESSIVE = {"'s", "’s", "'", "’"}
_LEADING = {"the", "The"}
_GOV_WORDS = re.compile(
    r"\b(Ministry|Department|Agency|Forces?|Army|Navy|Air Force|Coast Guard|Parliament|Congress"
    r"|Senate|Diet|Cabinet|Bureau|Administration|Command|Police|Government|regime|Pentagon"
    r"|White House|Kremlin|Marine Corps)\b"
)
_AGREEMENT_WORDS = re.compile(
    r"\b(Treaty|Agreement|Accords?|Pact|Alliance|Convention|Memorandum|Protocol|Charter"
    r"|Partnership|Deal)\b",
    re.I,
)
_MODEL_LABELS = {
    "PERSON": PERSON,
    "ORG": ORGANIZATION,
    "GPE": REGION,
    "LOC": REGION,
    "FAC": REGION,
    "LAW": AGREEMENT,
}
_ACRONYM_AFTER = re.compile(r"\s*\(\s*([A-Z][A-Z&]{1,9})\s*\)")
_NAME = r"[A-Z][\w’'.\-]*[\w.]"
# A possessive or punctuation after a name; a final dot only after a long word ("Jr." stays).
_NAME_TAIL = re.compile(r"(?:['’]s|['’]|[,;:]|(?<=\w{3})\.)$")


@Language.component("kg_paragraphs")
def paragraphs(doc: Doc) -> Doc:
    """Start a sentence after every blank line."""
    # One array write: setting ``is_sent_start`` token by token rescans the whole document
    # each time, which made long documents quadratic.
    from spacy.attrs import SENT_START

    starts = doc.to_array([SENT_START])
    changed = False
    for tok in doc[:-1]:
        if "\n\n" in tok.whitespace_ or (tok.is_space and "\n\n" in tok.text):
            starts[tok.i + 1] = 1
            changed = True
    if changed:
        doc.from_array([SENT_START], starts)
    return doc


@Language.factory("kg_entities", default_config={"gazetteer_dir": None, "rules_dir": None})
def make_entities(nlp: Language, name: str, gazetteer_dir: str | None, rules_dir: str | None):
    return EntityLayer(nlp, load_gazetteer(gazetteer_dir), load_rules(rules_dir))


class EntityLayer:
    """Gazetteer, patterns and type correction over the model's entities."""

    def __init__(self, nlp: Language, gaz: Gazetteer, rules: Rules) -> None:
        self.gaz = gaz
        self.rules = rules
        self.phrases = PhraseMatcher(nlp.vocab, attr="LOWER")
        seen: set[tuple[str, str]] = set()
        for entry in sorted(gaz, key=lambda e: e.id):
            for name in entry.names:
                for form in _variants(name):
                    if (entry.id, form.lower()) in seen:
                        continue
                    seen.add((entry.id, form.lower()))
                    self.phrases.add(entry.id, [nlp.make_doc(form)])
        self.patterns = Matcher(nlp.vocab)
        # "Ministry of Defense", "Department of National Defense": a government body.
        self.patterns.add(
            "gov_body",
            [
                [
                    {"LOWER": {"IN": ["ministry", "department", "minister's"]}},
                    {"LOWER": "of"},
                    {"LOWER": "the", "OP": "?"},
                    {"IS_TITLE": True, "OP": "+"},
                ]
            ],
            greedy="LONGEST",
        )
        self.title_re = re.compile(
            rf"(?i:\b(?P<title>{rules.title_pattern}))(?:\s+of(?:\s+the)?)?\s+(?P<rest>{_NAME}(?:[ \t]+{_NAME}){{0,6}})"
        )

        # "Fumio Kishda, Japanese Prime Minister, …": a full name before a title.
        self.apposition_re = re.compile(
            rf"(?P<name>{_NAME}(?:[ \t]+{_NAME}){{1,2}}),\s+(?:(?i:the|a)\s+)?(?:[A-Z][\w.'’]*\s+){{0,2}}"
            rf"(?:(?i:former)\s+)?(?i:{rules.title_pattern})\b"
        )

    def __call__(self, doc: Doc) -> Doc:
        spans: list[Span] = []
        # 1. The model's entities, mapped to schema classes, trimmed, filtered.
        for ent in doc.ents:
            cls = _MODEL_LABELS.get(ent.label_)
            if cls is None:
                continue
            span = _trim(ent)
            if span is not None and cls == PERSON:
                span = self._trim_person(span)
            if span is None or not self._keep(span.text):
                continue
            if cls == ORGANIZATION and _GOV_WORDS.search(span.text):
                cls = GOVERNMENT
            if cls == AGREEMENT and not _AGREEMENT_WORDS.search(span.text):
                continue
            if self._country_compound(span.text) or (cls == REGION and span[-1].pos_ == "ADJ"):
                continue  # "U.S.-Japan" modifies a noun; "South East Asian" is an adjective
            spans.append(Span(doc, span.start, span.end, label=cls, span_id=f"model:{ent.label_}"))
        # 2. Rule spans: gazetteer phrases, body patterns, persons after titles.
        rule_spans: list[Span] = []
        for match_id, start, end in self.phrases(doc):
            span = doc[start:end]
            if not span.text[0].isupper() and not span.text[0].isdigit():
                continue  # "us", "china" in lower case are not the country
            entry = self.gaz.get(doc.vocab.strings[match_id])
            rule_spans.append(
                Span(doc, start, end, label=entry.cls, kb_id=entry.id, span_id="ruler:gazetteer")
            )
        for _, start, end in self.patterns(doc):
            span = _trim(doc[start:end])
            if span is not None:
                rule_spans.append(
                    Span(doc, span.start, span.end, label=GOVERNMENT, span_id="ruler:gov_body")
                )
        rule_spans.extend(self._title_persons(doc))
        rule_spans = filter_spans(rule_spans)
        # Rule spans win over overlapping model spans, unless a model span is a longer name
        # that holds a gazetteer name inside ("Bank of Japan" keeps "Japan" inside it).
        # Rule spans no longer overlap and are sorted, so the ones a span overlaps are found
        # by bisection: linear in the number of entities, not quadratic.
        r_starts = [r.start for r in rule_spans]
        r_ends = [r.end for r in rule_spans]
        dropped: set[int] = set()
        kept: list[Span] = []
        for span in spans:
            lo, hi = bisect_right(r_ends, span.start), bisect_left(r_starts, span.end)
            overlaps = rule_spans[lo:hi]
            if not overlaps:
                kept.append(span)
            elif (
                span.label_ in (ORGANIZATION, GOVERNMENT, AGREEMENT)
                and all(span.start <= r.start and r.end <= span.end for r in overlaps)
                and all(r.label_ in (COUNTRY, REGION) for r in overlaps)
                and _has_own_words(span, overlaps, self.rules.generic_words)
            ):
                dropped.update(range(lo, hi))
                kept.append(span)
        final = [r for i, r in enumerate(rule_spans) if i not in dropped] + kept
        final = filter_spans(final)
        extra = self._propagate_people(doc, final) + self._propagate_acronyms(doc, final)
        doc.ents = filter_spans(final + extra)
        return doc

    def _propagate_acronyms(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """'the Ministry of Maritime Affairs (MMA)': tag every 'MMA' with the same class."""
        found: dict[str, str] = {}
        text = doc.text  # Doc.text joins every token: read it once, not once per entity
        for e in ents:
            if e.label_ in (ORGANIZATION, GOVERNMENT, AGREEMENT):
                m = _ACRONYM_AFTER.match(text, e.end_char)
                if m and m.group(1).isupper():
                    found.setdefault(m.group(1), e.label_)
        if not found:
            return []
        taken = {i for e in ents for i in range(e.start, e.end)}
        out = []
        alt = "|".join(re.escape(a) for a in sorted(found))
        for m in re.finditer(rf"\b(?:{alt})\b", text):
            span = doc.char_span(m.start(), m.end())
            if span is not None and not any(i in taken for i in range(span.start, span.end)):
                out.append(
                    Span(doc, span.start, span.end, label=found[m.group(0)], span_id="rule:acronym")
                )
        return out

    def _propagate_people(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """A person's full name or surname found untagged elsewhere in the document."""
        names = set()
        for e in ents:
            if e.label_ == PERSON and len(e) > 1 and all(t.text[:1].isupper() for t in e):
                names.add(e.text)
                last = e[-1]
                if last.is_alpha and not last.is_stop and len(last.text) > 2:
                    names.add(last.text)
        if not names:
            return []
        taken = {i for e in ents for i in range(e.start, e.end)}
        alt = "|".join(re.escape(n) for n in sorted(names, key=lambda n: (-len(n), n)))
        out = []
        for m in re.finditer(rf"\b(?:{alt})\b", doc.text):
            span = doc.char_span(m.start(), m.end())
            if span is not None and not any(i in taken for i in range(span.start, span.end)):
                out.append(Span(doc, span.start, span.end, label=PERSON, span_id="rule:propagate"))
        return out

    def _trim_person(self, span: Span) -> Span | None:
        """Drop honorifics before and lowercase words after a name; reject non-name words."""
        start, end = span.start, span.end
        doc = span.doc
        while start < end and doc[start].lower_ in self.rules.honorifics:
            start += 1
        while end > start and not doc[end - 1].text[:1].isupper():
            end -= 1
        if start >= end or any(t.lower_ in self.rules.non_name_words for t in doc[start:end]):
            return None
        if doc[start].is_stop:  # "On Friday, the President …" is not a name
            return None
        return doc[start:end]

    def _keep(self, text: str) -> bool:
        t = text.strip()
        return (
            len(t) > 1
            and any(c.isupper() for c in t)
            and not t.replace(",", "").replace(".", "").isdigit()
            and t.lower() not in self.rules.stoplist
            and "\n" not in t
        )

    def _country_compound(self, text: str) -> bool:
        parts = [p for p in re.split(r"\s*[-–/]\s*", text) if p]
        return len(parts) > 1 and all(
            (e := self.gaz.lookup(p)) is not None and e.cls == COUNTRY for p in parts
        )

    def _title_persons(self, doc: Doc) -> list[Span]:
        out = []
        text = doc.text  # once: Doc.text is rebuilt from the tokens on every access
        for m in self.title_re.finditer(text):
            words = list(re.finditer(r"\S+", m.group("rest")))
            name_words = _name_after_title(words, self.gaz)
            if not name_words:
                continue
            b = m.start("rest") + name_words[0].start()
            e = m.start("rest") + name_words[-1].end()
            cut = _NAME_TAIL.search(text[b:e])
            if cut:
                e -= len(cut.group(0))
            span = doc.char_span(b, e, alignment_mode="contract")
            span = self._trim_person(span) if span is not None and len(span) else None
            if span is None or not self._keep(span.text):
                continue
            if self.gaz.lookup(span.text) is not None:
                continue
            out.append(Span(doc, span.start, span.end, label=PERSON, span_id="ruler:title"))
        for m in self.apposition_re.finditer(text):
            span = doc.char_span(m.start("name"), m.end("name"), alignment_mode="contract")
            span = self._trim_person(span) if span is not None and len(span) else None
            if span is None or not self._keep(span.text) or self.gaz.lookup(span.text) is not None:
                continue
            if any(self.gaz.lookup(t.text) is not None for t in span):
                continue  # "Japan, Prime Minister …" lists, not a name
            out.append(Span(doc, span.start, span.end, label=PERSON, span_id="ruler:title"))
        return out


def _name_after_title(words: list[re.Match], gaz: Gazetteer) -> list[re.Match]:
    """The capitalised name that follows a title, skipping 'of the United States'."""
    # "President of the United States Joe Biden": drop the longest leading country/body name.
    for k in range(len(words), 0, -1):
        head = " ".join(w.group(0) for w in words[:k])
        if gaz.lookup(head) is not None:
            words = words[k:]
            break
    name: list[re.Match] = []
    for w in words:
        token = w.group(0)
        if not token[0].isupper():
            break
        name.append(w)
        if token.endswith((",", ";", ":", "’s", "'s")) or len(name) == 3:
            break
    return name


def _variants(name: str) -> list[str]:
    """Surface variants for phrase patterns: without a leading article, curly apostrophes."""
    base = re.sub(r"^(the|The)\s+", "", name.strip())
    out = {base}
    if "'" in base:
        out.add(base.replace("'", "’"))
    if "-" in base:
        out.add(base.replace("-", "–"))
    return sorted(out)


def _trim(span: Span) -> Span | None:
    """Drop a leading article and trailing possessive or punctuation from a span."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (doc[start].text in _LEADING or doc[start].is_punct):
        start += 1
    while end > start and (
        doc[end - 1].text in _POSSESSIVE or doc[end - 1].is_punct or doc[end - 1].is_space
    ):
        end -= 1
    if start >= end:
        return None
    return doc[start:end]


def _has_own_words(span: Span, inner: list[Span], generic: frozenset[str]) -> bool:
    """True when the span has capitalised words of its own beyond the inner gazetteer names
    ("Bank of Japan"), not counting generic nouns ("Indo-Pacific Security")."""
    covered = {i for r in inner for i in range(r.start, r.end)}
    return any(
        t.i not in covered
        and t.is_alpha
        and t.text[0].isupper()
        and not t.is_stop
        and t.lower_ not in generic
        for t in span
    )
