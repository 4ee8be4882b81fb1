"""``kg validate``: check a graph against the SHACL shapes of the public schema."""

from __future__ import annotations

from pathlib import Path

import typer

from kg.errors import KGError, exit_code


def validate_command(
    graph: Path = typer.Argument(
        ...,
        metavar="GRAPH",
        help="RDF file to check (Turtle .ttl, N-Triples .nt, N-Quads .nq, TriG, RDF/XML, "
        "JSON-LD; the format follows the file extension).",
        show_default=False,
    ),
    shapes: Path | None = typer.Option(
        None,
        "--shapes",
        metavar="FILE",
        help="SHACL shapes to check against, in Turtle. Default: ontology/shapes.ttl, which "
        "checks every promise of the public schema (SCHEMA.md).",
        show_default=False,
    ),
) -> None:
    """Check GRAPH against the schema's SHACL shapes.

    Prints "GRAPH conforms (N triples)", or one line per violation: focus node, property, value, message and shape.

    Exit code 0: conforms; 1: violations; 3: GRAPH or FILE unreadable.
    """  # noqa: E501 (one line per paragraph: Typer keeps line breaks in help text)
    from kg.rdf.validate import validate

    try:
        report = validate(graph, shapes=shapes)
    except KGError as err:
        typer.echo(str(err), err=True)
        raise typer.Exit(exit_code(err)) from None
    if report.conforms and not report.violations:
        typer.echo(f"{graph} conforms ({report.triples} triples)")
        return
    for line in report.lines():
        typer.echo(line)
    failing = sum(v.severity == "Violation" for v in report.violations)
    others = len(report.violations) - failing
    summary = f"{graph}: {failing} violation{'s' if failing != 1 else ''}"
    if others:
        summary += f", {others} warning{'s' if others != 1 else ''}/info"
    typer.echo(f"{summary} ({report.triples} triples)")
    if not report.conforms:
        raise typer.Exit(1)


def diff_command(
    old: Path = typer.Argument(..., help="Earlier build: its folder (graph.ttl) or a Turtle file."),
    new: Path = typer.Argument(..., help="Later build: its folder (graph.ttl) or a Turtle file."),
    as_json: bool = typer.Option(False, "--json", help="Print the differences as JSON."),
) -> None:
    """What changed between two builds: entities added, removed and merged; facts added and removed, with their evidence.

    Exit code 0 either way; 3 when a graph cannot be read.
    """  # noqa: E501
    from kg.rdf.diff import diff_graphs

    try:
        d = diff_graphs(old, new)
    except KGError as err:
        typer.echo(str(err), err=True)
        raise typer.Exit(exit_code(err)) from None
    typer.echo(d.to_json() if as_json else "\n".join(d.lines()))


def register(app: typer.Typer) -> None:
    """Add ``kg validate`` and ``kg diff`` to ``app``."""
    app.command("validate", no_args_is_help=True)(validate_command)
    app.command("diff", no_args_is_help=True)(diff_command)
