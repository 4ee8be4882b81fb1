"""Text blocks of an HTML page, with exact source offsets.

The page is parsed with :class:`html.parser.HTMLParser` with ``convert_charrefs=False`` so
that every character reference arrives on its own and its source span is known; positions
come from ``getpos()`` through a table of line starts.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

from kg.clean.rules import HtmlRules
from kg.clean.units import Unit, merge_runs
from kg.model import Removal

VOID = frozenset(
    "area base br col embed hr img input link meta param source track wbr keygen".split()
)
# Containers whose class names describe the page layout, not one widget ("has-sidebar").
_NEVER_SKIP_BY_ATTR = frozenset({"html", "body", "main", "article"})
_HIDDEN_STYLE = re.compile(r"(?i)display\s*:\s*none|visibility\s*:\s*hidden")
_WS = re.compile(r"\s+")


@dataclass(slots=True)
class HtmlText:
    units: list[Unit]
    removed: list[Removal]
    bylines: list[str] = field(default_factory=list)
    # With ``keep_furniture``: the (outermost) regions the page's markup marks as furniture;
    # ``labels[i]`` is ``(rule, region start)`` of the region holding ``units[i]``, or None.
    regions: list[Removal] = field(default_factory=list)
    labels: list[tuple[str, int] | None] = field(default_factory=list)
    headings: list[bool] = field(default_factory=list)  # the unit is (in) an <h1>


class _Extractor(HTMLParser):
    def __init__(self, text: str, rules: HtmlRules, keep_furniture: bool = False) -> None:
        super().__init__(convert_charrefs=False)
        self.src = text
        self.rules = rules
        self.keep_furniture = keep_furniture
        self.line_starts = [0] + [m.end() for m in re.finditer("\n", text)]
        # Open elements: (tag, mode, start offset, labels); mode is a rule id, "byline" or "";
        # a labelling mode marks its text as furniture instead of dropping it.
        self.stack: list[tuple[str, str, int, bool]] = []
        self.active = 0  # open elements with a dropping mode
        self.outer: tuple[str, int] | None = None  # outermost mode and where it began
        self.label_depth = 0
        self.label: tuple[str, int] | None = None  # outermost labelling mode, where it began
        self.regions: list[Removal] = []
        self.labels: list[tuple[str, int] | None] = []
        self.headings: list[bool] = []
        self.pieces: list[tuple[str, int, int]] = []  # (clean text, src start, src len)
        self.units: list[Unit] = []
        self.removed: list[Removal] = []
        self.bylines: list[str] = []
        self._byline: list[str] = []

    # -- positions -------------------------------------------------------------------------
    def _pos(self) -> int:
        line, col = self.getpos()
        return self.line_starts[line - 1] + col

    def _tag_end(self, start: int) -> int:
        gt = self.src.find(">", start)
        return len(self.src) if gt < 0 else gt + 1

    # -- blocks ----------------------------------------------------------------------------
    def _flush(self) -> None:
        if not self.pieces:
            return
        text: list[str] = []
        runs = []
        n = 0
        prev_space = True  # drops leading whitespace
        for piece, s, sl in self.pieces:
            if piece == " ":
                if prev_space:
                    continue
                prev_space = True
            else:
                prev_space = False
            runs.append((n, s, len(piece), sl))
            text.append(piece)
            n += len(piece)
        self.pieces = []
        if text and text[-1] == " ":
            text.pop()
            runs.pop()
        if text:
            self.units.append(Unit("".join(text), merge_runs(runs), para=len(self.units)))
            self.labels.append(self.label)
            self.headings.append(any(t == "h1" for t, *_ in self.stack))

    def _add_text(self, data: str, start: int) -> None:
        pos = 0
        for m in _WS.finditer(data):
            if m.start() > pos:
                self.pieces.append((data[pos : m.start()], start + pos, m.start() - pos))
            self.pieces.append((" ", start + m.start(), m.end() - m.start()))
            pos = m.end()
        if pos < len(data):
            self.pieces.append((data[pos:], start + pos, len(data) - pos))

    def _add_ref(self, start: int, end: int) -> None:
        ref = self.src[start:end]
        ch = html.unescape(ref)
        if self.active:
            if self._capturing():
                self._byline.append(ch)
            return
        if len(ch) != 1 or ch == ref:
            self._add_text(ref, start)  # unknown or multi-character reference: keep as is
        elif ch.isspace():
            self.pieces.append((" ", start, end - start))
        else:
            self.pieces.append((ch, start, end - start))

    def _capturing(self) -> bool:
        return self.outer is not None and self.outer[0] == "byline" and self.active == 1

    # -- element modes ---------------------------------------------------------------------
    def _mode(self, tag: str, attrs: list[tuple[str, str | None]]) -> str:
        r = self.rules
        if tag in r.skip_tags:
            return f"html.tag.{tag}"
        if tag in r.credit_tags:
            return f"credit.html.{tag}"
        a = {k: (v or "") for k, v in attrs}
        if "hidden" in a or a.get("aria-hidden", "").lower() == "true":
            return "html.hidden"
        if _HIDDEN_STYLE.search(a.get("style", "")):
            return "html.hidden"
        role = a.get("role", "").lower()
        if role in r.skip_roles:
            return f"html.role.{role}"
        if tag in _NEVER_SKIP_BY_ATTR:
            return ""
        names = f"{a.get('class', '')} {a.get('id', '')}"
        if not names.strip():
            return ""
        if r.byline_attr.search(names):
            return "byline"
        if (m := r.furniture_attr.search(names)) and not r.content_attr.search(names):
            return f"html.attr.{m.group().lower()}"
        return ""

    def _labels(self, tag: str, mode: str) -> bool:
        """With ``keep_furniture``, furniture is labelled; text-free elements still drop."""
        if not self.keep_furniture or mode == "byline" or mode.startswith("credit."):
            return False
        if mode == "html.hidden":
            return False
        return not (mode.startswith("html.tag.") and tag in self.rules.text_free_tags)

    def _open_label(self, mode: str, start: int) -> None:
        if self.label_depth == 0:
            self.label = (mode, start)
        self.label_depth += 1

    def _close_label(self, end: int) -> None:
        self.label_depth -= 1
        if self.label_depth == 0 and self.label is not None:
            self.regions.append(Removal(self.label[1], end, self.label[0]))
            self.label = None

    def _open_mode(self, mode: str, start: int) -> None:
        if self.active == 0:
            self.outer = (mode, start)
        self.active += 1

    def _close_mode(self, end: int) -> None:
        self.active -= 1
        if self.active == 0 and self.outer is not None:
            mode, start = self.outer
            if mode == "byline":
                name = " ".join("".join(self._byline).split())
                if name:
                    self.bylines.append(name)
                self._byline = []
                self.removed.append(Removal(start, end, "byline.html"))
            else:
                self.removed.append(Removal(start, end, mode))
            self.outer = None

    # -- parser callbacks ------------------------------------------------------------------
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        start = self._pos()
        mode = self._mode(tag, attrs)
        label = bool(mode) and self._labels(tag, mode)
        if not self.active and ((mode and not label) or tag in self.rules.block_tags):
            self._flush()
        if tag in VOID:
            if mode and not label and not self.active:
                self.removed.append(Removal(start, self._tag_end(start), mode))
            return
        if label:
            self._open_label(mode, start)
        elif mode:
            self._open_mode(mode, start)
        self.stack.append((tag, mode, start, label))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if not self.active and tag in self.rules.block_tags:
            self._flush()

    def handle_endtag(self, tag: str) -> None:
        start = self._pos()
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i][0] == tag:
                break
        else:
            if not self.active and tag in self.rules.block_tags:
                self._flush()
            return
        end = self._tag_end(start)
        if not self.active and tag in self.rules.block_tags:
            self._flush()
        # Closing an element closes every element left open inside it (<li> without </li>).
        for _, mode, _, label in reversed(self.stack[i:]):
            if label:
                self._close_label(end)
            elif mode:
                self._close_mode(end)
        del self.stack[i:]

    def handle_data(self, data: str) -> None:
        if self.active:
            if self._capturing():
                self._byline.append(data)
            return
        self._add_text(data, self._pos())

    def handle_entityref(self, name: str) -> None:
        start = self._pos()
        end = start + 1 + len(name)
        if self.src.startswith(";", end):
            end += 1
        self._add_ref(start, end)

    def handle_charref(self, name: str) -> None:
        start = self._pos()
        end = start + 2 + len(name)
        if self.src.startswith(";", end):
            end += 1
        self._add_ref(start, end)

    def finish(self) -> HtmlText:
        rest = self.rawdata
        if rest.startswith("<!--"):  # a comment left open runs to the end of the page
            self.removed.append(Removal(len(self.src) - len(rest), len(self.src), "html.comment"))
            self.rawdata = ""
        self.close()
        self._flush()
        while self.active:  # elements never closed run to the end of the page
            self._close_mode(len(self.src))
        while self.label_depth:
            self._close_label(len(self.src))
        return HtmlText(
            self.units, self.removed, self.bylines, self.regions, self.labels, self.headings
        )


def html_units(text: str, rules: HtmlRules, keep_furniture: bool = False) -> HtmlText:
    """Split an HTML page into text blocks (one :class:`Unit` each) and dropped regions.

    With ``keep_furniture`` the blocks the markup marks as furniture (menus, sidebars, class
    words) are kept and labelled (``HtmlText.labels``) so an article extractor can decide.
    """
    ex = _Extractor(text, rules, keep_furniture)
    ex.feed(text)
    return ex.finish()
