"""JSONL mode: each record's text cleaned, other fields kept, broken records reported."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from review_corpus import DOCS
from typer.testing import CliRunner

from cleaner import clean_and_explain
from cleaner.cli import app
from cleaner.jsonl import Broken, Cleaned, clean_records

ROOT = Path(__file__).resolve().parent.parent
BODY = "The minister said on Tuesday that the talks with the unions would go on next week."


def records() -> list[dict[str, object]]:
    return [{"id": name, "meta": {"n": n, "ok": True}, "text": text} for n, (name, text) in
            enumerate(DOCS.items())]


def jsonl_bytes(items: list[dict[str, object]]) -> bytes:
    return "".join(json.dumps(item, ensure_ascii=False) + "\n" for item in items).encode("utf-8")


def test_clean_records_keeps_other_fields_in_order_and_reports_broken_ones() -> None:
    lines: list[bytes | str] = [json.dumps({"a": 1, "text": f"Home\n{BODY}\n", "z": [None, 2.5]}),
             "", "{not json", json.dumps([1, 2]), json.dumps({"text": 5}), json.dumps({"body": "x"}),
             b"{\"text\": \"\xff\"}"]
    out = list(clean_records(lines, explain_key="why"))
    first = out[0]
    assert isinstance(first, Cleaned)
    record = json.loads(first.output)
    assert list(record) == ["a", "text", "z", "why"]
    assert record["text"] == f"{BODY}\n" and record["z"] == [None, 2.5]
    assert [{k: v for k, v in r.items() if k != "stage"} for r in record["why"]["removed"]] == [
        {"line": 1, "text": "Home", "rule": "nav",
         "reason": "a navigation item on a line of its own, above the body"}]
    assert record["why"]["kept"] == 1 and record["why"]["language"] == "en"
    assert out[1:] == [Broken(3, "bad JSON: Expecting property name enclosed in double quotes at column 2"),
                       Broken(4, "not a JSON object but an array"),
                       Broken(5, '"text" is a number, not a string'),
                       Broken(6, 'no "text" field'), Broken(7, "not UTF-8: invalid start byte at byte 10")]


def test_run_on_a_jsonl_file_with_text_field_explain_and_a_log(tmp_path: Path) -> None:
    items = [{"id": r["id"], "body": r["text"], "meta": r["meta"]} for r in records()]
    source = tmp_path / "in.jsonl"
    source.write_bytes(jsonl_bytes(items[:2]) + b"oops\n" + jsonl_bytes(items[2:]))
    log = tmp_path / "log.jsonl"
    result = CliRunner().invoke(app, ["run", str(source), str(tmp_path / "out.jsonl"), "--text-field", "body",
                                      "--explain", "--log", str(log)])
    assert result.exit_code == 1  # one broken record
    assert f"{source}:3: broken record: bad JSON" in result.stderr
    assert "cleaned 5 record(s)" in result.stderr
    out = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [o["id"] for o in out] == [i["id"] for i in items]
    assert all(list(o) == ["id", "body", "meta", "cleaner"] for o in out)
    library = out[3]
    assert library["body"].startswith("La bibliothèque municipale rouvrira")
    # with the corpus pass over the file, as for a folder
    assert library["cleaner"]["removed"][-1]["rule"] == "corpus-repeat"
    logged = [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()]
    assert logged[3]["path"] == f"{source}:5" and logged[3]["removed"] == library["cleaner"]["removed"]
    assert logged[-1] == {"path": f"{source}:3",
                          "error": "bad JSON: Expecting value at column 1"}


def test_stdin_to_stdout_with_jsonl_flag_and_clean_jsonl() -> None:
    data = jsonl_bytes(records())
    runner = CliRunner()
    result = runner.invoke(app, ["run", "-", "-", "--jsonl"], input=data)
    assert result.exit_code == 0, result.stderr
    out = [json.loads(line) for line in result.stdout_bytes.decode("utf-8").splitlines()]
    single = [clean_and_explain(r["text"]).text for r in records()]  # type: ignore[arg-type]
    assert [o["text"] for o in out] == single  # a stream has no corpus pass
    piped = runner.invoke(app, ["clean", "--jsonl"], input=data)
    assert piped.exit_code == 0 and piped.stdout_bytes == result.stdout_bytes


def test_jsonl_as_a_real_subprocess() -> None:
    data = jsonl_bytes(records()) + b'{"id": "broken"}\n'
    done = subprocess.run([sys.executable, "-m", "cleaner", "run", "-", "-", "--jsonl", "--explain"],
                          input=data, capture_output=True, timeout=120, cwd=ROOT,
                          env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"})
    assert done.returncode == 1
    assert b'<stdin>:6: broken record: no "text" field' in done.stderr
    lines = done.stdout.decode("utf-8").splitlines()
    assert len(lines) == 5 and all("cleaner" in json.loads(line) for line in lines)


def test_metadata_field_in_jsonl_mode() -> None:
    import json as _json
    from pathlib import Path as _Path

    from cleaner.jsonl import Cleaned, clean_records
    from cleaner.runner import RunOptions

    seed = (_Path(__file__).resolve().parent.parent / "seeds" / "003_8106c55979988182.txt").read_text(encoding="utf-8")
    line = _json.dumps({"id": 3, "text": seed}, ensure_ascii=False)
    (out,) = list(clean_records([line], RunOptions(metadata=True)))
    assert isinstance(out, Cleaned)
    record = _json.loads(out.output)
    assert record["id"] == 3
    assert record["metadata"]["date"] == "2017-11-15"
    assert record["metadata"]["author"] == "Samer Hussein"
