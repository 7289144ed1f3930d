"""Encoding repair with ftfy, the only change the cleaner makes to a kept line.

ftfy runs with its defaults except ``uncurl_quotes=False``: typographic quotes are
correct text, not damage; and ``fix_character_width=False``: full-width digits, letters
and punctuation (``１月１２日，``) are how Chinese and Japanese are typeset, not damage.
Running ftfy on every line is slow (about 1.4 MB/s), so a line goes through it only when
it shows a sign of something ftfy would change: mojibake (``ftfy.badness.is_bad``), HTML
entities, control or C1 characters, lone surrogates, terminal escapes, ligatures, or a
non-NFC sequence.  The result is the same as running ftfy on every line, only faster;
the names of the fixes applied are recorded for the explanation.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Any

from cleaner import mojibake
from cleaner.memo import TextMemo
from cleaner.mojibake import may_be_bad

_SUSPECT = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufb00-\ufb06\ufffd]"
    "|&#?\\w{1,32};"
)


@lru_cache(maxsize=1)
def _ftfy() -> Any:
    import ftfy

    # ftfy's defaults but three: typographic quotes (uncurl_quotes) and full-width forms
    # (fix_character_width) are correct text, and lines are already split by the cleaner
    # on \n, \r\n and \r (fix_line_breaks would turn a U+2028 inside a line into a new
    # line, changing the block structure).
    config = ftfy.TextFixerConfig(uncurl_quotes=False, fix_character_width=False, fix_line_breaks=False)
    return lambda text: ftfy.fix_and_explain(text, config=config)


def needs_repair(line: str) -> bool:
    if line.isascii() and not _SUSPECT.search(line):
        return False
    if _SUSPECT.search(line) or not unicodedata.is_normalized("NFC", line):
        return True
    return may_be_bad(line)


def document_needs_repair(text: str) -> bool:
    """False when no line of ``text`` needs repair: one check of the whole text instead of
    one per line.  Sound because these checks see characters, not line ends: NFC never
    composes across a line break, and the mojibake screen is a character class."""
    if text.isascii() and not _SUSPECT.search(text):
        return False
    if _SUSPECT.search(text) or not unicodedata.is_normalized("NFC", text):
        return True
    found = mojibake.screen()
    return found is None or found.search(text) is not None


def repair_line(line: str) -> tuple[str, tuple[str, ...]]:
    """The repaired line and the names of the ftfy steps that changed it."""
    return _REPAIRED(line)


def _repair(line: str) -> tuple[str, tuple[str, ...]]:
    if not needs_repair(line):
        return line, ()
    fix = _ftfy()
    fixed, explanation = fix(line)
    steps = tuple(f"{step[0]}:{step[1]}" for step in explanation or ())
    return fixed, steps


# The lines of a document that needs repair are all checked, and a run meets the same
# lines again (a site's menus, a page and the article cropped from it).
_REPAIRED = TextMemo(_repair, budget=1_000_000)
