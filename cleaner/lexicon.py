"""Phrase patterns per rule family and language, loaded once from data files.

``cleaner/data/patterns/<family>/<lang>.txt`` holds one regular expression per line
(``#`` starts a comment line).  Patterns are matched case-insensitively against the
start of a line (``match``), or searched (``search``) where a file says so in a
``#! search`` header.  Every pattern must be linear-time by construction: no nested
quantifiers and no ambiguous adjacent repeats, so that a hostile megabyte line cannot
make matching explode; ``tests/test_patterns.py`` checks each one on adversarial input.

All languages of a family are active on every document: sites mix languages (English
share buttons on a Russian page) and language identification can be wrong.

A pattern's accented Latin and Greek letters also match their bare letter: headings set
in capitals drop their accents ("ΔΙΑΒΑΣΤΕ ΕΠΙΣΗΣ" for "Διαβάστε επίσης", "A LA UNE"), and
ignoring case alone does not bridge that.  Its typewriter apostrophe also matches the
typographic ones ("You’ve read", "l’auteur"): sites set either, and the text keeps
what they set.
"""

from __future__ import annotations

import importlib
import re
import unicodedata
from collections.abc import Iterable
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
    # Given compiled, or as ``source``, compiled at first use (see ``combined``).
    compiled: re.Pattern[str] | None = None
    by_group: dict[int, tuple[str, str]] = field(default_factory=dict)
    # The combined alternation narrowed to the branches a line's first character can
    # open (see FirstCharIndex); None: always the whole alternation.  Only with a
    # combined form.
    index: FirstCharIndex | None = None
    source: str | None = None
    _lazy: list[re.Pattern[str] | None] = field(default_factory=list, repr=False, compare=False)

    @property
    def combined(self) -> re.Pattern[str] | None:
        """The combined alternation.  With an index, only an empty line and a search
        need it, and compiling it was a third of loading a family: it is compiled at
        its first use."""
        if self.compiled is not None or self.source is None:
            return self.compiled
        if not self._lazy:
            try:
                self._lazy.append(re.compile(self.source, re.IGNORECASE))
            except re.error:  # not expected (see _combine): then one by one
                self._lazy.append(None)
        return self._lazy[0]

    def match(self, text: str) -> tuple[str, str] | None:
        """(language, pattern) of the first pattern matching at the line's start."""
        window = text[:MATCH_WINDOW]
        if self.index is not None and window:
            return self.index.first(window, full=False)
        combined = self.combined
        if combined is not None:
            found = combined.match(window)
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
        if self.index is not None and line:
            return self.index.first(line, full=True)
        combined = self.combined
        if combined is not None:
            found = combined.fullmatch(line)
            return self.by_group[found.lastindex or 0] if found else None
        for lang, pattern in self.patterns:
            if pattern.fullmatch(line):
                return lang, pattern.pattern
        return None

    def search(self, text: str) -> tuple[str, str] | None:
        window = text[:MATCH_WINDOW]
        combined = self.combined
        if combined is not None and not combined.search(window):
            return None  # the leftmost hit may not be the first pattern: look one by one
        for lang, pattern in self.patterns:
            if pattern.search(window):
                return lang, pattern.pattern
        return None


# A combined alternation and, by group, the number and (language, pattern) of the pattern
# each of its alternatives belongs to.
Narrowed = tuple[re.Pattern[str], dict[int, tuple[int, tuple[str, str]]]]
_FLAGS_INLINE = re.compile(r"\(\?[aiLmsux-]")
_QUANTIFIER = "?*+{"
_MAX_FIRSTS = 4096  # first characters remembered per family
# A class of plain characters opening an alternative ("[àa]", "[إا]"), not made optional.
_SIMPLE_CLASS = re.compile(r"\[[^\\\]\[^-]+\](?![?*{])")


class FirstCharIndex:
    """A family's combined alternation narrowed to what a line's first character can open.

    The combined pattern holds hundreds of alternatives ("home", "menu", "search", ...)
    and the regex engine tries each of them in turn on every line: 4 to 9 µs a line for
    the whole-line families.  Every match of an alternative consumes a first character,
    and that character matches one item of the alternative's opening: a plain letter
    ("home"), a class ("[àa] propos", what accent tolerance makes of an accented letter),
    a category ("\\d+ comments"), or any of these inside an opening group or after an
    optional part.  These items are read from the regex parser's tree of the alternative
    (``_openings``), and each is compiled alone with the family's flags: a single-character
    item matches a character alone exactly as it does inside the pattern (case folding
    included: the engine itself decides).  So for a line's first character only the
    alternatives with an opening item it matches are kept: a pattern matches the line if
    and only if one of them does.  Each pattern is cut at its top-level ``|``, or else into
    the alternatives of the group it opens with (``(?:a|b)suffix``); any other pattern is
    one alternative.

    Alternatives opening with plain characters are narrowed per set of those characters
    a line's first character matches.  The few opening with a broad item (a category, a
    negated class: "\\w+ comments", most letters open them) are one alternation of their
    own, compiled once and tried when the first character matches an item of theirs (in
    every narrowed one they made most of its size, and compiling was most of a small
    run's time); the patterns stay in order in both, and the first pattern to match is
    the one with the lower number of the two answers.  An alternative whose opening
    cannot be read (nothing consumed for sure, a back-reference, scoped flags) counts as
    broad, opened by any character.

    Memory is bounded: one narrowed alternation per set of opening characters a
    character matches (a hundred or so per family), and ``_MAX_FIRSTS`` characters
    mapped to them.
    """

    def __init__(self, compiled: list[tuple[str, re.Pattern[str]]], flags: int) -> None:
        self._flags = flags
        self._parts = [(lang, pattern.pattern, *_alternatives(pattern.pattern)) for lang, pattern in compiled]
        self._by_first: dict[str, tuple[Narrowed, ...]] = {}
        self._by_items: dict[frozenset[str], Narrowed | None] = {}  # None: no alternative
        self._table: _OpeningTable | None = None  # read at first use: one family only searches
        self._broad: Narrowed | None = None

    def first(self, text: str, *, full: bool) -> tuple[str, str] | None:
        """(language, pattern) of the first pattern matching ``text`` (not empty) at
        its start, or whole with ``full``."""
        tries = self._by_first.get(text[0])
        if tries is None:
            tries = self.narrowed(text[0])
        best: tuple[int, tuple[str, str]] | None = None
        for combined, groups in tries:
            found = combined.fullmatch(text) if full else combined.match(text)
            if found is not None:
                answer = groups[found.lastindex or 0]
                if best is None or answer[0] < best[0]:
                    best = answer
        return best[1] if best is not None else None

    def narrowed(self, first: str) -> tuple[Narrowed, ...]:
        """The alternations to try on lines starting with the character ``first``."""
        found = self._by_first.get(first)
        if found is None:
            if self._table is None:
                self._table = _OpeningTable(self._parts, self._flags)
                self._broad = self._build(None)
            items, broad = self._table.matched_by(first)
            if items not in self._by_items:
                self._by_items[items] = self._build(items)
            narrow = self._by_items[items]
            found = tuple(n for n in (narrow, self._broad if broad else None) if n is not None)
            if len(self._by_first) < _MAX_FIRSTS:
                self._by_first[first] = found
        return found

    def _build(self, items: frozenset[str] | None) -> Narrowed | None:
        """The narrow alternatives that may open with a character matching one of
        ``items``; with None, the broad ones.  In order."""
        assert self._table is not None
        parts: list[str] = []
        for number, ((_, _, alts, suffix), openings) in enumerate(zip(self._parts, self._table.openings,
                                                                    strict=True)):
            kept = [alt for alt, opening in zip(alts, openings, strict=True)
                    if (opening is None if items is None else opening is not None and opening & items)]
            if kept:  # named, so that the engine counts the groups inside
                parts.append(f"(?P<_{number}>(?:{'|'.join(kept)}){suffix})")
        if not parts:
            return None
        combined = re.compile("|".join(parts), self._flags)
        return combined, {index: (int(name[1:]), self._parts[int(name[1:])][:2])
                          for name, index in combined.groupindex.items() if name.startswith("_")}


class _OpeningTable:
    """The opening items of every alternative of a family, and which of them a character
    matches."""

    def __init__(self, parts: list[tuple[str, str, list[str], str]], flags: int) -> None:
        read = [[_openings(alt, suffix, flags) for alt in alts] for _, _, alts, suffix in parts]
        # per pattern, per alternative: the plain characters opening it (their sources),
        # None for the broad ones
        self.openings = [[items if items is not None and all(map(_plain, items)) else None for items in alts]
                         for alts in read]
        narrow = sorted({item for alts in self.openings for items in alts if items for item in items})
        broad = sorted({item for alts, kept in zip(read, self.openings, strict=True)
                        for items, k in zip(alts, kept, strict=True) if k is None and items for item in items})
        self._items = [(source, re.compile(source, flags)) for source in narrow]
        # one test for "matches none of them": most first characters (digits, quotes, Han)
        self._any = re.compile("|".join(narrow), flags) if narrow else None
        unknown = any(items is None for alts in read for items in alts)
        self._broad = _ANY_CHAR if unknown else re.compile("|".join(broad), flags) if broad else None

    def matched_by(self, ch: str) -> tuple[frozenset[str], bool]:
        """The plain opening items that match the character ``ch``, and whether it opens
        a broad alternative."""
        broad = self._broad is not None and self._broad.fullmatch(ch) is not None
        if self._any is None or self._any.fullmatch(ch) is None:
            return frozenset(), broad
        return frozenset(source for source, pattern in self._items if pattern.fullmatch(ch)), broad


_ANY_CHAR = re.compile(".", re.DOTALL)
# A plain character, or a class of plain characters, as ``_openings`` writes them.
_PLAIN = re.compile(r"\\?[^\\]|\[[^\\\]\[^-]+\]", re.DOTALL)


def _plain(source: str) -> bool:
    return _PLAIN.fullmatch(source) is not None


def _openings(alternative: str, suffix: str, flags: int) -> frozenset[str] | None:
    """The single-character items one of which matches the first character of every
    match of ``alternative`` followed by ``suffix``; None when they cannot be told."""
    letter = _first_letter(alternative)
    if letter is not None:
        return frozenset({re.escape(letter)})
    simple = _SIMPLE_CLASS.match(alternative)
    if simple is not None:
        return frozenset({simple.group()})
    if _FLAGS_INLINE.search(alternative) or _FLAGS_INLINE.search(suffix):
        return None
    parser: Any = importlib.import_module("re._parser")
    try:
        tree = parser.parse(f"(?:{alternative}){suffix}", flags)
    except re.error:
        return None
    items, nullable = _sequence_openings(tree.data)
    return None if items is None or nullable else frozenset(items)


_CATEGORIES = {"CATEGORY_DIGIT": r"\d", "CATEGORY_NOT_DIGIT": r"\D", "CATEGORY_SPACE": r"\s",
               "CATEGORY_NOT_SPACE": r"\S", "CATEGORY_WORD": r"\w", "CATEGORY_NOT_WORD": r"\W"}


def _sequence_openings(items: list[tuple[Any, Any]]) -> tuple[set[str] | None, bool]:
    """(the opening items of a parsed sequence, whether it can match the empty string);
    None for the items when some part of the sequence cannot be read."""
    sre: Any = importlib.import_module("re._constants")
    found: set[str] = set()
    for op, av in items:
        if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            continue  # zero-width: the next item consumes the first character
        if op in (sre.LITERAL, sre.NOT_LITERAL, sre.ANY, sre.IN):
            source = _item_source(op, av)
            if source is None:
                return None, False
            found.add(source)
            return found, False
        if op is sre.SUBPATTERN:
            if av[1] or av[2]:  # scoped flags
                return None, False
            inner, nullable = _sequence_openings(av[3].data)
        elif op is sre.ATOMIC_GROUP:
            inner, nullable = _sequence_openings(av.data)
        elif op is sre.BRANCH:
            inner, nullable = set(), False
            for branch in av[1]:
                sub, empty = _sequence_openings(branch.data)
                if sub is None:
                    return None, False
                inner |= sub
                nullable = nullable or empty
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            inner, nullable = _sequence_openings(av[2].data)
            nullable = nullable or av[0] == 0
        else:  # a back-reference, a conditional: unknown
            return None, False
        if inner is None:
            return None, False
        found |= inner
        if not nullable:
            return found, False
    return found, True


def _item_source(op: Any, av: Any) -> str | None:
    """The source of a parsed single-character item, to be compiled alone."""
    sre: Any = importlib.import_module("re._constants")
    if op is sre.LITERAL:
        return re.escape(chr(av))
    if op is sre.NOT_LITERAL:
        return "[^" + re.escape(chr(av)) + "]"
    if op is sre.ANY:
        return "."
    return class_source(av)


def class_source(items: list[tuple[Any, Any]]) -> str | None:
    """The source of a character class from the regex parser's items of it (negation,
    literals, ranges, the ``\\d \\s \\w`` categories); None when it holds anything else."""
    sre: Any = importlib.import_module("re._constants")
    parts: list[str] = []
    for item_op, item in items:
        if item_op is sre.NEGATE:
            parts.insert(0, "^")
        elif item_op is sre.LITERAL:
            parts.append(re.escape(chr(item)))
        elif item_op is sre.RANGE:
            parts.append(re.escape(chr(item[0])) + "-" + re.escape(chr(item[1])))
        elif item_op is sre.CATEGORY and str(item) in _CATEGORIES:
            parts.append(_CATEGORIES[str(item)])
        else:
            return None
    return "[" + "".join(parts) + "]"


def _first_letter(alternative: str) -> str | None:
    """The character every match of ``alternative`` starts with: a plain character that
    no quantifier makes optional; None when the start is anything else."""
    if not alternative or alternative[0] in "\\.^$*+?{}[]|()":
        return None
    if len(alternative) > 1 and alternative[1] in _QUANTIFIER and alternative[1] != "+":
        return None
    return alternative[0]


def _alternatives(source: str) -> tuple[list[str], str]:
    """A pattern as (alternatives, suffix), equivalent to ``(?:a|b|...)suffix``."""
    if _FLAGS_INLINE.search(source):
        return [source], ""  # inline flags must stay at the start
    bars, end = _scan(source, 0)
    if bars:
        return _cut(source, 0, len(source), bars), ""
    if source.startswith("(?:"):
        bars, end = _scan(source, 3)
        if end < len(source) and not source[end + 1:end + 2].startswith(tuple(_QUANTIFIER)):
            return _cut(source, 3, end, bars), source[end + 1:]
    return [source], ""


def _cut(source: str, start: int, end: int, bars: list[int]) -> list[str]:
    edges = [start - 1, *bars, end]
    return [source[a + 1:b] for a, b in zip(edges, edges[1:], strict=False)]


def _scan(source: str, start: int) -> tuple[list[int], int]:
    """From ``start``: the positions of the ``|`` at this depth, and where this depth
    closes (its ``)``, or the end of the source)."""
    bars: list[int] = []
    depth, i, n = 0, start, len(source)
    in_class = False
    while i < n:
        ch = source[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
            if source[i + 1:i + 2] == "^":
                i += 1
            if source[i + 1:i + 2] == "]":  # a "]" first in a class is a literal
                i += 1
        elif ch == "(":
            depth += 1
        elif ch == ")":
            if depth == 0:
                return bars, i
            depth -= 1
        elif ch == "|" and depth == 0:
            bars.append(i)
        i += 1
    return bars, n


# A back-reference as written: \1 to \99, (?P=name), or a conditional (?(1)...); other
# escapes are skipped whole (an escaped backslash, an escaped parenthesis).
_BACKREFERENCE = re.compile(r"(\\[1-9]|\(\?P=|\(\?\()|\\.", re.DOTALL)


def _has_backreference(pattern: re.Pattern[str]) -> bool:
    """Back-references count groups, so they change meaning inside a bigger pattern.

    Read from the source rather than from the parser's tree: parsing every pattern again
    was a third of loading them.  The reading errs on one side only: a "\\1" inside a
    class (an octal escape there) also counts, and then the family is merely matched one
    pattern at a time."""
    return any(found.group(1) for found in _BACKREFERENCE.finditer(pattern.pattern))


# Named groups (two patterns may use one name) and global flags (allowed at the start
# of a pattern only) can keep patterns that compile alone from compiling together.
_COMBINE_RISK = re.compile(r"\(\?P<|\(\?[aiLmsux]+\)")


def _combine(compiled: list[tuple[str, re.Pattern[str]]]) -> PatternSet | None:
    """The combined form of a family's patterns, or None when one cannot be combined.
    Its source is compiled at first use, unless a pattern holds what could keep the
    alternation from compiling: then at once, to know."""
    if not compiled or any(_has_backreference(p) for _, p in compiled):
        return None
    parts: list[str] = []
    by_group: dict[int, tuple[str, str]] = {}
    group = 1
    for lang, pattern in compiled:
        parts.append(f"({pattern.pattern})")
        by_group[group] = (lang, pattern.pattern)
        group += 1 + pattern.groups
    source = "|".join(parts)
    if not any(_COMBINE_RISK.search(p.pattern) for _, p in compiled):
        return PatternSet("", tuple(compiled), None, by_group, source=source)
    try:
        combined = re.compile(source, re.IGNORECASE)
    except re.error:
        return None
    return PatternSet("", tuple(compiled), combined, by_group)


_APOSTROPHES = "\u2019\u02bc"  # the typographic apostrophes a typewriter one also matches


def accent_tolerant(source: str) -> str:
    """``source`` with each accented Latin or Greek letter also matching its bare letter
    ("é" becomes "[ée]"; a class gets the bare letters added at its end, so its ranges
    stay as written), and each typewriter apostrophe also matching the typographic ones
    ("'" becomes "['’ʼ]", in a class too); escapes are left as they are, and a negated
    class gets no bare letters (it would exclude them)."""
    out: list[str] = []
    extra: list[str] = []  # the bare letters (and apostrophes) of the class being read
    i, n = 0, len(source)
    in_class = negated = False
    while i < n:
        ch = source[i]
        if ch == "\\":
            out.append(source[i:i + 2])
            i += 2
            continue
        bare = _bare(ch)
        if in_class:
            if ch == "]":
                out.extend(extra)
                extra.clear()
                in_class = negated = False
            elif bare is not None and not negated:  # (negated: it would exclude the bare letter)
                extra.append(bare)
            elif ch == "'":  # (negated too: it excludes every apostrophe)
                extra.append(_APOSTROPHES)
            out.append(ch)
        elif bare is not None:
            out.append(f"[{ch}{bare}]")
        elif ch == "'":
            out.append(f"['{_APOSTROPHES}]")
        else:
            out.append(ch)
            if ch == "[":
                in_class = True
                for lead in "^]":  # a "]" first in a class is a literal
                    if source[i + 1:i + 2] == lead:
                        negated = negated or lead == "^"
                        out.append(lead)
                        i += 1
        i += 1
    return "".join(out)


def bare_letters(text: str) -> str:
    """``text`` with each accented Latin or Greek letter made bare, as ``accent_tolerant``
    lets a pattern's letter match ("prévenez" -> "prevenez")."""
    return "".join(_bare(ch) or ch for ch in text)


def _bare(ch: str) -> str | None:
    """The letter without its accents, for an accented Latin or Greek letter."""
    if ch.isascii() or not ch.isalpha():
        return None
    base = unicodedata.normalize("NFD", ch)[0]
    if base == ch or not ("LATIN" in unicodedata.name(base, "") or "GREEK" in unicodedata.name(base, "")):
        return None
    return base


def _family_dir(family: str) -> resources.abc.Traversable:
    return resources.files("cleaner.data").joinpath("patterns", family)


@cache
def pattern_lines(family: str) -> tuple[tuple[str, str], ...]:
    """(language, pattern as written) of every pattern of a family, in the order of
    :func:`patterns`: files by name, lines in order, comments and blank lines skipped."""
    found: list[tuple[str, str]] = []
    for entry in sorted(_family_dir(family).iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".txt"):
            lang = entry.name[: -len(".txt")]
            found.extend((lang, line) for raw in entry.read_text("utf-8").splitlines()
                         if (line := raw.strip()) and not line.startswith("#"))
    return tuple(found)


@cache
def patterns(family: str) -> PatternSet:
    compiled: list[tuple[str, re.Pattern[str]]] = []
    for lang, line in pattern_lines(family):
        try:
            compiled.append((lang, re.compile(accent_tolerant(line), re.IGNORECASE)))
        except re.error as exc:  # a broken data file is a bug of ours: say where
            raise ValueError(f"{family}/{lang}.txt: bad pattern {line!r}: {exc}") from exc
    combined = _combine(compiled)
    if combined is None:
        return PatternSet(family, tuple(compiled))
    # the index names its groups: a pattern naming one of its own is left whole
    index = None if any("(?P<" in p.pattern for _, p in compiled) else FirstCharIndex(compiled, re.IGNORECASE)
    return PatternSet(family, tuple(compiled), combined.compiled, combined.by_group, index, combined.source)


def literal_alternation(words: Iterable[str]) -> str:
    """A regex matching any of ``words`` literally, as a trie: words sharing a prefix
    share its branch ("moder|modér|модер" -> "mod(?:er|ér)|модер"), so the engine tests
    a position against a few first letters instead of every word in turn."""
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def branch(node: dict[str, Any]) -> str:
        alts = [re.escape(ch) + branch(child) for ch, child in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return branch(trie)


def pattern_languages(*names: str) -> str:
    """The languages with a pattern file in any of the families ``names``, by code
    ("ar cs de …"): what ``cleaner rules`` says a rule knows."""
    return " ".join(sorted({entry.name[: -len(".txt")] for family in names
                            for entry in _family_dir(family).iterdir() if entry.name.endswith(".txt")}))


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
