"""``run_folder`` with a process pool and the spooled corpus pass: the same outputs,
summary, progress and results as the straightforward two-pass run, for any job count."""

from __future__ import annotations

import pickle
from array import array
from collections import Counter
from pathlib import Path

import pytest
from synthetic_site import BODIES, FOOTER
from typer.testing import CliRunner

from cleaner.cli import app
from cleaner.corpus import CorpusBuilder, document_fingerprints
from cleaner.execution import Record, touches
from cleaner.model import Result
from cleaner.runner import RunOptions, Summary, clean_file, collect, output_path, run_folder

SEEDS = Path(__file__).resolve().parent.parent / "seeds"



def make_folder(root: Path) -> Path:
    """Seeds, five documents of one site sharing a footer, a sub-folder and a broken file."""
    folder = root / "in"
    (folder / "site").mkdir(parents=True)
    for seed in SEEDS.glob("*.txt"):
        (folder / seed.name).write_bytes(seed.read_bytes())
    for i, body in enumerate(BODIES):
        lines = ["Home | News | Sport | Weather", "", body, body.replace("The", "This"), "", *FOOTER]
        text = "\n".join(lines)
        (folder / "site" / f"doc{i}.txt").write_text(text + "\n", encoding="utf-8")
    (folder / "site" / "binary.txt").write_bytes(b"\x00\x01\x02garbage\x00" * 10)
    return folder


def reference_run(in_dir: Path, out_dir: Path) -> tuple[dict[str, str], list[Result]]:
    """The straightforward corpus pass: collect on every file, then clean every file again."""
    options = RunOptions()
    inputs = sorted(p.relative_to(in_dir) for p in in_dir.rglob("*.txt"))
    index = collect(in_dir, inputs, options)
    texts: dict[str, str] = {}
    results: list[Result] = []
    for rel in inputs:
        try:
            result = clean_file(in_dir / rel, options, index)
        except ValueError:
            continue
        texts[str(rel)] = result.text
        results.append(result)
    return texts, results


def read_outputs(out_dir: Path) -> dict[str, str]:
    return {str(p.relative_to(out_dir)): p.read_text(encoding="utf-8") for p in out_dir.rglob("*.txt")}


@pytest.mark.parametrize("jobs", [1, 2])
def test_same_as_straightforward_two_pass(tmp_path: Path, jobs: int) -> None:
    in_dir = make_folder(tmp_path)
    expected, expected_results = reference_run(in_dir, tmp_path / "ref")
    seen: list[tuple[Path, Result]] = []
    stages: Counter[str] = Counter()
    summary = run_folder(in_dir, tmp_path / "out", RunOptions(jobs=jobs),
                         progress=lambda stage, rel: stages.update([stage]),
                         on_result=lambda rel, result: seen.append((rel, result)))
    assert read_outputs(tmp_path / "out") == expected
    assert summary.corpus_lines >= len(FOOTER)  # the corpus pass did run
    assert "corpus-repeat" in summary.by_rule
    assert [str(rel) for rel, _ in seen] == sorted(expected)
    assert [r.text for _, r in seen] == [r.text for r in expected_results]
    assert [r.removals_by_rule() for _, r in seen] == [r.removals_by_rule() for r in expected_results]
    assert summary.files == len(expected)
    assert summary.failed and summary.failed[0][0] == str(Path("site") / "binary.txt")
    files = len(expected) + 1
    assert stages == {"collect": files, "clean": files}


def test_jobs_do_not_change_the_summary(tmp_path: Path) -> None:
    in_dir = make_folder(tmp_path)
    one = run_folder(in_dir, tmp_path / "one", RunOptions(jobs=1))
    two = run_folder(in_dir, tmp_path / "two", RunOptions(jobs=2))
    assert one == two
    assert read_outputs(tmp_path / "one") == read_outputs(tmp_path / "two")


def test_without_corpus_pass_parallel_matches_serial(tmp_path: Path) -> None:
    in_dir = make_folder(tmp_path)
    serial = run_folder(in_dir, tmp_path / "one", RunOptions(corpus=False, jobs=1))
    parallel = run_folder(in_dir, tmp_path / "two", RunOptions(corpus=False, jobs=2))
    assert serial == parallel
    assert serial.corpus_lines == 0 and "corpus-repeat" not in serial.by_rule
    assert read_outputs(tmp_path / "one") == read_outputs(tmp_path / "two")


def test_spool_skips_documents_without_boilerplate(tmp_path: Path) -> None:
    in_dir = make_folder(tmp_path)
    options = RunOptions()
    builder = CorpusBuilder()
    records = []
    site = sorted(p.relative_to(in_dir) for p in in_dir.rglob("doc*.txt"))
    for rel in [*site, Path("000_2744c880e1a75e98.txt")]:
        result = clean_file(in_dir / rel, options)
        lines, body = document_fingerprints(result)
        builder.add_fingerprints(builder.documents, lines, body)
        records.append(Record(rel, lines=array("Q", sorted(lines)).tobytes()))
    index = builder.build()
    assert [touches(r, index) for r in records] == [True] * len(BODIES) + [False]


def test_results_pickle(tmp_path: Path) -> None:
    result = clean_file(SEEDS / "000_2744c880e1a75e98.txt", RunOptions())
    again = pickle.loads(pickle.dumps(result))
    assert again == result
    assert again.removed and again.removed[0].final.rule == result.removed[0].final.rule


def test_cli_jobs_option(tmp_path: Path) -> None:
    in_dir = make_folder(tmp_path)
    runner = CliRunner()
    outcome = runner.invoke(app, ["run", str(in_dir), str(tmp_path / "out"), "--jobs", "2", "--no-progress"])
    assert outcome.exit_code == 1  # the binary file failed, everything else was cleaned
    assert output_path(tmp_path / "out", Path("site") / "doc0.txt").is_file()
    assert "cleaned 9 file(s)" in outcome.output
    bad = runner.invoke(app, ["run", str(in_dir), str(tmp_path / "out2"), "--jobs", "0"])
    assert bad.exit_code == 2


def test_summary_add_counts_matches_add() -> None:
    result = clean_file(SEEDS / "001_735c3944063d5a0a.txt", RunOptions())
    by_result, by_counts = Summary(), Summary()
    by_result.add(result)
    removed = len(result.removed)
    by_counts.add_counts(len(result.blocks) - removed, removed, result.removals_by_rule())
    assert by_result == by_counts and by_result.lines_removed == removed > 0


@pytest.mark.parametrize("corpus", [True, False])
def test_empty_folder(tmp_path: Path, corpus: bool) -> None:
    (tmp_path / "in").mkdir()
    summary = run_folder(tmp_path / "in", tmp_path / "out", RunOptions(jobs=2, corpus=corpus))
    assert summary == Summary()
    assert not (tmp_path / "out").exists()


def test_workers_and_the_command_line_pace_the_collector() -> None:
    import gc
    import multiprocessing

    from cleaner import execution

    before = gc.get_threshold()
    try:
        execution.pace_collector()
        assert gc.get_threshold() == execution.GC_THRESHOLDS
    finally:
        gc.set_threshold(*before)
    job = execution.Job(Path("."), Path("."), RunOptions(), want_results=False, collect=False)
    with multiprocessing.get_context("spawn").Pool(1, initializer=execution._init, initargs=(job,)) as pool:
        assert pool.apply(gc.get_threshold) == execution.GC_THRESHOLDS
