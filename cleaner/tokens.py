"""Tokenisation shared by the statistics, the duplicate finder and the corpus pass.

Scripts written without spaces (Chinese, Japanese, Thai, ...) have no words to count,
so their length is measured in characters: two such characters count as one word, the
measure used to size the gold bodies of the evaluation set.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

from cleaner.memo import TextMemo

# Han, Hiragana, Katakana, Hangul syllables, Thai, Lao, Khmer, Myanmar: no spaces between words.
_UNSPACED = (
    "\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u4dbf"
    "\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff"
)
UNSPACED_CHAR = re.compile(f"[{_UNSPACED}]")


def _combining_marks() -> str:
    """A character-class body of the combining marks (Unicode categories Mn, Mc, Me) of
    the Basic Multilingual Plane outside the unspaced scripts.  ``\\w`` leaves them out,
    so without them a Hindi, Bengali or Tamil word falls apart at every vowel sign
    ("सार्वजनिक" would be four "words", none of them in the stoplist)."""
    unspaced = UNSPACED_CHAR.match
    marks = [c for c in range(0x300, 0x10000)
             if unicodedata.category(chr(c)) in ("Mn", "Mc", "Me") and not unspaced(chr(c))
             and not 0x20D0 <= c <= 0x20FF and not 0xFE00 <= c <= 0xFE0F]  # marks for symbols, emoji
    ranges: list[str] = []
    start = prev = marks[0]
    for c in [*marks[1:], -1]:
        if c != prev + 1:
            ranges.append(re.escape(chr(start)) + ("" if prev == start else "-" + re.escape(chr(prev))))
            start = c
        prev = c
    return "".join(ranges)


_MARKS = _combining_marks()
# A word of a spaced script: letters and digits with their combining marks (a mark on no
# letter, like the variation selector of an emoji, is no word).
SPACED_WORD = re.compile(f"[^\\W{_UNSPACED}](?:[^\\W{_UNSPACED}]|[{_MARKS}])*")
# The e-mail branch starts only at a token start or after an "@" and never crosses an
# "@": "\S+@\S+" backtracked quadratically on long tokens (a megabyte of base64).
# (a name called or its attribute read, "@cached(ttl=300)", "@app.get(", is a decorator's
# code, no handle)
URLISH = re.compile(r"(?:https?://|www\.)\S+|(?<![^\s@])[^\s@]+@[^\s@]+\.\w+|(?<!\w)[@#]\w++(?!\(|\.\w)",
                    re.IGNORECASE)
# What normalizing drops: a run of anything but letters, digits and combining marks.
# (``_`` is a word character to the engine: it is made a space before the search.)  The
# pattern opens with a class rather than a group, so the engine skips from one candidate
# character to the next in a tight loop instead of trying the pattern at every position.
_NORM_DROP = re.compile(f"[^\\w{_MARKS}][^\\w{_MARKS}]*")
# Every URLISH match holds one of these: a cheap scan rules out most lines.
_URL_SIGN = re.compile(r"[@#]|http|www\.", re.IGNORECASE)


# a word of a spaced script, or one character of a script without spaces
_WORD_OR_CHAR = re.compile(f"{UNSPACED_CHAR.pattern}|{SPACED_WORD.pattern}")


def words_and_chars(text: str) -> list[str]:
    """The words of spaced scripts and the characters of unspaced ones, in order: the
    units in which two lines are compared word by word, whatever their script."""
    return _WORD_OR_CHAR.findall(text)


def unspaced_chars(text: str) -> int:
    return len(UNSPACED_CHAR.findall(text))


def spaced_words(text: str) -> list[str]:
    return SPACED_WORD.findall(text)


def word_count(text: str) -> float:
    """Words in spaced scripts plus half the characters of unspaced scripts."""
    return len(spaced_words(text)) + unspaced_chars(text) / 2


def count_urls(text: str) -> int:
    """``len(URLISH.findall(text))``, without the search on lines that cannot match."""
    return len(URLISH.findall(text)) if _URL_SIGN.search(text) else 0


def normalize(text: str) -> str:
    """Case-folded letters and digits only: the key for "the same line, nearly"."""
    return _NORMALIZED(text)


def fingerprint(text: str) -> int:
    """A stable 64-bit fingerprint of a line's normalized text."""
    return _FINGERPRINTS(text)


def _normalize(text: str) -> str:
    """Runs of characters other than letters, digits and marks (``_`` among them) become
    one space; replacing ``_`` by a space first changes no run's extent."""
    return _NORM_DROP.sub(" ", text.casefold().replace("_", " ")).strip()


def _fingerprint(text: str) -> int:
    digest = hashlib.blake2b(normalize(text).encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(digest, "big")


# Both are asked for the same lines in every pass over a document (the duplicate finder,
# the corpus fingerprints and lookups), and for the lines recurring across a run.
_NORMALIZED = TextMemo(_normalize, budget=1_000_000)
_FINGERPRINTS = TextMemo(_fingerprint, budget=1_000_000)
