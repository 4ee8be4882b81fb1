"""kg.claims.v2: states (and armed movements) claiming a territory (rules: claims.jsonl).

Nodes: ``anchor`` (the verb or claim noun), ``r`` (the territory: a place mention, or the
noun whose "of"/"around"/"over" phrase names it: "almost all of the South China Sea", "the
ownership of the Liancourt Rocks"); claimants are the clause subject, "with …" of "dispute"
and a possessive ("Argentina's claim to …"). "R, which both claim" reads the relative pronoun
as R; "both countries" as the two states the text has just named (else the two the document
names most, when they stand out); "including R2" adds R2. A capital as
claimant stands for its state ("Beijing claims …").
"""

from __future__ import annotations

from kg.extract.pairs import pair_of_states
from kg.extract.parse import Parsed, negated, pobjs, subjects
from kg.extract.registry import Family, Rule, extractor_id, implied_country
from kg.model import COUNTRY, GOVERNMENT, ORGANIZATION, REGION

_INTO = {"of", "around", "over", "near", "surrounding"}


def handle(ctx, parsed: Parsed, fam: Family, rule: Rule, nodes: dict) -> None:
    anchor = nodes["anchor"]
    view = parsed.view(anchor)
    if view is None or negated(anchor):
        return
    if any(c.dep_ == "det" and c.lower_ == "no" for t in nodes.values() for c in t.children):
        return  # "Cambodia made no claim to Koh Kood"
    if rule.options.get("relcl") and any(
        c.dep_ == "dobj" and c.lower_ not in ("which", "that") for c in anchor.children
    ):
        return  # the relative clause claims something else
    target = parsed.antecedent(nodes["r"])
    # "almost all of the South China Sea, including the Second Thomas Shoal": "including"
    # may hang on any word of the claimed phrase
    included = [p for t in target.subtree for p in pobjs(t, {"including"})]
    if not rule.options.get("relcl"):  # or on the verb ("claims all of R, including R2")
        included += pobjs(anchor, {"including"})
    # "its claim to A, B and C": every conjunct is claimed
    named = parsed.entity(target) is not None and not rule.options.get("relcl")
    listed = parsed.conjuncts(target)[1:] if named else []
    regions = [_territory(parsed, t) for t in [target, *dict.fromkeys(included)]]
    # a listed territory is a place name ("its claim to A and B"), never a state: the parser
    # may join the next clause's states to the list
    regions += [r for t in listed if (r := _territory(parsed, t)) is not None and r.cls == REGION]
    regions = [r for r in regions if r is not None]
    if not regions:
        return
    verb = anchor.head if rule.options.get("noun_anchor") else anchor
    own = "c" in nodes or rule.options.get("no_subject")
    who_toks = [] if own else [parsed.antecedent(s) for s in subjects(verb)]
    if "c" in nodes:
        who_toks.append(nodes["c"])
    if rule.options.get("with"):
        who_toks += pobjs(anchor, {"with", "between"})
    claimants: list[str] = []
    for t in who_toks:
        spans = parsed.group(t)
        spans = spans or pair_of_states(ctx, parsed, t, any_noun=True, document_first=True)
        keys = [_claimant(ctx, e) for e in spans]
        claimants += [k for k in keys if k]
    for region in regions:
        # a whole state is claimed only in so many words ("Guatemala claims Belize")
        if region.cls == COUNTRY and not any(t.lower_.startswith("claim") for t in nodes.values()):
            continue
        for c in dict.fromkeys(claimants):
            if c != region.key:
                ctx.add(view, c, "claims", region.key, extractor_id(fam, rule), rule.confidence)


def _claimant(ctx, e) -> str:
    if e.cls == COUNTRY or e.cls == ORGANIZATION:
        return e.key
    if e.cls in (GOVERNMENT, REGION):  # a government, or a capital, for its state
        cc = ctx.country_key(e)
        return implied_country(ctx, cc) if cc else (e.key if e.cls == GOVERNMENT else "")
    return ""


def _territory(parsed: Parsed, tok, depth: int = 0):
    ent = parsed.entity(tok)
    if ent is not None:
        if ent.cls == REGION and not ent.metonymy:
            return ent
        if ent.cls == COUNTRY:
            return ent
        return None
    if depth > 2:
        return None
    for c in tok.children:
        # "the Kalapani temple": the parser may make the name an amod/nmod of the noun
        if c.dep_ in ("compound", "appos") or (
            c.dep_ in ("amod", "nmod") and parsed.entity(c) is not None
        ):
            found = _territory(parsed, c, depth + 1)
            if found is not None:
                return found
    for p in pobjs(tok, _INTO):
        found = _territory(parsed, p, depth + 1)
        if found is not None:
            return found
    # "Scarborough Shoal, a reef which both claim": the noun stands in apposition to R
    if tok.dep_ == "appos" and parsed.entity(tok.head) is not None:
        return _territory(parsed, tok.head, depth + 1)
    return None


FAMILY = Family("kg.claims.v2", "claims.jsonl", handle)
