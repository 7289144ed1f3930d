"""``cleaner diff PATH...``: what would be removed, for people or for ``patch``."""

from __future__ import annotations

import os
import sys
from enum import StrEnum
from typing import Annotated

import typer

from cleaner.cli import app
from cleaner.cli.options import LanguageOption, RulesOption, user_rules


class DiffFormat(StrEnum):
    ANNOTATED = "annotated"
    UNIFIED = "unified"


class ColorMode(StrEnum):
    AUTO = "auto"
    ALWAYS = "always"
    NEVER = "never"


@app.command()
def diff(
    paths: Annotated[list[str], typer.Argument(help="Files or folders (searched for .txt); - is stdin.")],
    format: Annotated[DiffFormat, typer.Option(
        "--format", help="annotated: removed lines with rule and reason; unified: a diff for patch.")
    ] = DiffFormat.ANNOTATED,
    color: Annotated[ColorMode, typer.Option(help="Colour the annotated diff.")] = ColorMode.AUTO,
    context: Annotated[int | None, typer.Option(
        min=0, help="Kept lines shown around removals [default: 2 annotated, 3 unified].")] = None,
    rules: RulesOption = None,
    language: LanguageOption = None,
    corpus: Annotated[bool, typer.Option(help="Run the corpus pass over the inputs, as run does.")] = True,
) -> None:
    """Show what would be removed from each input, and why.

    `cleaner diff --format unified IN > x.patch && patch -p1 < x.patch` turns the inputs
    into the cleaned outputs.
    """
    from cleaner.review.diff import COLOR, PLAIN, annotated, unified
    from cleaner.review.sources import Failed, expand, explain_inputs
    from cleaner.runner import RunOptions

    options = RunOptions(language=language, corpus=corpus, rules=user_rules(rules))
    inputs = expand(paths)
    missing = [name for name, path in inputs if path is not None and not path.exists()]
    for name in missing:
        typer.echo(f"error: no such file or folder: {name}", err=True)
    if missing:
        raise typer.Exit(2)
    stdin = sys.stdin.buffer.read() if any(p is None for _, p in inputs) else b""
    use_color = color is ColorMode.ALWAYS or (
        color is ColorMode.AUTO and sys.stdout.isatty() and not os.environ.get("NO_COLOR"))
    out = sys.stdout.buffer
    failed = 0
    for item in explain_inputs(inputs, options, stdin):
        if isinstance(item, Failed):
            typer.echo(f"error: {item.name}: {item.reason}", err=True)
            failed += 1
            continue
        if format is DiffFormat.UNIFIED:
            name = "stdin" if item.name == "-" else item.name
            text = unified(item.source, item.result.text, name, 3 if context is None else context)
        else:
            text = annotated(item.name, item.result, 2 if context is None else context,
                             COLOR if use_color else PLAIN)
        out.write(text.encode("utf-8"))
    out.flush()
    if failed:
        raise typer.Exit(1)
