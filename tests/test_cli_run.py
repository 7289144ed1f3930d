"""`cleaner run` and `cleaner rules`, through typer's CliRunner and as a real process."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from conftest import GOLDEN, SEEDS
from typer.testing import CliRunner

from cleaner.cli import app

runner = CliRunner()


def test_run_writes_one_output_per_input_and_a_summary(tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = runner.invoke(app, ["run", str(SEEDS), str(out), "--no-progress"])
    assert result.exit_code == 0, result.output
    for gold in GOLDEN.glob("*.txt"):
        assert (out / gold.name).read_text(encoding="utf-8") == gold.read_text(encoding="utf-8")
    assert "cleaned 4 file(s)" in result.output
    assert "removed by rule:" in result.output
    assert "share" in result.output and "teaser" in result.output


def test_run_recurses_and_keeps_relative_paths(tmp_path: Path) -> None:
    src = tmp_path / "in" / "a" / "b"
    src.mkdir(parents=True)
    (src / "x.txt").write_text((SEEDS / "001_735c3944063d5a0a.txt").read_text(encoding="utf-8"), encoding="utf-8")
    (src / "ignored.md").write_text("not a txt", encoding="utf-8")
    result = runner.invoke(app, ["run", str(tmp_path / "in"), str(tmp_path / "out"), "--no-progress"])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "out" / "a" / "b" / "x.txt").exists()
    assert not (tmp_path / "out" / "a" / "b" / "ignored.md").exists()


def test_run_is_a_real_subcommand_next_to_others() -> None:
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0
    assert "run" in result.output and "rules" in result.output


def test_rules_lists_every_rule_id() -> None:
    from cleaner.model import RuleId

    result = runner.invoke(app, ["rules"])
    assert result.exit_code == 0
    for rule in RuleId:
        assert rule.value in result.output


def test_missing_input_folder_is_a_clear_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["run", str(tmp_path / "nope"), str(tmp_path / "out")])
    assert result.exit_code == 2
    assert "does not exist" in result.output


def test_real_subprocess_run(tmp_path: Path) -> None:
    out = tmp_path / "cleaned"
    proc = subprocess.run(
        [sys.executable, "-m", "cleaner", "run", str(SEEDS), str(out)],
        capture_output=True, text=True, timeout=120, check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert "cleaned 4 file(s)" in proc.stderr
    for gold in GOLDEN.glob("*.txt"):
        assert (out / gold.name).read_bytes() == gold.read_bytes()
