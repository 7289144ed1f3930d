"""Options shared by several commands, and loading the user rules file for them."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from cleaner.userrules import RulesError, RuleSet, load_rules

RulesOption = Annotated[Path | None, typer.Option(
    "--rules", help="User rules (TOML): drop and keep tables, each with a pattern and a reason.",
    dir_okay=False)]
LanguageOption = Annotated[str | None, typer.Option(
    help="Force the language (ISO 639-1), skip identification.")]
TextFieldOption = Annotated[str, typer.Option(help="JSONL: the field holding the text.")]
ExplainOption = Annotated[bool, typer.Option(
    "--explain", help="JSONL: add the removals to each record under the key 'cleaner'.")]

EXPLAIN_KEY = "cleaner"


def user_rules(path: Path | None) -> RuleSet | None:
    """The rules file loaded and checked, or exit 2 with its error before any work."""
    if path is None:
        return None
    try:
        return load_rules(path)
    except RulesError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from exc
