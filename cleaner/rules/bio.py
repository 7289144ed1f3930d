"""The author box at the end of a text: an "About …" heading and the lines under it.

The heading itself is found by a line rule (``lines.author_bio_heading``); this
document-level step claims the short lines that follow it, but only when the heading
and those lines close the document (at most ``bio_max_blocks`` lines of at most
``bio_max_words`` words, other junk allowed in between).  The same heading followed by
long text is a section of the article and claims nothing.
"""

from __future__ import annotations

from cleaner.config import Config
from cleaner.model import Hit, RuleId, Strength


def extend_bio(hits: list[tuple[Hit, ...]], word_counts: list[float], config: Config) -> None:
    """Add an AUTHOR_BIO hit to the lines under a closing author heading (in place)."""
    n = len(hits)
    for h in range(n - 1, max(-1, n - 2 - config.bio_max_blocks * 2), -1):
        if not any(hit.rule is RuleId.AUTHOR_BIO for hit in hits[h]):
            continue
        body = [i for i in range(h + 1, n) if not hits[i]]
        if len(body) > config.bio_max_blocks:
            return
        if any(word_counts[i] > config.bio_max_words for i in body):
            return
        for i in body:
            hits[i] = (Hit(RuleId.AUTHOR_BIO, Strength.EDGE,
                           "a line of the author box at the end",
                           {"heading_block": h + 1}),) + hits[i]
        return
