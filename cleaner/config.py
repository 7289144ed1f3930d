"""Every threshold in one frozen object.  Pass a modified copy with
``dataclasses.replace(DEFAULT, field=value)``; nothing here is mutable global state."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class RegionWeights:
    """Weight of a block in the body-region search, by its kind and revised class."""

    closer: float = -3.0  # a heading opening comments, related links, tags: a boundary
    junk: float = -2.0  # a strong pattern hit
    edge: float = -0.5  # an edge pattern hit (byline, credit, date)
    good_base: float = 1.0  # a text block: base plus a little per word, up to 60 words
    good_per_word: float = 1.0 / 15.0
    near_good: float = 0.5  # borderline text next to text, closing its sentence
    near_open: float = -0.2  # the same without closing punctuation (a headline?)
    near_bad: float = -0.3
    code_good: float = 0.0  # code between text: neutral
    code_bad: float = -0.3
    short_good: float = 0.1
    short_bad: float = -0.5
    bad: float = -1.0


@dataclass(frozen=True, slots=True)
class Config:
    # --- block classes (jusText's idea, measured in words; unspaced scripts: 2 chars = 1 word)
    short_words: float = 7.0  # below: "short", too little text to judge on its own
    good_words: float = 16.0  # from here on a stopword-dense block is "good"
    stop_density_high: float = 0.30  # stopword share of a clearly linguistic block
    stop_density_low: float = 0.20  # below: "bad" (lists, names, menus)
    unspaced_stop_density_high: float = 0.09  # the same for Chinese/Japanese function chars
    unspaced_stop_density_low: float = 0.04
    # A "bad" block as long as a paragraph, closing a statement with this many commas in
    # it, is an enumeration in running text (names, places), borderline to the context
    enumeration_min_commas: int = 2
    # A document whose long sentences are thin in stopwords (a language whose stoplist
    # covers less of its text, like an agglutinative one) has its two thresholds lowered
    # to at most this share of those sentences' median density (never raised) ...
    density_calibration: float = 0.8
    calibration_min_blocks: int = 3  # ... when it has this many long sentences to tell
    calibration_floor: float = 0.10  # ... and never below this
    cut_off_is_bad: bool = True  # a line ending in "..." is a teaser cut short
    max_url_share: float = 0.34  # share of URL/handle tokens above which a block is "bad"
    # --- duplicate lead / repeated paragraph
    duplicate_min_words: float = 6.0  # shorter lines may repeat legitimately (code, lists)
    near_duplicate_jaccard: float = 0.9  # word-set similarity that counts as "the same"
    pull_quote_min_words: float = 8.0  # a quoted line repeating words printed above: a pull quote
    pull_quote_piece_words: int = 4  # ... in runs of this many words at least (a clause, not a phrase)
    pull_quote_max_pieces: int = 3  # ... and at most this many runs
    # --- body region (maximum-sum segment over block weights)
    weights: RegionWeights = RegionWeights()
    lead_max_gap: int = 6  # furniture lines a standfirst may sit above the body region
    # ... or this many above its first run (past a related box, a row of buttons) when a
    # date line or byline stands within ``masthead_reach`` lines of it: the masthead
    masthead_max_gap: int = 24
    masthead_reach: int = 3
    masthead_span: int = 8  # lines of a masthead (share row, caption, byline, date) under a standfirst in a run
    button_max_words: float = 2.0  # ... counted past the buttons over the paragraph ("Text size", "Share")
    # ... and past a longer one under a line a rule removes, in a row of buttons ("Print"
    # over "Add to favourites"; alone, three words are as often a title)
    row_button_max_words: float = 3.0
    # ... and a closing paragraph below a run of the body (an inline gallery or an advert
    # between: its label, counter, button and credit are five lines)
    tail_max_gap: int = 6
    adjacent_sentence_words: float = 3.0  # a short statement touching the body is part of it
    region_gap_scale: float = 5.0  # a gap of n non-text blocks costs (1 + n/scale) per block
    region_second_share: float = 0.5  # a second run of text this heavy joins the body
    # (unless a heading that opens comments or related links stands between them)
    repeat_min_count: int = 3  # a short line this often in one document is a label, not text
    region_streak: int = 3  # ... or one holding this many full paragraphs in a row
    closing_item_min_items: int = 4  # items over a list's last one that closes the sentence its colon opens
    verse_min_lines: int = 4  # a poem's lines that a colon announces, kept between two parts
    programme_min_entries: int = 4  # hours of a programme under its days, kept between two parts without a colon
    dialogue_min_run: int = 4  # lines of dialogue in a row ("— Why?") that weigh as text
    qa_min_pairs: int = 3  # questions each over its answer, in a row, that weigh as text
    region_between_streak: int = 2  # ... this many, in a gap between two parts of the body
    # ... but below such a heading only when this close: an inline box of related links
    # between two parts of an article is a few lines; the comment thread or the site's
    # terms under it come after forms, counters and metadata
    fenced_streak_max_gap: int = 12
    heading_max_gap: int = 2  # a run this close under such a heading is what it opens
    # two full paragraphs in a row above the body join it past this many lines without hits
    bridge_max_gap: int = 12
    update_head_max: int = 3  # lines between a live update's stamp and its text: the author (and role), a headline
    update_stamp_max_words: float = 4.0  # a date line this short may be an update's stamp ("2 godz. temu")
    salutation_min_words: int = 3  # a salutation over a letter's text ("To all staff:"), not a label ("Summary:")
    signature_max_lines: int = 5  # a letter's or a notice's signature under its text, its date the last
    list_min_data: int = 3  # entries of data (figures, cells) that make a list under a heading the article's
    list_head_max: int = 5  # lines of a table's caption and header row over its first row (one cell a line)
    # a table one cell a line (``rules.tables``): this many rows at least, of 2 to this many cells each
    table_min_rows: int = 3
    table_headed_min_rows: int = 2  # rows alike cell for cell, three cells or more, under a header row of labels
    table_max_columns: int = 8
    row_cell_max_words: float = 4.0  # a table one row a line: its cells' words on average at most
    label_uncased_max_chars: int = 8  # a label in a script without capitals (a table's header cell, "参数")
    # a list of details one line a cell, a label over its value (``rules.tables.find_pairs``):
    # this many pairs at least, values this many words at most, this share of them
    # reading as no label (a figure, punctuation inside, a lower-case opening)
    pairs_min: int = 4
    pair_value_max_words: int = 16
    pairs_distinct: float = 0.75
    # a block of code between a line ending with "{" and its "}" (``stats.braced``) is
    # this many lines long at most: its lines count as code however plain they read
    braced_reach: int = 60
    # a post set a phrase a line in a script without spaces (``rules.phrases``): this many
    # short lines in a row at least, this share of them dense in function characters and
    # this many words long (five characters), all of them together this many times as
    # dense as a text block must be, on a page whose text blocks (the run's lines among
    # them) hold less than this share of the run's words
    phrase_min_lines: int = 12
    phrase_prose_share: float = 0.6
    phrase_min_words: float = 2.5
    phrase_joined_density: float = 1.5
    phrase_text_share: float = 0.5
    # a table of contents: this many entries in a row at least, each this short, that stand
    # again below as headings in the same order with text between (``rules.contents``)
    contents_min_entries: int = 3
    contents_max_words: float = 12.0
    verdict_max_words: float = 5.0  # a heading of a review's pros or cons is this short ("What we didn't like")
    recipe_max_words: float = 4.0  # a heading of a recipe's ingredients or method is this short ("What you'll need")
    box_max_links: int = 6  # links in an inline box of related articles, past which the article may end
    box_max_furniture: int = 3  # lines (an advert's label, age mark, id) between the text and such a box
    advert_max_copy: int = 3  # lines of an advert's copy under its label, between two parts of the body
    # lines of a promo's form inside the body (its pitch, a field's label, a button) under its heading
    form_max_lines: int = 5
    # a run of which this share of the lines, and at least this many, are cut short ("…")
    # is a digest of other articles (the body is the heaviest run that is none)
    digest_share: float = 0.2
    digest_cut_offs: int = 2
    # a player's control ("Play", "Fullscreen") is furniture only with another this close
    inline_reach: int = 3
    # --- author bio: the lines after an "About …" heading that belong to it
    bio_max_blocks: int = 3
    bio_max_words: float = 80.0
    # --- language identification
    lang_min_words: int = 6
    # --- corpus pass
    corpus_min_docs: int = 3  # a line in this many unrelated documents is boilerplate
    corpus_min_share: float = 0.0  # and in at least this share of the unrelated documents
    corpus_min_chars: int = 8  # shorter lines ("}", "0") are never judged by recurrence
    near_dup_containment: float = 0.8  # share of the smaller one's text lines two copies share
    near_dup_text_share: float = 0.5  # ... and share of what they share that is text
    near_dup_same_text: float = 0.9  # text-line Jaccard of one page saved twice
    near_dup_extract: float = 0.95  # share of an extract's lines and text lines in the full one


DEFAULT = Config()
