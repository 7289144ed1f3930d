"""Stretches of a document's lines.

Several finders look for a structure only where every line may belong to it (a table's
cells, a table of contents' entries, a post set a phrase a line), and the region search
weighs each gap between text blocks whole: they walk the stretches of lines a test
accepts, one after another, and skip the rest.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence


def stretches(accepted: Sequence[bool]) -> Iterator[range]:
    """The maximal stretches of consecutive accepted lines, in document order."""
    i, n = 0, len(accepted)
    while i < n:
        if not accepted[i]:
            i += 1
            continue
        j = i
        while j < n and accepted[j]:
            j += 1
        yield range(i, j)
        i = j
