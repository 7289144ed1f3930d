"""The cleaning pipeline: repair → split into blocks → measure → rules → context →
corpus and user decisions → render.  The library never prints."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Protocol

from cleaner import language as lang
from cleaner.config import DEFAULT, Config
from cleaner.context import BlockView, decide
from cleaner.model import Block, BlockResult, Decision, Hit, Result, RuleId, Stage, Strength
from cleaner.render import render
from cleaner.repair import document_needs_repair, repair_line
from cleaner.rules import line_hits
from cleaner.rules.bio import extend_bio
from cleaner.rules.duplicate import find_duplicates
from cleaner.stats import BlockStats, classify, measure_all
from cleaner.tokens import fingerprint

_LINE_BREAK = re.compile(r"\r\n|\r|\n")


class CorpusIndex(Protocol):
    """Corpus-level knowledge from a run over many documents (``cleaner.corpus``)."""

    def lookup(self, fp: int, text: str) -> Hit | None: ...


class UserRules(Protocol):
    """Patterns from a user's rules file (``cleaner.userrules``)."""

    def drop(self, text: str) -> Hit | None: ...

    def keep(self, text: str) -> str | None: ...


@dataclass(frozen=True, slots=True)
class Prepared:
    """A document repaired and split into blocks: the input of every later stage."""

    blocks: tuple[Block, ...]
    fixes: tuple[str, ...]


def prepare(text: str) -> Prepared:
    blocks: list[Block] = []
    fixes: list[str] = []
    blank = False
    repair = document_needs_repair(text)
    for number, raw in enumerate(_LINE_BREAK.split(text), start=1):
        if repair:
            line, steps = repair_line(raw)
            if steps:
                fixes.extend(f"line {number}: {step}" for step in steps)
        else:
            line = raw
        line = line.rstrip()
        if not line or line.isspace():
            blank = True
            continue
        blocks.append(Block(len(blocks), number, line, blank))
        blank = False
    return Prepared(tuple(blocks), tuple(fixes))


@dataclass(frozen=True, slots=True)
class Analysis:
    """A document up to its context-free hits: all the work the corpus pass leaves as it
    is, so that the second pass of a run only has to :func:`finish` it again."""

    prepared: Prepared
    language: str | None
    stats: tuple[BlockStats, ...]
    classes: tuple[str, ...]
    hits: tuple[tuple[Hit, ...], ...]  # line rules, duplicates, author bio


def analyse(text: str, *, config: Config = DEFAULT, language: str | None = None) -> Analysis:
    """Repair, split, identify the language, measure and run the line rules."""
    prepared = prepare(text)
    blocks = prepared.blocks
    texts = [b.text for b in blocks]
    if language is not None:
        found = lang.Language(language, 1.0, forced=True)
    else:
        found = lang.detect("\n".join(texts[:400]), config.lang_min_words)
    stop = lang.stopwords(found.code)
    stats = measure_all(texts, stop)
    has_stop = bool(stop)
    classes = [classify(s, has_stop, config) for s in stats]
    hits: list[tuple[Hit, ...]] = list(map(line_hits, texts, stats))
    words = [s.words for s in stats]
    for i, hit in find_duplicates(texts, words, [b.line for b in blocks], config).items():
        hits[i] = (hit,) + hits[i]
    extend_bio(hits, words, config)
    return Analysis(prepared, found.code, tuple(stats), tuple(classes), tuple(hits))


def finish(
    analysis: Analysis,
    *,
    config: Config = DEFAULT,
    corpus: CorpusIndex | None = None,
    rules: UserRules | None = None,
    encoding: str | None = None,
) -> Result:
    """The corpus and user decisions, the context pass and the explanation."""
    blocks = analysis.prepared.blocks
    texts = [b.text for b in blocks]
    stats, classes = analysis.stats, analysis.classes
    hits = list(analysis.hits)
    words = [s.words for s in stats]
    if corpus is not None:
        for i, t in enumerate(texts):
            if len(t.strip()) >= config.corpus_min_chars:
                found_hit = corpus.lookup(fingerprint(t), t)
                if found_hit is not None:
                    hits[i] = (found_hit,) + hits[i]
    if rules is not None:
        for i, t in enumerate(texts):
            dropped = rules.drop(t)
            if dropped is not None:
                hits[i] = (dropped,) + hits[i]
    hits = [h if len(h) < 2 else tuple(sorted(h, key=_strength_order)) for h in hits]
    views = [BlockView(c, w, h) for c, w, h in zip(classes, words, hits, strict=True)]
    finals = decide(views, config)
    results: list[BlockResult] = []
    for block, st, cls, block_hits, final in zip(blocks, stats, classes, hits, finals, strict=True):
        evidence = st.as_evidence()
        initial = _context_free(cls, block_hits, evidence)
        if rules is not None:
            reason = rules.keep(block.text)
            if reason is not None:
                final = Decision(True, RuleId.USER_KEEP, reason, Stage.USER, final.evidence)
        merged = {**evidence, **final.evidence}
        final = Decision(final.keep, final.rule, final.reason, final.stage, merged)
        results.append(BlockResult(block, cls, block_hits, initial, final))
    kept_text = render(blocks, [r.final.keep for r in results])
    return Result(
        text=kept_text,
        blocks=tuple(results),
        language=analysis.language,
        encoding=encoding,
        fixes=analysis.prepared.fixes,
    )


def clean_and_explain(
    text: str,
    *,
    config: Config = DEFAULT,
    language: str | None = None,
    corpus: CorpusIndex | None = None,
    rules: UserRules | None = None,
    encoding: str | None = None,
) -> Result:
    """Clean one document and explain every block's decision.

    ``language`` forces the language (ISO 639-1) instead of identifying it.
    """
    return finish(analyse(text, config=config, language=language),
                  config=config, corpus=corpus, rules=rules, encoding=encoding)


def clean(text: str, **options: object) -> str:
    """The cleaned text of one document (see :func:`clean_and_explain` for options).

    >>> clean("Aller à…\\nLe ministère a publié lundi un rapport sur la situation dans la région.\\n")
    'Le ministère a publié lundi un rapport sur la situation dans la région.\\n'
    """
    return clean_and_explain(text, **options).text  # type: ignore[arg-type]


_ORDER = {Strength.STRONG: 0, Strength.EDGE: 1, Strength.WEAK: 2}


def _strength_order(hit: Hit) -> int:
    return _ORDER[hit.strength]


def _context_free(cls: str, hits: tuple[Hit, ...], evidence: Mapping[str, object]) -> Decision:
    """The decision before neighbours are looked at: the strongest hit, else the class."""
    if hits:
        hit = hits[0]
        return Decision(False, hit.rule, f"{hit.reason} ({hit.strength.value})", Stage.RULE,
                        {**evidence, **hit.evidence})  # type: ignore[dict-item]
    if cls == "bad":
        return Decision(False, RuleId.LOW_CONTENT, "few stopwords, not sentence-like",
                        Stage.RULE, evidence)  # type: ignore[arg-type]
    return Decision(True, RuleId.CONTENT, f"{cls} block", Stage.RULE, evidence)  # type: ignore[arg-type]
