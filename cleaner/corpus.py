"""The corpus pass: lines that recur across many unrelated documents are boilerplate.

Collect, then apply.  While collecting, every document contributes the fingerprints of
its lines (64-bit hashes of the normalized text) and which of them read as text (class
``good``: long, stopword-dense, kept or not).  Documents that are copies of one article
(syndicated copies, a page and its crop, one page saved twice; see
:meth:`CorpusBuilder._copies`) are grouped, and a line counts once per group.
A line found in ``corpus_min_docs`` groups or more is boilerplate: a menu,
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
    (those long enough to judge) and of its text lines (class ``good``, kept or not)."""
    lines: set[int] = set()
    body: set[int] = set()
    for block in result.blocks:
        text = block.block.text
        if len(text.strip()) < config.corpus_min_chars:
            continue
        fp = fingerprint(text)
        lines.add(fp)
        if block.cls == "good":
            body.add(fp)
    return lines, body


@dataclass
class CorpusBuilder:
    config: Config = DEFAULT
    _line_docs: dict[int, list[int]] = field(default_factory=dict)
    _body_size: list[int] = field(default_factory=list)
    _line_size: list[int] = field(default_factory=list)
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
        """Record a document given as fingerprints (what a distributed collect stage sends).

        ``body`` is the subset of ``lines`` that read as text (class ``good``), kept or not.
        """
        while len(self._parent) <= doc:
            self._parent.append(len(self._parent))
        while len(self._body_size) <= doc:
            self._body_size.append(0)
            self._line_size.append(0)
        self._body_size[doc] = len(body)
        self._line_size[doc] = len(lines)
        shared_all: Counter[int] = Counter()
        shared_body: Counter[int] = Counter()
        for fp in lines:
            docs = self._line_docs.setdefault(fp, [])
            shared_all.update(docs)
            if fp in body:
                shared_body.update(docs)
            if len(docs) < _MAX_DOCS:
                docs.append(doc)
        for other, count in shared_body.items():
            min(len(body), self._body_size[other])
            lines_other = self._line_size[other]
            if self._copies(count, shared_all[other], (len(body), self._body_size[other]),
                            (len(lines), lines_other)):
                self._union(doc, other)

    def _copies(self, shared_text: int, shared_lines: int, texts: tuple[int, int],
                lines: tuple[int, int]) -> bool:
        """Whether two documents are copies of one article, from what they share.

        - One page saved twice: their text-line sets are nearly equal.
        - An extract (a crop of a page, a cleaned copy): nearly all its lines and nearly
          all its text lines are in the other document.
        - Copies on different sites: they share most of the smaller one's text, and most
          of what they share is text (not menus).
        Pages of one site share menus and footers, sometimes long legal text, but each has
        its own article: none of the three holds.
        """
        smaller = min(texts)
        if not smaller:
            return False
        cfg = self.config
        if shared_text / (sum(texts) - shared_text) >= cfg.near_dup_same_text:
            return True
        contained = shared_text / smaller
        if contained >= cfg.near_dup_extract and shared_lines / min(lines) >= cfg.near_dup_extract:
            return True
        return contained >= cfg.near_dup_containment and shared_text / shared_lines >= cfg.near_dup_text_share

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
