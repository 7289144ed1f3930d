"""The documents a review command looks at: files, folders and stdin, each with the
decoded input text exactly as read and its :class:`Result`.

A folder is explained the way ``cleaner run`` cleans it: with enough documents the
corpus pass runs first over all of them, so ``cleaner diff IN`` shows exactly what
``cleaner run IN OUT`` removes.
"""

from __future__ import annotations

import codecs
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from cleaner.corpus import CorpusIndex
from cleaner.decode import NotText, decode
from cleaner.files import find_inputs
from cleaner.model import Result
from cleaner.pipeline import clean_and_explain
from cleaner.runner import RunOptions, collect

STDIN = "-"


@dataclass(frozen=True, slots=True)
class Explained:
    name: str  # the path as the user would write it ("-" for stdin)
    source: str  # the decoded input, with the UTF-8 byte-order mark if the file had one
    result: Result


@dataclass(frozen=True, slots=True)
class Failed:
    name: str
    reason: str


def expand(paths: Iterable[str]) -> list[tuple[str, Path | None]]:
    """(display name, file) for every input: folders searched for .txt files, files
    taken as given, ``-`` standing for stdin (file ``None``)."""
    found: list[tuple[str, Path | None]] = []
    for name in paths:
        if name == STDIN:
            found.append((STDIN, None))
            continue
        path = Path(name)
        if path.is_dir():
            found.extend((str(path / rel), path / rel) for rel in find_inputs(path))
        else:
            found.append((name, path))
    return found


@dataclass(frozen=True, slots=True)
class Source:
    """A decoded input: ``text`` is what the cleaner reads, ``as_read`` what a unified
    diff must start from (a UTF-8 byte-order mark kept, so the diff applies to the
    file's own bytes)."""

    text: str
    encoding: str
    bom: bool = False

    @property
    def as_read(self) -> str:
        return "\ufeff" + self.text if self.bom else self.text


def read_source(data: bytes) -> Source:
    decoded = decode(data)
    bom = decoded.encoding == "utf-8-sig" and data.startswith(codecs.BOM_UTF8)
    return Source(decoded.text, decoded.encoding, bom)


def explain_inputs(
    inputs: list[tuple[str, Path | None]],
    options: RunOptions | None = None,
    stdin: bytes = b"",
) -> Iterator[Explained | Failed]:
    """Every input explained, in order; unreadable ones as :class:`Failed`."""
    options = options or RunOptions()
    index: CorpusIndex | None = None
    files = [path for _, path in inputs if path is not None]
    if options.corpus and len(inputs) >= options.config.corpus_min_docs:
        index = collect(Path(), [p.resolve() for p in files], options) if files else None
    for name, path in inputs:
        try:
            data = stdin if path is None else path.read_bytes()
            source = read_source(data)
        except (NotText, OSError) as exc:
            yield Failed(name, getattr(exc, "strerror", None) or str(exc))
            continue
        result = clean_and_explain(source.text, config=options.config, language=options.language,
                                   corpus=index, rules=options.rules, encoding=source.encoding)
        yield Explained(name, source.as_read, result)
