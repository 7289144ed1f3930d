"""A gallery's counters: lines that are only a picture's number out of a total ("2 / 12",
"[3/12]"), three or more in the document with the same total and numbers that go up by
one from line to line.  A photo story prints one over every picture; its text sits
between them.  A lone fraction, or a column of scores ("10/10", "8/10"; "6/10", "7/10",
"9/10" climbs, but not by one), is data and stays, and so do counters that skip a
picture (when unsure, keep).  Strong: inside the body too, where a photo story's
counters stand.
"""

from __future__ import annotations

import re

from cleaner.model import Hit, RuleId, Strength

# a number out of a total, maybe in brackets, nothing else on the line
_COUNTER = re.compile(r"[\[(]?(\d{1,3}) ?/ ?(\d{1,3})[\])]?")
_MIN_LINES = 3


def find_gallery_counters(texts: list[str]) -> dict[int, Hit]:
    """Map block index -> hit for every counter of a gallery (see the module docstring)."""
    by_total: dict[int, list[tuple[int, int]]] = {}
    for i, text in enumerate(texts):
        line = text.strip()
        if len(line) > 11:  # "[123 / 456]" at most
            continue
        found = _COUNTER.fullmatch(line)
        if found is None:
            continue
        number, total = int(found[1]), int(found[2])
        if 0 < number <= total:
            by_total.setdefault(total, []).append((i, number))
    hits: dict[int, Hit] = {}
    for total, counters in by_total.items():
        numbers = [number for _, number in counters]
        if len(counters) >= _MIN_LINES and all(b == a + 1 for a, b in zip(numbers, numbers[1:], strict=False)):
            hit = Hit(RuleId.IMAGE, Strength.STRONG,
                      f"one of {len(counters)} picture counters out of {total} (a gallery's)",
                      {"total": total, "counters": len(counters)})
            hits.update({i: hit for i, _ in counters})
    return hits
