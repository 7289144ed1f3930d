"""The table of contents finder (``rules.contents``): entries, their headings, and what
is no such table."""

from __future__ import annotations

from cleaner.config import DEFAULT
from cleaner.model import Hit, RuleId, Strength
from cleaner.rules.contents import Contents, find_contents

TEXT = "A paragraph of the article that runs long enough to be a text block of its own, with a full stop."


def _find(lines: list[tuple[str, str]], hit_on: str = "") -> Contents | None:
    """``lines``: (text, class) pairs; ``hit_on``: the text of lines a rule hits."""
    texts = [t for t, _ in lines]
    hits = [(Hit(RuleId.NAV, Strength.STRONG, "a menu"),) if t == hit_on else () for t in texts]
    return find_contents(texts, [float(len(t.split())) for t in texts], [c for _, c in lines], hits,
                         min_entries=DEFAULT.contents_min_entries, max_words=DEFAULT.contents_max_words)


def _page(entries: list[str], between: list[tuple[str, str]]) -> list[tuple[str, str]]:
    lines = [("Contents", "short"), *[(e, "short") for e in entries]]
    for entry in entries:
        lines += [(entry, "short"), *between]
    return lines


def test_entries_and_their_headings_are_found_in_order() -> None:
    found = _find(_page(["Overview", "Setup", "Usage"], [(TEXT, "good")]))
    assert found == Contents((1, 2, 3), (4, 6, 8))


def test_a_heading_may_name_the_subject_before_a_colon() -> None:
    # "Jump to: Design, Display, Verdict" over "Aero 14: Design", "Aero 14: Display", ...
    lines = [("Jump to:", "short"), ("Design", "short"), ("Display", "short"), ("Verdict", "short"),
             (TEXT, "good"), ("Aero 14: Design", "short"), (TEXT, "good"), ("Aero 14: Display", "short"),
             (TEXT, "good"), ("Aero 14: Verdict", "short"), (TEXT, "good")]
    assert _find(lines) == Contents((1, 2, 3), (5, 7, 9))


def test_the_table_may_number_its_entries_and_not_the_headings() -> None:
    # a wiki's "1 Background", "2.1 Recruitment" over "Background", "Recruitment"; or the other way round
    numbered = ["1 Background", "2 Emberfall", "2.1 Recruitment", "3. Personality"]
    lines = [("Contents", "short"), *[(e, "short") for e in numbered]]
    for heading in ("Background", "Emberfall", "Recruitment", "Personality"):
        lines += [(heading, "short"), (TEXT, "good")]
    assert _find(lines) == Contents((1, 2, 3, 4), (5, 7, 9, 11))
    bare = [("Contents", "short"), *[(h, "short") for h in ("Background", "Emberfall", "Recruitment")]]
    for heading in ("1. Background", "2. Emberfall", "3. Recruitment"):
        bare += [(heading, "short"), (TEXT, "good")]
    assert _find(bare) == Contents((1, 2, 3), (4, 6, 8))
    # a year opening a line is no section's number
    years = [("Contents", "short"), ("2011 Season", "short"), ("2012 Season", "short"), ("2013 Season", "short")]
    for heading in ("Season", "Season", "Season"):
        years += [(heading, "short"), (TEXT, "good")]
    assert _find(years) is None


def test_the_row_may_run_on_into_the_first_heading() -> None:
    # the first section's heading right under the table repeats its first entry
    lines = [("Overview", "short"), ("Setup", "short"), ("Usage", "short"), ("Overview", "short"), (TEXT, "good"),
             ("Setup", "short"), (TEXT, "good"), ("Usage", "short"), (TEXT, "good")]
    assert _find(lines) == Contents((0, 1, 2), (3, 5, 7))


def test_a_section_may_be_a_table_alone_when_most_hold_text() -> None:
    lines = _page(["Overview", "Specs", "Battery", "Verdict"], [(TEXT, "good")])
    lines[8:9] = [("Weight", "short"), ("198 g", "bad")]  # the "Specs" section: cells, no text
    assert _find(lines) == Contents((1, 2, 3, 4), (5, 7, 10, 12))
    lines[11:12] = [("Capacity", "short"), ("5000 mAh", "bad")]  # two sections of four without text
    assert _find(lines) is None


def test_a_menu_printed_twice_is_no_table() -> None:
    # the copies stand side by side: no section between them
    lines = [("News", "short"), ("Sport", "short"), ("Weather", "short"), (TEXT, "good"),
             ("News", "short"), ("Sport", "short"), ("Weather", "short")]
    assert _find(lines) is None


def test_copies_without_text_between_most_of_them_are_no_table() -> None:
    assert _find(_page(["Overview", "Setup", "Usage"], [("Loading", "short")])) is None


def test_lines_a_rule_hits_page_numbers_and_short_rows_are_no_entries() -> None:
    assert _find(_page(["Overview", "Setup", "Usage"], [(TEXT, "good")]), hit_on="Setup") is None
    assert _find(_page(["1", "2", "3"], [(TEXT, "good")])) is None
    assert _find(_page(["Overview", "Setup"], [(TEXT, "good")])) is None


def test_a_heading_may_close_with_its_permalink_mark() -> None:
    # a documentation generator's headings, "Configuration files¶", under a sidebar's
    # "Configuration files"; not a heading that only shares the entry's first word
    marked = _page(["Overview", "Setup", "Usage"], [(TEXT, "good")])
    lines = [(t + "¶" if i > 3 and c == "short" else t, c) for i, (t, c) in enumerate(marked)]
    assert _find(lines) == Contents((1, 2, 3), (4, 6, 8))
    spaced = [(t + " #" if i > 3 and c == "short" else t, c) for i, (t, c) in enumerate(marked)]
    assert _find(spaced) == Contents((1, 2, 3), (4, 6, 8))
    other = [(t + "s" if i > 3 and c == "short" else t, c) for i, (t, c) in enumerate(marked)]
    assert _find(other) is None
