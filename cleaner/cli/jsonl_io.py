"""The command-line side of JSONL mode: streams, the output file, messages."""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import typer

from cleaner.cli.summary import format_summary
from cleaner.jsonl import Broken, run_jsonl
from cleaner.review.outputs import ReviewOutputs
from cleaner.runner import RunOptions

STDIO = "-"


def run_jsonl_files(source: str, target: str, options: RunOptions, text_field: str,
                    explain_key: str | None, outputs: ReviewOutputs, quiet: bool = False) -> int:
    """Clean ``source`` (a path or ``-``) into ``target`` (a path or ``-``); the exit code."""
    name = "<stdin>" if source == STDIO else source
    if source != STDIO and not Path(source).is_file():
        typer.echo(f"error: the JSONL input is not a file: {source}", err=True)
        return 2
    if target != STDIO and Path(target).is_dir():
        typer.echo(f"error: the JSONL output is a folder, give a file name: {target}", err=True)
        return 2

    def read() -> Iterator[bytes]:
        if source == STDIO:
            yield from sys.stdin.buffer
            return
        with open(source, "rb") as handle:
            yield from handle

    def broken(item: Broken) -> None:
        typer.echo(f"{name}:{item.line}: broken record: {item.message}", err=True)

    with _output(target) as write:
        summary = run_jsonl(read, write, options, text_field, explain_key, name,
                            rereadable=source != STDIO, on_result=outputs.add, on_broken=broken)
    outputs.fail_all(summary.failed)
    if not quiet:
        typer.echo(format_summary(summary).replace(" file(s)", " record(s)"), err=True)
    return 1 if summary.failed else 0


@contextmanager
def _output(target: str) -> Iterator[Callable[[str], None]]:
    """A writer of output lines: stdout, or a file that appears complete or not at all."""
    if target == STDIO:
        out = sys.stdout.buffer
        yield lambda line: None if out.write(line.encode("utf-8")) else None
        out.flush()
        return
    path = Path(target)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".cleaner-tmp-", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            yield lambda line: None if handle.write(line) else None
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
