"""Boilerplate rules, read from ``ontology/rules/boilerplate.toml`` and compiled once.

>>> rules = load_rules()
>>> rules.match_line("Photo: Freepik").id, rules.match_line("Recent Posts").kind
('credit.label', 'tail')
>>> rules.match_line("Japan approved a record defense budget.") is None
True
"""

from __future__ import annotations

import bisect
import re
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from kg.errors import Errors, KGError

KINDS = ("drop", "credit", "teaser", "byline", "tail", "dateline", "nonprose")
_DEFAULT_MAX_LEN = 200
_WORD = re.compile(r"\S+")
# Named groups a dateline rule may mark: the place is kept as a mention, the rest dropped.
_DATELINE_GROUPS = frozenset({"place", "date", "agency"})


@dataclass(frozen=True, slots=True)
class LineRule:
    id: str
    kind: str
    pattern: re.Pattern[str]
    max_len: int = _DEFAULT_MAX_LEN
    source: str = ""  # the pattern with its flags inlined, for the combined matcher


@dataclass(frozen=True, slots=True)
class NavLineRule:
    id: str = "nav.section_words"
    min_words: int = 5
    min_section_ratio: float = 0.5
    section_words: frozenset[str] = frozenset()

    def matches(self, line: str) -> bool:
        """A line of capitalised single words or hashtags, mostly section names."""
        words = line.split()
        if len(words) < self.min_words:
            # A menu entry on its own line ("World", "Tech News") is furniture too.
            return len(words) <= 3 and all(w.lower() in self.section_words for w in words)
        hits = 0
        for w in words:
            core = w.lstrip("#").strip("|•·,")
            if not core or not (core[0].isupper() or core[0].isdigit() or w.startswith("#")):
                return False
            hits += core.lower() in self.section_words or w.startswith("#")
        return hits / len(words) >= self.min_section_ratio


@dataclass(frozen=True, slots=True)
class HtmlRules:
    skip_tags: frozenset[str]
    credit_tags: frozenset[str]
    block_tags: frozenset[str]
    skip_roles: frozenset[str]
    furniture_attr: re.Pattern[str]
    byline_attr: re.Pattern[str]
    content_attr: re.Pattern[str]
    # Elements that never hold visible text (scripts, styles, media): dropped even when an
    # article extractor gets to see the page's furniture.
    text_free_tags: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class BoilerplateRules:
    """Compiled rules; build with :func:`load_rules`."""

    path: str
    lines: tuple[LineRule, ...]
    nav: NavLineRule
    html: HtmlRules
    title_max_chars: int = 200
    tail_min_body_chars: int = 200
    # Rules by kind, in file order (dateline rules are only tried on the first body line).
    _body: tuple[LineRule, ...] = field(default=(), repr=False, compare=False)
    _datelines: tuple[LineRule, ...] = field(default=(), repr=False, compare=False)
    _credits: tuple[LineRule, ...] = field(default=(), repr=False, compare=False)
    # One alternation per length limit: the rules that apply to lines up to that length, in
    # file order, so a line costs one regex call instead of one per rule.
    _limits: tuple[int, ...] = field(default=(), repr=False, compare=False)
    _combined: tuple[re.Pattern[str], ...] = field(default=(), repr=False, compare=False)

    def __post_init__(self) -> None:
        body = tuple(r for r in self.lines if r.kind != "dateline")
        object.__setattr__(self, "_body", body)
        object.__setattr__(self, "_datelines", tuple(r for r in self.lines if r.kind == "dateline"))
        object.__setattr__(self, "_credits", tuple(r for r in self.lines if r.kind == "credit"))
        limits = tuple(sorted({r.max_len for r in body}))
        combined = []
        for limit in limits:
            alts = [f"(?P<r{i}>{r.source})" for i, r in enumerate(body) if r.max_len >= limit]
            combined.append(re.compile("|".join(alts)))
        object.__setattr__(self, "_limits", limits)
        object.__setattr__(self, "_combined", tuple(combined))

    def match_line(self, line: str) -> LineRule | None:
        """The first rule (not a dateline rule) that matches the whole stripped ``line``."""
        k = bisect.bisect_left(self._limits, len(line))
        if k == len(self._limits):
            return None
        m = self._combined[k].match(line)
        return self._body[int(m.lastgroup[1:])] if m else None

    def match_credit(self, text: str) -> LineRule | None:
        n = len(text)
        for rule in self._credits:
            if n <= rule.max_len and rule.pattern.match(text):
                return rule
        return None

    def match_dateline(self, line: str) -> tuple[LineRule, re.Match[str]] | None:
        """The dateline rule matching the start of ``line``, and its match (the prefix; named
        groups ``place``, ``date`` and ``agency`` when the rule has them)."""
        for rule in self._datelines:
            if m := rule.pattern.match(line):
                return rule, m
        return None


def _compile(pattern: str, where: str, path: str, flags: int = 0) -> re.Pattern[str]:
    try:
        rx = re.compile(pattern, flags)
    except re.error as exc:
        raise KGError(Errors.E030.format(path=path, reason=f"{where}: {exc}")) from None
    return rx


def rules_from_dict(data: dict, path: str = "<rules>") -> BoilerplateRules:
    """Build rules from the parsed TOML table (see the file's header for the keys)."""
    lines: list[LineRule] = []
    seen: set[str] = set()
    for i, r in enumerate(data.get("rules", [])):
        rid, kind, pattern = r.get("id"), r.get("kind"), r.get("pattern")
        if not rid or not pattern or kind not in KINDS:
            reason = f"rule #{i + 1} needs an id, a pattern and a kind in {', '.join(KINDS)}"
            raise KGError(Errors.E030.format(path=path, reason=reason))
        if rid in seen:
            raise KGError(Errors.E030.format(path=path, reason=f"duplicate rule id '{rid}'"))
        seen.add(rid)
        flags = re.IGNORECASE if r.get("ignore_case") else 0
        # A line rule must cover the whole line unless it only cuts a prefix.
        body = pattern if kind == "dateline" else f"(?:{pattern})\\s*$"
        rx = _compile(body, f"rule '{rid}'", path, flags)
        named = set(rx.groupindex) <= _DATELINE_GROUPS if kind == "dateline" else False
        if rx.groups and not (named and rx.groups == len(rx.groupindex)):
            reason = f"rule '{rid}': use (?:...) groups, not capturing groups"
            raise KGError(Errors.E030.format(path=path, reason=reason))
        source = f"(?i:{body})" if flags else f"(?:{body})"
        lines.append(LineRule(rid, kind, rx, int(r.get("max_len", _DEFAULT_MAX_LEN)), source))
    nav = data.get("nav_line", {})
    h = data.get("html", {})
    limits = data.get("limits", {})
    return BoilerplateRules(
        path=path,
        lines=tuple(lines),
        nav=NavLineRule(
            id=nav.get("id", "nav.section_words"),
            min_words=int(nav.get("min_words", 5)),
            min_section_ratio=float(nav.get("min_section_ratio", 0.5)),
            section_words=frozenset(w.lower() for w in nav.get("section_words", ())),
        ),
        html=HtmlRules(
            skip_tags=frozenset(h.get("skip_tags", ())),
            credit_tags=frozenset(h.get("credit_tags", ())),
            block_tags=frozenset(h.get("block_tags", ())),
            skip_roles=frozenset(h.get("skip_roles", ())),
            furniture_attr=_compile(h.get("furniture_attr", "(?!)"), "html.furniture_attr", path),
            byline_attr=_compile(h.get("byline_attr", "(?!)"), "html.byline_attr", path),
            content_attr=_compile(h.get("content_attr", "(?!)"), "html.content_attr", path),
            text_free_tags=frozenset(h.get("text_free_tags", ())),
        ),
        title_max_chars=int(limits.get("title_max_chars", 200)),
        tail_min_body_chars=int(limits.get("tail_min_body_chars", 200)),
    )


@lru_cache(maxsize=8)
def _load(path: str) -> BoilerplateRules:
    try:
        with open(path, "rb") as fh:
            data = tomllib.load(fh)
    except FileNotFoundError:
        raise KGError(Errors.E030.format(path=path, reason="file not found")) from None
    except tomllib.TOMLDecodeError as exc:
        raise KGError(Errors.E030.format(path=path, reason=str(exc))) from None
    return rules_from_dict(data, path)


def load_rules(path: str | Path | None = None) -> BoilerplateRules:
    """Load (and cache) the boilerplate rules; default ``<ONTOLOGY_DIR>/rules/boilerplate.toml``."""
    if path is None:
        from kg.gazetteer import ONTOLOGY_DIR

        path = ONTOLOGY_DIR / "rules" / "boilerplate.toml"
    return _load(str(path))
