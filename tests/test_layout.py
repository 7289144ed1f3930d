"""Layout safety: wrong folders are refused, inputs are never touched, outputs are
atomic, and an interrupted run leaves complete outputs that a rerun completes."""

from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cleaner.cli import app
from cleaner.files import TEMP_PREFIX, check_layout, remove_stale_temps, write_atomic
from cleaner.runner import RunOptions, clean_file, run_folder

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
GOLDEN = ROOT / "tests" / "golden"


def _invoke(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, ["run", *args, "--no-progress"])
    return result.exit_code, result.output


def _tree(folder: Path) -> dict[str, tuple[str, int]]:
    """Relative path -> (content hash, mtime) of every file below ``folder``."""
    return {
        str(p.relative_to(folder)): (hashlib.sha256(p.read_bytes()).hexdigest(), p.stat().st_mtime_ns)
        for p in sorted(folder.rglob("*")) if p.is_file()
    }


@pytest.fixture
def seeds_in(tmp_path: Path) -> Path:
    src = tmp_path / "in"
    src.mkdir()
    for seed in SEEDS:
        (src / seed.name).write_bytes(seed.read_bytes())
    return src


def test_output_equal_to_input_is_refused(seeds_in: Path) -> None:
    before = _tree(seeds_in)
    for out in (seeds_in, seeds_in / ".", seeds_in / ".." / "in"):
        code, output = _invoke(str(seeds_in), str(out))
        assert code == 2
        assert "output folder is the input folder" in output
    link = seeds_in.parent / "link"
    link.symlink_to(seeds_in, target_is_directory=True)
    assert _invoke(str(seeds_in), str(link))[0] == 2
    assert _tree(seeds_in) == before


def test_input_inside_output_is_refused(tmp_path: Path, seeds_in: Path) -> None:
    code, output = _invoke(str(seeds_in), str(tmp_path))
    assert code == 2
    assert "inside the output folder" in output


def test_missing_input_is_a_clear_error(tmp_path: Path) -> None:
    code, output = _invoke(str(tmp_path / "nope"), str(tmp_path / "out"))
    assert code == 2
    assert "input folder does not exist" in output and "nope" in output
    assert not (tmp_path / "out").exists()


def test_input_that_is_a_file_is_refused(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("x")
    code, output = _invoke(str(tmp_path / "a.txt"), str(tmp_path / "out"))
    assert code == 2 and "not a folder" in output


def test_output_inside_input_never_cleans_its_own_outputs(seeds_in: Path) -> None:
    out = seeds_in / "cleaned"
    for _ in range(2):
        code, output = _invoke(str(seeds_in), str(out))
        assert code == 0, output
        assert "cleaned 4 file(s)" in output
    assert sorted(p.name for p in out.rglob("*") if p.is_file()) == [p.name for p in SEEDS]
    for seed in SEEDS:
        assert (out / seed.name).read_text("utf-8") == (GOLDEN / seed.name).read_text("utf-8")


def test_inputs_are_never_modified(seeds_in: Path) -> None:
    (seeds_in / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    (seeds_in / "crlf.txt").write_bytes(SEEDS[0].read_bytes().replace(b"\n", b"\r\n"))
    before = _tree(seeds_in)
    code, _ = _invoke(str(seeds_in), str(seeds_in.parent / "out"))
    assert code == 1  # the binary file
    assert _tree(seeds_in) == before


def test_paths_with_spaces_and_non_ascii_names(tmp_path: Path) -> None:
    src = tmp_path / "мои файлы" / "entrée été"
    nested = src / "sous dossier" / "Новости"
    nested.mkdir(parents=True)
    (nested / "статья 1 é.txt").write_bytes(SEEDS[2].read_bytes())
    (src / "l'article n°2.TXT").write_bytes(SEEDS[0].read_bytes())
    out = tmp_path / "sortie ñ"
    code, output = _invoke(str(src), str(out))
    assert code == 0, output
    assert (out / "sous dossier" / "Новости" / "статья 1 é.txt").read_text("utf-8") == (
        GOLDEN / SEEDS[2].name).read_text("utf-8")
    assert (out / "l'article n°2.txt").read_text("utf-8") == (GOLDEN / SEEDS[0].name).read_text("utf-8")


def test_write_is_atomic_when_interrupted(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "out" / "a.txt"
    write_atomic(target, "old complete text\n")

    def interrupted(src: str, dst: str) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "replace", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_atomic(target, "new text " * 100_000)
    assert target.read_text("utf-8") == "old complete text\n"
    assert [p.name for p in target.parent.iterdir()] == ["a.txt"]
    with pytest.raises(KeyboardInterrupt):
        write_atomic(tmp_path / "out" / "b.txt", "never half written")
    assert not (tmp_path / "out" / "b.txt").exists()


def test_stale_temporary_files_are_removed_and_never_read(seeds_in: Path) -> None:
    out = seeds_in.parent / "out"
    (out / "sub").mkdir(parents=True)
    (out / "sub" / f"{TEMP_PREFIX}abc").write_text("half")
    (seeds_in / f"{TEMP_PREFIX}x.txt").write_text("a temporary file is never an input")
    summary = run_folder(seeds_in, out, RunOptions(corpus=False))
    assert summary.files == 4 and not summary.failed
    assert not list(out.rglob(f"{TEMP_PREFIX}*"))
    assert remove_stale_temps(out) == 0
    assert remove_stale_temps(seeds_in.parent / "missing") == 0


def test_check_layout_accepts_a_sibling_output(seeds_in: Path) -> None:
    check_layout(seeds_in, seeds_in.parent / "out")


def _many_inputs(folder: Path, count: int) -> None:
    folder.mkdir()
    texts = [seed.read_text("utf-8") for seed in SEEDS]
    for i in range(count):
        (folder / f"doc {i:04d}.txt").write_text(texts[i % len(texts)] + f"\nNuméro {i}.\n", "utf-8")


def _start(src: Path, out: Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen(
        [sys.executable, "-m", "cleaner", "run", str(src), str(out), "--no-corpus", "--no-progress"],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )


def _wait_for_outputs(out: Path, process: subprocess.Popen[bytes], at_least: int) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and process.poll() is None:
        if out.is_dir() and sum(1 for _ in out.glob("*.txt")) >= at_least:
            return
        time.sleep(0.005)


@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGINT])
def test_interrupted_run_leaves_complete_outputs_and_rerun_finishes(tmp_path: Path, sig: int) -> None:
    src, out = tmp_path / "in", tmp_path / "out"
    count = 240
    _many_inputs(src, count)
    process = _start(src, out)
    _wait_for_outputs(out, process, 10)
    assert process.poll() is None, "the run ended before it could be interrupted"
    process.send_signal(sig)
    process.wait(timeout=30)
    _, err = process.communicate()
    written = sorted(out.glob("*.txt"))
    assert 0 < len(written) < count, "interrupted mid-run"
    options = RunOptions(corpus=False)
    for path in written:  # complete or absent, never half-written
        assert path.read_text("utf-8") == clean_file(src / path.name, options).text, path.name
    if sig == signal.SIGINT:
        assert process.returncode == 130
        assert b"interrupted" in err
        assert not list(out.glob(f"{TEMP_PREFIX}*")), "Ctrl-C removes its temporary file"
    rerun = _start(src, out)
    _, err = rerun.communicate(timeout=120)
    assert rerun.returncode == 0, err
    assert len(list(out.glob("*.txt"))) == count
    assert not list(out.glob(f"{TEMP_PREFIX}*"))
    for i in (0, count // 2, count - 1):
        name = f"doc {i:04d}.txt"
        assert (out / name).read_text("utf-8") == clean_file(src / name, options).text
