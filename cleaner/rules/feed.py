"""A feed under one label: three lines or more in a row that open with the same short
label and a colon ("Latest news: …", "LIVE: …"), each going on with a headline (no
full stop at the end).  A site's ticker or a topic's list of links, not an article's
text: an interview alternates its speakers, a schedule or a glossary changes its label
from line to line, a report's updates close their sentences.  Code ("list: [") and
lines of figures are left alone.  Edge strength: at the edges of the body and outside
it the lines go, inside it they stay.
"""

from __future__ import annotations

import re
from itertools import groupby

from cleaner.model import Hit, RuleId, Strength
from cleaner.stats import BlockStats

# a label of one to three words, opening with a letter, then a colon and more text
_LABEL = re.compile(r"([^\W\d_][^\W_]*(?:[ -][^\W_]+){0,2})\s?[:：]\s+\S")
_MIN_LINES = 3
_MIN_WORDS_AFTER = 3.0  # a headline after the label, not a value ("Tel: 555 1234")
# a headline closes with no full stop; "Update: the road has reopened." is a report's text
_FULL_STOP = re.compile(r"(?<!\.)[.。]\s*$")


def _full_stop(text: str) -> bool:
    """``_FULL_STOP.search(text)``, without scanning the line: a match is its last
    non-space character (``\\s`` and ``str.isspace`` are the same characters)."""
    line = text.rstrip()
    return line[-1:] in (".", "。") and line[-2:-1] != "."


def _label(text: str, stats: BlockStats) -> str | None:
    if stats.code_like or stats.digit_share >= 0.3 or _full_stop(text):
        return None
    found = _LABEL.match(text)
    if found is None or stats.words - len(found[1].split()) < _MIN_WORDS_AFTER:
        return None
    return found[1].casefold()


def find_label_feeds(texts: list[str], stats: list[BlockStats]) -> dict[int, Hit]:
    """Map block index -> hit for every line of a run of ``_MIN_LINES`` or more that
    open with the same label."""
    labels = [_label(t, s) for t, s in zip(texts, stats, strict=True)]
    hits: dict[int, Hit] = {}
    for label, group in groupby(range(len(labels)), key=labels.__getitem__):
        run = list(group)
        if label is not None and len(run) >= _MIN_LINES:
            hit = Hit(RuleId.TEASER, Strength.EDGE,
                      f"one of {len(run)} lines in a row under the same label (a feed of headlines)",
                      {"label": label, "lines": len(run)})
            hits.update(dict.fromkeys(run, hit))
    return hits
