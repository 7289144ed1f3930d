"""Turn kept blocks back into text: input lines in order, one blank line where the
input had one or more between two kept lines, no leading or trailing blank lines, one
final newline (an empty document stays empty)."""

from __future__ import annotations

from collections.abc import Sequence

from cleaner.model import Block


def render(blocks: Sequence[Block], keep: Sequence[bool]) -> str:
    parts: list[str] = []
    blank_since_kept = False
    for block, kept in zip(blocks, keep, strict=False):
        blank_since_kept = blank_since_kept or block.blank_before
        if not kept:
            continue
        if parts and blank_since_kept:
            parts.append("")
        parts.append(block.text)
        blank_since_kept = False
    return "\n".join(parts) + "\n" if parts else ""
