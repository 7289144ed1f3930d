"""User rules: ``[[drop]]`` and ``[[keep]]`` patterns from a TOML file.

A rules file holds two kinds of tables, each with a ``pattern`` (a Python regular
expression, searched in each line) and an optional ``reason``::

    [[drop]]
    pattern = '^Advertisement$'
    reason = "ad label of example.org"

    [[keep]]
    pattern = '^Editor.s note:'

A ``drop`` pattern removes the lines it matches (rule ``user-drop``); a ``keep`` pattern
keeps the lines it matches whatever any other rule says (rule ``user-keep``).  Every
mistake in the file (bad TOML, a bad regular expression, an unknown key or table, a
missing pattern) raises :class:`RulesError` naming the file, line and column, before
any document is read.

>>> rules = parse_rules('[[drop]]\\npattern = "^Advertisement$"\\n', "site.toml")
>>> rules.drop("Advertisement").reason
'matches [[drop]] pattern ^Advertisement$ (site.toml:1)'
>>> rules.drop("An advertisement campaign") is None
True
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

from cleaner.model import Hit, RuleId, Strength

_KINDS = ("drop", "keep")
_KEYS = ("pattern", "reason")
_TOML_POSITION = re.compile(r"\(at line (\d+), column (\d+)\)")
_HEADER = re.compile(r"^\s*\[\[\s*(\w+)\s*\]\]")
_KEY = re.compile(r"^\s*([A-Za-z0-9_-]+|\"[^\"]*\"|'[^']*')\s*=")


class RulesError(ValueError):
    """A mistake in a rules file, with its position: ``file:line:column: message``."""

    def __init__(self, file: str, line: int, column: int, message: str) -> None:
        super().__init__(f"{file}:{line}:{column}: {message}")
        self.file = file
        self.line = line
        self.column = column
        self.message = message


@dataclass(frozen=True, slots=True)
class UserPattern:
    kind: str  # "drop" or "keep"
    regex: re.Pattern[str]
    reason: str
    line: int  # where the table starts in the rules file


@dataclass(frozen=True, slots=True)
class RuleSet:
    """Loaded user rules; satisfies :class:`cleaner.pipeline.UserRules`."""

    drops: tuple[UserPattern, ...]
    keeps: tuple[UserPattern, ...]
    source: str = "<rules>"

    def drop(self, text: str) -> Hit | None:
        for rule in self.drops:
            if rule.regex.search(text):
                return Hit(RuleId.USER_DROP, Strength.STRONG, rule.reason,
                           {"pattern": rule.regex.pattern, "rules_line": rule.line})
        return None

    def keep(self, text: str) -> str | None:
        for rule in self.keeps:
            if rule.regex.search(text):
                return rule.reason
        return None

    def __len__(self) -> int:
        return len(self.drops) + len(self.keeps)


def load_rules(path: Path | str) -> RuleSet:
    """Read and check a rules file; :class:`RulesError` on any mistake."""
    name = str(path)
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise RulesError(name, 0, 0, f"cannot read the rules file: {exc.strerror or exc}") from exc
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise RulesError(name, line, 0, "not UTF-8 text") from exc
    return parse_rules(text, name)


def parse_rules(text: str, name: str = "<rules>") -> RuleSet:
    """Parse the text of a rules file; ``name`` is used in messages."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        found = _TOML_POSITION.search(str(exc))
        line, column = (int(found[1]), int(found[2])) if found else (0, 0)
        message = _TOML_POSITION.sub("", str(exc)).strip()
        raise RulesError(name, line, column, f"not valid TOML: {message}") from exc
    where = _Positions(text)
    for key, value in data.items():
        if key not in _KINDS:
            raise RulesError(name, *where.top(key), f"unknown table or key {key!r}: "
                             "a rules file holds only [[drop]] and [[keep]] tables")
        if not isinstance(value, list):
            raise RulesError(name, *where.top(key), f"{key!r} must be written as [[{key}]] tables")
    tables: dict[str, list[UserPattern]] = {kind: [] for kind in _KINDS}
    for kind in _KINDS:
        for number, table in enumerate(data.get(kind, [])):
            tables[kind].append(_pattern(kind, number, table, name, where))
    return RuleSet(tuple(tables["drop"]), tuple(tables["keep"]), name)


def _pattern(kind: str, number: int, table: object, name: str, where: _Positions) -> UserPattern:
    start = where.table(kind, number)
    if not isinstance(table, dict):
        raise RulesError(name, start, 1, f"[[{kind}]] must be a table")
    for key in table:
        if key not in _KEYS:
            raise RulesError(name, *where.key(kind, number, key),
                             f"unknown key {key!r} in [[{kind}]] (allowed: pattern, reason)")
    if "pattern" not in table:
        raise RulesError(name, start, 1, f"[[{kind}]] has no pattern")
    pattern, reason = table["pattern"], table.get("reason")
    if not isinstance(pattern, str) or not pattern:
        raise RulesError(name, *where.key(kind, number, "pattern"),
                         f"pattern of [[{kind}]] must be a non-empty string")
    if reason is not None and not isinstance(reason, str):
        raise RulesError(name, *where.key(kind, number, "reason"),
                         f"reason of [[{kind}]] must be a string")
    try:
        regex = re.compile(pattern)
    except re.error as exc:
        line, column = where.value(kind, number, "pattern")
        raise RulesError(name, line, column + (exc.pos or 0),
                         f"bad regular expression in [[{kind}]] pattern {pattern!r}: {exc.msg} "
                         f"at position {exc.pos}") from exc
    if not reason:
        reason = f"matches [[{kind}]] pattern {pattern} ({name}:{start})"
    return UserPattern(kind, regex, reason, start)


class _Positions:
    """Line and column of tables and keys in the rules text (tomllib gives none).

    Only used for messages: it looks for ``[[kind]]`` headers and ``key =`` lines.
    """

    def __init__(self, text: str) -> None:
        self.lines = text.splitlines()
        self.tables: dict[str, list[int]] = {}
        for number, line in enumerate(self.lines, start=1):
            header = _HEADER.match(line)
            if header:
                self.tables.setdefault(header[1], []).append(number)

    def table(self, kind: str, number: int) -> int:
        starts = self.tables.get(kind, [])
        return starts[number] if number < len(starts) else 0

    def key(self, kind: str, number: int, key: str) -> tuple[int, int]:
        start = self.table(kind, number)
        for offset, line in enumerate(self.lines[start:], start=start + 1):
            if _HEADER.match(line) or line.lstrip().startswith("["):
                break
            found = _KEY.match(line)
            if found and found[1].strip("\"'") == key:
                return offset, line.index(found[1]) + 1
        return start, 1

    def value(self, kind: str, number: int, key: str) -> tuple[int, int]:
        """Where the string value of a key starts (just after its opening quote)."""
        line, column = self.key(kind, number, key)
        text = self.lines[line - 1] if 0 < line <= len(self.lines) else ""
        equals = text.find("=", column - 1)
        if equals < 0:
            return line, column
        rest = text[equals + 1:]
        value = rest.lstrip()
        quote = len(value) - len(value.lstrip("\"'"))
        return line, equals + 2 + (len(rest) - len(value)) + min(quote, 3)

    def top(self, key: str) -> tuple[int, int]:
        for number, line in enumerate(self.lines, start=1):
            stripped = line.strip().lstrip("[").rstrip("]").strip()
            found = _KEY.match(line)
            if stripped == key or (found and found[1].strip("\"'") == key):
                return number, line.index(key) + 1 if key in line else 1
        return 0, 0
