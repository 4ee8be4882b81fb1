"""The time rules of ``ontology/rules/time.toml``, compiled once.

>>> r = load_time_rules()
>>> r.months["sept"], r.weekdays["friday"], r.numbers["two"]
(9, 4, 2)
>>> [p.id for p in r.patterns][:2]
['other.part_of_day', 'other.quarter']
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from kg.errors import Errors, KGError
from kg.rules import RULES_DIR, active_rules_dir, follows_ontology

TIME_RULES = RULES_DIR / "time.toml"
KINDS = frozenset(
    {
        "date",
        "numeric",
        "month",
        "year",
        "weekday",
        "deictic",
        "holiday",
        "relative",
        "ago",
        "years",
        "other",
    }
)


@dataclass(frozen=True, slots=True)
class TimePattern:
    id: str
    kind: str
    regex: re.Pattern[str]
    priority: int


@dataclass(frozen=True, slots=True)
class TimeRules:
    months: dict[str, int]  # lower-case name or abbreviation -> 1..12
    ambiguous_months: frozenset[str]
    month_triggers: frozenset[str]
    month_nouns: frozenset[str]
    old_years_before: int
    weekdays: dict[str, int]  # lower-case name -> 0 (Monday) .. 6
    weekday_name_prefixes: frozenset[str]
    numbers: dict[str, int]
    relative: dict[str, int]
    deictic: dict[str, int]
    holidays: dict[str, tuple[int, int]]  # lower-case name -> (month, day)
    count_nouns: frozenset[str]
    quantity_words: frozenset[str]
    future: re.Pattern[str]
    past: re.Pattern[str]
    past_words: frozenset[str]
    not_past: frozenset[str]
    patterns: tuple[TimePattern, ...]
    anchor: re.Pattern[str]  # a word or digit every pattern needs; no match, no time


def _alt(words) -> str:
    return "|".join(
        re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True)
    )


def time_rules_file() -> Path:
    """``time.toml`` of the active ontology (see :func:`kg.rules.use_ontology`)."""
    return active_rules_dir() / TIME_RULES.name


@follows_ontology
@lru_cache(maxsize=4)
def load_time_rules(path: str | Path | None = None) -> TimeRules:
    """Read and compile the time rules (E030 names the file when it is broken)."""
    p = Path(path) if path else time_rules_file()
    try:
        data = tomllib.loads(p.read_text(encoding="utf-8"))
        return _compile(data)
    except (OSError, tomllib.TOMLDecodeError, KeyError, re.error, ValueError) as exc:
        raise KGError(Errors.E030.format(path=p, reason=exc)) from exc


def _compile(data: dict) -> TimeRules:
    voc = data["vocabulary"]
    months = {n.lower(): i for i, names in enumerate(voc["months"], 1) for n in names}
    weekdays = {d.lower(): i for i, d in enumerate(voc["weekdays"])}
    numbers = {k.lower(): int(v) for k, v in voc["numbers"].items()}
    month_names = [n for names in voc["months"] for n in names]
    macros = {
        # Abbreviations may take a full stop ("Jan."); full names never do.
        "MONTH": "(?:"
        + "|".join(
            f"{re.escape(n)}\\.?" if len(n) <= 4 and n != "May" and n != "June" else re.escape(n)
            for n in sorted(month_names, key=len, reverse=True)
        )
        + ")",
        "WEEKDAY": f"(?:{_alt(voc['weekdays'])})",
        "DAY": r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?",
        "YEAR": r"(?:1[6-9]\d\d|20\d\d)",
        "NUM": f"(?:\\d{{1,3}}|{_alt(numbers)})",
        "UNIT": "(?:day|week|month|year|decade)",
        "MOD": f"(?:{_alt(voc['modifiers'])})",
        "SEASON": f"(?:{_alt(voc['seasons'])})",
        "ORD": f"(?:{_alt(voc['ordinals'])})",
        "DEICTIC": f"(?:{_alt(voc['deictic'])})",
        "HOLIDAY": f"(?:{_alt(voc['holidays'])})",
    }

    def expand(rx: str) -> str:
        return re.sub(r"\{([A-Z]+)\}", lambda m: macros[m.group(1)], rx)

    patterns = []
    for i, pat in enumerate(data["pattern"]):
        if pat["kind"] not in KINDS:
            raise ValueError(f"pattern {pat['id']}: unknown kind {pat['kind']!r}")
        rx = re.compile(r"(?<!\w)(?:" + expand(pat["regex"]) + r")(?!\w)", re.I)
        patterns.append(TimePattern(pat["id"], pat["kind"], rx, i))
    cues = data["cues"]
    anchor_words = (
        month_names
        + voc["weekdays"]
        + list(voc["deictic"])
        + list(voc["seasons"])
        + list(voc["holidays"])
        + data["anchors"]["words"]
    )
    return TimeRules(
        months=months,
        ambiguous_months=frozenset(m.lower() for m in voc["ambiguous_months"]),
        month_triggers=frozenset(voc["month_triggers"]),
        month_nouns=frozenset(voc["month_nouns"]),
        old_years_before=int(voc["old_years_before"]),
        weekdays=weekdays,
        weekday_name_prefixes=frozenset(voc["weekday_name_prefixes"]),
        numbers=numbers,
        relative={k.lower(): int(v) for k, v in voc["relative"].items()},
        deictic={" ".join(k.lower().split()): int(v) for k, v in voc["deictic"].items()},
        holidays={k.lower(): (int(v[:2]), int(v[3:])) for k, v in voc["holidays"].items()},
        count_nouns=frozenset(voc["count_nouns"]),
        quantity_words=frozenset(voc["quantity_words"]),
        future=re.compile(rf"(?<!\w)(?:{_alt(cues['future'])})(?!\w)", re.I),
        past=re.compile(rf"(?<!\w)(?:{_alt(cues['past'])}|\w{{3,}}ed)(?!\w)", re.I),
        past_words=frozenset(w.lower() for w in cues["past"]),
        not_past=frozenset(cues["not_past"]),
        patterns=tuple(patterns),
        anchor=re.compile(rf"\d|(?<!\w)(?:{_alt(anchor_words)})", re.I),
    )
