"""The finder of tables one cell a line (``cleaner.rules.tables``).

Each document is written as one letter per line: ``L`` a label cell ("Party"), ``D`` a
cell holding an entry of data ("2 cups flour", "16 GB"), ``N`` a cell of figures
("3079", "28.0%"), ``-`` an empty cell ("–"), ``.`` a line that is no cell (a
paragraph, a strong hit).
"""

from __future__ import annotations

import pytest

from cleaner.config import DEFAULT
from cleaner.rules.tables import CellLines, find_pairs, find_rows, find_tables, label


def _find(shape: str) -> list[tuple[int, int]]:
    """The tables found in ``shape``, as (first line, line past the last), 0-based;
    ``-`` an empty cell ("–"), ``L`` a label (a few capitalized words), ``w`` words that
    are no label ("Czas: 20 minut"), ``W`` longer words ("Corte total. Desvío por C/ Nueva"),
    ``H`` a label that is no cell (a strong hit's word: "Share")."""
    lines = CellLines(cells=[c not in ".WH" for c in shape], wide=[c == "W" for c in shape],
                      data=[c in "DN" for c in shape], numbers=[c == "N" for c in shape],
                      blank=[c == "-" for c in shape], labels=[c in "LH" for c in shape],
                      headers=[c in "LH" for c in shape])
    return [(t.start, t.stop) for t in find_tables(lines, min_rows=3, headed_min_rows=2, max_columns=8)]


def test_rows_of_a_label_and_figures_under_a_header_row_are_a_table() -> None:
    # a paragraph, the header row (Party, Votes, Share), four rows, a paragraph
    assert _find("." + "LLL" + "LNN" * 4 + ".") == [(1, 16)]


def test_the_header_row_starts_the_table_and_a_caption_over_it_is_left_out() -> None:
    # caption, header row (Station, Level, Alarm), three rows: the caption is the context pass's
    assert _find(".L" + "LLL" + "LNN" * 3 + ".") == [(2, 14)]


def test_a_header_row_holding_a_label_that_is_no_cell_heads_the_table() -> None:
    # Party, Seats, Change, Votes, "Share" (a share button's word, no cell): the header
    # row reaches over it, wherever that label stands in the row
    assert _find("." + "LLLLH" + "LNNNN" * 4 + ".") == [(1, 26)]
    assert _find("." + "LHLLL" + "LNNNN" * 4 + ".") == [(1, 26)]
    # not over two such labels, nor over a row of lines that are not all labels
    assert _find("." + "LHLHL" + "LNNNN" * 4 + ".") == [(5, 26)]
    assert _find("." + "LLNLH" + "LNNNN" * 4 + ".") == [(6, 26)]


def test_a_row_one_cell_off_from_the_third_on_stays_in_the_table() -> None:
    # "Pro Aue", "830", "7.0", "new", "2": a label where the others print a change
    assert _find("." + "LLLLL" + "LNNNN" * 3 + "LNNLN" + "LNNNN" + ".") == [(1, 31)]


def test_a_row_with_a_word_for_its_only_figure_stays_in_the_table_and_labels_after_it_do_not() -> None:
    # Player, Position, From, To, Fee: "Free" and "Loan" where the other rows print a fee
    rows = "LLLLN" * 2 + "LLLLL" + "LLLLL" + "LLLLN" * 2
    assert _find("." + "LLLLL" + rows + ".") == [(1, 36)]
    # a menu's labels right under the table are not its rows
    assert _find("." + "LLLLL" + "LLLLN" * 3 + "L" * 12 + ".") == [(1, 21)]


def test_one_pair_of_labels_inside_a_list_of_specs_stays_in_the_table() -> None:
    # "GPU", "Intel Iris Xe" among "RAM", "16GB", ...: one pair with no figure, inside
    assert _find("." + "LD" * 3 + "LL" + "LD" * 4 + ".") == [(1, 17)]
    # not two such pairs (a header row of the rows under them), nor one closing the list
    # (a menu's labels under it)
    assert _find("." + "LD" * 3 + "LL" * 2 + "LD" * 4 + ".") == [(9, 19)]
    assert _find("." + "LD" * 4 + "LL" + ".") == [(1, 9)]


def test_a_wider_table_is_not_read_two_cells_a_row() -> None:
    # model, place settings, class, noise, third basket, price, one model's name without
    # a figure; five offers' buttons under it: six columns, not pairs one off every few rows
    rows = "DDLDLD" * 4 + "LDLDLD"
    assert _find("." + "LLLLLL" + rows + "L" * 5 + ".") == [(1, 37)]


def test_figures_alone_under_a_header_row_of_labels_are_a_table() -> None:
    # Quarter, Revenue, Margin over "Q2 2024", "176.8", "29.4%", ...
    assert _find("." + "LLL" + "NNN" * 4 + ".") == [(1, 16)]


def test_a_list_of_entries_under_two_labels_is_no_table() -> None:
    # "Prep: 30 minutes", "You will need", then "2 cups flour", "1 tsp salt", ...: entries, not figures
    assert _find("." + "LL" + "D" * 10 + ".") == []


def test_a_menu_and_a_pager_are_no_tables() -> None:
    assert _find("." + "L" * 12 + ".") == []  # labels alone
    assert _find("." + "N" * 12 + ".") == []  # figures alone, no header row


def test_a_caption_and_a_header_row_of_dates_do_not_shift_the_rows() -> None:
    # caption, header (Department, 2024, 2025, Change), four rows (Roads, 4.1 m, 4.9 m, +20%):
    # read one line early, the caption and the header match as two rows of the same shape
    assert _find(".L" + "LNNL" + "LNNN" * 4 + ".") == [(2, 22)]


def test_a_last_cell_the_shape_missed_is_taken_in() -> None:
    # rows of a label and three figures, the last label read as an entry of data
    # ("Pasta (500 g)"), so the last row looks like figures alone: its last figure stays in
    found = _find("." + "LNNL" + "LNNN" * 4 + "DNNN" + ".")
    assert found and found[0][1] == 25


def test_two_tables_in_one_stretch_of_cells_and_none_across_a_paragraph() -> None:
    table = "LL" + "LN" * 4
    assert _find("." + table + "." + table + ".") == [(1, 11), (12, 22)]
    assert _find(".LL" + "LN" + "." + "LN" * 2 + ".") == []  # rows cut by a paragraph


def test_stretches_are_the_runs_of_accepted_lines() -> None:
    from cleaner.spans import stretches

    assert list(stretches([False, True, True, False, True])) == [range(1, 3), range(4, 5)]
    assert list(stretches([])) == [] and list(stretches([False, False])) == []


def test_an_empty_cell_in_the_first_row_does_not_push_it_into_the_header() -> None:
    # header (Rank, Name, Nation, Time, Behind), then the winner's row with "–" for the
    # time behind, then rows with a figure there: the winner's row is the table's first
    assert _find("." + "LLLLL" + "NLLN-" + "NLLNN" * 5 + ".") == [(1, 36)]


def test_the_search_over_a_stretch_of_many_small_tables_is_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    # each table found sends the search over the rest of the stretch again: past
    # SCAN_BUDGET cells searched, the stretch's other tables stay unfound (the work, not
    # the time, is counted: a timed test flakes on a shared machine)
    from cleaner.rules import tables

    searched: list[int] = []
    best_rows = tables._best_rows

    def counting(lines, i, j, *rest):  # type: ignore[no-untyped-def]
        searched.append(j - i)
        return best_rows(lines, i, j, *rest)

    monkeypatch.setattr(tables, "_best_rows", counting)
    group = "LLN" * 3 + "L" * 7  # three rows of a small table, then seven labels
    found = _find("." + group * 2000 + ".")
    assert found[0] == (1, 10) and len(found) < 2000
    assert sum(searched[:-1]) < tables.SCAN_BUDGET <= sum(searched)
    # a few such tables in a page's stretch are all found
    assert len(_find("." + group * 20 + ".")) == 20


def test_two_rows_alike_under_a_header_row_of_labels_are_a_table() -> None:
    # "Line", "Old route", "New route" over "4", "Station – Market", "Station – Park"
    # twice: fewer rows than a table needs, but alike cell for cell under labels
    assert _find("." + "LLL" + "NLL" * 2 + ".") == [(1, 10)]
    assert _find("." + "LLLL" + "NLLL" * 2 + ".") == [(1, 13)]


@pytest.mark.parametrize("shape", [
    "." + "www" + "NLL" * 2 + ".",  # a header row of words that are no labels ("Czas: 20 minut")
    "." + "LL" + "NL" * 2 + ".",  # two cells a row: a label and a figure, twice, is a menu's
    "." + "LLL" + "NLL" + "LNL" + ".",  # the two rows differ
    "." + "NLL" * 2 + ".",  # no header row
])
def test_two_rows_are_no_table_unless_alike_under_labels_three_cells_wide(shape: str) -> None:
    assert _find(shape) == []


def test_longer_cells_of_words_make_a_table_only_under_a_header_row_of_labels() -> None:
    # "Street", "Dates", "Hours", "Note" over "High Street (Market to Mill Lane)", "3 to 5
    # May", "7:00 – 17:00", "Full closure. Diversion via Ring Road", ...
    assert _find("." + "LLLL" + "WDDW" * 3 + ".") == [(1, 17)]
    # a related box: a headline, its author, its date, row after row: no header row
    assert _find("." + "WLD" * 4 + ".") == []
    # rows of short cells that make a table by themselves take longer ones under them;
    # two such rows do not
    assert _find("." + "LD" * 4 + "WD" * 2 + ".") == [(1, 13)]
    assert _find("." + "LD" * 2 + "WD" * 2 + ".") == []


def test_of_two_phases_alike_the_one_whose_rows_open_with_labels_is_the_table() -> None:
    # "Station", "Distance from the terminus", "Notes" over "Merrow", "0 mi", "Sheds", ...:
    # read a line late ("Notes", "Merrow", "0 mi"), the figures stand in one column too
    shape = "." + "LwL" + "LDw" + "LDL" + "LDD" + "LDW" + "LDD" + "LDw" + "."
    assert _find(shape) == [(1, 22)]


def test_entries_with_a_cell_mostly_of_digits_under_labels_are_a_table() -> None:
    # "Group", "Hours without power" over "1st group", "06:00–10:00, 17:00–21:00", ...:
    # every cell a figure, under a header row of labels, a cell mostly of digits a row
    assert _find("." + "LL" + "DN" * 5 + ".") == [(1, 13)]
    assert _find("." + "LL" + "DD" * 5 + ".") == []  # "2 cups flour", "1 tsp salt": entries


def _pairs(texts: list[str], allowed: list[bool]) -> list[range]:
    labels = [label(t, DEFAULT.label_uncased_max_chars) for t in texts]
    return find_pairs(texts, allowed, labels, min_pairs=DEFAULT.pairs_min, max_words=DEFAULT.pair_value_max_words,
                      distinct=DEFAULT.pairs_distinct)


def test_a_list_of_details_a_label_over_its_value_is_a_table() -> None:
    specs = ["Specs", "Price", "$279 / £259", "Weight", "236g", "Drivers", "40mm dynamic",
             "Battery life", "Up to 38 hours (noise cancelling on)", "Design and comfort"]
    assert _pairs(specs, [True] * len(specs)) == [range(1, 9)]
    drugs = ["Lek", "Na co uważać u pacjenta 80+", "Diuretyki tiazydowe", "hiponatremia, hipokaliemia",
             "Antagoniści wapnia", "obrzęki kończyn dolnych, zaparcia", "Inhibitory ACE", "hiperkaliemia, kaszel"]
    assert _pairs(drugs, [True] * len(drugs)) == [range(0, 8)]
    # a line a rule removes ends the list
    assert _pairs(specs, [i != 5 for i in range(len(specs))]) == []
    # under a menu of labels (read as pairs too): the list from its first value on
    menu = ["Home", "News", "Reviews", "Audio", "Deals", "Podcasts"]
    assert _pairs(menu + specs[1:], [True] * (len(menu) + len(specs) - 1)) == [range(6, 14)]


def test_menus_names_and_headlines_under_their_sections_are_no_list_of_details() -> None:
    menu = ["Sports", "High School Scoreboard", "Community", "Contests", "Calendar", "Video",
            "Watch Channel 9 Live", "Contact Us", "Send Us Your Tips & Photos", "Weather"]
    schools = ["SCHOOLS CLOSED", "Harlan Area School District", "Pike Creek Christian Academy",
               "St. Agnes Catholic School", "TWO-HOUR DELAY", "Beltzville Area School District",
               "Eastbrook Charter School", "Our Lady of the Valley Parish School"]
    related = ["Culture", "A bookshop in a suitcase: how a shop opened without a sign",
               "Culture", "Listeners write from Tyumen and Toronto: a podcast about rock",
               "Stories", "Back for the cat: why people travel home for one day",
               "Analysis", "What a life in Tbilisi costs in 2025: rents and prices"]
    for lines in (menu, schools, related):
        assert _pairs(lines, [True] * len(lines)) == []


@pytest.mark.parametrize(("line", "record"), [
    ("降雨时间：6月20日17时至21时", True),  # a key fact: a label and its value
    ("Note: the market moves to the square", True),
    ("Vollsperrung. Umleitung über die Ringstraße", False),  # a cell of words
    ("8:00 – 18:00 on weekdays and holidays", False),  # a time's colon
    ("14-inch, 2880 x 1800 OLED: 90Hz", False),  # a colon past figures
])
def test_a_label_and_its_value_on_one_line_is_a_record_not_a_longer_cell(line: str, record: bool) -> None:
    # (lines holding figures and lines without them alternate by chance in a box of key
    # facts: read as rows of longer cells, they made a table of the photo caption over it)
    from cleaner.pipeline import _FIELD_PAIR

    assert (_FIELD_PAIR.match(line) is not None) is record


@pytest.mark.parametrize(("text", "expected"), [
    ("Old route", True),
    ("Betroffene Firmware", True),
    ("参数", True),  # a script without capitals: a few characters
    ("育てやすさ", True),
    ("水草水槽の立ち上げで一番大事なこと", False),  # a phrase, no label
    ("old route", False),  # lower case
    ("Prep time 20 minutes", False),  # a figure
    ("Distance, from the terminus", False),  # punctuation
])
def test_a_label_is_a_few_capitalized_words_or_a_few_characters_without_capitals(text: str, expected: bool) -> None:
    assert label(text, DEFAULT.label_uncased_max_chars) is expected


def test_a_last_row_without_a_figure_under_labels_closes_the_table_when_it_ends_the_stretch() -> None:
    # Step, Deadline, Note over rows with a date each; the last row, "Proof of use",
    # "within 3 months of completion", "With invoices and photos", has no figure: it ends
    # the table when the text goes on right under it
    rows = "LDL" + "LDL" + "Lww" + "LDW"
    assert _find("." + "LLL" + rows + "LwL" + ".") == [(1, 19)]
    # not two rows without a figure (a menu's labels under the table), nor a row the
    # stretch of cells runs on past, nor without a header row of labels
    assert _find("." + "LLL" + rows + "LLL" * 2 + ".") == [(1, 16)]
    assert _find("." + "LLL" + rows + "LwL" + "L" + ".") == [(1, 16)]
    assert _find("." + "www" + rows + "LwL" + ".") == [(1, 15)]


def _rows(texts: list[str]) -> list[tuple[int, int]]:
    return [(r.start, r.stop) for r in find_rows(texts, min_rows=DEFAULT.table_min_rows,
                                                  max_cell_words=DEFAULT.row_cell_max_words)]


def test_rows_whose_cells_are_set_apart_by_bars_or_tabs_are_a_table() -> None:
    # a header row and rows of as many cells, with figures: the lines around are no rows
    results = ["The turnout was low.", "Candidate | Party | Votes | %", "Smith J. | Labour | 14 206 | 38.71",
               "Jones A. | Green | 10 187 | 27.76", "Spoilt | — | 849 | 2.31", "Total | | 36 700 | 100",
               "The count ended at dawn."]
    assert _rows(results) == [(1, 6)]
    # a markdown table's outer bars and its rule row; cells set apart by tabs
    markdown = ["| Ticket | Now | From May |", "|---|---|---|", "| Single | 20 | 25 |", "| Day | 90 | 110 |"]
    assert _rows(markdown) == [(0, 4)]
    assert _rows(["Index\tClose\tChange", "SSE\t3312.46\t+0.52%", "SZSE\t10654.83\t+0.87%"]) == [(0, 3)]


def test_a_menu_a_ticker_and_rows_of_different_widths_are_no_table() -> None:
    # a menu's rows hold no figures; a ticker's cells are headlines; two rows are too
    # few; rows of different widths are no one table; a bar in an address is no cell's
    menu = ["Home | News | Sport", "World | Business | Culture", "Contact | Privacy | Terms"]
    ticker = ["12:30 | Storm closes the coastal road for the second time this week",
              "12:05 | Council approves the new budget after a long debate",
              "11:40 | Police search for a man missing since Tuesday night"]
    mixed = ["A | 1 | 2", "B | 3", "C | 4 | 5 | 6"]
    links = ["https://example.com/a|b 1", "https://example.com/c|d 2", "https://example.com/e|f 3"]
    assert _rows(menu) == [] and _rows(ticker) == [] and _rows(mixed) == [] and _rows(links) == []
    assert _rows(["Single | 20 | 25", "Day | 90 | 110"]) == []
