"""Two states a phrase speaks of without naming them: "the two countries", "both"."""

from __future__ import annotations

from kg.extract.parse import Parsed
from kg.extract.registry import implied_country
from kg.model import COUNTRY, GOVERNMENT
from kg.resolve.document import ResolvedSpan, countries_named, gaz_key


def pair_of_states(
    ctx,
    parsed: Parsed,
    tok,
    any_noun: bool = False,
    document_first: bool = False,
    most: int = 2,
) -> list:
    """'between the two countries', 'both signed': the two states just named, else the
    document's pair (with ``document_first``, the document's pair first: the claimants of
    "R, which both countries claim" are the two the story is about); with ``most`` above
    two, "all four countries" are the four just named."""
    if not any_noun and tok.lower_ not in PAIR_NOUNS:
        return []
    if document_first:
        return document_pair(ctx, parsed, tok) or parsed.pair(tok, (COUNTRY, GOVERNMENT), most)
    return parsed.pair(tok, (COUNTRY, GOVERNMENT), most) or document_pair(ctx, parsed, tok)


def document_pair(ctx, parsed: Parsed, tok) -> list:
    """'The two governments also signed a memorandum', 'both countries': when the sentences
    just before name more or fewer states, the two the document names (by name, demonym or
    title): its only two, or the two it names most if they stand out (each named more often
    than any third, and at least twice)."""
    if tok.lower_ not in PAIR_NOUNS and not (tok.lower_ == "both" and not list(tok.children)):
        return []
    words = {c.lower_ for c in tok.children if c.dep_ in ("det", "predet", "nummod")}
    if tok.lower_ == "both":  # "the reef, which both claim"
        words = {"both"}
    if not words & {"two", "both"} or any(
        c.dep_ in ("poss", "amod", "compound", "prep") for c in tok.children
    ):
        return []  # "the two Gulf states", "the two countries' leaders": not the document's pair
    ranked, first = _document_states(ctx, parsed)
    if len(ranked) < 2 or (len(ranked) > 2 and (ranked[1][1] < 2 or ranked[2][1] >= ranked[1][1])):
        return []  # a document of two states has its pair; of more, two must stand out
    keys = {cc for cc, _ in ranked[:2]}
    # "spoke with the Azerbaijani prime minister about the deal the two countries initialled":
    # a sentence that names a state outside the pair may mean another pair
    if {f"gaz:{cc}" for _, cc in countries_named(_clause_text(tok), ctx.gaz)} - keys:
        return []
    # a state never named by a mention of its own stands in as its gazetteer entry
    return [
        first.get(cc) or ResolvedSpan(0, 0, "", implied_country(ctx, cc), COUNTRY, "document-pair")
        for cc, _ in ranked[:2]
    ]


def _clause_text(tok) -> str:
    """The sentence of ``tok`` without the clauses joined by "and" that do not hold it ("The
    two governments signed …, and X pledged … Belarus": not Belarus)."""
    sent = tok.sent
    skip = {
        t.i
        for c in sent
        if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and not c.is_ancestor(tok) and c != tok
        for t in c.subtree
    }
    return " ".join(t.text for t in sent if t.i not in skip)


PAIR_NOUNS = {"countries", "governments", "nations", "neighbours", "neighbors", "states"}


def _document_states(ctx, parsed: Parsed) -> tuple[list[tuple[str, int]], dict]:
    """The document's states, most named first, and the first mention of each; read once per
    document. Every name, demonym and title of a state counts ("Slovak President X met
    Bulgarian President Y … Both countries")."""
    cached = parsed.state.get("document_states")
    if cached is None:
        counts: dict[str, int] = {}
        for _, cc in countries_named(ctx.adoc.clean.text, ctx.gaz):
            counts[gaz_key(cc)] = counts.get(gaz_key(cc), 0) + 1
        first: dict = {}
        for view in parsed.views:
            for span in view.spans:
                cc = ctx.country_key(span) if span.cls in (COUNTRY, GOVERNMENT) else ""
                # the country's own name before a body of it
                if cc and (cc not in first or (span.cls == COUNTRY and first[cc].cls != COUNTRY)):
                    first[cc] = span
        ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
        cached = parsed.state["document_states"] = (ranked, first)
    return cached
