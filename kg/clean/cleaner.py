"""Remove page furniture from a document and keep a map back to the source text.

>>> from kg.model import RawDocument
>>> raw = RawDocument("a.txt", "Menu\\n\\nJapan Signs Pact\\n\\nBy Jane Doe\\n\\nTOKYO (AP) - Japan signed it.\\n"
...                   "\\nRelated: Other news\\n", "0" * 64, "text/plain")
>>> doc = clean(raw)
>>> doc.text, doc.title, doc.byline, doc.publisher
('Japan Signs Pact\\n\\nTOKYO\\n\\nJapan signed it.', 'Japan Signs Pact', 'Jane Doe', 'AP')
>>> b, e = doc.offsets.to_source(25, 30); raw.text[b:e]
'Japan'
>>> [r.rule for r in doc.removed]
['furniture.menu', 'byline.by', 'dateline.place', 'teaser.read_more']
"""

from __future__ import annotations

import re

from kg.clean.article import DEFAULT_SETTINGS, ExtractorSettings, extract_text, keep_aligned
from kg.clean.html_blocks import HtmlText, html_units
from kg.clean.rules import BoilerplateRules, load_rules
from kg.clean.units import Unit, concat, join, text_lines
from kg.errors import Warnings
from kg.ingest.meta import header_lines
from kg.model import CleanDocument, OffsetMap, RawDocument, Removal

SEPARATOR = "\n\n"
_BY = re.compile(r"^(?:[Bb]y|BY|[Ww]ritten\s+by|[Rr]eported\s+by|[Ww]ords\s+by)\s*:?\s+")
_DUP_TRIM = " \t.,;:|-\u2013\u2014\u00a0"
_SENTENCE_END = re.compile(r"[a-z]{2}[.]$")

# Markdown syntax that is markup, not text: cut from each line, keeping offsets exact.
_MD_PREFIX = re.compile(r"^(?:#{1,6}[ \t]+|>[ \t]?|[-*+][ \t]+|\d{1,3}[.)][ \t]+)+")
_MD_RULE = re.compile(r"^(?:[-*_][ \t]*){3,}$|^```|^~~~")
_MD_IMAGE = re.compile(r"^!\[[^\]]*\]\([^)]*\)$")
_MD_INLINE = re.compile(
    r"!\[[^\]]*\]\([^)]*\)"  # image: dropped whole
    r"|(?P<lb>\[)(?=[^\]]*\]\([^)]*\))"  # link text start
    r"|(?P<lt>\]\([^)]*\))"  # link target
    r"|\*\*|__|`|(?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*])|[ \t]+#+$"
)
_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n.*?\r?\n---[ \t]*(?:\r?\n|\Z)", re.S)


def _norm(s: str) -> str:
    return " ".join(s.split()).casefold()


def _strip_by(line: str) -> str:
    return _BY.sub("", line).strip()


def _heading_like(line: str, limit: int) -> bool:
    """Short, more than one word, and not ending like a sentence."""
    return len(line) <= limit and len(line.split()) >= 2 and not line.endswith((".", ",", ";", ":"))


def _text_units(raw: RawDocument) -> tuple[list[Unit], list[Removal]]:
    text = raw.text
    removed: list[Removal] = []
    start = 0
    markdown = raw.media_type == "text/markdown"
    if markdown and (fm := _FRONT_MATTER.match(text)):
        removed.append(Removal(0, fm.end(), "markdown.front_matter"))
        start = fm.end()
    headers = {b: (e, kind, at) for b, e, kind, _, at in header_lines(text, start)}
    units: list[Unit] = []
    fence = False
    for b, e, para in text_lines(text):
        if b < start:
            continue
        if (header := headers.get(b)) is not None:
            e, kind, at = header
            if kind != "title":
                removed.append(Removal(b, e, f"header.{kind}"))
                continue
            removed.append(Removal(b, at, "header.title"))  # "Title: " is a label, not text
            b = at
        u = Unit.identity(text[b:e], b, para)
        if markdown:
            line = u.text
            if fence or _MD_RULE.match(line):
                if line.startswith(("```", "~~~")):
                    fence = not fence
                removed.append(
                    Removal(b, e, "markdown.code" if fence or line[0] in "`~" else "markdown.rule")
                )
                continue
            if _MD_IMAGE.match(line):
                removed.append(Removal(b, e, "markdown.image"))
                continue
            cuts = []
            if m := _MD_PREFIX.match(line):
                cuts.append((0, m.end()))
            cuts.extend(m.span() for m in _MD_INLINE.finditer(line, cuts[0][1] if cuts else 0))
            if cuts:
                u = u.without(cuts).strip()
                if not u.text:
                    continue
        units.append(u)
    return units, removed


def _title_duplicate(line: str, title: str, rules: BoilerplateRules) -> bool:
    """``line`` repeats ``title`` (once or more), possibly with a photo credit appended."""
    n_line, n_title = " ".join(line.split()), " ".join(title.split())
    if len(n_title) < 8 or n_title.casefold() not in n_line.casefold():
        return False
    rest = re.sub(re.escape(n_title), " ", n_line, flags=re.I).strip(_DUP_TRIM)
    return not rest or rules.match_credit(rest) is not None


def _same_headline(a: str, b: str) -> bool:
    """One normalised headline holds the other, and is at most twice as long."""
    short, long = sorted((a, b), key=len)
    return len(short) >= 8 and short in long and 2 * len(short) >= len(long)


def _choose_article(
    raw: RawDocument, page: HtmlText, settings: ExtractorSettings
) -> tuple[list[Unit], list[Removal], str | None, str | None]:
    """The blocks trafilatura takes for the article, the others as removals, the headline
    block's text (when one is added) and a note.

    When trafilatura finds nothing the page's own markup decides (blocks outside menus,
    sidebars and other furniture), and failing that every block is kept.
    """
    units = page.units
    size = sum(len(u.text) for u in units)
    extracted = extract_text(raw.text, settings) if size <= settings.max_chars else None
    keep = keep_aligned(units, extracted, settings) if extracted else []
    note = headline = None
    if any(keep):
        # trafilatura leaves the headline out; the NLP stage reads it as the first block.
        # With a title in the page's metadata the headline is the block before the article
        # that matches it (a site logo in an <h1> does not); without, the nearest <h1>.
        first = keep.index(True)
        title = _norm(raw.title) if raw.title else None
        for i in range(first - 1, -1, -1):
            text = _norm(units[i].text)
            if (title and _same_headline(text, title)) or (title is None and page.headings[i]):
                keep[i] = True
                headline = units[i].text
                break
    else:
        keep = [label is None for label in page.labels]
        how = "the blocks outside page furniture"
        if not any(keep):
            keep = [True] * len(units)
            how = "every text block"
        if units:
            why = (
                f"the page holds {size:,} characters of text, more than the article "
                f"extractor takes ({settings.max_chars:,})"
                if size > settings.max_chars
                else "the article extractor found no article"
            )
            note = Warnings.W003.format(path=raw.source, why=why, kept=how)
    # A furniture region none of whose blocks is kept is reported whole, with its rule;
    # other dropped blocks one by one (consecutive ones as one removal).
    partly_kept = {lab[1] for lab, k in zip(page.labels, keep, strict=True) if lab and k}
    removed = [r for r in page.regions if r.begin not in partly_kept]
    run: list[Unit] = []
    for u, k, lab in zip(units, keep, page.labels, strict=True):
        if not k and lab is None:
            run.append(u)
            continue
        if not k and lab[1] in partly_kept:
            removed.append(Removal(u.src_begin, u.src_end, lab[0]))
        if run:
            removed.append(Removal(run[0].src_begin, run[-1].src_end, "article.not_chosen"))
            run = []
    if run:
        removed.append(Removal(run[0].src_begin, run[-1].src_end, "article.not_chosen"))
    return [u for u, k in zip(units, keep, strict=True) if k], removed, headline, note


def clean(
    raw: RawDocument,
    rules: BoilerplateRules | None = None,
    *,
    extractor: ExtractorSettings = DEFAULT_SETTINGS,
) -> CleanDocument:
    """Keep the article text of ``raw``; see the module docstring for an example."""
    rules = rules or load_rules()
    bylines: list[str] = []
    notes: list[str] = []
    title = raw.title
    publisher = raw.publisher
    html_page = raw.media_type == "text/html"
    if html_page:
        page = html_units(raw.text, rules.html, keep_furniture=True)
        units, removed, headline, note = _choose_article(raw, page, extractor)
        if headline:
            title = headline  # the page's visible headline (the article's first block)
        removed.extend(page.removed)
        notes.extend([note] if note else [])
        bylines.extend(_strip_by(b) for b in page.bylines)
    else:
        units, removed = _text_units(raw)
    title_seen = False
    first_kept = True
    dateline_open = True
    body_chars = 0
    kept: list[tuple[Unit, bool]] = []  # (unit, starts a new block)
    prev_kept = -2
    skip_to = 0
    for i, u in enumerate(units):
        if i < skip_to:
            continue
        line = u.text
        if i == 0 or units[i - 1].para != u.para:
            # A prompt wrapped over several lines ("Sign up for daily updates for the most
            # important / stories unfolding ...") is only recognisable as a whole.
            j = i + 1
            while j < len(units) and units[j].para == u.para:
                j += 1
            if j - i > 1:
                whole = rules.match_line(" ".join(x.text for x in units[i:j]))
                if whole is not None and whole.kind in ("drop", "teaser"):
                    removed.append(Removal(u.src_begin, units[j - 1].src_end, whole.id))
                    skip_to = j
                    continue
        if title and _title_duplicate(line, title, rules):
            if not title_seen and _norm(line) == _norm(title):
                title_seen = True
                first_kept = False
                kept.append((u, True))
                prev_kept = -2  # the title is a block of its own
                continue
            removed.append(Removal(u.src_begin, u.src_end, "title.duplicate"))
            continue
        rule = rules.match_line(line)
        if rule is not None and rule.kind == "byline" and _SENTENCE_END.search(line):
            rule = None
        if rule is not None and rule.kind == "nonprose" and html_page:
            rule = None
        if rule is not None:
            if rule.kind == "nonprose" and first_kept and title is None:
                # A shouted headline is still the title, though no entity is read from it.
                if _heading_like(line, rules.title_max_chars):
                    title = line
            if rule.kind == "tail" and body_chars >= rules.tail_min_body_chars:
                removed.append(Removal(u.src_begin, units[-1].src_end, rule.id))
                break
            if rule.kind == "byline":
                bylines.append(_strip_by(line))
            removed.append(Removal(u.src_begin, u.src_end, rule.id))
            continue
        if rules.nav.matches(line):
            removed.append(Removal(u.src_begin, u.src_end, rules.nav.id))
            continue
        is_title = False
        if first_kept:
            first_kept = False
            if title is None and _heading_like(line, rules.title_max_chars):
                title, title_seen, is_title = line, True, True
        if is_title:
            kept.append((u, True))
            prev_kept = -2
            continue
        if dateline_open:
            dateline_open = False
            if hit := rules.match_dateline(line):
                rule, m = hit
                rest = u.slice(m.end(), len(line)).strip()
                if rest.text:
                    groups = m.re.groupindex
                    agency = m["agency"] if "agency" in groups else None
                    publisher = publisher or (agency.strip() if agency else None)
                    if "place" in groups and m["place"]:
                        # "NAIROBI, Kenya (Reuters) —": the place is a mention of its own.
                        place = u.slice(m.start("place"), m.end("place"))
                        kept.append((place, True))
                        removed.append(Removal(place.src_end, rest.src_begin, rule.id))
                        body_chars += len(rest.text)
                        kept.append((rest, True))
                        prev_kept = i
                        continue
                    removed.append(Removal(u.src_begin, rest.src_begin, rule.id))
                    u = rest
        body_chars += len(u.text)
        kept.append((u, not (prev_kept == i - 1 and kept and kept[-1][0].para == u.para)))
        prev_kept = i

    blocks: list[Unit] = []
    for u, new in kept:
        if new or not blocks:
            blocks.append(u)
        else:
            blocks[-1] = join(blocks[-1], u, raw.text)
    text, offsets = _assemble(blocks)
    return CleanDocument(
        raw=raw,
        text=text,
        offsets=offsets,
        title=" ".join(title.split()) if title else None,
        byline=bylines[0] if bylines else None,
        date=raw.date,
        removed=tuple(sorted(set(removed), key=lambda r: (r.begin, r.end, r.rule))),
        notes=tuple(notes),
        publisher=publisher,
    )


def _assemble(blocks: list[Unit]) -> tuple[str, OffsetMap]:
    if not blocks:
        return "", OffsetMap.identity(0)
    sep = Unit(SEPARATOR, [])
    pieces: list[Unit] = []
    for b in blocks:
        if pieces:
            pieces.append(sep)
        pieces.append(b)
    whole = concat(pieces)
    return whole.text, OffsetMap(tuple(whole.runs))
