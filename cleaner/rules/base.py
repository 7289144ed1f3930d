"""What a rule is: a small function with a stable id, registered in one table."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from cleaner.model import Hit, RuleId
from cleaner.stats import BlockStats

LineRule = Callable[[str, BlockStats], "Hit | None"]


@dataclass(frozen=True, slots=True)
class RuleInfo:
    """Documentation of one rule id, shown by ``cleaner rules`` and the README."""

    id: RuleId
    description: str
    languages: str
    example: str


@dataclass(frozen=True, slots=True)
class LineRuleSpec:
    info: RuleInfo
    func: LineRule
