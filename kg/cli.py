"""Command-line interface: a thin layer over plain functions (``kg --help``)."""

from __future__ import annotations

import typer

app = typer.Typer(
    name="kg",
    help="Build, validate, query, serve and export knowledge graphs of news articles.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def _register() -> None:
    # Each stage owns its commands; they register here so this file stays small.
    from kg.export import cli as export_cli
    from kg.pipeline import cli as pipeline_cli
    from kg.rdf import cli as rdf_cli
    from kg.store import cli as store_cli
    from kg.viz import cli as viz_cli

    for mod in (pipeline_cli, rdf_cli, store_cli, export_cli, viz_cli):
        mod.register(app)


_register()

if __name__ == "__main__":
    app()
