"""``cleaner run IN_DIR OUT_DIR``: a folder of .txt in, one cleaned file per input out."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from cleaner.cli import app
from cleaner.cli.summary import format_summary
from cleaner.files import LayoutError
from cleaner.runner import RunOptions, Summary, run_folder


@app.command()
def run(
    in_dir: Annotated[Path, typer.Argument(help="Folder of .txt files (searched recursively).")],
    out_dir: Annotated[Path, typer.Argument(help="Where the cleaned files go, same relative paths.")],
    language: Annotated[str | None, typer.Option(help="Force the language (ISO 639-1), skip identification.")] = None,
    corpus: Annotated[bool, typer.Option(help="Treat lines recurring across many documents as boilerplate.")] = True,
    progress: Annotated[bool | None, typer.Option(help="Progress bar (default: on a terminal).")] = None,
) -> None:
    """Clean every .txt file below IN_DIR into OUT_DIR, then print a summary."""
    options = RunOptions(language=language, corpus=corpus)
    show = sys.stderr.isatty() if progress is None else progress
    try:
        summary = _run(in_dir, out_dir, options, show)
    except LayoutError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from exc
    except KeyboardInterrupt as exc:
        typer.echo("interrupted: the outputs written are complete; run again to finish", err=True)
        raise typer.Exit(130) from exc
    typer.echo(format_summary(summary), err=True)
    if summary.failed:
        raise typer.Exit(1)


def _run(in_dir: Path, out_dir: Path, options: RunOptions, show: bool) -> Summary:
    if not show:
        return run_folder(in_dir, out_dir, options)
    from rich.progress import Progress

    with Progress(transient=True) as bar:
        task = bar.add_task("cleaning", total=None)

        def tick(stage: str, rel: Path) -> None:
            bar.update(task, advance=1, description=f"{stage} {rel}"[:60])

        return run_folder(in_dir, out_dir, options, progress=tick)
