"""Fuzzing: the library never raises, is idempotent and only removes; any bytes give an
output or a clean error; hostile lines are cleaned in bounded time."""

from __future__ import annotations

import multiprocessing
import re
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cleaner.decode import NotText, decode
from cleaner.pipeline import clean, clean_and_explain
from cleaner.repair import repair_line
from cleaner.runner import RunOptions, run_folder

ROOT = Path(__file__).resolve().parent.parent
SEED_TEXTS = [p.read_text("utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
SEED_LINES = sorted({line for text in SEED_TEXTS for line in text.splitlines()})
JUNK = [
    "Share on Facebook", "Partager sur Twitter", "Lire aussi : la suite", "Читайте также:",
    "Подпишитесь на наш телеграм-канал", "Фото: РИА Новости", "15 novembre 2017", "Par Samer Hussein",
    "About the author", "Source : AFP", "Home", "Accueil | Monde | Sport", "350Facebook0Twitter",
    "Ã©tÃ© Ã  Paris", "l&#39;article &amp; la suite", "ﬁn de l’article", "\u00a0", "\t", "   ",
]
FUZZ = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])

_LINE_BREAK = re.compile(r"\r\n|\r|\n")

lines = st.one_of(
    st.sampled_from(SEED_LINES), st.sampled_from(JUNK), st.text(max_size=80),
    st.text(alphabet="aé Б.,:!?@#|/»—-0123456789\u00a0\ufeff\x0c\x1b", max_size=60),
)
documents = st.tuples(st.lists(lines, max_size=40), st.sampled_from(["\n", "\r\n", "\r"])).map(
    lambda parts: parts[1].join(parts[0]))


def _kept_lines(text: str) -> list[str]:
    return [line for line in text.split("\n") if line.strip()]


def _is_subsequence(small: list[str], big: list[str]) -> bool:
    it = iter(big)
    return all(any(line == other for other in it) for line in small)


@FUZZ
@given(documents)
def test_library_never_raises_and_only_removes(text: str) -> None:
    result = clean_and_explain(text)
    repaired = [repair_line(raw)[0].rstrip() for raw in _LINE_BREAK.split(text)]
    assert _is_subsequence(_kept_lines(result.text), [line for line in repaired if line.strip()])
    assert "\r" not in result.text
    assert result.text == "" or result.text.endswith("\n")


@FUZZ
@given(documents)
def test_cleaning_is_idempotent(text: str) -> None:
    once = clean(text)
    assert clean(once) == once


@FUZZ
@given(st.one_of(
    st.binary(max_size=400),
    st.tuples(st.sampled_from(SEED_TEXTS), st.sampled_from(["utf-8", "utf-16", "utf-16-le", "cp1251",
                                                            "koi8_r", "cp1252", "utf-32-be"]),
              st.lists(st.tuples(st.integers(0, 4000), st.integers(0, 255)), max_size=6)).map(
        lambda t: _mutate(t[0].encode(t[1], errors="replace"), t[2])),
))
def test_any_bytes_give_an_output_or_a_clean_error(data: bytes) -> None:
    try:
        decoded = decode(data)
    except NotText as exc:
        assert str(exc)
        return
    result = clean_and_explain(decoded.text, encoding=decoded.encoding)
    assert result.encoding == decoded.encoding
    assert "\x00" not in result.text


def _mutate(data: bytes, flips: list[tuple[int, int]]) -> bytes:
    buffer = bytearray(data)
    for position, value in flips:
        if buffer:
            buffer[position % len(buffer)] = value
    return bytes(buffer)


def test_whole_file_path_on_random_bytes(tmp_path: Path) -> None:
    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    import random

    rng = random.Random(7)
    blobs = [bytes(rng.randrange(256) for _ in range(rng.randrange(1, 3000))) for _ in range(20)]
    blobs += [_mutate(SEED_TEXTS[i % 4].encode(enc, errors="replace"),
                      [(rng.randrange(5000), rng.randrange(256))])
              for i, enc in enumerate(["utf-8", "utf-16", "cp1252", "utf-8"])]
    for i, blob in enumerate(blobs):
        (src / f"{i:02d}.txt").write_bytes(blob)
    summary = run_folder(src, out, RunOptions(corpus=False))
    assert summary.files + len(summary.failed) == len(blobs)
    assert len(summary.failed) >= 15  # random bytes are not text
    for name, why in summary.failed:
        assert why and not (out / name).exists()
    assert len(list(out.glob("*.txt"))) == summary.files


# --- hostile lines: each is cleaned in a child process that is killed at the budget ---

BUDGET = 20.0  # seconds for one hostile document (a linear pipeline needs about 1)
SIZE = 200_000


def _clean_in_child(text: str, queue: multiprocessing.Queue[float]) -> None:
    start = time.perf_counter()
    clean(text)
    queue.put(time.perf_counter() - start)


def _time_bounded(text: str, budget: float = BUDGET) -> float | None:
    """Seconds the pipeline took on ``text``, or None when it ran over the budget."""
    ctx = multiprocessing.get_context("fork")
    queue: multiprocessing.Queue[float] = ctx.Queue()
    child = ctx.Process(target=_clean_in_child, args=(text, queue))
    child.start()
    child.join(budget)
    if child.is_alive():
        child.kill()
        child.join()
        return None
    return queue.get(timeout=5)


HOSTILE = {
    "prose": ("Le ministère a publié un rapport sur la région. " * 5000)[:SIZE],
    "dots": "." * SIZE + "x",
    "digits": "1" * SIZE,
    "no-spaces": "a" * SIZE,
    "at-dots": "@." * (SIZE // 2),
    "share-repeated": "share " * (SIZE // 6),
    "mojibake": "Ã©tÃ© " * (SIZE // 6),
    "entities": "&#" * (SIZE // 2),
    "many-short-lines": "Accueil\nLire aussi : x\n" * (SIZE // 20),
    # a huge gap inside a short line: splitting on ``\s*|\s*`` was quadratic here
    "spaced-pair": "a" + " " * SIZE + "b",
    "read-also-spaces": "read also" + " " * SIZE + "x",
    "spaced-separators": "a |" + " " * SIZE + "| b",
}


@pytest.mark.parametrize("kind", sorted(HOSTILE))
def test_hostile_document_is_cleaned_in_bounded_time(kind: str) -> None:
    took = _time_bounded(HOSTILE[kind])
    assert took is not None, f"{kind}: over {BUDGET}s"
    assert took < BUDGET


