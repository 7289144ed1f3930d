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

import importlib
import re
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

# Lines longer than this are only matched on their first part: every family describes a
# short line or a line's opening words.
MATCH_WINDOW = 400
# Whole-line families (navigation items, widgets) describe short lines only.
FULLMATCH_LIMIT = 120


@dataclass(frozen=True, slots=True)
class PatternSet:
    family: str
    patterns: tuple[tuple[str, re.Pattern[str]], ...]  # (language, compiled)
    # All patterns as one alternation, each wrapped in a group: one call into the regex
    # engine finds the first pattern (in order) that matches, instead of one call per
    # pattern.  Alternation tries its branches in order, so the answer is the same.
    # None when a pattern cannot be combined (a back-reference): then one by one.
    combined: re.Pattern[str] | None = None
    by_group: dict[int, tuple[str, str]] = field(default_factory=dict)

    def match(self, text: str) -> tuple[str, str] | None:
        """(language, pattern) of the first pattern matching at the line's start."""
        window = text[:MATCH_WINDOW]
        if self.combined is not None:
            found = self.combined.match(window)
            return self.by_group[found.lastindex or 0] if found else None
        for lang, pattern in self.patterns:
            if pattern.match(window):
                return lang, pattern.pattern
        return None

    def fullmatch(self, text: str) -> tuple[str, str] | None:
        """(language, pattern) of the first pattern matching the whole (stripped) line."""
        if len(text) > FULLMATCH_LIMIT:
            return None
        line = text.strip()
        if self.combined is not None:
            found = self.combined.fullmatch(line)
            return self.by_group[found.lastindex or 0] if found else None
        for lang, pattern in self.patterns:
            if pattern.fullmatch(line):
                return lang, pattern.pattern
        return None

    def search(self, text: str) -> tuple[str, str] | None:
        window = text[:MATCH_WINDOW]
        if self.combined is not None and not self.combined.search(window):
            return None  # the leftmost hit may not be the first pattern: look one by one
        for lang, pattern in self.patterns:
            if pattern.search(window):
                return lang, pattern.pattern
        return None


def _has_backreference(pattern: re.Pattern[str]) -> bool:
    """Back-references count groups, so they change meaning inside a bigger pattern."""
    sre: Any = importlib.import_module("re._constants")
    parser: Any = importlib.import_module("re._parser")

    def walk(node: Any) -> bool:
        if isinstance(node, (list, tuple)):
            return any(walk(item) for item in node)
        if isinstance(node, parser.SubPattern):
            return any(walk(item) for item in node.data)
        return node is sre.GROUPREF or node is sre.GROUPREF_EXISTS

    return walk(parser.parse(pattern.pattern, pattern.flags))


def _combine(compiled: list[tuple[str, re.Pattern[str]]]) -> PatternSet | None:
    """The combined form of a family's patterns, or None when one cannot be combined."""
    if not compiled or any(_has_backreference(p) for _, p in compiled):
        return None
    parts: list[str] = []
    by_group: dict[int, tuple[str, str]] = {}
    group = 1
    for lang, pattern in compiled:
        parts.append(f"({pattern.pattern})")
        by_group[group] = (lang, pattern.pattern)
        group += 1 + pattern.groups
    try:
        combined = re.compile("|".join(parts), re.IGNORECASE)
    except re.error:
        return None
    return PatternSet("", tuple(compiled), combined, by_group)


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
    combined = _combine(compiled)
    if combined is None:
        return PatternSet(family, tuple(compiled))
    return PatternSet(family, tuple(compiled), combined.combined, combined.by_group)


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
