"""``cleaner clean``: a file or stdin in, the cleaned text on stdout."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cleaner.cli import app

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name)
def test_clean_on_a_seed_equals_its_gold(seed: Path) -> None:
    result = CliRunner().invoke(app, ["clean", str(seed)])
    assert result.exit_code == 0, result.stderr
    assert result.stdout_bytes == (ROOT / "cleaned" / seed.name).read_bytes()


def test_clean_reads_stdin_with_dash_or_no_argument() -> None:
    data = SEEDS[0].read_bytes()
    gold = (ROOT / "cleaned" / SEEDS[0].name).read_bytes()
    runner = CliRunner()
    assert runner.invoke(app, ["clean", "-"], input=data).stdout_bytes == gold
    assert runner.invoke(app, ["clean"], input=data).stdout_bytes == gold


def test_clean_decodes_legacy_encodings_and_writes_utf8() -> None:
    text = ("Главная\n"
            "Министерство обороны сообщило во вторник, что переговоры продолжатся на следующей неделе.\n")
    result = CliRunner().invoke(app, ["clean", "-"], input=text.encode("cp1251"))
    assert result.stdout_bytes.decode("utf-8") == text.split("\n", 1)[1]


def test_clean_reports_unreadable_input(tmp_path: Path) -> None:
    runner = CliRunner()
    missing = runner.invoke(app, ["clean", str(tmp_path / "nope.txt")])
    assert missing.exit_code == 1 and "nope.txt" in missing.stderr and missing.stdout == ""
    binary = tmp_path / "b.txt"
    binary.write_bytes(b"\x00\x01\x02binary\x00")
    failed = runner.invoke(app, ["clean", str(binary)])
    assert failed.exit_code == 1 and "binary data" in failed.stderr


def test_clean_as_a_real_subprocess_in_a_pipe() -> None:
    done = subprocess.run([sys.executable, "-m", "cleaner", "clean"], input=SEEDS[3].read_bytes(),
                          capture_output=True, timeout=120, cwd=ROOT,
                          env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"})
    assert done.returncode == 0, done.stderr
    assert done.stdout == (ROOT / "cleaned" / SEEDS[3].name).read_bytes()
