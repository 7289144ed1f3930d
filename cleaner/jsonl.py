"""JSONL in, JSONL out: clean one text field of every record, keep all other fields.

Each input line is one JSON object.  Its text field (``text`` unless told) is replaced
by the cleaned text; every other field is kept as it was, in its order.  With an
``explain_key`` the removals are added under that key (the log's record without path
and encoding, see :mod:`cleaner.review.log`).  A broken record (not JSON, not an
object, no text field or a text field that is not a string) yields a :class:`Broken`
with its 1-based line number, and the run goes on; blank lines are skipped.

>>> good = '{"id": 7, "text": "RSS Feed\\\\nLa semaine dernière, des unités de l’armée ont libéré la ville."}'
>>> out = list(clean_records([good.encode(), b'{"id": 8}']))
>>> out[0].output
'{"id": 7, "text": "La semaine dernière, des unités de l’armée ont libéré la ville.\\\\n"}'
>>> out[1]
Broken(line=2, message='no "text" field')
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from cleaner.corpus import CorpusBuilder, CorpusIndex
from cleaner.metadata import from_text
from cleaner.model import Result
from cleaner.pipeline import clean_and_explain
from cleaner.review.log import explanation
from cleaner.runner import RunOptions, Summary


@dataclass(frozen=True, slots=True)
class Cleaned:
    line: int
    output: str  # the cleaned record as one JSON line, without the newline
    result: Result


@dataclass(frozen=True, slots=True)
class Broken:
    line: int
    message: str


def parse_record(raw: bytes | str, text_field: str = "text") -> tuple[dict[str, Any], str]:
    """The record and its text; ``ValueError`` with a short message when broken."""
    try:
        record = json.loads(raw)
    except UnicodeDecodeError as exc:
        raise ValueError(f"not UTF-8: {exc.reason} at byte {exc.start}") from exc
    except json.JSONDecodeError as exc:
        raise ValueError(f"bad JSON: {exc.msg} at column {exc.colno}") from exc
    if not isinstance(record, dict):
        raise ValueError(f"not a JSON object but {_json_type(record)}")
    if text_field not in record:
        raise ValueError(f"no {json.dumps(text_field)} field")
    text = record[text_field]
    if not isinstance(text, str):
        raise ValueError(f"{json.dumps(text_field)} is {_json_type(text)}, not a string")
    return record, text


def _json_type(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float)):
        return "a number"
    return "an array" if isinstance(value, list) else "an object"


def clean_records(
    lines: Iterable[bytes | str],
    options: RunOptions | None = None,
    text_field: str = "text",
    explain_key: str | None = None,
    corpus: CorpusIndex | None = None,
) -> Iterator[Cleaned | Broken]:
    """Every non-blank line cleaned, in order, or reported as broken."""
    options = options or RunOptions()
    for number, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        try:
            record, text = parse_record(raw, text_field)
        except ValueError as exc:
            yield Broken(number, str(exc))
            continue
        result = clean_and_explain(text, config=options.config, language=options.language,
                                   corpus=corpus, rules=options.rules, encoding="utf-8")
        record[text_field] = result.text
        if explain_key is not None:
            record[explain_key] = explanation(result)
        if options.metadata:
            record["metadata"] = from_text(result).as_dict()
        yield Cleaned(number, json.dumps(record, ensure_ascii=False), result)


def collect_records(lines: Iterable[bytes | str], options: RunOptions | None = None,
                    text_field: str = "text") -> tuple[CorpusIndex, int]:
    """First pass of the corpus pass over records: (the index, the number of records)."""
    options = options or RunOptions()
    builder = CorpusBuilder(options.config)
    for raw in lines:
        if not raw.strip():
            continue
        try:
            _, text = parse_record(raw, text_field)
        except ValueError:
            continue  # reported by the second pass
        builder.add(clean_and_explain(text, config=options.config, language=options.language,
                                      rules=options.rules))
    return builder.build(), builder.documents


def run_jsonl(
    read: Callable[[], Iterable[bytes]],
    write: Callable[[str], None],
    options: RunOptions | None = None,
    text_field: str = "text",
    explain_key: str | None = None,
    name: str = "-",
    rereadable: bool = False,
    on_result: Callable[[str, Result], None] | None = None,
    on_broken: Callable[[Broken], None] | None = None,
) -> Summary:
    """Clean a JSONL stream: ``write`` gets each output line (with its newline).

    With ``rereadable`` (a file, not a pipe) and the corpus pass on, ``read`` is called
    twice: once to collect the corpus, once to clean.  Broken records go to
    ``on_broken`` and into the summary's ``failed`` as ``name:line``.
    """
    options = options or RunOptions()
    corpus: CorpusIndex | None = None
    if options.corpus and rereadable:
        index, documents = collect_records(read(), options, text_field)
        if documents >= options.config.corpus_min_docs:
            corpus = index
    summary = Summary()
    if corpus is not None:
        summary.corpus_lines = len(corpus)
    for outcome in clean_records(read(), options, text_field, explain_key, corpus):
        if isinstance(outcome, Broken):
            summary.failed.append((f"{name}:{outcome.line}", outcome.message))
            if on_broken is not None:
                on_broken(outcome)
            continue
        write(outcome.output + "\n")
        summary.add(outcome.result)
        if on_result is not None:
            on_result(f"{name}:{outcome.line}", outcome.result)
    return summary
