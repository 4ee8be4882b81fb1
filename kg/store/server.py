"""``kg serve``: a read-only SPARQL 1.1 Protocol endpoint over pyoxigraph.

- ``/sparql`` takes ``GET ?query=``, ``POST application/sparql-query`` and ``POST
  application/x-www-form-urlencoded`` (``query=``). SELECT and ASK answers come as SPARQL
  JSON, XML, CSV or TSV, CONSTRUCT and DESCRIBE as Turtle or N-Triples, chosen by the
  ``Accept`` header or overridden by ``?format=`` (json, xml, csv, tsv, turtle, nt).
- ``/`` is a small query page (inline HTML, CSS and JS: works offline) with the question
  pack as examples.
- Read-only: SPARQL Update (an ``update`` parameter, an ``application/sparql-update`` body or
  a query that is an update), ``LOAD`` and ``SERVICE`` get ``403`` with a message.

Timeouts. pyoxigraph cannot interrupt a running query from Python, and a thread that
gives up waiting would leave the work running. So queries run in a small pool of worker
processes, each with its own read-only handle on an on-disk store; when a query passes the
time limit its worker is killed (which really stops the work), a fresh one is started,
and the client gets ``503`` (``Retry-After`` set). Graph files given without ``--store``
are loaded once into a temporary on-disk store that the workers share and that is removed
on exit.

Result size. Answers are cut at ``--max-results`` rows (or triples): the response is
``200`` with the first rows, a well-formed document, and the headers
``X-KG-Truncated: true`` and ``X-KG-Max-Results: N``. Clients that need everything can
page with ``LIMIT``/``OFFSET``.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import html
import json
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
from collections.abc import AsyncIterator, Sequence
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.routing import Route

from kg.errors import KGError

# --- content negotiation --------------------------------------------------------------------

SELECT_TYPES: dict[str, str] = {
    "application/sparql-results+json": "json",
    "application/json": "json",
    "application/sparql-results+xml": "xml",
    "application/xml": "xml",
    "text/csv": "csv",  # first text/ type: what "text/*" gets
    "text/tab-separated-values": "tsv",
    "text/xml": "xml",
}
GRAPH_TYPES: dict[str, str] = {
    "text/turtle": "turtle",
    "application/x-turtle": "turtle",
    "application/n-triples": "nt",
    "text/plain": "nt",
}
CONTENT_TYPES = {
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv; charset=utf-8",
    "tsv": "text/tab-separated-values; charset=utf-8",
    "turtle": "text/turtle; charset=utf-8",
    "nt": "application/n-triples",
}
FORMAT_ALIASES = {"ttl": "turtle", "ntriples": "nt", "n-triples": "nt", "srj": "json"}


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


# --- worker processes -----------------------------------------------------------------------


def answer(store: Any, req: dict[str, Any]) -> tuple[int, dict[str, str], bytes]:
    """Run one request in a worker: ``(status, headers, body)``."""
    from kg.store.results import render
    from kg.store.sparql import QueryRejected, run

    try:
        result = run(store, req["query"], req["max_results"])
    except QueryRejected as exc:
        return 403, {"Content-Type": "text/plain; charset=utf-8"}, f"{exc}\n".encode()
    except KGError as exc:
        return 400, {"Content-Type": "text/plain; charset=utf-8"}, f"{exc}\n".encode()
    fmt = req["graph_fmt"] if result.kind == "graph" else req["select_fmt"]
    if fmt is None:
        offered = GRAPH_TYPES if result.kind == "graph" else SELECT_TYPES
        msg = f"none of the accepted media types fits; use one of: {', '.join(offered)}\n"
        return 406, {"Content-Type": "text/plain; charset=utf-8"}, msg.encode()
    headers = {"Content-Type": CONTENT_TYPES[fmt]}
    if result.truncated:
        headers["X-KG-Truncated"] = "true"
        headers["X-KG-Max-Results"] = str(req["max_results"])
    return 200, headers, render(result, fmt).encode("utf-8")


def _worker_main(store_dir: str, conn: Connection) -> None:
    # The parent process handles Ctrl-C and stops the workers itself.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    import pyoxigraph as ox

    try:
        store = ox.Store.read_only(store_dir)
    except OSError as exc:
        conn.send(("error", str(exc)))
        return
    conn.send(("ready", len(store)))
    while True:
        try:
            req = conn.recv()
        except (EOFError, OSError):
            return  # the server went away
        try:
            conn.send(answer(store, req))
        except Exception as exc:  # keep serving; report the failure to this client
            msg = f"[E021] SPARQL query failed: {exc}\n".encode()
            conn.send((500, {"Content-Type": "text/plain; charset=utf-8"}, msg))


@dataclass(eq=False)
class _Worker:
    process: subprocess.Popen
    conn: Connection

    def kill(self) -> None:
        with contextlib.suppress(Exception):
            self.process.kill()
            self.process.wait(5)
        with contextlib.suppress(Exception):
            self.conn.close()


class WorkerPool:
    """Worker processes answering queries; a worker that runs over time is killed.

    Workers are plain ``python -m kg.store.server --worker`` subprocesses talking over a
    socket pair, rather than multiprocessing children: those would re-import the
    server's main module (the whole ``kg`` CLI) each time one is started.
    """

    def __init__(self, store_dir: Path, size: int, timeout: float) -> None:
        self.store_dir = store_dir
        self.size = max(1, size)
        self.timeout = timeout
        self._idle: asyncio.Queue[_Worker] = asyncio.Queue()
        self._all: set[_Worker] = set()
        self.killed = 0

    def _spawn(self) -> _Worker:
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
        if not conn.poll(60):
            proc.kill()
            conn.close()
            raise KGError("[E020] store worker did not start within 60 s.")
        try:
            status, detail = conn.recv()
        except EOFError:
            status, detail = "error", f"worker exited with code {proc.wait(5)}"
        if status != "ready":
            proc.kill()
            conn.close()
            raise KGError(f"[E020] {self.store_dir}: cannot open the store ({detail}).")
        worker = _Worker(proc, conn)
        self._all.add(worker)
        return worker

    async def start(self) -> None:
        loop = asyncio.get_running_loop()
        workers = await asyncio.gather(
            *(loop.run_in_executor(None, self._spawn) for _ in range(self.size))
        )
        for w in workers:
            self._idle.put_nowait(w)

    def stop(self) -> None:
        for w in list(self._all):
            w.kill()
        self._all.clear()

    async def _replace(self, worker: _Worker) -> _Worker:
        self._all.discard(worker)
        worker.kill()
        self.killed += 1
        return await asyncio.get_running_loop().run_in_executor(None, self._spawn)

    async def submit(self, req: dict[str, Any]) -> tuple[int, dict[str, str], bytes]:
        loop = asyncio.get_running_loop()
        worker = await self._idle.get()
        try:
            try:
                worker.conn.send(req)
                ready = await loop.run_in_executor(None, worker.conn.poll, self.timeout)
                if ready:
                    return worker.conn.recv()
            except (EOFError, OSError):
                worker = await self._replace(worker)
                msg = b"[E021] SPARQL query failed: the query worker stopped; try again.\n"
                return 500, {"Content-Type": "text/plain; charset=utf-8"}, msg
            worker = await self._replace(worker)
            msg = (
                f"[E021] SPARQL query failed: timed out after {self.timeout:g} s and was "
                "stopped. Narrow the query or add LIMIT.\n"
            )
            return (
                503,
                {"Content-Type": "text/plain; charset=utf-8", "Retry-After": "1"},
                (msg.encode()),
            )
        finally:
            self._idle.put_nowait(worker)


# --- HTTP -----------------------------------------------------------------------------------


def _text(status: int, message: str) -> Response:
    return Response(message.rstrip("\n") + "\n", status_code=status, media_type="text/plain")


READ_ONLY = "SPARQL Update is not allowed: this endpoint is read-only."


def create_app(
    store_dir: str | Path,
    *,
    timeout: float = 10.0,
    max_results: int = 10000,
    workers: int = 2,
) -> Starlette:
    """The Starlette application answering from the on-disk store ``store_dir``."""
    pool = WorkerPool(Path(store_dir), workers, timeout)

    async def sparql(request: Request) -> Response:
        params = request.query_params
        if "update" in params:
            return _text(403, READ_ONLY)
        text: str | None = params.get("query")
        if request.method == "POST":
            ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
            if ctype == "application/sparql-update":
                return _text(403, READ_ONLY)
            if ctype == "application/sparql-query":
                text = (await request.body()).decode("utf-8", errors="replace")
            elif ctype == "application/x-www-form-urlencoded":
                # Parsed here: starlette's form parser needs an extra package.
                form = parse_qs((await request.body()).decode("utf-8", errors="replace"))
                if "update" in form:
                    return _text(403, READ_ONLY)
                text = form.get("query", [text])[0]
            else:
                return _text(
                    415,
                    "POST application/sparql-query or application/x-www-form-urlencoded "
                    f"(query=…); got '{ctype or 'no content type'}'.",
                )
        if not text or not text.strip():
            return _text(400, "[E022] no query given: pass query=… (GET or form) or a body.")
        accept = parse_accept(request.headers.get("accept"))
        override = params.get("format")
        if override:
            fmt = FORMAT_ALIASES.get(override.lower(), override.lower())
            fmt = SELECT_TYPES.get(fmt, GRAPH_TYPES.get(fmt, fmt))
            if fmt not in CONTENT_TYPES:
                return _text(400, f"unknown format '{override}'; use {', '.join(CONTENT_TYPES)}")
            select_fmt = fmt if fmt in SELECT_TYPES.values() else None
            graph_fmt = fmt if fmt in GRAPH_TYPES.values() else None
        else:
            select_fmt = choose(accept, SELECT_TYPES, "json")
            graph_fmt = choose(accept, GRAPH_TYPES, "turtle")
        req = {
            "query": text,
            "select_fmt": select_fmt,
            "graph_fmt": graph_fmt,
            "max_results": max_results,
        }
        status, headers, body = await pool.submit(req)
        return Response(body, status_code=status, headers=headers)

    async def page(request: Request) -> Response:
        return HTMLResponse(query_page(max_results=max_results, timeout=timeout))

    async def health(request: Request) -> Response:
        return JSONResponse({"status": "ok", "workers": pool.size, "restarts": pool.killed})

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
    return app


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


def serve(
    paths: Sequence[str | Path],
    *,
    store_dir: str | Path | None = None,
    host: str = "127.0.0.1",
    port: int = 8000,
    timeout: float = 10.0,
    max_results: int = 10000,
    workers: int = 2,
) -> None:
    """Load the graphs (once) and serve them until interrupted."""
    import uvicorn

    directory, temp = prepare_store(paths, store_dir)
    try:
        app = create_app(directory, timeout=timeout, max_results=max_results, workers=workers)
        print(f"SPARQL endpoint: http://{host}:{port}/sparql  (query page: http://{host}:{port}/)")
        uvicorn.run(app, host=host, port=port, log_level="warning", access_log=False)
    finally:
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
