"""The unified diff applied by the real ``patch`` reproduces the cleaned text exactly;
the annotated diff labels every removed line."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cleaner import clean_and_explain
from cleaner.review.diff import COLOR, annotated, split_lines, unified
from cleaner.review.sources import read_source

PATCH = shutil.which("patch")
needs_patch = pytest.mark.skipif(PATCH is None, reason="the patch program is not installed")
BODY = "The minister said on Tuesday that the talks with the unions would go on next week."
TRICKY = {
    "crlf.txt": f"Home\r\n{BODY}\r\nShare on Facebook\r\n".encode(),
    "cr.txt": f"Home\r{BODY}\rShare\r".encode(),
    "no-final-newline.txt": f"Home\n{BODY}   \n\n\n\n{BODY} Again, longer.".encode(),
    "bom.txt": b"\xef\xbb\xbf" + f"Home\n{BODY}\n".encode(),
    "mojibake.txt": "CafÃ© owners said on Tuesday that the talks would go on for a while.\n".encode(),
    "trailing-blank.txt": f"\n\n{BODY}\n\n\n".encode(),
    "nothing-removed.txt": f"{BODY}\n".encode(),
    "everything-removed.txt": b"Home\nShare on Facebook\n",
    "empty.txt": b"",
    "latin1.txt": f"Caf\xe9 {BODY}\n".encode("latin-1"),
}


def apply_patch(folder: Path, diff: str) -> None:
    done = subprocess.run([str(PATCH), "-p1", "-s", "--no-backup-if-mismatch"], input=diff.encode(),
                          cwd=folder, capture_output=True, timeout=30)
    assert done.returncode == 0, done.stdout + done.stderr


@needs_patch
def test_patch_reproduces_the_output_on_tricky_files(tmp_path: Path) -> None:
    for name, data in TRICKY.items():
        (tmp_path / name).write_bytes(data)
    results = {}
    diffs = []
    for name in TRICKY:
        source = read_source((tmp_path / name).read_bytes())
        result = clean_and_explain(source.text)
        results[name] = result.text
        diffs.append(unified(source.as_read, result.text, name))
    apply_patch(tmp_path, "".join(diffs))
    for name in TRICKY:
        if name == "latin1.txt":
            continue  # a diff of text: it applies to the UTF-8 transcoding, see below
        assert (tmp_path / name).read_bytes() == results[name].encode("utf-8"), name
    assert unified(f"{BODY}\n", f"{BODY}\n", "same.txt") == ""


@needs_patch
def test_patch_reproduces_the_output_of_a_legacy_encoding_from_its_utf8_text(tmp_path: Path) -> None:
    source = read_source(TRICKY["latin1.txt"])
    assert source.encoding != "utf-8"
    (tmp_path / "doc.txt").write_text(source.as_read, encoding="utf-8", newline="")
    cleaned = clean_and_explain(source.text).text
    apply_patch(tmp_path, unified(source.as_read, cleaned, "doc.txt"))
    assert (tmp_path / "doc.txt").read_text(encoding="utf-8") == cleaned


@needs_patch
@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from([BODY, "Home", "Share on Facebook", "", "  ", "Caf\u00c3\u00a9 au lait",
                                 "Read also: the other story", BODY + "  ", "\u00a0", "x\ty"]),
                max_size=12),
       st.sampled_from(["\n", "\r\n", "\r"]), st.booleans())
def test_patch_reproduces_any_output(tmp_path: Path, lines: list[str], newline: str, final: bool) -> None:
    text = newline.join(lines) + (newline if final and lines else "")
    (tmp_path / "doc.txt").write_bytes(text.encode("utf-8"))
    cleaned = clean_and_explain(text).text
    apply_patch(tmp_path, unified(text, cleaned, "doc.txt"))
    assert (tmp_path / "doc.txt").read_bytes() == cleaned.encode("utf-8")


def test_split_lines_splits_after_newlines_only() -> None:
    assert split_lines("a\r\nb\rc\x0bd\u2028e\nf") == ["a\r\n", "b\rc\x0bd\u2028e\n", "f"]
    assert split_lines("") == [] and split_lines("a\n") == ["a\n"]


def test_unified_names_files_for_patch_p1() -> None:
    header = unified("Home\n", "", "/abs/doc.txt").splitlines()[:2]
    assert header == ["--- a/abs/doc.txt", "+++ b/abs/doc.txt"]


def test_unified_marks_a_missing_final_newline() -> None:
    diff = unified(f"Home\n{BODY}", f"{BODY}\n", "a.txt")
    assert diff.splitlines()[-2:] == ["\\ No newline at end of file", f"+{BODY}"]


PARAGRAPHS = [
    BODY,
    "Union leaders said they were ready to continue but wanted written guarantees on wages.",
    "The employers' federation has not yet answered the latest proposal sent on Monday evening.",
    "Both sides expect a decision before the end of the month, when the current contract expires.",
    "A strike remains possible if no agreement is found, the largest union warned in a statement.",
]


def test_annotated_shows_rule_reason_and_context() -> None:
    text = "\n".join(["Home", *PARAGRAPHS, "Share on Facebook"]) + "\n"
    result = clean_and_explain(text)
    assert [b.block.line for b in result.removed] == [1, 7]
    shown = annotated("doc.txt", result, context=1, width=40)
    assert shown.splitlines() == [
        "=== doc.txt (en): 2 of 7 lines removed, 4 of 80 words",
        "@@ line 1 @@",
        "- 1  Home",
        "     ^ nav: a navigation item on a line of its own, above the body",
        "  2  The minister said o … ld go on next week.",
        "@@ line 6 @@",
        "  6  A strike remains po … ned in a statement.",
        "- 7  Share on Facebook",
        "     ^ share: a share button or share prompt",
        "",
    ]


def test_annotated_colours_only_when_asked() -> None:
    shown = annotated("doc.txt", clean_and_explain(f"Home\n{BODY}\n"), style=COLOR)
    assert "\x1b[31m- 1  Home\x1b[0m" in shown


def test_annotated_with_nothing_removed_is_one_line() -> None:
    assert annotated("a.txt", clean_and_explain(f"{BODY}\n")).strip().count("\n") == 0
