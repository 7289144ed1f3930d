"""Measurements of one block, the evidence behind the statistical decisions; and one of a
document's lines together: which lines stand inside a block of code in braces
(``braced``), whatever each reads like alone."""

from __future__ import annotations

import re
from dataclasses import dataclass

from cleaner.config import Config
from cleaner.model import quick_init
from cleaner.tokens import UNSPACED_CHAR, URLISH, count_urls, spaced_words

# Full stops of other scripts too: Devanagari and Bengali danda, Arabic question mark,
# Urdu full stop, Armenian, Ethiopic, Myanmar, Khmer and Tibetan stops, half-width and
# full-width CJK stops.
STOPS = "।॥؟۔։።။។།｡．"
# What may follow a sentence's last stop: closing quotes of every convention ("…", «…»,
# „…“ in German and Czech, »…« in Danish, ‹…›) and closing brackets; French sets its
# closing guillemet off by a space ("« … aux voisins. »"; a link's arrow after a
# headline, "… en 2012 ? »", opens no quote).
CLOSING = "\"'»”’“‘›«)\\]）」』"
# A signature in brackets after the full stop ("… opens next year. (AP)", "…開業。(曉明)")
# still closes the sentence, and so do footnote marks ("… in 1994.[8][9]"); a count
# ("Poll question? (27)") does not make one.
_SENTENCE_END = re.compile(f"(?:«[^«»]*[.!?…][ \u00a0\u202f]»|[.!?…。！？；;:{STOPS}][{CLOSING}]*(?:\\[\\d{{1,3}}\\])*)"
                           f"(?:\\s?[(（][^\\W\\d_][^()（）]{{0,23}}[)）])?$")
_TERMINAL_PUNCT = re.compile(f"[.!?…。！？{STOPS}]")
# A teaser cut short: "… (3)", "...", or "…" and a few words of a link ("… Read more").
_CUT_OFF = re.compile(r"(?:\.\.\.|…)(?:[\s\d\W]{0,12}|\s*[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*){0,3}\s*)$")
# a line of an SQL statement: a clause's keyword in capitals, then names, figures or
# operators, not more capitals ("FROM orders", "LIMIT 20;"; not "SELECT COMMITTEE REPORT")
_SQL_SHAPE = re.compile(r"(?:(?:SELECT|FROM|WHERE|ORDER BY|GROUP BY|HAVING|LIMIT|OFFSET|(?:LEFT |RIGHT |INNER |"
                        r"OUTER |CROSS )?JOIN|INSERT INTO|VALUES|UPDATE|DELETE FROM|CREATE (?:UNIQUE )?"
                        r"(?:TABLE|INDEX|VIEW|STATISTICS)|ALTER TABLE|DROP (?:TABLE|INDEX)|UNION(?: ALL)?|"
                        r"RETURNING|ANALYZE|EXPLAIN) (?:[a-z_*(\d'\"`]|[A-Z]\w*[(.=])"
                        # (a conjunction opens a condition: a name, then an operator)
                        r"|(?:AND|OR|ON|SET) [\w.]+ ?(?:[=<>!,]|IN |IS |LIKE ))")
# with Arabic, Ethiopic and Myanmar commas, and a dash between spaces ("9 June – Petra Theatre")
_INNER_PUNCT = re.compile(r"[,;:，、；：،؛፣၊]| [–—] ")
_CODE_CHARS = re.compile(r"[{}()\[\];=<>$\\|&*/+]")
# a figure in brackets after a word of prose, not after a name of code ("台塑(1301)收82.9元",
# "Apple (2.3%)"; "exit(1)" and "501(c)(3)" are no prose): in a line as long as a
# paragraph's sentence, its two marks are no code's (a label's count, "Comments (7)",
# stays as it was: a widget's line)
_BRACKETED_FIGURE = re.compile(r"(?<![A-Za-z0-9_.)])\(\d[\d.,%]*+\)")
_PROSE_MIN_CHARS = 40
# (a footnote's number, "[2] Including the scheme launched in 2014.", opens no code, nor
# a label of one word or two over the words or the figures it opens: "[导读]截至22日…",
# "[Updated] The …", "[本报讯 新车速递] 2024年…")
_CODE_SHAPE = re.compile(r"^\s*(?:</?[a-zA-Z!][^>]{0,200}>"
                         r"|(?!\[\d{1,3}\] [^\W\d_]|\[[^\W\d_]{1,12}(?: [^\W\d_]{1,12})?\] ?[^\W_])[{}\]\[;]"
                         r"|//|/\*|\*|#include|(?:async )?def |"
                         r"var |let |const |return\b|import |from \S+ import|if ?\(|for ?\(|function\b)")
# A module imported, which needs none of the marks: "import os", "from app.cache import
# MemoryCache, cached" (a sentence opens in upper case)
_IMPORT = re.compile(r"(?:from [\w.]++ )?import [\w.]++(?: as \w++)?(?:, ?[\w.]++(?: as \w++)?)*+")

# Shell and configuration lines, which carry too few of those marks: a prompt over a
# command ("$ sudo systemctl daemon-reload"), an assignment or a unit file's key
# ("KEEP_DAYS=14", "Type=oneshot"), a closing bracket alone ("}", ");"), a key opening an
# object or a list (a JSON or YAML sample a key a line: "rekt: {", "list: ["); or a lower-case
# command with an option ("set -euo pipefail", "du -sh /var/backups": ``_COMMAND`` then
# ``_OPTION``).
_SHELL_SHAPE = re.compile(r"\$ [a-z]|[A-Za-z_][\w.]*=\S|[{}()\[\];,]+$|[\"']?[A-Za-z_][\w.-]*[\"']?\s*:\s*[\[{]\s*$")
_COMMAND = re.compile(r"[a-z][\w.-]* ")
_OPTION = re.compile(r" --?[a-zA-Z]")
# A heading with its section's edit link glued on ("Rolling stock[edit]", "Historia[edytuj
# | edytuj kod]"): words, then words in brackets; code when it opens in lower case
# ("list[PartInfo]").
_HEADING_LINK = re.compile(r"[^\W\d_][^\[\]{}()<>;=$\\|&*/+]*\[[^\W\d_]+(?:[ |]+[^\W\d_]+)*\]")


@quick_init
@dataclass(frozen=True, slots=True)
class BlockStats:
    chars: int
    words: float  # spaced words + unspaced characters / 2
    stop_density: float  # share of words (or unspaced chars) that are stopwords
    url_share: float  # share of tokens that are URLs, e-mails, @handles or #tags
    digit_share: float  # share of non-space characters that are digits
    upper_share: float  # share of letters that are upper-case
    sentence_end: bool  # ends like a sentence
    sentences: int  # terminal punctuation marks inside the line
    commas: int  # inner punctuation marks
    unspaced: bool  # measured in characters (Chinese, Japanese, ...)
    code_like: bool  # shaped like program code or markup
    cut_off: bool  # ends with an ellipsis: a teaser cut short, not a paragraph

    # A constructor call, like model.Hit.__reduce__: the corpus pass spools one per line.
    def __reduce__(self) -> tuple[type[BlockStats], tuple[object, ...]]:
        return BlockStats, (self.chars, self.words, self.stop_density, self.url_share, self.digit_share,
                            self.upper_share, self.sentence_end, self.sentences, self.commas, self.unspaced,
                            self.code_like, self.cut_off)

    def as_evidence(self) -> dict[str, float | int | bool]:
        return {
            "words": round(self.words, 1),
            "stop_density": round(self.stop_density, 2),
            "url_share": round(self.url_share, 2),
            "sentence_end": self.sentence_end,
        }


def measure(text: str, stopwords: frozenset[str]) -> BlockStats:
    words = spaced_words(text)
    han = UNSPACED_CHAR.findall(text)
    n_words = len(words) + len(han) / 2
    unspaced = len(han) > len(words)
    is_stop = stopwords.__contains__
    if unspaced:
        stop = sum(map(is_stop, han)) / len(han) if han else 0.0
    else:
        stop = sum(map(is_stop, map(str.lower, words))) / len(words) if words else 0.0
    tokens = text.split()
    urls = len(URLISH.findall(text))
    visible = sum(map(len, tokens))  # str.split() splits on exactly str.isspace()
    digits, letters, upper = _char_counts(text)
    return BlockStats(
        chars=len(text),
        words=n_words,
        stop_density=stop,
        url_share=_url_share(urls, len(tokens), n_words, unspaced),
        digit_share=digits / visible if visible else 0.0,
        upper_share=upper / letters if letters else 0.0,
        sentence_end=bool(_SENTENCE_END.search(text)),
        sentences=len(_TERMINAL_PUNCT.findall(text)),
        commas=len(_INNER_PUNCT.findall(text)),
        unspaced=unspaced,
        code_like=_code_like(text, visible),
        cut_off=_cut_off(text),
    )


def _url_share(urls: int, tokens: int, words: float, unspaced: bool) -> float:
    """The share of a line's tokens that are links, counted against its words when its
    script has no spaces: such a line is one token, and "（#1000）" in a Japanese
    sentence would make all of it a link."""
    if not tokens:
        return 0.0
    return urls / (max(tokens, words) if unspaced else tokens)


def _cut_off(text: str) -> bool:
    """``_CUT_OFF`` finds an ellipsis at the end; most lines hold none at all, and the
    substring tests say so faster than the search, which tries every full stop.  Dots
    leading to a page number ("2. Terminology........3": a table of contents) are no
    ellipsis."""
    return ("..." in text or "…" in text) and not toc_entry(text) and _CUT_OFF.search(text) is not None


def toc_entry(text: str) -> bool:
    """Dots leading to a page number at the end: an entry of a table of contents
    ("2. Terminology.....3").  String methods, not a search: a line of dots is cheap."""
    line = text.rstrip()
    number = line.rstrip("0123456789")
    return 0 < len(line) - len(number) <= 4 and number.rstrip().endswith("....")


# An "embed this" box: a long line of HTML (tags with the article's text inside them).
_MARKUP_START = re.compile(r"\s*</?[a-zA-Z]")
_MARKUP_TAG = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]{0,200})?/?>")


def braced(texts: list[str], code_like: list[bool], reach: int) -> set[int]:
    """The lines inside blocks of code between a code-like line that ends with "{" and
    the line that opens with the "}" closing it, at most ``reach`` lines down: a
    configuration's directives ("rotate 14", "compress") and a function's statements,
    which carry few marks of code of their own (blocks inside blocks count as one)."""
    inside: set[int] = set()
    i, n = 0, len(texts)
    while i < n:
        if not (code_like[i] and texts[i].rstrip().endswith("{")):
            i += 1
            continue
        depth, j = 1, i + 1
        while j < n and j <= i + reach:
            line = texts[j].strip()
            if line.startswith("}"):
                depth -= 1
                if depth == 0:
                    break
            elif line.endswith("{"):
                depth += 1
            j += 1
        if depth == 0 and j < n and j <= i + reach:
            inside.update(range(i + 1, j))
            i = j + 1
        else:
            i += 1
    return inside


# a block of code or configuration opening under a name and a brace ("dependencies {",
# "location / {", "@media print {"): a name in lower case or a selector, a word or two
# more, then the brace that ends the line (prose opens with a capital: "A brace left open {")
_BLOCK_OPEN = re.compile(r"^\s*+[a-z_.#@$:][\w.#:@$-]*+(?: [^\s{}]++){0,2}+ ?\{\s*+")


def _code_like(text: str, visible: int) -> bool:
    if not visible:
        return False
    if len(text) > 300:
        return _MARKUP_START.match(text) is not None and len(_MARKUP_TAG.findall(text[:2000])) >= 3
    if not text[0].islower() and _HEADING_LINK.fullmatch(text) is not None:
        return False
    if _BLOCK_OPEN.fullmatch(text) is not None or _IMPORT.fullmatch(text) is not None:
        return True
    marks = len(_CODE_CHARS.findall(text))
    if marks >= 2 and visible >= _PROSE_MIN_CHARS and "(" in text:
        marks -= 2 * len(_BRACKETED_FIGURE.findall(text))
    if marks >= 2 and (marks / visible >= 0.08 or _CODE_SHAPE.match(text) is not None):
        return True
    if _SHELL_SHAPE.match(text) is not None or (_COMMAND.match(text) is not None and _OPTION.search(text) is not None):
        return True
    return text[:1].isupper() and _SQL_SHAPE.match(text) is not None


def measure_all(texts: list[str], stopwords: frozenset[str]) -> list[BlockStats]:
    """``[measure(t, stopwords) for t in texts]``, computed column by column: each
    measurement runs over all lines in one C-level loop instead of one call per line."""
    is_stop = stopwords.__contains__
    results: list[BlockStats] = []
    columns = zip(
        texts,
        map(spaced_words, texts),
        map(UNSPACED_CHAR.findall, texts),
        map(str.split, texts),
        map(count_urls, texts),
        map(_SENTENCE_END.search, texts),
        map(len, map(_TERMINAL_PUNCT.findall, texts)),
        map(len, map(_INNER_PUNCT.findall, texts)),
        map(_char_counts, texts),
        strict=True,
    )
    for text, words, han, tokens, urls, end, sentences, commas, chars in columns:
        unspaced = len(han) > len(words)
        if unspaced:
            stop = sum(map(is_stop, han)) / len(han) if han else 0.0
        else:
            stop = sum(map(is_stop, map(str.lower, words))) / len(words) if words else 0.0
        visible = sum(map(len, tokens))
        digits, letters, upper = chars
        n_words = len(words) + len(han) / 2
        results.append(BlockStats(
            len(text), n_words, stop,
            _url_share(urls, len(tokens), n_words, unspaced),
            digits / visible if visible else 0.0,
            upper / letters if letters else 0.0,
            end is not None, sentences, commas, unspaced,
            _code_like(text, visible), _cut_off(text),
        ))
    return results


_ASCII_DIGITS = b"0123456789"
_ASCII_LETTERS = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
_ASCII_UPPER = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def _char_counts(text: str) -> tuple[int, int, int]:
    """Digits (``isdigit``), letters (``isalpha``) and upper-case letters of a line."""
    if text.isascii():
        raw = text.encode("ascii")
        n = len(raw)
        return (n - len(raw.translate(None, _ASCII_DIGITS)),
                n - len(raw.translate(None, _ASCII_LETTERS)),
                n - len(raw.translate(None, _ASCII_UPPER)))
    letters = list(filter(str.isalpha, text))
    return sum(map(str.isdigit, text)), len(letters), sum(map(str.isupper, letters))


def classify(stats: BlockStats, has_stoplist: bool, config: Config) -> str:
    """jusText-style context-free class: ``good``, ``near``, ``short``, ``bad``, or
    ``code`` (program code or markup: body in a technical article, so it is left to its
    neighbours like a short block, never judged by stopwords)."""
    if stats.url_share > config.max_url_share:
        return "bad"
    # (a long code-like line is markup around text: code, however many stopwords it holds)
    if stats.code_like and (stats.stop_density < config.stop_density_high or stats.chars > 300):
        return "code"
    # (an ellipsis alone, a listing's elided part, holds no text cut short: a short line)
    if stats.cut_off and config.cut_off_is_bad and stats.words > 0:
        return "bad"
    if stats.words < config.short_words:
        return "short"
    high = config.unspaced_stop_density_high if stats.unspaced else config.stop_density_high
    low = config.unspaced_stop_density_low if stats.unspaced else config.stop_density_low
    if not has_stoplist:
        # No stopword list: judge by sentence shape alone.  Thai and Lao mark sentences
        # with spaces, not punctuation: there a long block is shaped like text.
        shaped = (stats.sentence_end or stats.commas >= 2
                  or (stats.unspaced and stats.words >= 2 * config.good_words))
        if stats.words >= config.good_words and shaped:
            return "good"
        return "near" if shaped else "bad"
    if stats.stop_density >= high:
        return "good" if stats.words >= config.good_words or stats.sentence_end else "near"
    if stats.stop_density >= low:
        return "near"
    return "bad"


# Lines of a wrapped paragraph are long on average (a width of 60 to 80 characters); a
# run of short lower-case items ("до 18 лет" / "от 18 до 24": poll options, a menu) is
# a list, judged line by line.
_WRAP_MIN_MEAN = 30
# ... unless the run of short lines ends a sentence: verse, or a sentence broken into lines.
_CLOSED_SENTENCE = re.compile(f"[.!?…。！？{STOPS}][{CLOSING}]*\\s*$")
# A line of Chinese or Japanese ending with a comma goes on in the next (scripts without
# case: a TV transcript or a poem set a clause a line)
_CJK_COMMAS = ("，", "、")
_WRAP_END = re.compile(f"[.!?…。！？;\"»”{STOPS}]\\s*$")


def wrapped_groups(texts: list[str]) -> list[tuple[int, int]]:
    """[start, end) spans of lines that are one hard-wrapped paragraph: a line that does
    not close its sentence followed by one that opens in lower case (RFCs, mailing lists,
    e-mails saved as text), or a line of a script without case that ends with a comma.
    Short lines join only when the last one closes the sentence (verse); otherwise they
    are a list of items, and so are lines under a short one ("Cons:" over its items in
    lower case: a hard wrap's lines are long but for the last).  Single lines are spans
    of one."""
    spans: list[tuple[int, int]] = []
    start = 0
    for i in range(1, len(texts) + 1):
        # (each test only where the one before it holds: most lines open in upper case,
        # and most groups are one line)
        if i < len(texts) and (texts[i].lstrip()[:1].islower() or texts[i - 1].rstrip().endswith(_CJK_COMMAS)):
            prev = texts[i - 1].rstrip()
            # a colon closing a short line goes on ("и стало ясно: / мы будем выше."),
            # closing a long one it announces a list ("… будет удален, если он:")
            if not _WRAP_END.search(prev) and not (prev.endswith(":") and len(prev.lstrip()) > _WRAP_MIN_MEAN):
                continue
        if i - start > 1 and not _CLOSED_SENTENCE.search(texts[i - 1]) \
                and (sum(len(t.strip()) for t in texts[start:i]) < _WRAP_MIN_MEAN * (i - start)
                     or min(len(t.strip()) for t in texts[start:i - 1]) < _WRAP_MIN_MEAN):
            spans.extend((k, k + 1) for k in range(start, i))  # a list of short items
        else:
            spans.append((start, i))
        start = i
    return spans
