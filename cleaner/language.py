"""Language of a document and its stopword list.

Identification uses py3langid's model (offline, a small n-gram model shipped in the
wheel) through ``cleaner.identify``, loaded only when a document needs it.  Stopword
lists are jusText's (about 100 languages, plain text, one word per line), read as data
from the installed jusText package without importing it (that import pulls in lxml);
Chinese and Japanese, which jusText lacks, come from ``cleaner/data/stopwords``.
"""

from __future__ import annotations

import importlib.util
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from cleaner.tokens import UNSPACED_CHAR, spaced_words, unspaced_chars

SAMPLE_CHARS = 4000  # identification reads a document's first characters only
_HAN_KANA = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


@dataclass(frozen=True, slots=True)
class Language:
    code: str | None  # ISO 639-1, or None when unknown
    confidence: float  # 0..1; 1.0 when forced by the caller
    forced: bool = False


@lru_cache(maxsize=1)
def _codes() -> dict[str, str]:
    table: dict[str, str] = {}
    text = resources.files("cleaner.data").joinpath("languages.tsv").read_text("utf-8")
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].strip()
        if line:
            code, name = line.split("\t")
            table[code] = name
    return table


def _justext_stoplist_dir() -> Path | None:
    spec = importlib.util.find_spec("justext")
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations))) / "stoplists"


@lru_cache(maxsize=64)
def stopwords(code: str | None) -> frozenset[str]:
    """The stopword list of a language (lower-case), empty when there is none."""
    if code is None:
        return frozenset()
    name = _codes().get(code)
    if name is None:
        return frozenset()
    own = resources.files("cleaner.data").joinpath("stopwords", f"{name}.txt")
    if own.is_file():
        text = own.read_text("utf-8")
    else:
        folder = _justext_stoplist_dir()
        path = folder / f"{name}.txt" if folder else None
        if path is None or not path.is_file():
            return frozenset()
        text = path.read_text("utf-8")
    return frozenset(
        w.strip().lower() for w in text.splitlines() if w.strip() and not w.startswith("#")
    )


def is_unspaced(code: str | None) -> bool:
    return code in {"zh", "ja", "th", "lo", "km", "my"}


@lru_cache(maxsize=1)
def _identifier() -> Any:
    from cleaner import identify  # py3langid's model and answers, vectorised (NumPy)

    return identify.load()


def detect(text: str, min_words: int = 6) -> Language:
    """Identify the language of a whole document; ``code`` is None when the text is too
    short to tell."""
    sample = text[:SAMPLE_CHARS]
    if len(spaced_words(sample)) + unspaced_chars(sample) / 2 < min_words:
        return Language(None, 0.0)
    if UNSPACED_CHAR.search(sample):
        han = len(_HAN_KANA.findall(sample))
        if han * 4 > len(sample):
            # Mostly Han/Kana text: tell Chinese from Japanese by kana, which is cheap and
            # sure.  (Thai, Hangul, Khmer, ... are unspaced or syllabic too, but they are
            # not Chinese: the identifier tells them.)
            kana = sum(1 for ch in sample if "\u3040" <= ch <= "\u30ff")
            return Language("ja" if kana * 10 > han else "zh", 0.99)
    code, prob = _identifier().classify(sample)
    return Language(str(code), float(prob))
