"""A gallery's counters: "2 / 12" over every picture of a photo story."""

from __future__ import annotations

import pytest

from cleaner import clean, clean_and_explain
from cleaner.model import RuleId
from cleaner.rules.counter import find_gallery_counters, find_number_runs

CAPTIONS = [
    "The oven was built by the baker's grandfather in 1954, from stones carried up from the river.",
    "Every morning at four, he lights it with beech wood and waits two hours for the heat to settle.",
    "The first loaves go to the village shop; the rest are sold from the bakery's window until noon.",
    "His daughter keeps the books and says the oven will stay lit for as long as her father can work.",
]


@pytest.mark.parametrize("counters", [
    ["2 / 12", "3 / 12", "4 / 12", "5 / 12"],
    ["[1/8]", "[2/8]", "[3/8]"],
    ["(3 / 40)", "(4 / 40)", "(5 / 40)", "(6 / 40)"],
])
def test_counters_climbing_under_one_total_are_a_gallery(counters: list[str]) -> None:
    lines = ["Menu", *[x for pair in zip(counters, CAPTIONS, strict=False) for x in pair]]
    found = find_gallery_counters(lines)
    assert set(found) == {i for i, line in enumerate(lines) if line in counters}
    assert all(hit.rule is RuleId.IMAGE for hit in found.values())


@pytest.mark.parametrize("lines", [
    ["Team A", "10/10", "Team B", "8/10", "Team C", "9/10"],  # a column of scores: they do not climb
    ["Score", "3/10", "Rating", "4/10"],  # two only
    ["Page", "2 / 12"],  # a lone fraction
    ["1/2 cup flour", "2/3 cup milk", "3/4 cup sugar"],  # fractions inside lines of text
    ["5 / 3", "6 / 3", "7 / 3"],  # numbers past the total
    ["0 / 12", "0 / 12", "0 / 12"],  # a counter that does not climb
    ["Team C", "6/10", "Team B", "7/10", "Team A", "9/10"],  # scores that climb, but not by one
    ["[1/8]", "[2/8]", "[5/8]"],  # a gallery that skips pictures: when unsure, keep
])
def test_fractions_that_are_no_gallery_are_left_alone(lines: list[str]) -> None:
    assert find_gallery_counters(lines) == {}


def test_a_photo_storys_counters_go_and_its_captions_stay() -> None:
    """A photo story: a counter over each picture, a caption paragraph under it and the
    photographer's credit under that.  The counters go, and the first caption stays
    above the lines of the next picture (a credit, a counter) as the opening of the text."""
    counters = [f"{n} / 4" for n in range(1, 5)]
    body = [f"{x}\nPhoto: Anna Berg" if x in CAPTIONS else x
            for pair in zip(counters, CAPTIONS, strict=True) for x in pair]
    page = "Home\nPhotos\nThe last stone oven on the hill\n3 June 2024\n\n" + "\n\n".join(body) + \
        "\n\nMore galleries\n© 2024 The Valley News\n"
    kept = [line for line in clean(page).splitlines() if line]
    assert kept == CAPTIONS
    decisions = {b.block.text: b.final for b in clean_and_explain(page).blocks}
    assert decisions["2 / 4"].rule is RuleId.IMAGE and "gallery" in decisions["2 / 4"].reason


GALLERY = [
    "We reach the hill farm before the morning mist has lifted. Among the wooden houses only one chimney is smoking, "
    "and the smell of fresh bread reaches us long before we see the oven.",
    "The oven was built in 1947 by the baker's father, from flat stones he carried up from the stream one at a time. "
    "My father used to say that a stone oven remembers every fire, he tells us.",
    "The fire is lit at four in the morning. The oven needs at least two hours to heat through, and only beech wood is "
    "burnt in it, because other wood leaves a taste in the crust.",
    "His daughter-in-law kneads the dough. The recipe has never changed: maize flour, wheat flour, salt, water and a "
    "handful of the previous day's dough as the starter.",
    "About 120 loaves come out of the oven every day. Most go to the forty households on the hill, and the rest are "
    "sold at the weekend to visitors who drive up from the coast.",
    "From the end of May to the middle of September the oven is never cold. There used to be four ovens on the hill; "
    "the other three fell silent one after another over the past thirty years.",
]


def test_the_opening_of_a_photo_story_stays_above_the_next_pictures_credit_and_counter() -> None:
    """A photo story under a long menu: the standfirst, then each picture's counter (the
    first with the title again), its caption paragraph and a credit or an advert's label.  With the counters gone, the
    first caption and the standfirst stand above the next picture's credit and counter,
    away from the run of the rest: they are the text's opening, past those lines."""
    title = "The last stone oven on the hill: the same fire for seventy years"
    standfirst = ("On a hill farm 1,600 metres up, an old baker still fires his stone oven every morning of the "
                  "summer, as his father did before him.")
    lines = ["The Valley Post", "HOME", "NEWS", "BUSINESS", "SPORT", "LIFE", "CULTURE", "PHOTOS", "VIDEO", "Menu",
             "Weather", "Breaking", "Hazelnut prices announced", "Landslide on the coast road: one lane open",
             "Photo Gallery", title, "24.07.2017 - 10:15 | Updated: 24.07.2017 - 14:02",
             "Words: Ellen Sharp | Photos: Martin Cole", "Share", "FacebookTwitterWhatsApp",
             "See all photos on one page", standfirst]
    for k, caption in enumerate(GALLERY, 1):
        lines += [f"{k} / {len(GALLERY)}", *([title] if k == 1 else []), caption,
                  "ADVERTISEMENT" if k % 3 == 0 else "Photo: Martin Cole"]
    lines += ["PreviousNext", "Watch the gallery again", "Tags:", "Farms", "© 2017 The Valley Post"]
    kept = [line for line in clean("\n".join(lines) + "\n").splitlines() if line]
    assert [line for line in kept if line != title] == [standfirst, *GALLERY]  # (the title's copy: either way)


@pytest.mark.parametrize("lines", [
    ["Consider this function:", "?", "1", "2", "3", "def add(item, bucket=[]):", "bucket.append(item)"],  # a gutter
    ["Pages", "1", "2", "3", "4", "Next"],  # a pager
    ["Mo", "0", "1", "2", "3"],  # counting from zero
])
def test_bare_numbers_counting_up_by_one_are_a_widget(lines: list[str]) -> None:
    found = find_number_runs(lines)
    assert set(found) == {i for i, line in enumerate(lines) if line.isdigit()}
    assert all(hit.rule is RuleId.NAV and hit.evidence["numbering"] for hit in found.values())


@pytest.mark.parametrize("lines", [
    ["1", "Preheat the oven.", "2", "Mix the flour.", "3", "Bake."],  # a list's markers over their items
    ["1", "2"],  # two only
    ["2", "3", "4"],  # not from 0 or 1: figures of a table's column
    ["1", "3", "4", "5"],  # a gap after the first
    ["1", "1", "1"],  # no counting
    ["2024", "2025", "2026"],  # years
])
def test_numbers_that_do_not_count_up_from_one_alone_are_left_alone(lines: list[str]) -> None:
    assert find_number_runs(lines) == {}


POST = [
    "This one bites almost everybody who writes Python for long enough, and last week it bit a colleague of mine in "
    "production code that had been running quietly for months.",
    "Consider this innocent-looking function:",
    "def add_item(item, bucket=[]):", "    bucket.append(item)", "    return bucket",
    "You would expect every call without a bucket argument to get a fresh empty list. It does not. Call it twice "
    "and look at the result:",
    ">>> add_item(\"apple\")", "['apple']", ">>> add_item(\"pear\")", "['apple', 'pear']",
    "The second call returns both items. The list is shared between calls, because the default value is created "
    "once, when the function is defined, and not every time it is called.",
    "Default argument values are evaluated once, when the def statement runs. The list lives on the function "
    "object itself, and every call that relies on the default gets that same list.",
    "Use None as a sentinel and create the list inside the function:",
    "def add_item(item, bucket=None):", "    if bucket is None:", "        bucket = []", "    bucket.append(item)",
    "    return bucket",
    "It costs two extra lines and it does what everyone expects. If None is a meaningful value for your "
    "argument, use a private sentinel object instead.",
    "Pylint warns about this with W0102, and so do most editors with a linter switched on. It is worth turning "
    "that warning into an error in your build.",
]


def test_a_code_boxs_line_numbers_go_and_the_post_above_them_stays() -> None:
    """A blog post whose code boxes print their line numbers beside the code, one a line
    over it ("1", "2", "3"): the numbers go, and weigh nothing where the article is (a
    box under the post's first paragraph does not cut the opening off)."""
    lines: list[str] = []
    for line in POST:
        if line.startswith(("def ", ">>> add_item(\"apple\")")):
            rows = 1 + next(k for k, x in enumerate(POST[POST.index(line) + 1:] + [""], 1)
                            if not x.startswith(("    ", ">>>", "[")))  # the box's own rows
            lines += [str(n) for n in range(1, rows)]
        lines.append(line)
    page = "\n".join(["Search", "Home", "About", "Talks", "Projects", "Code and Coffee", "Python",
                      "Stop using mutable default arguments", "March 9, 2014", "Mike Reilly", "6 Comments",
                      *lines, "Share this:", "Twitter", "Reddit", "Related", "Why I moved to Vim",
                      "Leave a Reply", "© 2014 Code and Coffee"])
    assert [line.strip() for line in clean(page).splitlines() if line] == [line.strip() for line in POST]
