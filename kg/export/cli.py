"""``kg export`` and ``kg push``."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from kg.errors import KGError, exit_code


def register(app: typer.Typer) -> None:
    @app.command("export")
    def export_cmd(
        graph: Annotated[Path, typer.Argument(metavar="GRAPH", help="A built graph (.ttl).")],
        fmt: Annotated[str, typer.Option("--format", help="trig, nt, nq or jsonld.")],
        out: Annotated[Path, typer.Option("--out", "-o", help="Output file.")],
    ) -> None:
        """Write the graph as TriG (one named graph per document), N-Triples, N-Quads or JSON-LD."""
        from kg.export import FORMATS, export

        if fmt not in FORMATS:
            typer.echo(f"--format must be one of {', '.join(FORMATS)}", err=True)
            raise typer.Exit(code=2)
        try:
            export(graph, out, fmt)
        except KGError as exc:
            typer.echo(str(exc), err=True)
            raise typer.Exit(code=exit_code(exc)) from None
        typer.echo(f"wrote {out}")

    @app.command("push")
    def push_cmd(
        graph: Annotated[Path, typer.Argument(metavar="GRAPH", help="A built graph (.ttl).")],
        endpoint: Annotated[
            str,
            typer.Option(
                "--endpoint", help="Graph Store Protocol URL, e.g. http://localhost:7878/store."
            ),
        ],
        graph_iri: Annotated[
            str | None,
            typer.Option("--graph", help="Target named graph IRI (default: the default graph)."),
        ] = None,
        user: Annotated[str | None, typer.Option("--user", help="User name for HTTP auth.")] = None,
        password_file: Annotated[
            Path | None,
            typer.Option(
                "--password-file",
                help="File whose first line is the password (else $KG_PUSH_PASSWORD).",
            ),
        ] = None,
        password: Annotated[
            str | None, typer.Option("--password", hidden=True, help="Refused: leaks the secret.")
        ] = None,
        auth: Annotated[
            str, typer.Option("--auth", help="HTTP auth scheme: basic or digest.")
        ] = "basic",
        replace: Annotated[
            bool,
            typer.Option(
                "--replace", help="Replace the target graph (PUT) instead of adding (POST)."
            ),
        ] = False,
    ) -> None:
        """Load the graph into a SPARQL 1.1 Graph Store Protocol server."""
        from kg.export.push import PASSWORD_ENV, push, resolve_password

        if password is not None:
            typer.echo(
                f"--password is not accepted (command lines are visible to other users and "
                f"kept in shell history); set {PASSWORD_ENV} or use --password-file FILE.",
                err=True,
            )
            raise typer.Exit(code=2)
        try:
            status = push(
                graph,
                endpoint,
                graph=graph_iri,
                user=user,
                password=resolve_password(user, password_file),
                replace=replace,
                auth_scheme=auth,
            )
        except KGError as exc:
            typer.echo(str(exc), err=True)
            raise typer.Exit(code=exit_code(exc)) from None
        target = graph_iri or "the default graph"
        typer.echo(
            f"{'replaced' if replace else 'added to'} {target} at {endpoint} (HTTP {status})"
        )
