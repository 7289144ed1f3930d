"""Clean a folder: every input file gives one output file, a failure never stops the run.

The library side of ``cleaner run``: it reports through callbacks and a
:class:`Summary`, and never prints.  With enough documents, the corpus pass runs as
collect-then-apply: a first pass cleans each document alone and records fingerprints,
a second pass cleans again with the corpus knowledge and writes the outputs.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from cleaner.config import DEFAULT, Config
from cleaner.corpus import CorpusBuilder, CorpusIndex
from cleaner.decode import NotText, decode
from cleaner.files import check_layout, find_inputs, remove_stale_temps, write_atomic
from cleaner.model import Result
from cleaner.pipeline import UserRules, clean_and_explain


@dataclass
class Summary:
    files: int = 0
    lines_kept: int = 0
    lines_removed: int = 0
    by_rule: Counter[str] = field(default_factory=Counter)
    failed: list[tuple[str, str]] = field(default_factory=list)
    corpus_lines: int = 0  # boilerplate fingerprints found by the corpus pass

    def add(self, result: Result) -> None:
        self.files += 1
        removed = result.removed
        self.lines_removed += len(removed)
        self.lines_kept += len(result.blocks) - len(removed)
        self.by_rule.update(result.removals_by_rule())


@dataclass(frozen=True)
class RunOptions:
    config: Config = DEFAULT
    language: str | None = None
    rules: UserRules | None = None
    corpus: bool = True  # run the corpus pass when there are enough documents


Progress = Callable[[str, Path], None]  # (stage, relative path)
OnResult = Callable[[Path, Result], None]


def clean_file(path: Path, options: RunOptions, corpus: CorpusIndex | None = None) -> Result:
    decoded = decode(path.read_bytes())
    return clean_and_explain(decoded.text, config=options.config, language=options.language,
                             corpus=corpus, rules=options.rules, encoding=decoded.encoding)


def output_path(out_dir: Path, rel: Path) -> Path:
    return out_dir / rel.with_suffix(".txt")


def run_folder(
    in_dir: Path,
    out_dir: Path,
    options: RunOptions = RunOptions(),
    progress: Progress | None = None,
    on_result: OnResult | None = None,
) -> Summary:
    check_layout(in_dir, out_dir)
    remove_stale_temps(out_dir)  # left by a run that was killed
    inputs = list(find_inputs(in_dir, out_dir))
    index: CorpusIndex | None = None
    if options.corpus and len(inputs) >= options.config.corpus_min_docs:
        index = collect(in_dir, inputs, options, progress)
    summary = Summary()
    if index is not None:
        summary.corpus_lines = len(index)
    for rel in inputs:
        if progress:
            progress("clean", rel)
        try:
            result = clean_file(in_dir / rel, options, index)
            write_atomic(output_path(out_dir, rel), result.text)
        except (NotText, OSError) as exc:
            summary.failed.append((str(rel), str(exc)))
            continue
        except Exception as exc:  # a bug on one file must not stop the run
            summary.failed.append((str(rel), f"internal error: {type(exc).__name__}: {exc}"))
            continue
        summary.add(result)
        if on_result:
            on_result(rel, result)
    return summary


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
