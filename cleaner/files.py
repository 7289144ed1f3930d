"""File-system side of a run: finding inputs and writing outputs atomically."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

HTML_SUFFIXES = (".html", ".htm")  # cleaned through cleaner.html
INPUT_SUFFIXES = (".txt", *HTML_SUFFIXES)


class LayoutError(ValueError):
    """The input and output folders cannot be used together."""


def check_layout(in_dir: Path, out_dir: Path) -> None:
    if not in_dir.exists():
        raise LayoutError(f"input folder does not exist: {in_dir}")
    if not in_dir.is_dir():
        raise LayoutError(f"input is not a folder: {in_dir}")
    if in_dir.resolve() == out_dir.resolve():
        raise LayoutError(f"output folder is the input folder ({in_dir}): inputs are never overwritten")
    if out_dir.exists() and not out_dir.is_dir():
        raise LayoutError(f"output exists and is not a folder: {out_dir}")


def find_inputs(in_dir: Path, out_dir: Path | None = None,
                suffixes: tuple[str, ...] = INPUT_SUFFIXES) -> Iterator[Path]:
    """Input files below ``in_dir`` in a stable order, relative to it; never anything
    below ``out_dir`` (an output folder inside the input folder)."""
    skip = out_dir.resolve() if out_dir is not None else None
    for root, dirs, files in os.walk(in_dir):
        root_path = Path(root)
        dirs[:] = sorted(d for d in dirs if skip is None or (root_path / d).resolve() != skip)
        for name in sorted(files):
            if name.lower().endswith(suffixes) and not name.startswith(".cleaner-tmp-"):
                yield (root_path / name).relative_to(in_dir)


def write_atomic(path: Path, text: str, durable: bool = True) -> None:
    """Write ``text`` so that ``path`` is either its old self or complete, never partial.

    ``durable=False`` skips the per-file fsync (milliseconds each): the caller syncs
    once at the end (``cleaner.execution.sync_folder``)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".cleaner-tmp-", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            if durable:
                os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise
