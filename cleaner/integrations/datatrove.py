"""The cleaner as `datatrove <https://github.com/huggingface/datatrove>`_ pipeline steps.

Install with ``pip install 'cleaner[datatrove]'``.  :class:`BoilerplateCleaner` cleans
the text of each :class:`~datatrove.data.Document`, stores every removal (line, rule,
reason) in ``document.metadata["boilerplate"]`` and feeds datatrove's stats (lines kept
and removed, removals per rule, time per document).  Documents left empty are kept
(as ``cleaner run`` writes an empty file) unless ``drop_empty`` is set.

The corpus pass runs as two pipeline stages, the way datatrove's deduplication passes
signatures between stages: :class:`CorpusFingerprints` writes one fingerprint file per
task to a folder; the next stage's ``BoilerplateCleaner(corpus_folder=...)`` merges all
of them into a :class:`~cleaner.corpus.CorpusIndex` (tasks in rank order, documents in
reading order, as ``cleaner run`` numbers files) and applies it.  Any executor works:
local, Slurm or Ray; the folder may be any fsspec location (``s3://…``).
"""

from __future__ import annotations

import struct
from array import array
from collections.abc import Iterator
from typing import Any

from datatrove.data import Document, DocumentsPipeline
from datatrove.io import DataFolderLike, get_datafolder
from datatrove.pipeline.base import PipelineStep

from cleaner.config import DEFAULT, Config
from cleaner.corpus import CorpusBuilder, CorpusIndex, document_fingerprints
from cleaner.pipeline import clean_and_explain

FINGERPRINT_SUFFIX = ".cleaner-fp"
_HEADER = struct.Struct("<II")  # line fingerprints, body fingerprints


class CorpusFingerprints(PipelineStep):
    """Stage 1 of the corpus pass: clean each document alone and write its line
    fingerprints to ``output_folder/<rank>.cleaner-fp``.  A terminal step: it passes no
    documents on (like datatrove's signature steps)."""

    name = "🧹 Boilerplate fingerprints"
    type = "🫂 - DEDUP"

    def __init__(self, output_folder: DataFolderLike, config: Config = DEFAULT,
                 language: str | None = None) -> None:
        super().__init__()
        self.output_folder = get_datafolder(output_folder)
        self.config = config
        self.language = language

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        with self.output_folder.open(f"{rank:05d}{FINGERPRINT_SUFFIX}", mode="wb") as out:
            for doc in data or ():
                self.stat_update("documents")
                with self.track_time():
                    result = clean_and_explain(doc.text, config=self.config, language=self.language)
                    lines, body = document_fingerprints(result, self.config)
                out.write(_HEADER.pack(len(lines), len(body)))
                out.write(array("Q", sorted(lines)).tobytes())
                out.write(array("Q", sorted(body)).tobytes())
                self.stat_update("fingerprints", value=len(lines))
        return
        yield  # a generator that yields nothing


def _records(raw: bytes) -> Iterator[tuple[set[int], set[int]]]:
    pos = 0
    while pos < len(raw):
        n_lines, n_body = _HEADER.unpack_from(raw, pos)
        pos += _HEADER.size
        lines = array("Q")
        lines.frombytes(raw[pos: pos + 8 * n_lines])
        pos += 8 * n_lines
        body = array("Q")
        body.frombytes(raw[pos: pos + 8 * n_body])
        pos += 8 * n_body
        yield set(lines), set(body)


def load_corpus_index(folder: DataFolderLike, config: Config = DEFAULT) -> CorpusIndex:
    """Merge the fingerprint files of a :class:`CorpusFingerprints` stage."""
    source = get_datafolder(folder)
    builder = CorpusBuilder(config)
    for name in sorted(source.list_files(glob_pattern=f"*{FINGERPRINT_SUFFIX}")):
        with source.open(name, mode="rb") as handle:
            raw = handle.read()
        for lines, body in _records(raw):
            builder.add_fingerprints(builder.documents, lines, body)
    return builder.build()


class BoilerplateCleaner(PipelineStep):
    """Clean each document's text; with ``corpus_folder``, stage 2 of the corpus pass."""

    name = "🧹 Boilerplate cleaner"
    type = "✂️ - FORMAT"

    def __init__(self, corpus_folder: DataFolderLike | None = None, config: Config = DEFAULT,
                 language: str | None = None, drop_empty: bool = False,
                 metadata_key: str = "boilerplate") -> None:
        super().__init__()
        self.corpus_folder = corpus_folder
        self.config = config
        self.language = language
        self.drop_empty = drop_empty
        self.metadata_key = metadata_key
        self._index: CorpusIndex | None = None

    def corpus_index(self) -> CorpusIndex | None:
        if self.corpus_folder is not None and self._index is None:
            self._index = load_corpus_index(self.corpus_folder, self.config)
        return self._index

    def clean(self, doc: Document) -> Document:
        result = clean_and_explain(doc.text, config=self.config, language=self.language,
                                   corpus=self.corpus_index())
        removed = result.removed
        removals: list[dict[str, Any]] = [
            {"line": b.block.line, "rule": b.final.rule.value, "reason": b.final.reason}
            for b in removed
        ]
        doc.metadata[self.metadata_key] = removals
        doc.text = result.text
        self.stat_update("lines_kept", value=len(result.blocks) - len(removed))
        self.stat_update("lines_removed", value=len(removed))
        for rule, count in result.removals_by_rule().items():
            self.stat_update(f"removed_{rule}", value=count)
        return doc

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        self.corpus_index()
        for doc in data or ():
            self.stat_update("documents")
            with self.track_time():
                doc = self.clean(doc)
            if self.drop_empty and not doc.text:
                self.stat_update("dropped_empty")
                continue
            self.update_doc_stats(doc)
            yield doc
