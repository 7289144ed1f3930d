"""py3langid's classifier, the same answers at a fraction of the cost.

py3langid walks a byte automaton over the text in a Python loop (about 5 ms for the
4000-character sample of a document) and loads its model from an LZMA archive (more
than a second at every start).  Here the walk is vectorised: the automaton's state after
a byte depends only on the last ``depth`` bytes (it is the longest suffix of the input
that is a prefix of a feature, and no feature is longer than ``depth``), so every
position's state is found by running ``depth`` steps over all positions at once.  The
feature counts are then put in py3langid's order (first occurrence) and scored by the
same NumPy expression, so the scores are bit-for-bit py3langid's.
``tests/test_startup.py`` checks the answers against py3langid itself.

The unpacked model is kept as ``.npy`` files in a cache folder (``$CLEANER_CACHE``, else
``$XDG_CACHE_HOME/cleaner``, else ``~/.cache/cleaner``) and memory-mapped, so a start
costs milliseconds and the worker processes of a run share one copy of it in memory.
When the cache cannot be written the model is unpacked in memory, as py3langid does.
"""

from __future__ import annotations

import contextlib
import math
import os
import tempfile
import unicodedata
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

_ARRAYS = ("nextmove", "rowbase", "output", "ptc", "pc")


@dataclass(frozen=True)
class FastIdentifier:
    nextmove: npt.NDArray[Any]  # flat transition table, 256 entries per row
    rowbase: npt.NDArray[np.int64]  # per state: its row's offset in ``nextmove``
    output: npt.NDArray[np.int32]  # per state: the feature it counts, or -1
    ptc: npt.NDArray[Any]  # feature x class log-probabilities
    pc: npt.NDArray[np.float32]  # class priors
    classes: tuple[str, ...]
    alias_pairs: tuple[tuple[int, int], ...]
    depth: int  # the longest feature, in bytes

    def classify(self, text: str) -> tuple[str, float]:
        """(language, probability), as ``LanguageIdentifier.classify`` with ``norm_probs``."""
        if text.isupper():
            text = text.lower()
        data = unicodedata.normalize("NFC", text).encode("utf8", errors="surrogatepass")
        scores = self._raw_score(data)
        scores *= 1.0 / math.sqrt(len(data) or 1)
        np.exp(scores - scores.max(), out=scores)
        scores /= scores.sum()
        for i, j in self.alias_pairs:
            scores[i] += scores[j]
            scores[j] = 0.0
        best = int(scores.argmax())
        return self.classes[best], float(scores[best])

    def _raw_score(self, data: bytes) -> npt.NDArray[np.float32]:
        n = len(data)
        if n == 0:
            return np.zeros(len(self.classes), dtype=np.float32)
        byte = np.frombuffer(data, dtype=np.uint8).astype(np.int64)
        state = np.zeros(n, dtype=np.int64)
        # position i is fed bytes i-depth+1 .. i, starting from the initial state
        for lag in range(min(self.depth, n) - 1, -1, -1):
            state[lag:] = self.nextmove[self.rowbase[state[lag:]] + byte[: n - lag]]
        features = self.output[state]
        features = features[features >= 0]
        if not len(features):
            return np.zeros(len(self.classes), dtype=np.float32)
        idx, values = _first_counts(features, len(self.ptc))
        scores: npt.NDArray[np.float32] = np.log1p(values) @ np.asarray(self.ptc[idx]) + self.pc
        return scores


def _first_counts(features: npt.NDArray[np.int32], n_features: int) -> tuple[npt.NDArray[np.intp],
                                                                             npt.NDArray[np.float32]]:
    """The distinct ``features`` in the order of their first occurrence, and their counts.

    py3langid's order (``np.unique`` with first indices and counts, then a stable sort of
    the first indices) decides the order of the sum in the scoring product, hence its last
    bits.  The same arrays come from one sort of (feature, position) keys: the keys are
    distinct, so any sort orders them alike, and a sort of 32-bit keys takes less than half
    the time of ``np.unique``'s stable sort and its second sort."""
    n = len(features)
    dtype: Any = np.uint32 if n_features * n < 2**32 else np.uint64
    keys: npt.NDArray[Any] = features.astype(dtype) * dtype(n) + np.arange(n, dtype=dtype)
    keys.sort()
    feature = keys // dtype(n)
    starts = np.flatnonzero(np.concatenate(([True], feature[1:] != feature[:-1])))
    order = np.argsort(keys[starts] % dtype(n))
    counts = np.diff(np.append(starts, n))
    return feature[starts][order].astype(np.intp), counts[order].astype(np.float32)


def _cache_dir() -> Path:
    if os.environ.get("CLEANER_CACHE"):
        return Path(os.environ["CLEANER_CACHE"])
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "cleaner"


def _depth(nextmove: npt.NDArray[Any], rowbase: npt.NDArray[np.int64]) -> int:
    """The longest feature: the largest breadth-first distance from the initial state."""
    seen = np.zeros(len(rowbase), dtype=bool)
    seen[0] = True
    front = np.array([0], dtype=np.int64)
    depth = 0
    offsets = np.arange(256, dtype=np.int64)
    while True:
        nxt = np.unique(nextmove[(rowbase[front][:, None] + offsets[None, :]).ravel()])
        nxt = nxt[~seen[nxt]]
        if not len(nxt):
            return depth
        seen[nxt] = True
        front = nxt.astype(np.int64)
        depth += 1


def _unpack() -> dict[str, Any]:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    ident = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    code = ident.tk_nextmove.typecode
    nextmove = np.frombuffer(ident.tk_nextmove, dtype=np.uint16 if code == "H" else np.uint32)
    rowbase = np.array(ident._rowbase, dtype=np.int64)
    return {
        "nextmove": nextmove,
        "rowbase": rowbase,
        "output": np.array(ident.tk_output, dtype=np.int32),
        "ptc": np.asarray(ident.nb_ptc, dtype=np.float32),  # exact; float16 maths is slow
        "pc": np.asarray(ident.nb_pc),
        "classes": tuple(str(c) for c in ident.nb_classes),
        "alias_pairs": tuple((int(i), int(j)) for i, j in ident._alias_pairs),
        "depth": _depth(nextmove, rowbase),
    }


def _store(folder: Path, parts: dict[str, Any]) -> None:
    folder.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=".tmp-", dir=folder.parent))
    for name in _ARRAYS:
        np.save(tmp / f"{name}.npy", parts[name])
    meta = [str(parts["depth"]), " ".join(parts["classes"]),
            " ".join(f"{i},{j}" for i, j in parts["alias_pairs"])]
    (tmp / "meta.txt").write_text("\n".join(meta) + "\n", encoding="utf-8")
    try:
        os.rename(tmp, folder)
    except OSError:  # another process stored it first
        for entry in tmp.iterdir():
            entry.unlink()
        tmp.rmdir()


def _load(folder: Path) -> dict[str, Any]:
    depth, classes, pairs = (folder / "meta.txt").read_text(encoding="utf-8").split("\n")[:3]
    # memory-mapped, then seen as plain arrays (no copy): np.memmap indexing is slow
    parts: dict[str, Any] = {name: np.asarray(np.load(folder / f"{name}.npy", mmap_mode="r"))
                             for name in _ARRAYS}
    parts["depth"] = int(depth)
    parts["classes"] = tuple(classes.split())
    parts["alias_pairs"] = tuple(
        (int(p.split(",")[0]), int(p.split(",")[1])) for p in pairs.split())
    return parts


def load() -> FastIdentifier:
    """The identifier, from the cache when it holds this py3langid version's model."""
    folder = _cache_dir() / f"langid-{metadata.version('py3langid')}-v2"
    parts: dict[str, Any] | None = None
    if (folder / "meta.txt").is_file():
        try:
            parts = _load(folder)
        except (OSError, ValueError):
            parts = None
    if parts is None:
        parts = _unpack()
        with contextlib.suppress(OSError):  # read-only: unpack at every start, as py3langid does
            _store(folder, parts)
    return FastIdentifier(**parts)
