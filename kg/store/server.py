"""``kg serve``: a read-only SPARQL 1.1 Protocol endpoint over pyoxigraph.

- ``/sparql`` takes ``GET ?query=``, ``POST application/sparql-query`` and ``POST
  application/x-www-form-urlencoded`` (``query=``). SELECT and ASK answers come as SPARQL
  JSON, XML, CSV or TSV; CONSTRUCT and DESCRIBE as Turtle, N-Triples, RDF/XML or JSON-LD.
  The format follows the ``Accept`` header, or a ``format``, ``output`` or ``results``
  parameter (the ones SPARQLWrapper sends): ``json``, ``xml``, ``csv``, ``tsv``, ``turtle``,
  ``nt``, ``rdf+xml``, ``json-ld`` or a media type. ``xml`` and ``json`` mean the SPARQL
  results formats for SELECT/ASK and RDF/XML and JSON-LD for graphs.
- ``/`` is a small query page (inline HTML, CSS and JS: works offline); ``/health`` reports
  the workers.
- Read-only and offline: SPARQL Update, ``LOAD`` and ``SERVICE`` get ``403``; the decision
  is taken on the parsed query (:func:`kg.store.sparql.check_read_only`), and the worker
  processes cannot open Internet sockets anyway (:mod:`kg.store.sandbox`).

Who may talk to it. Requests must name an allowed host in ``Host`` (loopback names and the
bound host; more with ``--allow-host``), otherwise ``421``: a web page that rebinds its own
domain to 127.0.0.1 is refused. Requests from another origin (``Origin``,
``Sec-Fetch-Site``) are refused with ``403`` unless the origin is listed with
``--cors-origin``, which also turns CORS on for it. With ``--token-file``, ``/sparql`` wants
``Authorization: Bearer TOKEN``.

Cost. Query text is capped (``414`` in a URL, ``413`` in a body), bodies are read in chunks
and refused past ``--max-body-bytes`` (``413``), answers are cut at ``--max-results`` rows
(``X-KG-Truncated: true``). Queries run in worker processes, each with its own read-only
handle on an on-disk store. A query that uses more than a small CPU budget (0.25 s, or
0.03 s while other requests wait) leaves the fast lane: its worker is moved to the lowest
CPU priority and a ready spare takes its place, so cheap queries keep being answered while
it runs. At most ``--max-expensive`` such queries run at once (at most
``--max-expensive-per-client`` from one client address); past that the query is stopped
with ``503`` or ``429``. A query that passes ``--timeout`` is stopped by killing its worker
(pyoxigraph cannot interrupt a query from Python) and gets ``503``.

Graph files given without ``--store`` are loaded once into a temporary on-disk store that
is removed on exit, including on SIGTERM and SIGINT.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import hmac
import html
import ipaddress
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter, OrderedDict
from collections.abc import AsyncIterator, Iterable, Sequence
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

from starlette.applications import Starlette
from starlette.datastructures import Headers
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.routing import Route
from starlette.types import ASGIApp, Receive, Scope, Send

from kg.errors import KGError

Reply = tuple[int, dict[str, str], bytes]

# --- content negotiation --------------------------------------------------------------------

SELECT_TYPES: dict[str, str] = {
    "application/sparql-results+json": "json",
    "application/json": "json",
    "application/sparql-results+xml": "xml",
    "application/xml": "xml",
    "text/csv": "csv",  # first text/ type: what "text/*" gets
    "text/tab-separated-values": "tsv",
    "text/xml": "xml",
    "text/javascript": "json",
    "application/javascript": "json",
}
GRAPH_TYPES: dict[str, str] = {
    "text/turtle": "turtle",  # first text/ type: what "text/*" gets
    "application/turtle": "turtle",
    "application/x-turtle": "turtle",
    "text/n3": "turtle",  # Turtle is N3
    "text/rdf+n3": "turtle",
    "application/n3": "turtle",
    "application/n-triples": "nt",
    "text/plain": "nt",
    "application/rdf+xml": "rdfxml",
    "application/xml": "rdfxml",
    "text/xml": "rdfxml",
    "application/ld+json": "jsonld",
    "application/x-json+ld": "jsonld",
    "application/json": "jsonld",
}
CONTENT_TYPES = {
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv; charset=utf-8",
    "tsv": "text/tab-separated-values; charset=utf-8",
    "turtle": "text/turtle; charset=utf-8",
    "nt": "application/n-triples",
    "rdfxml": "application/rdf+xml",
    "jsonld": "application/ld+json",
}
# format/output/results parameter values: (format for SELECT/ASK, format for graphs).
FORMAT_HINTS: dict[str, tuple[str | None, str | None]] = {
    "json": ("json", "jsonld"),
    "srj": ("json", None),
    "xml": ("xml", "rdfxml"),
    "srx": ("xml", None),
    "csv": ("csv", None),
    "tsv": ("tsv", None),
    "turtle": (None, "turtle"),
    "ttl": (None, "turtle"),
    "n3": (None, "turtle"),
    "nt": (None, "nt"),
    "ntriples": (None, "nt"),
    "n-triples": (None, "nt"),
    "rdf+xml": (None, "rdfxml"),
    "rdfxml": (None, "rdfxml"),
    "rdf": (None, "rdfxml"),
    "json-ld": (None, "jsonld"),
    "jsonld": (None, "jsonld"),
}
FORMAT_PARAMS = ("format", "output", "results")


def parse_accept(header: str | None) -> list[tuple[str, float]]:
    """Media ranges of an ``Accept`` header, best first (stable for equal weights).

    >>> parse_accept("text/csv;q=0.5, application/sparql-results+json")
    [('application/sparql-results+json', 1.0), ('text/csv', 0.5)]
    """
    items: list[tuple[str, float, int]] = []
    for i, part in enumerate((header or "").split(",")):
        fields = [f.strip() for f in part.split(";")]
        if not fields[0]:
            continue
        q = 1.0
        for f in fields[1:]:
            if f.startswith("q="):
                try:
                    q = float(f[2:])
                except ValueError:
                    q = 0.0
        items.append((fields[0].lower(), q, i))
    items.sort(key=lambda t: (-t[1], t[2]))
    return [(m, q) for m, q, _ in items if q > 0]


def choose(accept: list[tuple[str, float]], table: dict[str, str], default: str) -> str | None:
    """The format to answer with, or ``None`` when the client accepts none we offer.

    >>> choose(parse_accept("text/csv"), SELECT_TYPES, "json")
    'csv'
    >>> choose(parse_accept("text/html,*/*;q=0.8"), SELECT_TYPES, "json")
    'json'
    >>> choose(parse_accept("application/sparql-results+xml, application/rdf+xml"),
    ...        GRAPH_TYPES, "turtle")
    'rdfxml'
    >>> choose(parse_accept("image/png"), SELECT_TYPES, "json") is None
    True
    """
    if not accept:
        return default
    for media, _ in accept:
        if media in table:
            return table[media]
        if media in ("*/*", "application/*", "text/*"):
            if media == "text/*":
                return next((v for k, v in table.items() if k.startswith("text/")), None)
            return default
    return None


def format_hints(values: Iterable[str]) -> list[tuple[str | None, str | None]] | None:
    """What ``format``/``output``/``results`` values ask for; ``None`` if none is known.

    >>> format_hints(["rdf+xml", "application/rdf+xml"])
    [(None, 'rdfxml'), (None, 'rdfxml')]
    >>> format_hints(["xml"])
    [('xml', 'rdfxml')]
    """
    hints: list[tuple[str | None, str | None]] = []
    for value in values:
        for item in value.split(","):
            key = item.split(";")[0].strip().lower()
            if key in FORMAT_HINTS:
                hints.append(FORMAT_HINTS[key])
            elif key in SELECT_TYPES or key in GRAPH_TYPES:
                hints.append((SELECT_TYPES.get(key), GRAPH_TYPES.get(key)))
    return hints or None


def negotiate(
    accept_header: str | None, hints: list[tuple[str | None, str | None]] | None
) -> tuple[str | None, str | None]:
    """``(format for SELECT/ASK, format for graphs)``: parameter hints first, then Accept.

    >>> negotiate("application/rdf+xml", [("xml", "rdfxml")])
    ('xml', 'rdfxml')
    >>> negotiate("text/csv", None)
    ('csv', None)
    """
    accept = parse_accept(accept_header)
    select_fmt = next((s for s, _ in hints or () if s), None)
    graph_fmt = next((g for _, g in hints or () if g), None)
    if select_fmt is None:
        select_fmt = choose(accept, SELECT_TYPES, "json")
    if graph_fmt is None:
        graph_fmt = choose(accept, GRAPH_TYPES, "turtle")
    return select_fmt, graph_fmt


# --- worker processes -----------------------------------------------------------------------


def _plain(status: int, message: str, **headers: str) -> Reply:
    head = {"Content-Type": "text/plain; charset=utf-8", **headers}
    return status, head, f"{message.rstrip()}\n".encode()


def answer(store: Any, req: dict[str, Any]) -> Reply:
    """Run one request in a worker: ``(status, headers, body)``."""
    from kg.store.results import render
    from kg.store.sparql import QueryRejected, run

    try:
        result = run(store, req["query"], req["max_results"])
    except QueryRejected as exc:
        return _plain(403, str(exc))
    except KGError as exc:
        return _plain(400, str(exc))
    fmt = req["graph_fmt"] if result.kind == "graph" else req["select_fmt"]
    if fmt is None:
        offered = ", ".join(GRAPH_TYPES if result.kind == "graph" else SELECT_TYPES)
        return _plain(406, f"none of the accepted media types fits; use one of: {offered}")
    headers = {"Content-Type": CONTENT_TYPES[fmt]}
    if result.truncated:
        headers["X-KG-Truncated"] = "true"
        headers["X-KG-Max-Results"] = str(req["max_results"])
    return 200, headers, render(result, fmt).encode("utf-8")


def _worker_main(store_dir: str, conn: Connection) -> None:
    # The parent process handles Ctrl-C and stops the workers itself.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    from kg.store.sandbox import deny_network

    # First, so that every thread started later (RocksDB's, Oxigraph's) inherits it.
    sandboxed = deny_network()
    import pyoxigraph as ox

    import kg.store.results  # noqa: F401  (imported now: the first query should not wait)
    from kg.store.sparql import check_read_only

    check_read_only("ASK { ?service ?p ?o }")  # loads the parser
    try:
        store = ox.Store.read_only(store_dir)
    except OSError as exc:
        conn.send(("error", str(exc)))
        return
    conn.send(("ready", {"triples": len(store), "network_denied": sandboxed}))
    while True:
        try:
            req = conn.recv()
        except (EOFError, OSError):
            return  # the server went away
        try:
            conn.send(answer(store, req))
        except Exception as exc:  # keep serving; report the failure to this client
            conn.send(_plain(500, f"[E021] SPARQL query failed: {exc}"))


@dataclass(eq=False)
class _Worker:
    process: subprocess.Popen
    conn: Connection

    def kill(self, *, wait: bool = True) -> None:
        """Stop the worker now; ``wait=False`` reaps it in a thread (the event loop must not
        wait for a large process to be torn down)."""
        with contextlib.suppress(Exception):
            self.process.kill()
        with contextlib.suppress(Exception):
            self.conn.close()
        if wait:
            with contextlib.suppress(Exception):
                self.process.wait(5)
        else:
            threading.Thread(target=self.process.wait, name="kg-reap", daemon=True).start()

    def cpu_seconds(self) -> float:
        """CPU time the worker has used so far (wall-clock time where /proc is missing)."""
        try:
            with open(f"/proc/{self.process.pid}/stat", "rb") as fh:
                fields = fh.read().rsplit(b")", 1)[1].split()
            return (int(fields[11]) + int(fields[12])) / _CLOCK_TICKS
        except (OSError, IndexError, ValueError):
            return time.monotonic()

    def set_priority(self, nice: int) -> bool:
        """Set the CPU priority of every thread of the worker; ``False`` if not allowed.

        ``nice`` 19 also selects the ``SCHED_IDLE`` policy where there is one: the kernel
        then treats a core running only such threads as free, so a cheap query's worker that
        wakes up takes the core at once instead of waiting for its turn.
        """
        pid = self.process.pid
        try:
            tids = [int(t) for t in os.listdir(f"/proc/{pid}/task")]
        except OSError:
            tids = [pid]
        policy = getattr(os, "SCHED_IDLE" if nice >= 19 else "SCHED_OTHER", None)
        done = True
        for tid in tids:
            try:
                if policy is not None and nice < 19:
                    os.sched_setscheduler(tid, policy, os.sched_param(0))
                os.setpriority(os.PRIO_PROCESS, tid, nice)
                if policy is not None and nice >= 19:
                    os.sched_setscheduler(tid, policy, os.sched_param(0))
            except (OSError, AttributeError):
                done = False  # raising a priority again needs privileges
        return done


_CLOCK_TICKS = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100
WORKER_STOPPED = "[E021] SPARQL query failed: the query worker stopped; try again."


class WorkerPool:
    """Worker processes answering queries, in a fast lane and a low-priority slow lane.

    Workers are plain ``python -m kg.store.server --worker`` subprocesses talking over a
    socket pair, rather than multiprocessing children: those would re-import the
    server's main module (the whole ``kg`` CLI) each time one is started.

    Every query starts on a fast-lane worker. One that has used ``fast_budget`` seconds of
    CPU (``pressure_budget`` when other requests wait for a worker) is expensive: its
    worker leaves the fast lane for the slow lane (lowest CPU priority) and a spare worker
    takes its place. Idle slow-lane workers are kept for the next expensive query, up to
    ``max_expensive``. A query whose text ran long before starts in the slow lane straight
    away when a worker is free there.
    """

    def __init__(
        self,
        store_dir: Path,
        size: int,
        timeout: float,
        *,
        fast_budget: float = 0.25,
        pressure_budget: float = 0.03,
        max_expensive: int = 2,
        max_expensive_per_client: int = 2,
        spares: int | None = None,
    ) -> None:
        self.store_dir = store_dir
        self.size = max(1, size)
        self.timeout = timeout
        self.fast_budget = min(fast_budget, timeout)
        self.pressure_budget = min(pressure_budget, self.fast_budget)
        self.max_expensive = max(0, max_expensive)
        self.max_expensive_per_client = max(0, max_expensive_per_client)
        # Enough ready workers to replace every fast-lane worker that may turn expensive.
        self.spares_wanted = max(0, self.max_expensive if spares is None else spares)
        self._idle: asyncio.Queue[_Worker] = asyncio.Queue()
        self._spares: list[_Worker] = []
        self._slow_idle: list[_Worker] = []
        self._waiting = 0
        self._all: set[_Worker] = set()
        self._tasks: set[asyncio.Task] = set()
        self._by_client: Counter[str] = Counter()
        self._known_expensive: OrderedDict[str, None] = OrderedDict()
        self._closed = False
        self.expensive = 0
        self.killed = 0
        self.demoted = 0
        self.refused = 0
        self.network_denied: bool | None = None

    # -- worker processes --

    def _spawn(self, nice: int = 0) -> _Worker:
        """A new worker, ready; ``nice`` 19 keeps its start-up off the cores cheap queries use."""
        parent, child = socket.socketpair()
        with child:
            proc = subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "kg.store.server",
                    "--worker",
                    str(self.store_dir),
                    str(child.fileno()),
                ],
                pass_fds=(child.fileno(),),
                stdin=subprocess.DEVNULL,
            )
        conn = Connection(parent.detach())
        worker = _Worker(proc, conn)
        self._all.add(worker)  # from now on, stop() ends it too
        if nice:
            worker.set_priority(nice)
        if self._closed or not conn.poll(60):
            self._retire(worker)
            raise KGError("[E020] store worker did not start within 60 s.")
        try:
            status, detail = conn.recv()
        except (EOFError, OSError):
            status, detail = "error", f"worker exited with code {proc.poll()}"
        if status != "ready" or self._closed:
            self._retire(worker)
            raise KGError(f"[E020] {self.store_dir}: cannot open the store ({detail}).")
        self.network_denied = bool(detail["network_denied"])
        return worker

    async def start(self) -> None:
        loop = asyncio.get_running_loop()
        workers = await asyncio.gather(
            *(
                loop.run_in_executor(None, self._spawn)
                for _ in range(self.size + self.spares_wanted)
            )
        )
        for w in workers[: self.size]:
            self._idle.put_nowait(w)
        self._spares.extend(workers[self.size :])

    def stop(self) -> None:
        self._closed = True
        for task in list(self._tasks):
            task.cancel()
        for w in list(self._all):
            w.kill()
        self._all.clear()

    def _retire(self, worker: _Worker) -> None:
        self._all.discard(worker)
        worker.kill(wait=False)

    def _spawn_later(self, *, spare: bool) -> None:
        async def spawn() -> None:
            try:
                worker = await asyncio.get_running_loop().run_in_executor(
                    None, self._spawn, 19 if spare else 0
                )
            except KGError as exc:
                if not self._closed:
                    print(f"kg serve: {exc}", file=sys.stderr)
                return
            if self._closed:
                self._retire(worker)
            elif spare:
                self._spares.append(worker)
            else:
                self._idle.put_nowait(worker)

        task = asyncio.get_running_loop().create_task(spawn())
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    def _refill_fast_lane(self) -> None:
        """A fast-lane worker left (slow lane, killed): another takes its place.

        A spare if one is ready, else an idle slow-lane worker whose priority can be raised
        again, else a new process.
        """
        if self._spares:
            spare = self._spares.pop()
            spare.set_priority(0)  # may be refused (unprivileged): it then serves at nice 19
            self._idle.put_nowait(spare)
        else:
            while self._slow_idle:
                worker = self._slow_idle.pop()
                if worker.set_priority(0):
                    self._idle.put_nowait(worker)
                    break
                self._retire(worker)
            else:
                self._spawn_later(spare=False)
                return
        if len(self._spares) + len(self._slow_idle) < self.spares_wanted:
            self._spawn_later(spare=True)

    @staticmethod
    async def _reply(worker: _Worker, timeout: float) -> Reply | None:
        """The worker's answer, or ``None`` if it has none within ``timeout`` seconds."""
        loop = asyncio.get_running_loop()
        ready = loop.create_future()
        fd = worker.conn.fileno()
        loop.add_reader(fd, lambda: ready.done() or ready.set_result(None))
        try:
            await asyncio.wait_for(ready, max(timeout, 0.0))
        except TimeoutError:
            return None
        finally:
            loop.remove_reader(fd)
        return worker.conn.recv()

    def _remember_expensive(self, text: str) -> None:
        self._known_expensive[text] = None
        self._known_expensive.move_to_end(text)
        while len(self._known_expensive) > 256:
            self._known_expensive.popitem(last=False)

    # -- answering --

    async def submit(self, req: dict[str, Any], client: str = "?") -> Reply:
        """Answer ``req`` for the client at address ``client``."""
        if req["query"] in self._known_expensive and (self._slow_idle or self._spares):
            refusal = self._admit_expensive(client)
            if refusal is not None:
                return refusal
            if self._slow_idle:
                worker = self._slow_idle.pop()
            else:
                worker = self._spares.pop()
                if len(self._spares) + len(self._slow_idle) < self.spares_wanted:
                    self._spawn_later(spare=True)
            return await self._run_slow(worker, req, client, self.timeout, sent=False)
        self._waiting += 1
        try:
            worker = await self._idle.get()
        finally:
            self._waiting -= 1
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self.timeout
        try:
            start = worker.cpu_seconds()
            worker.conn.send(req)
            while (left := deadline - loop.time()) > 0:
                reply = await self._reply(worker, min(self.pressure_budget, left))
                if reply is not None:
                    self._idle.put_nowait(worker)
                    return reply
                # Expensive means CPU spent, not time waited: on a busy machine a cheap
                # query can wait long for a core and still be cheap.
                used = worker.cpu_seconds() - start
                if used >= (self.pressure_budget if self._waiting else self.fast_budget):
                    break
        except BaseException as exc:
            # Stopped (EOF), or cancelled (shutdown, client gone): state unknown.
            self._retire(worker)
            self._refill_fast_lane()
            if isinstance(exc, EOFError | OSError):
                return _plain(500, WORKER_STOPPED)
            raise
        # Expensive (or out of time): the worker leaves the fast lane, whatever happens next.
        self._refill_fast_lane()
        left = deadline - loop.time()
        refusal = None if left <= 0 else self._admit_expensive(client)
        if refusal is not None or left <= 0:
            self._retire(worker)
            return refusal or self._timed_out()
        self._remember_expensive(req["query"])
        return await self._run_slow(worker, req, client, left, sent=True)

    def _admit_expensive(self, client: str) -> Reply | None:
        running = self._by_client[client]
        if running >= self.max_expensive_per_client:
            self.refused += 1
            return _plain(
                429,
                f"[E021] SPARQL query failed: this client already runs {running} expensive "
                f"queries (limit {self.max_expensive_per_client}); wait for them, or narrow "
                "the query.",
                **{"Retry-After": "5"},
            )
        if self.expensive >= self.max_expensive:
            self.refused += 1
            return _plain(
                503,
                f"[E021] SPARQL query failed: {self.expensive} expensive queries are running "
                "already; try again shortly, or narrow the query.",
                **{"Retry-After": "5"},
            )
        return None

    async def _run_slow(
        self, worker: _Worker, req: dict[str, Any], client: str, remaining: float, *, sent: bool
    ) -> Reply:
        self.expensive += 1
        self.demoted += 1
        self._by_client[client] += 1
        worker.set_priority(19)
        reusable = False
        try:
            if not sent:
                worker.conn.send(req)
            start = worker.cpu_seconds()
            reply = await self._reply(worker, remaining)
            if reply is None:
                return self._timed_out()
            if worker.cpu_seconds() - start < self.pressure_budget:
                self._known_expensive.pop(req["query"], None)  # cheap after all
            reusable = len(self._slow_idle) < self.max_expensive and not self._closed
            return reply
        except (EOFError, OSError):
            return _plain(500, WORKER_STOPPED)
        finally:
            self.expensive -= 1
            self._by_client[client] -= 1
            if self._by_client[client] <= 0:
                del self._by_client[client]
            if reusable:
                self._slow_idle.append(worker)  # for the next expensive query
            else:
                self._retire(worker)

    def _timed_out(self) -> Reply:
        self.killed += 1
        return _plain(
            503,
            f"[E021] SPARQL query failed: timed out after {self.timeout:g} s and was "
            "stopped. Narrow the query or add LIMIT.",
            **{"Retry-After": "1"},
        )


# --- who may talk to the endpoint -----------------------------------------------------------

LOOPBACK_NAMES = ("localhost", "127.0.0.1", "[::1]")
WILDCARD_HOSTS = ("0.0.0.0", "::", "")


def host_name(value: str) -> str:
    """A ``Host`` value or host option without its port, lower case, IPv6 in brackets.

    >>> host_name("LocalHost:8000"), host_name("[::1]:80"), host_name("::1")
    ('localhost', '[::1]', '[::1]')
    """
    value = value.strip().lower().rstrip(".")
    if value.startswith("["):
        return value.split("]", 1)[0] + "]"
    if value.count(":") > 1:  # a bare IPv6 address
        return f"[{value}]"
    return value.split(":", 1)[0]


def allowed_hosts(bound: str, extra: Iterable[str] = ()) -> set[str] | None:
    """Host names requests may use; ``None`` when any is allowed (``--allow-host '*'``)."""
    extra = list(extra)
    if "*" in extra:
        return None
    names = {*LOOPBACK_NAMES, *(host_name(h) for h in extra)}
    if bound in WILDCARD_HOSTS:
        # This machine's IP literals cannot be rebound, and its own names are the user's.
        import psutil

        names |= {socket.gethostname().lower(), socket.getfqdn().lower()}
        for addrs in psutil.net_if_addrs().values():
            for a in addrs:
                if a.family in (socket.AF_INET, socket.AF_INET6):
                    names.add(host_name(a.address.split("%", 1)[0]))
    else:
        names.add(host_name(bound))
    return names


def is_loopback(host: str) -> bool:
    """Whether ``host`` (a name or address) is this machine's loopback.

    >>> is_loopback("localhost"), is_loopback("[::1]"), is_loopback("0.0.0.0")
    (True, True, False)
    """
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


class Guard:
    """ASGI middleware: Host allow-list, cross-origin refusal, bearer token."""

    def __init__(
        self,
        app: ASGIApp,
        *,
        hosts: set[str] | None,
        cors_origins: Iterable[str] = (),
        token: str | None = None,
    ) -> None:
        self.app = app
        self.hosts = hosts
        self.cors_origins = {o.rstrip("/").lower() for o in cors_origins}
        self.token = token

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        refusal = self.check(scope) if scope["type"] == "http" else None
        if refusal is not None:
            await refusal(scope, receive, send)
            return
        await self.app(scope, receive, send)

    def check(self, scope: Scope) -> Response | None:
        """A refusal for this request, or ``None`` when it may pass."""
        headers = Headers(scope=scope)
        host = headers.get("host", "")
        if self.hosts is not None and host_name(host) not in self.hosts:
            return _text(
                421,
                f"Host '{host[:100]}' is not served here; start kg serve with "
                "--allow-host NAME to allow that name.",
            )
        origin = headers.get("origin")
        listed = origin is not None and origin.rstrip("/").lower() in self.cors_origins
        if origin is not None and not listed:
            parts = urlsplit(origin)
            if parts.scheme != scope.get("scheme", "http") or parts.netloc.lower() != host.lower():
                return _text(
                    403,
                    f"cross-origin request from '{origin[:100]}' refused; allow that origin "
                    "with --cors-origin.",
                )
        site = headers.get("sec-fetch-site", "")
        if site in ("cross-site", "same-site") and not listed:
            # A link followed by the user is fine; scripts and form posts are not.
            if scope["method"] != "GET" or headers.get("sec-fetch-mode") != "navigate":
                return _text(
                    403, "cross-site request refused; allow its origin with --cors-origin."
                )
        if self.token is not None and scope["path"] == "/sparql" and scope["method"] != "OPTIONS":
            kind, _, value = headers.get("authorization", "").partition(" ")
            if kind.lower() != "bearer" or not hmac.compare_digest(
                value.strip().encode(), self.token.encode()
            ):
                response = _text(401, "a bearer token is required: Authorization: Bearer TOKEN")
                response.headers["WWW-Authenticate"] = 'Bearer realm="kg-news"'
                return response
        return None


# --- HTTP -----------------------------------------------------------------------------------


def _text(status: int, message: str) -> Response:
    return Response(message.rstrip("\n") + "\n", status_code=status, media_type="text/plain")


READ_ONLY = "SPARQL Update is not allowed: this endpoint is read-only."


class _TooLarge(Exception):
    pass


async def read_body(request: Request, cap: int) -> bytes:
    """The request body, read in chunks; :class:`_TooLarge` as soon as it passes ``cap``."""
    length = request.headers.get("content-length", "")
    if length.isdigit() and int(length) > cap:
        raise _TooLarge
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > cap:
            raise _TooLarge
        chunks.append(chunk)
    return b"".join(chunks)


def create_app(
    store_dir: str | Path,
    *,
    timeout: float = 10.0,
    max_results: int = 10000,
    workers: int = 3,
    host: str = "127.0.0.1",
    allow_hosts: Sequence[str] = (),
    cors_origins: Sequence[str] = (),
    token: str | None = None,
    max_query_bytes: int = 100_000,
    max_body_bytes: int = 1_000_000,
    fast_budget: float = 0.25,
    max_expensive: int = 2,
    max_expensive_per_client: int = 2,
) -> Guard:
    """The ASGI application answering from the on-disk store ``store_dir``."""
    pool = WorkerPool(
        Path(store_dir),
        workers,
        timeout,
        fast_budget=fast_budget,
        max_expensive=max_expensive,
        max_expensive_per_client=max_expensive_per_client,
    )

    def refused_size(status: int, what: str, limit: int, option: str) -> Response:
        response = _text(status, f"[E021] {what} is over {limit} bytes ({option}).")
        response.headers["Connection"] = "close"
        return response

    async def sparql(request: Request) -> Response:
        params = request.query_params
        if "update" in params:
            return _text(403, READ_ONLY)
        text: str | None = params.get("query")
        if text is not None and len(text.encode("utf-8")) > max_query_bytes:
            return refused_size(414, "the query", max_query_bytes, "--max-query-bytes")
        if request.method == "POST":
            ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
            if ctype == "application/sparql-update":
                return _text(403, READ_ONLY)
            if ctype not in ("application/sparql-query", "application/x-www-form-urlencoded"):
                return _text(
                    415,
                    "POST application/sparql-query or application/x-www-form-urlencoded "
                    f"(query=…); got '{ctype[:80] or 'no content type'}'.",
                )
            try:
                body = await read_body(request, max_body_bytes)
            except _TooLarge:
                return refused_size(413, "the request body", max_body_bytes, "--max-body-bytes")
            if ctype == "application/sparql-query":
                text = body.decode("utf-8", errors="replace")
            else:
                # Parsed here: starlette's form parser needs an extra package.
                form = parse_qs(body.decode("utf-8", errors="replace"))
                if "update" in form:
                    return _text(403, READ_ONLY)
                text = form.get("query", [text])[0]
            if text is not None and len(text.encode("utf-8")) > max_query_bytes:
                return refused_size(413, "the query", max_query_bytes, "--max-query-bytes")
        if not text or not text.strip():
            return _text(400, "[E022] no query given: pass query=… (GET or form) or a body.")
        values = [v for name in FORMAT_PARAMS for v in params.getlist(name)]
        hints = format_hints(values)
        if values and hints is None:
            known = ", ".join(FORMAT_HINTS)
            return _text(400, f"unknown format '{values[0][:50]}'; use {known} or a media type")
        select_fmt, graph_fmt = negotiate(request.headers.get("accept"), hints)
        req = {
            "query": text,
            "select_fmt": select_fmt,
            "graph_fmt": graph_fmt,
            "max_results": max_results,
        }
        client = request.client.host if request.client else "?"
        status, headers, body = await pool.submit(req, client)
        return Response(body, status_code=status, headers=headers)

    async def page(request: Request) -> Response:
        return HTMLResponse(query_page(max_results=max_results, timeout=timeout))

    async def health(request: Request) -> Response:
        return JSONResponse(
            {
                "status": "ok",
                "workers": pool.size,
                "restarts": pool.killed,
                "expensive_running": pool.expensive,
                "expensive_total": pool.demoted,
                "refused": pool.refused,
                "network": "denied" if pool.network_denied else "not sandboxed",
            }
        )

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        await pool.start()
        try:
            yield
        finally:
            pool.stop()

    app = Starlette(
        routes=[
            Route("/", page, methods=["GET"]),
            Route("/sparql", sparql, methods=["GET", "POST"]),
            Route("/health", health, methods=["GET"]),
        ],
        lifespan=lifespan,
    )
    app.state.pool = pool
    inner: ASGIApp = app
    if cors_origins:
        from starlette.middleware.cors import CORSMiddleware

        inner = CORSMiddleware(
            app,
            allow_origins=list(cors_origins),
            allow_methods=["GET", "POST"],
            allow_headers=["Accept", "Content-Type", "Authorization"],
            expose_headers=["X-KG-Truncated", "X-KG-Max-Results"],
        )
    guard = Guard(
        inner, hosts=allowed_hosts(host, allow_hosts), cors_origins=cors_origins, token=token
    )
    guard.pool = pool  # type: ignore[attr-defined]
    return guard


def prepare_store(
    paths: Sequence[str | Path], store_dir: str | Path | None
) -> tuple[Path, Path | None]:
    """An on-disk store holding ``paths``: ``(store_dir, temporary dir to remove or None)``."""
    from kg.store.load import open_store

    temp: Path | None = None
    if store_dir is None:
        if not paths:
            raise KGError("[E020] (none): nothing to serve; give graph files or --store DIR.")
        temp = Path(tempfile.mkdtemp(prefix="kg-serve-"))
        store_dir = temp / "store"
    try:
        store = open_store(paths, store_dir)
        del store
        gc.collect()  # close the read-write handle so that the workers can open it
    except BaseException:
        if temp is not None:
            shutil.rmtree(temp, ignore_errors=True)
        raise
    return Path(store_dir), temp


def read_token(path: str | Path) -> str:
    """The bearer token in ``path`` (its first line); E027 when unreadable or too short."""
    from kg.errors import Errors

    try:
        lines = Path(path).read_text(encoding="utf-8").strip().splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        reason = getattr(exc, "strerror", None) or str(exc)
        raise KGError(Errors.E027.format(path=path, reason=reason)) from exc
    token = lines[0].strip() if lines else ""
    if len(token) < 16:
        raise KGError(Errors.E027.format(path=path, reason="no token of 16 characters or more"))
    return token


class _Stop(Exception):
    """SIGTERM or SIGINT arrived: leave through the ``finally`` blocks."""


def _raise_stop(signum: int, frame: object) -> None:
    raise _Stop(signum)


def serve(
    paths: Sequence[str | Path],
    *,
    store_dir: str | Path | None = None,
    host: str = "127.0.0.1",
    port: int = 8000,
    timeout: float = 10.0,
    max_results: int = 10000,
    workers: int = 3,
    allow_hosts: Sequence[str] = (),
    cors_origins: Sequence[str] = (),
    token_file: str | Path | None = None,
    max_query_bytes: int = 100_000,
    max_body_bytes: int = 1_000_000,
    max_expensive: int = 2,
    max_expensive_per_client: int = 2,
) -> None:
    """Load the graphs (once) and serve them until SIGTERM or SIGINT."""
    import uvicorn

    token = read_token(token_file) if token_file is not None else None
    if not is_loopback(host_name(host)):
        advice = "" if token else "; anyone who can reach it may query: consider --token-file"
        print(f"kg serve: warning: listening on {host}, open to other machines{advice}.",
              file=sys.stderr)  # fmt: skip
    # uvicorn re-raises the signal that stopped it once its own handlers are gone: with
    # these, that ends in the finally block below (temporary store removed), not in a kill.
    previous = {s: signal.signal(s, _raise_stop) for s in (signal.SIGTERM, signal.SIGINT)}
    temp: Path | None = None
    try:
        directory, temp = prepare_store(paths, store_dir)
        app = create_app(
            directory,
            timeout=timeout,
            max_results=max_results,
            workers=workers,
            host=host,
            allow_hosts=allow_hosts,
            cors_origins=cors_origins,
            token=token,
            max_query_bytes=max_query_bytes,
            max_body_bytes=max_body_bytes,
            max_expensive=max_expensive,
            max_expensive_per_client=max_expensive_per_client,
        )
        shown = f"[{host}]" if ":" in host else host
        print(
            f"SPARQL endpoint: http://{shown}:{port}/sparql  (query page: http://{shown}:{port}/)"
        )
        sys.stdout.flush()
        uvicorn.run(
            app,
            host=host,
            port=port,
            log_level="warning",
            access_log=False,
            http="h11",
            proxy_headers=False,  # the peer address is the client that per-client limits count
            h11_max_incomplete_event_size=3 * max_query_bytes + 16 * 1024,
            limit_concurrency=1000,
        )
    except _Stop:
        pass
    finally:
        for s, handler in previous.items():
            signal.signal(s, handler)
        if temp is not None:
            shutil.rmtree(temp, ignore_errors=True)


# --- query page -----------------------------------------------------------------------------

PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>kg-news SPARQL</title>
<style>
body{font:14px/1.4 system-ui,sans-serif;margin:1.5em;color:#222}
h1{font-size:1.3em;margin:0 0 .5em}
textarea{width:100%;height:16em;font:13px/1.4 ui-monospace,monospace;box-sizing:border-box}
.bar{display:flex;gap:.6em;align-items:center;margin:.5em 0;flex-wrap:wrap}
#desc{color:#555;margin:.3em 0}
table{border-collapse:collapse;margin-top:.8em;font-size:13px}
th,td{border:1px solid #ccc;padding:3px 6px;vertical-align:top;text-align:left}
th{background:#f2f2f2}
#status{color:#555}.err{color:#b00020;white-space:pre-wrap}
</style></head><body>
<h1>kg-news SPARQL endpoint</h1>
<p>Read-only. Standard prefixes (kg:, rdfs:, skos:, dcterms:, nif:, prov: …) and
person:, country:, government:, … are predeclared. Queries stop after __TIMEOUT__ s;
answers are cut at __MAX__ rows. Endpoint: <code>/sparql</code>.</p>
<div class="bar"><label>Example: <select id="examples"></select></label>
<button id="run">Run (Ctrl+Enter)</button>
<label>Download as <select id="dl"><option>csv</option><option>tsv</option>
<option>json</option><option>xml</option><option>turtle</option></select></label>
<button id="download">Download</button><span id="status"></span></div>
<div id="desc"></div>
<textarea id="q" spellcheck="false"></textarea>
<div id="out"></div>
<script id="pack" type="application/json">__PACK__</script>
<script>
(function(){
var pack=JSON.parse(document.getElementById('pack').textContent);
var sel=document.getElementById('examples'),q=document.getElementById('q');
var out=document.getElementById('out'),st=document.getElementById('status');
pack.forEach(function(p,i){var o=document.createElement('option');o.value=i;
 o.textContent=p.title;sel.appendChild(o);});
function pick(){var p=pack[sel.value];if(!p)return;q.value=p.text;
 document.getElementById('desc').textContent=p.description;}
sel.addEventListener('change',pick);pick();
function cell(t){var td=document.createElement('td');td.textContent=t;return td;}
function term(b){if(!b)return'';if(b.type==='triple')return'<< '+term(b.value.subject)+' '+
 term(b.value.predicate)+' '+term(b.value.object)+' >>';return b.value;}
function show(data,trunc){out.innerHTML='';
 if(typeof data==='string'){var pre=document.createElement('pre');pre.textContent=data;
  out.appendChild(pre);return;}
 if('boolean' in data){out.textContent=String(data.boolean);return;}
 var vars=data.head.vars,rows=data.results.bindings,t=document.createElement('table');
 var tr=document.createElement('tr');vars.forEach(function(v){var th=document.createElement('th');
 th.textContent=v;tr.appendChild(th);});t.appendChild(tr);
 rows.forEach(function(r){var tr=document.createElement('tr');
  vars.forEach(function(v){tr.appendChild(cell(term(r[v])));});t.appendChild(tr);});
 out.appendChild(t);st.textContent=rows.length+' row(s)'+(trunc?' (cut at the limit)':'');}
function run(){st.textContent='running…';out.innerHTML='';
 fetch('sparql',{method:'POST',headers:{'Content-Type':'application/sparql-query',
  'Accept':'application/sparql-results+json, text/turtle;q=0.9'},body:q.value})
 .then(function(r){var trunc=r.headers.get('X-KG-Truncated')==='true';
  var ct=r.headers.get('Content-Type')||'';
  return r.text().then(function(txt){if(!r.ok){st.textContent='HTTP '+r.status;
   var e=document.createElement('div');e.className='err';e.textContent=txt;out.appendChild(e);
   return;}show(ct.indexOf('json')>=0?JSON.parse(txt):txt,trunc);
   if(ct.indexOf('json')<0)st.textContent='';});})
 .catch(function(e){st.textContent='';out.textContent=String(e);});}
document.getElementById('run').addEventListener('click',run);
q.addEventListener('keydown',function(e){if(e.key==='Enter'&&(e.ctrlKey||e.metaKey))run();});
document.getElementById('download').addEventListener('click',function(){
 var f=document.getElementById('dl').value;
 window.location='sparql?format='+f+'&query='+encodeURIComponent(q.value);});
})();
</script></body></html>
"""


def query_page(*, max_results: int, timeout: float) -> str:
    """The query page, with the question pack embedded as JSON (no external resources)."""
    from kg.store.pack import list_queries

    pack = [
        {"name": q.name, "title": q.title, "description": q.description, "text": q.text}
        for q in list_queries()
    ]
    # "</" must not appear inside the script element.
    pack_json = json.dumps(pack, ensure_ascii=False).replace("</", "<\\/")
    return (
        PAGE.replace("__PACK__", pack_json)
        .replace("__MAX__", html.escape(str(max_results)))
        .replace("__TIMEOUT__", html.escape(f"{timeout:g}"))
    )


if __name__ == "__main__" and sys.argv[1:2] == ["--worker"]:
    _worker_main(sys.argv[2], Connection(int(sys.argv[3])))
