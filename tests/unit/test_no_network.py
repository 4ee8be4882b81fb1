"""No query opens a network connection, however it spells SERVICE (``kg query`` and the API).

A local listener records every connection attempt; each query below names it as a service
endpoint, hidden in one way or another. The queries must be refused on their parse tree,
and the thread that runs queries cannot open Internet sockets at all (seccomp).
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest
import typer
from typer.testing import CliRunner

from kg.errors import ExitCode
from kg.store import QueryRejected, query
from kg.store import cli as store_cli
from kg.store.sandbox import deny_network, network_denied
from kg.store.sparql import run

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "store_seeds_like.ttl"


class Listener:
    """A TCP listener on loopback that counts the connections made to it."""

    def __init__(self) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(64)
        self.sock.settimeout(0.05)
        self.port = self.sock.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}/sparql"
        self.connections = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._accept, daemon=True)
        self._thread.start()

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except OSError:
                continue
            self.connections += 1
            conn.close()

    def settle(self) -> int:
        time.sleep(0.2)
        return self.connections

    def close(self) -> None:
        self._stop.set()
        self._thread.join(2)
        self.sock.close()


@pytest.fixture()
def listener() -> Iterator[Listener]:
    server = Listener()
    yield server
    server.close()


def bypasses(url: str, port: int) -> list[str]:
    """Service calls to ``url`` in many disguises (every one is valid SPARQL 1.1)."""
    host = f"http://127.0.0.1:{port}"
    return [
        f"SELECT * {{ SERVICE <{url}> {{ ?s ?p ?o }} }}",
        # The reported bypass: a '<' comparison with '>' in a string fooled the scanner.
        f"SELECT * {{ BIND(1<'>' AS ?q) SERVICE <{url}> {{ ?s ?p ?o }} }}",
        f'SELECT * {{ BIND(2 > 1 AS ?ok) FILTER(?ok || "<" = ">") SERVICE <{url}> {{ ?s ?p ?o }} }}',
        f"select * {{ service silent <{url}> {{ ?s ?p ?o }} }}",
        f"SELECT * {{ SeRvIcE <{url}> {{ ?s ?p ?o }} }}",
        f"SELECT * {{ # a comment }} SERVICE\n  SERVICE # another\n <{url}> {{ ?s ?p ?o }} }}",
        f"SELECT * {{ {{ {{ OPTIONAL {{ SERVICE <{url}> {{ ?s ?p ?o }} }} }} }} }}",
        f"SELECT * {{ {{ ?a ?b ?c }} UNION {{ MINUS {{ SERVICE <{url}> {{ ?s ?p ?o }} }} }} }}",
        f"SELECT * {{ FILTER EXISTS {{ SERVICE <{url}> {{ ?s ?p ?o }} }} }}",
        f"SELECT * {{ {{ SELECT * {{ SERVICE <{url}> {{ ?s ?p ?o }} }} }} }}",
        f"PREFIX remote: <{host}/> SELECT * {{ SERVICE remote:sparql {{ ?s ?p ?o }} }}",
        f"BASE <{host}/> SELECT * {{ SERVICE <sparql> {{ ?s ?p ?o }} }}",
        f"SELECT * {{ VALUES ?e {{ <{url}> }} SERVICE ?e {{ ?s ?p ?o }} }}",
        f"SELECT * {{ SERVICE <http:\\u002F\\u002F127.0.0.1:{port}/sparql> {{ ?s ?p ?o }} }}",
        f"SELECT * {{ \\u0053ERVICE <{url}> {{ ?s ?p ?o }} }}",
        f"ASK {{ SERVICE <{url}> {{ ?s ?p ?o }} }}",
        f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }}",
        f"DESCRIBE ?s WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }}",
        f"SELECT ?s {{ ?s ?p ?o }} GROUP BY ?s HAVING EXISTS {{ SERVICE <{url}> {{ }} }}",
        # '#' inside a string or an IRI is no comment (refused, if only as unparsable).
        f'SELECT * {{ BIND("#" AS ?h) SERVICE <{url}> {{ ?s ?p ?o }} }}',
        f"SELECT * {{ ?s <urn:x:a#b> '#' . SERVICE <{url}> {{ ?s ?p ?o }} }}",
    ]


@pytest.fixture(scope="module")
def store() -> ox.Store:
    from kg.store import open_store

    return open_store([FIXTURE])


def test_every_disguise_is_refused_and_nothing_connects(
    store: ox.Store, listener: Listener
) -> None:
    for sparql in bypasses(listener.url, listener.port):
        with pytest.raises((QueryRejected, Exception)) as info:
            query(store, sparql, timeout=10)
        assert "E021" in str(info.value), sparql
    assert listener.settle() == 0


def test_refusals_name_service(store: ox.Store, listener: Listener) -> None:
    for sparql in bypasses(listener.url, listener.port)[:13]:
        with pytest.raises(QueryRejected, match="SERVICE is not allowed"):
            query(store, sparql)
    assert listener.settle() == 0


def test_the_words_alone_are_not_refused(store: ox.Store) -> None:
    r = query(
        store,
        """SELECT ?service ?l { # SERVICE <http://example.org/> { }
             BIND("SERVICE <http://example.org/> { }" AS ?service)
             ?c a kg:Country ; rdfs:label ?l . FILTER(?l != "Service") } ORDER BY ?l""",
    )
    assert r.column("l") == ["China", "Italy", "Japan", "United States"]
    assert set(r.column("service")) == {"SERVICE <http://example.org/> { }"}


def test_query_thread_cannot_reach_the_network_even_unchecked(listener: Listener) -> None:
    """Defence in depth: with the parse check bypassed, the sandbox still stops Oxigraph."""
    box: dict[str, object] = {}

    def work() -> None:
        box["installed"] = deny_network()
        box["denied"] = network_denied()
        try:
            list(ox.Store().query(f"SELECT * {{ SERVICE <{listener.url}> {{ ?s ?p ?o }} }}"))
        except Exception as exc:  # its class only: the result must die in this thread
            box["error"] = type(exc)
        try:
            socket.create_connection(("127.0.0.1", listener.port), timeout=2).close()
        except OSError as exc:
            box["python"] = type(exc)

    thread = threading.Thread(target=work)
    thread.start()
    thread.join(20)
    assert box["installed"] is True and box["denied"] is True
    assert box["error"] is PermissionError and box["python"] is PermissionError
    assert listener.settle() == 0
    assert not network_denied()  # other threads keep their network


def test_unchecked_oxigraph_would_connect(listener: Listener) -> None:
    """The control experiment: the same query outside the guards does reach the listener."""

    def attempt() -> type[BaseException] | None:
        try:
            list(ox.Store().query(f"SELECT * {{ SERVICE <{listener.url}> {{ ?s ?p ?o }} }}"))
        except OSError as exc:  # its class only: no traceback keeps the result alive
            return type(exc)
        return None

    assert attempt() is not None
    assert listener.settle() == 1


def test_run_refuses_before_evaluating(store: ox.Store, listener: Listener) -> None:
    with pytest.raises(QueryRejected):
        run(store, f"SELECT * {{ BIND(1<'>' AS ?q) SERVICE <{listener.url}> {{ ?s ?p ?o }} }}")
    assert listener.settle() == 0


def test_kg_query_refuses_every_disguise(listener: Listener) -> None:
    app = typer.Typer()
    store_cli.register(app)
    runner = CliRunner()
    for sparql in bypasses(listener.url, listener.port)[:6]:
        r = runner.invoke(app, ["query", str(FIXTURE), sparql])
        assert r.exit_code == ExitCode.USAGE and "SERVICE is not allowed" in r.output, (
            sparql,
            r.output,
        )
    assert listener.settle() == 0


def test_dataset_clauses_and_iris_never_fetch(store: ox.Store, listener: Listener) -> None:
    """FROM, FROM NAMED, DESCRIBE and IRI() name the listener but only read the local store."""
    url = listener.url
    local = len(query(store, "SELECT * { ?s ?p ?o }"))
    assert len(query(store, f"SELECT * FROM <{url}> {{ ?s ?p ?o }}")) == local
    assert len(query(store, f"SELECT * FROM NAMED <{url}> {{ GRAPH ?g {{ ?s ?p ?o }} }}")) == 0
    assert len(query(store, f"DESCRIBE <{url}>")) == 0
    assert query(store, f"SELECT ?x {{ BIND(IRI('{url}') AS ?x) }}").column("x") == [url]
    assert listener.settle() == 0
