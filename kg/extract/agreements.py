"""kg.agreements.v3: agreements, their parties, signatories, date, place and broker.

Rules (agreements.jsonl) name these nodes:

* ``anchor`` – the verb ("signed", "reached", "agreed", "brokered");
* ``agreement`` – the agreement word: a named agreement ("the Pretoria Agreement", "the
  RAA") or a noun from ``agreement_nouns`` ("a free trade agreement", "a peace deal");
* ``clause`` – for "agreed to restore diplomatic ties", the embedded verb.

Who is who comes from the clause: the subject and "with …" of the verb, "by …" of a passive,
"between …" of the noun. States, governments and organisations (parties, armed groups) are
parties; people are signatories (and their country, when their title says it, a party).
``"role": "broker"`` rules name who brokered or mediated an agreement in the same sentence
(``kg:brokeredBy``). A bare "the deal"/"the treaty" refers to the document's latest
agreement. The date comes from the sentence, the place from "in <place>".
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from kg.extract.agreement_keys import entity_label, mint_agreement
from kg.extract.dates import CALENDAR_WORDS, sentence_date
from kg.extract.pairs import PAIR_NOUNS, pair_of_states
from kg.extract.parse import Parsed, negated, pobjs, subjects
from kg.extract.registry import (
    Family,
    Rule,
    extractor_id,
    implied_country,
    legislature_key,
    lexicon,
)
from kg.model import AGREEMENT, COUNTRY, GOVERNMENT, ORGANIZATION, PERSON, REGION, EntityRecord
from kg.resolve.document import country_of
from kg.rules import follows_ontology

_PARTY = (COUNTRY, GOVERNMENT, ORGANIZATION)
_ANAPHORIC = {"the", "this", "that"}
_KIND_DEPS = {"amod", "compound", "nmod", "npadvmod"}
_LOOK_BACK = 400  # tokens
_MOST = 6  # "the three governments", "all six states": the most a number may gather back


def handle(ctx, parsed: Parsed, fam: Family, rule: Rule, nodes: dict) -> None:
    view = parsed.view(nodes["anchor"])
    if view is None:
        return
    state = parsed.state.setdefault("agreements", {"last": None, "by_view": {}, "brokers": {}})
    anchor = nodes["anchor"]
    modals = set(lexicon()["modals"])
    if negated(anchor) or any(c.dep_ == "aux" and c.lower_ in modals for c in anchor.children):
        return
    if rule.options.get("modifier_conj") and any(
        c.dep_ in ("det", "poss", "nummod") for c in nodes["agreement"].children
    ):
        return  # "signed hydrogen contracts and a gas deal": two objects, not one misparsed
    if "agreement" in nodes and not _qualified(nodes["agreement"]):
        return  # "signed a letter to the council" (a letter of intent is an agreement)
    if (
        anchor.dep_ == "xcomp"
        and anchor.head.lower_ not in ("agreed", "agree", "agrees")
        and not _first_to_sign(anchor)
    ):
        return  # "are expected to sign", "plans to sign": not yet signed
    if anchor.dep_ in ("advcl", "xcomp") and _due_to(anchor):
        return  # "is due back in Muscat next month to sign an accord": not yet signed
    if rule.options.get("comma_after_name") and not _signed_after_name(parsed, nodes):
        return
    if _initialled_only(anchor):
        return  # "initialled …, but it will not be signed until …"
    if "agreement" in nodes and nodes["agreement"].lower_ in ("which", "that"):
        nodes = {**nodes, "agreement": _relative_agreement(parsed, nodes["agreement"])}
    if "agreement" in nodes:
        nodes = {**nodes, "agreement": _instrument_of(parsed, nodes["agreement"])}
    if rule.options.get("contact"):
        _contact_clause(ctx, parsed, fam, rule, nodes, view, state)
        return
    if rule.options.get("commits"):
        _commits(ctx, parsed, fam, rule, nodes, view, state)
        return
    if rule.options.get("name_parties"):
        _name_states(ctx, parsed, fam, rule, nodes, view)
        return
    if rule.options.get("binds"):
        _binds_states(ctx, parsed, fam, rule, nodes, view, state)
        return
    if rule.options.get("role") == "broker":
        _broker(ctx, parsed, fam, rule, nodes, state, view)
        return
    if rule.options.get("signers_noun"):
        _signers_noun(ctx, parsed, fam, rule, nodes, state, view)
        return
    capacities = set(lexicon()["not_party_capacities"])
    if (
        any(p.lower_ in capacities for p in pobjs(anchor, {"as"}))
        and not _with_before_as(anchor)
        and not rule.options.get("guarantor")
    ):
        return  # "signed the declaration as a witness" (not "…, with Brazil as guarantor")
    if rule.options.get("previous") and (
        (
            # ("signed side by side": no object)
            any(
                c.dep_ in ("dobj", "dative", "prt") and not _side_by_side(c)
                for c in anchor.children
            )
            if not rule.options.get("idiom")  # "put pen to paper": the object is the idiom's
            else _names_agreement(parsed, anchor)
        )
        or not 0 <= parsed.view_of[anchor.i] - state.get("last_at", -9) <= 1
    ):
        return  # "X signed for Kenya" names no agreement: only the one just made, if any
    noun = nodes.get("agreement")
    if noun is not None and noun.lower_ in lexicon()["of_kind_nouns"]:
        kind_of = _kind_of(noun)
        if kind_of is None or kind_of.lower_ not in lexicon()["of_kinds"]:
            return  # "a financial instrument": no agreement
    if noun is not None and noun.dep_ == "dobj" and _later_object(noun):
        return  # "signed a trade deal on Tuesday, the first such deal …": one agreement
    who, heads = [], []
    if rule.options.get("curated_first"):  # "the treaty between A and B": only the noun's own
        if _prospective(nodes["agreement"]) or _draft(nodes["agreement"]):
            return  # "press for a trade deal between A and B": not (yet) an agreement
    elif rule.options.get("possessive"):  # "Kenya's agreement with Uganda"
        if _prospective(nodes["agreement"]) or _unsettled(nodes["agreement"]):
            return
        heads.append(anchor)
        who += parsed.group(anchor) or _pronoun_owner(parsed, anchor)
        if "other" in nodes and nodes["agreement"].head.i == nodes["other"].i:
            who += [parsed.entity(nodes["other"])]  # "Peru and Chile's accord", misparsed
    elif rule.options.get("governing_subject"):  # "Under its deal with Kenya, Uganda will …"
        verb = anchor.head
        if verb.pos_ not in ("VERB", "AUX") or _prospective(nodes["agreement"]):
            return
        if _unsettled(nodes["agreement"]) or any(  # "Under the proposed deal, A would …"
            c.dep_ == "aux" and c.lower_ in ("would", "could", "might", "may")
            for c in verb.children
        ):
            return
        heads += subjects(verb)
        who += [e for s in subjects(verb) for e in parsed.group(s)]
    elif rule.options.get("nominal"):  # "witnessed the signing of the accord by A and B"
        if not _signing_held(anchor):
            return  # "postponed the signing of …", "ahead of the signing of …"
        by = pobjs(anchor, {"by"}) or pobjs(nodes["agreement"], {"by"})
        who += [e for p in by for e in parsed.group(p, through_of=True)]
        who += [e for p in by for c in parsed.conjuncts(p) for e in _stand_ins(ctx, parsed, c)]
        heads += by
    elif any(c.dep_ == "agent" for c in anchor.children) or _late_by(anchor):
        # "was signed by", "…, signed by", "was signed in Paris by" (the parser may hang a
        # late "by" on the place)
        by = _by_objects(anchor) or _late_by(anchor)
        who += [e for p in by for e in parsed.group(p, through_of=True)]
        # "signed by all three governments", "agreed by the same three governments": the
        # states just named, as many as the number says
        # (also "by the interior ministers of all six states")
        who += [
            e
            for p in by
            if not parsed.group(p, through_of=True)
            for q in (p, *pobjs(p, {"of"}))
            for e in pair_of_states(ctx, parsed, q, most=_MOST)
        ]
        # "signed by Myanmar's junta and the Arakan Army": an unnamed body stands for its state
        who += [e for p in by for c in parsed.conjuncts(p) for e in _stand_ins(ctx, parsed, c)]
        heads += by
        # "was signed by A, … and B": the parser may hang B on the verb
        who += [e for c in anchor.children if c.dep_ == "conj" for e in parsed.group(c)]
        who += _stray_signers(parsed, anchor, by)
        who += _by_list(parsed, anchor, by)
        # "signed for Bangladesh by A and for Sri Lanka by B": the states signed for
        agents = [anchor, *(c for c in anchor.children if c.dep_ == "agent")]
        for f in (c for h in agents for c in h.children if c.lower_ == "for"):
            for p in (p for p in f.children if p.dep_ == "pobj" and f.dep_ in ("prep", "conj")):
                who += [e for e in parsed.group(p) if e.cls in (COUNTRY, GOVERNMENT)]
                who += [e for b in pobjs(p, {"by"}) for e in parsed.group(b)]  # "… by B"
    elif rule.options.get("passive"):  # "a deal was reached between A and B": no subject
        pass
    elif not subjects(anchor) and anchor.dep_ == "ROOT":
        who += _lost_subject(parsed, anchor)
    else:
        who += _listed_before(parsed, anchor)
        for s in subjects(anchor) or _first_to_sign(anchor):
            # "…, where he signed the accord with B": the one person the clause above names
            s = parsed.person_pronoun(parsed.antecedent(s))
            heads.append(s)
            # "Sudan's army and the RSF", "Kenya's and Uganda's parliaments": unnamed bodies
            # stand for their states, beside names or not
            named = parsed.group(s, through_of=True)
            named += [e for c in parsed.conjuncts(s) for e in _stand_ins(ctx, parsed, c)]
            who += (
                named
                or parsed.pair(s, (PERSON,))
                # "the four countries" gather four states; a bare "the four" may be people
                or pair_of_states(
                    ctx, parsed, s, any_noun=True, most=_MOST if s.lower_ in PAIR_NOUNS else 2
                )
                or _theirs(parsed, s, anchor)
                or _they(parsed, s)
                or _pronoun_states(parsed, s)
                or _bloc_leaders(ctx, parsed, s)
            )
    # "signed … with B", "… alongside B", "the deal signed between A and B", "the deal was
    # signed between A and B" (the agreement is the passive subject, not a party)
    passive = any(c.dep_ == "nsubjpass" for c in anchor.children)
    withs = {"with", "alongside"} | (
        {"between"} if anchor.dep_ == "acl" or passive or rule.options.get("passive") else set()
    )
    if rule.options.get("previous"):  # "X signed for Accra": the capital's state
        withs.add("for")
    helpers = set(lexicon()["help_nouns"])
    who += [
        e
        for p in pobjs(anchor, withs)
        if not _as_capacity(p, capacities)  # "with Chinese envoy Li Wei as a witness"
        and p.lower_ not in helpers  # "agreed with Qatari and Turkish mediation"
        for e in parsed.group(p) or _stand_ins(ctx, parsed, p) or pair_of_states(ctx, parsed, p)
    ]
    if rule.options.get("compound_parties"):  # "the India-UK trade deal"
        if _prospective(noun) or _unsettled(noun):
            return
        who += [e for t in (nodes["first"], anchor) for e in [parsed.entity(t)] if e is not None]
    if noun is not None:
        # "a memorandum of understanding with B": the parser may hang B on "understanding"
        kind_of = _kind_of(noun)
        who += [
            e
            for n in (noun, kind_of)
            if n is not None
            for p in pobjs(n, {"between", "among", "amongst", "with", "alongside"})
            if p.lower_ not in helpers
            for e in parsed.group(p) or _stand_ins(ctx, parsed, p) or pair_of_states(ctx, parsed, p)
        ]
        # "signed a memorandum on customs data exchange with B": the parser may hang "with"
        # on a word of the topic
        who += [
            e
            for p in _topic_with(noun, kind_of)
            for e in parsed.group(p) or _stand_ins(ctx, parsed, p)
        ]
        # "the truce brokered by Qatar between A and B": the parties hang on the broker verb
        brokered = [
            c
            for c in noun.children
            if c.dep_ in ("acl", "relcl") and c.lower_ in lexicon()["broker_verbs"]
        ]
        who += [e for c in brokered for p in pobjs(c, {"between"}) for e in parsed.group(p)]
        if "accession" in _kind(noun).split():  # "the treaty of accession to CARICOM",
            sides = _acceding(parsed, anchor, noun, kind_of)  # "Finland's accession protocol"
            named_to = any(pobjs(t, {"to"}) for t in (anchor, noun, kind_of) if t is not None)
            if not named_to and not any(e.cls == ORGANIZATION for e in sides):
                sides += _bloc_acceded(ctx, parsed, anchor)  # no "accession to X" said
            who += sides
    # "signed … on behalf of the two blocs": whom the signers stand for
    behalf = [b for p in pobjs(anchor, {"on"}) if p.lower_ == "behalf" for b in pobjs(p, {"of"})]
    before = len(who)
    for b in behalf:  # "the two blocs": the two organisations just named
        blocs = b.lower_.removesuffix("s") in lexicon()["bloc_nouns"]
        who += parsed.group(b) or parsed.pair(b, (ORGANIZATION,) if blocs else _PARTY)
    if len(who) == before:  # "on behalf of his government": the signers' titles tell
        behalf = []
    # "Kenya, Uganda and observer Tanzania": a state named in its capacity is no party
    titled = _in_capacity(parsed, anchor, capacities)
    who = [e for e in who if isinstance(e, str) or id(e) not in titled]
    # "Ugandan Foreign Minister X" may leave "Ugandan" a name of its own: it is the state
    who = [_demonym_state(ctx, e) if not isinstance(e, str) else e for e in who]
    if any(not isinstance(e, str) and e.cls == PERSON for e in who):
        # "signed by Kabo Molefe, Selma Nangolo and Mwila Banda": a name listed with the
        # signers and read as an organisation is a signer the tagger mistyped, not a party
        who = [e for e in who if isinstance(e, str) or not _person_like_org(e)]
    parties = _unique(
        [
            e if isinstance(e, str) else _state_key(ctx, e)
            for e in who
            if isinstance(e, str) or _party(ctx, e)
        ]
    )
    who = [e for e in who if not isinstance(e, str)]
    signers = _unique([e.key for e in who if e.cls == PERSON])
    people = {e.key: e for e in who if e.cls == PERSON}
    bodies = {} if behalf else _signer_bodies(parsed, heads)
    for s, e in people.items():
        toks = [t for t in parsed.doc if parsed.entity(t) is e]
        if (
            s not in bodies
            and toks
            and not behalf
            and (body := _title_body(ctx, parsed, toks[0], e))
        ):
            bodies[s] = body  # "SADC Executive Secretary X signed …": for SADC
    among_parties = not behalf and _between_parties(ctx, parsed, nodes.get("agreement"), state)
    if among_parties:
        # "The coalition agreement was signed by X and Y": the parties the signers are in
        bodies = {s: p for s in signers for p in [bodies.get(s) or _party_of(ctx, s)] if p}
    for s in signers if not behalf else ():
        if s in bodies:  # "X, speaker of the House of Representatives": the body X signs for
            parties += [bodies[s]] if bodies[s] not in parties else []
            continue
        if among_parties:  # a coalition's signer whose party is not known binds no state
            continue
        cc = ctx.person_country.get(s) or _title_country(ctx, parsed, people[s])
        if cc and cc not in parties:
            parties.append(implied_country(ctx, cc))
    parties = [p for p in parties if p]
    if rule.options.get("previous"):  # signers for the parties of the agreement just made
        made = state.get("parties_of", {}).get(state["last"], set())
        # "…, while Serbian Minister X signed for Serbia": the state his title and "for" name
        fors = {_state_key(ctx, e) for p in pobjs(anchor, {"for"}) for e in parsed.group(p)}
        titled = {
            implied_country(ctx, cc)
            for s in signers
            for cc in [ctx.person_country.get(s) or _title_country(ctx, parsed, people[s])]
            if cc
        }
        if rule.options.get("guarantor"):
            # "A and B signed as guarantors": a guarantor that signs binds itself too
            if not parties and not signers:
                return
        elif rule.options.get("bare"):
            # "A and B signed at State House": the people who sign the agreement just made,
            # none of them for a state that is not its party
            # ("initialled and then signed a protocol": the object the two verbs share)
            shared = any(c.dep_ == "dobj" for v in anchor.conjuncts for c in v.children)
            if not signers or fors or shared or set(parties) - made:
                return
        elif not parties or not set(parties) - made <= fors & titled:
            return  # "Kenyan striker X signed for Arsenal": no party of that agreement
    date = sentence_date(_others_years_masked(ctx, parsed, view, nodes), ctx.years)
    # parties the clause names itself (not a "TPLF spokesman" signing for one)
    direct = [parsed.entity(t) for h in heads for t in parsed.conjuncts(h)]
    state["own_parties"] = any(e is not None and e.cls in _PARTY for e in direct)
    key = _agreement(ctx, parsed, rule, nodes, parties, signers, date, view, state)
    if key is None:
        noun = nodes.get("agreement")
        if (
            noun is not None
            and anchor.lower_ in lexicon()["signing_verbs"]
            and noun.lower_ in lexicon()["agreement_nouns"]
            and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)
        ):
            # "They also signed a memorandum; it was signed by …": a new agreement whose
            # parties the text does not name here; "it" is that one, not the one before
            state["last"] = None
            state["last_at"] = parsed.view_of[anchor.i]
            state["pending"] = noun
        return
    place = _place(parsed, anchor, *nodes.values())
    kw = {"date": date, "place": place}
    ext = extractor_id(fam, rule)
    for p in parties:
        ctx.add(view, key, "party", p, ext, rule.confidence, **kw)
    if anchor.lower_ in lexicon()["signing_verbs"] or rule.options.get("idiom"):
        for s in signers:
            ctx.add(view, key, "signatory", s, ext, rule.confidence, **kw)
    state["last"] = key
    state["last_at"] = parsed.view_of[anchor.i]
    state["pending"] = None
    _founders(ctx, parsed, view, state["last_at"], key, parties, ext, rule.confidence, date)
    if noun is not None:
        state.setdefault("by_noun", {})[noun.i] = key
    if noun is not None and key.startswith(f"{AGREEMENT}:") and parsed.entity(noun) is None:
        words = set(_kind(noun).split()) - {noun.lower_, "of"}
        state.setdefault("described", {})[key] = (state["last_at"], words)
    if parties:
        state.setdefault("parties_of", {})[key] = set(parties)
    state["by_view"].setdefault(view.start, []).append(key)
    for b_key, b_ext, b_conf in state["brokers"].get(view.start, []):
        ctx.add(view, key, "brokeredBy", b_key, b_ext, b_conf)


def _in_capacity(parsed: Parsed, anchor, capacities: set[str]) -> set[int]:
    """Names in the anchor's sentence that a capacity word introduces ("observer Tanzania",
    "the guarantor Egypt"): ids of their spans."""
    out = set()
    sent = anchor.sent
    for t in sent:
        if t.lower_ in capacities and t.i + 1 < sent.end:
            ent = parsed.entity(parsed.doc[t.i + 1])
            if ent is not None and ent.cls != AGREEMENT:
                out.add(id(ent))
    return out


def _first_to_sign(anchor) -> list:
    """'Brazil became the latest country to sign the treaty': the subject of the verb whose
    complement ("country", ``signer_nouns``) the signing infinitive describes; none under a
    modal, a negation or a wish ("would be the first state to sign")."""
    if anchor.dep_ == "xcomp":  # the parser may hang the infinitive on the verb
        verb = anchor.head
        nouns = [c for c in verb.children if c.dep_ in ("attr", "oprd")]
        noun = nouns[0] if nouns else None
    elif anchor.dep_ in ("acl", "relcl") and anchor.head.dep_ in ("attr", "oprd"):
        noun = anchor.head
        verb = noun.head
    else:
        return []
    if noun is None or noun.lower_ not in lexicon()["signer_nouns"]:
        return []
    if verb.lemma_ not in ("be", "become") and verb.lower_ not in lexicon()["be_verbs"]:
        return []
    if verb.dep_ in ("xcomp", "pcomp"):
        return []  # "wants to become the first country to sign": a wish
    modals = set(lexicon()["modals"])
    if negated(verb) or any(c.dep_ == "aux" and c.lower_ in modals for c in verb.children):
        return []
    return subjects(verb)


def _names_agreement(parsed: Parsed, verb) -> bool:
    """'put pen to paper on the accord': the idiom names its agreement (another rule's)."""
    words = set(lexicon()["agreement_nouns"]) | set(lexicon()["agreement_anaphors"])
    return any(
        t.dep_ == "pobj"
        and (t.lower_ in words or (parsed.entity(t) is not None and t.ent_type_ == AGREEMENT))
        for t in verb.subtree
    )


def _signers_noun(ctx, parsed: Parsed, fam: Family, rule: Rule, nodes: dict, state, view) -> None:
    """'The signatories were A and B', 'A and B were among the signatories (of X)', 'A and B
    are signatories to X', 'X bears the signatures of A and B': the people (and states) are
    signatories (parties) of X, or of the agreement just made when the text names none."""
    anchor = nodes["anchor"]
    verb = nodes.get("verb", anchor)  # "Kenya and Uganda, both signatories to …": no verb
    if anchor.dep_ == "conj" and parsed.doc[anchor.i - 1].text != ",":
        return  # "Fiji, Tonga, signatories of …" misparsed as a list; not "A and signatories"
    modals = set(lexicon()["modals"])
    if negated(verb) or any(c.dep_ == "aux" and c.lower_ in modals for c in verb.children):
        return  # "X was not among the signatories", "the signatories will be …"
    if verb.dep_ in ("xcomp", "ccomp") and verb.head.pos_ == "VERB" and verb.i > verb.head.i:
        return  # "is expected to be among the signatories", "said the signatories would …"
    who = [e for e in parsed.group(nodes["signer"]) if e.cls == PERSON or _party(ctx, e)]
    target = nodes.get("agreement")
    if target is None:
        objs = pobjs(anchor, {"of", "to"})
        target = objs[0] if objs else None
    elif target.lower_ in ("which", "that") and verb.dep_ == "relcl":
        target = verb.head  # "the accord, which bears the signatures of …"
    here = parsed.view_of[anchor.i]
    recent = [
        k
        for v in (here, here - 1)
        for k in reversed(state["by_view"].get(_view_start(parsed, v), []))
    ]
    if target is None:
        key = recent[0] if recent else None
    else:
        ent = parsed.entity(target)
        words = set(lexicon()["agreement_nouns"]) | set(lexicon()["agreement_anaphors"])
        if ent is not None and ent.cls == AGREEMENT:
            key = _named(ctx, ent, [], state)
        elif target.lower_ in words and any(
            c.dep_ == "det" and c.lower_ in _ANAPHORIC for c in target.children
        ):  # "the memorandum": the latest recent agreement of that kind, else the latest
            same = [k for k in recent if target.lower_ in entity_label(ctx, k).lower()]
            named = None if same else _named_before(ctx, parsed, target, state)
            key = (
                _named(ctx, named, [], state)
                if named is not None
                else (same or recent or [None])[0]
            )
        else:
            return  # "the signatories of the letter", "signatories to a future treaty"
    if key is None:
        return
    people = [e for e in who if e.cls == PERSON]
    parties = [_state_key(ctx, e) for e in who if e.cls != PERSON]
    for e in people:
        cc = ctx.person_country.get(e.key) or _title_country(ctx, parsed, e)
        if cc:
            parties.append(implied_country(ctx, cc))
    ext = extractor_id(fam, rule)
    date = sentence_date(ctx.evidence(view)[0], ctx.years)
    for p in _unique([p for p in parties if p]):
        ctx.add(view, key, "party", p, ext, rule.confidence, date=date, place=None)
    for e in _unique([e.key for e in people]):
        ctx.add(view, key, "signatory", e, ext, rule.confidence, date=date, place=None)
    state["last"], state["last_at"] = key, here


def _others_years_masked(ctx, parsed: Parsed, view, nodes: dict) -> str:
    """The sentence without the year of another named agreement ("…, replaces the 1977
    Treaty of Amity"): that year is the other's, not the date of this one."""
    text = ctx.evidence(view)[0]
    noun = nodes.get("agreement")
    own = parsed.entity(noun) if noun is not None else None
    clean = ctx.adoc.clean.text
    for span in view.spans:
        if span.cls != AGREEMENT or (own is not None and span.start == own.start):
            continue
        name = re.escape(clean[span.start : span.end])
        text = re.sub(rf"\b\d{{4}}(\s+)(?={name})", lambda m: " " * (4 + len(m[1])), text)
    return text


def _person_like_org(e) -> bool:
    """An organisation outside the gazetteer named like a person: two or three capitalised
    words, none an organisation word ("Mwila Banda", not "Rapid Support Forces")."""
    if e.cls != ORGANIZATION or e.key.startswith("gaz:"):
        return False
    words = e.text.split()
    org_words = set(lexicon()["org_name_words"])
    return 2 <= len(words) <= 3 and all(
        w.isalpha() and w[0].isupper() and w[1:].islower() and w.lower() not in org_words
        for w in words
    )


def _view_start(parsed: Parsed, v: int) -> int:
    return parsed.views[v].start if 0 <= v < len(parsed.views) else -1


def _stand_ins(ctx, parsed: Parsed, tok) -> list:
    """The states an unnamed official or group stands for: "Nepal's foreign minister" (the
    possessor), "the Latvian and Lithuanian presidents" (the demonyms; country keys),
    "ministers from Bhutan and Nepal" (the objects of "from")."""
    if parsed.entity(tok) is not None or tok.pos_ not in ("NOUN", "PRON"):
        return []
    out: list = []
    for c in tok.children:
        if c.dep_ == "poss":
            out += [e for e in parsed.group(c) if e.cls in (COUNTRY, GOVERNMENT)]
        elif c.dep_ in ("amod", "compound", "nmod") and c.text[:1].isupper():
            for t in [c, *(d for d in c.subtree if d.dep_ == "conj" and d.head.i >= c.i)]:
                cc = country_of(t.text, ctx.gaz) if t.text[:1].isupper() else ""
                before = t.doc[t.i - 1] if t.i else None
                if before is not None and before.lower_ in lexicon()["region_prefixes"]:
                    cc = ""  # "the South American trade bloc": a region's adjective
                if cc:
                    out.append(implied_country(ctx, f"gaz:{cc}"))
    out += [e for p in pobjs(tok, {"from"}) for e in parsed.group(p) if e.cls in _PARTY]
    return [e for e in out if e]


def _name_states(ctx, parsed: Parsed, fam: Family, rule: Rule, nodes: dict, view) -> None:
    """'the Kenya-Uganda Pipeline Accord', 'the Amman-Baghdad Energy Framework': a name that
    opens with two states (or their seats of government) joined by a dash names its parties."""
    ent = parsed.entity(nodes["agreement"])
    dash = nodes["anchor"]
    if ent is None or ent.cls != AGREEMENT or ent.key.startswith("gaz:"):
        return
    toks = [t for t in parsed.doc if parsed.entity(t) is ent]
    before = [t for t in toks if t.i < dash.i and t.lower_ != "the"]
    after = [t for t in toks if t.i > dash.i]
    first = _state_of(ctx, " ".join(t.text for t in before))
    second = ""
    for n in range(min(3, len(after) - 1), 0, -1):  # "Lima-La Paz Water Protocol"
        second = _state_of(ctx, " ".join(t.text for t in after[:n]))
        if second:
            break
    if not first or not second or first == second:
        return
    ext = extractor_id(fam, rule)
    for p in (first, second):
        ctx.add(view, ent.key, "party", implied_country(ctx, p), ext, rule.confidence)


def _topic_with(noun, kind_of) -> list:
    """Objects of "with" hung on a word of the agreement's topic ("a memorandum of
    understanding on customs data exchange with B"), up to three prepositions deep."""
    out, todo = [], [(c, 0) for n in (noun, kind_of) if n is not None for c in n.children]
    while todo:
        c, depth = todo.pop()
        if c.dep_ != "prep" or c.lower_ not in ("on", "about", "for", "over", "of", "concerning"):
            continue
        for p in c.children:
            if p.dep_ != "pobj" or p is kind_of:
                continue
            out += [
                o
                for w in p.children
                if w.dep_ == "prep" and w.lower_ == "with"  # "a railway between A and B": a route
                for o in w.children
                if o.dep_ == "pobj"
            ]
            if depth < 2:
                todo += [(g, depth + 1) for g in p.children]
    return out


def _initialled_only(anchor) -> bool:
    """An initialled text the sentence calls unsigned or still awaiting approval."""
    lx = lexicon()
    if anchor.lower_ not in lx["initial_verbs"]:
        return False
    signing, pending = set(lx["signing_verbs"]) - set(lx["initial_verbs"]), set(lx["pending_heads"])
    for t in anchor.sent:
        if t.i != anchor.i and t.lower_ in signing and _not(t):
            return True  # "… but will not be signed", "initialled, but not yet signed,"
        if t.lower_ == "still" and t.head.lower_ in pending:
            return True  # "still needs cabinet approval", "must still be approved"
    return False


def _instrument_of(parsed: Parsed, tok):
    """'signed the instrument of accession to the Revised ECOWAS Treaty': the named agreement
    the instrument accedes to (or ratifies) is the one signed (``instrument_nouns``)."""
    lx = lexicon()
    if tok.lower_ not in lx["instrument_nouns"]:
        return tok
    for of in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"):
        for act in (c for c in of.children if c.dep_ == "pobj"):
            if act.lower_ not in lx["accession_acts"]:
                continue
            for prep in (c for c in act.children if c.dep_ == "prep" and c.lower_ in ("to", "of")):
                for target in (c for c in prep.children if c.dep_ == "pobj"):
                    e = parsed.entity(target)
                    if e is not None and e.cls == AGREEMENT:
                        return target
    return tok


def _not(tok) -> bool:
    """Negated, also through an adverb the parser hangs "not" on ("not yet signed")."""
    return negated(tok) or any(
        c.dep_ == "advmod" and any(g.dep_ == "neg" for g in c.children) for c in tok.children
    )


def _relative_agreement(parsed: Parsed, pronoun):
    """'a coalition agreement with A and B, which was signed by …', 'a memorandum of
    cooperation on critical minerals, which was signed by …': the parser may hang the
    relative clause on a word of the agreement's party list or topic; the agreement noun
    above it (through "with", "between", "of", "on" phrases) is what "which" stands for."""
    t = parsed.antecedent(pronoun)
    nouns = lexicon()["agreement_nouns"]
    for _ in range(4):
        if t.lower_ in nouns:
            return t
        while t.dep_ == "conj" and t.head.i != t.i:
            t = t.head
        prep = t.head
        if t.dep_ != "pobj" or prep.dep_ != "prep":
            break
        if prep.lower_ not in ("with", "between", "of", "on", "for", "over"):
            break
        t = prep.head
    return parsed.antecedent(pronoun)


def _binds_states(ctx, parsed: Parsed, fam: Family, rule: Rule, nodes: dict, view, state) -> None:
    """'the Nuku'alofa Declaration, which commits Tonga, Fiji and Samoa to …', 'the accord,
    which binds Kenya and Uganda': the states the agreement binds are its parties."""
    noun = nodes["agreement"]
    ent = parsed.entity(noun)
    last = state.get("last")
    if ent is not None and ent.cls != AGREEMENT:
        return
    # "signed an extradition treaty, which binds A and B": the agreement the clause makes
    signed = (
        ent is None
        and noun.dep_ == "dobj"
        and noun.head.lower_ in lexicon()["sign_verbs"]
        and nodes["anchor"].dep_ == "relcl"
        and not _prospective(noun)
        and not _unsigned(noun.head)
    )
    if (
        ent is None
        and not signed
        and not (
            # "The deal binds A, B and C": the agreement just told of
            last
            and any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in noun.children)
            and 0 <= parsed.view_of[noun.i] - state.get("last_at", -9) <= 2
        )
    ):
        return
    who = parsed.group(nodes["parties"])
    # "which binds Jakarta and Kuala Lumpur": a capital stands for its state
    parties = _unique([_state_key(ctx, e) for e in who if _is_state(ctx, e)])
    if len(parties) < 2:
        return
    if signed:
        date = sentence_date(_others_years_masked(ctx, parsed, view, nodes), ctx.years)
        key = _agreement(ctx, parsed, rule, {"agreement": noun}, parties, [], date, view, state)
        if key is None:
            return
        state["last"], state["last_at"] = key, parsed.view_of[noun.i]
        state.setdefault("by_noun", {})[noun.i] = key
    else:
        key = _named(ctx, ent, parties, state) if ent is not None else last
    ext = extractor_id(fam, rule)
    for p in parties:
        ctx.add(view, key, "party", implied_country(ctx, p), ext, rule.confidence)


def _contact_clause(ctx, parsed: Parsed, fam: Family, rule: Rule, nodes: dict, view, state) -> None:
    """'the accord Thimphu and Beijing signed in 2021', 'the 2019 deal Ghana and Togo struck':
    two or more states (or their capitals) joined by "and" between an agreement and the
    verb that made it are its parties, however the parser hung the clause without "that"."""
    anchor = nodes["anchor"]
    if any(
        c.dep_ in ("dobj", "nsubjpass") and c.lower_ not in ("which", "that")
        for c in anchor.children
    ):
        return  # "…, Ghana and Togo signed a protocol": a clause of its own
    doc, i, found = parsed.doc, anchor.i - 1, []
    while i >= 0 and parsed.ent_of[i] >= 0:
        k = parsed.ent_of[i]
        e = parsed.spans[k]
        if not _is_state(ctx, e):
            return
        found.append(e)
        while i >= 0 and parsed.ent_of[i] == k:
            i -= 1
        if i > 0 and doc[i].lower_ in ("and", ","):
            i -= 2 if doc[i].lower_ == "and" and doc[i - 1].text == "," else 1
            if parsed.ent_of[i] < 0:
                return  # "the deal and Ghana …": no list of states
        else:
            break
    if len(found) < 2 or i < 1 or not doc[i].is_alpha:
        return
    noun = doc[i]
    if noun.lower_ == "understanding" and doc[i - 1].lower_ == "of" and i >= 2:
        noun = doc[i - 2]  # "the memorandum of understanding A and B signed"
    ent = parsed.entity(noun)
    if ent is not None and ent.cls != AGREEMENT:
        return
    if ent is None and noun.lower_ not in lexicon()["agreement_nouns"]:
        return
    if ent is None and (_prospective(noun) or _draft(noun)):
        return
    parties = _unique([_state_key(ctx, e) for e in found])
    _add_parties(ctx, parsed, fam, rule, nodes, view, state, noun, parties)


def _commits(ctx, parsed: Parsed, fam: Family, rule: Rule, nodes: dict, view, state) -> None:
    """'A and B recommitted to the X', 'both remained committed to X', 'A reaffirmed its
    commitment to X', 'X, under which A and B pledged …': the subjects of the clause are
    parties of the agreement (named, or described with the parties it is minted for)."""
    anchor, noun = nodes["anchor"], nodes["agreement"]
    ent = parsed.entity(noun)
    if ent is not None and ent.cls != AGREEMENT:
        return
    if ent is None and noun.lower_ not in lexicon()["agreement_nouns"]:
        return
    if ent is None and (_prospective(noun) or _draft(noun) or _unsettled(noun)):
        return
    # "under the X" hangs on the verb whose subjects act under it
    verb = anchor.head if anchor.dep_ in ("acomp", "prep") else anchor
    if verb.pos_ not in ("VERB", "AUX") or _unsigned(verb) or negated(anchor):
        return
    if anchor.dep_ == "prep" and pobjs(noun, {"with"}):
        return  # "under its deal with Kenya": agreement.under_deal_with reads it
    lx = lexicon()
    if anchor.dep_ == "prep" and verb.lower_ in {
        *lx["under_not_party_verbs"],
        *lx["claim_verbs"],
        *lx["claim_noun_verbs"],
        *lx["speech_verbs"],
    }:
        return  # "Equatorial Guinea asserts sovereignty under the Convention of Paris"
    if anchor.dep_ == "prep" and any(c.dep_ == "nsubjpass" for c in verb.children):
        return  # "ties between A and B were restored under X": no subject acts
    who = []
    for s in subjects(verb):
        # "the two neighbours": the pair the story is about, not the last two states named
        who += (
            parsed.group(s)
            or pair_of_states(ctx, parsed, s, document_first=True)
            or _they(parsed, s)
            or _pronoun_states(parsed, s)
        )
    states = rule.options.get("states_only")
    parties = _unique(
        [
            _state_key(ctx, e)
            for e in who
            if (e.cls != ORGANIZATION if states else True) and _party(ctx, e)
        ]
    )
    if not parties:
        return
    _add_parties(ctx, parsed, fam, rule, nodes, view, state, noun, parties)


def _add_parties(ctx, parsed, fam, rule, nodes, view, state, noun, parties: list[str]) -> None:
    """The parties of the agreement ``noun`` names (a named one, or a described one minted
    for these parties, as a signing would)."""
    ent = parsed.entity(noun)
    if ent is not None:
        key = _named(ctx, ent, parties, state)
    else:
        date = sentence_date(_others_years_masked(ctx, parsed, view, nodes), ctx.years)
        key = _agreement(ctx, parsed, rule, {"agreement": noun}, parties, [], date, view, state)
    if key is None:
        return
    ext = extractor_id(fam, rule)
    for p in parties:
        ctx.add(view, key, "party", implied_country(ctx, p), ext, rule.confidence)


def _is_state(ctx, e) -> bool:
    """A country, a government, or a capital standing for its state ("Seoul and Tokyo")."""
    return e.cls in (COUNTRY, GOVERNMENT) or (e.cls == REGION and bool(ctx.country_key(e)))


def _unsigned(verb) -> bool:
    """'did not sign', 'will sign', 'plans to sign': the clause makes no agreement yet."""
    modals = set(lexicon()["modals"])
    return (
        negated(verb)
        or verb.dep_ == "xcomp"
        or any(c.dep_ == "aux" and c.lower_ in modals for c in verb.children)
    )


def _state_of(ctx, text: str) -> str:
    """The country key a name stands for: the country, or the state whose seat it is."""
    from kg.nlp.annotate import is_seat
    from kg.resolve.document import gaz_key

    if not text or len(text.split()) > 3:
        return ""
    entry = ctx.gaz.lookup(text)
    if entry is None:
        return ""
    if entry.cls == COUNTRY:
        return gaz_key(entry.id)
    if entry.cls == REGION and is_seat(entry):
        return gaz_key(entry.country)
    return ""


def _demonym_state(ctx, e):
    """A person or organisation span that is a one-word demonym ("Ugandan") → the country's
    key; any other span unchanged."""
    if e.cls not in (PERSON, ORGANIZATION) or " " in e.text or e.key.startswith("gaz:"):
        return e
    entry = ctx.gaz.demonym(e.text)
    if entry is None or entry.cls != COUNTRY:
        return e
    return implied_country(ctx, f"gaz:{entry.id}")


def _acceding(parsed: Parsed, anchor, noun, kind_of) -> list:
    """The sides of an accession agreement besides the clause's: the body acceded to ("…
    of accession to the Caribbean Community"), the state acceding ("Finland's accession
    protocol", "the accession protocol for Sweden")."""
    out = []
    for t in (anchor, noun, kind_of):
        if t is not None:
            out += [e for p in pobjs(t, {"to"}) for e in parsed.group(p) if e.cls in _PARTY]
    for t in (noun, kind_of):
        if t is None:
            continue
        out += [e for c in t.children if c.dep_ == "poss" for e in parsed.group(c)]
        out += [e for p in pobjs(t, {"for"}) for e in parsed.group(p) if e.cls in _PARTY]
    return out


def _bloc_acceded(ctx, parsed: Parsed, anchor) -> list:
    """'Djibouti became the ninth member of the EAC after its president signed the treaty of
    accession': the one organisation of no country in the gazetteer (a bloc or an
    international body) named in the sentence, else in the two before it, is the body
    acceded to; none when two are named."""
    v = parsed.view_of[anchor.i]
    for idx in range(v, max(v - 3, -1), -1):
        found = {}
        for span in parsed.views[idx].spans:
            entry = ctx.gaz.get(span.key[4:]) if span.key.startswith("gaz:") else None
            if entry is not None and entry.cls == ORGANIZATION and not entry.country:
                whole = _whole_body(ctx, span)
                found.setdefault(whole.key, whole)
        if len(found) == 1:
            return list(found.values())
        if found:
            return []
    return []


def _listed_before(parsed: Parsed, anchor) -> list:
    """'Kiribati, Nauru and Tuvalu signed': the first item of a list the parser hung on the
    verb, a name of the subject's class followed by a comma."""
    subj = [s for s in anchor.children if s.dep_ == "nsubj"]
    first = parsed.entity(subj[0]) if subj else None
    if first is None:
        return []
    out = []
    for c in anchor.children:
        ent = parsed.entity(c)
        if (
            c.dep_ == "npadvmod"
            and c.i < subj[0].left_edge.i
            and ent is not None
            and ent.cls == first.cls
            and parsed.doc[c.right_edge.i + 1].text == ","
        ):
            out.append(ent)
    return out


def _lost_subject(parsed: Parsed, anchor) -> list:
    """'After talks, A and B on Monday signed …': a subject the parser hung on the phrase
    before it; the names between the last comma and the verb."""
    sent = anchor.sent
    cut = max((t.i for t in sent if t.i < anchor.i and t.text in (",", ";")), default=-1)
    out: dict[int, object] = {}
    for t in parsed.doc[max(cut + 1, sent.start) : anchor.i]:
        ent = parsed.entity(t)
        if ent is not None and (ent.cls in _PARTY or ent.cls == PERSON):
            out.setdefault(id(ent), ent)
    return list(out.values())


def _stray_signers(parsed: Parsed, anchor, by: list) -> list:
    """'signed by Liberal leader A and Green co-chair B': a person after "by … and" that the
    parser hung on the verb or its subject (as apposition or adverbial), not on "by"."""
    if not by:
        return []
    start = min(p.left_edge.i for p in by)
    end = max(p.right_edge.i for p in by)
    # "…, which was signed by their ministers, A and B": the names of an unnamed plural
    plural = [
        p for p in by if parsed.entity(p) is None and p.pos_ == "NOUN" and p.lower_.endswith("s")
    ]
    hosts = [anchor, *(c for c in anchor.children if c.dep_ == "nsubjpass")]
    if anchor.dep_ in ("relcl", "acl"):
        hosts.append(anchor.head)
    out = []
    for h in hosts:
        for c in h.children:
            if c.dep_ not in ("appos", "npadvmod", "dep") or c.i < start:
                continue
            ent = parsed.entity(c)
            if ent is None or ent.cls != PERSON:
                continue
            named = plural and c.left_edge.i == end + 2 and parsed.doc[end + 1].text == ","
            # "… by A and B co-chair C", never "… by A and B, Minister C said" after a comma
            ands = [t.i for t in parsed.doc[start : c.left_edge.i] if t.lower_ == "and"]
            listed = bool(ands) and all(t.text != "," for t in parsed.doc[ands[-1] : c.i])
            if named or listed:
                out += parsed.group(c)
    return out


def _by_list(parsed: Parsed, anchor, by: list) -> list:
    """'signed by A, who hosted the summit, B's prime minister, C, and D': the people listed
    after "by", read along the words when a relative clause inside the list breaks the
    parse. A relative clause is passed over to its closing comma; the list ends at a finite
    verb, a semicolon or a word that opens another part of the clause ("while", "in the
    presence of", "as guarantors"); a name that is a subject, a possessor or the object of
    another preposition is no signer."""
    if not by:
        return []
    doc = parsed.doc
    stops = set(lexicon()["signer_list_stops"])
    i, end = min(p.left_edge.i for p in by), anchor.sent.end
    out: dict[int, object] = {}
    while i < end:
        t = doc[i]
        if t.lower_ in ("who", "whose", "which") and doc[i - 1].text == ",":
            i = next((j for j in range(i + 1, end) if doc[j].text == ","), end) + 1
            continue
        if t.text == ";" or t.lower_ in stops:
            break
        if t.pos_ in ("VERB", "AUX") and t.dep_ not in ("amod", "compound", "nmod", "acl"):
            break  # "…, officials said", "… and welcomed by C": another clause
        ent = parsed.entity(t)
        if ent is not None and ent.cls == PERSON and id(ent) not in out:
            words = [x for x in doc[i:end] if parsed.entity(x) is ent]
            root = next((x for x in words if parsed.entity(x.head) is not ent), t)
            nxt = doc[root.i + 1] if root.i + 1 < len(doc) else None
            last = words[-1].i
            after = doc[last + 1] if last + 1 < len(doc) else None
            if not (
                root.dep_ in ("nsubj", "nsubjpass", "poss")
                or (nxt is not None and nxt.lower_ in ("'s", "’s", "'"))
                or (after is not None and after.pos_ in ("VERB", "AUX"))  # "…, B said"
                or (root.dep_ == "pobj" and root.head.lower_ != "by")
            ):
                out[id(ent)] = ent
        i += 1
    return list(out.values())


def _late_by(anchor) -> list:
    """'The treaty was signed at the Elysee Palace in Paris by A and B': a passive signing
    verb without an agent whose "by" the parser hung on a place or time after it (only
    through prepositions, never inside a clause)."""
    if not any(c.dep_ == "nsubjpass" for c in anchor.children):
        return []
    out: list = []
    todo = [(c, 0) for c in anchor.children if c.dep_ == "prep" and c.lower_ != "by"]
    while todo:
        prep, depth = todo.pop()
        for o in prep.children:
            if o.dep_ != "pobj":
                continue
            for c in o.children:
                if c.dep_ == "prep" and c.lower_ == "by":
                    out += [x for x in c.children if x.dep_ == "pobj"]
                elif c.dep_ == "prep" and depth < 3:
                    todo.append((c, depth + 1))
    return out


def _signing_held(anchor) -> bool:
    """'attended / witnessed / hosted the signing of …', 'at / after the signing of …', 'the
    signing of … took place': a signing that happened (not one postponed or ahead)."""
    head = anchor.head
    if anchor.dep_ == "pobj":
        return head.lower_ in ("at", "after", "during", "following")
    if anchor.dep_ not in ("dobj", "nsubj") or head.lower_ not in lexicon()["witness_verbs"]:
        return False
    modals = set(lexicon()["modals"])
    if negated(head) or any(c.dep_ == "aux" and c.lower_ in modals for c in head.children):
        return False
    return head.dep_ not in ("xcomp", "pcomp")


def _by_objects(anchor) -> list:
    """The objects of "by" of a passive, also of a repeated "by" ("by A and by B")."""
    out = pobjs(anchor, {"by"})
    out += [
        p
        for c in anchor.children
        if c.dep_ == "conj" and c.lower_ == "by"
        for p in c.children
        if p.dep_ == "pobj"
    ]
    for c in anchor.children:
        if c.dep_ == "agent":
            out += [
                p
                for b in c.children
                if b.dep_ == "conj" and b.lower_ == "by"
                for p in b.children
                if p.dep_ == "pobj"
            ]
    return out


def _signer_bodies(parsed: Parsed, heads: list) -> dict[str, str]:
    """Signers the text introduces by their post in a body ("X, speaker of the House of
    Representatives", "Y, head of the High Council of State"): person key → body key."""
    out = {}
    for h in heads:
        for t in parsed.conjuncts(h):
            person = parsed.entity(t)
            if person is None or person.cls != PERSON:
                continue
            for a in t.children:
                if a.dep_ != "appos" or parsed.entity(a) is not None:
                    continue
                for o in pobjs(a, {"of"}):
                    body = parsed.entity(o)
                    if body is not None and body.cls in (ORGANIZATION, GOVERNMENT):
                        out[person.key] = body.key
    return out


def _title_body(ctx, parsed: Parsed, tok, person) -> str:
    """'SADC Executive Secretary X', 'European Commission President Y': the organisation the
    gazetteer knows whose title stands right before the name (the Union an institution is
    part of), not a mediator's or an envoy's ("UN envoy Z")."""
    doc, i = parsed.doc, tok.i
    blocked = set(lexicon()["not_party_capacities"]) | set(lexicon()["not_party_titles"])
    heads = set(lexicon()["office_head_words"])
    j = i - 1
    while j >= 0 and parsed.entity(doc[j]) is None:
        w = doc[j]
        if w.lower_ in blocked or not (
            w.is_title or w.is_upper or w.lower_ in heads or w.text == "-"
        ):
            return ""
        j -= 1
    body = parsed.entity(doc[j]) if 0 <= j < i - 1 else None
    if body is None or body.cls != ORGANIZATION or not body.key.startswith("gaz:"):
        return ""
    entry = ctx.gaz.get(body.key.removeprefix("gaz:"))
    parent = ctx.gaz.get(entry.part_of) if entry is not None and entry.part_of else None
    if parent is not None and parent.cls == ORGANIZATION:
        return implied_country(ctx, f"gaz:{parent.id}")
    return body.key


def _between_parties(ctx, parsed: Parsed, noun, state: dict) -> bool:
    """A deal political parties make ("a coalition agreement"; "the agreement" or "the
    document" after one)."""
    if noun is None:
        return False
    words = set(lexicon()["party_agreement_words"])
    if noun.lower_ in lexicon()["agreement_anaphors"] and state.get("last"):
        rec = ctx.extra.get(state["last"])
        return rec is not None and bool(set(rec.label.lower().split()) & words)
    if noun.lower_ not in lexicon()["agreement_nouns"]:
        return False
    earlier = _described_before(parsed, noun)
    return any(set(_kind(n).split()) & words for n in (noun, earlier) if n is not None)


def _party_of(ctx, person: str) -> str:
    """The organisation the text makes ``person`` a current member of ('' when none, or when
    it names more than one)."""
    orgs = {
        r.object
        for r in ctx.relations
        if r.predicate == "memberOf"
        and r.subject == person
        and not r.former
        and _is_org(ctx, r.object)
    }
    return next(iter(orgs)) if len(orgs) == 1 else ""


def _is_org(ctx, key: str) -> bool:
    if key.startswith(f"{ORGANIZATION}:"):
        return True
    entry = ctx.gaz.get(key[4:]) if key.startswith("gaz:") else None
    return entry is not None and entry.cls == ORGANIZATION


def _title_country(ctx, parsed: Parsed, person) -> str:
    """The state a signer's title names: "Kazakh President X", "Niger's General X"."""
    toks = [t for t in parsed.doc if parsed.entity(t) is person]
    if not toks:
        return ""
    head = max(toks, key=lambda t: sum(1 for _ in t.subtree))
    for o in pobjs(head, {"of"}):  # "William Ruto of Kenya"
        ent = parsed.entity(o)
        if ent is not None and ent.cls == COUNTRY:
            return ent.key
    for t in head.subtree:
        if t.i >= toks[0].i:
            break
        ent = parsed.entity(t)
        if ent is not None and ent.cls == COUNTRY:
            return ent.key
        if t.dep_ in ("amod", "compound") and t.text[:1].isupper():
            cc = country_of(t.text, ctx.gaz)
            if cc:
                return f"gaz:{cc}"
    return ""


def _prospective(noun) -> bool:
    """The verb governing the noun (through prepositions) wishes or argues for it."""
    words = set(lexicon()["prospective_verbs"])
    t = noun
    for _ in range(5):
        if t.head.i == t.i:
            return False
        t = t.head
        if t.pos_ in ("VERB", "AUX") and t.lower_ in words:
            return True
        # "press for a deal": the parser may tag the verb before the preposition a noun
        if t.dep_ == "prep" and t.i > 0 and t.doc[t.i - 1].lower_ in words:
            return True
    return False


def _party(ctx, e) -> bool:
    if e.cls in _PARTY:
        return True
    return e.cls == REGION and bool(ctx.country_key(e))  # a capital for its state


def _apposed_name(parsed: Parsed, noun):
    """The named agreement a described one is given beside it: "a border treaty, the Busia
    Protocol", "an accord, known as / dubbed the Kampala Accord", "the Tarawa Accord, a
    fisheries pact signed by A and B"."""
    naming = set(lexicon()["naming_verbs"])
    # "the Convention of Paris, a 1900 treaty between A and B", however the parser hung it
    left = noun.left_edge
    if noun.dep_ == "appos":
        ent = parsed.entity(noun.head)
        if ent is not None and ent.cls == AGREEMENT:
            return ent
    if left.lower_ in ("a", "an", "the") and left.i >= 2 and left.nbor(-1).text == ",":
        ent = parsed.entity(left.nbor(-2))
        if ent is not None and ent.cls == AGREEMENT:
            return ent
    for c in noun.children:
        names = []
        if c.dep_ == "appos":
            names = [c]
        elif c.dep_ == "acl" and c.lower_ in naming:
            names = [g for g in c.children if g.dep_ in ("oprd", "attr", "dobj")]
            names += pobjs(c, {"as"})
        for t in names:
            ent = parsed.entity(t)
            if ent is not None and ent.cls == AGREEMENT:
                return ent
    return None


def _with_before_as(anchor) -> bool:
    """ "…, with Brazil as guarantor": the parser hangs both phrases on the verb, and the
    capacity is the with-object's, not the subject's."""
    return any(
        w.lower_ == "with" and w.dep_ == "prep" and w.right_edge.i + 1 == a.i
        for w in anchor.children
        for a in anchor.children
        if a.dep_ == "prep" and a.lower_ == "as"
    )


def _as_capacity(tok, capacities: set[str]) -> bool:
    """'Li Wei as a witness', 'with Brazil as guarantor': there in a capacity, not as a
    party (the parser may hang "as …" on the object or, right after it, on the verb)."""
    if any(p.lower_ in capacities for p in pobjs(tok, {"as"})):
        return True
    prep, verb = tok.head, tok.head.head
    return prep.dep_ == "prep" and any(
        a.dep_ == "prep"
        and a.lower_ == "as"
        and a.i == prep.right_edge.i + 1
        and any(p.lower_ in capacities for p in pobjs(verb, {"as"}))
        for a in verb.children
    )


def _state_key(ctx, e) -> str:
    """A party's key; a capital, named as a place or read as the government it stands for
    ("Moscow and Beijing inked a gas deal"), gives its state, so both sides are countries."""
    if e.cls == REGION or (e.cls == GOVERNMENT and e.metonymy):
        return _capital_state(ctx, e) or e.key
    if e.cls in (GOVERNMENT, ORGANIZATION) and (
        _legislature(e.text) or legislature_key(ctx, e.key)
    ):
        return _legislature_state(ctx, e)
    return e.key


def _legislature(label: str) -> bool:
    """'the Philippine Senate', 'Kenya's National Assembly', 'the House of Commons'."""
    words = label.lower().replace("'s", "").split()
    return bool(words) and (
        words[-1] in lexicon()["legislature_words"] or " ".join(words[:2]) == "house of"
    )


def _legislature_state(ctx, e) -> str:
    """A legislature that ratifies or approves stands for its state (itself when its name
    tells none): the state is the party, not the chamber."""
    cc = ctx.country_key(e)
    if not cc:
        for word in e.text.replace("'s", "").split():
            code = country_of(word, ctx.gaz) if word[:1].isupper() else ""
            if code:
                cc = f"gaz:{code}"
                break
    return implied_country(ctx, cc) if cc else e.key


def _capital_state(ctx, e) -> str:
    """The state a capital stands for ("Canberra" → Australia), recorded so the party is kept
    even when the text never names the country itself."""
    key = ctx.country_key(e)
    return implied_country(ctx, key) if key else key


def _draft(noun) -> bool:
    """'a draft treaty between A and B', 'a proposed pact between …': not (yet) signed."""
    words = set(lexicon()["draft_words"]) | set(lexicon()["unsettled_words"])
    if any(c.dep_ in ("amod", "compound") and c.lower_ in words for c in noun.children):
        return True
    # "a draft security pact": the parser may hang "draft" on the word before the noun
    return any(t.lower_ in words for t in noun.doc[noun.left_edge.i : noun.i])


def _unique(keys: list[str]) -> list[str]:
    return list(dict.fromkeys(keys))


def _agreement(ctx, parsed, rule, nodes, parties, signers, date, view, state) -> str | None:
    """The key of the agreement a match is about (named, anaphoric or described)."""
    if rule.options.get("previous"):  # "… signed for their governments": the one just made
        return state["last"] if signers else None
    noun = nodes.get("agreement")
    if noun is not None and noun.i in state.get("by_noun", {}):
        return state["by_noun"][noun.i]  # "a pact, which was signed by …": the same one
    if noun is not None:
        ent = parsed.entity(noun)
        if ent is None and noun.lower_ in lexicon()["agreement_nouns"]:
            ent = _apposed_name(parsed, noun)  # "an accord, known as the Kampala Accord"
        if ent is not None and ent.cls == AGREEMENT:
            key = _named(ctx, ent, parties, state)
            _same_as_described(ctx, parsed, noun, key, state, parties)
            return key
        if noun.lower_ == "it" and noun.pos_ == "PRON":  # "It was signed by …"
            here = parsed.view_of[noun.i]
            near = 0 <= here - state.get("last_at", -9) <= 1
            if not (near and state["last"] is None and state.get("pending") is not None):
                return state["last"] if near else None
            # "… also signed a memorandum; it was signed for A by X and for B by Y": the
            # memorandum just described, with the parties and signers this clause names
            noun = state["pending"]
        if noun.lower_ in lexicon()["agreement_anaphors"]:  # "initialled the text"
            det = {c.lower_ for c in noun.children if c.dep_ == "det"}
            # "the 14-page document", "the final text": a length or "final" says no more
            # ("the document at the State House": a place says no more either)
            own = [
                c
                for c in noun.children
                if c.dep_ not in ("det", "prep", "punct") and not _page_count(c)
            ]
            return state["last"] if det & _ANAPHORIC and not own else None
        if noun.lower_ not in lexicon()["agreement_nouns"]:
            return None  # "the bill was signed by …"
        mods = [c for c in noun.children if c.dep_ in _KIND_DEPS and not _measure(c)]
        det = {c.lower_ for c in noun.children if c.dep_ == "det"}
        if not mods and det & _ANAPHORIC and not rule.options.get("curated_first"):
            named = _named_before(ctx, parsed, noun, state)
            if named is not None:  # "the Nile Basin Charter … The charter was signed by …"
                return _named(ctx, named, parties, state)
            if (
                state["last"]
                and not _older(ctx, noun, state["last"])
                and _same_kind(ctx, noun.lower_, state["last"])
            ):
                return state["last"]
        kind = _kind(noun)
        shown_by = noun
        if not mods and det & _ANAPHORIC and not state["last"]:
            # "Burundi signed a border protocol, but Rwanda refused … Its minister signed the
            # protocol": the description made no agreement yet; the anaphor takes its words
            earlier = _described_before(parsed, noun)
            if earlier is not None:
                kind, shown_by = _kind(earlier), earlier
        if rule.options.get("curated_first"):
            from kg.extract.relations import _gazetteer_agreement

            found = _gazetteer_agreement(ctx.gaz, kind, parties)
            if found:
                return ctx.record(EntityRecord(f"gaz:{found}", AGREEMENT, ctx.gaz.get(found).label))
            if det & _ANAPHORIC:  # "the accord between A and B": the one A and B just made
                same = [k for k, ps in state.get("parties_of", {}).items() if ps == set(parties)]
                if same:
                    return same[-1]
        if "head" in nodes:  # "a cessation of hostilities agreement"
            kind = f"{nodes['head'].text.lower()} of {kind}"
        shown, topic = _topic(shown_by)
    else:
        clause = nodes["clause"]
        obj = [c for c in clause.children if c.dep_ == "dobj"]
        words = [clause.text] + ([_phrase(obj[0])] if obj else [])
        kind = "agreement to " + " ".join(words)
        shown = topic = ""
    if len(parties) + len(signers) < 2:
        return None
    names = "–".join(sorted(entity_label(ctx, p) for p in parties)) or "–".join(
        sorted(entity_label(ctx, s) for s in signers)
    )
    members = "|".join(sorted(parties) or sorted(signers))
    what = f"{kind} {shown}" if shown else kind
    attrs = tuple((n, v) for n, v in (("date", date), ("topic", topic)) if v)
    return mint_agreement(ctx, what, members, names, date, view.start, attrs)


def _same_kind(ctx, word: str, key: str) -> bool:
    """Whether "the <word>" may stand for the agreement ``key``."""
    rec = ctx.extra.get(key)
    entry = ctx.gaz.get(key[4:]) if rec is None and key.startswith("gaz:") else None
    label = (rec.label if rec is not None else entry.label if entry is not None else "").lower()
    words = set(re.findall(r"[a-z]+", label))
    if not words or word in words:
        return True
    # nouns news uses for one another ("signed a trade agreement … The deal …"); the others
    # name kinds of their own ("the treaty" is not the protocol of accession just signed)
    groups = (set(g.split("|")) for g in lexicon()["interchangeable_agreement_nouns"])
    return any(word in group and words & group for group in groups)


def _named_before(ctx, parsed: Parsed, noun, state: dict):
    """The named agreement "the treaty" refers back to: the latest name before it with that
    word ("the Atlantic Fisheries Treaty"), unless an agreement of that kind was made since
    (a memorandum signed since does not stand between "the SCO Charter" and "the charter")."""
    word = noun.lower_
    if any(c.dep_ in ("acl", "relcl") for c in noun.children) or pobjs(noun, {"between", "with"}):
        return None  # "the accord signed by A and B": a description that names its own
    # a bounded look back: an anaphor reaches a few paragraphs, and long texts stay linear
    for t in reversed(parsed.doc[max(0, noun.i - _LOOK_BACK) : noun.i]):
        ent = parsed.entity(t)
        if ent is None or ent.cls != AGREEMENT:
            continue
        # "the Nakhchivan Agreement, the bloc's founding treaty": the treaty by apposition
        if word not in ent.text.lower().split() and not any(
            c.dep_ == "appos" and c.lower_ == word for c in t.children
        ):
            continue
        if (
            state["last"]
            and parsed.view_of[t.i] <= state.get("last_at", -9)
            and _same_kind(ctx, word, state["last"])
        ):
            return None  # an agreement made after the name is the nearer one
        return ent
    return None


def _described_before(parsed: Parsed, noun):
    """The latest earlier "a border reopening protocol" (same noun, with words of its kind and
    no name) that "the protocol" may stand for."""
    for t in reversed(parsed.doc[max(0, noun.i - _LOOK_BACK) : noun.i]):
        if t.lower_ != noun.lower_ or t.pos_ != "NOUN" or parsed.entity(t) is not None:
            continue
        if any(c.dep_ in _KIND_DEPS and not _measure(c) for c in t.children):
            return t
    return None


def _same_as_described(
    ctx, parsed: Parsed, noun, key: str, state: dict, parties: list[str]
) -> None:
    """'A and B signed a peace agreement … The Tumaini Accord was signed by …': a name given
    in the next sentence to the agreement just described is that agreement, unless its
    signers stand for other states ("… was signed by the presidents of C and D")."""
    last = state["last"]
    if not last or last == key or not last.startswith(f"{AGREEMENT}:"):
        return
    if not _states(set(parties)) <= _states(state.get("parties_of", {}).get(last, set())):
        return
    if last in state.setdefault("alias", {}) or key in state["alias"].values():
        return
    if state.get("own_parties"):
        return  # "Peru ratified the Lima Protocol": its own parties, another agreement
    here = parsed.view_of[noun.i]
    if 0 <= here - state.get("last_at", -9) <= 1 and not _names_before(parsed, noun, here):
        # in its own sentence the last one's date may be this year ("… replaces the 1977 Treaty")
        if not _older(ctx, noun, last, here != state.get("last_at")):
            state["alias"][last] = key


def _older(ctx, noun, key: str, by_date: bool = True) -> bool:
    """'The treaty, which A and B signed in 2010', 'the 1977 Treaty of Amity': a year before
    the document's own, said of this agreement and not of ``key`` (the one just made), marks
    an earlier agreement, not a return to the last one."""
    years = getattr(ctx, "years", None) if ctx is not None else None
    if not years:
        return False
    said = {
        int(t.text) for t in noun.subtree if t.shape_ == "dddd" and 1800 <= int(t.text) < min(years)
    }
    if not said:
        return False
    rec = ctx.extra.get(key) if by_date else None
    date = dict(rec.attrs).get("date", "") if rec is not None else ""
    return not (date[:4].isdigit() and int(date[:4]) in said)


def _names_before(parsed: Parsed, noun, here: int) -> bool:
    """Whether another named agreement came between the description and this name."""
    ent = parsed.entity(noun) or _apposed_name(parsed, noun)  # "an accord, known as X"
    if ent is None:
        return False
    for v in (here - 1, here):
        for s in parsed.views[v].spans if v >= 0 else ():
            if s.cls == AGREEMENT and s is not ent and s.start < ent.start:
                return True
    return False


def _theirs(parsed: Parsed, subj, verb) -> list:
    """'A and B ended the dispute when their leaders signed …': "their" is the states of the
    clause the signing depends on."""
    if not any(c.dep_ == "poss" and c.lower_ == "their" for c in subj.children):
        return []
    if verb.dep_ not in ("advcl", "conj") or verb.head.i == verb.i:
        return []
    states = [e for s in subjects(verb.head) for e in parsed.group(s)]
    states = [e for e in states if e.cls in _PARTY]
    return states if len(states) >= 2 else []


def _bloc_leaders(ctx, parsed: Parsed, subj) -> list:
    """'… the ECOWAS summit in Accra. The leaders adopted the Accra Declaration': bare "(the)
    leaders" (``summit_people``, no number, owner or name of their own) stand for the
    organisation named last in this sentence or the two before (the bloc, not its
    commission: a body part of another stands for the whole)."""
    if subj.lower_ not in lexicon()["summit_people"]:
        return []
    if any(c.dep_ in ("poss", "nummod", "compound", "amod", "prep") for c in subj.children):
        return []
    if any(c.dep_ == "det" and c.lower_ != "the" for c in subj.children):
        return []
    v = parsed.view_of[subj.i]
    if v < 0:
        return []
    for idx in range(v, max(v - 3, -1), -1):
        here = [
            s
            for s in parsed.views[idx].spans
            if s.cls == ORGANIZATION and (idx < v or s.start < parsed.tok_start[subj.i])
        ]
        if here:
            return [_whole_body(ctx, here[-1])]
    return []


def _whole_body(ctx, e):
    """The organisation a curated body is part of ("ECOWAS Commission" → ECOWAS)."""
    entry = ctx.gaz.get(e.key[4:]) if e.key.startswith("gaz:") else None
    parent = ctx.gaz.get(entry.part_of) if entry is not None and entry.part_of else None
    if parent is None or parent.cls != ORGANIZATION:
        return e
    return ctx.record(EntityRecord(f"gaz:{parent.id}", ORGANIZATION, parent.label))


def _they(parsed: Parsed, subj) -> list:
    """'A and B held talks. They signed …': "they" opening a clause is the states, parties or
    governments the sentence before had as its subject (two or more), or the people it had
    ("Prime Ministers A and B held talks. They signed a memorandum": the signers)."""
    if subj.lower_ != "they" or subj.sent.start == 0:
        return []
    prev = parsed.doc[subj.sent.start - 1].sent
    named = [e for s in subjects(prev.root) for e in parsed.group(s)]
    states = [e for e in named if e.cls in _PARTY]
    if len(states) >= 2:
        return states
    people = [e for e in named if e.cls == PERSON]
    return people if len(people) >= 2 and not states else []


def _pronoun_states(parsed: Parsed, subj) -> list:
    """'Venezuela argues that the treaty, which it signed with Britain, …', 'A and B took the
    case to court under an agreement they signed in 2008': "it" or "they" in a clause below
    the sentence's main one stands for the states the main clause has for subject (one for
    "it", two or more for "they")."""
    if subj.lower_ not in ("it", "they"):
        return []
    root = subj.sent.root
    if subj.head.i == root.i:
        return []
    named = {
        e.key: e for s in subjects(root) for e in parsed.group(s) if e.cls in (COUNTRY, GOVERNMENT)
    }
    if (subj.lower_ == "it" and len(named) == 1) or (subj.lower_ == "they" and len(named) >= 2):
        return list(named.values())
    return []


def _unsettled(noun) -> bool:
    """'a proposed India-UK deal', 'talks on an India-UK deal': not (yet) an agreement."""
    unsettled = set(lexicon()["unsettled_words"])
    words = set(lexicon()["not_meeting"]) | {"draft", "potential", "prospective", "new"} | unsettled
    if any(c.dep_ == "amod" and c.lower_ in words for c in noun.children):
        return True
    if noun.dep_ in ("nsubj", "nsubjpass") and any(  # "… remains unsigned"
        c.dep_ in ("acomp", "attr", "oprd") and c.lower_ in unsettled for c in noun.head.children
    ):
        return True
    head = noun.head.head if noun.dep_ == "pobj" else noun.head
    talks = set(lexicon()["meeting_nouns"]) | {"hopes", "hope", "push", "bid", "plan", "plans"}
    return head.lower_ in talks


@follows_ontology
@lru_cache(maxsize=1)
def _qualifiers() -> tuple[frozenset, frozenset]:
    """``qualified_agreement_nouns`` read once: (noun, complement after "of") pairs ("letter
    of intent") and (noun, modifier before it) pairs ("action plan")."""
    after, before = set(), set()
    for q in lexicon()["qualified_agreement_nouns"]:
        if " of " in q:
            after.add(tuple(q.split(" of ", 1)))
        else:
            before.add(tuple(reversed(q.split(" ", 1))))
    return frozenset(after), frozenset(before)


def _qualified(noun) -> bool:
    """A noun that is an agreement only with its complement or modifier ("letter" in "letter
    of intent", "plan" in "action plan": ``qualified_agreement_nouns``) has it; any other
    noun passes."""
    after, before = _qualifiers()
    if noun.lower_ not in {h for h, _ in after | before}:
        return True
    return any((noun.lower_, p.lower_) in after for p in pobjs(noun, {"of"})) or any(
        c.dep_ in ("compound", "amod") and (noun.lower_, c.lower_) in before for c in noun.children
    )


def _side_by_side(tok) -> bool:
    """'side' in "signed side by side": an adverb the parser reads as an object."""
    return tok.lower_ == "side" and any(p.lower_ == "by" for p in tok.head.children)


def _page_count(tok) -> bool:
    """'14-page', 'final', 'signed': a word on a document that does not tell which one."""
    words = {t.lower_ for t in tok.subtree}
    return bool(words & set(lexicon()["vague_document_words"])) and not any(
        t.pos_ == "PROPN" for t in tok.subtree
    )


def _measure(tok) -> bool:
    """'the 200-page pact', 'a ten-year deal': a size, not a kind of agreement."""
    return any(t.like_num for t in tok.subtree)


def _later_object(noun) -> bool:
    """A second agreement object of the same verb: an apposition the parser hung there."""
    words = set(lexicon()["agreement_nouns"])
    return any(
        c.dep_ == "dobj" and c.i < noun.i and (c.lower_ in words or c.ent_type_ == AGREEMENT)
        for c in noun.head.children
    )


def _kind(noun) -> str:
    """'a permanent cessation of hostilities agreement' → 'cessation of hostilities agreement'."""
    # a qualifier the noun needs stays even when capitalised ("the Canada-Mexico Action Plan")
    needed = {modifier for _, modifier in _qualifiers()[1]}
    # so does a city it is named after ("the Muscat agreement", "the Doha deal"); a country's
    # name is a party, shown apart
    left = [
        c
        for c in noun.lefts
        if c.dep_ in _KIND_DEPS
        and (c.pos_ != "PROPN" or c.lower_ in needed or c.ent_type_ == REGION)
        and not _measure(c)
    ]
    words = []
    first = noun.head
    if (
        noun.dep_ == "conj"
        and first.pos_ == "NOUN"
        and first.i < noun.i
        and first.lower_ not in lexicon()["agreement_nouns"]
        and not any(c.dep_ in ("det", "poss", "nummod") for c in noun.children)
    ):
        # "a green hydrogen and ammonia supply agreement": the parser's first conjunct is a
        # modifier of the one noun
        words += [t.text.lower() for t in first.lefts if t.dep_ in ("amod", "compound")]
        words += [first.text.lower(), "and"]
    for c in left:
        words += [t.text.lower() for t in c.subtree if t.dep_ not in ("det", "poss", "nummod")]
    words.append(noun.text.lower())
    for c in noun.rights:  # "memorandum of understanding"
        if c.dep_ == "prep" and c.lower_ == "of":
            obj = [p for p in c.children if p.dep_ == "pobj" and p.pos_ == "NOUN"]
            if obj and _of_object(obj[0]) is not None:
                words += ["of", obj[0].text.lower()]
    text = " ".join(
        w for w in words if w not in ("permanent", "new", "historic", "landmark", "separate")
    )
    return _dashes(re.sub(r"\s+", " ", text).strip())


def _of_object(noun):
    """'understanding' in "memorandum of understanding (on sea access)": a bare noun after
    "of" that is part of the agreement's kind; None when it has modifiers of its own ("of
    the two countries") or no such noun follows."""
    if noun.pos_ != "NOUN" or any(
        c.dep_ not in ("prep", "acl", "relcl", "punct") for c in noun.children
    ):
        return None
    return noun


def _kind_of(noun):
    """The bare noun after "of" in the agreement's kind, if any."""
    for c in noun.rights:
        if c.dep_ == "prep" and c.lower_ == "of":
            for p in c.children:
                if p.dep_ == "pobj" and _of_object(p) is not None:
                    return p
    return None


def _topic(noun) -> tuple[str, str]:
    """What an agreement is about: ('on grain transit', 'grain transit') for "a memorandum
    on grain transit"; ('', 'jointly boost production') for "an agreement to jointly boost
    production" (only the first shows in the label)."""
    of = _kind_of(noun)
    for c in [*noun.rights, *(of.rights if of is not None else ())]:
        if c.dep_ == "prep" and c.lower_ in ("on", "for"):
            obj = [p for p in c.children if p.dep_ == "pobj"]
            if (
                obj
                and obj[0].text not in CALENDAR_WORDS
                and not (  # "a deal on Sunday"
                    c.lower_ == "for" and obj[0].ent_type_ in _PARTY  # "the agreement for Hungary"
                )
            ):
                words = _phrase(obj[0])
                return f"{c.lower_} {words}", words
    for c in noun.rights:
        if c.dep_ in ("acl", "relcl") and any(
            a.dep_ == "aux" and a.lower_ == "to" for a in c.children
        ):
            text = "".join(t.text_with_ws for t in c.subtree)
            text = re.split(r",|;|\band to\b", text)[0].strip()
            return "", " ".join(re.sub(r"^to\s+", "", text).split()[:12])
    return "", ""


def _named(ctx, ent, parties: list[str], state: dict) -> str:
    """A curated agreement, unless the clause names parties its name does not ('Japan and the
    Philippines signed a Reciprocal Access Agreement' is not the Japan–Australia one)."""
    renamed = state.setdefault("renamed", {})
    if not ent.key.startswith("gaz:") or ent.key in renamed:
        return renamed.get(ent.key, ent.key)
    from kg.extract.relations import agreement_parties

    known = agreement_parties(ctx.gaz).get(ent.key[4:], frozenset())
    states = {
        p[4:]
        for p in parties
        if p.startswith("gaz:")
        and ctx.gaz.get(p[4:]) is not None
        and ctx.gaz.get(p[4:]).cls == COUNTRY
    }
    if not known or not states or states <= known:
        return ent.key
    members = "|".join(sorted(parties))
    key = f"{AGREEMENT}:{ent.text.lower()}:{members}"
    names = "–".join(sorted(entity_label(ctx, p) for p in parties))
    ctx.extra.setdefault(key, EntityRecord(key, AGREEMENT, f"{names} {ent.text}", (ent.text,)))
    renamed[ent.key] = key
    return key


def _phrase(tok) -> str:
    """A noun with its modifiers ('diplomatic relations'), without clauses or prepositions."""
    toks = [t for t in tok.lefts if t.dep_ in _KIND_DEPS] + [tok]
    words = [w.text for t in toks for w in (t.subtree if t.i != tok.i else [t])]
    return _dashes(" ".join(words[:8]).lower())


def _dashes(text: str) -> str:
    """'cross - border' → 'cross-border': a hyphen the tokenizer split off rejoins."""
    return re.sub(r"(\w) - (\w)", r"\1-\2", text)


def _place(parsed: Parsed, *toks) -> str | None:
    for tok in toks:
        for p in pobjs(tok, {"in", "at"}):
            ent = parsed.entity(p)
            if ent is not None and ent.cls in (REGION, COUNTRY) and not ent.metonymy:
                return ent.key
    return None


def _broker(ctx, parsed, fam, rule, nodes, state, view) -> None:
    anchor = nodes["anchor"]
    if anchor.dep_ in ("acl", "relcl") or any(c.dep_ == "agent" for c in anchor.children):
        who = [e for p in pobjs(anchor, {"by"}) for e in parsed.group(p)]
    else:
        subj = [s for s in subjects(anchor)]
        if anchor.lower_.startswith("negotiat") or any(parsed.conjuncts(s)[1:] for s in subj):
            return  # "Kenya and Uganda negotiated the charter": the parties, not a broker
        who = [e for s in subj for e in parsed.group(parsed.antecedent(s))]
    ext = extractor_id(fam, rule)
    keys = _unique(
        [
            e.key if e.cls != REGION else implied_country(ctx, ctx.country_key(e))
            for e in who
            if e.cls in (*_PARTY, PERSON) or _party(ctx, e)
        ]
    )
    target = nodes.get("agreement")
    ent = parsed.entity(target) if target is not None else None
    agreements = [ent.key] if ent is not None and ent.cls == AGREEMENT else []
    agreements += state["by_view"].get(view.start, [])
    for k in keys:
        if not k:
            continue
        state["brokers"].setdefault(view.start, []).append((k, ext, rule.confidence))
        for a in _unique(agreements):
            ctx.add(view, a, "brokeredBy", k, ext, rule.confidence)


def _named_next(parsed: Parsed, state: dict) -> None:
    """'A and B signed a pipeline accord. The Kampala Pipeline Accord will …': a name that
    opens the next sentence as its subject, shares a word of the description and has no
    parties but the description's ("The Kampala Pipeline Accord was signed by Kenyan
    President A and Ugandan President B") is the agreement just described."""
    described = state.get("described", {})
    if not described:
        return
    alias = state.setdefault("alias", {})
    own = state.get("parties_of", {})
    for tok in parsed.doc:
        k = parsed.ent_of[tok.i] if tok.i < len(parsed.ent_of) else -1
        if k < 0 or tok.dep_ not in ("nsubj", "nsubjpass"):
            continue
        span = parsed.spans[k]
        if span.cls != AGREEMENT or span.key.startswith("gaz:"):
            continue
        first = tok.left_edge
        if first.lower_ != "the" or parsed.view_of[first.i] != parsed.view_of[tok.i]:
            continue
        name = {t.lower_ for t in tok.subtree}
        here = parsed.view_of[tok.i]
        for key, (at, words) in described.items():
            if here == at + 1 and words & name and key not in alias and key in own:
                # parties of its own (its signers' states) must be the description's
                if not _states(own.get(span.key, set())) <= _states(own[key]):
                    continue
                if span.key not in alias.values():
                    alias[key] = span.key
                break


_FOUNDING = re.compile(
    r"(?i)^(?:the\s+)?(?:treaty|agreement|convention|charter|protocol)\s+(?:for\s+the\s+"
    r"establishment\s+of|on\s+the\s+establishment\s+of|establishing|of|on)\s+(?:the\s+)?"
    r"(?P<org>.+?)$|^(?:the\s+)?(?P<org2>.+?)\s+(?:charter|founding\s+treaty)$"
)


def _founders(ctx, parsed: Parsed, view, at: int, key: str, parties, ext, confidence, date) -> None:
    """'the Treaty for the Establishment of the East African Community, signed by A, B and C',
    'the Treaty on the Eurasian Economic Union', 'the SCO Charter': the states party to an
    organisation's founding treaty are its members (the organisation must be named in the
    document under the name the treaty gives it)."""
    m = _FOUNDING.match(entity_label(ctx, key))
    if m is None or "accession" in m.group(0).lower():
        return
    name = (m["org"] or m["org2"]).lower()
    org = next(
        (
            s
            for s in parsed.spans
            if s.cls == ORGANIZATION and name in (s.text.lower(), entity_label(ctx, s.key).lower())
        ),
        None,
    )
    states = [p for p in parties if p.startswith("gaz:") and p.count(":") == 1]
    if org is None or not states:
        return
    for p in states:
        ctx.add(view, p, "memberOf", org.key, ext, confidence, date=date)
    parsed.state.setdefault("blocs", {})["last"] = (at, [org])


def _states(keys: set[str]) -> set[str]:
    """Party keys with a government read as its state ("gaz:gov:KE" → "gaz:KE")."""
    from kg.resolve.document import gaz_key

    return {gaz_key(k.split(":")[2]) if k.startswith("gaz:gov:") else k for k in keys}


def finish(ctx, parsed: Parsed) -> None:
    """A described agreement named in the next sentence becomes the named one; a curated
    name read as another agreement keeps none of the curated parties."""
    state = parsed.state.get("agreements", {})
    _named_next(parsed, state)
    alias = state.get("alias", {})
    if alias:
        ctx.relations[:] = [
            replace(r, subject=alias.get(r.subject, r.subject)) for r in ctx.relations
        ]
        for old in alias:
            ctx.extra.pop(old, None)
    renamed = state.get("renamed", {})
    if renamed:
        ctx.relations[:] = [
            r
            for r in ctx.relations
            if not (r.subject in renamed and r.extractor == "agreement.name_parties")
        ]


FAMILY = Family("kg.agreements.v3", "agreements.jsonl", handle, finish)


def _pronoun_owner(parsed: Parsed, tok) -> list:
    """'China, whose 2015 agreement with India …': the state the relative clause is about;
    'Georgia trades with China, and its agreement with the EU …': the state that is the
    subject of the clause this one is joined to. Nothing when neither is a state."""
    states = (COUNTRY, GOVERNMENT, ORGANIZATION)
    if tok.lower_ == "whose":  # the clause, or the noun the parser hung on the state
        t = tok.head
        while t.head.i != t.i and t.dep_ not in ("relcl", "acl", "appos"):
            t = t.head
        owner = parsed.entity(t.head) if t.dep_ in ("relcl", "acl", "appos") else None
        return [owner] if owner is not None and owner.cls in states else []
    t = tok.head
    while t.head.i != t.i and t.pos_ not in ("VERB", "AUX"):
        t = t.head
    if t.dep_ == "conj":
        for s in subjects(t.head):
            owner = parsed.entity(s)
            if owner is not None and owner.cls in states:
                return [owner]
    return []


def _signed_after_name(parsed: Parsed, nodes: dict) -> bool:
    """'… under the Treaty on the Eurasian Economic Union, signed in Astana in 2014 by A, B
    and C': the participle right after the name and a comma describes it, however the parser
    hangs it (the last word of the name is the matched one)."""
    anchor, name = nodes["anchor"], nodes["agreement"]
    doc = parsed.doc
    ent = parsed.entity(name)
    if ent is None or anchor.i < 2 or doc[anchor.i - 1].text != ",":
        return False
    last = doc[anchor.i - 2]
    if last.i == name.i and parsed.entity(last) is ent:
        return True
    # "the Athens Declaration on friendly relations, signed by A and B": the name's own
    # phrase (no verb, no other name) stands between the name and the comma
    tail = doc[name.i + 1 : anchor.i - 1]
    return (
        parsed.entity(doc[name.i + 1]) is None
        and 0 < len(tail) <= 6
        and doc[name.i + 1].lower_ in ("on", "of", "for")
        and all(t.is_ancestor(name) is False and name.is_ancestor(t) for t in tail)
        and not any(t.pos_ in ("VERB", "AUX") or parsed.entity(t) is not None for t in tail)
    )


def _due_to(tok) -> bool:
    """'is due back in Muscat to sign', 'is scheduled to travel to Lome to sign': a clause
    of purpose under "due / expected / scheduled" (up to three heads up)."""
    due = set(lexicon()["due_words"])
    t = tok
    for _ in range(3):
        if t.head.i == t.i or t.dep_ not in ("advcl", "xcomp", "conj"):
            return False
        t = t.head
        if t.lower_ in due or any(
            c.lower_ in due and c.dep_ in ("acomp", "xcomp", "advmod", "attr") for c in t.children
        ):
            return True
    return False
