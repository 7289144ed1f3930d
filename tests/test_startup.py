"""Start-up stays light: the command line and a one-file run never import the HTML
extractors (trafilatura, lxml, jusText), and language identification starts from a
cached model."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
HEAVY = ("trafilatura", "lxml", "justext")

# Runs the command line in-process, then lists the heavy packages it imported.
PROBE = """
import runpy, sys
sys.argv = ["cleaner", *sys.argv[1:]]
try:
    runpy.run_module("cleaner", run_name="__main__")
except SystemExit:
    pass
print("IMPORTED=" + ",".join(sorted({m.split(".")[0] for m in sys.modules} & set(HEAVY))))
"""


def imported(*args: str, cwd: Path) -> list[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    proc = subprocess.run([sys.executable, "-c", f"HEAVY = {HEAVY!r}\n{PROBE}", *args],
                          capture_output=True, text=True, cwd=cwd, env=env, timeout=120)
    line = [x for x in proc.stdout.splitlines() if x.startswith("IMPORTED=")]
    assert line, proc.stderr
    found = line[-1].removeprefix("IMPORTED=")
    return found.split(",") if found else []


def test_help_imports_no_extractor(tmp_path: Path) -> None:
    assert imported("--help", cwd=tmp_path) == []
    assert imported("run", "--help", cwd=tmp_path) == []


def test_cleaning_one_small_file_imports_no_extractor(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    seed = ROOT / "seeds" / "000_2744c880e1a75e98.txt"
    (tmp_path / "in" / "a.txt").write_bytes(seed.read_bytes())
    assert imported("run", "in", "out", "--no-progress", cwd=tmp_path) == []
    assert (tmp_path / "out" / "a.txt").read_text(encoding="utf-8").strip()


def test_language_model_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from cleaner import identify

    monkeypatch.setenv("CLEANER_CACHE", str(tmp_path))
    first = identify.load()  # unpacks py3langid's model and stores it
    stored = sorted(p.name for p in tmp_path.glob("langid-*/*"))
    assert "ptc.npy" in stored and "meta.txt" in stored
    again = identify.load()  # memory-maps the stored model
    text = "Le ministère a publié lundi un rapport sur la situation dans la région."
    assert first.classify(text) == again.classify(text)
    assert again.classify(text)[0] == "fr"
