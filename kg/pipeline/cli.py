"""``kg build``: the CLI face of :func:`kg.pipeline.build`."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    TextColumn,
    TimeElapsedColumn,
)
from rich.table import Table
from rich.text import Text

from kg.config import DEFAULT_BASE_IRI, DEFAULT_MODEL
from kg.errors import ExitCode, KGError, exit_code

err = Console(stderr=True, highlight=False, soft_wrap=True)
out = Console(highlight=False, soft_wrap=True)


class _Rate(ProgressColumn):
    def render(self, task) -> Text:
        speed = task.finished_speed or task.speed
        return Text(f"{speed:,.1f} docs/s" if speed else "… docs/s", style="cyan")


def _count_inputs(inputs: list[Path]) -> int:
    from kg.ingest import expand

    return sum(1 for _ in expand(inputs))


def register(app: typer.Typer) -> None:
    from kg.pipeline.annotate_cli import register as register_annotate

    register_annotate(app)

    @app.command()
    def build(
        inputs: list[Path] = typer.Argument(
            ..., help="Files (.txt, .md, .html) or folders to read, recursively."
        ),
        out_dir: Path = typer.Option(
            Path("out"),
            "--out",
            "-o",
            help="Folder for graph.ttl and graph.html (created if missing).",
        ),
        model: str = typer.Option(
            DEFAULT_MODEL,
            "--model",
            "-m",
            help="Installed spaCy pipeline to use (must have 'ner'); 'blank:en' for rules only.",
        ),
        base_iri: str = typer.Option(
            DEFAULT_BASE_IRI,
            "--base-iri",
            help="Base IRI for minted entities, documents, mentions and assertions: an http(s) "
            "IRI ending in '/' or '#'. Recorded in the graph (void:uriSpace), so 'kg query' "
            "expands person: and friends to it.",
        ),
        strict: bool = typer.Option(
            False,
            "--strict",
            help="Fail (exit 3, nothing written) if any input is skipped, instead of building the rest.",
        ),
        validate: bool = typer.Option(
            True,
            "--validate/--no-validate",
            help="Check the written graph against ontology/shapes.ttl (SHACL).",
        ),
        html: bool = typer.Option(
            True, "--html/--no-html", help="Also write the interactive graph.html explorer."
        ),
        store: Path | None = typer.Option(
            None,
            "--store",
            help="Also load the graph into a persistent pyoxigraph store in this folder (for 'kg serve --store').",
        ),
        batch_size: int = typer.Option(
            32, "--batch-size", min=1, help="Documents per spaCy batch."
        ),
        jobs: int = typer.Option(
            1,
            "--jobs",
            "-j",
            min=1,
            help="Processes for the per-document stages (clean, spaCy, resolve, extract); output is identical.",
        ),
        cache: Path | None = typer.Option(
            None,
            "--cache",
            help="Per-document result cache folder (default: OUT/.cache); share one between builds.",
        ),
        no_cache: bool = typer.Option(
            False, "--no-cache", help="Analyse every document afresh; read and write no cache."
        ),
        scheduler: str | None = typer.Option(
            None,
            "--scheduler",
            help="Run the per-document stages on a Dask cluster (tcp://HOST:PORT of its scheduler).",
        ),
        overrides: Path | None = typer.Option(
            None, "--overrides", help="Merge overrides file (default: ontology/overrides.tsv)."
        ),
        quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar."),
    ) -> None:
        """Build a knowledge graph from news articles: writes OUT/graph.ttl and OUT/graph.html.

        OUT/build.json, written last, records the settings, inputs, versions, rule-file hashes
        and the sha256 of every output; the outputs change together (a second build into the
        same OUT fails while one runs). Exit codes: 0 ok, 1 SHACL violations, 2 usage, 3 input
        (nothing readable, --strict skip, OUT busy), 4 internal error.
        """
        from kg.config import Settings
        from kg.pipeline.build import build as run

        try:
            settings = Settings(
                model=model,
                base_iri=base_iri,
                strict=strict,
                validate=validate,
                html=html,
                store_dir=store,
                batch_size=batch_size,
                jobs=jobs,
                overrides=overrides,
            )
        except KGError as exc:
            err.print(Text.assemble(("error ", "red"), str(exc)))
            raise typer.Exit(exit_code(exc)) from None
        total = _count_inputs(inputs)
        progress = Progress(
            TextColumn("[bold]building"),
            BarColumn(),
            MofNCompleteColumn(),
            _Rate(),
            TimeElapsedColumn(),
            console=err,
            disable=quiet or total < 2,
            transient=True,
        )
        with progress:
            task = progress.add_task("build", total=total)
            try:
                summary = run(
                    inputs,
                    out_dir,
                    settings,
                    cache=False if no_cache else (cache or True),
                    scheduler=scheduler,
                    on_progress=lambda: progress.advance(task),
                    on_skip=lambda s: (
                        progress.advance(task),
                        err.print(Text.assemble(("skipped ", "yellow"), s.reason)),
                    ),
                )
            except KGError as exc:
                progress.stop()
                err.print(Text.assemble(("error ", "red"), str(exc)))
                raise typer.Exit(exit_code(exc)) from None
        for note in summary.notes:
            err.print(Text.assemble(("note ", "yellow"), note))
        _print_summary(summary)
        if summary.violations:
            for line in summary.violation_lines[:20]:
                err.print(f"  {line}")
            err.print(
                f"[red]{summary.violations} SHACL violation(s)[/] in {summary.graph}; run 'kg validate {summary.graph}'."
            )
            raise typer.Exit(int(ExitCode.VIOLATIONS))


def _print_summary(s) -> None:
    t = Table(title="kg build", show_header=True, header_style="bold")
    t.add_column("what")
    t.add_column("count", justify="right")
    t.add_row("documents read", str(s.documents))
    t.add_row("  analysed", str(s.analysed))
    t.add_row("  from cache", str(s.cached))
    t.add_row("documents skipped", str(len(s.skipped)))
    t.add_row("words", f"{s.words:,}")
    if s.stats:
        for cls in sorted(s.stats.entities):
            t.add_row(f"entities: {cls}", str(s.stats.entities[cls]))
        for pred in sorted(s.stats.relations):
            t.add_row(f"relations: kg:{pred}", str(s.stats.relations[pred]))
        for why in sorted(s.stats.dropped):
            t.add_row(f"dropped: {why}", str(s.stats.dropped[why]))
        t.add_row("triples", f"{s.stats.triples:,}")
    t.add_row("SHACL violations", str(s.violations))
    t.add_row("seconds", f"{s.seconds:.1f}")
    if s.documents and s.seconds:
        t.add_row("documents/s", f"{s.documents / s.seconds:.1f}")
    out.print(t)
    for sk in s.skipped:
        out.print(Text(f"skipped {sk.source}: {sk.reason}"))
    out.print(Text(f"Turtle: {s.graph}"))
    if s.html:
        out.print(Text(f"HTML:   {s.html}"))
    out.print(Text(f"Record: {s.record}"))
    if s.store:
        out.print(Text(f"Store:  {s.store}"))
