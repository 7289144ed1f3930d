"""The report opened in a real browser (headless Chromium): the rule filter, search,
stepping through files, pagination at 10,000 files, and no network requests.

Set CLEANER_SCREENSHOT=docs/report.png to refresh the README's screenshot.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from chromium import Chromium, find_chromium
from review_corpus import write_corpus
from typer.testing import CliRunner

from cleaner import clean_and_explain
from cleaner.cli import app
from cleaner.review.report import ReportWriter

ROOT = Path(__file__).resolve().parent.parent
BINARY = find_chromium()
pytestmark = pytest.mark.skipif(BINARY is None, reason="chromium is not installed "
                                "(apt-get install chromium; .ci/run installs it)")

ROWS = "[...document.querySelectorAll('#files tbody tr')]"


@pytest.fixture(scope="module")
def browser() -> Iterator[Chromium]:
    assert BINARY is not None
    with Chromium(BINARY) as chromium:
        yield chromium


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    base = tmp_path_factory.mktemp("report")
    folder = write_corpus(base / "in")
    shutil.copytree(ROOT / "seeds", folder / "seeds")
    with contextlib.chdir(base):  # relative paths, as a user would type them
        result = CliRunner().invoke(app, ["run", "in", "out", "--report", "report.html"])
    assert result.exit_code == 0, result.stderr
    assert folder.is_dir()
    return base / "report.html"


def index_of(path: Path) -> dict[str, Any]:
    page = path.read_text(encoding="utf-8")
    start = page.index('<script type="application/json" id="index">') + len(
        '<script type="application/json" id="index">')
    return dict(json.loads(page[start:page.index("</script>", start)]))


def choose_rule(browser: Chromium, rule: str) -> None:
    browser.eval(f"(() => {{ const s = document.getElementById('rule'); s.value = {json.dumps(rule)};"
                 " s.dispatchEvent(new Event('change')); })()")


def test_rule_filter_shows_only_files_and_lines_of_that_rule(browser: Chromium, report: Path) -> None:
    browser.open(report.as_uri())
    index = index_of(report)
    files = index["files"]
    assert browser.eval(f"{ROWS}.length") == len(files) == 9
    assert browser.eval("performance.getEntriesByType('resource').length") == 0  # nothing fetched
    removed = browser.eval(f"{ROWS}.map(r => parseInt(r.cells[1].textContent))")
    assert removed == sorted(removed, reverse=True)  # most removed first

    rule = "teaser"
    number = index["rules"].index(rule)
    expected = sorted(f[0] for f in files if str(number) in f[5])
    choose_rule(browser, rule)
    shown = browser.eval(f"{ROWS}.map(r => [r.cells[0].textContent, r.dataset.rules])")
    assert sorted(name for name, _ in shown) == expected and 0 < len(expected) < len(files)
    assert all(rule in rules.split() for _, rules in shown)
    assert browser.eval("document.getElementById('count').textContent") == f"{len(expected)} of 9 files"
    assert "rule=teaser" in browser.eval("location.hash")

    browser.eval("document.querySelector('#files tbody tr').click()")
    assert browser.eval("document.getElementById('doc-name').textContent") == shown[0][0]
    hits = browser.eval("[...document.querySelectorAll('.ln.rm.hit')].map(l => l.dataset.rule)")
    others = browser.eval("[...document.querySelectorAll('.ln.rm.other')].map(l => l.dataset.rule)")
    assert hits and set(hits) == {rule} and rule not in others
    assert browser.eval("document.querySelectorAll('.ln.rm del').length") == len(hits) + len(others)
    assert "teaser" in browser.eval("document.querySelector('.ln.rm.hit .why').textContent")
    library = [f[0] for f in files].index("library.txt")
    browser.open(report.as_uri() + f"#file={library}")
    labels = browser.eval("[...document.querySelectorAll('.ln.rm')].map(l => l.querySelector('.why') ?"
                          " l.querySelector('.why').textContent : '')")
    assert labels[:2] == ["", "nava navigation item on a line of its own, above the body (2 lines)"]
    assert labels[2].startswith("duplicaterepeats line 3") and len(labels) == 5

    assert browser.eval(f"{ROWS}.length") == 9  # no rule in the URL: all files


def test_search_stepping_and_state_in_the_url(browser: Chromium, report: Path) -> None:
    browser.open(report.as_uri() + "#rule=duplicate")
    assert browser.eval(f"{ROWS}.every(r => r.dataset.rules.split(' ').includes('duplicate'))")
    browser.open(report.as_uri() + "#x")
    browser.eval("(() => { const s = document.getElementById('search'); s.value = 'bibliothèque';"
                 " s.dispatchEvent(new Event('input')); })()")
    browser.wait_for(f"{ROWS}.length === 1")
    assert browser.eval(f"{ROWS}[0].cells[0].textContent") == "library.txt"
    browser.eval("document.getElementById('search').value = ''; "
                 "document.getElementById('search').dispatchEvent(new Event('input'))")
    browser.wait_for(f"{ROWS}.length === 9")
    browser.eval("document.getElementById('next-file').click()")
    first = browser.eval("document.getElementById('doc-name').textContent")
    browser.eval("document.getElementById('next-file').click()")
    second = browser.eval("document.getElementById('doc-name').textContent")
    assert [first, second] == browser.eval(f"{ROWS}.slice(0, 2).map(r => r.cells[0].textContent)")
    browser.eval("document.dispatchEvent(new KeyboardEvent('keydown', {key: 'k'}))")
    assert browser.eval("document.getElementById('doc-name').textContent") == first
    assert browser.eval("document.querySelector('#files tr.current').cells[0].textContent") == first
    near = browser.eval("(() => { const f = [...document.querySelectorAll('#files tbody tr')]"
                        ".find(r => r.cells[0].textContent === 'bus/page.txt'); f.click();"
                        " return document.getElementById('doc-info').textContent; })()")
    assert "Near-duplicates: bus/article.txt" in near
    browser.eval("document.getElementById('only-removed').click()")
    assert browser.eval("document.querySelectorAll('.ellipsis').length") == 1
    assert browser.eval("document.querySelectorAll('.ln.rm').length") == 5

    shot = Path(os.environ.get("CLEANER_SCREENSHOT") or report.with_suffix(".png"))
    browser.eval("document.getElementById('only-removed').click()")
    browser.open(report.as_uri() + "#rule=corpus-repeat&file=" + str(
        [f[0] for f in index_of(report)["files"]].index("library.txt")))
    browser.eval("window.scrollTo(0, 0)")
    browser.screenshot(shot)
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 20_000


def test_ten_thousand_files_paginate(browser: Chromium, tmp_path: Path) -> None:
    docs = [clean_and_explain(f"Home\nShare on Facebook\nStory {n}: the council voted on Tuesday to expand "
                              f"the bus network number {n} after a year of complaints.\n"
                              + ("Read also: the other story\n" if n % 2 else ""))
            for n in range(20)]
    path = tmp_path / "big.html"
    with ReportWriter(path) as report:
        for n in range(10_000):
            report.add(f"site-{n % 37}/doc-{n:05d}.txt", docs[n % 20])
    start = time.monotonic()
    browser.open(path.as_uri())
    loaded = time.monotonic() - start
    assert browser.eval(f"{ROWS}.length") == 50
    assert browser.eval("document.getElementById('page-info').textContent") == "page 1 of 200"
    first = browser.eval(f"{ROWS}[0].cells[0].textContent")
    browser.eval("document.getElementById('next-page').click()")
    assert browser.eval("document.getElementById('page-info').textContent") == "page 2 of 200"
    assert browser.eval(f"{ROWS}[0].cells[0].textContent") != first
    choose_rule(browser, "teaser")
    assert browser.eval("document.getElementById('page-info').textContent") == "page 1 of 100"
    browser.eval("document.querySelector('#files tbody tr').click()")
    assert browser.eval("document.querySelectorAll('.ln.rm.hit').length") == 1
    assert loaded < 20
