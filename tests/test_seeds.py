"""Golden files: the four seeds come out exactly as their gold, alone and as one corpus."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import CLEANED, GOLDEN, SEEDS

from cleaner import clean, clean_and_explain
from cleaner.runner import run_folder

NAMES = sorted(p.name for p in SEEDS.glob("*.txt"))


def test_there_are_four_seeds() -> None:
    assert len(NAMES) == 4
    assert sorted(p.name for p in GOLDEN.glob("*.txt")) == NAMES


@pytest.mark.parametrize("name", NAMES)
def test_seed_alone_matches_gold(name: str) -> None:
    text = (SEEDS / name).read_text(encoding="utf-8")
    assert clean(text) == (GOLDEN / name).read_text(encoding="utf-8")


def test_seeds_as_one_corpus_match_gold(tmp_path: Path) -> None:
    summary = run_folder(SEEDS, tmp_path / "out")
    assert summary.files == 4 and not summary.failed
    for name in NAMES:
        assert (tmp_path / "out" / name).read_text(encoding="utf-8") == (GOLDEN / name).read_text(
            encoding="utf-8"
        ), name


@pytest.mark.parametrize("name", NAMES)
def test_committed_cleaned_folder_is_the_gold(name: str) -> None:
    assert (CLEANED / name).read_bytes() == (GOLDEN / name).read_bytes()


@pytest.mark.parametrize("name", NAMES)
def test_every_removal_has_rule_and_reason(name: str) -> None:
    result = clean_and_explain((SEEDS / name).read_text(encoding="utf-8"))
    for block in result.removed:
        assert block.final.rule.value != "content"
        assert block.final.reason
        assert "class" in block.final.evidence  # the measured evidence travels with it


def test_seed_003_removals_are_labelled_by_family() -> None:
    result = clean_and_explain((SEEDS / "003_8106c55979988182.txt").read_text(encoding="utf-8"))
    by_text = {b.block.text: b.final.rule.value for b in result.removed}
    assert by_text["350Facebook0TwitterGoogle+Total : 350"] == "share"
    assert by_text["Par Samer Hussein"] == "byline"
    assert by_text["15 novembre 2017"] == "header"
    assert by_text["About Ginette Hess Skandrani"] == "author-bio"
    assert by_text["Aller à…"] == "nav"
    assert by_text["Traduction : Avic – Réseau International"] == "credit"
    assert any(rule == "image" for text, rule in by_text.items() if text.startswith("image: http"))


def test_seed_002_tail_teasers_and_promo() -> None:
    result = clean_and_explain((SEEDS / "002_08a8d640027da759.txt").read_text(encoding="utf-8"))
    removed = {b.block.text.split()[0]: b.final.rule.value for b in result.removed}
    assert removed == {"Ранее": "teaser", "Также": "teaser", "Подпишитесь": "promo"}
    assert result.language == "ru"
