"""Encoding repair with ftfy, the only change the cleaner makes to a kept line.

ftfy runs with its defaults except ``uncurl_quotes=False``: typographic quotes are
correct text, not damage.  Running ftfy on every line is slow (about 1.4 MB/s), so a
line goes through it only when it shows a sign of something ftfy would change:
mojibake (``ftfy.badness.is_bad``), HTML entities, control or C1 characters, lone
surrogates, terminal escapes, ligatures or full-width forms, or a non-NFC sequence.
The result is the same as running ftfy on every line, only faster; the names of the
fixes applied are recorded for the explanation.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Any

_SUSPECT = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufb00-\ufb06\uff01-\uffef\ufffd]"
    "|&#?\\w{1,32};"
)


@lru_cache(maxsize=1)
def _ftfy() -> tuple[Any, Any]:
    import ftfy
    from ftfy.badness import is_bad

    # ftfy's defaults but two: typographic quotes are correct text (uncurl_quotes), and
    # lines are already split by the cleaner on \n, \r\n and \r (fix_line_breaks would
    # turn a U+2028 inside a line into a new line, changing the block structure).
    config = ftfy.TextFixerConfig(uncurl_quotes=False, fix_line_breaks=False)
    return (lambda text: ftfy.fix_and_explain(text, config=config)), is_bad


def needs_repair(line: str) -> bool:
    if line.isascii() and not _SUSPECT.search(line):
        return False
    if _SUSPECT.search(line) or not unicodedata.is_normalized("NFC", line):
        return True
    return bool(_ftfy()[1](line))


def repair_line(line: str) -> tuple[str, tuple[str, ...]]:
    """The repaired line and the names of the ftfy steps that changed it."""
    if not needs_repair(line):
        return line, ()
    fix, _ = _ftfy()
    fixed, explanation = fix(line)
    steps = tuple(f"{step[0]}:{step[1]}" for step in explanation or ())
    return fixed, steps
