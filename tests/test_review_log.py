"""The removal log of ``cleaner run --log``: one JSON object per document."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from review_corpus import write_corpus
from typer.testing import CliRunner

from cleaner.cli import app
from cleaner.decode import decode
from cleaner.model import RuleId, Stage

ROOT = Path(__file__).resolve().parent.parent
KEYS = ["path", "encoding", "language", "fixes", "kept", "removed"]


def run_with_log(folder: Path, tmp_path: Path) -> list[dict[str, Any]]:
    log = tmp_path / "log.jsonl"
    result = CliRunner().invoke(app, ["run", str(folder), str(tmp_path / "out"), "--log", str(log)])
    assert result.exit_code in (0, 1), result.stderr
    return [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()]


def test_log_has_one_record_per_document_in_the_stable_format(tmp_path: Path) -> None:
    folder = write_corpus(tmp_path / "in")
    records = run_with_log(folder, tmp_path)
    assert [r["path"] for r in records] == ["harvest.txt", "library.txt", "quiet.txt",
                                           "bus/article.txt", "bus/page.txt"]
    library = records[1]
    assert list(library) == KEYS
    assert library["encoding"] == "utf-8" and library["language"] == "fr" and library["kept"] == 3
    first = dict(library["removed"][0])
    assert first.pop("stage") in {stage.value for stage in Stage}
    assert first == {"line": 1, "text": "Aller à…", "rule": "nav",
                     "reason": "a navigation item on a line of its own, above the body"}
    assert [r["rule"] for r in library["removed"]] == ["nav", "nav", "duplicate", "teaser", "corpus-repeat"]
    assert records[2]["removed"] == []


def test_logged_lines_are_the_input_lines_and_all_have_rule_and_reason(tmp_path: Path) -> None:
    folder = write_corpus(tmp_path / "in")
    (folder / "seeds").mkdir()
    for seed in (ROOT / "seeds").glob("*.txt"):
        (folder / "seeds" / seed.name).write_bytes(seed.read_bytes())
    crlf = b"\r\n\r\nHome  \r\nThe minister said on Tuesday that the talks go on.\r\n"
    (folder / "crlf.txt").write_bytes(crlf)
    records = run_with_log(folder, tmp_path)
    rules = {rule.value for rule in RuleId}
    removed = 0
    for record in records:
        lines = decode((folder / str(record["path"])).read_bytes()).text.splitlines()
        for item in record["removed"]:
            removed += 1
            assert item["rule"] in rules and item["reason"].strip()
            assert lines[item["line"] - 1].rstrip() == item["text"]
    assert removed >= 30


def test_a_file_that_cannot_be_read_gets_an_error_record(tmp_path: Path) -> None:
    folder = write_corpus(tmp_path / "in")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02\x03 not text \x00")
    records = run_with_log(folder, tmp_path)
    assert {"path": "binary.txt", "error": "binary data (NUL bytes), not text"} in records
    assert len(records) == 6


def test_a_run_that_cannot_start_leaves_no_log(tmp_path: Path) -> None:
    folder = write_corpus(tmp_path / "in")
    log = tmp_path / "log.jsonl"
    result = CliRunner().invoke(app, ["run", str(folder), str(folder), "--log", str(log)])
    assert result.exit_code == 2 and "inputs are never overwritten" in result.stderr
    assert not log.exists()
    empty = tmp_path / "empty"
    empty.mkdir()
    ran = CliRunner().invoke(app, ["run", str(empty), str(tmp_path / "out"), "--log", str(log)])
    assert ran.exit_code == 0
    assert log.read_text(encoding="utf-8") == ""
