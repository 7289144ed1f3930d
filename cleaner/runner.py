"""Clean a folder: every input file gives one output file, a failure never stops the run.

The library side of ``cleaner run``: it reports through callbacks and a
:class:`Summary`, and never prints.  With enough documents, the corpus pass runs as
collect-then-apply: a first pass cleans each document alone, writes it and records
fingerprints, a second pass cleans again, with the corpus knowledge, the documents that
hold a boilerplate line.  ``RunOptions.jobs`` spreads the files over worker processes
(``cleaner.execution``); the results are the same for any number of jobs.

Memory does not grow with the number of files: inputs are walked lazily and pass-1
records wait in a spool file.  With the corpus pass it grows with the number of
distinct lines of the corpus (the fingerprint table, see ``cleaner.corpus``).
"""

from __future__ import annotations

import itertools
import os
import tempfile
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from cleaner.config import DEFAULT, Config
from cleaner.corpus import CorpusBuilder, CorpusIndex
from cleaner.decode import Decoded, decode
from cleaner.files import HTML_SUFFIXES, check_layout, find_inputs, remove_stale_temps
from cleaner.model import Result
from cleaner.pipeline import Analysis, UserRules, analyse, finish

if TYPE_CHECKING:
    from cleaner import execution


@dataclass
class Summary:
    files: int = 0
    lines_kept: int = 0
    lines_removed: int = 0
    by_rule: Counter[str] = field(default_factory=Counter)
    failed: list[tuple[str, str]] = field(default_factory=list)
    corpus_lines: int = 0  # boilerplate fingerprints found by the corpus pass

    def add(self, result: Result) -> None:
        removed = result.removed
        self.add_counts(len(result.blocks) - len(removed), len(removed), result.removals_by_rule())

    def add_counts(self, kept: int, removed: int, by_rule: Counter[str]) -> None:
        self.files += 1
        self.lines_removed += removed
        self.lines_kept += kept
        self.by_rule.update(by_rule)


@dataclass(frozen=True)
class RunOptions:
    config: Config = DEFAULT
    language: str | None = None
    rules: UserRules | None = None
    corpus: bool = True  # run the corpus pass when there are enough documents
    metadata: bool = False  # write <name>.meta.json beside each output (cleaner.metadata)
    jobs: int = 1  # worker processes; 1 cleans in this process


Progress = Callable[[str, Path], None]  # (stage, relative path)
OnResult = Callable[[Path, Result], None]


def available_cores() -> int:
    """The cores this process may run on (its CPU affinity where the system tells)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def read_document(path: Path) -> Decoded:
    return decode(path.read_bytes())


def is_html(path: Path) -> bool:
    return path.suffix.lower() in HTML_SUFFIXES


def clean_file(path: Path, options: RunOptions, corpus: CorpusIndex | None = None) -> Result:
    if is_html(path):
        from cleaner.html import clean_html  # lxml and trafilatura only when HTML is present

        return clean_html(path.read_bytes(), config=options.config, language=options.language,
                          corpus=corpus, rules=options.rules)
    analysis, encoding = analyse_file(path, options)
    return finish(analysis, config=options.config, corpus=corpus, rules=options.rules, encoding=encoding)


def analyse_file(path: Path, options: RunOptions) -> tuple[Analysis, str]:
    """The part of cleaning a text file that the corpus pass does not change, and its
    encoding (HTML pages are cleaned whole by :func:`clean_file`)."""
    decoded = read_document(path)
    return analyse(decoded.text, config=options.config, language=options.language), decoded.encoding


def output_path(out_dir: Path, rel: Path) -> Path:
    return out_dir / rel.with_suffix(".txt")


def metadata_path(out_dir: Path, rel: Path) -> Path:
    return out_dir / rel.with_suffix(".meta.json")


def run_folder(
    in_dir: Path,
    out_dir: Path,
    options: RunOptions = RunOptions(),
    progress: Progress | None = None,
    on_result: OnResult | None = None,
) -> Summary:
    check_layout(in_dir, out_dir)
    remove_stale_temps(out_dir)  # left by a run that was killed
    try:
        return _run_folder(in_dir, out_dir, options, progress, on_result)
    except KeyboardInterrupt:
        # Workers stopped mid-write leave their temporary files; outputs are complete or absent.
        remove_stale_temps(out_dir)
        raise


def _run_folder(in_dir: Path, out_dir: Path, options: RunOptions, progress: Progress | None,
                on_result: OnResult | None) -> Summary:
    from cleaner import execution as ex

    inputs = find_inputs(in_dir, out_dir)
    head = list(itertools.islice(inputs, max(options.config.corpus_min_docs, 2 * options.jobs)))
    everything = itertools.chain(head, inputs)
    # a pool costs more to start than a few files take to clean
    jobs = options.jobs if len(head) >= 2 * options.jobs else 1
    summary = Summary()
    want = on_result is not None
    if not (options.corpus and len(head) >= options.config.corpus_min_docs):
        job = ex.Job(in_dir, out_dir, options, want_results=want, collect=False)
        with ex.mapper(job, jobs) as work:
            for record in work(ex.clean_one, _announce(everything, "clean", progress)):
                _report(record, summary, on_result)
        ex.sync_folder(out_dir)
        return summary
    with tempfile.TemporaryDirectory(prefix="cleaner-spool-") as tmp:
        spool = ex.Spool(Path(tmp) / "pass1")
        builder = CorpusBuilder(options.config)
        job = ex.Job(in_dir, out_dir, options, want_results=want, collect=True)
        with ex.mapper(job, jobs) as work:
            for record in work(ex.clean_one, everything):
                if progress:
                    progress("collect", record.rel)
                if record.error is None:
                    builder.add_fingerprints(builder.documents, set(ex.unpack(record.lines)),
                                             set(ex.unpack(record.body)))
                spool.append(record)
        index = builder.build()
        summary.corpus_lines = len(index)
        again = ex.Job(in_dir, out_dir, options, want_results=want, collect=False, index=index)
        with ex.mapper(again, jobs) as work:
            redone = work(ex.finish_one, ((r.rel, r.analysis) for r in spool if ex.touches(r, index)))
            for record in spool:
                if progress:
                    progress("clean", record.rel)
                final = next(redone) if ex.touches(record, index) else record
                _report(final, summary, on_result)
        spool.close()
    ex.sync_folder(out_dir)
    return summary


def _announce(rels: Iterable[Path], stage: str, progress: Progress | None) -> Iterator[Path]:
    for rel in rels:
        if progress:
            progress(stage, rel)
        yield rel


def _report(record: execution.Record, summary: Summary, on_result: OnResult | None) -> None:
    if record.error is not None:
        summary.failed.append((str(record.rel), record.error))
        return
    summary.add_counts(record.kept, record.removed, record.rule_counts())
    if on_result:
        on_result(record.rel, record.load_result())


def collect(in_dir: Path, inputs: Iterable[Path], options: RunOptions,
            progress: Progress | None = None) -> CorpusIndex:
    """First pass of the corpus pass: clean each document alone, record fingerprints."""
    builder = CorpusBuilder(options.config)
    for rel in inputs:
        if progress:
            progress("collect", rel)
        try:
            builder.add(clean_file(in_dir / rel, options))
        except Exception:
            continue  # reported by the second pass
    return builder.build()
