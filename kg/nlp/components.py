"""spaCy components that put the project's rules on top of the statistical model.

* ``kg_paragraphs`` – a blank line always starts a sentence (headings, teasers and body
  paragraphs never run together), set before the parser.
* ``kg_entities`` – rewrites ``doc.ents`` with schema classes as labels: gazetteer phrases
  (curated countries, places, bodies, organisations, agreements), government-body patterns,
  a person after a title ("Prime Minister Sanae Takaichi"), possessive and article trimming,
  the stoplist, and the mapping of model labels to schema classes. ``ent.kb_id_`` carries the
  gazetteer id; ``ent.id_`` the rule that made the span.

Both work on ``spacy.blank("en")``, which the fast tests use.
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections import defaultdict
from functools import lru_cache
from itertools import chain

from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from kg.gazetteer import Gazetteer, load_gazetteer
from kg.model import AGREEMENT, COUNTRY, GOVERNMENT, ORGANIZATION, PERSON, REGION
from kg.rules import Rules, load_rules

_POSSESSIVE = {"'s", "’s", "'", "’"}
_LEADING = {"the", "The"}
# between a title and its portfolio ("Commissioner for | Enlargement", "Minister of | …")
_PORTFOLIO_GAP = re.compile(r"\s+(?:for|of)\s+(?:the\s+)?")
_AGREEMENT_WORDS = re.compile(
    r"\b(Treaty|Agreement|Accords?|Pact|Alliance|Convention|Memorandum|Protocol|Charter"
    r"|Partnership|Deal)\b",
    re.I,
)
# Party names built on a collective noun, which the model splits ("People" as a person).
_PARTY_NAME = re.compile(
    r"\b(?:(?!The\b)[A-Z][\w-]+\s+){0,3}(?:People|Peoples|Workers|Farmers|Citizens|Women|Patriots)['’]?s?['’]?"
    r"\s+(?:[A-Z][\w-]+\s+){0,2}(?:Party|Front|Movement|Alliance|Union|Congress|League)"
    r"(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w-]+(?:\s+(?:and\s+)?[A-Z][\w-]+){0,3})?"
)
# "the Union of Greens and Farmers", "Movement for Democratic Change": a party word, "of" or
# "for" and capitalised words (joined by "and") name one body, which the model often splits
_PARTY_OF = re.compile(
    r"\b(?:Union|Alliance|Party|Movement|Front|League|Coalition|Bloc|Congress)\s+(?:of|for)"
    r"\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+(?:and\s+|(?:of|for)\s+(?:the\s+)?)?[A-Z][\w'’-]+){0,4}"
)
# "the Malawi Congress Party", "Zimbabwe African National Union": a country's name, one to
# three capitalised words and a party word name a party (the country is read in code)
_COUNTRY_PARTY = re.compile(
    r"\b(?!(?:The|A|An|His|Her|Its|Their|Our|This|That)\b)([A-Z][\w-]+)"
    r"((?:\s+[A-Z][\w'’-]+){1,3})\s+(?:Party|Congress|Movement|Union|Front"
    r"|Alliance|League)\b"
)


def _title_case_line(text: str, at: int) -> bool:
    """Whether the line around ``at`` is a headline in title case (nearly every longer word
    capitalised), where capitals say nothing of names."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    words = re.findall(r"[A-Za-z][\w'’-]*", text[start : end if end >= 0 else None])
    long = [w for w in words if len(w) > 3]
    return len(words) >= 4 and sum(w[0].isupper() for w in long) >= 0.8 * len(long)


# "the Law and Justice party", "his Fidesz party": capitalised words before a lower-case
# "party" name a party.
_NAMED_PARTY = re.compile(
    r"\b(?!(?:The|A|An|His|Her|Its|Their|Our|This|That|Every|Each|No)\b)"
    # "Milei's party" is a person's party, not a party's name
    r"([A-Z][\w'’-]+(?:\s+(?:and\s+|of\s+|for\s+|the\s+)?[A-Z][\w'’-]+){0,4})(?<!['’]s)(?<!['’])"
    r"\s+party\b"
)
_MODEL_LABELS = {
    "PERSON": PERSON,
    "ORG": ORGANIZATION,
    "GPE": REGION,
    "LOC": REGION,
    "FAC": REGION,
    "LAW": AGREEMENT,
}
_CALENDAR = (
    frozenset(calendar.day_name)
    | frozenset(calendar.month_name[1:])
    | {"Today", "Yesterday", "Tomorrow"}
)
_PARTY_HEADS = {
    "party",
    "front",
    "movement",
    "alliance",
    "league",
    "congress",
    "union",
    "coalition",
}
# Model labels of dates and numbers: never part of a name.
_NUMERIC = {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"}
# "the Ministry of Maritime Affairs (MMA)", "the Civic Coalition party (KO)", "(PiS)"
_ACRONYM_AFTER = re.compile(
    r"(?:\s+(?:party|movement|alliance|coalition|group|front|bloc))?"
    r"\s*\(\s*([A-Z][A-Za-z&]{0,8}[A-Z])\s*\)"
)
# Capitals with diacritics start names too ("Šakalienė", "Łukasz", "Özdemir", "Éric").
_UPPER = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x250)) if c.isupper())
_NAME = rf"(?:[{_UPPER}][\w’'.\-]*[\w.]|[IVX](?![\w’'.\-]))"  # "Frederik X": a regnal number too
# A possessive or punctuation after a name; a final dot only after a long word ("Jr." stays).
_NAME_TAIL = re.compile(r"(?:['’]s|['’]|[,;:]|(?<=\w{3})\.)$")


# words before a title that open a sentence in capitals ("Outgoing Taoiseach X")
_TITLE_MODIFIERS = {
    "outgoing",
    "incoming",
    "former",
    "acting",
    "interim",
    "caretaker",
    "new",
    "then",
    "late",
    "retiring",
    "departing",
    "newly-appointed",
    "ex",
}
# words that make a rank with the honorific after them ("Major General", "Vice Admiral")
_RANK_PREFIXES = {"major", "rear", "vice", "air", "field", "staff", "chief", "master"}
# SENT_START -1 ("not a sentence start") as the unsigned value Doc arrays hold
_NOT_START = 2**64 - 1


@Language.component("kg_paragraphs")
def paragraphs(doc: Doc) -> Doc:
    """Start a sentence after every blank line, and none right after a word."""
    # One array write: setting ``is_sent_start`` token by token rescans the whole document
    # each time, which made long documents quadratic.
    from spacy.attrs import SENT_START

    starts = doc.to_array([SENT_START])
    changed = False
    for tok in doc[:-1]:
        if "\n\n" in tok.whitespace_ or (tok.is_space and "\n\n" in tok.text):
            starts[tok.i + 1] = 1
            # and no one-word sentence opens a paragraph ("Vietnam" | "and Chile signed …"
            # after a headline with no full stop)
            nxt = tok.i + 2
            if nxt < len(doc) and not doc[nxt].is_space and not doc[tok.i + 1].is_punct:
                starts[nxt] = _NOT_START
            changed = True
    # No sentence starts right after a word on the same line ("… a water accord. Kyrgyz" |
    # "Energy Minister X stayed home" was the parser's one-word sentence): prose ends one
    # with punctuation first
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if (
            prev.is_alpha
            and "\n" not in prev.whitespace_
            and not tok.is_space
            and starts[tok.i] != 1
        ):
            starts[tok.i] = _NOT_START
            changed = True
    if changed:
        doc.from_array([SENT_START], starts)
    return doc


@Language.factory("kg_entities", default_config={"gazetteer_dir": None, "rules_dir": None})
def make_entities(nlp: Language, name: str, gazetteer_dir: str | None, rules_dir: str | None):
    return EntityLayer(nlp, load_gazetteer(gazetteer_dir), load_rules(rules_dir))


class EntityLayer:
    """Gazetteer, patterns and type correction over the model's entities."""

    def __init__(self, nlp: Language, gaz: Gazetteer, rules: Rules) -> None:
        self.gaz = gaz
        self.rules = rules
        self._text = ""
        self._lower_words_cache: frozenset[str] | None = None
        self._in_title: list[tuple[int, int]] = []
        words = sorted(rules.government_words, key=lambda w: (-len(w), w))
        self.gov_words = re.compile(
            rf"\b(?:{'|'.join(map(re.escape, words))})\b" if words else "(?!)"
        )
        self.phrases = PhraseMatcher(nlp.vocab, attr="LOWER")
        seen: set[tuple[str, str]] = set()
        for entry in sorted(gaz, key=lambda e: e.id):
            for name in entry.names:
                for form in _variants(name):
                    if (entry.id, form.lower()) in seen:
                        continue
                    seen.add((entry.id, form.lower()))
                    self.phrases.add(entry.id, [nlp.make_doc(form)])
        self.patterns = Matcher(nlp.vocab)
        # "Ministry of Defense", "Department of National Defense": a government body.
        self.patterns.add(
            "gov_body",
            [
                [
                    {
                        "LOWER": {
                            "IN": ["ministry", "department", "minister's", "parliament", "senate"]
                        }
                    },
                    {"LOWER": "of"},
                    {"LOWER": "the", "OP": "?"},
                    {"IS_TITLE": True, "OP": "+"},
                ],
                # "the Foreign Ministry of Japan": a state's body named as generic_bodies.tsv
                # names it ("Foreign Ministry"), with its country after "of"
                [
                    {"IS_TITLE": True, "LOWER": {"IN": _ministry_words(rules)}},
                    {"LOWER": {"IN": ["ministry", "department"]}},
                    {"LOWER": "of"},
                    {"LOWER": "the", "OP": "?"},
                    {"IS_TITLE": True, "OP": "+"},
                ],
            ],
            greedy="LONGEST",
        )
        # Name particles ("von der", "bin", "da", "el-", "Ó") join capitalised words into one
        # name, in any case ("Ciarán Ó Dálaigh", "Lula Da Silva").
        part = "(?i:" + ("|".join(sorted(map(re.escape, rules.name_particles))) or "(?!)") + ")"
        name = rf"(?:(?:{part})-)?{_NAME}"
        self.title_re = re.compile(
            # a title and its name stand on one line (a headline's last word is no title of
            # the first name of the body)
            rf"(?i:\b(?P<title>{rules.title_pattern}))\b(?P<of>[ \t]+(?:of|to|for)(?:[ \t]+the)?)?[ \t]+"
            rf"(?P<rest>{_NAME}(?:[ \t]+(?:(?:{part})[ \t]+){{0,2}}{name}){{0,6}})"
        )

        # "Defence ministers Celso Matavele of Mozambique and …": a plural title, then the first
        # name of a list (the title is checked against the role lexicon in _plural_titles)
        heads = sorted(
            {t.split()[-1] for t in rules.roles if t.split()} - set(rules.portfolio_words),
            key=lambda w: (-len(w), w),
        )
        self.plural_title_re = re.compile(
            rf"(?i:\b(?P<head>{'|'.join(map(re.escape, heads))})s)[ \t]+"
            rf"(?P<rest>{_NAME}(?:[ \t]+(?:(?:{part})[ \t]+){{0,2}}{name}){{0,6}})"
        )

        # "his Ugandan counterpart Moses Okello", "her counterpart from Uganda, Ruth Nankabirwa",
        # "the speaker, El Malick Ndiaye, said": a name after "counterpart" (and the country it
        # is from), or after a title and a comma when a comma or full stop
        # closes the name (an apposition), is a person.
        rest = rf"(?P<rest>{_NAME}(?:[ \t]+(?:(?:{part})[ \t]+){{0,2}}{name}){{0,6}})"
        self.counterpart_re = re.compile(
            rf"\b(?i:his|her|their)\s+(?:[A-Z][\w'’-]*\s+){{0,2}}counterparts?"
            rf"(?:\s+(?:from|in)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){{0,2}})?,?\s+{rest}"
        )
        # "Commissioner for Political Affairs, Peace and Security Adaeze Okafor": a title
        # "for" or "of" a run of portfolio words, then the name
        pw = "|".join(
            sorted((w.capitalize() for w in rules.portfolio_words), key=lambda w: (-len(w), w))
        )
        # (read from where a title and its "for"/"of" end, so the titles are matched once)
        self.portfolio_run_re = re.compile(
            rf"\s+(?:for|of)\s+(?:the\s+)?(?P<pf>(?:(?-i:{pw})\b(?:,|\s+and|\s+&)?\s+)+){rest}"
        )
        # "the president of New Caledonia's government, Alcide Ponga, …" too
        self.title_comma_re = re.compile(
            rf"(?i:\b(?:{rules.title_pattern}))(?:\s+of\s+[^,;.()]{{1,50}}?)?,\s+{rest}(?=\s*[,.;])"
        )
        # "The new interior minister is Carolina Toha": the name a title is said to be.
        self.title_is_re = re.compile(
            rf"(?i:\b(?:{rules.title_pattern}))\s+(?:is|will be|becomes|is now)\s+$"
        )
        # "Fumio Kishda, Japanese Prime Minister, …": a full name before a title.
        self.apposition_re = re.compile(
            rf"(?P<name>{_NAME}(?:[ \t]+{_NAME}){{1,2}}),\s+(?:(?i:the|a)\s+)?(?:[A-Z][\w.'’]*\s+){{0,2}}"
            rf"(?:(?i:former)\s+)?(?i:{rules.title_pattern})\b"
        )

        # "Frans Timmermans, who heads the GroenLinks-PvdA alliance": only a person "heads"
        # with "who"
        self.who_heads_re = re.compile(
            rf"(?P<name>{_NAME}(?:[ \t]+(?:(?:{part})[ \t]+){{0,2}}{name}){{1,3}}),\s+who\s+"
            r"(?:now\s+|also\s+)?(?:heads|leads|chairs|headed|led|chaired)\s"
        )
        # "the Liberal Party, led by Valdemar Costa Neto, conceded": two to four name words
        # after "led by" (no article, country, demonym or body word: "led by the Socialists")
        self.led_by_re = re.compile(
            rf"\b(?:led|headed|chaired)\s+by\s+(?P<name>{_NAME}(?:[ \t]+(?:(?:{part})[ \t]+){{0,2}}{name}){{1,3}})"
            r"(?=\s*[,.;]|\s+(?:and|since|until|who)\b)"
        )
        self.titles_re = re.compile(rf"(?i:\b(?:{rules.title_pattern})\b)")
        self._title_words = frozenset(w for t in rules.roles for w in re.findall(r"[\w-]+", t))
        from kg.extract.registry import lexicon

        self._org_body_words = frozenset(lexicon()["org_body_words"])
        self._opening_words = frozenset(lexicon()["opening_prepositions"])
        # bodies that stand in a place ("the Presidential Secretariat in Colombo")
        self._cut_heads = frozenset(lexicon()["placed_body_words"])
        self._cut_words = frozenset(lexicon()["place_cut_words"])
        self._body_tails = frozenset(lexicon()["body_tail_words"])
        self._facility_heads = frozenset(lexicon()["facility_heads"])
        self._facility_joins = frozenset(lexicon()["facility_joins"])
        self._agreement_heads = frozenset(lexicon()["agreement_heads"])
        self._not_person_words = frozenset(lexicon()["not_person_words"])
        self._place_before = frozenset(lexicon()["place_before_words"])
        self._party_adjectives = frozenset(lexicon()["party_adjectives"])
        self._org_words = frozenset(lexicon()["org_name_words"]) | frozenset(
            lexicon()["place_heads"]
        )
        # A name the model calls an organisation or place is a person when a title says so:
        # "X, the former finance minister", "X was sworn in as T", "X succeeds Y as T".
        title = rf"(?:(?i:former|new|acting)\s+)?(?i:{rules.title_pattern})\b"
        self.person_cue_re = re.compile(
            rf"(?:,\s+(?:the|a|an|its|his|her)\s+(?:[A-Z][\w.'’-]*\s+){{0,2}}{title}"
            rf"|\s+(?:was|is|has been|had been|will be)\s+(?:appointed|named|sworn in|elected"
            rf"|re-elected|installed|confirmed)\s+(?:as\s+)?(?:the\s+)?(?:new\s+)?"
            rf"(?:[A-Z][\w.'’-]*\s+){{0,2}}{title}"
            rf"|\s+(?:succeeds|succeeded|replaces|replaced)\s+[^.;⟨]{{1,40}}?\s+as\s+"
            rf"(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){{0,2}}{title}"
            rf"|(?:,\s+who)?\s+(?:resigned|stepped down|was dismissed|was sacked)\s+as\s+"
            # "X, until now Montenegro's ambassador to the EU", "X, previously head of …"
            rf"|,\s+(?:until\s+now|until\s+recently|previously|formerly|currently)\s+"
            rf"(?:the\s+|a\s+|an\s+)?(?:[A-Z][\w.'’-]*['’]s\s+)?(?:[A-Z][\w.'’-]*\s+){{0,2}}{title})"
        )
        self.person_as_re = re.compile(rf"\s+as\s+(?:the\s+)?(?:new\s+)?(?:\w+\s+){{0,2}}?{title}")
        self.appoint_before_re = re.compile(
            r"\b(?:named|appointed|reappointed|re-appointed|nominated|picked|chose|tapped|approved"
            r"|elected|naming|appointing|nominating|picking|choosing|tapping|electing)\s+$"
        )
        # "its ambassador in San Salvador, X,", "the government's chief negotiator, X,", "his
        # deputy, X,": a name in apposition to a noun for a person's role is a person
        # (``person_role_nouns`` in lexicon.toml).
        from kg.extract.registry import lexicon

        nouns = "|".join(sorted(map(re.escape, lexicon()["person_role_nouns"])))
        self.role_before_re = re.compile(
            r"\b(?i:its|his|her|their|the|[A-Z][\w-]*['’]s)\s+(?:[a-z-]+\s+){0,2}"
            rf"(?:{nouns})s?(?:\s+(?:in|to|for|at)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){{0,2}}"
            # "Nigeria's minister of power, X": a portfolio in lower case
            r"|\s+(?:of|for)\s+[a-z]+(?:\s+(?:and\s+)?[a-z]+){0,2})?,\s+$"
            # "the presidents of Zambia and Namibia, X": a plural office of listed states
            rf"|\b(?i:the|their)\s+(?:[a-z-]+\s+){{0,2}}(?:{nouns})s\s+of\s+(?:the\s+)?"
            r"[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}(?:(?:,|\s+and)\s+(?:the\s+)?[A-Z][\w-]*"
            r"(?:\s+[A-Z][\w-]*){0,2}){1,5},\s+"
            r"(?:[A-Z][\w-]*(?:\s+[A-Z][\w-]*){1,3}(?:,\s+|,?\s+and\s+)){0,5}$"
            # "Thai senator X", "opposition lawmaker X": the noun in lower case, right before
            rf"|(?<![\w-])(?:{nouns})\s+$"
        )
        trades = "|".join(sorted(map(re.escape, lexicon()["person_nouns"])))
        self.trade_after_re = re.compile(
            rf"\s*,\s+(?:a|an)\s+(?:[a-z-]+\s+){{0,2}}(?:{trades})\b"
            r"(?!\s+(?:of|in)\s+(?:(?:the|a|an)\s+|[A-Z]))"
        )
        # "X, who resigned last month": a relative "who" is said of people (never after "the":
        # "the Houthis, who …")
        self.who_after_re = re.compile(r"\s*,\s+who\s")
        # "succeeding X", "replaced X": the one replaced is a person.
        self.succeed_before_re = re.compile(
            r"\b(?:succeeding|succeeds|succeeded|replacing|replaces|replaced)"
            # "succeeded at the Finance Ministry by X"
            r"(?:\s+(?:at|in)\s+the\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}\s+by|\s+by)?\s+$"
        )
        # A name the model calls a person is an organisation when the text says so:
        # "the ruling Pastef party", "the leader of Popular Force".
        self.org_before_re = re.compile(
            r"\b(?:(?:leader|leaders|head|chairman|chairwoman|chair|founder|members?|candidate)"
            r"\s+of\s+(?:the\s+)?|(?:ruling|opposition|governing)\s+"
            # "the headquarters of QatarEnergy", "grid operators A and Gasunie", "the campaign
            # group Greenpeace"
            r"|(?:headquarters|offices)\s+of\s+(?:the\s+)?"
            r"|\b(?:company|companies|firm|firms|group|groups|operator|operators"
            r"|giant|lender|carrier|charity|conglomerate|utility|utilities)\s+"
            r"(?-i:[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?\s+and\s+)?)$",
            re.I,
        )
        self.org_after_re = re.compile(r"\s+(?:party|movement|coalition|bloc)\b")

    def _cut_at_title(self, span: Span) -> Span | None:
        """'appointed Rebecca Nakato Defence Minister': a name the model runs into the title
        after it ends where the title begins."""
        for b, e in self._in_title:
            if span.start_char < b < span.end_char < e:
                shared = self._text[b : span.end_char].lower().split()
                if all(w in self._org_words for w in shared):
                    return span  # "Socialist Party leader X": the party's own word
                cut = span.doc.char_span(span.start_char, b, alignment_mode="contract")
                if cut is None or not len(cut):
                    return None
                while len(cut) and not cut[-1].is_alpha:
                    cut = cut[:-1]
                return cut if len(cut) else None
        return span

    def _after_portfolio(self, span: Span) -> Span:
        """The name after the portfolio words a span opens with, when a title and "for" or
        "of" stand just before it ("Commissioner for | Energy Lars Holmgaard"): what is left
        opens with a given name and is no body's name ("chairman of International Resources
        Holding" stays whole)."""
        if not self._portfolio_slot(span[0]):
            return span
        doc, cut = span.doc, span.start
        while cut < span.end - 2 and (
            doc[cut].lower_ in self.rules.portfolio_words or doc[cut].lower_ == "and"
        ):
            cut += 1
        rest = doc[cut : span.end]
        if (
            cut == span.start
            or rest[0].lower_ not in self.rules.given_names
            or any(
                not t.is_title
                or t.lower_ in self._org_words
                or t.lower_ in self.rules.non_name_words
                for t in rest
            )
        ):
            return span  # "Minister for the National Bank of …": a body's name goes on
        return rest

    def _cut_before_place(self, span: Span) -> Span:
        """'the National Palace in Santo Domingo', 'Kikolo at State House': a name the model
        runs on over "in", "at", "near" or "on" into a known place or a building is two names;
        the first stands here, the place is found on its own. Before "in" or "on" the first is
        one word, a building or a body ("the Front for Democratic Renewal in Chad" is one
        name)."""
        if len(span) < 3 or self.gaz.lookup(span.text) is not None:
            return span
        words = self.rules.facility_words
        for t in span[1:-1]:
            if t.text not in self._cut_words:
                continue
            head, tail = span[: t.i - span.start], span[t.i - span.start + 1 :]
            if not all(w.is_title for w in tail if w.is_alpha):
                return span
            last = tail[-1].lower_
            entry = self.gaz.lookup(tail.text)
            place = (entry is not None and entry.cls in (REGION, COUNTRY)) or (
                last in words or (len(tail) > 1 and f"{tail[-2].lower_} {last}" in words)
            )
            if not place:
                return span
            if t.text in ("in", "on") and not (
                len(head) == 1 or head[-1].lower_ in words or head[-1].lower_ in self._cut_heads
            ):
                return span  # "the Front for Democratic Renewal in Chad"; not "Dawit on Red Sea"
            return head
        return span

    def _titled_person(self, span: Span) -> bool:
        """A two- or three-word name followed by a title construction (see person_cue_re)."""
        words = [t for t in span if t.text != "-"]  # "François-Philippe Champagne"
        if not 1 <= len(words) <= 4 or not all(t.text[:1].isupper() for t in words):
            return False
        if self.gov_words.search(span.text) or self.gaz.lookup(span.text) is not None:
            return False
        text = self._text
        cue = self.person_cue_re.match(text, span.end_char)
        if len(words) == 1:  # "Obasanjo, a former president of Nigeria, …"; not "Hamas, its leader"
            return (
                cue is not None
                and not span.text.isupper()
                and not re.match(r",\s+(?:its|his|her)\b", cue.group(0))
            )
        if cue is not None or self.person_as_re.match(text, span.end_char):
            return True  # "… and François-Philippe Champagne as minister of finance"
        before = text[max(0, span.start_char - 20) : span.start_char]
        if self.succeed_before_re.search(text[max(0, span.start_char - 60) : span.start_char]):
            return True
        if self.role_before_re.search(text[max(0, span.start_char - 160) : span.start_char]):
            return True
        if self.trade_after_re.match(text, span.end_char):
            return True  # "Christos Loizou, a diplomat who …"
        if self.who_after_re.match(text, span.end_char) and not re.search(
            r"\b(?i:the)\s+$", text[max(0, span.start_char - 5) : span.start_char]
        ):
            return True
        if self.title_is_re.search(text[max(0, span.start_char - 60) : span.start_char]):
            return True
        # "appointed X as T", "appointed X Defence Minister"
        return bool(self.appoint_before_re.search(before)) and bool(
            self.person_as_re.match(text, span.end_char)
            or self.titles_re.match(text, span.end_char + 1)
        )

    def _demonym_before_title(self, span: Span) -> bool:
        """A country or demonym and the first words of a title ("Philippine Defense" in
        "Philippine Defense Secretary"): no organisation of its own."""
        for b, e in self._in_title:
            if span.start_char < b < span.end_char <= e:
                head = self._text[span.start_char : b].strip()
                return bool(head) and bool(self.gaz.demonym(head) or self.gaz.lookup(head))
        return False

    def _fuller_name(self, span: Span, inner: list[Span]) -> bool:
        """'Tamim bin Hamad Al Thani' over the 'Hamad Al Thani' a title rule read before ', the
        Emir': the model's person name that ends where the rule's does and adds name words
        (not a title, a country or a demonym: "Qatari Emir Tamim Al Thani")."""
        if span.label_ != PERSON or len(inner) != 1:
            return False
        r = inner[0]
        if r.label_ != PERSON or r.end != span.end or span.start >= r.start:
            return False
        for t in span.doc[span.start : r.start]:
            if t.lower_ in self.rules.name_particles:
                continue
            if not t.text[:1].isupper() or _inside(t, self._in_title):
                return False
            if self.gaz.demonym(t.text) or self.gaz.lookup(t.text) is not None:
                return False
        return True

    def _name_before(self, doc: Doc, start: int, other: set[int]) -> int:
        """Start of up to two capitalised words before a one-word body name that make it a
        longer name of its own; ``start`` when there are none. Not a country ("US
        Congress"), a date, a title, a function word or the possessive of a name."""
        first = start
        while first > 0 and start - first < 2:
            t = doc[first - 1]
            if (
                not (t.is_alpha and t.is_title)
                or t.is_stop
                or t.whitespace_ != " "
                or first - 1 in other
                or t.text in _CALENDAR
                or _inside(t, self._in_title)
                or t.lower_ in self.rules.honorifics
                or (t.is_sent_start and t.lower_ in self._opening_words)
            ):
                break
            entry = self.gaz.lookup(t.text)
            if entry is not None and entry.cls in (COUNTRY, REGION, ORGANIZATION, GOVERNMENT):
                break
            first -= 1
        return first

    def _place_name_before(self, doc: Doc, start: int) -> int:
        """Where a place name holding a known place after a particle starts ("Mocimboa da
        Praia", "Vila do Conde"): one or two capitalised words that are no person or
        organisation of the model's, title or gazetteer name, then a lower-case name
        particle; ``start`` when none."""
        if start < 2 or doc[start - 1].text not in self.rules.name_particles:
            return start
        first = start - 1
        while first > 0 and start - 1 - first < 2:
            t = doc[first - 1]
            if not (t.is_alpha and t.is_title) or t.is_sent_start and t.is_stop:
                break
            if t.ent_type_ in ("PERSON", "ORG", "Person", "Organization"):
                break  # "Lula da Silva", "Universidade de Lisboa"
            if _inside(t, self._in_title) or self.gaz.lookup(t.text):
                break
            first -= 1
        return first if first < start - 1 else start

    def _longer_body_name(self, span: Span, inner: list[Span]) -> bool:
        """'Nepali Congress', 'Social Democrats', 'Sweden Democrats' are not 'Congress' or
        'Democrats': the model's organisation name that puts capitalised words (not a
        country alone: "US Congress" is Congress) before a one-word gazetteer body."""
        if span.label_ not in (ORGANIZATION, GOVERNMENT) or len(inner) != 1:
            return False
        r = inner[0]
        if len(r) != 1 or r.label_ not in (ORGANIZATION, GOVERNMENT) or r.end != span.end:
            return False
        head = span.doc[span.start : r.start]
        if not len(head) or not all(t.is_alpha and t.text[:1].isupper() for t in head):
            return False
        entry = self.gaz.lookup(head.text)
        return entry is None or entry.cls not in (COUNTRY, REGION)

    def _person_named_like_a_town(self, span: Span, inner: list[Span]) -> bool:
        """'Victoria Nuland', 'Salvador Illa': the model's two- or three-word person name whose
        first word alone is a gazetteer town or region (not a country) and whose other words
        are capitalised and no gazetteer name, demonym or title."""
        if span.label_ != PERSON or not 2 <= len(span) <= 3 or len(inner) != 1:
            return False
        r = inner[0]
        if r.label_ != REGION or len(r) != 1 or r.start != span.start or r.end > span.end:
            return False
        for t in span.doc[r.end : span.end]:
            if not (t.is_alpha and t.text[:1].isupper()) or _inside(t, self._in_title):
                return False
            if self.gaz.lookup(t.text) is not None or self.gaz.demonym(t.text):
                return False
            if t.lower_ in self.rules.place_features:
                return False  # "Victoria Falls"
        return True

    def _longer_place_name(self, span: Span, inner: list[Span]) -> bool:
        """'Northern Ireland', 'South Ossetia', 'West Papua': the model's place name that puts
        one or two capitalised words of its own (no stop word, demonym, title or date) before
        a known country or place is another place; a longer name is never cut to the country
        inside it."""
        if span.label_ != REGION or len(inner) != 1:
            return False
        r = inner[0]
        if (
            r.end != span.end
            or r.label_ not in (COUNTRY, REGION)
            or not 1 <= r.start - span.start <= 2
        ):
            return False
        for t in span.doc[span.start : r.start]:
            if (
                not (t.is_alpha and t.is_title)
                or t.is_stop
                or t.text in _CALENDAR
                or t.lower_ in self.rules.honorifics
                or _inside(t, self._in_title)
                or self.gaz.demonym(t.text) is not None
                or self.gaz.lookup(t.text) is not None
            ):
                return False
        return True

    def _place_runs_on(self, span: Span, inner: list[Span]) -> bool:
        """'the Sulu Sea', 'the Okavango Delta', 'Sarstoon Island', 'the Suez Canal Economic
        Zone': the model's place name that runs on with one to three capitalised words (no stop
        word, demonym or date) after a known place is another place."""
        if span.label_ != REGION or len(inner) != 1:
            return False
        r = inner[0]
        if r.start != span.start or r.label_ not in (COUNTRY, REGION):
            return False
        if not 1 <= span.end - r.end <= 3:
            return False
        tail = span.doc[r.end : span.end]
        if self.gov_words.search(tail.text):
            return False  # "the United States Coast Guard": a body
        return all(
            t.is_alpha
            and t.is_title
            and not t.is_stop
            and t.text not in _CALENDAR
            and t.lower_ not in self._org_body_words
            and t.lower_ not in self._body_tails
            and t.lower_ not in self._agreement_heads  # "the Dar es Salaam Framework …"
            and self.gaz.demonym(t.text) is None
            for t in tail
        )

    def _political_adjective(self, span: Span) -> bool:
        """One word with an adjective ending (``adjective_endings``: "Peronist", "Chavista")
        before a lower-case word: it describes, it names no one."""
        if len(span) != 1 or span.end >= len(span.doc) or self.gaz.lookup(span.text):
            return False
        nxt = span.doc[span.end]
        word = span.text.lower()
        return (
            nxt.is_alpha
            and nxt.is_lower
            and any(word.endswith(e) and len(word) > len(e) + 3 for e in _adjective_endings())
        )

    def _non_state(self, text: str) -> bool:
        """A name with a government word that is a party or an armed group: a word of
        non_state_words.txt in it ("National Liberation Army"), or a demonym before
        "Congress" ("Nepali Congress"; the "Indian Army" is the state's)."""
        words = text.split()
        if any(w.lower() in self.rules.non_state_words for w in words):
            return True
        return (
            len(words) > 1
            and self.gaz.demonym(words[0]) is not None
            and self.gaz.lookup(words[0]) is None
            and {m.group(0) for m in self.gov_words.finditer(text)} == {"Congress"}
        )

    def _name_word_before(self, doc: Doc, span: Span, ents: list[Span]) -> Span:
        """'signed by Beatriz Alfaro', 'Lieutenant General Zaw Min Htike': a given name
        (given_names.txt) the model left before its person, after a word in lower case, a
        punctuation mark or a title, is the person's first name (not when it is also a title,
        honorific, particle, place, demonym, body or month word, nor the first word of a
        sentence)."""
        if span.label_ != PERSON or not span.id_.startswith("model:") or span.start < 2:
            return span
        t, p = doc[span.start - 1], doc[span.start - 2]
        if (
            not (t.is_alpha and t.is_title)
            or t.is_sent_start
            or any(e.start <= t.i < e.end for e in ents)
        ):
            return span
        low = t.lower_
        if (
            low not in self.rules.given_names
            or low in self._org_words
            or low in self._not_person_words
            or low in self.rules.non_name_words
            or low in self.rules.place_nouns
            or low in self.rules.place_features
            or low in self.rules.honorifics
            or low in self.rules.name_particles
            or t.text in _CALENDAR
            or t.is_stop
            or self.rules.role(t.text) is not None
            or self.gaz.lookup(t.text)
            or self.gaz.demonym(t.text)
            or self.gov_words.search(t.text)
        ):
            return span
        after_title = (p.is_title and p.lower_ in self.rules.honorifics) or any(
            self.rules.role(w) is not None
            for k in range(1, min(5, p.i + 1) + 1)
            for text in [doc[p.i - k + 1 : p.i + 1].text]
            for w in (text, text.removesuffix("s"))  # "Foreign Ministers A and B"
        )
        if not (p.is_lower or p.is_punct or after_title):
            return span
        return Span(doc, t.i, span.end, label=PERSON, span_id=span.id_)

    def _people_listed(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """'signed by Kabo Molefe, Selma Nangolo and Mwila Banda': a name of two or three
        capitalised words the model calls an organisation, listed after two people ("A, B and
        C"), is a person too, when none of its words is a body, place, country or demonym
        word."""
        ents = sorted(ents, key=lambda e: e.start)
        out = list(ents)
        for k in range(2, len(ents)):
            e, b, a = ents[k], ents[k - 1], ents[k - 2]
            if e.label_ != ORGANIZATION or not e.id_.startswith("model:"):
                continue
            if a.label_ != PERSON or b.label_ != PERSON:
                continue
            seps = [doc[a.end : b.start].text, doc[b.end : e.start].text]
            if seps[0] != "," or seps[1] not in ("and", ", and"):
                continue
            words = [t for t in e if t.text != "-"]
            if not 2 <= len(words) <= 3 or not all(t.is_alpha and t.is_title for t in words):
                continue
            if (
                any(
                    t.lower_ in self._org_words
                    or t.lower_ in self.rules.place_features
                    or t.lower_ in self.rules.place_nouns
                    or t.lower_ in self.rules.non_name_words
                    or self.gaz.lookup(t.text)
                    or self.gaz.demonym(t.text)
                    for t in words
                )
                or self.gov_words.search(e.text)
                or self.gaz.lookup(e.text)
            ):
                continue
            out[k] = Span(doc, e.start, e.end, label=PERSON, span_id="rule:propagate")
        return out

    def _closing_town(self, doc: Doc, j: int, ents: list[Span]) -> bool:
        """Token ``j`` is a one-word place entity with no name word after it."""
        place = next((e for e in ents if e.start == j), None)
        after = doc[j + 1] if j + 1 < len(doc) else None
        return (
            place is not None
            and len(place) == 1
            and place.label_ == REGION
            and (after is None or not (after.is_title or after.lower_ in self.rules.name_particles))
        )

    def _given_name(self, span: Span) -> bool:
        """'Tomislav Babic', 'Priyanthi Senanayake': the model's organisation or place of two to
        four capitalised words that opens with a given name (given_names.txt) and has no word
        of a body, a place, a country or a demonym is a person."""
        words = [t for t in span if t.text != "-"]
        if not 2 <= len(words) <= 4 or words[0].lower_ not in self.rules.given_names:
            return False
        if len(span.text.split()) < 2:
            return False  # "Vladimir-Suzdal", "Rudolf-Virchow-Krankenhaus": one hyphenated word
        for t in words:
            if not (t.is_alpha and t.is_title):
                return False
            low = t.lower_
            if low in self._org_words or low in self.rules.place_features:
                return False
            if low in self.rules.place_nouns or low in self.rules.non_name_words:
                return False
            if low in self._not_person_words:
                return False
            if t.i > span.start and (self.gaz.lookup(t.text) or self.gaz.demonym(t.text)):
                if not self._town_surname(t, words):
                    return False
        return self.gaz.lookup(span.text) is None and not self.gov_words.search(span.text)

    def _town_surname(self, t: Token, words: list[Token]) -> bool:
        """'Lagos' in "Rodrigo Echeverría Lagos": the last of three or more name words may be a
        town's name (a second surname often is one); never a country's or a demonym."""
        entry = self.gaz.lookup(t.text)
        return (
            t.i == words[-1].i
            and len(words) >= 3
            and entry is not None
            and entry.cls == REGION
            and not self.gaz.demonym(t.text)
        )

    def _given_name_runs(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """'… takes over from Ana Torres, a lawyer': two to four capitalised words no entity
        covers, opening with a given name (given_names.txt) after a word in lower case and
        closed by one, none a body, place, country or demonym word, name a person (not in a
        headline set in title case)."""
        covered = {i for e in ents for i in range(e.start, e.end)}
        out: list[Span] = []
        n = len(doc)
        i = 0
        while i < n:
            t = doc[i]
            if (
                i in covered
                or t.lower_ not in self.rules.given_names
                or not (t.is_alpha and t.is_title)
                or (i > 0 and doc[i - 1].is_title and not t.is_sent_start)
            ):
                i += 1
                continue
            j = i + 1
            while j < n and j - i < 6 and j not in covered:
                w = doc[j]
                if w.text == "-" and j + 1 < n and doc[j + 1].is_title:
                    j += 2
                    continue
                if not (w.is_alpha and w.is_title):
                    break
                j += 1
            # "Rodrigo Echeverría Lagos was sworn in": a town the model found closes the name
            if j < n and j in covered and j - i >= 2 and self._closing_town(doc, j, ents):
                j += 1
            span = doc[i:j]
            if (
                j < n and (doc[j].is_title or doc[j].lower_ in self.rules.name_particles)
            ) or not self._given_name(span):
                i = j
                continue
            if _title_case_line(self._text, t.idx) or _inside(t, self._in_title):
                i = j
                continue
            out.append(Span(doc, i, j, label=PERSON, span_id="rule:given_name"))
            i = j
        return out

    def _plain_name(self, text: str) -> bool:
        """No word a country, place, demonym, body or party word ("led by Kenyan Police")."""
        if self.gov_words.search(text):
            return False
        for w in text.split():
            if w.lower() in _PARTY_HEADS or self.gaz.demonym(w) or self.gaz.lookup(w):
                return False
        return self.gaz.lookup(text) is None

    def _particle_after(self, span: Span) -> Span:
        """'Joris ter Horst', 'Karl-Johan af Klercker': the surname after a lower-case name
        particle the model left out of the name (one or two particles, then capitalised
        words of no other entity, in the same sentence)."""
        doc, end = span.doc, span.end
        j = end
        while (
            j < len(doc)
            and j - end < 2
            and doc[j].is_lower
            and doc[j].lower_ in self.rules.name_particles
        ):
            j += 1
        if j == end:
            return span
        k = j
        while k < len(doc) and (
            (doc[k].is_title and doc[k].is_alpha and not doc[k].is_sent_start)
            or (doc[k].text == "-" and k + 1 < len(doc) and doc[k + 1].is_title and k > j)
        ):
            if doc[k].ent_type_ and doc[k].ent_type_ != PERSON:
                break
            if self.gaz.lookup(doc[k].text) is not None or self.gaz.demonym(doc[k].text):
                break
            k += 1
        if k == j or doc[k - 1].text == "-":
            return span
        return Span(doc, span.start, k, label=span.label_, span_id=span.id_)

    def _particle_before(self, span: Span) -> Span:
        """'Le Thi Hoa', 'De Wever': a capitalised name particle the model left before the name;
        'Ahmedou Ould Mohamed …', 'Mariem Mint Mohamed …': a "son/daughter of" particle with
        the given name before it."""
        doc, start = span.doc, span.start
        while (
            start > 0
            and doc[start - 1].text[:1].isupper()
            and _unaccented(doc[start - 1].lower_) in self.rules.name_particles
            and not doc[start - 1].is_sent_start
        ):
            start -= 1
        while (
            start > 1
            and doc[start - 1].is_title
            and doc[start - 1].lower_ in self.rules.patronymic_particles
            and doc[start - 2].is_title
            and doc[start - 2].is_alpha
            and not doc[start - 2].is_stop
            and not _inside(doc[start - 2], self._in_title)
            and self.gaz.lookup(doc[start - 2].text) is None
            and self.rules.role(doc[start - 2].text) is None
        ):
            start -= 2
        return doc[start : span.end]

    def _person_of_country(self, span: Span, found: list[Span]) -> Span | None:
        """'Presidents A of Malawi and Armando Nhantumbo of Mozambique': the model's
        organisation "<two or three name words> of <country>" after a title word, or after
        "and" that follows a person, is the person (the country is read on its own)."""
        words = [t.lower_ for t in span]
        if "of" not in words or not 2 <= words.index("of") <= 3:
            return None
        cut = span.start + words.index("of")
        rest = span.doc[cut + 1 : span.end]
        if rest and rest[0].lower_ == "the":
            rest = rest[1:]
        entry = self.gaz.lookup(rest.text) if len(rest) else None
        name = span.doc[span.start : cut]
        if entry is None or entry.cls != COUNTRY or not all(t.is_title for t in name):
            return None
        if any(t.lower_ in self._org_words or self.gaz.lookup(t.text) for t in name):
            return None
        before = span.doc[span.start - 1] if span.start else None
        after_title = before is not None and (
            before.lower_ in self._title_words or before.lower_.rstrip("s") in self._title_words
        )
        after_person = (
            before is not None
            and before.lower_ == "and"
            and any(f.label_ == PERSON and f.end in (span.start - 3, span.start - 1) for f in found)
        )
        # "signed by the two energy ministers, A of Romania and B of Moldova"
        after_titles = (
            before is not None
            and before.text == ","
            and span.start >= 2
            and span.doc[span.start - 2].lower_.rstrip("s") in self._title_words
        )
        return name if after_title or after_person or after_titles else None

    def _first_name_before(self, span: Span) -> Span:
        """'Vera Lúcia Bumba' when the model took 'Lúcia Bumba': a proper noun that opens the
        sentence or a clause, or follows a lower-case word, right before a name of two or
        more words (or of one word, when it opens the sentence or a clause: "Curtis Ramdass
        moves …"), is its first name (not a title, a place, a demonym, a month or a day)."""
        doc, start = span.doc, span.start
        if start == 0:
            return span
        tok = doc[start - 1]
        opens = tok.is_sent_start or doc[start - 2].text in {",", ";", "(", '"', "“"}
        if len(span) < 2 and not (opens and tok.ent_type_ == ""):
            return span  # "Curtis Ramdass moves …", ", Stelios Kountouris takes over": one surname
        # "takes over from Héctor Gamarra Luna": after a lower-case word too, before two words
        after_word = (
            len(span) >= 2 and start >= 2 and doc[start - 2].is_lower and doc[start - 2].is_alpha
        )
        if not ((opens or after_word) and tok.pos_ == "PROPN" and tok.is_title and tok.is_alpha):
            return span
        if (
            tok.lower_ in self.rules.non_name_words
            or tok.lower_ in self.rules.honorifics
            # the model may call a lone first name an organisation or a place ("Esteban"
            # Solís Araya, "Natalia" Cifuentes Rendón); a known place is checked below
            or (
                tok.ent_type_ not in ("", "PERSON")
                and not any(_lone(tok, label) for label in ("ORG", "GPE", "LOC"))
            )
            or self.gaz.lookup(tok.text) is not None
            or self.gaz.demonym(tok.text) is not None
            or tok.lower_ in self._title_words
            or tok.text in _CALENDAR
            or self._portfolio_slot(tok)
        ):
            return span
        return doc[start - 1 : span.end]

    def _portfolio_slot(self, tok: Token) -> bool:
        """``tok`` stands right after a title and "for" or "of", where a portfolio goes
        ("Commissioner for Enlargement Zuzana X"), not a first name."""
        return any(
            e < tok.idx and _PORTFOLIO_GAP.fullmatch(self._text, e, tok.idx)
            for _, e in self._in_title
        )

    def _whole_ministry(self, doc: Doc, span: Span) -> Span:
        """'Ministry of Works and Transport', 'Ministry of Trade, Industry and Tourism' when a
        name stopped at the first portfolio: the name runs on over ", and" and capitalised
        portfolio words (``portfolio_words.txt``)."""
        if span.label_ != GOVERNMENT or not re.match(r"(?:Ministry|Department) of ", span.text):
            return span
        end = span.end
        while end + 1 < len(doc) and doc[end].text in (",", "and"):
            k = end + 1 + (doc[end].text == "," and doc[end + 1].lower_ == "and")
            m = k
            while (
                m < len(doc)
                and doc[m].text[:1].isupper()
                and doc[m].lower_ in self.rules.portfolio_words
            ):
                m += 1
            if m == k:
                break
            end = m
        if end == span.end:
            return span
        return Span(doc, span.start, end, label=span.label_, kb_id=span.kb_id_, span_id=span.id_)

    def _portfolio_in_title(self, span: Span) -> bool:
        """A name inside a written-out office after its first word, made only of portfolio
        words ("Labour" in "Cabinet Secretary for Labour")."""
        words = {w.lower() for w in re.findall(r"[\w-]+", span.text)}
        if self._text[max(0, span.start_char - 4) : span.start_char].lower() == "the ":
            return False  # "Minister of State for the Commonwealth": a body
        return (
            bool(words)
            and words <= self.rules.portfolio_words
            and any(b < span.start_char and span.end_char <= e for b, e in self._in_title)
        )

    def _title_of(self, span: Span) -> bool:
        """An office written out ("Minister of Industry and Trade"): no organisation."""
        m = self.titles_re.match(self._text, span.start_char)
        return (
            m is not None
            and re.match(r"\s+(?:of|for)\s", self._text[m.end() : span.end_char]) is not None
        )

    def _named_organisation(self, span: Span) -> bool:
        """A name the model typed Person that the text calls a party or organisation."""
        if not all(t.text[:1].isupper() for t in span):
            return False
        if len(span) > 1 and span[-1].lower_ in self.rules.org_name_words:
            return True  # "Kosmos Energy", "Qatar Airways"
        text = self._text
        before = text[max(0, span.start_char - 30) : span.start_char]
        return bool(
            self.org_before_re.search(before) or self.org_after_re.match(text, span.end_char)
        )

    def _leader_of_party(self, span: Span) -> bool:
        """ "Milei's party", "Orbán's government": a name no gazetteer knows, with no body word,
        that owns a party or a government is a person's."""
        doc = span.doc
        if span.end + 1 >= len(doc) or doc[span.end].lower_ not in ("'s", "’s"):
            return False
        if doc[span.end + 1].lower_ not in ("party", "government", "administration", "cabinet"):
            return False
        if self.gaz.lookup(span.text) is not None or self.gaz.demonym(span.text) is not None:
            return False
        return not any(t.lower_ in self.rules.non_name_words for t in span)

    def _named_place(self, span: Span) -> bool:
        """'the Arbob palace', 'the Toktogul reservoir': a name the model typed Person right
        before a lower-case place noun (place_nouns.txt), with no title before it."""
        doc = span.doc
        if span.end >= len(doc) or not doc[span.end].is_lower:
            return False
        if doc[span.end].lower_ not in self.rules.place_nouns:
            return False
        return span.start == 0 or self.rules.role(doc[span.start - 1].text) is None

    def __call__(self, doc: Doc) -> Doc:
        spans: list[Span] = []
        self._text = doc.text  # Doc.text joins every token: read it once per document
        self._lower_words_cache = None
        # Words of a title are not names of their own ("Treasury" in "Treasury Secretary").
        in_title = self._in_title = [
            (m.start(), m.end()) for m in self.titles_re.finditer(self._text)
        ]
        # 1. The model's entities, mapped to schema classes, trimmed, filtered.
        for ent in doc.ents:
            cls = _MODEL_LABELS.get(ent.label_)
            if cls is None:
                continue
            span = _trim(ent)
            if (
                span is not None
                and len(span) > 1
                and span[0].is_sent_start
                and span[0].lower_ in self._opening_words
            ):
                span = span[1:]  # "Unlike NATO, it can act …": the sentence's opening word
            if span is not None and cls in (PERSON, ORGANIZATION, REGION):
                span = self._cut_at_title(span)
            if span is not None and cls in (PERSON, ORGANIZATION):
                # "European Commissioner for Energy Lars Holmgaard": the model's name opens
                # with the title's portfolio; the name is what follows it
                span = self._after_portfolio(span)
            if span is not None and cls in (ORGANIZATION, GOVERNMENT, REGION):
                span = self._cut_before_place(span)
            if span is not None and cls == ORGANIZATION:
                named = self._person_of_country(span, spans)
                if named is not None:
                    span, cls = named, PERSON
            if span is not None and cls == ORGANIZATION:
                span = _to_acronym(_organisation_words(span))
                span = self._of_country_after(span) if span is not None else None
            if (
                span is not None
                and cls in (ORGANIZATION, REGION)
                and len(span) >= 3
                and span[0].lower_ in self.rules.honorifics
                and self._given_name(span[1:])
            ):
                span, cls = span[1:], PERSON  # "Archbishop Ramón Ozoria", read as a body
            if (
                span is not None
                and cls in (ORGANIZATION, REGION)
                and (self._titled_person(span) or self._leader_of_party(span))
            ):
                cls = PERSON
            elif span is not None and cls in (ORGANIZATION, REGION) and self._given_name(span):
                cls = PERSON
            elif span is not None and cls in (ORGANIZATION, REGION) and self._ranked_name(span):
                cls = PERSON
            elif span is not None and cls == PERSON and self._named_organisation(span):
                cls = ORGANIZATION
            elif span is not None and cls == PERSON and self._named_place(span):
                cls = REGION
            if span is not None and cls == PERSON:
                span = self._trim_person(self._first_name_before(self._particle_before(span)))
                span = self._particle_after(span) if span is not None else None
            if span is None or not self._keep(span.text):
                continue
            if (len(span) > 1 or cls != PERSON) and all(
                t.lower_ in self.rules.honorifics or t.lower_ in _RANK_PREFIXES for t in span
            ):
                continue  # "Rear Admiral" alone: a rank, no name; "Bishop" is no body
            if any(b <= span.start_char and span.end_char <= e for b, e in in_title):
                continue
            if cls in (ORGANIZATION, GOVERNMENT) and (
                self._demonym_before_title(span) or self._title_of(span)
            ):
                continue  # "Philippine Defense" (Secretary X), "Minister of Industry and Trade"
            if cls == PERSON and self._demonym_before_title(span):
                continue  # "Nigerien Energy" (Minister X) is no person
            if (
                cls in (PERSON, ORGANIZATION, REGION)
                and (self.gaz.demonym(span.text) or span.text in self.rules.ambiguous_demonyms)
                and self.gaz.lookup(span.text) is None
            ):
                continue  # "Tigrayan" forces, "Slovak" President X: an adjective, not a name
            if cls in (ORGANIZATION, REGION) and self._political_adjective(span):
                continue  # "Peronist lawmakers", "Chavista officials"
            if cls == ORGANIZATION and self.gov_words.search(span.text):
                cls = ORGANIZATION if self._non_state(span.text) else GOVERNMENT
            if cls == AGREEMENT and not _AGREEMENT_WORDS.search(span.text):
                continue
            if self._country_compound(span.text) or (cls == REGION and span[-1].pos_ == "ADJ"):
                continue  # "U.S.-Japan" modifies a noun; "South East Asian" is an adjective
            spans.append(Span(doc, span.start, span.end, label=cls, span_id=f"model:{ent.label_}"))
        spans = self._whole_names(doc, spans)
        # 2. Rule spans: gazetteer phrases, body patterns, persons after titles.
        rule_spans: list[Span] = []
        other = {i for e in doc.ents if e.label_ in _NUMERIC for i in range(e.start, e.end)}
        for match_id, start, end in self.phrases(doc):
            span = doc[start:end]
            if not span.text[0].isupper() and not span.text[0].isdigit():
                continue  # "us", "china" in lower case are not the country
            entry = self.gaz.get(doc.vocab.strings[match_id])
            if (
                entry.cls == REGION
                and start >= 2
                and doc[start - 1].text in ("-", "–")
                and not doc[start - 1].whitespace_
                and not doc[start - 2].whitespace_
                and doc[start - 2].text[:1].isalpha()
                and not (
                    rule_spans
                    and rule_spans[-1].end == start - 1
                    and rule_spans[-1].label_ in (REGION, COUNTRY)
                )
            ):
                continue  # "Al-Sabah", "the Hatton-Rockall seabed": the tail of another name
                # (not "the Dar es Salaam–Kigali railway": a route between two known places)
            if entry.cls in (ORGANIZATION, GOVERNMENT) and self._portfolio_in_title(span):
                continue  # "Minister of State for Labour": a portfolio, not the Labour party
            if (end - start == 1 and entry.cls in (ORGANIZATION, GOVERNMENT)) or (
                end - start > 1 and entry.cls == ORGANIZATION
            ):
                first = self._name_before(doc, start, other)
                if end - start > 1 and first < start and self.gaz.demonym(doc[first].text):
                    first = start  # "the Kenyan People's Party" may be the party in Kenya
                if first < start:  # "Social Democrats", "Nepali Congress", "Social
                    # Democratic Party" (not the "Democratic Party" inside): another body
                    name = doc[first:end].text
                    label = ORGANIZATION if self._non_state(name) else entry.cls
                    rule_spans.append(
                        Span(doc, first, end, label=label, span_id="ruler:longer_name")
                    )
                    continue
            if (
                entry.cls == ORGANIZATION
                and end < len(doc)
                and doc[end].is_title
                and doc[end].lower_ in self._org_body_words
                and self.gaz.lookup(doc[start : end + 1].text) is None
            ):
                # "the ECCAS Commission": a body of the organisation, named as one; "the OSCE
                # Mission to Bosnia and Herzegovina" with the country it is sent to
                stop = end + 1
                if (
                    doc[end].lower_ == "mission"
                    and stop + 1 < len(doc)
                    and doc[stop].lower_ == "to"
                ):
                    stop = self._country_end(doc, stop + 1) or stop
                rule_spans.append(
                    Span(doc, start, stop, label=ORGANIZATION, span_id="ruler:longer_name")
                )
                continue
            if entry.cls == REGION:
                first = self._place_name_before(doc, start)
                if first < start:  # "Mocimboa da Praia" is no "Praia"
                    rule_spans.append(
                        Span(doc, first, end, label=REGION, span_id="ruler:longer_place")
                    )
                    continue
            rule_spans.append(
                Span(doc, start, end, label=entry.cls, kb_id=entry.id, span_id="ruler:gazetteer")
            )
        for _, start, end in self.patterns(doc):
            span = _trim(doc[start:end])
            if span is not None:
                rule_spans.append(
                    Span(doc, span.start, span.end, label=GOVERNMENT, span_id="ruler:gov_body")
                )
        for m in _NAMED_PARTY.finditer(self._text):
            span = doc.char_span(m.start(1), m.end(1), alignment_mode="contract")
            if span is not None and len(span) and self.gaz.lookup(span.text) is None:
                if self._country_compound(span.text) or self.gaz.demonym(span.text):
                    continue  # "the Kenyan party"
                rule_spans.append(
                    Span(doc, span.start, span.end, label=ORGANIZATION, span_id="ruler:party")
                )
        for m in _PARTY_NAME.finditer(self._text):
            span = doc.char_span(m.start(), m.end(), alignment_mode="contract")
            if span is not None and len(span):
                rule_spans.append(
                    Span(doc, span.start, span.end, label=ORGANIZATION, span_id="ruler:party")
                )
        for m in _PARTY_OF.finditer(self._text):
            span = doc.char_span(m.start(), m.end(), alignment_mode="contract")
            if span is None or not len(span) or self.gaz.lookup(span.text) is not None:
                continue
            first = span.start
            while first > 0 and doc[first - 1].lower_ in self._party_adjectives:
                first -= 1  # "the Democratic Party of Socialists"
            if first > 0 and doc[first - 1].is_title and not doc[first - 1].is_sent_start:
                continue  # "the Western Front for France": the party word is inside a name
            # "Communist Party of Nepal (Unified Marxist-Leninist)": a qualifier in brackets
            span = doc[first : span.end]
            if span.end < len(doc) and doc[span.end].text == "(":
                span = _organisation_words(span) or span
            if self.gaz.lookup(span.text) is not None:
                continue
            if _title_case_line(self._text, m.start()):
                continue
            longer = next(
                (
                    e
                    for e in doc.ents
                    if e.label_ == "ORG"
                    and e.start <= span.start
                    and span.end <= e.end
                    and len(e) > len(span)
                ),
                None,
            )
            if longer is not None:
                # the model's longer name ("Front for Democratic Renewal in Chad", "the
                # Democratic Party of Socialists") stands, over a shorter gazetteer name in it
                span = _trim(longer)
                if span is None or self.gaz.lookup(span.text) is not None:
                    continue
            rule_spans.append(
                Span(doc, span.start, span.end, label=ORGANIZATION, span_id="ruler:party")
            )
        for m in _COUNTRY_PARTY.finditer(self._text):
            if _title_case_line(self._text, m.start()):
                continue  # "U.S., Japan Strengthen Defense Alliance": a headline, no party
            entry = self.gaz.lookup(m.group(1))
            if entry is None or entry.cls != COUNTRY or self.gaz.lookup(m.group(0)) is not None:
                continue
            if any(
                self.gaz.demonym(w) or getattr(self.gaz.lookup(w), "cls", "") == COUNTRY
                for w in m.group(2).split()
            ):
                continue  # "Kenya Uganda Railway Union" is no party of one country
            span = doc.char_span(m.start(), m.end(), alignment_mode="contract")
            if span is not None and len(span):
                rule_spans.append(
                    Span(doc, span.start, span.end, label=ORGANIZATION, span_id="ruler:party")
                )
        rule_spans.extend(self._title_persons(doc))
        rule_spans = filter_spans([_after_owner(e) for e in rule_spans])
        # Rule spans win over overlapping model spans, unless a model span is a longer name
        # that holds a gazetteer name inside ("Bank of Japan" keeps "Japan" inside it).
        # Rule spans no longer overlap and are sorted, so the ones a span overlaps are found
        # by bisection: linear in the number of entities, not quadratic.
        r_starts = [r.start for r in rule_spans]
        r_ends = [r.end for r in rule_spans]
        dropped: set[int] = set()
        kept: list[Span] = []
        for span in spans:
            lo, hi = bisect_right(r_ends, span.start), bisect_left(r_starts, span.end)
            overlaps = rule_spans[lo:hi]
            if not overlaps:
                kept.append(span)
            elif (
                (
                    span.label_ in (ORGANIZATION, GOVERNMENT, AGREEMENT)
                    and all(span.start <= r.start and r.end <= span.end for r in overlaps)
                    and all(r.label_ in (COUNTRY, REGION) for r in overlaps)
                    and _has_own_words(span, overlaps, self.rules.generic_words)
                )
                or _body_of_words(span, overlaps)
                or _place_of_place(span, overlaps, self.rules.place_features)
                or self._longer_place_name(span, overlaps)
                or self._place_runs_on(span, overlaps)
                or self._fuller_name(span, overlaps)
                or self._longer_body_name(span, overlaps)
                or self._person_named_like_a_town(span, overlaps)
            ):
                dropped.update(range(lo, hi))
                kept.append(span)
            elif (
                span.label_ in (ORGANIZATION, GOVERNMENT)
                and len(overlaps) == 1
                and overlaps[0].label_ == PERSON
                and overlaps[0].end == span.end
                and overlaps[0].start - span.start >= 1
                and doc[overlaps[0].start - 1].lower_ in self.rules.non_name_words
            ):
                # "the Cabinet of Ministers Batyr Orazgeldiyev": the body, then the person
                kept.append(Span(doc, span.start, overlaps[0].start, label=span.label_))
        final = [r for i, r in enumerate(rule_spans) if i not in dropped] + kept
        final = filter_spans([self._whole_ministry(doc, e) for e in filter_spans(final)])
        final = self._features_of_places(doc, final)
        final = self._facilities(doc, final)
        # "Anand moves to Global Affairs": a lone word the model alone calls a place or an
        # organisation is the person whose surname it is.
        surnames = {self._surname(e).text for e in final if e.label_ == PERSON and len(e) > 1}
        surnames |= {f for e in final if e.label_ == PERSON and (f := self._first_surname(e))}
        final = self._two_surnames(doc, final)
        # "Before leaving for Yerevan, Gelashvili spoke": the model's name over a comma that
        # ends in a surname is the person after the comma
        final = [
            Span(doc, e.end - 1, e.end, label=PERSON, span_id="rule:propagate")
            if e.label_ != PERSON
            and len(e) > 2
            and e[-2].text == ","
            and e.id_.startswith("model:")
            and e[-1].text in surnames
            else e
            for e in final
        ]
        # "Quispe Mamani" of "Rodrigo Quispe Mamani": a double surname the model calls a body
        doubles = {d for e in final if e.label_ == PERSON and (d := _double_surname(e))}
        final = [
            Span(doc, e.start, e.end, label=PERSON, span_id="rule:propagate")
            if e.label_ != PERSON
            and e.id_.startswith("model:")
            and ((len(e) == 1 and e.text in surnames) or e.text in doubles)
            else e
            for e in final
        ]
        # "Ana Lucía Barrios Monterroso": a name that took one given name may take a second
        named = [self._name_word_before(doc, e, final) for e in final]
        final = [
            self._name_word_before(doc, n, named) if n.start < e.start else n
            for e, n in zip(final, named, strict=True)
        ]
        final = self._people_listed(doc, final)
        final = filter_spans(final + self._given_name_runs(doc, final))
        final = self._first_names(doc, final)
        extra = self._propagate_people(doc, final) + self._propagate_acronyms(doc, final)
        extra += self._propagate_bodies(doc, final + extra)
        doc.ents = filter_spans(final + extra)
        return doc

    @property
    def _lower_words(self) -> frozenset[str]:
        """The words the document writes in lower case (read once, when needed)."""
        if self._lower_words_cache is None:
            self._lower_words_cache = frozenset(re.findall(r"\b[a-z][a-z'’-]*\b", self._text))
        return self._lower_words_cache

    def _propagate_bodies(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """An organisation's name found untagged before a title elsewhere in the document
        ("Isamaa leader Urmas Saar", where the model read the party's name as part of the
        person's); a one-word name only when the text never writes it in lower case."""
        names = {
            e.text
            for e in ents
            if e.label_ == ORGANIZATION
            and e.text[:1].isupper()
            and len(e.text) > 2
            and all(t.is_alpha or t.text in "-'’" for t in e)
            and (len(e) > 1 or e.text.lower() not in self._lower_words)
        }
        if not names:
            return []
        taken = {i for e in ents for i in range(e.start, e.end)}
        alt = "|".join(re.escape(n) for n in sorted(names, key=lambda n: (-len(n), n)))
        out = []
        for m in re.finditer(rf"(?<![\w-])(?:{alt})(?=\s)", self._text):
            if not self.titles_re.match(self._text, m.end() + 1):
                continue
            span = doc.char_span(m.start(), m.end())
            if span is not None and not any(i in taken for i in range(span.start, span.end)):
                out.append(
                    Span(doc, span.start, span.end, label=ORGANIZATION, span_id="rule:propagate")
                )
        return out

    def _features_of_places(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """'the Bay of' + 'Bengal', 'Gulf of' + 'Aden': a name ending in a feature noun and
        "of", followed at once by a place, is one place (features: place_features.txt)."""
        out: list[Span] = []
        for e in sorted(spans, key=lambda e: e.start):
            prev = out[-1] if out else None
            if (
                prev is not None
                and prev.end == e.start
                and len(prev) >= 2
                and prev[-1].lower_ == "of"
                and prev[-2].lower_ in self.rules.place_features
                and e.label_ in (REGION, COUNTRY)
            ):
                out[-1] = Span(doc, prev.start, e.end, label=REGION, span_id="rule:feature_of")
                continue
            out.append(e)
        return out

    def _facilities(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """'São Bento Palace', 'the Grand Pacific Hotel', 'Lester B. Pearson Building': a run
        of two or more capitalised words ending in a facility word (facility_words.txt) is one
        place, over the names found inside it ("Belém", "Pacific"); never when a name found
        reaches out of the run or the gazetteer knows the run ("White House")."""
        words = self.rules.facility_words
        out = spans
        for t in doc:
            if not t.is_title or t.i == 0:
                continue
            whole = f"{doc[t.i - 1].lower_} {t.lower_}" in words
            if not whole and t.lower_ not in words:
                continue
            if t.i + 1 < len(doc) and doc[t.i + 1].is_title and not doc[t.i + 1].is_sent_start:
                continue  # "Palace Museum": the name goes on
            start = t.i
            while start > 0 and not doc[start].is_sent_start:
                prev = doc[start - 1]
                if prev.is_title or _initial(prev):
                    start -= 1
                elif (
                    prev.lower_ in self.rules.name_particles
                    and start >= 2
                    and not doc[start - 1].is_sent_start
                    and doc[start - 2].is_title
                ):
                    start -= 1
                else:
                    break
            while start < t.i and doc[start].lower_ in ("the", "a", "an"):
                start += 1
            if t.i == start or _title_case_line(self._text, t.idx):
                continue
            out = self._facility_over(out, doc[start : t.i + 1])
        # "the Palais du Peuple", "Palacio de Nariño": a facility word, a particle, a name
        for t in doc:
            if not t.is_title or t.lower_ not in self._facility_heads or t.i + 2 >= len(doc):
                continue
            end = t.i + 1
            while end < len(doc) and doc[end].lower_ in self._facility_joins and doc[end].is_lower:
                end += 1
            if end == t.i + 1:
                continue
            caps = end
            while end < len(doc) and doc[end].is_title and not doc[end].is_sent_start:
                end += 1
            if end == caps or _title_case_line(self._text, t.idx):
                continue
            out = self._facility_over(out, doc[t.i : end])
        return sorted(out, key=lambda e: e.start)

    def _facility_over(self, spans: list[Span], run: Span) -> list[Span]:
        """The spans with ``run`` a place over the names found inside it; unchanged when the
        gazetteer knows the run or a name found reaches out of it."""
        if self.gaz.lookup(run.text) is not None:
            return spans
        inside = [e for e in spans if e.start < run.end and run.start < e.end]
        if any(e.start < run.start or e.end > run.end for e in inside):
            return spans
        out = [e for e in spans if not (e.start < run.end and run.start < e.end)]
        return [*out, Span(run.doc, run.start, run.end, label=REGION, span_id="rule:facility")]

    def _whole_names(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """'Anita Anand' from 'Anita' (person) and 'Anand' (a place to the model): a person name
        runs on over up to two capitalised proper nouns in the same sentence that are no
        other name (no gazetteer entry, demonym, title, date or longer model entity)."""
        other = {
            i for e in doc.ents if e.label_ not in _MODEL_LABELS for i in range(e.start, e.end)
        }
        lone = {s.start: k for k, s in enumerate(spans) if len(s) == 1 and s.label_ != PERSON}
        covered = {i for s in spans for i in range(s.start, s.end)}
        out, drop = list(spans), set()
        for k, span in enumerate(spans):
            if span.label_ != PERSON:
                continue
            end = span.end
            while end < len(doc) and end - span.end < 2:
                t, prev = doc[end], doc[end - 1]
                if (
                    prev.whitespace_ != " "
                    or t.is_sent_start
                    or not (t.is_alpha and t.is_title and t.pos_ == "PROPN")
                    or end in other
                    or (end in covered and end not in lone)
                    or _inside(t, self._in_title)
                    or t.lower_ in self.rules.honorifics
                    or self.gaz.lookup(t.text) is not None
                    or self.gaz.demonym(t.text)
                ):
                    break
                if end in lone:
                    drop.add(lone[end])
                end += 1
            if end > span.end:
                out[k] = Span(doc, span.start, end, label=PERSON, span_id=span.id_)
        return [s for k, s in enumerate(out) if k not in drop]

    def _of_country_after(self, span: Span) -> Span:
        """'the Central Reserve Bank of Peru', 'the Reserve Bank of Malawi': an organisation
        ending in a word for a body (``org_body_words``), followed by "of" and a country,
        takes the country into its name (the model often stops before "of")."""
        doc = span.doc
        end = span.end
        if (
            end + 1 >= len(doc)
            or doc[end].lower_ != "of"
            or doc[end - 1].lower_ not in self._org_body_words
        ):
            return span
        stop = self._country_end(doc, end + 2 if doc[end + 1].lower_ == "the" else end + 1)
        return Span(doc, span.start, stop, label=span.label_) if stop else span

    def _country_end(self, doc: Doc, first: int) -> int:
        """End of the longest country name (up to four tokens) starting at ``first``; 0 when
        none starts there."""
        for k in range(min(first + 4, len(doc)), first, -1):
            entry = self.gaz.lookup(doc[first:k].text)
            if entry is not None and entry.cls == COUNTRY and doc[k - 1].is_alpha:
                return k
        return 0

    def _propagate_acronyms(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """'the Ministry of Maritime Affairs (MMA)': tag every 'MMA' with the same class."""
        found: dict[str, str] = {}
        for e in ents:
            if e.label_ in (ORGANIZATION, GOVERNMENT, AGREEMENT):
                m = _ACRONYM_AFTER.match(self._text, e.end_char)
                if m and sum(c.isupper() for c in m.group(1)) >= 2:
                    found.setdefault(m.group(1), e.label_)
        if not found:
            return []
        taken = {i for e in ents for i in range(e.start, e.end)}
        out = []
        alt = "|".join(re.escape(a) for a in sorted(found))
        for m in re.finditer(rf"\b(?:{alt})\b", self._text):
            span = doc.char_span(m.start(), m.end())
            if span is not None and not any(i in taken for i in range(span.start, span.end)):
                out.append(
                    Span(doc, span.start, span.end, label=found[m.group(0)], span_id="rule:acronym")
                )
        return out

    def _two_surnames(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """'Ondo-Mba and Essomba Atangana held talks': the model's one name over "and"
        joining the short names of two people named before is the two people."""
        short: set[str] = set()
        for e in spans:
            words = e.text.split()
            if e.label_ == PERSON and len(words) > 1:
                short.add(words[-1])
                if double := _double_surname(e):  # "Essomba Atangana" of "Joseph-Marie …"
                    short.add(double)
        out: list[Span] = []
        for e in spans:
            parts = e.text.split(" and ")
            if (
                e.label_ != PERSON
                and e.id_.startswith("model:")
                and len(parts) == 2
                and all(p in short for p in parts)
            ):
                a = doc.char_span(e.start_char, e.start_char + len(parts[0]))
                b = doc.char_span(e.end_char - len(parts[1]), e.end_char)
                if a is not None and b is not None:
                    out += [
                        Span(doc, a.start, a.end, label=PERSON, span_id="rule:propagate"),
                        Span(doc, b.start, b.end, label=PERSON, span_id="rule:propagate"),
                    ]
                    continue
            out.append(e)
        return out

    def _surname(self, person: Span):
        """The word a text names a person by again: the last, or the first of a name that
        opens with a family name written first ("Park Ji-hoon": Park)."""
        words = len(person.text.split())  # "Ji-hoon" is one word of three tokens
        if words in (2, 3) and person[0].lower_ in self.rules.family_name_first:
            return person[0]
        return person[-1]

    def _first_surname(self, person: Span) -> str:
        """The first of two surnames a name of three or more words ends in, which the text may
        use alone ("Quesada" of "Isabel Quesada Arguedas"); '' when that word is a given name
        (given_names.txt: "Luis Alberto Ortiz"), a particle or short, or the name opens with
        its family name."""
        words = person.text.split()
        if len(words) < 3 or person[0].lower_ in self.rules.family_name_first:
            return ""
        w = words[-2]
        if (
            len(w) < 4
            or not w.isalpha()
            or not w[:1].isupper()
            or w.lower() in self.rules.given_names
            or w.lower() in self.rules.name_particles
        ):
            return ""
        return w

    def _first_names(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """'Bambang held talks', 'Sheikh Fahad briefed X' after "Bambang Wicaksono Hadi" and
        "Sheikh Fahad bin Jabor Al Thani": the first word of exactly one person's full name,
        used alone (the model's one-word place or organisation that is a given name, or
        untagged after an honorific), is that person; a gazetteer name stays what it is."""
        firsts: dict[str, set[str]] = defaultdict(set)
        for e in ents:
            if e.label_ == PERSON and len(e.text.split()) >= 2 and e[0].is_alpha and e[0].is_title:
                firsts[e[0].text].add(e.text)
        own = {f for f, full in firsts.items() if len(full) == 1 and self.gaz.lookup(f) is None}
        if not own:
            return ents
        # the model's one-word organisation when the word is a given name (given_names.txt:
        # "Fyllingen played" is a club); its one-word place also when the text does not set it
        # where a place stands ("the village of Roald", "in Coimbra", "the Pudu district")
        given = self.rules.given_names
        out = [
            Span(doc, e.start, e.end, label=PERSON, span_id="rule:first_name")
            if len(e) == 1
            and e.text in own
            and (
                (e.label_ == ORGANIZATION and e.text.lower() in given)
                or (e.label_ == REGION and (e.text.lower() in given or not self._placed(doc, e)))
            )
            else e
            for e in ents
        ]
        taken = {i for e in out for i in range(e.start, e.end)}
        for t in doc[1:]:
            if (
                t.text in own
                and t.i not in taken
                and doc[t.i - 1].lower_ in self.rules.honorifics
                and (t.i + 1 == len(doc) or not doc[t.i + 1].is_title)
            ):
                out.append(Span(doc, t.i, t.i + 1, label=PERSON, span_id="rule:first_name"))
        return sorted(out, key=lambda e: e.start)

    def _placed(self, doc: Doc, e: Span) -> bool:
        """A word the text sets where a place stands: after a preposition or article, or
        before a word for a kind of place ("the Pudu district")."""
        before = doc[e.start - 1].lower_ if e.start else ""
        after = doc[e.end].lower_ if e.end < len(doc) else ""
        return before in self._place_before or after in self.rules.place_features

    def _propagate_people(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """A person's full name or surname found untagged elsewhere in the document."""
        names = set()
        double: set[str] = set()  # "Tavares Lima" of "Marcelo Tavares Lima"
        for e in ents:
            # a hyphen in a given name is no lower-case word ("Mohammad-Reza Tavakoli": Tavakoli
            # again); a hyphenated surname is left whole to the model ("Asante-Mensah" is not
            # "Mensah"), though the first of two surnames before it still counts ("Kabamba")
            given_hyphen = "-" in e.text and "-" not in e.text.split()[-1]
            if (
                e.label_ == PERSON
                and len(e) > 1
                and all(t.text[:1].isupper() or t.text == "-" for t in e)
                and ("-" not in e.text or given_hyphen or self._first_surname(e))
            ):
                if "-" in e.text and not given_hyphen:
                    names.add(self._first_surname(e))
                    continue
                names.add(e.text)
                d = _double_surname(e)
                if d and all(w[:1].isupper() and w.isalpha() for w in d.split()):
                    double.add(d)
                last = self._surname(e)
                if (
                    last.is_alpha
                    and not last.is_stop
                    and (len(last.text) > 2 or last.lower_ in self.rules.family_name_first)
                ):
                    names.add(last.text)
                if first := self._first_surname(e):
                    names.add(first)
        if not names:
            return []
        taken = {i for e in ents for i in range(e.start, e.end)}
        names |= double
        alt = "|".join(re.escape(n) for n in sorted(names, key=lambda n: (-len(n), n)))
        out = []
        for m in re.finditer(rf"\b(?:{alt})\b", self._text):
            span = doc.char_span(m.start(), m.end())
            if span is None:
                continue
            if not any(i in taken for i in range(span.start, span.end)) or (
                # "Tavares Lima" over the place "Lima": the double surname of a person named
                # before, not the city
                m.group(0) in double and _covers_shorter_names(span, ents)
            ):
                out.append(Span(doc, span.start, span.end, label=PERSON, span_id="rule:propagate"))
        return out

    def _ranked_name(self, span: Span) -> bool:
        """'Air Vice Marshal Priyantha Gunawardena', 'Lieutenant General Ali Hassan': a name
        the model calls a body or a place that opens with a rank of two or more words, then
        two or more capitalised words of no body, is a person ("General Assembly" is none)."""
        doc, start = span.doc, span.start
        hons = self.rules.honorifics
        if span[0].lower_ in hons and len(span) > 1 and span[1].lower_ in hons:
            at = start + 2
        else:
            at = self._rank_end(doc, start, span.end)
            if at - start < 2:
                return False
        rest = doc[at : span.end]
        return (
            len(rest) >= 2
            and all(
                t.is_title or t.text == "-" or t.lower_ in self.rules.name_particles for t in rest
            )
            and not self.gov_words.search(rest.text)
            and not any(t.lower_ in self._org_words for t in rest)
            and self.gaz.lookup(rest.text) is None
        )

    def _rank_end(self, doc: Doc, start: int, end: int) -> int:
        """Where a rank of rank prefixes and an honorific ends ("Air Vice Marshal", "Rear
        Admiral"), if the words from ``start`` make one; 0 if not."""
        j = start
        while j < end and doc[j].lower_ in _RANK_PREFIXES:
            j += 1
        return j + 1 if j < end and doc[j].lower_ in self.rules.honorifics else 0

    def _trim_person(self, span: Span) -> Span | None:
        """Drop honorifics before and lowercase words after a name; reject non-name words."""
        start, end = span.start, span.end
        doc = span.doc
        for t in doc[start : end - 1]:
            # "Electoral Commission. Domingos Simango": a name never runs over a full stop
            # after a word (an initial or "St." may hold one)
            if t.text.endswith(".") and len(t.text) > 4 and t.text[:-1].isalpha():
                start = t.i + 1
            elif t.text == "." and t.i > start and len(doc[t.i - 1].text) > 3:
                start = t.i + 1
        for t in doc[start:end]:
            # "Before leaving for Yerevan, Gelashvili spoke": a name never runs over a comma
            # (but "Martin Luther King, Jr.")
            if (
                t.text == ","
                and t.i + 1 < end
                and doc[t.i + 1].text not in ("Jr.", "Sr.", "Jr", "Sr")
            ):
                start = t.i + 1
        while start < end:
            n = self._title_prefix(doc, start, end)
            if n:
                start += n
            elif doc[start].is_lower and doc[start].lower_ not in self.rules.name_particles:
                start += 1  # "… rang Vuković on Wednesday": the model's verb before the name
            elif doc[start].lower_ in self.rules.honorifics:
                start += 1
            elif (
                doc[start].text in ("-", "‑")
                and start > span.start
                and not doc[start - 1].whitespace_
                and start + 1 < end
                and doc[start + 1].lower_ in self.rules.honorifics
            ):
                start += 2  # "Colonel-General X", "Lieutenant-General X": the rank's second half
            elif doc[start].lower_ in _RANK_PREFIXES and (rank := self._rank_end(doc, start, end)):
                # "Major General", "Rear Admiral", "Air Vice Marshal" (John Major stays)
                start = rank
            elif (
                doc[start].lower_ in _TITLE_MODIFIERS
                and start + 1 < end
                and self._title_prefix(doc, start + 1, end)
            ):
                start += 1  # "Outgoing Taoiseach X", "Acting President X", "Former Premier X"
            else:
                break
        while end > start and not doc[end - 1].text[:1].isupper():
            if end - start > 2 and "-" in (doc[end - 1].text, doc[end - 2].text):
                if not doc[end - 2].whitespace_:
                    break  # "Lee Jae-myung": a hyphenated part stays
            end -= 1
        if start >= end or any(t.lower_ in self.rules.non_name_words for t in doc[start:end]):
            return None
        if doc[start].is_stop:  # "On Friday, the President …" is not a name
            return None
        return doc[start:end]

    def _title_prefix(self, doc: Doc, start: int, end: int) -> int:
        """Number of tokens at ``start`` that spell a title ("Prime Minister", "Presidents"),
        else 0."""
        for n in range(min(6, end - start), 0, -1):
            text = doc[start : start + n].text
            if self.rules.role(text) is not None or (
                text.endswith("s") and self.rules.role(text[:-1]) is not None
            ):
                return n
        return 0

    def _keep(self, text: str) -> bool:
        t = text.strip()
        return (
            len(t) > 1
            and any(c.isupper() for c in t)
            and not t.replace(",", "").replace(".", "").isdigit()
            and t.lower() not in self.rules.stoplist
            and "\n" not in t
        )

    def _country_compound(self, text: str) -> bool:
        parts = [p for p in re.split(r"\s*[-–/]\s*", text) if p]
        return len(parts) > 1 and all(
            (e := self.gaz.lookup(p)) is not None and e.cls == COUNTRY for p in parts
        )

    def _title_for_portfolios(self, titles: list[re.Match]) -> list[re.Match]:
        """Names after a title "for"/"of" a run of portfolio words, read on from each title
        match that has the preposition."""
        out = []
        for t in titles:
            if t["of"]:
                m = self.portfolio_run_re.match(self._text, t.end("title"))
                if m is not None and self._run_then_name(m):
                    out.append(m)
        return out

    def _run_then_name(self, m: re.Match) -> bool:
        """Whether a run of portfolio words ("Political Affairs, Peace and Security") is
        followed by a name of two or more words none of which is a portfolio word (not the
        rest of the title: "… for Cabinet Affairs, and …")."""
        name = re.findall(r"[\w'’-]+", m["rest"])
        return (
            len(name) >= 2
            and not any(w.lower() in self.rules.portfolio_words for w in name)
            # "vice president of the International Free Press Society": a body's name
            and not any(w.lower() in self._org_words for w in name)
            and not self.gov_words.search(m["rest"])
        )

    def _plural_titles(self) -> list[re.Match]:
        """'Defence ministers X of …', 'Foreign Ministers X and Y': a plural title (a title of
        the role lexicon, its last word with an "s") before a name."""
        out = []
        for m in self.plural_title_re.finditer(self._text):
            words = m.group("rest").split()
            if len(words) < 2 or any(
                w.lower() in self._org_words
                or w.lower() in self.rules.non_name_words
                or w.lower() in self._lower_words
                for w in words[:2]
            ):
                continue  # "the Foreign Ministers Meeting": no name of two words
            before = self._text[max(0, m.start() - 60) : m.start()].split()
            head = m.group("head")
            if any(
                self.rules.role(" ".join([*before[len(before) - k :], head])) is not None
                for k in range(min(3, len(before)), -1, -1)
            ):
                out.append(m)
        return out

    def _title_persons(self, doc: Doc) -> list[Span]:
        out = []
        in_title = self._in_title
        titles = list(self.title_re.finditer(self._text))
        matches = chain(
            titles,
            self._plural_titles(),
            self.counterpart_re.finditer(self._text),
            self.title_comma_re.finditer(self._text),
            self._title_for_portfolios(titles),
        )
        for m in matches:
            words = list(re.finditer(r"\S+", m.group("rest")))
            name_words = _name_after_title(
                words,
                self.gaz,
                self.rules.name_particles,
                after_of=bool(m.groupdict().get("of")),
                body_ends=self.rules.non_name_words,
                # the body's name may hold "of" ("Cabinet of Ministers"), past the name pattern
                tail=list(re.finditer(r"\S+", self._text[m.start("rest") : m.start("rest") + 90])),
            )
            if not name_words:
                continue
            b = m.start("rest") + name_words[0].start()
            e = m.start("rest") + name_words[-1].end()
            cut = _NAME_TAIL.search(self._text[b:e])
            if cut:
                e -= len(cut.group(0))
            span = _after_inner_title(doc, doc.char_span(b, e, alignment_mode="contract"), in_title)
            span = self._trim_person(span) if span is not None and len(span) else None
            if span is None or not self._keep(span.text):
                continue
            if self.gaz.lookup(span.text) is not None:
                continue
            if any(b <= span.start_char and span.end_char <= e for b, e in in_title):
                continue  # "Chancellor of the Exchequer": the rest of a longer title
            out.append(Span(doc, span.start, span.end, label=PERSON, span_id="ruler:title"))
        for m in chain(
            self.apposition_re.finditer(self._text),
            self.who_heads_re.finditer(self._text),
            (m for m in self.led_by_re.finditer(self._text) if self._plain_name(m.group("name"))),
        ):
            span = doc.char_span(m.start("name"), m.end("name"), alignment_mode="contract")
            span = _after_inner_title(doc, span, in_title)
            while (
                span is not None
                and len(span) > 1
                and (_inside(span[0], in_title) or self.gaz.demonym(span[0].text))
            ):
                # "Prime Minister Dick Schoof, a former …", "Kuwaiti Emir X, who chairs …":
                # the name only
                span = span[1:]
            if span is not None and _inside(span[-1], in_title):
                continue  # "Minister of Finance and Development Planning, X …": all title
            span = self._trim_person(span) if span is not None and len(span) else None
            if span is None or not self._keep(span.text) or self.gaz.lookup(span.text) is not None:
                continue
            if any(self.gaz.lookup(t.text) is not None for t in span):
                continue  # "Japan, Prime Minister …" lists, not a name
            out.append(Span(doc, span.start, span.end, label=PERSON, span_id="ruler:title"))
        return out


def _after_inner_title(doc: Doc, span: Span | None, in_title: list[tuple[int, int]]) -> Span | None:
    """'(the bloc's chair,) Kenyan President William Ruto': a name read after one title that
    holds another title is what follows the last title word."""
    if span is None:
        return None
    last = max((t.i for t in span if _inside(t, in_title)), default=-1)
    return doc[last + 1 : span.end] if 0 <= last < span.end - 1 else span


def _after_owner(span: Span) -> Span:
    """'Prime Minister Narek Avetisyan's Civil Contract party': a party read from a name that
    opens with a person's possessive is the words after it ("People's Party" keeps its own)."""
    if span.id_ != "ruler:party":
        return span
    cut = max(
        (
            t.i + 1
            for t in span
            if t.text in ("'s", "’s")
            and t.i > span.start
            and span.doc[t.i - 1].ent_type_ in ("PERSON", PERSON)
        ),
        default=span.start,
    )
    if cut == span.start or cut >= span.end:
        return span
    return Span(span.doc, cut, span.end, label=span.label_, span_id=span.id_)


def _initial(tok) -> bool:
    """'B.' of 'Lester B. Pearson': a capital and a full stop."""
    return len(tok.text) == 2 and tok.text[0].isupper() and tok.text[1] == "."


def _unaccented(word: str) -> str:
    """'lê' → 'le': a word without its diacritics ("Lê Văn Thành" opens with the particle
    "Le")."""
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def _double_surname(person: Span) -> str:
    """The last two words of a name of three or more ("Tavares Lima" of "Marcelo Tavares
    Lima"), '' for a shorter name."""
    words = person.text.split()
    return " ".join(words[-2:]) if len(words) >= 3 else ""


def _covers_shorter_names(span: Span, ents: list[Span]) -> bool:
    """Every entity ``span`` overlaps lies inside it, is shorter and is no person."""
    return all(
        span.start <= e.start and e.end <= span.end and e.label_ != PERSON and len(e) < len(span)
        for e in ents
        if e.start < span.end and span.start < e.end
    )


def _lone(tok, label: str) -> bool:
    """``tok`` is a one-word entity of the model's ``label``."""
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return tok.ent_type_ == label and tok.ent_iob_ == "B" and (nxt is None or nxt.ent_iob_ != "I")


@lru_cache(maxsize=1)
def _adjective_endings() -> tuple[str, ...]:
    from kg.extract.registry import lexicon

    return tuple(lexicon().get("adjective_endings", ()))


def _name_after_title(
    words: list[re.Match],
    gaz: Gazetteer,
    particles: frozenset[str] = frozenset(),
    after_of: bool = False,
    body_ends: frozenset[str] = frozenset(),
    tail: list[re.Match] | None = None,
) -> list[re.Match]:
    """The capitalised name that follows a title, skipping 'of the United States'.

    Particles stay inside the name between capitalised words ("Ursula von der Leyen").
    After "of" the words name the body ("leader of Forza Italia"): a person follows only a
    known body ("President of the United States Joe Biden") or a body's name that ends in a
    word of ``body_ends`` and is followed by two or more capitalised words ("Deputy Chairman
    of the Cabinet of Ministers Batyr Orazgeldiyev"). Without "of" a leading place name is
    the person's own ("Vox leader Santiago Abascal").
    """
    if after_of:
        for k in range(len(words), 0, -1):
            head = " ".join(w.group(0) for w in words[:k]).rstrip(",;:")
            if gaz.lookup(head) is not None:
                words = words[k:]
                break
        else:
            words = _after_body(tail if tail is not None else words, body_ends, gaz)
            if not words:
                return []
    name: list[re.Match] = []
    capitals = 0
    for i, w in enumerate(words):
        token = w.group(0)
        stem = token.split("-", 1)[1] if "-" in token and token.split("-")[0] in particles else ""
        if not token[0].isupper() and not stem[:1].isupper():
            nxt = words[i + 1].group(0) if i + 1 < len(words) else ""
            if name and token in particles and nxt[:1].isupper() or (nxt in particles and name):
                name.append(w)
                continue
            break
        name.append(w)
        capitals += 1
        if token.endswith((",", ";", ":", "’s", "'s")) or capitals == 5:
            break
        if token.endswith(".") and len(token) > 3 and token not in ("Jr.", "Sr."):
            break  # a sentence ends after the name ("… Geraldo Alckmin. Gleisi …")
    while name and name[-1].group(0) in particles:
        name.pop()
    return name


def _after_body(words: list[re.Match], body_ends: frozenset[str], gaz: Gazetteer) -> list[re.Match]:
    """The words after a body's name that ends in a body word ("Cabinet of Ministers",
    "National Assembly"), when two or more capitalised words follow with no body word or
    gazetteer name among them ("Bank Negara Malaysia" goes on with the body's name); []
    otherwise."""
    for k, w in enumerate(words[:8]):
        token = w.group(0)
        if token.endswith((",", ";", ":", ".")):
            return []
        if not token[:1].isupper() and token not in ("of", "for", "and", "the"):
            return []
        # the body word closes a name of two or more words ("Club Atlético X" opens one)
        if k >= 1 and token.lower() in body_ends:
            rest = words[k + 1 : k + 5]
            caps = 0
            for r in rest:
                t = r.group(0).rstrip(",;:.")
                if not t[:1].isupper() or t.lower() in body_ends:
                    break
                if gaz.lookup(t) is not None or gaz.demonym(t) is not None:
                    caps = 0
                    break
                caps += 1
            if caps >= 2:
                return words[k + 1 :]
    return []


def _body_of_words(span: Span, inner: list[Span]) -> bool:
    """'Congress of Deputies' is not 'Congress': a one-word gazetteer body name followed, in
    the model's longer organisation name, by 'of' and capitalised words."""
    if span.label_ not in (ORGANIZATION, GOVERNMENT) or len(inner) != 1:
        return False
    r = inner[0]
    return (
        len(r) == 1
        and r.start == span.start
        and r.label_ in (ORGANIZATION, GOVERNMENT)
        and span.end - r.end >= 2
        and span.doc[r.end].lower_ == "of"
        and span.doc[span.end - 1].text[:1].isupper()
    )


def _organisation_words(span: Span) -> Span | None:
    """An organisation's own words: a hyphenated capitalised part the model left out
    ("GroenLinks-PvdA"), without lower-case nouns after the name ("National Rally group")."""
    doc = span.doc
    start, end = span.start, span.end
    while (
        end + 1 < len(doc)
        and doc[end].text in ("-", "–")
        and not doc[end - 1].whitespace_
        and not doc[end].whitespace_
        and doc[end + 1].text[:1].isupper()
    ):
        end += 2
    while end - start > 1 and doc[end - 1].is_lower and doc[end - 1].is_alpha:
        end -= 1
    # "Communist Party of Nepal (Unified Marxist-Leninist)": a qualifier of two or more
    # capitalised words in brackets is part of a party's name (an acronym in brackets is not;
    # "Washington Place (William Washington House)" gives another name of a place)
    if (
        end < len(doc)
        and doc[end].text == "("
        and end - start > 1
        and any(t.lower_ in _PARTY_HEADS for t in doc[start:end])
    ):
        close = next((i for i in range(end + 1, min(end + 8, len(doc))) if doc[i].text == ")"), 0)
        inner = [t for t in doc[end + 1 : close] if t.text not in ("-", "–")] if close else []
        if (
            len(inner) >= 2
            and all(t.is_alpha and t.is_title for t in inner)
            and not any(t.is_upper for t in inner)
        ):
            end = close + 1
    return doc[start:end] if end > start else None


_NAME_JOINERS = {"and", "of", "for", "the", "&"}


def _to_acronym(span: Span | None) -> Span | None:
    """'Party of Action and Solidarity (PAS)': an organisation name the model cut before
    'and …' runs on over joined capitalised words when the acronym that follows spells the
    whole name's initials."""
    if span is None:
        return None
    doc, end = span.doc, span.end
    while end < len(doc) and end - span.end < 6 and doc[end].text != "(":
        t = doc[end]
        if not (t.lower_ in _NAME_JOINERS or (t.is_alpha and t.text[:1].isupper())):
            return span
        end += 1
    if end == span.end or end + 2 >= len(doc) or doc[end + 2].text != ")":
        return span
    if doc[end - 1].lower_ in _NAME_JOINERS:
        return span
    acronym = doc[end + 1].text
    words = [t.text for t in doc[span.start : end] if t.lower_ not in _NAME_JOINERS]
    if len(acronym) >= 2 and "".join(w[0] for w in words).upper() == acronym.upper():
        return doc[span.start : end]
    return span


def _place_of_place(span: Span, inner: list[Span], features: frozenset[str]) -> bool:
    """'the Horn of Africa', 'the Gulf of Guinea': a model place name "<feature> of" a
    gazetteer place is a place of its own (features: place_features.txt)."""
    if span.label_ != REGION or len(inner) != 1:
        return False
    r = inner[0]
    return (
        r.end == span.end
        and r.label_ in (COUNTRY, REGION)
        and r.start - span.start >= 2
        and span.doc[r.start - 1].lower_ == "of"
        and span.doc[span.start].text[:1].isupper()
        and span.doc[r.start - 2].lower_ in features
    )


def _inside(tok, ranges: list[tuple[int, int]]) -> bool:
    return any(b <= tok.idx and tok.idx + len(tok.text) <= e for b, e in ranges)


def _variants(name: str) -> list[str]:
    """Surface variants for phrase patterns: without a leading article, curly apostrophes."""
    base = re.sub(r"^(the|The)\s+", "", name.strip())
    out = {base}
    if "'" in base:
        out.add(base.replace("'", "’"))
    if "-" in base:
        out.add(base.replace("-", "–"))
    return sorted(out)


def _ministry_words(rules: Rules) -> list[str]:
    """The words before "Ministry" in generic body names ("foreign", "defence")."""
    return sorted(
        {
            words[0].lower()
            for name in rules.generic_bodies
            for words in [name.split()]
            if len(words) == 2 and words[1] in ("ministry", "department")
        }
    )


def _trim(span: Span) -> Span | None:
    """Drop a leading article and trailing possessive or punctuation from a span."""
    start, end = span.start, span.end
    doc = span.doc
    for i in range(start + 1, end):
        if doc[i].text == "(" and (
            ")" not in span.text or (i + 2 < end and doc[i + 2].text == ")" and doc[i + 1].is_upper)
        ):
            end = i  # "Party for Freedom (PVV", "… Progress (MDP)": the name, not the acronym
            break
    while start < end and (doc[start].text in _LEADING or doc[start].is_punct):
        start += 1
    while end > start and (
        doc[end - 1].text in _POSSESSIVE or doc[end - 1].is_punct or doc[end - 1].is_space
    ):
        end -= 1
    if start >= end:
        return None
    return doc[start:end]


def _has_own_words(span: Span, inner: list[Span], generic: frozenset[str]) -> bool:
    """True when the span has capitalised words of its own beyond the inner gazetteer names
    ("Bank of Japan"), not counting generic nouns ("Indo-Pacific Security")."""
    covered = {i for r in inner for i in range(r.start, r.end)}
    return any(
        t.i not in covered
        and t.is_alpha
        and t.text[0].isupper()
        and not t.is_stop
        and t.lower_ not in generic
        for t in span
    )
