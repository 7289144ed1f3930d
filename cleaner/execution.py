"""How ``run_folder`` spends its cores: the per-file work, in-process or in a pool.

Workers read, clean and write one file each and send back a small :class:`Record`
(counts per rule, the corpus fingerprints when collecting, and the pickled
:class:`~cleaner.model.Result` only when the caller asked for results).  Records come
back in input order, so progress, the summary and ``on_result`` see the files in the
same order whatever the number of jobs.

The corpus pass is collect-then-apply with a spool.  Pass 1 cleans every document
alone, writes its output and appends a record (its line fingerprints, its counts, its
analysis: everything the corpus pass does not change, and its pickled result if needed)
to a temporary spool file; the parent feeds the fingerprints to the
:class:`~cleaner.corpus.CorpusBuilder` in input order.  Pass 2 reads the spool back: a
document none of whose lines is a boilerplate fingerprint would be cleaned exactly as
in pass 1, so its output stays; the others have their analysis finished again with the
index (``pipeline.finish``), without repeating the analysis.  Memory holds a few
records at a time; the spool is on disk.
"""

from __future__ import annotations

import ctypes
import gc
import itertools
import multiprocessing
import os
import pickle
from array import array
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import partial
from multiprocessing.pool import AsyncResult, Pool
from pathlib import Path
from typing import IO, TYPE_CHECKING, Protocol, TypeVar

from cleaner.corpus import CorpusIndex, document_fingerprints
from cleaner.decode import NotText
from cleaner.files import write_atomic
from cleaner.model import Result
from cleaner.pipeline import Detected, finish

if TYPE_CHECKING:
    from cleaner.runner import RunOptions


@dataclass(frozen=True, slots=True)
class Record:
    """What a worker sends back for one file: small, and cheap to pickle."""

    rel: Path
    error: str | None = None
    kept: int = 0
    removed: int = 0
    by_rule: tuple[tuple[str, int], ...] = ()
    lines: bytes = b""  # array('Q') of line fingerprints (collect pass)
    body: bytes = b""  # array('Q') of body-line fingerprints (collect pass)
    result: bytes = b""  # the pickled Result, when the caller wants results
    # the pickled (Analysis, encoding, languages detected by finish()) (collect pass): pass 2 finishes it
    analysis: bytes = b""

    def rule_counts(self) -> Counter[str]:
        return Counter(dict(self.by_rule))

    def load_result(self) -> Result:
        loaded: Result = pickle.loads(self.result)
        return loaded


@dataclass(frozen=True)
class Job:
    """Everything a worker needs, sent once per worker process."""

    in_dir: Path
    out_dir: Path
    options: RunOptions
    want_results: bool
    collect: bool  # pass 1 of the corpus pass: send fingerprints back
    index: CorpusIndex | None = None


_JOB: Job | None = None

# The cyclic garbage collector at its default pace (a young-generation pass every 700 new
# container objects, a full pass over every live object every 100 of those) took 8% of a
# run's CPU for nothing: cleaning makes next to no reference cycles (1,700 objects
# collected in a run over the dev set, against a million containers made).  The
# processes the cleaner starts pass every 10,000: cycles are still collected, later.
GC_THRESHOLDS = (10_000, 10, 10)


def pace_collector() -> None:
    """Run the cyclic garbage collector at the cleaner's pace (``GC_THRESHOLDS``): for
    the command line and the worker processes, never a library caller's process."""
    gc.set_threshold(*GC_THRESHOLDS)


def _init(job: Job) -> None:
    global _JOB
    pace_collector()  # a worker started by spawn does not inherit its parent's pace
    _JOB = job


def clean_one(rel: Path) -> Record:
    """Clean, write and describe one file (pass 1, or the only pass)."""
    from cleaner.runner import analyse_file, clean_file, is_html

    job = _job()
    options = job.options
    try:
        if not job.collect or is_html(rel):  # an HTML page is spooled as nothing: redone whole
            return _finished(job, rel, clean_file(job.in_dir / rel, options, job.index))
        analysis, encoding = analyse_file(job.in_dir / rel, options)
        detected: Detected = {}
        result = finish(analysis, config=options.config, rules=options.rules, encoding=encoding,
                        detected=detected)
        spooled = pickle.dumps((analysis, encoding, detected), protocol=pickle.HIGHEST_PROTOCOL)
        return _finished(job, rel, result, spooled)
    except (NotText, OSError) as exc:
        return Record(rel, error=str(exc))
    except Exception as exc:  # a bug on one file must not stop the run
        return Record(rel, error=f"internal error: {type(exc).__name__}: {exc}")


def finish_one(item: tuple[Path, bytes]) -> Record:
    """Pass 2: finish a spooled analysis again, now with the corpus index."""
    from cleaner.runner import clean_file

    rel, data = item
    job = _job()
    try:
        if not data:
            return _finished(job, rel, clean_file(job.in_dir / rel, job.options, job.index))
        analysis, encoding, detected = pickle.loads(data)
        result = finish(analysis, config=job.options.config, corpus=job.index, rules=job.options.rules,
                        encoding=encoding, detected=detected)
        return _finished(job, rel, result)
    except (NotText, OSError) as exc:
        return Record(rel, error=str(exc))
    except Exception as exc:  # a bug on one file must not stop the run
        return Record(rel, error=f"internal error: {type(exc).__name__}: {exc}")


def _job() -> Job:
    assert _JOB is not None, "worker used before _init"
    return _JOB


def _finished(job: Job, rel: Path, result: Result, analysis: bytes = b"") -> Record:
    from cleaner.runner import metadata_path, output_path

    write_atomic(output_path(job.out_dir, rel), result.text, durable=False)
    if job.options.metadata:
        from cleaner.metadata import for_file

        write_atomic(metadata_path(job.out_dir, rel), for_file(job.in_dir / rel, result).to_json(),
                     durable=False)
    removed = result.removed
    lines = body = b""
    if job.collect:
        line_fps, body_fps = document_fingerprints(result, job.options.config)
        lines, body = array("Q", line_fps).tobytes(), array("Q", body_fps).tobytes()
    return Record(
        rel,
        kept=len(result.blocks) - len(removed),
        removed=len(removed),
        by_rule=tuple(result.removals_by_rule().items()),
        lines=lines,
        body=body,
        result=pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL) if job.want_results else b"",
        analysis=analysis,
    )


T = TypeVar("T")


class Mapper(Protocol):
    """An ordered map of a worker function over items."""

    def __call__(self, func: Callable[[T], Record], items: Iterable[T], /) -> Iterator[Record]: ...


def _serial(func: Callable[[T], Record], items: Iterable[T]) -> Iterator[Record]:
    return map(func, items)


@contextmanager
def mapper(job: Job, jobs: int) -> Iterator[Mapper]:
    """An ordered map of a worker function: in this process, or over ``jobs`` workers."""
    global _JOB
    if jobs <= 1:
        previous, _JOB = _JOB, job
        try:
            yield _serial
        finally:
            _JOB = previous
        return
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    with multiprocessing.get_context(method).Pool(jobs, initializer=_init, initargs=(job,)) as pool:
        yield partial(_bounded_map, pool, jobs=jobs)


_CHUNK = 16  # files per task: few enough to balance, enough to amortise the messages


def _work_many(func: Callable[[T], Record], items: list[T]) -> list[Record]:
    return [func(item) for item in items]


def _bounded_map(pool: Pool, func: Callable[[T], Record], items: Iterable[T], *,
                 jobs: int) -> Iterator[Record]:
    """``pool.imap`` that reads its input only a few tasks ahead (``imap`` would queue
    every path of a million-file folder at once)."""
    files = iter(items)
    pending: deque[AsyncResult[list[Record]]] = deque()

    def submit() -> None:
        chunk = list(itertools.islice(files, _CHUNK))
        if chunk:
            pending.append(pool.apply_async(_work_many, (func, chunk)))

    for _ in range(jobs * 4):
        submit()
    while pending:
        records = pending.popleft().get()
        submit()
        yield from records


class Spool:
    """Pass-1 records in a temporary file, read back in order (by several readers)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._handle: IO[bytes] = open(path, "wb")  # noqa: SIM115 - closed by close()

    def append(self, record: Record) -> None:
        pickle.dump(record, self._handle, protocol=pickle.HIGHEST_PROTOCOL)

    def close(self) -> None:
        self._handle.close()

    def __iter__(self) -> Iterator[Record]:
        self._handle.flush()
        with open(self.path, "rb") as handle:
            while True:
                try:
                    record: Record = pickle.load(handle)
                except EOFError:
                    return
                yield record


def sync_folder(folder: Path) -> None:
    """Flush the files written without fsync to disk: one ``syncfs`` of the folder's
    file system (Linux), else one ``sync`` of all; a file-per-file fsync costs
    milliseconds per file, longer than cleaning it."""
    if not folder.is_dir():  # nothing was written
        return
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        syncfs = libc.syncfs
    except (OSError, AttributeError):
        os.sync()
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        if syncfs(fd) != 0:
            os.sync()
    finally:
        os.close(fd)


def touches(record: Record, index: CorpusIndex) -> bool:
    """Whether a document holds a boilerplate line: only then does pass 2 change it."""
    if not record.lines or not index.counts:
        return False
    return not index.counts.keys().isdisjoint(array("Q", record.lines))


def unpack(data: bytes) -> array[int]:
    return array("Q", data)
