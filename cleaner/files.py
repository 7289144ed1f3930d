"""File-system side of a run: finding inputs and writing outputs atomically.

Layout rules: the output folder may not be the input folder, nor hold it (an output
could land on an input); it may lie inside the input folder, and is then never read as
input.  Inputs are only ever read.  Every output is written to a temporary file in its
own folder and renamed over the final name, so an interrupted run leaves each output
complete or absent; temporary files a killed run left behind are removed by the next
run (:func:`remove_stale_temps`).
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

HTML_SUFFIXES = (".html", ".htm")  # cleaned through cleaner.html
INPUT_SUFFIXES = (".txt", *HTML_SUFFIXES)
TEMP_PREFIX = ".cleaner-tmp-"


class LayoutError(ValueError):
    """The input and output folders cannot be used together."""


def check_layout(in_dir: Path, out_dir: Path) -> None:
    """Raise :class:`LayoutError` unless cleaning ``in_dir`` into ``out_dir`` is safe."""
    if not in_dir.exists():
        raise LayoutError(f"input folder does not exist: {in_dir}")
    if not in_dir.is_dir():
        raise LayoutError(f"input is not a folder: {in_dir}")
    source, target = in_dir.resolve(), out_dir.resolve()
    if source == target:
        raise LayoutError(f"output folder is the input folder ({in_dir}): inputs are never overwritten")
    if source.is_relative_to(target):
        raise LayoutError(f"input folder {in_dir} is inside the output folder {out_dir}: "
                          "outputs could overwrite inputs")
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
            if name.lower().endswith(suffixes) and not name.startswith(TEMP_PREFIX):
                yield (root_path / name).relative_to(in_dir)


def write_atomic(path: Path, text: str, durable: bool = True) -> None:
    """Write ``text`` so that ``path`` is either its old self or complete, never partial.

    ``durable=False`` skips the per-file fsync (milliseconds each): the caller syncs
    once at the end (``cleaner.execution.sync_folder``)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=TEMP_PREFIX, dir=path.parent)
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


def remove_stale_temps(out_dir: Path) -> int:
    """Delete the temporary files a killed run left in ``out_dir``; returns how many."""
    removed = 0
    if not out_dir.is_dir():
        return removed
    for root, _dirs, files in os.walk(out_dir):
        for name in files:
            if name.startswith(TEMP_PREFIX):
                try:
                    os.unlink(os.path.join(root, name))
                except FileNotFoundError:
                    continue
                removed += 1
    return removed
