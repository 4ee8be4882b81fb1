"""kg.claims.v1: states (and armed movements) claiming a territory (rules: claims.jsonl).

Nodes: ``anchor`` (the verb or claim noun), ``r`` (the territory: a place mention, or the
noun whose "of"/"around"/"over" phrase names it: "almost all of the South China Sea", "the
ownership of the Liancourt Rocks"); claimants are the clause subject, "with …" of "dispute"
and a possessive ("Argentina's claim to …"). "R, which both claim" reads the relative pronoun
as R; "both countries" as the two states the sentence (or the one before) names. A capital as
claimant stands for its state ("Beijing claims …").
"""

from __future__ import annotations

from kg.extract.parse import Parsed, negated, pobjs, subjects
from kg.extract.registry import Family, Rule, extractor_id
from kg.model import COUNTRY, GOVERNMENT, ORGANIZATION, REGION

_INTO = {"of", "around", "over", "near", "surrounding"}
_BOTH_NOUNS = {"countries", "nations", "states", "sides", "governments", "neighbours",
               "neighbors", "capitals", "both"}


def handle(ctx, parsed: Parsed, fam: Family, rule: Rule, nodes: dict) -> None:
    anchor = nodes["anchor"]
    view = parsed.view(anchor)
    if view is None or negated(anchor):
        return
    region = _territory(parsed, parsed.antecedent(nodes["r"]))
    if region is None:
        return
    verb = anchor if anchor.pos_ in ("VERB", "AUX") else anchor.head
    own = "c" in nodes or rule.options.get("no_subject")
    who_toks = [] if own else [parsed.antecedent(s) for s in subjects(verb)]
    if "c" in nodes:
        who_toks.append(nodes["c"])
    if rule.options.get("with"):
        who_toks += pobjs(anchor, {"with", "between"})
    claimants: list[str] = []
    for t in who_toks:
        spans = parsed.group(t)
        keys = [_claimant(ctx, e) for e in spans] if spans else _both(ctx, parsed, t)
        claimants += [k for k in keys if k]
    if region.cls == COUNTRY and not rule.options.get("country_ok"):
        return
    for c in dict.fromkeys(claimants):
        if c != region.key:
            ctx.add(view, c, "claims", region.key, extractor_id(fam, rule), rule.confidence)


def _claimant(ctx, e) -> str:
    if e.cls in (COUNTRY, GOVERNMENT):
        return ctx.country_key(e) or e.key
    if e.cls == ORGANIZATION:
        return e.key
    if e.cls == REGION:
        return ctx.country_key(e)  # only a capital
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
        if c.dep_ == "compound" or c.dep_ == "appos":
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


def _both(ctx, parsed: Parsed, tok) -> list[str]:
    """'both countries', 'the two sides': the two states the text has just named."""
    words = {tok.lower_} | {c.lower_ for c in tok.children if c.dep_ in ("det", "predet", "nummod", "amod")}
    if not (tok.lower_ in _BOTH_NOUNS and words & {"both", "two"}) and tok.lower_ != "both":
        return []
    v = parsed.view_of[tok.i]
    cands = []
    for idx in (v, v - 1):
        if idx < 0:
            continue
        view = parsed.views[idx]
        keys = []
        for s in view.spans:
            if idx == v and s.start >= parsed.doc[tok.i].idx and s.start > view.start:
                break
            k = _claimant(ctx, s) if s.cls in (COUNTRY, GOVERNMENT, REGION) else ""
            if k and k not in keys:
                keys.append(k)
        if len(keys) == 2:
            return keys
        if keys:
            cands = keys
    return [] if len(cands) != 2 else cands


FAMILY = Family("kg.claims.v1", "claims.jsonl", handle)
