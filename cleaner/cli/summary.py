"""The end-of-run summary, as text for people."""

from __future__ import annotations

from cleaner.model import RuleId
from cleaner.rules import INFO
from cleaner.runner import Summary


def format_summary(summary: Summary) -> str:
    total = summary.lines_kept + summary.lines_removed
    share = f" ({summary.lines_removed / total:.0%})" if total else ""
    lines = [
        f"cleaned {summary.files} file(s): {summary.lines_kept} lines kept, "
        f"{summary.lines_removed} removed{share}"
    ]
    if summary.corpus_lines:
        lines.append(f"corpus pass: {summary.corpus_lines} recurring line(s) treated as boilerplate")
    if summary.by_rule:
        lines.append("removed by rule:")
        width = max(len(rule) for rule in summary.by_rule)
        for rule, count in summary.by_rule.most_common():
            about = INFO[RuleId(rule)].description.split(":")[0].split(".")[0]
            lines.append(f"  {rule:<{width}}  {count:>6}  {about}")
    if summary.failed:
        lines.append(f"failed: {len(summary.failed)} file(s), no output written for them:")
        lines.extend(f"  {path}: {why}" for path, why in summary.failed)
    return "\n".join(lines)
