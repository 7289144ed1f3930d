"""User rules files: parsing, errors with positions, and their effect on cleaning."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from cleaner import clean_and_explain
from cleaner.cli import app
from cleaner.model import RuleId, Stage
from cleaner.userrules import RulesError, load_rules, parse_rules

BODY = "The minister said on Tuesday that the talks with the unions would go on next week."
RULES = """
# drop the ad label of one site, keep the editor's notes
[[drop]]
pattern = '^Advertisement$'
reason = "ad label of example.org"

[[keep]]
pattern = '^Share on Facebook'
reason = "kept on purpose"

[[drop]]
pattern = 'sponsored'
"""


def test_drop_and_keep_patterns_decide_lines() -> None:
    rules = parse_rules(RULES, "site.toml")
    assert len(rules) == 3
    result = clean_and_explain(f"Advertisement\nShare on Facebook\n{BODY}\nA sponsored line here\n",
                               rules=rules)
    decisions = {b.block.text: b.final for b in result.blocks}
    assert decisions["Advertisement"].rule is RuleId.USER_DROP
    assert decisions["Advertisement"].reason == "ad label of example.org"
    assert decisions["A sponsored line here"].reason == "matches [[drop]] pattern sponsored (site.toml:11)"
    assert result.text == f"Share on Facebook\n{BODY}\n"


def test_keep_wins_over_builtin_rules() -> None:
    text = f"Share on Facebook\n{BODY}\n"
    assert clean_and_explain(text).removed[0].final.rule is RuleId.SHARE
    keep = parse_rules("[[keep]]\npattern = 'Facebook'\n", "k.toml")
    kept = clean_and_explain(text, rules=keep)
    assert kept.text == text
    assert kept.blocks[0].final.rule is RuleId.USER_KEEP
    assert kept.blocks[0].final.stage is Stage.USER


def test_keep_wins_over_a_drop_of_the_same_file() -> None:
    both = parse_rules("[[drop]]\npattern = 'talks'\n[[keep]]\npattern = 'unions'\n")
    assert clean_and_explain(f"{BODY}\n", rules=both).text == f"{BODY}\n"


@pytest.mark.parametrize(("text", "where", "words"), [
    ("[[drop]]\npattern = \"unclosed\n", "r.toml:2:20:", "not valid TOML"),
    ("[[drop]]\npattern = '(a'\n", "r.toml:2:12:", "bad regular expression"),
    ("[[drop]]\npattern = 'ab[c'\n", "r.toml:2:14:", "unterminated character set"),
    ("[[drop]]\npattern = 'a'\nreasn = 'x'\n", "r.toml:3:1:", "unknown key 'reasn'"),
    ("[[remove]]\npattern = 'a'\n", "r.toml:1:3:", "unknown table or key 'remove'"),
    ("title = 'x'\n", "r.toml:1:1:", "unknown table or key 'title'"),
    ("[[keep]]\nreason = 'x'\n", "r.toml:1:1:", "has no pattern"),
    ("[[drop]]\npattern = 'a'\n\n[[drop]]\n  pattern = 5\n", "r.toml:5:3:", "must be a non-empty string"),
    ("[[drop]]\npattern = 'a'\nreason = 3\n", "r.toml:3:1:", "reason of [[drop]] must be a string"),
    ("[drop]\npattern = 'a'\n", "r.toml:1:2:", "must be written as [[drop]] tables"),
])
def test_errors_name_file_and_position(text: str, where: str, words: str) -> None:
    with pytest.raises(RulesError) as caught:
        parse_rules(text, "r.toml")
    assert str(caught.value).startswith(where)
    assert words in str(caught.value)


def test_load_rules_reads_a_file_and_reports_a_missing_one(tmp_path: Path) -> None:
    path = tmp_path / "rules.toml"
    path.write_text(RULES, encoding="utf-8")
    assert len(load_rules(path).drops) == 2
    with pytest.raises(RulesError, match="nothing.toml:0:0: cannot read"):
        load_rules(tmp_path / "nothing.toml")


@pytest.mark.parametrize("command", ["run", "clean", "diff"])
def test_bad_rules_stop_every_command_before_any_work(tmp_path: Path, command: str) -> None:
    seeds = tmp_path / "in"
    seeds.mkdir()
    (seeds / "a.txt").write_text(f"{BODY}\n", encoding="utf-8")
    bad = tmp_path / "bad.toml"
    bad.write_text("[[drop]]\npattern = '(oops'\n", encoding="utf-8")
    args = {"run": ["run", str(seeds), str(tmp_path / "out"), "--log", str(tmp_path / "log.jsonl")],
            "clean": ["clean", str(seeds / "a.txt")], "diff": ["diff", str(seeds)]}[command]
    result = CliRunner().invoke(app, [*args, "--rules", str(bad)])
    assert result.exit_code == 2
    assert f"{bad}:2:12: bad regular expression" in result.stderr
    assert result.stdout == ""
    assert not (tmp_path / "out").exists() and not (tmp_path / "log.jsonl").exists()


def test_rules_apply_in_run_clean_and_diff(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(f"Advertisement\nShare on Facebook\n{BODY}\n", encoding="utf-8")
    rules = tmp_path / "rules.toml"
    rules.write_text(RULES, encoding="utf-8")
    runner = CliRunner()
    cleaned = runner.invoke(app, ["clean", str(folder / "a.txt"), "--rules", str(rules)])
    assert cleaned.exit_code == 0 and cleaned.stdout == f"Share on Facebook\n{BODY}\n"
    shown = runner.invoke(app, ["diff", str(folder), "--rules", str(rules)])
    assert "^ user-drop: ad label of example.org" in shown.stdout
    ran = runner.invoke(app, ["run", str(folder), str(tmp_path / "out"), "--rules", str(rules)])
    assert ran.exit_code == 0
    assert (tmp_path / "out" / "a.txt").read_text(encoding="utf-8") == f"Share on Facebook\n{BODY}\n"
