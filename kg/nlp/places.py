"""spaCy component ``kg_place_types``: a name a place noun introduces is a place.

"the Essequibo region", "the Tigray region", "the port of Hai Phong", "the city of Kharkiv":
a Person or Organization span next to a place noun (``place_nouns`` in
``ontology/rules/lexicon.toml``) is a Region; so is either half of "in City, Region" when the
other half is a place ("fighting reached Mekelle, Tigray"). A Person span a group noun
follows (``group_nouns``: "the Ansar al-Sunna insurgent group", "the Kivu Liberation
rebels") is an Organization. The object of a claim verb ("both claim Ras Doumeira") is a
place, and so is a name after a direction word that a preposition opens ("in northern
Borneo", ``direction_words``). A name the model calls an organisation that holds a building word
(``building_nouns``) after "at" or "in" is a place ("at State House"). A town of
``gazetteer/towns.txt`` the model left untagged after a locative preposition ("in Entebbe")
is a place. Curated gazetteer spans keep their class.

>>> from kg.nlp import load_pipeline
>>> nlp = load_pipeline("blank:en")
>>> from spacy.tokens import Span
>>> doc = nlp.make_doc("Troops left the port of Hai Phong.")
>>> doc.ents = [Span(doc, 5, 7, label="Person")]
>>> [(e.text, e.label_) for e in place_types(doc).ents]
[('Hai Phong', 'Region')]
"""

from __future__ import annotations

from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Span

from kg.model import COUNTRY, ORGANIZATION, PERSON, REGION
from kg.rules import active_ontology, follows_ontology


@follows_ontology
@lru_cache(maxsize=1)
def _towns() -> frozenset[str]:
    from kg.gazetteer import normalise

    path = active_ontology() / "gazetteer" / "towns.txt"
    lines = path.read_text(encoding="utf-8").splitlines() if path.exists() else []
    return frozenset(_fold(normalise(n)) for n in lines if n and not n.startswith("#"))


def _is_town(name: str) -> bool:
    """Whether ``name`` is a town of ``towns.txt`` (accents and case aside)."""
    from kg.gazetteer import normalise

    return _fold(normalise(name)) in _towns()


def _fold(name: str) -> str:
    """Accents folded: GeoNames writes "Cox’s Bāzār", news "Cox's Bazar"."""
    import unicodedata

    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


@follows_ontology
@lru_cache(maxsize=32)  # every lexicon list read here (nine and more): no eviction churn
def _word_list(name: str) -> frozenset[str]:
    from kg.extract.registry import lexicon

    return frozenset(lexicon()[name])


@follows_ontology
@lru_cache(maxsize=1)
def _place_nouns() -> frozenset[str]:
    from kg.extract.registry import lexicon

    return frozenset(lexicon()["place_nouns"])


@follows_ontology
@lru_cache(maxsize=1)
def _group_nouns() -> frozenset[str]:
    from kg.extract.registry import lexicon

    return frozenset(lexicon()["group_nouns"])


@follows_ontology
@lru_cache(maxsize=1)
def _building_nouns() -> frozenset[str]:
    from kg.extract.registry import lexicon

    return frozenset(lexicon()["building_nouns"])


def _building(doc: Doc, e: Span) -> bool:
    """'at State House', 'at the Casa Presidencial': a name the model alone calls an
    organisation, with a building word (``building_nouns``) in it, right after 'at' or
    'in' (an article between), is a place."""
    i = e.start - 1
    if i >= 0 and doc[i].lower_ == "the":
        i -= 1
    placed = i >= 0 and doc[i].lower_ in ("at", "in", "outside", "inside", "to", "from")
    if e.label_ == PERSON and e.id_ == "model:PERSON" and not e.kb_id_ and len(e) > 1:
        # "at Czernin Palace"; not "…, Kendra Lopez Palacio, said": "Palacio", "Villa" and
        # "Hall" end people's names too
        return placed and e[-1].lower_ in _building_nouns() and e[-1].is_title
    if e.label_ != ORGANIZATION or e.id_ != "model:ORG" or e.kb_id_:
        return False
    if not any(t.lower_ in _building_nouns() for t in e):
        return False
    if e[-1].lower_ not in _building_nouns() and any(
        t.lower_ in _word_list("org_name_words") for t in e
    ):
        return False  # "in the Centre Party": a body with a building word in its name
    return placed


@lru_cache(maxsize=1)
def _claim_verbs() -> frozenset[str]:
    from kg.extract.registry import lexicon

    return frozenset(lexicon()["claim_verbs"])


def _claimed(doc: Doc, e: Span) -> bool:
    """'both claim Ras Doumeira', 'have disputed Mbanie island': the object of a claim verb
    (``claim_verbs``), an article between or not, is a territory (not "disputed X's
    account"); so is what a claim is to ("a renewed claim by the UAE to Abu Musa, Greater
    Tunb and Lesser Tunb"), what sovereignty is over, and a name a claim clause follows
    ("the Shebaa Farms, which Lebanon claims")."""
    if e.end < len(doc) and doc[e.end].lower_ in ("'s", "’s"):
        return False
    i = e.start - 1
    if i >= 0 and doc[i].lower_ == "the":
        i -= 1
    if i >= 0 and doc[i].lower_ in _claim_verbs() and doc[i].pos_ in ("VERB", "AUX", ""):
        return True
    # back over the list this name ends ("to A, B and C")
    while i >= 1 and doc[i].lower_ in (",", "and") and doc[i - 1].ent_type_:
        i -= 1
        while i >= 0 and doc[i].ent_type_ and doc[i].ent_iob_ != "B":
            i -= 1
        i -= 1
        if i >= 0 and doc[i].lower_ == "the":
            i -= 1
    if i >= 0 and doc[i].lower_ == "to":
        if any(t.lower_ in ("claim", "claims") for t in doc[max(0, i - 8) : i]):
            return True
    if i >= 1 and doc[i].lower_ == "over" and doc[i - 1].lower_ == "sovereignty":
        return True
    after = doc[e.end : e.end + 5]
    return (
        len(after) >= 3
        and after[0].text == ","
        and after[1].lower_ in ("which", "that")
        and any(t.lower_ in _claim_verbs() for t in after[2:])
    )


@follows_ontology
@lru_cache(maxsize=1)
def _place_heads() -> frozenset[str]:
    from kg.extract.registry import lexicon

    return frozenset(lexicon()["place_heads"])


def _place_head(e: Span) -> bool:
    """'Doumeira Island', 'Shan State', 'Tahrir Square': a name of two or more words that
    ends in a capitalised place noun ("Islamic State" is a group: no "State" for an
    organisation)."""
    last = e[-1]
    if len(e) < 2 or not last.is_title or last.lower_ not in _place_heads():
        return False
    return not (e.label_ == ORGANIZATION and last.lower_ == "state")


def _heads_named(doc: Doc, e: Span, ents: list[Span]) -> bool:
    """'Sinn Féin president Mary Lou McDonald', 'Chega leader André Ventura': a name, a
    lower-case title of a party or body (``org_head_titles``), then a person's name."""
    from kg.extract.registry import lexicon

    if e.end + 1 >= len(doc) or doc[e.end].lower_ not in lexicon()["org_head_titles"]:
        return False
    if not doc[e.end].is_lower:
        return False
    return any(o.start == e.end + 1 and o.label_ == PERSON for o in ents)


def _group_follows(doc: Doc, e: Span) -> bool:
    """'the <name> group', 'the <name> insurgent group': up to two lower-case words, then a
    group noun, after a name the article opens."""
    if e.start == 0 or doc[e.start - 1].lower_ != "the":
        return False
    for t in doc[e.end : e.end + 3]:
        if not (t.is_alpha and t.is_lower):
            return False
        if t.lower_ in _group_nouns():
            return True
    return False


_PLACE_PREPOSITIONS = {"in", "into", "across", "throughout", "from", "to", "of", "over"}


@Language.component("kg_place_types")
def place_types(doc: Doc) -> Doc:
    nouns = _place_nouns()
    ents, changed = list(doc.ents), False
    for i, e in enumerate(ents):
        if e.label_ == REGION and not e.kb_id_ and _group_follows(doc, e):
            # "the M23 rebel group": the model's place is the group
            ents[i] = Span(doc, e.start, e.end, label=ORGANIZATION, span_id="rule:group_noun")
            changed = True
            continue
        if e.label_ not in (PERSON, ORGANIZATION) or e.kb_id_:
            continue
        after = doc[e.end] if e.end < len(doc) else None
        before = doc[e.start - 2 : e.start] if e.start >= 2 else None
        # "the Essequibo region", "the Krško nuclear plant": a lower-case place noun right
        # after the name or after one more lower-case word, article before; "the Torkham
        # and Chaman crossings": two names sharing the noun
        after2 = doc[e.end + 1] if e.end + 1 < len(doc) else None
        first = e.start
        if after is not None and after.lower_ == "and":
            mate = next((o for o in ents if o.start == e.end + 1), None)
            if mate is not None:
                after = doc[mate.end] if mate.end < len(doc) else None
                after2 = doc[mate.end + 1] if mate.end + 1 < len(doc) else None
        elif e.start >= 2 and doc[e.start - 1].lower_ == "and":
            mate = next((o for o in ents if o.end == e.start - 1), None)
            if mate is not None:
                first = mate.start
        noun_after = (
            after is not None
            and after.is_lower
            and (
                after.lower_ in nouns
                or (
                    after.is_alpha
                    and after2 is not None
                    and after2.is_lower
                    and after2.lower_ in nouns
                )
            )
            and first > 0
            and doc[first - 1].lower_ in _DETERMINERS
        )
        # "in northern Borneo", "across eastern Chad": a direction word after a preposition
        direction = (
            before is not None
            and before[1].is_lower
            and before[1].lower_ in _word_list("direction_words")
            and before[0].lower_ in _PLACE_PREPOSITIONS
        )
        # "the port of Hai Phong": place noun + "of" right before the name
        noun_before = (
            before is not None
            and before[1].lower_ == "of"
            and before[0].is_lower
            and before[0].lower_ in nouns
        )
        if noun_after or noun_before or direction or _place_apposition(doc, e, nouns):
            rule = "rule:place_noun"
        elif _claimed(doc, e):
            rule = "rule:place_claimed"
        elif (
            _between_places(doc, e, ents)
            or _place_head(e)
            or _lone_place(doc, e, ents)
            or _building(doc, e)
            or _known_town(doc, e, ents)
            or _locative_adjunct(doc, e, ents)
        ):
            rule = "rule:place_slot"
        else:
            rule = ""
        if rule:
            ents[i] = Span(doc, e.start, e.end, label=REGION, span_id=rule)
            changed = True
        elif e.label_ == PERSON and (_group_follows(doc, e) or _heads_named(doc, e, ents)):
            ents[i] = Span(doc, e.start, e.end, label=ORGANIZATION, span_id="rule:group_noun")
            changed = True
    # "in Mekelle, Tigray" / "to Adigrat, Ethiopia": a locative preposition, two names
    for i in range(len(ents) - 1):
        a, b = ents[i], ents[i + 1]
        if b.start != a.end + 1 or doc[a.end].text != "," or a.start == 0:
            continue
        if doc[a.start - 1].lower_ not in _LOCATIVE:
            continue
        # the parse must tie the two names ("Mekelle, Ethiopia"), unlike "In Nairobi, Peter
        # Kamau, a diplomat, was appointed": without a parse, leave them
        if not doc.has_annotation("DEP") or not (
            (b.root.dep_ in _ATTACH and a.start <= b.root.head.i < a.end)
            or (a.root.dep_ in _ATTACH and b.start <= a.root.head.i < b.end)
        ):
            continue
        if a.id_ == "ruler:title" or b.id_ == "ruler:title":
            continue  # "his counterpart from Greece, Nikos Papas": a titled person stays one
        if a.start >= 2 and doc[a.start - 2].lower_ in _word_list("person_role_nouns"):
            continue  # "its ambassador in San Salvador, Mario Zúniga Rivera": the envoy
        if a.label_ in (REGION, COUNTRY) and b.label_ in (PERSON, ORGANIZATION) and not b.kb_id_:
            ents[i + 1] = Span(doc, b.start, b.end, label=REGION, span_id="rule:place_pair")
            changed = True
        elif b.label_ in (REGION, COUNTRY) and a.label_ in (PERSON, ORGANIZATION) and not a.kb_id_:
            ents[i] = Span(doc, a.start, a.end, label=REGION, span_id="rule:place_pair")
            changed = True
    towns = _untagged_towns(doc, ents)
    if towns:
        ents, changed = ents + towns, True
    if changed:
        doc.ents = ents
    return doc


def _untagged_towns(doc: Doc, ents: list[Span]) -> list[Span]:
    """'at State House in Entebbe', 'monitors to Kidal and Tessalit', 'based near Timbuktu':
    a capitalised name of ``towns.txt`` the model left untagged, after a locative preposition
    (or "and" after such a town or a place), whose capitalised words end where the town ends,
    is a place."""
    taken = {i for e in ents for i in range(e.start, e.end)}
    places = {e.end for e in ents if e.label_ in (REGION, COUNTRY)}
    out: list[Span] = []
    i = 1
    while i < len(doc):
        tok, prev = doc[i], doc[i - 1]
        opens = prev.lower_ in _LOCATIVE or (prev.lower_ == "and" and (i - 1) in places)
        if not opens or i in taken or not tok.is_title:
            i += 1
            continue
        found = 0
        for n in (3, 2, 1):
            words = doc[i : i + n]
            if len(words) != n or any(w.i in taken for w in words):
                continue
            if not all(w.is_title or w.lower_ in ("de", "du", "la", "es", "el") for w in words):
                continue
            nxt = doc[i + n] if i + n < len(doc) else None
            if nxt is not None and nxt.is_title and nxt.i not in taken:
                continue  # "in Nice Cote" : a longer name than the town
            if _is_town(words.text):
                found = n
                break
        if found:
            out.append(Span(doc, i, i + found, label=REGION, span_id="rule:town"))
            places.add(i + found)
            i += found
        else:
            i += 1
    return out


def _between_places(doc: Doc, e: Span, ents: list[Span]) -> bool:
    """'a road between Trebinje and Nikšić', 'the ferry between Sfax and Nouadhibou': a name
    the model alone calls a person or organisation, paired by "between … and" with a place
    (a gazetteer entry, a town of ``towns.txt`` or a name typed a place), is a place."""
    if e.label_ not in (PERSON, ORGANIZATION) or e.kb_id_ or not e.id_.startswith("model:"):
        return False
    if len(e) > 3:
        return False
    other = None
    if e.start >= 1 and doc[e.start - 1].lower_ == "between":
        if e.end < len(doc) and doc[e.end].lower_ == "and":
            other = next((o for o in ents if o.start == e.end + 1), None)
    elif e.start >= 2 and doc[e.start - 1].lower_ == "and":
        prev = next((o for o in ents if o.end == e.start - 1), None)
        if prev is not None and prev.start >= 1 and doc[prev.start - 1].lower_ == "between":
            other = prev
    if other is None:
        return False
    if other.label_ in (REGION, COUNTRY) or _is_town(other.text):
        return True
    # "a ferry between Oryahovo and Bechet": two unknown names a road, line or ferry links
    between = doc[min(e.start, other.start) - 1]
    return (
        doc.has_annotation("DEP")
        and between.head.lower_ in _word_list("link_nouns")
        and other.label_ in (PERSON, ORGANIZATION)
        and not other.kb_id_
        and len(other) <= 3
    )


def _place_apposition(doc: Doc, e: Span, nouns: frozenset[str]) -> bool:
    """'Isla Coralina, a sandbar off the coast', 'Conga and Cocotiers, two islets': a name
    followed by a comma and a place noun (``place_nouns``) after an article or a number and
    at most two more words is a place; not "X, a town councillor" (a noun after it)."""
    i = e.end
    if i + 2 >= len(doc) or doc[i].text != "," or doc[i + 1].lower_ not in _APPOS_OPENERS:
        return False
    for j in range(i + 2, min(i + 5, len(doc))):
        t = doc[j]
        if not t.is_lower:
            return False
        if t.lower_ in nouns:
            nxt = doc[j + 1] if j + 1 < len(doc) else None
            return nxt is None or nxt.pos_ not in ("NOUN", "PROPN")
        if t.pos_ not in ("ADJ", "NOUN", "NUM", "VERB"):
            return False  # "X, the head of state": the noun is of a phrase after it
    return False


_APPOS_OPENERS = {"a", "an", "the", "two", "three", "four", "several"}


def _lone_place(doc: Doc, e: Span, ents: list[Span]) -> bool:
    """'fighting in Goma', 'the towns of Mocimboa da Praia and Palma': one word the model
    alone calls a person, no part of a longer person name in the document, governed by a
    locative preposition or joined by 'and' to a place, names a place (people are met
    "with", spoken "to", rarely "in" or "near")."""
    if e.label_ != PERSON or len(e) != 1 or e.id_ != "model:PERSON" or e.kb_id_:
        return False
    if not doc.has_annotation("DEP"):
        return False
    word = e[0].text
    if any(o.label_ == PERSON and len(o) > 1 and word in o.text.split() for o in ents):
        return False
    tok = e[0]
    if tok.dep_ == "pobj" and tok.head.lower_ in _IN_PLACE:
        return True
    if tok.dep_ == "conj":
        head = tok.head
        return any(
            o.start <= head.i < o.end and o.label_ in (REGION, COUNTRY) for o in ents if o is not e
        )
    return False


def _locative_adjunct(doc: Doc, e: Span, ents: list[Span]) -> bool:
    """'signed the platform at Marienborg', 'fighting around Yambio': a name of one to three
    words the model alone calls a person (an organisation: only after "near", "around",
    "outside"; one is "at" a body too), the object of a preposition of
    ``locative_adjunct_preps`` (not "in": _lone_place reads one word) that modifies a verb,
    no word of a person named elsewhere in the document, is a place (people are met "with",
    spoken "to"; "aimed at X" is no place: ``not_place_at_verbs``)."""
    if e.label_ not in (PERSON, ORGANIZATION) or e.kb_id_ or not e.id_.startswith("model:"):
        return False
    if len(e) > 3 or not doc.has_annotation("DEP") or e.start == 0:
        return False
    if any(t.lower_ in _word_list("org_name_words") for t in e):
        return False  # "investors at the Toronto Stock Exchange": a body, wherever it meets
    prep = doc[e.start - 1] if doc[e.start - 1].lower_ != "the" else doc[e.start - 2]
    root = e.root
    if root.dep_ != "pobj" or root.head.i != prep.i:
        return False
    if prep.lower_ not in _word_list("locative_adjunct_preps"):
        return False
    if (e.label_ == ORGANIZATION or e.id_ == "model:ORG") and prep.lower_ == "at":
        return False  # "studied at Harvard", "repped at William Morris Endeavor": a body
    if prep.head.pos_ not in ("VERB", "AUX") or prep.head.lower_ in _word_list(
        "not_place_at_verbs"
    ):
        return False
    if e.end < len(doc) and doc[e.end].lower_ in ("'s", "’s", "'", "’"):
        return False  # "in Kennedy's view"
    words = set(e.text.split())
    return not any(
        o.label_ == PERSON and o is not e and (words & set(o.text.split())) for o in ents
    )


def _known_town(doc: Doc, e: Span, ents: list[Span]) -> bool:
    """'pushed south from Bukavu towards Uvira', 'troops sent to Cúcuta', 'welcomed X to
    Thessaloniki', 'between Bari and Y', 'the rebels control Goma': a name the model
    alone calls a person or organisation, right after a locative preposition, that is a town
    of ``towns.txt`` and no word of a longer person name in the document, is a place."""
    if e.label_ not in (PERSON, ORGANIZATION) or e.kb_id_ or not e.id_.startswith("model:"):
        return False
    preps = _TOWN_PREPS if e.label_ == PERSON else _TOWN_PREPS | {"to", "from", "at"}
    if e.end < len(doc) and doc[e.end].lower_ in ("to", "towards", "toward", "into"):
        preps = preps | {"from"}  # a route: "from Bukavu towards Uvira"
    if e.start > 1 and doc.has_annotation("DEP"):
        prep = doc[e.start - 1]
        # "deployed to Yei", "a lawyer from Limassol": sent to or coming from a place
        if prep.lower_ == "to" and prep.head.lower_ in _word_list("sending_verbs"):
            preps = preps | {"to"}
        elif prep.lower_ == "from" and prep.head.lower_ in _word_list("origin_nouns"):
            preps = preps | {"from"}
    if e.end + 1 < len(doc) and doc[e.end].lower_ == "and":
        other = doc[e.end + 1]
        if not any(o.label_ == PERSON and o.start <= other.i < o.end for o in ents):
            preps = preps | {"between"}  # "a ferry between Bari and Igoumenitsa", not "… and Y"
    # "M23 controls Goma", "the army retook Kidal": the object of taking or holding ground
    held = (
        e.label_ == PERSON
        and doc.has_annotation("DEP")
        and e.root.dep_ == "dobj"
        and e.root.head.lower_ in _word_list("place_object_verbs")
    )
    if not held and (e.start == 0 or doc[e.start - 1].lower_ not in preps or len(e) > 3):
        return False  # people are written to, heard from, met at: not a place slot for them
    if e.end < len(doc) and doc[e.end].lower_ in ("'s", "’s", "'", "’"):
        return False  # "in Kennedy's view"
    if not _is_town(e.text):
        return False
    words = set(e.text.split())
    return not any(
        o.label_ == PERSON and o is not e and len(o) > len(e) and words <= set(o.text.split())
        for o in ents
    )


_TOWN_PREPS = {
    "in", "near", "outside", "around", "into", "inside", "across", "within", "towards",
    "toward", "via", "through",
}  # fmt: skip
_DETERMINERS = {"the", "its", "their"}
_IN_PLACE = {"in", "near", "outside", "around", "into", "inside", "across", "within"}
_ATTACH = {"appos", "npadvmod"}
_LOCATIVE = {"in", "to", "from", "near", "at", "outside", "around", "into", "towards", "toward"}
