"""The duplicated lead: a paragraph or title printed twice in one document.

Two lines are copies when their normalized text (case-folded words) is equal, when one
is a truncated start of the other ("… паллиативной п…"), when one is the other behind a
short dateline or agency tag, or when their word sets are nearly equal.  The first
*full* copy stays: a truncated teaser before the full paragraph is the one removed.  A
line of a hard-wrapped paragraph that the next line goes on with is no teaser cut short,
whatever longer line it opens (a newspaper page as text, a column a line).
Lines shorter than ``duplicate_min_words`` may repeat legitimately (code, table cells,
list items) and are never compared, nor are lines mostly of figures (a table's cells,
"2.4.0 bis 2.7.3") or the entries of a table of contents (their headings follow).
Candidates are bucketed by their first and last words (and, when short, first and last
characters), so the cost is linear in the number of lines rather than quadratic.

A pull quote (``find_pull_quotes``) is a line opening with a quotation mark whose words
stand inside a longer line above it, in a few long runs: the article's own sentences set
large to catch the eye.  The paragraph stays; the copy goes, and no word of the text
with it.  A quote over the section that holds it (a subheading taken from it) stays:
only a source above counts.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from cleaner.config import Config
from cleaner.model import Hit, RuleId, Strength
from cleaner.stats import STOPS, toc_entry
from cleaner.tokens import normalize, words_and_chars

_KEY_WORDS = 4
_PREFIX_WORDS = 4
_ELLIPSIS = re.compile(r"(?:…|\.\.\.)\W*$")
_CLOSED = re.compile(f"[.!?。！？{STOPS}\"»”’)]\\W*$")
# what a pull quote opens with, past spaces: any quotation mark
_OPENING_QUOTE = re.compile(r"\s*[\"'«»“”„‘’‚‹›「『]")


def _jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a or b else 1.0


def find_duplicates(
    texts: list[str], word_counts: list[float], line_numbers: list[int], config: Config,
    continued: frozenset[int] = frozenset(),
) -> dict[int, Hit]:
    """Map block index -> hit for every block that repeats an earlier or fuller one.
    A line that the next one continues (``continued``: a hard-wrapped paragraph's) is
    no teaser cut short, whatever longer line it opens."""
    hits: dict[int, Hit] = {}
    norms: dict[int, str] = {}
    buckets: dict[tuple[str, ...], list[int]] = defaultdict(list)
    min_words = config.duplicate_min_words
    for i, text in enumerate(texts):
        if word_counts[i] < min_words or toc_entry(text):
            continue
        norm = normalize(text)
        if not norm:
            continue
        toks = norm.split()
        if 2 * sum(map(str.isdigit, toks)) > len(toks):
            continue  # mostly figures: a table's cell ("2.4.0 bis 2.7.3" for two models)
        norms[i] = norm
        # not a set: buckets are visited in insertion order, and the order must not depend
        # on the hash seed, or "repeats line N" could name a different N per run (the keys
        # of a line differ by their labels)
        buckets["head", *toks[:_KEY_WORDS]].append(i)
        buckets["tail", *toks[-_KEY_WORDS:]].append(i)
        if len(norm) < 400:
            # a single long token (Chinese) or a truncated copy only shares its start, a
            # copy behind a dateline only its end
            buckets["prefix", norm[:24]].append(i)
            buckets["suffix", norm[-24:]].append(i)
    for members in buckets.values():
        if len(members) < 2:
            continue
        for pos, j in enumerate(members):
            if j in hits:
                continue
            for i in members[:pos]:
                if i in hits:
                    continue
                verdict = _compare(_Line(texts[i], norms[i]), _Line(texts[j], norms[j]), config)
                if verdict is None or (verdict == "truncated-first" and i in continued) \
                        or (verdict == "truncated" and j in continued):
                    continue
                loser, winner, how = (j, i, verdict) if verdict != "truncated-first" else (i, j, verdict)
                hits[loser] = Hit(
                    RuleId.DUPLICATE,
                    Strength.STRONG,
                    f"repeats line {line_numbers[winner]}" + ("" if how == "same" else f" ({how})"),
                    {"copy_of_line": line_numbers[winner], "copy_of_block": winner, "match": how},
                )
                if loser == j:
                    break
    return hits


@dataclass(frozen=True, slots=True)
class _Line:
    raw: str
    norm: str


def _compare(first: _Line, second: _Line, config: Config) -> str | None:
    """How ``second`` (later) relates to ``first``: a copy, or which one is truncated."""
    if first.norm == second.norm:
        return "same"
    if len(first.norm) < len(second.norm) and second.norm.startswith(first.norm) and _truncated(first, second):
        return "truncated-first"
    if len(second.norm) < len(first.norm) and first.norm.startswith(second.norm) and _truncated(second, first):
        return "truncated"
    if _prefixed(first.norm, second.norm) or _prefixed(second.norm, first.norm):
        return "the same after a dateline"
    a, b = set(first.norm.split()), set(second.norm.split())
    if min(len(a), len(b)) >= 6 and _jaccard(a, b) >= config.near_duplicate_jaccard:
        return "nearly the same"
    return None


def _prefixed(text: str, longer: str) -> bool:
    """``longer`` is ``text`` behind a short opening: a dateline or an agency's tag
    ("新浪科技訊 北京時間…" after "北京時間…"), at most ``_PREFIX_WORDS`` words and a
    fifth of the line."""
    if len(longer) <= len(text) or not longer.endswith(text):
        return False
    opening = longer[: len(longer) - len(text)]
    return not opening[-1:].isalnum() and len(opening.split()) <= _PREFIX_WORDS and len(opening) * 5 <= len(longer)


def _truncated(short: _Line, long: _Line) -> bool:
    """A cut-off teaser of the longer line: it ends without closing its sentence (or with
    an ellipsis) and keeps a good part of the text.  A complete sentence that opens a
    longer paragraph is not a copy of it: both stay."""
    cut = _ELLIPSIS.search(short.raw) is not None or _CLOSED.search(short.raw) is None
    return cut and (len(short.norm) >= 0.5 * len(long.norm) or len(short.norm) >= 120)


def find_pull_quotes(texts: list[str], word_counts: list[float], line_numbers: list[int],
                     candidates: Iterable[int], config: Config) -> dict[int, Hit]:
    """Map block index -> hit for every pull quote among ``candidates``: a line opening
    with a quotation mark, ``pull_quote_min_words`` words or more, whose words all stand
    in one longer line above it, in at most ``pull_quote_max_pieces`` runs of
    ``pull_quote_piece_words`` words or more each (a quote set around its attribution:
    '"If she's late, the cake's late," says …, "If she stops, we all stop."'; a
    character of a script without spaces counts as a word).  The hit weighs as
    furniture inside the body (``inline``): a pull quote marks no zone of the page."""
    quoted = [i for i in candidates if word_counts[i] >= config.pull_quote_min_words and _OPENING_QUOTE.match(texts[i])]
    if not quoted:
        return {}
    # a line shorter than a pull quote holds none: it is left out of the search
    least = config.pull_quote_min_words
    keyed = [f" {' '.join(words_and_chars(text.casefold()))} " if count >= least else " "
             for text, count in zip(texts, word_counts, strict=True)]
    starts: list[int] = []
    offset = 0
    for key in keyed:
        starts.append(offset)
        offset += len(key) + 1
    joined = "\n".join(keyed)
    hits: dict[int, Hit] = {}
    for i in quoted:
        source = _source_above(joined, starts, keyed, i, config)
        if source is not None:
            hits[i] = Hit(RuleId.DUPLICATE, Strength.STRONG,
                          f"a pull quote: its words stand in line {line_numbers[source]} above",
                          {"quote_of_line": line_numbers[source], "quote_of_block": source,
                           "match": "pull quote", "inline": True})
    return hits


def _source_above(joined: str, starts: list[int], keyed: list[str], i: int, config: Config) -> int | None:
    """The first line above ``i``, longer than it, that holds its words in pieces
    (``_pieced``); or None.  Only lines holding its first piece's opening are tried."""
    words = keyed[i].split()
    if len(words) < config.pull_quote_piece_words:
        return None
    opening = f" {' '.join(words[:config.pull_quote_piece_words])} "
    pos = joined.find(opening, 0, starts[i])
    while pos != -1:
        j = bisect_right(starts, pos) - 1
        if len(keyed[j]) > len(keyed[i]) and _pieced(words, keyed[j], config):
            return j
        pos = joined.find(opening, starts[j + 1], starts[i])
    return None


def _pieced(words: list[str], key: str, config: Config) -> bool:
    """All of ``words`` stand in ``key`` (a line's words between spaces) as at most
    ``pull_quote_max_pieces`` runs, each the longest from where the last one ended and
    ``pull_quote_piece_words`` words or more, in any order."""
    start = pieces = 0
    least = config.pull_quote_piece_words
    while start < len(words):
        end = start + least
        if end > len(words) or pieces == config.pull_quote_max_pieces \
                or f" {' '.join(words[start:end])} " not in key:
            return False
        while end < len(words) and f" {' '.join(words[start:end + 1])} " in key:
            end += 1
        pieces += 1
        start = end
    return True
