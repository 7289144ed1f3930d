"""A gallery's counters: lines that are only a picture's number out of a total ("2 / 12",
"[3/12]"), three or more in the document with the same total and numbers that go up by
one from line to line.  A photo story prints one over every picture; its text sits
between them.  A lone fraction, or a column of scores ("10/10", "8/10"; "6/10", "7/10",
"9/10" climbs, but not by one), is data and stays, and so do counters that skip a
picture (when unsure, keep).  Strong: inside the body too, where a photo story's
counters stand.

Bare numbers counting up by one from 0 or 1, a line each, three or more in a row ("1",
"2", "3") are a widget's too: a code box's line numbers beside the code, a pager, a
calendar's days.  Text does not print its numbers so.
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


# a line that is only a number (a code box's line number, a pager's or a calendar's)
_NUMBER = re.compile(r"\d{1,4}")


def find_number_runs(texts: list[str]) -> dict[int, Hit]:
    """Map block index -> hit for every line of a run of bare numbers counting up by one
    from 0 or 1, ``_MIN_LINES`` lines or more in a row: a code box's line numbers printed
    beside the code, a pager ("1", "2", "3", "Next"), a calendar's days, the innings over
    a box score.  Text never prints its numbers so, one a line and nothing else; a
    number alone between two other lines (a list's marker over its item) stays."""
    hits: dict[int, Hit] = {}
    i, n = 0, len(texts)
    while i < n:
        found = _NUMBER.fullmatch(texts[i].strip())
        if found is None or int(found[0]) > 1:
            i += 1
            continue
        j = i + 1
        while j < n and _NUMBER.fullmatch(texts[j].strip()) and int(texts[j]) == int(texts[j - 1]) + 1:
            j += 1
        if j - i >= _MIN_LINES:
            hit = Hit(RuleId.NAV, Strength.STRONG,
                      f"one of {j - i} bare numbers counting up by one, a line each (a code box's line "
                      "numbers, a pager, a calendar)", {"run": j - i, "numbering": True})
            hits.update({k: hit for k in range(i, j)})
        i = j
    return hits
