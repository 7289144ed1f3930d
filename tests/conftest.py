from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
GOLDEN = ROOT / "tests" / "golden"
CLEANED = ROOT / "cleaned"


@pytest.fixture
def seed_names() -> list[str]:
    return sorted(p.name for p in SEEDS.glob("*.txt"))
