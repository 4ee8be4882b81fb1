"""``kg query``, ``kg load`` and ``kg serve``."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from kg.errors import Errors, KGError, exit_code

FORMATS = ("table", "csv", "tsv", "json", "xml")


def _fail(exc: KGError) -> None:
    typer.echo(str(exc), err=True)
    raise typer.Exit(code=exit_code(exc))


def _is_file(text: str) -> bool:
    # A long query is no file name: the OS refuses such names instead of answering.
    try:
        return len(text) < 4096 and "\n" not in text and Path(text).is_file()
    except (OSError, ValueError):
        return False


def _split_query(args: list[str], file: Path | None, name: str | None) -> tuple[list[str], str]:
    """Graph paths and query text.

    The query is ``--name``, ``--file``, or the last positional: ``-`` (standard input), a
    file (``.rq``, ``.sparql``, … anything but a graph), or the query text itself. A last
    positional that is a graph file means no query was given.
    """
    from kg.store.pack import get_query

    if name is not None:
        return args, get_query(name).text
    if file is not None:
        return args, _read_query_file(file)
    if not args:
        raise KGError(Errors.E022)
    last = args[-1]
    if last == "-":
        return args[:-1], sys.stdin.read()
    if _is_file(last):
        if _is_graph(last):
            raise KGError(Errors.E022)
        return args[:-1], _read_query_file(Path(last))
    return args[:-1], last


def _is_graph(path: str) -> bool:
    from kg.store.load import rdf_format

    try:
        rdf_format(path)
    except KGError:
        return False
    return True


def _read_query_file(path: Path) -> str:
    if str(path) == "-":
        return sys.stdin.read()
    if not path.is_file():
        raise KGError(Errors.E001.format(path=path))
    return path.read_text(encoding="utf-8")


def _write(text: str) -> None:
    # Bytes, so that CSV keeps its CRLF line ends whatever the stream's newline mode.
    out = getattr(sys.stdout, "buffer", None)
    if out is None:
        sys.stdout.write(text)
        return
    sys.stdout.flush()
    out.write(text.encode("utf-8"))
    out.flush()


def _parse_params(items: list[str]) -> dict[str, str]:
    params = {}
    for item in items:
        key, sep, value = item.partition("=")
        if not sep or not key:
            raise KGError(Errors.E021.format(reason=f"--param '{item}' is not NAME=VALUE"))
        params[key.strip().lstrip("?$")] = value
    return params


def register(app: typer.Typer) -> None:
    @app.command("query")
    def query_cmd(
        args: Annotated[
            list[str] | None,
            typer.Argument(
                metavar="GRAPH... [QUERY]",
                help="Graph files, then the query: its text, a .rq file, or - for stdin.",
            ),
        ] = None,
        file: Annotated[
            Path | None,
            typer.Option("--file", "-f", help="Read the query from a file (- for stdin)."),
        ] = None,
        name: Annotated[
            str | None, typer.Option("--name", "-n", help="Run a query of the pack.")
        ] = None,
        fmt: Annotated[
            str, typer.Option("--format", help="table, csv, tsv, json or xml.")
        ] = "table",
        store_dir: Annotated[
            Path | None,
            typer.Option("--store", help="Persistent store directory (loaded once, then reused)."),
        ] = None,
        param: Annotated[
            list[str] | None,
            typer.Option(
                "--param", "-p", help="NAME=VALUE: replaces the query's VALUES ?NAME default."
            ),
        ] = None,
        timeout: Annotated[
            float, typer.Option("--timeout", help="Give up after N seconds (0: never).")
        ] = 60.0,
        list_: Annotated[
            bool, typer.Option("--list", help="List the queries of the pack.")
        ] = False,
    ) -> None:
        """Answer a SPARQL query over graph files (standard prefixes are predeclared).

        SELECT answers print as a table, CSV, TSV, JSON or XML; ASK prints true or false;
        CONSTRUCT and DESCRIBE print Turtle.
        """
        from kg.store import open_store, query
        from kg.store.pack import list_queries
        from kg.store.results import render

        if list_:
            for q in list_queries():
                typer.echo(f"{q.name:24} {q.title}: {q.description}")
            return
        if fmt not in FORMATS:
            typer.echo(f"--format must be one of {', '.join(FORMATS)}", err=True)
            raise typer.Exit(code=2)
        try:
            graphs, sparql = _split_query(list(args or []), file, name)
            if not graphs and store_dir is None:
                raise KGError(
                    Errors.E020.format(path="(none)", reason="give graph files or --store DIR")
                )
            store = open_store(graphs, store_dir)
            result = query(
                store, sparql, timeout=timeout or None, params=_parse_params(param or [])
            )
        except KGError as exc:
            _fail(exc)
            return
        _write(render(result, fmt))

    @app.command("load")
    def load_cmd(
        graphs: Annotated[list[Path], typer.Argument(metavar="GRAPH...", help="Graph files.")],
        store_dir: Annotated[Path, typer.Option("--store", help="Persistent store directory.")],
    ) -> None:
        """Fill a persistent store with graph files (replacing what it held before)."""
        from kg.store import open_store

        try:
            store = open_store(graphs, store_dir)
        except KGError as exc:
            _fail(exc)
            return
        typer.echo(f"{len(store)} triples in {store_dir}")

    @app.command("serve")
    def serve_cmd(
        graphs: Annotated[
            list[Path], typer.Argument(metavar="GRAPH...", help="Graph files.")
        ] = None,
        store_dir: Annotated[
            Path | None, typer.Option("--store", help="Persistent store directory.")
        ] = None,
        host: Annotated[
            str,
            typer.Option("--host", help="Interface to bind to (other than loopback: warned)."),
        ] = "127.0.0.1",
        port: Annotated[int, typer.Option("--port", help="TCP port.")] = 8000,
        timeout: Annotated[
            float, typer.Option("--timeout", help="Per-query time limit in seconds.")
        ] = 10.0,
        max_results: Annotated[
            int, typer.Option("--max-results", help="Rows (or triples) returned at most per query.")
        ] = 10000,
        workers: Annotated[
            int, typer.Option("--workers", help="Query worker processes (fast lane).")
        ] = 3,
        allow_host: Annotated[
            list[str] | None,
            typer.Option(
                "--allow-host",
                help="Another host name clients may use (repeatable; '*' for any). "
                "Loopback names and --host are always allowed.",
            ),
        ] = None,
        cors_origin: Annotated[
            list[str] | None,
            typer.Option(
                "--cors-origin",
                help="An origin (https://site.example) whose pages may query (CORS); repeatable.",
            ),
        ] = None,
        token_file: Annotated[
            Path | None,
            typer.Option("--token-file", help="Require 'Authorization: Bearer TOKEN' (1st line)."),
        ] = None,
        max_query_bytes: Annotated[
            int, typer.Option("--max-query-bytes", help="Longest query text (414/413 past it).")
        ] = 100_000,
        max_body_bytes: Annotated[
            int, typer.Option("--max-body-bytes", help="Largest POST body (413 past it).")
        ] = 1_000_000,
        max_expensive: Annotated[
            int,
            typer.Option("--max-expensive", help="Expensive (slow-lane) queries at once."),
        ] = 2,
        max_expensive_per_client: Annotated[
            int,
            typer.Option(
                "--max-expensive-per-client", help="Expensive queries at once per client address."
            ),
        ] = 2,
    ) -> None:
        """Serve the graph as a read-only SPARQL 1.1 endpoint at /sparql (query page at /)."""
        from kg.store.server import serve

        try:
            serve(
                list(graphs or []),
                store_dir=store_dir,
                host=host,
                port=port,
                timeout=timeout,
                max_results=max_results,
                workers=workers,
                allow_hosts=list(allow_host or []),
                cors_origins=list(cors_origin or []),
                token_file=token_file,
                max_query_bytes=max_query_bytes,
                max_body_bytes=max_body_bytes,
                max_expensive=max_expensive,
                max_expensive_per_client=max_expensive_per_client,
            )
        except KGError as exc:
            _fail(exc)
