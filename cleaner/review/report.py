"""The HTML review report: one self-contained page for a whole run.

The page has a summary of the corpus (files, lines and words removed, words removed
per rule as a bar chart, near-duplicate groups, failed files), the files sorted by how
much was removed, and per file the text with removed lines struck through and labelled
with rule and reason.  Filters: by rule, by a search string; files can be stepped
through in the current order.

It stays usable at 10,000 files and more: each document is embedded as its own small
JSON island (``<script type="application/json">``) that the browser parses only when
the document is shown; the file list is paginated and built from a compact index.  The
page loads nothing from the network: the style and the script are inline.

Documents are written to a temporary file as they come, so memory does not grow with
the text of the corpus; :meth:`ReportWriter.close` assembles the page.
"""

from __future__ import annotations

import html
import json
import os
import shutil
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from types import TracebackType
from typing import IO, Any

from cleaner.config import DEFAULT, Config
from cleaner.corpus import CorpusBuilder
from cleaner.model import BlockResult, Result, RuleId
from cleaner.rules import INFO
from cleaner.tokens import word_count

PAGE_SIZE = 50  # files per page of the file list


def json_island(value: object) -> str:
    """JSON that can sit inside a ``<script>`` element: no ``<`` can end it early."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).replace("<", "\\u003c")


@dataclass
class _Entry:
    name: str
    kept: int
    removed: int
    words: float
    words_removed: float
    by_rule: dict[int, list[float]]  # rule number -> [lines, words]


@dataclass
class ReportWriter:
    """Collects documents and writes the report page on :meth:`close`."""

    path: Path
    title: str = "cleaner report"
    config: Config = DEFAULT
    _entries: list[_Entry] = field(default_factory=list)
    _failed: list[tuple[str, str]] = field(default_factory=list)
    _rules: dict[str, int] = field(default_factory=dict)
    _reasons: dict[str, int] = field(default_factory=dict)
    _groups: CorpusBuilder = field(init=False)
    _data: IO[str] = field(init=False)

    def __post_init__(self) -> None:
        self._groups = CorpusBuilder(self.config)
        # closed by close() or __exit__: it lives as long as the writer
        self._data = tempfile.TemporaryFile("w+", encoding="utf-8")  # noqa: SIM115

    def add(self, name: str, result: Result) -> None:
        number = len(self._entries)
        rows: list[list[Any]] = []
        by_rule: dict[int, list[float]] = {}
        words_all = words_removed = 0.0
        for block in result.blocks:
            words = _words(block)
            words_all += words
            if block.kept:
                rows.append([block.block.line, block.block.text])
                continue
            words_removed += words
            rule = self._number(self._rules, block.final.rule.value)
            reason = self._number(self._reasons, block.final.reason)
            rows.append([block.block.line, block.block.text, rule, reason])
            counts = by_rule.setdefault(rule, [0, 0.0])
            counts[0] += 1
            counts[1] += words
        self._data.write(f'<script type="application/json" id="d{number}">'
                         f"{json_island(rows)}</script>\n")
        removed = len(result.blocks) - len(result.kept)
        self._entries.append(_Entry(name, len(result.blocks) - removed, removed,
                                    round(words_all), round(words_removed),
                                    {k: [v[0], round(v[1])] for k, v in by_rule.items()}))
        self._groups.add(result)

    def fail(self, name: str, error: str) -> None:
        self._failed.append((name, error))

    def close(self) -> None:
        groups = self._near_duplicates()
        rules = list(self._rules)
        index = {
            "rules": rules,
            "descriptions": [_description(r) for r in rules],
            "reasons": list(self._reasons),
            "files": [[e.name, e.kept, e.removed, e.words, e.words_removed, e.by_rule,
                       groups.get(i, -1)] for i, e in enumerate(self._entries)],
            "pageSize": PAGE_SIZE,
        }
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".cleaner-tmp-", dir=self.path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as out:
                out.write(self._head())
                out.write(self._summary(groups))
                out.write(_asset("report-body.html"))
                self._data.seek(0)
                shutil.copyfileobj(self._data, out)
                out.write(f'<script type="application/json" id="index">{json_island(index)}</script>\n')
                out.write(f"<script>\n{_asset('report.js')}</script>\n</body>\n</html>\n")
            os.chmod(tmp, 0o644)  # mkstemp makes it private; a report is meant to be shared
            os.replace(tmp, self.path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        finally:
            self._data.close()

    def __enter__(self) -> ReportWriter:
        return self

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None,
                 tb: TracebackType | None) -> None:
        if kind is None:
            self.close()
        else:
            self._data.close()

    @staticmethod
    def _number(table: dict[str, int], key: str) -> int:
        return table.setdefault(key, len(table))

    def _near_duplicates(self) -> dict[int, int]:
        """Document number -> group number, for groups of two or more documents."""
        roots = [self._groups.group(doc) for doc in range(len(self._entries))]
        sizes = Counter(roots)
        numbers: dict[int, int] = {}
        found: dict[int, int] = {}
        for doc, root in enumerate(roots):
            if sizes[root] > 1:
                found[doc] = numbers.setdefault(root, len(numbers))
        return found

    def _head(self) -> str:
        title = html.escape(self.title)
        return (f'<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
                f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
                f"<title>{title}</title>\n<style>\n{_asset('report.css')}</style>\n</head>\n"
                f'<body>\n<header><h1>{title}</h1></header>\n')

    def _summary(self, groups: dict[int, int]) -> str:
        entries = self._entries
        kept = sum(e.kept for e in entries)
        removed = sum(e.removed for e in entries)
        words = sum(e.words for e in entries)
        words_removed = sum(e.words_removed for e in entries)
        share = f" ({words_removed / words:.0%})" if words else ""
        per_rule: Counter[int] = Counter()
        lines_rule: Counter[int] = Counter()
        for e in entries:
            for rule, (lines, w) in e.by_rule.items():
                per_rule[rule] += int(w)
                lines_rule[rule] += int(lines)
        out = ['<section id="summary">\n<div class="totals">',
               f'<div><b id="total-files">{len(entries)}</b> files</div>',
               f"<div><b>{removed}</b> of {kept + removed} lines removed</div>",
               f"<div><b>{words_removed:.0f}</b> of {words:.0f} words removed{share}</div>",
               f"<div><b>{len(set(groups.values()))}</b> near-duplicate groups "
               f"({len(groups)} files)</div>",
               f"<div><b>{len(self._failed)}</b> failed</div></div>"]
        out.append('<h2>Words removed per rule</h2>\n<div id="chart">')
        top = max(per_rule.values(), default=0) or 1
        rules = list(self._rules)
        for rule, count in sorted(per_rule.items(), key=lambda kv: (-kv[1], -lines_rule[kv[0]])):
            name = html.escape(rules[rule])
            tip = html.escape(_description(rules[rule]))
            out.append(f'<a class="bar" href="#rule={name}" title="{tip}"><span class="label">{name}</span>'
                       f'<span class="track"><span class="fill r-{name}" style="width:'
                       f'{100 * count / top:.1f}%"></span></span>'
                       f'<span class="n">{count} words, {lines_rule[rule]} lines</span></a>')
        out.append("</div>")
        if self._failed:
            out.append("<h2>Failed files</h2>\n<ul class=\"failed\">")
            out.extend(f"<li>{html.escape(n)}: {html.escape(e)}</li>" for n, e in self._failed[:1000])
            if len(self._failed) > 1000:
                out.append(f"<li>… and {len(self._failed) - 1000} more</li>")
            out.append("</ul>")
        out.append("</section>\n")
        return "\n".join(out)


def _words(block: BlockResult) -> float:
    """The block's word count, as measured by the pipeline when it recorded it."""
    measured = block.final.evidence.get("words")
    return float(measured) if isinstance(measured, (int, float)) else word_count(block.block.text)


def _description(rule: str) -> str:
    try:
        return INFO[RuleId(rule)].description
    except (KeyError, ValueError):
        return ""


def _asset(name: str) -> str:
    return resources.files("cleaner.review").joinpath(name).read_text(encoding="utf-8")
