"""``cleaner diff``: annotated for people, unified for ``patch``; through CliRunner and
as a real subprocess whose diff the real ``patch`` applies."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from review_corpus import write_corpus
from typer.testing import CliRunner

from cleaner.cli import app

ROOT = Path(__file__).resolve().parent.parent


def test_annotated_diff_of_a_folder_labels_every_removed_line(tmp_path: Path) -> None:
    folder = write_corpus(tmp_path / "in")
    result = CliRunner().invoke(app, ["diff", str(folder)])
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    assert f"=== {folder / 'library.txt'} (utf-8, fr): 5 of 8 lines removed" in out
    assert "- 6  La bibliothèque municipale rouvrira" in out
    assert "^ duplicate: repeats line 3" in out
    # the corpus pass runs over a folder as in `cleaner run`
    assert "^ corpus-repeat: recurs in 3 unrelated documents of this run" in out
    assert "- 1  Aller à…\n- 2  RSS Feed\n     ^ nav: a navigation item on a line of its own, " \
           "above the body (2 lines)\n" in out  # a run of lines with one reason shares its label
    removed = [line for line in out.splitlines() if line.startswith("- ")]
    labels = [re.search(r"\((\d+) lines\)$", line) for line in out.splitlines()
              if line.lstrip().startswith("^ ")]
    assert len(removed) == sum(int(m[1]) if m else 1 for m in labels) == 20
    assert "\x1b[" not in out  # not a terminal: no colour by default


def test_color_option(tmp_path: Path) -> None:
    folder = write_corpus(tmp_path / "in")
    runner = CliRunner()
    always = runner.invoke(app, ["diff", "--color", "always", str(folder / "harvest.txt")])
    assert "\x1b[31m- 1  News\x1b[0m" in always.stdout
    never = runner.invoke(app, ["diff", "--color", "never", str(folder / "harvest.txt")])
    assert "\x1b[" not in never.stdout and "- 1  News" in never.stdout
    wrong = runner.invoke(app, ["diff", "--color", "sometimes", str(folder)])
    assert wrong.exit_code == 2


def test_diff_reads_stdin_and_reports_missing_paths(tmp_path: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(app, ["diff", "-", "--format", "unified"],
                           input=b"Home\nThe minister said on Tuesday that the talks would go on.\n")
    assert result.stdout.startswith("--- a/stdin\n+++ b/stdin\n@@ -1,2 +1 @@\n-Home\n")
    missing = runner.invoke(app, ["diff", str(tmp_path / "nope")])
    assert missing.exit_code == 2 and "no such file or folder" in missing.stderr


@pytest.mark.skipif(shutil.which("patch") is None, reason="the patch program is not installed")
def test_unified_diff_from_a_subprocess_applied_by_patch_gives_the_run_output(tmp_path: Path) -> None:
    write_corpus(tmp_path / "in")
    shutil.copytree(ROOT / "seeds", tmp_path / "in" / "seeds")
    (tmp_path / "in" / "crlf.txt").write_bytes(
        b"Home\r\nThe minister said on Tuesday that the talks would go on.\r\nShare on Facebook")
    env = {"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"}
    diff = subprocess.run([sys.executable, "-m", "cleaner", "diff", "--format", "unified", "in"],
                          cwd=tmp_path, capture_output=True, timeout=120, env=env)
    assert diff.returncode == 0, diff.stderr
    ran = CliRunner().invoke(app, ["run", str(tmp_path / "in"), str(tmp_path / "out")])
    assert ran.exit_code == 0, ran.stderr
    applied = subprocess.run(["patch", "-p1", "-s"], input=diff.stdout, cwd=tmp_path,
                             capture_output=True, timeout=60)
    assert applied.returncode == 0, applied.stdout + applied.stderr
    outputs = sorted(p.relative_to(tmp_path / "out") for p in (tmp_path / "out").rglob("*.txt"))
    assert len(outputs) == 10
    for rel in outputs:
        assert (tmp_path / "in" / rel).read_bytes() == (tmp_path / "out" / rel).read_bytes(), rel
