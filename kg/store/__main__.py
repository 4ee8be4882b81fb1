"""``python -m kg.store query|load|serve …``: the store commands on their own."""

from __future__ import annotations

import typer

from kg.store.cli import register

app = typer.Typer(add_completion=False, pretty_exceptions_enable=False, no_args_is_help=True)
register(app)

if __name__ == "__main__":  # spawned query workers import this module too
    app()
