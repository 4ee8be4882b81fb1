"""``kg serve``: a real uvicorn server in a subprocess, spoken to over real HTTP."""

from __future__ import annotations

import contextlib
import csv
import io
import json
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlencode

import httpx
import psutil
import pytest
import rdflib
import rdflib.compare

from kg.store.server import SELECT_TYPES, choose, parse_accept, query_page
from tests.servers import free_port, running

ROOT = Path(__file__).resolve().parents[2]
FIXTURE = ROOT / "tests" / "fixtures" / "store_seeds_like.ttl"
COUNTRIES = "SELECT ?c ?l { ?c a kg:Country ; rdfs:label ?l } ORDER BY ?l"


class Server:
    def __init__(self, proc: subprocess.Popen, port: int) -> None:
        self.proc = proc
        self.port = port
        self.url = f"http://127.0.0.1:{port}"
        self.client = httpx.Client(base_url=self.url, timeout=60)


def start(args: list[str]) -> Iterator[Server]:
    port = free_port()
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    proc = subprocess.Popen(
        [sys.executable, "-m", "kg.store", "serve", *args, "--port", str(port)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    server = Server(proc, port)
    try:
        with running(proc, lambda: server.client.get("/health").status_code == 200, "kg serve"):
            yield server
    finally:
        server.client.close()


@pytest.fixture(scope="module")
def server() -> Iterator[Server]:
    yield from start([str(FIXTURE)])


@pytest.fixture(scope="module")
def slow_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    graph = tmp_path_factory.mktemp("big") / "big.nt"
    graph.write_text(
        "".join(f'<urn:x:s{i}> <urn:x:p> "{i}" .\n' for i in range(600)), encoding="utf-8"
    )
    yield from start([str(graph), "--timeout", "1", "--max-results", "5", "--workers", "1"])


def bindings(response: httpx.Response) -> list[dict[str, str]]:
    return [{k: v["value"] for k, v in b.items()} for b in response.json()["results"]["bindings"]]


def test_get_json_answer(server: Server) -> None:
    r = server.client.get("/sparql", params={"query": COUNTRIES})
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("application/sparql-results+json")
    assert [b["l"] for b in bindings(r)] == ["China", "Italy", "Japan", "United States"]
    assert r.json()["head"]["vars"] == ["c", "l"]


def test_post_query_body_with_csv_accept(server: Server) -> None:
    r = server.client.post(
        "/sparql",
        content=COUNTRIES,
        headers={"Content-Type": "application/sparql-query", "Accept": "text/csv"},
    )
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    assert r.content.split(b"\r\n")[1] == b"https://w3id.org/kg-news/id/country/china,China"
    assert list(csv.reader(io.StringIO(r.text)))[1:] == [
        ["https://w3id.org/kg-news/id/country/china", "China"],
        ["https://w3id.org/kg-news/id/country/italy", "Italy"],
        ["https://w3id.org/kg-news/id/country/japan", "Japan"],
        ["https://w3id.org/kg-news/id/country/united-states", "United States"],
    ]


def test_post_form_and_other_result_formats(server: Server) -> None:
    r = server.client.post(
        "/sparql", data={"query": COUNTRIES}, headers={"Accept": "text/tab-separated-values"}
    )
    assert r.status_code == 200
    assert r.text.splitlines()[1] == '<https://w3id.org/kg-news/id/country/china>\t"China"'
    r = server.client.get(
        "/sparql", params={"query": COUNTRIES}, headers={"Accept": "application/sparql-results+xml"}
    )
    assert r.status_code == 200 and "<literal>Japan</literal>" in r.text
    r = server.client.get("/sparql", params={"query": COUNTRIES, "format": "csv"})
    assert r.headers["content-type"].startswith("text/csv")
    r = server.client.get("/sparql", params={"query": "ASK { ?x kg:met person:joe-biden }"})
    assert r.json() == {"head": {}, "boolean": False}
    r = server.client.get("/sparql", params={"query": COUNTRIES}, headers={"Accept": "image/png"})
    assert r.status_code == 406


def test_construct_as_turtle_and_ntriples(server: Server) -> None:
    q = "CONSTRUCT WHERE { ?a kg:signatory ?b }"
    r = server.client.get("/sparql", params={"query": q})
    assert r.headers["content-type"].startswith("text/turtle")
    g = rdflib.Graph().parse(data=r.text, format="turtle")
    assert len(g) == 2
    r = server.client.get(
        "/sparql", params={"query": q}, headers={"Accept": "application/n-triples"}
    )
    assert r.headers["content-type"].startswith("application/n-triples")
    assert len(rdflib.Graph().parse(data=r.text, format="nt")) == 2


def test_updates_are_refused(server: Server) -> None:
    update = "INSERT DATA { <urn:a> <urn:b> <urn:c> }"
    r = server.client.get("/sparql", params={"update": update})
    assert r.status_code == 403 and "read-only" in r.text
    r = server.client.post("/sparql", data={"update": update})
    assert r.status_code == 403 and "read-only" in r.text
    r = server.client.post(
        "/sparql", content=update, headers={"Content-Type": "application/sparql-update"}
    )
    assert r.status_code == 403 and "read-only" in r.text
    r = server.client.post(
        "/sparql", content=update, headers={"Content-Type": "application/sparql-query"}
    )
    assert r.status_code == 403 and "Update" in r.text
    r = server.client.get("/sparql", params={"query": "LOAD <http://example.org/x.ttl>"})
    assert r.status_code == 403
    # Nothing was written.
    r = server.client.get("/sparql", params={"query": "ASK { <urn:a> ?p ?o }"})
    assert r.json()["boolean"] is False


def test_service_is_refused(server: Server) -> None:
    q = "SELECT * { SERVICE <http://example.org/sparql> { ?s ?p ?o } }"
    r = server.client.get("/sparql", params={"query": q})
    assert r.status_code == 403 and "SERVICE is not allowed" in r.text


def test_bad_requests(server: Server) -> None:
    assert server.client.get("/sparql").status_code == 400
    r = server.client.get("/sparql", params={"query": "SELECT WHERE {"})
    assert r.status_code == 400 and "[E021]" in r.text
    r = server.client.post("/sparql", content="x", headers={"Content-Type": "text/plain"})
    assert r.status_code == 415


def test_query_page_is_self_contained(server: Server) -> None:
    r = server.client.get("/")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    page = r.text
    assert "<textarea" in page and "Contested regions" in page
    assert "http://" not in page.split("<script", 1)[0].replace("http://{host}", "")
    assert "src=" not in page and "<link" not in page  # no external scripts or styles
    pack = json.loads(page.split('type="application/json">', 1)[1].split("</script>", 1)[0])
    assert {p["name"] for p in pack} >= {"agreements", "about_entity"}


def test_binds_to_loopback_only(server: Server) -> None:
    listening = [
        c.laddr
        for c in psutil.Process(server.proc.pid).net_connections(kind="inet")
        if c.status == psutil.CONN_LISTEN
    ]
    assert listening and all(addr.ip == "127.0.0.1" for addr in listening)
    assert {addr.port for addr in listening} == {server.port}
    others = [
        a.address
        for addrs in psutil.net_if_addrs().values()
        for a in addrs
        if a.family == socket.AF_INET and not a.address.startswith("127.")
    ]
    for address in others:
        with pytest.raises(OSError), socket.create_connection((address, server.port), timeout=2):
            pass


def live_workers(pid: int) -> set[int]:
    out = set()
    for p in psutil.Process(pid).children():
        with contextlib.suppress(psutil.Error):
            if "python" in p.name() and p.status() != psutil.STATUS_ZOMBIE:
                out.add(p.pid)
    return out


def test_runaway_query_is_stopped_and_the_server_recovers(slow_server: Server) -> None:
    pid = slow_server.proc.pid
    before = live_workers(pid)
    q = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
    r = slow_server.client.get("/sparql", params={"query": q})
    assert r.status_code == 503 and "timed out after 1 s" in r.text
    # The worker that ran it was killed (the work really stopped) and replaced.
    for _ in range(100):
        after = live_workers(pid)
        if before - after and len(after) == len(before):
            break
        time.sleep(0.1)
    assert before - after and len(after) == len(before)
    assert slow_server.client.get("/health").json()["restarts"] == 1
    r = slow_server.client.get("/sparql", params={"query": "ASK { <urn:x:s1> ?p '1' }"})
    assert r.status_code == 200 and r.json()["boolean"] is True


def test_result_size_cap_truncates_with_a_header(slow_server: Server) -> None:
    r = slow_server.client.get("/sparql", params={"query": "SELECT ?s { ?s ?p ?o }"})
    assert r.status_code == 200
    assert r.headers["x-kg-truncated"] == "true" and r.headers["x-kg-max-results"] == "5"
    assert len(r.json()["results"]["bindings"]) == 5
    r = slow_server.client.get("/sparql", params={"query": "SELECT ?s { ?s ?p ?o } LIMIT 3"})
    assert "x-kg-truncated" not in r.headers and len(r.json()["results"]["bindings"]) == 3


def test_accept_negotiation_helpers() -> None:
    assert (
        choose(parse_accept("text/csv;q=0.2, application/sparql-results+xml"), SELECT_TYPES, "json")
        == "xml"
    )
    assert choose(parse_accept(""), SELECT_TYPES, "json") == "json"
    assert choose(parse_accept("text/*"), SELECT_TYPES, "json") == "csv"
    page = query_page(max_results=7, timeout=3)
    assert "cut at 7 rows" in page and "stop after 3 s" in page


# --- standard clients -----------------------------------------------------------------------

SIGNED = "CONSTRUCT WHERE { ?a kg:signatory ?b }"
HEGSETH = "https://w3id.org/kg-news/id/person/pete-hegseth"


def expected_graph(server: Server, query: str) -> rdflib.Graph:
    r = server.client.get("/sparql", params={"query": query, "format": "nt"})
    assert r.status_code == 200
    return rdflib.Graph().parse(data=r.text, format="nt")


@pytest.mark.parametrize(
    ("accept", "rdflib_format", "media"),
    [
        ("application/rdf+xml", "xml", "application/rdf+xml"),
        ("application/ld+json", "json-ld", "application/ld+json"),
        ("text/turtle", "turtle", "text/turtle"),
        ("application/n-triples", "nt", "application/n-triples"),
    ],
)
def test_construct_in_every_rdf_format(
    server: Server, accept: str, rdflib_format: str, media: str
) -> None:
    r = server.client.get("/sparql", params={"query": SIGNED}, headers={"Accept": accept})
    assert r.status_code == 200 and r.headers["content-type"].startswith(media)
    g = rdflib.Graph().parse(data=r.text, format=rdflib_format)
    assert len(g) == 2 and rdflib.compare.isomorphic(g, expected_graph(server, SIGNED))


def test_format_parameters_mean_the_right_thing_for_each_query_form(server: Server) -> None:
    # SPARQLWrapper's habit: format, output and results all set to its return format.
    both = {"format": "xml", "output": "xml", "results": "xml"}
    r = server.client.get("/sparql", params={"query": SIGNED, **both})
    assert r.headers["content-type"].startswith("application/rdf+xml")
    r = server.client.get("/sparql", params={"query": COUNTRIES, **both})
    assert r.headers["content-type"].startswith("application/sparql-results+xml")
    r = server.client.get("/sparql", params={"query": SIGNED, "format": "json"})
    assert r.headers["content-type"].startswith("application/ld+json")
    r = server.client.get(
        "/sparql",
        params=[("query", SIGNED), ("output", "rdf+xml"), ("output", "application/rdf+xml")],
    )
    assert r.headers["content-type"].startswith("application/rdf+xml")
    r = server.client.get("/sparql", params={"query": COUNTRIES, "format": "turtle"})
    assert r.status_code == 200 and r.headers["content-type"].startswith(
        "application/sparql-results+json"
    )  # a graph format asked of a SELECT: the Accept header decides
    r = server.client.get("/sparql", params={"query": COUNTRIES, "format": "pdf"})
    assert r.status_code == 400 and "unknown format" in r.text


@pytest.mark.parametrize("method", ["GET", "POST"])
def test_sparqlwrapper_with_its_default_settings(server: Server, method: str) -> None:
    from SPARQLWrapper import SPARQLWrapper

    def client(query: str) -> SPARQLWrapper:
        sw = SPARQLWrapper(f"{server.url}/sparql")  # default: XML results, GET, URL-encoded
        sw.setMethod(method)
        sw.setQuery(query)
        return sw

    prefixes = "PREFIX kg: <https://w3id.org/kg-news/ontology#>\n"
    prefixes += "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
    doc = client(prefixes + COUNTRIES).query().convert()  # xml.dom.minidom document
    labels = [n.firstChild.data for n in doc.getElementsByTagName("literal")]
    assert labels == ["China", "Italy", "Japan", "United States"]
    doc = client(prefixes + "ASK { ?x kg:claims ?r }").query().convert()
    assert doc.getElementsByTagName("boolean")[0].firstChild.data == "true"
    g = client(prefixes + SIGNED).query().convert()  # rdflib.Graph from RDF/XML
    assert isinstance(g, rdflib.Graph)
    assert rdflib.compare.isomorphic(g, expected_graph(server, SIGNED))
    described = client(f"DESCRIBE <{HEGSETH}>").query().convert()
    assert (rdflib.URIRef(HEGSETH), rdflib.RDFS.label, rdflib.Literal("Pete Hegseth")) in described


def test_sparqlwrapper_json_and_post_directly(server: Server) -> None:
    from SPARQLWrapper import JSON, JSONLD, POST, POSTDIRECTLY, SPARQLWrapper

    sw = SPARQLWrapper(f"{server.url}/sparql")
    sw.setQuery(COUNTRIES)
    sw.setReturnFormat(JSON)
    rows = sw.query().convert()["results"]["bindings"]
    assert [r["l"]["value"] for r in rows] == ["China", "Italy", "Japan", "United States"]
    sw = SPARQLWrapper(f"{server.url}/sparql")
    sw.setMethod(POST)
    sw.setRequestMethod(POSTDIRECTLY)
    sw.setQuery(SIGNED)
    sw.setReturnFormat(JSONLD)
    g = sw.query().convert()
    assert rdflib.compare.isomorphic(g, expected_graph(server, SIGNED))


def test_rdflib_sparqlstore(server: Server) -> None:
    from rdflib.plugins.stores.sparqlstore import SPARQLStore

    store = SPARQLStore(f"{server.url}/sparql")
    g = rdflib.Graph(store=store)
    rows = g.query(
        "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
        "SELECT ?l { ?c a <https://w3id.org/kg-news/ontology#Country> ; rdfs:label ?l } "
        "ORDER BY ?l"
    )
    assert [str(r.l) for r in rows] == ["China", "Italy", "Japan", "United States"]
    assert g.query(f"ASK {{ <{HEGSETH}> ?p ?o }}").askAnswer is True
    built = g.query("CONSTRUCT WHERE { ?a <https://w3id.org/kg-news/ontology#signatory> ?b }").graph
    assert rdflib.compare.isomorphic(built, expected_graph(server, SIGNED))
    for method in ("POST", "POST_FORM"):
        store = SPARQLStore(f"{server.url}/sparql", method=method)
        assert rdflib.Graph(store=store).query(f"ASK {{ <{HEGSETH}> ?p ?o }}").askAnswer


# --- who may talk to the endpoint -----------------------------------------------------------


def test_foreign_host_names_are_refused(server: Server) -> None:
    ask = {"query": "ASK {}"}
    for host in ("attacker.example", f"attacker.example:{server.port}", "127.0.0.1.nip.io"):
        r = server.client.get("/sparql", params=ask, headers={"Host": host})
        assert r.status_code == 421 and "--allow-host" in r.text
        assert server.client.get("/", headers={"Host": host}).status_code == 421
    for host in (f"localhost:{server.port}", f"127.0.0.1:{server.port}", "[::1]", "LOCALHOST"):
        r = server.client.get("/sparql", params=ask, headers={"Host": host})
        assert r.status_code == 200 and r.json()["boolean"] is True


def test_cross_origin_posts_are_refused(server: Server) -> None:
    form = {"query": "ASK {}"}
    r = server.client.post("/sparql", data=form, headers={"Origin": "https://attacker.example"})
    assert r.status_code == 403 and "cross-origin" in r.text
    r = server.client.post("/sparql", data=form, headers={"Origin": "null"})
    assert r.status_code == 403
    r = server.client.post("/sparql", data=form, headers={"Sec-Fetch-Site": "cross-site"})
    assert r.status_code == 403
    r = server.client.post(
        "/sparql", data=form, headers={"Origin": f"http://localhost:{server.port}"}
    )  # the Host header says 127.0.0.1: another origin
    assert r.status_code == 403
    same = {"Origin": server.url, "Sec-Fetch-Site": "same-origin"}
    r = server.client.post("/sparql", data=form, headers=same)
    assert r.status_code == 200 and r.json()["boolean"] is True
    # A link the user follows from another site is a plain navigation: answered, no CORS.
    nav = {"Sec-Fetch-Site": "cross-site", "Sec-Fetch-Mode": "navigate"}
    r = server.client.get("/sparql", params=form, headers=nav)
    assert r.status_code == 200 and "access-control-allow-origin" not in r.headers


@pytest.fixture(scope="module")
def guarded_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    token = tmp_path_factory.mktemp("token") / "token"
    token.write_text("s3cret-token-0123456789\n", encoding="utf-8")
    yield from start(
        [
            str(FIXTURE),
            "--cors-origin",
            "https://lab.example",
            "--allow-host",
            "kg.lab.example",
            "--token-file",
            str(token),
            "--max-query-bytes",
            "2000",
            "--max-body-bytes",
            "5000",
        ]
    )


def test_cors_only_for_listed_origins_and_bearer_token(guarded_server: Server) -> None:
    c = guarded_server.client
    auth = {"Authorization": "Bearer s3cret-token-0123456789"}
    ask = {"query": "ASK { ?x kg:claims ?r }"}
    assert c.get("/sparql", params=ask).status_code == 401
    r = c.get("/sparql", params=ask, headers={"Authorization": "Bearer wrong-token-000000000"})
    assert r.status_code == 401 and r.headers["www-authenticate"].startswith("Bearer")
    assert c.get("/health").status_code == 200  # health checks need no token
    r = c.get("/sparql", params=ask, headers={**auth, "Host": "kg.lab.example"})
    assert r.status_code == 200 and r.json()["boolean"] is True
    lab = {"Origin": "https://lab.example"}
    r = c.options(
        "/sparql",
        headers={**lab, "Access-Control-Request-Method": "POST",
                 "Access-Control-Request-Headers": "authorization, content-type"},
    )  # fmt: skip
    assert r.status_code == 200
    assert r.headers["access-control-allow-origin"] == "https://lab.example"
    r = c.post("/sparql", data=ask, headers={**auth, **lab, "Sec-Fetch-Site": "cross-site"})
    assert r.status_code == 200 and r.json()["boolean"] is True
    assert r.headers["access-control-allow-origin"] == "https://lab.example"
    r = c.post("/sparql", data=ask, headers={**auth, "Origin": "https://other.example"})
    assert r.status_code == 403 and "access-control-allow-origin" not in r.headers
    r = c.options(
        "/sparql",
        headers={"Origin": "https://other.example", "Access-Control-Request-Method": "POST"},
    )
    assert r.status_code == 403


def test_size_options_take_effect(guarded_server: Server) -> None:
    c = guarded_server.client
    auth = {"Authorization": "Bearer s3cret-token-0123456789"}
    padded = "ASK { ?x kg:claims ?r } #" + "x" * 2500  # fine with the defaults
    r = c.get("/sparql", params={"query": padded}, headers=auth)
    assert r.status_code == 414 and "over 2000 bytes" in r.text
    r = c.post(
        "/sparql", content=padded, headers={**auth, "Content-Type": "application/sparql-query"}
    )
    assert r.status_code == 413 and "over 2000 bytes" in r.text
    r = c.post("/sparql", data={"query": "ASK {}", "pad": "y" * 6000}, headers=auth)
    assert r.status_code == 413 and "over 5000 bytes" in r.text
    r = c.get("/sparql", params={"query": padded[:1900]}, headers=auth)
    assert r.status_code == 200 and r.json()["boolean"] is True


def test_non_loopback_host_warns_and_token_file_is_checked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture
) -> None:
    import uvicorn

    from kg.errors import KGError
    from kg.store import server as srv

    seen: dict[str, object] = {}
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: seen.update(kw, app=app))
    monkeypatch.setattr(srv, "prepare_store", lambda paths, store_dir: (tmp_path, None))
    srv.serve([FIXTURE], host="0.0.0.0", port=1)
    err = capsys.readouterr().err
    assert "warning: listening on 0.0.0.0" in err and "--token-file" in err
    assert seen["host"] == "0.0.0.0" and seen["proxy_headers"] is False
    token = tmp_path / "token"
    token.write_text("0123456789abcdef0123\n")
    srv.serve([FIXTURE], host="0.0.0.0", port=1, token_file=token)
    assert "--token-file" not in capsys.readouterr().err
    assert seen["app"].token == "0123456789abcdef0123"
    srv.serve([FIXTURE], host="127.0.0.1", port=1)
    assert "warning" not in capsys.readouterr().err
    token.write_text("short\n")
    with pytest.raises(KGError, match=r"\[E027\]"):
        srv.serve([FIXTURE], token_file=token)
    with pytest.raises(KGError, match=r"\[E027\]"):
        srv.serve([FIXTURE], token_file=tmp_path / "missing")


# --- limits ---------------------------------------------------------------------------------


def test_oversized_bodies_and_queries_are_refused(server: Server) -> None:
    big = b"x" * 2_000_000
    r = server.client.post(
        "/sparql", content=big, headers={"Content-Type": "application/sparql-query"}
    )
    assert r.status_code == 413 and "--max-body-bytes" in r.text

    def chunks() -> Iterator[bytes]:  # no Content-Length: the cap holds while reading
        for _ in range(40):
            yield b"query=" + b"x" * 50_000

    r = server.client.post(
        "/sparql", content=chunks(), headers={"Content-Type": "application/x-www-form-urlencoded"}
    )
    assert r.status_code == 413
    long_query = "ASK { " + "?s ?p ?o . " * 12_000 + "}"  # 130 kB
    # httpx refuses URLs this long itself: the request goes over a plain socket.
    target = "/sparql?" + urlencode({"query": long_query})
    with socket.create_connection(("127.0.0.1", server.port), timeout=30) as sock:
        sock.sendall(f"GET {target} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".encode())
        raw = b""
        while chunk := sock.recv(65536):  # the server closes the connection
            raw += chunk
    assert raw.startswith(b"HTTP/1.1 414") and b"--max-query-bytes" in raw
    r = server.client.post(
        "/sparql", content=long_query, headers={"Content-Type": "application/sparql-query"}
    )
    assert r.status_code == 413
    assert server.client.get("/health").json()["status"] == "ok"


def test_service_over_http_is_refused_and_nothing_connects(server: Server) -> None:
    from tests.unit.test_no_network import Listener, bypasses

    listener = Listener()
    try:
        for q in bypasses(listener.url, listener.port):
            r = server.client.get("/sparql", params={"query": q})
            assert r.status_code in (400, 403) and "[E021]" in r.text, (q, r.text)
            r = server.client.post(
                "/sparql", content=q, headers={"Content-Type": "application/sparql-query"}
            )
            assert r.status_code in (400, 403)
        assert listener.settle() == 0
    finally:
        listener.close()
    assert server.client.get("/health").json()["network"] == "denied"


RUNAWAY = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . FILTER(?c != '%s') }"


@pytest.fixture(scope="module")
def lanes_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    graph = tmp_path_factory.mktemp("lanes") / "lanes.nt"
    graph.write_text(
        "".join(f'<urn:x:s{i}> <urn:x:p> "{i}" .\n' for i in range(600)), encoding="utf-8"
    )
    yield from start(
        [str(graph), "--timeout", "5", "--max-expensive", "2", "--max-expensive-per-client", "2"]
    )


def test_cheap_queries_answer_while_two_runaways_run(lanes_server: Server) -> None:
    import threading

    c = lanes_server.client
    results: list[httpx.Response] = []

    def runaway(i: int) -> None:
        with httpx.Client(base_url=lanes_server.url, timeout=60) as own:
            results.append(own.get("/sparql", params={"query": RUNAWAY % i}))

    threads = [threading.Thread(target=runaway, args=(i,)) for i in range(2)]
    for t in threads:
        t.start()
    answered_during = 0
    third: httpx.Response | None = None
    while not results:  # until the runaways are stopped (5 s), at the latest
        health = c.get("/health").json()
        r = c.get("/sparql", params={"query": "ASK { <urn:x:s7> ?p '7' }"})
        assert r.status_code == 200 and r.json()["boolean"] is True
        if health["expensive_running"] == 2 and not results:
            answered_during += 1
            if third is None:  # the slow lane is full: a third expensive query is stopped
                third = c.get("/sparql", params={"query": RUNAWAY % "third"})
        if answered_during >= 5:
            break
    for t in threads:
        t.join()
    assert answered_during >= 5, [(r.status_code, r.text) for r in results]
    assert third is not None and third.status_code in (429, 503) and "expensive" in third.text
    assert [r.status_code for r in results] == [503, 503]
    assert all("timed out after 5 s" in r.text for r in results)
    assert c.get("/sparql", params={"query": "ASK { <urn:x:s8> ?p '8' }"}).json()["boolean"]


# --- operations -----------------------------------------------------------------------------


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT])
def test_signals_stop_cleanly_and_remove_the_store_copy(tmp_path: Path, sig: int) -> None:
    temp = tmp_path / "tmp"
    temp.mkdir()
    port = free_port()
    env = dict(os.environ, TMPDIR=str(temp))
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    proc = subprocess.Popen(
        [sys.executable, "-m", "kg.store", "serve", str(FIXTURE), "--port", str(port)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    client = httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=30)
    try:
        with running(proc, lambda: client.get("/health").status_code == 200, "kg serve"):
            copies = list(temp.glob("kg-serve-*"))
            assert len(copies) == 1 and (copies[0] / "store").is_dir()
            workers = [p.pid for p in psutil.Process(proc.pid).children()]
            assert workers
            proc.send_signal(sig)
            assert proc.wait(30) == 0
    finally:
        client.close()
    assert list(temp.iterdir()) == []
    assert not any(psutil.pid_exists(pid) and psutil.Process(pid).status() != "zombie"
                   for pid in workers)  # fmt: skip


def test_allowed_host_names() -> None:
    from kg.store.server import allowed_hosts, host_name

    loop = allowed_hosts("127.0.0.1")
    assert loop == {"localhost", "127.0.0.1", "[::1]"}
    assert allowed_hosts("kg.lab.example", ["Data.Lab.Example."]) == loop | {
        "kg.lab.example",
        "data.lab.example",
    }
    assert allowed_hosts("::1") == loop
    assert allowed_hosts("127.0.0.1", ["*"]) is None
    anywhere = allowed_hosts("0.0.0.0")
    assert loop <= anywhere and socket.gethostname().lower() in anywhere
    own = {
        host_name(a.address)
        for addrs in psutil.net_if_addrs().values()
        for a in addrs
        if a.family == socket.AF_INET
    }
    assert own <= anywhere
    assert "attacker.example" not in anywhere
    assert host_name("EVIL.example:80") == "evil.example"
