"""Command-line interface: a thin layer over plain functions (``kg --help``).

Each stage owns its commands (``kg/<stage>/cli.py``, a ``register(app)`` function). They are
imported only when their command runs, so ``kg --help`` answers without loading spaCy,
rdflib or pyoxigraph; the one-line summaries below are what the overview prints (a test
keeps them equal to the commands' own).
"""

from __future__ import annotations

import importlib
import os
import sys
from typing import Any

import typer
from typer.core import TyperCommand, TyperGroup

# name -> (module that registers it, one-line summary for `kg --help`)
COMMANDS: dict[str, tuple[str, str]] = {
    "build": (
        "kg.pipeline.cli",
        "Build a knowledge graph from news articles: writes OUT/graph.ttl and OUT/graph.html.",
    ),
    "annotate": (
        "kg.pipeline.cli",
        "Show what the builder read and found in each file: title, date, kept text, offsets, "
        "removals, mentions and facts (why is something (not) in my graph?).",
    ),
    "validate": ("kg.rdf.cli", "Check GRAPH against the schema's SHACL shapes."),
    "diff": (
        "kg.rdf.cli",
        "What changed between two builds: entities added, removed and merged; facts added and "
        "removed, with their evidence.",
    ),
    "query": (
        "kg.store.cli",
        "Answer a SPARQL query over graph files (standard prefixes are predeclared).",
    ),
    "load": (
        "kg.store.cli",
        "Fill a persistent store with graph files (replacing what it held before).",
    ),
    "serve": (
        "kg.store.cli",
        "Serve the graph as a read-only SPARQL 1.1 endpoint at /sparql (query page at /).",
    ),
    "export": (
        "kg.export.cli",
        "Write the graph as TriG (one named graph per document), N-Triples, N-Quads or JSON-LD.",
    ),
    "push": ("kg.export.cli", "Load the graph into a SPARQL 1.1 Graph Store Protocol server."),
    "render": ("kg.viz.cli", "Render an offline, self-contained HTML explorer of GRAPH."),
}


def load_command(name: str) -> Any:
    """The real click command ``name`` (imports its stage's CLI module)."""
    if name not in COMMANDS:
        return None
    module = importlib.import_module(COMMANDS[name][0])
    sub = typer.Typer(add_completion=False)
    module.register(sub)
    cmd = typer.main.get_command(sub)
    commands = getattr(cmd, "commands", None)  # a group when the module registers several
    if commands is not None:
        return commands.get(name)
    return cmd if cmd.name == name else None


class _LazyGroup(TyperGroup):
    """Lists commands from :data:`COMMANDS`; imports a command's module only to run it."""

    _overview = False

    def list_commands(self, ctx: Any) -> list[str]:
        return list(COMMANDS)

    def get_command(self, ctx: Any, cmd_name: str) -> Any:
        if self._overview and cmd_name in COMMANDS:
            return TyperCommand(cmd_name, help=COMMANDS[cmd_name][1])
        return load_command(cmd_name)

    def format_help(self, ctx: Any, formatter: Any) -> None:
        self._overview = True
        try:
            super().format_help(ctx, formatter)
        finally:
            self._overview = False


app = typer.Typer(
    name="kg",
    cls=_LazyGroup,
    help="Build, validate, query, serve and export knowledge graphs of news articles.\n\n"
    "Exit codes: 0 ok, 1 SHACL violations, 2 usage, 3 input, 4 internal error.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


@app.callback()
def _main() -> None:
    """Options common to every command (none yet)."""


def main() -> None:
    """Console entry point: an unexpected error is one coded line and exit code 4."""
    from kg.errors import Errors, ExitCode

    try:
        app()
    except SystemExit:
        raise
    except KeyboardInterrupt:
        sys.stderr.write("interrupted; outputs left as they were\n")
        raise SystemExit(130) from None
    except Exception as exc:
        if os.environ.get("KG_DEBUG"):
            raise
        text = " ".join(str(exc).split())[:200]
        sys.stderr.write(Errors.E099.format(error=f"{type(exc).__name__}: {text}") + "\n")
        raise SystemExit(int(ExitCode.INTERNAL)) from None


if __name__ == "__main__":
    main()
