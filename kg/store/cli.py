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


def _split_query(args: list[str], file: Path | None, name: str | None) -> tuple[list[str], str]:
    """Graph paths and query text: the last positional is the query unless --file/--name."""
    from kg.store.pack import get_query

    if name is not None:
        return args, get_query(name).text
    if file is not None:
        if not file.is_file():
            raise KGError(Errors.E001.format(path=file))
        return args, file.read_text(encoding="utf-8")
    if not args or Path(args[-1]).is_file():
        raise KGError(Errors.E022)
    return args[:-1], args[-1]


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
            typer.Argument(metavar="GRAPH... [QUERY]", help="Graph files, then the SPARQL text."),
        ] = None,
        file: Annotated[
            Path | None, typer.Option("--file", "-f", help="Read the query from a .rq file.")
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
            float | None, typer.Option("--timeout", help="Give up after N seconds.")
        ] = None,
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
            result = query(store, sparql, timeout=timeout, params=_parse_params(param or []))
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
        host: Annotated[str, typer.Option("--host", help="Interface to bind to.")] = "127.0.0.1",
        port: Annotated[int, typer.Option("--port", help="TCP port.")] = 8000,
        timeout: Annotated[
            float, typer.Option("--timeout", help="Per-query time limit in seconds.")
        ] = 10.0,
        max_results: Annotated[
            int, typer.Option("--max-results", help="Rows (or triples) returned at most per query.")
        ] = 10000,
        workers: Annotated[int, typer.Option("--workers", help="Query worker processes.")] = 2,
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
            )
        except KGError as exc:
            _fail(exc)
