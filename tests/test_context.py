"""The context pass on hand-built block views: the body region and its standfirst."""

from __future__ import annotations

from dataclasses import replace

from cleaner.config import DEFAULT
from cleaner.context import (
    BAD,
    CODE,
    EDGE,
    GOOD,
    NEAR,
    SHORT,
    BlockView,
    _announced_below,
    _between,
    _closing_sections,
    _data_on,
    _gallery_lines,
    _headed_list,
    _kind,
    _lead_above,
    _list_below,
    _listed_parts,
    _listed_sections,
    _live_entries,
    _next_part,
    _numbered_on,
    _quoted_copies,
    _running_lists,
    _titled_deck,
    _titled_lead,
    decide,
    revise,
)
from cleaner.model import Hit, RuleId, Strength

PARAGRAPH = BlockView(GOOD, 40.0, ())
MENU = BlockView(BAD, 3.0, (), sentence_end=False)  # a menu item closes no sentence
PROMO = BlockView(SHORT, 2.0, (Hit(RuleId.PROMO, Strength.STRONG, "a promo"),))
HEADLINE = BlockView(NEAR, 9.0, (), sentence_end=False)  # another article's headline
SENTENCE = BlockView(NEAR, 9.0, (), sentence_end=True)  # a short sentence of text


def _kept(views: list[BlockView]) -> list[bool]:
    return [d.keep for d in decide(views, DEFAULT)]


def test_menus_around_the_body_are_removed() -> None:
    views = [MENU] * 6 + [PARAGRAPH] * 4 + [MENU] * 6
    assert _kept(views) == [False] * 6 + [True] * 4 + [False] * 6


def test_short_statements_below_the_body_are_its_last_paragraphs() -> None:
    # short sentences thin in stopwords (class bad, as in an agglutinative language),
    # one after another right below the run: one-line paragraphs, not a menu
    thin = BlockView(BAD, 7.0, ())
    short = BlockView(SHORT, 6.0, ())
    views = [MENU] * 4 + [PARAGRAPH] * 2 + [thin, short] + [MENU] * 4
    assert _kept(views) == [False] * 4 + [True] * 4 + [False] * 4


def test_a_closing_sentence_of_figures_below_the_body_is_its_last_paragraph() -> None:
    # "华润创联今早收报9.32元，升0.65%，成交约4,350万元。": a third of its characters are
    # digits, yet a sentence of a paragraph's length; a short line of figures is no such
    # sentence ("12.03.2012, 14:35.")
    quote = BlockView(BAD, 13.5, (), structured=True, figures=True)
    views = [MENU] * 4 + [PARAGRAPH] * 2 + [quote] + [MENU] * 4
    assert _kept(views) == [False] * 4 + [True] * 3 + [False] * 4
    stamp = BlockView(BAD, 4.0, (), structured=True, figures=True)
    views = [MENU] * 4 + [PARAGRAPH] * 2 + [stamp] + [MENU] * 4
    assert _kept(views) == [False] * 4 + [True] * 2 + [False] * 5


FIELD = BlockView(SHORT, 4.0, (), sentence_end=False, field=True)  # "Goals: Kaczmarek (67.) - Mazur (23.)"
SCORE = BlockView(BAD, 7.0, (), sentence_end=False, datum=True)  # "Wisła Kraków - Lech Poznań 1:2 (0:1)"


def test_a_box_of_fields_closing_the_text_is_the_articles() -> None:
    # a match's protocol right under the last paragraph: the score, then the goals, the
    # cards, the referee and the line-ups, each "Label: value"
    views = [MENU] * 4 + [PARAGRAPH] * 3 + [SCORE] + [FIELD] * 5 + [MENU] * 4
    assert _kept(views) == [False] * 4 + [True] * 9 + [False] * 4
    # two fields are no box (a rating and a hit counter); nor are fields under a gap
    views = [MENU] * 4 + [PARAGRAPH] * 3 + [FIELD] * 2 + [MENU] * 4
    assert _kept(views) == [False] * 4 + [True] * 3 + [False] * 6
    views = [MENU] * 4 + [PARAGRAPH] * 3 + [PROMO, MENU] + [FIELD] * 5 + [MENU] * 4
    assert _kept(views) == [False] * 4 + [True] * 3 + [False] * 11
    # entries of data among the fields are the box's too (a car's specs: "Przyspieszenie
    # 0-100 km/h: 14,4 s" between "Moc maksymalna: …" and "Prędkość maksymalna: …"); data
    # alone make no box (a league's table under a match report)
    datum = BlockView(SHORT, 6.0, (), sentence_end=False, datum=True)
    views = [MENU] * 4 + [PARAGRAPH] * 3 + [FIELD, datum, FIELD, datum, FIELD] + [MENU] * 4
    assert _kept(views) == [False] * 4 + [True] * 8 + [False] * 4
    views = [MENU] * 4 + [PARAGRAPH] * 3 + [FIELD, datum, datum, datum, FIELD] + [MENU] * 4
    assert _kept(views)[7:12] == [False] * 5
    # a field that a rule knows (a date line: "Last updated: 15.12.2011") ends the box
    dated = BlockView(SHORT, 4.0, (Hit(RuleId.HEADER, Strength.EDGE, "a date line"),), sentence_end=False,
                      field=True, stamped=True)
    views = [MENU] * 4 + [PARAGRAPH] * 3 + [FIELD, dated, FIELD] + [MENU] * 4
    assert _kept(views) == [False] * 4 + [True] * 3 + [False] * 7


def test_a_credit_among_a_records_fields_and_a_second_box_under_it_close_the_text() -> None:
    # a play's credits under the review ("Credits" / "Translation: …" / "Direction: …" /
    # …), the translator's line a credit's rule knows, then the venue's box under its own
    # title ("Information" / the address / "Performances: …" / …)
    credit = BlockView(SHORT, 3.0, (Hit(RuleId.CREDIT, Strength.EDGE, "a translation credit"),),
                       sentence_end=False, field=True)
    title = BlockView(SHORT, 2.0, (), sentence_end=False)
    address = BlockView(BAD, 9.0, (), sentence_end=False, datum=True)
    views = [MENU] * 4 + [PARAGRAPH] * 3 + [title, credit] + [FIELD] * 4 + [title, address] + [FIELD] * 3 \
        + [MENU] * 4
    assert _kept(views) == [False] * 4 + [True] * 14 + [False] * 4
    # a translation credit over two fields is no record's (an article's credits: the
    # source and the photographs under it have hits of their own)
    views = [MENU] * 4 + [PARAGRAPH] * 3 + [credit] + [FIELD] * 2 + [MENU] * 4
    assert _kept(views) == [False] * 4 + [True] * 3 + [False] * 7
    # under a record's fields, an editor's or a source's credit ends the record: it and
    # the lines under it stay out ("展期：…" / "门票：…" / "责任编辑：…" / "本文来源：…")
    views = [MENU] * 4 + [PARAGRAPH] * 3 + [title] + [FIELD] * 4 + [credit, FIELD] + [MENU] * 4
    assert _kept(views) == [False] * 4 + [True] * 8 + [False] * 6


def test_a_salutation_opens_a_notice_and_its_signature_and_date_close_it() -> None:
    # "各学院、各部门：" over the text, then the attachment, the office and the date under
    # it: a letter's or a notice's form, all of it the article's
    salutation = BlockView(SHORT, 3.0, (), lead_in=True, commas=2)
    attachment = BlockView(BAD, 7.0, (), sentence_end=False, commas=1)
    office = BlockView(SHORT, 3.0, (), sentence_end=False)
    date = BlockView(SHORT, 4.5, (Hit(RuleId.HEADER, Strength.EDGE, "a date line"),), sentence_end=False,
                     stamped=True, stamp=True)
    views = [MENU] * 4 + [salutation] + [PARAGRAPH] * 3 + [attachment, office, date] + [MENU] * 4
    assert _kept(views) == [False] * 4 + [True] * 7 + [False] * 4
    # without the salutation, an office's name and a date under the text are a byline
    # and the date of an article, not a signature
    views = [MENU] * 4 + [PARAGRAPH] * 3 + [attachment, office, date] + [MENU] * 4
    assert _kept(views)[7:10] == [False] * 3
    # a label over the text ("Summary:", "Healthcare Prof:") is no salutation
    label = BlockView(SHORT, 2.0, (), lead_in=True, commas=1)
    views = [MENU] * 4 + [label] + [PARAGRAPH] * 3 + [office, date] + [MENU] * 4
    assert _kept(views) == [False] * 5 + [True] * 3 + [False] * 6


def test_a_list_the_closing_paragraph_announces_under_a_picture_is_the_articles() -> None:
    # the text, a picture's caption and credit, a subheading, a paragraph announcing
    # figures with a colon ("… the measures look like this:"), the figures ("Loans at 0% —
    # 3.2 bn"), an expert's box (its label a repeat of other pages, the expert's name),
    # then the text again: the list is the article's
    date = BlockView(SHORT, 5.0, (Hit(RuleId.HEADER, Strength.EDGE, "a date line"),), sentence_end=False,
                     commas=1, datum=True, stamped=True, structured=True)
    caption = BlockView(NEAR, 8.0, (), sentence_end=False, commas=1)
    credit = BlockView(SHORT, 3.0, (Hit(RuleId.IMAGE, Strength.STRONG, "a photo credit"),), sentence_end=False,
                       commas=1, named=True)
    heading = BlockView(SHORT, 3.0, (), sentence_end=False)
    colon = BlockView(GOOD, 14.0, (), lead_in=True, commas=2)
    entry = BlockView(NEAR, 9.0, (), sentence_end=False, commas=2)
    figure = BlockView(BAD, 7.0, (), sentence_end=False, commas=2, datum=True)
    label = BlockView(SHORT, 2.0, (Hit(RuleId.CORPUS, Strength.STRONG, "recurs"),), sentence_end=False)
    name = BlockView(NEAR, 7.0, (), sentence_end=False, commas=1)
    listed = [entry, figure, entry, figure, entry]
    views = [MENU] * 4 + [date] + [PARAGRAPH] * 3 + [caption, credit, heading, colon, *listed, label, name] \
        + [PARAGRAPH] * 3 + [MENU] * 4
    kept = _kept(views)
    assert kept[11:17] == [True] * 6 and kept[8:10] == [False] * 2 and kept[17] is False


def test_a_box_of_fields_between_two_parts_ends_above_the_pictures_credit() -> None:
    # the protocol, then the credit of the picture over the next part: the box is the
    # article's, the credit is not; fields with a time in their value are data too
    # ("Tram: stopped until 16:00")
    # ("Шайбы: Григорьев, 3:41 (бол.) — 0:1; …", "Штраф: 10 — 14.", "Фото: РИА Новости")
    title = BlockView(BAD, 14.0, (), sentence_end=False)  # "«Авангард» — «Салават Юлаев» — 3:2 ОТ (0:1, …)"
    timed = BlockView(BAD, 28.0, (), field=True, stamped=True)
    named = BlockView(SHORT, 3.0, (), field=True)
    figures = BlockView(SHORT, 3.0, (), field=True, datum=True, figures=True)
    credit = BlockView(SHORT, 3.0, (Hit(RuleId.IMAGE, Strength.STRONG, "a photo credit"),), sentence_end=False,
                       field=True)
    views = [MENU] * 4 + [PARAGRAPH] * 3 + [title, timed, timed, named, figures, credit] + [PARAGRAPH] * 3 \
        + [MENU] * 4
    assert _kept(views) == [False] * 4 + [True] * 8 + [False] + [True] * 3 + [False] * 4


def test_a_list_announced_under_a_picture_below_the_body_is_the_articles() -> None:
    # the storm warning's last paragraph, the picture's caption ("图为……"), then
    # "防御指南：" over four numbered steps and the closing paragraph under them: the
    # caption stays out, the rest is the article's
    caption = BlockView(GOOD, 8.5, (Hit(RuleId.IMAGE, Strength.STRONG, "a caption marker"),))
    guide = BlockView(SHORT, 2.0, (), sentence_end=False, lead_in=True)
    step = BlockView(NEAR, 11.0, (), item=True, enumerated=True)
    closing = BlockView(NEAR, 32.5, ())
    views = [MENU] * 4 + [PARAGRAPH] * 2 + [caption, guide] + [step] * 4 + [closing] + [PROMO] + [MENU] * 4
    assert _kept(views) == [False] * 4 + [True] * 2 + [False] + [True] * 6 + [False] * 5
    # so is a list under an in-body teaser ("See also: <headline>") below the body
    teaser = BlockView(SHORT, 6.0, (Hit(RuleId.TEASER, Strength.STRONG, "a pointer to another article"),))
    short = BlockView(SHORT, 2.0, (), sentence_end=False, item=True)
    views = [MENU] * 4 + [PARAGRAPH] * 2 + [teaser, guide] + [short] * 4 + [MENU] * 4
    assert _kept(views) == [False] * 4 + [True] * 2 + [False] + [True] * 5 + [False] * 4
    # without the colon, the lines under the picture are no list the text announces
    views = [MENU] * 4 + [PARAGRAPH] * 2 + [caption, MENU] + [step] * 4 + [closing] + [PROMO] + [MENU] * 4
    assert _kept(views)[7:13] == [False] * 6


def test_an_introduction_over_a_list_joins_past_a_teaser_over_the_text() -> None:
    # two opening paragraphs, a subheading, a list of readings under a colon ("al.
    # Krasińskiego - 238 µg/m3"), a paragraph, then "Czytaj także: <headline>" right over
    # the rest of the article: the opening and its list are the article's, the teaser is
    # not
    teaser = BlockView(GOOD, 12.0, (Hit(RuleId.TEASER, Strength.STRONG, "a pointer to another article"),),
                       asks=True)
    subheading = BlockView(NEAR, 7.0, (), sentence_end=False)
    colon = BlockView(BAD, 12.0, (), lead_in=True)
    readings = [BlockView(cls, words, (), sentence_end=False) for cls, words in
                ((SHORT, 5.0), (BAD, 7.0), (SHORT, 6.0), (SHORT, 5.0))]
    opening = [BlockView(GOOD, 31.0, ()), BlockView(GOOD, 38.0, ())]
    rest = [BlockView(GOOD, 47.0, ()), BlockView(SHORT, 5.0, (), sentence_end=False), BlockView(GOOD, 45.0, ()),
            BlockView(GOOD, 23.0, ()), BlockView(GOOD, 42.0, ()), BlockView(GOOD, 17.0, ())]
    views = [MENU] * 4 + opening + [subheading, colon, *readings, BlockView(GOOD, 17.0, ()), teaser] + rest \
        + [MENU] * 4
    assert _kept(views) == [False] * 4 + [True] * 9 + [False] + [True] * 6 + [False] * 4


def test_a_wire_storys_key_points_under_its_dateline_are_the_articles() -> None:
    # "WASHINGTON | Tue Oct 4, 2011 5:32pm EDT", then "* Factory orders dip 0.2 percent in
    # August" and two more points right over the text: its summary; cleaned again, the
    # points open the text, and they stay
    dateline = BlockView(BAD, 8.0, (), sentence_end=False, stamped=True)
    point = BlockView(NEAR, 8.0, (), sentence_end=False, item=True)
    views = [MENU] * 4 + [HEADLINE, dateline] + [point] * 3 + [PARAGRAPH] * 4 + [MENU] * 4
    assert _kept(views) == [False] * 6 + [True] * 7 + [False] * 4
    assert _kept([point] * 3 + [PARAGRAPH] * 4) == [True] * 7
    # under a menu, marked headlines right over the text are another box's
    views = [MENU] * 4 + [point] * 3 + [PARAGRAPH] * 4 + [MENU] * 4
    assert _kept(views)[4:7] == [False] * 3


def test_standfirst_above_sidebar_headlines_is_kept() -> None:
    # lead, then a promo and the headlines of a sidebar, then the body
    views = [MENU] * 5 + [PARAGRAPH, PROMO, HEADLINE, HEADLINE, PROMO] + [PARAGRAPH] * 4 + [MENU] * 3
    kept = _kept(views)
    assert kept[5], "the standfirst is body"
    assert kept[6:10] == [False] * 4, "the furniture between stays removed"
    assert kept[10:14] == [True] * 4


def test_a_closed_sentence_between_stops_the_standfirst_search() -> None:
    # a short full sentence is text, not furniture: what lies above it is not a standfirst
    views = [MENU] * 5 + [PARAGRAPH, PROMO, SENTENCE, PROMO, PROMO, PROMO] + [PARAGRAPH] * 4
    kept = _kept(views)
    assert not kept[5]
    assert kept[11:] == [True] * 4


def test_standfirst_too_far_above_is_not_taken() -> None:
    gap = DEFAULT.lead_max_gap + 1
    views = [MENU] * 3 + [PARAGRAPH] + [PROMO] * gap + [PARAGRAPH] * 4
    assert not _kept(views)[3]


def test_closing_paragraph_below_an_advert_label_is_kept() -> None:
    # the article's last paragraph, cut off from the rest by an advert and a "read on" link
    views = [MENU] * 3 + [PARAGRAPH] * 4 + [PROMO, PROMO, PARAGRAPH] + [MENU] * 8
    kept = _kept(views)
    assert kept[3:7] == [True] * 4
    assert kept[7:9] == [False, False]
    assert kept[9], "the closing paragraph is body"
    assert not any(kept[10:])


def test_no_paragraph_is_taken_past_a_comments_heading() -> None:
    comments = BlockView(SHORT, 1.0, (), closer=True)
    comment = BlockView(GOOD, 20.0, ())
    views = [MENU] * 3 + [PARAGRAPH] * 4 + [comments, comment] + [MENU] * 8
    kept = _kept(views)
    assert kept[3:7] == [True] * 4
    assert not kept[8]


def test_each_run_of_the_body_gets_its_standfirst() -> None:
    # a first run of text (a teaser list written in sentences), a sidebar, then the
    # article whose lead sits above a promo: the lead belongs to the second run
    views = [MENU] * 2 + [PARAGRAPH] * 2 + [MENU] * 10 + [PARAGRAPH, PROMO, PROMO] + [PARAGRAPH] * 3
    kept = _kept(views)
    assert kept[14], "the standfirst of the second run is body"
    assert kept[15:17] == [False, False]
    assert kept[17:] == [True] * 3


def test_a_one_line_statement_touching_the_body_is_body() -> None:
    statement = BlockView(SHORT, 5.0, ())  # "Scientists reached this conclusion."
    question = BlockView(SHORT, 5.0, (), asks=True)  # "Why register?" (a widget's call)
    views = [MENU] * 4 + [statement] + [PARAGRAPH] * 4 + [question] + [MENU] * 4
    kept = _kept(views)
    assert kept[4], "the statement above the body"
    assert kept[5:9] == [True] * 4
    assert not kept[9], "a question below the body is not a paragraph of it"
    assert not any(kept[:4]) and not any(kept[10:])


def test_a_share_heading_between_standfirst_and_body_does_not_hide_the_standfirst() -> None:
    share = BlockView(SHORT, 1.0, (Hit(RuleId.SHARE, Strength.STRONG, "share"),), closer=True)
    views = [MENU] * 4 + [PARAGRAPH, share, PROMO, PROMO] + [PARAGRAPH] * 4 + [MENU] * 3
    kept = _kept(views)
    assert kept[4], "the standfirst above the share buttons is body"
    assert kept[5:8] == [False] * 3


def _thread() -> list[BlockView]:
    author = BlockView(SHORT, 2.0, ())  # "anna_k"
    comment = BlockView(GOOD, 30.0, ())
    return [author, comment] * 4


def test_a_heavy_run_below_a_comments_heading_is_not_body() -> None:
    comments = BlockView(SHORT, 1.0, (), closer=True)
    article = [MENU] * 3 + [PARAGRAPH] * 5 + [MENU] * 8
    kept = _kept(article + [comments] + _thread() + [MENU] * 3)
    assert kept[3:8] == [True] * 5
    assert not any(kept[8:]), "the comment thread stays out"
    # the same run without the heading is a second part of the body (an article split
    # by a gallery or a video player)
    kept = _kept(article + [MENU] + _thread() + [MENU] * 3)
    assert kept[3:8] == [True] * 5
    assert sum(kept[17:25]) >= 4



def test_a_long_borderline_standfirst_is_found() -> None:
    # a long lead with few stopwords (borderline) above a subheading and the body
    lead = BlockView(NEAR, 59.0, ())
    subheading = BlockView(SHORT, 3.0, (), sentence_end=False)
    views = [MENU] * 4 + [lead, subheading] + [PARAGRAPH] * 4 + [MENU] * 3
    assert _kept(views)[4]
    # borderline and short, a statement: a one-sentence standfirst or caption
    short_sentence = BlockView(NEAR, 9.0, ())
    views = [MENU] * 4 + [short_sentence, subheading] + [PARAGRAPH] * 4 + [MENU] * 3
    assert _kept(views)[4]
    # ... but a question is more often a teaser's headline
    short_question = BlockView(NEAR, 9.0, (), asks=True)
    views = [MENU] * 4 + [short_question, subheading] + [PARAGRAPH] * 4 + [MENU] * 3
    assert not _kept(views)[4]
    # below the body, a short borderline line is no closing paragraph
    views = [MENU] * 4 + [PARAGRAPH] * 4 + [subheading, short_sentence] + [MENU] * 3
    assert not _kept(views)[9]

def test_the_body_goes_on_past_an_advert_or_related_label_between_its_paragraphs() -> None:
    # "Advertisement" or a "Related" box inside the article: the paragraphs after it
    # are body, however few (a heading like these does not end the article)
    label = BlockView(SHORT, 1.0, (), closer=True)
    views = [MENU] * 4 + [PARAGRAPH] * 2 + [label] + [PARAGRAPH] * 2 + [MENU] * 3
    kept = _kept(views)
    assert kept[4:6] == [True] * 2
    assert kept[7:9] == [True] * 2


def test_a_list_the_body_announces_with_a_colon_is_body() -> None:
    lead_in = BlockView(SHORT, 3.0, (), lead_in=True)  # "What you need:"
    item = BlockView(SHORT, 2.0, (), sentence_end=False, item=True)  # "- foam strips"
    views = [MENU] * 4 + [PARAGRAPH] * 4 + [lead_in, item, item, item] + [MENU] * 6
    kept = _kept(views)
    assert kept[4:12] == [True] * 8
    assert not any(kept[12:])
    # the same items without the announcement are furniture below the body
    views = [MENU] * 4 + [PARAGRAPH] * 4 + [item, item, item] + [MENU] * 6
    assert not any(_kept(views)[8:])


# what stands between two parts of the body (``_between``), on hand-built views
TEASER = BlockView(NEAR, 12.0, (Hit(RuleId.TEASER, Strength.STRONG, "a pointer"),), sentence_end=False)
LABEL = BlockView(SHORT, 1.0, (Hit(RuleId.PROMO, Strength.STRONG, "an advert label"),), sentence_end=False)
SUBHEADING = BlockView(SHORT, 3.0, (), sentence_end=False)
ANNOUNCES = BlockView(SHORT, 3.0, (), lead_in=True)  # "Main features:"
ITEM = BlockView(SHORT, 5.0, (), sentence_end=False)  # "12 GB of memory"


def _between_of(views: list[BlockView], end: int, start: int) -> range:
    return _between(views, [_kind(v) for v in views], end, start, DEFAULT)


def test_a_subheading_under_a_teaser_between_two_parts_is_body() -> None:
    assert _between_of([PARAGRAPH, PARAGRAPH, TEASER, SUBHEADING, PARAGRAPH], 2, 4) == range(3, 4)


def test_the_line_under_a_pictures_credit_and_caption_between_two_parts_is_a_subheading() -> None:
    """"Photo: …" / "The mushroom season is at its height" / "What is known": in a body
    with subheadings of its own, the shorter line under the caption opens the next part;
    not in a body without them, nor when the line is no shorter than the caption (the
    caption's second line, say)."""
    credit = BlockView(SHORT, 4.0, (Hit(RuleId.IMAGE, Strength.STRONG, "a photo credit"),), sentence_end=False)
    caption = BlockView(SHORT, 6.0, (), sentence_end=False)
    views = [PARAGRAPH, credit, caption, SUBHEADING, PARAGRAPH]
    kinds = [_kind(v) for v in views]
    assert _between(views, kinds, 1, 4, DEFAULT, subheaded=True) == range(3, 4)
    assert not _between(views, kinds, 1, 4, DEFAULT)
    views = [PARAGRAPH, credit, SUBHEADING, caption, PARAGRAPH]
    assert not _between(views, [_kind(v) for v in views], 1, 4, DEFAULT, subheaded=True)


def test_lists_each_under_its_colon_under_a_subheading_between_two_parts_are_body() -> None:
    """Under a widget's button ("Subscribe"), "The charges" / "Drennan is charged with:"
    / three charges / "Russo is charged with:" / three more, one of them a copy of one
    above (the same charge for both men): all of it but the button is the article's.
    A copy of a line outside the gap, a list of one item or a line that is no list's
    (a teaser's headline) is not."""
    button = BlockView(SHORT, 1.0, (Hit(RuleId.NAV, Strength.STRONG, "page furniture"),), sentence_end=False)

    def copy_of(i: int) -> BlockView:
        return BlockView(NEAR, 7.0, (Hit(RuleId.DUPLICATE, Strength.STRONG, "repeats a line", {"copy_of_block": i}),),
                         sentence_end=False)

    views = [PARAGRAPH, button, SUBHEADING, ANNOUNCES, ITEM, ITEM, ITEM, ANNOUNCES, ITEM, copy_of(5), ITEM, PARAGRAPH]
    assert _between_of(views, 1, 11) == range(2, 11)
    assert _between_of(views[:2] + views[3:], 1, 10) == range(2, 10)  # two lists, no subheading over them
    assert not _between_of([*views[:9], copy_of(0), *views[10:]], 1, 11)
    assert not _between_of([*views[:7], ANNOUNCES, ITEM, PARAGRAPH], 1, 9)
    assert not _between_of([*views[:9], TEASER, *views[10:]], 1, 11)


def test_a_match_box_between_the_lead_and_the_text_is_the_articles() -> None:
    """The lead, then a match's box: "Shandong 3:1 Hebei" / "(4:3 on aggregate)" /
    "Scorers:" / two fields / "Line-ups:" / two fields closing their sentences ("Home:
    Han Rui; Liu, Dong, Xu."), then the report: the box between two parts is the
    article's, and the lead over it is found however long the box (the next pass sees
    no masthead).  Three title lines over the colon are no box's title."""
    title = BlockView(SHORT, 5.0, (), sentence_end=False)
    field = BlockView(BAD, 15.0, (), field=True)  # (names and semicolons: too thin in stopwords for text)
    box = [title, title, ANNOUNCES, field, field, ANNOUNCES, field, field]
    views = [PARAGRAPH, *box, PARAGRAPH]
    assert _between_of(views, 1, 9) == range(1, 9)
    assert not _between_of([PARAGRAPH, title, *box, PARAGRAPH], 1, 10)
    views = [MENU] * 4 + [PARAGRAPH, *box] + [PARAGRAPH] * 4 + [MENU] * 4
    assert _kept(views) == [False] * 4 + [True] * 13 + [False] * 4
    assert _lead_above(views, [_kind(v) for v in views], 13, DEFAULT) == 4


def test_entries_of_data_filling_a_gap_between_two_parts_are_body() -> None:
    """"Nysa – Polonia 3:1 (2:0)" / "Goals: Grabowski 23, Mazur 84." between two parts of
    a match report: the article's; not an advert's copy of data under its label
    ("Order now! Tel. 08341 55 21 0"), nor a gap with a line that is no data."""
    score = BlockView(BAD, 9.0, (), sentence_end=False, datum=True)
    goals = BlockView(BAD, 9.0, (), field=True)
    advert = BlockView(SHORT, 1.0, (Hit(RuleId.NAV, Strength.STRONG, "an advert's label", {"neutral": True}),),
                       sentence_end=False)
    assert _between_of([PARAGRAPH, score, goals, PARAGRAPH], 1, 3) == range(1, 3)
    assert not _between_of([PARAGRAPH, advert, score, PARAGRAPH], 2, 3)
    assert not _between_of([PARAGRAPH, score, HEADLINE, goals, PARAGRAPH], 1, 4)


def test_the_line_under_a_bare_advert_label_between_two_parts_is_not_a_subheading() -> None:
    assert not _between_of([PARAGRAPH, PARAGRAPH, LABEL, SUBHEADING, PARAGRAPH], 2, 4)


def test_a_subheading_under_a_picture_whose_last_line_is_its_captioned_credit_is_body() -> None:
    # a file name, then "Firefighters at the warehouse on Tuesday. (Photo: John Smith)",
    # then the next part's subheading
    image = (Hit(RuleId.IMAGE, Strength.STRONG, "an image line"),)
    file_name = BlockView(SHORT, 1.0, image, sentence_end=False)
    captioned = BlockView(NEAR, 9.0, image, sentence_end=True)
    assert _between_of([PARAGRAPH, PARAGRAPH, file_name, captioned, SUBHEADING, PARAGRAPH], 2, 5) == range(4, 5)
    # under a bare credit ("Photo: John Smith") or file name stands the picture's caption
    credit = BlockView(SHORT, 3.0, image, sentence_end=False)
    assert not _between_of([PARAGRAPH, PARAGRAPH, file_name, credit, SUBHEADING, PARAGRAPH], 2, 5)
    assert not _between_of([PARAGRAPH, PARAGRAPH, captioned, file_name, SUBHEADING, PARAGRAPH], 2, 5)


def test_a_list_announced_with_a_colon_between_two_parts_is_body() -> None:
    views = [PARAGRAPH, PARAGRAPH, TEASER, ANNOUNCES, ITEM, ITEM, ITEM, PARAGRAPH]
    assert _between_of(views, 2, 7) == range(3, 7)


def test_the_rest_of_a_list_whose_colon_the_part_above_holds_is_body() -> None:
    # a later pass: the part above took the announcing line and the first item
    views = [PARAGRAPH, ANNOUNCES, ITEM, ITEM, ITEM, PARAGRAPH]
    assert _between_of(views, 3, 5) == range(3, 5)


def test_terse_items_of_a_list_announced_with_a_colon_between_two_parts_are_body() -> None:
    # names and places without function words read as no text ("Route 9 northbound, Elm exit to Mill Road")
    terse = BlockView(BAD, 8.0, (), sentence_end=False)
    views = [PARAGRAPH, ANNOUNCES, ITEM, terse, terse, ITEM, terse, PARAGRAPH]
    assert _between_of(views, 2, 7) == range(2, 7)


def test_a_list_announced_with_a_colon_over_an_advert_and_its_copy_is_body() -> None:
    # "Advertisement", then the advert's one line ("Fans 30% off. See the offer!"), then the next part
    advert = BlockView(SHORT, 1.0, (Hit(RuleId.NAV, Strength.STRONG, "an advert's label", {"neutral": True}),),
                       sentence_end=False)
    copy = BlockView(SHORT, 5.0, (), sentence_end=True)
    views = [PARAGRAPH, ANNOUNCES, ITEM, ITEM, ITEM, advert, copy, PARAGRAPH]
    assert _between_of(views, 2, 7) == range(2, 5)
    # without the label over it, the line closing a sentence is no item: no list
    assert not _between_of([PARAGRAPH, ANNOUNCES, ITEM, ITEM, ITEM, copy, PARAGRAPH], 2, 6)


def test_the_subheading_under_an_advert_and_its_copy_between_two_parts_is_body() -> None:
    advert = BlockView(SHORT, 1.0, (Hit(RuleId.NAV, Strength.STRONG, "an advert's label", {"neutral": True}),),
                       sentence_end=False)
    copy = BlockView(NEAR, 9.0, (), sentence_end=False)  # "Preserving jars now in stock, 6 for $12.99"
    assert _between_of([PARAGRAPH, advert, copy, SUBHEADING, PARAGRAPH], 1, 4) == range(3, 4)
    # the copy alone under its label is the one line between: kept (it may be a subheading)
    assert _between_of([PARAGRAPH, advert, copy, PARAGRAPH], 1, 3) == range(2, 3)
    # and a one-sentence paragraph between two advert labels is no advert's copy
    assert _between_of([PARAGRAPH, advert, SENTENCE, advert, PARAGRAPH], 1, 4) == range(2, 3)


def test_the_subheading_under_an_advert_of_several_lines_between_two_parts_is_body() -> None:
    # the advert's offer, its call to act and the advertiser's licence, then the next part's subheading
    advert = BlockView(SHORT, 1.0, (Hit(RuleId.NAV, Strength.STRONG, "an advert's label", {"neutral": True}),),
                       sentence_end=False)
    offer = BlockView(NEAR, 7.0, (), sentence_end=False)  # "Savings account: up to 7.2% a year"
    licence = BlockView(SHORT, 6.0, (), sentence_end=False)  # "Example Bank plc, licence no. 0000"
    assert _between_of([PARAGRAPH, advert, offer, offer, licence, SUBHEADING, PARAGRAPH], 1, 6) == range(5, 6)
    # a line ending with a colon under the label is no copy: it announces the list under it
    views = [PARAGRAPH, advert, SUBHEADING, ANNOUNCES, ITEM, ITEM, ITEM, PARAGRAPH]
    assert _between_of(views, 1, 7) == range(3, 7)


def test_lines_without_a_colon_above_them_or_closing_sentences_are_not_a_list() -> None:
    assert not _between_of([PARAGRAPH, PARAGRAPH, ITEM, ITEM, ITEM, PARAGRAPH], 2, 5)
    assert not _between_of([PARAGRAPH, ANNOUNCES, SENTENCE, SENTENCE, PARAGRAPH], 2, 4)


# a list the article holds, at the bottom of a gap between two parts (``_headed_list``)
HEADING = BlockView(SHORT, 1.0, (), sentence_end=False)  # "Ingredients"
DATUM = BlockView(SHORT, 4.0, (), sentence_end=False, datum=True)  # "2 cups (250 g) flour", "Memory<TAB>16 GB"
ENTRY = BlockView(SHORT, 4.0, (), sentence_end=False)  # "Salt and pepper, to taste"
CARD = BlockView(SHORT, 4.0, (), sentence_end=False)  # "Prep Time 20 minutes" (a recipe card's furniture)


def _list_of(views: list[BlockView], end: int, start: int) -> range:
    return _headed_list(views, [_kind(v) for v in views], end, start, DEFAULT)


def test_a_list_of_data_over_an_advert_and_its_copy_ends_above_them() -> None:
    advert = BlockView(SHORT, 1.0, (Hit(RuleId.NAV, Strength.STRONG, "an advert's label", {"neutral": True}),),
                       sentence_end=False)
    copy = BlockView(NEAR, 9.0, (), sentence_end=False)  # "Mortgages from 2.19%. Work out your payment online"
    views = [PARAGRAPH, PARAGRAPH, HEADING, DATUM, DATUM, ENTRY, DATUM, advert, copy, PARAGRAPH]
    assert _list_of(views, 2, 9) == range(2, 7)


def test_a_list_of_data_under_a_heading_between_two_parts_is_body() -> None:
    views = [PARAGRAPH, PARAGRAPH, HEADING, DATUM, DATUM, ENTRY, DATUM, SUBHEADING, PARAGRAPH]
    assert _list_of(views, 2, 8) == range(2, 8)  # with the next part's subheading ("Instructions")
    # past an in-body teaser under it, and with the furniture above the heading left out
    views = [PARAGRAPH, CARD, LABEL, CARD, HEADING, DATUM, DATUM, DATUM, TEASER, SUBHEADING, PARAGRAPH]
    assert _list_of(views, 1, 10) == range(4, 10)


def test_a_table_whose_rows_open_with_text_cells_starts_at_its_caption() -> None:
    # "Results" / "Name" / "Party" / "Votes" / "Share" / "Ann Lee" / "Greens" / "912" /
    # "47%" / ...: the two text cells opening each row are no heading
    row = [ENTRY, ENTRY, DATUM, DATUM]
    views = [PARAGRAPH, PARAGRAPH, HEADING, HEADING, HEADING, HEADING, HEADING, *row * 3, PARAGRAPH]
    assert _list_of(views, 2, 19) == range(2, 19)
    # a recipe card's line over a list's heading, where no row opens with two such
    # cells, stays out
    views = [PARAGRAPH, CARD, LABEL, CARD, HEADING, DATUM, DATUM, ENTRY, DATUM, DATUM, PARAGRAPH]
    assert _list_of(views, 1, 10) == range(4, 10)


def test_a_list_of_data_that_fills_the_gap_needs_no_heading() -> None:
    # a later pass, after the heading went (a line that recurs across the run's documents)
    views = [PARAGRAPH, DATUM, DATUM, DATUM, DATUM, PARAGRAPH]
    assert _list_of(views, 1, 5) == range(1, 5)


def test_lists_under_their_headings_one_over_another_between_two_parts_are_body() -> None:
    """A poll's two tables between two paragraphs: "Voting intention" over its parties and
    shares, an advert's label, "Vote estimate" over its own: both lists are the
    article's, the label is not."""
    advert = BlockView(SHORT, 1.0, (Hit(RuleId.NAV, Strength.STRONG, "an advert's label", {"neutral": True}),),
                       sentence_end=False)
    table = [HEADING, DATUM, DATUM, DATUM, DATUM]
    views = [MENU] * 4 + [PARAGRAPH] * 3 + [*table, advert, *table] + [PARAGRAPH] * 3 + [MENU] * 4
    assert _kept(views) == [False] * 4 + [True] * 8 + [False] + [True] * 8 + [False] * 4
    # under a table, three headlines are no list: they stay out, the table is body
    views = [MENU] * 4 + [PARAGRAPH] * 3 + [HEADING, HEADLINE, HEADLINE, HEADLINE, advert, *table] \
        + [PARAGRAPH] * 3 + [MENU] * 4
    assert _kept(views)[7:17] == [False] * 5 + [True] * 5


def test_headlines_or_a_few_figures_between_two_parts_are_no_list_of_the_article() -> None:
    assert not _list_of([PARAGRAPH, HEADING, HEADLINE, HEADLINE, HEADLINE, PARAGRAPH], 1, 5)
    assert not _list_of([PARAGRAPH, HEADING, DATUM, DATUM, PARAGRAPH], 1, 4)  # fewer than three entries of data
    # mostly not data: names, a price now and then
    views = [PARAGRAPH, HEADING, ENTRY, DATUM, ENTRY, ENTRY, DATUM, ENTRY, ENTRY, DATUM, PARAGRAPH]
    assert not _list_of(views, 1, 10)
    # half of them data: a table of names and values, one cell per line
    assert _list_of([PARAGRAPH, HEADING, ENTRY, DATUM, ENTRY, DATUM, ENTRY, DATUM, PARAGRAPH], 1, 8) == range(1, 8)
    # under a heading that opens related links, or under a line of text (no heading)
    closer = BlockView(SHORT, 2.0, (), sentence_end=False, closer=True)
    assert not _list_of([PARAGRAPH, closer, DATUM, DATUM, DATUM, PARAGRAPH], 1, 5)
    assert not _list_of([PARAGRAPH, HEADING, DATUM, SENTENCE, DATUM, DATUM, DATUM, PARAGRAPH], 1, 7)


def test_two_lines_in_a_row_that_are_no_data_end_a_list() -> None:
    # figures further up (a recipe card's times, a table of contents) are not this list's
    views = [PARAGRAPH, DATUM, DATUM, DATUM, DATUM, CARD, CARD, HEADING, DATUM, DATUM, DATUM, PARAGRAPH]
    assert _list_of(views, 1, 11) == range(7, 11)


def test_a_ticker_of_stamped_headlines_is_no_list_of_data() -> None:
    # "14:32 Storm closes the bridge": a time opens it, but it is a headline of a news feed
    stamped = BlockView(NEAR, 9.0, (), sentence_end=False, datum=True, stamped=True)
    assert not _list_of([PARAGRAPH, HEADING, stamped, stamped, stamped, stamped, PARAGRAPH], 1, 6)
    # a table's header row (taken for a row of links: an edge hit) under the heading
    header = BlockView(EDGE, 4.0, (Hit(RuleId.NAV, Strength.EDGE, "a row of short items"),), sentence_end=False)
    assert _list_of([PARAGRAPH, HEADING, header, DATUM, DATUM, DATUM, PARAGRAPH], 1, 6) == range(1, 6)


def test_long_numbered_items_read_like_headlines_not_data() -> None:
    # "1. Bus drivers vote to strike over pay in the new year": a "most read" box
    numbered = BlockView(NEAR, 11.0, (), sentence_end=False, item=True)
    assert not _list_of([PARAGRAPH, HEADING, numbered, numbered, numbered, numbered, PARAGRAPH], 1, 6)
    short = BlockView(SHORT, 3.0, (), sentence_end=False, item=True)  # "- Weighs 1 kg"
    assert _list_of([PARAGRAPH, HEADING, short, short, short, PARAGRAPH], 1, 5) == range(1, 5)


def test_a_list_under_a_line_that_announces_it_may_open_with_entries_that_are_no_data() -> None:
    announces = BlockView(SHORT, 3.0, (), lead_in=True)  # "You will need:"
    long_item = BlockView(NEAR, 9.0, (), sentence_end=False, item=True)  # "- a new washer (take the old one along)"
    item = BlockView(SHORT, 3.0, (), sentence_end=False, item=True)  # "- a flat screwdriver"
    views = [PARAGRAPH, announces, long_item, long_item, item, item, item, SUBHEADING, PARAGRAPH]
    assert _list_of(views, 1, 8) == range(1, 8)
    # the last entries may be no data, and short ones may end with a full stop ("Icing sugar q.b.")
    to_taste = BlockView(SHORT, 3.0, ())
    views = [PARAGRAPH, HEADING, DATUM, DATUM, DATUM, ENTRY, to_taste, SUBHEADING, PARAGRAPH]
    assert _list_of(views, 1, 8) == range(1, 8)


def test_a_line_with_a_hit_is_no_data() -> None:
    # "06 - Los Andes - M. Malenczuk" taken for a row of links: an entry, not data
    row = BlockView(EDGE, 6.0, (Hit(RuleId.NAV, Strength.EDGE, "a row of short items"),), sentence_end=False,
                    datum=True)
    assert not _list_of([PARAGRAPH, HEADING, row, row, row, row, PARAGRAPH], 1, 6)


def test_a_table_of_contents_counts_only_when_a_heading_it_lists_stands_in_the_main_run() -> None:
    """``_listed_sections``: the sections join the body when one of their headings
    stands in the main run; headings all outside it (a menu printed again over the
    footer's boxes) add nothing."""
    entry = BlockView(SHORT, 2.0, (), sentence_end=False, contents=True)
    heading = BlockView(SHORT, 2.0, (), sentence_end=False, listed=True)
    cell = BlockView(SHORT, 1.0, (), sentence_end=False)
    views = [entry] * 3 + [heading, PARAGRAPH, heading, PARAGRAPH] + [MENU, cell, cell, cell, heading, PARAGRAPH]
    kinds = [v.cls for v in views]
    revised = revise(kinds)
    weights = [0.0] * len(views)
    runs = [(3, 7)]
    joined, added = _listed_sections(views, kinds, revised, (weights, 1.0, 3, 7), runs, DEFAULT)
    assert joined == [(0, len(views))] and sorted(added) == [0, 1, 2, 7, 8, 9, 10, 11, 12]
    # the same page with the main run elsewhere (no listed heading in it)
    assert _listed_sections(views, kinds, revised, (weights, 1.0, 4, 5), [(4, 5)], DEFAULT) == ([(4, 5)], {})


def test_the_standfirst_under_a_pull_quote_and_the_masthead_is_kept() -> None:
    # title, date line, a pull quote, the standfirst; a share row and a long box of related
    # headlines (some exclaim or ask) between it and the text: the standfirst is the nearest
    # paragraph under the article's own masthead (the pull quote shares that masthead: no
    # digest of dated summaries, each under a date line of its own)
    date = BlockView(NEAR, 8.0, (), stamped=True)
    exclaimed = BlockView(NEAR, 7.0, (), asks=True)
    box = [HEADLINE, exclaimed, HEADLINE, HEADLINE, exclaimed, HEADLINE, HEADLINE, exclaimed, HEADLINE]
    views = [MENU] * 6 + [HEADLINE, date, PARAGRAPH, BlockView(GOOD, 20.0, ()), PROMO, PROMO, *box] + [PARAGRAPH] * 4
    kept = _kept(views)
    assert kept[9] and kept[-4:] == [True] * 4
    assert not any(kept[:8]) and not any(kept[10:-4])


COPY = BlockView(SHORT, 1.0, (Hit(RuleId.NAV, Strength.STRONG, "a code block's copy button",
                                  {"neutral": True, "family": "copy"}),), sentence_end=False)
LISTING = BlockView(CODE, 4.0, (), sentence_end=False, structured=True)
CELL_LABEL = BlockView(SHORT, 1.0, (), sentence_end=False)  # a table's label ("Chrome", "Toggle history")


def test_a_copy_button_over_a_table_of_labels_stays_a_clear_neighbour() -> None:
    # under the last listing, a table of labels (a browser compatibility table) and a
    # paragraph of the page's footer: the lines under the button are mostly no code, so
    # the button keeps its label (bad) and the labels take it (a button that let every
    # line under it take the text's label kept the whole table)
    table = [LISTING] * 2 + [CELL_LABEL] * 30
    views = [MENU] * 6 + [PARAGRAPH] * 3 + [COPY] + table + [PARAGRAPH] * 2 + [MENU] * 6
    kept = _kept(views)
    assert all(kept[6:9]) and not any(kept[12:42])


def test_the_next_part_under_its_subheading_past_a_long_box_of_links() -> None:
    """``_next_part``: past a heading that opens related links and its links (seven
    topics), the subheading over two long paragraphs opens the article's next part when
    the body has subheadings of its own; not when it has none, nor over headlines that
    close a sentence."""
    heading = BlockView(SHORT, 2.0, (), sentence_end=False, closer=True)
    link = BlockView(SHORT, 2.0, (), sentence_end=False)
    subheading = BlockView(SHORT, 3.0, (), sentence_end=False)
    body = [PARAGRAPH, PARAGRAPH, subheading, PARAGRAPH, PARAGRAPH]
    views = [*body, heading, *[link] * 7, subheading, PARAGRAPH, PARAGRAPH, MENU]
    kinds = [_kind(v) for v in views]
    assert _next_part(views, kinds, 5, 6, 16, (0, 5), DEFAULT) == 13
    # a body without subheadings: the short line under seven links is one more link
    plain = [PARAGRAPH] * 5 + views[5:]
    assert _next_part(plain, [_kind(v) for v in plain], 5, 6, 16, (0, 5), DEFAULT) is None
    # headlines closing a sentence under the short one are the box's, however many
    headlines = [*views[:14], BlockView(GOOD, 9.0, ()), BlockView(GOOD, 8.0, ()), MENU]
    assert _next_part(headlines, [_kind(v) for v in headlines], 5, 6, 16, (0, 5), DEFAULT) is None



def test_a_list_in_running_text_goes_on_to_the_entry_closing_the_sentence() -> None:
    """``_list_below``: entries that close with a semicolon ("Лесная (№ 5, 7);") under a
    colon, or under a run that ends with one of them, go on to the one closing the
    sentence ("переулок Школьный (№ 1–9)."), not past it."""
    announces = BlockView(GOOD, 30.0, (), lead_in=True)
    entry = BlockView(CODE, 4.0, (), enumerated=True)
    last = BlockView(SHORT, 4.0, ())
    views = [PARAGRAPH, announces, entry, entry, entry, last, SENTENCE, MENU]
    kinds = [_kind(v) for v in views]
    assert _list_below(views, kinds, 2, DEFAULT) == range(2, 6)
    assert _list_below(views, kinds, 3, DEFAULT) == range(3, 6), "a run ending with the first entry"
    # entries without the semicolon: a colon announces the one line under it, no more
    plain = [PARAGRAPH, announces, *[BlockView(CODE, 4.0, ())] * 3, last, SENTENCE, MENU]
    assert _list_below(plain, [_kind(v) for v in plain], 2, DEFAULT) == range(2, 3)


def test_a_media_players_times_under_the_standfirst_are_no_masthead() -> None:
    """Title, two date lines, the author's name, the standfirst, then a video player
    ("Watch the video", "00:00", "02:36", "Watch the whole programme") and an advert's
    label over the text:
    the player's position and length are no date line of the article's own masthead
    below the paragraph, which is the standfirst.  A time of day there ("14:05") is one:
    the paragraph over it is some other article's summary."""
    date = BlockView(SHORT, 2.0, (Hit(RuleId.HEADER, Strength.EDGE, "a date or time stamp"),),
                     sentence_end=False, stamped=True, stamp=True)
    title = BlockView(NEAR, 9.0, (), sentence_end=False)
    named = BlockView(SHORT, 2.0, (), sentence_end=False, named=True)
    lead = BlockView(GOOD, 26.0, ())
    label = BlockView(SHORT, 2.0, (), sentence_end=False)
    advert = BlockView(SHORT, 1.0, (Hit(RuleId.NAV, Strength.STRONG, "an advert's label", {"neutral": True}),),
                       sentence_end=False)

    def player(position: int) -> list[BlockView]:
        return [label, replace(date, clock=position), replace(date, clock=156), label, advert]

    views = [MENU] * 4 + [title, date, date, named, lead, *player(0)] + [PARAGRAPH] * 4 + [MENU] * 4
    assert _kept(views)[8], "the standfirst is body"
    views = [MENU] * 4 + [title, date, date, named, lead, *player(14 * 60 + 5)] + [PARAGRAPH] * 4 + [MENU] * 4
    assert not _kept(views)[8]


def test_a_standfirst_between_the_title_and_the_masthead_is_found_however_far_down_the_text() -> None:
    title = BlockView(NEAR, 12.0, (), sentence_end=False)
    deck = BlockView(GOOD, 30.0, (), stamped=True)  # ("leaves at 6.12pm": a stamp)
    byline = BlockView(SHORT, 3.0, (Hit(RuleId.BYLINE, Strength.EDGE, "an author line"),), sentence_end=False)
    buttons = [MENU] * 8
    views = [MENU] * 4 + [title, deck, byline] + buttons + [PARAGRAPH] * 4
    start = len(views) - 4
    kinds = [_kind(v) for v in views]
    assert _titled_lead(views, kinds, start, DEFAULT) == 5
    # not past a lead printed twice (its copy in the body stays), nor over a run that
    # opens with short lines (a standfirst kept would hold them in the body on the next
    # pass), nor a paragraph no longer than the title over it
    other = [title, BlockView(GOOD, 30.0, ()), byline]  # (a teaser's headline, summary and date above)
    copied = [*views[:4], *other, title, BlockView(GOOD, 30.0, (), copied=True), *views[6:]]
    assert _titled_lead(copied, [_kind(v) for v in copied], start + 3, DEFAULT) is None
    assert _titled_lead(views, kinds[:start] + [SHORT] + kinds[start + 1:], start, DEFAULT) is None
    short = [*views[:4], BlockView(NEAR, 24.0, (), sentence_end=False), BlockView(GOOD, 20.0, ()), *views[6:]]
    assert _titled_lead(short, [_kind(v) for v in short], start, DEFAULT) is None
    # nor past a full paragraph: a teaser's headline, summary and date over it
    quoted = [*views[:4], title, BlockView(GOOD, 30.0, ()), byline, PARAGRAPH, *buttons[1:], *views[-4:]]
    assert _titled_lead(quoted, [_kind(v) for v in quoted], start, DEFAULT) is None


def test_a_live_blogs_updates_are_found_from_a_later_run_past_a_long_list_over_them() -> None:
    """The standfirst is the first run; a list of key events longer than the gap two
    updates may leave between them stands under it; then updates, each a stamp, a
    headline and a paragraph, with a share button under it.  The updates are found from
    the run of the first one's paragraph, and that one's stamp and headline over it too
    under a widget's label no pattern knows ("Auto-update on"), not under a name (a
    comment's)."""
    stamp = BlockView(SHORT, 1.0, (), sentence_end=False, stamp=True, stamped=True)
    headline = BlockView(SHORT, 5.0, (), sentence_end=False)
    share = BlockView(SHORT, 1.0, (Hit(RuleId.SHARE, Strength.STRONG, "a share button"),), sentence_end=False)
    label = BlockView(SHORT, 2.0, (), sentence_end=False)
    top = [MENU] * 3 + [PARAGRAPH] + [MENU] * (DEFAULT.bridge_max_gap + 3)
    views = [*top, label] + [stamp, headline, PARAGRAPH, share] * 4 + [MENU] * 3
    first = len(top) + 3  # the first update's paragraph
    runs = [(3, 4), (first, first + 1)]
    kinds = [_kind(v) for v in views]
    found = _live_entries(views, kinds, runs, DEFAULT)
    assert found == [(first - 2 + 4 * k, first + 1 + 4 * k) for k in range(4)]
    named = [*views[:len(top)], BlockView(SHORT, 2.0, (), sentence_end=False, named=True), *views[len(top) + 1:]]
    assert _live_entries(named, kinds, runs, DEFAULT) == found[1:]
    assert _live_entries(views, kinds, runs[:1], DEFAULT) == []


def test_the_opening_over_the_standfirst_is_taken_when_it_reads_as_borderline_text() -> None:
    """A Chinese news page: the title, the source line, the font-size buttons, then the
    opening paragraph and the next one, both borderline to the stopword count though as
    long as paragraphs, a picture's caption, and the run of the text.  The paragraph
    right over the run is its standfirst, and the opening over that is the article's
    too; a borderline line shorter than a paragraph is not."""
    title = BlockView(NEAR, 9.5, (), sentence_end=False)
    source = BlockView(BAD, 17.0, (Hit(RuleId.CREDIT, Strength.EDGE, "a source line"),), sentence_end=False)
    buttons = BlockView(SHORT, 6.5, (), sentence_end=False)
    opening = BlockView(NEAR, 42.5, ())
    caption = BlockView(NEAR, 14.0, (Hit(RuleId.IMAGE, Strength.EDGE, "a caption"),), sentence_end=False)
    views = [MENU] * 6 + [title, source, buttons, opening, BlockView(NEAR, 36.0, ()), caption] + [PARAGRAPH] * 5 \
        + [MENU] * 4
    assert _kept(views)[9:11] == [True, True]
    short = [*views[:9], BlockView(NEAR, 12.0, ()), *views[10:]]
    assert _kept(short)[9:11] == [False, True]


def test_items_going_on_numbering_the_bodys_list_at_the_top_of_a_gap_are_the_articles() -> None:
    # "6. Chinese evergreen" and its paragraph kept, then "7. …", "8. …", "9. …" one a
    # line, then a teaser: the items that go on numbering the body's list are its own
    item = [BlockView(SHORT, 3.0, (), sentence_end=False, item=True, number=n) for n in range(6, 11)]
    teaser = BlockView(NEAR, 9.0, (Hit(RuleId.TEASER, Strength.STRONG, "a teaser"),), sentence_end=False)
    views = [PARAGRAPH, item[0], PARAGRAPH, item[1], item[2], item[3], teaser, PARAGRAPH]
    kinds = [_kind(v) for v in views]
    assert _numbered_on(views, kinds, 3, 7, {0, 1, 2}) == range(3, 6)
    # not when the numbers do not go on from the body's last one ("9." under "6."), nor
    # with no numbered line in the body above
    assert not _numbered_on([PARAGRAPH, item[0], PARAGRAPH, item[3], PARAGRAPH], kinds[:5], 3, 4, {0, 1, 2})
    assert not _numbered_on(views, kinds, 3, 7, {0, 2})


def test_a_list_in_running_text_is_found_from_its_colon_to_the_entry_closing_the_sentence() -> None:
    # "in these districts:" / "Achinsky;" / … / "Mansky." is one sentence a clause a line
    colon = BlockView(GOOD, 7.0, (), lead_in=True)
    entry = BlockView(SHORT, 1.0, (), sentence_end=False, enumerated=True)
    last = BlockView(SHORT, 1.0, ())
    views = [PARAGRAPH, colon, entry, entry, entry, last, PARAGRAPH]
    assert _running_lists(views, DEFAULT) == {2, 3, 4, 5}
    # so are a table's rows between separators under a colon, ending the list
    row = BlockView(SHORT, 4.0, (Hit(RuleId.NAV, Strength.EDGE, "a row", {"items": 3}),), sentence_end=False)
    assert _running_lists([PARAGRAPH, colon, row, row, row, PARAGRAPH], DEFAULT) == {2, 3, 4}
    # one entry is no list, and a menu under a colon has no semicolons
    assert _running_lists([PARAGRAPH, colon, entry, last, PARAGRAPH], DEFAULT) == set()
    assert _running_lists([PARAGRAPH, colon, MENU, MENU, MENU, PARAGRAPH], DEFAULT) == set()
    # under a subheading instead of a colon: three entries at least ("Main
    # specifications" / "processor: 8 cores;" / …), and no rows of items
    heading = BlockView(SHORT, 2.0, (), sentence_end=False)
    assert _running_lists([PARAGRAPH, heading, entry, entry, entry, last, PARAGRAPH], DEFAULT) == {2, 3, 4, 5}
    assert _running_lists([PARAGRAPH, heading, entry, entry, last, PARAGRAPH], DEFAULT) == set()
    assert _running_lists([PARAGRAPH, heading, row, row, row, PARAGRAPH], DEFAULT) == set()



def test_a_gallery_counts_its_counters_captions_and_the_credit_under_each() -> None:
    """A gallery printed counter, caption, credit ("3/12", a sentence, "Photo: …"): all
    three lines of each picture are the gallery's, so that it counts as one line in the
    distance between a related box and the article going on below it."""
    counter = BlockView(SHORT, 2.0, (Hit(RuleId.IMAGE, Strength.STRONG, "a gallery's counter", {"counters": 12}),),
                        sentence_end=False)
    credit = BlockView(SHORT, 3.0, (Hit(RuleId.IMAGE, Strength.STRONG, "a photo credit"),), sentence_end=False)
    views = [MENU, MENU] + [counter, SENTENCE, credit] * 12 + [MENU]
    assert _gallery_lines(views, 0, len(views)) == 36
    # a caption's credit only: a line under the caption without an image hit is no credit
    views = [counter, SENTENCE, SENTENCE] * 4
    assert _gallery_lines(views, 0, len(views)) == 8


def test_closing_sections_need_two_headings_over_a_paragraph_and_no_name_is_a_heading() -> None:
    """Under the body's last line, short headings without hits over entries or one full
    paragraph: taken up to the last section when two headings stand right over a
    paragraph; a name alone over a paragraph (an author's box) is no heading, and a
    heading over nothing ends them."""
    heading = BlockView(SHORT, 3.0, (), sentence_end=False)
    entry = BlockView(BAD, 7.0, (), sentence_end=False)
    name = BlockView(SHORT, 2.0, (), sentence_end=False, named=True)
    views = [PARAGRAPH, heading, entry, entry, heading, PARAGRAPH, heading, PARAGRAPH, MENU, PROMO]
    assert _closing_sections(views, [_kind(v) for v in views], 1, DEFAULT) == 8
    # one heading over a paragraph is too little evidence: the article's or a teaser card's
    views = [PARAGRAPH, heading, entry, entry, heading, PARAGRAPH, PROMO]
    assert _closing_sections(views, [_kind(v) for v in views], 1, DEFAULT) == 1
    # names over paragraphs: two authors' bios
    views = [PARAGRAPH, name, PARAGRAPH, name, PARAGRAPH, PROMO]
    assert _closing_sections(views, [_kind(v) for v in views], 1, DEFAULT) == 1
    # a line with a hit ends them: what follows the promo is not taken
    views = [PARAGRAPH, heading, PARAGRAPH, PROMO, heading, PARAGRAPH]
    assert _closing_sections(views, [_kind(v) for v in views], 1, DEFAULT) == 1


def test_data_at_either_end_of_a_gap_goes_on_with_the_data_the_parts_end_and_open_with() -> None:
    """A timeline cut by a related box: the dated lines at the top of the gap go on with
    the three the part above ends with, those at its foot with the three the part below
    opens with; a part that ends or opens with text takes none."""
    year = BlockView(SHORT, 1.0, (), sentence_end=False, structured=True, datum=True)
    event = BlockView(SHORT, 5.0, (), datum=True)
    box = BlockView(SHORT, 2.0, (Hit(RuleId.TEASER, Strength.STRONG, "a teaser"),), sentence_end=False, closer=True)
    views = [year, event, event, year, event, box, HEADLINE, year, event, year, event, event, event]
    taken = {0, 1, 2, 10, 11, 12}
    assert _data_on(views, 3, 10, taken, DEFAULT) == (5, 7)
    # the part below opens with text: its foot takes nothing; the part above ends with it: nor its top
    assert _data_on(views, 3, 10, {0, 1, 2}, DEFAULT) == (5, 10)
    views = [PARAGRAPH, PARAGRAPH, PARAGRAPH, year, event, box, HEADLINE, year, event, PARAGRAPH, PARAGRAPH]
    assert _data_on(views, 3, 9, {0, 1, 2, 9, 10}, DEFAULT) == (3, 9)


def test_a_line_as_long_as_two_paragraphs_is_no_title_over_a_standfirst() -> None:
    """``_titled_deck``: a statement between a headline and the byline under it is the
    standfirst; under a line of two paragraphs' worth of words that closes no sentence
    (a standfirst without its full stop, not a title) it is not: it is the picture's
    caption under that standfirst."""
    byline = BlockView(SHORT, 3.0, (Hit(RuleId.BYLINE, Strength.EDGE, "an author line"),), sentence_end=False)
    statement = BlockView(GOOD, 18.0, ())
    title = BlockView(NEAR, 12.0, (), sentence_end=False)
    assert _titled_deck([MENU, title, statement, byline, PARAGRAPH], 2, DEFAULT)
    long_line = BlockView(GOOD, 2 * DEFAULT.good_words, (), sentence_end=False)
    assert not _titled_deck([MENU, long_line, statement, byline, PARAGRAPH], 2, DEFAULT)


def test_a_box_under_a_teasers_label_inside_the_body() -> None:
    """A teaser's label alone on its line ("MORE ON THIS", "Saiba mais") over three
    headlines, with the article going on below: the label and the headlines go but the
    last, which may be the next part's subheading (when unsure, keep)."""
    label = BlockView(SHORT, 2.0, (Hit(RuleId.TEASER, Strength.STRONG, "a teaser"),), sentence_end=False)
    views = [MENU] * 4 + [PARAGRAPH] * 3 + [label, HEADLINE, HEADLINE, HEADLINE] + [PARAGRAPH] * 4 + [MENU] * 4
    assert _kept(views) == [False] * 4 + [True] * 3 + [False, False, False, True] + [True] * 4 + [False] * 4
    # one headline under the label: it may be the subheading, it stays
    views = [MENU] * 4 + [PARAGRAPH] * 3 + [label, HEADLINE] + [PARAGRAPH] * 4 + [MENU] * 4
    assert _kept(views) == [False] * 4 + [True] * 3 + [False, True] + [True] * 4 + [False] * 4
    # a line closing a sentence under the label: no box of headlines, all stays
    views = [MENU] * 4 + [PARAGRAPH] * 3 + [label, HEADLINE, SENTENCE, HEADLINE] + [PARAGRAPH] * 4 + [MENU] * 4
    assert _kept(views)[8:11] == [True] * 3


def test_a_subheading_under_the_leads_second_copy() -> None:
    """A lead printed above the text and again in its place: the copy goes as a repeat,
    and the short line right under it, over the next paragraph, is the text's first
    subheading; a longer line there (a caption with its credit) is not taken."""
    lead = BlockView(NEAR, 20.0, ())
    caption = BlockView(NEAR, 12.0, (Hit(RuleId.IMAGE, Strength.STRONG, "an image line"),), sentence_end=False)
    byline = BlockView(SHORT, 4.0, (), sentence_end=False)
    copy = BlockView(NEAR, 20.0, (Hit(RuleId.DUPLICATE, Strength.STRONG, "repeats a line"),))
    subheading = BlockView(SHORT, 4.0, (), sentence_end=False)
    views = [MENU] * 4 + [lead, caption, byline, copy, subheading] + [PARAGRAPH] * 4 + [MENU] * 4
    assert _kept(views) == [False] * 4 + [True, False, False, False, True] + [True] * 4 + [False] * 4
    longer = BlockView(NEAR, 9.0, (), sentence_end=False)
    views = [MENU] * 4 + [lead, caption, byline, copy, longer] + [PARAGRAPH] * 4 + [MENU] * 4
    assert _kept(views)[8] is False


def test_a_programme_a_colon_announces_between_two_parts() -> None:
    """"The programme:" over its days and hours ("Friday 12 July", a date rule's line,
    over "22:30 – Cretan night with …"), then an in-body teaser and the closing paragraph:
    all the programme is the article's, its first day too (no edge to trim)."""
    announces = BlockView(SHORT, 3.0, (), lead_in=True)
    day = BlockView(EDGE, 3.0, (Hit(RuleId.HEADER, Strength.EDGE, "a date or time line"),), sentence_end=False)
    event = BlockView(NEAR, 10.0, (), sentence_end=False)
    teaser = BlockView(NEAR, 12.0, (Hit(RuleId.TEASER, Strength.STRONG, "a pointer"),), sentence_end=False)
    programme = [day, event, event, day, event, day, event]
    views = [MENU] * 4 + [PARAGRAPH, PARAGRAPH, announces, *programme, teaser, PARAGRAPH, PARAGRAPH] + [MENU] * 4
    assert _kept(views) == [False] * 4 + [True] * 3 + [True] * 7 + [False, True, True] + [False] * 4
    # without the colon's line over them (a paragraph instead), no programme is announced
    views = [MENU] * 4 + [PARAGRAPH, PARAGRAPH, PARAGRAPH, *programme, teaser, PARAGRAPH, PARAGRAPH] + [MENU] * 4
    assert _kept(views)[7:14] == [False] * 7


def test_a_programme_of_days_and_hours_between_two_parts_needs_no_colon() -> None:
    """Under an advert's label, "Friday, 14 June" over "16:00 – Session of the council",
    "18:00 – …", then "Saturday, 15 June" over its hours, each day's later and later, and
    the next part's subheading at the foot: the programme is the article's, its first day
    too (no edge to trim under the label).  Hours that run backwards (a box of other
    stories under their times, the newest first) are no programme."""
    advert = BlockView(SHORT, 1.0, (Hit(RuleId.NAV, Strength.STRONG, "an advert's label", {"neutral": True}),),
                       sentence_end=False)
    day = BlockView(SHORT, 3.0, (Hit(RuleId.HEADER, Strength.EDGE, "a date or time line"),), sentence_end=False)

    def at(hour: int) -> BlockView:
        return BlockView(NEAR, 9.0, (), sentence_end=False, stamped=True, clock=hour * 60)

    subheading = BlockView(SHORT, 3.0, (), sentence_end=False)
    head, foot = [MENU] * 4 + [PARAGRAPH, PARAGRAPH, advert], [subheading, PARAGRAPH, PARAGRAPH] + [MENU] * 4
    programme = [day, at(16), at(18), at(20), day, at(10), at(15), at(21)]
    assert _kept([*head, *programme, *foot]) == [False] * 4 + [True, True, False] + [True] * 11 + [False] * 4
    backwards = [day, at(21), at(18), at(16), day, at(21), at(15), at(10)]
    assert _kept([*head, *backwards, *foot])[7:15] == [False] * 8
    # the gap between the parts: the programme and the subheading, past the label; three
    # hours are too few to tell a programme
    assert _between_of([PARAGRAPH, advert, *programme, subheading, PARAGRAPH], 1, 11) == range(2, 11)
    assert not _between_of([PARAGRAPH, advert, day, at(16), at(18), day, at(10), subheading, PARAGRAPH], 1, 8)


def test_a_programme_under_a_teaser_inside_the_article_is_body() -> None:
    """"Read also" over its one headline, then "The programme" over days and hours, then
    the closing paragraphs: the teaser's label does not end the article (the text goes
    on under it), so the programme and the paragraphs are body; the label and its
    headline are not.  Lines of the same shape without hours under days are no
    programme: the label ends the article above them."""
    label = BlockView(SHORT, 2.0, (Hit(RuleId.TEASER, Strength.STRONG, "a pointer"),), sentence_end=False,
                      closer=True)
    heading = BlockView(SHORT, 2.0, (), sentence_end=False)
    day = BlockView(SHORT, 3.0, (Hit(RuleId.HEADER, Strength.EDGE, "a date or time line"),), sentence_end=False)

    def at(hour: int) -> BlockView:
        return BlockView(NEAR, 9.0, (), sentence_end=False, clock=hour * 60)

    programme = [day, at(10), at(12), at(15), day, at(9), at(11), at(20)]
    views = [MENU] * 4 + [PARAGRAPH] * 3 + [label, HEADLINE, heading, *programme] + [PARAGRAPH] * 3 + [MENU] * 4
    assert _kept(views) == [False] * 4 + [True] * 3 + [False, False] + [True] * 12 + [False] * 4
    events = [BlockView(NEAR, 9.0, (), sentence_end=False)] * 8
    views = [MENU] * 4 + [PARAGRAPH] * 3 + [label, HEADLINE, heading, *events] + [PARAGRAPH] * 3 + [MENU] * 4
    assert _kept(views)[7:18] == [False] * 11


def test_a_table_a_colon_announces_under_the_body_ends_above_the_credits() -> None:
    """"Standings after round 21:" under the report's last paragraph, over a table one
    cell a line ("Pos." / "Team" / "Pts" / "1" / "Port" / "48" / …): the article's table;
    the editor's credit under it and the lines under that are not."""
    announces = BlockView(SHORT, 4.0, (), lead_in=True)
    head = BlockView(SHORT, 1.0, (), sentence_end=False, cell=True)
    figure = BlockView(SHORT, 1.0, (), sentence_end=False, cell=True, datum=True)
    team = BlockView(SHORT, 2.0, (), sentence_end=False, cell=True)
    credit = BlockView(SHORT, 3.0, (Hit(RuleId.CREDIT, Strength.EDGE, "a credit"),), sentence_end=False)
    proofread = BlockView(SHORT, 2.0, (), sentence_end=False)
    table = [head, head, head, *[figure, team, figure] * 4]
    views = [MENU] * 4 + [PARAGRAPH] * 3 + [announces, *table, credit, proofread] + [MENU] * 4
    assert _kept(views) == [False] * 4 + [True] * 3 + [True] * 16 + [False] * 6
    # (the colon's line below the run, not in it: the table it announces all the same)
    assert _announced_below(views, [_kind(v) for v in views], 7, DEFAULT) == range(7, 23)


def test_lists_announced_one_under_another_below_the_body() -> None:
    """Below the text, "Line-ups:" over its two entries, then "Goals:" over lines of data
    ("27' Wang Xinyu (Changchun)"): the second list goes on under the first, each entry
    of data under the first one too."""
    announces = BlockView(SHORT, 2.0, (), lead_in=True)
    lineup = BlockView(NEAR, 12.0, (), sentence_end=False, commas=3)
    goal = BlockView(SHORT, 4.5, (), sentence_end=False, datum=True)
    share = BlockView(SHORT, 1.0, (Hit(RuleId.SHARE, Strength.STRONG, "a share button"),), sentence_end=False)
    views = [MENU] * 4 + [PARAGRAPH] * 3 + [announces, lineup, lineup, announces, goal, goal, goal, share] + [MENU] * 4
    assert _kept(views) == [False] * 4 + [True] * 3 + [True] * 7 + [False] * 5


def test_the_last_listed_section_ends_above_the_pages_footer() -> None:
    """``_listed_sections``: the last section runs down to its heaviest stretch, but not
    past the page's copyright line (a credit) nor over the buttons it ends with ("Next",
    "Previous": lines with hits), whatever full sentence stands under them ("Built with
    Sphinx …")."""
    entry = BlockView(SHORT, 2.0, (), sentence_end=False, contents=True)
    heading = BlockView(SHORT, 2.0, (), sentence_end=False, listed=True)
    button = BlockView(SHORT, 1.0, (Hit(RuleId.NAV, Strength.EDGE, "a navigation item"),), sentence_end=False)
    credit = BlockView(BAD, 9.0, (Hit(RuleId.CREDIT, Strength.EDGE, "a copyright credit"),), sentence_end=False)
    footer = BlockView(GOOD, 30.0, ())
    views = [entry] * 3 + [heading, PARAGRAPH] * 3 + [button, button, credit, footer, MENU]
    kinds = [v.cls for v in views]
    weights = [0.0] * len(views)
    joined, added = _listed_sections(views, kinds, revise(kinds), (weights, 1.0, 3, 5), [(3, 5)], DEFAULT)
    assert joined == [(0, 9)] and sorted(added) == [0, 1, 2, 5, 6, 7, 8]
    # a line with a hit that weighs like text closing the last section stays out all the same
    link = BlockView(GOOD, 8.0, (Hit(RuleId.NAV, Strength.EDGE, "a navigation item"),))
    views = [entry] * 3 + [heading, PARAGRAPH] * 3 + [link, MENU, MENU]
    kinds = [v.cls for v in views]
    joined, added = _listed_sections(views, kinds, revise(kinds), ([0.0] * len(views), 1.0, 3, 5), [(3, 5)],
                                     DEFAULT)
    assert joined == [(0, 9)]


def test_sections_of_lists_fill_a_gap_between_two_parts() -> None:
    """``_listed_parts``: between two parts of a body with subheadings, "Other changes"
    over its items and "Fixed issues" over its own, then "Known issues" right over the
    next part: the whole gap.  Not with a line a rule knows among them, a line closing a
    sentence (a caption), or a heading over one item only."""
    sub = BlockView(SHORT, 2.0, (), sentence_end=False)
    item = BlockView(NEAR, 10.0, (), sentence_end=False)
    gap = [sub, item, item, item, sub, item, item, sub]
    views = [PARAGRAPH, PARAGRAPH, *gap, PARAGRAPH]
    kinds = [_kind(v) for v in views]
    assert _listed_parts(views, kinds, 2, 10, DEFAULT) == range(2, 10)
    for odd in (PROMO, SENTENCE):
        spoilt = [PARAGRAPH, PARAGRAPH, sub, item, odd, item, sub, item, item, sub, PARAGRAPH]
        assert not _listed_parts(spoilt, [_kind(v) for v in spoilt], 2, 10, DEFAULT)
    lone = [PARAGRAPH, PARAGRAPH, sub, item, sub, item, item, sub, PARAGRAPH]
    assert not _listed_parts(lone, [_kind(v) for v in lone], 2, 8, DEFAULT)


def test_a_closing_list_in_running_text_under_its_heading() -> None:
    """Right under the body's last line, "Where to call" over entries each closing with
    a semicolon and the last with the sentence: the article's closing list; without the
    entry that closes the sentence, no list is taken."""
    heading = BlockView(SHORT, 5.0, (), sentence_end=False)
    entry = BlockView(NEAR, 8.0, (), sentence_end=False, enumerated=True)
    last = BlockView(NEAR, 12.0, ())
    views = [MENU] * 4 + [PARAGRAPH] * 3 + [heading, entry, entry, entry, last, PROMO] + [MENU] * 4
    assert _kept(views) == [False] * 4 + [True] * 3 + [True] * 5 + [False] * 5
    views = [MENU] * 4 + [PARAGRAPH] * 3 + [heading, entry, entry, entry, PROMO] + [MENU] * 4
    assert _kept(views)[7:11] == [False] * 4


NOTICE_TEXT = BlockView(GOOD, 35.0, (Hit(RuleId.NOTICE, Strength.EDGE, "a site notice"),))  # cookie-law text
READ_ALSO = BlockView(NEAR, 10.0, (Hit(RuleId.TEASER, Strength.STRONG, "a pointer to another article"),),
                      sentence_end=False)  # "Read also: <headline>"


def test_paragraphs_with_a_notices_words_and_a_teaser_do_not_cut_the_body() -> None:
    # an article about cookie law: an opening paragraph, a question as subheading, three
    # paragraphs whose words are a cookie banner's (an edge hit each), an in-body teaser,
    # the next part's subheading and its paragraphs: the hits weigh nothing against the
    # text and the teaser no more than an advert's label, so the body is one run and
    # only the teaser goes
    question = BlockView(SHORT, 6.0, ())
    subheading = BlockView(SHORT, 4.0, (), sentence_end=False)
    opening = [BlockView(GOOD, 40.0, ()), question, NOTICE_TEXT, NOTICE_TEXT, NOTICE_TEXT]
    rest = [BlockView(GOOD, 36.0, ()), BlockView(GOOD, 40.0, ()), BlockView(GOOD, 12.0, ())]
    views = [MENU] * 6 + opening + [READ_ALSO, subheading] + rest + [MENU] * 6
    assert _kept(views) == [False] * 6 + [True] * 5 + [False] + [True] * 4 + [False] * 6


def test_a_pager_under_the_last_paragraph_still_ends_the_body() -> None:
    # "Previous: <headline>", "Next: <headline>" under the text, then other headlines and
    # a digest line: no paragraph follows the pointers, so they weigh as junk and the
    # lines past them stay out
    digest = BlockView(GOOD, 19.5, (), sentence_end=False)
    views = [MENU] * 4 + [PARAGRAPH] * 4 + [READ_ALSO, READ_ALSO, HEADLINE, digest] + [MENU] * 4
    assert _kept(views) == [False] * 4 + [True] * 4 + [False] * 8


def test_an_opening_that_announces_a_list_over_the_rest_joins_it() -> None:
    # a paragraph, a caption and its credit, a long paragraph, a question as subheading
    # and a paragraph closing with a colon ("Here are the new prices:"), the list of
    # five prices (terse lines without stopwords), then the rest of the article: the
    # colon bridges the list, so the opening is the article's, however light against
    # the rest
    credit = BlockView(SHORT, 3.0, (Hit(RuleId.IMAGE, Strength.STRONG, "a photo credit"),), sentence_end=False)
    caption = BlockView(NEAR, 7.0, (), sentence_end=False)
    opening = [BlockView(GOOD, 30.0, ()), caption, credit, BlockView(GOOD, 52.0, ()),
               BlockView(SHORT, 2.0, ()), BlockView(GOOD, 12.0, (), lead_in=True)]
    prices = [BlockView(BAD, 10.0, (), sentence_end=False)] * 5
    views = [MENU] * 6 + opening + prices + [PARAGRAPH] * 5 + [MENU] * 6
    kept = _kept(views)
    assert kept[6:12] == [True, False, False, True, True, True]
    assert kept[12:22] == [True] * 10


def test_two_tables_under_the_text_with_the_article_going_on_are_the_articles() -> None:
    # a car's specs table, then its price list, each under its caption, right under the
    # last paragraph; then the editor's verdict under its label: the article goes on
    # under the second table, so both are the article's (one table alone was already)
    caption = BlockView(NEAR, 8.0, (), sentence_end=False)  # "The new model's main specifications"
    cell = BlockView(BAD, 3.0, (), sentence_end=False, cell=True)  # "Wheelbase (mm)<TAB>2680"
    label = BlockView(SHORT, 2.0, (), sentence_end=False, lead_in=True)  # "Our verdict:"
    verdict = BlockView(GOOD, 25.0, ())
    views = [MENU] * 4 + [PARAGRAPH] * 6 + [caption] + [cell] * 9 + [caption] + [cell] * 6 + [label, verdict] \
        + [MENU] * 6
    assert _kept(views) == [False] * 4 + [True] * 25 + [False] * 6
    views = [MENU] * 4 + [PARAGRAPH] * 6 + [caption] + [cell] * 9 + [label, verdict] + [MENU] * 6
    assert _kept(views) == [False] * 4 + [True] * 18 + [False] * 6


def test_two_tables_and_the_paragraph_between_them_in_a_gap_are_the_articles() -> None:
    # a race report: the men's results under their caption, a paragraph on the women's
    # race, the women's results under theirs, then the rest of the text: each table
    # counts the other as no line of the gap, so both join, and the paragraph between
    caption = BlockView(SHORT, 3.0, (), sentence_end=False)  # "Results – men"
    cell = BlockView(BAD, 6.0, (), sentence_end=False, cell=True)  # "1.<TAB>7<TAB>Joseph Kiprono<TAB>1:04:37"
    rest = [BlockView(GOOD, 20.0, ())] * 3
    views = [MENU] * 4 + [PARAGRAPH] * 5 + [caption] + [cell] * 11 + [BlockView(GOOD, 30.0, ()), caption] \
        + [cell] * 6 + rest + [MENU] * 6
    assert _kept(views) == [False] * 4 + [True] * 28 + [False] * 6
    # a sidebar's eight lines between the tables: a gap too long, neither joins
    views = [MENU] * 4 + [PARAGRAPH] * 5 + [caption] + [cell] * 11 + [MENU] * 8 + [caption] + [cell] * 6 + rest \
        + [MENU] * 6
    assert _kept(views) == [False] * 4 + [True] * 5 + [False] * 27 + [True] * 3 + [False] * 6


def test_two_paragraphs_between_two_galleries_inside_the_body_are_the_articles() -> None:
    # a tabloid's story cut by picture blocks (counter, caption, credit) three at a time:
    # the part between two of them holds only two paragraphs, too light to weigh half as
    # much as the main run, but a part between two parts of the body needs no more
    counter = BlockView(SHORT, 3.0, (Hit(RuleId.IMAGE, Strength.STRONG, "a gallery's counter"),), sentence_end=False)
    caption = BlockView(SHORT, 5.0, (), sentence_end=False)
    credit = BlockView(SHORT, 3.0, (Hit(RuleId.IMAGE, Strength.STRONG, "a photo credit"),), sentence_end=False)
    gallery = [counter, caption, credit] * 3
    middle = [BlockView(GOOD, 20.0, ()), BlockView(GOOD, 22.0, ())]
    views = [MENU] * 6 + [PARAGRAPH] * 5 + gallery + middle + gallery + [PARAGRAPH] * 5 + [MENU] * 6
    kept = _kept(views)
    assert kept[20:22] == [True, True]
    assert kept[6:11] == [True] * 5 and kept[31:36] == [True] * 5
    # one paragraph there is still no part of its own (a caption's sentence, a pull quote)
    views = [MENU] * 6 + [PARAGRAPH] * 5 + gallery + middle[:1] + gallery + [PARAGRAPH] * 5 + [MENU] * 6
    assert _kept(views)[20] is False


def test_an_opening_with_a_list_in_running_text_over_a_related_box_joins_the_body() -> None:
    # two paragraphs, a list a colon announces whose entries close with semicolons
    # (some thin in stopwords: "diesel: +9 cents, 1.70 euros;"), then a box of related
    # links over the rest of the article: the opening is the article's, list and all
    def text(words: float) -> BlockView:
        return BlockView(GOOD, words, ())

    def entry(kind: str, words: float) -> BlockView:
        return BlockView(kind, words, (), enumerated=True)

    opening = [text(36.0), text(25.0), BlockView(SHORT, 3.0, (), lead_in=True),
               entry(NEAR, 14.0), entry(BAD, 8.0), entry(GOOD, 12.0), entry(BAD, 11.0), entry(GOOD, 9.0),
               entry(GOOD, 11.0), text(16.0)]
    box = [BlockView(SHORT, 1.0, (), sentence_end=False, closer=True), BlockView(SHORT, 5.0, (), sentence_end=False),
           BlockView(BAD, 7.0, (), asks=True)]
    rest = [text(33.0), text(20.0), text(28.0), text(30.0), text(12.0)]
    views = [MENU] * 4 + opening + box + rest + [MENU] * 4
    assert _kept(views) == [False] * 4 + [True] * len(opening) + [False] * len(box) + [True] * len(rest) + [False] * 4


def test_a_paragraph_printed_again_inside_the_text_weighs_as_an_unknown_short_line() -> None:
    # a pull quote printed as a copy of a paragraph above, the text between the two,
    # says no more of where the article is than an advert's label; a lead printed
    # twice, over and under the masthead, has no paragraph between its copies
    def copy_of(source: int) -> BlockView:
        hit = Hit(RuleId.DUPLICATE, Strength.STRONG, "repeats", {"copy_of_block": source, "match": "same"})
        return BlockView(GOOD, 9.0, (hit,))

    quoted = [MENU] * 3 + [PARAGRAPH, PARAGRAPH, copy_of(3), PARAGRAPH]
    assert _quoted_copies(quoted, [_kind(v) for v in quoted]) == [5]
    lead = [MENU] * 3 + [PARAGRAPH, BlockView(SHORT, 3.0, (), sentence_end=False), copy_of(3), PARAGRAPH]
    assert _quoted_copies(lead, [_kind(v) for v in lead]) == []
    headline = [MENU] * 3 + [PARAGRAPH, PARAGRAPH, BlockView(NEAR, 8.0, copy_of(3).hits, sentence_end=False)]
    assert _quoted_copies(headline, [_kind(v) for v in headline]) == []
    assert not _kept(quoted + [MENU] * 3)[5]


def test_a_list_announced_under_a_records_last_field_and_closing_its_sentence_is_between_two_parts() -> None:
    # the part above ends with a warning's fields; at the top of the gap its last field
    # ("Probability: 80%"), then "The warning covers these districts:" over the
    # districts one a line, the last closing the sentence ("and the city centre.")
    field = BlockView(SHORT, 2.0, (), sentence_end=False, field=True)
    district = BlockView(BAD, 1.0, (), sentence_end=False)
    last = BlockView(BAD, 4.0, ())
    views = [PARAGRAPH, field, ANNOUNCES, district, district, district, district, last, PARAGRAPH]
    assert _between_of(views, 1, 8) == range(1, 8)
    # a paragraph closing under the list is no item of it
    assert not _between_of([PARAGRAPH, field, ANNOUNCES, district, district, SENTENCE, SENTENCE, PARAGRAPH], 1, 7)


def test_a_programmes_entries_with_a_long_one_and_an_event_printed_twice_are_between_two_parts() -> None:
    # "Friday" / "19:30 Opening …" / … / "09:00–12:00 Fishing contest from the pier, with
    # entries …" (a text block) / "21:30 Grilled sardines" again on Saturday
    day = BlockView(SHORT, 2.0, (Hit(RuleId.HEADER, Strength.EDGE, "a date line"),), sentence_end=False,
                    stamped=True)
    entry = BlockView(NEAR, 8.0, (), sentence_end=False, stamped=True)
    long_entry = BlockView(GOOD, 23.0, (), sentence_end=False, stamped=True)
    again = BlockView(NEAR, 8.0, (Hit(RuleId.DUPLICATE, Strength.STRONG, "repeats", {"copy_of_block": 3}),),
                      sentence_end=False, stamped=True)
    views = [PARAGRAPH, ANNOUNCES, day, entry, entry, day, long_entry, again, entry, PARAGRAPH]
    assert _between_of(views, 2, 9) == range(2, 9)
    # a text block without a time is no entry
    assert not _between_of([PARAGRAPH, ANNOUNCES, day, entry, PARAGRAPH, entry, PARAGRAPH], 2, 6)
