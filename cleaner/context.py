"""The context pass: revise each block's context-free label from its neighbours.

Three steps, each recorded in the final decision's evidence:

1. *Revision* (jusText's idea): a short, borderline or code block takes the class of its
   nearest clear neighbours, so a code line, a table cell or a one-line paragraph
   between two body paragraphs is body, and a short line amid a menu is junk.  An
   in-body teaser ("Read also: <headline>") is no such neighbour: it stands inside
   articles, and the lines next to it take the class of the text past it; nor is a
   code block's copy button over a listing (``_copy_over_code``: half the lines down to
   the next text block code or figures, a shell's and a configuration's lines and the
   lines inside braces among them).  Lines of dialogue are text however short
   (``_dialogue``: ``dialogue_min_run`` lines or more in a row, each opening with a dash
   and closing its sentence: "— Why?" / "— The contract."; a menu closes no sentence),
   and so are questions each over its answer (``_answered_questions``: ``qa_min_pairs``
   pairs or more in a row, "Who pays?" / "The employer."),
   and a line too thin in stopwords for text that is as long as a paragraph and closes
   a statement with ``enumeration_min_commas`` commas in it is borderline text (an
   enumeration in running text: a metro line's stations, a list of firms).
2. *Body region*: the body is one contiguous run of text.  Each block gets a weight
   (text-like blocks positive, junk negative, headings that open comments or related
   links strongly negative); a long gap of labels costs more per block than a short one
   (a sidebar, not a caption).  A list in running text under a colon (entries closing
   with a semicolon down to the one closing the sentence, or a table's rows between
   separators ending the list; or three such entries under a subheading:
   ``_running_lists``) weighs nothing and makes no gap longer, and so does a programme
   (days, each over entries opening with an hour, later and later down the day:
   ``_programmes``).  A teaser's label over its one headline (or a few such) does not
   cut the run as a heading that opens related links does when the text goes on under
   them (two full paragraphs, a line ending with a colon, or a subheading over data or
   a programme): the headlines go.  The run with the
   largest sum is the body region, unless
   it is a digest of other articles (a fifth of its lines cut short with "…") and a run
   above it weighs half as much, or it lies below a heading that opens comments or
   related links and a run above that heading is body by itself with a longer row of
   full paragraphs (comments outweighing a short article), or is body by itself in both
   ways, half as heavy with three full paragraphs in a row, or holds three in a row and
   the heavy run stands right under the heading (what the heading opens: the site's
   rules under a comment form, a long row of sentences; not when the heavy run is a
   listicle, its paragraphs under numbered headings, unless more of them stand under
   headlines without a number: a digest with its "Most popular"; a heading's count
   in the heavy run's own masthead, "0 comments" under its title and byline, is no such
   heading: ``_masthead_counter``), or it is a list of headlines or
   a site's digest (no text block in it closes a sentence, or most do not) and a run
   half as heavy holds a row of full paragraphs.  A heading that opens comments or
   related links inside the run, with furniture after it, ends the run there.  Blocks
   before the region are the header zone, blocks after it the tail zone; both are
   removed.  A second run of text as heavy as ``region_second_share`` of the first
   (unless it lies below such a heading, but for a run opening under a headline over a
   date line or byline when the first run stands under no masthead and holds such a
   heading itself: the article under a sidebar's boxes; or among cut-short summaries,
   or is a list of headlines beside an article, or most of its text blocks close no
   sentence, or its paragraphs stand one by one under two or more headlines or labels),
   or holding
   ``region_streak`` full paragraphs in a row (an article split by a video player or a
   gallery; below such a heading only close to it, a table's cells, a gallery's
   counters with their captions, a list of data and a list that the body's last line
   announces with a colon (the places under a storm warning) counting as one line each, where three
   long paragraphs mostly in rows of two, opening the run, do too: sections under
   subheadings; so do long paragraphs in a row opening with a full one, a borderline one
   among them; among lines cut short, not right under a headline cut short: that is its
   summary), or above it holding two long paragraphs in a row past at most
   ``bridge_max_gap`` lines that no rule knows but as an advert's label or a shop's
   button (an introduction over a specs table or an
   ingredient list, which joins with it; the gap may end at a full paragraph right over an
   in-body teaser over the run; one long paragraph is enough when the run's last line
   announces the gap's lines with a colon: the article's list), or above it and opening
   with a full paragraph down to an inline box of related links right over the body (the
   article's opening, a list in running text among its lines),
   or above it holding two long paragraphs and opening right under the article's
   masthead (its date or byline, past a row of buttons and the lines a rule removes)
   with no heading that opens comments or related links below it, joins the body; a
   digest never, nor a run whose text blocks all stand elsewhere in the document too (a
   widget printed twice, a second copy of the article).  Between two parts of the body,
   runs join by the same weight or by a shorter streak (``region_between_streak``) again
   and again (an article cut in three by two galleries).  A code box's line numbers
   weigh nothing (they stand beside the article's code).  An advert's label weighs as an
   unknown short line, not as junk, and so does an in-body teaser right under a long
   paragraph and over the next (or over its subheading); a long paragraph with an edge
   hit (a cookie banner's words in an article about cookie law) weighs nothing: neither
   cuts the text in two.  A first run that opens with a
   standfirst over the article's masthead (its share row, picture, byline and date, no
   full paragraph among them) is cut past the masthead, and so is one that opens with a
   title asking a question over the standfirst (a question reads as a sentence): the
   title stays out.  Then the satellites of each run
   join it, as runs of their own so the furniture between stays out: a standfirst above
   it (or further up, with only what the test for two parts takes between: a match's
   box; a question as short as a title is none; over the first run, under the article's
   masthead or between its title and masthead, the author's role under her name
   counting as the masthead's furniture, and so does one line as short right under the
   standfirst (a paywall's badge, a
   player's "Listen"), and a picture's caption and credit as one, and a media player's
   times under it ("00:00", "02:36": no date line of a masthead); its second line
   too when one stands right under it over the masthead; printed again in a share card
   or not, but for the title printed twice right under itself, or under a line too long
   for a title; past the lines of a related box or a row of
   buttons; closing no sentence, right under the date line with only buttons below
   it, or between a title of any length and the masthead, a breadcrumb's path being
   no title; the first run may open with a picture's caption, borderline text closing
   its sentence), with the paragraphs right above it one after another (past an in-body
   teaser, a picture's lines or a short subheading between two of them), and a closing
   paragraph below it (with the paragraphs right under that one, and
   the next past a caption, an advert's label or a one-line teaser; or, right under a
   newsletter's or a messenger's form under it, the line touching the form),
   separated only by furniture (labels, pattern
   hits, headline-like lines that close no sentence), a one-line statement touching it
   (below it, one after another), a salutation right over it (a notice's addressees,
   "各学院、各部门：", with, under the body's last paragraph, the notice's signature
   down to its date, which is not trimmed at the edge: ``_salutation``, ``_signature``),
   the rest of a list it announces with a colon or ends
   in (or a line right below it announces: "The schedule:", past a picture's lines or an
   in-body teaser, with the closing paragraph under that list, and the next list
   announced right under it, "Goals:" under the line-ups; entries of data with words
   to them count, "27' Wang Xinyu", bare figures do not; a table one cell a line does,
   "Standings:" / "Pos." / "Team" / …, up to a credit under it; rows of short items between
   separators too, "Piraeus – Syros – Tinos", when they end the list, and they are not
   trimmed at its edge; or, a table one cell a line announced in its last lines, the
   rest of the table past its end), a list announced with a colon right over it (one
   item is enough over a part that opens with the next; items
   without markers only over a part below the first; over the first run, a wire story's
   key points under its dateline, unannounced), the items of a numbered list
   right over a part that opens with the next one (a recipe's steps over the last, cut
   off by a box), a single line without hits
   between two parts (a subheading; at the foot of a longer gap, right under an in-body
   teaser, a short one right under a paragraph of the article printed again (the
   lead's second copy), a picture's lines that close with its caption and credit, a
   widget's fixed note (a newsletter form's "By signing up, you agree …") or, when the body
   has subheadings, a widget's button ("View all 9 photos") or a picture's credit over
   its caption, longer than the line,
   or numbered n when the body holds the next one numbered n + 1: a listicle's item
   under a picture's caption; or numbered one after another, ``list_min_data`` at least,
   each at the top or the foot of such a gap: a listicle's items over their details and
   buttons), or two, a subheading over a short line that announces
   the part below with a colon (the items it announces may hold a date rule's lines
   among plain ones: a programme's days and hours, long entries opening with their hour
   and an event printed again on another day, the last entry kept at the part's edge;
   the colon may stand under the last field of a record the part above ends with, and
   the last item may close the sentence; or lists, each under its colon, one over
   another or under a subheading or a box's title of a line or two, past a widget's
   button: the charges against two men, a copy of an item among the items, a match's
   score over its scorers and line-ups, fields closing their sentences; or entries of
   data and a record's fields filling the gap, not under an advert's label: a match's
   score line over its scorers), a programme without a colon: days, each over
   entries opening with an hour, later and later down the day (the first day kept at
   the part's edge under an advert's label), a poem's or a song's lines that
   a colon announces, some closing a sentence, over a picture's lines (``_verse``),
   sections of lists filling the gap
   in a body with subheadings (a release's notes), a list under a heading at the bottom of a gap
   between two parts, and the lists over it under their headings past advert labels (a
   poll's two tables; or right above the body: a recipe's ingredients, under their
   heading or over the method's, however far from a standfirst, ``recipe``), half of
   whose entries at least are data (ingredients,
   specifications, a table of contents: lines opening or closing with a figure, or
   holding table cells, not headlines; a table one cell a line whose rows open with
   cells of text, from its caption and header row; without a heading, from the top of
   the gap its entries fill: a match's score over its goals, cards and line-ups; past
   a teaser's label over its one headline at the gap's foot, which stays out; also
   right above the body under an introductory paragraph; right under the body's last
   line, lists of short list-marked points without figures, one after another: pros
   and cons (or entries of a list in running text closing with semicolons, the last
   with the sentence), then closing sections, each a short heading over short entries or one
   paragraph, when two headings stand over a paragraph: "Where to stay", "When to
   go"), the data at either end of a gap that goes on with the data the part above
   ends with or the part below opens with (a timeline cut by a related box), and
   the last one or two paragraphs below an inline
   box of related links that ends it (its heading right under the run, or past an
   advert's label, age mark and id), then past the next such box, and so on (a
   listicle's next items too), with what stands between such paragraphs and a part
   below them by the test for two parts (the rest of a list their colon announces),
   and below the body a list of data of the article's
   (a match's statistics, however long) with the paragraphs under it (past a teaser
   under the list, with their subheading), or a box of a record's fields right under
   its last line (a match's protocol: "Goals: …", maybe under its row of teams and
   score; a car's specs, entries of data among the fields; a play's credits, a
   translator's among them, and the venue's box under them).  When these take the body
   past its runs' end, a run below them joins by the tests for a run below the main
   run, its distance from a heading that fences it counted from the part taken (the
   article going on past a paywall's offers under a part past a related box).  A box of
   related links inside the region (its heading and headlines, with the article going
   on below) is removed; under one or two headlines, the short line right over the text
   stays as its possible subheading; a paragraph thin in stopwords (a statement as long
   as a paragraph, ``_thin_paragraph``) is no headline: the box ends above it.  A
   teaser's label alone on its line ("Saiba mais") heads such a box too, when two
   lines at least that close no sentence stand under it; the last of them always
   stays.  So is a promo's form inside the region (under a promo rule's hit, a few
   lines closing no sentence, or its note that a notice's rule knows, "You can
   unsubscribe at any time.", then the article going on), but for its last line when
   no rule knows it.
   A table of contents whose entries stand again below as headings, in order, with text
   between most of them (``rules.contents``), spans the body over every section it
   lists when one of those headings stands in the main run: a section that is a code
   block or a table one cell a line weighs like a sidebar, and is the article's all the
   same.  The table stays with them (``_listed_sections``).
   A table one cell a line (``rules.tables``: rows repeating one shape of figures and
   labels under a header row) weighs like a sidebar too, and joins as a run of its own
   where it stands (``_table_runs``): in a gap between two runs, at most
   ``box_max_links`` lines from each (other tables there, with their captions, counting
   as none: two tables of results and the paragraph between them); under the last run
   (or under the closing paragraph the rescue takes below it: the rescue then runs
   again), past at most an
   aside, a teaser's label or a box's heading and what follows them, with a full
   paragraph under it, maybe under its subheading, past its source line, an advert
   and its copy (the article going on below its table, or below the last of tables
   one under another, each under its caption: a specs table over a price list; a table
   closing the text, a match's statistics box, stays out, and so does one with its own
   "See all" link);
   above the first run, past its source line and the asides, under the paragraph that
   introduces it; with the caption right over it.  A run holding a table's first rows
   takes the rest (its cells not trimmed at the run's edge).  Under such a table, its
   closing paragraph is the one that test found, and the next part's subheading is
   found past its source line and a teaser's label over its headline; over it, no line
   joins but its introduction touching it; a box's heading right under it is a box
   inside the body; its cells (dates, times) are not trimmed at the run's edge.  A
   table a colon announces right under closing paragraphs joins with them.
   A live blog's updates (``_live_entries``: a stamp, closing with a full stop or not
   ("9:40 p.m."), or a relative one ("2 godz. temu"), maybe the author and a headline,
   paragraphs; three at least, from the first run down and over it, the stamp of the
   update whose text opens the run included; none under a heading that opens comments
   or related links before the first) join, each whole with its stamp.
   A document without any text-like block keeps its region whole: when unsure, keep.
3. *Edge trimming*: inside the region, pattern hits whose strength is ``edge`` (a
   byline, a credit, a "Ранее … сообщала" teaser) are removed only while they form a
   run touching the start or end of a part of the region (a list's entries taken one by
   one are one part with the runs they touch), or right under a first block without hits
   when they are bylines and dates (the masthead under a standfirst); ``weak`` hits
   ("Также …") only when that run also holds a stronger hit.  The same words deeper
   inside the body are content.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from cleaner.config import Config
from cleaner.model import Decision, Hit, RuleId, Stage, Strength, quick_init
from cleaner.spans import stretches

GOOD, NEAR, SHORT, BAD, CODE = "good", "near", "short", "bad", "code"
JUNK, EDGE = "junk", "edge"
_FIRM = frozenset((GOOD, BAD, JUNK))


@quick_init
@dataclass(frozen=True, slots=True)
class BlockView:
    """What the context pass knows of one block."""

    cls: str
    words: float
    hits: tuple[Hit, ...]
    sentence_end: bool = True
    closer: bool = False  # a heading that opens comments, related links, tags, ...
    structured: bool = False  # code, or mostly digits (a table cell, a date)
    asks: bool = False  # ends with a question or exclamation mark (a widget's call?)
    lead_in: bool = False  # ends with a colon: announces what follows ("You will need:")
    item: bool = False  # opens with a list marker ("- ", "• ", "2. ")
    continued: bool = False  # a line of a hard-wrapped paragraph that the next line continues
    repeated: bool = False  # the same line stands elsewhere in the document too (a widget's label)
    cut_off: bool = False  # ends cut short ("…"): a teaser of another article
    figures: bool = False  # mostly digits, no link, no date or time: a table row, a score
    commas: int = 0  # inner punctuation marks (commas, colons): an entry or a clause, not a heading
    copied: bool = False  # the same line, or a near copy, stands elsewhere in the document too
    stamped: bool = False  # holds a date or time stamp ("12.03.2024", "10:32")
    datum: bool = False  # an entry of data ("2 cups flour", "Memory<TAB>16 GB", "Corners 9 3": rules.lines.datum)
    stamp: bool = False  # nothing but a date or time stamp ("09:52", "Jul 19, 2023 6:41 PM IST")
    verdict: bool = False  # a heading of a review's pros or cons ("Pros", "Points forts")
    named: bool = False  # a person's name alone ("Inês Cardoso Martins"): an author line without a byline word
    contents: bool = False  # an entry of the document's table of contents (``rules.contents``)
    listed: bool = False  # a heading that table lists, over its section
    cell: bool = False  # a cell of a table one cell a line (``rules.tables``)
    number: int = 0  # the number a numbered list item opens with ("3. "), else 0
    enumerated: bool = False  # ends with a semicolon: an entry of a list in running text ("Мира (№ 11, 13);")
    field: bool = False  # a record's field: a label of a word or three, its colon, the value ("Goals: Gil 27'")
    echo: bool = False  # the same line as the block right above it (a title printed twice)
    dashed: bool = False  # opens with a dash ("— Why?"): a line of dialogue, or a list's item
    recipe: bool = False  # a heading of a recipe's ingredients or method ("Ingredients", "Method", "Składniki")
    clock: int = -1  # the hour the line opens with, in minutes past midnight ("16:00 – Concert": 960), else -1

    @property
    def strongest(self) -> Strength | None:
        return self.hits[0].strength if self.hits else None


def _kind(view: BlockView) -> str:
    strength = view.strongest
    if strength is Strength.STRONG:
        # furniture that sits inside articles (a player's controls) is removed all the
        # same, but weighs like an unknown short line: it marks no zone of the page
        return SHORT if view.hits[0].evidence.get("inline") else JUNK
    if strength is Strength.EDGE:
        return EDGE
    if view.figures and view.cls == BAD:
        # a row of figures ("Eastfield 20 13 4 3 43") has no stopwords for being a
        # table, not for being junk: it takes its neighbours' label like a short line
        return SHORT
    return view.cls


def _neutral(view: BlockView) -> bool:
    """Furniture that sits inside articles as much as around them (a player's controls,
    an advert's label): its hit says nothing of where the article is."""
    evidence = view.hits[0].evidence if view.hits else {}
    return bool(evidence.get("inline") or evidence.get("neutral"))


def revise(kinds: list[str]) -> list[str]:
    """jusText-style revision: every block becomes ``good`` or ``bad``.  Firm blocks
    keep their class; the others look at the nearest firm block on each side (the
    document's ends count as bad)."""
    n = len(kinds)
    before: list[str] = []
    last = BAD
    for kind in kinds:
        before.append(last)
        if kind in _FIRM:
            last = GOOD if kind == GOOD else BAD
    after: list[str] = [BAD] * n
    last = BAD
    for i in range(n - 1, -1, -1):
        after[i] = last
        if kinds[i] in _FIRM:
            last = GOOD if kinds[i] == GOOD else BAD
    revised: list[str] = []
    for i, kind in enumerate(kinds):
        if kind in _FIRM:
            revised.append(GOOD if kind == GOOD else BAD)
        elif kind == NEAR:
            revised.append(BAD if before[i] == BAD and after[i] == BAD else GOOD)
        else:
            revised.append(GOOD if before[i] == GOOD and after[i] == GOOD else BAD)
    return revised


def _weight(view: BlockView, kind: str, revised: str, config: Config) -> float:
    """How much a block pulls the body region towards itself (positive) or away."""
    w = config.weights
    if view.closer:
        return w.closer
    if kind == JUNK:
        # a column of bare numbers counting up (a code box's line numbers, a pager):
        # beside the article's code as often as below it, no sign either way
        if view.hits[0].evidence.get("numbering"):
            return 0.0
        # an advert's label: not text, but no sign of where the article is either (sites
        # print one after every paragraph or two)
        return w.short_bad if _neutral(view) else w.junk
    if kind == EDGE:
        return 0.0 if _long_text(view, config) else w.edge
    if kind == GOOD:
        return w.good_base + min(view.words, 60.0) * w.good_per_word
    if kind == NEAR:
        if revised != GOOD:
            return w.near_bad
        return w.near_good if view.sentence_end else w.near_open
    if kind == CODE:
        return w.code_good if revised == GOOD else w.code_bad
    if kind == SHORT:
        return w.short_good if revised == GOOD and not view.repeated else w.short_bad
    return w.bad


def _quoted_copies(views: list[BlockView], kinds: list[str]) -> list[int]:
    """Text blocks printed again further down with the article's text between the two
    copies (a pull quote printed as a copy of its sentence between two paragraphs): the
    copy's only hit says it repeats a line above, and a full paragraph without hits
    stands between them.  A lead printed twice, over and under the article's masthead,
    has no paragraph between its copies."""
    found = []
    for i, view in enumerate(views):
        if kinds[i] != JUNK or view.cls != GOOD or not view.sentence_end \
                or not all(h.rule is RuleId.DUPLICATE for h in view.hits):
            continue
        source = view.hits[0].evidence.get("copy_of_block")
        if isinstance(source, int) and source < i and any(
                kinds[k] == GOOD and views[k].sentence_end and not views[k].hits for k in range(source + 1, i)):
            found.append(i)
    return found


def _best_run(weights: list[float], lo: int, hi: int) -> tuple[float, int, int]:
    """Maximum-sum contiguous run within [lo, hi): (sum, start, end)."""
    best, span = float("-inf"), (lo, lo)
    total, start = 0.0, lo
    for i in range(lo, hi):
        if total <= 0:
            total, start = 0.0, i
        total += weights[i]
        if total > best:
            best, span = total, (start, i + 1)
    return best, span[0], span[1]


# the blocks' weights and the body's main run: (weights, its sum, start, end)
MainRegion = tuple[list[float], float, int, int]


def _main_region(views: list[BlockView], kinds: list[str], revised: list[str], config: Config) -> MainRegion | None:
    """The blocks' weights and the body's main run, cut at a heading inside it that
    opens comments or related links; None for a document without a text block (its
    region is all of it)."""
    if GOOD not in kinds:
        return None
    weights = [_weight(v, k, r, config) for v, k, r in zip(views, kinds, revised, strict=False)]
    running = _running_lists(views, config) | _programmes(views, config)
    for i in running:
        weights[i] = 0.0
    for i in _teasers_between_text(views, config):
        weights[i] = config.weights.short_bad
    # (a pull quote printed as a copy of a paragraph above says no more of where the
    # article is than an advert's label)
    for i in _quoted_copies(views, kinds):
        weights[i] = config.weights.short_bad
    _widen_gaps(weights, kinds, [v.structured or i in running for i, v in enumerate(views)], config.region_gap_scale)
    best, start, end = _main_run(views, kinds, weights, config)
    # A heading that opens comments or related links inside the run ends it when the
    # text before it is substantial and no paragraph follows it at once (a label
    # between two paragraphs is not the end): what follows must join as a run of its
    # own (a streak of paragraphs close to the heading), as below any such heading.
    # (nor is a teaser's label over its one headline, or a few such, with the text going
    # on under them: "Read also" / <headline> / "The full programme:")
    cut = next((i for i in range(start + 1, end - 1)
                if views[i].closer and not (kinds[i + 1] == GOOD and views[i + 1].sentence_end)
                and not _teasers_in_text(views, kinds, i, end, config)), None)
    if cut is not None and sum(weights[start:cut]) >= config.region_second_share * best:
        best, end = sum(weights[start:cut]), cut
    return weights, best, start, end


def _past_teasers(views: list[BlockView], i: int, end: int, config: Config) -> int:
    """Past the teasers' labels, each over its one headline (``_labelled_teaser``), one
    under another from ``i`` on, before ``end``: where they end (``i`` if none)."""
    k = i
    while k + 2 < end and _labelled_teaser(views, k, config):
        k += 2
    return k


def _teasers_in_text(views: list[BlockView], kinds: list[str], i: int, end: int, config: Config) -> bool:
    """At ``i``, a teaser's label over its one headline (``_labelled_teaser``), or a few
    such one under another, with the text going on under them before ``end``: two full
    paragraphs, a line that announces what follows with a colon, or a subheading over
    an entry of data or a record's field ("Mon-Fri: 10.00-19.30") or over a programme's
    first day (``_programme_from``).  (A short line over paragraphs may be a second
    headline of the box as well as the next part's subheading.)"""
    k = _past_teasers(views, i, end, config)
    if k == i or k >= end:
        return False

    def text(j: int) -> bool:  # (two full paragraphs in a row: a digest has one under each headline)
        return (views[j].lead_in and _plain(views[j])) or all(
            j + d < end and kinds[j + d] == GOOD and views[j + d].sentence_end and not views[j + d].hits
            for d in (0, 1))

    return text(k) or (k + 1 < end and _part_heading(views[k], kinds[k])
                       and (_data(views[k + 1], config, fields=True) or _programme_from(views, k + 1, end)[1] > 0))


def body_region(views: list[BlockView], kinds: list[str], main: MainRegion | None,
                config: Config) -> list[tuple[int, int]]:
    """The body runs around the main run (``_main_region``), as [start, end) spans in
    document order."""
    if main is None:
        return [(0, len(views))]
    weights, best, start, end = main
    runs = [(start, end)]
    # Runs of text elsewhere that weigh nearly as much as the body, or that hold
    # several full paragraphs in a row, are body too (an article split by a video
    # player or a picture gallery).
    for lo, hi in ((0, start), (end, len(views))):
        run = _side_run(views, kinds, weights, (lo, hi), (start, end), best, config)
        if run is not None:
            runs.append(run)
    return _between_runs(views, kinds, weights, sorted(runs), best, config)


def _side_run(views: list[BlockView], kinds: list[str], weights: list[float], side: tuple[int, int],
              main: tuple[int, int], best: float, config: Config) -> tuple[int, int] | None:
    """The heaviest run in ``side`` (above the main run, or below ``main``'s end), when
    it is body too; else None."""
    lo, hi = side
    start, end = main
    below = lo >= end  # ``lo``: where the body's last part ends (past ``end``: ``_past_the_rescue``)
    score, s, e = _best_run(weights, lo, hi)
    if s >= e:
        return None
    # Below a heading that opens comments or related links, weight alone does not
    # make a run body: a short article is often nearly outweighed by the comment
    # thread or the headline digest under such a heading.  A streak of paragraphs
    # still does.  (Above the body, a heavy run stays body: when the thread
    # outweighs the article, the article is that run.)
    fenced = below and any(views[i].closer for i in range(end, s))
    # nor among summaries of other articles cut short ("…"), between it and the body
    among_digest = _digest(views, end, e, config) if below else _digest(views, s, start, config)
    # nor a run of headlines next to an article, nor summaries that mostly close no
    # sentence (a site's digest under section labels) or each stand under a few
    # headlines (news of other articles)
    listing = _headlines(views, kinds, s, e) and not _headlines(views, kinds, start, end)
    summaries = among_digest or listing or _unfinished(views, kinds, s, e) or _headline_digest(views, kinds, s, e)
    # right under an inline box of related links that cut the run (its heading, a
    # few headlines): the article going on, not what the heading opens
    # (with two full paragraphs in a row: a digest has one under each headline)
    resumed = fenced and _resumed(views, kinds, _box_heading(views, end, s, config), s, config) \
        and _paragraph_streak(views, kinds, s, e) >= 2
    # nor opening under a headline over a date line or byline (``_headlined``), with two
    # paragraphs in a row, when the main run stands under no masthead and holds such a
    # heading itself: the article, outweighed by a sidebar's boxes printed above it (a
    # column's introduction, its editor's biography, readers' comments), past the
    # sidebar's headings (under an article, the comment thread's title and date over
    # each comment stay out)
    headlined = fenced and not _under_a_masthead(views, kinds, start, config) \
        and any(views[i].closer for i in range(start, end)) and _headlined(views, s, config) \
        and _paragraph_streak(views, kinds, s, e) >= 2
    heavy = score >= config.region_second_share * best and (not fenced or resumed or headlined) and not summaries
    # (a table's cells in the gap count as one line, and so does a gallery, its counters
    # and the caption under each, and a list the body's last line announces with a
    # colon: a table, pictures or a list the article prints, not a box of other
    # articles' links)
    near = not fenced or s - lo - sum(views[i].cell for i in range(lo, s)) - _gallery_lines(views, lo, s) \
        - _data_lines(views, lo, s, config) - _announced_lines(views, kinds, lo, s) <= config.fenced_streak_max_gap
    # close below such a heading, sections count too: a run that opens with a full
    # paragraph and holds three, most of them in rows of two or more (an article
    # going on past an inline box, under subheadings; a digest or a thread has one
    # paragraph per headline or name); so do long paragraphs in a row, a borderline one
    # among them, after that full one
    opens_full = fenced and kinds[s] == GOOD and views[s].sentence_end
    sections = opens_full and _sections(views, kinds, s, e, config.region_streak, config.good_words)
    borderline = opens_full \
        and max(_rows(views, kinds, s, e, config.good_words, borderline=True), default=0) >= config.region_streak
    # and not right under a headline cut short among such lines: that headline's summary
    # (not a player's "Loading...": a headline is not short)
    teased = among_digest and s > 0 and views[s - 1].cut_off and views[s - 1].words >= config.short_words
    streak = near and not teased and (_paragraph_streak(views, kinds, s, e) >= config.region_streak or sections
                                      or borderline)
    # above the body, two full paragraphs in a row past a box of lines that no rule
    # knows (a specs table, pros and cons, an ingredient list): an introduction, and
    # the box the article's
    bridged = lo == 0 and not summaries and _bridged(views, kinds, s, e, start, config)
    # above the body, two long paragraphs opening right under the article's masthead
    # (its date or byline within ``masthead_reach`` lines, past a row of buttons),
    # however far down the rest stands, with no heading that opens comments or related
    # links between them and the body (a widget's clock times may stand there: the
    # test for a second masthead between, ``_masthead_between``, would take them for one)
    mastheaded = lo == 0 and not summaries and _under_a_masthead(views, kinds, s, config) \
        and sum(_rows(views, kinds, s, e, config.good_words)) >= 2 \
        and not any(views[i].closer for i in range(e, start))
    # above the body, past an inline box of related links right under it: the
    # article's opening paragraphs (the box stands between two of them)
    boxed = _boxed(views, kinds, s, e, start, config) if lo == 0 and not summaries else None
    if boxed is not None:
        e = boxed
    elif bridged:
        e = start  # (the box between: the article's list or table, up to the body)
    # past a box of links under such a heading (lines that are no text and no hits), the
    # article's next part under its subheading, however light, when the body has
    # subheadings of its own and two long paragraphs in a row follow (``_next_part``)
    part = _next_part(views, kinds, _box_heading(views, end, s, config), s, e, main, config) \
        if fenced and not (summaries or heavy or streak) else None
    if part is not None:
        s = part
    # (a run opening with an advert's copy opens at the subheading under it)
    elif s < e - 2 and _advert_copy(views, kinds, s):
        s += 1
    if (heavy or streak or bridged or mastheaded or boxed is not None or part is not None) \
            and not _digest(views, s, e, config) and not _printed_twice(views, kinds, s, e):
        return s, e
    return None


def _next_part(views: list[BlockView], kinds: list[str], heading: int, s: int, e: int,
               main: tuple[int, int], config: Config) -> int | None:
    """Where the article's next part opens in the run [s, e) under a heading at
    ``heading`` that opens related links: at the subheading (``_subheading_under_box``)
    right over the run's first full paragraph, when only lines that are no text and no
    hits stand between the heading and it (the box's links, however many), the body in
    ``main`` has subheadings of its own, and two long paragraphs in a row
    (``good_words``) open the part (not headlines that close a sentence); else None."""
    first = next((i for i in range(s, e) if kinds[i] == GOOD and views[i].sentence_end), None)
    if first is None or not views[heading].closer or first - 1 <= heading \
            or _past_box(views, kinds, heading, first, config, links=first - heading) != first:
        return None
    if not (_subheading_under_box(views, kinds, heading, first, _subheaded(views, kinds, [main]))
            and not views[first - 1].named
            and views[first].words >= config.good_words and _rows(views, kinds, first, e, config.good_words)[0] >= 2):
        return None
    return first - 1


def _listed_sections(views: list[BlockView], kinds: list[str], revised: list[str], main: MainRegion | None,
                     runs: list[tuple[int, int]], config: Config) -> tuple[list[tuple[int, int]], dict[int, str]]:
    """The runs plus a table of contents (``BlockView.contents``) and the sections it
    lists (``BlockView.listed``), when one of those headings stands in the main run:
    the table introduces that article.  The sections span from the first heading down
    to the end of the last one's section (the heaviest stretch right under it, up to a
    heading that opens comments or related links, a line that a rule removes wherever
    it stands, a widget, a promo, or a credit: the page's copyright under the text;
    each block weighed alone, since a long gap there is the
    section's table or code, not a sidebar); the listed sections from one that
    such a heading opens on are left out (comments, references), with their entries.
    The table joins as a run of its own, so that cleaning the output again finds it
    again (hence of ``contents_min_entries`` entries still); not when the runs hold
    every section already (the table is then furniture like any other).  Also the
    lines this adds, each with the table's blocks (evidence)."""
    headings = [i for i, view in enumerate(views) if view.listed]
    if main is None or not headings:
        return runs, {}
    _, _, start, end = main
    if not any(start <= i < end for i in headings):
        return runs, {}
    cut = next((k for k, i in enumerate(headings) if views[i].closer), len(headings))
    entries = [i for i, view in enumerate(views) if view.contents][:cut]
    headings = headings[:cut]
    if len(entries) < config.contents_min_entries:  # what is kept must be a table again
        return runs, {}
    total, heaviest, stop = 0.0, 0.0, headings[-1] + 1
    for i in range(stop, len(views)):
        if views[i].closer or (kinds[i] == JUNK and not _neutral(views[i])) or _credit(views[i]):
            break
        total += _weight(views[i], kinds[i], revised[i], config)
        if total > heaviest:
            heaviest, stop = total, i + 1
    while stop - 1 > headings[-1] and views[stop - 1].hits:
        stop -= 1  # (the furniture it ends with: "Next", "Previous" over the footer)
    inside = {i for lo, hi in runs for i in range(lo, hi)}
    if all(i in inside for i in range(headings[0], stop)):
        return runs, {}  # the body holds every section already: the table is furniture
    table = f"{entries[0] + 1}-{entries[-1] + 1}"
    added = {i: table for lo, hi in ((entries[0], entries[-1] + 1), (headings[0], stop))
             for i in range(lo, hi) if i not in inside}
    return _merged(runs + [(entries[0], entries[-1] + 1), (headings[0], stop)]), added


def _merged(runs: list[tuple[int, int]], entries: bool = False) -> list[tuple[int, int]]:
    """Overlapping or touching runs as one, in document order (when ``entries``, touching
    runs only when one of the two is one line: a list's entry taken on its own)."""
    merged: list[tuple[int, int]] = []
    one = False  # the last run merged is one line
    for lo, hi in sorted(runs):
        if merged and (lo < merged[-1][1] or (lo == merged[-1][1] and (not entries or one or hi - lo == 1))):
            merged[-1] = (merged[-1][0], max(hi, merged[-1][1]))
        else:
            merged.append((lo, hi))
        one = hi - lo == 1
    return merged


def _past_the_rescue(views: list[BlockView], kinds: list[str], main: MainRegion | None,
                     region: list[tuple[int, int]], rescued: list[tuple[int, int]],
                     config: Config) -> tuple[int, int] | None:
    """When the rescue took the body past its runs' end (the article's last paragraphs
    past an inline box of related links), the heaviest run below that, when it is body
    by the tests for a run below the main run (``_side_run``): the article going on past
    a second box (a paywall's offers, a newsletter's form).  The box's heading above the
    part the rescue took still fences the run (a streak of paragraphs is needed, not
    weight: the part taken may be a promo's copy, and a section's digest below it), but
    ``fenced_streak_max_gap`` counts from that part, not from the heading."""
    last = max(end for _, end in rescued)
    if main is None or last <= max(end for _, end in region):
        return None
    weights, best, start, end = main
    return _side_run(views, kinds, weights, (last, len(views)), (start, end), best, config)


def _between_runs(views: list[BlockView], kinds: list[str], weights: list[float],
                  runs: list[tuple[int, int]], best: float, config: Config) -> list[tuple[int, int]]:
    """The runs plus the runs of text in the gaps between two of them that weigh half
    as much as the main run or hold ``region_between_streak`` full paragraphs in a row
    (fewer than a run beside the body needs: text on both sides), again and again (an
    article cut into several parts by picture galleries or players): each side holds
    one such run beside the main run, a gap between two parts of the body holds more."""
    gaps = [(e, s) for (_, e), (s, _) in zip(runs, runs[1:], strict=False)]
    found = list(runs)
    while gaps:
        lo, hi = gaps.pop()
        score, s, e = _best_run(weights, lo, hi)
        if s >= e or _digest(views, s, e, config) or _printed_twice(views, kinds, s, e):
            continue
        if score >= config.region_second_share * best \
                or _paragraph_streak(views, kinds, s, e) >= config.region_between_streak:
            found.append((s, e))
            gaps += [(lo, s), (e, hi)]
    return sorted(found)


def _bridged(views: list[BlockView], kinds: list[str], start: int, end: int, body: int, config: Config) -> bool:
    """[start, end) holds two long paragraphs in a row (or one, and ends with a line
    that announces the gap's lines with a colon), and at most ``bridge_max_gap``
    lines stand between it and the run at ``body`` (a table's cells counting as one),
    none of them a pattern hit (but an advert's label or a shop's button, which sit
    inside articles: ``_neutral``; not a label over its advert's copy,
    ``_copy_under``) or a heading that opens comments or related links: a box the
    article holds (a specs table, a list), not a site's furniture.  The run may
    open under an in-body teaser or an advert's label with a full paragraph over them
    (the part above the box ends there): the gap then ends at that paragraph."""
    top = _above_asides(views, end, body, config)
    if end < top - 1 < body - 1 and kinds[top - 1] == GOOD and views[top - 1].sentence_end and _plain(views[top - 1]):
        body = top - 1
    cells = sum(views[i].cell for i in range(end, body))
    if body - end - max(cells - 1, 0) > config.bridge_max_gap \
            or any((views[i].hits and not (_neutral(views[i]) and not _copy_under(views, kinds, i, config)))
                   or views[i].closer for i in range(end, body)):
        return False  # (an advert's label or a shop's button says nothing: they sit inside articles)
    rows = _rows(views, kinds, start, end, config.good_words, borderline=True)
    # (or one, when the run's last line announces with a colon the lines between: the
    # article's list, under the paragraph that introduces it)
    return max(rows, default=0) >= 2 or (bool(rows) and views[end - 1].lead_in and kinds[end - 1] == GOOD)


def _boxed(views: list[BlockView], kinds: list[str], start: int, end: int, body: int,
           config: Config) -> int | None:
    """Where the article's opening ends when [start, end) is one: right above the run at
    ``body`` stands an inline box of related links (a heading that opens related links,
    then at most ``box_max_links`` lines that are no paragraph and no pattern hit:
    headlines, a question among them, the next part's subheading; or furniture
    labels), and from ``start`` down to that heading the lines are text, subheadings,
    entries of a list in running text ("petrol: up 8 forints a litre;") or an advert's
    label (no other box: no heading that opens one), opening with a full paragraph and
    holding two long ones."""
    top = body - 1
    while top > max(end - 1, body - 2 - config.box_max_links) and not views[top].closer \
            and ((kinds[top] in (SHORT, NEAR, BAD) and not views[top].hits) or _label(views[top], config)):
        top -= 1
    if top < end - 1 or top == body - 1 or not views[top].closer:
        return None
    if not all((kinds[i] in (GOOD, SHORT, NEAR) and _plain(views[i])) or (_label(views[i], config)
                                                                         and not views[i].closer)
               or (views[i].enumerated and _plain(views[i])) for i in range(end, top)):
        return None
    if kinds[start] == GOOD and views[start].sentence_end \
            and sum(_rows(views, kinds, start, top, config.good_words)) >= 2:
        return top
    return None


def _gallery_lines(views: list[BlockView], lo: int, hi: int) -> int:
    """The lines of a gallery between ``lo`` and ``hi``: its counters ("3/12", see
    ``rules.counter``) and the line under each (the picture's caption), with the
    picture's credit under that ("Photo: …", an image hit)."""
    counters = [i for i in range(lo, hi)
                if any(h.rule is RuleId.IMAGE and "counters" in h.evidence for h in views[i].hits)]
    captions = [i + 1 for i in counters if i + 1 < hi and i + 1 not in counters]
    credits = [i + 1 for i in captions if i + 1 < hi and i + 1 not in counters
               and any(h.rule is RuleId.IMAGE for h in views[i + 1].hits)]
    return len(counters) + len(captions) + len(credits)


def _data_lines(views: list[BlockView], lo: int, hi: int, config: Config) -> int:
    """The lines of lists of data between ``lo`` and ``hi`` past the first of each
    (``_data``, ``list_min_data`` in a row at least, not a table's cells, counted
    apart): a list of figures the article prints ("Taipei 10°", "Keelung 11°") counts as
    one line."""
    extra = 0
    for stretch in stretches([_data(views[i], config) and not views[i].cell for i in range(lo, hi)]):
        if len(stretch) >= config.list_min_data:
            extra += len(stretch) - 1
    return extra


def _announced_lines(views: list[BlockView], kinds: list[str], lo: int, hi: int) -> int:
    """The lines past the first of a list that the body's line right over ``lo`` announces
    with a colon, from ``lo`` on (``_item_like``: closing no sentence, nothing says
    furniture): the places under a storm warning, however many, count as one line."""
    if lo == 0 or lo >= hi or not (views[lo - 1].lead_in and _plain(views[lo - 1])):
        return 0
    stop = lo
    while stop < hi and _item_like(views[stop], kinds[stop]):
        stop += 1
    return max(0, stop - lo - 1)


def _box_heading(views: list[BlockView], end: int, start: int, config: Config) -> int:
    """Where the heading of an inline box of related links under the text ending at
    ``end`` stands: ``end``, or past at most ``box_max_furniture`` buttons or lines with
    hits there (an advert's label, its age mark, its id: "Реклама", "16+", "erid: …"),
    before ``start``."""
    i = end
    while i < min(start, end + config.box_max_furniture) and not views[i].closer \
            and (views[i].hits or _button(views[i], config)):
        i += 1
    return i if i < start and views[i].closer else end


def _resumed(views: list[BlockView], kinds: list[str], heading: int, start: int, config: Config) -> bool:
    """The line at ``heading`` opens an inline box of related links (``_past_box``: at
    most ``box_max_links`` headlines under it) and a full paragraph without hits follows
    the box at once, at ``start``: the article going on below its box (a thread opens
    with a name, a digest with a headline)."""
    return views[heading].closer and start > heading + 1 and _past_box(views, kinds, heading, start, config) == start \
        and kinds[start] == GOOD and views[start].sentence_end and _plain(views[start])


def _main_run(views: list[BlockView], kinds: list[str], weights: list[float],
              config: Config) -> tuple[float, int, int]:
    """The body's main run (sum, start, end): the heaviest run, unless it is none of an
    article's and a rival on one side is (see the module docstring)."""
    best, start, end = _best_run(weights, 0, len(views))
    if _digest(views, start, end, config):
        # The heaviest run is a digest of other articles (summaries cut short): the
        # article is the heaviest run above it, if it weighs half as much and is none
        # (below a digest come comments and footers, not the article).
        rival = _rival(views, weights, 0, start, best, config)
        if rival is not None:
            best, start, end = rival
    # The heaviest run below a heading that opens comments or related links, and a run
    # above the heading that is body by itself (half as heavy, or a streak of full
    # paragraphs) with a longer row of full paragraphs: the comments or the digest (a
    # paragraph per item) outweigh a short article, which is the run above; the one
    # below joins only as runs below such a heading do.  So too, whatever the rows
    # below, when the run above is both half as heavy and a streak, or a streak (or half
    # as heavy, see below) and the heavy run stands right under it (``heading_max_gap``
    # lines): it is what the heading opens, however heavy (a site's rules for comments
    # are a long row of sentences).
    # (Not a listicle: a paragraph under each numbered heading.)
    score, s, e = _best_run(weights, 0, start)
    # (a heading's count in the heavy run's masthead, "0 comments" beside its byline, is
    # a link to the comments, not their heading)
    closers = [i for i in range(e, start) if views[i].closer and not _masthead_counter(views, e, i, config)]
    if s < e and not _digest(views, s, e, config) and closers and not _listed(views, kinds, start, end):
        row = _paragraph_streak(views, kinds, s, e)
        heavy = score >= config.region_second_share * best
        streak = row >= config.region_streak
        heavy_row = _paragraph_streak(views, kinds, start, end)  # the heavy run's row of paragraphs
        # (or half as heavy, when the heavy run holds no two full paragraphs in a row: a
        # digest or a thread, one under each headline or name; the article going on under
        # an inline box of related links has rows of them)
        headed = any(i >= start - config.heading_max_gap for i in closers) and (streak or (heavy and heavy_row < 2))
        if ((heavy or streak) and heavy_row < row) or (heavy and streak) \
                or headed:
            best, start, end = score, s, e
    # A run of headlines (text blocks none of which closes a sentence) is a list of
    # links to other articles, and one whose text blocks mostly close none is a digest
    # (a summary under each section label): when a run elsewhere as heavy as half of it
    # holds a row of full paragraphs, that run is the article.
    if _headlines(views, kinds, start, end) or _unfinished(views, kinds, start, end):
        for lo, hi in ((0, start), (end, len(views))):
            rival = _rival(views, weights, lo, hi, best, config)
            if rival is not None and _paragraph_streak(views, kinds, rival[1], rival[2]) >= config.region_streak:
                return rival
    return best, start, end


def _masthead_counter(views: list[BlockView], top: int, i: int, config: Config) -> bool:
    """The heading at ``i`` stands in an article's masthead: at most
    ``heading_max_gap`` lines under a date line or byline (a rule's hit: not a dated
    headline of other news, "18.04.2011 New paving laid") that has a title over it
    (``_masthead_between``, from ``top`` down): a count's link ("0 komentarzy" beside
    "Autor: …"), not the heading of the comments."""
    return any(views[j].hits and views[j].hits[0].rule in _MASTHEAD
               for j in range(max(top, i - config.heading_max_gap), i)) \
        and _masthead_between(views, top - 1, i, config)


def _rival(views: list[BlockView], weights: list[float], lo: int, hi: int, best: float,
           config: Config) -> tuple[float, int, int] | None:
    """The heaviest run in [lo, hi), when it weighs half as much as ``best`` and is no
    digest: a candidate for the main run."""
    score, s, e = _best_run(weights, lo, hi)
    if s < e and score >= config.region_second_share * best and not _digest(views, s, e, config):
        return score, s, e
    return None


def _sections(views: list[BlockView], kinds: list[str], start: int, end: int, least: int,
              long_text: float) -> bool:
    """At least ``least`` long paragraphs (``long_text`` words) in [start, end), half of
    them or more in rows of two or more: text under subheadings and advert labels, not
    one paragraph per headline or name (nor a widget's one-line messages)."""
    rows = _rows(views, kinds, start, end, long_text)
    total = sum(rows)
    return total >= least and 2 * sum(r for r in rows if r >= 2) >= total


def _headlines(views: list[BlockView], kinds: list[str], start: int, end: int) -> bool:
    """No text block in [start, end) closes a sentence: a list of headlines or teasers
    (links to other articles), not an article."""
    return not _rows(views, kinds, start, end)


def _unfinished(views: list[BlockView], kinds: list[str], start: int, end: int) -> bool:
    """Most text blocks in [start, end) close no sentence: summaries of other articles
    under section labels (a site's digest), not an article, whose paragraphs do."""
    good = [i for i in range(start, end) if kinds[i] == GOOD and not views[i].continued]
    return 2 * sum(views[i].sentence_end for i in good) < len(good)


def _headline_digest(views: list[BlockView], kinds: list[str], start: int, end: int) -> bool:
    """Three paragraphs or more in [start, end), none next to another, most of them with
    two or more lines without hits above them (headlines, a section label, a counter):
    summaries under the last of a few headlines, news of other articles, not a part of
    an article (one subheading, one question, over each paragraph)."""
    at = [i for i in range(start, end) if kinds[i] == GOOD and views[i].sentence_end and not views[i].continued]
    gaps = [_unmarked(views, a + 1, b) for a, b in zip(at, at[1:], strict=False)]
    return len(at) >= 3 and min(gaps) >= 1 and 2 * sum(g >= 2 for g in gaps) > len(gaps)


def _printed_twice(views: list[BlockView], kinds: list[str], start: int, end: int) -> bool:
    """Every text block in [start, end), two at least, stands elsewhere in the document
    too (the same, or a near copy): a widget the page prints twice ("Why register?" in
    the header and in the login form), or a second copy of the article, not a part of it."""
    good = [i for i in range(start, end) if kinds[i] == GOOD]
    return len(good) >= 2 and all(views[i].copied for i in good)


def _listed(views: list[BlockView], kinds: list[str], start: int, end: int) -> bool:
    """A run whose paragraphs come under list-marked headings ("1. …", "• …"): a
    listicle, one paragraph per item, not a comment thread or a digest.  Not when more of
    its paragraphs come under headlines without a marker: a digest of summaries, its
    "Most popular" numbered at its foot."""
    headed = [i for i in range(start, end - 1) if kinds[i] != GOOD and kinds[i + 1] == GOOD
              and not views[i].sentence_end and _plain(views[i])]
    marked = sum(views[i].item for i in headed)
    return marked >= 2 and 2 * marked >= len(headed)


def _digest(views: list[BlockView], start: int, end: int, config: Config) -> bool:
    """A run of which ``digest_share`` of the lines, and at least ``digest_cut_offs``,
    are cut short ("…"): summaries of other articles one after another, not an article
    (where a quotation may trail off now and then)."""
    cut = sum(views[i].cut_off for i in range(start, end))
    return cut >= config.digest_cut_offs and cut >= config.digest_share * (end - start)


def _running_lists(views: list[BlockView], config: Config) -> set[int]:
    """The entries of lists in running text under a line without hits that ends with a
    colon: two entries or more closing with a semicolon, one a line, and the one closing
    the sentence under them ("in these districts:" / "Achinsky;" / … / "Mansky."), nothing
    saying furniture (one sentence printed a clause a line), or three such entries or
    more under a subheading instead (shorter than ``short_words``, closing no sentence:
    "Main specifications" / "processor: 8 cores;" / …); or two rows or more of short
    items between separators that end the list (``_row_of_items``, ``_list_ends``: a
    table's rows, "Achinsk | 25 | night").  No sidebar, however long."""
    found: set[int] = set()
    for i in range(len(views) - 2):
        colon = views[i].lead_in
        if not _plain(views[i]) or not (colon or (not views[i].sentence_end and views[i].words < config.short_words)):
            continue
        entries = _enumerated_below(views, i + 1)  # (the semicolon's entries as below a run)
        if sum(views[k].enumerated for k in entries) >= (2 if colon else 3):
            found.update(entries)
            continue
        if not colon:  # (rows of items only under a colon)
            continue
        stop = i + 1
        while stop < len(views) and _row_of_items(views[stop]):
            stop += 1
        if stop - i - 1 >= 2 and _list_ends(views, stop):
            found.update(range(i + 1, stop))
    return found


def _dialogue(views: list[BlockView], config: Config) -> set[int]:
    """The lines of an interview or a scene told as dialogue: ``dialogue_min_run`` lines
    or more in a row, each opening with a dash ("— Why?" / "— The contract. My family.")
    and closing its sentence, printed once, nothing saying furniture.  However short,
    such lines are text: a menu or a box of links closes no sentence."""
    lines = [v.dashed and v.sentence_end and not v.repeated and _plain(v) for v in views]
    return {i for run in stretches(lines) if len(run) >= config.dialogue_min_run for i in run}


def _answered_questions(views: list[BlockView], config: Config) -> set[int]:
    """The lines of questions and their answers, one under the other: ``qa_min_pairs``
    pairs or more in a row, each a question ("Who pays for the first three days?") over a
    line closing a statement ("The employer."), printed once, nothing saying furniture.
    However short, such lines are text (an interview, an explainer's FAQ): a menu closes
    no sentence, and a box of headlines asks no question over each summary."""
    def plain(k: int) -> bool:
        return not views[k].repeated and _plain(views[k])

    found: set[int] = set()
    i, n = 0, len(views)
    while i + 1 < n:
        j = i
        while j + 1 < n and views[j].asks and views[j].sentence_end and plain(j) \
                and views[j + 1].sentence_end and not views[j + 1].asks and plain(j + 1):
            j += 2
        if j - i >= 2 * config.qa_min_pairs:
            found.update(range(i, j))
        i = max(j, i + 1)
    return found


def _long_text(view: BlockView, config: Config) -> bool:
    """A long paragraph: a text block of ``good_words`` or more closing its sentence
    (whatever hit it holds)."""
    return view.cls == GOOD and view.sentence_end and view.words >= config.good_words


def _teasers_between_text(views: list[BlockView], config: Config) -> list[int]:
    """In-body teasers ("Read also: <headline>", ``_teaser_line``) right under a long
    paragraph and over the next one (or over its subheading): a pointer the article
    prints between two of its parts, which says no more of where the article is than an
    advert's label does (a pager's "Previous: <headline>" under the last paragraph is
    followed by no paragraph; a short line under the teaser, a list's announcement,
    leaves it as it was)."""
    found = []
    for i in range(1, len(views) - 1):
        if not (_teaser_line(views[i], config) and _long_text(views[i - 1], config)):
            continue
        below = views[i + 1]
        if _long_text(below, config) or (below.cls == SHORT and not below.hits and i + 2 < len(views)
                                          and _long_text(views[i + 2], config)):
            found.append(i)
    return found


def _widen_gaps(weights: list[float], kinds: list[str], structured: list[bool], scale: float) -> None:
    """Make long gaps between text blocks cost more per block (in place): a few labels
    between two paragraphs are a caption or a subheading, twenty are a sidebar."""
    if scale <= 0:
        return
    for gap in stretches([kind != GOOD for kind in kinds]):
        # not a table or a code listing: mostly numbers or code
        if sum(structured[k] for k in gap) * 2 < len(gap):
            factor = 1.0 + len(gap) / scale
            for k in gap:
                if weights[k] < 0:
                    weights[k] *= factor


def _rows(views: list[BlockView], kinds: list[str], start: int, end: int, long_text: float = 0.0,
          borderline: bool = False) -> list[int]:
    """The lengths of the rows of text blocks of ``long_text`` words or more closing
    their sentences in [start, end) (``borderline``: borderline blocks that long count
    too, a paragraph thin in function words); the lines of a hard-wrapped paragraph count
    as one block, closed by its last line."""
    rows: list[int] = []
    row = 0
    text = (GOOD, NEAR) if borderline else (GOOD,)
    for i in range(start, end):
        if kinds[i] == GOOD and views[i].continued:
            continue
        if kinds[i] in text and views[i].sentence_end and views[i].words >= long_text:
            row += 1
        elif row:
            rows.append(row)
            row = 0
    if row:
        rows.append(row)
    return rows


def _paragraph_streak(views: list[BlockView], kinds: list[str], start: int, end: int) -> int:
    """The longest row of text blocks closing their sentences in [start, end)."""
    return max(_rows(views, kinds, start, end), default=0)


def _edge_run(views: list[BlockView], order: range) -> list[int]:
    """Indices of the run of hit blocks at one edge of the region that may be removed:
    all of it when it holds a hit stronger than ``weak``, else none."""
    run: list[int] = []
    for i in order:
        if not views[i].hits:
            break
        run.append(i)
    if all(views[i].strongest is Strength.WEAK for i in run):
        return []
    return run


_MASTHEAD = frozenset((RuleId.BYLINE, RuleId.HEADER))


def _past_the_masthead(views: list[BlockView], kinds: list[str], runs: list[tuple[int, int]],
                       config: Config) -> list[tuple[int, int]]:
    """The first run cut past the article's masthead when it holds one under its first
    block (a standfirst without hits): the lines down to the last date line or byline
    within ``masthead_span`` lines, none of them a full paragraph (or two text blocks in
    a row, closing no sentence: a summary's points) but a picture's caption
    (``_picture_pair``; a share row, its counter, the author's name and role, "Listen to
    this article"; no teaser's link, no heading of a box), with a full paragraph right
    under it (past at most two short labels): the standfirst stays a run of its own and
    the text starts under the masthead."""
    if not runs or runs[0][1] - runs[0][0] < 3:
        return runs  # (a standfirst, a masthead's line and the text at least)
    start, end = runs[0]
    if views[start].hits or kinds[start] not in (GOOD, NEAR):
        return runs
    # (a title asking a question reads as a sentence: the standfirst is the line under it)
    if views[start].asks and views[start].words < config.good_words and not views[start + 1].asks \
            and _plain(views[start + 1]) and kinds[start + 1] in (GOOD, NEAR) and views[start + 1].sentence_end:
        start += 1
    last = None
    for j in range(start + 1, min(end - 1, start + 1 + config.masthead_span)):
        if kinds[j] == GOOD and _plain(views[j]) and not _in_picture(views, j, config) \
                and (views[j].sentence_end or (kinds[j + 1] == GOOD and _plain(views[j + 1]))):
            # (a full paragraph, or two text blocks in a row: a summary's points without
            # full stops; a picture's caption is the masthead's)
            break
        if _dated(views[j], config):
            last = j
    if last is None or last == start + 1 and views[last].hits and views[last].hits[0].rule in _MASTHEAD \
            or any(views[k].closer or any(h.rule is RuleId.TEASER for h in views[k].hits) for k in range(start, last)):
        return runs  # (a teaser's summary over "Read more" and the article's own masthead)
    text = last + 1  # (past at most two short labels under the date: "Listen to this article")
    while text < min(end, last + 3) \
            and (views[text].hits or (kinds[text] == SHORT and not views[text].sentence_end)):
        text += 1
    if not (text < end and kinds[text] == GOOD and views[text].sentence_end):
        return runs
    return [(start, start + 1), (text, end), *runs[1:]]


def _under_standfirst(views: list[BlockView], start: int, end: int) -> list[int]:
    """The byline and date lines right under a run's first block when that block has no
    hits (a standfirst): the masthead of the article, as at the run's very start."""
    if end - start < 2 or views[start].hits:
        return []
    run = _edge_run(views, range(start + 1, end))
    return run if run and all(h.rule in _MASTHEAD for i in run for h in views[i].hits[:1]) else []


def _satellite(views: list[BlockView], kinds: list[str], order: range, long_text: float) -> int | None:
    """A paragraph of the body cut off from a run by page furniture: the first
    full-sentence text block without hits met in ``order`` (walking away from the run;
    a borderline block counts when it is ``long_text`` words or more, or above the run
    when it is a statement, not a question: a one-sentence standfirst or caption),
    when only furniture comes before it: labels, pattern hits, headlines of other
    articles (borderline lines that close no sentence), an advert's copy over the next
    part's subheading (``_advert_copy``).  Text that closes a sentence or
    code ends the search; below the run, so does a heading that opens comments or
    related links, or a headline cut short ("…": what follows is its summary, a digest)
    (above it, such a heading is furniture: "Share" over the buttons between a
    standfirst and the text).  Its index, or None."""
    downward = order.step > 0
    for i in order:
        if (views[i].closer or views[i].cut_off) and downward:
            return None
        if _advert_copy(views, kinds, i):
            continue
        # (above the run, a shorter statement too: a one-sentence standfirst or caption;
        # not a question, which is more often a teaser's headline)
        # (and above it, a question as short as a title is one: "Is it time to switch?")
        full = (kinds[i] == GOOD and (downward or not views[i].asks or views[i].words >= long_text)) \
            or (kinds[i] == NEAR and (views[i].words >= long_text or (not downward and not views[i].asks)))
        if full and views[i].sentence_end and not views[i].hits:
            return i
        if kinds[i] in (GOOD, CODE) or (kinds[i] == NEAR and views[i].sentence_end):
            return None
    return None


def _lead_above(views: list[BlockView], kinds: list[str], start: int, config: Config) -> int | None:
    """The standfirst above a run at ``start``: a ``_satellite`` at most ``lead_max_gap``
    furniture lines up; or the nearest full paragraph without hits (or a long borderline
    one) at most
    ``masthead_max_gap`` lines up when all that stands between is the article's by the
    test for two parts (``_between``: a match's box of scorers and line-ups; or
    ``_headed_list``: the round's results over the next part's subheading)."""
    found = _satellite(views, kinds, range(start - 1, max(-1, start - 2 - config.lead_max_gap), -1), config.good_words)
    if found is not None:
        return found
    above = next((i for i in range(start - 2, max(-1, start - 2 - config.masthead_max_gap), -1)
                  if (kinds[i] == GOOD or (kinds[i] == NEAR and views[i].words >= config.good_words))
                  and views[i].sentence_end), None)
    if above is None or views[above].hits:
        return None
    gap = range(above + 1, start)
    # (the headed list only when the test for two parts did not take the gap)
    if _between(views, kinds, gap.start, start, config) == gap \
            or _headed_list(views, kinds, gap.start, start, config, boxed=True) == gap:
        return above
    return None


def _dated(view: BlockView, config: Config) -> bool:
    """A date line or a byline: a date, time or author hit, or a line shorter than a
    paragraph holding a stamp ("Added: 3.01.2012, 13:45 Author: (mk)")."""
    if view.hits:
        return view.hits[0].rule in _MASTHEAD
    return view.stamped and view.words < config.good_words


def _masthead_lead(views: list[BlockView], kinds: list[str], start: int, config: Config) -> int | None:
    """The standfirst of an article whose first run starts further down than
    ``lead_max_gap`` lines, past a related box or a row of buttons: walking up at most
    ``masthead_max_gap`` lines over anything that closes no sentence (headlines of other
    articles, long ones too, labels, credits) or has hits, the first full paragraph
    (not a question, no stamp of its own, which a feed's entries have) that stands under
    the article's masthead (see ``_under_a_masthead``).  Not when the article's own
    title and date stand between it and the text (``_masthead_between``: it belongs to a
    box above the article), unless it stands right between a title and the masthead
    under it (``_titled_deck``: the title is its own, the author's bare name under it
    no second title); failing that, a standfirst closing no sentence between the two
    (``_deck_above``), or a full one right between them whatever it holds or lacks
    (``_titled_lead``).  Not when another dated paragraph stands above it within the
    same distance, under a date line of its own between the two (a digest of dated
    summaries; a pull quote sharing the paragraph's masthead is no such entry).  Its
    index, or None."""
    found = _plain_statement(views, kinds, range(start - 1, max(-1, start - 1 - config.masthead_max_gap), -1),
                             config)
    if found is not None and not _titled_deck(views, found, config) and (
            not _under_a_masthead(views, kinds, found, config) or _masthead_between(views, found, start, config)):
        found = None
    if found is None:
        found = _deck_above(views, kinds, start, config)
    if found is None:
        found = _titled_lead(views, kinds, start, config)
    if found is None:
        return None
    above = _plain_statement(views, kinds, range(found - 1, max(-1, found - 1 - config.masthead_max_gap), -1),
                             config, stop_at_text=False)
    return found if above is None or not _under_a_masthead(views, kinds, above, config) \
        or not any(_dated(views[j], config) for j in range(above + 1, found)) else None


def _titled_deck(views: list[BlockView], i: int, config: Config) -> bool:
    """The paragraph at ``i`` is the article's standfirst between its title and its
    masthead: the line right above it (or above the author's bare name right above it)
    is a headline (``adjacent_sentence_words`` words or more but under two paragraphs'
    worth, closing no sentence, no stamp, no hits but a copy's: a title printed twice),
    and right below it, past at most ``masthead_reach`` lines of furniture
    (``_masthead_furniture``: lines a rule removes, an author's name alone, buttons,
    "Updated:"; or the author's role under the name, ``_role``), stands a date line or
    byline.  Not the title printed twice, right under itself (``echo``): a paragraph
    printed again elsewhere (the standfirst in a share card under the text) is the
    standfirst all the same."""
    if i == 0 or views[i].echo:
        return False
    # (past the author's bare name between the title and the standfirst, or a label as
    # short as a button: "Subscribers", "Key points")
    past = i >= 2 and (views[i - 1].named or (_button(views[i - 1], config) and _plain(views[i - 1])))
    title = views[i - 2] if past else views[i - 1]
    if title.sentence_end or title.cut_off or title.closer or _dated(title, config) \
            or not config.adjacent_sentence_words <= title.words < 2 * config.good_words \
            or any(h.rule is not RuleId.DUPLICATE for h in title.hits):
        return False
    return _dated_below(views, i, config)


def _titled_lead(views: list[BlockView], kinds: list[str], start: int, config: Config) -> int | None:
    """The standfirst between the article's title and its masthead (``_titled_deck``),
    the nearest up to ``masthead_max_gap`` lines over the text at ``start``, whatever it
    holds (a time, "leaves at 6.12pm"; a question) or lacks (a full stop): a full text
    block (a headline is shorter: the title over its date line is none) without hits,
    longer than the title over it.  Not past a text block printed twice
    (a lead whose copy in the body stays) or a full paragraph (a pull quote, a teaser's
    summary: the title over the date line above it is no standfirst; a picture's
    caption beside its credit is passed), nor over a run
    that opens with short lines (see ``_deck_above``).  Its index, or None."""
    if not 0 < start < len(views) or not _opens_text(views, kinds, start):
        return None  # (over a run opening with short lines: see ``_deck_above``)
    for i in range(start - 1, max(-1, start - 1 - config.masthead_max_gap), -1):
        if kinds[i] != GOOD or views[i].hits or i < 1 or views[i].words <= views[i - 1].words:
            continue
        if views[i].copied:
            return None  # (a lead printed twice: its copy in the body stays)
        if _titled_deck(views, i, config):
            return i
        if views[i].sentence_end and not _in_picture(views, i, config):
            return None  # (other text: a pull quote, a teaser's summary; a picture's caption is passed)
    return None


def _dated_below(views: list[BlockView], i: int, config: Config) -> bool:
    """A date line or byline right below the line at ``i``, past at most
    ``masthead_reach`` lines of furniture (``_masthead_furniture``, or a line as short as
    an author's role, ``_role``, under the name (or under the role under it: her e-mail
    address) or right under the line at ``i``: a paywall's badge, a player's "Listen",
    the author with her agency, the interviewer's credit); a picture's caption and credit
    count as one line (``_picture_pair``), and so do a statement right under the line at
    ``i`` (its second line), a row of buttons or of a rule's lines (``_row_mate``: "Send"
    / "Save", a share row) and the name with the lines of her role under it."""
    j, steps = i + 1, 0
    while j < len(views) and steps <= config.masthead_reach:
        if _dated(views[j], config):
            return True
        if _picture_pair(views, j, config):
            j += 1  # a picture's caption and credit: one line of furniture
        elif j == i + 1 and _second_line(views[j]):
            pass  # the standfirst's second line
        elif not (_masthead_furniture(views[j], config)
                  or ((j == i + 1 or _under_the_name(views, j, config)) and _role(views[j], config))):
            return False
        elif j > i + 1 and (_row_mate(views[j - 1], views[j], config)
                            or (_under_the_name(views, j, config) and _role(views[j], config))):
            # (a row of buttons, or of a rule's lines, is one line of furniture, and so is
            # the author's name with the role and the e-mail address under it)
            j += 1
            continue
        j, steps = j + 1, steps + 1
    return False


def _under_the_name(views: list[BlockView], j: int, config: Config) -> bool:
    """The line at ``j`` stands right under an author's name alone, or under a line as
    short as a role right under it (the name, the role, the e-mail address)."""
    return views[j - 1].named or (j >= 2 and views[j - 2].named and _role(views[j - 1], config))


def _row_mate(above: BlockView, view: BlockView, config: Config) -> bool:
    """Two lines of one row of a masthead: both a rule's (a share row: "Facebook" /
    "X" / "E-mail"), or both buttons ("Send" / "Save")."""
    return (bool(above.hits) and bool(view.hits)) or (_button(above, config) and _button(view, config))


def _picture_pair(views: list[BlockView], j: int, config: Config) -> bool:
    """The lines at ``j`` and ``j + 1`` are a picture's: its caption (no hits, shorter
    than two paragraphs' worth) and its credit (an image rule's hit, or the
    photographer's bare name under the caption: "By Anna Berg" under a headline is a
    byline), in either order."""
    if not 0 <= j < len(views) - 1:
        return False
    first, second = views[j], views[j + 1]
    credit = _pictured(second) or (second.named and not second.hits)
    return (_pictured(first) and _picture_caption(second, config)) or (_picture_caption(first, config) and credit)


def _in_picture(views: list[BlockView], i: int, config: Config) -> bool:
    """The line at ``i`` is one of a picture's two lines (``_picture_pair``)."""
    return _picture_pair(views, i - 1, config) or _picture_pair(views, i, config)


def _picture_caption(view: BlockView, config: Config) -> bool:
    """A picture's caption: no hits, shorter than two paragraphs' worth, no name alone."""
    return _plain(view) and view.words < 2 * config.good_words and not view.named


def _deck_second(views: list[BlockView], i: int | None, config: Config) -> int | None:
    """The standfirst at ``i``'s second line, right under it, with the date line or
    byline under that (``_dated_below``), or None."""
    if i is None or i + 1 >= len(views) or not _second_line(views[i + 1]):
        return None
    return i + 1 if _dated_below(views, i + 1, config) else None


def _second_line(view: BlockView) -> bool:
    """A standfirst's second line: a plain statement (closing a sentence, no question,
    no stamp)."""
    return _plain(view) and view.sentence_end and not view.asks and not view.stamped and not view.lead_in


def _role(view: BlockView, config: Config) -> bool:
    """A line as short as an author's role, closing no sentence, no stamp, no heading
    that opens comments or related links: under the author's name in a masthead
    ("Dziennikarka działu politycznego", "Local government correspondent")."""
    return view.words < config.short_words and not view.sentence_end and not view.stamped and _plain(view)


def _masthead_furniture(view: BlockView, config: Config) -> bool:
    """A line between a standfirst and the date line or byline under it: one a rule
    removes (a share row, an affiliate disclosure), an author's name alone, a button
    (``_button``) or a label as short with a colon ("Updated:")."""
    return bool(view.hits) or view.named or _button(view, config) \
        or (view.lead_in and view.words <= config.button_max_words)


def _button(view: BlockView, config: Config) -> bool:
    """A button's line: ``button_max_words`` words at most, closing no sentence
    ("Listen", "Text size", "Share", a counter)."""
    return view.words <= config.button_max_words and not view.sentence_end


def _row_button(views: list[BlockView], i: int, config: Config) -> bool:
    """A button of ``row_button_max_words`` words at most, closing no sentence, under a
    line a rule removes that is no date line: the last of a row of buttons ("Print" over
    "Add to favourites")."""
    return i > 0 and views[i].words <= config.row_button_max_words and not views[i].sentence_end \
        and bool(views[i - 1].hits) and not _dated(views[i - 1], config)


def _deck_above(views: list[BlockView], kinds: list[str], start: int, config: Config) -> int | None:
    """The standfirst of an article whose first run starts at ``start`` and opens with a
    text block, closing a sentence or not, between its title and its masthead
    (``_titled_deck``): walking up at most ``masthead_max_gap`` lines over lines with
    hits and lines that close no sentence, the first text block (no stamp, no question).
    The headline over it is any line ``_titled_deck`` takes for one, short or thin in
    stopwords too ("Islands waiting for the doctor", a score's "Insular – Cantera 2-1:
    …"): a breadcrumb over a long title is no headline, its path being a row of items
    with a rule's hit.  (Over a run that opens with short lines, a standfirst kept would
    hold them in the body on the next pass, which sees it right above them.)  Its index,
    or None."""
    if not 0 < start < len(views) or not _opens_text(views, kinds, start):
        return None
    i = _plain_statement(views, kinds, range(start - 1, max(-1, start - 1 - config.masthead_max_gap), -1),
                         config, closing=False)
    if i is None:
        return None
    return i if _deck_under_masthead(views, i, start, config) or _titled_deck(views, i, config) else None


def _opens_text(views: list[BlockView], kinds: list[str], start: int) -> bool:
    """The run at ``start`` opens with a text block, or a borderline one closing its
    sentence (a picture's caption over the first paragraph)."""
    return kinds[start] == GOOD or (kinds[start] == NEAR and views[start].sentence_end)


def _deck_under_masthead(views: list[BlockView], i: int, start: int, config: Config) -> bool:
    """The text block at ``i`` is the article's standfirst right under its masthead: a
    date line or byline stands above it, past at most ``masthead_reach`` lines of
    furniture (``_furniture_under_dated``: tags, a picture's "Enlarge"), and only
    furniture stands between it and the text at ``start`` (``_masthead_furniture`` or a
    button: a dateline's place name, the print and text-size tools), at most
    ``masthead_reach`` lines; or, for a paragraph of ``good_words`` words or more (a
    lead ending in its credit or its source, no full stop), any number of lines that
    close no sentence (a box of related headlines, share buttons), none of them a date
    line or byline (the article's own masthead: the paragraph belongs to a ticker above
    it) nor a copy (the title printed twice: it stands above the article's title)."""
    if i == 0 or views[i].copied or not _furniture_under_dated(views, i, config):
        return False
    if start - i - 1 <= config.masthead_reach \
            and all(_masthead_furniture(views[j], config) or _button(views[j], config) for j in range(i + 1, start)):
        return True
    between = range(i + 1, start)
    return views[i].words >= config.good_words \
        and not any(_dated(views[j], config) or views[j].copied for j in between) \
        and all(_masthead_furniture(views[j], config) or _button(views[j], config)
                or not views[j].sentence_end for j in between)


def _furniture_under_dated(views: list[BlockView], i: int, config: Config) -> bool:
    """A date line or byline above the line at ``i``, past at most ``masthead_reach``
    lines of furniture (``_masthead_furniture`` or a button: tags, "Enlarge")."""
    j = i - 1
    while j >= 0 and i - j <= config.masthead_reach and not _dated(views[j], config) \
            and (_masthead_furniture(views[j], config) or _button(views[j], config)):
        j -= 1
    return j >= 0 and _dated(views[j], config)


def _masthead_between(views: list[BlockView], found: int, start: int, config: Config) -> bool:
    """A date line or byline between a paragraph and the text below it, with a line
    without hits before it (a title): the article's own masthead stands below the
    paragraph, which belongs to something above the article (a teaser's summary).
    Credits, buttons and the paragraph's own date right under it do not count, nor,
    over a byline, do the headlines under a heading that opens related links ("Related
    Coverage" between a wire story's lead and its byline; over a date line, the last
    of them may be the article's title)."""
    titled = boxed = box_titled = False
    for j in range(found + 1, start):
        if _player_time(views, j):
            continue
        if _dated(views[j], config):
            if titled or (box_titled and not (views[j].hits and views[j].hits[0].rule is RuleId.BYLINE)):
                return True
        elif views[j].closer:
            boxed = True
        elif not views[j].hits:
            titled = titled or not boxed
            box_titled = box_titled or boxed
    return False


def _player_time(views: list[BlockView], j: int) -> bool:
    """The line at ``j`` is a media player's time, no date: the position at the start,
    a stamp of nothing but "00:00" (or "0:00 / 2:36"), or the length right under it."""
    def start(view: BlockView) -> bool:
        return view.stamp and view.clock == 0

    return start(views[j]) or (views[j].stamp and j > 0 and start(views[j - 1]))


def _plain_statement(views: list[BlockView], kinds: list[str], order: range, config: Config,
                     stop_at_text: bool = True, closing: bool = True) -> int | None:
    """The first full paragraph in ``order`` with no hits, no stamp and no question
    (closing a sentence, unless not ``closing``), passing lines that close no sentence,
    ask or exclaim (a related box's headlines: "Not ashamed?!") or have hits (and,
    unless ``stop_at_text``, other text too).  Its index, or None."""
    for i in order:
        view = views[i]
        if view.hits or (closing and not view.sentence_end):
            continue
        if kinds[i] == GOOD and not view.stamped and not view.asks:
            return i
        if stop_at_text and view.sentence_end and not view.asks and kinds[i] in (GOOD, NEAR, CODE):
            return None
    return None


def _under_a_masthead(views: list[BlockView], kinds: list[str], i: int, config: Config) -> bool:
    """A date line or byline within ``masthead_reach`` lines above the paragraph (title,
    date, standfirst), past the buttons right above it (lines of ``button_max_words``
    words at most that close no sentence: "Listen", "Text size", "Share", a counter;
    the last of a row of them a word longer, ``_row_button``: "Add to favourites")
    and the lines a rule removes (a share row, an affiliate disclosure), or
    right below it when the line right above it is a headline (three words or more,
    closing no sentence, no hits: title, standfirst, date).  A full stop under a menu
    and over a date is the title itself (some sites end titles so)."""
    top = i
    while top > 0 and not _dated(views[top - 1], config) \
            and (views[top - 1].hits or _button(views[top - 1], config) or _row_button(views, top - 1, config)):
        top -= 1
    if any(_dated(views[j], config) for j in range(max(0, top - config.masthead_reach), i)):
        return True
    titled = i > 0 and not views[i - 1].hits and not views[i - 1].sentence_end \
        and views[i - 1].words >= config.adjacent_sentence_words  # (a title as long as a paragraph too)
    return titled and i + 1 < len(views) and _dated(views[i + 1], config)


def _headlined(views: list[BlockView], i: int, config: Config) -> bool:
    """The line at ``i`` opens an article: within ``masthead_reach`` lines above it,
    past lines that close no sentence (a share row, a comment counter), stand one or
    more date lines or bylines, and right above those a headline
    (``adjacent_sentence_words`` words or more, closing no sentence, no hits, no
    author's name alone).  Not under a heading that opens comments or related links,
    nor under a headline that is one of a list, each over its date."""
    j = i - 1
    while j >= 0 and i - j <= config.masthead_reach and not _dated(views[j], config) \
            and (views[j].hits or not views[j].sentence_end):
        j -= 1
    if j < 0 or not _dated(views[j], config):
        return False
    if any(views[k].closer for k in range(j + 1, i)):
        return False
    while j >= 0 and _dated(views[j], config):
        j -= 1
    title = views[j] if j >= 0 else None
    return title is not None and not title.hits and not title.sentence_end and not title.named \
        and not title.stamped and title.words >= config.adjacent_sentence_words \
        and not (j > 0 and _dated(views[j - 1], config))


def _one_line_paragraph(view: BlockView, kind: str, config: Config) -> bool:
    """A short statement (``adjacent_sentence_words`` words or more, closing with a full
    stop, no hits, not mostly digits like a date unless ``short_words`` long: a market's
    close, "…收报9.32元，升0.65%。"), or a longer one thin in stopwords (a
    last paragraph of names and figures: "X 5.3 costs 50 euros ... (bsc)"): next to a
    run of the body it is a one-line paragraph of it."""
    return ((kind == SHORT or (kind == BAD and not view.cut_off))
            and view.sentence_end
            and not view.asks and not view.closer
            and not view.hits and (not view.structured or view.words >= config.short_words)
            and view.words >= config.adjacent_sentence_words)


def _salutation(views: list[BlockView], kinds: list[str], i: int, config: Config) -> bool:
    """A letter's or a notice's salutation at ``i``, right over a full paragraph (or one
    announcing what follows with a colon): a line closing with a colon, shorter than
    ``good_words``, that nothing says is furniture, printed once, no stamp, a list of
    addressees or ``salutation_min_words`` words at least ("各区人民政府，市政府各部门：",
    "To all staff:"; not a label, "Summary:")."""
    view = views[i]
    return view.lead_in and _plain(view) and not view.repeated and not view.stamped \
        and (view.commas > 1 or view.words >= config.salutation_min_words) and view.words < config.good_words \
        and i + 1 < len(views) and kinds[i + 1] == GOOD \
        and (views[i + 1].sentence_end or views[i + 1].lead_in)


def _signature(views: list[BlockView], end: int, config: Config) -> int:
    """Under the last paragraph of a letter or a notice (its first stands under a
    salutation), its signature: ``signature_max_lines`` lines at most, each shorter
    than ``good_words``, that nothing but a date's rule knows (the attachments, a
    contact, the sender: "附件：…", "教育部办公厅", "特此通知。"), the last of them a date
    ("2022年6月10日").  Where it ends (``end`` if none)."""
    signed = end
    for k in range(end, min(len(views), end + config.signature_max_lines)):
        view = views[k]
        if view.words >= config.good_words or view.closer or view.cut_off or view.repeated \
                or not all(h.rule in (RuleId.HEADER, RuleId.CORPUS) for h in view.hits) \
                or (view.hits and not view.stamp):
            break
        if view.stamp:
            signed = k + 1
            break
    return signed


def _signed_dates(views: list[BlockView], kinds: list[str], runs: list[tuple[int, int]], config: Config) -> set[int]:
    """The date closing a letter's or a notice's signature (``_signature``: the run
    the rescue takes under the last paragraph) when a run of one line is a salutation
    (``_salutation``): it is the letter's, not a date line at the body's edge."""
    if not any(end == start + 1 and _salutation(views, kinds, start, config) for start, end in runs):
        return set()
    return {end - 1 for start, end in runs if views[end - 1].stamp and _signature(views, start, config) == end}


def _one_after_another(views: list[BlockView], kinds: list[str], start: int, taken: set[int],
                       accept: Callable[[BlockView, str, Config], bool], config: Config) -> range:
    """The blocks from ``start`` on, one after another, that ``accept`` takes and no
    run holds yet."""
    stop = start
    while stop < len(views) and stop not in taken and accept(views[stop], kinds[stop], config):
        stop += 1
    return range(start, stop)


def _repeated_paragraph(view: BlockView) -> bool:
    """A paragraph (text or borderline by its own statistics, closing a sentence) that
    the duplicate rule removes as a copy of another (a lead printed twice)."""
    return bool(view.hits) and view.hits[0].rule is RuleId.DUPLICATE and view.sentence_end \
        and view.cls in (GOOD, NEAR)


def _full_text(view: BlockView, kind: str, config: Config) -> bool:
    """A full text block: a good one, or a borderline one as long as a paragraph
    (Chinese news reads as borderline to the stopword count, "本报讯（记者 …）3月17日，…")."""
    return kind == GOOD or (kind == NEAR and view.words >= config.good_words)


def _touching(view: BlockView, kind: str, config: Config) -> bool:
    """A paragraph that may follow a closing paragraph with nothing between them: a
    text block closing its sentence, no hits, not a call ("Find out more!"), or a
    one-line paragraph."""
    return (kind == GOOD and view.sentence_end and not view.asks and _plain(view)) \
        or _one_line_paragraph(view, kind, config)


def _list_below(views: list[BlockView], kinds: list[str], end: int, config: Config) -> range:
    """The list items right below a run that announces them with a colon ("What you
    need:") or ends in a list itself (two of its last three blocks open with a list or
    dialogue marker: "- ", "— ", "2. "): the article's last items, however short (the
    last steps, the last turns of an interview), not furniture; up to a block that is no
    item or has a strong hit.  Without list markers, what a colon announces is the one
    line below it (a command, a line of figures), then the entries like it: lines of
    ``adjacent_sentence_words`` words or more with inner punctuation ("14 May: Oslo,
    Bergen"), not a heading."""
    if end > 0 and views[end - 1].enumerated and not views[end - 1].item:
        return _enumerated_below(views, end)
    if end == 0 or not (views[end - 1].lead_in or sum(views[i].item for i in range(max(0, end - 3), end)) >= 2):
        return range(0)
    stop = end
    while stop < len(views) and views[stop].item and views[stop].strongest is not Strength.STRONG:
        stop += 1
    if stop == end and views[end - 1].lead_in:
        cells = _cells_below(views, kinds, end, config)
        if cells:
            return cells
        rows = _entries_below(views, end, config, rows=True)  # (rows of items: when they end the list)
        return rows if _list_ends(views, rows.stop) else _entries_below(views, end, config, rows=False)
    return range(end, stop)


def _enumerated_below(views: list[BlockView], end: int) -> range:
    """Under an entry of a list in running text that closes with a semicolon, the
    entries going on from ``end``: more of them, and the one that closes the sentence
    ("Мира (№ 11, 13);" / "проспект Республики (№ 40–58)."), nothing saying furniture."""
    stop = end
    while stop < len(views) and _plain(views[stop]) and not views[stop].repeated \
            and (views[stop].enumerated or views[stop].sentence_end):
        stop += 1
        if not views[stop - 1].enumerated:
            break
    return range(end, stop)


def _entries_below(views: list[BlockView], end: int, config: Config, rows: bool) -> range:
    """The line at ``end`` that a colon above announces (nothing says furniture) and the
    entries like it under it (``_entry``, or data under data, ``_data_entry``: "27' Wang
    Xinyu (Changchun)" over "58' Renato (Hangzhou)"; entries closing with a semicolon and the one
    closing the sentence under them, "Мира (№ 11, 13);" / "проспект Республики (№ 40).";
    with ``rows``, rows of items too: ``_row_of_items``)."""
    stop = end
    data = end < len(views) and _data_entry(views[end], config)
    while stop < len(views) and (_plain(views[stop]) or (rows and _row_of_items(views[stop]))) \
            and not views[stop].repeated \
            and (stop == end or _entry(views[stop], config) or (rows and _row_of_items(views[stop]))
                 or (data and _data_entry(views[stop], config))
                 or views[stop].enumerated or (views[stop - 1].enumerated and views[stop].sentence_end)):
        stop += 1
    return range(end, stop)


def _announced_rows(views: list[BlockView], inside: list[bool]) -> set[int]:
    """Inside the body, the rows of short items between separators (``_row_of_items``)
    right under a line without hits that ends with a colon, one after another: a list
    the article announces ("Cancelled routes:" / "Piraeus – Syros – Tinos"), not a
    menu at the body's edge."""
    rows: set[int] = set()
    for i in range(len(views) - 1):
        if inside[i] and views[i].lead_in and _plain(views[i]):
            k = i + 1
            while k < len(views) and inside[k] and _row_of_items(views[k]):
                k += 1
            if _list_ends(views, k):
                rows.update(range(i + 1, k))
    return rows


def _list_ends(views: list[BlockView], stop: int) -> bool:
    """A list of rows ends at ``stop``: no line there that closes no sentence and that
    nothing says is furniture (the list's next entry, split otherwise: a track list's
    "05 - <a longer title> - <name>")."""
    return stop >= len(views) or not _plain(views[stop]) or views[stop].sentence_end


def _row_of_items(view: BlockView) -> bool:
    """A row of short items between separators and nothing else that a rule knows
    ("Piraeus – Syros – Tinos": a menu's row, or a route, a lineup under a colon)."""
    return bool(view.hits) and all(h.rule is RuleId.NAV and "items" in h.evidence for h in view.hits) \
        and not view.closer and not view.cut_off


def _cells_below(views: list[BlockView], kinds: list[str], end: int, config: Config) -> range:
    """A table a colon announces, one cell a line ("Prices:" / "City" / "Price" / "Warsaw"
    / "9 610" / "+7.4%"): the short lines from ``end`` on that may be entries of a list
    (``_entry_of_list``; a cell may stand elsewhere on the page too, a city among the
    tags), a third of them figures at least (``datum``, no date or time stamp; a cell of
    figures may read as a date line, "4.12") and ``list_min_data`` of them; up to a
    source or credit line (the table's source, an editor's credit under the text)."""
    stop = end
    while stop < len(views) and views[stop].words < config.short_words \
            and _entry_of_list(views[stop], kinds[stop], elsewhere=True) and not _credit(views[stop]):
        stop += 1
    data = sum(views[k].datum and not views[k].stamped for k in range(end, stop))
    return range(end, stop) if data >= config.list_min_data and 3 * data >= stop - end else range(0)


def _table_past(views: list[BlockView], kinds: list[str], end: int, config: Config) -> range:
    """The rest of a table one cell a line (``_cells_below``) under a line without hits
    that ends with a colon, with at most ``list_head_max`` of its cells above ``end``
    (the run's end), when the table runs on past ``end``: the lines from ``end`` to its
    last cell."""
    for k in range(end - 1, max(-1, end - 2 - config.list_head_max), -1):
        if views[k].lead_in:
            cells = _cells_below(views, kinds, k + 1, config) if _plain(views[k]) else range(0)
            return range(end, cells.stop) if cells and cells.stop > end else range(0)
    return range(0)


def _data_entry(view: BlockView, config: Config) -> bool:
    """An entry of data with words to it (``_data``, ``adjacent_sentence_words`` words or
    more: "27' Wang Xinyu (Changchun)"), not a bare figure (a rating widget's "1" … "5")."""
    return _data(view, config) and view.words >= config.adjacent_sentence_words


def _entry(view: BlockView, config: Config) -> bool:
    """An entry of a list without markers: ``adjacent_sentence_words`` words or more with
    inner punctuation ("14 May: Oslo, Bergen"), not a heading nor a label ending with a
    colon."""
    return view.words >= config.adjacent_sentence_words and view.commas > 0 and not view.lead_in


def _announced_below(views: list[BlockView], kinds: list[str], end: int, config: Config,
                     last: bool = False) -> range:
    """A line right below a run that ends with a colon and has no hits ("The schedule:"),
    with the list or the entries it announces (see ``_list_below``; the first one an
    item, an entry or a table's cell too, not a headline: "Standings:" / "Pos." /
    "Team" / …); past a picture's lines between them (its
    caption marker, its credit: they stay out), and below the body's ``last`` part past
    in-body teasers and advert labels too ("See also: <headline>"; between two parts,
    ``_headed_list`` finds such a list, and an advert's copy under it)."""
    while end < len(views) and (_pictured(views[end])
                                or (last and (_teaser(views[end]) or _aside(views[end], config)))):
        end += 1
    if end + 1 >= len(views) or not views[end].lead_in or not _plain(views[end]) or views[end].repeated:
        return range(0)
    first = views[end + 1]
    if not (first.item or _entry(first, config) or _row_of_items(first) or _data_entry(first, config)
            or first.cell):
        return range(0)
    below = _list_below(views, kinds, end + 1, config)
    return range(end, below.stop) if below else range(0)


def _list_above(views: list[BlockView], kinds: list[str], start: int, between: bool, config: Config) -> range:
    """A list right above a run, announced by a line that ends with a colon ("Key
    points:", "In brief:", "Still sailing:") and has no hits: the article's summary or
    its data, not furniture.  Two items at least (or one over a run that opens with the
    next: the list goes on in the run), each opening with a list marker and
    without a strong hit, or, when ``between`` (the run is not the body's first: above
    that, such a list may be a site's "Hot topics:"), each an item without markers
    (``_item_like``: short, no hits, closing no sentence: "Piraeus – Heraklion")."""
    for marked in (True, False) if between else (True,):
        top = start
        while top > 0 and ((views[top - 1].item and views[top - 1].strongest is not Strength.STRONG) if marked
                           else _item_like(views[top - 1], kinds[top - 1])):
            top -= 1
        # (one item is enough when the run opens with the next: the list goes on in it)
        if (start - top >= 2 or (start - top == 1 and marked and views[start].item)) \
                and top > 0 and views[top - 1].lead_in and not views[top - 1].hits:
            return range(top - 1, start)
    # over the first run, a wire story's key points under its dateline, unannounced ("*
    # Factory orders dip 0.2 percent in August"): two marked items at least, each a plain
    # line of a few words closing no sentence, right under a date line or byline (or
    # opening the text, which is what the next pass sees)
    if not between:
        top = start
        while top > 0 and views[top - 1].item and _plain(views[top - 1]) and not views[top - 1].sentence_end \
                and not views[top - 1].repeated and views[top - 1].words >= 3:
            top -= 1
        if start - top >= 2 and (top == 0 or _dated(views[top - 1], config)):
            return range(top, start)
    return range(0)


def _next_numbered(views: list[BlockView], kinds: list[str], i: int, taken: set[int]) -> bool:
    """The line at ``i`` is a subheading numbered n (``_subheading``, closing no
    sentence: "1. Mandatory insurance") and the body already holds one numbered n + 1
    below it (a listicle's items, each over its paragraphs)."""
    number = views[i].number
    return number > 0 and _heading(views[i], kinds[i]) \
        and any(views[j].number == number + 1 and not views[j].sentence_end for j in taken if j > i)


def _numbered_heads(views: list[BlockView], kinds: list[str], spans: list[tuple[int, int]], taken: set[int],
                    config: Config) -> list[int]:
    """The subheadings numbered one after another (n, n + 1, …, ``list_min_data`` of
    them at least, closing no sentence), each the first or the last line of a gap
    between two parts of the body: a listicle's items, each over its own details and
    buttons ("1. The Ferryman's Daughter" / "Where to watch: …" / "Watch the trailer")
    or right over its text."""
    ends = [(end, start) for (_, end), (start, _) in zip(spans, spans[1:], strict=False) if end < start]
    heads = sorted({i for end, start in ends for i in (end, start - 1)
                    if i not in taken and views[i].number and not views[i].sentence_end
                    and _heading(views[i], kinds[i])})
    chain: list[int] = []
    found: list[int] = []
    for i in heads:
        if chain and views[i].number != views[chain[-1]].number + 1:
            found.extend(chain if len(chain) >= config.list_min_data else [])
            chain = []
        chain.append(i)
    found.extend(chain if len(chain) >= config.list_min_data else [])
    return found


def _numbered_on(views: list[BlockView], kinds: list[str], end: int, start: int, taken: set[int]) -> range:
    """The lines from ``end`` on (up to ``start``) numbered n + 1, n + 2, … in order, each a
    subheading or an item closing no sentence, under the body's last numbered line n
    above ``end`` (a listicle's last items, one a line, cut off from it by a box)."""
    if end >= start or not views[end].number:
        return range(0)
    above = next((j for j in range(end - 1, -1, -1) if views[j].number and j in taken), None)
    if above is None:
        return range(0)
    number, stop = views[above].number, end
    while stop < start and stop not in taken and views[stop].number == number + 1 + stop - end \
            and _heading(views[stop], kinds[stop]):
        stop += 1
    return range(end, stop)


def _data_on(views: list[BlockView], end: int, start: int, taken: set[int], config: Config) -> tuple[int, int]:
    """In the gap ``end..start`` between two parts of the body, where the entries of
    data at its top end when the part above ends with ``list_min_data`` of them (a
    timeline's dated lines, "2017", "May 18: works begin"), and where those at its foot
    begin when the part below opens with as many (its edge line in the body): the list
    going on past the box that cuts it (``_data``: nothing says furniture).  (``end``,
    ``start``) when neither."""
    def listed(lines: range, edge: int) -> bool:
        return len(lines) == config.list_min_data and edge in taken and all(_data(views[i], config) for i in lines)
    top = end
    if end - config.list_min_data >= 0 and listed(range(end - config.list_min_data, end), end - 1):
        while top < start and top not in taken and _data(views[top], config):
            top += 1
    foot = start
    if start + config.list_min_data <= len(views) and listed(range(start, start + config.list_min_data), start):
        while foot > top and _data(views[foot - 1], config):
            foot -= 1  # (past the subheading a year line is taken for: "2019")
    return top, foot


def _numbered_above(views: list[BlockView], start: int) -> range:
    """The items of a numbered list right above ``start`` when the line there goes on
    with it: numbered 1 to n - 1, in order, over an item numbered n (a recipe's steps
    over its last step, cut off by an advert), none with a strong hit.  (The
    subheading over the first one is the gap's: ``_between``.)"""
    number = views[start].number if start < len(views) else 0
    top = start
    while number > 1 and top > 0 and views[top - 1].number == number - 1 \
            and views[top - 1].strongest is not Strength.STRONG:
        top -= 1
        number -= 1
    return range(top, start) if number == 1 and top < start else range(0)


def _rescue(views: list[BlockView], kinds: list[str], runs: list[tuple[int, int]],
            config: Config, subheaded: bool = False, tables: frozenset[int] | set[int] = frozenset()) \
        -> list[tuple[int, int]]:
    """The runs plus their satellites: a one-line statement right above each run and
    the statements one after another right below it, a list announced right above it
    ("Key points:"; ``_list_above``), the items numbered 1 to n - 1 over a part opening
    with item n (``_numbered_above``), the rest of a list the run announces with a
    colon or ends in (or the lines its colon announces, or a line right below it with a
    colon announces; the rest of a table a colon in its last lines announces:
    ``_table_past``), a
    standfirst above it (at most ``lead_max_gap`` furniture lines away, or under the
    article's masthead above the first run: ``_masthead_lead``; with the full paragraphs
    right above it, one after another, past a short subheading between two of them (the
    introduction over the first section's heading), and then, above the first run, the standfirst
    under the masthead over those) and a closing
    paragraph below it (``tail_max_gap``) with the paragraphs right under it, one
    after another (``_touching``), each as a run of its own so the furniture
    between stays out; then what stands between two of them and belongs to the body (a
    subheading, the rest of a list: ``_between``; the next part's subheading under an
    in-body teaser at the foot of a longer gap: ``_under_a_teaser``, or under a
    widget's button when the body has subheadings: ``_under_a_button``; a line right
    under an advert's label and over the next part, past any furniture above the label,
    that may be its subheading (short, no hits, closing no sentence); a question right
    over the next part that its first paragraph answers, past any furniture but an
    advert's label; a listicle's item numbered n right over the next part when the body
    holds item n + 1: ``_next_numbered``; at the top of a gap, the items that go on
    numbering the body's list above it: ``_numbered_on``; at either end of a gap, the
    data going on with the data the part above ends with or the part below opens with:
    ``_data_on``); below the last run, the article's closing lists and sections
    (``_closing_lists``, ``_closing_sections``).  In an interview, the last turns below
    a run too: a question over its answer, however short."""
    # right above the body, a list the article holds (``_headed_list``): an ingredient
    # list between the introduction and the method; its satellites are found above it
    # (under an introduction: a paragraph at most ``lead_max_gap`` furniture lines above it)
    listed = _headed_list(views, kinds, 0, runs[0][0], config)
    if listed:
        lead = _lead_above(views, kinds, listed.start, config)
        if lead is not None:
            runs = [(_header_row(views, kinds, lead, listed.start, config), listed.stop), *runs]
        else:
            # (no standfirst near it: a recipe's ingredients over its method, under their
            # heading, "Ingredients", or over the method's, "Method"; from the heading
            # down, not the nutrition facts over it)
            headings = [k for k in range(listed.start, runs[0][0]) if views[k].recipe]
            # (the ingredients' heading: data under it, not a step's label)
            over = next((k for k in headings if k + 1 < listed.stop and _data(views[k + 1], config)
                         and not _step_label(views[k + 1], config)), listed.start)
            if headings:
                runs = [(over, listed.stop), *runs]
    found = list(runs)
    taken = {i for s, e in runs for i in range(s, e)}

    def take(lo: int, hi: int) -> None:
        found.append((lo, hi))
        taken.update(range(lo, hi))

    def take_each(lines: range) -> int:
        """Each line as a run of its own; where they end."""
        for i in lines:
            take(i, i + 1)
        return lines.stop

    # an interview: two questions at least, each over the paragraph that answers it
    interview = sum(_answered(views, kinds, i) for s, e in runs for i in range(s, e - 1)) >= 2

    def close_below(tail: int) -> int:
        """From a closing paragraph taken at ``tail``: its own paragraphs, touching it one
        after another, and the next one past a picture's caption or an advert's label
        under them, and so on (in an interview, a question and its answer too, however
        short the answer), up to a list the last of them announces with a colon or goes
        on with in running text (``_list_below``: entries closing with a semicolon),
        which ends them; where they end."""
        while True:
            last = take_each(_one_after_another(views, kinds, tail + 1, taken, _touching, config))
            # (entries closing with a semicolon that the last one announces or goes on with)
            rest = _list_below(views, kinds, last, config)
            # (or a list that the last one announces with a colon, "the measures are:", not
            # over an advert's label: the test for two parts takes such a list and leaves the
            # advert's copy under the label out; one line alone under the colon, over a line
            # that nothing says is furniture, may open a list that the test for entries
            # cannot follow, place names)
            after = views[rest.stop] if rest and rest.stop < len(views) else None
            announced = views[last - 1].lead_in and _plain(views[last - 1]) \
                and (len(rest) > 1 or after is None or not _plain(after)) \
                and not (after is not None and _advert_label(after))
            if rest and (announced or any(views[i].enumerated for i in rest)) and not taken.intersection(rest):
                return take_each(rest)
            step: int | None = last  # the next question right here, in an interview
            if not (interview and _answered(views, kinds, last, config)):
                step = _past_inline(views, kinds, last, config, interview)
            if step is None or step in taken:
                return last
            tail = step
            take(tail, tail + 1)

    letter = False  # (a run opens under a salutation: a letter's or a notice's signature closes it)
    for start, end in runs:
        if start > 0 and start - 1 not in taken and _salutation(views, kinds, start - 1, config):
            take(start - 1, start)
            letter = True
        # (not over a table with its caption: an advert's copy, say)
        elif start > 0 and start - 1 not in taken and start not in tables \
                and _one_line_paragraph(views[start - 1], kinds[start - 1], config):
            take(start - 1, start)
        # below the run, one statement after another (a paragraph each); in an
        # interview, the last turns too: a question over its answer, however short
        below = take_each(_one_after_another(views, kinds, end, taken, _one_line_paragraph, config))
        while interview and not taken.intersection((below, below + 1)) and _answered(views, kinds, below, config):
            below = take_each(range(below, below + 2))
    top = min(start for start, _ in runs)
    for start, _ in list(runs):
        above = _list_above(views, kinds, start, start > top, config)
        # (its last item may stand taken already, as a one-line statement over the run)
        if above and not taken.intersection(above[:-1]):
            take(above.start, above.stop - 1 if above.stop - 1 in taken else above.stop)
    bottom = max(end for _, end in runs)
    for _, end in sorted(found):
        listed = _announced_below(views, kinds, end, config, end >= bottom) or _list_below(views, kinds, end, config)
        while listed:
            for i in listed:
                if i not in taken:
                    take(i, i + 1)
            # (and the next list announced right under it: a match's line-ups, then its goals)
            at = listed.stop
            listed = _announced_below(views, kinds, at, config, at >= bottom) if at > end else range(0)
    # a table a colon announces in a run's last lines that runs on past its end (its
    # cells weigh too little to hold the run), and the paragraphs right under it
    for _, end in sorted(found):
        rest = _table_past(views, kinds, end, config)
        if rest and not taken.intersection(rest):
            take(rest.start, rest.stop)
            close_below(rest.stop - 1)
    for start, end in runs:
        lead = _lead_above(views, kinds, start, config)
        if lead is not None and start == top and _masthead_between(views, lead, start, config):
            lead = None
        if lead is None and start == top:
            lead = _masthead_lead(views, kinds, start, config)
        # (the article going on past a newsletter's or a messenger's form under it: its
        # pitch may be a statement, and a one-line paragraph under the form is body)
        # (under a table, the paragraph its own test found: past an advert's copy too)
        tail = _text_below(views, kinds, end, config) if start in tables else _past_a_form(views, kinds, end, config)
        if tail is None and start not in tables:
            # (past the list a line under the run announces, taken above: "What to do:")
            announced = _announced_below(views, kinds, end, config, end >= bottom)
            below = announced.stop if announced else end
            tail = _satellite(views, kinds, range(below, min(len(views), below + 1 + config.tail_max_gap)),
                              config.good_words)
        if start in tables and start != top and lead is not None \
                and (lead != start - 1 or (lead > 0 and _aside(views[lead - 1], config))):
            lead = None  # (over a table, only its introduction touching it: not an advert's copy)
        for found_at in (lead, tail):
            if found_at is not None and found_at not in taken:
                take(found_at, found_at + 1)
        second = _deck_second(views, lead, config)
        if second is not None and second not in taken:
            take(second, second + 1)
        if lead is not None:
            # the paragraphs right above the standfirst, one after another (past an
            # in-body teaser, an advert's label or a picture's lines between two of
            # them): the article's opening, cut off from the run by the same furniture
            up = lead - 1
            while True:
                past = up
                while past >= 0 and past not in taken and (_aside(views[past], config) or _pictured(views[past])):
                    past -= 1
                # (past a subheading over the paragraph below it: the article's
                # introduction over its first section)
                heading = past if past > 0 and past not in taken and _heading(views[past], kinds[past]) \
                    and kinds[past] == SHORT else None
                if heading is not None:
                    past -= 1
                if not (past >= 0 and past not in taken and _full_text(views[past], kinds[past], config)
                        and _touching(views[past], GOOD, config) and not _dated(views[past], config)):
                    break
                take(past, past + 1 if heading is None else heading + 1)
                up = past - 1
            # and over the first run's opening, the standfirst under the masthead (not over
            # a standfirst with its date line or byline right under it: the title over it)
            opening = _masthead_lead(views, kinds, up + 1, config) \
                if start == top and not (up + 1 == lead and _dated_below(views, lead, config)) else None
            if opening is not None and opening not in taken:
                take(opening, opening + 1)
            second = _deck_second(views, opening, config)
            if second is not None and second not in taken:
                take(second, second + 1)
        if tail is not None:
            last = close_below(tail)
            # (and a table the line right under them announces with a colon, "Standings:",
            # that line taken with them or not)
            colon = last - 1 if views[last - 1].lead_in else last
            if colon < len(views) and views[colon].lead_in and _plain(views[colon]):
                cells = _cells_below(views, kinds, colon + 1, config)
                if cells:
                    take(colon, cells.stop)
    # a numbered list over a part that opens with its next item (the steps over the last)
    for start, _ in sorted(found):
        above = _numbered_above(views, start)
        if above and not taken.intersection(above):
            take(above.start, above.stop)
    # a listicle's items, each numbered at the top or the foot of a gap between two parts
    # (over its details and buttons, or right over its text: ``_numbered_heads``)
    for i in _numbered_heads(views, kinds, sorted(found), taken, config):
        take(i, i + 1)
    # between two parts of the body: a subheading, or the rest of a list (``_between``;
    # ``subheaded``: the body has subheadings of its own)
    spans = sorted(found)
    for (upper, end), (start, _) in zip(spans, spans[1:], strict=False):
        if start in tables:  # (its caption taken with it: a line alone over it is an advert's copy)
            continue
        if upper in tables:  # under a table: past its source line, and a teaser's label over its headline
            lo = end
            while lo < start and _credit(views[lo]):
                lo += 1
            gap = _between(views, kinds, lo, start, config, subheaded, labelled=True)
            if gap:
                take(gap.start, gap.stop)
            continue
        gap = _between(views, kinds, end, start, config, subheaded)
        rest = range(0)
        sub = None if gap else _under_a_teaser(views, kinds, end, start, config)
        if sub is not None:  # the next part's subheading under a teaser: what stands over them
            gap, rest = _between(views, kinds, end, sub, config, subheaded), range(sub, start)
        if not gap:
            gap = _headed_list(views, kinds, end, start, config, boxed=True)
            if gap and gap.stop < start:  # a list over a box or an advert: the next part's subheading under them
                rest = _between(views, kinds, gap.stop, start, config, subheaded, labelled=True)
            # (and the lists over it, each under its heading, past the advert labels
            # between them: a poll's two tables)
            table = gap
            while table and table.start > end:
                foot = _above_asides(views, end, table.start, config)
                table = _headed_list(views, kinds, end, foot, config, boxed=True) if foot < table.start else range(0)
                if table:
                    take(table.start, table.stop)
        for part in (gap, rest):
            if any(_scheduled(views[i]) for i in part):
                take_each(part)  # (a programme's days and times: one part with the run above, no edge)
            elif part:
                take(part.start, part.stop)
        # the next part's subheading right under an advert's label, whatever furniture
        # stands above the label (a box of related links, a video's teaser): as under a
        # bare label, the one line between it and the text may be that subheading
        if not (gap or rest) and end < start - 2 and _advert_label(views[start - 2]) \
                and _subheading(views[start - 1], kinds[start - 1]):
            take(start - 1, start)
        # the next part's subheading (a short line) right under a paragraph of the article
        # printed again (a lead printed above the text and again in its place: that copy
        # stays out as a repeat, and the gap is the body's own, not furniture)
        if end < start - 1 and start - 1 not in taken and kinds[start - 1] == SHORT \
                and _part_heading(views[start - 1], kinds[start - 1]) and _repeated_paragraph(views[start - 2]) \
                and _full_text(views[start], kinds[start], config):
            take(start - 1, start)
        # a question right over the next part that its first paragraph answers: that
        # part's subheading ("Can I make it ahead?"), whatever furniture stands above it
        # but an advert's label (under which it is the advert's copy: "… -30%. Check it!")
        if end < start - 1 and start - 1 not in taken and _answered(views, kinds, start - 1) \
                and not _advert_label(views[start - 2]):
            take(start - 1, start)
        # a listicle's item numbered n right over the next part, when the body holds item
        # n + 1 below: that part's subheading, whatever furniture stands above it (a
        # picture's caption and credit)
        if end < start - 1 and start - 1 not in taken and _next_numbered(views, kinds, start - 1, taken):
            take(start - 1, start)
        # the items at the top of the gap that go on numbering the body's list above it
        # ("6. Chinese Evergreen" kept, then "7. Parlor Palm", "8. …" one a line)
        take_each(_numbered_on(views, kinds, end, start, taken))
        # sections of lists filling the gap, in a body with subheadings (a release's notes:
        # "Other changes" over its items, "Fixed issues" over its own)
        if subheaded and not (gap or rest):
            listed = _listed_parts(views, kinds, end, start, config)
            if listed and not taken.intersection(listed):
                take(listed.start, listed.stop)
        # the data at either end of the gap that goes on with a list of data the part
        # above ends with, or the part below opens with (a timeline cut by a teaser)
        top, foot = _data_on(views, end, start, taken, config)
        for i in (*range(end, top), *range(foot, start)):
            if i not in taken:
                take(i, i + 1)
    # the article's last paragraphs past an inline box of related links, and past the
    # next such box below them, and so on (a site that puts "Read also" between every
    # two paragraphs)
    ends = [end for _, end in found]
    before = len(found)
    while ends:
        ending = _ending_past_a_box(views, kinds, ends.pop(), config, subheaded)
        if ending is not None and ending[0] not in taken:
            take(*ending)
            ends.append(close_below(ending[1] - 1))
    # (and what stands between such an ending and a part below it: the rest of a list
    # its last line announces with a colon, the next part's subheading)
    added = set(found[before:])
    spans = sorted(found)
    for (upper, end), (start, _) in zip(spans, spans[1:], strict=False):
        if (upper, end) in added and end < start:
            gap = _between(views, kinds, end, start, config, subheaded)
            if gap:
                take(gap.start, gap.stop)
    # below the body, the article going on past a list of its own (a match's statistics),
    # or closing with lists right under its last line (pros and cons)
    last = max(end for _, end in found)
    going_on = _past_a_list(views, kinds, last, config)
    if going_on is not None:
        for span in going_on:
            take(*span)
        take_each(_one_after_another(views, kinds, going_on[-1][1], taken, _touching, config))
    else:
        closing = last
        while (record := _closing_record(views, kinds, closing, config)) > closing:
            closing = record  # (one box under another: the cast, then the venue and times)
        closing = _closing_lists(views, kinds, closing, config)
        closing = _closing_sections(views, kinds, closing, config)
        if closing > last:
            take(last, closing)
    if letter:
        last = max(end for _, end in found)
        signed = _signature(views, last, config)
        if signed > last:
            take(last, signed)
    # a review's pros and cons right above or below the body (past a subheading), and
    # the closing paragraph right under them (under its subheading, "Verdict", that the
    # last list takes in)
    for verdict in _verdicts(views, kinds, config):
        if not (taken.intersection(verdict) or _next_to_body(views, kinds, verdict, taken)):
            continue
        for i in verdict:
            if i not in taken:
                take(i, i + 1)
        tail = verdict.stop  # (the lists take the subheading over it: a short line without hits)
        if tail < len(views) and tail not in taken and kinds[tail] == GOOD and views[tail].sentence_end \
                and not views[tail].asks and _plain(views[tail]):
            take(tail, tail + 1)
            close_below(tail)
    return sorted(found)


def _tables(views: list[BlockView]) -> list[range]:
    """The tables one cell a line (``BlockView.cell``: ``rules.tables``), as spans."""
    return list(stretches([view.cell for view in views]))


def _caption(views: list[BlockView], kinds: list[str], top: int, floor: int) -> int:
    """Where a table at ``top`` starts with its caption: the line right above it when
    it is one (no hits, short, borderline or terse, closing no sentence, or announcing
    the table with a colon: "The levels at 8 this morning", "Stage 3, Mors – Thisted
    (187 km)", "The averages by subject:")."""
    k = top - 1
    if k >= floor and _plain(views[k]) and not views[k].repeated \
            and (views[k].lead_in or (kinds[k] in (SHORT, NEAR, BAD) and not views[k].sentence_end)):
        return k
    return top


def _table_runs(views: list[BlockView], kinds: list[str], runs: list[tuple[int, int]],
                weights: list[float] | None, config: Config) -> tuple[list[tuple[int, int]], list[range]]:
    """The runs plus the tables one cell a line (``_tables``) that are the article's,
    each as a run of its own with its caption (``_caption``): the rest of a table a run
    holds the first rows of (the run's weight ended inside it: a later pass, once the
    furniture around is removed, finds its first rows next to the text; a run that
    starts inside a table, a widget's last rows over the text, takes no more of it); a
    table in a gap between two runs, at most ``box_max_links`` lines that no pattern
    marks from each (``_unmarked``: the headlines of two inline boxes of related links,
    not their headings, a teaser's or an advert's label; a long gap under it holds a
    sidebar's widgets; the other tables there, with their captions, are no such lines);
    a table right under the last run with the article going on under it
    (``_article_under``), and the tables one under another right under it
    (``_tables_under``), the article going on under the last; under them, or under
    the rest of a table the last run holds, the article going on, given the runs'
    ``weights`` (``_going_on``); a table right above
    the first run of text (a table of contents over it is none) under its introduction
    (``_introduced``).  A table's cells weigh like a sidebar's labels in the search for
    the body's runs; where it stands decides (a site prints tables of quotes, standings
    and schedules beside articles too).  The runs (a run holding part of a table
    extended over it), and the tables taken as runs of their own."""
    found = list(runs)
    tables: list[range] = []
    last = runs[-1][1]
    # (the first run of text: a table of contents over it is no text)
    first = next((s for s, e in runs if not all(views[k].contents for k in range(s, e))), runs[0][0])
    every = _tables(views)
    for table in every:
        if any(t.start <= table.start and table.stop <= t.stop for t in tables):
            continue  # (taken with the table over it)
        held = [k for k, (s, e) in enumerate(found) if s < table.stop and table.start < e]
        for k in held:  # a run holds its first rows: the rest too (not the rows above a run's start)
            if found[k][0] <= table.start:
                found[k] = (found[k][0], max(found[k][1], table.stop))
        stop = table.stop  # (where the table, or the tables chained under it, end)
        if held:  # (the body's last part ending with the table)
            closing = max(e for _, e in found) == table.stop
        else:
            above = max((e for _, e in runs if e <= table.start), default=None)
            below = min((s for s, _ in runs if s >= table.stop), default=None)
            top = _caption(views, kinds, table.start, above if above is not None else 0)
            # (tables one under another, each under its caption: the article's too when it
            # goes on under the last)
            chain = _tables_under(views, kinds, table.stop, every)
            stop = chain[-1].stop if chain else table.stop
            closing = above == last and _article_under(views, kinds, last, top, stop, config)
            # (other tables in the gap, each with its caption, count as no line: two
            # tables of results and the paragraph between them)
            others = [range(_caption(views, kinds, t.start, 0), t.stop) for t in every if t != table]
            gap = max(_unmarked(views, above, top, others), _unmarked(views, table.stop, below, others)) \
                if above is not None and below is not None else None
            if (gap is not None and gap <= config.box_max_links) \
                    or closing \
                    or (below == first and _introduced(views, kinds, top, table, first, config)):
                found.append((top, table.stop))
                tables.append(range(top, table.stop))
                if closing:
                    found.extend((t.start, t.stop) for t in chain)
                    tables.extend(chain)
        if closing and weights is not None and (going_on := _text_below(views, kinds, stop, config)) is not None:
            found.append((going_on, _going_on(views, weights, going_on)))
    return sorted(found), tables


def _tables_under(views: list[BlockView], kinds: list[str], stop: int, tables: list[range]) -> list[range]:
    """The tables one cell a line right under a table ending at ``stop``, one under
    another, each with its caption (``_caption``) from the line where the one above
    ends: a specs table, then a price list, under the text."""
    chain: list[range] = []
    for table in tables:
        if table.start >= stop and _caption(views, kinds, table.start, stop) == stop:
            chain.append(range(stop, table.stop))
            stop = table.stop
    return chain


def _column_name(view: BlockView, hit: Hit, inside: bool) -> bool:
    """A cell with a strong hit inside the body: a table's header cell that a pattern
    reads as furniture ("Share": a party's share of the vote, not a share button; the
    finder takes such a line into a header row only, ``rules.tables``), unless the
    corpus or the user's rules drop it."""
    return view.cell and inside and hit.rule not in (RuleId.CORPUS, RuleId.USER_DROP)


def _unmarked(views: list[BlockView], lo: int, hi: int, skipped: list[range] | None = None) -> int:
    """The lines between ``lo`` and ``hi`` that no pattern marks (a headline, a widget's
    line; not an advert's label, a teaser's, a box's heading), but those in ``skipped``."""
    return sum(not views[k].hits and not any(k in span for span in skipped or ()) for k in range(lo, hi))


def _going_on(views: list[BlockView], weights: list[float], start: int) -> int:
    """Where the article going on under its table from ``start`` ends: the stretch from
    there of greatest weight, as the search for the body's runs would have found it with
    the table's cells weighing nothing, up to a line with hits (the rescue takes what
    stands past an advert's label or a caption)."""
    total, best, end = 0.0, 0.0, start + 1
    for i in range(start, len(views)):
        if views[i].hits:
            break
        total += weights[i]
        if total > best:
            best, end = total, i + 1
    return end


def _article_under(views: list[BlockView], kinds: list[str], end: int, top: int, stop: int, config: Config) -> bool:
    """A table at ``top..stop`` under the body's last line at ``end`` is the article's
    when the article goes on below it (``_text_below``), and nothing stands between the
    body and the table but, at most ``box_max_links`` lines, an aside, a teaser's label
    or a box's heading and under it lines that are no text and no heading that opens
    comments (an advert under its label, a box's heading and headlines).  A table closing the text is as often a
    site's widget (a match's statistics box)."""
    if top > end and not (top - end <= config.box_max_links
                          and (_aside(views[end], config) or _teaser(views[end]) or views[end].closer)
                          and not any((views[k].closer and not _teaser(views[k]))
                                      or (kinds[k] == GOOD and views[k].sentence_end) for k in range(end + 1, top))):
        return False
    return _text_below(views, kinds, stop, config) is not None


def _text_below(views: list[BlockView], kinds: list[str], stop: int, config: Config) -> int | None:
    """Under a table ending at ``stop``, past its source line, the asides, teasers and a
    picture's lines (an advert's copy under its label; any other hit, "See all offers",
    is the widget's own), within ``tail_max_gap`` lines, a full paragraph without hits,
    no question, no stamp (a price widget's "as of" line), maybe under its subheading:
    the article going on below its table.  Where that paragraph, or its subheading,
    stands, or None."""
    k, n = stop, len(views)
    while k < min(n, stop + 1 + config.tail_max_gap):
        if views[k].hits and not views[k].closer:
            if not (_credit(views[k]) or _aside(views[k], config) or _teaser(views[k]) or _pictured(views[k])):
                return None  # a widget's own line ("See all offers", "Full table")
            # (an advert's label: the line under it is its copy when more follows)
            k += 2 if _neutral(views[k]) and k + 2 < n and not views[k + 1].hits else 1
            continue
        sub = k + 1 < n and _heading(views[k], kinds[k])
        j = k + 1 if sub else k
        if kinds[j] == GOOD and views[j].sentence_end and _plain(views[j]) and not (views[j].asks or views[j].stamped):
            return k
        return None
    return None


def _teaser(view: BlockView) -> bool:
    """A teaser's line or label with a strong hit ("Read also:", "READ ALSO")."""
    return view.strongest is Strength.STRONG and view.hits[0].rule is RuleId.TEASER


def _credit(view: BlockView) -> bool:
    """A credit line: a source, a translation, an editor (the credit rule's hit)."""
    return bool(view.hits) and view.hits[0].rule is RuleId.CREDIT


def _introduced(views: list[BlockView], kinds: list[str], top: int, table: range, start: int,
                config: Config) -> bool:
    """A table at ``table`` (with its caption from ``top``) right above the body's first
    line at ``start`` (past its source line and the asides: lines with hits, at most
    ``inline_reach``) is the article's when a full paragraph without hits introduces it:
    its caption ("… by region:"), or the paragraph right above it."""
    if start - table.stop > config.inline_reach \
            or any(not views[k].hits or views[k].closer for k in range(table.stop, start)):
        return False
    k = top if top < table.start and views[top].lead_in else top - 1
    return k >= 0 and kinds[k] == GOOD and (views[k].sentence_end or views[k].lead_in) and _plain(views[k])


def _live_entries(views: list[BlockView], kinds: list[str], runs: list[tuple[int, int]],
                  config: Config) -> list[tuple[int, int]]:
    """A live blog's updates from the first of the body's runs (the standfirst's, or
    one under a list of key events longer than the gap between two updates) from which
    they are found (``_updates_from``; ``_update_at``: a stamp, maybe the author and a
    headline, the update's paragraphs), each at most ``bridge_max_gap`` lines under the
    one before (past the widgets after each, an advert, an embedded post), that stand
    under a line ending what comes before (``_ended``: the widget's label, a paragraph),
    not under a name (a comment's); with them the updates over that run
    (``_updates_above``: the newest, when the body's weight found an older, longer one);
    three at least, or none; and the update whose text opens the run, its stamp right
    over it (``_update_over``).  A heading that opens comments or related links before
    the first update ends the walk, printed once (not a share button under every
    update): what is stamped under it is comments (a name with its address reads as
    four words) or other articles' summaries."""
    taken = {i for s, e in runs for i in range(s, e)}
    for start, _ in runs:
        updates = _updates_from(views, kinds, start, taken, config)
        over = _update_over(views, kinds, start, updates, config)
        found = [over, *updates] if over is not None else updates
        above = _updates_above(views, kinds, found, config) if found else []
        if len(above) + len(updates) >= config.region_streak:  # (the one over the run counts for none)
            return above + found
    return []


def _update_over(views: list[BlockView], kinds: list[str], start: int, updates: list[tuple[int, int]],
                 config: Config) -> tuple[int, int] | None:
    """The update whose text opens the run at ``start``: its stamp right over the run
    (past its author and headline), under anything but a name (``_unnamed``; under a
    widget's label no pattern knows too, "Auto-update on"), ending where the updates
    found under the run begin; else None."""
    for top in range(start - 1, max(start - 2 - config.update_head_max, -1), -1):
        if not _update_stamp(views[top], config):
            continue
        stop = _update_at(views, kinds, top, config)
        if stop is not None and stop > start and (not updates or stop <= updates[0][0]) \
                and (top == 0 or _ended(views[top - 1]) or _unnamed(views[top - 1])):
            return top, stop
        return None
    return None


def _updates_above(views: list[BlockView], kinds: list[str], updates: list[tuple[int, int]],
                   config: Config) -> list[tuple[int, int]]:
    """The updates above the first one found (``_update_at``), each at most
    ``bridge_max_gap`` lines over the one below and under a line ending what comes
    before or anything but a name (``_ended``, ``_unnamed``: "Live feed" over the
    newest), up to a heading that opens comments or related links printed once: the
    newest updates, over the run the body's weight found lower down (comments stand
    below an article, not over it)."""
    found: list[tuple[int, int]] = []
    top = updates[0][0]
    i = top - 1
    while i >= 0 and not (views[i].closer and not views[i].repeated):  # (printed once: not a button under each)
        stop = _update_at(views, kinds, i, config)
        if stop is not None and stop <= top and i > 0 and (_ended(views[i - 1]) or _unnamed(views[i - 1])):
            if top - stop > config.bridge_max_gap:
                break
            found.insert(0, (i, stop))
            top = i
        i -= 1
    return found


def _updates_from(views: list[BlockView], kinds: list[str], start: int, taken: set[int],
                  config: Config) -> list[tuple[int, int]]:
    """The updates of a live blog (``_update_at``) from the run at ``start`` on, each
    at most ``bridge_max_gap`` lines without the body's runs under the one before, and
    under a line ending what comes before (``_ended``); a heading that opens comments
    or related links before the first ends the walk (printed once)."""
    updates: list[tuple[int, int]] = []
    i, gap = start, 0
    while i < len(views) and gap <= config.bridge_max_gap \
            and (updates or not views[i].closer or views[i].repeated):
        stop = _update_at(views, kinds, i, config)
        # (the document's first line: a cleaned live page's; under a line that ends
        # nothing, the update may start at the next stamp: "2h ago" over "14:25")
        if stop is None or not (i == 0 or _ended(views[i - 1])):
            gap += i not in taken
            i += 1
            continue
        updates.append((i, stop))
        i, gap = stop, 0
    return updates


def _unnamed(view: BlockView) -> bool:
    """A line that is no name over a comment's stamp: no person's name alone, nothing
    announced ("bookworm says:"), no heading opening comments."""
    return not (view.named or view.lead_in or view.closer)


def _ended(view: BlockView) -> bool:
    """A line that ends what comes before the next one: a widget's label or any pattern
    hit, a sentence, a line of four words or more that announces nothing (a headline, a
    key point); not a name, as over a comment's stamp ("Anna K.", "bookworm says:")."""
    return bool(view.hits) or (view.sentence_end and not view.closer) \
        or (view.words >= 4 and not view.lead_in and not view.closer)


def _update_at(views: list[BlockView], kinds: list[str], i: int, config: Config) -> int | None:
    """A live blog's update at ``i``: a stamp (``_update_stamp``: "09:52", "Jul 19, 2023
    6:41 PM IST", "2 godz. temu"), maybe its author's name (with a role or outlet under
    it, "BBC Radio Leeds") and a headline (``_update_headline``) in either order, within
    ``update_head_max`` lines, then one statement or more without hits (past the first,
    short ones too: a line-up's "Subs: Grant, Mensah, Cole."); where it ends, or None.
    (A stamp over another, "2h ago" over "14.52 GMT", is none: the update starts at the
    second.)"""
    if not _update_stamp(views[i], config):
        return None
    j = i + 1
    headline = named = False
    while j < len(views) and j - i <= config.update_head_max:
        if not named and views[j].named and not views[j].sentence_end and not views[j].closer \
                and all(h.rule in _AUTHOR_RULES for h in views[j].hits):
            named = True  # the update's author, maybe with the role or outlet under the name
            if j + 1 < len(views) and _role(views[j + 1], config) \
                    and j + 1 - i <= config.update_head_max and _statement_at(views, kinds, j + 2):
                j += 1
        elif not headline and _update_headline(views[j], kinds[j]):
            headline = True
        else:
            break
        j += 1
    k = j
    while k < len(views) and (kinds[k] in (GOOD, NEAR, BAD) or (k > j and kinds[k] == SHORT)) \
            and views[k].sentence_end and _plain(views[k]):
        k += 1
    return k if k > j else None


def _update_stamp(view: BlockView, config: Config) -> bool:
    """An update's stamp: a line that is only a time or date stamp, closing with a full
    stop or not ("9:40 p.m."), or a date line of a few words with no clock time ("8 min
    temu", "2h ago", "Tuesday 7 March")."""
    return view.stamp or (view.words <= config.update_stamp_max_words and bool(view.hits)
                          and view.hits[0].rule is RuleId.HEADER and "tokens" in view.hits[0].evidence)


# what a rule may say of an update's author under its stamp: a byline, an author's
# name seen elsewhere on the page (as under every update)
_AUTHOR_RULES = frozenset({RuleId.BYLINE, RuleId.AUTHOR_BIO, RuleId.DUPLICATE})


def _update_headline(view: BlockView, kind: str) -> bool:
    """An update's headline under its stamp: no colon, no stamp, closing no sentence;
    three words at least, or fewer that are no person's name nor a list item
    ("Kick-off", "Team news"); printed twice is no matter."""
    return (kind in (SHORT, NEAR, BAD) or (kind == JUNK and bool(view.hits))) and _plain(view, twice=True) \
        and not view.sentence_end and not view.lead_in and not view.stamped \
        and (view.words >= 3 or not (view.named or view.item))


def _statement_at(views: list[BlockView], kinds: list[str], k: int) -> bool:
    """A statement without hits at ``k`` (an update's text)."""
    return k < len(views) and kinds[k] in (GOOD, NEAR, BAD) and views[k].sentence_end and _plain(views[k])


def _verdicts(views: list[BlockView], kinds: list[str], config: Config) -> list[range]:
    """A review's lists of pros and cons: a heading that names them (``verdict``), then
    the short lines under it without hits, printed once (a pro may be a whole clause,
    "Not worth it without a 4K TV", with no full stop), and the next such heading right
    under them, and so on."""
    found: list[range] = []
    i = 0
    while i < len(views):
        if not views[i].verdict:
            i += 1
            continue
        start = i
        while i < len(views) and views[i].verdict:
            j = i + 1
            while j < len(views) and kinds[j] in (SHORT, NEAR, BAD) and _plain(views[j]) and not views[j].repeated \
                    and not views[j].verdict and views[j].words < 2 * config.short_words:
                j += 1
            if j == i + 1:
                break
            i = j
        if i > start:
            found.append(range(start, i))
        i = max(i, start + 1)
    return found


def _next_to_body(views: list[BlockView], kinds: list[str], span: range, taken: set[int]) -> bool:
    """The body stands right above or below ``span``, at most one short line without
    hits between (the subheading of the text under the lists: "Summary", "Verdict")."""
    for step, edge in ((-1, span.start - 1), (1, span.stop)):
        if edge in taken:
            return True
        beyond = edge + step
        if 0 <= edge < len(views) and 0 <= beyond < len(views) and beyond in taken \
                and kinds[edge] == SHORT and _plain(views[edge]) and not views[edge].sentence_end:
            return True
    return False


def _past_inline(views: list[BlockView], kinds: list[str], start: int, config: Config,
                 interview: bool = False) -> int | None:
    """A closing paragraph (``_satellite``) right past furniture that sits inside
    articles, from ``start`` on: a picture's caption or credit, an advert's label, an
    in-body teaser ("Read also: <headline>", a ``_pointer``; not a promo's); in an
    interview, a question over its answer there too.  Its index, or None."""
    stop = start
    while stop < len(views) and (_pictured(views[stop]) or _neutral(views[stop]) or _teaser_line(views[stop], config)):
        stop += 1
    if stop == start:
        return None
    if interview and _answered(views, kinds, stop):
        return stop
    return _satellite(views, kinds, range(stop, min(len(views), stop + 1)), config.good_words)


def _answered(views: list[BlockView], kinds: list[str], i: int, config: Config | None = None) -> bool:
    """A question (nothing says furniture) right over a full paragraph that answers it,
    or, given ``config`` (an interview's last turn), over a one-line paragraph
    (``_one_line_paragraph``: "Making candles. And waiting.")."""
    if not (i + 1 < len(views) and kinds[i] in (SHORT, NEAR, GOOD) and views[i].asks and _plain(views[i])):
        return False
    answer = views[i + 1]
    return (kinds[i + 1] == GOOD and answer.sentence_end and not answer.asks and _plain(answer)) \
        or (config is not None and _one_line_paragraph(answer, kinds[i + 1], config))


def _closing_lists(views: list[BlockView], kinds: list[str], end: int, config: Config) -> int:
    """Right under the body's last line, lists of its own one after another: a short
    heading without hits, then ``list_min_data`` points or more, short list-marked
    items without figures ("Pros", "- Light", "- Long battery life"; a box of links has
    long headlines, or a heading a rule knows; a table there, standings or results, is
    as often a widget of the site's as the article's), or the entries of a list in
    running text, each closing with a semicolon and the last with the sentence ("Where
    to call" / "Duty service – 227-41-31;" / … / "your landlord's office.").  Where they
    end."""
    n = len(views)
    j = end
    while j < n and _heading_of_list(views[j], config):
        k = j + 1
        while k < n and _entry_of_list(views[k], kinds[k]) and _point(views[k], config):
            k += 1
        if k - j - 1 < config.list_min_data:
            # (or entries of a list in running text: each closing with a semicolon, the
            # last with the sentence, "Duty service – 227-41-31;" … "your landlord.")
            listed = _enumerated_below(views, j + 1) if j + 1 < n and views[j + 1].enumerated else range(0)
            if len(listed) < config.list_min_data or views[listed.stop - 1].enumerated:
                break
            k = listed.stop
        j = k
    return j


def _closing_record(views: list[BlockView], kinds: list[str], end: int, config: Config) -> int:
    """Right under the body's last line, a box of a record's fields that the article
    closes with (a match's protocol: "Goals: …", "Referee: …", the line-ups; an event's
    details): maybe its title first, three lines at most (data, "Wisła - Lech 1:2
    (0:1)", a row of teams and a score between separators, a short line without hits,
    or any line but a text block right over entries of data: "Referees: …" over the
    goals), then ``list_min_data`` fields or more one under another (entries of
    data among them: a car's specs, "Przyspieszenie 0-100 km/h: 14,4 s"), nothing says
    furniture (a date, a source, tags: a rule's hit), not printed elsewhere on the page;
    but the first field may be one that only a credit's rule knows, over
    ``list_min_data`` others (a play's translator over its director and cast: "Μετάφραση:
    …", "Σκηνοθεσία: …"; a translation credit closes an article with other credits under
    it, a source, a photo; under a record's fields, an editor's or a source's credit ends
    it).  Where it ends (``end`` when there is none)."""
    n = len(views)
    first = end
    # (up to three such lines: "Match protocol" / its score row / "Referees: …")
    while first < min(n, end + 3) and not views[first].field \
            and (_data(views[first], config) or _box_title(views[first], kinds[first], config)
                 or _score_row(views[first]) or _over_data(views, kinds, first)):
        first += 1
    k, fields = first, 0  # (the fields no rule knows: a credit opening the record is not one)
    while k < n and (views[k].field or views[k].datum) and not views[k].repeated \
            and (_unknown(views[k]) or (k == first and views[k].field and _credit_only(views[k]))):
        fields += views[k].field and _unknown(views[k])
        k += 1
    return k if fields >= config.list_min_data else end


def _credit_only(view: BlockView) -> bool:
    """Only a credit's rule knows the line (maybe a corpus repeat too)."""
    return any(h.rule is RuleId.CREDIT for h in view.hits) and not view.closer and not view.cut_off \
        and all(h.rule in (RuleId.CREDIT, RuleId.CORPUS) for h in view.hits)


def _over_data(views: list[BlockView], kinds: list[str], i: int) -> bool:
    """A line of a record's box right over its entries of data, closing its sentence or
    not, no text block ("Referees: Baidakov (Moscow), Klepinin." over "0:1 — Timchenko
    (Olesov) — 06:41."): nothing says furniture, printed once."""
    return i + 1 < len(views) and views[i + 1].datum and kinds[i] in (SHORT, NEAR, BAD, CODE) \
        and _plain(views[i]) and not views[i].repeated


def _score_row(view: BlockView) -> bool:
    """A line with figures or marks of code, closing no sentence, nothing but maybe a row
    of short items between separators: a match's title over its protocol ("«Volgar» —
    «SKA» — 2:1 (0:1)")."""
    return (_row_of_items(view) or _plain(view)) and view.structured and not view.sentence_end \
        and not view.repeated


def _closing_sections(views: list[BlockView], kinds: list[str], end: int, config: Config) -> int:
    """Right under the body's last line, the article's own closing sections one after
    another (a travel story's "Where to stay", "When to go", "Maps"): maybe a box's
    title over them (``_box_title``), then each a short heading without hits
    (``_section_heading``) over entries (``_section_entry``: short or terse lines
    without hits, data, a record's fields) and at most one full paragraph without hits.
    Taken when two headings stand right over such a paragraph (a box of related
    headlines has none; a name over a paragraph is an author's bio, no heading).  Where
    they end (``end`` when they are not taken)."""
    n = len(views)
    i = end
    if i + 1 < n and _box_title(views[i], kinds[i], config) and _section_heading(views[i + 1], kinds[i + 1]):
        i += 1
    headed = 0
    stop = end
    while i < n and _section_heading(views[i], kinds[i]):
        k = i + 1
        while k < n and _section_entry(views[k], kinds[k], config):
            k += 1
        if k < n and kinds[k] == GOOD and views[k].sentence_end and _plain(views[k]) and not views[k].asks:
            headed += k == i + 1 or _section_heading(views[k - 1], kinds[k - 1])
            k += 1
        if k == i + 1:
            break  # a heading with nothing under it
        i = stop = k
    return stop if headed >= 2 else end


def _box_title(view: BlockView, kind: str, config: Config) -> bool:
    """A box's title over its sections: closing no sentence, no hits, not a name alone,
    under twice ``short_words`` words."""
    return kind in (SHORT, NEAR, BAD, CODE) and _plain(view) and not view.sentence_end and not view.named \
        and not view.repeated and view.words < 2 * config.short_words


def _section_heading(view: BlockView, kind: str) -> bool:
    """A closing section's heading: short, no hits, closing no sentence (or announcing
    with a colon: "Goals:"), no stamp, not a person's name alone (an author's box), not
    printed elsewhere on the page."""
    return kind == SHORT and _plain(view) and (not view.sentence_end or view.lead_in) and not view.named \
        and not view.stamped and not view.repeated


def _section_entry(view: BlockView, kind: str, config: Config) -> bool:
    """An entry of a closing section: data or a record's field, a line announcing a list
    with a colon, or a short or terse line closing no sentence, nothing says furniture."""
    if not _unknown(view) or view.repeated or kind in (GOOD, JUNK):
        return False
    if _data(view, config, fields=True) or (view.lead_in and view.words < config.short_words):
        return True
    return not view.sentence_end and (view.words < config.short_words or kind in (BAD, CODE)
                                      or (kind == NEAR and view.words < 2 * config.short_words))


def _point(view: BlockView, config: Config) -> bool:
    """A short list-marked item without figures ("- Long battery life"): a pro, a con, a
    key point."""
    return view.item and view.words < config.short_words and not view.datum and _unknown(view)


def _past_a_list(views: list[BlockView], kinds: list[str], end: int,
                 config: Config) -> list[tuple[int, int]] | None:
    """Right below the body (past in-body teasers and advert labels), a list of the
    article's (``_headed_list``: a heading, maybe a header row, then entries half of
    them data, filling the gap but for the asides and a subheading at its foot) and a
    full paragraph without hits under it, no question (a headline of a box over it may
    ask one): the article going on past its table.  The
    spans of the list, of the paragraph's subheading under the list's asides (a teaser,
    an advert's copy: they stay out) and of the paragraph, or None."""
    n = len(views)
    below = next((k for k in range(end, n) if kinds[k] == GOOD), None)
    if below is None or not (views[below].sentence_end and _plain(views[below])) or views[below].asks:
        return None
    top = _past_asides(views, end, below, config)
    listed = _headed_list(views, kinds, top, below, config)
    # (not under a heading that opens comments, related links or a paywall's offer:
    # "Pozostało 65% artykułu" over its prices)
    if not listed or listed.start != top or any(views[k].closer for k in listed):
        return None
    # (a list over a teaser or an advert: the paragraph's subheading under them)
    rest = _between(views, kinds, listed.stop, below, config, labelled=True) if listed.stop < below else range(0)
    return [span for span in ((top, listed.stop), (rest.start, rest.stop), (below, below + 1)) if span[0] < span[1]]


def _between(views: list[BlockView], kinds: list[str], end: int, start: int, config: Config,
             subheaded: bool = False, labelled: bool = False) -> range:
    """What stands between two parts of the body and belongs to it: the short line
    under a box of related links that fills the gap (``_subheading_under_box``), or
    under a widget's button when the body has subheadings (``_under_a_button``); past
    the in-body teasers and the advert labels at either end of the gap (``_pointer``,
    ``_neutral``), a picture's lines whose last is its caption with the credit (as long
    as a sentence: under a bare credit, file name or marker stands the caption) and an
    advert's copy under its label (``_above_inline``, ``_below_advert``), a single line
    without hits (a subheading of the part below; a label,
    a button or a closing heading has hits or is a closer), or two, a subheading over a
    short line that announces the part below with a colon ("HOW NOT TO BE CAUGHT" / "The
    police give four rules:"), or the items of a list that
    a line ending with a colon announces, at the top of the gap or at most two items
    above it in the part above (the items close no sentence and have no hits: "Main
    features:", "12 GB of memory", ...).  ``labelled``: the gap is the rest under a list
    that ends over a teaser's label over its one headline (``_headed_list``), which it
    passes too."""
    lo, hi = end, start
    # a box of related links (past furniture above it: a caption's credit, a label),
    # then the next part's subheading
    heading = next((k for k in range(lo, hi) if views[k].closer or not views[k].hits), None)
    if heading is not None and views[heading].closer and _past_box(views, kinds, heading, hi, config) == hi \
            and _subheading_under_box(views, kinds, heading, hi, subheaded):
        return range(hi - 1, hi)
    # the next part's subheading under a widget's last button ("View all 14 photos"
    # under a gallery), when the body has subheadings of its own
    if _under_a_button(views, kinds, lo, hi, subheaded) or _under_a_caption(views, kinds, lo, hi, subheaded):
        return range(hi - 1, hi)
    lo = _past_asides(views, lo, hi, config, labelled)
    # past a picture's lines too when the last is a caption with its credit (as long as
    # a sentence): under a bare credit, file name or marker stands the caption
    past = lo
    while past < hi and _pictured(views[past]):
        past = _past_asides(views, past + 1, hi, config, labelled)
    last = max((i for i in range(lo, past) if _pictured(views[i])), default=None)
    if last is not None and views[last].words >= config.short_words:
        lo = past
    hi = _above_inline(views, kinds, lo, hi, config)
    lo = _below_advert(views, kinds, lo, hi, config)
    if hi - lo == 1 and _subheading(views[lo], kinds[lo]):
        return range(lo, hi)
    if hi - lo == 2 and _part_heading(views[lo], kinds[lo]) and views[lo + 1].lead_in \
            and _subheading(views[lo + 1], kinds[lo + 1]):
        return range(lo, hi)
    programme = _programme(views, kinds, lo, hi, config) or _announced_lists(views, kinds, lo, hi, config)
    if programme:
        return programme
    # (or entries of data and a record's fields, all of the gap: a match's score line
    # over its scorers, "Nysa – Polonia 3:1 (2:0)" / "Goals: Grabowski 23, …"; not an
    # advert's copy under its label, "Order now! Tel. 08341 55 21 0")
    if 0 < lo < hi and not _neutral(views[lo - 1]) and all(_data(views[i], config, fields=True) for i in range(lo, hi)):
        return range(lo, hi)
    colon = lo if lo < hi and views[lo].lead_in else lo - 1
    # (or under the last field of a record the part above ends with: "Probability: 80%"
    # / "The warning covers these counties:")
    if lo + 1 < hi and views[lo].field and _unknown(views[lo]) and views[lo + 1].lead_in:
        colon = lo + 1
    while colon > max(0, lo - 3) and not views[colon].lead_in and _item_like(views[colon], kinds[colon]):
        colon -= 1
    if not (views[colon].lead_in and _plain(views[colon])) or colon + 1 >= hi:
        return range(0)
    items = range(max(colon + 1, lo), hi)
    # (a programme's days and times among its items: "Friday 12 July" / "21:00 – Concert
    # of the Philharmonic, 1866 Square", a date rule's lines, with plain items among them,
    # long ones opening with their hour too, and an event printed again on another day;
    # under ``closing_item_min_items`` items or more, the last may close the sentence the
    # colon opens: "… and the city of Kielce."; under fewer, a line closing a sentence is
    # no item, an advert's copy perhaps)
    if all(_item_like(views[i], kinds[i]) or _scheduled(views[i]) or _timed_item(views, i, items)
           or (i == hi - 1 and i - colon > config.closing_item_min_items and _closing_item(views[i], kinds[i], config))
           for i in items) \
            and any(_item_like(views[i], kinds[i]) for i in items):
        return range(lo, hi)
    # (or a poem's or a song's lines, some of them closing a sentence, maybe over a
    # picture's lines: ``_verse``)
    foot = hi
    while foot > lo and _pictured(views[foot - 1]):
        foot -= 1
    if _verse(views, kinds, range(colon + 1, foot), config):
        return range(lo, foot)
    return range(0)


def _verse(views: list[BlockView], kinds: list[str], lines: range, config: Config) -> bool:
    """``lines`` are a poem's or a song's that the article quotes: ``verse_min_lines``
    or more, each shorter than ``short_words``, nothing saying furniture, printed once,
    no list marker, and at most half of them closing a sentence, one before the last at
    least (a verse's lines run on, its stanzas close: "Мать крестила их несмело" / "У
    калитки до утра."; a list's items over an advert's copy close none but the copy)."""
    return len(lines) >= config.verse_min_lines and all(
        kinds[i] in (SHORT, NEAR, BAD) and views[i].words < config.short_words and _plain(views[i])
        and not views[i].repeated and not views[i].item for i in lines) \
        and 2 * sum(views[i].sentence_end for i in lines) <= len(lines) \
        and any(views[i].sentence_end for i in lines[:-1])


def _closing_item(view: BlockView, kind: str, config: Config) -> bool:
    """The last item of a list that closes the sentence its colon opens: short, no list
    marker, nothing says furniture, printed once."""
    return kind in (SHORT, NEAR, BAD) and view.words < config.short_words and view.sentence_end \
        and not view.asks and _plain(view) and not view.repeated and not view.item


def _last_scheduled(views: list[BlockView], kinds: list[str], inside: list[bool], i: int) -> bool:
    """The line at ``i`` is a date or time entry (``_scheduled``) under entries of a
    list inside the body, which a line ending with a colon announces: the programme's
    last entry, not a date line at the body's edge."""
    if not _scheduled(views[i]):
        return False
    k = i - 1
    while k >= 0 and inside[k] and not views[k].lead_in \
            and (_scheduled(views[k]) or _item_like(views[k], kinds[k]) or views[k].stamped):
        k -= 1
    return 0 <= k < i - 1 and inside[k] and views[k].lead_in and _plain(views[k])


def _timed_item(views: list[BlockView], i: int, items: range) -> bool:
    """An entry of a programme at ``i`` among ``items``: it holds a time or a date and
    closes no sentence, with no hit but, maybe, one saying it copies another entry among
    the ``items`` (the same event on two days); a long one too ("09:00–12:00 Fishing
    contest from the pier, …", a text block)."""
    view = views[i]
    return view.stamped and not view.sentence_end and not view.closer and _copies_within(view, items)


def _copies_within(view: BlockView, lines: range) -> bool:
    """Every hit the line has (maybe none) says it copies a line among ``lines``."""
    return all(h.rule is RuleId.DUPLICATE and h.evidence.get("copy_of_block") in lines for h in view.hits)


def _scheduled(view: BlockView) -> bool:
    """A date or time line (the date rule's hit, and no other), closing no sentence: a
    day or an hour of a programme that a colon announces."""
    return bool(view.hits) and _date_hits_only(view) and not view.sentence_end and not view.closer and not view.repeated


def _programme(views: list[BlockView], kinds: list[str], lo: int, hi: int, config: Config) -> range:
    """The gap ``lo..hi`` is a programme that no colon announces: it opens with a day
    (``_scheduled``, no hour), and each day stands over entries that open with an hour,
    later and later down the day ("Friday, 14 June" / "16:00 – Session of the council"
    / "18:00 – Exhibition opens at the town hall"), ``programme_min_entries`` of them
    at least (``_programme_from``: none printed elsewhere, cut short or with a strong
    hit); the next
    part's subheading may stand at its foot.  (A box of other stories under their times
    runs the other way, the newest first.)  The whole gap, or an empty range."""
    foot = hi - 1 if hi - lo > 1 and _subheading(views[hi - 1], kinds[hi - 1]) else hi
    stop, entries = _programme_from(views, lo, foot)
    return range(lo, hi) if stop == foot and entries >= config.programme_min_entries else range(0)


def _programme_from(views: list[BlockView], lo: int, hi: int) -> tuple[int, int]:
    """A programme's lines from a day at ``lo`` (``_scheduled``, no hour) on, before
    ``hi``: days, each over entries that open with an hour (``clock``), later and later
    down the day, none printed elsewhere, cut short or with a strong hit.  Where they
    end (past the last entry) and how many entries they hold; (lo, 0) when no day
    opens them."""
    def day(view: BlockView) -> bool:
        return view.clock < 0 and _scheduled(view)

    if lo >= hi or not day(views[lo]):
        return lo, 0
    stop, entries, last = lo, 0, -1
    for i in range(lo + 1, hi):
        view = views[i]
        if day(view):
            last = -1  # the next day
        elif last < view.clock and not (view.closer or view.cut_off or view.repeated) \
                and view.strongest is not Strength.STRONG:
            stop, entries, last = i + 1, entries + 1, view.clock
        else:
            break
    return stop, entries


def _programmes(views: list[BlockView], config: Config) -> set[int]:
    """The lines of the programmes the page prints (``_programme_from``), each of
    ``programme_min_entries`` entries or more: however short, they say nothing of where
    the article is (a sidebar of other events gives no hours)."""
    found: set[int] = set()
    i = 0
    while i < len(views):
        stop, entries = _programme_from(views, i, len(views))
        if entries >= config.programme_min_entries:
            found.update(range(i, stop))
        i = max(stop, i + 1)
    return found


def _announced_lists(views: list[BlockView], kinds: list[str], lo: int, hi: int, config: Config) -> range:
    """The gap ``lo..hi`` is lists, each under a line that announces it with a colon,
    under the next part's subheading or one over another ("The charges" / "Drennan is
    charged with:" / "26 counts of burglary" / … / "Russo is charged with:" / …; or
    under a box's title of a line or two, a match's score over its scorers and
    line-ups): two items at least under each, lines as ``_between`` takes a list's
    (``_item_like``) or a record's fields ("Home: Han Rui; Liu, Dong, Xu."),
    or a copy of one above them in the gap (the same charge for both men).  Past a
    widget's buttons at the top ("Subscribe": navigation hits only, maybe with the
    corpus pass's), the whole gap, or an empty range."""
    while lo < hi and views[lo].hits and not views[lo].closer and _button(views[lo], config) \
            and all(h.rule in (RuleId.NAV, RuleId.CORPUS) for h in views[lo].hits):
        lo += 1
    # (under the next part's subheading, or a box's title of a line or two: the match and
    # its score, "Shandong 3:1 Hebei" / "(4:3 on aggregate)")
    headed = next((h for h in (1, 2) if lo + h < hi and views[lo + h].lead_in
                   and all(_part_heading(views[j], kinds[j]) and not views[j].lead_in for j in range(lo, lo + h))), 0)
    k, lists = lo + headed, 0
    while k < hi:
        if not (views[k].lead_in and _plain(views[k])):
            return range(0)
        j = k + 1
        while j < hi and not views[j].lead_in and (
                _item_like(views[j], kinds[j]) or (views[j].field and _plain(views[j]) and not views[j].repeated)
                or (views[j].hits and _copies_within(views[j], range(lo, j)) and not views[j].sentence_end)):
            j += 1
        if j - k <= 2 or (j < hi and not views[j].lead_in):
            return range(0)
        k, lists = j, lists + 1
    return range(lo, hi) if lists >= 2 or (headed and lists) else range(0)


def _opens_programme(views: list[BlockView], kinds: list[str], inside: list[bool], i: int, config: Config) -> bool:
    """The line at ``i`` is the first day of a programme (``_programme``) that the body
    holds from it on, days and hours."""
    k = i + 1
    while k < len(views) and inside[k] and (views[k].clock >= 0 or _scheduled(views[k])):
        k += 1
    return inside[i] and bool(_programme(views, kinds, i, k, config))


def _listed_parts(views: list[BlockView], kinds: list[str], end: int, start: int, config: Config) -> range:
    """A gap ``end..start`` between two parts of a body with subheadings that holds
    sections of lists: at most ``bridge_max_gap`` lines, none of them with a hit, printed
    elsewhere or closing a sentence; a short heading opening it and one at its foot
    right over the next part, two headings at least, each over two items at least
    longer than itself (a release's notes: "Other changes" / "Added support for …").
    The whole gap, or an empty range."""
    lines = range(end, start)
    if not 0 < len(lines) <= config.bridge_max_gap or not all(
            kinds[i] in (SHORT, NEAR, BAD) and _plain(views[i]) and not views[i].repeated
            and not views[i].sentence_end for i in lines):
        return range(0)

    def heading(i: int) -> bool:
        return kinds[i] == SHORT and views[i].words <= config.button_max_words + 2

    if not (heading(end) and heading(start - 1)):
        return range(0)
    heads = [i for i in lines if heading(i)]
    bounds = [*heads[1:], start - 1]
    if len(heads) < 2 or any(b - h - 1 < 2 or any(views[k].words <= views[h].words for k in range(h + 1, b))
                             for h, b in zip(heads[:-1], bounds[:-1], strict=True)):
        return range(0)
    return lines


def _under_a_button(views: list[BlockView], kinds: list[str], lo: int, hi: int, subheaded: bool) -> bool:
    """The last line of the gap ``lo..hi`` may be a subheading (``_subheading``: plain,
    closing no sentence, no list marker) and the line right over it is a navigation
    widget's button (only navigation hits, no heading that opens comments or related
    links) when the body has subheadings of its own (``subheaded``), or a widget's
    fixed note (only a notice's hits: a newsletter form's "By signing up, you agree
    to …"; no headline is printed under it): the widget ends there, and what stands
    under it opens the next part."""
    sub = hi - 1
    if sub - 1 < lo or not _part_heading(views[sub], kinds[sub]):
        return False
    button = views[sub - 1]
    if not button.hits or button.closer:
        return False
    return (subheaded and all(h.rule is RuleId.NAV for h in button.hits)) \
        or all(h.rule is RuleId.NOTICE for h in button.hits)


def _under_a_caption(views: list[BlockView], kinds: list[str], lo: int, hi: int, subheaded: bool) -> bool:
    """The gap ``lo..hi`` ends with a picture's credit ("Photo: …"), its caption under it
    (no hits, closing no sentence) and a shorter line (``_part_heading``), when the body
    has subheadings of its own (``subheaded``): that line is the next part's subheading."""
    sub = hi - 1
    if not subheaded or sub - 2 < lo or not _part_heading(views[sub], kinds[sub]):
        return False
    caption = views[sub - 1]
    return _pictured(views[sub - 2]) and not caption.hits and not caption.sentence_end \
        and caption.words > views[sub].words


def _subheading(view: BlockView, kind: str) -> bool:
    """A line that may be a subheading of the article: short or borderline, nothing says
    furniture, not a label printed elsewhere on the page."""
    return kind in (SHORT, NEAR) and _plain(view) and not view.repeated


def _heading(view: BlockView, kind: str) -> bool:
    """A subheading (``_subheading``) that closes no sentence: "1. Mandatory insurance",
    "Design"."""
    return _subheading(view, kind) and not view.sentence_end


def _part_heading(view: BlockView, kind: str) -> bool:
    """A heading (``_heading``) without a list marker: the next part's subheading at the
    foot of a gap, under a teaser, a widget's button or over a line ending with a colon
    (a marked line there is a list's item)."""
    return _heading(view, kind) and not view.item


def _under_a_teaser(views: list[BlockView], kinds: list[str], end: int, start: int, config: Config) -> int | None:
    """The next part's subheading at the foot of a gap ``end..start``, right under an
    in-body teaser (``_pointer`` with a teaser's hit: "Read also: <headline>"; what follows
    such a line is not its box) with more of the gap above them: short or borderline,
    closing no sentence, no list marker, nothing says furniture.  Where it stands, or None."""
    sub = start - 1
    if sub - 1 > end and _part_heading(views[sub], kinds[sub]) and _teaser_line(views[sub - 1], config):
        return sub
    return None


def _above_inline(views: list[BlockView], kinds: list[str], lo: int, hi: int, config: Config,
                  labelled: bool = False) -> int:
    """Where a gap ``lo..hi`` ends above the furniture at its foot that sits inside
    articles: in-body teasers and advert labels (``_aside``; when ``labelled``, a
    teaser's label over its headline too), and an advert under its label (the label and
    the short line of its copy, "Fans -30%. See the offer!")."""
    hi = _above_asides(views, lo, hi, config, labelled)
    if hi - 2 > lo and _neutral(views[hi - 2]) and kinds[hi - 1] in (SHORT, NEAR) and not views[hi - 1].hits:
        hi = _above_asides(views, lo, hi - 2, config, labelled)
    return hi


def _past_asides(views: list[BlockView], lo: int, hi: int, config: Config, labelled: bool = False) -> int:
    """The first line from ``lo`` on, before ``hi``, that is no aside (``_aside``), nor
    the headline under a teaser's label that ends with a colon ("Read also:"; without
    one, "READ ALSO" often heads a box of several headlines: only when ``labelled``, the
    label found over one headline)."""
    while lo < hi:
        if _aside(views[lo], config):
            lo += 1
        elif lo + 2 < hi and (views[lo].lead_in or labelled) and _labelled_teaser(views, lo, config):
            lo += 2
        else:
            break
    return lo


def _labelled_teaser(views: list[BlockView], i: int, config: Config) -> bool:
    """A teaser's short label with a strong hit ("Read also:", "READ ALSO"), over its
    headline (no hits, no full stop)."""
    return (views[i].lead_in or views[i].words < config.short_words) and _teaser(views[i]) \
        and not views[i + 1].hits and not views[i + 1].sentence_end


def _above_asides(views: list[BlockView], lo: int, hi: int, config: Config, labelled: bool = False) -> int:
    """Where ``lo..hi`` ends above the asides at its foot (``_aside``, or, when
    ``labelled``, a teaser's label over its headline)."""
    while hi > lo:
        if _aside(views[hi - 1], config):
            hi -= 1
        elif labelled and hi - 2 > lo and _labelled_teaser(views, hi - 2, config):
            hi -= 2
        else:
            break
    return hi


def _advert_copy(views: list[BlockView], kinds: list[str], i: int) -> bool:
    """The line at ``i`` is an advert's copy: right under the advert's label
    ("Advertisement", "Reklame": not an embedded post's, under which the text goes on),
    with no hits, over the next part's subheading (closing no sentence): a paragraph of
    its own there would be the text going on under the label, and the subheading would
    head it."""
    return 0 < i < len(views) - 1 and _advert_label(views[i - 1]) and not views[i].hits \
        and _subheading(views[i + 1], kinds[i + 1]) and not views[i + 1].sentence_end


def _copy_under(views: list[BlockView], kinds: list[str], i: int, config: Config) -> bool:
    """Under the advert's label at ``i`` stands its copy (``_advert_copy``), not the
    heading of the article's list ("What you'll need")."""
    return i + 1 < len(views) and _advert_copy(views, kinds, i + 1) and not _heading_of_list(views[i + 1], config)


def _family(view: BlockView) -> str | None:
    """The phrase family of a line's first hit ("advert", "copy", …), if it names one."""
    family = view.hits[0].evidence.get("family") if view.hits else None
    return family if isinstance(family, str) else None


def _advert_label(view: BlockView) -> bool:
    """An advert's label ("Advertisement", "Reklama"): its first hit is the advert
    family's."""
    return _family(view) == "advert"


def _below_advert(views: list[BlockView], kinds: list[str], lo: int, hi: int, config: Config) -> int:
    """Where a gap ``lo..hi`` (past the asides at its top) starts below an advert's
    copy, the short lines right under its label (``advert_max_copy`` at most, each
    short or borderline, without hits, announcing nothing: a line ending with a colon
    opens the list below), when one line more stands in the gap (the next
    part's subheading): a line alone under the label may be that subheading itself, and
    a one-sentence paragraph between two labels is no copy."""
    if not (0 < lo < hi - 1 and _neutral(views[lo - 1])):
        return lo
    j = lo
    while j < min(hi - 1, lo + config.advert_max_copy) and kinds[j] in (SHORT, NEAR) and not views[j].hits \
            and not views[j].lead_in:
        j += 1
    return lo if j == lo else _past_asides(views, j, hi, config)


def _headed_list(views: list[BlockView], kinds: list[str], end: int, start: int, config: Config,
                 boxed: bool = False) -> range:
    """At the bottom of a gap between two parts of the body, a list the article holds
    (ingredients, specifications, a table of contents): a short heading without hits
    (or none, when the list fills the gap: its first line then may be no data, a box's
    title, "Millbrook – Harbour 1:3"), then entries that close no sentence and have
    no strong hits, from the first one on (or the second: a header row) half of them
    data at least (``_data``: "2 cups flour", "Memory<TAB>16 GB", "Transport | 0.61% |
    4.30%", "Flour – 250 g", "- Weighs 1 kg"; ``list_min_data`` of them at least; above
    the data, three lines in a row that are no data end it), then maybe the next part's
    subheading (over a short first step, "Heat the oven.", or over the part's first
    steps under a label each, "Step 1" / "Preheat the oven." / "Step 2": ``_step_label``),
    past in-body teasers and advert labels (and past a teaser's label over
    its one headline, "READ ALSO" / "<headline>", or an advert under its label, or, when
    ``boxed``, an inline box of related links: the gap is one between two parts of the
    body, not the end of the article, where such a box ends it; the list then ends
    above them, and a table's source line, "Source: …", at its foot goes as an edge);
    with the caption and header row (over the entries that open the first row too,
    when they are cells: "Name", "Party", "912", "47.1%")
    over the heading when they fill the gap above it, and the widget labels between the
    heading and the entries ("1x2x3x": a recipe's scaling buttons).  Headlines of other
    articles are not data: a box of related links stays out; a box of a record's fields
    is (``_data`` with ``fields``: a match's goals, cards and referee)."""
    bottom = start
    if bottom - 1 > end and _step_label(views[bottom - 1], config):
        # the next part's first step under its label ("Step 2"), and the steps over it,
        # a short statement under its label each ("Step 1" / "Preheat the oven.")
        bottom -= 1
        while bottom - 2 > end and _step_label(views[bottom - 2], config) and views[bottom - 1].sentence_end \
                and _plain(views[bottom - 1]) and not views[bottom - 1].hits:
            bottom -= 2
    elif bottom - 2 > end and views[bottom - 1].sentence_end and not views[bottom - 1].hits \
            and kinds[bottom - 1] in (SHORT, NEAR) and _heading_of_list(views[bottom - 2], config):
        bottom -= 1  # (a short first step right under the part's subheading: "Heat the oven.")
    if bottom - 1 > end and _heading_of_list(views[bottom - 1], config):
        bottom -= 1  # the next part's subheading ("Instructions", "Directions")
    # (``boxed``: the gap is one between two parts of the body) an inline box of related
    # links over the next part (its heading, a headline or two)
    box = next((k for k in range(max(end, bottom - 1 - config.box_max_links), bottom)
                if views[k].closer and _past_box(views, kinds, k, bottom, config) == bottom), None) if boxed else None
    if box is not None:
        bottom = box
    foot = _above_inline(views, kinds, end, bottom, config, labelled=True)
    # the list ends where a box or an advert's copy under it starts (neither is the
    # article's); else it runs on to the next part (its subheading, the asides over it)
    stop = start if box is None and foot == _above_asides(views, end, bottom, config) else foot
    # (a picture's lines at the foot, its caption's credit: the list ends above them)
    pictured = foot
    while pictured > end and _pictured(views[pictured - 1]):
        pictured -= 1
    if pictured < foot:
        foot = stop = _above_inline(views, kinds, end, pictured, config, labelled=True)
    bottom = foot
    lo = _past_asides(views, end, bottom, config)
    top = bottom
    seen = False  # (the last entries may be no data: "Salt, to taste")
    while top > end and _entry_of_list(views[top - 1], kinds[top - 1], fields=True) \
            and not (seen and not any(_data(views[k], config, fields=True)
                                      for k in range(top - 1, min(bottom, top + 2)))):
        top -= 1  # (above the data, three lines in a row that are no data end the list)
        seen = seen or _data(views[top], config, fields=True)
    # widget labels between the heading and the entries ("1x 2x 3x": a recipe's scaler)
    labelled = top
    while labelled - 1 > end and _label(views[labelled - 1], config):
        labelled -= 1
    data = 0
    first = None
    for i in range(bottom - 1, top - 1, -1):
        data += _data(views[i], config, fields=True)
        if not (_data(views[i], config, fields=True) and data >= config.list_min_data and 2 * data >= bottom - i):
            continue
        # the heading right above, or above a first entry that is no data (a header row;
        # first when it stands at the top of the gap, past teasers and advert labels)
        above = labelled if i == top else i
        order = (above - 2, above - 1) if above - 2 == lo else (above - 1, above - 2)
        heading = next((h for h in order if h >= end and h + 1 >= labelled and _heading_of_list(views[h], config)),
                       None)
        if heading is not None:
            first = heading
        elif i == lo:
            first = i  # the list fills the gap (its heading, say, removed by an earlier pass)
    if first is None and top - 1 >= lo and _heading_of_list(views[top - 1], config) \
            and 2 * data >= bottom - top >= 0 and data >= config.list_min_data:
        first = top - 1  # all the entries under the line above them ("You will need:")
    if first is None and top == lo < bottom and 2 * data >= bottom - top and data >= config.list_min_data:
        first = top  # the entries fill the gap, the first no data (a box's title: the match and its score)
    # a table whose rows open with cells of text ("Name", "Party", "912", "47.1%"): its
    # first row starts at the entries above the line taken for its heading (at most two
    # lines that are no data: three end the list), when they are cells too and most
    # rows below open with as many
    if first is not None and top < first and _rows_open_alike(views, top, first, bottom, config):
        first = top
    # up to the top of the gap, a few short lines without hits over the heading: the
    # table's caption and its header row, one cell per line
    if first is not None and lo < first <= lo + config.list_head_max \
            and all(_cell(views[k], config.short_words * 2) for k in range(lo, first)):
        first = lo
    return range(first, stop) if first is not None else range(0)


def _step_label(view: BlockView, config: Config) -> bool:
    """A step's label over its paragraph ("Step 1", "Krok 1"): a word or two and a
    figure, closing no sentence, nothing says furniture, printed once."""
    return view.datum and view.words <= config.button_max_words and not view.sentence_end \
        and not view.repeated and _unknown(view)


def _rows_open_alike(views: list[BlockView], top: int, first: int, bottom: int, config: Config) -> bool:
    """The cells from ``top`` to ``first`` (the line a list's heading was taken for)
    open a table's first row: each a cell (``_cell``) and no data, and among the runs of
    lines that are no data between two lines of data below, most are as long as the
    row's opening (``first - top + 1``: "Name", "Party", then the figures), two at least;
    not a recipe card's line over its list's heading."""
    if not all(_cell(views[k], config.short_words) and not _data(views[k], config) for k in range(top, first)):
        return False
    runs, run, seen = [], 0, False
    for k in range(first + 1, bottom):
        if _data(views[k], config):
            if seen and run:
                runs.append(run)
            run, seen = 0, True
        else:
            run += 1
    alike = runs.count(first - top + 1)
    return alike >= 2 and 2 * alike > len(runs)


def _header_row(views: list[BlockView], kinds: list[str], lead: int, first: int, config: Config) -> int:
    """Where a table under an introduction at ``lead`` starts when its list starts at
    ``first``: at the caption and header row right above (one cell a line, at most
    ``list_head_max`` lines: short, closing no sentence, nothing says furniture but maybe
    a date, "July 2019" over a column) when only those and advert labels stand between
    the introduction and the list; else at ``first``.  A table one cell a line
    (``_tables``) holding ``first`` under its first rows starts at its header row, with
    its caption (``_caption``), whatever stands between it and the introduction (an
    inline box of related links: its headlines are no cells of the table's rows)."""
    held = next((t for t in _tables(views) if lead < t.start < first < t.stop), None)
    if held is not None:
        return _caption(views, kinds, held.start, lead + 1)
    top = first
    while top - 1 > lead and first - top < config.list_head_max and _cell(views[top - 1], config.short_words):
        top -= 1
    if top < first and all(_neutral(views[k]) for k in range(lead + 1, top)):
        return top
    return first


def _cell(view: BlockView, max_words: float) -> bool:
    """A table's caption or a cell of its header row: under ``max_words`` words, closing
    no sentence, not printed elsewhere on the page, nothing says furniture but maybe a
    date ("July 2019", "2023")."""
    return view.words < max_words and not view.sentence_end and not view.repeated \
        and (_unknown(view) or _date_hits_only(view))


def _date_hits_only(view: BlockView) -> bool:
    """Every hit the line has (maybe none) is the date rule's: a date or time line."""
    return all(h.rule is RuleId.HEADER and h.strength is Strength.EDGE for h in view.hits)


def _data(view: BlockView, config: Config, fields: bool = False) -> bool:
    """An entry of data: it opens with a figure or holds table cells, not a time or date
    stamp over a headline ("14:32 Storm closes the bridge": a ticker); or a short item
    after a list marker ("- Weighs 1 kg"; a long one, "1. Bus drivers vote to strike
    over pay", reads like a headline).  Nothing says furniture (``_unknown``): a row of
    links is no data, whatever its figures.  With ``fields``, a record's field in a box
    of them is data too ("Goals: Gil 27'", "Budget: 38.6 million euros"), a time in its
    value too ("Tram: stopped until 16:00"; a field that is only a date, "Published:
    12.03.2024", is a date rule's hit, which no data has)."""
    return ((view.datum and not view.stamped) or (fields and view.field)
            or (view.item and view.words < config.short_words)) and _unknown(view)


def _unknown(view: BlockView) -> bool:
    """Nothing says furniture but, maybe, that the line recurs across the run's
    documents (a site's own "Ingredients" heading, a common entry: removed, but it does
    not end the list)."""
    return not view.closer and not view.cut_off and all(h.rule is RuleId.CORPUS for h in view.hits)


def _entry_of_list(view: BlockView, kind: str, elsewhere: bool = False, fields: bool = False) -> bool:
    """A line that may be an entry of a list the article holds: not a paragraph, no full
    stop (unless short or no text: "Icing sugar q.b.", "Name | Votes | Pct."), not a
    label printed elsewhere on the page (unless ``elsewhere``: a table's cell, a city
    that is among the tags too), and nothing says furniture (``_unknown``) but, maybe, a
    hit that is not strong (a table's header row taken for a row of links, the table's
    source under it: removed at the list's edge).  With ``fields``, a record's field
    may close a sentence ("Referee: A. Pietras. Attendance: 350.")."""
    return kind in (SHORT, NEAR, BAD, CODE, JUNK, EDGE) and (elsewhere or not view.repeated) \
        and (not view.sentence_end or kind in (SHORT, EDGE, CODE) or (fields and view.field)) \
        and (_unknown(view) or (view.strongest is not Strength.STRONG and not view.closer and not view.cut_off))


def _heading_of_list(view: BlockView, config: Config) -> bool:
    """A list's heading, or the subheading under it: short, or any line that announces
    the list with a colon ("The prices changed as follows:"); no data, no full stop,
    nothing says furniture (``_unknown``), not printed elsewhere on the page."""
    return (view.words < config.short_words or view.lead_in) and not _data(view, config) and _unknown(view) \
        and not view.repeated and (not view.sentence_end or view.lead_in)


def _aside(view: BlockView, config: Config) -> bool:
    """Furniture that stands between the parts of an article without ending it: an
    in-body teaser (``_pointer``) or an advert's label (``_neutral``)."""
    return _pointer(view, config) or _neutral(view)


def _pictured(view: BlockView) -> bool:
    """A picture's line between two paragraphs: its credit, caption marker or counter
    (an image rule's hit)."""
    return bool(view.hits) and view.hits[0].rule is RuleId.IMAGE


def _item_like(view: BlockView, kind: str) -> bool:
    """An item of a list without markers: short, borderline or terse (names and places
    without function words: "Route 9 northbound, Elm exit to Mill Road"; a line with
    marks of code, which brackets alone may make: "Swimming (ages 7-14)"), closing no
    sentence, nothing says furniture, not a label printed elsewhere on the page."""
    return kind in (SHORT, NEAR, BAD, CODE) and _plain(view) and not view.repeated and not view.sentence_end


def _pointer(view: BlockView, config: Config) -> bool:
    """A teaser of another article with its headline ("Read also: <headline>"): junk
    wherever it stands, and what follows it is not its box.  A short label with a
    strong hit ("ADVERTISEMENT", "Read more") is not one: what follows it often is its
    content (the advert, the next teaser)."""
    return view.strongest is Strength.STRONG and view.words >= config.short_words


def _copy_over_code(views: list[BlockView], kinds: list[str], i: int) -> bool:
    """A code block's copy button ("Copy", "Copy code") over its code: at least half the
    lines between it and the next text block are code or figures (a listing and its line
    numbers; not a table of labels under the last listing).  It stands inside the
    article, so the lines around it take the label of the text past them."""
    if _family(views[i]) != "copy":
        return False
    stop = next((k for k in range(i + 1, len(views)) if kinds[k] == GOOD), len(views))
    return stop > i + 1 and 2 * sum(views[k].structured for k in range(i + 1, stop)) >= stop - i - 1


def _teaser_line(view: BlockView, config: Config) -> bool:
    """An in-body teaser on a line of its own with its headline ("Read also:
    <headline>"): a ``_pointer`` whose hit is a teaser's (not a promo's, whose copy may
    follow it, nor a caption's)."""
    return _pointer(view, config) and _teaser(view)


def _headline(view: BlockView, kind: str) -> bool:
    """A line that reads like a link to another article: no hits, no full stop, and not
    text (short, borderline, or terse: names and figures without function words)."""
    return kind in (SHORT, NEAR, BAD) and not view.hits and not view.sentence_end


def _ending_past_a_box(views: list[BlockView], kinds: list[str], end: int,
                       config: Config, subheaded: bool = False) -> tuple[int, int] | None:
    """The last paragraphs of an article below an inline box of related links: a
    heading that opens related links right after a run, at most ``box_max_links``
    headline-like lines or furniture labels (``_label``: an advert's, the box's heading
    again; past such a label, a line right over the paragraphs is their subheading),
    then one or two full paragraphs (borderline ones as long as a
    paragraph count: a last paragraph thin in function words; under a question, their
    subheading, when one stands over them) that no further headline
    follows (that would be a digest: a headline and its summary, again and again),
    with the subheadings and paragraphs that follow them.  Below a listicle (paragraphs
    under list-marked subheadings just above the box), its next items are no digest:
    the list-marked line over the paragraphs is their subheading, and so on."""
    n = len(views)
    if end >= n or not views[end].closer:
        return None
    i = end + 1
    # (not past a second such heading: what stands under it is that box's)
    while i < min(n, end + 1 + config.box_max_links) and not views[i].closer \
            and (_headline(views[i], kinds[i]) or _label(views[i], config)):
        i += 1
    top = i
    # a listicle above the box (paragraphs under list-marked subheadings: "3. Free
    # clubs for pupils") goes on under its next item, however a digest looks
    listicle = any(views[k].item and kinds[k + 1] == GOOD for k in range(max(0, end - 8), end - 1))
    if end + 1 < i - 1 < n - 1 and _label(views[i - 2], config) and not views[i - 2].closer \
            and kinds[i - 1] in (SHORT, NEAR) and kinds[i] == GOOD:
        top = i - 1  # past an advert's label, a line right over the paragraphs is their subheading
    elif i < n and kinds[i] == GOOD and _subheading_under_box(views, kinds, end, i):
        top = i - 1  # under one or two headlines, maybe the paragraphs' subheading
    elif i < n and kinds[i] == GOOD and i - 1 > end and listicle and views[i - 1].item:
        top = i - 1  # the listicle's next item
    if i + 1 < n and i > end + 1 and kinds[i] in (SHORT, NEAR) and views[i].asks and _plain(views[i]) \
            and kinds[i + 1] == GOOD:
        i += 1  # a question as the subheading of the paragraphs that answer it
    j = i
    while j < min(n, i + 2) and views[j].sentence_end and not views[j].hits \
            and _full_text(views[j], kinds[j], config):
        j += 1
    if j == i or i == end + 1:
        return None
    # (in an article with subheadings of its own, a line as short as one over a paragraph
    # is the next section's, not a digest's headline)
    def section(k: int) -> bool:
        return (listicle and views[k].item) or (subheaded and kinds[k] == SHORT)

    if j + 1 < n and _headline(views[j], kinds[j]) and kinds[j + 1] == GOOD and not section(j):
        return None
    # then a subheading and its paragraph, again and again ("When does it start?"),
    # unless a headline and its summary follow them (the digest again)
    while (j + 1 < n and kinds[j] in (SHORT, NEAR) and _plain(views[j]) and kinds[j + 1] == GOOD
           and views[j + 1].sentence_end and _plain(views[j + 1])
           and not (j + 3 < n and _headline(views[j + 2], kinds[j + 2]) and kinds[j + 3] == GOOD
                    and not section(j + 2))):
        j += 2
    return top, j


def _label(view: BlockView, config: Config) -> bool:
    """A short line that a rule knows as furniture: an advert's label ("ADVERTISEMENT"),
    or a heading printed again and again on the page (the box's own "Read also"; a
    heading that stands once, like "23 Comments", opens what ends the article)."""
    return view.strongest is Strength.STRONG and view.words < config.short_words \
        and (view.repeated or not view.closer)


def _plain(view: BlockView, twice: bool = False) -> bool:
    """No hits (but that of a line printed twice, if ``twice``), no closing heading, not
    cut short: nothing says furniture."""
    return all(twice and h.rule is RuleId.DUPLICATE for h in view.hits) and not view.closer and not view.cut_off


def _box_headlines(views: list[BlockView], kinds: list[str]) -> None:
    """Under a heading that opens related links or comments, the lines that close no
    sentence and have no hits are the box's headlines, however long: a long one counts
    as borderline text, not as a paragraph (in place, on ``kinds``)."""
    for i, view in enumerate(views):
        if not view.closer:
            continue
        j = i + 1
        while j < len(views) and not views[j].sentence_end and not views[j].hits and not views[j].closer:
            if kinds[j] == GOOD:
                kinds[j] = NEAR
            j += 1


def _boxes_inside(views: list[BlockView], kinds: list[str], inside: list[bool], config: Config,
                  subheaded: bool = False, tables: Sequence[range] = ()) -> set[int]:
    """The boxes of related links that stand inside the body: a heading that opens
    related links and under it at most ``box_max_links`` lines that are neither text nor
    pattern hits (headlines, a question among them; ``_past_box``), with text right
    below them and two full paragraphs within four lines, all inside the body (the
    article going on; one paragraph under a box at the body's end may be the first
    summary of a digest); the heading inside too, or right under a table taken as a
    part of its own (``tables``), its headlines opening the part below.  A short line
    right over the paragraphs stays (``_subheading_under_box``).  A teaser's label on a
    line of its own ("MORE ON THIS", "Saiba mais") heads such a box too when two lines
    at least stand under it, none of them closing a sentence; the last of them stays
    (it may be the next part's subheading)."""
    found: set[int] = set()
    n = len(views)
    under = {table.stop for table in tables}
    for i, view in enumerate(views):
        labelled = inside[i] and bool(view.hits) and _teaser(view) and not _pointer(view, config)
        # (or the heading alone under a table: the box's headlines open the next part)
        if not ((view.closer and (inside[i] or (i in under and i + 1 < n and inside[i + 1]))) or labelled):
            continue
        j = _past_box(views, kinds, i, n, config)
        # (a paragraph thin in stopwords ends the box: a statement as long as a paragraph,
        # a list of names or items in running text, is no headline)
        j = next((k for k in range(i + 1, j) if _thin_paragraph(views[k], kinds[k], config)), j)
        if labelled and not view.closer and (j - i < 3 or any(views[k].sentence_end for k in range(i + 1, j))):
            continue
        below = range(j, min(n, j + 4))
        if i + 1 < j < n and (kinds[j] == GOOD or _thin_paragraph(views[j], kinds[j], config)) \
                and all(inside[k] for k in below) \
                and sum(kinds[k] == GOOD and views[k].sentence_end for k in below) >= 2:
            # (under a teaser's label, the last line right over the text always stays: it
            # may be the next part's subheading, and nothing heads the box as a closer does)
            kept = (labelled and not view.closer) or _subheading_under_box(views, kinds, i, j, subheaded)
            found.update(range(i, j - 1 if kept else j))
    return found


def _thin_paragraph(view: BlockView, kind: str, config: Config) -> bool:
    """A paragraph thin in stopwords: borderline or worse by its statistics, but
    ``good_words`` long and closing a statement (not a question), with no hits."""
    return kind in (NEAR, BAD) and view.sentence_end and not view.asks and _plain(view) \
        and view.words >= config.good_words


# what a rule may say of a promo form's line: the promo's own words, a button's ("Sign up")
_FORM_HITS = frozenset({RuleId.PROMO, RuleId.NAV})


def _forms_inside(views: list[BlockView], kinds: list[str], inside: list[bool], config: Config) -> set[int]:
    """The forms of promos inside the body: under a line a rule takes for a
    subscription, messenger or newsletter promo, at most ``form_max_lines`` lines that
    close no sentence and that nothing says anything of but, maybe, a promo's or a
    menu's rule (its pitch, a field's label, a button), then a full paragraph, all
    inside the body (the article going on).  The last of them stays unless a rule knows
    it (a button): it may be the next part's subheading (when unsure, keep)."""
    found: set[int] = set()
    n = len(views)
    for i, view in enumerate(views):
        if not _promo_heading(view):
            continue
        j = i + 1
        while j < min(n, i + 1 + config.form_max_lines) and _form_line(views[j], kinds[j]):
            j += 1
        if j < n and j - i > 2 and kinds[j] == GOOD and views[j].sentence_end \
                and all(inside[k] for k in range(i + 1, j + 1)):
            found.update(range(i + 1, j if views[j - 1].hits else j - 1))
    return found


def _past_a_form(views: list[BlockView], kinds: list[str], start: int, config: Config) -> int | None:
    """The paragraph right past a promo's form at ``start`` (below the body): a line a
    rule takes for a subscription, messenger or newsletter promo, then at most
    ``form_max_lines`` lines of its form: its pitch right under it (a line too short or
    too thin for a paragraph, a sentence or not), then lines that close no sentence and
    that nothing says anything of but, maybe, a promo's or a menu's rule, at least one
    of them a field's label or a button a rule knows (so that a one-line statement of
    the article under a promo's line is not passed over as a pitch).  The paragraph
    must touch the form (``_touching``).  Its index, or None."""
    n = len(views)
    if not (start < n and _promo_heading(views[start])):
        return None
    j = start + 1
    if j < n and kinds[j] in (SHORT, NEAR, BAD) and _plain(views[j]) and not views[j].item:
        j += 1  # the pitch
    known = 0
    while j < min(n, start + 1 + config.form_max_lines) and _form_line(views[j], kinds[j]):
        known += bool(views[j].hits)
        j += 1
    if known and j < n and _touching(views[j], kinds[j], config):
        return j
    return None


def _promo_heading(view: BlockView) -> bool:
    """A line a rule takes for a subscription, messenger or newsletter promo (a strong
    hit): what a promo's form stands under."""
    return bool(view.hits) and view.hits[0].rule is RuleId.PROMO and view.strongest is Strength.STRONG


def _form_line(view: BlockView, kind: str) -> bool:
    """A line of a promo's form: it closes no sentence, it is no list item nor a label
    announcing one, and nothing says anything of it but, maybe, a promo's or a menu's
    rule (a field's label, a button); or it is the form's note, sentence or not, that a
    notice's rule knows ("You can unsubscribe at any time.")."""
    if view.item or view.lead_in:
        return False
    if view.hits and view.hits[0].rule is RuleId.NOTICE:
        return True
    return not view.sentence_end \
        and ((kind in (SHORT, NEAR) and _plain(view)) or (bool(view.hits) and view.hits[0].rule in _FORM_HITS))


def _past_box(views: list[BlockView], kinds: list[str], heading: int, stop: int, config: Config,
              links: int | None = None) -> int:
    """The first line past the headlines under a heading that opens related links: at
    most ``links`` (``box_max_links``) lines before ``stop`` that are neither text nor
    pattern hits."""
    most = config.box_max_links if links is None else links
    j = heading + 1
    while j < min(stop, heading + 1 + most) and kinds[j] in (SHORT, NEAR, BAD) and _plain(views[j]):
        j += 1
    return j


def _subheading_under_box(views: list[BlockView], kinds: list[str], heading: int, past: int,
                          subheaded: bool = False) -> bool:
    """Under two or three lines of a box (one or two headlines, then this line), a short
    line right over the text below may be that text's subheading rather than a headline
    (when unsure, keep), unless the page prints it again and again (the source under
    each headline, the site's name).  Under a longer list of headlines, a short last one
    is one more of them, unless the body has subheadings of its own (``subheaded``): then
    it is as likely the next part's."""
    return (2 < past - heading <= 4 or (subheaded and past - heading > 4)) \
        and kinds[past - 1] == SHORT and not views[past - 1].repeated


def _subheaded(views: list[BlockView], kinds: list[str], runs: list[tuple[int, int]]) -> bool:
    """Whether the body has a subheading: a short line that nothing says is furniture,
    printed once, closing no sentence, between two full paragraphs of a run (the upper
    one maybe over an advert's label: a site prints its adverts above subheadings)."""
    def full(k: int) -> bool:
        return kinds[k] == GOOD and views[k].sentence_end
    return any(kinds[i] == SHORT and _plain(views[i]) and not views[i].repeated and not views[i].sentence_end
               and full(i + 1) and (full(i - 1) or (i - 2 >= start and _advert_label(views[i - 1]) and full(i - 2)))
               for start, end in runs for i in range(start + 1, end - 1))


def _rescued(views: list[BlockView], kinds: list[str], main: MainRegion | None, runs: list[tuple[int, int]],
             tables: list[range], subheaded: bool, config: Config) -> list[tuple[int, int]]:
    """The runs with their satellites (``_rescue``), and past them the article going on
    (``_past_the_rescue``) with its own."""
    starts = {table.start for table in tables}
    rescued = _rescue(views, kinds, runs, config, subheaded, starts)
    going_on = _past_the_rescue(views, kinds, main, runs, rescued, config)
    if going_on is not None:
        rescued = _rescue(views, kinds, sorted({*runs, going_on}), config, subheaded, starts)
    return rescued


def decide(views: list[BlockView], config: Config) -> list[Decision]:
    """The final decision of every block (context stage)."""
    kinds = [_kind(v) for v in views]
    for i in _dialogue(views, config) | _answered_questions(views, config):
        kinds[i] = GOOD
    for i, view in enumerate(views):
        if kinds[i] == BAD and view.commas >= config.enumeration_min_commas and _thin_paragraph(view, BAD, config):
            kinds[i] = NEAR  # (an enumeration in running text: "The line has Gayrettepe, Hasdal, … stations.")
    _box_headlines(views, kinds)
    # an in-body teaser stands between the parts of an article: the short lines around
    # it take the label of the text past it (an advert's label stays a clear neighbour:
    # sidebars and paywall offers hold them too)
    revised = revise([SHORT if _teaser_line(v, config) or _copy_over_code(views, kinds, i) else k
                      for i, (v, k) in enumerate(zip(views, kinds, strict=True))])
    main = _main_region(views, kinds, revised, config)
    runs = body_region(views, kinds, main, config)
    runs = _past_the_masthead(views, kinds, runs, config)
    runs, listed = _listed_sections(views, kinds, revised, main, runs, config)
    runs, tables = _table_runs(views, kinds, runs, main[0] if main is not None else None, config)
    subheaded = _subheaded(views, kinds, runs)
    rescued = _rescued(views, kinds, main, runs, tables, subheaded, config)
    # a table under a part the rescue took (a closing paragraph past a box of related
    # links): the rescue again, with that table as a run of its own
    more = _table_runs(views, kinds, rescued, None, config)[1]
    if more:
        tables += more
        rescued = _rescued(views, kinds, main, sorted({*runs, *((t.start, t.stop) for t in more)}), tables,
                           subheaded, config)
    runs = rescued
    # a live blog's updates, each with its stamp (not trimmed as a date line at a run's
    # edge, nor as the date under a standfirst)
    updates = _live_entries(views, kinds, runs, config)
    runs = sorted(set(runs) | set(updates))
    inside = [False] * len(views)
    trimmed: set[int] = set()
    for start, end in runs:
        for i in range(start, end):
            inside[i] = True
        trimmed.update(_under_standfirst(views, start, end))
    # (at the edges of the body's parts: a list's entries taken one by one, each a run of
    # one line, are one part with the runs they touch)
    for start, end in _merged(runs, entries=True):
        trimmed.update(_edge_run(views, range(start, end)))
        trimmed.update(_edge_run(views, range(end - 1, start - 1, -1)))
    trimmed.difference_update(start for start, _ in updates)
    trimmed.difference_update(_signed_dates(views, kinds, runs, config))  # (a letter's date under its signature)
    trimmed.difference_update(i for table in tables for i in table)  # (a table's cells: dates, times)
    # (and those of a table a run holds from above it: its rows of routes, "Station – Market")
    trimmed.difference_update(i for table in _tables(views) if table.start > 0 and inside[table.start - 1]
                              and all(inside[table.start:table.stop]) for i in table)
    trimmed.difference_update(_announced_rows(views, inside))  # (a route's stops, under "Cancelled:")
    # (a programme's last entry, "22:30 Fireworks", under the entries its colon announces)
    trimmed.difference_update([i for i in trimmed if _last_scheduled(views, kinds, inside, i)])
    # (and a programme's first day over its hours, under an advert's label: ``_programme``)
    trimmed.difference_update([i for i in trimmed if _opens_programme(views, kinds, inside, i, config)])
    updated = {i for start, end in updates for i in range(start, end)}
    boxed = _boxes_inside(views, kinds, inside, config, subheaded, tables)
    # (the headlines under teasers' labels inside the body, with the text going on under
    # them: ``_teasers_in_text``)
    teased = {j for i, view in enumerate(views) if inside[i] and view.closer
              and _teasers_in_text(views, kinds, i, len(views), config)
              for j in range(i + 1, _past_teasers(views, i, len(views), config), 2) if inside[j]}
    forms = _forms_inside(views, kinds, inside, config)
    first, last = runs[0][0], runs[-1][1]
    region = ",".join(f"{s + 1}-{e}" for s, e in runs)
    decisions: list[Decision] = []
    for i, view in enumerate(views):
        evidence: dict[str, str | float | int | bool | None] = {
            "class": view.cls,
            "revised": revised[i],
            "region": region,
        }
        hit = view.hits[0] if view.hits else None
        if hit is not None:
            evidence.update({"strength": hit.strength.value, **hit.evidence})
        if hit is not None and hit.strength is Strength.STRONG and not _column_name(view, hit, inside[i]):
            decisions.append(Decision(False, hit.rule, hit.reason, Stage.RULE, evidence))
        elif hit is not None and hit.rule is RuleId.NOTICE and view.closer:
            # a paywall's line ("Il vous reste 70 % de cet article à lire"), even with the
            # rest of the article under it (a page holding what it hides)
            decisions.append(Decision(False, hit.rule, f"{hit.reason}: where a paywall cuts the article",
                                      Stage.CONTEXT, evidence))
        elif i in forms:
            decisions.append(Decision(False, RuleId.PROMO, "a promo's form inside the body (its pitch, a field's "
                                      "label or a button, under the promo's heading)", Stage.CONTEXT, evidence))
        elif i in boxed:
            decisions.append(Decision(False, RuleId.OUTSIDE_BODY, "a box of related links inside the body (its "
                                      "heading or a headline)", Stage.CONTEXT, evidence))
        elif i in teased:
            decisions.append(Decision(False, RuleId.TEASER, "the headline under a teaser's label inside the body, "
                                      "with the text going on under it", Stage.CONTEXT, evidence))
        elif not inside[i]:
            where = "above" if i < first else "below" if i >= last else "between parts of"
            if hit is not None:
                decisions.append(Decision(False, hit.rule, f"{hit.reason}, {where} the body",
                                          Stage.CONTEXT, evidence))
            elif i < first:
                decisions.append(Decision(False, RuleId.HEADER, "above the body region "
                                          "(title, date, site name, menus)", Stage.CONTEXT, evidence))
            else:
                decisions.append(Decision(False, RuleId.OUTSIDE_BODY, f"{where} the body region",
                                          Stage.CONTEXT, evidence))
        elif i in trimmed and hit is not None:
            decisions.append(Decision(False, hit.rule, f"{hit.reason}, at an edge of the body",
                                      Stage.CONTEXT, evidence))
        else:
            reason = "body text"
            if i in listed:
                reason = ("body text: an entry of the article's table of contents" if view.contents
                          else "body text: a section that the table of contents above lists")
                evidence["contents"] = listed[i]
            if i in updated:
                reason = f"a live blog's update, one of {len(updates)} under a stamp each"
            if hit is not None and hit.strength is Strength.STRONG:
                reason = f"{reason}: a header cell of the article's table (a {hit.rule.value} pattern)"
            elif hit is not None:
                reason = f"{reason} (a {hit.rule.value} pattern, but inside the body)"
            decisions.append(Decision(True, RuleId.CONTENT, reason, Stage.CONTEXT, evidence))
    return decisions
