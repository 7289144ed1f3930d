"""``cleaner rules``: every rule id with its description, languages and an example."""

from __future__ import annotations

import typer

from cleaner.cli import app
from cleaner.rules import INFO


@app.command("rules")
def list_rules() -> None:
    """List every rule id with its description, languages and an example."""
    for info in INFO.values():
        typer.echo(f"{info.id.value}")
        typer.echo(f"    {info.description}")
        typer.echo(f"    languages: {info.languages}")
        if info.example:
            typer.echo(f"    example: {info.example}")
