"""The corpus pass: lines that recur across many unrelated documents are boilerplate.

Collect, then apply.  While collecting, every document contributes the fingerprints of
its lines (64-bit hashes of the normalized text) and the fingerprints of its body lines
(the text-like lines its own cleaning kept).  Documents that share at least
``near_dup_containment`` of the smaller one's body lines are near-duplicates (syndicated
copies of one article, a page and its crop): they are grouped, and a line counts once
per group.  A line found in ``corpus_min_docs`` groups or more is boilerplate: a menu,
a footer, a promo of one site.  Body text shared by copies of one article stays.

Memory grows with the number of distinct line fingerprints (each holds at most
``_MAX_DOCS`` document numbers) plus two small integers per document; never with text.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from cleaner.config import DEFAULT, Config
from cleaner.model import Hit, Result, RuleId, Strength
from cleaner.tokens import fingerprint

_MAX_DOCS = 48  # document numbers kept per fingerprint; enough to count groups


def document_fingerprints(result: Result, config: Config = DEFAULT) -> tuple[set[int], set[int]]:
    """A first-pass result as the corpus pass sees it: the fingerprints of its lines
    (those long enough to judge) and of its body lines (kept, text-like)."""
    lines: set[int] = set()
    body: set[int] = set()
    for block in result.blocks:
        text = block.block.text
        if len(text.strip()) < config.corpus_min_chars:
            continue
        fp = fingerprint(text)
        lines.add(fp)
        if block.kept and block.cls == "good":
            body.add(fp)
    return lines, body


@dataclass
class CorpusBuilder:
    config: Config = DEFAULT
    _line_docs: dict[int, list[int]] = field(default_factory=dict)
    _body_docs: dict[int, list[int]] = field(default_factory=dict)
    _body_size: list[int] = field(default_factory=list)
    _parent: list[int] = field(default_factory=list)

    @property
    def documents(self) -> int:
        return len(self._parent)

    def add(self, result: Result) -> int:
        """Record one document's first-pass result; returns its number."""
        doc = len(self._parent)
        self._parent.append(doc)
        lines, body = document_fingerprints(result, self.config)
        self.add_fingerprints(doc, lines, body)
        return doc

    def add_fingerprints(self, doc: int, lines: set[int], body: set[int]) -> None:
        """Record a document given as fingerprints (what a distributed collect stage sends)."""
        while len(self._parent) <= doc:
            self._parent.append(len(self._parent))
        while len(self._body_size) <= doc:
            self._body_size.append(0)
        self._body_size[doc] = len(body)
        shared: Counter[int] = Counter()
        for fp in body:
            docs = self._body_docs.setdefault(fp, [])
            shared.update(set(docs))
            if len(docs) < _MAX_DOCS:
                docs.append(doc)
        for other, count in shared.items():
            smaller = min(len(body), self._body_size[other])
            if smaller and count / smaller >= self.config.near_dup_containment:
                self._union(doc, other)
        for fp in lines:
            docs = self._line_docs.setdefault(fp, [])
            if len(docs) < _MAX_DOCS:
                docs.append(doc)

    def _find(self, doc: int) -> int:
        while self._parent[doc] != doc:
            self._parent[doc] = self._parent[self._parent[doc]]
            doc = self._parent[doc]
        return doc

    def _union(self, a: int, b: int) -> None:
        ra, rb = self._find(a), self._find(b)
        if ra != rb:
            self._parent[max(ra, rb)] = min(ra, rb)

    def group(self, doc: int) -> int:
        """The near-duplicate group of a document (its smallest member's number)."""
        return self._find(doc)

    def build(self) -> CorpusIndex:
        groups_total = len({self._find(d) for d in range(len(self._parent))})
        need = max(self.config.corpus_min_docs,
                   int(self.config.corpus_min_share * groups_total + 0.999))
        counts: dict[int, int] = {}
        for fp, docs in self._line_docs.items():
            if len(docs) < need:
                continue
            groups = len({self._find(d) for d in docs})
            if groups >= need:
                counts[fp] = groups
        return CorpusIndex(counts, groups_total)


@dataclass(frozen=True)
class CorpusIndex:
    """Boilerplate fingerprints with the number of unrelated documents holding each."""

    counts: dict[int, int]
    groups: int

    def lookup(self, fp: int, text: str) -> Hit | None:
        count = self.counts.get(fp)
        if count is None:
            return None
        return Hit(RuleId.CORPUS, Strength.STRONG,
                   f"recurs in {count} unrelated documents of this run",
                   {"documents": count, "groups": self.groups})

    def __len__(self) -> int:
        return len(self.counts)
