"""The review outputs of a run, fed one document at a time: the removal log and the
HTML report, either or both (a context manager; on an error nothing is half-written
as a report)."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from types import TracebackType

from cleaner.config import DEFAULT, Config
from cleaner.model import Result
from cleaner.review.log import LogWriter
from cleaner.review.report import ReportWriter


class ReviewOutputs:
    def __init__(self, log: Path | None = None, report: Path | None = None,
                 title: str = "cleaner report", config: Config = DEFAULT) -> None:
        self.log = LogWriter(log) if log is not None else None
        self.report = ReportWriter(report, title, config) if report is not None else None

    def add(self, name: str, result: Result) -> None:
        if self.log is not None:
            self.log.add(name, result)
        if self.report is not None:
            self.report.add(name, result)

    def fail(self, name: str, error: str) -> None:
        if self.log is not None:
            self.log.fail(name, error)
        if self.report is not None:
            self.report.fail(name, error)

    def fail_all(self, failed: Iterable[tuple[str, str]]) -> None:
        for name, error in failed:
            self.fail(name, error)

    def __enter__(self) -> ReviewOutputs:
        return self

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None,
                 tb: TracebackType | None) -> None:
        if self.log is not None:
            self.log.close(completed=kind is None)
        if self.report is not None:
            self.report.__exit__(kind, value, tb)
