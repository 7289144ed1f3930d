"""Furniture that sits inside articles: a video player's controls.

A line rule (``lines.navigation``) finds the labels ("Play", "Mute", "Fullscreen",
"0:07 / 0:15", "播放", "全螢幕") and marks its hit ``inline``: the context pass weighs such
a line as an unknown short line, because a player says nothing of where the article is.
A player shows several of them together; one such word alone is more likely an article's
own subheading ("Subtitles" in release notes, "Picture-in-Picture" over a paragraph on
that feature).  So this document-level step drops the hit of a line with no other such
line within ``inline_reach`` lines: when unsure, keep.
"""

from __future__ import annotations

from cleaner.model import Hit


def _inline(hit: Hit) -> bool:
    return bool(hit.evidence.get("inline"))


def drop_lone_inline(hits: list[tuple[Hit, ...]], reach: int) -> None:
    """Remove the inline hits of lines without another inline hit within ``reach`` lines (in place)."""
    marked = [i for i, found in enumerate(hits) if any(_inline(h) for h in found)]
    for k, i in enumerate(marked):
        before = k > 0 and i - marked[k - 1] <= reach
        after = k + 1 < len(marked) and marked[k + 1] - i <= reach
        if not (before or after):
            hits[i] = tuple(h for h in hits[i] if not _inline(h))
