"""Every pattern of ``cleaner/data/patterns`` is safe against catastrophic backtracking.

For each pattern, the attack strings are built from the pattern itself, the classic
way: the text that leads up to a repeat (every alternative of a preceding choice),
then 100,000 characters the repeat accepts, then a character that makes the match fail
(or nothing).  Each attack is run with ``match``, ``search`` and ``fullmatch`` (the
three ways :mod:`cleaner.lexicon` and the rules use a pattern), and once more with the
suffix the teaser rule appends (``cleaner.rules.lines.teaser``).  A pattern that
backtracks polynomially takes seconds on 3,000 characters: that first, short round
fails fast instead of hanging the suite.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from typing import Any

import pytest

from cleaner.lexicon import MATCH_WINDOW, class_source, families, patterns

_parser: Any = __import__("re._parser", fromlist=["parse"])
_c: Any = __import__("re._constants", fromlist=["LITERAL"])

LONG = 100_000
SHORT = 3_000
MID = 20_000
SHORT_BUDGET = 0.05  # seconds for one call on 3,000 characters (linear: < 5 ms)
LONG_BUDGET = 0.5  # seconds for one call on 100,000 characters (linear: a few ms)
# seconds for one call on 20,000 characters: the long round's budget per character (a
# linear pattern with a bounded look-back, ".{0,60}\bdepends on", takes some 50 ms on a
# loaded machine; a quadratic one takes seconds)
MID_BUDGET = LONG_BUDGET * MID / LONG
FAILERS = ("", "\x00", "x", "!")
TEASER_SUFFIX = r"\s*[:»>|-]"  # what cleaner.rules.lines.teaser appends to a teaser pattern

_CATEGORY_CHARS = {
    "CATEGORY_DIGIT": "1", "CATEGORY_NOT_DIGIT": "a", "CATEGORY_SPACE": " ",
    "CATEGORY_NOT_SPACE": "x", "CATEGORY_WORD": "a", "CATEGORY_NOT_WORD": "!",
}
_PROBES = "a 1!x.:-аé»|\t"


def _class_char(items: list[tuple[Any, Any]]) -> str:
    """A character the character class accepts."""
    negate = any(op is _c.NEGATE for op, _ in items)
    source = class_source(items)
    if source is None:  # a class the lexicon cannot write either: any likely character
        return "a" if negate else "?"
    pattern = re.compile(source, re.IGNORECASE)
    for ch in _PROBES + "".join(chr(v) for op, v in items if op is _c.LITERAL):
        if pattern.fullmatch(ch):
            return ch
    return "a" if negate else "?"


def _minimal(items: Any) -> str:
    """A short string matching a parsed (sub)pattern: first alternatives, fewest repeats
    (at least one)."""
    out = []
    for op, value in items:
        if op is _c.LITERAL:
            out.append(chr(value))
        elif op is _c.NOT_LITERAL:
            out.append("a" if value != ord("a") else "b")
        elif op is _c.ANY:
            out.append("a")
        elif op is _c.IN:
            out.append(_class_char(list(value)))
        elif op is _c.CATEGORY:
            out.append(_CATEGORY_CHARS.get(str(value), "a"))
        elif op is _c.BRANCH:
            out.append(_minimal(value[1][0]))
        elif op is _c.SUBPATTERN:
            out.append(_minimal(value[-1]))
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
            low, _high, body = value
            out.append(_minimal(body) * max(low, 1))
        elif op is _c.ATOMIC_GROUP:
            out.append(_minimal(value))
        # AT (anchors, \b), ASSERT and ASSERT_NOT add no characters
    return "".join(out)


def _attack_points(items: Any, prefixes: list[str]) -> Iterator[tuple[str, str]]:
    """(text before a repeat, a character the repeat accepts) for every repeat."""
    current = list(prefixes)
    for op, value in items:
        if op is _c.BRANCH:
            branch_ends: list[str] = []
            for alternative in value[1]:
                yield from _attack_points(alternative, [p for p in current[:3]])
                branch_ends += [p + _minimal(alternative) for p in current[:3]]
            current = branch_ends[:200]
            continue
        if op is _c.SUBPATTERN:
            sub = value[-1]
            yield from _attack_points(sub, current)
            if any(o is _c.BRANCH for o, _ in sub):
                ends: list[str] = []
                branch = next(v for o, v in sub if o is _c.BRANCH)
                for alternative in branch[1]:
                    ends += [p + _minimal(alternative) for p in current[:3]]
                current = ends[:200]
            else:
                current = [p + _minimal(sub) for p in current]
            continue
        if op in (_c.MAX_REPEAT, _c.MIN_REPEAT):
            _low, high, body = value
            if high != 1:
                pump = _minimal(body) or "a"
                for prefix in current:
                    yield prefix, pump
            yield from _attack_points(body, current)
        current = [p + _minimal([(op, value)]) for p in current]


Spec = tuple[str, str, str]  # text before the repeat, the repeated part, the end


def _specs(pattern: str) -> set[Spec]:
    parsed = list(_parser.parse(pattern, re.IGNORECASE))
    found: set[Spec] = set()
    for prefix, pump in _attack_points(parsed, [""]):
        for fail in FAILERS:
            found.add((prefix, pump, fail))
    example = _minimal(parsed) or "a"
    found.add(("", example + " ", ""))
    found.add(("", example[: max(len(example) - 1, 1)], ""))
    return found


def _text(spec: Spec, length: int) -> str:
    prefix, pump, fail = spec
    return prefix + pump * (length // len(pump)) + fail


def _all_patterns() -> list[tuple[str, str, str]]:
    return [(family, lang, p.pattern) for family in families() for lang, p in patterns(family).patterns]


ALL = _all_patterns()


def _once(regex: re.Pattern[str], mode: str, text: str) -> float:
    start = time.perf_counter()
    getattr(regex, mode)(text)
    return time.perf_counter() - start


def _timed(pattern: str, specs: set[Spec], length: int, budget: float,
           modes: tuple[str, ...] = ("match", "search", "fullmatch")) -> list[tuple[float, str, Spec]]:
    """(seconds, mode, attack) of every call, slowest first; stops at the first call over
    ``budget`` so that a catastrophic pattern fails fast."""
    regex = re.compile(pattern, re.IGNORECASE)
    timings = []
    for spec in specs:
        text = _text(spec, length)
        for mode in modes:
            start = time.perf_counter()
            getattr(regex, mode)(text)
            took = time.perf_counter() - start
            if took > budget:  # a pause of the machine is not the pattern's fault: retry
                took = min(took, *(_once(regex, mode, text) for _ in range(2)))
            timings.append((took, mode, spec))
            if took > budget:
                return sorted(timings, reverse=True)
    return sorted(timings, reverse=True)


# (characters, seconds per call, attacks kept): each round's budget bounds the time of
# the next round even for an exponential or cubic pattern, so a bad one fails, fast.
ROUNDS = ((24, 0.01, None), (300, 0.01, 12), (SHORT, SHORT_BUDGET, 6),
          (MID, MID_BUDGET, 3), (LONG, LONG_BUDGET, 3))


def _check(pattern: str, modes: tuple[str, ...] = ("match", "search", "fullmatch")) -> None:
    """Every attack on growing lengths, the slowest ones up to 100,000 characters."""
    specs = _specs(pattern)
    for length, budget, keep in ROUNDS:
        timings = _timed(pattern, specs, length, budget, modes)
        took, mode, spec = timings[0]
        assert took <= budget, f"{pattern!r} {mode} took {took:.3f}s on {spec!r} x {length}"
        if keep is not None:
            specs = {spec for _, _, spec in timings[:keep]}


def test_there_are_patterns_to_check() -> None:
    assert len(ALL) > 100
    assert {family for family, _, _ in ALL} >= {"nav", "widget", "inline", "advert", "embed", "feedback", "copy", "teaser", "promo", "credit"}


def test_the_attack_generator_finds_a_known_catastrophic_pattern() -> None:
    # the generator must catch the classics, or the tests below prove nothing
    for bad in (r"(?:a|loading\W*)\W*", r"read also\s*[:.]?\s*[:-]", r"\d+ comments"):
        with pytest.raises(AssertionError, match="took"):
            _check(bad)


IDS = [f"{family}-{lang}-{i}" for i, (family, lang, _) in enumerate(ALL)]


@pytest.mark.parametrize(("family", "lang", "pattern"), ALL, ids=IDS)
def test_pattern_is_linear_on_adversarial_lines(family: str, lang: str, pattern: str) -> None:
    variants = [pattern] + ([pattern + TEASER_SUFFIX] if family == "teaser" else [])
    for variant in variants:
        _check(variant)


def test_lexicon_matches_a_window_of_hostile_lines() -> None:
    for family in families():  # (compiled first: the clock times the matching, not the compiling)
        patterns(family).search("loading")
    line = "loading" + "!" * 1_000_000 + "x"
    start = time.perf_counter()
    for family in families():
        patterns(family).match(line)
        patterns(family).search(line)
        patterns(family).fullmatch(line)
    assert time.perf_counter() - start < 2.0
    assert MATCH_WINDOW <= 1000


def _code_patterns() -> list[tuple[str, str]]:
    """The regular expressions compiled in the code that measure or split every line."""
    import cleaner.pipeline
    import cleaner.repair
    import cleaner.rules.bio
    import cleaner.rules.counter
    import cleaner.rules.duplicate
    import cleaner.rules.lines
    import cleaner.stats
    import cleaner.tokens

    found = []
    for module in (cleaner.stats, cleaner.tokens, cleaner.pipeline, cleaner.repair, cleaner.rules.lines,
                   cleaner.rules.duplicate, cleaner.rules.bio, cleaner.rules.counter):
        for name, value in sorted(vars(module).items()):
            if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
                found.append((f"{module.__name__}.{name}", value.pattern))
    return found


# used only anchored at the line's start (``match``); the others are searched
_MATCH_ONLY = {"cleaner.stats._MARKUP_START", "cleaner.stats._CODE_SHAPE", "cleaner.stats._COMMAND",
               "cleaner.stats._HEADING_LINK",
               "cleaner.stats._SHELL_SHAPE", "cleaner.pipeline._ITEM",
               "cleaner.pipeline._NUMBER", "cleaner.pipeline._FIELD_PAIR",
               "cleaner.rules.duplicate._OPENING_QUOTE", "cleaner.rules.lines._FIELD",
               "cleaner.rules.lines._LABELLED_FIGURE", "cleaner.rules.lines._DASHED_FIGURE"}


@pytest.mark.parametrize(("name", "pattern"), _code_patterns(), ids=[n for n, _ in _code_patterns()])
def test_code_pattern_is_linear_on_adversarial_lines(name: str, pattern: str) -> None:
    _check(pattern, ("match",) if name in _MATCH_ONLY else ("match", "search", "fullmatch"))


def test_the_pattern_files_are_stored_in_nfc() -> None:
    # Lines are repaired to NFC before the rules see them: a Devanagari letter with a
    # nukta ("ख़", "ढ़") is then a base letter and a combining nukta, and so must the
    # patterns be, or they never match.
    import unicodedata
    from importlib import resources

    root = resources.files("cleaner") / "data" / "patterns"
    checked = 0
    for family in root.iterdir():
        for path in family.iterdir():
            if path.name.endswith(".txt"):
                assert unicodedata.is_normalized("NFC", path.read_text(encoding="utf-8")), path
                checked += 1
    assert checked >= 4 * 12


def test_no_word_boundary_after_a_devanagari_vowel_sign() -> None:
    # Devanagari vowel signs are not word characters, so a "\b" after a word
    # ending in one never matches before a space or a colon.
    import re

    from cleaner.lexicon import pattern_lines

    signs = re.compile(r"[\u093e-\u094d\u0962\u0963\u0902\u0901]\\b")
    for family in ("nav", "widget", "inline", "advert", "embed", "feedback", "copy", "share", "image", "byline", "bio", "closer", "teaser", "teaser-edge",
                   "teaser-weak", "promo", "notice", "credit"):
        for lang, line in pattern_lines(family):
            if lang == "hi":
                assert not signs.search(line), (family, lang, line)
