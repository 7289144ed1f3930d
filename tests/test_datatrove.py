"""The datatrove steps give the texts of ``cleaner run``, corpus pass included."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

pytest.importorskip("datatrove", reason="datatrove is not installed: pip install 'cleaner[datatrove]'")

from datatrove.data import Document  # noqa: E402
from datatrove.executor import LocalPipelineExecutor  # noqa: E402
from datatrove.pipeline.readers import JsonlReader  # noqa: E402
from datatrove.pipeline.writers import JsonlWriter  # noqa: E402
from synthetic_site import BODIES as ALL_BODIES  # noqa: E402
from synthetic_site import FOOTER  # noqa: E402

from cleaner.integrations.datatrove import BoilerplateCleaner, CorpusFingerprints  # noqa: E402
from cleaner.runner import RunOptions, run_folder  # noqa: E402

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
BODIES = ALL_BODIES[:4]


def documents() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    for body in BODIES:
        lines = ["Home | News | Sport", "", body, body.replace("The", "This"), "", *FOOTER]
        texts.append("\n".join(lines) + "\n")
    return texts


def build_inputs(tmp: Path) -> tuple[Path, Path]:
    """The same documents as two JSONL shards and as a folder of text files (named so
    that the folder's order is the shards' order: shard 0 first)."""
    shards, folder = tmp / "shards", tmp / "folder"
    shards.mkdir()
    folder.mkdir()
    texts = documents()
    for shard in range(2):
        with open(shards / f"shard{shard}.jsonl", "w", encoding="utf-8") as out:
            for i, text in enumerate(texts[shard::2]):
                doc_id = f"{shard}_{i:03d}"
                out.write(json.dumps({"id": doc_id, "text": text}) + "\n")
                (folder / f"{doc_id}.txt").write_text(text, encoding="utf-8")
    return shards, folder


def read_jsonl(folder: Path) -> dict[str, dict[str, object]]:
    import gzip

    docs: dict[str, dict[str, object]] = {}
    for path in sorted(folder.glob("*.jsonl.gz")):
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            for line in handle:
                row = json.loads(line)
                docs[row["id"]] = row
    return docs


def test_two_stage_pipeline_matches_cleaner_run(tmp_path: Path) -> None:
    shards, folder = build_inputs(tmp_path)
    summary = run_folder(folder, tmp_path / "cleaned", RunOptions(jobs=1))
    assert summary.corpus_lines >= len(FOOTER)
    expected = {p.stem: p.read_text(encoding="utf-8") for p in (tmp_path / "cleaned").glob("*.txt")}

    collect = LocalPipelineExecutor(
        [JsonlReader(str(shards)), CorpusFingerprints(str(tmp_path / "fingerprints"))],
        tasks=2, workers=1, logging_dir=str(tmp_path / "logs1"))
    apply = LocalPipelineExecutor(
        [JsonlReader(str(shards)), BoilerplateCleaner(corpus_folder=str(tmp_path / "fingerprints")),
         JsonlWriter(str(tmp_path / "out"))],
        tasks=2, workers=1, logging_dir=str(tmp_path / "logs2"), depends=collect)
    apply.run()

    docs = read_jsonl(tmp_path / "out")
    assert {k: v["text"] for k, v in docs.items()} == expected
    removals = docs["1_003"]["metadata"]["boilerplate"]  # type: ignore[index]
    assert {"line": 8, "rule": "corpus-repeat",
            "reason": "recurs in 4 unrelated documents of this run"} in removals
    # (a footer's line that a rule knows too: the rule explains it, the recurrence beside it)
    assert {"line": 7, "rule": "promo", "reason": "a subscription, messenger or newsletter promo; it also "
            "recurs in 4 unrelated documents of this run"} in removals
    stats = json.loads((tmp_path / "logs2" / "stats.json").read_text())
    cleaner_stats = next(s for s in stats if "Boilerplate cleaner" in s["name"])
    assert total(cleaner_stats["stats"]["documents"]) == len(expected)
    assert total(cleaner_stats["stats"]["removed_corpus-repeat"]) >= len(BODIES) * (len(FOOTER) - 1)
    assert total(cleaner_stats["stats"]["removed_promo"]) >= len(BODIES)


def total(stat: object) -> float:
    """A datatrove stat as saved in stats.json: a bare count, or a dict with a total."""
    if isinstance(stat, dict):
        return float(stat["total"])
    assert isinstance(stat, (int, float))
    return float(stat)


def test_single_stage_without_corpus_cleans_each_document() -> None:
    step = BoilerplateCleaner()
    text = "Share on Facebook\nThe minister said on Tuesday that the talks would go on.\n"
    [doc] = list(step.run(iter([Document(text=text, id="a")])))
    assert doc.text == "The minister said on Tuesday that the talks would go on.\n"
    share = {"line": 1, "rule": "share", "reason": "a share button or share prompt"}
    assert doc.metadata["boilerplate"] == [share]
    assert step.stats["lines_removed"].total == 1


def test_drop_empty() -> None:
    step = BoilerplateCleaner(drop_empty=True)
    body = "The minister said on Tuesday that the talks would go on.\n"
    docs = list(step.run(iter([Document(text="Share on Facebook\n", id="a"), Document(text=body, id="b")])))
    assert [d.id for d in docs] == ["b"]
