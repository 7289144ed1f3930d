"""``cleaner run IN_DIR OUT_DIR``: a folder of .txt/.html in, one cleaned file per input out."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from cleaner.cli import app
from cleaner.cli.options import EXPLAIN_KEY, ExplainOption, RulesOption, TextFieldOption, user_rules
from cleaner.cli.summary import format_summary
from cleaner.files import LayoutError
from cleaner.model import Result
from cleaner.runner import OnResult, RunOptions, Summary, available_cores, run_folder


@app.command()
def run(
    in_dir: Annotated[Path, typer.Argument(help="Folder of .txt/.html/.htm files (searched recursively).")],
    out_dir: Annotated[Path, typer.Argument(help="Where the cleaned files go, same relative paths.")],
    language: Annotated[str | None, typer.Option(help="Force the language (ISO 639-1), skip identification.")] = None,
    corpus: Annotated[bool, typer.Option(help="Treat lines recurring across many documents as boilerplate.")] = True,
    progress: Annotated[bool | None, typer.Option(help="Progress bar (default: on a terminal).")] = None,
    log: Annotated[Path | None, typer.Option(help="Write the removal log (JSONL, one per file).")] = None,
    report: Annotated[Path | None, typer.Option(help="Write an HTML review report (one page).")] = None,
    rules: RulesOption = None,
    jsonl: Annotated[bool, typer.Option("--jsonl", help="IN is JSONL (implied by a .jsonl IN; - is stdin) "
                                        "and OUT a JSONL file (- is stdout).")] = False,
    text_field: TextFieldOption = "text",
    explain: ExplainOption = False,
    jobs: Annotated[int | None, typer.Option(
        "--jobs", "-j", min=1, help="Worker processes (default: the number of cores).")] = None,
    metadata: Annotated[bool, typer.Option(
        "--metadata", help="Also write <name>.meta.json: title, author, date, site, url, image, "
        "credits, language, encoding (null when not found).")] = False,
) -> None:
    """Clean every .txt, .html and .htm file below IN_DIR into OUT_DIR/<name>.txt, then
    print a summary.  HTML pages are rendered into lines and cleaned with trafilatura's
    extraction as evidence."""
    from cleaner.review.outputs import ReviewOutputs

    options = RunOptions(language=language, corpus=corpus, rules=user_rules(rules), metadata=metadata,
                         jobs=jobs or available_cores())
    show = sys.stderr.isatty() if progress is None else progress
    is_jsonl = jsonl or in_dir.suffix == ".jsonl"
    try:
        with ReviewOutputs(log, report, f"cleaner report: {in_dir}", options.config) as outputs:
            if is_jsonl:
                from cleaner.cli.jsonl_io import run_jsonl_files

                code = run_jsonl_files(str(in_dir), str(out_dir), options, text_field,
                                       EXPLAIN_KEY if explain else None, outputs)
            else:
                def add(rel: Path, res: Result) -> None:
                    outputs.add(str(rel), res)

                # Results travel back from the workers only when a log or report wants them.
                wanted = log is not None or report is not None
                summary = _run(in_dir, out_dir, options, show, add if wanted else None)
                outputs.fail_all(summary.failed)
    except LayoutError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from exc
    except KeyboardInterrupt as exc:
        typer.echo("interrupted: the outputs written are complete; run again to finish", err=True)
        raise typer.Exit(130) from exc
    if is_jsonl:
        raise typer.Exit(code)
    typer.echo(format_summary(summary), err=True)
    if summary.failed:
        raise typer.Exit(1)


def _run(in_dir: Path, out_dir: Path, options: RunOptions, show: bool,
         on_result: OnResult | None = None) -> Summary:
    if not show:
        return run_folder(in_dir, out_dir, options, on_result=on_result)
    from rich.progress import Progress

    with Progress(transient=True) as bar:
        task = bar.add_task("cleaning", total=None)

        def tick(stage: str, rel: Path) -> None:
            bar.update(task, advance=1, description=f"{stage} {rel}"[:60])

        return run_folder(in_dir, out_dir, options, progress=tick, on_result=on_result)
