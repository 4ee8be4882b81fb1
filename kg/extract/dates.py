"""Dates of facts: when an event happened, and when a membership began and ended.

A sentence's time expressions (kg.time) are read against the document date. An event
(meeting, signing, appointment, resignation) takes the most precise date its sentence
gives; a membership takes a start from "since 2021" or "was appointed in 2021" and an
end from "until 2022" or "resigned in March". The words are data: ``[facts]`` in
``ontology/rules/time.toml``.

>>> sentence_date("On Friday, January 16, Japan and the United States agreed", [2026])
'2026-01-16'
>>> sentence_date("signed on March 3, 2023 in Tokyo", [])
'2023-03-03'
>>> sentence_date("On Friday, the two leaders met", [2023]) is None
True
>>> sentence_date("On Friday, the two leaders met", [], "2026-01-14")
'2026-01-09'
>>> membership_dates("Ana Ruiz, foreign minister since 2021, spoke.", None)
('2021', None, None)
>>> membership_dates("Ana Ruiz resigned as foreign minister on Tuesday.", "2026-01-16")
(None, '2026-01-13', '2026-01-13')
"""

from __future__ import annotations

import calendar
import re
import tomllib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from kg.model import AnnotatedDocument, Relation
from kg.rules import follows_ontology
from kg.time import DAY, MONTH, YEAR, Timex, document_date, find_timexes, years_in
from kg.time.rules import time_rules_file

# month and day names: capitalised words that name no one and nothing
CALENDAR_WORDS = frozenset(calendar.day_name) | frozenset(calendar.month_name[1:])

__all__ = ["attach_dates", "membership_dates", "sentence_date", "years_in"]

_RANK = {DAY: 3, MONTH: 2, YEAR: 1}
# ", who took office on Wednesday,": a date inside is the clause's, not the main event's.
_RELATIVE_CLAUSE = re.compile(r",\s*(?:who|which|whose|whom)\b[^,;]*")
_NEAR = 60  # characters: how close a date must be to the verb it goes with
_NEAR_TITLE = 30  # ... to the title, for "since", "until", "from ... to"
_NEAR_VERB = 25  # how close an appointment verb must be before the title
# Between a title and its verb, only the holder's name: "Foreign Minister Ana Ruiz resigned".
_NAME_GAP = re.compile(r"^\s+(?:[A-Z][\w.'’-]*\s+){1,4}(?:(?:has|had|was|is|will|would)\s+)?$")
_BREAK = re.compile(r"[;:—–]|\.\s|\bbut\b|\band\s+(?:then|later)\b")
_WORD_BEFORE = re.compile(r"([A-Za-z]+)\W*$")


@dataclass(frozen=True, slots=True)
class _FactRules:
    start_words: frozenset[str]
    end_words: frozenset[str]
    ignore_words: frozenset[str]
    start_verbs: re.Pattern[str]
    end_verbs: re.Pattern[str]


def _words(words: Iterable[str]) -> re.Pattern[str]:
    alts = "|".join(
        re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True)
    )
    return re.compile(rf"(?<![\w-])(?:{alts})(?![\w-])", re.I)


@follows_ontology
@lru_cache(maxsize=1)
def _rules() -> _FactRules:
    data = tomllib.loads(time_rules_file().read_text(encoding="utf-8"))["facts"]
    return _FactRules(
        frozenset(data["start_words"]),
        frozenset(data["end_words"]),
        frozenset(data["ignore_words"]),
        _words(data["start_verbs"]),
        _words(data["end_verbs"]),
    )


def _dated(sentence: str, doc_date: str | None, years: Sequence[int]) -> tuple[Timex, ...]:
    return _dated_cached(sentence, doc_date, tuple(years))


@lru_cache(maxsize=4096)
def _dated_cached(sentence: str, doc_date: str | None, years: tuple[int, ...]) -> tuple[Timex, ...]:
    # One sentence often carries several relations: read its dates once.
    return tuple(t for t in find_timexes(sentence, doc_date, years=years) if t.value)


def _word_before(sentence: str, t: Timex) -> str:
    m = _WORD_BEFORE.search(sentence[max(0, t.start - 30) : t.start])
    return m.group(1).lower() if m else ""


def _best(timexes: Iterable[Timex]) -> Timex | None:
    """The most precise date, the first of equals."""
    best = None
    for t in timexes:
        if best is None or _RANK[t.precision] > _RANK[best.precision]:
            best = t
    return best


def sentence_date(
    sentence: str, reference_years: Iterable[int], doc_date: str | None = None
) -> str | None:
    """The date an event sentence gives (ISO at its precision), or None.

    Dates that only bound the event ("since 2019", "before March") are not its date.
    ``reference_years`` place "Friday, January 16" when there is no document date.
    """
    rules = _rules()
    skip = rules.ignore_words | rules.start_words | rules.end_words
    dated = _dated(sentence, doc_date, list(reference_years))
    clauses = [m.span() for m in _RELATIVE_CLAUSE.finditer(sentence)]
    best = _best(
        t
        for t in dated
        if _word_before(sentence, t) not in skip and not any(a <= t.start < b for a, b in clauses)
    )
    return best.value if best else None


def membership_dates(
    sentence: str, doc_date: str | None, years: Sequence[int] = (), role: str | None = None
) -> tuple[str | None, str | None, str | None]:
    """``(start, end, event_date)`` a sentence states for the membership it reports.

    A date counts only near the title (``role``, when given) or near an appointment or
    resignation verb, in the same clause: "minister since 2021", "resigned in March".
    """
    rules = _rules()
    start = end = event = None
    spans, span_ok = 0, False
    for t in _dated(sentence, doc_date, years):
        word = _word_before(sentence, t)
        near_title = role is None or _near(sentence, (t.start, t.end), role, _NEAR_TITLE)
        if t.rule == "years.span":  # "(2019-2022)": the first year starts, the second ends
            if spans % 2 == 0:
                span_ok = near_title
                start = (start or t.value) if span_ok else start
            elif span_ok:
                end = t.value
            spans += 1
            continue
        if word in rules.ignore_words:
            continue
        if word in rules.start_words or word in rules.end_words:
            if near_title and word in rules.start_words:
                start = start or t.value
            elif near_title:
                end = t.value
            continue
        verb = _nearest_verb(sentence, t, rules, role)
        if verb == "start" and start is None:
            start = event = t.value
        elif verb == "end" and end is None:
            end = event = t.value
    return start, end, event


def _gap(sentence: str, a: int, b: int) -> int | None:
    """Characters between two positions, or None when a clause break lies between them."""
    lo, hi = min(a, b), max(a, b)
    if hi - lo > _NEAR or _BREAK.search(sentence, lo, hi):
        return None
    return hi - lo


def _near(sentence: str, span: tuple[int, int], role: str, limit: int) -> bool:
    """Whether the title is written within ``limit`` characters of ``span``, same clause."""
    start, end = span
    for m in re.finditer(re.escape(role), sentence, re.I):
        a, b = (m.end(), start) if m.end() <= start else (end, m.start())
        if b >= a and (gap := _gap(sentence, a, b)) is not None and gap <= limit:
            return True
    return False


def _verb_of_title(sentence: str, verb: re.Match, role: str) -> bool:
    """'appointed foreign minister', 'resigned as foreign minister', 'Foreign Minister Ana
    Ruiz resigned': the verb governs the title, not some other object."""
    for m in re.finditer(re.escape(role), sentence, re.I):
        if verb.end() <= m.start():
            between = sentence[verb.end() : m.start()]
            if len(between) <= _NEAR_VERB and not _BREAK.search(between):
                return True
        elif m.end() <= verb.start() and _NAME_GAP.match(sentence[m.end() : verb.start()]):
            return True
    return False


def _nearest_verb(sentence: str, t: Timex, rules: _FactRules, role: str | None) -> str | None:
    """Which kind of verb, appointment or resignation, is nearest the date in its clause
    (and, when ``role`` is given, written near the title: "resigned as foreign minister")."""
    best: tuple[int, str] | None = None
    for rx, kind in ((rules.end_verbs, "end"), (rules.start_verbs, "start")):
        for m in rx.finditer(sentence):
            if role and not _verb_of_title(sentence, m, role):
                continue
            if m.end() <= t.start:
                dist = _gap(sentence, m.end(), t.start)
            else:  # a verb after the date is a weaker match ("on 3 March ... and resigned")
                dist = _gap(sentence, t.end, m.start())
                dist = None if dist is None else 3 * dist
            if dist is not None and (best is None or dist < best[0]):
                best = (dist, kind)
    return best[1] if best else None


_EVENTS = frozenset({"met", "party", "signatory"})


def attach_dates(adoc: AnnotatedDocument, relations: Iterable[Relation]) -> list[Relation]:
    """Date each relation from its sentence: events get the date the sentence gives,
    memberships their stated start and end (appointments and resignations also date the
    assertion). Relations already dated keep their date."""
    doc_date = document_date(adoc.clean)
    years = [int(doc_date[:4])] if doc_date else years_in(adoc.clean.text)
    out = []
    for r in relations:
        sentence = r.text or r.evidence
        if r.predicate == "memberOf":
            start, end, event = membership_dates(sentence, doc_date, years, r.role)
            if start or end or event:
                r = replace(r, start_date=start, end_date=end, date=r.date or event)
        elif r.predicate in _EVENTS and r.date is None:
            date = sentence_date(sentence, years, doc_date)
            if date:
                r = replace(r, date=date)
        out.append(r)
    return out
