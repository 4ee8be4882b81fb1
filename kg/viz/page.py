"""One self-contained HTML file: inlined vis-network, explorer script and style, data as JSON.

Nothing is fetched when the page opens: the Content-Security-Policy forbids every network
source, and all text from the graph travels as escaped JSON and reaches the DOM only via
``textContent``.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Callable, Iterator
from functools import cache
from importlib import resources

VIS_DIR = "templates/lib/vis-9.1.2"
CSP = (
    "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; "
    "img-src data:; font-src data:; connect-src 'none'; base-uri 'none'; form-action 'none'"
)

TEMPLATE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="@@CSP@@">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>@@TITLE@@</title>
<link rel="icon" href="data:,">
<style>
@@VIS_CSS@@
</style>
<style>
@@CSS@@
</style>
</head>
<body>
<header id="kg-header">
  <h1 id="kg-title">@@TITLE@@</h1>
  <div id="kg-search-box">
    <label for="kg-search">Find</label>
    <input id="kg-search" type="search" list="kg-suggest" autocomplete="off"
      placeholder="name or alias">
    <datalist id="kg-suggest"></datalist>
  </div>
  <div id="kg-actions">
    <button type="button" id="kg-home" title="Summary of the graph and its documents">Overview</button>
    <button type="button" id="kg-focus" title="Show only the selected node and its neighbours">Focus neighbours</button>
    <button type="button" id="kg-reset">Reset view</button>
    <button type="button" id="kg-show-all">Show all</button>
    <button type="button" id="kg-fit">Fit</button>
  </div>
</header>
<main id="kg-main">
  <aside id="kg-filters" aria-label="Legend and filters">
    <section><h2>Layers</h2>
      <label><input type="checkbox" id="kg-docs-layer"><span class="kg-swatch kg-doc-swatch"></span><span>Documents</span><span class="kg-count" id="kg-docs-count"></span></label>
      <label><input type="checkbox" id="kg-lone-layer"><span class="kg-swatch kg-lone-swatch"></span><span>Unconnected entities</span><span class="kg-count" id="kg-lone-count"></span></label>
    </section>
    <section id="kg-time-box"><h2>Time</h2>
      <label for="kg-time-from">From <output id="kg-time-from-value" for="kg-time-from"></output></label>
      <input id="kg-time-from" type="range" step="1">
      <label for="kg-time-to">To <output id="kg-time-to-value" for="kg-time-to"></output></label>
      <input id="kg-time-to" type="range" step="1">
      <label><input type="checkbox" id="kg-undated" checked><span>Undated facts</span><span class="kg-count" id="kg-undated-count"></span></label>
    </section>
    <section><h2>Classes</h2><div id="kg-class-filters"></div></section>
    <section><h2>Relations</h2><div id="kg-prop-filters"></div></section>
    <section><h2>Minimum degree</h2>
      <input id="kg-min-degree" type="range" min="0" max="1" value="0" step="1">
      <output id="kg-min-degree-value" for="kg-min-degree">0</output>
    </section>
    <section id="kg-notes-box"><h2>Notes</h2><ul id="kg-notes"></ul></section>
  </aside>
  <div id="kg-network" role="application" aria-label="Graph"></div>
  <aside id="kg-panel" aria-live="polite"></aside>
</main>
<footer id="kg-status"></footer>
<noscript>This explorer needs JavaScript; the graph itself is in the Turtle file.</noscript>
<script type="application/json" id="kg-data">@@DATA@@</script>
<script>
@@VIS_JS@@
</script>
<script>
@@JS@@
</script>
</body>
</html>
"""

_JSON_ESCAPES = {
    "<": "\\u003c",
    ">": "\\u003e",
    "&": "\\u0026",
    "\u2028": "\\u2028",
    "\u2029": "\\u2029",
}
_JSON_RE = re.compile("[<>&\u2028\u2029]")
_SLOT = re.compile(r"@@([A-Z_]+)@@")


def json_for_script(data: object) -> str:
    """Compact, sorted JSON that cannot end its ``<script>`` element or open a comment.

    >>> json_for_script({"t": "</script><b>&"})
    '{"t":"\\\\u003c/script\\\\u003e\\\\u003cb\\\\u003e\\\\u0026"}'
    """
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return _JSON_RE.sub(lambda m: _JSON_ESCAPES[m.group()], text)


@cache
def _asset(package: str, name: str) -> str:
    text = (resources.files(package) / name).read_text(encoding="utf-8")
    # An inlined asset must not be able to close its element early.
    if re.search(r"</(script|style)|<!--", text, re.IGNORECASE):
        raise ValueError(f"asset {package}/{name} cannot be inlined safely")
    return text


def render_page(data: dict, title: str) -> str:
    """The complete HTML document for the explorer ``data``."""
    return "".join(page_chunks(data, title))


def page_chunks(
    data: dict, title: str, expand: Callable[[dict], dict] | None = None
) -> Iterator[str]:
    """:func:`render_page` in pieces, one per edge for the edges' part of the data, so that
    a large page is never one string. ``expand(edge)`` gives each edge as it is embedded
    (see :func:`kg.viz.view.lazy_view`)."""
    slots = {
        "CSP": CSP,
        "TITLE": html.escape(title),
        "VIS_CSS": _asset("pyvis", f"{VIS_DIR}/vis-network.css"),
        "VIS_JS": _asset("pyvis", f"{VIS_DIR}/vis-network.min.js"),
        "CSS": _asset("kg.viz", "assets/explorer.css"),
        "JS": _asset("kg.viz", "assets/explorer.js"),
    }
    head, tail = TEMPLATE.split("@@DATA@@")
    # One pass per part, so text inside a slot is never scanned for further slots.
    yield _SLOT.sub(lambda m: slots[m.group(1)], head)
    yield from _json_chunks(data, expand)
    yield _SLOT.sub(lambda m: slots[m.group(1)], tail)


def _json_chunks(data: dict, expand: Callable[[dict], dict] | None) -> Iterator[str]:
    """``json_for_script(data)`` in pieces: JSON text is the concatenation of its members'
    and the escapes apply character by character, so the pieces join to the same text."""
    sep = "{"
    for key in sorted(data):
        yield f"{sep}{json_for_script(key)}:"
        sep = ","
        value = data[key]
        if key != "edges":
            yield json_for_script(value)
            continue
        yield "["
        for i, edge in enumerate(value):
            yield ("," if i else "") + json_for_script(expand(edge) if expand else edge)
        yield "]"
    yield "{}" if sep == "{" else "}"
