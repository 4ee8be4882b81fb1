"""kg.meetings.v3: who met whom, read from the dependency parse (rules: meetings.jsonl).

Node names in the rules:

* ``anchor`` – the verb or meeting noun ("met", "hosted", "talks", "summit");
* ``a`` – one side (optional: by default the clause subject of the anchor's verb);
* ``b`` – the other side ("met B", "talks with B", "was received by B").

Options: ``"pairs": "all"`` makes every named participant meet every other (a summit, "A and
B met"); the default pairs side ``a`` with side ``b`` and the members of ``a`` with each other
("A and B held talks with C"; not when "separate" or "each" says otherwise; guests hosted
together from different states meet each other too; the people one "held talks with" do
not), or, when no ``b`` is
named, the members of ``a`` with each other. ``"host": true`` adds the subject of the verb governing the anchor
noun ("X hosted the summit, which was attended by …"). ``"named_only": true`` takes only the people the rule's
nodes name (not the subject of the clause the meeting noun is in). ``"inside": true`` pairs the
subjects of a clause set inside a meeting whatever its object ("A and B settled the row over
lunch"). ``"visit": true`` drops an
appeal ("called on B to resign", "called on B for calm"): only a visit is a meeting.
``"joins_last": true`` pairs the clause's subjects with the people of the meeting told of in
one of the three sentences before ("X also attended", "Y told the gathering");
``"also_joins": true`` does so when "also" or "too" says the people present joined that
meeting ("A and B were also at the table").

A call is a meeting ("called X to congratulate him", "congratulated X by phone"); two
people who did something together are said to meet ("A and B spent the day together").

Not a meeting: a negated verb ("did not meet"), a modal or embedded one ("could meet", "hopes
to meet", "will meet", "is due to meet", "is expected to hold talks"; but a journey made to
meet, "travelled to Rabat to meet B", is one), a meeting noun with a modifier from
``not_meeting`` ("indirect talks", "separate meetings") or said not to have happened yet
(``unheld_words``: "talks between A and B were postponed", "a meeting set for June") or
held through a third (``mediated_words``: "after talks mediated by Qatar"), two
people in different clauses (the parse never links them). ``kg:met`` states only meetings
that took place: a planned, postponed or cancelled one states nothing.
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import combinations

from kg.extract.dates import CALENDAR_WORDS, sentence_date
from kg.extract.parse import Parsed, done_before, negated, pobjs, subjects
from kg.extract.registry import Family, Rule, extractor_id, lexicon
from kg.model import COUNTRY, GOVERNMENT, PERSON, REGION, Relation
from kg.resolve.document import country_of, gaz_key
from kg.time import years_in

_PLACE_PREPS = {"in", "at"}
# "A and B spoke by phone": the parser's agent that is no other side
# "called on X to resign", "called for X's release", "called off the talks": no call
_CALL_PARTICLES = {"on", "upon", "for", "off", "out", "in", "up"}
# "the three leaders met": a group that met may be larger than a pair (a signing or a claim
# by "the three countries" is left to a list that names them)
_GROUP = 6
_WORD = re.compile(r"[^\W\d_]+")  # words in any script ("Vuković")


def _blocked(tok, words: set[str], modals: set[str], head: bool = True) -> bool:
    if negated(tok):
        return True
    if any(c.dep_ == "aux" and c.lower_ in modals for c in tok.children):
        return True
    if any(c.dep_ in ("amod", "compound") and c.lower_ in words for c in tok.children):
        return True
    # "is expected to meet", "flies on to meet", "plans to hold talks": not (yet) a meeting
    if (
        head
        and tok.pos_ == "VERB"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
    ):
        return True
    return head and tok.dep_ in ("xcomp", "pcomp") and tok.pos_ == "VERB" and not _done(tok)


def _done(tok) -> bool:
    """'toured the port after meeting B', 'signed it before being received by B': a gerund
    after a preposition of ``done_gerund_preps`` tells of a meeting that took place (after
    "before" only when no auxiliary makes the clause future or planned: "will tour the port
    before meeting B", "is to sign it before meeting B" are not)."""
    if tok.dep_ != "pcomp":
        return False
    prep, clause = tok.head, tok.head.head
    if prep.lower_ in lexicon()["done_gerund_preps"]:
        return True
    return (
        done_before(tok)  # "before", not after a verb of leaving ("left before meeting B")
        and clause.pos_ == "VERB"
        and clause.dep_ not in ("xcomp", "pcomp", "advcl")
        and not any(c.dep_ in ("aux", "auxpass") for c in clause.children)
    )


def _unheld(anchor, words: set[str]) -> bool:
    """'Talks between A and B were postponed', 'a meeting with B set for June': a meeting
    noun that a word of ``words`` governs as its subject or qualifies has not taken place."""
    if anchor.pos_ == "VERB":
        return False
    if anchor.dep_ in ("nsubj", "nsubjpass"):
        head = anchor.head
        # "a meeting … planned for next week has been put off": the parser may make the
        # participle the noun's verb, with the real one joined to it
        # "… is still unconfirmed": the word the copula gives the noun counts too
        verbs = [head, *(c for c in head.children if c.dep_ in ("conj", "advcl", "acomp", "attr"))]
        if any(v.lower_ in words for v in verbs) or any(
            c.dep_ == "prt" and c.lower_ == "off" for v in verbs for c in v.children
        ):
            return True
    if anchor.dep_ == "dobj" and anchor.head.lower_ in words:
        return True  # "proposed a meeting between A and B", "postponed talks with B"
    return any(c.dep_ in ("acl", "amod", "relcl") and c.lower_ in words for c in anchor.children)


def _purpose(tok) -> bool:
    """'travelled to Rabat to meet B': a meeting the journey was made for."""
    return (
        tok.dep_ in ("advcl", "xcomp")
        and tok.head.lower_ in lexicon()["travel_verbs"]
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
    )


def _apart(verb, anchor, words: set[str]) -> bool:
    """'A and B held separate talks with C', 'A and B each met C', '… met C respectively'."""
    near = [*verb.children, *anchor.children]
    return any(t.lower_ in words or t.lower_ in ("each", "respectively") for t in near) or any(
        t.lower_ == "each"
        for s in verb.children
        if s.dep_ in ("nsubj", "nsubjpass")
        for t in s.subtree
    )


def _by_phone(verb, anchor, lists: dict) -> bool:
    """'A and B telephoned C', 'A and B spoke to C by phone': each side of a call is elsewhere."""
    calls = set(lists["call_verbs"]) | set(lists["remote_words"])
    near = [verb, anchor, *verb.children, *anchor.children]
    return any(t.lower_ in calls for t in near) or any(
        c.dep_ == "pobj" and c.lower_ in calls for t in near if t.dep_ == "prep" for c in t.children
    )


def _appeal(verb) -> bool:
    """'called on B to withdraw', 'called on B for calm': an appeal, not a visit."""
    # "called on B, who urged Oslo to act": a clause about B asks nothing of B
    # ("called on B at a rally to resign": an infinitive the parser hangs on the place asks)
    inner = {
        t.i
        for t in verb.subtree
        if t.dep_ in ("relcl", "acl", "appos")
        and not any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children)
        for t in t.subtree
    }
    return any(
        c.dep_ in ("xcomp", "ccomp") or (c.dep_ == "prep" and c.lower_ == "for")
        for c in verb.children
    ) or any(t.lower_ == "to" and t.dep_ == "aux" and t.i not in inner for t in verb.subtree)


def _verb_of(tok):
    """The verb a meeting noun depends on ('held talks' → held)."""
    t = tok
    for _ in range(5):  # "went into three hours of talks": talks, of, hours, into, went
        if t.pos_ in ("VERB", "AUX") or t.head.i == t.i:
            return t
        t = t.head
    return t


def handle(ctx, parsed: Parsed, fam: Family, rule: Rule, nodes: dict) -> None:
    lists = lexicon()
    not_meeting, modals = set(lists["not_meeting"]), set(lists["modals"])
    anchor = nodes["anchor"]
    verb = _verb_of(anchor)
    if "b" in nodes:  # "A held separate talks with B": A met B (A's companions did not)
        not_meeting -= set(lists["apart_words"])
    elif any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in anchor.children):
        # "A and B held a separate meeting": one meeting of the two, apart from the rest
        not_meeting -= set(lists["apart_words"])
    if (
        anchor.lower_ in lists["call_verbs"]
        and anchor.pos_ == "VERB"
        and (
            anchor.dep_ == "acl"
            or any(c.dep_ in ("oprd", "attr", "ccomp", "prt") for c in anchor.children)
            or parsed.doc[min(anchor.i + 1, len(parsed.doc) - 1)].lower_ in _CALL_PARTICLES
        )
    ):
        return  # "a group called X", "called X a traitor", "called off / on / for …"
    if rule.options.get("visit") and _appeal(verb):
        return
    if rule.options.get("joins_last"):
        _join_last(ctx, parsed, fam, rule, nodes, not_meeting, modals)
        return
    if (
        _unheld(anchor, set(lists["unheld_words"]) | set(lists["mediated_words"]))
        or any(_blocked(t, not_meeting, modals, head=not _purpose(t)) for t in (anchor, verb))
        or any(_blocked(t, not_meeting, modals, head=False) for t in nodes.values())
        or any(_blocked(t.head, not_meeting, modals) for t in (anchor, verb) if _purpose(t))
    ):
        return
    if "a" in nodes and rule.options.get("pairs") == "all" and nodes["a"].dep_ == "nsubj":
        # "A and B toured the port together": the parser may make each name a subject
        side_a = [e for s in subjects(nodes["a"].head) for e in parsed.group(s)]
        if not _people(side_a):  # "the two leaders looked on as A and B signed"
            actors = {e.key for e in parsed.group(nodes["b"])} if "b" in nodes else set()
            side_a = _titled_group(ctx, parsed, nodes["a"], actors)
    elif "a" in nodes:
        side_a = parsed.group(nodes["a"]) or parsed.pair(nodes["a"], (PERSON,), _GROUP)
    elif rule.options.get("named_only"):
        side_a = []  # "at the conference, which was chaired by X": who chaired and attended
    else:
        side_a = []
        for s in subjects(verb):
            rel = s
            s = parsed.person_pronoun(parsed.antecedent(s))
            found = (
                _listed(parsed, s, parsed.group(s))
                or parsed.pair(s, (PERSON,), _GROUP)
                or _title_holder(ctx, parsed, s)
            )
            if rel is not s and rel.i > s.i:
                # "signed by A, who chaired the meeting, B and C": the antecedent of "who"
                # stands before it; names after the clause belong to the outer list
                found = [e for e in found if e.start < parsed.tok_start[rel.i]]
            side_a += found
        if not subjects(verb):
            side_a += _opening_person(parsed, verb)
    if not _people(side_a) and rule.options.get("inside"):
        side_a = _inside_sides(parsed, verb)
    if rule.options.get("host") and anchor.dep_ in ("dobj", "nsubjpass"):
        side_a += [e for s in subjects(anchor.head) for e in parsed.group(s)]
    if "b" in nodes and nodes["b"].lower_ in lists["meeting_nouns"]:
        if parsed.entity(nodes["b"]) is None:
            # "X, who hosted the summit, A, B and C signed": the object is the meeting, and
            # names the parser hangs on it are no guests
            return
    # "the ambassador, X, whom he received at the ministry": the relative is X
    side_b = parsed.group(parsed.antecedent(nodes["b"])) if "b" in nodes else []
    if rule.options.get("pairs") == "all" and ("b" in nodes or "a" in nodes):
        # "a retreat chaired by X and attended by A, B and C", "was chaired by X, with A and B"
        side_b += _more_participants(parsed, anchor, nodes.get("b", nodes.get("a")))
    if "b" in nodes and nodes["b"].head.dep_ in ("prep", "conj"):
        # "talks with A and with B": the repeated preposition's object is the other side too
        prep = nodes["b"].head
        side_b += [
            e
            for c in (*prep.children, *nodes["b"].children, *verb.children)
            if c.dep_ == "conj" and c.lower_ == prep.lower_ and c.i > nodes["b"].i
            for p in c.children
            if p.dep_ == "pobj"
            for e in parsed.group(p)
        ]
    if "b" in nodes and not side_b:  # "was received by the Taoiseach"
        side_b = _title_holder(ctx, parsed, nodes["b"])
    if "b" in nodes and not side_b:  # "received the chair from X and held talks with him"
        side_b = _object_pronoun(parsed, nodes["b"], {e.key for e in side_a})
    if "b" in nodes and not _people(side_b):  # "received the head of SICA, X"
        side_b = _title_of_named(ctx, parsed, nodes["b"]) or side_b
    if "b" in nodes and not side_b:  # "spoke with French Minister for Europe X"
        side_b = _name_after_title(ctx, parsed, nodes["b"])
    if "b" in nodes and not _people(side_b):  # "talks with Solomon Islands Prime Minister X"
        side_b = _name_after_state(ctx, parsed, nodes["b"]) or side_b
    if "b" in nodes and not side_b:  # "hosted his Mauritanian colleague": the one named
        side_b = _unnamed_counterpart(ctx, parsed, nodes["b"])
    if "b" in nodes and not side_b:  # "X hosted the two ministers": the two just named
        mine = frozenset(e.key for e in side_a)
        side_b = parsed.pair(nodes["b"], (PERSON,), _GROUP, mine)
    guests = [e for e in side_b if e.cls == PERSON]
    side_a = _people(side_a)
    side_b = _people(side_b)
    if rule.options.get("pairs") == "all":
        pairs = list(combinations(_unique(side_a + side_b), 2))
    elif side_b:
        pairs = [(x, y) for x in side_a for y in side_b]
        if (
            len(side_a) > 1
            and not _apart(verb, anchor, set(lists["apart_words"]))
            and not _by_phone(verb, anchor, lists)
        ):
            # "A and B held talks with C": A and B sat at the same table ("held separate
            # talks", "each met" say they did not; "A and B telephoned C": each called)
            pairs += list(combinations(side_a, 2))
        # "held talks with A and B": A and B need not meet; "X hosted A and B": they do,
        # when the host is known ("Kaiea met A and B", Kaiea no name: nothing of A and B)
        if side_a and not _companions(nodes["b"]) and anchor.lower_ in lists["gathering_verbs"]:
            pairs += _delegations(ctx, parsed, guests)
        elif len(side_b) > 1 and _group_meeting(verb, set(lists["group_meeting_words"])):
            # "sat down with A and B for a trilateral meeting": all three at one table
            pairs += list(combinations(side_b, 2))
    elif rule.options.get("inside") or not (
        _has_object(anchor, anchor) or _has_object(verb, anchor)
    ):
        # "inside": the subjects are inside the meeting ("A and B settled the row over
        # lunch"), whatever the verb's object
        pairs = list(combinations(side_a, 2))
    else:
        pairs = []
    if rule.options.get("also_joins") and _also(anchor, verb) and "b" not in nodes:
        # "A and B were also at the table": they joined the meeting just told of
        here = _unique(side_a)
        pairs += [(x, y) for x in here for y in _last_cluster(ctx, parsed, anchor, here)]
    if not pairs:
        return
    view = parsed.view(anchor)
    if view is None:
        return
    place = _place(parsed, anchor, verb, *nodes.values())
    date = sentence_date(ctx.evidence(view)[0], ctx.years)
    for x, y in pairs:
        if x != y:
            s, o = sorted((x, y))
            ctx.add(
                view,
                s,
                "met",
                o,
                extractor_id(fam, rule),
                rule.confidence,
                place=place,
                date=date,
            )


def _join_last(ctx, parsed: Parsed, fam: Family, rule: Rule, nodes: dict, words, modals) -> None:
    """'X also attended, as did Y', 'A and B attended in person', 'Z told the gathering', 'W
    briefed the leaders': people who join the meeting the text has just told of meet its
    people, those of the last sentence in the three before with a meeting (the verb's object,
    if any, is the meeting or its people again: "the summit", "the leaders"; "attended the
    summit in Lima", "attended a dinner" name one of their own)."""
    anchor = nodes["anchor"]
    if _blocked(anchor, words, modals):
        return
    lists = lexicon()
    remote = set(lists["phone_words"]) | set(lists["remote_words"])
    subj = {t.i for s in subjects(anchor) for t in s.subtree}
    if any(t.lower_ in remote for t in anchor.subtree if t.i not in subj):
        return  # "addressed the leaders by video link", "joined the meeting by video"
    if any(
        c.dep_ == "conj" and c.lower_ in lists["meet_verbs"] and negated(c) for c in anchor.children
    ):
        return  # "addressed the session … but did not meet"
    objs = [c for c in anchor.children if c.dep_ in ("dobj", "prep")]
    dobj = [c for c in objs if c.dep_ == "dobj"]
    if dobj:
        o = dobj[0]
        the = any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in o.children)
        named = any(c.dep_ in ("compound", "amod", "prep") for c in o.children)
        if not the or named or o.lower_ not in lists["joined_nouns"]:
            return
    elif any(c.dep_ == "prep" and not _in_person(c) for c in objs):
        return  # "attended at the invitation of X", "joined for a day": not plainly the meeting
    side = []
    for s in subjects(anchor):
        s = parsed.person_pronoun(s)
        side += [e for e in parsed.group(s) if e.cls == PERSON]
    # "…, as did Y": Y too
    for c in anchor.children:
        if c.dep_ == "advcl" and c.lower_ in ("did", "do", "does"):
            if any(m.dep_ == "mark" and m.lower_ == "as" for m in c.children):
                side += [e for s in subjects(c) for e in parsed.group(s) if e.cls == PERSON]
    people = _unique([e.key for e in side])
    if not people:
        return
    cluster = _last_cluster(ctx, parsed, anchor, people)
    if not cluster:
        return
    view = parsed.view(anchor)
    date = sentence_date(ctx.evidence(view)[0], ctx.years)
    pairs = [(x, y) for x in people for y in cluster] + list(combinations(people, 2))
    for x, y in pairs:
        s, o = sorted((x, y))
        ctx.add(view, s, "met", o, extractor_id(fam, rule), rule.confidence, date=date)


def _last_cluster(ctx, parsed: Parsed, anchor, people: list[str]) -> list[str]:
    """The people who met in the last of the three sentences before ``anchor``'s that tells
    of a meeting, less ``people``."""
    v = parsed.view_of[anchor.i]
    for back in range(1, 4):
        if v - back < 0:
            break
        begin = ctx.evidence(parsed.views[v - back])[1]
        met = [r for r in ctx.relations if r.predicate == "met" and r.begin == begin]
        if met:
            return [
                k
                for k in _unique([k for r in met for k in (r.subject, r.object)])
                if k not in people
            ]
    return []


def _also(*toks) -> bool:
    """'were also present', 'also took part', 'were at the table too'."""
    return any(c.dep_ == "advmod" and c.lower_ in ("also", "too") for t in toks for c in t.children)


def _opening_person(parsed: Parsed, verb) -> list:
    """'Ould Sidi Baba, meanwhile, spoke …' with no subject the parser found: the person whose
    name opens the sentence, when only commas and adverbs stand between it and the verb."""
    sent = verb.sent
    first = parsed.entity(sent[0]) if len(sent) else None
    if first is None or first.cls != PERSON:
        return []
    after = [t for t in sent if t.i < verb.i and parsed.tok_start[t.i] >= first.end]
    if all(t.is_punct or t.pos_ == "ADV" for t in after):
        return [first]
    return []


def _in_person(prep) -> bool:
    """'in person': no other place or meeting."""
    return prep.lower_ == "in" and any(c.lower_ == "person" for c in prep.children)


def _titled_group(ctx, parsed: Parsed, tok, skip: set[str]) -> list:
    """'the two presidents', 'both ministers': the people just named (``Parsed.pair``), not
    those in ``skip``; for a title in the plural, only people the text gives that title when
    it gives it to any ("both ministers" after a minister, a minister and a prime minister:
    the two ministers)."""
    word = tok.lower_.removesuffix("s")
    if ctx.rules.role(word) is not None:
        holders = {
            r.subject
            for r in ctx.relations
            if r.predicate == "memberOf" and word in (r.role or "").lower().split()
        }
        if holders:
            others = {s.key for s in ctx.spans if s.cls == PERSON} - holders
            found = parsed.pair(tok, (PERSON,), _GROUP, frozenset(skip | others))
            if found:
                return found
    return parsed.pair(tok, (PERSON,), _GROUP, frozenset(skip))


def _object_pronoun(parsed: Parsed, tok, own: set[str]) -> list:
    """'him'/'her' as the other side: the one person named earlier in the sentence who is not
    on the subject's side, or of two or more, the one who is the sentence's subject (none
    otherwise)."""
    if tok.lower_ not in ("him", "her"):
        return []
    sent = tok.sent
    others = {}
    subj: set[str] = set()
    objects = False
    for t in parsed.doc[sent.start : tok.i]:
        e = parsed.entity(t)
        if e is not None and e.cls == PERSON and e.key not in own:
            others.setdefault(e.key, e)
            if any(a.dep_ in ("nsubj", "nsubjpass") and a.head.dep_ == "ROOT" for a in (t, t.head)):
                subj.add(e.key)
            objects = objects or t.dep_ in ("dobj", "attr", "appos")
    if len(others) > 1 and len(subj) == 1 and not objects:
        # "X was met at the airport by Y before …, where Z welcomed him": the sentence's subject
        return [others[subj.pop()]]
    return list(others.values()) if len(others) == 1 else []


def _title_holder(ctx, parsed: Parsed, tok) -> list:
    """'The Taoiseach met X', 'was received by the president': a title alone, after "the",
    stands for the one person the text has already given that office (none when two
    have it, or the text never named its holder)."""
    if tok.pos_ not in ("NOUN", "PROPN") or parsed.entity(tok) is not None:
        return []
    words = [t for t in tok.subtree if t.i <= tok.i]
    if len(words) < 2 or words[0].lower_ != "the" or any(t.i > tok.i for t in tok.subtree):
        return []
    title = " ".join(t.text for t in words[1:])
    if ctx.rules.role(title) is None:
        return []
    at = parsed.tok_start[tok.i]
    named = {s.key: s for s in ctx.spans if s.cls == PERSON and s.start < at}
    # the title as the text gave it ("the prime minister" is not "the Taoiseach")
    holders = {
        r.subject
        for r in ctx.relations
        if r.predicate == "memberOf"
        and not r.former
        and r.subject in named
        and " ".join((r.role or "").lower().split()) == title.lower()
    }
    return [named[holders.pop()]] if len(holders) == 1 else []


def _title_of_named(ctx, parsed: Parsed, tok) -> list:
    """'met the president of Seychelles, X', 'received the head of SICA, X', 'received the
    IMF's mission chief for Pakistan, X': the parser hangs the name that a title (or a noun
    of ``person_role_nouns``) introduces on the body or place after it; the name is the one
    met."""
    if tok.pos_ != "NOUN" or parsed.entity(tok) is not None:
        return []
    lists = lexicon()
    if (
        ctx.rules.role(tok.text) is None
        and tok.lower_ not in lists["person_role_nouns"]
        and tok.lower_ not in lists["counterpart_nouns"]
    ):
        return []
    # the first name in apposition after the title's own phrase ("of SICA", "for Pakistan",
    # which the parser may hang on the verb), with no verb between
    doc = parsed.doc
    if tok.i + 2 < tok.sent.end and doc[tok.i + 1].text == ",":
        # "held talks with her counterpart, (Sheikh) X": the parser may make X the verb's
        # object
        j = tok.i + 2
        while j + 1 < tok.sent.end and doc[j].lower_ in ctx.rules.honorifics:
            j += 1
        e = parsed.entity(doc[j])
        if e is not None and e.cls == PERSON and e.start == parsed.tok_start[j]:
            return [e]
    for j in range(tok.i + 1, min(tok.i + 16, tok.sent.end)):
        c = doc[j]
        if c.pos_ in ("VERB", "AUX") or c.text in (";", ":"):
            return []
        if (
            c.dep_ in ("appos", "npadvmod", "conj")  # the parser may hang it on the verb
            and c.left_edge.i > tok.i + 1
            and doc[c.left_edge.i - 1].text == ","
        ):
            # "…, Norwegian ambassador X": the name may come with a title of its own
            people = [e for e in parsed.group(c) if e.cls == PERSON]
            return people[:1]
    return []


def _unnamed_counterpart(ctx, parsed: Parsed, tok) -> list:
    """'hosted his Mauritanian colleague', 'called her Chilean counterpart' with no name: the
    one person named earlier whose office the text puts in that country (none when two are)."""
    if tok.lower_ not in lexicon()["counterpart_nouns"] or parsed.entity(tok) is not None:
        return []
    doc = parsed.doc
    after = [doc[j] for j in range(tok.i + 1, min(tok.i + 4, len(doc)))]
    if any(c.dep_ == "appos" for c in tok.children) or any(
        (e := parsed.entity(t)) is not None and e.cls == PERSON for t in after
    ):
        return []  # "his counterpart, (Sheikh) X": the name is there (or was not read as one)
    states = {
        country_of(c.text, ctx.gaz)
        for c in tok.children
        if c.dep_ in ("amod", "compound") and c.text[:1].isupper()
    } - {""}
    if len(states) != 1:
        return []
    cc = gaz_key(states.pop())
    here = parsed.tok_start[tok.i]
    found = {
        s.key: s
        for v in parsed.views
        for s in v.spans
        if s.cls == PERSON and s.start < here and ctx.person_country.get(s.key) == cc
    }
    return list(found.values()) if len(found) == 1 else []


def _inside_sides(parsed: Parsed, verb) -> list:
    """Who did what a meeting surrounds, when the clause's subject names no one: the agent of a
    passive ("was signed by A and B after an hour of talks") or the subject of the clause a
    participle hangs on ("A and B signed an agreement referring the case to court after a
    meeting")."""
    v = verb
    for _ in range(3):
        found = [e for a in pobjs(v, {"by"}) for e in parsed.group(a)]
        found += [e for s in subjects(v) for e in parsed.group(s)]
        if _people(found):
            return found
        if v.dep_ != "acl" or v.head.head.pos_ not in ("VERB", "AUX"):
            return []
        v = v.head.head  # "an agreement referring …": the clause the agreement is the object of
    return []


def _name_after_title(ctx, parsed: Parsed, tok) -> list:
    """'spoke with French Minister for Europe and Foreign Affairs X': a title the parser
    made the object, with the name it introduces hung elsewhere; the person whose name
    follows the title's own words (no comma, no verb between) is the one meant."""
    if (
        tok.pos_ != "PROPN"
        or parsed.entity(tok) is not None
        or (ctx.rules.role(tok.text) is None and tok.lower_ not in lexicon()["person_role_nouns"])
    ):
        return []
    doc = parsed.doc
    for j in range(tok.i + 1, min(tok.i + 10, tok.sent.end)):
        t = doc[j]
        e = parsed.entity(t)
        if e is not None and e.cls == PERSON:
            return [e]
        if e is not None and e.cls in (COUNTRY, REGION) and t.pos_ == "PROPN":
            continue  # "Minister for Europe and Foreign Affairs X": a place in the title
        if e is not None or t.pos_ not in ("PROPN", "ADP", "CCONJ") or not t.is_alpha:
            return []
    return []


def _name_after_state(ctx, parsed: Parsed, tok) -> list:
    """'held talks with Solomon Islands Prime Minister X': the parser made the state the
    object and hung the name elsewhere; the person right after the state's title (title
    words only between) is the one meant."""
    e = parsed.entity(tok)
    if e is None or e.cls not in (COUNTRY, GOVERNMENT, REGION):
        return []
    doc, k, j = parsed.doc, parsed.ent_of[tok.i], tok.i
    while j + 1 < len(doc) and parsed.ent_of[j + 1] == k:
        j += 1
    titled = False
    for t in doc[j + 1 : min(j + 8, tok.sent.end)]:
        p = parsed.entity(t)
        if p is not None:
            return [p] if p.cls == PERSON and titled else []
        if not t.is_alpha or not (t.is_title or t.lower_ in ("of", "for", "and")):
            return []
        titled = (
            titled
            or ctx.rules.role(t.text) is not None
            or t.lower_ in lexicon()["person_role_nouns"]
        )
    return []


def _more_participants(parsed: Parsed, anchor, tok) -> list:
    """The others named with the agent ``tok`` of a participle that presides over or attends a
    meeting: people "with" it ("was chaired by X, with A and B") and the agents of another
    such participle joined to it or to the clause the meeting is in ("… at a retreat chaired
    by X and attended by A and B")."""
    by = tok.head
    if by.dep_ != "agent":
        return []
    verb = by.head
    out = [e for t in (tok, verb) for p in pobjs(t, {"with"}) for e in parsed.group(p)]
    words = set(lexicon()["presiding_participles"])
    clause = _verb_of(anchor.head) if anchor.pos_ == "NOUN" and anchor.dep_ == "pobj" else verb
    near = {c.i: c for c in (*verb.children, *clause.children)}  # in sentence order
    for _, c in sorted(near.items()):
        if c.dep_ != "conj" or c.i == verb.i or c.lower_ not in words:
            continue
        out += [e for p in pobjs(c, {"by"}) for e in parsed.group(p)]
    return out


def _group_meeting(verb, words: set[str]) -> bool:
    """'… for a trilateral meeting', '… in a multilateral session': one meeting of everyone
    named."""
    return any(
        t.lower_ in words and t.head.lower_ in lexicon()["meeting_nouns"] for t in verb.subtree
    )


def _listed(parsed: Parsed, tok, found: list) -> list:
    """'Kenyan President A and Ugandan President B attended …': the parser may hang the
    first of two titled names on a word of the second's title; a subject phrase with no verb
    of its own that names people joined by "and" names all of them."""
    if sum(e.cls == PERSON for e in found) != 1:
        return found
    sub = list(tok.subtree)
    if any(t.pos_ in ("VERB", "AUX") for t in sub) or not any(t.lower_ == "and" for t in sub):
        return found
    people = {}
    for t in sub:
        e = parsed.entity(t)
        if e is not None and e.cls == PERSON:
            people.setdefault(e.key, e)
    return list(people.values()) if len(people) > 1 else found


def _delegations(ctx, parsed: Parsed, guests) -> list[tuple[str, str]]:
    """'X hosted the leaders of A, B and C': guests from different states meet each other
    too (members of one delegation are not said to meet)."""
    from kg.extract.agreements import _title_country

    country = {}
    for e in guests:
        country.setdefault(e.key, ctx.person_country.get(e.key) or _title_country(ctx, parsed, e))
    if len(country) < 2 or not all(country.values()):
        return []
    return [(x, y) for x, y in combinations(country, 2) if country[x] != country[y]]


def _companions(tok) -> bool:
    """'talks with A and B', 'spoke with A and B': the other side is the object of "with"
    (whom the subject talked with), not guests received together."""
    return tok.dep_ == "pobj" and tok.head.lower_ == "with"


def _people(spans) -> list[str]:
    return _unique([s.key for s in spans if s.cls == PERSON])


def _unique(keys: list[str]) -> list[str]:
    return list(dict.fromkeys(keys))


def _has_object(tok, anchor) -> bool:
    """'A and B met C': an object means the pairs are not within the subject."""
    for c in tok.children:
        if c.i == anchor.i or c.is_ancestor(anchor):  # "held two days of talks"
            continue
        if c.dep_ == "agent" and any(p.lower_ in lexicon()["phone_words"] for p in c.children):
            continue  # "A and B spoke by phone" (the parser's agent)
        if c.dep_ == "dobj" and (c.like_num or c.lower_ == "face"):
            continue  # "A and B met one-on-one", "met face-to-face"
        if c.dep_ == "dobj" and c.lower_ in lexicon()["meeting_nouns"]:
            continue  # "held a meeting, their first talks since 2024": the meeting again
        if c.dep_ in ("dobj", "agent") or (c.dep_ == "prep" and c.lower_ == "with"):
            return True
    return False


def _place(parsed: Parsed, *toks) -> str | None:
    for tok in toks:
        for p in pobjs(tok, _PLACE_PREPS):
            ent = parsed.entity(p)
            if ent is not None and ent.cls in (REGION, COUNTRY) and not ent.metonymy:
                return ent.key
    return None


FAMILY = Family("kg.meetings.v3", "meetings.jsonl", handle)


def signed_together(relations: list[Relation]) -> list[Relation]:
    """Two people a sentence has sign one agreement met at the signing ("A and B signed the
    accord in Vilnius", "the pact was signed by A, B and C"), unless the sentence says the
    signatures came apart: a word of ``separate_signing_words`` ("A signed in May, B later";
    "a day later" only dates the signing), a signer named between two signing verbs of two
    days or months ("A signed on Monday and B signed it on Tuesday"; "A signed for X and B
    signed for Y" is one ceremony), or two years."""
    lists = lexicon()
    # "signed by A and B after talks mediated by Norway": the talks went through a third, the
    # signing did not (one ceremony); "Later in the day, A and B signed": a word before every
    # signer dates the signing, it does not set the signers apart
    apart = set(lists["separate_signing_words"])
    when = set(lists["signing_time_words"])  # "A and B later signed …": one signing, dated
    signing, units = set(lists["signing_verbs"]), set(lists["time_units"])
    signed: dict[tuple[str, int], list[Relation]] = {}
    for r in relations:
        if r.predicate == "signatory":
            signed.setdefault((r.subject, r.begin), []).append(r)
    out = []
    for rs in signed.values():
        people = sorted({r.object for r in rs})
        if not 2 <= len(people) <= _GROUP or any(r.cooccurrence for r in rs):
            continue
        text = rs[0].text or rs[0].evidence
        words = [w.lower() for w in _WORD.findall(text)]
        # "Later in the day, A and B signed …": a word before every signer dates the signing
        names = _last_names(people)
        first = min((i for i, w in enumerate(words) if w in names), default=len(words))
        last = max((i for i, w in enumerate(words) if w in names), default=-1)
        if (
            any(
                w in apart
                and i > first
                and (i == 0 or words[i - 1] not in units)
                # "A and B later signed …": a time word before the one verb of both signers
                and not (w in when and i > last and i + 1 < len(words) and words[i + 1] in signing)
                for i, w in enumerate(words)
            )
            or (
                _signer_between_verbs(words, signing, people)
                and len(CALENDAR_WORDS.intersection(_WORD.findall(text))) > 1
            )
            or len(years_in(text)) > 1
        ):
            continue
        first = rs[0]
        place = next((r.place for r in rs if r.place), None)
        for x, y in combinations(people, 2):
            out.append(
                replace(
                    first,
                    subject=x,
                    predicate="met",
                    object=y,
                    extractor="meeting.signed_together",
                    # a meeting inferred from the signing: a little below the signing itself
                    confidence=round(min(r.confidence for r in rs) * 0.9, 2),
                    role=None,
                    place=place,
                )
            )
    return out


def _last_names(people: list[str]) -> set[str]:
    return {p.rsplit(":", 1)[-1].split()[-1].lower() for p in people}


def _signer_between_verbs(words: list[str], signing: set[str], people: list[str]) -> bool:
    """A signer's last name stands between two signing verbs of the sentence."""
    verbs = [i for i, w in enumerate(words) if w in signing]
    if len(verbs) < 2:
        return False
    last = _last_names(people)
    return any(w in last for w in words[verbs[0] + 1 : verbs[-1]])
