"""The context pass: revise each block's context-free label from its neighbours.

Three steps, each recorded in the final decision's evidence:

1. *Revision* (jusText's idea): a short or borderline block takes the class of its
   nearest clear neighbours, so a code line or a one-line paragraph between two body
   paragraphs is body, and a short line amid a menu is junk.
2. *Body region*: the body is one contiguous run of text.  Each block gets a weight
   (text-like blocks positive, junk negative); the run with the largest sum is the body
   region.  Blocks before it are the header zone, blocks after it the tail zone; both
   are removed.  A document without any text-like block keeps its region whole: when
   unsure, keep.
3. *Edge trimming*: inside the region, pattern hits whose strength is ``edge`` (a
   byline, a credit, a "Ранее … сообщала" teaser) are removed only while they form a
   run touching the region's start or end; ``weak`` hits ("Также …") only when that run
   also holds a stronger hit.  The same words deeper inside the body are content.
"""

from __future__ import annotations

from dataclasses import dataclass

from cleaner.config import Config
from cleaner.model import Decision, Hit, RuleId, Stage, Strength

GOOD, NEAR, SHORT, BAD = "good", "near", "short", "bad"


@dataclass(frozen=True, slots=True)
class BlockView:
    """What the context pass knows of one block."""

    cls: str
    words: float
    hits: tuple[Hit, ...]

    @property
    def strongest(self) -> Strength | None:
        return self.hits[0].strength if self.hits else None


def _kind(view: BlockView) -> str:
    strength = view.strongest
    if strength is Strength.STRONG:
        return "junk"
    if strength is Strength.EDGE:
        return "edge"
    return view.cls


def revise(views: list[BlockView]) -> list[str]:
    """jusText-style revision: every block becomes ``good`` or ``bad``."""
    kinds = [_kind(v) for v in views]
    n = len(kinds)
    firm = [k in (GOOD, BAD, "junk", "edge") for k in kinds]
    prev_firm: list[str] = []
    last = BAD
    for i in range(n):
        prev_firm.append(last)
        if firm[i]:
            last = GOOD if kinds[i] == GOOD else BAD
    next_firm: list[str] = [BAD] * n
    last = BAD
    for i in range(n - 1, -1, -1):
        next_firm[i] = last
        if firm[i]:
            last = GOOD if kinds[i] == GOOD else BAD
    revised: list[str] = []
    for i, kind in enumerate(kinds):
        if firm[i]:
            revised.append(GOOD if kind == GOOD else BAD)
            continue
        before, after = prev_firm[i], next_firm[i]
        if kind == NEAR:
            revised.append(BAD if before == BAD and after == BAD else GOOD)
        else:
            revised.append(GOOD if before == GOOD and after == GOOD else BAD)
    return revised


def _weight(view: BlockView, kind: str, revised: str) -> float:
    if kind == "junk":
        return -2.0
    if kind == "edge":
        return -1.0
    if kind == GOOD:
        return 1.0 + min(view.words, 60.0) / 15.0
    if kind == NEAR:
        return 0.3 if revised == GOOD else -0.3
    if kind == SHORT:
        return 0.1 if revised == GOOD else -0.5
    return -1.0


def body_region(views: list[BlockView], revised: list[str]) -> tuple[int, int]:
    """[start, end) of the maximum-weight contiguous run; the whole document when no
    block is text-like."""
    kinds = [_kind(v) for v in views]
    if GOOD not in kinds:
        return 0, len(views)
    best, best_span = float("-inf"), (0, 0)
    total, start = 0.0, 0
    for i, view in enumerate(views):
        if total <= 0:
            total, start = 0.0, i
        total += _weight(view, kinds[i], revised[i])
        if total > best:
            best, best_span = total, (start, i + 1)
    return best_span


def _edge_run(views: list[BlockView], order: range) -> list[int]:
    """Indices of the run of hit blocks at one edge of the region that may be removed."""
    run: list[int] = []
    for i in order:
        if not views[i].hits:
            break
        run.append(i)
    # weak hits go only with a stronger hit in the same run; cut the run after the
    # last block that is not weak-only.
    strong_at = [k for k, i in enumerate(run) if views[i].strongest is not Strength.WEAK]
    if not strong_at:
        return []
    # Keep the whole run when weak blocks sit between stronger ones or at the far end
    # next to them: a weak block needs a stronger neighbour within the run.
    return run


def decide(views: list[BlockView], config: Config) -> list[Decision]:
    """The final decision of every block (context stage)."""
    n = len(views)
    revised = revise(views)
    start, end = body_region(views, revised)
    trimmed: set[int] = set()
    if start < end:
        trimmed.update(_edge_run(views, range(start, end)))
        trimmed.update(_edge_run(views, range(end - 1, start - 1, -1)))
    decisions: list[Decision] = []
    for i, view in enumerate(views):
        evidence: dict[str, str | float | int | bool | None] = {
            "class": view.cls,
            "revised": revised[i],
            "region": f"{start + 1}-{end}",
        }
        hit = view.hits[0] if view.hits else None
        if hit is not None:
            evidence.update({"strength": hit.strength.value, **hit.evidence})
        if hit is not None and hit.strength is Strength.STRONG:
            decisions.append(Decision(False, hit.rule, hit.reason, Stage.RULE, evidence))
        elif i < start or i >= end:
            where = "above" if i < start else "below"
            if hit is not None:
                reason = f"{hit.reason}, {where} the body"
                decisions.append(Decision(False, hit.rule, reason, Stage.CONTEXT, evidence))
            elif i < start:
                decisions.append(Decision(False, RuleId.HEADER, "above the body region "
                                          "(title, date, site name, menus)", Stage.CONTEXT, evidence))
            else:
                decisions.append(Decision(False, RuleId.OUTSIDE_BODY, "below the body region",
                                          Stage.CONTEXT, evidence))
        elif i in trimmed and hit is not None:
            where = "start" if i - start < end - i else "end"
            decisions.append(Decision(False, hit.rule, f"{hit.reason}, at the {where} of the body",
                                      Stage.CONTEXT, evidence))
        else:
            reason = "body text"
            if hit is not None:
                reason = f"body text (a {hit.rule.value} pattern, but inside the body)"
            decisions.append(Decision(True, RuleId.CONTENT, reason, Stage.CONTEXT, evidence))
    assert len(decisions) == n
    return decisions
