"""Rule tables read from ``ontology/rules/``: titles, implied bodies, entity stoplist.

Both the NLP stage (a title before a name marks a person) and relation extraction (a title
gives a membership) use these tables, so they live here, loaded once.

>>> r = load_rules()
>>> r.role("secretary of war").body
'defense'
>>> r.body_for("defense", "JP", "Japan")
('gov:JP:defense', 'Ministry of Defense (Japan)', 'gov:JP')
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from kg.gazetteer import ONTOLOGY_DIR

RULES_DIR = ONTOLOGY_DIR / "rules"

# The ontology folder this process reads rules, word lists and towns from when no path is
# given (a build's ``ontology_dir`` sets it through :func:`use_ontology`); caches that read it register
# their ``cache_clear`` with :func:`follows_ontology`.
_ACTIVE: dict[str, Path] = {"dir": ONTOLOGY_DIR}
_ON_SWITCH: list = []


def active_ontology() -> Path:
    """The ontology folder in use in this process (the package's, or ``--ontology``)."""
    return _ACTIVE["dir"]


def active_rules_dir() -> Path:
    return _ACTIVE["dir"] / "rules"


def follows_ontology(fn):
    """Decorator for an ``lru_cache``d reader of the active ontology: cleared on a switch."""
    _ON_SWITCH.append(fn.cache_clear)
    return fn


def use_ontology(directory: str | Path | None) -> None:
    """Read rules, word lists and towns from ``directory`` (None: the package's) from now on.

    Each process of a build calls it with the build's ``ontology_dir`` before the map stage.
    """
    new = Path(directory) if directory else ONTOLOGY_DIR
    if new == _ACTIVE["dir"]:
        return
    _ACTIVE["dir"] = new
    for clear in _ON_SWITCH:
        clear()


@dataclass(frozen=True, slots=True)
class Role:
    title: str
    body: str
    confidence: float
    country: str = ""  # a title only one country uses ("Taoiseach": IE)
    office: str = ""  # the common office it is one country's word for ("prime minister")


@dataclass(frozen=True, slots=True)
class BodyTemplate:
    kind: str
    id: str
    label: str
    part_of: str


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        lines = (line for line in fh if line.strip() and not line.startswith("#"))
        return [
            {k: (v or "").strip() for k, v in row.items()}
            for row in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
        ]


def _wordlist(path: Path) -> frozenset[str]:
    if not path.exists():
        return frozenset()
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(w.strip().lower() for w in lines if w.strip() and not w.startswith("#"))


def alternation(words: list[str]) -> str:
    """A regular expression matching any of ``words``, built as a trie (fast on many titles).

    Spaces match any run of whitespace; at each branch the longer continuation is tried first.

    >>> rx = re.compile(alternation(["prime minister", "minister", "minister of finance"]))
    >>> rx.match("minister of  finance").group(0), rx.match("prime minister").group(0)
    ('minister of  finance', 'prime minister')
    """
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        end = "" in node
        branches = []
        for ch in sorted(k for k in node if k):
            piece = r"\s+" if ch == " " else re.escape(ch)
            branches.append(piece + emit(node[ch]))
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if end else body

    return emit(trie)


_SMALL_WORDS = {"and", "of", "for", "the", "on", "in"}
AS_WRITTEN = "*"  # portfolios.tsv / bodies.tsv kind of a portfolio named as written


def portfolio_kind(name: str) -> str:
    """Body kind of a portfolio named as written: its words joined by hyphens.

    >>> portfolio_kind("Public  Security")
    'public-security'
    """
    return "-".join(name.lower().split())


_OPEN_TITLE = re.compile(
    r"(?:(?:deputy|junior|federal|union|vice|state) |vice-)?(?:minister(?: of state| delegate)?"
    r"|cabinet secretary|secretary(?: of state)?)"
    r" (?:of|for|in charge of) (?:the )?(?P<p>.+)$"
)


def _portfolio_names(directory: Path) -> list[str]:
    path = directory / "portfolios.tsv"
    rows = _rows(path) if path.exists() else []
    return [n.strip().lower() for r in rows for n in r["names"].split("|") if n.strip()]


def _as_written(directory: Path) -> list[str]:
    path = directory / "portfolios.tsv"
    rows = _rows(path) if path.exists() else []
    return [n.strip() for r in rows if r["kind"] == AS_WRITTEN for n in r["names"].split("|")]


def _generated_roles(directory: Path) -> tuple[list[Role], str]:
    """Portfolio titles: every portfolio name in every title form ("minister of finance"),
    and a compact expression matching them all (forms grouped around the portfolio names)."""
    portfolios = directory / "portfolios.tsv"
    forms = directory / "title_forms.tsv"
    if not portfolios.exists() or not forms.exists():
        return [], ""
    out = []
    form_rows = _rows(forms)
    names: set[str] = set()
    for row in _rows(portfolios):
        for name in row["names"].split("|"):
            names.add(name.strip().lower())
            # kind "*": the portfolio is its own kind, a ministry named as written
            kind = portfolio_kind(name) if row["kind"] == AS_WRITTEN else row["kind"]
            for f in form_rows:
                body = kind if f["body"] == "portfolio" else f["body"]
                title = f["form"].replace("{p}", name.strip())
                out.append(Role(title, body, float(f["confidence"])))
    # Forms sharing the same prefixes become one "prefixes portfolio suffixes" expression.
    by_suffix: dict[str, set[str]] = {}
    for f in form_rows:
        prefix, _, suffix = f["form"].lower().partition("{p}")
        by_suffix.setdefault(suffix, set()).add(prefix)
    groups: dict[frozenset[str], list[str]] = {}
    for suffix, prefixes in by_suffix.items():
        groups.setdefault(frozenset(prefixes), []).append(suffix)
    portfolio = alternation(sorted(names))
    parts = [
        f"{alternation(sorted(prefixes))}(?:{portfolio}){alternation(sorted(suffixes))}"
        for prefixes, suffixes in sorted(groups.items(), key=lambda kv: sorted(kv[0]))
    ]
    return out, "|".join(f"(?:{p})" for p in parts)


class Rules:
    """Titles, body templates and the entity stoplist."""

    def __init__(self, directory: Path = RULES_DIR) -> None:
        self.directory = directory
        # Generated portfolio titles first, so a title written out in roles.tsv wins.
        generated, generated_pattern = _generated_roles(directory)
        self.roles = {r.title.lower(): r for r in generated}
        self.roles.update(
            {
                r["title"].lower(): Role(
                    r["title"],
                    r["body"],
                    float(r["confidence"]),
                    r.get("country") or "",
                    r.get("office") or "",
                )
                for r in _rows(directory / "roles.tsv")
            }
        )
        self.bodies = {
            r["kind"]: BodyTemplate(r["kind"], r["id"], r["label"], r["part_of"])
            for r in _rows(directory / "bodies.tsv")
        }
        template = self.bodies.pop(AS_WRITTEN, None)
        self._as_written = template
        self._written_kinds = {portfolio_kind(n) for n in _as_written(directory)}
        if template is not None:  # "Security Minister": the Ministry of Security
            for name in _as_written(directory):
                words = name.lower().split()
                title = " ".join(w if w in _SMALL_WORDS else w.capitalize() for w in words)
                fill = {"slug": portfolio_kind(name), "portfolio": title}
                self.bodies[fill["slug"]] = BodyTemplate(
                    fill["slug"],
                    template.id.replace("{slug}", fill["slug"]),
                    template.label.replace("{portfolio}", fill["portfolio"]),
                    template.part_of,
                )
        national = directory / "national_bodies.tsv"
        self.national = {
            (r["kind"], r["country"]): (r["id"], r["label"])
            for r in (_rows(national) if national.exists() else [])
        }
        stop = directory / "entity_stoplist.txt"
        self.stoplist = frozenset(
            line.strip().lower()
            for line in (stop.read_text(encoding="utf-8").splitlines() if stop.exists() else ())
            if line.strip() and not line.startswith("#")
        )
        self.non_name_words = _wordlist(directory / "non_name_words.txt")
        self.org_name_words = _wordlist(directory / "org_name_words.txt")
        self.place_nouns = _wordlist(directory / "place_nouns.txt")
        self.family_name_first = _wordlist(directory / "family_name_first.txt")
        self.given_names = _wordlist(directory / "given_names.txt")
        self.honorifics = _wordlist(directory / "honorifics.txt")
        shared = directory / "ambiguous_demonyms.tsv"
        # demonym -> ((country id, names that settle it), ...)
        self.ambiguous_demonyms: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = {}
        for r in _rows(shared) if shared.exists() else []:
            names = tuple(n.strip() for n in r["names"].split("|") if n.strip())
            self.ambiguous_demonyms[r["demonym"]] = (
                *self.ambiguous_demonyms.get(r["demonym"], ()),
                (r["country"], names),
            )
        self.name_particles = _wordlist(directory / "name_particles.txt")
        gov = directory / "government_words.txt"
        self.government_words = frozenset(
            line.strip()
            for line in (gov.read_text(encoding="utf-8").splitlines() if gov.exists() else ())
            if line.strip() and not line.startswith("#")
        )
        self.generic_words = _wordlist(directory / "generic_words.txt")
        self.place_features = _wordlist(directory / "place_features.txt")
        self.facility_words = _wordlist(directory / "facility_words.txt")
        self.legislatures = _wordlist(directory / "legislatures.txt")
        self.non_state_words = _wordlist(directory / "non_state_words.txt")
        generic = directory / "generic_bodies.tsv"
        self.generic_bodies = {
            r["name"].lower(): r["kind"] for r in (_rows(generic) if generic.exists() else [])
        }
        # names read relative to the country in context (kg.resolve.document._legislature)
        self.body_names = self.legislatures | frozenset(self.generic_bodies)
        # A trie tries the longer title first ("Deputy Prime Minister" over "Prime Minister");
        # portfolio titles come first so "Secretary of State for Health" beats "Secretary of
        # State".
        written = sorted({r["title"].lower() for r in _rows(directory / "roles.tsv")})
        titles = (
            f"(?:{generated_pattern}|{alternation(written)})"
            if generated_pattern
            else alternation(written)
        )
        # "Faisal bin Sultan Al Busaidi": after "bin" a title word is a father's name
        self.patronymic_particles = _wordlist(directory / "patronymic_particles.txt")
        patronyms = sorted(self.patronymic_particles)
        self.title_pattern = "".join(rf"(?<!\b{re.escape(w)}\s)" for w in patronyms) + titles
        listed = _wordlist(directory / "portfolio_words.txt")
        self.portfolio_words = (
            (
                {w for w in listed if not w.startswith("-")}
                | {w for name in _portfolio_names(directory) for w in re.findall(r"[a-z]+", name)}
            )
            - _SMALL_WORDS
            - {w[1:] for w in listed if w.startswith("-")}
        )
        if self.portfolio_words and template is not None:
            # Portfolios as written: a known one going on with more portfolio words
            # ("Minister of Finance and the Public Service"), tried first, and one made only
            # of portfolio words ("Minister of Territorial Administration"), tried last.
            # in title case or, as in "minister of youth and sports", in lower case
            forms = {v for w in self.portfolio_words for v in (w.capitalize(), w)}
            # ("Minister of Defence and Veterans' Affairs": a plural's apostrophe stays inside)
            word = "(?-i:(?:" + "|".join(sorted(forms, key=lambda w: (-len(w), w))) + r")\b'?)"
            # possessive: a portfolio word is never given back to make a name ("Minister of
            # Finance and Development Planning, X …" has no person "Planning")
            run = rf"{word}(?:\s+{word})*+"
            # a list of portfolios that goes on past the words known ("…, Urban Mobility and
            # Road Safety") is no title of known words: no part of it is taken
            unknown_list = r"[ \t]+[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?[ \t]+and[ \t]+[A-Z]"
            more = (
                rf"(?:(?:,|\s+and|\s+&)\s+(?:the\s+)?{run})++"
                rf"(?!\s+(?:minister|secretary)\b|{unknown_list})"
            )
            heads = r"(?:(?:deputy|junior|federal|union|vice|state)\s+|vice-)?(?:minister(?:\s+of\s+state|\s+delegate)?|cabinet\s+secretary|secretary(?:\s+of\s+state)?|(?:european\s+)?commissioner)\s+(?:of|for|in\s+charge\s+of)\s+(?:the\s+)?"
            known = alternation(sorted(_portfolio_names(directory)))
            # a known portfolio that goes on with portfolio words ("Minister of Energy
            # Transition and Sustainable Development") is read whole, before the shorter title
            goes_on = (
                rf"{heads}(?:{known})(?:\s+{word})++(?:{more})?(?!\s+(?:minister|secretary)\b)"
            )
            # "Transport and Logistics Minister": two or more portfolios before the head
            # (capitalised only: the check on the first letter keeps the long word list cheap)
            joined = (
                rf"(?-i:(?=[A-Z][a-z]+(?:,|\s+and|\s+&|\s+[A-Z])))"
                rf"{run}(?:(?:,|\s+and|\s+&)\s+{run})+\s+(?:deputy\s+)?minister\b"
            )
            self.title_pattern = (
                f"(?:{heads}(?:{known}){more}|{goes_on}|{joined}|{self.title_pattern}|{heads}{run}"
                rf"(?:{more})?(?!\s+(?:minister|secretary)\b))"
            )

    def role(self, title: str) -> Role | None:
        key = re.sub(r"\s+", " ", title.strip().lower())
        key = re.sub(r"(?<=s)['’](?= )", "", key)  # "veterans' affairs" as "veterans affairs"
        found = self.roles.get(key)
        if found is not None or self._as_written is None:
            return found
        # "minister of finance and development planning": a known portfolio that goes on is
        # named as written, in full (the ministry of that name); the known one when the rest
        # holds a word that names no portfolio
        joined = re.fullmatch(r"(?P<p>.+?(?:,| and | & ).+?) (?P<h>(?:deputy )?minister)", key)
        if joined:  # "transport and logistics minister": the "minister of …" form's office
            found = self.role(f"{joined['h']} of {joined['p']}")
            return Role(title.strip(), found.body, found.confidence) if found else None
        head, sep, _ = key.partition(" for ")
        if sep and (org := self.roles.get(head)) is not None and org.body.startswith("org"):
            # "European Commissioner for Energy", "AU Commissioner for Political Affairs": an
            # organisation's office with its portfolio
            return Role(title.strip(), org.body, org.confidence)
        cuts = [m.start() for m in re.finditer(r",| and | & ", key)]
        prefix = next(
            (r for r in (self.roles.get(key[:cut].strip()) for cut in reversed(cuts)) if r),
            None,
        )
        # "minister of territorial administration": a portfolio named as written
        m = _OPEN_TITLE.match(key)
        if m is None or not set(re.findall(r"[a-z]+", m["p"])) - _SMALL_WORDS <= (
            self.portfolio_words
        ):
            if prefix is None:
                return None
            return Role(title.strip(), prefix.body, prefix.confidence, prefix.country)
        # "--" stands for a comma, so the label is a function of the kind alone
        kind = "--".join(portfolio_kind(re.sub(r"[^a-z ]", "", p)) for p in m["p"].split(","))
        self.has_body(kind)
        return Role(title.strip(), kind, 0.8)

    def has_body(self, kind: str) -> bool:
        """True when ``kind`` has a body template; a portfolio named as written gets one."""
        if kind in self.bodies:
            return True
        if self._as_written is None or not re.fullmatch(r"[a-z]+(?:--?[a-z]+)*", kind):
            return False
        if not set(re.split(r"-+", kind)) - _SMALL_WORDS <= self.portfolio_words:
            return False
        t = self._as_written
        name = ", ".join(
            " ".join(w if w in _SMALL_WORDS else w.capitalize() for w in part.split("-"))
            for part in kind.split("--")
        )
        self.bodies[kind] = BodyTemplate(
            kind, t.id.replace("{slug}", kind), t.label.replace("{portfolio}", name), t.part_of
        )
        return True

    def body_for(self, kind: str, cc: str, country: str) -> tuple[str, str, str]:
        """Id, label and parent id of the body of ``kind`` in country ``cc``."""
        t = self.bodies[kind]
        fill = {"cc": cc, "country": country}
        part_of = t.part_of.format(**fill)
        if (kind, cc) in self.national:
            id_, label = self.national[(kind, cc)]
            return id_, label, part_of
        return t.id.format(**fill), t.label.format(**fill), part_of


@follows_ontology
@lru_cache(maxsize=2)
def load_rules(directory: str | Path | None = None) -> Rules:
    return Rules(Path(directory) if directory else active_rules_dir())
