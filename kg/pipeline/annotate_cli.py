"""``kg annotate``'s command line; the work is :func:`kg.pipeline.annotate.annotate_files`.

Kept apart so that ``kg build --help`` does not import spaCy.
"""

from __future__ import annotations

from pathlib import Path


def register(app) -> None:
    """Add ``kg annotate`` to the CLI."""
    import typer
    from rich.console import Console

    from kg.config import DEFAULT_BASE_IRI, DEFAULT_MODEL
    from kg.errors import KGError

    @app.command("annotate")
    def annotate_command(
        inputs: list[Path] = typer.Argument(..., help="Files (.txt, .md, .html) or folders."),
        as_json: bool = typer.Option(
            False, "--json", help="JSON Lines: one object per input file (see README)."
        ),
        model: str = typer.Option(
            DEFAULT_MODEL,
            "--model",
            "-m",
            help="Installed spaCy pipeline; 'blank:en' for rules only.",
        ),
        base_iri: str = typer.Option(
            DEFAULT_BASE_IRI, "--base-iri", help="Base IRI of entity IRIs."
        ),
    ) -> None:
        """Show what the builder read and found in each file: title, date, kept text,
        offsets, removals, mentions and facts (why is something (not) in my graph?)."""
        from kg.pipeline.annotate import _source_text, annotate_files, render_text, to_json_line

        err = Console(stderr=True, highlight=False, soft_wrap=True)
        try:
            records = annotate_files(
                inputs,
                model=model,
                base_iri=base_iri,
                on_skip=lambda s: err.print(f"skipped {s.reason}", markup=False),
            )
        except KGError as exc:
            err.print(f"error {exc}", markup=False)
            raise typer.Exit(1) from None
        for i, rec in enumerate(records):
            if as_json:
                typer.echo(to_json_line(rec))
            else:
                src = _source_text(rec["source"])
                typer.echo(("\n" if i else "") + render_text(rec, src, base_iri))
        if not records:
            raise typer.Exit(1)
