"""``kg render``: write the HTML explorer for a graph file."""

from __future__ import annotations

from pathlib import Path

import typer

from kg.errors import KGError, exit_code


def render(
    graph: Path = typer.Argument(..., help="RDF graph file (Turtle, N-Triples, TriG, ...)."),
    out: Path = typer.Option(..., "--out", "-o", help="HTML file to write."),
    max_nodes: int = typer.Option(
        1500, "--max-nodes", min=1, help="Entities shown at first; the rest can be expanded."
    ),
    title: str = typer.Option("kg-news graph", "--title", help="Page title."),
) -> None:
    """Render an offline, self-contained HTML explorer of GRAPH."""
    from kg.viz import render_html

    try:
        stats = render_html(graph, out, max_nodes=max_nodes, title=title)
    except KGError as exc:
        typer.echo(str(exc), err=True)
        raise typer.Exit(exit_code(exc)) from exc
    hidden = f", {stats.hidden_nodes} hidden at first" if stats.hidden_nodes else ""
    if stats.unconnected:
        hidden += f", {stats.unconnected} without relations drawn on request"
    typer.echo(
        f"{out}: {stats.nodes} entities, {stats.edges} relations{hidden}, {stats.bytes} bytes"
    )


def register(app: typer.Typer) -> None:
    app.command("render")(render)
