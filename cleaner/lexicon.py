"""Phrase patterns per rule family and language, loaded once from data files.

``cleaner/data/patterns/<family>/<lang>.txt`` holds one regular expression per line
(``#`` starts a comment line).  Patterns are matched case-insensitively against the
start of a line (``match``), or searched (``search``) where a file says so in a
``#! search`` header.  Every pattern must be linear-time by construction: no nested
quantifiers and no ambiguous adjacent repeats, so that a hostile megabyte line cannot
make matching explode; ``tests/test_patterns.py`` checks each one on adversarial input.

All languages of a family are active on every document: sites mix languages (English
share buttons on a Russian page) and language identification can be wrong.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

# Lines longer than this are only matched on their first part: every family describes a
# short line or a line's opening words.
MATCH_WINDOW = 400
# Whole-line families (navigation items, widgets) describe short lines only.
FULLMATCH_LIMIT = 120


@dataclass(frozen=True, slots=True)
class PatternSet:
    family: str
    patterns: tuple[tuple[str, re.Pattern[str]], ...]  # (language, compiled)

    def match(self, text: str) -> tuple[str, str] | None:
        """(language, pattern) of the first pattern matching at the line's start."""
        window = text[:MATCH_WINDOW]
        for lang, pattern in self.patterns:
            if pattern.match(window):
                return lang, pattern.pattern
        return None

    def fullmatch(self, text: str) -> tuple[str, str] | None:
        """(language, pattern) of the first pattern matching the whole (stripped) line."""
        if len(text) > FULLMATCH_LIMIT:
            return None
        line = text.strip()
        for lang, pattern in self.patterns:
            if pattern.fullmatch(line):
                return lang, pattern.pattern
        return None

    def search(self, text: str) -> tuple[str, str] | None:
        window = text[:MATCH_WINDOW]
        for lang, pattern in self.patterns:
            if pattern.search(window):
                return lang, pattern.pattern
        return None


def _family_dir(family: str) -> resources.abc.Traversable:
    return resources.files("cleaner.data").joinpath("patterns", family)


@cache
def patterns(family: str) -> PatternSet:
    compiled: list[tuple[str, re.Pattern[str]]] = []
    folder = _family_dir(family)
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if not entry.name.endswith(".txt"):
            continue
        lang = entry.name[: -len(".txt")]
        for raw in entry.read_text("utf-8").splitlines():
            line = raw.strip()
            if not line or line.startswith("#"):
                continue
            try:
                compiled.append((lang, re.compile(line, re.IGNORECASE)))
            except re.error as exc:  # a broken data file is a bug of ours: say where
                raise ValueError(f"{family}/{entry.name}: bad pattern {line!r}: {exc}") from exc
    return PatternSet(family, tuple(compiled))


def families() -> tuple[str, ...]:
    root = resources.files("cleaner.data").joinpath("patterns")
    return tuple(sorted(e.name for e in root.iterdir() if e.is_dir()))


@cache
def words(name: str) -> frozenset[str]:
    """A word list from ``cleaner/data/words/<name>.txt`` (lower-case, comments allowed)."""
    text = resources.files("cleaner.data").joinpath("words", f"{name}.txt").read_text("utf-8")
    return frozenset(
        w.strip().lower() for w in text.splitlines() if w.strip() and not w.startswith("#")
    )
