"""``cleaner clean [FILE|-]``: one document in, its cleaned text on stdout."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from cleaner.cli import app
from cleaner.cli.options import (
    EXPLAIN_KEY,
    ExplainOption,
    LanguageOption,
    RulesOption,
    TextFieldOption,
    user_rules,
)


@app.command()
def clean(
    file: Annotated[str, typer.Argument(help="The text file to clean; - or nothing: stdin.")] = "-",
    rules: RulesOption = None,
    language: LanguageOption = None,
    jsonl: Annotated[bool, typer.Option("--jsonl", help="The input is JSONL: clean each record's text "
                                        "field, write JSONL.")] = False,
    text_field: TextFieldOption = "text",
    explain: ExplainOption = False,
) -> None:
    """Clean one document (or a JSONL stream) and write the result to stdout."""
    from cleaner.runner import RunOptions

    options = RunOptions(language=language, rules=user_rules(rules), corpus=False)
    if jsonl:
        from cleaner.cli.jsonl_io import run_jsonl_files
        from cleaner.review.outputs import ReviewOutputs

        code = run_jsonl_files(file, "-", options, text_field, EXPLAIN_KEY if explain else None,
                               ReviewOutputs(), quiet=True)
        raise typer.Exit(code)
    from cleaner.decode import NotText
    from cleaner.pipeline import clean_and_explain
    from cleaner.review.sources import read_source

    try:
        data = sys.stdin.buffer.read() if file == "-" else Path(file).read_bytes()
        source = read_source(data)
    except (OSError, NotText) as exc:
        typer.echo(f"error: {file}: {getattr(exc, 'strerror', None) or exc}", err=True)
        raise typer.Exit(1) from exc
    result = clean_and_explain(source.text, language=language, rules=options.rules,
                               encoding=source.encoding)
    out = sys.stdout.buffer
    out.write(result.text.encode("utf-8"))
    out.flush()
