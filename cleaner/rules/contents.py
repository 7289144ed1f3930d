"""A table of contents and the sections it lists.

Documentation, how-tos, reviews and long features print the headings of their sections
in a row above the text ("On this page", "In this article", "本页目录"), and each heading
again over its section, in the same order, with text between them.  That pairing is
evidence no word list gives: every section it names, a code block or a table one cell a
line among them, is the article's (the context pass spans them,
``context._listed_sections``).

A site's menu printed twice (top and bottom), a row of reply buttons or headlines that
recur in a box are no such table: their copies stand in a row with no text between
them, or carry a rule's hit, or hold no letters (page numbers).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from cleaner.model import Hit
from cleaner.spans import stretches


@dataclass(frozen=True, slots=True)
class Contents:
    """The entries of a table of contents and the headings they name, in order (block
    indexes)."""

    entries: tuple[int, ...]
    headings: tuple[int, ...]


# A section's number opening an entry or a heading ("2.1 Recruitment", "3. Usage"): the
# table may number its entries and not the headings, or the other way round
_NUMBERED = re.compile(r"^\d{1,2}(?:\.\d{1,2})*\.?\s+(?=[^\W\d_])")
# A heading's permalink mark after it ("Configuration files¶", "Install 🔗", "Usage #"): a
# documentation generator prints it on the heading, not on the entry
_PERMALINKS = ("¶", "🔗", " #")


def _unmarked(text: str) -> str:
    """``text`` stripped, without the permalink mark closing it (string tests, no regex:
    a line of a hostile document may hold a long run of spaces)."""
    line = text.strip()
    for mark in _PERMALINKS:
        if line.endswith(mark):
            return line[: -len(mark)].rstrip()
    return line


def _entry(text: str, words: float, hits: tuple[Hit, ...], max_words: float) -> bool:
    """A line that may be an entry: a short line of a few letters at least, no rule's hit."""
    return not hits and 0 < words <= max_words and sum(c.isalpha() for c in text[:40]) >= 2


def find_contents(texts: Sequence[str], words: Sequence[float], classes: Sequence[str],
                  hits: Sequence[tuple[Hit, ...]], *, min_entries: int, max_words: float) -> Contents | None:
    """The document's table of contents: the longest row of ``min_entries`` or more
    lines in a row (``_entry``), distinct, whose texts stand again below the row (alone,
    or after the subject and a colon: "Aero 14: Design" for "Design"; a section's number
    opening either copy aside: "2.1 Recruitment" for "Recruitment", and a permalink mark
    closing it: "Recruitment¶"), one
    after another in the same order and never side by side, most pairs of copies with a
    text block (class "good") between them (a section may be a table or a code block
    alone); None when there is none."""
    keys = [_NUMBERED.sub("", _unmarked(t), count=1) for t in texts]
    # (only short lines can be entries or their copies: the paragraphs, most of the
    # text, are not indexed)
    below: dict[str, list[int]] = {}
    for i, (key, count) in enumerate(zip(keys, words, strict=True)):
        if key and count <= max_words:
            below.setdefault(key, []).append(i)
            # (a heading that names the subject before a colon: "Aero 14: Design"
            # over the section the table lists as "Design")
            _, colon, section = key.partition(": ")
            if colon and section and section != key:
                below.setdefault(section.strip(), []).append(i)
    eligible = [len(below.get(k, ())) >= 2 and _entry(t, w, h, max_words)
                for k, t, w, h in zip(keys, texts, words, hits, strict=True)]
    good = [0]
    for cls in classes:
        good.append(good[-1] + (cls == "good"))
    best: Contents | None = None
    for row in stretches(eligible):
        found = _chain(keys, below, row)
        if found is not None and len(found.entries) >= min_entries and _sections(found.headings, good) \
                and (best is None or len(found.entries) > len(best.entries)):
            best = found
    return best


def _chain(keys: list[str], below: dict[str, list[int]], row: range) -> Contents | None:
    """The longest stretch of ``row`` whose entries are distinct and have copies below
    the stretch in the same order, none right under the one before (the row may run on
    into the first heading: an entry's copy right under the table).  Linear in the row
    (a bisection finds each copy): a page of one line repeated thousands of times is
    no slower than its length."""
    best: tuple[list[int], list[int]] = ([], [])
    entries: list[int] = []
    headings: list[int] = []
    seen: set[str] = set()
    for i in row:
        key = keys[i]
        fits = not headings or (i < headings[0] and key not in seen)
        copy = _next(below[key], headings[-1] + 1 if headings else i) if fits else None
        if copy is None:
            entries, headings, seen = [], [], set()
            copy = _next(below[key], i)
            if copy is None:
                continue
        entries.append(i)
        headings.append(copy)
        seen.add(key)
        if len(entries) > len(best[0]):
            best = (entries, headings)
    return Contents(tuple(best[0]), tuple(best[1])) if best[0] else None


def _next(positions: list[int], after: int) -> int | None:
    """The first of ``positions`` (ascending) past ``after``."""
    k = bisect_right(positions, after)
    return positions[k] if k < len(positions) else None


def _sections(headings: tuple[int, ...], good: list[int]) -> bool:
    """Most of the stretches between two headings hold a text block (``good``: how many
    text blocks stand before each block)."""
    texts = sum(good[b] > good[a + 1] for a, b in zip(headings, headings[1:], strict=False))
    return 2 * texts > len(headings) - 1
