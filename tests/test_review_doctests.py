"""The examples in the docstrings of the review modules and in the README's sections on
review, JSONL, user rules and the Python API run as written."""

from __future__ import annotations

import doctest
import importlib
import re
from pathlib import Path

import pytest

README = Path(__file__).resolve().parent.parent / "README.md"
SECTIONS = ("## Reviewing removals", "## JSONL and the log format", "## User rules", "## Python API")
MODULES = ("cleaner", "cleaner.model", "cleaner.pipeline", "cleaner.userrules", "cleaner.jsonl",
           "cleaner.review.diff", "cleaner.review.log")
FLAGS = doctest.NORMALIZE_WHITESPACE | doctest.ELLIPSIS


@pytest.mark.parametrize("name", MODULES)
def test_module_examples(name: str) -> None:
    results = doctest.testmod(importlib.import_module(name), optionflags=FLAGS)
    assert results.failed == 0
    assert results.attempted > 0 or name == "cleaner.pipeline"


def section(title: str) -> str:
    text = README.read_text(encoding="utf-8")
    start = text.index(title)
    following = re.search(r"^## ", text[start + len(title):], re.M)
    return text[start: start + len(title) + following.start()] if following else text[start:]


def test_readme_python_api_examples() -> None:
    text = section("## Python API")
    examples = doctest.DocTestParser().get_doctest(text, {}, "README Python API", str(README), 0)
    assert len(examples.examples) >= 10
    runner = doctest.DocTestRunner(optionflags=FLAGS)
    runner.run(examples)
    assert runner.failures == 0


def test_readme_documents_every_review_section_and_the_screenshot() -> None:
    text = README.read_text(encoding="utf-8")
    for title in SECTIONS:
        assert title in text
    assert "](docs/report.png)" in section("## Reviewing removals")
    assert (README.parent / "docs" / "report.png").read_bytes()[:4] == b"\x89PNG"
    log = section("## JSONL and the log format")
    for key in ("path", "encoding", "fixes", "kept", "removed[].line", "removed[].text",
                "removed[].rule", "removed[].reason"):
        assert f"| `{key}` |" in log
