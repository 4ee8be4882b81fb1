"""kg.blocs.v2: states joining or belonging to an organisation or bloc (rules: blocs.jsonl).

A state that "joined NATO", "is a member of the Andean Community", "belongs to the SCO", was
"founded"/"formed" with others, or is listed in apposition ("the Quad — the US, India, Japan
and Australia") is ``kg:memberOf`` the organisation, with the date when the sentence gives
one; a state joining a treaty ("joined the CPTPP") is a ``kg:party`` to it. Nodes: ``anchor`` (verb or member noun), ``org`` (the organisation); ``members`` (a
list in apposition) when the states are not the clause subject.

Founders are members ("X, founded in 1989 by A and B", "X, which A and B founded", "A, B and
C, the founding members"); "the bloc", "the bank" stand for the organisation named before (a
noun like "bank" only for one with that word in its name); "C and D joined in 2021" with no
object joins the organisation the sentence before made members of (``parsed.state["blocs"]
["last"]``, which ``kg.agreements`` also sets when a founding treaty's parties are read).

Not a membership: negation ("is not a member"), modals ("will join"), wishes and exits
("applied to join", "left the bloc": ``not_joined``), a lesser status ("joined as an
observer": ``not_member_roles``) and a modifier that says not now ("former members",
"associate member": ``not_member_modifiers``).

Options: ``min_members`` (a list needs that many states), ``anaphoric`` ("the bloc" for the
organisation named before: the last whose name has the word, else the last), ``named_only``
(only states the clause names: "both countries" is left unread), ``gapped`` ("A joined X in
2015, B in 2013": the states of clauses that leave the verb out), ``member_list`` (states
listed right before or after a member phrase: "A, B and C, all forum members", "the bloc's
four members, A and B", "A and B are already members"; ``after_words`` and ``copulas`` are
the words that may stand between), ``grouping`` ("X groups / brings together A, B and C").
"""

from __future__ import annotations

from kg.extract.dates import sentence_date
from kg.extract.pairs import pair_of_states
from kg.extract.parse import NUMBER_WORDS, Parsed, negated, pobjs, subjects
from kg.extract.registry import Family, Rule, extractor_id, lexicon
from kg.model import AGREEMENT, COUNTRY, ORGANIZATION


def handle(ctx, parsed: Parsed, fam: Family, rule: Rule, nodes: dict) -> None:
    lists = lexicon()
    state = parsed.state.setdefault("blocs", {})
    if rule.options.get("objectless"):
        _joined_no_object(ctx, parsed, fam, rule, nodes, state)
        return
    if rule.options.get("founding"):
        _founding_members(ctx, parsed, fam, rule, nodes)
        return
    if rule.options.get("member_list"):
        _member_list(ctx, parsed, fam, rule, nodes)
        return
    org_tok = nodes["org"]
    anchor = nodes.get("anchor") or nodes.get("member") or org_tok
    view = parsed.view(anchor)
    orgs = [
        e for e in parsed.group(parsed.antecedent(org_tok)) if e.cls in (ORGANIZATION, AGREEMENT)
    ]
    if anchor.lower_ in lexicon()["member_nouns"]:
        # "members of the EU and the Nordic Council": the parser may hang B on the noun
        orgs += [
            e
            for c in anchor.children
            if c.dep_ == "conj" and c.i > org_tok.i
            for e in parsed.group(c)
            if e.cls == ORGANIZATION
        ]
    if not orgs and rule.options.get("anaphoric"):
        orgs = _last_org(parsed, org_tok)
    if view is None or not orgs:
        return
    here = parsed.view_of[anchor.i]
    if state.get("last", (-1,))[0] <= here:  # a founding treaty read later may be nearer
        state["last"] = (here, orgs)
    if _possessor(parsed, org_tok, anchor):
        return  # "joined the Council of Europe's bank" (but "became NATO's 32nd member")
    verb = anchor if anchor.pos_ in ("VERB", "AUX") else anchor.head
    if _blocked(verb, lists) or _blocked(anchor, lists) or negated(anchor):
        return
    if "members" in nodes:
        who = parsed.group(nodes["members"])
    elif "member" in nodes:  # "Poland, an EU member": the noun the apposition describes
        who = parsed.group(nodes["member"].head)
    else:
        who = []
        for s in subjects(verb):
            s = parsed.antecedent(s)
            who += parsed.group(s) or (
                []
                if rule.options.get("named_only")
                else pair_of_states(ctx, parsed, s, any_noun=True, most=6)
            )
        for t in (anchor, verb):
            who += [e for p in pobjs(t, {"alongside", "with"}) for e in parsed.group(p)]
    states = list(dict.fromkeys(e.key for e in who if e.cls == COUNTRY))
    if len(states) < rule.options.get("min_members", 1):
        return
    if rule.options.get("gapped") and states:
        states += [k for k in _gapped(parsed, verb) if k not in states]
    _add_members(ctx, view, fam, rule, states, orgs)


def _gapped(parsed: Parsed, verb) -> list[str]:
    """'A joined the WTO in 2015, B in 2013 and C in 1998': the states of the clauses that
    leave the verb out, each with its own year (a verb, a colon or a semicolon ends them)."""
    doc, v, out = parsed.doc, parsed.view_of[verb.i], []
    i, seen_year = verb.i + 1, False
    while i < len(doc) and parsed.view_of[i] == v:
        t = doc[i]
        if t.pos_ in ("VERB", "AUX") or t.text in (";", ":"):
            break
        seen_year = seen_year or _year(t)
        e = parsed.entity(t)
        if e is not None and seen_year and doc[i - 1].lower_ in (",", "and"):
            k = parsed.ent_of[i]
            while i + 1 < len(doc) and parsed.ent_of[i + 1] == k:
                i += 1
            ahead = doc[i + 1 : i + 7]
            year = next((a for a in ahead if _year(a)), None)
            if e.cls != COUNTRY or year is None:
                break
            if any(parsed.entity(a) or a.pos_ in ("VERB", "AUX") for a in ahead if a.i < year.i):
                break
            out.append(e.key)
            i = year.i
        i += 1
    return out


def _year(tok) -> bool:
    return tok.text.isdigit() and len(tok.text) == 4 and tok.text[:2] in ("19", "20")


def _add_members(ctx, view, fam: Family, rule: Rule, states: list[str], orgs) -> None:
    """Each state a member of each organisation, dated by the sentence (a party when the
    "organisation" is a treaty: "joined the CPTPP")."""
    date = sentence_date(ctx.evidence(view)[0], ctx.years)
    ext = extractor_id(fam, rule)
    for org in dict.fromkeys(orgs):
        for s in states:
            if org.cls == AGREEMENT:
                ctx.add(view, org.key, "party", s, ext, rule.confidence, date=date)
            else:
                ctx.add(view, s, "memberOf", org.key, ext, rule.confidence, date=date)


def _joined_no_object(ctx, parsed: Parsed, fam: Family, rule: Rule, nodes: dict, state) -> None:
    """'The bank was founded by A and B. C and D joined in 2021': "joined" with no object is
    a joining of the organisation the sentence before (or this one) made members of."""
    anchor = nodes["anchor"]
    if any(c.dep_ in ("dobj", "attr", "dative") for c in anchor.children):
        return
    if any(c.dep_ == "prep" and c.lower_ not in ("in", "on") for c in anchor.children):
        return  # "joined as an observer", "joined with Kenya in …"
    if any(c.dep_ in ("pcomp", "xcomp") for p in anchor.children for c in p.children):
        return  # "joined in condemning the coup"
    last = state.get("last")
    here = parsed.view_of[anchor.i]
    if last is None or not 0 <= here - last[0] <= 1 or _blocked(anchor, lexicon()):
        return
    who = [e for s in subjects(anchor) for e in parsed.group(s)]
    states = list(dict.fromkeys(e.key for e in who if e.cls == COUNTRY))
    view = parsed.view(anchor)
    if not states or view is None:
        return
    if rule.options.get("gapped"):
        states += [k for k in _gapped(parsed, anchor) if k not in states]
    _add_members(ctx, view, fam, rule, states, [o for o in last[1] if o.cls == ORGANIZATION])


def _founding_members(ctx, parsed: Parsed, fam: Family, rule: Rule, nodes: dict) -> None:
    """'signed by A, B and C, the founding members', '…, the organisation's founding
    members', '…, the founding members of X': the states listed are members of the
    organisation named (by "of", by a possessive noun) or, with none, the one the sentence or
    the two before it name last."""
    anchor = nodes["anchor"]
    view = parsed.view(anchor)
    if view is None:
        return
    named = [e for p in pobjs(anchor, {"of"}) for e in parsed.group(p)]
    for c in anchor.children:
        if c.dep_ == "poss":
            named += [e for e in [parsed.entity(c)] if e is not None] or _last_org(parsed, c)
    orgs = [e for e in named if e.cls == ORGANIZATION]
    if not named:
        orgs = _org_before(parsed, anchor)
    who = parsed.group(anchor.head)
    states = list(dict.fromkeys(e.key for e in who if e.cls == COUNTRY))
    if len(states) < 2 or not orgs or negated(anchor.head):
        return
    _add_members(ctx, view, fam, rule, states, orgs[:1])


def _member_list(ctx, parsed: Parsed, fam: Family, rule: Rule, nodes: dict) -> None:
    """'A, B and C, all forum members', 'the bloc's four founding members, A, B and C', 'the
    four members of EFTA - A, B, C and D -', 'EU members A and B', 'A, a member of the
    community since 2002', 'A and B are both members of X', 'X, whose three members are A, B
    and C', 'X groups A, B and C': states listed right before or after a member phrase whose
    organisation is named (of, possessive, compound, "whose") or is "the bloc" named before."""
    anchor = nodes["anchor"]
    view = parsed.view(anchor)
    lists = lexicon()
    if view is None or negated(anchor) or _blocked(anchor, lists):
        return
    if parsed.entity(anchor) is not None:
        return  # "Nations" in "the Association of Southeast Asian Nations"
    if rule.options.get("grouping"):
        orgs, states = _grouped(parsed, anchor)
        if len(states) >= 2 and orgs:
            _add_members(ctx, view, fam, rule, states, orgs[:1])
        return
    doc = parsed.doc
    left = anchor.left_edge.i
    if (
        left > 0
        and doc[left - 1].lower_ in ("-", "non", "ex")
        or any(t.lower_ in ("non", "non-member", "non-members") for t in doc[left : anchor.i + 1])
    ):
        return  # "non-members"
    orgs, end = _member_org(parsed, anchor)
    bare = not orgs and all(
        c.dep_ in ("det", "amod", "advmod") or (c.dep_ == "prep" and c.lower_ == "since")
        for c in anchor.children
    )
    if bare and _copula_before(doc, left, rule.options.get("copulas", [])) is not None:
        # "A and B are already members", "C has been a member since 1998": of the one
        # organisation the text has just named
        orgs = _bloc_named(parsed, anchor, only=True)
    if not orgs:
        return
    plural = anchor.lower_ != "member"
    cues = rule.options.get("after_words", []) if plural else []
    states, _ = _states_run(parsed, end, cues, forward=True)
    if anchor.dep_ == "conj" and end < len(doc) and doc[end].text == ",":
        states = []  # "… the ASEAN member states, China, Japan and Korea": a coordination
    if len(states) >= (2 if plural else 1):
        _add_members(ctx, view, fam, rule, states, orgs[:1])
        return
    counted = _counted_colon_list(parsed, anchor)
    if counted:
        # "Ten of the 11 members of ASEAN are now bound by the pact: A, B, … and J"
        _add_members(ctx, view, fam, rule, counted, orgs[:1])
        return
    nxt = doc[end].text if end < len(doc) else "."
    states = []
    if left > 0 and doc[left - 1].text == "," and nxt in (",", ".", ";", "-", "\u2014", "\u2013"):
        # "A and B, both members of X,": the list closes right before the phrase
        states, _ = _states_run(parsed, left - 1, [], forward=False)
    elif (k := _copula_before(doc, left, rule.options.get("copulas", []))) is not None:
        # "A and B are both members of X": the list is the clause's subject
        states, k = _states_run(parsed, k - 1, [], forward=False)
        opens = k < 0 or parsed.view_of[k] != parsed.view_of[anchor.i]
        if not opens and doc[k].lower_ not in (",", ";", ":", "and", "but", "while", "since", "as"):
            states = []
    if len(states) >= 2 or (states and not plural):
        _add_members(ctx, view, fam, rule, states, orgs[:1])


def _counted_colon_list(parsed: Parsed, anchor) -> list[str]:
    """The states listed after the sentence's last colon, to its end, when the clause the
    member phrase opens gives their number ("Ten of the 11 members of X are bound by it: A,
    B, …": ten states): the number says the list is the members spoken of."""
    doc, v = parsed.doc, parsed.view_of[anchor.i]
    head = anchor
    while head.dep_ == "pobj" or (head.dep_ == "prep" and head.head.i != head.i):
        head = head.head  # "Ten of the 11 members": up to "Ten"
    if head.dep_ not in ("nsubj", "nsubjpass"):
        return []
    numbers = set()
    for t in head.subtree:
        n = NUMBER_WORDS.get(t.lower_) or (
            int(t.text) if t.text.isdigit() and len(t.text) < 3 else None
        )
        if n and t.i <= anchor.i:
            numbers.add(n)
    colons = [t.i for t in doc if parsed.view_of[t.i] == v and t.text == ":" and t.i > anchor.i]
    if not numbers or not colons:
        return []
    states, stop = _states_run(parsed, colons[-1] + 1, [], forward=True)
    closed = (
        stop >= len(doc)
        or parsed.view_of[stop] != v
        or doc[stop].text in (".", ";")
        or doc[stop - 1].text == ","  # "…, and J, which joined in 2025"
    )
    return states if closed and len(states) in numbers else []


def _copula_before(doc, left: int, copulas: list[str]) -> int | None:
    """The index of "are" in "A and B are (both, already, now) members …", else None."""
    k = left - 1
    while k >= 0 and doc[k].lower_ in ("both", "all", "also", "already", "still", "now", "been"):
        k -= 1
    if k >= 0 and doc[k].lower_ in ("have", "has", "had") and doc[k + 1].lower_ == "been":
        return k
    return k if k >= 0 and doc[k].lower_ in copulas else None


def _grouped(parsed: Parsed, anchor) -> tuple[list, list[str]]:
    """'The Gulf Cooperation Council groups A, B and C', 'the group brings together A, B and
    C': an organisation (or "the bloc") right before the verb, the states right after."""
    doc, orgs = parsed.doc, []
    if anchor.i == 0:
        return [], []
    before = doc[anchor.i - 1]
    e = parsed.entity(before)
    if e is not None and e.cls == ORGANIZATION:
        orgs = [e]
    elif e is None and before.lower_ in lexicon()["bloc_nouns"] + lexicon()["institution_nouns"]:
        if anchor.i >= 2 and doc[anchor.i - 2].lower_ == "the":
            orgs = _bloc_named(parsed, before)
    i = anchor.i + 1
    if i < len(doc) and doc[i].lower_ == "together":
        i += 1
    elif anchor.lower_ == "brings":
        return [], []
    states, _ = _states_run(parsed, i, [], forward=True)
    return orgs, states


def _member_org(parsed: Parsed, anchor) -> tuple[list, int]:
    """The organisation a member noun belongs to ("members of X", "X's members", "X members",
    "the bloc's members", "all forum members") and the token index after the phrase."""
    doc, end, orgs = parsed.doc, anchor.i + 1, []
    for c in anchor.children:
        if c.dep_ in ("poss", "compound", "nmod", "amod") and c.i < anchor.i:
            e = parsed.entity(c)
            if e is not None and e.cls == ORGANIZATION:
                orgs.append(e)
            elif c.lower_ in lexicon()["bloc_nouns"] or c.lower_ in lexicon()["institution_nouns"]:
                orgs += _bloc_named(parsed, c)
    for c in anchor.children:
        if c.dep_ == "poss" and c.lower_ == "whose":
            orgs += _owner_before(parsed, c.i)  # "OKACOM, whose three members are …"
        elif c.dep_ == "poss" and c.lower_ == "its":
            orgs += _bloc_named(parsed, c, only=True)  # "its four founding members, A, B …"
    if not orgs:
        # "the Andean Community's four member states": the parser may hang the owner elsewhere
        j = anchor.i - 1
        while j > 0 and doc[j].head.i == anchor.i and doc[j].dep_ in ("nummod", "amod", "compound"):
            j -= 1
        if j > 0 and doc[j].lower_ in ("'s", "\u2019s"):
            e = parsed.entity(doc[j - 1])
            if e is not None and e.cls == ORGANIZATION:
                orgs.append(e)
    i = anchor.i + 1
    if i + 1 < len(doc) and doc[i].lower_ == "of":
        # read "of X" by position: "members of EFTA - A, B …" may be parsed as "of A"
        i += 2 if doc[i + 1].lower_ == "the" and i + 2 < len(doc) else 1
        e = parsed.entity(doc[i])
        if e is not None and e.cls == ORGANIZATION:
            orgs.append(e)
            k = parsed.ent_of[i]
            while i + 1 < len(doc) and parsed.ent_of[i + 1] == k:
                i += 1
            end = i + 1
        elif (
            e is None
            and doc[i].lower_ in lexicon()["bloc_nouns"] + lexicon()["institution_nouns"]
            and doc[i].head.i != i
        ):
            orgs += _bloc_named(parsed, doc[i])
            end = i + 1
    if end + 2 < len(doc) and doc[end].text == "(" and ")" in [t.text for t in doc[end : end + 4]]:
        end = next(t.i for t in doc[end : end + 4] if t.text == ")") + 1  # "X (ABC) — A, B …"
    # "a full member of the community since 2002": the phrase may run on
    while end < len(doc) and doc[end].head.i == anchor.i and doc[end].dep_ in ("prep",):
        end = doc[end].right_edge.i + 1
    return list(dict.fromkeys(orgs)), end


def _owner_before(parsed: Parsed, i: int) -> list:
    """The organisation named right before token ``i`` ("X, whose", "X (ABC), whose")."""
    doc, j = parsed.doc, i - 1
    if j >= 0 and doc[j].text == ",":
        j -= 1
    if j >= 1 and doc[j].text == ")":
        inner = parsed.entity(doc[j - 1])
        if inner is not None and inner.cls == ORGANIZATION:
            return [inner]
        while j >= 0 and doc[j].text != "(":
            j -= 1
        j -= 1
    e = parsed.entity(doc[j]) if j >= 0 else None
    return [e] if e is not None and e.cls == ORGANIZATION else []


def _bloc_named(parsed: Parsed, tok, *, only: bool = False) -> list:
    """'the forum', 'all forum members': the organisation named before whose name has the
    word, else the only one the sentence and the two before name (after "the AU … the G20",
    "the group" is left unread); with ``only``, just the latter ("its members")."""
    if not only and (named := _org_before(parsed, tok, back=8, word=tok.lower_)):
        return named
    near = _orgs_near(parsed, tok)
    return list(near.values()) if len(near) == 1 else []


def _orgs_near(parsed: Parsed, tok) -> dict:
    """The organisations named in ``tok``'s sentence before it and in the two before (key →
    mention)."""
    v = parsed.view_of[tok.i]
    return {
        s.key: s
        for idx in range(max(v - 2, 0), v + 1)
        for s in parsed.views[idx].spans
        if s.cls == ORGANIZATION and (idx < v or s.start < parsed.tok_start[tok.i])
    }


def _states_run(
    parsed: Parsed, i: int, words: list[str], *, forward: bool
) -> tuple[list[str], int]:
    """The states of a list that starts at token ``i`` (after a cue: a comma, a dash, a
    colon, "are", "include") going forward, or ends at ``i`` going back; [] when a word that
    is not a state, a comma, "and" or "the" breaks it; and the index where it stopped."""
    doc, step = parsed.doc, 1 if forward else -1
    # with no cue words the list must start at ``i``; with some, punctuation may open it too
    cues = {",", ":", "-", "\u2014", "\u2013", *words} if words else set()
    if forward:
        while i < len(doc) and doc[i].lower_ in cues:
            i += 1
    out: list[str] = []
    while 0 <= i < len(doc):
        t = doc[i]
        e = parsed.entity(t)
        if e is not None:
            if e.cls != COUNTRY:
                break
            out.append(e.key)
            k = parsed.ent_of[i]
            while 0 <= i + step < len(doc) and parsed.ent_of[i + step] == k:
                i += step
        elif t.lower_ not in (",", "and", "the"):
            break
        i += step
    if forward and 0 <= i < len(doc) and doc[i].lower_ in ("'s", "\u2019s", "of"):
        return [], i  # "A and B's members", a state list owning or qualifying what follows
    return list(dict.fromkeys(out)), i


def _org_before(parsed: Parsed, tok, back: int = 3, word: str = "") -> list:
    """The organisation named last before ``tok``, in its sentence or the ``back`` - 1
    before (with ``word``, the last whose name has that word)."""
    v = parsed.view_of[tok.i]
    for idx in range(v, max(v - back, -1), -1):
        here = [
            s
            for s in parsed.views[idx].spans
            if s.cls == ORGANIZATION
            and (idx < v or s.start < parsed.tok_start[tok.i])
            and (not word or word in s.text.lower().split())
        ]
        if here:
            return [here[-1]]
    return []


def _last_org(parsed: Parsed, tok) -> list:
    """'the bloc', 'the alliance': the organisation named last before it (this sentence or
    the two before), when the noun has a definite article and nothing else names it; 'the
    bank', 'the fund': the last one whose name has that word ("the New Development Bank"),
    which may reach further back."""
    own_word = tok.lower_ in lexicon()["institution_nouns"]
    if tok.lower_ not in lexicon()["bloc_nouns"] and not own_word:
        return []
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return []
    if own_word:
        return _org_before(parsed, tok, back=8, word=tok.lower_)
    if any(c.dep_ in ("amod", "compound", "nmod") for c in tok.children):
        # "the South American bloc" after Mercosur and EFTA: which one the words say is
        # unknown, so only when one organisation is near
        if len(_orgs_near(parsed, tok)) > 1:
            return _org_before(parsed, tok, back=8, word=tok.lower_)
    # "the forum" is the Pacific Islands Forum named before, not the UN named since
    return _org_before(parsed, tok, back=8, word=tok.lower_) or _org_before(parsed, tok)


def _possessor(parsed: Parsed, tok, anchor) -> bool:
    """'joined the Council of Europe's bank': the name owns what was joined (but the member
    noun itself may be owned: "NATO's 32nd member")."""
    k, i = parsed.ent_of[tok.i], tok.i
    while k >= 0 and i + 1 < len(parsed.doc) and parsed.ent_of[i + 1] == k:
        i += 1
    doc = parsed.doc
    return (
        k >= 0
        and i + 1 < len(doc)
        and doc[i + 1].lower_ in ("'s", "\u2019s")
        and doc[i].head.i != anchor.i
    )


def _blocked(tok, lists) -> bool:
    modals, wishes = set(lists["modals"]), set(lists["not_joined"])
    roles = set(lists["not_member_roles"])
    if negated(tok) or any(c.dep_ == "aux" and c.lower_ in modals for c in tok.children):
        return True
    if tok.dep_ in ("xcomp", "advcl", "pcomp") and tok.head.lower_ in wishes:
        return True
    if any(p.lower_ in roles for p in pobjs(tok, {"as"})):
        return True
    # "an associate member", "the bloc's former members, A and B": no (present) membership
    return any(
        c.dep_ in ("amod", "compound") and c.lower_ in lists["not_member_modifiers"]
        for c in tok.children
    )


FAMILY = Family("kg.blocs.v2", "blocs.jsonl", handle)
