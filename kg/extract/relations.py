"""Rule-based relation extraction over placeholder sentences (patterns: relations.toml).

Every relation carries the sentence it was read from, verbatim from the source file, with
its source offsets, the pattern id and the pattern's confidence. Nothing is inferred from
co-occurrence alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from kg.extract.dates import sentence_date, years_in
from kg.extract.patterns import Pattern, load_patterns
from kg.extract.patterns import builtin_confidence as _conf
from kg.extract.sentences import SentenceView
from kg.gazetteer import Gazetteer, normalise
from kg.model import (
    AGREEMENT,
    COUNTRY,
    GOVERNMENT,
    ORGANIZATION,
    PERSON,
    REGION,
    AnnotatedDocument,
    EntityRecord,
    Relation,
)
from kg.nlp.annotate import seats_of_government
from kg.resolve.document import LocalResolution, ResolvedSpan, body_record, country_of, gaz_key
from kg.rules import Rules

PENDING = "pending:"  # object of a membership whose country is not in the sentence
_HEDGE = re.compile(r"\b(?:perhaps|possibly|maybe|potentially|reportedly)\b", re.I)
_KIND_WORDS = re.compile(r"^(?:a|an|the|two|three|new)\s+", re.I)


@dataclass
class _Context:
    adoc: AnnotatedDocument
    gaz: Gazetteer
    rules: Rules
    years: list[int]
    extra: dict[str, EntityRecord] = field(default_factory=dict)
    relations: list[Relation] = field(default_factory=list)
    person_country: dict[str, str] = field(default_factory=dict)

    def evidence(self, view: SentenceView) -> tuple[str, int, int]:
        text = self.adoc.clean.text
        b, e = view.start, view.end
        while b < e and text[b].isspace():
            b += 1
        while e > b and text[e - 1].isspace():
            e -= 1
        sb, se = self.adoc.clean.offsets.to_source(b, e)
        return self.adoc.clean.raw.text[sb:se], sb, se

    def add(
        self, view: SentenceView, s: str, p: str, o: str, pat_id: str, conf: float, **kw
    ) -> None:
        if s == o:
            return
        ev, b, e = self.evidence(view)
        plain = " ".join(self.adoc.clean.text[view.start : view.end].split())
        text = plain if plain != " ".join(ev.split()) else None  # HTML: markup in the evidence
        self.relations.append(Relation(s, p, o, ev, b, e, conf, pat_id, text=text, **kw))

    def record(self, rec: EntityRecord | None) -> str | None:
        if rec is None:
            return None
        self.extra.setdefault(rec.key, rec)
        return rec.key

    def country_key(self, span: ResolvedSpan) -> str:
        """The country a Country or Government mention stands for ('' when unknown)."""
        if span.cls == COUNTRY:
            return span.key
        if span.cls == REGION:  # only a capital stands for its state ("which Beijing claims")
            entry = self.gaz.get(span.key[4:]) if span.key.startswith("gaz:") else None
            ok = entry is not None and entry.country and entry.label in seats_of_government()
            return gaz_key(entry.country) if ok else ""
        if span.key.startswith("gaz:gov:"):
            return gaz_key(span.key.split(":")[2])
        entry = self.gaz.get(span.key[4:]) if span.key.startswith("gaz:") else None
        return gaz_key(entry.country) if entry and entry.country else ""


def extract_document(
    adoc: AnnotatedDocument, local: LocalResolution, gaz: Gazetteer, rules: Rules
) -> tuple[tuple[Relation, ...], tuple[EntityRecord, ...]]:
    """Relations of one document, plus the entities they imply (bodies, agreements)."""
    patterns = load_patterns(
        getattr(rules, "directory", None) and rules.directory / "relations.toml"
    )
    ctx = _Context(adoc, gaz, rules, _reference_years(adoc))
    spans = sorted(local.spans, key=lambda s: s.start)
    views = [SentenceView.build(adoc.clean.text, b, e, spans) for b, e in adoc.sentences]
    views = [v for v in views if v.spans]
    for view in views:
        for pat in patterns["membership"]:
            for m in pat.regex.finditer(view.text):
                _membership(ctx, view, pat, m)
    _fill_pending(ctx)
    for view in views:
        for family, handler in (
            ("meeting", _meeting),
            ("agreement", _agreement),
            ("place", _place),
            ("claim", _claim),
            ("country", _country),
        ):
            for pat in patterns[family]:
                for m in pat.regex.finditer(view.text):
                    handler(ctx, view, pat, m)
        _named_agreements(ctx, view)
        _country_in_name(ctx, view)
    return tuple(_dedupe(ctx.relations)), tuple(sorted(ctx.extra.values(), key=lambda r: r.key))


def _reference_years(adoc: AnnotatedDocument) -> list[int]:
    date = adoc.clean.date or adoc.clean.raw.date
    if date:
        return [int(date[:4])]
    return years_in(adoc.clean.text)


# --- memberships -----------------------------------------------------------------------


def _membership(ctx: _Context, view: SentenceView, pat: Pattern, m: re.Match) -> None:
    g = m.groupdict()
    people = [view.span(g["per"])]
    if g.get("per2"):
        people.append(view.span(g["per2"]))
    if any(p.cls != PERSON for p in people):
        return
    title = re.sub(r"\s+", " ", g.get("title") or "").strip()
    former = bool(g.get("former"))
    org = None
    if g.get("org"):
        org = view.span(g["org"]).key
        role = title or "member"
    else:
        role_entry = ctx.rules.role(title)
        if role_entry is None:
            return
        role = title
        org = _body(ctx, view, g, role_entry.body, pat)
    if org is None:
        return
    for person in people:
        ctx.add(view, person.key, "memberOf", org, pat.id, pat.confidence, role=role, former=former)
        if not org.startswith(PENDING):
            cc = _org_country(ctx, org)
            if cc:
                ctx.person_country.setdefault(person.key, cc)


def _body(ctx: _Context, view: SentenceView, g: dict, kind: str, pat: Pattern) -> str | None:
    """The body a title belongs to, from the country or government named around it."""
    anchor = g.get("of") or g.get("ctry")
    cc = ""
    if anchor:
        span = view.span(anchor)
        if span.cls == GOVERNMENT and kind == "government":
            return span.key
        cc = ctx.country_key(span)
    elif g.get("dem"):
        cc = gaz_key(country_of(g["dem"], ctx.gaz)) if country_of(g["dem"], ctx.gaz) else ""
    if not cc:
        return PENDING + kind
    rec = body_record(ctx.rules, ctx.gaz, kind, cc[4:])
    key = ctx.record(rec)
    if key is None:
        return None
    # The body's place in the state, read from the same title ("Japanese Defense Minister").
    for name, value in rec.attrs:
        if name == "country":
            ctx.add(
                view,
                key,
                "country",
                value,
                "membership.implied_body",
                _conf("membership.implied_body"),
            )
        elif name == "part_of":
            parent = ctx.record(_parent_record(ctx, value))
            if parent:
                ctx.add(
                    view,
                    key,
                    "partOf",
                    parent,
                    "membership.implied_body",
                    _conf("membership.implied_body"),
                )
    return key


def _parent_record(ctx: _Context, key: str) -> EntityRecord | None:
    parts = key[4:].split(":")
    return body_record(ctx.rules, ctx.gaz, "government", parts[1]) if len(parts) == 2 else None


def _org_country(ctx: _Context, org: str) -> str:
    rec = ctx.extra.get(org)
    if rec is not None:
        return dict(rec.attrs).get("country", "")
    entry = ctx.gaz.get(org[4:]) if org.startswith("gaz:") else None
    return gaz_key(entry.country) if entry and entry.country and entry.cls == GOVERNMENT else ""


def _fill_pending(ctx: _Context) -> None:
    """'Defense Minister Koizumi': take the country from the same person's other title."""
    known: dict[tuple[str, str], str] = {}
    for r in ctx.relations:
        if r.predicate == "memberOf" and not r.object.startswith(PENDING):
            role = ctx.rules.role(r.role or "")
            if role:
                known.setdefault((r.subject, role.body), r.object)
    out = []
    for r in ctx.relations:
        if r.predicate == "memberOf" and r.object.startswith(PENDING):
            target = known.get((r.subject, r.object[len(PENDING) :]))
            if target:
                r = replace(r, object=target)
        out.append(r)
    ctx.relations[:] = out


# --- meetings --------------------------------------------------------------------------


def _meeting(ctx: _Context, view: SentenceView, pat: Pattern, m: re.Match) -> None:
    a, b = view.span(m.group("a")), view.span(m.group("b"))
    if a.cls != PERSON or b.cls != PERSON or a.key == b.key:
        return
    place = None
    pm = re.search(r"\bin\s+(⟨R\d+⟩)", view.text)
    if pm:
        place = view.span(pm.group(1)).key
    date = sentence_date(ctx.evidence(view)[0], ctx.years)
    s, o = sorted((a.key, b.key))
    ctx.add(view, s, "met", o, pat.id, pat.confidence, place=place, date=date)


# --- agreements ------------------------------------------------------------------------


def _agreement(ctx: _Context, view: SentenceView, pat: Pattern, m: re.Match) -> None:
    g = m.groupdict()
    kind = _KIND_WORDS.sub("", re.sub(r"\s+", " ", (g.get("kind") or "agreement").strip())).lower()
    signers: list[ResolvedSpan] = []
    if g.get("parties"):
        text = _HEDGE.split(g["parties"])[0]
        parties = [s for s in view.all(text, "CGO")]
    elif g.get("a"):
        parties = [view.span(g["a"]), view.span(g["b"])]
    else:
        parties = []
    if g.get("signers"):
        signers = [s for s in view.all(g["signers"], "P") if s.cls == PERSON]
        parties += [
            ResolvedSpan(0, 0, "", ctx.person_country[s.key], COUNTRY, "signatory-country")
            for s in signers
            if s.key in ctx.person_country
        ]
    party_keys = sorted({p.key for p in parties})
    if len(party_keys) < 2 and not signers:
        return
    topic = (g.get("topic") or "").strip()
    topic = re.split(r",|\band to\b", topic)[0].strip() if topic else ""
    topic = re.sub(r"^(?:to|on|for)\s+", "", topic)
    date = sentence_date(ctx.evidence(view)[0], ctx.years)
    named = pat.id in ("agreement.between", "agreement.compound_name")
    key = _agreement_key(ctx, kind, party_keys, date, view, named)
    if key is None:
        return
    kw = {"date": date} if date else {}
    for p in party_keys:
        ctx.add(view, key, "party", p, pat.id, pat.confidence, **kw)
    for s in signers:
        ctx.add(view, key, "signatory", s.key, pat.id, pat.confidence, **kw)
    if topic and key in ctx.extra:
        rec = ctx.extra[key]
        if not any(n == "topic" for n, _ in rec.attrs):
            ctx.extra[key] = EntityRecord(
                rec.key, rec.cls, rec.label, rec.surface_forms, (*rec.attrs, ("topic", topic))
            )


def _label_of(ctx: _Context, key: str) -> str:
    if key.startswith("gaz:"):
        entry = ctx.gaz.get(key[4:])
        if entry:
            return entry.label
    rec = ctx.extra.get(key)
    return rec.label if rec else key.split(":", 1)[-1].title()


def _agreement_key(
    ctx: _Context, kind: str, parties: list[str], date: str | None, view: SentenceView, named: bool
) -> str | None:
    if named:
        entry = _gazetteer_agreement(ctx.gaz, kind, parties)
        if entry:
            # Named by description only ("the treaty between …"): the document implies it.
            return ctx.record(EntityRecord(gaz_key(entry), AGREEMENT, ctx.gaz.get(entry).label))
    names = "–".join(sorted(_label_of(ctx, p) for p in parties)) or "Unnamed"
    if named:
        key, label = f"{AGREEMENT}:{kind}:{'|'.join(parties)}", f"{names} {kind}"
    elif date:
        key, label = f"{AGREEMENT}:{kind}:{'|'.join(parties)}:{date}", f"{names} {kind} ({date})"
    else:
        sha = ctx.adoc.clean.raw.sha256[:8]
        key = f"{AGREEMENT}:{kind}:{'|'.join(parties)}:{sha}:{view.start}"
        label = f"{names} {kind} ({sha})"
    attrs = (("date", date),) if date else ()
    ctx.extra.setdefault(key, EntityRecord(key, AGREEMENT, label, (), attrs))
    return key


_AGREEMENT_PARTIES: dict[int, dict[str, frozenset[str]]] = {}


def agreement_parties(gaz: Gazetteer) -> dict[str, frozenset[str]]:
    """Countries named in each curated agreement's names ("U.S.-Japan alliance" → US, JP)."""
    cached = _AGREEMENT_PARTIES.get(id(gaz))
    if cached is not None:
        return cached
    out: dict[str, frozenset[str]] = {}
    for entry in gaz:
        if entry.cls != AGREEMENT:
            continue
        found: set[str] = set()
        for name in entry.names:
            for part in re.split(r"[-–/]|\s+and\s+|\bbetween\b|\s+", name):
                cc = country_of(part, gaz) if part and part[0].isupper() else ""
                if cc:
                    found.add(cc)
        out[entry.id] = frozenset(found)
    _AGREEMENT_PARTIES[id(gaz)] = out
    return out


def _gazetteer_agreement(gaz: Gazetteer, kind: str, parties: list[str]) -> str | None:
    want = frozenset(p[4:] for p in parties if p.startswith("gaz:"))
    head = kind.split()[-1]
    for agr_id, found in sorted(agreement_parties(gaz).items()):
        entry = gaz.get(agr_id)
        if found == want and any(head in normalise(n) for n in entry.names):
            return agr_id
    return None


def _named_agreements(ctx: _Context, view: SentenceView) -> None:
    """A curated agreement named in a sentence has the parties its name says."""
    parties = agreement_parties(ctx.gaz)
    for span in view.spans:
        if span.cls == AGREEMENT and span.key.startswith("gaz:"):
            for cc in sorted(parties.get(span.key[4:], ())):
                ctx.add(
                    view,
                    span.key,
                    "party",
                    gaz_key(cc),
                    "agreement.name_parties",
                    _conf("agreement.name_parties"),
                )


# --- places and claims -----------------------------------------------------------------


def _place(ctx: _Context, view: SentenceView, pat: Pattern, m: re.Match) -> None:
    inner, outer = view.span(m.group("inner")), view.span(m.group("outer"))
    if inner.cls != REGION or outer.cls not in (REGION, COUNTRY) or inner.metonymy:
        return
    ctx.add(view, inner.key, "locatedIn", outer.key, pat.id, pat.confidence)


def _claim(ctx: _Context, view: SentenceView, pat: Pattern, m: re.Match) -> None:
    g = m.groupdict()
    region = view.span(g["r"])
    if region.cls != REGION:
        return
    claimants = [ctx.country_key(view.span(g[k])) for k in ("c", "a", "b") if g.get(k)]
    if g.get("dem"):
        cc = country_of(g["dem"], ctx.gaz)
        claimants.append(gaz_key(cc) if cc else "")
    for c in claimants:
        if c:
            ctx.add(view, c, "claims", region.key, pat.id, pat.confidence)


def _country(ctx: _Context, view: SentenceView, pat: Pattern, m: re.Match) -> None:
    g = m.groupdict()
    subj = view.span(g["subj"])
    if g.get("country"):
        cc = view.span(g["country"]).key
    else:
        code = country_of(g.get("dem") or "", ctx.gaz)
        cc = gaz_key(code) if code and ctx.gaz.demonym(g["dem"]) is not None else ""
    if cc:
        ctx.add(view, subj.key, "country", cc, pat.id, pat.confidence)


def _country_in_name(ctx: _Context, view: SentenceView) -> None:
    """'Japan's Ministry of Defense' says in its own name which country the body is of."""
    for span in view.spans:
        if span.cls not in (GOVERNMENT, ORGANIZATION) or not span.key.startswith("gaz:"):
            continue
        entry = ctx.gaz.get(span.key[4:])
        if entry is None or not entry.country:
            continue
        words = re.findall(r"[A-Z][\w.]*(?:\s[A-Z][\w.]*)?", span.text)
        if any(
            country_of(w.replace("’s", "").replace("'s", ""), ctx.gaz) == entry.country
            for w in words
        ):
            ctx.add(
                view,
                span.key,
                "country",
                gaz_key(entry.country),
                "country.in_name",
                _conf("country.in_name"),
            )


def _dedupe(relations: list[Relation]) -> list[Relation]:
    """One relation per (triple, sentence, rule): overlapping pattern matches repeat."""
    seen, out = set(), []
    for r in relations:
        k = (r.subject, r.predicate, r.object, r.begin, r.extractor)
        if k not in seen:
            seen.add(k)
            out.append(r)
    return out
