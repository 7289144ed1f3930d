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
"176.8", "29.4%"; not a list of entries, "2 cups flour").  Two rows make a table only
three cells wide or more, alike cell for cell under a header row of labels ("Line",
"Old route", "New route"; an ingredient list's entries fall in such a shape by chance
under a recipe card's "Prep time: 20 minutes").  A list of details, a label
over its value ("Weight" / "248g", "Maker" / "Unknown, probably Birmingham"), is a table
of two columns whose values are text as often as figures (``find_pairs``).

A table printed one row a line, its cells set apart by bars or tabs ("Party | Votes |
Share"), is read as such a table too (``find_rows``): its rows weigh like short lines
of a sidebar as well.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from cleaner.spans import stretches


def _rows(data: Sequence[bool], blank: Sequence[bool], start: int, stop: int, width: int,
          headed: bool, closed: Sequence[bool] | None = None) -> tuple[int, int]:
    """How many rows of ``width`` cells from ``start`` (before ``stop``) have the first
    row's shape (a figure in the same columns; an empty cell, "–", fits either; the
    second row matches the first cell for cell, and from the third row on one cell may
    be off in a row of three or more: "new" where the others print a change, "free"
    where they print a fee; of rows of two cells, one row only, and not the last: "GPU",
    "Intel Iris Xe" among a laptop's specs), one after another up to the last row
    holding a figure, and how many of them match it cell for cell; (0, 0) when that
    shape holds no figure, or no label and the rows have no header row over them
    (``headed``: "Quarter", "Revenue", "Margin" over "Q2 2024", "176.8", "29.4%", or
    labels over rows each with a cell mostly of digits, "Group", "Hours" over "1st
    group", "06:00–10:00"; a run of figures alone is no table).  Given ``closed`` (the
    labels, for rows opening with one under a header row of labels), a last row without
    a figure right under one holding a figure counts too when it opens with a label and
    ends right at ``stop``: the table's last row, the text going on under it ("Proof of
    use" / "within 3 months of completion" / "With invoices and photos")."""
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
        last = closed is not None and closed[row] and row + width == stop and counted[0] == rows
        if (any(cells) or last) and (off == 0 or width >= 3):
            counted = (rows + 1, exact)  # (that pair only inside the table)
    return counted


# Each table found sends the search over the rest of its stretch again: a stretch of many
# small tables (a results page of a hundred groups, one cell a line, no paragraph between)
# costs the square of its length (12,000 such cells: 65 s).  Past this many cells
# searched in one stretch, its other tables stay unfound (their lines are judged as short
# lines, as without the finder): a stretch then costs 0.3 s at most.  The most any page
# of the dev set and the invented pages searched is under a thousand cells.
SCAN_BUDGET = 20_000


@dataclass(frozen=True, slots=True)
class CellLines:
    """What the finder reads of each line of a document (one flag a line, in order)."""

    cells: Sequence[bool]  # may be a cell: short, closing no sentence, no strong hit
    # may be a cell only under a header row of labels or past rows of short cells: longer
    # words ("Corte total. Desvío por C/ Nueva")
    wide: Sequence[bool]
    data: Sequence[bool]  # a figure, an amount ("89.1%", "19 y 20 de junio", "8:00 – 18:00")
    numbers: Sequence[bool]  # mostly digits
    blank: Sequence[bool]  # an empty cell ("–"): fits any column
    labels: Sequence[bool]  # a label: a few capitalized words ("Old route", ``label``)
    # a label that may head a column though no cell: a strong hit's word ("Share", a
    # party's vote share; a share button's word alone), no heading that opens comments
    headers: Sequence[bool]


def find_tables(lines: CellLines, *, min_rows: int, headed_min_rows: int, max_columns: int) -> list[range]:
    """The tables one cell a line in a document: in each stretch of lines that may be
    cells (``CellLines.cells`` or ``wide``), the longest stretch of ``min_rows`` rows or
    more of 2 to ``max_columns`` cells each that repeat one shape of figures and labels
    (figures alone under a header row of labels; ``_best_rows``; ``headed_min_rows`` rows
    of three cells or more alike cell for cell under a header row of labels: "Line", "Old
    route", "New route" over "2", "Station – Market", ...), with the row of cells right
    above it (the header row; a caption over it is the context pass's to judge); longer
    cells of words only under a header row of labels or past ``min_rows`` rows of short
    cells (a related box's headline, author and date, row after row, has neither); at
    most ``SCAN_BUDGET`` cells searched per stretch.  Their spans, in document order."""
    found: list[range] = []
    numbers = lines.numbers
    for stretch in stretches([c or w for c, w in zip(lines.cells, lines.wide, strict=True)]):
        i, j = stretch.start, stretch.stop
        scanned = 0
        while scanned < SCAN_BUDGET and (best := _best_rows(lines, i, j, (min_rows, headed_min_rows),
                                                             max_columns)) is not None:
            scanned += j - i
            covered, first, width = best
            end = first + covered
            tail = next((k for k in range(end, min(j, end + width)) if not numbers[k]), min(j, end + width))
            if 0 < tail - end < width:
                covered = tail - first  # the last row ends in figures the shape missed by a cell or two
            top = first - width
            found.append(range(top if top < i and _header_over(lines, top, i, first) else max(i, top),
                               first + covered))  # with its header row
            i = first + covered
    return found


def _header_over(lines: CellLines, top: int, start: int, first: int) -> bool:
    """The header row from ``top`` over the rows from ``first`` reaches over the stretch
    of cells opening at ``start``: its lines are labels, the one right above the stretch
    a label that is no cell (``CellLines.headers``: "Party", "Seats", "Votes", "Share",
    where a share button prints "Share" alone) and the others above it cells."""
    return top >= 0 and all(lines.labels[top:first]) and lines.headers[start - 1] \
        and all(lines.cells[top:start - 1])


def _best_rows(lines: CellLines, i: int, j: int, least: tuple[int, int],
               max_columns: int) -> tuple[int, int, int] | None:
    """In the cells ``i..j``, the rows of one shape that make the table: the phase where
    most cells match the first row's shape (a phase one line off can match with the
    slack: a caption and a header row of dates read as a row), then the rows that cover
    most cells; the narrower width (a label and its figure, not two such pairs), but the
    wider for figures alone under a header row (the width taking in the whole header
    row).  ``least``: the fewest rows of a table, and the fewest of three columns or more
    that match cell for cell under a header row of labels.  Rows holding a ``wide`` cell
    need such a header row too, or ``min_rows`` rows of short cells above them (a
    related box's rows, a headline, its author and date, hold one from the first).
    (cells covered, first row, width), or None."""
    data, numbers, blank, labels, wide = lines.data, lines.numbers, lines.blank, lines.labels, lines.wide
    min_rows, headed_min_rows = least
    # (exact cells, cells, width preferred, rows opening with a label, first, width)
    best: tuple[int, int, int, int, int, int] | None = None
    after = [j] * (j - i + 1)  # the first wide cell at or after each line (``j``: none)
    for k in range(j - 1, i - 1, -1):
        after[k - i] = k if wide[k] else after[k - i + 1]
    for width in range(2, max_columns + 1):
        fewest = min(min_rows, headed_min_rows) if width >= 3 else min_rows
        if j - i < min(min_rows, fewest + 1) * width:  # (fewer rows need a header row over them)
            break
        reach = [i] * width  # per phase, where the rows found from an earlier first row end
        for first in range(i, j - fewest * width + 1):
            if first < reach[first % width]:
                continue  # (a later row of rows already counted: fewer of the same)
            labelled = first - width >= i and all(labels[first - width:first])
            if not labelled and after[max(i, first - width) - i] < first:
                continue  # (a wide cell over the rows, and no header row of labels)
            # (figures alone: under a header row, mostly digits; under labels, a cell mostly
            # of digits in each of the first two rows, "1 черга", "06:00–10:00")
            headed = first - width >= i and not any(data[first - width:first]) \
                and (all(numbers[first:first + 2 * width])
                     or (labelled and any(numbers[first:first + width])
                         and any(numbers[first + width:first + 2 * width])))
            rows, exact = _rows(data, blank, first, j if labelled else after[first - i], width, headed,
                                labels if labelled and width >= 3 and labels[first] else None)
            if not labelled and rows >= min_rows and after[first - i] < j:
                # (rows of short cells make the table: its later rows may hold longer ones)
                rows, exact = _rows(data, blank, first, j, width, headed)
            reach[first % width] = first + rows * width
            key = (exact * width, rows * width, width if all(data[first:first + width]) else -width)
            keyed = sum(labels[first:first + rows * width:width])
            enough = rows >= min_rows or (width >= 3 and exact == rows >= headed_min_rows and labelled)
            # (of two phases alike a line or two apart, the one whose rows open with more
            # labels: figures in the same columns one line off match as well, "Notes" /
            # "Merrow St Giles" / "0 mi" for "Merrow St Giles" / "0 mi" / "Headquarters")
            if enough and (best is None or key > best[:3]
                           or (key == best[:3] and keyed > best[3] and first - best[4] < width)):
                best = (*key, keyed, first, width)
    return None if best is None else (best[1], best[4], best[5])


# A list of details, a label over its value, one a line ("Weight" / "248g", "Maker" /
# "Unknown, probably Birmingham"): a table of two columns whose values are text as often
# as figures, so ``find_tables`` (which needs a figure in the same column row after row)
# misses it.  A label is a few capitalized words without digits or punctuation; a value
# closes no sentence (the caller's ``allowed``), and no label stands twice (a box of
# headlines under their sections' names repeats them).  A menu, or a list of names under
# a few headings, is labels alone: three values in four at least must read as no label
# (a figure, a mark of punctuation inside, or a lower-case opening: ``_datum_like``).
_LABEL = re.compile(r"[^\W\d_][^\W\d_'’&/ -]*(?:[ '’&/-]+[^\W\d_][^\W\d_'’&/ -]*){0,3}")


def label(text: str, uncased_max: int) -> bool:
    """A label: a few capitalized words without digits or punctuation ("Weight", "Old
    route"), as a list of details or a table's header row prints them; in a script
    without capitals, ``uncased_max`` characters at most ("参数", "价格")."""
    line = text.strip()
    if not line or _LABEL.fullmatch(line) is None:
        return False
    return line[0].isupper() or (not line[0].islower() and len(line) <= uncased_max)


def _value(text: str, max_words: int) -> bool:
    line = text.strip()
    return bool(line) and len(line.split()) <= max_words


_VALUE_MARK = re.compile(r"[\d,;:()%/–—]")


def _datum_like(text: str) -> bool:
    """A value that reads as no label: a figure, a mark of punctuation inside it, or a
    lower-case opening ("248g", "Unknown, probably Birmingham", "obrzęki, zaparcia")."""
    line = text.strip()
    return line[:1].islower() or _VALUE_MARK.search(line) is not None


def find_pairs(texts: Sequence[str], allowed: Sequence[bool], labels: Sequence[bool], *, min_pairs: int,
               max_words: int, distinct: float) -> list[range]:
    """The lists of details a label over its value (``labels``; ``_value``: ``max_words``
    words at most), ``min_pairs`` pairs in a row at least, no label twice, the share
    ``distinct`` of whose values at least read as no label (``_datum_like``), from the
    first such value to the last; only lines ``allowed`` (closing no sentence, no strong
    hit, no heading that opens comments).  Their spans, in document order.  Linear: each
    line is read as a label or a value once per phase (a pair opening on an even or an
    odd line)."""
    found: list[range] = []
    n = len(texts)
    for phase in (0, 1):
        segment: list[int] = []  # the first lines of the pairs in a row
        seen: set[str] = set()  # the labels of the pairs in a row
        for i in range(phase, n, 2):
            pair = i + 1 < n and allowed[i] and allowed[i + 1] and labels[i] and _value(texts[i + 1], max_words)
            key = texts[i].strip().casefold() if pair else ""
            if not pair or key in seen:
                found.extend(_details(texts, segment, min_pairs, distinct))
                segment, seen = [], set()
            if pair:
                segment.append(i)
                seen.add(key)
        found.extend(_details(texts, segment, min_pairs, distinct))
    return sorted(found, key=lambda r: r.start)


def _details(texts: Sequence[str], segment: list[int], min_pairs: int, distinct: float) -> list[range]:
    """The pairs opening at ``segment`` (in a row) from the first whose value reads as no
    label to the last, as a span, when they make a list of details; else none."""
    data = [i for i in segment if _datum_like(texts[i + 1])]
    if not data:
        return []
    pairs = (data[-1] - data[0]) // 2 + 1
    return [range(data[0], data[-1] + 2)] if pairs >= min_pairs and len(data) >= distinct * pairs else []


# a line's cells set apart by bars (" | ", a markdown table's "| a | b |") or tabs
_BARRED = re.compile(r"(?:^|\s)\|(?:\s|$)")
_DIGIT = re.compile(r"\d")


def _width(text: str) -> int:
    """How many cells a line prints set apart by bars or tabs; 0 for a line of one
    cell, or a bar without a space beside it (a link's address, "a|b") outside a
    markdown table's row ("| a | b |")."""
    line = text.strip()
    if "\t" in line:
        return line.count("\t") + 1
    if len(line) > 2 and line[0] == line[-1] == "|":  # a markdown table's row, its rule row too ("|---|---|")
        return line[1:-1].count("|") + 1
    if _BARRED.search(line) is None:
        return 0
    return line.count("|") + 1


def find_rows(texts: Sequence[str], *, min_rows: int, max_cell_words: float) -> list[range]:
    """Tables one row a line: ``min_rows`` lines in a row at least whose cells are set
    apart by bars or tabs, as many in each (a header row too), half of the rows at
    least holding a figure, and their cells ``max_cell_words`` words long on average at
    most ("Candidate | Party | Votes | %" over "Smith J. | Labour | 14 206 | 38.71").  A
    menu's rows hold no figures; a news ticker's ("12:30 | <headline>") cells are a
    headline long.  Their spans, in document order."""
    widths = [_width(t) for t in texts]
    found: list[range] = []
    start = 0
    for i in range(len(texts) + 1):
        if i < len(texts) and widths[i] >= 2 and widths[i] == widths[start]:
            continue
        if i - start >= min_rows and widths[start] >= 2:
            rows = texts[start:i]
            figured = sum(_DIGIT.search(row) is not None for row in rows)
            words = sum(len(row.replace("|", " ").split()) for row in rows)
            if 2 * figured >= len(rows) and words <= max_cell_words * widths[start] * len(rows):
                found.append(range(start, i))
        start = i
    return found
