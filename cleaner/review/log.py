"""The removal log: one JSON object per document, a stable format.

Each line of the log is one document::

    {"path": "sub/a.txt", "encoding": "utf-8", "language": "fr", "fixes": [...],
     "kept": 12, "removed": [{"line": 1, "text": "RSS Feed", "rule": "nav",
                              "reason": "...", "stage": "rule"}, ...]}

``line`` is 1-based in the decoded input; ``text`` is the line as the cleaner saw it
(repaired, right-stripped); ``rule`` is a rule id of ``cleaner rules``; ``kept`` counts
kept lines.  A document that could not be read gives ``{"path", "error"}``.  New keys
may be added; the keys above keep their names and meaning.

>>> from cleaner import clean_and_explain
>>> text = "RSS Feed\\nLa semaine dernière, des unités de l’armée ont libéré la ville.\\n"
>>> record = document_record("a.txt", clean_and_explain(text))
>>> record["kept"], record["removed"][0]["line"], record["removed"][0]["rule"]
(1, 1, 'nav')
"""

from __future__ import annotations

import json
from pathlib import Path
from types import TracebackType
from typing import IO, Any

from cleaner.model import Result


def removals(result: Result) -> list[dict[str, Any]]:
    """The removed lines of a result, in input order."""
    return [
        {"line": b.block.line, "text": b.block.text, "rule": b.final.rule.value,
         "reason": b.final.reason, "stage": b.final.stage.value}
        for b in result.removed
    ]


def explanation(result: Result) -> dict[str, Any]:
    """What ``--explain`` adds to a JSONL record: the log record without path and encoding."""
    return {"language": result.language, "fixes": list(result.fixes),
            "kept": len(result.kept), "removed": removals(result)}


def document_record(path: str, result: Result) -> dict[str, Any]:
    return {"path": path, "encoding": result.encoding, **explanation(result)}


def error_record(path: str, error: str) -> dict[str, Any]:
    return {"path": path, "error": error}


def dumps(record: dict[str, Any]) -> str:
    return json.dumps(record, ensure_ascii=False, separators=(",", ":"))


class LogWriter:
    """Writes the log line by line as documents come (a context manager)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._file: IO[str] | None = None  # opened by the first record: a run that
        # stops before any document (a bad output folder) leaves no empty log behind

    def add(self, path: str, result: Result) -> None:
        self._write(document_record(path, result))

    def fail(self, path: str, error: str) -> None:
        self._write(error_record(path, error))

    def _write(self, record: dict[str, Any]) -> None:
        if self._file is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._file = self.path.open("w", encoding="utf-8", newline="\n")
        self._file.write(dumps(record) + "\n")

    def close(self, completed: bool = True) -> None:
        """Close the log; a completed run with no document still leaves an empty log."""
        if self._file is None and completed:
            self._write_empty()
        if self._file is not None:
            self._file.close()

    def _write_empty(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.path.write_text("", encoding="utf-8")

    def __enter__(self) -> LogWriter:
        return self

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close(completed=kind is None)
