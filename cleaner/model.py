"""The one structure every output is made from: blocks and their decisions.

A document is split into blocks (one non-blank input line each).  Every block gets a
context-free decision from the rules, then a final decision after the context,
corpus and user passes.  The cleaned text, the diff, the HTML report, the JSONL log
and the stats are all views of a :class:`Result`.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, TypeVar

Evidence = Mapping[str, int | float | str | bool | None]
T = TypeVar("T")
_FACTORY = object()  # the default of a field with a default factory


def quick_init(cls: type[T]) -> type[T]:
    """Give a frozen slots dataclass an ``__init__`` that sets its slots directly.

    The ``__init__`` that ``dataclass`` writes for a frozen class sets every field
    through ``object.__setattr__`` (looked up at each call); calling each slot's own
    setter instead makes construction about 40% cheaper, and a run constructs millions
    (blocks, measurements, hits, decisions, views; the spool unpickles them all again).
    Same parameters, defaults and default factories; the class stays frozen.
    """
    names: dict[str, Any] = {"_FACTORY": _FACTORY}
    params: list[str] = []
    body: list[str] = []
    for f in dataclasses.fields(cls):  # type: ignore[arg-type]
        names[f"_set_{f.name}"] = getattr(cls, f.name).__set__
        value = f.name
        if f.default is not dataclasses.MISSING:
            names[f"_default_{f.name}"] = f.default
            params.append(f"{f.name}=_default_{f.name}")
        elif f.default_factory is not dataclasses.MISSING:
            names[f"_factory_{f.name}"] = f.default_factory
            params.append(f"{f.name}=_FACTORY")
            value = f"_factory_{f.name}() if {f.name} is _FACTORY else {f.name}"
        else:
            params.append(f.name)
        body.append(f"    _set_{f.name}(self, {value})")
    exec(f"def __init__(self, {', '.join(params)}):\n" + "\n".join(body), names)
    init = names["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    setattr(cls, "__init__", init)  # noqa: B010 - mypy forbids assigning a method
    return cls


class RuleId(StrEnum):
    """Stable identifiers of every rule that can decide a block.

    The values are part of the public output (log, report, summary): never rename one.
    """

    # content (keep) decisions
    CONTENT = "content"
    USER_KEEP = "user-keep"
    # pattern families
    NAV = "nav"
    SHARE = "share"
    IMAGE = "image"
    HEADER = "header"
    BYLINE = "byline"
    AUTHOR_BIO = "author-bio"
    PROMO = "promo"
    NOTICE = "notice"
    TEASER = "teaser"
    CREDIT = "credit"
    DUPLICATE = "duplicate"
    # statistical and structural decisions
    LOW_CONTENT = "low-content"
    OUTSIDE_BODY = "outside-body"
    CORPUS = "corpus-repeat"
    USER_DROP = "user-drop"


class Strength(StrEnum):
    """How much a pattern hit may decide on its own.

    ``strong``: the line is junk wherever it stands (a share counter, an ``image: URL``).
    ``edge``: junk only in the header or tail zone of the document; the same words inside
    the body are content ("Также …" opening a body paragraph).
    ``weak``: junk only in an edge zone that also holds a stronger hit next to it.
    """

    STRONG = "strong"
    EDGE = "edge"
    WEAK = "weak"


class Stage(StrEnum):
    RULE = "rule"
    CONTEXT = "context"
    CORPUS = "corpus"
    USER = "user"


@quick_init
@dataclass(frozen=True, slots=True)
class Hit:
    """A pattern rule's finding on one block: a candidate for removal."""

    rule: RuleId
    strength: Strength
    reason: str
    evidence: Evidence = field(default_factory=dict)

    # Pickled as a constructor call, not as the frozen-dataclass default (a state list
    # built from fields() and set back field by field): the corpus pass spools one per
    # line, and that default cost more than a tenth of a run.  The same objects come back.
    def __reduce__(self) -> tuple[type[Hit], tuple[object, ...]]:
        return Hit, (self.rule, self.strength, self.reason, self.evidence)


@quick_init
@dataclass(frozen=True, slots=True)
class Decision:
    keep: bool
    rule: RuleId
    reason: str
    stage: Stage = Stage.RULE
    evidence: Evidence = field(default_factory=dict)

    # as Hit.__reduce__
    def __reduce__(self) -> tuple[type[Decision], tuple[object, ...]]:
        return Decision, (self.keep, self.rule, self.reason, self.stage, self.evidence)


@quick_init
@dataclass(frozen=True, slots=True)
class Block:
    """One non-blank input line.  ``text`` is repaired and right-stripped."""

    index: int
    line: int  # 1-based line number in the (decoded) input
    text: str
    blank_before: bool  # at least one blank line separates it from the previous block

    # as Hit.__reduce__
    def __reduce__(self) -> tuple[type[Block], tuple[object, ...]]:
        return Block, (self.index, self.line, self.text, self.blank_before)


@quick_init
@dataclass(frozen=True, slots=True)
class BlockResult:
    block: Block
    cls: str  # statistical class: good, near, short, bad
    hits: tuple[Hit, ...]
    initial: Decision  # context-free
    final: Decision  # after context, corpus and user passes

    # as Hit.__reduce__
    def __reduce__(self) -> tuple[type[BlockResult], tuple[object, ...]]:
        return BlockResult, (self.block, self.cls, self.hits, self.initial, self.final)

    @property
    def kept(self) -> bool:
        return self.final.keep


@dataclass(frozen=True, slots=True)
class Result:
    """The cleaned text and every block's decision.

    >>> from cleaner import clean_and_explain
    >>> r = clean_and_explain("Share on Facebook\\nThe minister said on Tuesday that the talks would go on.\\n")
    >>> r.text
    'The minister said on Tuesday that the talks would go on.\\n'
    >>> [(b.block.line, b.final.rule.value) for b in r.removed]
    [(1, 'share')]
    """

    text: str
    blocks: tuple[BlockResult, ...]
    language: str | None = None
    encoding: str | None = None
    fixes: tuple[str, ...] = ()

    @property
    def removed(self) -> tuple[BlockResult, ...]:
        return tuple(b for b in self.blocks if not b.kept)

    @property
    def kept(self) -> tuple[BlockResult, ...]:
        return tuple(b for b in self.blocks if b.kept)

    def removals_by_rule(self) -> Counter[str]:
        return Counter(b.final.rule.value for b in self.removed)
