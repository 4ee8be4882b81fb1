"""Score the graph on the politics development set: recall per fact kind and precision.

Run ``python -m kg.bench.facts [DIR] [--model M] [--split dev|heldout|all] [--show N]``.

The set (default ``tests/fixtures/politics``) holds short news texts ``<slug>.txt`` and, beside
each, the facts a reader finds in it, ``<slug>.facts.tsv``: a header line, then tab-separated
``kind subject object role`` rows, ``kind`` one of :data:`KINDS`:

* ``entity``: ``subject`` is a label, ``object`` a class (Person, Government, Organization,
  Country, Agreement, Place; Place accepts Region or Country);
* ``role``: person, body (government, ministry, party, organisation), ``role`` the title;
  alternatives separated by ``|``; a leading ``former`` means the text says the office is
  past (``kg:former``);
* ``meeting``: two people (either order); ``agreement_party``: agreement, party;
  ``signatory``: agreement, person; ``joined``: country, organisation; ``claim``: claimant,
  region.

A text may start with ``Title: …``, ``Date: YYYY-MM-DD`` and ``Split: dev|heldout`` lines;
without ``Split`` the slug's CRC-32 parity decides, so texts split evenly without anyone
choosing. Rules are written from the ``dev`` half; the ``heldout`` half measures them. Each
text is read and cleaned as ``kg build`` takes a file (the title is the first block; a
dateline's agency is the publisher), without the ``Split`` line.

Matching is by normalised label (case, accents, punctuation folded) against an entity's
label or any surface form it has in the graph (``skos:altLabel``). An expected agreement
also matches an agreement node whose label holds all of its words but articles ("a free
trade agreement" matches "Brazil–Chile free trade agreement (2025-03-01)"), or one with a
surface form made only of the expected name's words, an agreement noun among them ("the
memorandum" for "memorandum of understanding").

A fact the graph states from one document in several sentences or by several rules counts
once. A role stated as plain ``member`` of a body is right when the person holds a current
office in that body (a party leader is a member of the party); it does not count towards
the office's recall.

Scores, per split:

* recall per kind: expected facts the graph states (in an assertion from that document);
* precision per kind: facts of that kind the graph states from a document that are expected
  for it, over all it states from that document;
* entities: expected entities (``entity`` rows plus every label named in another row)
  found among the document's ``kg:mentionedIn`` entities; precision over the entities with a
  mention in the document (implied bodies with no mention are scored by recall only);
* titles in person names: Person labels or surface forms that hold a title, or open with an
  honorific (after a given name "Sheikh" is a part of the name: Hassan Sheikh Mohamud).
"""

from __future__ import annotations

import argparse
import hashlib
import re
import sys
import unicodedata
import zlib
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from kg.model import (
    AGREEMENT,
    COUNTRY,
    GOVERNMENT,
    PERSON,
    REGION,
    RawDocument,
)

if TYPE_CHECKING:
    from kg.gazetteer import Gazetteer

DEFAULT_DIR = Path(__file__).resolve().parents[2] / "tests" / "fixtures" / "politics"
KINDS = ("entity", "role", "meeting", "agreement_party", "signatory", "joined", "claim")
FACT_KINDS = KINDS[1:]
# Graph predicates stating each kind, with the subject classes they apply to (None: any).
KIND_PREDICATES: dict[str, tuple[tuple[str, frozenset[str] | None], ...]] = {
    "role": (("memberOf", frozenset({PERSON})),),
    "meeting": (("met", None),),
    "agreement_party": (("party", None),),
    "signatory": (("signatory", None),),
    "joined": (
        ("memberOf", frozenset({COUNTRY, "Government", "Organization"})),
        ("memberState", None),
        ("joined", None),
    ),
    "claim": (("claims", None),),
}
SYMMETRIC = {"meeting"}
CLASS_ALIASES = {"place": {REGION, COUNTRY}, "region": {REGION, COUNTRY}}
_HEADER = re.compile(r"^(Title|Date|Split):[ \t]*(.*)$")
_SPLIT_LINE = re.compile(r"(?m)^Split:[^\n]*\n")


def fold(text: str) -> str:
    """Matching key: accents, case, punctuation, a leading article and the article of
    "Ministry of the X" folded.

    >>> fold("the Élysée Palace's"), fold("Ministry of Defence (Turkey)")
    ('elysee palace', 'ministry of defense turkey')
    >>> fold("Ministry of the Interior (Chile)") == fold("Ministry of Interior (Chile)")
    True
    >>> fold("Government of the Gambia") == fold("Government of Gambia")
    True
    """
    s = unicodedata.normalize("NFKD", text)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    s = s.replace("’", "'")
    s = re.sub(r"'s\b", "", s)
    s = s.replace(".", "")
    s = re.sub(r"[^\w\s]", " ", s)
    s = re.sub(r"\bdefence\b", "defense", s)
    # "Ministry of the Interior" is "Ministry of Interior", "Government of the United Arab
    # Emirates" is "Government of United Arab Emirates": writers use either
    s = re.sub(r"\b(ministry|department|minister|secretary|government) of the\b", r"\1 of", s)
    return re.sub(r"^the\s+", "", re.sub(r"\s+", " ", s).strip())


_ROLE_FOLD = (
    (re.compile(r"\bdefen[cs]e\b"), "defense"),
    (re.compile(r"\bminister for\b"), "minister of"),
    (re.compile(r"\badvis[oe]r\b"), "adviser"),
    (re.compile(r"\b(?:former|acting|new|then|interim|incoming|outgoing|current|incumbent)\b"), ""),
)


def fold_role(role: str) -> str:
    """Role titles compare without case, spelling variants, time words or the order of
    "Minister of X" and "X Minister".

    >>> fold_role("Defence Minister") == fold_role("minister of defense")
    True
    """
    s = fold(role)
    for rx, rep in _ROLE_FOLD:
        s = rx.sub(rep, s)
    s = re.sub(r"\s+", " ", s).strip()
    # "Minister of National Defence" is the "national defence minister"
    return re.sub(r"^minister of (.+)$", r"\1 minister", s)


@dataclass(frozen=True)
class Fact:
    kind: str
    subject: str
    object: str
    role: str = ""


@dataclass
class Text:
    slug: str
    path: Path
    split: str
    title: str | None
    date: str | None
    body_offset: int
    facts: list[Fact] = field(default_factory=list)


def read_set(directory: Path) -> list[Text]:
    """The texts and expectations of a development-set folder, sorted by slug."""
    out = []
    for path in sorted(directory.glob("*.txt")):
        slug = path.stem
        raw = path.read_text(encoding="utf-8")
        headers: dict[str, str] = {}
        offset = 0
        for line in raw.splitlines(keepends=True):
            m = _HEADER.match(line.rstrip("\n"))
            if not m:
                break
            headers[m.group(1).lower()] = m.group(2).strip()
            offset += len(line)
        split = headers.get("split") or ("dev" if zlib.crc32(slug.encode()) % 2 == 0 else "heldout")
        text = Text(slug, path, split, headers.get("title"), headers.get("date"), offset)
        facts_path = path.with_suffix(".facts.tsv")
        if facts_path.exists():
            text.facts = read_facts(facts_path)
        out.append(text)
    return out


def read_facts(path: Path) -> list[Fact]:
    facts = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#") or n == 1:
            continue
        cols = (line.split("\t") + ["", "", "", ""])[:4]
        kind, subj, obj, role = (c.strip() for c in cols)
        if kind not in KINDS:
            raise ValueError(f"{path}:{n}: unknown kind {kind!r} (expected one of {KINDS})")
        facts.append(Fact(kind, subj, obj, role))
    return facts


@dataclass
class Node:
    key: str
    cls: str
    label: str
    names: frozenset[str]  # folded label and surface forms

    def matches(self, name: str) -> bool:
        """True when the node bears ``name`` (alternatives separated by ``|``)."""
        return any(self._matches(alt) for alt in name.split("|") if alt.strip())

    def _matches(self, name: str) -> bool:
        want = fold(name)
        if want in self.names:
            return True
        if self.cls == AGREEMENT:
            words = set(want.split()) - _ARTICLES
            if any(words <= set(n.split()) for n in self.names):
                return bool(words)
            # "the memorandum" (a surface form) is "memorandum of understanding" cut short
            return any(
                (form := set(n.split()) - _ARTICLES) & _AGREEMENT_HEADS and form <= words
                for n in self.names
            )
        return False


_ARTICLES = {"a", "an", "the"}
_AGREEMENT_HEADS = {
    "agreement",
    "accord",
    "accords",
    "treaty",
    "pact",
    "deal",
    "memorandum",
    "protocol",
    "convention",
    "declaration",
    "ceasefire",
    "truce",
    "charter",
    "framework",
    "arrangement",
}


@dataclass
class Stated:
    kind: str
    subject: Node
    object: Node
    role: str = ""
    former: bool = False
    evidence: str = ""


@dataclass
class DocGraph:
    entities: list[Node]  # kg:mentionedIn the document
    mentioned: set[str]  # keys with a mention in the document
    stated: list[Stated]


def build(texts: list[Text], model: str) -> tuple[dict[str, DocGraph], list[Node]]:
    """Run the builder's stages over the texts; return per-document graph views."""
    from kg.clean.cleaner import clean
    from kg.gazetteer import load_gazetteer
    from kg.ingest.meta import text_metadata
    from kg.nlp import annotate, load_pipeline
    from kg.pipeline.build import process_document
    from kg.rdf.build import build_graph
    from kg.resolve.corpus import resolve_corpus
    from kg.rules import load_rules

    nlp = load_pipeline(model)
    gaz, rules = load_gazetteer(), load_rules()
    cleans = []
    for t in texts:
        raw_text = t.path.read_text(encoding="utf-8")
        # the text goes through reading and cleaning as `kg build` takes the file (its title
        # is the first block; a dateline's agency is the publisher, not a mention), without
        # the bench's own "Split:" line
        text = _SPLIT_LINE.sub("", raw_text[: t.body_offset]) + raw_text[t.body_offset :]
        meta = text_metadata(text)
        raw = RawDocument(
            str(t.path),
            text,
            hashlib.sha256(raw_text.encode()).hexdigest(),
            "text/plain",
            title=meta.title,
            date=meta.date,
            publisher=meta.publisher,
        )
        cleans.append(clean(raw))
    results = [process_document(a, gaz, rules) for a in annotate(cleans, nlp)]
    index = resolve_corpus(results, gaz)
    graph = build_graph(results, index, gaz)
    names = _country_names(gaz)
    nodes = {
        k: Node(
            k,
            e.cls,
            e.label,
            frozenset(
                {fold(e.label)}
                | {fold(f) for f in e.forms}
                | _described(e.cls, e.label)
                | _country_variants(e.cls, e.label, names)
            ),
        )
        for k, e in index.entities.items()
    }
    sha_slug = {res.raw.sha256: t.slug for t, res in zip(texts, results, strict=True)}
    views: dict[str, DocGraph] = {t.slug: DocGraph([], set(), []) for t in texts}
    for k, e in index.entities.items():
        for sha in e.docs:
            views[sha_slug[sha]].entities.append(nodes[k])
    for res in results:
        view = views[sha_slug[res.raw.sha256]]
        view.mentioned = {index.canonical(m.key) for m in res.mentions}
    for (s, pred, o), support in graph.relations.items():
        for kind, preds in KIND_PREDICATES.items():
            for p, subj_classes in preds:
                if p != pred or (subj_classes is not None and nodes[s].cls not in subj_classes):
                    continue
                for sha, r in support:
                    views[sha_slug[sha]].stated.append(
                        Stated(kind, nodes[s], nodes[o], r.role or "", r.former, r.evidence)
                    )
    return views, list(nodes.values())


def _country_names(gaz: Gazetteer) -> dict[str, tuple[str, ...]]:
    """Each country's label and its other names ("East Timor": "Timor-Leste", …)."""
    return {e.label: (e.label, *e.aliases) for e in gaz if e.cls == COUNTRY}


def _country_variants(cls: str, label: str, names: dict[str, tuple[str, ...]]) -> set[str]:
    """A government body's label with the country under its other names: the writer of the
    expected facts may call "Government of East Timor" "Government of Timor-Leste".

    >>> names = {"East Timor": ("East Timor", "Timor-Leste")}
    >>> sorted(_country_variants("Government", "Ministry of Finance (East Timor)", names))
    ['ministry of finance east timor', 'ministry of finance timor leste']
    """
    if cls != GOVERNMENT:
        return set()
    m = re.fullmatch(r"(Government of (?:the )?)(.+)|(.+ \()(.+)(\))", label)
    if not m:
        return set()
    head, country, tail = (m[1], m[2], "") if m[1] else (m[3], m[4], m[5])
    return {fold(f"{head}{alias}{tail}") for alias in names.get(country, ())}


def _described(cls: str, label: str) -> set[str]:
    """What a minted agreement label says it is, without its parties and key:
    "Bolivia–Peru memorandum (fd8f320a)" → "memorandum"."""
    words = re.sub(r"\s*\([0-9a-f]{8}\)$", "", label).split()
    if cls != AGREEMENT or not words or "–" not in words[0]:
        return set()
    for i, w in enumerate(words):
        if w[:1].islower():
            return {fold(" ".join(words[i:]))}
    return set()


def _role_ok(expected: str, stated: Stated, lenient: bool = False) -> bool:
    alts = [a.strip() for a in expected.split("|") if a.strip()]
    if not alts:
        return True
    if (
        lenient
        and fold_role(stated.role) == "member"
        and not stated.former
        and not all(re.match(r"(?i)former\b", a) for a in alts)
    ):
        return True  # "X of the Y party": a member, whatever office the text gives X in Y
    said = fold_role(stated.role)
    body = set(fold(stated.object.label).split())
    for alt in alts:
        former = bool(re.match(r"(?i)former\b", alt))
        want = fold_role(alt)
        if former != stated.former:
            continue
        if want == said:
            return True
        # "foreign ministry spokesman" at the Ministry of Foreign Affairs is its "spokesman"
        if said.endswith(" " + want) and set(said[: -len(want)].split()) <= body:
            return True
    return False


def _fact_hit(f: Fact, s: Stated, lenient: bool = False) -> bool:
    if f.kind != s.kind:
        return False
    pair = s.subject.matches(f.subject) and s.object.matches(f.object)
    if not pair and f.kind in SYMMETRIC:
        pair = s.subject.matches(f.object) and s.object.matches(f.subject)
    return pair and (f.kind != "role" or _role_ok(f.role, s, lenient))


def _class_ok(expected: str, cls: str) -> bool:
    if not expected:
        return True
    for alt in expected.split("|"):
        if cls in CLASS_ALIASES.get(alt.strip().lower(), {alt.strip()}):
            return True
        if alt.strip() == REGION and cls == COUNTRY:
            return True
    return False


def expected_entities(t: Text) -> dict[str, str]:
    """Name (alternatives with ``|``) → class ('' when only named in a fact row)."""
    out: dict[str, str] = {}
    seen: dict[str, str] = {}  # folded name → key in out
    for f in sorted(t.facts, key=lambda f: f.kind != "entity"):
        names = [(f.subject, f.object)] if f.kind == "entity" else [(f.subject, ""), (f.object, "")]
        if f.kind in ("role", "meeting", "signatory"):
            names = [(f.subject, "" if f.kind == "signatory" else PERSON), (f.object, PERSON)]
            if f.kind == "role":
                names[1] = (f.object, "")
        for name, cls in names:
            folded = fold(name)
            if folded in seen:
                key = seen[folded]
                out[key] = out[key] or cls
            else:
                seen[folded] = name
                out[name] = cls
    return out


@dataclass
class Tally:
    expected: int = 0
    found: int = 0
    stated: int = 0
    correct: int = 0

    def add(self, other: Tally) -> None:
        self.expected += other.expected
        self.found += other.found
        self.stated += other.stated
        self.correct += other.correct

    @property
    def recall(self) -> float | None:
        return self.found / self.expected if self.expected else None

    @property
    def precision(self) -> float | None:
        return self.correct / self.stated if self.stated else None


@dataclass
class Report:
    tallies: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    misses: list[str] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)


def _pair(kind: str, s: Stated) -> tuple[str, ...] | frozenset[str]:
    keys = (s.subject.key, s.object.key)
    return frozenset(keys) if kind in SYMMETRIC else keys


def score_text(t: Text, view: DocGraph, report: Report) -> None:
    for kind in FACT_KINDS:
        tally = Tally()
        want = [f for f in t.facts if f.kind == kind]
        # one fact stated by two sentences or two rules counts once
        got = list(
            {
                (_pair(kind, s), fold_role(s.role), s.former): s
                for s in view.stated
                if s.kind == kind
            }.values()
        )
        tally.expected = len(want)
        for f in want:
            if any(_fact_hit(f, s) for s in got):
                tally.found += 1
            else:
                report.misses.append(f"{t.slug}\t{kind}\t{f.subject}\t{f.object}\t{f.role}")
        tally.stated = len(got)
        for s in got:
            if any(_fact_hit(f, s, lenient=True) for f in want):
                tally.correct += 1
            else:
                role = ("former " if s.former else "") + s.role
                report.wrong.append(
                    f"{t.slug}\t{kind}\t{s.subject.label}\t{s.object.label}\t{role}"
                    f"\t{' '.join(s.evidence.split())[:160]}"
                )
        report.tallies[kind].add(tally)
        report.tallies["facts (all kinds)"].add(tally)
    ents = expected_entities(t)
    tally = Tally(expected=len(ents))
    for name, cls in ents.items():
        if any(n.matches(name) and _class_ok(cls, n.cls) for n in view.entities):
            tally.found += 1
        else:
            report.misses.append(f"{t.slug}\tentity\t{name}\t{cls}\t")
    for n in view.entities:
        if n.key not in view.mentioned:
            continue
        tally.stated += 1
        if any(n.matches(name) and _class_ok(cls, n.cls) for name, cls in ents.items()):
            tally.correct += 1
        else:
            report.wrong.append(f"{t.slug}\tentity\t{n.label}\t{n.cls}\t\t")
    report.tallies["entities"].add(tally)


def titles_in_names(nodes: list[Node]) -> list[str]:
    """Person labels or surface forms holding a title or honorific word sequence."""
    from kg.rules import load_rules

    rules = load_rules()
    # "gen." is a rank, "Gen" a given name (Gen Nakatani): abbreviations count with their dot.
    titles = {fold(t) for t in rules.roles}
    titles |= {t + "s" for t in titles if t}  # "Presidents A, B and C"
    honorifics = {h for h in rules.honorifics if "." not in h}
    titles.discard("")
    bad = []
    for n in nodes:
        if n.cls != PERSON:
            continue
        for name in sorted(n.names):
            # "Faisal bin Sultan Al Busaidi": the word after "bin" is a father's name
            words = [
                w
                for i, w in enumerate(name.split())
                if i == 0 or name.split()[i - 1] not in rules.patronymic_particles
            ]
            grams = {
                " ".join(words[i:j])
                for i in range(len(words))
                for j in range(i + 1, len(words) + 1)
            }
            # an honorific goes before a name: "Sheikh" last is a surname (Kamran Yousaf Sheikh),
            # after a given name a part of the name (Hassan Sheikh Mohamud, Abdirahman Sheikh Nur)
            if grams & titles or (len(words) > 1 and words[0] in honorifics):
                bad.append(f"{n.label} ({name})")
                break
    return bad


def _fmt(x: float | None) -> str:
    return "–" if x is None else f"{x:.2f}"


def table(report: Report) -> str:
    rows = ["| kind | recall | expected | precision | stated |", "|---|---:|---:|---:|---:|"]
    for kind in (*FACT_KINDS, "facts (all kinds)", "entities"):
        t = report.tallies.get(kind, Tally())
        rows.append(
            f"| {kind} | {_fmt(t.recall)} | {t.found}/{t.expected} | {_fmt(t.precision)} "
            f"| {t.correct}/{t.stated} |"
        )
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    from kg.config import DEFAULT_MODEL

    ap = argparse.ArgumentParser(
        prog="python -m kg.bench.facts", description=__doc__.split("\n")[0]
    )
    ap.add_argument("directory", nargs="?", default=str(DEFAULT_DIR))
    ap.add_argument("--model", default=DEFAULT_MODEL)
    ap.add_argument(
        "--split",
        choices=("dev", "heldout", "all"),
        default=None,
        help="score one half only (default: print dev, held-out and all)",
    )
    ap.add_argument("--prefix", default="", help="only texts whose slug starts with this")
    ap.add_argument(
        "--show",
        type=int,
        default=0,
        metavar="N",
        help="print up to N missed and N unexpected facts",
    )
    args = ap.parse_args(argv)
    texts = [t for t in read_set(Path(args.directory)) if t.slug.startswith(args.prefix)]
    if not texts:
        print(f"no texts in {args.directory}; add <slug>.txt and <slug>.facts.tsv", file=sys.stderr)
        return 2
    views, nodes = build(texts, args.model)
    splits = [args.split] if args.split else ["dev", "heldout", "all"]
    for split in splits:
        chosen = [t for t in texts if split == "all" or t.split == split]
        report = Report()
        for t in chosen:
            score_text(t, views[t.slug], report)
        countries = len(
            {
                f.subject
                for t in chosen
                for f in t.facts
                if f.kind == "entity" and f.object == COUNTRY
            }
        )
        print(f"\n## {split}: {len(chosen)} texts, {countries} countries named\n")
        print(table(report))
        if args.show:
            print("\nmissed:")
            print("\n".join(report.misses[: args.show]))
            print("\nunexpected:")
            print("\n".join(report.wrong[: args.show]))
    bad = titles_in_names([n for n in nodes])
    print(f"\ntitles inside person names: {len(bad)}")
    for b in bad[:20]:
        print(f"  {b}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
