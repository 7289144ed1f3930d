"""The HTML report as a file: self-contained, escaped, and sane at 10,000 files."""

from __future__ import annotations

import json
import re
import time
from pathlib import Path
from typing import Any

from review_corpus import write_corpus
from typer.testing import CliRunner

from cleaner import clean_and_explain
from cleaner.cli import app
from cleaner.review.report import PAGE_SIZE, ReportWriter, json_island

ISLAND = re.compile(r'<script type="application/json" id="(d\d+|index)">(.*?)</script>', re.S)


def islands(page: str) -> dict[str, Any]:
    return {name: json.loads(body) for name, body in ISLAND.findall(page)}


def test_report_of_a_run_is_self_contained_and_complete(tmp_path: Path) -> None:
    folder = write_corpus(tmp_path / "in")
    (folder / "broken.txt").write_bytes(b"\x00\x00binary\x00")
    report = tmp_path / "review" / "report.html"
    result = CliRunner().invoke(app, ["run", str(folder), str(tmp_path / "out"), "--report", str(report)])
    assert result.exit_code == 1  # the binary file failed; the report is still written
    page = report.read_text(encoding="utf-8")
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", page)
    assert "<link" not in page and "@import" not in page and "url(" not in page
    data = islands(page)
    index = data["index"]
    assert isinstance(index, dict)
    names = [f[0] for f in index["files"]]
    assert sorted(names) == sorted(["harvest.txt", "library.txt", "quiet.txt", "bus/article.txt",
                                    "bus/page.txt"])
    assert len(data) == 6  # five documents and the index
    groups = {f[0]: f[6] for f in index["files"]}
    assert groups["bus/article.txt"] == groups["bus/page.txt"] >= 0
    assert groups["library.txt"] == -1
    assert "near-duplicate groups" in page and "broken.txt: binary data" in page
    library = data[f"d{names.index('library.txt')}"]
    assert library[0] == [1, "Aller à…", index["rules"].index("nav"),
                          index["reasons"].index("a navigation item on a line of its own, above the body")]
    assert library[2][:2] == [3, "La bibliothèque municipale rouvrira ses portes lundi après deux ans de "
                              "travaux, a annoncé la mairie dans un communiqué publié jeudi."]
    assert len(library[2]) == 2  # kept
    assert 'href="#rule=corpus-repeat"' in page  # the chart links to the rule filter


def test_text_cannot_break_out_of_the_page(tmp_path: Path) -> None:
    nasty = "</script><script>alert(1)</script> <!-- <b>bold</b>"
    assert "<" not in json_island([nasty]) and json.loads(json_island([nasty])) == [nasty]
    with ReportWriter(tmp_path / "r.html", title="<i>title</i>") as report:
        report.add("<b>name</b>.txt", clean_and_explain(f"{nasty}\nThe minister said on Tuesday that "
                                                         "the talks would go on for weeks.\n"))
    page = (tmp_path / "r.html").read_text(encoding="utf-8")
    assert "<script>alert(1)" not in page and "<b>bold" not in page and "<i>title" not in page
    assert islands(page)["d0"][0][1] == nasty


def test_report_of_10000_files_stays_small_and_paginated(tmp_path: Path) -> None:
    bodies = [clean_and_explain(f"Home\nShare on Facebook\nStory {n}: the council voted on Tuesday to "
                                f"expand the bus network number {n} after a year of complaints.\n")
              for n in range(20)]
    start = time.monotonic()
    with ReportWriter(tmp_path / "big.html") as report:
        for n in range(10_000):
            report.add(f"site-{n % 37}/doc-{n:05d}.txt", bodies[n % 20])
    elapsed = time.monotonic() - start
    page = (tmp_path / "big.html").read_text(encoding="utf-8")
    size = len(page.encode("utf-8"))
    text = sum(len(b.text.encode("utf-8")) + 30 for b in bodies) * 500  # the documents' own size
    assert size < text + 10_000 * 200  # per-file overhead under 200 bytes
    assert page.count('<script type="application/json" id="d') == 10_000
    index = islands(page)["index"]
    assert isinstance(index, dict)
    assert len(index["files"]) == 10_000 and index["pageSize"] == PAGE_SIZE
    assert len(index["reasons"]) == 2 and index["rules"] == ["nav", "share"]
    assert "<b id=\"total-files\">10000</b>" in page
    assert elapsed < 10
