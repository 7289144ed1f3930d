"""Two diffs of a document: annotated for people, unified for ``patch``.

The annotated diff shows each removed line with its rule id and reason, and a few kept
lines around it for context.  The unified diff goes from the decoded input text exactly
as read to the cleaned text: ``patch`` applied to the input reproduces the output.

>>> from cleaner import clean_and_explain
>>> source = "Share on Facebook\\nThe minister said on Tuesday that the talks would go on.\\n"
>>> print(unified(source, clean_and_explain(source).text, "doc.txt"), end="")
--- a/doc.txt
+++ b/doc.txt
@@ -1,2 +1 @@
-Share on Facebook
 The minister said on Tuesday that the talks would go on.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass

from cleaner.model import BlockResult, Result
from cleaner.tokens import word_count

_NO_NEWLINE = "\\ No newline at end of file\n"


@dataclass(frozen=True, slots=True)
class Style:
    """ANSI styles of the annotated diff; :data:`PLAIN` has none."""

    header: str = ""
    removed: str = ""
    reason: str = ""
    context: str = ""
    reset: str = ""


PLAIN = Style()
COLOR = Style(header="\x1b[1m", removed="\x1b[31m", reason="\x1b[33m", context="\x1b[2m", reset="\x1b[0m")


def split_lines(text: str) -> list[str]:
    """Lines as ``patch`` sees them: split after each ``\\n`` only, endings kept."""
    lines = text.split("\n")
    out = [line + "\n" for line in lines[:-1]]
    if lines[-1]:
        out.append(lines[-1])
    return out


def unified(source: str, cleaned: str, name: str, context: int = 3) -> str:
    """A unified diff from ``source`` to ``cleaned`` (empty when they are equal).

    The file names are ``a/NAME`` and ``b/NAME`` (``patch -p1``); an absolute NAME loses
    its leading ``/``, as ``patch`` refuses absolute names.
    """
    out: list[str] = []
    name = name.lstrip("/")
    for line in difflib.unified_diff(split_lines(source), split_lines(cleaned),
                                     f"a/{name}", f"b/{name}", n=context):
        out.append(line if line.endswith("\n") else line + "\n" + _NO_NEWLINE)
    return "".join(out)


def summary_line(name: str, result: Result) -> str:
    removed = result.removed
    words_all = sum(word_count(b.block.text) for b in result.blocks)
    words_removed = sum(word_count(b.block.text) for b in removed)
    about = ", ".join(x for x in (result.encoding, result.language) if x)
    repaired = len({fix.split(":")[0] for fix in result.fixes})
    extra = f", {repaired} line(s) repaired" if repaired else ""
    return (f"{name}" + (f" ({about})" if about else "") +
            f": {len(removed)} of {len(result.blocks)} lines removed, "
            f"{words_removed:.0f} of {words_all:.0f} words{extra}")


def annotated(name: str, result: Result, context: int = 2, style: Style = PLAIN,
              width: int = 120) -> str:
    """Each removed line with its rule and reason, ``context`` kept lines around it.

    The ``^ rule: reason`` label follows the removed line; consecutive removed lines
    with the same rule and reason share one label, which counts them.  Kept context
    lines longer than ``width`` are shortened with ``…``; removed lines are always shown
    in full.  A document with nothing removed gives its summary line only.
    """
    s = style
    out = [f"{s.header}=== {summary_line(name, result)}{s.reset}"]
    blocks = result.blocks
    shown = _shown(blocks, context)
    digits = len(str(blocks[-1].block.line)) if blocks else 1
    pad = " " * digits
    run = 0  # removed lines waiting for their shared label
    for at, i in enumerate(shown):
        block = blocks[i]
        if at == 0 or i != shown[at - 1] + 1:
            out.append(f"{s.header}@@ line {block.block.line} @@{s.reset}")
        number = str(block.block.line).rjust(digits)
        if block.kept:
            out.append(f"{s.context}  {number}  {_shorten(block.block.text, width)}{s.reset}")
            continue
        out.append(f"{s.removed}- {number}  {block.block.text}{s.reset}")
        run += 1
        following = blocks[i + 1] if at + 1 < len(shown) and shown[at + 1] == i + 1 else None
        if following is None or following.kept or _label(following) != _label(block):
            count = f" ({run} lines)" if run > 1 else ""
            out.append(f"{s.reason}  {pad}  ^ {_label(block)}{count}{s.reset}")
            run = 0
    return "\n".join(out) + "\n\n"


def _label(block: BlockResult) -> str:
    return f"{block.final.rule.value}: {block.final.reason}"


def _shown(blocks: tuple[BlockResult, ...], context: int) -> list[int]:
    keep: set[int] = set()
    for i, block in enumerate(blocks):
        if not block.kept:
            keep.update(range(max(0, i - context), min(len(blocks), i + context + 1)))
    return sorted(keep)


def _shorten(text: str, width: int) -> str:
    if len(text) <= width:
        return text
    half = (width - 1) // 2
    return text[:half].rstrip() + " … " + text[-half:].lstrip()
