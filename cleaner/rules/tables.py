"""Tables rendered one cell a line.

A page's table, rendered to text, prints every cell on a line of its own: a caption, the
header row ("Party", "Votes", "Share", "Seats"), then each row's cells in order ("CDU",
"3079", "26.0", "9").  Each line alone is a short line without stopwords, like a menu's
label, and forty of them weigh like a sidebar.  Their order is evidence no word list
gives: the rows repeat one shape, the same columns holding figures row after row.  A
table says nothing of where the article is (sites print tables of quotes and standings
beside it too): the context pass takes it where it stands, between two parts of the
text, or next to the text with the article going on past it (``context._table_runs``).

A menu (no figures) or a pager ("1", "2", "3": no labels) is no such table: a row must
hold a figure and a label, or, under a header row of labels, figures alone ("Q2 2024",
"176.8", "29.4%"; not a list of entries, "2 cups flour").
"""

from __future__ import annotations

from collections.abc import Sequence

from cleaner.spans import stretches


def _rows(data: Sequence[bool], blank: Sequence[bool], start: int, stop: int, width: int,
          headed: bool) -> tuple[int, int]:
    """How many rows of ``width`` cells from ``start`` (before ``stop``) have the first
    row's shape (a figure in the same columns; an empty cell, "–", fits either; the
    second row matches the first cell for cell, and from the third row on one cell may
    be off in a row of three or more: "new" where the others print a change, "free"
    where they print a fee; of rows of two cells, one row only, and not the last: "GPU",
    "Intel Iris Xe" among a laptop's specs), one after another up to the last row
    holding a figure, and how many of them match it cell for cell; (0, 0) when that
    shape holds no figure, or no label and the rows have no header row over them
    (``headed``: "Quarter", "Revenue", "Margin" over "Q2 2024", "176.8", "29.4%"; a run
    of figures alone is no table)."""
    shape = data[start:start + width]
    empty = blank[start:start + width]
    if len(shape) < width or (all(shape) and not headed) or not any(shape):
        return 0, 0
    exact = 0
    counted = (0, 0)  # up to the last row holding a figure
    for rows, row in enumerate(range(start, stop - width + 1, width)):
        cells = data[row:row + width]
        off = sum(a != b and not x and not y
                  for a, b, x, y in zip(cells, shape, blank[row:row + width], empty, strict=True))
        # (of rows of two cells, one only: a wider table read two cells a row is off
        # every few rows, a menu's labels row after row)
        if off > (1 if rows > 1 and (width >= 3 or exact == rows) else 0):
            break
        exact += off == 0
        if any(cells) and (off == 0 or width >= 3):  # (that pair only inside the table)
            counted = (rows + 1, exact)
    return counted


# Each table found sends the search over the rest of its stretch again: a stretch of many
# small tables (a results page of a hundred groups, one cell a line, no paragraph between)
# costs the square of its length (12,000 such cells: 65 s).  Past this many cells
# searched in one stretch, its other tables stay unfound (their lines are judged as short
# lines, as without the finder): a stretch then costs 0.3 s at most.  The most any page
# of the dev set and the invented pages searched is under a thousand cells.
SCAN_BUDGET = 20_000


def find_tables(cells: Sequence[bool], data: Sequence[bool], numbers: Sequence[bool], blank: Sequence[bool], *,
                min_rows: int, max_columns: int) -> list[range]:
    """The tables one cell a line in a document: in each stretch of lines that may be
    cells (``cells``: short, closing no sentence, no strong hit), the longest stretch of
    ``min_rows`` rows or more of 2 to ``max_columns`` cells each that repeat one shape of
    figures and labels (``data``: a figure, an amount; figures alone, ``numbers``: mostly
    digits, under a header row of labels; ``blank``: an empty cell, "–", fits any column;
    ``_best_rows``), with the row of cells right above it (the header row; a caption
    over it is the context pass's to judge); at most ``SCAN_BUDGET`` cells searched per
    stretch.  Their spans, in document order."""
    found: list[range] = []
    for stretch in stretches(cells):
        i, j = stretch.start, stretch.stop
        scanned = 0
        while scanned < SCAN_BUDGET and (best := _best_rows(data, numbers, blank, i, j, min_rows,
                                                             max_columns)) is not None:
            scanned += j - i
            covered, first, width = best
            if 0 < j - first - covered < width and all(numbers[first + covered:j]):
                covered = j - first  # the stretch ends in figures the shape missed by a cell or two
            found.append(range(max(i, first - width), first + covered))  # with its header row
            i = first + covered
    return found


def _best_rows(data: Sequence[bool], numbers: Sequence[bool], blank: Sequence[bool], i: int, j: int,
               min_rows: int, max_columns: int) -> tuple[int, int, int] | None:
    """In the cells ``i..j``, the rows of one shape that make the table: the phase where
    most cells match the first row's shape (a phase one line off can match with the
    slack: a caption and a header row of dates read as a row), then the rows that cover
    most cells; the narrower width (a label and its figure, not two such pairs), but the
    wider for figures alone under a header row (the width taking in the whole header
    row).  (cells covered, first row, width), or None."""
    best: tuple[int, int, int, int, int] | None = None  # (exact cells, cells, width preferred, first, width)
    for width in range(2, max_columns + 1):
        if j - i < min_rows * width:
            break
        reach = [i] * width  # per phase, where the rows found from an earlier first row end
        for first in range(i, j - min_rows * width + 1):
            if first < reach[first % width]:
                continue  # (a later row of rows already counted: fewer of the same)
            headed = first - width >= i and not any(data[first - width:first]) \
                and all(numbers[first:first + 2 * width])
            rows, exact = _rows(data, blank, first, j, width, headed)
            reach[first % width] = first + rows * width
            key = (exact * width, rows * width, width if all(data[first:first + width]) else -width)
            if rows >= min_rows and (best is None or key > best[:3]):
                best = (*key, first, width)
    return None if best is None else (best[1], best[3], best[4])
