"""Document-level resolution: give every entity span a key and a consistent class.

Keys are ``gaz:<id>`` for curated entries and ``<Class>:<normalised name>`` otherwise; the
corpus-level step (``kg.resolve.corpus``) merges keys across documents. The cascade here:

1. gazetteer id from the NLP stage, or a gazetteer lookup of the normalised name;
2. metonymy: a capital acting as an agent denotes its country's government;
3. a body name with a country before it ("Japan's Ministry of Defense", "Japanese Ministry
   of Defense") becomes that country's body;
4. type vote: a name typed Person by a title rule anywhere in the document is a Person
   everywhere in it, and so is its surname, unless a place cue ("the port of X", "a claim to
   X") types it a Region somewhere: then it is a Region everywhere;
5. surname back-off: "Koizumi" joins the only "… Koizumi" full name in the document;
6. acronyms: "the Japan Coast Guard (JCG)" defines "JCG" for the rest of the document.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, replace
from functools import lru_cache

from kg.gazetteer import Gazetteer, normalise
from kg.model import (
    COUNTRY,
    GOVERNMENT,
    ORGANIZATION,
    PERSON,
    REGION,
    AnnotatedDocument,
    EntityRecord,
    EntitySpan,
    Mention,
)
from kg.rules import Rules

_BODY_KINDS = (
    (re.compile(r"\b(defen[cs]e|war)\b", re.I), "defense"),
    (re.compile(r"\b(foreign affairs|state)\b", re.I), "foreign"),
    (re.compile(r"\b(finance|treasury)\b", re.I), "finance"),
    (re.compile(r"\b(trade)\b", re.I), "trade"),
    (re.compile(r"\b(economy)\b", re.I), "economy"),
    (re.compile(r"\b(interior|home affairs)\b", re.I), "interior"),
)
_COUNTRY_BEFORE = re.compile(r"([A-Z][\w.]*(?:[ -][A-Z][\w.]*)*)(?:['’]s)?\s+$")


@dataclass(frozen=True, slots=True)
class ResolvedSpan:
    """An entity span with its key, in clean-text offsets."""

    start: int
    end: int
    text: str
    key: str
    cls: str
    rule: str  # how the key was chosen
    metonymy: bool = False


@dataclass(frozen=True, slots=True)
class LocalResolution:
    spans: tuple[ResolvedSpan, ...]
    records: tuple[EntityRecord, ...]
    mentions: tuple[Mention, ...]


def gaz_key(entry_id: str) -> str:
    return f"gaz:{entry_id}"


def body_record(rules: Rules, gaz: Gazetteer, kind: str, cc: str) -> EntityRecord | None:
    """The record of a country's body of ``kind`` (curated entry first, else the template)."""
    country = gaz.get(cc)
    if country is None or not rules.has_body(kind):
        return None
    id_, label, part_of = rules.body_for(kind, cc, country.label)
    curated = gaz.get(id_)
    attrs = [("country", gaz_key(cc))]
    if curated.part_of if curated else part_of:
        attrs.append(("part_of", gaz_key(curated.part_of if curated else part_of)))
    return EntityRecord(
        key=gaz_key(id_),
        cls=GOVERNMENT,
        label=curated.label if curated else label,
        attrs=tuple(attrs),
    )


def country_of(text: str, gaz: Gazetteer) -> str:
    """ISO code of a country named or implied by ``text`` (name, alias or demonym)."""
    entry = gaz.lookup(text) or gaz.demonym(text)
    if entry is None:
        return ""
    if entry.cls == COUNTRY:
        return entry.id
    return entry.country if entry.cls == GOVERNMENT and entry.id.count(":") == 1 else ""


def resolve_document(adoc: AnnotatedDocument, gaz: Gazetteer, rules: Rules) -> LocalResolution:
    text = adoc.clean.text
    ents = list(adoc.entities)
    places = _place_names(ents)
    persons = _person_names(ents) - places
    ruled = _rule_classes(ents)
    spans: list[ResolvedSpan] = []
    extra: dict[str, EntityRecord] = {}
    starts = [b for b, _ in adoc.sentences]
    home: list[str] = []  # the document's first-named country, read once when needed
    doc_named: list[set[str]] = []  # every country the document names, read once when needed
    for ent in ents:
        i = max(0, bisect.bisect_right(starts, ent.start) - 1)
        sentence = text[adoc.sentences[i][0] : adoc.sentences[i][1]] if adoc.sentences else text
        if ent.label in (ORGANIZATION, GOVERNMENT) and rules.body_names:
            leg = _legislature(ent, text, gaz, rules, home, extra)
            if leg is not None:
                spans.append(leg)
                continue
        link = not (ent.kb_id and _foreign_context(ent, sentence, gaz, text, doc_named))
        if ent.source.startswith("model") and ruled.get(normalise(ent.text), ent.label) not in (
            ent.label,
            PERSON,
        ):
            ent = replace(ent, label=ruled[normalise(ent.text)])  # "Pastef" beside "Pastef party"
        if (
            ent.source.startswith("model")
            and ent.label in (PERSON, ORGANIZATION)
            and not ent.kb_id
            and normalise(ent.text) in places
        ):
            ent = replace(ent, label=REGION)  # "Sabah's chief minister" beside "claim to Sabah"
        r = _resolve_span(
            ent if link else replace(ent, kb_id=""), text, gaz, rules, persons, extra, link
        )
        if r is not None:
            spans.append(r)
    spans = _surname_backoff(spans)
    spans = _short_party_names(spans)
    spans = _short_country_names(spans, gaz)
    spans = _acronyms(spans, text, gaz)
    records = _records(spans, gaz, extra)
    offsets = adoc.clean.offsets
    raw = adoc.clean.raw.text
    mentions = []
    for s in spans:
        b, e = offsets.to_source(s.start, s.end)
        mentions.append(Mention(key=s.key, begin=b, end=e, anchor=raw[b:e], metonymic=s.metonymy))
    return LocalResolution(tuple(spans), records, tuple(mentions))


_CAPITALISED = re.compile(r"[A-Z][\w.]*(?:[ -][A-Z][\w.]*)?")
_WORD = re.compile(r"[A-Z][\w.’']*")


@lru_cache(maxsize=65536)
def _cached_country_of(text: str, gaz: Gazetteer) -> str:
    return country_of(text, gaz)


def countries_named(text: str, gaz: Gazetteer) -> list[tuple[int, str]]:
    """(offset, ISO code) of every country a capitalised word or pair names or implies.

    >>> from kg.gazetteer import load_gazetteer
    >>> countries_named("Spanish Prime Minister met South Korean and U.S. envoys", load_gazetteer())
    [(0, 'ES'), (27, 'KR'), (44, 'US')]
    """
    out = []
    words = list(_WORD.finditer(text))
    skip = -1
    country_of = _cached_country_of
    for i, w in enumerate(words):
        if i <= skip:
            continue
        if i + 1 < len(words) and text[w.end() : words[i + 1].start()] in (" ", "-"):
            pair = text[w.start() : words[i + 1].end()]
            cc = country_of(pair.rstrip(".'’s") if pair.endswith(("'s", "’s")) else pair, gaz)
            if cc:
                out.append((w.start(), cc))
                skip = i + 1
                continue
        word = w.group(0)
        for form in (word, word.rstrip("."), re.sub(r"['’]s?$", "", word)):
            cc = country_of(form, gaz)
            if cc:
                out.append((w.start(), cc))
                break
    return out


_PARTY_AFTER = re.compile(r"\s+(?i:party)\b")
_OF_COUNTRY = re.compile(r"^(.+?)\s+of\s+(?:the\s+)?(.+)$")


def _legislature_name(name: str, gaz: Gazetteer, names: frozenset[str]) -> tuple[str, str]:
    """(bare legislature name, ISO code the name itself gives) when ``name`` is a name many
    countries give their legislature (legislatures.txt), alone or with a country:
    "Senate", "Chile's Congress", "the Colombian Senate", "Parliament of Moldova"; ('', '')
    otherwise. A demonym before "Congress" makes a party ("Nepali Congress", "Indian
    National Congress")."""
    bare = re.sub(r"^(?:the|The)\s+", "", name.strip())
    if bare.lower() in names:
        return bare, ""
    m = _OF_COUNTRY.match(bare)
    if m and m.group(1).lower() in names and country_of(m.group(2), gaz):
        return m.group(1), country_of(m.group(2), gaz)
    words = bare.split()
    for k in (1, 2, 3):
        head, rest = " ".join(words[:k]), " ".join(words[k:])
        if rest.lower() in names:
            if head.endswith(("'s", "’s")):
                cc = country_of(head[:-2], gaz)
            else:  # "the Colombian Senate"; but a "Congress" after a demonym is a party
                cc = "" if "congress" in rest.lower() else country_of(head, gaz)
            return (rest, cc) if cc else ("", "")
    return "", ""


def _legislature(
    ent: EntitySpan,
    text: str,
    gaz: Gazetteer,
    rules: Rules,
    home: list[str],
    extra: dict[str, EntityRecord],
) -> ResolvedSpan | None:
    """A legislature named as many countries name theirs ("Congress", "the Senate") is the
    legislature of the country in context, never another country's body of the same name:
    the country the name or the words before it give ("Chile's Congress", "the Colombian
    Senate", "Parliament of Moldova"), else the document's first-named country (a country
    named elsewhere in the sentence may be another's: "… while the US Congress debated").
    With no country in context the name stays unlinked."""
    name, cc = _legislature_name(ent.text, gaz, rules.body_names)
    if not name:
        return None
    if _PARTY_AFTER.match(text, ent.end):  # "the Congress party"
        key = f"{ORGANIZATION}:{normalise(name)}"
        return ResolvedSpan(ent.start, ent.end, ent.text, key, ORGANIZATION, "party-name")
    if not cc:
        m = _COUNTRY_BEFORE.search(text, max(0, ent.start - 60), ent.start)
        cc = country_of(m.group(1), gaz) if m else ""
    if not cc:
        if not home:
            first = countries_named(text, gaz)
            home.append(first[0][1] if first else "")
        cc = home[0]
    if not cc:
        key = f"{GOVERNMENT}:{normalise(name)}"
        return ResolvedSpan(ent.start, ent.end, ent.text, key, GOVERNMENT, "legislature")
    rec = legislature_record(rules, gaz, name, cc)
    if rec is None:
        return None
    if rec.key.startswith("gaz:") and gaz.get(rec.key[4:]) is None:
        extra[rec.key] = rec
    return ResolvedSpan(ent.start, ent.end, ent.text, rec.key, GOVERNMENT, "legislature")


def legislature_record(rules: Rules, gaz: Gazetteer, name: str, cc: str) -> EntityRecord | None:
    """Country ``cc``'s body called ``name``: its curated entry ("United States Senate"),
    the body of the kind generic_bodies.tsv gives the name ("Parliament", "the Foreign
    Ministry"), else the name as written with the country ("Congress (Honduras)")."""
    country = gaz.get(cc)
    if country is None:
        return None
    for form in (name, f"{country.label} {name}", *(f"{d} {name}" for d in country.demonyms)):
        entry = gaz.lookup(form)
        if entry is not None and entry.cls == GOVERNMENT and entry.country == cc:
            return EntityRecord(gaz_key(entry.id), GOVERNMENT, entry.label)
    kind = rules.generic_bodies.get(name.lower())
    if kind:  # "the Foreign Ministry", "Parliament": the country's body of that kind
        return body_record(rules, gaz, kind, cc)
    slug = "-".join(re.findall(r"[a-z0-9]+", name.lower()))
    label = f"{name[:1].upper()}{name[1:]} ({country.label})"
    attrs = (("country", gaz_key(cc)), ("part_of", gaz_key(f"gov:{cc}")))
    return EntityRecord(gaz_key(f"gov:{cc}:{slug}"), GOVERNMENT, label, attrs=attrs)


def _foreign_context(
    ent: EntitySpan,
    sentence: str,
    gaz: Gazetteer,
    text: str = "",
    doc_named: list[set[str]] | None = None,
) -> bool:
    """A national organisation ("Labour Party", UK) in a sentence about another country.

    True when the sentence names some other country (by name or demonym) and never the
    entry's own, or, when the sentence names none, the document names countries but never
    the entry's own ("Ireland's Labour Party … Labour leader X said"); the mention then
    keeps a local key instead of the curated link.
    """
    entry = gaz.get(ent.kb_id)
    if entry is None or entry.cls not in (ORGANIZATION, GOVERNMENT) or not entry.country:
        return False
    if country_of(ent.text, gaz) or any(
        country_of(w, gaz) == entry.country for w in ent.text.split()
    ):
        return False  # the name itself says the country ("Japan's Ministry of Defense")
    named = {cc for _, cc in countries_named(sentence, gaz)}
    if not named and doc_named is not None:
        if not doc_named:
            doc_named.append({cc for _, cc in countries_named(text, gaz)})
        named = doc_named[0]
    return bool(named) and entry.country not in named


def _person_names(ents: list[EntitySpan]) -> set[str]:
    """Names typed Person by a rule or by the model at least as often as otherwise."""
    votes: dict[str, Counter] = defaultdict(Counter)
    for e in ents:
        if e.kb_id:
            continue
        weight = 3 if e.source.startswith("ruler:") else 1
        votes[normalise(e.text)][e.label] += weight
    names = {n for n, c in votes.items() if c[PERSON] and c[PERSON] >= max(c.values())}
    # Surnames of those people are people too ("Takaichi" tagged ORG by the model).
    full = [n.split() for n in names if " " in n]
    names |= {w[-1] for w in full}
    # Spanish and Portuguese names carry two surnames, the first the one used alone
    # ("Molina" for "Andrés Molina Errázuriz"): the word before the last of a name of three
    # or more words, when nothing calls it a place and no other person ends in it
    last = Counter(w[-1] for w in full)
    names |= {
        w[-2]
        for w in full
        if len(w) >= 3
        and w[-2] in votes
        and not votes[w[-2]][REGION]
        and not votes[w[-2]][COUNTRY]
        and not last[w[-2]]
    }
    # A full name the model typed otherwise whose surname is a person ("Shmyhal was
    # appointed …" beside "Denys Shmyhal" tagged ORG).
    single = {n for n in names if " " not in n}
    # A given name that starts only one of them and that nothing calls a place
    # ("Phumtham" for "Phumtham Wechayachai"; not "Coimbra" beside "Coimbra Fado").
    firsts = Counter(w[0] for w in full)
    names |= {
        f
        for f, k in firsts.items()
        if k == 1 and f in votes and not votes[f][REGION] and not votes[f][COUNTRY]
    }
    names |= {
        n
        for n, c in votes.items()
        if 2 <= len(n.split()) <= 3
        and n.split()[-1] in single
        and c[PERSON] == 0
        and all(w[:1].isupper() for w in _original_words(ents, n))
    }
    return names


# place rules whose cue names a place outright ("the port of X", "the X region", "a claim to X")
_PLACE_CUES = ("rule:place_noun", "rule:place_claimed")


def _place_names(ents: list[EntitySpan]) -> set[str]:
    """Names a place rule typed Region on a strong cue: the model's Person or Organization
    for the same name elsewhere in the document yields to it ("Sabah's chief minister" after
    "its claim to Sabah")."""
    return {normalise(e.text) for e in ents if e.label == REGION and e.source in _PLACE_CUES}


def _rule_classes(ents: list[EntitySpan]) -> dict[str, str]:
    """Organisation and government names a rule typed ("the ruling Pastef party"): the
    model's other class for the same name elsewhere in the document yields to the rule."""
    out: dict[str, str] = {}
    for e in ents:
        if e.source.startswith("ruler:") and not e.kb_id and e.label in (ORGANIZATION, GOVERNMENT):
            out.setdefault(normalise(e.text), e.label)
    return out


def _original_words(ents: list[EntitySpan], norm: str) -> list[str]:
    for e in ents:
        if normalise(e.text) == norm:
            return e.text.split()
    return []


def _resolve_span(
    ent: EntitySpan,
    text: str,
    gaz: Gazetteer,
    rules: Rules,
    persons: set[str],
    extra: dict[str, EntityRecord],
    link: bool = True,
) -> ResolvedSpan | None:
    norm = normalise(ent.text)
    if not norm:
        return None
    entry = gaz.get(ent.kb_id) if ent.kb_id else None
    rule = "gazetteer" if entry else ""
    if entry is None and norm not in persons and link:
        entry = gaz.lookup(ent.text)
        rule = "gazetteer-lookup" if entry else ""
        if entry is not None and ent.label == PERSON and ent.source == "ruler:title":
            entry = None
    if entry is not None:
        if ent.metonymy and entry.country:
            rec = body_record(rules, gaz, "government", entry.country)
            if rec is not None:
                extra[rec.key] = rec
                return ResolvedSpan(
                    ent.start, ent.end, ent.text, rec.key, GOVERNMENT, "metonymy", True
                )
        return ResolvedSpan(ent.start, ent.end, ent.text, gaz_key(entry.id), entry.cls, rule)
    if norm in persons:
        return ResolvedSpan(ent.start, ent.end, ent.text, f"{PERSON}:{norm}", PERSON, "type-vote")
    if ent.label == GOVERNMENT:
        m = _COUNTRY_BEFORE.search(text, max(0, ent.start - 60), ent.start)
        cc = country_of(m.group(1), gaz) if m else ""
        kind = next((k for rx, k in _BODY_KINDS if rx.search(ent.text)), "")
        if cc and kind:
            rec = body_record(rules, gaz, kind, cc)
            if rec is not None:
                extra[rec.key] = rec
                return ResolvedSpan(
                    ent.start, ent.end, ent.text, rec.key, GOVERNMENT, "body-with-country"
                )
    if ent.label == COUNTRY:  # a Country without a gazetteer entry is just a place to us
        return ResolvedSpan(ent.start, ent.end, ent.text, f"{REGION}:{norm}", REGION, "model")
    return ResolvedSpan(ent.start, ent.end, ent.text, f"{ent.label}:{norm}", ent.label, "model")


def _surname_backoff(spans: list[ResolvedSpan]) -> list[ResolvedSpan]:
    """A person joins the only longer name ending in it ("Gaviria Torres" for "Cesar Gaviria
    Torres", "Ould Sidi Baba" for "Ahmedou Ould Sidi Baba"); a one-word one, failing that, the only name it starts
    (given names: "Getachew" for "Getachew Reda", "Anutin" for "Anutin Charnvirakul"), or
    the only name of three or more words it is the first surname of ("Molina" for "Andrés
    Molina Errázuriz")."""
    full: dict[str, set[str]] = defaultdict(set)
    first: dict[str, set[str]] = defaultdict(set)
    second: dict[str, set[str]] = defaultdict(set)
    for s in spans:
        if s.cls == PERSON and " " in s.key:
            words = s.key.split(":", 1)[1].split()
            for k in range(1, len(words)):  # "Torres", "Gaviria Torres"
                full[" ".join(words[k:])].add(s.key)
            first[words[0]].add(s.key)
            if len(words) >= 3:  # "Molina" for "Andrés Molina Errázuriz"
                second[words[-2]].add(s.key)
    out = []
    for s in spans:
        name = s.key.split(":", 1)[1]
        if s.cls == PERSON and s.key.startswith(f"{PERSON}:"):
            # "Ould Sidi Baba" for "Ahmedou Ould Sidi Baba": a longer tail joins too
            cands = (
                full.get(name, set())
                if name.count(" ") > 1
                else full.get(name)
                or ((first.get(name) or second.get(name, set())) if " " not in name else set())
            )
            if len(cands) == 1:
                s = ResolvedSpan(
                    s.start, s.end, s.text, next(iter(cands)), PERSON, "surname-backoff"
                )
        out.append(s)
    return out


# "the Law and Justice party (PiS)": a lower-case kind noun may stand between name and acronym
_PARTY_HEAD = re.compile(r"\b(?:Party|Parti|Partido|Partei)\b")


_STATE_KEY = re.compile(r"^gaz:(?:gov:)?([A-Z]{2})$")


def _short_country_names(spans: list[ResolvedSpan], gaz: Gazetteer) -> list[ResolvedSpan]:
    """'Congo' in a document that names only the Republic of the Congo: a one-word short name
    (not the state's own label) whose state the document names no other way is the one other
    state of the document whose name ends in it ("Republic of the Congo", "Democratic
    Republic of the Congo"); the gazetteer's reading stands otherwise."""
    texts: dict[str, set[str]] = defaultdict(set)
    for s in spans:
        if (m := _STATE_KEY.match(s.key)) is not None:
            texts[m.group(1)].add(s.text)
    out = []
    for s in spans:
        m = _STATE_KEY.match(s.key)
        entry = gaz.get(m.group(1)) if m is not None else None
        if entry is not None and " " not in s.text and s.text != entry.label:
            if texts[m.group(1)] == {s.text}:
                others = [
                    c
                    for c, ts in texts.items()
                    if c != m.group(1) and any(t.endswith((" " + s.text, "-" + s.text)) for t in ts)
                ]
                if len(others) == 1:
                    key = s.key[: m.start(1)] + others[0]
                    s = replace(s, key=key, rule="country-short-name")
        out.append(s)
    return out


def _short_party_names(spans: list[ResolvedSpan]) -> list[ResolvedSpan]:
    """'Liberal leader X' beside 'the Liberal Party': a one-word organisation name that
    starts exactly one party name of the document (its first word, or that word plus an
    's': "Socialists" for "Socialist Party") is that party."""
    parties: dict[str, set[str]] = defaultdict(set)
    for s in spans:
        if s.cls == ORGANIZATION and " " in s.text and _PARTY_HEAD.search(s.text):
            first = s.text.split()[0]
            parties[first].add(s.key)
            parties[first + "s"].add(s.key)
    if not parties:
        return spans
    out = []
    for s in spans:
        if s.cls == ORGANIZATION and " " not in s.text and not s.key.startswith("gaz:"):
            cands = parties.get(s.text, set())
            if len(cands) == 1:
                s = replace(s, key=next(iter(cands)), rule="party-short-name")
        out.append(s)
    return out


_ACRONYM_AFTER = re.compile(
    r"(?:\s+(?:party|movement|alliance|coalition|group|front|bloc))?"
    r"\s*\(\s*(?:the\s+)?([A-Z][A-Za-z.&]{1,9})\s*\)"
)


def initials(name: str) -> str:
    """Capital initials of the significant words of a name.

    >>> initials("Liberal Democratic Party of Japan")
    'LDPJ'
    """
    return "".join(w[0] for w in re.findall(r"[A-Za-z][\w'-]*", name) if w[0].isupper())


def _acronyms(
    spans: list[ResolvedSpan], text: str, gaz: Gazetteer | None = None
) -> list[ResolvedSpan]:
    """'the Liberal Democratic Party (LDP)', 'the Workers' Party (PT)' and 'the ODM, the
    Orange Democratic Movement': later 'LDP', 'PT', 'ODM' mentions join the full name.

    A parenthesised acronym needs the name's initials unless the gazetteer knows it as
    nothing else (a party's acronym in its own language: "Law and Justice (PiS)").
    """
    defined: dict[str, ResolvedSpan] = {}
    ordered = sorted(spans, key=lambda s: s.start)
    for i, s in enumerate(ordered):
        if s.cls in (PERSON, COUNTRY, REGION):
            continue
        m = _ACRONYM_AFTER.match(text, s.end)
        if m:
            acro = m.group(1).replace(".", "")
            known = gaz is not None and gaz.lookup(acro) is not None
            fits = initials(s.text).startswith(acro[:2])
            if len(acro) >= 2 and acro[0].isupper() and sum(c.isupper() for c in acro) >= 2:
                if fits or (not known and not _ACRONYM_AFTER.match(text, m.end())):
                    defined.setdefault(acro, s)
            continue
        # "ABC, the Long Name": an acronym followed by its expansion in apposition
        nxt = ordered[i + 1] if i + 1 < len(ordered) else None
        acro = s.text.replace(".", "")
        if (
            nxt is not None
            and acro.isupper()
            and 2 <= len(acro) <= 6
            and re.fullmatch(r",\s+the\s+", text[s.end : nxt.start])
            and nxt.cls in (ORGANIZATION, GOVERNMENT)
            and initials(nxt.text).startswith(acro[:2])
        ):
            defined.setdefault(acro, nxt)
    if not defined:
        return spans
    out = []
    for s in spans:
        full = defined.get(s.text.replace(".", ""))
        if (
            full is not None
            and s.key != full.key
            and s.cls in (full.cls, "Organization", "Government")
        ):
            s = ResolvedSpan(s.start, s.end, s.text, full.key, full.cls, "acronym", s.metonymy)
        out.append(s)
    return out


def _records(
    spans: list[ResolvedSpan], gaz: Gazetteer, extra: dict[str, EntityRecord]
) -> tuple[EntityRecord, ...]:
    forms: dict[str, Counter] = defaultdict(Counter)
    cls: dict[str, str] = {}
    rules: dict[str, set[str]] = defaultdict(set)
    for s in spans:
        forms[s.key][s.text] += 1
        cls[s.key] = s.cls
        rules[s.key].add(f"{s.rule}:{s.text}")
    out = []
    for key in sorted(forms):
        if key in extra:
            base = extra[key]
            label, attrs = base.label, base.attrs
        elif key.startswith("gaz:"):
            entry = gaz.get(key[4:])
            label, attrs = entry.label, ()
        else:
            # The longest of the most frequent forms: "Pete Hegseth" over "Hegseth".
            label = max(forms[key].items(), key=lambda kv: (len(kv[0].split()), kv[1], kv[0]))[0]
            attrs = ()
        explained = tuple(("resolved", r) for r in sorted(rules[key]))
        out.append(
            EntityRecord(key, cls[key], label, tuple(sorted(forms[key])), tuple(attrs) + explained)
        )
    return tuple(out)
