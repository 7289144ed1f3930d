"""Block statistics that are not covered through whole documents."""

from __future__ import annotations

from cleaner.stats import wrapped_groups


def test_hard_wrapped_paragraph_is_one_group_but_a_list_of_short_items_is_not() -> None:
    wrapped = [
        "The authors would like to thank everybody who contributed to the",
        "discussion of this document, in particular the members of the working",
        "group, for their reviews and comments.",
    ]
    assert wrapped_groups(wrapped) == [(0, 3)]
    poll = ["Вам…", "до 18 лет", "от 18 до 24", "от 25 до 34", "от 35 до 44"]
    assert wrapped_groups(poll) == [(0, 1), (1, 2), (2, 3), (3, 4), (4, 5)]
