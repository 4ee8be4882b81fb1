"""Explorer benchmark: render time in Python, first draw and memory in headless Chromium.

``python -m kg.bench.viewer [--sizes 1000 5000 20000] [--max-nodes 1500] [--keep DIR]``
``python -m kg.bench.viewer --html A.html B.html [--rounds 5]``

The second form measures pages already rendered (for example by two versions of the
explorer, or kept with ``--keep``), taking them in turn ``--rounds`` times so that both see
the same machine load, and prints each page's medians and the load average.

For each synthetic graph (edges = 4 × nodes) it reports: the seconds to build the page in
Python, the page size, the time from navigation start to vis-network's first drawing, the
time to draw everything after "Show all", one full redraw in the first view and with
everything shown, one frame while panning (edges are hidden during a drag on big graphs), the JS heap in use, and the peak resident memory of
the whole Chromium process tree.
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import psutil

from kg.viz import render_html
from kg.viz.synth import synthetic_graph

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
PAN_MS = """() => {
  network.renderer.dragging = true;  // what a drag frame draws (edges hidden while dragging)
  const t0 = performance.now();
  for (let i = 0; i < 5; i++) network.renderer._redraw();
  network.renderer.dragging = false;
  return (performance.now() - t0) / 5;
}"""
REDRAW_MS = """() => {
  const t0 = performance.now();
  for (let i = 0; i < 5; i++) network.renderer._redraw();
  return (performance.now() - t0) / 5;
}"""


@dataclass(frozen=True)
class Row:
    nodes: int
    edges: int
    shown: int
    shown_edges: int
    render_s: float
    mbytes: float
    first_draw_ms: float
    show_all_ms: float
    redraw_ms: float
    pan_ms: float
    redraw_all_ms: float
    heap_mb: float
    peak_rss_mb: float


class PeakRSS:
    """Sample the summed RSS of this process's Chromium descendants in a thread."""

    def __init__(self, interval: float = 0.05) -> None:
        self.interval = interval
        self.peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        me = psutil.Process()
        while not self._stop.is_set():
            total = 0
            for p in me.children(recursive=True):
                try:
                    if "chrom" in p.name().lower():
                        total += p.memory_info().rss
                except psutil.Error:
                    continue
            self.peak = max(self.peak, total)
            time.sleep(self.interval)

    def __enter__(self) -> PeakRSS:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


def measure(browser, html: Path, nodes: int, edges: int, render_s: float) -> Row:
    ctx = browser.new_context(viewport={"width": 1400, "height": 900})
    page = ctx.new_page()
    with PeakRSS() as rss:
        page.goto(html.resolve().as_uri())
        page.wait_for_function("window.kgFirstDrawMs !== undefined", timeout=600_000)
        first = page.evaluate("window.kgFirstDrawMs")
        if not nodes:  # a page rendered elsewhere: its own counts
            nodes, edges = page.evaluate("[kgData.nodes.length, kgData.edges.length]")
        shown = page.evaluate("network.body.data.nodes.length")
        shown_edges = page.evaluate("network.body.data.edges.length")
        redraw = page.evaluate(REDRAW_MS)
        pan = page.evaluate(PAN_MS)
        show_all = page.evaluate(
            """() => new Promise(resolve => {
                 const t0 = performance.now();
                 network.once('afterDrawing', () => resolve(performance.now() - t0));
                 document.getElementById('kg-show-all').click();
                 network.redraw();
               })"""
        )
        redraw_all = page.evaluate(REDRAW_MS)
        cdp = ctx.new_cdp_session(page)
        cdp.send("Performance.enable")
        metrics = {m["name"]: m["value"] for m in cdp.send("Performance.getMetrics")["metrics"]}
    ctx.close()
    return Row(
        nodes=nodes,
        edges=edges,
        shown=shown,
        shown_edges=shown_edges,
        render_s=render_s,
        mbytes=html.stat().st_size / 1e6,
        first_draw_ms=first,
        show_all_ms=show_all,
        redraw_ms=redraw,
        pan_ms=pan,
        redraw_all_ms=redraw_all,
        heap_mb=metrics.get("JSHeapUsedSize", 0) / 1e6,
        peak_rss_mb=rss.peak / 1e6,
    )


def run(sizes: list[int], max_nodes: int, seed: int = 1, keep: Path | None = None) -> list[Row]:
    from playwright.sync_api import sync_playwright

    rows = []
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        folder = keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        for n in sizes:
            store = synthetic_graph(n, 4 * n, seed=seed)
            out = folder / f"g{n}.html"
            t0 = time.perf_counter()
            stats = render_html(store, out, max_nodes=max_nodes)
            render_s = time.perf_counter() - t0
            rows.append(measure(browser, out, stats.nodes, stats.edges, render_s))
        browser.close()
    return rows


def run_pages(pages: list[Path], rounds: int) -> list[tuple[Path, Row, float]]:
    """Each page's median row over ``rounds`` loads taken in turn, and the median load."""
    from playwright.sync_api import sync_playwright

    rows: dict[Path, list[Row]] = {p: [] for p in pages}
    loads: list[float] = []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        for _ in range(rounds):
            for p in pages:
                rows[p].append(measure(browser, p, 0, 0, float("nan")))
                loads.append(os.getloadavg()[0])
        browser.close()
    out = []
    for p, rs in rows.items():
        med = {
            f: statistics.median(getattr(r, f) for r in rs)
            for f in Row.__dataclass_fields__
            if f != "render_s"
        }
        out.append((p, Row(render_s=float("nan"), **med), statistics.median(loads)))
    return out


def table(rows: list[Row]) -> str:
    head = (
        "| nodes | edges | shown first (nodes/edges) | render (s, Python) | page (MB) "
        "| first draw (ms) | redraw (ms) | pan frame (ms) | show all (ms) | redraw all (ms) "
        "| JS heap (MB) | peak RSS (MB) |"
    )
    lines = [head, "|" + "---|" * 12]
    for r in rows:
        lines.append(
            f"| {r.nodes} | {r.edges} | {r.shown}/{r.shown_edges} | {r.render_s:.1f} "
            f"| {r.mbytes:.1f} | {r.first_draw_ms:.0f} | {r.redraw_ms:.0f} | {r.pan_ms:.0f} "
            f"| {r.show_all_ms:.0f} | {r.redraw_all_ms:.0f} | {r.heap_mb:.0f} "
            f"| {r.peak_rss_mb:.0f} |"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 5000, 20000])
    ap.add_argument("--max-nodes", type=int, default=1500)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--keep", type=Path, help="write the rendered pages to this folder")
    ap.add_argument("--html", type=Path, nargs="+", help="measure these rendered pages instead")
    ap.add_argument("--rounds", type=int, default=5, help="loads of each --html page")
    args = ap.parse_args(argv)
    if args.html:
        measured = run_pages(args.html, args.rounds)
        for p, _, load in measured:
            print(f"{p}: median of {args.rounds} loads, median load average {load:.1f}")
        print(table([row for _, row, _ in measured]))
        return
    print(table(run(args.sizes, args.max_nodes, args.seed, args.keep)))


if __name__ == "__main__":
    main()
