"""HTML input against trafilatura alone, on the original pages of the dev set, in one run.

    python bench/html_quality.py [EVAL_DIR]      (default: ../shared/eval)

Three systems clean the same 220 pages (``EVAL_DIR/dev-html/<page_id>.html``):

* ``cleaner (HTML)``: ``cleaner run`` on the HTML pages (``cleaner.html``);
* ``trafilatura alone``: ``trafilatura.extract(html, include_comments=False)``, the
  reference configuration of ``EVAL_DIR/README.md``;
* ``cleaner (text)``: ``cleaner run`` on the same pages rendered as text
  (``EVAL_DIR/dev/input/<page_id>-page.txt``), for comparison.

Each writes ``<page_id>-page.txt`` into a temporary folder, scored by
``EVAL_DIR/score.py --json``; the ``page`` rows (all, DAnIEL ``dn``, Readability
``rd``) are printed as a Markdown table.  The evaluation data is only read, never copied
into the repository.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from cleaner.runner import RunOptions, run_folder

GROUPS = ("page", "dn/page", "rd/page")


def ours_html(pages: Path, out: Path, work: Path) -> None:
    run_folder(pages, work, RunOptions())
    for cleaned in work.glob("*.txt"):
        shutil.move(cleaned, out / f"{cleaned.stem}-page.txt")


def trafilatura_alone(pages: Path, out: Path, work: Path) -> None:
    import trafilatura

    for page in sorted(pages.glob("*.html")):
        text = trafilatura.extract(page.read_text("utf-8"), include_comments=False) or ""
        (out / f"{page.stem}-page.txt").write_text(text + "\n" if text else "", "utf-8")


def ours_text(inputs: Path, out: Path, work: Path) -> None:
    source = work / "in"
    source.mkdir()
    for page in inputs.glob("*-page.txt"):
        shutil.copy(page, source / page.name)
    run_folder(source, out, RunOptions())


def score(eval_dir: Path, out: Path) -> dict[str, dict[str, float]]:
    done = subprocess.run(
        [sys.executable, str(eval_dir / "score.py"), "--set", str(eval_dir / "dev"), "--out", str(out),
         "--json"], capture_output=True, text=True, check=True)
    groups: dict[str, dict[str, float]] = json.loads(done.stdout.strip().splitlines()[-1])["groups"]
    return groups


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("eval_dir", nargs="?", default="../shared/eval", type=Path)
    args = parser.parse_args()
    eval_dir: Path = args.eval_dir
    pages = eval_dir / "dev-html"
    if not (pages.is_dir() and (eval_dir / "score.py").is_file()):
        parser.error(f"no evaluation data at {eval_dir} (dev-html/ and score.py): pass EVAL_DIR")
    systems = (
        ("cleaner (HTML)", lambda out, work: ours_html(pages, out, work)),
        ("trafilatura alone", lambda out, work: trafilatura_alone(pages, out, work)),
        ("cleaner (text)", lambda out, work: ours_text(eval_dir / "dev" / "input", out, work)),
    )
    rows: list[str] = []
    with tempfile.TemporaryDirectory(prefix="html-quality-") as tmp:
        for number, (name, produce) in enumerate(systems):
            out, work = Path(tmp, f"out{number}"), Path(tmp, f"work{number}")
            out.mkdir()
            work.mkdir()
            started = time.perf_counter()
            produce(out, work)
            seconds = time.perf_counter() - started
            groups = score(eval_dir, out)
            for group in GROUPS:
                g = groups[group]
                cells = [name, group, str(int(g["n"]))]
                cells += [f"{g[k]:.3f}" for k in ("f1", "precision", "recall", "body_kept", "junk_kept")]
                rows.append("| " + " | ".join([*cells, f"{seconds:.0f}"]) + " |")
    print("| system | group | n | F1 | P | R | body kept | junk kept | seconds |")
    print("|---|---|---|---|---|---|---|---|---|")
    print("\n".join(rows))


if __name__ == "__main__":
    main()
