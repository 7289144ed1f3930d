"""Tokenisation shared by the statistics, the duplicate finder and the corpus pass.

Scripts written without spaces (Chinese, Japanese, Thai, ...) have no words to count,
so their length is measured in characters: two such characters count as one word, the
measure used to size the gold bodies of the evaluation set.
"""

from __future__ import annotations

import hashlib
import re

from cleaner.memo import TextMemo

WORD = re.compile(r"\w+")
# Han, Hiragana, Katakana, Hangul syllables, Thai, Lao, Khmer, Myanmar: no spaces between words.
_UNSPACED = (
    "\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u4dbf"
    "\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff"
)
UNSPACED_CHAR = re.compile(f"[{_UNSPACED}]")
SPACED_WORD = re.compile(f"[^\\W{_UNSPACED}]+")
# The e-mail branch starts only at a token start or after an "@" and never crosses an
# "@": "\S+@\S+" backtracked quadratically on long tokens (a megabyte of base64).
URLISH = re.compile(r"(?:https?://|www\.)\S+|(?<![^\s@])[^\s@]+@[^\s@]+\.\w+|(?<!\w)[@#]\w+",
                    re.IGNORECASE)
_NORM_DROP = re.compile(r"[\W_]+")
# Every URLISH match holds one of these: a cheap scan rules out most lines.
_URL_SIGN = re.compile(r"[@#]|http|www\.", re.IGNORECASE)


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
    return _NORM_DROP.sub(" ", text.casefold()).strip()


def _fingerprint(text: str) -> int:
    digest = hashlib.blake2b(normalize(text).encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(digest, "big")


# Both are asked for the same lines in every pass over a document (the duplicate finder,
# the corpus fingerprints and lookups), and for the lines recurring across a run.
_NORMALIZED = TextMemo(_normalize, budget=1_000_000)
_FINGERPRINTS = TextMemo(_fingerprint, budget=1_000_000)
