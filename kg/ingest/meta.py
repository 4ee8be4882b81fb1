"""Title and publication date from the markup of a document (HTML head, Markdown front matter).

>>> normalise_date("2026-01-16T09:30:00+09:00")
'2026-01-16'
>>> normalise_date("January 16, 2026"), normalise_date("16 Jan 2026"), normalise_date("2026/1/6")
('2026-01-16', '2026-01-16', '2026-01-06')
>>> html_metadata('<head><meta property="og:title" content="A &amp; B"></head><time datetime="2024-04-10">')
('A & B', '2024-04-10')
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from html.parser import HTMLParser

_MONTHS = {
    m: i + 1
    for i, names in enumerate(
        [
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ]
    )
    for m in names
}
_ISO = re.compile(r"^\s*(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:$|[T\s])")
_COMPACT = re.compile(r"^\s*(\d{4})(\d{2})(\d{2})(?:$|T)")
_MDY = re.compile(r"^\s*(?:\w+,\s*)?([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b")
_DMY = re.compile(r"^\s*(?:\w+,\s*)?(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b")

# Meta names/properties that carry the publication date, best first.
DATE_KEYS = (
    "article:published_time",
    "og:article:published_time",
    "og:published_time",
    "datepublished",
    "publishdate",
    "publish-date",
    "pubdate",
    "date",
    "dc.date.issued",
    "dc.date",
    "dcterms.date",
    "sailthru.date",
    "parsely-pub-date",
)
TITLE_KEYS = ("og:title", "twitter:title")
PUBLISHER_KEYS = ("og:site_name", "application-name", "publisher", "dc.publisher", "author")
_SITE_SUFFIX = re.compile(r"\s+[|\u2013\u2014-]\s+([^|\u2013\u2014]{1,60})$")


def _valid(y: int, m: int, d: int) -> str | None:
    if 1 <= m <= 12 and 1 <= d <= 31 and 1000 <= y <= 2999:
        return f"{y:04d}-{m:02d}-{d:02d}"
    return None


def normalise_date(value: str | None) -> str | None:
    """Return ``YYYY-MM-DD`` for common date spellings, else ``None``."""
    if not value:
        return None
    if m := _ISO.match(value) or _COMPACT.match(value):
        return _valid(int(m[1]), int(m[2]), int(m[3]))
    if (m := _MDY.match(value)) and m[1].lower() in _MONTHS:
        return _valid(int(m[3]), _MONTHS[m[1].lower()], int(m[2]))
    if (m := _DMY.match(value)) and m[2].lower() in _MONTHS:
        return _valid(int(m[3]), _MONTHS[m[2].lower()], int(m[1]))
    return None


def strip_site_name(title: str) -> str:
    """Drop a trailing `` | Site`` part (five words at most) from a ``<title>``.

    >>> strip_site_name("Japan signs pact | EconoTimes")
    'Japan signs pact'
    """
    title = " ".join(title.split())
    m = _SITE_SUFFIX.search(title)
    if m and len(m[1].split()) <= 5 and len(title[: m.start()].split()) >= 2:
        return title[: m.start()].strip()
    return title


def _json_ld_find(node: object, key: str) -> str | None:
    if isinstance(node, dict):
        value = node.get(key)
        if isinstance(value, str):
            return value
        children: list[object] = list(node.values())
    elif isinstance(node, list):
        children = node
    else:
        return None
    for child in children:
        if found := _json_ld_find(child, key):
            return found
    return None


class _MetaParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.meta: dict[str, str] = {}
        self.title_parts: list[str] | None = None
        self.title: str | None = None
        self.times: list[tuple[int, str]] = []
        self.json_ld: list[str] = []
        self._script: list[str] | None = None
        self.canonical: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k.lower(): (v or "") for k, v in attrs}
        if tag == "meta":
            key = (a.get("property") or a.get("name") or a.get("itemprop") or "").lower()
            if key and "content" in a:
                self.meta.setdefault(key, a["content"])
        elif tag == "link" and "canonical" in a.get("rel", "").lower().split():
            if self.canonical is None and a.get("href"):
                self.canonical = a["href"]
        elif tag == "title" and self.title is None:
            self.title_parts = []
        elif tag == "time" and a.get("datetime"):
            # A <time> marked as the publication date beats any other <time>.
            rank = 0 if a.get("itemprop", "").lower() == "datepublished" or "pubdate" in a else 1
            self.times.append((rank, a["datetime"]))
        elif tag == "script" and a.get("type", "").lower() == "application/ld+json":
            self._script = []

    def handle_endtag(self, tag: str) -> None:
        if tag == "title" and self.title_parts is not None:
            self.title = "".join(self.title_parts)
            self.title_parts = None
        elif tag == "script" and self._script is not None:
            self.json_ld.append("".join(self._script))
            self._script = None

    def handle_data(self, data: str) -> None:
        if self.title_parts is not None:
            self.title_parts.append(data)
        elif self._script is not None:
            self._script.append(data)


def html_metadata(text: str) -> tuple[str | None, str | None]:
    """Return ``(title, date)`` found in an HTML page's metadata (either may be ``None``)."""
    meta = page_metadata(text)
    return meta.title, meta.date


@dataclass(frozen=True, slots=True)
class Metadata:
    title: str | None = None
    date: str | None = None  # YYYY-MM-DD
    publisher: str | None = None  # the site or agency that published the article


def _publisher_from_ld(ld: object) -> str | None:
    pub = None
    if isinstance(ld, dict | list):
        stack = [ld]
        while stack and pub is None:
            node = stack.pop(0)
            if isinstance(node, dict):
                value = node.get("publisher")
                if isinstance(value, dict) and isinstance(value.get("name"), str):
                    pub = value["name"]
                elif isinstance(value, str):
                    pub = value
                stack.extend(v for v in node.values() if isinstance(v, dict | list))
            elif isinstance(node, list):
                stack.extend(node)
    return pub


def page_metadata(text: str) -> Metadata:
    """Title, publication date and publisher from an HTML page's head and markup."""
    p = _MetaParser()
    p.feed(text)
    p.close()
    ld: list[object] = []
    for block in p.json_ld:
        try:
            ld.append(json.loads(block))
        except ValueError:
            continue
    title = next((p.meta[k] for k in TITLE_KEYS if p.meta.get(k, "").strip()), None)
    if title is None and p.title and p.title.strip():
        title = strip_site_name(p.title)
    if title is None:
        title = _json_ld_find(ld, "headline")
    date = None
    for key in DATE_KEYS:
        if date := normalise_date(p.meta.get(key)):
            break
    if date is None:
        date = normalise_date(_json_ld_find(ld, "datePublished"))
    if date is None:
        for _, value in sorted(p.times, key=lambda t: t[0]):
            if date := normalise_date(value):
                break
    publisher = _publisher_from_ld(ld) or next(
        (p.meta[k] for k in PUBLISHER_KEYS[:4] if p.meta.get(k, "").strip()), None
    )
    return Metadata(
        (" ".join(title.split()) or None) if title else None,
        date,
        " ".join(publisher.split())[:200] or None if publisher else None,
    )


_FRONT = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.S)
_FRONT_KEY = re.compile(
    r"^(title|date|published|source|publisher|site_name)\s*:\s*(.+?)\s*$", re.M | re.I
)
_MD_H1 = re.compile(r"^#[ \t]+(.+?)[ \t#]*$", re.M)


def markdown_metadata(text: str) -> tuple[str | None, str | None]:
    """Return ``(title, date)`` from YAML front matter or the first ``# heading``.

    >>> markdown_metadata("---\\ntitle: 'Pact signed'\\ndate: 2024-04-10\\n---\\n# Other\\n")
    ('Pact signed', '2024-04-10')
    """
    meta = text_metadata(text, markdown=True)
    return meta.title, meta.date


# Header lines at the top of a plain-text or Markdown article.
_HEADER = re.compile(
    r"^(?P<key>title|headline|date|dated|published(?:\s+on)?|publication\s+date|posted(?:\s+on)?"
    r"|updated(?:\s+on)?|last\s+updated|source|publisher|agency)\s*:\s*(?P<value>\S.*?)\s*$",
    re.I,
)
_HEADER_KIND = {"title": "title", "headline": "title", "source": "publisher"}
_HEADER_KIND |= {"publisher": "publisher", "agency": "publisher"}
# What may follow a date on a date line: a time, a zone, separators ("| 10:42 GMT").
_DATE_REST = re.compile(
    r"^[\s|,·•–—-]*(?:(?:at\s+)?\d{1,2}(?:[:.]\d{2}){1,2}\s*(?:[ap]\.?m\.?)?"
    r"(?:\s*(?:[A-Z]{2,5}|(?:UTC|GMT)\s*[+-]\s*\d{1,2}(?::?\d{2})?|[+-]\d{2}:?\d{2}))?)?"
    r"[\s|,·•–—-]*(?:\((?:updated?|[A-Z]{2,5})[^)]{0,30}\))?\s*$",
    re.I,
)
_DATE_LABEL = re.compile(r"^(?:published|posted|updated|last\s+updated)(?:\s+on)?\s*:?\s*", re.I)
_DATE_START = re.compile(
    r"\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?"
    r"|(?:\w+,?\s+)?[A-Za-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}"
    r"|(?:\w+,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]{3,9}\.?,?\s+\d{4}"
)
_EMPHASIS = re.compile(r"[*_`]{1,3}")
HEADER_LINES = 12  # header lines are looked for among the first lines only
_BODY_LINE = 200  # a line this long is article text: the header is over


def date_line(line: str) -> str | None:
    """The ISO date of a line that holds only a date (and a time, zone or label).

    >>> date_line("March 4, 2019 | 10:42 GMT"), date_line("Published: 4 March 2019, 10.42am")
    ('2019-03-04', '2019-03-04')
    >>> date_line("March 4, 2019 was a cold day") is None
    True
    """
    if len(line) > 80:
        return None
    rest = _DATE_LABEL.sub("", line.strip(), count=1)
    m = _DATE_START.match(rest)
    if not m or not _DATE_REST.match(rest[m.end() :]):
        return None
    return normalise_date(m.group())


def header_field(line: str) -> tuple[str, str, int] | None:
    """``(kind, value, value start)`` of a header line: kind is title, date or publisher.

    >>> header_field("Date: 2024-05-03"), header_field("Source: Reuters")
    (('date', '2024-05-03', 6), ('publisher', 'Reuters', 8))
    >>> header_field("March 4, 2019 | 10:42 GMT")
    ('date', '2019-03-04', 0)
    """
    if m := _HEADER.match(line):
        key = " ".join(m["key"].lower().split())
        kind = _HEADER_KIND.get(key, "date")
        value = m["value"]
        if kind == "date":
            iso = normalise_date(value) or date_line(value)
            return ("date", iso, m.start("value")) if iso else None
        if len(value) > 200:
            return None
        return kind, value.strip("'\""), m.start("value")
    if iso := date_line(line):
        return "date", iso, 0
    return None


def header_lines(text: str, start: int = 0) -> list[tuple[int, int, str, str, int]]:
    """Header lines at the top of ``text`` (from ``start``): ``(begin, end, kind, value,
    value start)``; the scan stops at the first long line (article text)."""
    from kg.clean.units import text_lines

    out = []
    for n, (b, e, _) in enumerate(text_lines(text)):
        if b < start:
            continue
        if n >= HEADER_LINES or e - b >= _BODY_LINE:
            break
        line = text[b:e]
        # Markdown emphasis around labels ("**Date:** 2024-05-03") is markup, not text.
        if hit := header_field(_EMPHASIS.sub("", line).lstrip("#> \t").strip()):
            kind, value, _ = hit
            at = line.find(value) if kind == "title" else -1
            out.append((b, e, kind, value, b + at if at >= 0 else b))
    return out


def text_metadata(text: str, markdown: bool = False) -> Metadata:
    """Title, date and publisher of a plain-text or Markdown article.

    Front matter (Markdown) first, then header lines ("Title: …", "Date: 2024-05-03",
    "March 4, 2019 | 10:42 GMT", "Source: Reuters"), then the first ``# heading``.

    >>> text_metadata("Pact signed\\nDate: 2024-05-03\\nSource: AP\\n\\nTokyo agreed.")
    Metadata(title=None, date='2024-05-03', publisher='AP')
    """
    found: dict[str, str] = {}
    start = 0
    if markdown and (m := _FRONT.match(text)):
        start = m.end()
        for key, value in _FRONT_KEY.findall(m[1]):
            value = value.strip("'\"")
            key = key.lower()
            if key == "title":
                found.setdefault("title", value)
            elif key in ("date", "published"):
                if iso := normalise_date(value):
                    found.setdefault("date", iso)
            else:
                found.setdefault("publisher", value)
    for _, _, kind, value, _ in header_lines(text, start):
        found.setdefault(kind, value)
    if markdown and "title" not in found and (h := _MD_H1.search(text, start)):
        found["title"] = h[1].strip()
    return Metadata(found.get("title"), found.get("date"), found.get("publisher"))


def canonical_url(html: str) -> str | None:
    """The absolute http(s) URL a page states as its own (``rel=canonical``, else ``og:url``).

    >>> canonical_url('<head><link rel="canonical" href="https://news.example/a?id=1&amp;p=2">')
    'https://news.example/a?id=1&p=2'
    >>> canonical_url('<meta property="og:url" content="/relative/only">') is None
    True
    """
    p = _MetaParser()
    p.feed(html)
    p.close()
    for url in (p.canonical, p.meta.get("og:url")):
        url = (url or "").strip()
        if re.match(r"https?://[^/\s]+", url, re.IGNORECASE) and not re.search(r"\s", url):
            return url
    return None
