"""The quality gate: the cleaner on the dev set stays above the pinned floors.

The dev set is not part of the repository (its sources have their own licences); it is
read from ``../shared/eval`` beside the checkout, as on CI.  Without it the gate skips.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval"


def _bench():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("bench_quality", ROOT / "bench" / "quality.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.skipif(not (EVAL / "dev" / "cases.jsonl").exists(), reason="no ../shared/eval dev set beside the checkout")
def test_cleaner_meets_quality_floors(capsys: pytest.CaptureFixture[str]) -> None:
    bench = _bench()
    status = bench.main(["--eval", str(EVAL), "--gate"])
    out = capsys.readouterr()
    assert status == 0, out.err + out.out
    assert "quality gate passed" in out.out


def test_gate_reports_a_number_under_its_floor() -> None:
    bench = _bench()
    groups = {"page": {"f1": 0.5, "body_kept": 0.99}, "article": {"f1": 0.99, "body_kept": 0.99}}
    failures = bench.gate(groups)
    assert failures == [f"page f1 0.500 < floor {bench.FLOORS[('page', 'f1')]:.3f}"]


def test_gate_reports_a_language_with_five_pages_under_its_floor() -> None:
    # the goal counts pages under 0.80 per language; the gate holds it
    bench = _bench()
    fine = {"f1": 0.99, "body_kept": 0.99}
    ceiling = bench.LANGUAGE_MAX_UNDER
    groups = {"page": fine, "article": fine,
              "page/ru": {"f1": 0.9, "n": 40, "under": ceiling + 1}, "page/zh": {"f1": 0.9, "n": 41, "under": ceiling},
              "article/ru": {"f1": 0.9, "n": 40, "under": ceiling + 1}}
    assert bench.gate(groups) == [f"page/ru: {ceiling + 1} pages under f1 0.80 > ceiling {ceiling}"]


def test_the_language_table_says_whether_the_goal_is_met() -> None:
    bench = _bench()
    row = {m: 0.9 for m in bench.METRICS}
    met = bench.language_table({"page/en": row | {"n": 81, "under": 4}})
    missed = bench.language_table({"page/en": row | {"n": 81, "under": 4}, "page/ru": row | {"n": 40, "under": 5}})
    assert met.endswith(": met")
    assert missed.endswith("NOT met (page/ru)")
