#!/usr/bin/env python3
"""Threshold sensitivity: how much the dev-set score moves when one threshold moves.

    python bench/sensitivity.py [--eval ../shared/eval] [--scales 0.8 1.25] [--fields good_words ...]

A threshold tuned to the dev pages sits on a narrow peak: moving it a little either way
costs a lot.  One set on evidence sits on a plateau.  For every numeric field of
``Config`` (or those named), this cleans the dev set's page variant once per scale with
that field scaled (an integer moves by at least one) and every other field at its
default, one document at a time (no corpus pass, which has thresholds of its own), and
prints the change of macro F1, body kept and junk kept against the defaults, measured in
the same run.  The data is read from the evaluation folder; nothing is copied.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
import tempfile
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from quality import DEFAULT_EVAL, load_scorer, score  # noqa: E402

from cleaner.config import DEFAULT, Config  # noqa: E402
from cleaner.pipeline import clean_and_explain  # noqa: E402

METRICS = ("f1", "body_kept", "junk_kept")


def scaled(value: int | float, scale: float) -> int | float:
    """``value`` times ``scale``; an integer rounded, and moved by one at least."""
    if isinstance(value, int):
        moved = round(value * scale)
        if moved == value:
            moved = value + (1 if scale > 1 else -1)
        return max(0, moved)
    return value * scale


def numeric_fields(config: Config) -> list[str]:
    return [f.name for f in dataclasses.fields(config)
            if isinstance(getattr(config, f.name), int | float) and not isinstance(getattr(config, f.name), bool)]


def measure(config: Config, texts: dict[str, str], scorer: Any, dev: Path) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        for case_id, text in texts.items():
            (out / f"{case_id}.txt").write_text(clean_and_explain(text, config=config).text, encoding="utf-8")
        groups = score(scorer, dev, out)
    page: dict[str, float] = groups["page"]
    return {m: page[m] for m in METRICS}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--eval", type=Path, default=DEFAULT_EVAL, help="evaluation folder (holds dev/, score.py)")
    parser.add_argument("--scales", type=float, nargs="+", default=[0.8, 1.25])
    parser.add_argument("--fields", nargs="+", help="Config fields to move (default: every numeric one)")
    args = parser.parse_args(argv)
    dev = args.eval / "dev"
    scorer = load_scorer(args.eval)
    texts = {path.stem: path.read_text(encoding="utf-8") for path in sorted((dev / "input").glob("*-page.txt"))}
    base = measure(DEFAULT, texts, scorer, dev)
    print(f"defaults: page F1 {base['f1']:.4f}, body kept {base['body_kept']:.4f}, "
          f"junk kept {base['junk_kept']:.4f} ({len(texts)} pages, no corpus pass)")
    print("| field | default | value | ΔF1 | Δbody kept | Δjunk kept |")
    print("|---|---|---|---|---|---|")
    for name in args.fields or numeric_fields(DEFAULT):
        default = getattr(DEFAULT, name)
        for scale in args.scales:
            value = scaled(default, scale)
            changed: dict[str, Any] = {name: value}
            moved = measure(dataclasses.replace(DEFAULT, **changed), texts, scorer, dev)
            deltas = " | ".join(f"{moved[m] - base[m]:+.4f}" for m in METRICS)
            print(f"| {name} | {default:g} | {value:g} | {deltas} |", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
