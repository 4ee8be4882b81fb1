"""The dependency parse of one document, rebuilt for rule matching in the extract stage.

The NLP stage hands over plain ``Token`` records (``AnnotatedDocument.tokens``); here they
become a light spaCy ``Doc`` (words, POS, dependencies, and the resolved entity mentions as
``doc.ents`` labelled with their schema class) so that ``DependencyMatcher`` rules written as
data can run on it. The ``Doc`` never leaves this stage.

The helpers read the grammar the rule families share: the people or states a phrase names
(``group``: conjuncts, appositions, "his counterpart X", "the leaders of A and B"), the
subject of a clause (``subjects``: through conjoined verbs, "agreed to …", relative pronouns),
negation, and the sentence a token is in.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

import spacy
from spacy.tokens import Doc, Span
from spacy.tokens import Token as SpacyToken
from spacy.util import filter_spans

from kg.extract.sentences import SentenceView
from kg.model import COUNTRY, GOVERNMENT, ORGANIZATION, PERSON, AnnotatedDocument
from kg.resolve.document import ResolvedSpan

_RELATIVE = {"which", "who", "that", "whom"}
_PRONOUNS = {"he", "she"}
# prepositions before a gerund whose subject is the clause's and whose act took place ("after
# signing", "by signing"); not "before signing" ("walked out before signing the accord")
_GERUND_PREPS = {"after", "upon", "on", "while", "by", "since", "following"}
_NOUNISH = {"NOUN", "PROPN", "PRON", "NUM", "X"}
# number words ("the four states", "Ten of the 11 members")
NUMBER_WORDS = {
    w: n
    for n, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen "
        "fourteen fifteen sixteen seventeen eighteen nineteen twenty".split()
    )
}
# the counts a plural noun may gather back ("both", "the three governments"; at most six)
# ("the pair signed …": the two just named)
_COUNTS = {"both": 2, "pair": 2, "duo": 2, **{w: n for w, n in NUMBER_WORDS.items() if 2 <= n <= 6}}


def _reroot_headless(words: list[str], pos: list[str], deps: list[str], heads: list[int]) -> None:
    """'Brazil's foreign minister, Paulo Mendes, signed as guarantor': the parser may make the
    title the root and the verb after the name a clause of it, leaving the sentence without a
    main verb. The verb becomes the root and the title its subject (in place)."""
    kids: dict[int, list[int]] = {}
    for i, h in enumerate(heads):
        if h != i:
            kids.setdefault(h, []).append(i)
    for r, h in enumerate(heads):
        if h != r or pos[r] not in ("NOUN", "PROPN"):
            continue
        mine = kids.get(r, [])
        if any(pos[c] in ("VERB", "AUX") and deps[c] not in ("acl", "relcl") for c in mine):
            continue
        for v in mine:
            if not (deps[v] == "acl" and pos[v] == "VERB" and v > 0 and words[v - 1] == ","):
                continue
            if not any(deps[a] == "appos" and a < v for a in mine):
                continue
            if any(deps[c].startswith("nsubj") for c in kids.get(v, [])):
                continue
            heads[v], deps[v] = v, "ROOT"
            heads[r], deps[r] = v, "nsubj"
            for c in mine:
                if c > v:
                    heads[c] = v
            break


def _coordinated(tok: SpacyToken) -> bool:
    """A name word with its own "and"/"or" and conjunct: a list the parser folded into a name."""
    deps = {c.dep_ for c in tok.children}
    return "cc" in deps and "conj" in deps


def _across_clause(t: SpacyToken, c: SpacyToken) -> bool:
    """An apposition the parser hangs past a clause's own verb ("Zhou was granted an
    audience … and later called on X"): a misreading, not a second name."""
    inner = {k.i for k in c.subtree}
    return any(
        k.pos_ == "VERB"
        and k.dep_ in ("ROOT", "conj", "ccomp", "advcl", "xcomp")
        and k.i not in inner
        for k in t.doc[t.i + 1 : c.i]
    )


def _speaker(tok: SpacyToken, speech: set[str]) -> bool:
    """An apposition that is the subject of a reporting verb right after it, which the
    parser made the head of the clause ("…, Kenyan President X said")."""
    nxt = tok.right_edge.i + 1
    if nxt >= len(tok.doc) or tok.doc[nxt].lower_ not in speech:
        return False
    return any(a.i == nxt for a in tok.ancestors)


def _dangling_and(tok: SpacyToken) -> bool:
    """'Minister A and Minister B': a name word with an "and" but no conjunct, hung inside
    the next name (which is the conjunct)."""
    deps = {c.dep_ for c in tok.children}
    return "cc" in deps and "conj" not in deps and tok.dep_ == "appos"


@lru_cache(maxsize=1)
def shared_vocab():
    """One vocabulary for every rebuilt document, so compiled matchers can be reused.

    English lexical attributes (``LOWER`` and friends) come with ``spacy.blank("en")``.
    """
    return spacy.blank("en").vocab


@dataclass
class Parsed:
    """A document's parse with its resolved mentions and sentence views."""

    doc: Doc
    spans: list[ResolvedSpan]
    ent_of: list[int]  # token index -> index into ``spans`` (-1: none)
    view_of: list[int]  # token index -> index into ``views`` (-1: none)
    views: list[SentenceView]
    tok_start: list[int] = field(default_factory=list)  # token index -> clean-text offset
    state: dict = field(default_factory=dict)  # per-document memory of the rule families

    @classmethod
    def build(
        cls,
        adoc: AnnotatedDocument,
        spans: list[ResolvedSpan],
        views: list[SentenceView],
        keep: Callable[[set[str]], bool] | None = None,
    ) -> Parsed | None:
        """The parse of the sentences ``keep`` accepts (by their lower-case words); all when
        ``keep`` is None. None when the document has no parse."""
        toks_all = adoc.tokens
        if not toks_all:
            return None
        text = adoc.clean.text
        vstarts = [v.start for v in views]

        def view_index(start: int) -> int:
            v = bisect.bisect_right(vstarts, start) - 1
            return v if v >= 0 and start < views[v].end else -1

        # Sentences are whole trees: keep or drop them entire, then renumber the heads.
        groups: dict[int, list[int]] = {}
        for n, t in enumerate(toks_all):
            groups.setdefault(view_index(t.start), []).append(n)
        kept: list[int] = []
        ordered = [(v, m) for v, m in sorted(groups.items(), key=lambda kv: kv[1][0]) if v >= 0]
        words = [{text[toks_all[n].start : toks_all[n].end].lower() for n in m} for _, m in ordered]
        chosen = [keep is None or keep(w) for w in words]
        # a kept sentence whose subject may be "he"/"she" keeps the sentence before it, where
        # the person may be named (Parsed.person_pronoun)
        for k in range(1, len(ordered)):
            if chosen[k] and not chosen[k - 1] and words[k] & _PRONOUNS:
                if ordered[k - 1][0] == ordered[k][0] - 1:
                    chosen[k - 1] = True
        for (_, members), keep_it in zip(ordered, chosen, strict=True):
            if keep_it:
                kept.extend(members)
        new = {old: i for i, old in enumerate(kept)}
        toks = [toks_all[n] for n in kept]
        words = [text[t.start : t.end] or " " for t in toks]
        spaces = [i + 1 < len(toks) and toks[i + 1].start > t.end for i, t in enumerate(toks)]
        pos = [t.pos or "X" for t in toks]
        deps = [t.dep or "dep" for t in toks]
        heads = [new.get(t.head, i) for i, t in enumerate(toks)]
        _reroot_headless(words, pos, deps, heads)
        doc = Doc(shared_vocab(), words=words, spaces=spaces, pos=pos, deps=deps, heads=heads)
        starts = [t.start for t in toks]
        ent_of = [-1] * len(toks)
        ents = []
        for k, s in enumerate(spans):
            i = bisect.bisect_right(starts, s.start) - 1
            j = bisect.bisect_left(starts, s.end)
            if i < 0 or j <= i or toks[i].end <= s.start:
                continue  # in a sentence left out
            for t in range(i, j):
                ent_of[t] = k
            ents.append(Span(doc, i, j, label=s.cls))
        doc.ents = filter_spans(ents)
        view_of = [view_index(t.start) for t in toks]
        return cls(doc, spans, ent_of, view_of, views, starts)

    # -- entities -------------------------------------------------------------------------

    def entity(self, tok: SpacyToken) -> ResolvedSpan | None:
        k = self.ent_of[tok.i]
        return self.spans[k] if k >= 0 else None

    def view(self, tok: SpacyToken) -> SentenceView | None:
        v = self.view_of[tok.i]
        return self.views[v] if v >= 0 else None

    def group(self, tok: SpacyToken, *, through_of: bool = False) -> list[ResolvedSpan]:
        """The entities a noun phrase names: itself, its conjuncts and appositions.

        A noun that is not a name reaches the name it introduces ("his counterpart X",
        "Iran's top official, X, and the Saudi adviser Y"); with ``through_of`` also "the
        leaders of A and B". A list the parser reads as appositions ("Mali, Burkina Faso and
        Niger") counts whole.
        """
        from kg.extract.registry import lexicon

        hedges = set(lexicon()["hedges"])
        speech = set(lexicon()["speech_verbs"])
        members = set(lexicon()["member_nouns"])
        state_nouns = set(lexicon()["state_group_nouns"])
        role_nouns = set(lexicon()["person_role_nouns"])
        own_government = set(lexicon()["own_government_nouns"])
        out: dict[int, ResolvedSpan] = {}
        todo, seen = [(tok, 0)], set()
        while todo:
            t, depth = todo.pop()
            if t.i in seen or depth > 6:
                continue
            if depth and any(
                (c.dep_ == "advmod" and c.lower_ in hedges) or c.dep_ == "neg" for c in t.children
            ):
                continue  # "… and perhaps Australia" (a guess), "… but not Norway"
            seen.add(t.i)
            ent = self.entity(t)
            if ent is not None:
                out.setdefault(id(ent), ent)
            elif t.lower_ in state_nouns:
                for e in self._states_listed(t):
                    out.setdefault(id(e), e)
            for c in t.children:
                if c.dep_ == "appos" and c.i > 0 and self.doc[c.i - 1].text == "(":
                    continue  # "the Social Democratic Party (SPD)": the same body again
                if c.dep_ == "appos" and _speaker(c, speech):
                    continue  # "… by Kenya and Uganda, President X said": who reports it
                if c.dep_ == "appos" and _across_clause(t, c):
                    continue  # "Zhou was granted …, and later called on X": no apposition
                if (c.dep_ == "conj" and c.pos_ in _NOUNISH) or c.dep_ == "appos":
                    todo.append((c, depth + 1))
                elif c.dep_ == "npadvmod" and ent is not None and _listed(self, c, ent):
                    todo.append((c, depth + 1))  # "Fiji, Samoa, Tonga and …" misparsed
                elif ent is None and c.dep_ in ("compound", "nmod") and self.entity(c):
                    todo.append((c, depth + 1))
                elif (
                    ent is None
                    and c.dep_ == "amod"
                    and (e := self.entity(c)) is not None
                    and e.cls == ORGANIZATION
                ):
                    todo.append((c, depth + 1))  # "ECOWAS leaders" (the parser's adjective)
                elif ent is None and c.dep_ == "compound" and c.is_lower and _names_left(self, c):
                    todo.append((c, depth + 1))  # "the Ansar al-Sunna insurgent group"
                elif (
                    c.dep_ in ("compound", "nmod")
                    and _coordinated(c)
                    and self.entity(c) not in (None, ent)
                ):
                    todo.append((c, depth + 1))  # "A and Minister B" parsed as one name
                elif (
                    c.dep_ in ("compound", "nmod")
                    and self.entity(c) is None
                    and any(
                        (_coordinated(d) or _dangling_and(d)) and self.entity(d) not in (None, ent)
                        for d in c.subtree
                    )
                ):
                    # "Kenyan Minister A and Tanzanian Minister B": the parser may hang the first
                    # name, with its "and", under the second one's title
                    todo.append((c, depth + 1))
                elif ent is None and through_of and c.dep_ == "prep" and c.lower_ == "of":
                    if depth and t.lower_ in members:
                        continue  # "A and B, both members of X": X is no one of the group
                    todo.extend((p, depth + 1) for p in c.children if p.dep_ == "pobj")
                elif (
                    ent is not None
                    and ent.cls == PERSON
                    and c.dep_ == "prep"
                    and c.lower_ in ("of", "from")
                ):
                    # "A of Turkey and B of Greece": the parser may join B to A's country
                    todo.extend(
                        (d, depth + 1)
                        for p in c.children
                        if p.dep_ == "pobj"
                        for d in p.children
                        if d.dep_ == "conj"
                        and (e := self.entity(d)) is not None
                        and e.cls == PERSON
                    )
                elif (
                    ent is None
                    and c.dep_ == "poss"
                    and t.lower_ in own_government
                    and (e := self.entity(c)) is not None
                    and e.cls in (COUNTRY, GOVERNMENT)
                ):
                    todo.append((c, depth + 1))  # "Congo's government and the M23 alliance"
                elif (
                    ent is None
                    and c.dep_ == "prep"
                    and c.lower_ in ("for", "of")
                    and t.lower_ in role_nouns
                    and (named := self._name_closing(c)) is not None
                ):
                    # "Ireland's Minister for Climate, Energy and the Environment, X": the
                    # parser may hang the name on the portfolio's last word
                    todo.append((named, depth + 1))
                elif ent is None and c.dep_ == "prep" and c.lower_ == "including":
                    # "leaders including A and B"
                    todo.extend((p, depth + 1) for p in c.children if p.dep_ == "pobj")
        if self.entity(tok) is None and tok.lower_ in lexicon()["person_group_nouns"]:
            # "signed by the three energy ministers: A; B; and C": the list after a colon
            colon = tok.right_edge.i + 1
            if colon < tok.sent.end and self.doc[colon].text == ":":
                for u in self.doc[colon + 1 : tok.sent.end]:
                    e = self.entity(u)
                    if e is not None and e.cls == PERSON:
                        out.setdefault(id(e), e)
        return sorted(out.values(), key=lambda e: e.start)

    def _name_closing(self, prep: SpacyToken) -> SpacyToken | None:
        """The person named after a comma at the very end of a title's portfolio phrase
        ("Minister for Energy and the Environment, X,", "Minister of International Development,
        X, and …"), which the parser may hang on the portfolio's last word; else None."""
        end = prep.right_edge
        while end.i > prep.i and (end.is_punct or end.dep_ == "cc"):
            end = self.doc[end.i - 1]
        ent = self.entity(end)
        if ent is None or ent.cls != PERSON:
            return None
        first = end.i
        while first > prep.i + 1 and self.entity(self.doc[first - 1]) is ent:
            first -= 1
        if self.doc[first - 1].text != ",":
            return None
        return next(
            (u for u in prep.subtree if u.dep_ in ("appos", "conj") and self.entity(u) is ent),
            None,
        )

    def _states_listed(self, tok: SpacyToken) -> list[ResolvedSpan]:
        """'the four states that had cut ties with it: Saudi Arabia, …, Bahrain and Egypt': the
        states a plural noun for states introduces after a colon, up to a semicolon."""
        colon = tok.right_edge.i + 1
        if colon >= tok.sent.end or self.doc[colon].text != ":":
            return []
        out = []
        for u in self.doc[colon + 1 : tok.sent.end]:
            if u.text in (";", ":"):
                break
            e = self.entity(u)
            if e is not None and e.cls in (COUNTRY, GOVERNMENT) and e not in out:
                out.append(e)
        return out

    def pair(
        self,
        tok: SpacyToken,
        classes: tuple[str, ...],
        most: int = 2,
        skip: frozenset[str] = frozenset(),
    ) -> list[ResolvedSpan]:
        """'both countries', 'the two leaders', 'the three leaders': the group just named.

        The distinct entities of ``classes`` named last before ``tok`` (in its sentence, then
        up to three sentences back), when they come to exactly the number the phrase says
        (two for "both"; at most ``most``), leaving out the keys in ``skip``; else nothing.
        """
        words = {tok.lower_} | {
            c.lower_ for c in tok.children if c.dep_ in ("det", "predet", "nummod", "quantmod")
        }
        # "the three leaders", "the four ministers": as many as the number says
        n = next((_COUNTS[w] for w in words if w in _COUNTS), 0)
        if not n or n > most:
            return []
        from kg.extract.registry import lexicon

        if (
            classes == (PERSON,)
            and tok.lower_ not in _COUNTS
            and tok.lower_ not in lexicon()["person_group_nouns"]
        ):
            return []  # "welcomed both appointments": not the two people just named
        v = self.view_of[tok.i]
        found: dict[str, ResolvedSpan] = {}
        if "all" in words and n >= 3:
            # "all seven governments", "the ministers of all six states": every one the text
            # has named so far, when it has named exactly that many
            for view in self.views[: v + 1]:
                for s in view.spans:
                    if s.cls in classes and s.key not in skip and s.start < self._start(tok):
                        found.setdefault(s.key, s)
            if len(found) == n:
                return list(found.values())
            found = {}  # else the last ones named, as for "the three"
        for back in range(4):
            if v - back < 0:
                break
            here = [
                s
                for s in self.views[v - back].spans
                if s.cls in classes and s.key not in skip and (back or s.start < self._start(tok))
            ]
            for s in reversed(here):
                found.setdefault(s.key, s)
            if len(found) >= n:
                break
        return list(found.values()) if len(found) == n else []

    def _start(self, tok: SpacyToken) -> int:
        return self.tok_start[tok.i]

    @staticmethod
    def conjuncts(tok: SpacyToken) -> list[SpacyToken]:
        """``tok`` and the words coordinated with it ("A, B and C")."""
        out, stack = [], [tok]
        while stack:
            t = stack.pop()
            out.append(t)
            stack.extend(c for c in t.children if c.dep_ == "conj" and c.pos_ in _NOUNISH)
        return sorted(out, key=lambda t: t.i)

    def person_pronoun(self, tok: SpacyToken) -> SpacyToken:
        """'he'/'she' as a subject: the one person who is the subject of a clause above it in
        the sentence ("X visited Y, where he met Z"), else of the sentence before ("X flew
        to Kampala. He met Z there."). ``tok`` itself when there is no such person."""
        if tok.lower_ not in ("he", "she") or tok.dep_ not in ("nsubj", "nsubjpass"):
            return tok
        t = tok.head
        while t.head.i != t.i:
            t = t.head
            found = self._person_subject(t)
            if found is not None:
                return found
        v = self.view_of[tok.i]
        first = next(i for i in range(tok.i, -1, -1) if i == 0 or self.view_of[i - 1] != v)
        if first > 0 and self.view_of[first - 1] == v - 1 >= 0:
            roots = [
                t
                for t in self.doc[:first]
                if self.view_of[t.i] == v - 1 and t.head.i == t.i and t.pos_ in ("VERB", "AUX")
            ]
            found = self._person_subject(roots[0]) if len(roots) == 1 else None
            if found is not None:
                return found
        # "IGAD sent its executive secretary, X, to Juba, where he met Kiir": the one person
        # the sentence names before the pronoun, when the clause above has a body for subject
        # ("the Taoiseach met X, …, where he held talks": he is the Taoiseach)
        root = tok
        while root.head.i != root.i:
            root = root.head
        subj = [self.entity(c) for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
        if len(subj) != 1 or subj[0] is None or subj[0].cls == PERSON:
            return tok
        people: dict[str, SpacyToken] = {}
        for t in self.doc[tok.sent.start : tok.i]:
            e = self.entity(t)
            if e is not None and e.cls == PERSON:
                people[e.key] = t
        if len(people) == 1 and tok.head.dep_ in ("relcl", "advcl", "conj", "ccomp"):
            return next(iter(people.values()))
        return tok

    def _person_subject(self, verb: SpacyToken) -> SpacyToken | None:
        subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if len(subj) != 1:
            return None
        people = [e for e in self.group(subj[0]) if e.cls == "Person"]
        return subj[0] if len(people) == 1 and len(self.group(subj[0])) == 1 else None

    def antecedent(self, tok: SpacyToken) -> SpacyToken:
        """'which'/'that' heading a relative clause stands for the noun the clause modifies."""
        if tok.lower_ in _RELATIVE:
            clause = tok.head
            while clause.dep_ in ("conj",) and clause.head.i != clause.i:
                clause = clause.head
            if clause.dep_ in ("relcl", "acl") and clause.head.i != clause.i:
                return clause.head
            # "of which both are members": the pronoun under a preposition
            if clause.dep_ == "prep":
                verb = clause.head
                if verb.dep_ in ("relcl", "acl"):
                    return verb.head
        return tok


def _listed(parsed: Parsed, tok: SpacyToken, ent: ResolvedSpan) -> bool:
    """A name of the same class right after a comma: the next item of a list the parser
    hung on the first one as a modifier."""
    other = parsed.entity(tok)
    return (
        other is not None
        and other.cls == ent.cls
        and tok.left_edge.i > 0
        and parsed.doc[tok.left_edge.i - 1].text == ","
    )


def _names_left(parsed: Parsed, tok: SpacyToken) -> bool:
    """A common-noun modifier ("insurgent") with a name before it ("Ansar al-Sunna")."""
    return any(g.dep_ in ("compound", "nmod") and parsed.entity(g) for g in tok.lefts)


def subjects(verb: SpacyToken) -> list[SpacyToken]:
    """The subject words of a clause, passing through conjoined and embedded verbs."""
    seen = 0
    v = verb
    while seen < 4:
        subj = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass", "csubj")]
        if subj:
            return subj
        if v.dep_ in ("conj", "xcomp", "advcl", "acomp") and v.head.i != v.i:
            v = v.head
            seen += 1
            continue
        # "X toured the port after signing it", "ended the row by signing": the gerund's
        # subject is the clause's
        if (
            v.dep_ == "pcomp"
            and (
                (v.tag_ in ("VBG", "") and v.lower_.endswith("ing"))
                # "before being received by X": a passive gerund
                or any(c.dep_ == "auxpass" and c.lower_ == "being" for c in v.children)
            )
            and (v.head.lower_ in _GERUND_PREPS or done_before(v))
            and v.head.head.pos_ in ("VERB", "AUX")
        ):
            v = v.head.head
            seen += 1
            continue
        return []
    return []


def passive(verb: SpacyToken) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)


def negated(tok: SpacyToken) -> bool:
    """'did not meet', 'never signed', 'is not a member' (on the word or its verb); 'no
    meeting between A and B' (on the noun); 'neither A nor B signed' (on the subject)."""
    for t in (tok, tok.head) if tok.dep_ in ("attr", "acomp", "dobj") else (tok,):
        if any(c.dep_ == "neg" or c.lower_ in ("never", "not", "n't") for c in t.children):
            return True
        if t.pos_ in ("NOUN", "PROPN") and any(
            c.dep_ == "det" and c.lower_ == "no" for c in t.children
        ):
            return True
        if any(
            c.dep_ in ("nsubj", "nsubjpass") and any(d.lower_ == "neither" for d in c.children)
            for c in t.children
            if t.pos_ in ("VERB", "AUX")
        ):
            return True
    return False


def children(tok: SpacyToken, dep: str, words: set[str] | None = None) -> list[SpacyToken]:
    return [c for c in tok.children if c.dep_ == dep and (words is None or c.lower_ in words)]


def pobjs(tok: SpacyToken, preps: set[str]) -> list[SpacyToken]:
    """Objects of the prepositions ``preps`` under ``tok`` ('with B', 'by X', 'in Y')."""
    out = []
    for c in tok.children:
        if c.dep_ in ("prep", "agent") and c.lower_ in preps:
            out.extend(p for p in c.children if p.dep_ == "pobj")
    return out


def done_before(gerund: SpacyToken) -> bool:
    """'initialled every page before signing it': the clause's subject did both; not after a
    verb of leaving or refusing ("walked out before signing", ``left_before_verbs``)."""
    from kg.extract.registry import lexicon  # the registry imports this module

    clause = gerund.head.head
    said = {clause.lower_} | {
        f"{clause.lower_} {c.lower_}"
        for c in clause.children
        if c.dep_ in ("prt", "advmod", "prep")
    }
    return gerund.head.lower_ == "before" and not said & set(lexicon()["left_before_verbs"])
