"""``cleaner rules``: every rule id with its description, languages and an example."""

from __future__ import annotations

from typer.testing import CliRunner

from cleaner.cli import app
from cleaner.model import RuleId
from cleaner.rules import INFO


def test_rules_lists_every_rule_id_with_its_documentation() -> None:
    result = CliRunner().invoke(app, ["rules"])
    assert result.exit_code == 0
    listed = [line for line in result.stdout.splitlines() if line and not line.startswith(" ")]
    assert listed == [rule.value for rule in INFO]
    assert set(listed) == {rule.value for rule in RuleId}
    for info in INFO.values():
        assert f"    {info.description}" in result.stdout
        assert f"    languages: {info.languages}" in result.stdout
        if info.example:
            assert f"    example: {info.example}" in result.stdout
