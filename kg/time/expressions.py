"""Find time expressions in a text and normalise them against the document date.

Values are ISO 8601 at the expression's own granularity: ``2026`` (a year), ``2026-01`` (a
month), ``2026-01-16`` (a day). Expressions relative to the document date ("Friday", "last
year", "two months ago") get a value only when the document date is known; an expression
that names no year ("January 16") takes it from the document date, or, when the weekday
is written ("Friday, January 16"), from the year near the document's years in which that
day is that weekday. Nothing is guessed: what cannot be anchored has the value ``None``.

>>> [(t.text, t.value) for t in find_timexes("He resigned on Friday, a year ago.", "2026-01-14")]
[('Friday', '2026-01-09'), ('a year ago', '2025')]
>>> [(t.text, t.value) for t in find_timexes("Talks will resume on Friday.", "2026-01-14")]
[('Friday', '2026-01-16')]
>>> [(t.text, t.value) for t in find_timexes("Talks resumed last week, not in March.", None)]
[('March', None)]
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass

from dateutil.relativedelta import relativedelta

from kg.time.rules import TimePattern, TimeRules, load_time_rules

DAY, MONTH, YEAR = "day", "month", "year"
_CLAUSE_BREAK = re.compile(r"[.!?;:]\s|\n\s*\n|\s[—–]\s|\(|\)")
_WORD_BEFORE = re.compile(r"([\w$#.’']+)\s*$")
_FAR_DAYS, _NEAR_DAYS = 183, 31  # see _nearest
_OPENING_WORDS = 3  # words before an expression that still "opens" its clause
_WORD_BEFORE_RAW = re.compile(r"(\w+)\s+$")
_WORD_AFTER = re.compile(r"^\s*([A-Za-z]+)")


@dataclass(frozen=True, slots=True)
class Timex:
    """One time expression, in offsets of the text it was found in."""

    start: int
    end: int
    text: str
    value: str | None  # ISO value at its precision; None when it cannot be anchored
    precision: str  # "day" | "month" | "year" | "" (not a calendar date)
    relative: bool  # anchored on the document date (or would be, had it one)
    rule: str  # pattern id

    @property
    def calendar(self) -> bool:
        """A calendar date (year, month or day), whether or not it could be anchored."""
        return self.precision != ""


def find_timexes(
    text: str,
    doc_date: str | None,
    *,
    years: Iterable[int] = (),
    include_other: bool = False,
    rules: TimeRules | None = None,
) -> list[Timex]:
    """Time expressions of ``text`` in order, normalised against ``doc_date`` (ISO day).

    ``years``: years the document mentions, used only to place "Friday, January 16" when
    there is no document date. Non-calendar expressions (weeks, seasons, quarters,
    durations, ...) are recognised and dropped unless ``include_other``.
    """
    rules = rules or load_time_rules()
    if not rules.anchor.search(text):
        return []  # most sentences name no time at all: skip the patterns
    dct = _parse_day(doc_date)
    ref_years = [dct.year] if dct else list(years)
    out: list[Timex] = []
    for pat, m in _select(_candidates(text, rules)):
        for tx in _normalise(text, pat, m, dct, ref_years, rules):
            if tx is not None and (tx.calendar or include_other):
                out.append(tx)
    return out


def _candidates(text: str, rules: TimeRules):
    for pat in rules.patterns:
        for m in pat.regex.finditer(text):
            if m.end() > m.start():
                yield pat, m


def _select(cands) -> list[tuple[TimePattern, re.Match]]:
    """Longest match first, then earlier pattern; no two selected matches overlap."""
    ranked = sorted(
        cands, key=lambda c: (-(c[1].end() - c[1].start()), c[0].priority, c[1].start())
    )
    starts: list[int] = []  # the taken spans never overlap: sorted by start, also by end
    ends: list[int] = []
    chosen = []
    for pat, m in ranked:
        s, e = m.span()
        i = bisect.bisect_right(starts, s)
        if (i > 0 and ends[i - 1] > s) or (i < len(starts) and starts[i] < e):
            continue
        starts.insert(i, s)
        ends.insert(i, e)
        chosen.append((pat, m))
    return sorted(chosen, key=lambda c: c[1].start())


def _parse_day(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        day = dt.date.fromisoformat(value[:10])
    except ValueError:
        return None
    return day if 1000 <= day.year <= 9000 else None  # room for "two decades ago" arithmetic


# --- normalisation -----------------------------------------------------------------------


def _normalise(text, pat: TimePattern, m: re.Match, dct, ref_years, rules: TimeRules):
    g = {k: v for k, v in m.groupdict().items() if v is not None}
    s, e = m.span()
    rel = False
    value: str | None = None
    precision = ""
    kind = pat.kind
    if kind == "other":
        return [Timex(s, e, m.group(0), None, "", False, pat.id)]
    if not _capitalised_names(g):
        return []
    if kind == "numeric":
        value, precision = _numeric(g), DAY
        if value is None:
            return []
    elif kind == "date":
        month, day = rules.months[g["month"].rstrip(".").lower()], int(_digits(g["day"]))
        precision = DAY
        if "year" in g:
            value = _iso(int(g["year"]), month, day)
        else:
            rel = True
            value = _day_without_year(text, m, month, day, g.get("wd"), dct, ref_years, rules)
        if value is None and "year" in g:
            return []
    elif kind == "month":
        month = rules.months[g["month"].rstrip(".").lower()]
        precision = MONTH
        if "year" in g:
            value = f"{int(g['year']):04d}-{month:02d}"
        else:
            if "rel" not in g and "mod" not in g and not _month_alone_ok(text, m, g, rules):
                return []
            rel = True
            if dct:
                value = _month_without_year(text, m, month, g.get("rel"), dct, rules)
    elif kind == "year":
        if not _year_ok(text, m, g, rules):
            return []
        value, precision = f"{int(g['year']):04d}", YEAR
    elif kind == "years":
        a, b = int(g["year"]), int(g["year2"])
        if b <= a:
            return []
        sa, ea = m.span("year")
        sb, eb = m.span("year2")
        return [
            Timex(sa, ea, text[sa:ea], f"{a:04d}", YEAR, False, pat.id),
            Timex(sb, eb, text[sb:eb], f"{b:04d}", YEAR, False, pat.id),
        ]
    elif kind == "weekday":
        if (
            "rel" not in g
            and _WORD_BEFORE_RAW.search(text, max(0, s - 20), s)
            and (
                _WORD_BEFORE_RAW.search(text, max(0, s - 20), s).group(1)
                in rules.weekday_name_prefixes
            )
        ):
            return []  # "Black Monday", "Good Friday": a named day, not a weekday
        rel, precision = True, DAY
        if dct:
            value = _weekday(text, m, rules.weekdays[g["wd"].lower()], g.get("rel"), dct, rules)
    elif kind == "deictic":
        rel, precision = True, DAY
        if dct:
            days = rules.deictic[" ".join(g["deictic"].lower().split())]
            value = (dct + dt.timedelta(days=days)).isoformat()
    elif kind == "holiday":
        if not g["holiday"][:1].isupper():
            return []
        rel, precision = True, DAY
        month, day = rules.holidays[" ".join(g["holiday"].lower().split())]
        value = _day_without_year(text, m, month, day, None, dct, ref_years, rules)
    elif kind == "relative":
        rel = True
        unit = g["unit"].lower()
        precision = YEAR if unit == "year" else MONTH
        if dct:
            n = rules.relative.get(" ".join(g.get("rel", "this").lower().split()), 0)
            value = _shift(dct, unit, n)
    elif kind == "ago":
        unit = g["unit"].lower()
        if unit not in (DAY, MONTH, YEAR):
            return [Timex(s, e, m.group(0), None, "", True, pat.id)]
        rel, precision = True, unit
        n = rules.numbers.get(g["num"].lower()) if not g["num"].isdigit() else int(g["num"])
        if n is None:
            return []
        sign = 1 if g["dir"].lower() != "ago" else -1
        if dct:
            value = _shift(dct, unit, sign * n)
    return [Timex(s, e, m.group(0), value, precision, rel, pat.id)]


def _capitalised_names(g: dict[str, str]) -> bool:
    return all(g[k][:1].isupper() for k in ("month", "wd") if k in g)


def _digits(s: str) -> str:
    return re.match(r"\d+", s).group(0)


def _iso(y: int, m: int, d: int) -> str | None:
    try:
        return dt.date(y, m, d).isoformat()
    except ValueError:
        return None


def _numeric(g: dict[str, str]) -> str | None:
    a, b, c = int(g["a"]), int(g["b"]), g["c"]
    if len(g["a"]) == 4:  # ISO
        return _iso(a, b, int(c))
    year = int(c) if len(c) == 4 else (1900 + int(c) if int(c) >= 50 else 2000 + int(c))
    month, day = (a, b) if a <= 12 else (b, a)  # month first unless it cannot be a month
    return _iso(year, month, day)


def _shift(dct: dt.date, unit: str, n: int) -> str:
    if unit == YEAR:
        return f"{dct.year + n:04d}"
    if unit == MONTH:
        d = dct + relativedelta(months=n)
        return f"{d.year:04d}-{d.month:02d}"
    return (dct + relativedelta(days=n)).isoformat()


def tense(text: str, start: int, end: int, rules: TimeRules | None = None) -> int:
    """+1 when the clause around ``text[start:end]`` speaks of the future, -1 of the past, 0
    when it does not say. The cue word nearest before the expression decides; cues after it
    count only when it opens its clause ("On Friday, the two met")."""
    rules = rules or load_time_rules()
    left = max(
        (b.end() for b in _CLAUSE_BREAK.finditer(text, max(0, start - 200), start)),
        default=max(0, start - 200),
    )
    nxt = _CLAUSE_BREAK.search(text, end, end + 80)
    right = nxt.start() if nxt else min(len(text), end + 80)
    best: tuple[int, int] | None = None
    spans = [(left, start, True)]
    if len(text[left:start].split()) <= _OPENING_WORDS:
        spans.append((end, right, False))
    for lo, hi, before in spans:
        for rx, sign in ((rules.future, 1), (rules.past, -1)):
            for m in rx.finditer(text, lo, hi):
                word = m.group(0)
                generic = word.lower() not in rules.past_words
                if sign < 0 and (word.lower() in rules.not_past or (generic and word[0].isupper())):
                    continue  # "expected" looks ahead; "United" is a name
                dist = start - m.end() if before else (m.start() - end) * 2  # prefer cues before
                if best is None or dist < best[0] or (dist == best[0] and sign > 0):
                    best = (dist, sign)
    return best[1] if best else 0


def _weekday(text, m, wd: int, rel: str | None, dct: dt.date, rules) -> str:
    rel = (rel or "").lower().split()[-1] if rel else ""  # "this past" -> "past"
    back = (dct.weekday() - wd) % 7  # days back to the latest such weekday, today included
    fwd = (wd - dct.weekday()) % 7
    if rel in ("last", "past", "previous"):
        delta = -(back or 7)
    elif rel in ("next", "coming"):
        delta = fwd or 7
    elif rel == "this":
        delta = fwd if tense(text, m.start(), m.end(), rules) >= 0 else -back
    else:  # news reports look back unless the clause speaks of the future
        delta = (fwd or 7) if tense(text, m.start(), m.end(), rules) > 0 else -back
    return (dct + dt.timedelta(days=delta)).isoformat()


def _day_without_year(text, m, month, day, wd, dct, ref_years, rules) -> str | None:
    if wd:  # the weekday fixes the year among those near the reference year
        if not ref_years:
            return None
        want = rules.weekdays[wd.lower()]
        for delta in sorted(range(-6, 7), key=lambda d: (abs(d), d)):
            y = ref_years[0] + delta
            iso = _iso(y, month, day)
            if iso and dt.date.fromisoformat(iso).weekday() == want:
                return iso
        return None
    if dct is None:
        return None
    options = [
        dt.date(y, month, day)
        for y in (dct.year - 1, dct.year, dct.year + 1)
        if _iso(y, month, day)
    ]
    if not options:
        return None
    return _nearest(options, dct, tense(text, m.start(), m.end(), rules)).isoformat()


def _nearest(options: list[dt.date], dct: dt.date, direction: int) -> dt.date:
    """The option the clause points to: on/after the document date for the future, on/before
    it for the past, else the nearest one (the earlier on a tie). A tense never pulls a date
    most of a year away when one lies within a month of the document date ("remained open
    until April 30", written on April 10): news gives the year of so distant a date."""
    nearest = min(options, key=lambda o: (abs((o - dct).days), o))
    chosen = nearest
    if direction > 0:
        ahead = [o for o in options if o >= dct]
        chosen = min(ahead) if ahead else nearest
    elif direction < 0:
        behind = [o for o in options if o <= dct]
        chosen = max(behind) if behind else nearest
    # News style gives the year of a date outside the current year, so the exception only
    # ever returns a date of the document's own year.
    if (
        abs((chosen - dct).days) > _FAR_DAYS
        and abs((nearest - dct).days) <= _NEAR_DAYS
        and nearest.year == dct.year
    ):
        return nearest
    return chosen


def _month_without_year(text, m, month: int, rel: str | None, dct: dt.date, rules) -> str:
    rel = (rel or "").lower()
    this = dt.date(dct.year, month, 1)
    first = dt.date(dct.year, dct.month, 1)
    if rel in ("last", "past", "previous"):
        y = dct.year if month < dct.month else dct.year - 1
    elif rel in ("next", "coming"):
        y = dct.year if month > dct.month else dct.year + 1
    elif rel == "this":
        y = dct.year
    else:
        options = [this.replace(year=dct.year - 1), this, this.replace(year=dct.year + 1)]
        y = _nearest(options, first, tense(text, m.start(), m.end(), rules)).year
    return f"{y:04d}-{month:02d}"


def _word_before(text: str, pos: int) -> str:
    mb = _WORD_BEFORE.search(text, max(0, pos - 30), pos)
    return mb.group(1).lower().rstrip(".") if mb else ""


def _month_alone_ok(text: str, m: re.Match, g: dict[str, str], rules: TimeRules) -> bool:
    """A month named alone is a date unless the name is also a common word or first name;
    then it needs a preposition or modifier before it ("in May", "since April")."""
    written = g["month"]
    name = written.rstrip(".").lower()
    if len(written) <= 4 and name not in ("may", "june", "july") and not written.endswith("."):
        return False  # an abbreviation alone without its full stop ("Mar del Plata")
    if name not in rules.ambiguous_months:
        return True
    after = _WORD_AFTER.match(text[m.end() : m.end() + 30])
    if after and after.group(1) in rules.month_nouns:
        return True  # "the May figures"
    if _word_before(text, m.start()) not in rules.month_triggers:
        return False
    return not (after and after.group(1)[:1].isupper())  # "in June Carter's home"


def _year_ok(text: str, m: re.Match, g: dict[str, str], rules: TimeRules) -> bool:
    """A bare four-digit number is a year unless it counts something ("2000 troops")."""
    if "mod" in g:
        return True
    s, e = m.span("year")
    after = _WORD_AFTER.match(text[e : e + 30])
    if after and after.group(1).lower() in rules.count_nouns:
        return False
    before = _word_before(text, s)
    if int(g["year"]) < rules.old_years_before and before not in rules.month_triggers:
        return False
    return before not in rules.quantity_words
