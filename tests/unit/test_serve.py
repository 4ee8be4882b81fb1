"""``kg serve``: a real uvicorn server in a subprocess, spoken to over real HTTP."""

from __future__ import annotations

import csv
import io
import json
import os
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import psutil
import pytest
import rdflib

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


def test_runaway_query_is_stopped_and_the_server_recovers(slow_server: Server) -> None:
    pid = slow_server.proc.pid
    before = {p.pid for p in psutil.Process(pid).children() if "python" in p.name()}
    q = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
    r = slow_server.client.get("/sparql", params={"query": q})
    assert r.status_code == 503 and "timed out after 1 s" in r.text
    # The worker that ran it was killed (the work really stopped) and replaced.
    after = {p.pid for p in psutil.Process(pid).children() if "python" in p.name()}
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
