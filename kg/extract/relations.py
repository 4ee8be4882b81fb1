"""Rule-based relation extraction over placeholder sentences (patterns: relations.toml).

Every relation carries the sentence it was read from, verbatim from the source file, with
its source offsets, the pattern id and the pattern's confidence. Nothing is inferred from
co-occurrence alone.
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from dataclasses import dataclass, field, replace

from kg.extract import places
from kg.extract.agreement_keys import entity_label, mint_agreement
from kg.extract.dates import CALENDAR_WORDS, attach_dates, sentence_date, years_in
from kg.extract.meetings import signed_together
from kg.extract.parse import Parsed
from kg.extract.patterns import Pattern, load_patterns
from kg.extract.patterns import builtin_confidence as _conf
from kg.extract.registry import implied_country, legislature_key, lexicon, may_match
from kg.extract.sentences import SentenceView
from kg.gazetteer import Gazetteer, normalise, settle_demonyms
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
from kg.nlp.annotate import is_seat
from kg.resolve.document import (
    LocalResolution,
    ResolvedSpan,
    body_record,
    countries_named,
    country_of,
    gaz_key,
)
from kg.rules import Rules
from kg.time import document_date

PENDING = "pending:"  # object of a membership whose country is not in the sentence
_HEDGE = re.compile(r"\b(?:perhaps|possibly|maybe|potentially|reportedly)\b", re.I)
_KIND_WORDS = re.compile(r"^(?:a|an|the|two|three|new)\s+", re.I)


@dataclass
class _Context:
    adoc: AnnotatedDocument
    gaz: Gazetteer
    rules: Rules
    years: list[int]
    doc_date: str | None = None
    extra: dict[str, EntityRecord] = field(default_factory=dict)
    relations: list[Relation] = field(default_factory=list)
    person_country: dict[str, str] = field(default_factory=dict)
    # "X replaces Y" with no title: (sentence, X, Y, pattern), resolved from X's own role
    successions: list[tuple[SentenceView, str, str, Pattern]] = field(default_factory=list)
    spans: list[ResolvedSpan] = field(default_factory=list)  # the document's, by start
    starts: list[int] = field(default_factory=list)  # their start offsets
    trips: frozenset[str] | None = None  # countries the text tells of a trip to (lazily)

    def earlier(self, view: SentenceView) -> list[ResolvedSpan]:
        """The document's mentions before the sentence, in order."""
        return self.spans[: bisect.bisect_left(self.starts, view.start)]

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
            return gaz_key(entry.country) if is_seat(entry) else ""
        if span.key.startswith("gaz:gov:"):
            return gaz_key(span.key.split(":")[2])
        entry = self.gaz.get(span.key[4:]) if span.key.startswith("gaz:") else None
        return gaz_key(entry.country) if entry and entry.country else ""


def _owner_states(ctx: _Context, spans: list[ResolvedSpan]) -> None:
    """'Spain's government', 'China's foreign ministry': a body named with its state's name in
    the possessive mentions that state too (a demonym, "the Spanish government", does not)."""
    for span in spans:
        if span.cls not in (GOVERNMENT, ORGANIZATION):
            continue
        m = _OWNER.match(span.text)
        entry = ctx.gaz.lookup(m.group(1)) if m else None
        if entry is not None and entry.cls == COUNTRY:
            implied_country(ctx, gaz_key(entry.id))


_OWNER = re.compile(r"^(?:the\s+)?(.+?)['’]s?\s")


def _dateline_agency(ctx: _Context, adoc: AnnotatedDocument) -> None:
    """'TOKYO (Reuters) -': the agency the text names in its dateline (cleaned away as the
    publisher) is an organisation the document mentions, when the gazetteer knows it; a
    publisher that only the page's metadata names is no mention."""
    name = adoc.clean.publisher
    if not name or name not in adoc.clean.raw.text:
        return
    entry = ctx.gaz.lookup(name)
    if entry is not None and entry.cls == ORGANIZATION:
        ctx.record(EntityRecord(gaz_key(entry.id), ORGANIZATION, entry.label, (name,)))


def extract_document(
    adoc: AnnotatedDocument, local: LocalResolution, gaz: Gazetteer, rules: Rules
) -> tuple[tuple[Relation, ...], tuple[EntityRecord, ...]]:
    """Relations of one document, plus the entities they imply (bodies, agreements)."""
    patterns = load_patterns(
        getattr(rules, "directory", None) and rules.directory / "relations.toml"
    )
    # "Dominican President X": a demonym two states share reads as the one the text names
    gaz = settle_demonyms(gaz, getattr(rules, "ambiguous_demonyms", {}), adoc.clean.text)
    ctx = _Context(adoc, gaz, rules, _reference_years(adoc), document_date(adoc.clean))
    spans = sorted(local.spans, key=lambda s: s.start)
    ctx.spans = spans
    # Each sentence gets only the spans that start inside it (bisection), so a long document
    # costs time in proportion to its length, not to sentences x mentions.
    starts = ctx.starts = [s.start for s in spans]
    all_views = [
        SentenceView.build(
            adoc.clean.text,
            b,
            e,
            spans[bisect.bisect_left(starts, b) : bisect.bisect_left(starts, e)],
        )
        for b, e in adoc.sentences
    ]
    # A headline ("Kenya, Uganda sign border pact") repeats the story in telegraphic words: its
    # names are mentions, but facts are read from the body, where the story states them.
    headline = _headline_end(adoc)
    all_views = [v for v in all_views if v.start >= headline]
    views = [v for v in all_views if v.spans]
    for view in views:
        for pat in patterns["membership"]:
            for m in pat.regex.finditer(view.text):
                _membership(ctx, view, pat, m)
    _fill_pending(ctx, spans)
    _fill_successions(ctx)
    # With a dependency parse the registered families (kg.extract.registry) read meetings,
    # agreements, memberships of states and claims; the phrase patterns serve parse-less runs.
    # a sentence that names no one may still refer back ("The two leaders met on Friday.")
    parse_views = [v for v in all_views if v.spans or _GROUP_WORDS & set(v.text.lower().split())]
    parsed = Parsed.build(adoc, spans, parse_views, keep=may_match)
    skip = {"meeting", "agreement", "claim"} if parsed is not None else set()
    for view in views:
        for family, handler in (
            ("meeting", _meeting),
            ("agreement", _agreement),
            ("place", _place),
            ("claim", _claim),
            ("country", _country),
        ):
            for pat in patterns[family] if family not in skip else ():
                for m in pat.regex.finditer(view.text):
                    handler(ctx, view, pat, m)
        _named_agreements(ctx, view)
        _country_in_name(ctx, view)
    if parsed is not None:
        from kg.extract.registry import run_families

        run_families(ctx, parsed)
    ctx.relations += signed_together(ctx.relations)
    _dateline_agency(ctx, adoc)
    _owner_states(ctx, spans)
    return tuple(attach_dates(adoc, _dedupe(ctx.relations))), tuple(
        sorted(ctx.extra.values(), key=lambda r: r.key)
    )


_GROUP_WORDS = {"both", "two", "three", "four", "five", "six", "they"}


def _headline_end(adoc: AnnotatedDocument) -> int:
    """Where the title block the cleaner kept before the body ends (0 when there is none)."""
    title = adoc.clean.title
    if not title or not adoc.clean.text.startswith(title):
        return 0
    return len(title)


def _reference_years(adoc: AnnotatedDocument) -> list[int]:
    date = document_date(adoc.clean)
    if date:
        return [int(date[:4])]
    return years_in(adoc.clean.text)


# --- memberships -----------------------------------------------------------------------


def _membership(ctx: _Context, view: SentenceView, pat: Pattern, m: re.Match) -> None:
    g = m.groupdict()
    if g.get("pers") or g.get("pairs"):
        _respective(ctx, view, pat, g)
        return
    people = [view.span(g[k]) for k in ("per", "per2") if g.get(k)]
    if not people or any(p.cls != PERSON for p in people):
        return
    if pat.id == "membership.party_title":
        _party_title(ctx, view, pat, m, people[0])
        return
    if g.get("p"):  # "the finance portfolio goes to X", "moved X to the foreign ministry"
        title = f"{' '.join(g['p'].split())} minister"
        if ctx.rules.role(title) is None:
            return
        g = {**{k: v for k, v in g.items() if k != "p"}, "title": title}
        org = _membership_body(ctx, view, g, title, pat)
        if org is not None:
            for person in people:
                ctx.add(view, person.key, "memberOf", org, pat.id, pat.confidence, role=title)
            _previous_holder(ctx, view, pat, g, org, title)  # "X takes over defence from Y"
        return
    if g.get("holder"):  # "X … met his Greek counterpart Y": the office the text gave X
        title = _office_held(ctx, view.span(g["holder"]).key)
        org = _membership_body(ctx, view, {**g, "title": title}, title, pat) if title else None
        if org is not None and not org.startswith(PENDING):
            for person in people:
                ctx.add(view, person.key, "memberOf", org, pat.id, pat.confidence, role=title)
        return
    if pat.id == "membership.listed_appointment" and not _LIST_APPOINTED.search(
        view.text, 0, m.start()
    ):
        return  # "…, X minister of health" outside a list of appointments
    if (
        pat.id == "membership.title_before_name"
        and "," in view.text[m.end("title") : m.start("per")]
        and _APPOINTED_BEFORE.search(view.text, 0, m.start())
    ):
        return  # "X was named finance minister, Y defence minister": the title is X's
    if pat.org_words and g.get("org") and view.text[m.end("org") : m.end("org") + 1] not in _CLOSE:
        # "Hulagu Khan of the Ilkhanate had …" is no membership; a name the clause closes
        # after ("Mary Wilson of the Supremes.") or a party ("… of the CDU voted") is
        words = set(re.findall(r"[a-z]+", view.span(g["org"]).text.lower()))
        if not words & pat.org_words:
            return
    former = bool(g.get("former") or g.get("former2"))
    if (
        pat.id == "membership.title_then_resigned"
        and (g.get("former") or "").startswith("was ")
        and _OBJECT_BEFORE.search(view.text, max(0, m.start() - 60), m.start())
    ):
        # "a planned bilateral between X and Italian Prime Minister Y was dropped": the
        # meeting was dropped, not the office holder
        former = False
    if not former and pat.id == "membership.title_before_name":
        # "Ruto sacked Interior Minister X", "… replaced Finance Minister X with Y": X held it
        former = _DISMISSED_BEFORE.search(
            view.text, max(0, m.start() - 40), m.start()
        ) is not None or _left_office(view.text, m.end("per"), g.get("title") or "")
    if not former and g.get("title"):
        # "then-Foreign Minister X", "the late President X", "his predecessor as T, X", "X,
        # who served as T", "X, who was T until 2022": a past office
        at, end = m.start("title"), m.end("title")
        former = bool(
            _PAST_BEFORE.search(view.text, max(0, at - 40), at)
            or _UNTIL_AFTER.match(view.text, end)
        )
    titles = [re.sub(r"\s+", " ", g.get(k) or "").strip() for k in ("title", "title2")]
    titles = [t for t in titles if t] or [pat.role]
    if pat.id in ("membership.moved_to_body", "membership.takes_over_body_from"):
        body = view.span(g["org"])
        if not body.text.startswith("Ministry of "):
            return  # "moved to the Treasury": no office the name says
        titles = ["Minister" + body.text[len("Ministry") :]]
    if titles and _FORMER_WORD.match(titles[0]):  # "X, a former president of the Y"
        titles = [_FORMER_WORD.sub("", titles[0], count=1)] + titles[1:]
        former = True
    if g.get("title") and not g.get("org") and _subnational(view.text, m.start("title")):
        return  # "Catalan regional president X": an office of the region, not of the state
    if titles == [""] and not g.get("org") and g.get("prev"):
        prev = view.span(g["prev"])
        if prev.cls == PERSON:
            ctx.successions.extend((view, p.key, prev.key, pat) for p in people)
        return
    if not any(g.get(k) for k in ("ctry", "dem", "of", "org", "of_after")):
        # "Philippine Defense Secretary A and Foreign Secretary B": B's title, with no country
        # of its own, is in the country of the titled person just before it in the list
        prev = _LIST_BEFORE.search(view.text, 0, m.start())
        cc = ctx.person_country.get(view.span(prev.group(1)).key, "") if prev else ""
        if not cc and g.get("title") and _ITS_BEFORE.search(view.text, 0, m.start("title")):
            # "Argentina, which mediated, sent its deputy foreign minister, X": "its" is the
            # state the sentence named last before it
            # within the clause of the title ("Kiribati sent a junior minister, and Australia
            # was represented by its foreign minister")
            clause = [c.end() for c in _CLAUSE_BREAK.finditer(view.text, 0, m.start("title"))]
            named = [
                (
                    view.span(t.group()),
                    bool(_POSSESSIVE.match(view.text, t.end()))
                    or bool(_PREP_BEFORE.search(view.text, 0, t.start())),
                )
                for t in _PLACEHOLDER.finditer(view.text, 0, m.start("title"))
                if view.span(t.group()).cls in (COUNTRY, GOVERNMENT, ORGANIZATION)
            ]
            if clause:
                inside = _PLACEHOLDER.findall(view.text, clause[-1], m.start("title"))
                named = [
                    (s, a) for s, a in named if any(view.span(t) is s for t in inside)
                ] or named
            # "its" is the sentence's first name of a state or body, passing over one in the
            # possessive or after a preposition, which modifies another ("Komeito, the LDP's
            # partner, … its leader X", "the Saeima chose X, chairman of the Y and Z, as its
            # Speaker"); failing those, the last name before it
            before = [s for s, aside in named if not aside][:1] or [s for s, _ in named]
            rep = _REPRESENTED_BEFORE.search(view.text, 0, m.start("title"))
            if rep is not None:  # "… and South Africa was represented by its minister, X"
                before = [view.span(rep["ctry"])]
            its_at = _ITS_BEFORE.search(view.text, 0, m.start("title"))
            its = re.match(r"(?i)its\b", its_at[0]) and not _UNNAMED_BEFORE.search(
                view.text, 0, its_at.start()
            )
            if not before and its:  # "ECOWAS met on Monday. Its commission president, X, …"
                before = _previous_subject(ctx, view)
            states = [c for c in map(ctx.country_key, before) if c]
            cc = states[-1] if states else ""
            if before and (before[-1].cls == ORGANIZATION or before[-1].key.count(":") >= 3):
                # "Honduras's Congress elected X as its president": the body itself
                g = {**g, "_its_body": before[-1].key, "_its_org": before[-1].cls == ORGANIZATION}
                cc = ""
        if cc:
            g = {**g, "_list_cc": cc}
        elif g.get("title") and not g.get("_its_body"):
            owner = _owner_before(ctx, view, m.start("title"), g)
            if owner is None:
                return  # "the bank's president X", "Greenland's premier X": not the state's
            if owner:
                g = {**g, **owner}
    for title in titles:
        org = _membership_body(ctx, view, g, title, pat)
        if org is None:
            continue
        role = title or "member"
        for person in people:
            ctx.add(
                view, person.key, "memberOf", org, pat.id, pat.confidence, role=role, former=former
            )
            if not org.startswith(PENDING):
                cc = _org_country(ctx, org)
                if cc:
                    ctx.person_country.setdefault(person.key, cc)
        _previous_holder(ctx, view, pat, g, org, role)  # "X was named T, replacing Y"


def _office_held(ctx: _Context, person: str) -> str:
    """The state office the text last gave ``person`` ('' when none)."""
    for r in reversed(ctx.relations):
        if r.predicate == "memberOf" and r.subject == person and not r.former:
            entry = ctx.rules.role(r.role or "")
            if entry is not None and entry.body not in ("org", "legislature"):
                return r.role or ""
    return ""


def _previous_holder(
    ctx: _Context, view: SentenceView, pat: Pattern, g: dict, org: str, role: str
) -> None:
    """The person a pattern names as the one replaced (group ``prev``) held the office."""
    prev = view.span(g["prev"]) if g.get("prev") else None
    if prev is not None and prev.cls == PERSON:
        ctx.add(view, prev.key, "memberOf", org, pat.id, pat.confidence, role=role, former=True)


# who a title belongs to when the words just before it name its owner: "⟨C1⟩'s armed
# forces chief of staff", "the bank's president", "⟨R2⟩'s premier", "their new leader"
_OWNER_BEFORE = re.compile(
    r"(?:(?P<ctry>⟨C\d+⟩)['’]s|(?P<per>⟨P\d+⟩)['’]s|(?P<other>⟨[PR]\d+⟩)(?:['’]s)?"
    r"|\b(?P<noun>[A-Za-z][a-z]+)['’]s|\b(?P<their>their))\s+(?P<between>(?:(?!(?:that|in|and|or"
    r"|of|by|to|with|for|the|a|an|as|at|on|from|than|who|which|whom|when|while|after|before"
    r"|is|was|are|were|be|been|has|had|have|said|says|told|met|meets)\s)"
    r"[a-z-]+\s+){0,2})$"
)


_REPRESENTED_BEFORE = re.compile(
    # (a capital standing for its government too: "Moscow was represented in person by")
    r"(?P<ctry>⟨[CG]\d+⟩)(?:,[^,;]{1,60},)?\s+(?:(?:was|were|is|are|will\s+be|had\s+been|has\s+been)"
    r"\s+represented\s+(?:only\s+|in\s+person\s+)?by|sent|sends|dispatched)\s+"
    # "was represented only by an observer, Home Affairs Minister X"
    r"(?:(?:a|an)\s+(?:[a-z-]+\s+){0,2}?(?:observer|delegate|envoy|junior\s+minister),\s+)?"
    r"(?:its|their|the)?\s*(?:(?:new|acting|interim|deputy|vice)\s+)?$"
)
_WHOSE_BEFORE = re.compile(r"(?P<ctry>⟨C\d+⟩),\s+whose\s+(?:(?:new|acting|interim)\s+)?$")
_BY_BEFORE = re.compile(
    r"\b(?:was|were|is|are|will\s+be)\s+represented\s+by\s+(?:its|their|his|her|the)?\s*$"
)
# one word right before a title, not a placeholder or part of one
_WORD_BEFORE = re.compile(r"(?<![⟩\w'’-])([A-Za-z][a-z]+)\s+$")
_COUNTERPART_BEFORE = re.compile(
    r"\b(?:his|her|their)\s+(?P<dem>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)\s+"
    r"(?:counterparts?|opposite\s+numbers?),?\s+$"
)


def _ambiguous_demonym(ctx: _Context, word: str) -> str:
    """The country an ambiguous demonym stands for when the document names exactly one of
    its countries ("Congolese" in a text naming the DRC but not the Republic of the Congo)."""
    for row in lexicon()["ambiguous_demonyms"]:
        name, _, codes = row.lower().partition(":")
        if name == word.lower():
            named = {c.key for c in ctx.spans if c.cls == COUNTRY}
            hits = {gaz_key(c.upper()) for c in codes.split("|")} & named
            return hits.pop() if len(hits) == 1 else ""
    return ""


def _owner_before(ctx: _Context, view: SentenceView, at: int, g: dict) -> dict[str, str] | None:
    """The owner a possessive or a name just before a title gives it: ``{}`` when none is
    named (or it is the state: "the country's president"), ``{"ctry": …}`` or
    ``{"_list_cc": …}`` for a country, ``None`` when the owner is not a state."""
    rep = _REPRESENTED_BEFORE.search(view.text, 0, at) or _WHOSE_BEFORE.search(view.text, 0, at)
    if rep is not None:  # "Turkey was represented by Vice President X", "Chile sent …",
        return {"ctry": rep["ctry"]}  # "Switzerland, whose special envoy, X"
    if _BY_BEFORE.search(view.text, 0, at):
        # "Peruvian President A stayed home and was represented by Foreign Minister X": the
        # clause's subject, a state or a person whose state is known
        first = _PLACEHOLDER.search(view.text, 0, at)
        subj = view.span(first.group(0)) if first else None
        if subj is not None and subj.cls == COUNTRY:
            return {"ctry": first.group(0)}
        cc = ctx.person_country.get(subj.key, "") if subj is not None else ""
        if cc:
            return {"_list_cc": cc}
    word = _WORD_BEFORE.search(view.text, 0, at)
    if word is not None:
        w = word.group(1)
        lists = lexicon()
        if w[0].isupper() and w.lower() not in lists["title_modifiers"] and w not in CALENDAR_WORDS:
            # "Congolese President X": of the one state of that demonym the text names;
            # "Forum Secretary General X": the organisation named before with that word;
            # "Commission President X": an owner the text names but no state
            cc = _ambiguous_demonym(ctx, w)
            if cc:
                return {"_list_cc": cc}
            body = _body_noun_referent(ctx, view, word.start(1), w.lower())
            return {"_its_body": body, "_its_org": True} if body else None
        if w.lower() in lists["org_name_words"] and w.lower() not in lists["state_nouns"]:
            return None  # "commission president X", "party leader X"
    mate = _COUNTERPART_BEFORE.search(view.text, 0, at)
    cc = country_of(mate["dem"], ctx.gaz) if mate is not None else ""
    if cc:  # "his Mauritanian counterpart, Minister of Trade X"
        return {"_list_cc": gaz_key(cc)}
    m = _OWNER_BEFORE.search(view.text, 0, at)
    if m is None:
        return {}
    if m["ctry"]:
        return {"ctry": m["ctry"]}
    if m["per"]:  # "Erdogan's chief adviser": the state of that person, when known
        cc = ctx.person_country.get(view.span(m["per"]).key, "")
        return {"_list_cc": cc} if cc else {}
    if m["other"] and m["other"] in (g.get("per"), g.get("per2")):
        return {}  # "…, ⟨P1⟩ foreign minister and …": the holder named before the title
    if m["other"]:  # "⟨R⟩ premier", "⟨P⟩ president ⟨P⟩": a region's or a misread party's
        return None if m["other"][1] == "R" or not m["between"] else {}
    if m["noun"]:  # "the bank's", "Jubaland's" (a name no entity took): not a known state
        if m["noun"].lower() in lexicon()["state_nouns"]:
            return {}
        body = _body_noun_referent(ctx, view, m.start("noun"), m["noun"].lower())
        return {"_its_body": body, "_its_org": True} if body else None
    return None  # "their" with no state before it: "members chose X as their president"


def _body_noun_referent(ctx: _Context, view: SentenceView, at: int, noun: str) -> str:
    """'The bloc's executive secretary', 'the party's leader': the organisation named last
    before the noun (in the sentence, else earlier), when the noun may stand for it (its
    name holds the noun, or the noun is one of ``lexicon.generic_body_nouns``)."""
    lists = lexicon()
    if noun not in lists["body_nouns"]:
        return ""
    here = [view.span(t) for t in _PLACEHOLDER.findall(view.text, 0, at)]
    for span in reversed(ctx.earlier(view) + here):
        if span.cls != ORGANIZATION:
            continue
        words = set(re.findall(r"[a-z]+", span.text.lower()))
        entry = ctx.gaz.get(span.key[4:]) if span.key.startswith("gaz:") else None
        if entry is not None:
            words |= set(re.findall(r"[a-z]+", entry.label.lower()))
        if noun in lists["generic_body_nouns"] or noun in words:
            return span.key
        return ""
    return ""


def _party_title(
    ctx: _Context, view: SentenceView, pat: Pattern, m: re.Match, person: ResolvedSpan
) -> None:
    """'The PDP won …, giving party president X a second term': the last organisation with a
    party word in its name before the title, in this sentence."""
    words = set(lexicon()["party_words"])
    before = [
        s
        for s in view.all(view.text[: m.start()], "O")
        if set(re.findall(r"[a-z]+", s.text.lower())) & words
    ]
    if before:
        title = " ".join(m["title"].split())
        ctx.add(view, person.key, "memberOf", before[-1].key, pat.id, pat.confidence, role=title)


def _respective(ctx: _Context, view: SentenceView, pat: Pattern, g: dict) -> None:
    """'A, B and C, the transport ministers of X, Y and Z', 'Presidents A of X and B of Y':
    each holder in the office of the state in the same place of the other list; lists of
    different lengths state nothing."""
    people = view.all(g.get("pers") or g["pairs"], "P")
    states = view.all(g.get("ctrys") or g["pairs"], "CG")
    if len(people) != len(states) or len(people) < 2 or any(p.cls != PERSON for p in people):
        return
    words = g["title"].split()
    at = next((i for i in range(len(words)) if ctx.rules.role(" ".join(words[i:]))), None)
    title = " ".join(words[at:]) if at is not None else ""
    role_entry = ctx.rules.role(title) if title else None
    if role_entry is None or role_entry.body == "org":
        return
    # "signed by former prime ministers A of X and B of Y": offices they no longer hold
    former = "former" in (w.lower() for w in words[:at])
    for person, state in zip(people, states, strict=True):
        cc = ctx.country_key(state)
        if not cc:
            continue
        org = _implied_body(ctx, view, role_entry.body, cc)
        if org:
            ctx.add(
                view, person.key, "memberOf", org, pat.id, pat.confidence, role=title, former=former
            )
            ctx.person_country.setdefault(person.key, cc)


def _subnational(text: str, at: int) -> bool:
    """The word before ``at`` makes the title a region's or a town's ('regional')."""
    words = re.findall(r"[\w-]+", text[max(0, at - 30) : at])
    return bool(words) and words[-1].lower() in lexicon()["subnational_words"]


# a verb giving someone an office ("X was named", "appointed X", "X becomes")
_APPOINT_VERBS = (
    r"(?:named|appointed|nominated|elected|picked|chosen|tapped|becomes|became|moves\s+to"
    r"|moved\s+to|takes|took|gets|got|keeps|kept|retains|retained|was\s+given|goes\s+to)"
)
_LIST_APPOINTED = re.compile(rf"\b{_APPOINT_VERBS}\b")
# a person's appointment just before a title: "⟨P1⟩ was named finance minister, ⟨P2⟩ …",
# "appointed ⟨P1⟩ interior minister, ⟨P2⟩ …"
_APPOINTED_BEFORE = re.compile(
    r"(?:⟨P\d+⟩(?:,(?:[^⟨;]|⟨[CGOR]\d+⟩){0,60}?,)?\s+"
    r"(?:(?:was|is|has\s+been|had\s+been|will\s+be)\s+)?"
    rf"{_APPOINT_VERBS}|\b{_APPOINT_VERBS}\s+⟨P\d+⟩)"
    r"\s+(?:as\s+)?(?:(?:the|its|their|his|her)\s+)?(?:new\s+)?$"
)
_CLOSE = {",", ".", ";", ":", ")", ""}
# the title and name are the object of a preposition, not the subject of what follows
_OBJECT_BEFORE = re.compile(r"\b(?:with|between\s+(?:\S+\s+){1,4}?and|between)\s+$")
# a capitalised word no entity took, after the sentence's first word ("… organization,
# Sendero Luminoso and its leader X"): "its" may stand for it, so it does not reach back
_UNNAMED_BEFORE = re.compile(
    r"(?<=\s)(?!(?:January|February|March|April|May|June|July|August|September|October"
    r"|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)"
    r"[A-Z][a-z]"
)
_PAST_BEFORE = re.compile(
    # "then-minister X", "the then foreign minister X"; not "until then", "since then"
    r"(?i:\bthen-|(?<!until\s)(?<!since\s)(?<!by\s)(?<!and\s)(?<!till\s)\bthen\s+|\bthe\s+late\s+|\bex-|\bpredecessor\s+as\s+(?:the\s+)?"
    r"|(?<!\bhas\s)(?<!\bhave\s)\bserved\s+as\s+(?:the\s+)?"
    # "X, previously director-general of Y", "formerly the trade minister", "the previous
    # electricity minister, X"
    r"|\b(?:previously|formerly)\s+(?:an?\s+|the\s+|its\s+)?|\bthe\s+previous\s+)$"
)
_UNTIL_AFTER = re.compile(r"\s+(?:until|till)\s+(?:last\b|\d{4}\b|[A-Z][a-z]+\s+\d{4}\b)")
_DISMISSED_BEFORE = re.compile(
    r"\b(?:sacked|sacking|fired|firing|dismissed|dismissing|ousted|ousting|removed|removing"
    r"|dropped|dropping"
    r"|axed|axing|replaced|replacing|replaces|succeeded|succeeding|succeeds|moving|moved"
    r"|shifting|shifted|transferring|transferred|reassigning|reassigned"
    r"|(?:takes|took|taking)\s+over\s+from)\s+(?:(?:his|her|its|their|the)\s+)?"
    r"(?:(?:caretaker|interim|acting|outgoing|incumbent|long-serving|embattled)\s+)?$"
)
# "Interior Minister X was moved to defence", "Deputy Minister X was promoted to …": the title
# before the name is the office X leaves (a promotion leaves a junior office only: a
# minister promoted to deputy prime minister may keep the ministry)
_PROMOTED_AFTER = re.compile(
    r"(?:,\s+who)?\s+(?:(?:was|has\s+been|is|is\s+being|will\s+be)\s+)?(?:(?P<up>promoted"
    r"|elevated)|moved|reassigned|shifted|transferred)\s+(?:to|as)\b|\s+(?:moves|moved|switches"
    r"|switched)\s+to\b"
)
_JUNIOR = re.compile(
    r"(?i)\b(?:deputy|junior|vice|assistant|secretary\s+of\s+state|minister\s+of\s+state"
    r"|state\s+secretary|under-?secretary)\b"
)


def _left_office(text: str, at: int, title: str) -> bool:
    m = _PROMOTED_AFTER.match(text, at)
    return m is not None and (not m["up"] or _JUNIOR.search(title) is not None)


_FORMER_WORD = re.compile(r"(?i)(?:former|ex-|previously\s|formerly\s)\s*")
_CLAUSE_BREAK = re.compile(r"[,;]\s+(?:and|but|while|whereas)\s+|;\s+")
_PREP_BEFORE = re.compile(
    r"\b(?i:of|with|to|from|by|in|at|for|after|before|against|between)\s+(?:the\s+)?$"
)
_POSSESSIVE = re.compile(r"['’]s\b|['’](?=\s)")


def _previous_subject(ctx: _Context, view: SentenceView) -> list[ResolvedSpan]:
    """The state or body named first in the sentence before ``view``, which a sentence
    opening "Its leader, X" speaks of ("Sumar, the junior partner with the PSOE, kept its
    portfolios. Its leader, X"); nothing when a person or place is named first. A sentence
    that opens with "It" speaks of the same body as the one before it ("X is a party. It
    was founded in 1994. In 2006 its leader, Y, …"), up to three sentences back."""
    i = bisect.bisect_right(ctx.adoc.sentences, view.start, key=lambda s: s[0]) - 1
    text = ctx.adoc.clean.text
    for back in range(i - 1, max(i - 4, -1), -1):
        b, e = ctx.adoc.sentences[back]
        inside = [s for s in ctx.earlier(view) if s.start >= b and s.end <= e]
        if text[b:e].lstrip().startswith("It "):
            if any(s.cls in (COUNTRY, GOVERNMENT, ORGANIZATION) for s in inside):
                return []  # "It signed with Kenya": another body named in it
            continue
        if not inside:
            return []
        first = inside[0]
        if first.cls not in (COUNTRY, GOVERNMENT, ORGANIZATION) or _POSSESSIVE.match(
            text, first.end
        ):
            return []
        return [first]
    return []


_ITS_BEFORE = re.compile(r"\b(?i:its|their)\s+(?:[a-z-]+\s+){0,2}$")
_PLACEHOLDER = re.compile(r"⟨[A-Z]\d+⟩")
_LIST_BEFORE = re.compile(r"(⟨P\d+⟩)(?:\s*,\s*(?:and\s+)?|\s+and\s+)$")


def _membership_body(
    ctx: _Context, view: SentenceView, g: dict, title: str, pat: Pattern
) -> str | None:
    """The body a membership is of: a named organisation, or the body the title implies."""
    role_entry = ctx.rules.role(title) if title else None
    if g.get("org"):
        org = view.span(g["org"])
        if role_entry is None or role_entry.body == "org":
            return org.key
        if org.cls == ORGANIZATION and role_entry.title.lower() in pat.org_titles:
            return org.key
    anchor = g.get("ctry") or g.get("of") or g.get("of_after")
    if anchor and role_entry is not None and role_entry.title.lower() in pat.org_titles:
        span = view.span(anchor)
        if span.cls == ORGANIZATION and not ctx.country_key(span):
            return span.key  # "X, the African Union's special envoy", "envoy of the UN"
    if role_entry is None:
        return None
    if (
        g.get("_its_org")
        and role_entry.body != "org"
        and role_entry.title.lower() not in lexicon()["org_shared_titles"]
    ):
        return None  # "the party chose X as its prime minister": no office of the party
    return _body(ctx, view, g, role_entry.body, pat, role_entry.country)


def _body(
    ctx: _Context, view: SentenceView, g: dict, kind: str, pat: Pattern, default_cc: str = ""
) -> str | None:
    """The body a title belongs to, from the country or government named around it."""
    if kind.startswith("org:"):
        # a title only one organisation gives ("European Commissioner"): its body, named or not
        return implied_country(ctx, gaz_key(kind)) if ctx.gaz.get(kind) is not None else None
    # "President X of Togo": the country after the name when none stands before it
    anchor = g.get("of") or g.get("ctry") or (None if g.get("dem") else g.get("of_after"))
    cc = ""
    if anchor:
        span = view.span(anchor)
        if (span.cls == ORGANIZATION and kind in ("government", "org", "legislature")) or (
            span.cls == GOVERNMENT and kind in ("government", "org", "legislature")
        ):
            return span.key  # "NATO Secretary-General", "Senate President"
        if kind == "org":
            return None
        cc = ctx.country_key(span)
        if not cc and span.cls == REGION:
            return None  # "Jubaland's security minister": an office of the region
        if not cc and span.cls == ORGANIZATION and not g.get("title2"):
            # "the European Union's ambassador", "the UN's envoy": the office is of a body
            # with no country, never of the country the document is about
            return None
    elif g.get("dem"):
        cc = gaz_key(country_of(g["dem"], ctx.gaz)) if country_of(g["dem"], ctx.gaz) else ""
        if not cc and g["dem"] in ctx.rules.ambiguous_demonyms:
            return None  # "Korean President X" in a text naming both Koreas (or neither)
    if g.get("_its_body"):  # "its president": the body "its" stands for, if it has one
        return g["_its_body"] if kind in ("government", "legislature", "org") else None
    if kind == "org":
        return None  # a party or organisation title needs the organisation beside it
    if not cc and default_cc:
        cc = gaz_key(default_cc)
    if not cc:
        cc = g.get("_list_cc", "")
    if not cc:
        return PENDING + kind
    return _implied_body(ctx, view, kind, cc)


def _implied_body(ctx: _Context, view: SentenceView, kind: str, cc: str) -> str | None:
    """Record the body of ``kind`` in country ``cc`` with its place in the state."""
    rec = body_record(ctx.rules, ctx.gaz, kind, cc[4:])
    key = ctx.record(rec)
    if key is None:
        return None
    # The body's place in the state, read from the same title ("Japanese Defense Minister").
    for p, o in _body_links(ctx, rec):
        ctx.add(view, key, p, o, "membership.implied_body", _conf("membership.implied_body"))
    return key


def _body_links(ctx: _Context, rec: EntityRecord) -> list[tuple[str, str]]:
    """A body's place in the state from its record: ``country`` and ``partOf`` (the parent
    body is recorded too)."""
    links = []
    for name, value in rec.attrs:
        if name == "country":
            # the country a title implies is named by the document too ("Ghanaian President")
            links.append(("country", implied_country(ctx, value)))
        elif name == "part_of":
            parent = ctx.record(_parent_record(ctx, value))
            if parent:
                links.append(("partOf", parent))
    return links


def _parent_record(ctx: _Context, key: str) -> EntityRecord | None:
    parts = key[4:].split(":")
    if len(parts) == 3:  # "gov:NG:defense": armed forces sit in the defence ministry
        return body_record(ctx.rules, ctx.gaz, parts[2], parts[1])
    return body_record(ctx.rules, ctx.gaz, "government", parts[1]) if len(parts) == 2 else None


def _org_country(ctx: _Context, org: str) -> str:
    rec = ctx.extra.get(org)
    if rec is not None:
        return dict(rec.attrs).get("country", "")
    entry = ctx.gaz.get(org[4:]) if org.startswith("gaz:") else None
    return gaz_key(entry.country) if entry and entry.country and entry.cls == GOVERNMENT else ""


def _fill_pending(ctx: _Context, spans: list[ResolvedSpan]) -> None:
    """'Defense Minister Koizumi': take the country from the same person's other title, else
    from the document's own country (the one it names most, if one stands out)."""
    known: dict[tuple[str, str], str] = {}
    # the country of an office the text names for the same person: "Togo's Interior Minister
    # X, a former ambassador to France" held the second office for Togo too
    own: dict[str, str] = {}
    for r in ctx.relations:
        if r.predicate == "memberOf" and not r.object.startswith(PENDING):
            role = ctx.rules.role(r.role or "")
            if role:
                cc = _org_country(ctx, r.object)
                # the president of a parliament ("its president, X, was sworn in as head of
                # state") is no head of state there
                if role.body != "government" or not legislature_key(ctx, r.object):
                    known.setdefault((r.subject, role.body), r.object)
                if cc:
                    own.setdefault(r.subject, cc)
    # offices the text gives, with their country, to a named holder: "Swedish Prime Minister
    # B" holds the Swedish one, so an untitled "Prime Minister A" beside him is of elsewhere
    holders: dict[tuple[str, str], set[str]] = defaultdict(set)
    for r in ctx.relations:
        if r.predicate == "memberOf" and not r.former and not r.object.startswith(PENDING):
            holders[(r.object, _office(ctx, r.role))].add(r.subject)
    home = ""
    if any(r.object.startswith(PENDING) for r in ctx.relations):
        home = _home_country(ctx, spans)
    out = []
    implied: list[Relation] = []
    for r in ctx.relations:
        if r.predicate == "memberOf" and r.object.startswith(PENDING):
            kind = r.object[len(PENDING) :]
            target = known.get((r.subject, kind))
            if target is None and own.get(r.subject):
                target = _home_body(ctx, r, kind, own[r.subject], implied)
            if target is None:
                cc = _capital_lead(ctx, r.evidence) or _said_in_capital(ctx, r)
                if cc:
                    target = _guessed_body(ctx, r, kind, cc, holders, implied)
            if target is None and home:
                there = _visited(ctx, r, home)
                if there:  # "the visitor called on Prime Minister X": the host's office
                    target = _guessed_body(ctx, r, kind, there, holders, implied)
                elif _goes_to(ctx, r, home):
                    # "Trade Minister X is expected to travel to Hanoi": a visitor to the home
                    # country holds the office of the other state the story is about, if one
                    other = _other_state(ctx, spans, home)
                    if other:
                        target = _guessed_body(ctx, r, kind, other, holders, implied)
                else:
                    target = _guessed_body(ctx, r, kind, home, holders, implied)
            if target:
                r = replace(r, object=target)
        out.append(r)
    ctx.relations[:] = out + implied


_NOT_HEAD = re.compile(
    r"\b(?:deputy|vice|junior|under|assistant|permanent|parliamentary|shadow|acting)\b"
    r"|\bminister of state\b|\bstate (?:secretary|minister)\b|-"
)


def _office(ctx: _Context, role: str | None) -> str:
    entry = ctx.rules.role(role or "")
    if entry is None:
        return normalise(role or "")
    if entry.office:
        return entry.office
    title = entry.title.lower()
    if (
        entry.body not in ("government", "legislature")
        and not entry.body.startswith("org")
        and re.search(r"\b(?:minister|secretary)\b", title)
        and not _NOT_HEAD.search(title)
    ):
        # "Defense Secretary" and "Defence Minister" head the same ministry: one office
        return f"head of {entry.body}"
    return title


def _guessed_body(
    ctx: _Context,
    r: Relation,
    kind: str,
    cc: str,
    holders: dict[tuple[str, str], set[str]],
    implied: list[Relation],
) -> str | None:
    """The body of an untitled office in the country the document suggests, unless the text
    gives that very office there to someone else ("Prime Minister A met Swedish Prime
    Minister B": A is not Sweden's prime minister); a former holder may be anyone."""
    rec = body_record(ctx.rules, ctx.gaz, kind, cc[4:])
    if rec is None:
        return None
    if not r.former and holders.get((rec.key, _office(ctx, r.role)), set()) - {r.subject}:
        return None
    if _meets_compatriot(ctx, r, cc):
        return None
    return _home_body(ctx, r, kind, cc, implied)


def _goes_to(ctx: _Context, r: Relation, cc: str) -> bool:
    """Whether the sentence has the holder travel to, arrive in or visit country ``cc`` (or
    a place in it) after the title: one who goes there is no office-holder of it."""
    at = r.evidence.find(r.role) if r.role else -1
    if at < 0:
        return False
    for m in _GOES.finditer(r.evidence, at):
        entry = ctx.gaz.lookup(m["to"] or m["at"])
        there = entry.id if entry is not None and entry.cls == COUNTRY else ""
        if entry is not None and not there and entry.country:
            there = entry.country
        if there and gaz_key(there) == cc:
            return True
    return False


_GOES = re.compile(
    r"\b(?:travel|travels|travelled|traveled|travelling|traveling|fly|flies|flew|head|heads|"
    r"headed|go|goes|went)\s+to\s+(?:the\s+)?(?P<to>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})"
    r"|\b(?:arrive|arrives|arrived|arriving|land|lands|landed)\s+in\s+(?:the\s+)?"
    r"(?P<at>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})"
)


def _other_state(ctx: _Context, spans: list[ResolvedSpan], home: str) -> str:
    """The state other than ``home`` that the document names most, when one stands out."""
    counts: dict[str, int] = defaultdict(int)
    for s in spans:
        cc = ctx.country_key(s) if s.cls in (COUNTRY, GOVERNMENT) else ""
        if cc and cc != home:
            counts[cc] += 1
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    if not ranked or (len(ranked) > 1 and ranked[1][1] >= ranked[0][1]):
        return ""
    return ranked[0][0]


_TRIP = re.compile(
    r"\b(?:visit|visits|trip|tour)\s+to\s+(?:the\s+)?(?P<a>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})"
    r"|\b(?:arrived|arrives|landed|lands|travelled|traveled|flew|flies)\s+(?:in|to)\s+(?:the\s+)?"
    r"(?P<b>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})"
)


_HOSTING = re.compile(
    r"\b(?:called\s+on|(?:was|were)\s+(?:welcomed|received|greeted)(?:\s+(?:on|at|in)\s+"
    r"[^,]{1,40}?)?\s+by|sat\s+down\s+with|held\s+talks\s+with|met)\s+(?:the\s+)?$"
)


def _visited(ctx: _Context, r: Relation, home: str) -> str:
    """On a trip from ``home`` to one other country, the untitled office of the person the
    traveller calls on or is received by ("… called on Prime Minister X", "was welcomed on
    Sukhbaatar Square by President X") is the host country's; '' otherwise."""
    places = _trip_destinations(ctx, home)
    if len(places) != 1 or not r.role:
        return ""
    at = r.evidence.find(r.role)
    if at < 0 or not _HOSTING.search(r.evidence[:at]):
        return ""
    return places.pop()


def _trip_destinations(ctx: _Context, home: str) -> set[str]:
    """Countries other than ``home`` the document tells of a trip to ("arrived in Colombo",
    "a state visit to Sri Lanka"), read once per document."""
    if ctx.trips is None:
        found = set()
        for m in _TRIP.finditer(ctx.adoc.clean.text):
            entry = ctx.gaz.lookup(m["a"] or m["b"])
            if entry is None:
                continue
            there = entry.id if entry.cls == COUNTRY else entry.country if is_seat(entry) else ""
            if there:
                found.add(gaz_key(there))
        ctx.trips = frozenset(found)
    return set(ctx.trips - {home})


def _meets_compatriot(ctx: _Context, r: Relation, cc: str) -> bool:
    """'Waheed (of the Maldives) arrived in Colombo … sat down with Prime Minister X': on a
    trip abroad, X meeting someone of the guessed country is more likely the host."""
    words = set(re.findall(r"[a-z]+", r.evidence.lower()))
    verbs = lexicon()
    if not words & (set(verbs["meet_verbs"]) | set(verbs["talk_verbs"]) | {"talks", "summoned"}):
        return False
    return any(
        s.cls == PERSON
        and s.key != r.subject
        and ctx.person_country.get(s.key) == cc
        and s.text in r.evidence
        for s in ctx.spans
    ) and bool(_trip_destinations(ctx, cc))


_CAPITAL_LEAD = re.compile(r"^\s*In\s+([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}),")


def _capital_lead(ctx: _Context, sentence: str) -> str:
    """'In Phnom Penh, Prime Minister Hun Manet said …': a sentence set in a capital gives
    an untitled office that capital's country ('' otherwise)."""
    m = _CAPITAL_LEAD.match(sentence)
    return _seat_country(ctx, m.group(1) if m else None)


def _seat_country(ctx: _Context, name: str | None) -> str:
    """The country whose seat of government ``name`` is ('' for any other name)."""
    entry = ctx.gaz.lookup(name) if name else None
    return gaz_key(entry.country) if is_seat(entry) else ""


def _said_in_capital(ctx: _Context, r: Relation) -> str:
    """'Foreign Ministry spokesman X said at his weekly briefing in Cairo': where the holder
    speaks, a capital after the title, gives an untitled office that capital's country ('' for
    a city that is no seat of government)."""
    at = r.evidence.find(r.role) if r.role else -1
    m = _SAID_IN.search(r.evidence, at) if at >= 0 else None
    return _seat_country(ctx, m["at"] if m else None)


_SAID_IN = re.compile(
    r"\b(?:said|says|told|tells|briefing|briefed|statement)\b[^.;]{0,40}?\bin\s+"
    r"(?P<at>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})"
)


def _fill_successions(ctx: _Context) -> None:
    """'Mudavadi replaces Mutua': Mutua held the office the text gives Mudavadi (the title
    stated nearest before, else the first after); when the text gives Mudavadi none, he takes
    the one it gives Mutua ("Finance Minister Mutua was replaced by Mudavadi")."""

    def held(person: str) -> list[Relation]:
        return [
            r
            for r in ctx.relations
            if r.predicate == "memberOf"
            and r.subject == person
            and not r.former
            and (r.role or "member") != "member"
            and not r.object.startswith(PENDING)
        ]

    def held_before(person: str) -> list[Relation]:  # current or former
        return [
            r
            for r in ctx.relations
            if r.predicate == "memberOf"
            and r.subject == person
            and (r.role or "member") != "member"
            and not r.object.startswith(PENDING)
        ]

    for view, new, old, pat in ctx.successions:
        at = ctx.evidence(view)[1]
        # "X replaces Y, who resigned as interior minister": when the sentence gives X no
        # office, the one it gives Y is the one X takes
        here = [r for r in held(new) + held_before(old) if r.begin == at]
        # "X replaces Y, who becomes labour minister": Y's new post is not the one X takes
        moved_on = {
            id(r)
            for r in here
            if r.subject == old and not r.former and r.extractor in _NEW_POST_RULES
        }
        here = [r for r in here if id(r) not in moved_on]
        # Y's office, not a past post of Y's ("Y, a former central bank governor")
        own = [
            r
            for r in here
            if r.subject == old and (not r.former or r.extractor == "membership.resigned_as")
        ]
        if own and len(own) == len(here):
            r = own[0]
            ctx.add(view, new, "memberOf", r.object, pat.id, pat.confidence, role=r.role)
            if not r.former:
                ctx.add(
                    view,
                    old,
                    "memberOf",
                    r.object,
                    pat.id,
                    pat.confidence,
                    role=r.role,
                    former=True,
                )
            continue
        offices, holder = held(new), new
        if not offices:
            offices = [r for r in held(old) if id(r) not in moved_on]
            holder = old
        if not offices:
            continue
        before = [r for r in offices if r.begin <= at]
        # in one sentence, the office X was named to rather than one X is described by ("X, a
        # deputy governor of the bank, was named finance minister"); Y's office, not the post
        # Y moves to ("Y, named interior minister, is succeeded at finance by X")
        fresh = holder == new
        r = (
            max(before, key=lambda r: (r.begin, (r.extractor in _NEW_POST_RULES) == fresh))
            if before
            else min(offices, key=lambda r: r.begin)
        )
        ctx.add(view, old, "memberOf", r.object, pat.id, pat.confidence, role=r.role, former=True)
        if holder == old:
            ctx.add(view, new, "memberOf", r.object, pat.id, pat.confidence, role=r.role)


_NEW_POST_RULES = {
    "membership.named_as",
    "membership.moved_to_ministry",
    "membership.moved_to_body",
    "membership.takes_over_body_from",
}


def _home_country(ctx: _Context, spans: list[ResolvedSpan]) -> str:
    """The country a document is about: the first it names, by name, demonym, capital or a
    title only that country uses (news names its home country first: "Kenyan President …",
    "… in Ottawa"); '' when it names none."""
    cues: list[tuple[int, str]] = []
    for s in spans:
        # a capital standing for its government ("Manila lodges protest") names it too
        metonym = s.cls == GOVERNMENT and s.key.startswith("gaz:gov:") and s.key.count(":") == 2
        cc = ctx.country_key(s) if s.cls in (COUNTRY, REGION) or metonym else ""
        if cc:
            cues.append((s.start, cc))
    cues += [(pos, gaz_key(cc)) for pos, cc in countries_named(ctx.adoc.clean.text, ctx.gaz)]
    first_src = ctx.adoc.clean.offsets.begin(0)
    for r in ctx.relations:  # "Home Secretary": a title only one country uses
        role = ctx.rules.role(r.role or "") if r.predicate == "memberOf" else None
        if role is not None and role.country:
            cues.append((max(r.begin - first_src, 0), gaz_key(role.country)))
    return min(cues)[1] if cues else ""


def _home_body(
    ctx: _Context, r: Relation, kind: str, cc: str, implied: list[Relation]
) -> str | None:
    rec = body_record(ctx.rules, ctx.gaz, kind, cc[4:])
    key = ctx.record(rec)
    if key is None:
        return None
    conf = _conf("membership.home_country")
    implied.extend(
        replace(
            r,
            subject=key,
            predicate=p,
            object=o,
            extractor="membership.implied_body",
            confidence=conf,
            role=None,
            former=False,
        )
        for p, o in _body_links(ctx, rec)
    )
    return key


# --- meetings --------------------------------------------------------------------------


def _meeting(ctx: _Context, view: SentenceView, pat: Pattern, m: re.Match) -> None:
    a, b = view.span(m.group("a")), view.span(m.group("b"))
    if a.cls != PERSON or b.cls != PERSON or a.key == b.key:
        return
    place = None
    pm = re.search(r"\bin\s+(⟨R\d+⟩)", view.text)
    if pm:
        place = view.span(pm.group(1)).key
    date = sentence_date(ctx.evidence(view)[0], ctx.years, ctx.doc_date)
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
    date = sentence_date(ctx.evidence(view)[0], ctx.years, ctx.doc_date)
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


def _agreement_key(
    ctx: _Context, kind: str, parties: list[str], date: str | None, view: SentenceView, named: bool
) -> str | None:
    if named:
        entry = _gazetteer_agreement(ctx.gaz, kind, parties)
        if entry:
            # Named by description only ("the treaty between …"): the document implies it.
            return ctx.record(EntityRecord(gaz_key(entry), AGREEMENT, ctx.gaz.get(entry).label))
    names = "–".join(sorted(entity_label(ctx, p) for p in parties)) or "Unnamed"
    attrs = (("date", date),) if date else ()
    if not named:
        return mint_agreement(ctx, kind, "|".join(parties), names, date, view.start, attrs)
    key = f"{AGREEMENT}:{kind}:{'|'.join(parties)}"
    ctx.extra.setdefault(key, EntityRecord(key, AGREEMENT, f"{names} {kind}", (), attrs))
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
        out[entry.id] = frozenset(cc for name in entry.names for cc in _countries_in(name, gaz))
    _AGREEMENT_PARTIES[id(gaz)] = out
    return out


def _countries_in(name: str, gaz: Gazetteer) -> set[str]:
    """The countries a name writes out, by name or demonym ("U.S.-Japan alliance" → US, JP)."""
    parts = re.split(r"[-–/]|\s+and\s+|\bbetween\b|\s+", name)
    return {cc for p in parts if p and p[0].isupper() and (cc := country_of(p, gaz))}


def _gazetteer_agreement(gaz: Gazetteer, kind: str, parties: list[str]) -> str | None:
    want = frozenset(p[4:] for p in parties if p.startswith("gaz:"))
    if not want:  # parties outside the gazetteer name no curated agreement
        return None
    head = kind.split()[-1]
    for agr_id, found in sorted(agreement_parties(gaz).items()):
        entry = gaz.get(agr_id)
        if found == want and any(head in normalise(n) for n in entry.names):
            return agr_id
    return None


def _named_agreements(ctx: _Context, view: SentenceView) -> None:
    """A curated agreement named in a sentence has the parties its name says, those the
    document mentions ("the Reciprocal Access Agreement" between Japan and the Philippines is
    not the curated Japan–Australia one's: Australia, never named, is no party here)."""
    parties = agreement_parties(ctx.gaz)
    here: set[str] | None = None  # the countries the document names, read once if needed
    for span in view.spans:
        if span.cls == AGREEMENT and not span.key.startswith("gaz:"):
            for key in _hyphen_parties(ctx.gaz, span.text):
                entry = ctx.gaz.get(key[4:])
                if entry.cls == ORGANIZATION:  # named inside the agreement's name
                    ctx.record(EntityRecord(key, ORGANIZATION, entry.label))
                ctx.add(
                    view,
                    span.key,
                    "party",
                    implied_country(ctx, key),
                    "agreement.hyphen_parties",
                    _conf("agreement.hyphen_parties"),
                )
        if span.cls == AGREEMENT and span.key.startswith("gaz:"):
            named = parties.get(span.key[4:], frozenset())
            if here is None:
                here = {k for s in ctx.spans if (k := ctx.country_key(s))}
            written = _countries_in(span.text, ctx.gaz)
            if any(gaz_key(cc) not in here and cc not in written for cc in named):
                continue  # the name fits another agreement of the same kind
            for cc in sorted(named):
                ctx.add(
                    view,
                    span.key,
                    "party",
                    gaz_key(cc),
                    "agreement.name_parties",
                    _conf("agreement.name_parties"),
                )


def _hyphen_parties(gaz, name: str) -> list[str]:
    """'the Korea-Vietnam Free Trade Agreement', 'the India-Sri Lanka Defence Cooperation MoU',
    'the China-Mongolia-Russia Economic Corridor': two or more states or organisations joined
    by hyphens at the head of an agreement's name are its parties (all of them, or none)."""
    name = re.sub(r"^the\s+", "", name, flags=re.I)
    parts = re.split(r"\s*[-–]\s*", name)
    if len(parts) < 2:
        return []
    out = []
    for k, part in enumerate(parts):
        words = part.split()
        if k < len(parts) - 1:
            options = [part] if len(words) <= 4 else []
        else:  # the last part runs on into the name: its first one to three words
            options = [" ".join(words[:n]) for n in (3, 2, 1) if n < len(words)]
        entry = next(
            (
                e
                for o in options
                if (e := gaz.lookup(o)) is not None and e.cls in (COUNTRY, ORGANIZATION)
            ),
            None,
        )
        if entry is None:
            return []
        key = gaz_key(entry.id)
        if key not in out:
            out.append(key)
    return out if len(out) >= 2 else []


# --- places and claims -----------------------------------------------------------------


def _place(ctx: _Context, view: SentenceView, pat: Pattern, m: re.Match) -> None:
    inner, outer = view.span(m.group("inner")), view.span(m.group("outer"))
    if inner.cls != REGION or outer.cls not in (REGION, COUNTRY) or inner.metonymy:
        return
    if not places.consistent(ctx.gaz, inner, outer):  # "Lyon, Spain"; "Atlanta, Georgia"
        return
    if (
        pat.id == "place.city_country"
        and outer.text.split()[-1].lower() in (lexicon()["not_container_heads"])
    ):
        return  # "in Sylvania, Clark Lake has …": a lake holds no town
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
    """One relation per (triple, sentence, rule): overlapping pattern matches repeat. A plain
    "member" role says nothing when the document names the person's role in that body."""
    titled = {
        (r.subject, r.object)
        for r in relations
        if r.predicate == "memberOf" and (r.role or "member") != "member"
    }
    # A rule that reads the office as past ("Finance Minister X resigned") wins over one that
    # reads the same title in the same sentence as held.
    past = {(r.subject, r.object, r.role, r.begin) for r in relations if r.former}
    seen, out = set(), []
    for r in relations:
        if r.predicate == "memberOf" and (r.role or "member") == "member":
            if (r.subject, r.object) in titled:
                continue
        if (
            r.predicate == "memberOf"
            and not r.former
            and (r.subject, r.object, r.role, r.begin) in past
        ):
            continue
        k = (r.subject, r.predicate, r.object, r.begin, r.extractor)
        if k not in seen:
            seen.add(k)
            out.append(r)
    return out
