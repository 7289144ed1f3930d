"""Property tests: the cleaner never raises, is idempotent, and only removes lines."""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cleaner import clean, clean_and_explain
from cleaner.repair import repair_line

# Lines built from pieces that trigger rules, plus arbitrary text.
PIECES = [
    "Aller à…", "RSS Feed", "350Facebook0TwitterGoogle+Total : 350", "Par Samer Hussein",
    "15 novembre 2017", "image: http://x.org/a.jpg", "Source: Divers", "About Jane Doe",
    "Подпишитесь на телеграм-канал", "Читайте также: новости", "Также армия освободила город.",
    "Le ministère a publié un long rapport sur la situation économique du pays cette semaine.",
    "Правительство представило законопроект о пенсионной реформе, который рассмотрят весной.",
    "The minister said on Tuesday that the negotiations would continue for several more weeks.",
    "}", "", "   ", "\u00a0", "…", "中国政府今天宣布了新的经济政策，以促进国内消费和就业。",
]
line = st.one_of(st.sampled_from(PIECES), st.text(max_size=80))
document = st.lists(line, max_size=30).map("\n".join)
LINE_BREAK = re.compile(r"\r\n|\r|\n")


def _input_lines(text: str) -> list[str]:
    return [repair_line(raw)[0].rstrip() for raw in LINE_BREAK.split(text)]


def _is_subsequence(small: list[str], big: list[str]) -> bool:
    it = iter(big)
    return all(any(item == candidate for candidate in it) for item in small)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(document)
def test_never_raises_and_removes_only(text: str) -> None:
    result = clean_and_explain(text)
    out = [ln for ln in result.text.split("\n") if ln]
    assert _is_subsequence(out, _input_lines(text))
    assert len(result.blocks) == sum(1 for ln in _input_lines(text) if ln.strip())


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(document)
def test_idempotent(text: str) -> None:
    once = clean(text)
    assert clean(once) == once


@settings(max_examples=100, deadline=None)
@given(document)
def test_output_shape(text: str) -> None:
    out = clean(text)
    if out:
        assert out.endswith("\n") and not out.endswith("\n\n")
        assert not out.startswith("\n")
        assert "\n\n\n" not in out
        assert all(ln == ln.rstrip() for ln in out.split("\n"))
