"""The command line: a thin layer over the library (``cleaner --help``).

Each command lives in its own module and registers itself on ``app``; heavy libraries
are imported inside the commands that need them, so ``cleaner --help`` starts fast.
"""

from __future__ import annotations

import typer

app = typer.Typer(
    name="cleaner",
    help="Strip boilerplate from scraped news text, keeping the article body; every removal is explained.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

# Command modules register themselves on import.
from cleaner.cli import clean, diff, rules_cmd, run  # noqa: E402,F401


def main() -> None:
    from cleaner.execution import pace_collector

    pace_collector()  # the command line is a batch process of ours
    app()
