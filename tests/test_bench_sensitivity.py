"""The threshold-sensitivity benchmark: its arithmetic, and one run on a two-page set.

The scorer is the evaluation's own ``score.py``, read from ``../shared/eval`` beside the
checkout; without it the run skips.  The pages are invented here."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval"


def _bench() -> ModuleType:
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        spec = importlib.util.spec_from_file_location("bench_sensitivity", ROOT / "bench" / "sensitivity.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        return module
    finally:
        sys.path.remove(str(ROOT / "bench"))


def test_an_integer_moves_by_one_at_least_and_a_float_by_its_scale() -> None:
    bench = _bench()
    assert bench.scaled(3, 0.8) == 2
    assert bench.scaled(3, 1.25) == 4
    assert bench.scaled(12, 1.25) == 15
    assert bench.scaled(0, 0.8) == 0
    assert bench.scaled(16.0, 0.8) == pytest.approx(12.8)


def test_only_numeric_thresholds_are_moved() -> None:
    bench = _bench()
    fields = bench.numeric_fields(bench.DEFAULT)
    assert "good_words" in fields and "region_streak" in fields
    assert "weights" not in fields  # a nested object
    assert all(not isinstance(getattr(bench.DEFAULT, name), bool) for name in fields)


_BODY = ("The council approved the budget on Monday after a long debate that lasted well into the night.\n"
         "Critics said the plan does too little for the outer districts, where bus services were cut last year.\n"
         "The mayor said more money would follow once the new tax comes into force next spring.\n")


@pytest.mark.skipif(not (EVAL / "score.py").exists(), reason="no ../shared/eval scorer beside the checkout")
def test_a_run_prints_one_row_per_scale(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    dev = tmp_path / "dev"
    (dev / "input").mkdir(parents=True)
    (dev / "gold").mkdir()
    cases = []
    for n in (1, 2):
        case_id = f"x-{n}-page"
        (dev / "input" / f"{case_id}.txt").write_text("Home\nNews\nSport\n" + _BODY + "About us\nContact\n")
        (dev / "gold" / f"{case_id}.txt").write_text(_BODY)
        cases.append({"id": case_id, "variant": "page", "language": "en"})
    (dev / "cases.jsonl").write_text("".join(json.dumps(c) + "\n" for c in cases))
    (tmp_path / "score.py").write_text((EVAL / "score.py").read_text())
    assert _bench().main(["--eval", str(tmp_path), "--fields", "region_streak"]) == 0
    out = capsys.readouterr().out
    assert "defaults: page F1 1.0000" in out
    assert "| region_streak | 3 | 2 |" in out and "| region_streak | 3 | 4 |" in out
