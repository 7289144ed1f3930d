"""A fast screen in front of ftfy's mojibake detector (``ftfy.badness.is_bad``).

The detector searches one big alternation, about 0.2 µs per character: as slow as the
rest of the cleaning together.  Each branch of the alternation is a sequence in which
some items are single characters from a fixed set; a text holding no character of that
set cannot match the branch.  Picking, per branch, the set of its rarest item gives one
character class that every match must contain and that clean text almost never does, so
a plain character scan answers "certainly not mojibake" for almost every line.  The
screen is derived from the detector's own pattern at first use, so it follows ftfy's
changes; if the pattern has an unexpected shape there is no screen (``screen()`` is None).
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Set as AbstractSet
from functools import lru_cache
from typing import Any

# Characters of these ranges are common in clean text; a branch is screened by its
# rarest item (ASCII worst, then lower-case letters of these ranges, then their capitals
# and common marks, then the rest).
_COMMON_RANGES = ((0x00C0, 0x017F), (0x0386, 0x03CE), (0x0401, 0x0401), (0x0404, 0x0404),
                  (0x0406, 0x0407), (0x0410, 0x044F), (0x0451, 0x0451), (0x0454, 0x0454),
                  (0x0456, 0x0457), (0x0490, 0x0491))
_COMMON_MARKS = ("\u00a0\u201c\u201d\u201e\u2018\u2019\u00ab\u00bb"
                 "\u2013\u2014\u2026\u2022\u00b0\u00a9\u00ae\u2116\u00b7")


def _cost(chars: AbstractSet[str]) -> int:
    cost = 0
    for ch in chars:
        code = ord(ch)
        if code < 128:
            cost += 1_000_000
        elif any(lo <= code <= hi for lo, hi in _COMMON_RANGES):
            cost += 1000 if ch.isupper() else 10_000
        elif ch in _COMMON_MARKS:
            cost += 1000
        else:
            cost += 1
    return cost


def _charset(op: Any, av: Any) -> set[str] | None:
    sre: Any = importlib.import_module("re._constants")

    if op is sre.LITERAL:
        return {chr(av)}
    if op is not sre.IN:
        return None
    chars: set[str] = set()
    for item_op, item in av:
        if item_op is sre.LITERAL:
            chars.add(chr(item))
        elif item_op is sre.RANGE:
            chars.update(chr(c) for c in range(item[0], item[1] + 1))
        else:  # a negated class or a category: not a fixed set
            return None
    return chars


def derive(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """A class every match of ``pattern`` (a top-level alternation) contains, or None."""
    sre: Any = importlib.import_module("re._constants")
    parser: Any = importlib.import_module("re._parser")

    if pattern.flags & re.IGNORECASE:
        return None
    try:
        tree = parser.parse(pattern.pattern, pattern.flags)
        if len(tree.data) != 1 or tree.data[0][0] is not sre.BRANCH:
            return None
        rare: set[str] = set()
        for branch in tree.data[0][1][1]:
            # top-level items of a branch are all required (repeats are other nodes)
            sets: list[set[str]] = [c for op, av in branch.data if (c := _charset(op, av)) is not None]
            if not sets:
                return None
            rare |= min(sets, key=_cost)
    except (AttributeError, IndexError, TypeError, ValueError, re.error):
        return None
    return re.compile("[" + "".join(re.escape(ch) for ch in sorted(rare)) + "]")


@lru_cache(maxsize=1)
def screen() -> re.Pattern[str] | None:
    from ftfy.badness import BADNESS_RE

    return derive(BADNESS_RE)


def may_be_bad(text: str) -> bool:
    """``ftfy.badness.is_bad(text)``, answered by the screen when it can."""
    found = screen()
    if found is not None and not found.search(text):
        return False
    from ftfy.badness import is_bad

    return bool(is_bad(text))
