"""HTML input: rendering, decoding, trafilatura as evidence, and the run over a folder."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cleaner.cli import app
from cleaner.html import clean_html, decode_html, parse, render_lines
from cleaner.model import RuleId
from cleaner.pipeline import clean_and_explain
from cleaner.repair import repair_line
from cleaner.runner import RunOptions, run_folder

BODY = [
    "The city council voted on Tuesday to build a new bridge across the river, ending a "
    "debate that had divided the town for more than ten years.",
    "The bridge will link the old market with the northern districts, where most of the "
    "new houses have been built since the factory closed in the nineties.",
    "Opponents of the project said that the money would be better spent on the schools "
    "and on the roads that are already there, and they promised to take the case to court.",
    "The mayor said that the work would start in the spring and that the bridge should "
    "be open to traffic before the end of the next year, if the weather allows it.",
    "Engineers from the regional office will check the plans again in January, and the "
    "council will publish the final cost of the project before the work begins.",
]

PAGE = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Council votes for a new bridge | The Riverside Courier</title>
<meta property="og:title" content="Council votes for a new bridge">
<meta name="author" content="Jane Miller">
<meta property="article:published_time" content="2017-11-15T10:00:00Z">
<meta property="og:site_name" content="The Riverside Courier">
<link rel="canonical" href="https://courier.example.org/2017/11/bridge">
<script>var tracking = "do not render me";</script>
<style>body {{ color: black; }}</style>
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li>
<li><a href="/sport">Sport</a></li><li><a href="/contact">Contact</a></li></ul></nav>
<main><article>
<h1>Council votes for a new bridge</h1>
<p class="byline">By Jane Miller</p>
<p>{BODY[0]}</p>
<p>{BODY[1]}</p>
<div class="share">Share on Facebook</div>
<p>{BODY[2]}</p>
<p>{BODY[3]}</p>
<p>{BODY[4]}</p>
<p>Subscribe to our Telegram channel to get the news first!</p>
</article></main>
<footer><p>&copy; 2017 The Riverside Courier. All rights reserved.</p>
<p><a href="/privacy">Privacy policy</a> | <a href="/terms">Terms</a> | <a href="/ads">Advertise</a></p>
</footer></body></html>
"""


def test_render_lines_block_elements_breaks_and_dropped_content() -> None:
    html = ("<html><head><title>T</title></head><body><div>one <b>two</b><br>three</div>"
            "<script>x()</script><p>four&nbsp;&nbsp; five</p>"
            "<pre>a = 1\n  b = 2</pre><span>six</span></body></html>")
    lines = render_lines(parse(html))
    assert [line.text for line in lines] == ["one two", "three", "four five", "a = 1", "b = 2", "six"]
    assert [line.preformatted for line in lines] == [False, False, False, True, True, False]


def test_render_lines_finds_a_body_nested_in_odd_markup() -> None:
    # a stray element in the head makes lxml nest the body inside it
    html = '<meta charset="utf-8"><html><head><xmlns:x a="b"><body><p>Hello there</p></body></html>'
    assert [line.text for line in render_lines(parse(html))] == ["Hello there"]


def test_parse_empty_and_xml_declared_pages() -> None:
    assert parse("") is None
    assert render_lines(parse("   ")) == []
    xml = '<?xml version="1.0" encoding="utf-8"?><html><body><p>Text</p></body></html>'
    assert [line.text for line in render_lines(parse(xml))] == ["Text"]


def test_decode_html_declared_charset_and_utf8() -> None:
    page = '<html><head><meta charset="windows-1251"></head><body><p>Привет, мир</p></body></html>'
    decoded = decode_html(page.encode("cp1251"))
    assert "Привет, мир" in decoded.text
    assert decoded.encoding == "cp1251"
    assert decode_html("<p>déjà</p>".encode()).encoding == "utf-8"


def test_clean_html_keeps_the_body_and_explains_every_line() -> None:
    result = clean_html(PAGE.encode("utf-8"))
    kept = result.text.splitlines()
    assert kept == BODY
    rendered = [line.text for line in render_lines(parse(PAGE))]
    assert [b.block.text for b in result.blocks] == rendered  # one decision per rendered line
    rules = {b.block.text: b.final.rule for b in result.removed}
    assert rules["Share on Facebook"] is RuleId.SHARE
    assert rules["Subscribe to our Telegram channel to get the news first!"] is RuleId.PROMO
    assert rules["By Jane Miller"] is RuleId.BYLINE
    assert all("trafilatura" in b.final.evidence for b in result.blocks)
    assert result.encoding == "utf-8"
    assert result.language == "en"


def test_clean_html_keeps_code_that_trafilatura_keeps() -> None:
    code = ["def bridge(length):", "    return length * 2", "print(bridge(10))"]
    page = PAGE.replace(f"<p>{BODY[2]}</p>", f"<p>{BODY[2]}</p><pre>" + "\n".join(code) + "</pre>")
    kept = clean_html(page).text.splitlines()
    assert [line for line in kept if line.strip() in {c.strip() for c in code}] == [
        "def bridge(length):", "return length * 2", "print(bridge(10))"]
    assert set(BODY) <= set(kept)


def test_without_main_text_the_page_is_cleaned_as_text() -> None:
    page = "<html><body><p>Home</p><p>News</p></body></html>"
    result = clean_html(page)
    assert result.text == clean_and_explain("Home\nNews\n").text
    assert len(result.blocks) == 2


def test_run_folder_mixes_text_and_html(tmp_path: Path) -> None:
    src, out = tmp_path / "in", tmp_path / "out"
    (src / "sub").mkdir(parents=True)
    (src / "sub" / "page.html").write_text(PAGE, "utf-8")
    (src / "other.htm").write_text(PAGE, "utf-8")
    (src / "note.txt").write_text("Share on Facebook\n" + BODY[0] + "\n", "utf-8")
    summary = run_folder(src, out, RunOptions(corpus=False))
    assert summary.files == 3 and not summary.failed
    assert (out / "sub" / "page.txt").read_text("utf-8").splitlines() == BODY
    assert (out / "other.txt").read_text("utf-8").splitlines() == BODY
    assert (out / "note.txt").read_text("utf-8") == BODY[0] + "\n"


def test_trafilatura_is_imported_only_for_html(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(BODY[0] + "\n", "utf-8")
    code = ("import sys; from pathlib import Path; from cleaner.runner import run_folder; "
            f"run_folder(Path({str(tmp_path / 'in')!r}), Path({str(tmp_path / 'out')!r})); "
            "print('trafilatura' in sys.modules, 'lxml' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                          cwd=Path(__file__).resolve().parents[1])
    assert done.stdout.split() == ["False", "False"]


@pytest.fixture()
def html_run(tmp_path: Path) -> Path:
    src = tmp_path / "in"
    src.mkdir()
    (src / "bridge.html").write_text(PAGE, "utf-8")
    outcome = CliRunner().invoke(app, ["run", str(src), str(tmp_path / "out"), "--metadata",
                                       "--no-progress"])
    assert outcome.exit_code == 0, outcome.output
    return tmp_path / "out"


def test_cli_html_with_metadata(html_run: Path) -> None:
    assert (html_run / "bridge.txt").read_text("utf-8").splitlines() == BODY
    meta = json.loads((html_run / "bridge.meta.json").read_text("utf-8"))
    assert list(meta) == ["title", "author", "date", "site", "url", "image", "credits", "language",
                          "encoding"]
    assert meta["title"] == "Council votes for a new bridge"
    assert meta["author"] == "Jane Miller"
    assert meta["date"] == "2017-11-15"
    assert meta["site"] == "The Riverside Courier"
    assert meta["url"] == "https://courier.example.org/2017/11/bridge"
    assert meta["image"] is None
    assert meta["language"] == "en"
    assert meta["encoding"] == "utf-8"


class _KeepHome:
    """User rules (the ``cleaner.pipeline.UserRules`` protocol): keep "Home", drop nothing."""

    def drop(self, text: str) -> None:
        return None

    def keep(self, text: str) -> str | None:
        return "kept by the user" if text == "Home" else None


def test_user_keep_wins_over_trafilatura() -> None:
    result = clean_html(PAGE, rules=_KeepHome())
    home = next(b for b in result.blocks if b.block.text == "Home")
    assert home.kept and home.final.rule is RuleId.USER_KEEP
    assert not home.final.evidence["trafilatura"]
    assert result.text.splitlines() == ["Home", *BODY]


def test_a_trafilatura_failure_falls_back_to_the_text_pipeline(monkeypatch: pytest.MonkeyPatch) -> None:
    import trafilatura

    def broken(*args: object, **kwargs: object) -> str:
        raise RuntimeError("cannot read this page")

    monkeypatch.setattr(trafilatura, "extract", broken)
    rendered = [line.text for line in render_lines(parse(PAGE))]
    assert clean_html(PAGE).text == clean_and_explain("\n".join(rendered) + "\n").text


@pytest.mark.parametrize("page", [
    "<p>a\x00b is here</p>", "\x00\x01\x02", "<html><frameset><frame src=x></frameset></html>",
    "<!-- only a comment -->", "<div>" * 300 + "deep" + "</div>" * 300, b"\xff\xfe<\x00p\x00>\x00h\x00i\x00",
    "<table><tr><td>cell one<td>cell two</table><p>" + BODY[0],
])
def test_odd_pages_never_crash_and_only_remove(page: str | bytes) -> None:
    result = clean_html(page)
    text = page.decode("utf-16") if isinstance(page, bytes) else page
    rendered = [repair_line(line.text)[0].rstrip() for line in render_lines(parse(text))]
    kept = result.text.splitlines()
    assert all(line in rendered for line in kept)  # changed by encoding repair alone
    assert len(result.blocks) <= len(rendered)


def test_a_paragraph_removed_on_position_comes_back_only_when_the_precise_extraction_or_the_page_agrees() -> None:
    # the same rule as for a line the candidate cleaning keeps: a paragraph only in the
    # recall-leaning extraction (a related-links zone trafilatura took in) stays out
    from cleaner.html import Witness, combine
    from cleaner.model import BlockResult, Decision, Stage

    paragraph = next(b for b in clean_and_explain(BODY[0] + "\n").blocks)
    removed = Decision(False, RuleId.OUTSIDE_BODY, "below the body region", Stage.CONTEXT, {})
    part = BlockResult(paragraph.block, "good", (), paragraph.initial, removed)
    whole = BlockResult(paragraph.block, "good", (), paragraph.initial, removed)
    recall_only = Witness(candidate=True, precision=False, preformatted=False, title=False)
    assert not combine(whole, part, recall_only).kept
    precise = Witness(candidate=True, precision=True, preformatted=False, title=False)
    assert combine(whole, part, precise).kept
    kept_whole = BlockResult(paragraph.block, "good", (), paragraph.initial, paragraph.final)
    assert combine(kept_whole, part, recall_only).kept
