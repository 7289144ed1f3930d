"""The cleaning pipeline: repair → split into blocks → measure → rules → context →
corpus and user decisions → render.  The library never prints."""

from __future__ import annotations

import re
import statistics
from collections import Counter
from dataclasses import dataclass, replace
from typing import Protocol

from cleaner import language as lang
from cleaner.config import DEFAULT, Config
from cleaner.context import BlockView, decide
from cleaner.lexicon import FULLMATCH_LIMIT, patterns
from cleaner.memo import Recent, TextMemo
from cleaner.model import Block, BlockResult, Decision, Evidence, Hit, Result, RuleId, Stage, Strength
from cleaner.render import render
from cleaner.repair import document_needs_repair, repair_line
from cleaner.rules import line_hits
from cleaner.rules.bio import bio_under_byline, extend_bio
from cleaner.rules.contents import find_contents
from cleaner.rules.counter import find_gallery_counters, find_number_runs
from cleaner.rules.duplicate import find_duplicates, find_pull_quotes
from cleaner.rules.feed import find_label_feeds
from cleaner.rules.inline import drop_lone_inline
from cleaner.rules.lines import (
    STAMP,
    datum,
    only_stamp,
    opening_clock,
    person_name,
    recipe_heading,
    record_fields,
    score_row,
    verdict_heading,
)
from cleaner.rules.phrases import find_phrase_runs, prose
from cleaner.rules.tables import CellLines, find_pairs, find_rows, find_tables, label
from cleaner.stats import BlockStats, braced, classify, measure, measure_all, wrapped_groups
from cleaner.tokens import fingerprint

_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_MAX_PASSES = 8  # passes until a fixed point; two suffice for almost every document
# The languages identified by finish(): (sample, lang_min_words) -> code.
Detected = dict[tuple[str, int], str | None]
_LEAD_IN = re.compile(r"[:：]\s*$")  # (the full-width colon of Chinese and Japanese too)
# a numbered item's marker, its number captured: "2. ", "2) ", a footnote's "[2] "
_NUMBERED = r"(\d{1,2})[.)]|\[(\d{1,2})\]"
_ITEM = re.compile(rf"\s*(?:[-–—•*·▪●◦►✓]|{_NUMBERED})\s")
_DASHED = re.compile(r"\s*+[-‐‒–—―]\s")  # a line of dialogue ("— Why?") or a dashed item
_NUMBER = re.compile(rf"\s*(?:{_NUMBERED})\s")  # the number a numbered item opens with
# A count after a heading ("Comments (36)", "Opinie [12]", "评论 5"): the heading is the same.
_COUNT = re.compile(r"(?:[(\[（]\s*\d{1,6}\s*[)\]）]|(?<!\S)\d{1,6})\s*$")
# a record on one line, a label and its colon opening it ("停运航班：…", "Note: …"): not a
# table's cell of words (a time's colon, "8:00", is none)
_FIELD_PAIR = re.compile(r"[^\W\d_][^:：]{0,40}?(?:：|:(?!\d))")
# a question or a call, not a statement (Greek asks with ";" after a word: the Greek
# question mark becomes ";" under NFC); only brackets may follow the mark: a paragraph
# closing with a quoted question ('… hide it anymore, right?"') ends with what somebody
# said, not with a widget's call
_ASKS = re.compile("(?:[?!？！؟]|(?<=[\u0370-\u03ff\u1f00-\u1fff]);)[)\\]）]*$")


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

    # A constructor call, like model.Hit.__reduce__: the corpus pass spools every analysis.
    def __reduce__(self) -> tuple[type[Prepared], tuple[object, ...]]:
        return Prepared, (self.blocks, self.fixes)


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
    line_hits: tuple[tuple[Hit, ...], ...]  # the line rules alone
    hits: tuple[tuple[Hit, ...], ...]  # line rules, duplicates, author bio
    forced: bool = False  # the language was given, not identified
    density_high: float | None = None  # the stopword threshold, when calibrated for this document
    continued: tuple[bool, ...] = ()  # a line of a hard-wrapped paragraph that the next line continues
    phrased: frozenset[int] = frozenset()  # the lines of posts set a phrase a line (``rules.phrases``)

    # A constructor call, like model.Hit.__reduce__: the corpus pass spools every analysis.
    def __reduce__(self) -> tuple[type[Analysis], tuple[object, ...]]:
        return Analysis, (self.prepared, self.language, self.stats, self.classes, self.line_hits, self.hits,
                          self.forced, self.density_high, self.continued, self.phrased)


def analyse(text: str, *, config: Config = DEFAULT, language: str | None = None) -> Analysis:
    """Repair, split, identify the language, measure and run the line rules."""
    return _analyse_blocks(prepare(text), config, language)


def _analyse_blocks(prepared: Prepared, config: Config, language: str | None,
                    reuse: Analysis | None = None, detected: Detected | None = None) -> Analysis:
    """Analyse ``prepared.blocks``; ``reuse`` is an earlier analysis of a superset of
    them whose per-line measurements and line-rule hits stay valid when the language
    does not change; ``detected`` remembers the languages identified."""
    blocks = prepared.blocks
    texts = [b.text for b in blocks]
    forced = language is not None
    code = language if forced else _identify("\n".join(texts[:400]), config.lang_min_words, detected)
    stop = lang.stopwords(code)
    if reuse is not None and reuse.language == code:
        position = {b.index: i for i, b in enumerate(reuse.prepared.blocks)}
        stats = [reuse.stats[position[b.index]] for b in blocks]
        line_hits_ = [reuse.line_hits[position[b.index]] for b in blocks]
    else:
        stats, line_hits_ = _RECENT.measure(texts, code, stop)
    has_stop = bool(stop)
    judged = _calibrated(stats, config) if has_stop else config
    classes = [classify(s, has_stop, judged) for s in stats]
    continued = [False] * len(texts)
    for start, end in wrapped_groups(texts):
        if end - start > 1:  # one hard-wrapped paragraph: judge it whole
            joined = classify(measure(" ".join(texts[start:end]), stop), has_stop, judged)
            for i in range(start, end):
                if classes[i] != "code":
                    classes[i] = joined
                continued[i] = i < end - 1
    # a post set a phrase a line (a blog in Chinese or Japanese) is one text: its phrases
    # are text blocks, and its entries without function characters (prices, opening
    # hours) are left to their neighbours like short lines
    phrased = [i for run in find_phrase_runs(code, texts, stats, line_hits_, classes, stop, config) for i in run]
    for i in phrased:
        if classes[i] != "code" and prose(texts[i], stats[i], line_hits_[i], config):
            classes[i] = "good"
        elif classes[i] == "bad":
            classes[i] = "short"
    hits = list(line_hits_)
    drop_lone_inline(hits, config.inline_reach)
    words = [s.words for s in stats]
    numbers = [b.line for b in blocks]
    copies = find_duplicates(texts, words, numbers, config, frozenset(i for i, c in enumerate(continued) if c))
    for i, hit in copies.items():
        hits[i] = (hit,) + hits[i]
    prose_lines = (i for i, c in enumerate(classes) if c != "code" and i not in copies)
    for i, hit in find_pull_quotes(texts, words, numbers, prose_lines, config).items():
        hits[i] = (hit,) + hits[i]
    for i, hit in find_label_feeds(texts, stats).items():
        hits[i] = hits[i] + (hit,)
    for i, hit in find_gallery_counters(texts).items():
        hits[i] = (hit,) + hits[i]
    for i, hit in find_number_runs(texts).items():
        hits[i] = (hit,) + hits[i]
    extend_bio(hits, words, config)
    bio_under_byline(texts, hits, words, config, stop)
    calibrated = judged.stop_density_high if judged is not config else None
    return Analysis(prepared, code, tuple(stats), tuple(classes), tuple(line_hits_), tuple(hits), forced,
                    calibrated, tuple(continued), frozenset(phrased))


# a surname in capitals closing with a full stop ("Claire LE GALL.": an author's line of
# French, Belgian and Spanish papers)
_CAPITAL_SURNAME_STOP = re.compile(r"\s[^\W\d_]{2,}+\.\s*+$")


def _name_line(text: str, sentence_end: bool) -> bool:
    """A person's name alone (``rules.lines.person_name``), closing no sentence, or
    closing with a full stop after a surname set in capitals."""
    if sentence_end:
        found = _CAPITAL_SURNAME_STOP.search(text)
        if found is None or not found[0].strip().rstrip(".").isupper():
            return False
        text = text.rstrip()[:-1]
    return person_name(text)


def _is_closer(text: str) -> bool:
    """A heading that opens comments, related links, tags, ..., with or without a count."""
    closers = patterns("closer")
    if closers.fullmatch(text) is not None:
        return True
    line = text.rstrip()
    if len(line) > FULLMATCH_LIMIT or not (line[-1:].isdigit() or line[-1:] in ")]）"):
        return False
    bare = _COUNT.sub("", line).rstrip()
    return bool(bare) and bare != line and closers.fullmatch(bare) is not None


# every pass over a document asks again, and sites repeat their headings
_CLOSERS = TextMemo(_is_closer, budget=500_000, max_text=FULLMATCH_LIMIT)


def _calibrated(stats: list[BlockStats], config: Config) -> Config:
    """``config`` with its stopword thresholds lowered for a document whose long sentences
    hold fewer stopwords than the thresholds expect (see ``Config.density_calibration``);
    ``config`` itself when they do not.  A function of the blocks alone, so cleaning the
    output again calibrates the same way on the same kept lines."""
    densities = sorted(s.stop_density for s in stats
                       if s.sentence_end and not s.unspaced and s.words >= config.good_words)
    if len(densities) < config.calibration_min_blocks:
        return config
    high = max(config.calibration_floor, config.density_calibration * statistics.median(densities))
    if high >= config.stop_density_high:
        return config
    scale = high / config.stop_density_high
    return replace(config, stop_density_high=high, stop_density_low=config.stop_density_low * scale)


def _identify(text: str, min_words: int, detected: Detected | None) -> str | None:
    """The code ``lang.detect`` finds, from ``detected`` when it has seen the same sample.

    The corpus pass finishes a document a second time, and its later passes often keep
    the same lines as in the first run: the kept text, hence the language, is the same."""
    sample = text[:lang.SAMPLE_CHARS]  # all that detect() reads
    if detected is None:
        return lang.detect(sample, min_words).code
    key = (sample, min_words)
    if key not in detected:
        detected[key] = lang.detect(sample, min_words).code
    return detected[key]


_Measured = tuple[BlockStats, tuple[Hit, ...]]


class _RecentLines:
    """The measurements and line-rule hits of the lines analysed last, by language and text.

    Both are functions of a line's text and its language's stopwords alone, and a run
    meets the same lines again and again: the menus, footers and promos of one site, a
    page and the article cropped from it (more than half the lines of the evaluation set
    repeat an earlier one).  Holding them keeps those lines from being measured and
    matched again.  Memory is bounded: each line costs its length plus a fixed
    overhead, lines longer than ``max_line`` are never held (long paragraphs seldom
    recur), and the oldest lines go first once ``budget`` is spent.
    """

    def __init__(self, budget: int = 4_000_000, max_line: int = 5_000, overhead: int = 250) -> None:
        self._known: Recent[tuple[str | None, str], _Measured] = Recent(_text_of, budget, max_line, overhead)

    def measure(self, texts: list[str], code: str | None,
                stop: frozenset[str]) -> tuple[list[BlockStats], list[tuple[Hit, ...]]]:
        """``measure_all`` and ``line_hits`` of ``texts`` (``stop`` is ``code``'s stopwords)."""
        found = [self._known.get((code, t)) for t in texts]
        missing = [i for i, entry in enumerate(found) if entry is None]
        if missing:
            new = [texts[i] for i in missing]
            for i, text, st in zip(missing, new, measure_all(new, stop), strict=True):
                entry = (st, line_hits(text, st))
                self._known.put((code, text), entry)
                found[i] = entry
        known = [entry for entry in found if entry is not None]
        return [entry[0] for entry in known], [entry[1] for entry in known]

    @property
    def _spent(self) -> int:
        return self._known.spent


def _text_of(key: tuple[str | None, str]) -> str:
    return key[1]


_RECENT = _RecentLines()  # per process: each worker of a run holds its own


def finish(
    analysis: Analysis,
    *,
    config: Config = DEFAULT,
    corpus: CorpusIndex | None = None,
    rules: UserRules | None = None,
    encoding: str | None = None,
    detected: Detected | None = None,
) -> Result:
    """The corpus and user decisions, the context pass and the explanation.

    Decisions depend on neighbours, so removing lines can change the context of the
    others.  The passes repeat on the kept lines until nothing more is removed: the
    output is a fixed point, and cleaning it again changes nothing.  A line removed in
    a later pass says so in its evidence (``pass``).

    ``detected`` collects the languages identified on the way (the kept text changes);
    give it again to a later call on the same analysis and config to skip those.
    """
    prepared = analysis.prepared
    results: dict[int, BlockResult] = {}
    current = analysis
    for round_ in range(1, _MAX_PASSES + 1):
        blocks = current.prepared.blocks
        hits, finals = _decide(current, config, corpus, rules)
        removed = not all(final.keep for final in finals)
        # A line kept by a pass that removes others is decided again by the next one,
        # which replaces its explanation: only the last pass explains the kept lines.
        last = not removed or round_ == _MAX_PASSES
        for i, final in enumerate(finals):
            if last or not final.keep:
                results[blocks[i].index] = _explain(current, i, hits[i], final, round_)
        if not removed:
            break
        kept = tuple(b for b, final in zip(blocks, finals, strict=True) if final.keep)
        current = _analyse_blocks(Prepared(kept, prepared.fixes), config,
                                  analysis.language if analysis.forced else None, reuse=current,
                                  detected=detected)
    ordered = tuple(results[b.index] for b in prepared.blocks)
    return Result(
        text=render(prepared.blocks, [r.final.keep for r in ordered]),
        blocks=ordered,
        language=analysis.language,
        encoding=encoding,
        fixes=prepared.fixes,
    )


def _decide(analysis: Analysis, config: Config, corpus: CorpusIndex | None,
            rules: UserRules | None) -> tuple[list[tuple[Hit, ...]], list[Decision]]:
    """One pass of the corpus, user and context decisions over an analysis: every
    block's hits, strongest first, and its decision."""
    blocks = analysis.prepared.blocks
    texts = [b.text for b in blocks]
    stats, classes = analysis.stats, analysis.classes
    hits = list(analysis.hits)
    if corpus is not None:
        for i, t in enumerate(texts):
            if len(t.strip()) >= config.corpus_min_chars:
                found_hit = corpus.lookup(fingerprint(t), t)
                if found_hit is not None:
                    hits[i] = hits[i] + (found_hit,)
    if rules is not None:
        for i, t in enumerate(texts):
            dropped = rules.drop(t)
            if dropped is not None:
                hits[i] = (dropped,) + hits[i]
    hits = [h if len(h) < 2 else tuple(sorted(h, key=_strength_order)) for h in hits]
    counts = Counter(texts)
    originals = {h.evidence["copy_of_block"] for hs in hits for h in hs if "copy_of_block" in h.evidence}
    # (a row of three figure pairs or more, or a match's result, is no date's stamp:
    # "Quarters: 24:26, 27:20, 19:25, 28:21", "中国男篮 88:79 新西兰")
    stamped = [s.digit_share > 0 and STAMP.search(t) is not None and not score_row(t)
               for s, t in zip(stats, texts, strict=True)]
    toc = find_contents(texts, [s.words for s in stats], classes, hits,
                        min_entries=config.contents_min_entries, max_words=config.contents_max_words)
    entries, headings = (set(toc.entries), set(toc.headings)) if toc is not None else (set(), set())
    for i in headings:  # a section's heading copies its entry in the table: both stay
        hits[i] = tuple(h for h in hits[i] if h.rule is not RuleId.DUPLICATE
                        or h.evidence.get("copy_of_block") not in entries)
    datums = [datum(t) for t in texts]
    stamps = [d and only_stamp(t) for d, t in zip(stamped, texts, strict=True)]
    closers = [_CLOSERS(t) for t in texts]
    digits = [s.digit_share >= 0.3 for s in stats]  # mostly digits: a figure, a date, a table's cell
    # tables one cell a line: rows of the same shape of figures (amounts, times) and labels
    # (or a code mostly of digits with letters in it: a model number, "Core i7-1165G7")
    figures = [x or y or (z and any(c.isalpha() for c in t))
               for x, y, z, t in zip(datums, stamps, digits, texts, strict=True)]
    short = [_cell_like(s, h, x, f, config) for s, h, x, f in zip(stats, hits, closers, figures, strict=True)]
    wide = [not c and _cell_like(s, h, x, f, config, wide=True) and _FIELD_PAIR.match(t) is None
            for c, s, h, x, f, t in zip(short, stats, hits, closers, figures, texts, strict=True)]
    labels = [label(t, config.label_uncased_max_chars) for t in texts]
    headers = [lab and not x for lab, x in zip(labels, closers, strict=True)]
    lines = CellLines(short, wide, figures, digits, [not any(c.isalnum() for c in t) for t in texts], labels, headers)
    cells = {i for table in find_tables(lines, min_rows=config.table_min_rows,
                                        headed_min_rows=config.table_headed_min_rows,
                                        max_columns=config.table_max_columns)
             for i in table}
    # (and lists of details, a label over its value: "Weight" / "248g")
    allowed = [not (h and h[0].strength is Strength.STRONG) and not x and not s.sentence_end
               for h, x, s in zip(hits, closers, stats, strict=True)]
    cells.update(i for pairs in find_pairs(texts, allowed, labels, min_pairs=config.pairs_min,
                                           max_words=config.pair_value_max_words, distinct=config.pairs_distinct)
                 for i in pairs)
    # (and tables one row a line, the cells set apart by bars or tabs)
    cells.update(i for rows in find_rows(texts, min_rows=config.table_min_rows,
                                         max_cell_words=config.row_cell_max_words) for i in rows)
    in_code = braced(texts, [s.code_like for s in stats], config.braced_reach)
    fields = record_fields(texts, config.list_min_data)
    views = [
        BlockView(c, s.words, h, s.sentence_end, closers[i],
                  s.code_like or digits[i] or s.url_share > 0 or i in in_code, _ASKS.search(t) is not None,
                  _LEAD_IN.search(t) is not None, _ITEM.match(t) is not None, w,
                  counts[t] >= config.repeat_min_count, s.cut_off,
                  digits[i] and s.url_share == 0 and not d, s.commas,
                  counts[t] >= 2 or i in originals, d, datums[i],
                  s.words <= config.short_words and stamps[i],
                  s.words <= config.verdict_max_words and verdict_heading(t),
                  _name_line(t, s.sentence_end), i in entries, i in headings, i in cells, _number(t),
                  t.rstrip().endswith((";", "；")), i in fields, i > 0 and t.casefold() == texts[i - 1].casefold(),
                  _DASHED.match(t) is not None, s.words <= config.recipe_max_words and recipe_heading(t),
                  opening_clock(t))
        for i, (c, s, h, t, w, d) in enumerate(zip(classes, stats, hits, texts, analysis.continued, stamped,
                                                   strict=True))
    ]
    finals = decide(views, config)
    # A copy is removed to keep the first full one; when the context pass removes that
    # first one (a lead repeated in the header zone), a paragraph copy in the body stays.
    # (above the body's last line or touching it: one under it past furniture is a widget
    # printed twice, a site's description in its header and again in a box below)
    last = max((i for i, final in enumerate(finals) if final.keep), default=-1)
    orphans = [i for i, h in enumerate(hits) if classes[i] == "good" and _orphaned_copy(h, finals) is not None
               and (i < last or _touching_the_body(texts, hits, finals, i))]
    if orphans:
        _drop_copy_hits(orphans, hits, views)
        finals = decide(views, config)
    # A short copy (not text: a header line of a code example, a table's value) of a line
    # that stays inside the body is the body's too: the next example repeats the header
    # lines of the one before, and removed, they would cut the text below them off.
    # (each round may take more text in, and with it the lines the next copies repeat)
    inner_copies: dict[int, Hit] = {}
    while inner := [i for i in range(len(hits))
                    if classes[i] != "good" and not stats[i].cut_off and _copies_the_body(i, texts, hits, finals)]:
        inner_copies.update(_drop_copy_hits(inner, hits, views))
        finals = decide(views, config)
    for i, repeat in inner_copies.items():
        if finals[i].keep and finals[i].rule is RuleId.CONTENT:  # (said, for the review)
            finals[i] = Decision(True, RuleId.CONTENT, f"{finals[i].reason} (it {repeat.reason}, which stays too)",
                                 finals[i].stage, finals[i].evidence)
    # A shorter copy (a subheading, a list item: not text) would move the region if it
    # lost its hit, so it stays only where the body stands on both sides of it, and not
    # when it is cut short ("…": a teaser).
    for i, found in enumerate(hits):
        if classes[i] == "good" or stats[i].cut_off:
            continue
        copy = _orphaned_copy(found, finals)
        if copy is not None and _enclosed(texts, hits, finals, i):
            finals[i] = _kept_copy(finals[i], copy)
    if rules is not None:
        for i, t in enumerate(texts):
            reason = rules.keep(t)
            if reason is not None:
                finals[i] = Decision(True, RuleId.USER_KEEP, reason, Stage.USER, finals[i].evidence)
    return hits, finals


def _explain(analysis: Analysis, i: int, hits: tuple[Hit, ...], final: Decision, round_: int) -> BlockResult:
    """Block ``i`` of an analysis with its context-free and final decisions and their
    evidence; a line removed after the first pass says in which one."""
    evidence: dict[str, int | float | str | bool | None] = {**analysis.stats[i].as_evidence()}
    if analysis.density_high is not None:
        evidence["stop_density_threshold"] = round(analysis.density_high, 2)
    if i in analysis.phrased:
        evidence["phrase_run"] = True  # its class is its run's (``rules.phrases``)
    cls = analysis.classes[i]
    merged: dict[str, int | float | str | bool | None] = {**evidence, **final.evidence}
    if round_ > 1 and not final.keep:
        merged["pass"] = round_
    reason = final.reason
    # (a line a rule knows that recurs across the run too: its rule explains it, and the
    # recurrence is said beside it)
    recurs = next((h for h in hits if h.rule is RuleId.CORPUS), None) if final.rule is not RuleId.CORPUS else None
    if recurs is not None and not final.keep:
        reason = f"{reason}; it also {recurs.reason}"
        merged.update(recurs.evidence)
    return BlockResult(analysis.prepared.blocks[i], cls, hits, _context_free(cls, hits, evidence),
                       Decision(final.keep, final.rule, reason, final.stage, merged))


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


def _cell_like(stats: BlockStats, hits: tuple[Hit, ...], closer: bool, data: bool, config: Config, *,
               wide: bool = False) -> bool:
    """A line that may be a table's cell: shorter than ``short_words`` (twice that for an
    entry of ``data``, "8 cores, up to 2.4 GHz", or a ``wide`` cell of words: "Corte
    total. Desvío por C/ Nueva"; the caller leaves out a label's record, "Note: …"),
    closing no sentence (unless data, "58 proc.", or one word, "Pos."), no strong hit,
    no heading that opens comments or related links (``closer``)."""
    return stats.words < config.short_words * (2 if data or wide else 1) \
        and (data or not stats.sentence_end or stats.words <= 1) \
        and not (hits and hits[0].strength is Strength.STRONG) and not closer


def _number(text: str) -> int:
    """The number a numbered list item opens with ("3. ", "3) ", "[3] "), else 0."""
    found = _NUMBER.match(text)
    return int(found[1] or found[2]) if found else 0


def _orphaned_copy(hits: tuple[Hit, ...], finals: list[Decision]) -> Hit | None:
    """The block's duplicate hit when the line it copies is removed, else None."""
    for hit in hits:
        if hit.rule is RuleId.DUPLICATE:
            original = hit.evidence.get("copy_of_block", hit.evidence.get("quote_of_block"))
            return hit if isinstance(original, int) and not finals[original].keep else None
    return None


def _drop_copy_hits(indices: list[int], hits: list[tuple[Hit, ...]], views: list[BlockView]) -> dict[int, Hit]:
    """The duplicate hits of the blocks at ``indices`` dropped, from their hits and views;
    each block's dropped hit."""
    dropped: dict[int, Hit] = {}
    for i in indices:
        dropped.update((i, h) for h in hits[i] if h.rule is RuleId.DUPLICATE)
        hits[i] = tuple(h for h in hits[i] if h.rule is not RuleId.DUPLICATE)
        views[i] = replace(views[i], hits=hits[i])
    return dropped


def _copies_the_body(i: int, texts: list[str], hits: list[tuple[Hit, ...]], finals: list[Decision]) -> bool:
    """Block ``i``'s duplicate hit copies a line that is kept inside the body
    (``_enclosed``: the copy right under it, a title or a caption printed twice in a
    row, is no example's, and the line it copies stands next to a removed line)."""
    for hit in hits[i]:
        if hit.rule is RuleId.DUPLICATE:
            original = hit.evidence.get("copy_of_block")
            return isinstance(original, int) and finals[original].keep \
                and _enclosed(texts, hits, finals, original)
    return False


def _touching_the_body(texts: list[str], hits: list[tuple[Hit, ...]], finals: list[Decision], i: int) -> bool:
    """The nearest text block above or below ``i`` is kept, past furniture that a strong
    pattern removes wherever it stands (``_neighbours``)."""
    return any(j is not None and finals[j].keep for j in _neighbours(texts, hits, i))


def _neighbours(texts: list[str], hits: list[tuple[Hit, ...]], i: int) -> tuple[int | None, int | None]:
    """The nearest blocks above and below ``i`` past blank ones and furniture that a
    strong pattern removes wherever it stands (an advert's label, an in-body teaser)."""

    def aside(j: int) -> bool:
        return not texts[j].strip() or (bool(hits[j]) and hits[j][0].strength is Strength.STRONG
                                         and hits[j][0].rule is not RuleId.DUPLICATE)

    above = next((j for j in range(i - 1, -1, -1) if not aside(j)), None)
    below = next((j for j in range(i + 1, len(texts)) if not aside(j)), None)
    return above, below


def _enclosed(texts: list[str], hits: list[tuple[Hit, ...]], finals: list[Decision], i: int) -> bool:
    """The nearest text blocks above and below ``i`` are both kept, past furniture that
    a strong pattern removes wherever it stands (``_neighbours``): ``i`` stands inside
    the body."""
    above, below = _neighbours(texts, hits, i)
    return above is not None and below is not None and finals[above].keep and finals[below].keep


def _kept_copy(final: Decision, hit: Hit) -> Decision:
    """A subheading or list item that repeats a line removed elsewhere (a table of
    contents, a summary of key events above the text) stays where the body has it."""
    return Decision(True, RuleId.CONTENT, f"body text (it {hit.reason}, which is removed)",
                    Stage.CONTEXT, final.evidence)


def clean(text: str, **options: object) -> str:
    """The cleaned text of one document (see :func:`clean_and_explain` for options).

    >>> clean("Aller à…\\nLe ministère a publié lundi un rapport sur la situation dans la région.\\n")
    'Le ministère a publié lundi un rapport sur la situation dans la région.\\n'
    """
    return clean_and_explain(text, **options).text  # type: ignore[arg-type]


_ORDER = {Strength.STRONG: 0, Strength.EDGE: 1, Strength.WEAK: 2}


def _strength_order(hit: Hit) -> int:
    return _ORDER[hit.strength]


def _context_free(cls: str, hits: tuple[Hit, ...], evidence: Evidence) -> Decision:
    """The decision before neighbours are looked at: the strongest hit, else the class."""
    if hits:
        hit = hits[0]
        return Decision(False, hit.rule, f"{hit.reason} ({hit.strength.value})", Stage.RULE,
                        {**evidence, **hit.evidence})
    if cls == "bad":
        return Decision(False, RuleId.LOW_CONTENT, "few stopwords, not sentence-like",
                        Stage.RULE, evidence)
    return Decision(True, RuleId.CONTENT, f"{cls} block", Stage.RULE, evidence)
