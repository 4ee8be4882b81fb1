"""Load benchmark of ``kg serve``: ``python -m kg.bench.serve``.

Starts ``kg serve`` (a subprocess, default settings) on a synthetic schema-shaped graph
(:func:`kg.bench.queries.generate`), then drives it from this process with ``--clients``
concurrent keep-alive HTTP/1.1 connections, each sending its next request as soon as the
last answer is read, for ``--seconds`` per phase:

* ``small``: one entity's label and type (a lookup);
* ``mid``: the 20 most mentioned entities (a scan and a grouping);
* ``small + 2 runaways``: the small query again while two more clients keep a runaway query
  (a three-way cross product that only the time limit stops) running: each runaway is sent
  again, with new text, as soon as the last one is stopped. They start a second before the
  cheap clients; the phase ends when the cheap clients stop.

Latency is wall clock from sending a request to reading its whole answer. Every answer's
status is checked (the small and mid queries must all be 200). ``CPU ms/req`` is the CPU
time the server and its workers spent per answer, a figure that depends little on what
else the machine is doing.

    python -m kg.bench.serve --triples 50000 --clients 50 --seconds 10
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

PREFIXES = (
    "PREFIX kg: <https://w3id.org/kg-news/ontology#> "
    "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
)
SMALL = PREFIXES + 'SELECT ?e ?t { ?e rdfs:label "Pete Hegseth" ; a ?t }'
MID = (
    PREFIXES + "SELECT ?e (COUNT(?d) AS ?n) { ?e kg:mentionedIn ?d } "
    "GROUP BY ?e ORDER BY DESC(?n) LIMIT 20"
)
RUNAWAY = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i FILTER(?c != {k}) }"


@dataclass
class Phase:
    name: str
    latencies: list[float] = field(default_factory=list)
    statuses: dict[int, int] = field(default_factory=dict)
    seconds: float = 0.0

    def add(self, status: int, latency: float) -> None:
        self.latencies.append(latency)
        self.statuses[status] = self.statuses.get(status, 0) + 1

    @property
    def requests(self) -> int:
        return len(self.latencies)

    def summary(self) -> dict[str, object]:
        lat = sorted(self.latencies)
        if len(lat) > 1:
            q = statistics.quantiles(lat, n=100, method="inclusive")
        else:
            q = (lat or [0.0]) * 99
        return {
            "phase": self.name,
            "requests": len(lat),
            "requests_per_s": round(len(lat) / self.seconds, 1) if self.seconds else 0.0,
            "p50_ms": round(q[49] * 1000, 1),
            "p99_ms": round(q[98] * 1000, 1),
            "max_ms": round(lat[-1] * 1000, 1) if lat else 0.0,
            "statuses": dict(sorted(self.statuses.items())),
        }


async def _request(
    reader: asyncio.StreamReader, writer: asyncio.StreamWriter, target: str, host: str
) -> int:
    writer.write(
        f"GET {target} HTTP/1.1\r\nHost: {host}\r\n"
        "Accept: application/sparql-results+json\r\n\r\n".encode()
    )
    await writer.drain()
    head = await reader.readuntil(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split()[1])
    length = 0
    for line in lines[1:]:
        name, _, value = line.partition(":")
        if name.lower() == "content-length":
            length = int(value)
    await reader.readexactly(length)
    return status


async def _client(port: int, make_target, phase: Phase, until: float) -> None:  # noqa: ANN001
    host = f"127.0.0.1:{port}"
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        n = 0
        while time.perf_counter() < until:
            t0 = time.perf_counter()
            try:
                status = await _request(reader, writer, make_target(n), host)
            except (asyncio.IncompleteReadError, ConnectionError):
                writer.close()
                reader, writer = await asyncio.open_connection("127.0.0.1", port)
                continue
            phase.add(status, time.perf_counter() - t0)
            n += 1
    finally:
        writer.close()


def _target(query: str) -> str:
    return "/sparql?query=" + quote(query, safe="")


async def run_phase(
    port: int, name: str, query: str, clients: int, seconds: float, runaways: int = 0
) -> tuple[Phase, Phase]:
    phase, slow = Phase(name), Phase(f"{name}: runaway queries")
    target = _target(query)
    stamp = int(time.time() * 1000)
    background = [
        asyncio.create_task(
            _client(
                port,
                lambda n, r=r: _target(RUNAWAY.replace("{k}", f"'{stamp}-{r}-{n}'")),
                slow,
                time.perf_counter() + 3600,
            )
        )
        for r in range(runaways)
    ]
    if runaways:
        await asyncio.sleep(1.0)  # the runaways take hold before the cheap clients count
    start = time.perf_counter()
    until = start + seconds
    await asyncio.gather(*(_client(port, lambda _n: target, phase, until) for _ in range(clients)))
    phase.seconds = slow.seconds = time.perf_counter() - start
    for task in background:
        task.cancel()
    await asyncio.gather(*background, return_exceptions=True)
    return phase, slow


def _server_cpu(pid: int) -> float:
    """CPU seconds used so far by the server and its live worker processes."""
    import psutil

    total = 0.0
    root = psutil.Process(pid)
    for p in [root, *root.children(recursive=True)]:
        try:
            t = p.cpu_times()
        except psutil.Error:
            continue
        total += t.user + t.system
    return total


def _wait_ready(port: int, proc: subprocess.Popen, timeout: float = 180) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError("kg serve exited before it was ready")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=2) as s:
                s.sendall(b"GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
                if s.recv(100).startswith(b"HTTP/1.1 200"):
                    return
        except OSError:
            pass
        time.sleep(0.3)
    raise RuntimeError("kg serve did not come up")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--triples", type=int, default=50_000, help="size of the synthetic graph")
    ap.add_argument("--clients", type=int, default=50)
    ap.add_argument("--seconds", type=float, default=10.0, help="length of each phase")
    ap.add_argument("--timeout", type=float, default=10.0, help="kg serve --timeout")
    ap.add_argument(
        "--phases", default="small,mid,runaways", help="which phases to run (comma-separated)"
    )
    ap.add_argument(
        "--server-source",
        type=Path,
        help="run kg serve from this source tree (e.g. an older release, for comparison)",
    )
    ap.add_argument("--json", type=Path, help="also write the figures here")
    args = ap.parse_args(argv)

    from kg.bench.queries import generate

    work = Path(tempfile.mkdtemp(prefix="kg-bench-serve-"))
    proc: subprocess.Popen | None = None
    try:
        graph = work / "graph.nt"
        with graph.open("w", encoding="utf-8") as fh:
            n = sum(fh.write(line) > 0 for line in generate(args.triples))
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        env = dict(os.environ, TMPDIR=str(work))
        if args.server_source is not None:
            env["PYTHONPATH"] = os.pathsep.join(
                filter(None, [str(args.server_source.resolve()), env.get("PYTHONPATH")])
            )
        proc = subprocess.Popen(
            [sys.executable, "-m", "kg.store", "serve", str(graph), "--port", str(port),
             "--timeout", str(args.timeout), "--store", str(work / "store")],
            env=env,
            stdout=subprocess.DEVNULL,
        )  # fmt: skip
        _wait_ready(port, proc)
        results = []
        chosen = set(args.phases.split(","))
        for key, name, query, runaways in (
            ("small", "small", SMALL, 0),
            ("mid", "mid", MID, 0),
            ("runaways", "small + 2 runaways", SMALL, 2),
        ):
            if key not in chosen:
                continue
            cpu_before = _server_cpu(proc.pid)
            phase, slow = asyncio.run(
                run_phase(port, name, query, args.clients, args.seconds, runaways)
            )
            summary = phase.summary()
            if not runaways:  # (killed workers take their CPU time with them)
                used = _server_cpu(proc.pid) - cpu_before
                summary["server_cpu_ms_per_request"] = round(1000 * used / phase.requests, 2)
            results.append(summary)
            if runaways:
                results.append(slow.summary())
        load = os.getloadavg()
    finally:
        if proc is not None:
            proc.terminate()
            proc.wait(30)
        shutil.rmtree(work, ignore_errors=True)

    print(
        f"kg serve, {n:,} triples, {args.clients} clients, {args.seconds:g} s per phase, "
        f"{os.cpu_count()} CPUs, load average after the run {load[0]:.1f}"
    )
    head = f"{'phase':34} {'requests':>9} {'req/s':>8} {'p50 ms':>8} {'p99 ms':>8}"
    print(f"{head} {'CPU ms/req':>10}  statuses")
    for r in results:
        cpu = r.get("server_cpu_ms_per_request", "")
        print(
            f"{r['phase']:34} {r['requests']:>9} {r['requests_per_s']:>8} {r['p50_ms']:>8} "
            f"{r['p99_ms']:>8} {cpu:>10}  {r['statuses']}"
        )
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    bad = [r for r in results if "runaway" not in r["phase"] and set(r["statuses"]) != {200}]
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
