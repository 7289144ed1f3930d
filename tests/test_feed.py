"""A feed under one label: three lines or more in a row opening with the same label."""

from __future__ import annotations

import pytest

from cleaner import clean_and_explain
from cleaner.rules.feed import find_label_feeds
from cleaner.stats import measure

ARTICLE = [
    "The council approved the budget on Monday after a long debate that lasted well into the night.",
    "Critics said the plan does too little for the outer districts, where bus services were cut last year.",
    "The mayor said more money would follow once the new tax comes into force next spring.",
]


def _feeds(lines: list[str]) -> set[int]:
    return set(find_label_feeds(lines, [measure(line, frozenset()) for line in lines]))


def test_three_headlines_under_one_label_in_a_row_are_a_feed() -> None:
    lines = ["Menu", "Latest news: Storm closes schools across the north",
             "Latest news: Bank raises interest rates for the third time",
             "LATEST NEWS: Local team wins the cup after a dramatic final", "Sport"]
    assert _feeds(lines) == {1, 2, 3}


@pytest.mark.parametrize("lines", [
    # an interview alternates its speakers
    ["Q: Why did you decide to stand for mayor again?", "A: Because the work is not finished yet, and I said so.",
     "Q: What will you do first if you win in the spring?"],
    # a schedule or a list of fields changes its label from line to line
    ["Monday: the council meets in the town hall", "Tuesday: the committee votes on the plan",
     "Wednesday: the mayor answers questions from residents"],
    # two lines only
    ["Latest news: Storm closes schools across the north", "Latest news: Bank raises interest rates again"],
    # values, not headlines
    ["Phone: 555 1234", "Phone: 555 5678", "Phone: 555 9012"],
    # code
    ["list: [", "list: [", "list: ["],
])
def test_lines_that_are_no_feed(lines: list[str]) -> None:
    assert _feeds(lines) == set()


def test_a_feed_above_the_article_is_removed_and_explained() -> None:
    feed = ["Latest news: Storm closes schools across the north for a second day",
            "Latest news: Bank raises interest rates for the third time this year?",
            "Latest news: Local team wins the cup after a dramatic final"]
    text = "\n".join(["Home", "News", *feed, "Council approves budget", *ARTICLE, "About us"]) + "\n"
    result = clean_and_explain(text)
    assert [line for line in result.text.splitlines() if line] == ARTICLE
    removed = {b.block.text: b.final for b in result.blocks if not b.kept}
    for line in feed:
        assert removed[line].rule.value in ("teaser", "header")
    explained = next(b for b in result.blocks if b.block.text == feed[0])
    assert any(h.evidence.get("label") == "latest news" and h.evidence.get("lines") == 3 for h in explained.hits)


def test_the_same_label_three_times_inside_the_article_stays() -> None:
    # sentences closing with a full stop are a report's text ("Update: ..."), not headlines
    inside = ["Update: police said the road would stay closed until the evening, and drivers should avoid it.",
              "Update: the road has reopened in one direction, and the police are still at the scene.",
              "Update: both lanes are open again, the police said, and traffic is back to normal."]
    body = [ARTICLE[0], *inside, ARTICLE[1], ARTICLE[2]]
    text = "\n".join(["Home", "News", "Council approves budget", *body, "About us"]) + "\n"
    assert [line for line in clean_and_explain(text).text.splitlines() if line] == body
